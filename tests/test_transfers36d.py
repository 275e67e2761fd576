"""Transfer probes in sentences written for these tests (helper x25doc).

A lot noun standing alone ("the first batch", "the new tranche") refers back to the system whose deal the text has
just told: "production of the first batch is under way" is that system's production, "the first batch arrived" its
delivery. A lot noun that names its own goods ("a batch of spare engines") is no reference back.
Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LOT_NOUN_REFERS_BACK = [
    ("Kenya ordered 12 Hawk trainers from Britain in 2022. Production of the first batch is now under way in "
     "Warton.",
     [("United Kingdom", "Kenya", "Hawk", "ordered", 12), ("United Kingdom", "Kenya", "Hawk", "in_production", None)]),
    ("Ghana bought ten Otokar Cobra vehicles from Turkey in 2023. The first batch arrived in Tema in May.",
     [("Turkey", "Ghana", "Otokar Cobra", "ordered", 10), ("Turkey", "Ghana", "Otokar Cobra", "delivered", None)]),
    # guards: a lot that names its own goods, a batch that is no weapon lot
    ("Kenya ordered 12 Hawk trainers from Britain in 2022. A batch of spare tyres arrived in May.",
     [("United Kingdom", "Kenya", "Hawk", "ordered", 12)]),
    ("Kenya ordered 12 Hawk trainers from Britain in 2022. The next batch of reforms will be debated in May.",
     [("United Kingdom", "Kenya", "Hawk", "ordered", 12)]),
]


@pytest.mark.parametrize("text,expected", LOT_NOUN_REFERS_BACK)
def test_lot_noun_refers_back(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
