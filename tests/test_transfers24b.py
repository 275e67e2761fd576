"""Sentences written for these tests (round twelve, own20's transfer errors, second helper): a catalogued system
told by its bare name before a category noun with a modifier of its own ("three Swathi artillery-locating radars":
the bare name is the catalogue's, whose maker is the seller); and vehicles that only carry relief goods ("40 trucks
of food and tents"): the goods are sent, the trucks are no transfer. Each text must give exactly the records listed
(ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # a catalogued system by its bare name, a modifier between it and its category noun
    ("Last year the Kenyan army took delivery of three Swathi artillery-locating radars.",
     [("India", "Kenya", "Swathi", "delivered", 3)]),
    ("Ghana bought two Swathi mobile radars in 2021, officials said.",
     [("India", "Ghana", "Swathi", "delivered", 2)]),
]

GUARDS = [
    # a person of the same name is no system
    ("Swathi Menon, an analyst in Nairobi, said the army had not bought any new radars this year.", []),
    # vehicles of relief goods carry them: no transfer of the vehicles
    ("Chad sent 40 trucks of food and tents to Niger on Friday.", []),
    ("Kenya dispatched 30 trucks of rice and medicine to Somalia after the floods.", []),
    # trucks of munitions are no relief: as before
    ("Chad sent 40 trucks of ammunition to Niger on Friday.", [("Chad", "Niger", "trucks", "delivered", 40)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
