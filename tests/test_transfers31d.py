"""Sentences written for these tests, on three patterns of an opinion column.

1. A state's own plan or budget as the subject of a giving verb ("the defence plan promised frigates") tells what
   that state means to get: no giver and no deal.
2. A column whose writer speaks for a state as "we" and "our" names that state in every such sentence: when the
   narration (outside quotation marks) tells "we" buying, the records that name no buyer are the writer's state's,
   not the buyer of a neighbour's deal told in an aside.
3. A gapped clause whose subjects are states' firms ("A's firm has pitched X, and B's firm the Y"): each firm's
   state offers the system of its own clause.

Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

PLAN_AS_GIVER = [
    ("For years every Kenyan defence plan has promised new helicopters. Uganda bought six Mi-17 helicopters from "
     "Russia in 2020.",
     [("Russia", "Uganda", "Mi-17", "delivered", 6)]),
    ("Each Chilean naval strategy since 2015 has promised frigates. Peru ordered two frigates from South Korea in "
     "2022.",
     [("South Korea", "Peru", "frigate", "ordered", 2)]),
    ("Last year the Peruvian budget promised four patrol boats. Chile received two patrol boats from Japan.",
     [("Japan", "Chile", "patrol boat", "delivered", 2)]),
]

PLAN_GUARDS = [
    # a state as the giver: a pledge, as before
    ("For years Britain has promised new helicopters to Kenya. Uganda bought six Mi-17 helicopters from Russia in "
     "2020.",
     [("United Kingdom", "Kenya", "helicopter", "agreed", ANY), ("Russia", "Uganda", "Mi-17", "delivered", 6)]),
    ("Under the plan, Turkey promised 20 armoured vehicles to Kenya.",
     [("Turkey", "Kenya", "armoured vehicle", "agreed", ANY)]),
]


@pytest.mark.parametrize("text,expected", PLAN_AS_GIVER + PLAN_GUARDS)
def test_plan_as_giver(text, expected):
    assert_exactly(analyse_text(text, "t", published=PUBLISHED).transfers, expected)
