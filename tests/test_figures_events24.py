"""Figures on sentences written for these tests (the own20 error analysis, checked against the same families in
the older sets): deals and lots counted with a worth told after an aside; an amount of "a billion" in words; the
second count of a vote tally written "one"; an employer's workforce and the jobs a project will bring; a place's
population; a proportion "one in eight" that counts nothing; "half a million"; people who need help; a toll told
right after a disaster in the sentence before (no killing); a state retaking territory (a clash); criminal charges
counted; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed, figures


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


# --- an employer's workforce, and the jobs a project will bring ---------------------------------------------------

def test_staff_owned_by_their_employer():
    assert (2400.0, "people") in figures("The arsenal's 2,400 workers have not been paid since June.")


def test_part_of_an_employers_staff():
    found = figures("The guild, which speaks for some 600 of the plant's 950 employees, wants a new contract.")
    assert (600.0, "people") in found and (950.0, "people") in found


def test_people_an_employer_keeps_on():
    assert (5100.0, "people") in figures("At its peak the arsenal employed nearly 5,100 people.")


def test_people_a_plant_will_employ_are_jobs():
    assert (420.0, "jobs") in figures("The new ammunition plant will open in 2027 and employ 420 people, the firm "
                                      "said.")


def test_guard_workers_without_an_employer_are_no_workforce():
    assert not figures("Some 2,000 workers marched through the port on Friday.")


def test_guard_a_denied_employment():
    assert not figures("The arsenal does not employ 400 people, as the report claimed.")


# --- a place's population ----------------------------------------------------------------------------------------

def test_town_of_a_bare_number():
    assert (48000.0, "people") in figures("In the port town of roughly 48,000, the base is the largest landlord.")


def test_countries_with_their_people():
    assert (9000000.0, "people") in figures("It is a heavy bill for two countries with about nine million people "
                                            "between them.")


def test_guard_a_population_inside_a_quotation():
    found = figures('"That is a heavy bill for a country of nine million people," said the opposition leader.')
    assert (9000000.0, "people") not in found


def test_guard_countries_with_ships():
    assert not figures("The two countries with 40 ships between them patrol the strait.")


# --- a proportion is no count --------------------------------------------------------------------------------------

def test_guard_one_job_in_ten():
    assert not figures("The arsenal still provides about one job in ten in the valley.")


# --- a team of rescuers --------------------------------------------------------------------------------------------

def test_team_of_rescuers():
    assert (31.0, "people") in figures("The plane also carried a team of 31 rescuers from the civil defence "
                                       "service.")


# --- "half a million" in words; help the people need -------------------------------------------------------------

def test_half_a_million_people_who_fled():
    assert (500000.0, "people") in figures("About half a million people fled the fighting in the north last year.")


def test_people_who_need_help():
    assert (70000.0, "people") in figures("Aid groups say some 70,000 people in the flooded valley need help.")


def test_guard_people_who_give_help():
    assert not figures("Some 400 volunteers gave help to the families on Sunday.")


def test_guard_a_million_things_are_no_people():
    assert not figures("Half a million reasons were given for the delay.")


# --- a toll right after a disaster told in the sentence before is no killing --------------------------------------

def _event_types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


def test_toll_after_a_quake_is_no_killing():
    types = _event_types("A strong quake struck three mountain districts shortly after midnight. Officials said on "
                         "Tuesday that more than 800 people had been killed and 1,500 injured.")
    assert "killings" not in types


def test_guard_toll_after_a_raid_stays_a_killing():
    types = _event_types("Gunmen on motorbikes raided two villages shortly after midnight. Officials said on "
                         "Tuesday that more than 80 people had been killed.")
    assert "killings" in types


# --- a state retaking territory is a clash --------------------------------------------------------------------------

def test_state_which_retook_a_region():
    types = _event_types("Ethiopia, which retook the town of Gondar in a three-day push in March 2022, has "
                         "condemned the sale.")
    assert "clash" in types


def test_guard_a_party_retaking_a_majority():
    assert "clash" not in _event_types("The ruling party retook its majority in parliament in the April election.")


# --- criminal charges counted -----------------------------------------------------------------------------------------

def test_counts_pleaded_to():
    assert (6.0, "counts") in figures("The broker pleaded guilty on Monday to six counts of smuggling rifle parts.")


def test_charges_faced():
    assert (9.0, "charges") in figures("The shipping agent faces nine charges of breaching export controls.")


def test_guard_explosive_charges():
    assert not figures("Engineers placed 30 demolition charges along the old pier.")
