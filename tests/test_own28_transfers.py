"""Transfers read in own28's round, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2022, 6, 10)


def parties(records):
    return {(r.supplier, r.recipient, r.status) for r in records}


def test_lower_case_service_is_the_possessor_state_s(transfers):
    # "marine corps" in lower case is a common noun, not the gazetteer's US Marine Corps
    records = transfers("Peru's marine corps received five BTR-4M in 2014.")
    assert {r.recipient for r in records} == {"Peru"}


def test_capitalised_service_name_still_resolves(transfers):
    records = transfers("The US Marine Corps received five Cobra II vehicles from Turkey.")
    assert {r.recipient for r in records} == {"United States"}


def test_offer_confirmed_by_a_spokesman_stays_an_offer(transfers):
    records = transfers("Norway's Kongsberg has offered six patrol boats to the Kenyan Navy, "
                        "a spokesman for the company confirmed.")
    assert parties(records) == {("Norway", "Kenya", "offered")}


def test_confirmed_agreement_stays_agreed(transfers):
    records = transfers("Russia confirmed that it has agreed to supply Su-35 jets to Egypt.")
    assert parties(records) == {("Russia", "Egypt", "agreed")}


def test_talks_on_a_contract_already_signed_are_an_order(transfers):
    records = transfers("Latvia's defence minister visited Stockholm on Monday. The ministers also discussed the "
                        "contract for 24 Archer howitzers signed with BAE Systems Bofors in March.")
    assert parties(records) == {("Sweden", "Latvia", "ordered")}
    assert records[0].when == "2022-03"


def test_talks_on_a_contract_not_said_signed_stay_talks(transfers):
    records = transfers("Latvia's defence minister visited Stockholm on Monday. The ministers also discussed a "
                        "contract for 24 Archer howitzers.")
    assert parties(records) == {("Sweden", "Latvia", "negotiating")}


def test_other_unnamed_buyers_of_a_system_referred_back_to(transfers):
    records = transfers("Pakistan handed over three JF-17 jets to Nigeria on Monday. The air chief said that several "
                        "other air forces had shown interest in the aircraft.")
    assert ("Pakistan", "unknown", "interest") in parties(records)
    assert ("Pakistan", "Nigeria", "interest") not in parties(records)


def test_system_referred_back_to_keeps_its_named_buyer(transfers):
    records = transfers("Pakistan handed over three JF-17 jets to Nigeria on Monday. The contract for the aircraft "
                        "was signed in 2021.")
    assert all(r.recipient == "Nigeria" for r in records)


def test_an_amount_is_no_unnamed_buyer_of_a_system_referred_back_to(transfers):
    records = transfers("Germany sold four H145M helicopters to Ghana. The two machines form part of a contract for "
                        "four helicopters signed in 2021 for an amount of 30 billion cedis.")
    assert all(r.recipient == "Ghana" for r in records)


def test_an_indefinite_party_named_right_after_is_its_members():
    from armstrack.core import analyse_text

    records = analyse_text("Brazil has sold the Super Tucano to some air forces, including Ghana and Chile.").transfers
    assert {(r.supplier, r.recipient) for r in records} == {("Brazil", "Ghana"), ("Brazil", "Chile")}
