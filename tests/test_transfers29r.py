"""A ship referred back to and then launched, in sentences written for these tests: "the ship", "the boat" or "it"
as the subject of "was launched" is the hull of the order told just before, so its launch is a step of that
order's building (in production), whether the order named a model ("a Type 26 frigate") or only a kind ("a
frigate"), and whether its buyer was named in the order's sentence or only by the story ("the navy's frigate").
A launch with no order behind it, or another verb on the hull, tells no step. Each text must give exactly the
records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LAUNCHED = [
    # the buyer known from the story only ("the navy's"): the launch still belongs to that order
    ("The Ghanaian navy has several delayed programmes. Among them is the navy's Type 26 frigate, ordered from "
     "Britain in 2019. The ship has been launched at Glasgow but still has no radar.",
     [("United Kingdom", "Ghana", "Type 26", "ordered", ANY), ("United Kingdom", "Ghana", "Type 26", "in_production", ANY)]),
    ("The Ghanaian navy has several delayed programmes. The navy's Type 26 frigate was ordered from Britain in 2019. "
     "It has been launched at Glasgow.",
     [("United Kingdom", "Ghana", "Type 26", "ordered", ANY), ("United Kingdom", "Ghana", "Type 26", "in_production", ANY)]),
    # the order named a kind of ship, no model
    ("In 2022 the navy of Ghana ordered a frigate from Britain. The ship was launched at Glasgow in March.",
     [("United Kingdom", "Ghana", "frigate", "ordered", ANY), ("United Kingdom", "Ghana", "frigate", "in_production", ANY)]),
    ("In 2022 Ghana ordered a frigate from Britain for about $400 million; the ship was launched at Glasgow in March "
     "and is due in Accra next year.",
     [("United Kingdom", "Ghana", "frigate", "ordered", ANY), ("United Kingdom", "Ghana", "frigate", "in_production", ANY)]),
    ("Kenya ordered a submarine from China in 2017. The boat has been launched at Wuhan but still has no engines.",
     [("China", "Kenya", "submarine", "ordered", ANY), ("China", "Kenya", "submarine", "in_production", ANY)]),
]

GUARDS = [
    # no order behind the launch: a yard's own work
    ("Britain builds the Type 26 frigate at Glasgow. The ship was launched in 2022.", []),
    ("Britain's yards build frigates at Glasgow. The ship was launched in March.", []),
    # another verb on the hull tells no step of its building
    ("In 2022 the navy of Ghana ordered a frigate from Britain. The ship was repaired at Glasgow in March.",
     [("United Kingdom", "Ghana", "frigate", "ordered", ANY)]),
    # the buyer named in the order's sentence: as before
    ("Ghana ordered a Type 26 frigate from Britain in 2019. The vessel has been launched at Glasgow.",
     [("United Kingdom", "Ghana", "Type 26", "ordered", ANY), ("United Kingdom", "Ghana", "Type 26", "in_production", ANY)]),
]


# a bare count as the subject of a verb the system itself does ("had arrived"), told as the rest of a lot ("the
# other ten") or as the part that came ("only 8"): that many of the lot told before were delivered
ARRIVED = [
    ("Ghana ordered twelve F-7 fighters from China in 2005. Only 8 had arrived by 2009.",
     [("China", "Ghana", "F-7", "ordered", 12), ("China", "Ghana", "F-7", "delivered", 8)]),
    ("Ghana ordered twelve F-7 fighters from China in 2005. Two were shown in 2008, and the other ten had arrived "
     "by 2009.",
     [("China", "Ghana", "F-7", "ordered", 12), ("China", "Ghana", "F-7", "delivered", 10)]),
]

ARRIVED_GUARDS = [
    # the count names its own things, or does what people do
    ("Ghana ordered twelve F-7 fighters from China in 2005. Only 8 pilots had trained on them by 2009.",
     [("China", "Ghana", "F-7", "ordered", 12)]),
    ("Ghana ordered twelve F-7 fighters from China in 2005. The other ten pilots arrived in 2009.",
     [("China", "Ghana", "F-7", "ordered", 12)]),
]


@pytest.mark.parametrize("text,expected", LAUNCHED + GUARDS + ARRIVED + ARRIVED_GUARDS)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
