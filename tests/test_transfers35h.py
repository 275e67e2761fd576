"""own24 family, in sentences written for these tests: a time clause ("as they arrive", "when they landed") hung on
a relative clause that tells a purchase ("the jets that B ordered from A") and whose subject "they" is those
systems tells their arrival, a delivery of its own. Each text must give exactly the records listed (ANY: the
field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

ARRIVING_LOT_OF_RELATIVE = [
    ("The documentary follows the first two of eight Rafale jets that India ordered from France in 2016 as they "
     "arrive in July 2020.",
     [("France", "India", "Rafale", "ordered", 8),
      ("France", "India", "Rafale", "delivered", ANY)]),
    ("Her camera was on the tarmac for the J-10C fighters that Pakistan ordered from China when they landed in "
     "March 2022.",
     [("China", "Pakistan", "J-10C", "ordered", ANY),
      ("China", "Pakistan", "J-10C", "delivered", ANY)]),
]

ARRIVING_LOT_GUARDS = [
    # the time clause tells no arrival: the purchase alone
    ("The film shows the ten J-10C fighters that Pakistan ordered from China in 2021 as they were being built.",
     [("China", "Pakistan", "J-10C", "ordered", 10)]),
    ("The film shows the ten J-10C fighters that Pakistan ordered from China in 2021 when they were cheap.",
     [("China", "Pakistan", "J-10C", "ordered", 10)]),
]


@pytest.mark.parametrize("text,expected", ARRIVING_LOT_OF_RELATIVE + ARRIVING_LOT_GUARDS)
def test_arriving_lot_of_relative_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# own24 family: a second "by" agent of a passive cue set after a phrase between them ("ordered by A, in a deal
# worth X, and by B"), which the parser hangs as a conjunct of that phrase's preposition, is a second buyer
SECOND_AGENT_AFTER_PHRASE = [
    ("The Rafale has since been ordered by Greece, in a deal worth 2 billion euros, and by Croatia.",
     [("France", "Greece", "Rafale", "ordered", ANY),
      ("France", "Croatia", "Rafale", "ordered", ANY)]),
]

SECOND_AGENT_GUARDS = [
    # no second "by": the one buyer
    ("The Rafale was ordered by Greece in a deal signed in Athens and in Paris.",
     [("France", "Greece", "Rafale", "ordered", ANY)]),
]


@pytest.mark.parametrize("text,expected", SECOND_AGENT_AFTER_PHRASE + SECOND_AGENT_GUARDS)
def test_second_agent_after_phrase(transfers, text, expected):
    assert_exactly(transfers(text), expected)
