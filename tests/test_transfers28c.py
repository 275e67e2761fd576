"""Pronoun parties, in sentences written for these tests: "it" after a sentence whose subject is a thing ("The plant
belongs to a venture. It will assemble ...") is that thing, not a state named further back; after a state subject it
is that state. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 5, 20)

THING_BEFORE_IT = [
    ("Hanwha of South Korea opened a plant in Romania on Monday. The plant belongs to a venture with a local firm. "
     "It will assemble the 30 K9 howitzers that Romania ordered in 2024.",
     [("South Korea", "Romania", "K9", "licensed_production", 30)]),
    # guard: "it" after a state subject is that state
    ("Peru rebuilt its navy in the 1990s. It received two frigates from Italy.",
     [("Italy", "Peru", "frigates", "delivered", 2)]),
]


@pytest.mark.parametrize("text,expected", THING_BEFORE_IT)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
