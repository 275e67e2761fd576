"""Date phrases a transfer is often dated by, resolved against a publication date: a named month with "last",
"next" or "this", a season (with or without its year) and a count of years or months ago. Written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.dates import resolve_date

REF = date(2024, 5, 15)

CASES = [
    ("last July", "2023-07"),
    ("last April", "2024-04"),
    ("last May", "2023-05"),  # the reference month itself: a year back
    ("next July", "2024-07"),
    ("this June", "2024-06"),
    ("the autumn of 2023", "2023"),
    ("summer 2022", "2022"),
    ("in the fall of 2021", "2021"),
    ("last summer", "2023"),
    ("this summer", "2024"),
    ("next spring", "2025"),
    ("two years ago", "2022"),
    ("a year ago", "2023"),
    ("three months ago", "2024-02"),
    ("six months ago", "2023-11"),
    # a week tells its month, not a day
    ("last week", "2024-05"),
    ("this week", "2024-05"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_relative_phrases(text, expected):
    assert resolve_date(text, REF) == expected


@pytest.mark.parametrize("text", ["last July", "last summer", "two years ago"])
def test_no_reference_no_guess(text):
    assert resolve_date(text, None) is None
