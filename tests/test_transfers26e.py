"""Transfers in sentences written for these tests (round thirteen, own21's part B errors, third pass): a delivered
part of a lot said to be "on order" ("the first six of the 24 howitzers on order", "the 24 howitzers Norway has on
order") also tells the order of the whole lot. Each text must give exactly the records listed (ANY: the field is
not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

ON_ORDER = [
    ("The first six of the 24 K9 howitzers on order were delivered to Norway by South Korea in April.",
     [("South Korea", "Norway", "K9", "delivered", 6), ("South Korea", "Norway", "K9", "ordered", 24)]),
    # a contact clause, which the parser does not hang on the lot
    ("Nine of the 40 CV90 vehicles Latvia has on order were delivered by Sweden last month.",
     [("Sweden", "Latvia", "CV90", "delivered", 9), ("Sweden", "Latvia", "CV90", "ordered", 40)]),
]

ON_ORDER_GUARDS = [
    # no "on order": the whole lot's step is not told
    ("The first six of the 24 K9 howitzers were delivered to Norway by South Korea in April.",
     [("South Korea", "Norway", "K9", "delivered", 6)]),
    # a size "on the order of" is no order
    ("The first six of the 24 K9 howitzers on the order of 40 tonnes each were delivered to Norway by South Korea.",
     [("South Korea", "Norway", "K9", "delivered", 6)]),
]


@pytest.mark.parametrize("text,expected", ON_ORDER + ON_ORDER_GUARDS)
def test_on_order(transfers, text, expected):
    assert_exactly(transfers(text), expected)
