"""Parts of a lot told by their own words in a state of being built, in sentences written for these tests: "the
remaining 14", "the first of them" or "six more" as the subject of "are in production", "are on the assembly line"
or "are still on the line at <a firm>" are a later step (in production) of the lot the sentence told, whose buyer
and seller they keep, even where the clause names neither; a bare "the line" held at a place, or a front line, is no
line of making. A bare ordinal, "the first is being built at A", is one of the lot told before, as "three of
them are being built" is. Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LOT_PARTS = [
    # the rest of a lot, in production
    ("Chile ordered 20 Gripen E fighters from Sweden in 2022 and received six in 2024; the remaining 14 are in production.",
     [("Sweden", "Chile", "Gripen", "ordered", ANY), ("Sweden", "Chile", "Gripen", "delivered", ANY),
      ("Sweden", "Chile", "Gripen", "in_production", ANY)]),
    # the first of a lot on order, on the assembly line
    ("Uruguay has ten Rafale fighters on order from France, and the first of them are now on the assembly line "
     "near Bordeaux.",
     [("France", "Uruguay", "Rafale", "ordered", ANY), ("France", "Uruguay", "Rafale", "in_production", ANY)]),
    # the rest of a lot, still on a firm's line
    ("Ecuador has taken four Gripen E jets from Sweden so far, but the remaining eight are still on the line at Saab "
     "in Linkoping.",
     [("Sweden", "Ecuador", "Gripen", "delivered", ANY), ("Sweden", "Ecuador", "Gripen", "in_production", ANY)]),
]

ORDINALS = [
    # a bare ordinal as the subject of a passive progressive verb of making: one of the lot told before
    ("Colombia ordered two Type 31 frigates from Britain in March. The first is being built at Rosyth.",
     [("United Kingdom", "Colombia", "Type 31", "ordered", 2), ("United Kingdom", "Colombia", "Type 31",
                                                                 "in_production", ANY)]),
]

GUARDS = [
    # a thing that is no part of the lot, or a build with no lot told
    ("Colombia ordered two Type 31 frigates from Britain in March. The first of its new dry docks is being built at "
     "Rosyth.",
     [("United Kingdom", "Colombia", "Type 31", "ordered", 2)]),
    ("The first is being built at Rosyth.",
     []),

    # a front line, or a line at a place, is no line of making
    ("Ecuador has taken four Gripen E jets from Sweden so far; the other eight are on the front line at Saab.",
     [("Sweden", "Ecuador", "Gripen", "delivered", ANY)]),
    ("Bolivia bought 30 Leopard 2 tanks from Germany in 2009, and the remaining 20 are now on the line at the border.",
     [("Germany", "Bolivia", "Leopard 2", "delivered", ANY)]),
    ("Ecuador has taken four Gripen E jets from Sweden so far, but the remaining eight are still on the line at "
     "Linkoping.",
     [("Sweden", "Ecuador", "Gripen", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", LOT_PARTS + ORDINALS + GUARDS)
def test_lot_parts_in_production(transfers, text, expected):
    assert_exactly(transfers(text), expected)
