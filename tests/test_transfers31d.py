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


# a column narrated as "we" for a state named only now and then (by name or demonym), with a neighbour's deal in
# an aside: the buyerless records are the writer's state's
COLUMN = (
    "For years, Kenyan governments have talked about new helicopters. We cannot wait any longer. The six Bayraktar "
    "TB2 drones we bought from Turkey in 2021 arrived in 2022, and our pilots now fly them from Laikipia. Before "
    "that, our army relied on four Mi-17 helicopters handed over by Russia in 2012. Meanwhile Uganda ordered twelve "
    "Su-30 jets from Russia in 2019 and received them in 2021. A Kenyan officer told me the army needs more. Kenyan "
    "soldiers deserve better.")

NARRATOR_BUYS = [
    (COLUMN,
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", 6), ("Turkey", "Kenya", "Bayraktar TB2", "ordered", 6),
      ("Russia", "Kenya", "Mi-17", "delivered", 4), ("Russia", "Uganda", "Su-30", "ordered", 12),
      ("Russia", "Uganda", "Su-30", "delivered", ANY)]),
    ("Our navy has waited long enough. The two patrol boats we purchased from France in 2019 are now worn out, "
     "and our sailors deserve better. Three Ghanaian ministers have promised a fix; the Ghanaian navy still waits. "
     "Nigeria, by contrast, ordered four OPVs from China in 2021. Every Ghanaian officer I know agrees.",
     [("France", "Ghana", "patrol boat", "delivered", 2), ("China", "Nigeria", "OPV", "ordered", 4)]),
]

NARRATOR_GUARDS = [
    # "we" only inside quotation marks: a speaker's, not the narration's; the neighbour's deal stays the main one
    ("For years, Kenyan governments have talked about new helicopters. \"We cannot wait any longer; we bought too "
     "little, too late,\" a colonel said. Four Mi-17 helicopters were handed over by Russia in 2012. "
     "Meanwhile Uganda ordered twelve Su-30 jets from Russia in 2019 and received them in 2021.",
     [("Russia", "Uganda", "Mi-17", "delivered", 4), ("Russia", "Uganda", "Su-30", "ordered", 12),
      ("Russia", "Uganda", "Su-30", "delivered", ANY)]),
    # a maker's "we" gives goods away: no buyer of the narration's own
    ("We delivered the last of our trainers in March. Four Mi-17 helicopters were handed over by Russia in 2012. "
     "Meanwhile Uganda ordered twelve Su-30 jets from Russia in 2019 and received them in 2021. Our Kenyan office "
     "is busy, and our staff in Kenya have grown.",
     [("Russia", "Uganda", "Mi-17", "delivered", 4), ("Russia", "Uganda", "Su-30", "ordered", 12),
      ("Russia", "Uganda", "Su-30", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", NARRATOR_BUYS + NARRATOR_GUARDS)
def test_narrator_buys(text, expected):
    assert_exactly(analyse_text(text, "t", published=PUBLISHED).transfers, expected)


# a gapped clause whose subjects are states' firms: each firm's state offers its own clause's system
GAPPED_FIRMS = [
    ("The Chilean navy wants two submarines. France's Naval Group has offered the Scorpene to Chile, and Germany's "
     "TKMS the Type 214.",
     [("France", "Chile", "Scorpene", "offered", ANY), ("Germany", "Chile", "Type 214", "offered", ANY)]),
]

GAPPED_GUARDS = [
    # one firm, two systems: one seller for both
    ("France's Naval Group has offered the Scorpene and the Gowind to Chile.",
     [("France", "Chile", "Scorpene", "offered", ANY), ("France", "Chile", "Gowind", "offered", ANY)]),
]


@pytest.mark.parametrize("text,expected", GAPPED_FIRMS + GAPPED_GUARDS)
def test_gapped_firms(text, expected):
    assert_exactly(analyse_text(text, "t", published=PUBLISHED).transfers, expected)
