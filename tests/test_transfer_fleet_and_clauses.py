"""A system that joins a fleet or enters service is handed over ("two helicopters from A joined the fleet"); a
system that is the subject of a coordinated clause of its own is not the object of a transfer verb before it
("..., and two X helicopters crashed"). Sentences written for these tests."""

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
