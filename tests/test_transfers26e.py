"""Transfers in sentences written for these tests (round thirteen, own21's part B errors, third pass): a delivered
part of a lot said to be "on order" ("the first six of the 24 howitzers on order", "the 24 howitzers Norway has on
order") also tells the order of the whole lot; a plural phrase ("the boats") does not refer back to one named
vessel ("the cruiser HMS X"); a relative clause on the names set off after a class of boats ("two X-class boats,
HMS A and HMS B, which A gave B"), which the parser hangs beside the class, tells of the boats. Each text must give exactly the records listed (ANY: the field is
not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

ON_ORDER = [
    ("The first six of the 24 K9 howitzers on order were delivered to Norway by South Korea in April.",
     [("South Korea", "Norway", "K9", "delivered", 6), ("South Korea", "Norway", "K9", "ordered", 24)]),
    # a contact clause, which the parser does not hang on the lot
    ("Nine of the 40 CV90 vehicles Latvia has on order were delivered by Sweden last month.",
     [("Sweden", "Latvia", "CV90", "delivered", 9), ("Sweden", "Latvia", "CV90", "ordered", 40)]),
]

ON_ORDER_GUARDS = [
    # no "on order": the whole lot's step is not told
    ("The first six of the 24 K9 howitzers were delivered to Norway by South Korea in April.",
     [("South Korea", "Norway", "K9", "delivered", 6)]),
    # a size "on the order of" is no order
    ("The first six of the 24 K9 howitzers on the order of 40 tonnes each were delivered to Norway by South Korea.",
     [("South Korea", "Norway", "K9", "delivered", 6)]),
]


@pytest.mark.parametrize("text,expected", ON_ORDER + ON_ORDER_GUARDS)
def test_on_order(transfers, text, expected):
    assert_exactly(transfers(text), expected)


PLURAL_REFERENCE = [
    ("The cruiser HMS Albion called at Apia in May. Two cutters from Korea arrived in Apia a week later. The boats "
     "were handed over under a Korean aid programme worth $20 million.",
     [("South Korea", "Samoa", "cutters", "delivered", 2)]),
]

PLURAL_REFERENCE_GUARDS = [
    # the singular does refer back to the one named vessel
    ("The cruiser HMS Albion called at Apia in May. Two cutters from Korea arrived in Apia a week later. The ship "
     "was handed over to Samoa by Britain in June.",
     [("South Korea", "Samoa", "cutters", "delivered", 2), ("United Kingdom", "Samoa", "Albion", "delivered", ANY)]),
    # two named vessels may be "the ships"
    ("HMS Albion and HMS Bulwark called at Apia in May. The ships were handed over to Samoa by Britain in June.",
     [("United Kingdom", "Samoa", "HMS Bulwark", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", PLURAL_REFERENCE + PLURAL_REFERENCE_GUARDS)
def test_plural_reference(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NAMES_AFTER_CLASS = [
    ("The new cutters join the coast guard's two Bay-class patrol boats, PSS Alpha and PSS Bravo, which Japan gave "
     "Palau in 2017 and 2021.",
     [("Japan", "Palau", "Bay", "delivered", 2)]),
]

NAMES_AFTER_CLASS_GUARDS = [
    # the clause tells no transfer
    ("The new cutters join the coast guard's two Bay-class patrol boats, PSS Alpha and PSS Bravo, which Japan "
     "repaired in 2017 and 2021.", []),
]


@pytest.mark.parametrize("text,expected", NAMES_AFTER_CLASS + NAMES_AFTER_CLASS_GUARDS)
def test_names_after_class(transfers, text, expected):
    assert_exactly(transfers(text), expected)
