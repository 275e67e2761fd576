"""own25 families (second pass), in sentences written for these tests. Each text must give exactly the records
listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 4, 20)

# A verb of interest followed by the purchase denied for the same thing, in a clause joined to it: no interest stands
PASSED_OVER = [
    ("The Philippine air force evaluated Korea's Surion in 2019 but did not buy it.", []),
    ("The Chilean navy evaluated France's Gowind design in 2022 but did not order it.", []),
]

PASSED_OVER_GUARDS = [
    # a purchase only "not yet" made leaves the interest open
    ("The Philippine air force evaluated Korea's Surion in 2019 but has not yet ordered it.",
     [("South Korea", "Philippines", "Surion", "interest", None)]),
    # a purchase denied for another thing leaves the interest in the first
    ("The Philippine air force evaluated Korea's Surion in 2019 but did not buy the jets.",
     [("South Korea", "Philippines", "Surion", "interest", None)]),
]


@pytest.mark.parametrize("text,expected", PASSED_OVER + PASSED_OVER_GUARDS)
def test_interest_passed_over(transfers, text, expected):
    assert_exactly(transfers(text), expected)

