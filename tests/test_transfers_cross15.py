"""Transfer families that recur across the older evaluation sets, probed in sentences written for these tests:
a purchase a buyer decides "not to proceed with" (or "not to continue with") is given up — a cancelled record, with
no deal told as made (before, the denial on the verb of going on was not read, and the purchase came out agreed).
Each positive text must give exactly the records listed (ANY: the field is not checked); each guard text must give
what it lists."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

GIVEN_UP = [
    ("Kenya decided in October not to proceed with the purchase of new F-16 jets from the United States.",
     [('United States', 'Kenya', 'F-16', 'cancelled', ANY)]),
    ("The Kenyan government said it would not proceed with the acquisition of 12 AW149 helicopters from Italy.",
     [('Italy', 'Kenya', 'AW149', 'cancelled', 12)]),
    ("Kenya did not continue with the purchase of Su-35 fighters from Russia after the election.",
     [('Russia', 'Kenya', 'Su-35', 'cancelled', ANY)]),
]

GOING_ON = [
    # the verb of going on affirmed: the purchase stands
    ("Kenya decided in October to proceed with the purchase of new F-16 jets from the United States.",
     [('United States', 'Kenya', 'F-16', 'agreed', ANY)]),
    # a denial of another verb gives nothing up
    ("Kenya has not yet paid, but it will proceed with the purchase of 12 AW149 helicopters from Italy.",
     [('Italy', 'Kenya', 'AW149', 'agreed', 12)]),
]


@pytest.mark.parametrize("text, expected", GIVEN_UP)
def test_purchase_given_up_is_cancelled(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", GOING_ON)
def test_purchase_gone_on_with_stands(transfers, text, expected):
    assert_exactly(transfers(text), expected)
