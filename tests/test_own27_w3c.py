"""A system named as the subject of a relative on a production site ("the plant at C, where X are assembled"):
when the site lies in the system's own producing state, the sentence tells where the maker builds it, not a
licensed build by the buyer. A site in another state, or a build under licence, is still a licensed production.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 1)

POSITIVE = [
    ("Chile signed for 10 Gripen jets from Sweden last year. Its air force chief later visited the factory at "
     "Linköping, where Gripens are assembled, and met engineers.",
     [("Sweden", "Chile", "Gripen", "ordered", 10)]),
    ("Egypt ordered 12 Rafale jets from France. Its air force chief, who arrived on Sunday, also toured the Dassault "
     "factory at Bordeaux, where Rafales are assembled, and met engineers.",
     [("France", "Egypt", "Rafale", "ordered", 12)]),
    ("Kenya has ordered 20 Gripen fighters from Sweden. The minister, who flew in on Monday, toured the Saab plant "
     "at Linköping, where Gripens are assembled, and met workers.",
     [("Sweden", "Kenya", "Gripen", "ordered", 20)]),
]

NEGATIVE = [
    ("Chile signed for 10 Gripen jets from Sweden last year. Its air force chief later visited the factory at "
     "Linköping, where Gripens are built, and met engineers.",
     [("Sweden", "Chile", "Gripen", "ordered", 10)]),
    # the site is in another state, or the build is under licence: a licensed production stays
    ("Kenya has ordered 20 Gripen fighters from Sweden. The minister toured the plant near Nairobi, where Gripens "
     "are assembled.",
     [("Sweden", "Kenya", "Gripen", "ordered", 20), ("Sweden", "Kenya", "Gripen", "licensed_production", None)]),
    ("Kenya has ordered 20 Gripen fighters from Sweden. The minister toured a plant in Ankara, where Gripens are "
     "assembled under licence.",
     [("Sweden", "Kenya", "Gripen", "ordered", 20), ("Sweden", "Turkey", "Gripen", "licensed_production", None)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE + NEGATIVE)
def test_built_at_makers_site(transfers, text, expected):
    assert_exactly(transfers(text), expected)
