"""A government that reports a handover whose own clause names no giver reports its own handover, in sentences
written for these tests: "A's ministry said the X had been handed over to B" gives supplier A, not the system's maker;
a report by the buyer itself, by officials only "in" a state, or a claim or denial by another state does not make that
state the giver. Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    ("Norway's defence ministry said on Monday that eight Leopard 2 tanks had been delivered to Ukraine.",
     [("Norway", "Ukraine", "Leopard 2", "delivered", 8)]),
    ("The Dutch government confirmed that four Patriot launchers had been handed over to Poland last month.",
     [("Netherlands", "Poland", "Patriot", "delivered", 4)]),
    # the reporter's own lot ("it promised") arriving at a state
    ("Oslo said on Monday that the eight Leopard 2 tanks it promised had reached Ukraine.",
     [("Norway", "Ukraine", "Leopard 2", "delivered", 8), ("Norway", "Ukraine", "Leopard 2", "agreed", 8)]),
]

GUARDS = [
    # the buyer reports: the maker stays the seller
    ("Poland's defence ministry said on Monday that four Patriot launchers had been handed over to the Polish army.",
     [("United States", "Poland", "Patriot", "delivered", 4)]),
    # a claim by a third state is not its own handover
    ("Russia's defence ministry claimed on Monday that eight Leopard 2 tanks had been delivered to Ukraine.",
     [("Germany", "Ukraine", "Leopard 2", "delivered", 8)]),
    # officials "in" a state speak from there, not for it
    ("Officials in Poland said on Monday that eight Leopard 2 tanks had been delivered to Ukraine.",
     [("Germany", "Ukraine", "Leopard 2", "delivered", 8)]),
    # a giver named in the clause stays the giver
    ("Norway's defence ministry said that Denmark had handed over eight Leopard 2 tanks to Ukraine.",
     [("Denmark", "Ukraine", "Leopard 2", "delivered", 8)]),
    # an arrival of goods not said to be the reporter's own
    ("Oslo said on Monday that eight Leopard 2 tanks had reached Ukraine.",
     [("Germany", "Ukraine", "Leopard 2", "delivered", 8)]),
    # a coordinated clause with its own subject is no part of the report
    ("Norway announced that it would pay for more tanks, and the Polish army has used its own budget to buy "
     "eight Leopard 2 tanks.",
     [("Germany", "Poland", "Leopard 2", ANY, 8)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_reported_handover(transfers, text, expected):
    assert_exactly(transfers(text), expected)
