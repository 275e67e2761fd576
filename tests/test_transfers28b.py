"""Group members listed after a time phrase and ship classes, in sentences written for these
tests: "sold to six countries since 2018, among them A and B" names each buyer (the parser hangs "among them" on
the list, or "including" on the date), a list hung on the seller is not read as the buyers; the Miguel Malvar
class is its own class, not the Jose Rizal class. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

MEMBERS_AFTER = [
    ("The Hermes 900 has been sold to six Latin American countries since 2018, among them Chile, Colombia and "
     "Brazil.",
     [("Israel", "Chile", "Hermes 900", "delivered", None), ("Israel", "Colombia", "Hermes 900", "delivered", None),
      ("Israel", "Brazil", "Hermes 900", "delivered", None)]),
    ("Turkey has sold the Bayraktar TB2 to several countries, among them Ghana and Kenya.",
     [("Turkey", "Ghana", "Bayraktar TB2", "delivered", None), ("Turkey", "Kenya", "Bayraktar TB2", "delivered", None)]),
    ("The Bayraktar TB2 has been exported to eleven states since 2020, including Mali and Chad.",
     [("Turkey", "Mali", "Bayraktar TB2", "delivered", None), ("Turkey", "Chad", "Bayraktar TB2", "delivered", None)]),
    # guards: no listed state, no buyer; a list the parser hangs on the seller is not taken as the buyers
    ("The Bayraktar TB2 has been exported to eleven states since 2020, among them neighbours of Mali.",
     []),
    ("Israel has exported the Heron drone to many states over the past decade, including India and Azerbaijan.",
     []),
]

SHIP_CLASSES = [
    ("South Korea delivered two Miguel Malvar-class frigates to the Philippines in 2025.",
     [("South Korea", "Philippines", "Miguel Malvar class", "delivered", 2)]),
    # guard: the older class keeps its own name
    ("South Korea delivered two Jose Rizal-class frigates to the Philippines in 2021.",
     [("South Korea", "Philippines", "HDC-3100", "delivered", 2)]),
]


@pytest.mark.parametrize("text,expected", MEMBERS_AFTER + SHIP_CLASSES)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
