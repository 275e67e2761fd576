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


# A named system set beside "the first of N <things> ordered ...": the named one is delivered alone, the order is of N
PART_OF_ORDERED_LOT = [
    ("Spain builds for Ankara. TCG Anadolu, the first of two ships ordered from Spain by Turkey in 2015, arrived in "
     "Istanbul in 2022.",
     [("Spain", "Turkey", "TCG Anadolu", "delivered", 1), ("Spain", "Turkey", "TCG Anadolu", "ordered", 2)]),
]

PART_OF_ORDERED_LOT_GUARDS = [
    # the lot's clause tells no purchase: one delivered, no order
    ("Spain builds for Ankara. TCG Anadolu, the first of two ships built in Ferrol, arrived in Istanbul in 2022.",
     [("Spain", "Turkey", "TCG Anadolu", "delivered", 1)]),
    # a general lot with the same count and date beside the named order is the named order told again
    ("Spain builds for Ankara. TCG Anadolu, the first of two ships ordered from Spain by Turkey in 2015, arrived in "
     "Istanbul in 2022. Two ships ordered from Spain in 2015 cost 1 billion euros.",
     [("Spain", "Turkey", "TCG Anadolu", "delivered", 1), ("Spain", "Turkey", "TCG Anadolu", "ordered", 2)]),
]


@pytest.mark.parametrize("text,expected", PART_OF_ORDERED_LOT + PART_OF_ORDERED_LOT_GUARDS)
def test_named_part_of_ordered_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# Talk or reports of a deal that a party plays down: no deal taken as made or under way
DOWNPLAYED_TALK = [
    ("Philippine officials played down talk of a helicopter deal with South Korea.", []),
    ("Philippine officials downplayed reports of a helicopter deal with South Korea.", []),
]

DOWNPLAYED_TALK_GUARDS = [
    # the talk confirmed stands
    ("Philippine officials confirmed talk of a helicopter deal with South Korea.",
     [("South Korea", "Philippines", "helicopter", "negotiating", None)]),
    # what is played down is the cost of a deal made, which stands
    ("Philippine officials played down the delays to the six helicopters Manila ordered from South Korea last year.",
     [("South Korea", "Philippines", "helicopters", "ordered", 6)]),
]


@pytest.mark.parametrize("text,expected", DOWNPLAYED_TALK + DOWNPLAYED_TALK_GUARDS)
def test_downplayed_talk(transfers, text, expected):
    assert_exactly(transfers(text), expected)
