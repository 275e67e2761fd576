"""own25 families (second pass), in sentences written for these tests. Each text must give exactly the records
listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 4, 20)

# A system after "derived from" is the older design the goods grew out of, not a second system transferred; a
# design noun after it ("derived from the same X design") names the family of the goods and is left alone
DERIVED_FROM = [
    ("Nepal received 12 Type 15 tanks from China in 2019, a model derived from the Russian T-72.",
     [("China", "Nepal", "Type 15", "delivered", 12)]),
    ("Laos bought eight K-9 trainers from Korea in 2018, a type derived from the older Swiss PC-7.",
     [("South Korea", "Laos", "K-9", ANY, 8)]),
]

DERIVED_FROM_GUARDS = [
    # a transfer told of the older design in a clause of its own still stands
    ("Nepal bought 12 T-72 tanks from Russia in 2019, and the design was derived from the T-64.",
     [("Russia", "Nepal", "T-72", "delivered", 12)]),
    ("Nepal received 12 Type 15 tanks from China in 2019, derived from the same T-72 design.",
     [("China", "Nepal", "Type 15", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", DERIVED_FROM + DERIVED_FROM_GUARDS)
def test_derived_from(transfers, text, expected):
    assert_exactly(transfers(text), expected)
