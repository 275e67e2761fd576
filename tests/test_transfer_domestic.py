"""A state buying at home is no arms transfer, and the story's main seller or buyer must not be lent to it; a
step told in a past adverbial clause of its own ("after A took delivery of X") is a fact whatever the clause
above it denies, and a pending "when" of another clause does not hold a delivery back. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = date(2025, 3, 14)


def _transfers(text: str):
    return analyse_text(text, published=PUBLISHED).transfers


@pytest.mark.parametrize("text, expected", [
    # a maker handing its systems to its own state's forces, in a story about an export of the same system
    ("Croatia will take delivery of six more Rafale fighters from France next spring, officials in Zagreb said. "
     "Dassault handed 11 Rafale jets to the French Air and Space Force in 2024 and says its line can absorb the "
     "Croatian order.",
     [("France", "Croatia", "Rafale", "agreed", 6)]),
    ("Portugal has ordered five KC-390 transports from Brazil. Embraer handed the first KC-390 to the Brazilian "
     "Air Force in 2019.",
     [("Brazil", "Portugal", "C-390", "ordered", 5)]),
    ("Hanwha will deliver 24 K9 howitzers to Egypt by 2027. Hanwha also delivered 30 K9 howitzers to the "
     "South Korean army last year.",
     [("South Korea", "Egypt", "K9", "agreed", 24)]),
])
def test_a_makers_delivery_to_its_own_forces_is_no_export(text, expected):
    assert_exactly(_transfers(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a buyer ordering a system of its own state's design: the story's main seller is not its seller
    ("Armenia has ordered 12 CAESAR howitzers from France. The Indian Army placed an order for 90 Pinaka "
     "launchers with a domestic manufacturer this year.",
     [("France", "Armenia", "CAESAR", "ordered", 12)]),
    ("Indonesia is buying 42 Rafale jets from France. Separately, the Turkish army ordered 30 more T-155 "
     "Firtina howitzers in January.",
     [("France", "Indonesia", "Rafale", "agreed", 42)]),
])
def test_a_home_made_system_bought_at_home_has_no_seller(text, expected):
    assert_exactly(_transfers(text), expected)


@pytest.mark.parametrize("text, expected", [
    ("The State Department said it had no plans to sell F-35 jets to Turkey after Ankara took delivery of the "
     "S-400 system from Russia in 2019.",
     [("Russia", "Turkey", "S-400", "delivered", None)]),
    ("The senator said Washington should not sell jets to Hungary because Budapest had bought HQ-9 "
     "missiles from China.",
     [("China", "Hungary", "HQ-9", "delivered", None)]),
    ("Ottawa has not sold a single rifle to Peru since Lima received 40 Su-25 jets from Belarus.",
     [("Belarus", "Peru", "Su-25", "delivered", 40)]),
])
def test_a_past_adverbial_clause_tells_its_step_as_a_fact(text, expected):
    assert_exactly(_transfers(text), expected)


@pytest.mark.parametrize("text", [
    # the clause to come, or a condition, stays under the denial above it
    "The ministry said it would not buy more drones from Turkey once the army receives its first Akinci units.",
    "Greece will not order further Rafale jets if Croatia buys Mirage 2000s from France.",
])
def test_a_pending_or_conditional_clause_reports_nothing(text):
    assert not [t for t in _transfers(text) if t.status == "delivered"]


@pytest.mark.parametrize("text", [
    "Washington refused to approve new F-16 sales to Hungary.",
    "The cabinet did not agree to sign the contract for 18 Gripen jets with Sweden.",
    "The government has denied plans to buy Chinese L-15 fighters.",
    "Lima rejected an offer to buy six used Mirage 2000 jets from France.",
])
def test_a_deal_step_under_a_refusal_is_denied(text):
    assert _transfers(text) == []


@pytest.mark.parametrize("text, expected", [
    # the "when" of a clause about another matter leaves the delivery as told; "once ... are delivered" is still to come
    ("Since 2018, when Ottawa eased its rules on arms exports, Lima has received four Bell 412 helicopters from "
     "Canada.",
     [("Canada", "Peru", "Bell 412", "delivered", 4)]),
    ("Peru will pay the balance once the four Bell 412 helicopters from Canada are delivered.",
     [("Canada", "Peru", "Bell 412", "agreed", 4)]),
])
def test_a_pending_mark_of_another_clause_does_not_hold_back_a_delivery(text, expected):
    assert_exactly(_transfers(text), expected)
