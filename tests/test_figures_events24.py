"""Figures on sentences written for these tests (the own20 error analysis, checked against the same families in
the older sets): deals and lots counted with a worth told after an aside; an amount of "a billion" in words; the
second count of a vote tally written "one"; an employer's workforce and the jobs a project will bring; a place's
population; a proportion "one in eight" that counts nothing; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import figures


# --- deals and lots counted with their worth ----------------------------------------------------------------------

def test_contracts_worth_told_after_an_aside():
    found = figures("The agency signed six contracts with domestic firms, two shipyards among them, worth a "
                    "combined $900 million.")
    assert (6.0, "contracts") in found and (900000000.0, "USD") in found


def test_shipments_counted_with_their_worth():
    found = figures("Over two years the trader sent 14 shipments worth about $3 million to a broker in Dubai.")
    assert (14.0, "shipments") in found


def test_guard_shipments_without_a_worth_are_no_figure():
    found = figures("Over two years the trader sent 14 shipments to a broker in Dubai.")
    assert (14.0, "shipments") not in found


def test_guard_contracts_whose_worth_belongs_to_another_clause():
    found = figures("The agency signed six contracts on Monday, and the budget was said to be worth $900 million.")
    assert (6.0, "contracts") not in found


# --- "a billion dollars" ---------------------------------------------------------------------------------------------

def test_an_amount_of_a_billion_in_words():
    assert (1000000000.0, "USD") in figures("Each new submarine costs more than a billion dollars to build.")


def test_an_amount_of_a_million_in_words():
    assert (1000000.0, "EUR") in figures("The upgrade of the radar will cost a million euros a year.")


def test_guard_a_million_without_money_is_no_amount():
    assert not figures("A million reasons were given for the delay.")


# --- a vote tally whose second count is the word "one" -----------------------------------------------------------

def test_tally_with_one_against():
    found = figures("The council voted 13 to one in favour of a resolution on the ceasefire.")
    assert (13.0, "votes") in found and (1.0, "votes") in found


def test_guard_one_after_to_without_a_vote():
    assert not figures("The number of its bases fell from 12 to one over the decade.")
