"""own24 families, in sentences written for these tests: a word of permitting (approve, approval, "the green light",
authorise) over talks permits the talks; no deal is agreed, the transfer is still being negotiated. Each text must
give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

PERMITTED_TALKS = [
    ("The cabinet gave Peru's defence ministry the green light to open talks with Chile on 12 used F-16 fighters.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
    ("The president authorised Ghana's defence ministry to negotiate with Brazil for four Super Tucano aircraft.",
     [("Brazil", "Ghana", "Super Tucano", "negotiating", 4)]),
]

PERMITTED_GUARDS = [
    # (already read as talks: an approval as the object of a verb of giving)
    ("The government granted Colombia's air force approval to start negotiations with Israel on six used Kfir "
     "fighters.",
     [("Israel", "Colombia", "Kfir", "negotiating", 6)]),
    # an approval over the purchase itself still agrees it
    ("The cabinet gave Peru's defence ministry approval to buy 12 used F-16 fighters from Chile.",
     [("Chile", "Peru", "F-16", "agreed", 12)]),
    # talks alone stay talks
    ("Peru opened talks with Chile on 12 used F-16 fighters.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
]


@pytest.mark.parametrize("text,expected", PERMITTED_TALKS + PERMITTED_GUARDS)
def test_permitted_talks_negotiating(transfers, text, expected):
    assert_exactly(transfers(text), expected)
