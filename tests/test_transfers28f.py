"""Bare state bodies as parties, in sentences written for these tests: "the military", "the navy" named without a
state stand for the state the story named that body with before ("Sudan's military ... the military's purchase
of X"), not for the state the story names most; and a story that called its own force "the navy" before naming any
navy in full does not hand its purchases to a foreign navy it names later ("trained with the US Navy") or to the
navy it buys from in the same sentence ("bought frigates from the Royal Navy"). Each text must give exactly the
records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

BARE_MILITARY = [
    ("Britain on Tuesday sanctioned three firms that arm Sudan's military. Britain said one of them brokered the "
     "military's purchase of six Mi-17 helicopters from Russia.",
     [("Russia", "Sudan", "Mi-17", ANY, 6)]),
    ("Britain on Tuesday sanctioned three firms that arm Sudan's military. Britain said Russia agreed in 2024 to "
     "deliver four Su-25 jets to the military.",
     [("Russia", "Sudan", "Su-25", ANY, 4)]),
    ("Britain on Tuesday sanctioned three firms that arm Sudan's military. Britain said China shipped 300 mortar "
     "bombs to the military's procurement directorate in 2024.",
     [("China", "Sudan", "mortar bombs", ANY, 300)]),
    # guards: a body named with its own state keeps it; a body never named with a state is not given one
    ("Britain on Tuesday sanctioned three firms that arm Sudan's military. Britain said Russia agreed in 2024 to "
     "deliver four Su-25 jets to the Egyptian military.",
     [("Russia", "Egypt", "Su-25", ANY, 4)]),
]

BARE_NAVY = [
    ("LIMA (Wire) - The navy signed a contract with Germany for two Type 209 submarines in 2019. The boats replaced "
     "two hulls built in the 1970s. Their crews spent a year in Kiel. In 2024 the navy bought two Type 22 frigates second-hand from the Royal Navy. Peru has no other frigate supplier.",
     [("Germany", "Peru", "Type 209", "ordered", 2), ("United Kingdom", "Peru", "Type 22", ANY, 2)]),
    # guard: a navy named in full before the story's first bare "the navy" is the one it means
    ("The Pakistan Navy took delivery of two Type 054A frigates from China in 2021. In 2024 the navy ordered two more Type 054A frigates from China.",
     [("China", "Pakistan", "Type 054A", "delivered", 2), ("China", "Pakistan", "Type 054A", "ordered", 2)]),
]


@pytest.mark.parametrize("text,expected", BARE_MILITARY + BARE_NAVY)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
