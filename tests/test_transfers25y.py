"""Deals ended in words that only refer back to them, in sentences written for these tests: an infinitive with "only"
hung on the clause of a deal ("signed for X in 2021, only to suspend the talks in 2022") tells the deal's end as a
later fact, like a coordinated verb (a plain purpose infinitive, or "only to" with a verb that ends nothing, does
not). Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from readings import analysed
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # "only to" + a verb of ending: the deal, then its end
    ("Ghana signed a letter of offer and acceptance for 30 F-16s in 2021, only to suspend the talks in December over "
     "US conditions.",
     [("United States", "Ghana", "F-16", "agreed", 30), ("United States", "Ghana", "F-16", "cancelled", 30)]),
    ("Chile signed a contract for six Leopard 2 tanks from Germany in 2019, only to cancel it a year later.",
     [("Germany", "Chile", "Leopard 2", "ordered", 6), ("Germany", "Chile", "Leopard 2", "cancelled", 6)]),
]

GUARDS = [
    # a purpose infinitive, no "only": no end
    ("Ghana signed a letter of offer and acceptance for 30 F-16s in 2021 to end the talks over the price.",
     [("United States", "Ghana", "F-16", "agreed", 30)]),
    # "only to" with a verb that ends nothing
    ("Chile signed a contract for six Leopard 2 tanks from Germany in 2019, only to see the deal delayed.",
     [("Germany", "Chile", "Leopard 2", "ordered", 6)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_deal_ended_by_reference(text, expected):
    assert_exactly(analysed(text, PUBLISHED).transfers, expected)
