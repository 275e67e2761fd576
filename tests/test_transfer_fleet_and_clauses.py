"""A system that joins a fleet or enters service is handed over ("two helicopters from A joined the fleet"); a
system that is the subject of a coordinated clause of its own is not the object of a transfer verb before it
("..., and two X helicopters crashed"); a bare count after a first lot whose "to" hangs on the verb is another lot
("14 jets to A and 12 to B"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly


def _transfers(text: str):
    return analyse_text(text, published=date(2024, 11, 20)).transfers


@pytest.mark.parametrize("text, expected", [
    ("The Senegalese Navy said two patrol boats from Turkey joined its fleet on Friday.",
     [("Turkey", "Senegal", "patrol boat", "delivered", 2)]),
    ("Four Mi-17 helicopters from Russia entered service with the Malian air force in October.",
     [("Russia", "Mali", "Mi-17", "delivered", 4)]),
    ("The Zambian Air Force bought six K-8 trainers from China in 2020, and two L-15 jets from China joined the "
     "fleet this year.",
     [("China", "Zambia", "K-8", "delivered", 6), ("China", "Zambia", "L-15", "delivered", 2)]),
])
def test_a_system_joining_a_fleet_is_delivered(text, expected):
    assert_exactly(_transfers(text), expected)


@pytest.mark.parametrize("text", [
    "The new frigate will enter service next year.",
    "The pilot joined the air force in 2010.",
    "Two Mi-17 helicopters never entered service.",
])
def test_no_induction_to_come_denied_or_of_a_person(text):
    assert _transfers(text) == []


def test_a_subject_of_its_own_coordinated_clause_takes_no_earlier_cue():
    text = ("The Uruguayan Air Force is awaiting the last of three C-130H transports donated by Spain, and two "
            "Bell 212 helicopters crashed during an exercise last year.")
    assert_exactly(_transfers(text), [("Spain", "Uruguay", "C-130", ANY, ANY)])


@pytest.mark.parametrize("text, expected", [
    # a bare count after a list item whose "to" the parser hung on the verb is another lot of that system
    ("Italy delivered 10 M-346 trainers to Poland and 6 to Turkmenistan in 2019.",
     [("Italy", "Poland", "M-346", "delivered", 10), ("Italy", "Turkmenistan", "M-346", "delivered", 6)]),
    ("China sold 16 K-8 trainers to Zambia, 10 to Namibia and six to Ghana.",
     [("China", "Zambia", "K-8", "delivered", 16), ("China", "Namibia", "K-8", "delivered", 10),
      ("China", "Ghana", "K-8", "delivered", 6)]),
    pytest.param("Turkey sold 24 Bayraktar TB2 drones to Morocco, 12 to Niger and four to Togo.",
                 [("Turkey", "Morocco", "TB2", "delivered", 24), ("Turkey", "Niger", "TB2", "delivered", 12),
                  ("Turkey", "Togo", "TB2", "delivered", 4)],
                 marks=pytest.mark.xfail(strict=True, reason="the parser hangs the second 'to' on the verb and "
                                                             "the count on nothing: no list is read")),
])
def test_bare_counts_after_a_verbs_party_are_more_lots(text, expected):
    assert_exactly(_transfers(text), expected)


def test_a_kind_of_system_awaited_from_a_seller_is_on_order():
    text = "Zambia's army is expecting a batch of armoured personnel carriers from China later this year."
    assert_exactly(_transfers(text), [("China", "Zambia", "armoured personnel carriers", "agreed", ANY)])
