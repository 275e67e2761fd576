"""own24 family, in sentences written for these tests: a verb of ending ("the wait ended", "the standoff
ended") whose time clause ("when it ordered X", "as it bought X") tells a deal does not cancel that deal: the
clause tells a step of its own. Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

ENDED_WAIT_TIME_CLAUSE = [
    ("Egypt's long wait ended in May, when it ordered 30 new Rafales from France in a deal Paris valued at "
     "4 billion euros.",
     [("France", "Egypt", "Rafale", "ordered", 30)]),
    ("Chile's long wait ended in March, when it bought 12 used F-16s from the Netherlands.",
     [("Netherlands", "Chile", "F-16", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", ENDED_WAIT_TIME_CLAUSE)
def test_ended_wait_time_clause_is_not_cancelled(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    # the deal itself is the object of the verb of ending: still cancelled
    "Chile cancelled the order for 12 F-16s from the Netherlands in March.",
    "Chile cancelled the order for 12 F-16s from the Netherlands when the money ran out.",
])
def test_ended_deal_stays_cancelled(transfers, text):
    assert any(r.status == "cancelled" and r.supplier == "Netherlands" and r.recipient == "Chile"
               for r in transfers(text))


# own24 family (also own17, own23): a licensed build of part of a lot ("assembled most of the X") whose relative
# clause tells the purchase ("that B bought from A") also gives the purchase, a step of its own (the share not
# built at home came from the maker), and the contract it was bought under is its order
PART_ASSEMBLED_OF_PURCHASE = [
    ("The Bandung works assembled most of the KT-1B trainers that Indonesia bought from South Korea under a "
     "2003 contract.",
     [("South Korea", "Indonesia", "KT-1", "licensed_production", None),
      ("South Korea", "Indonesia", "KT-1", "delivered", None),
      ("South Korea", "Indonesia", "KT-1", "ordered", None)]),
    ("The state factory has done this before: it assembled some of the Hawk trainers that Malaysia bought "
     "from Britain in the 1990s.",
     [("United Kingdom", "Malaysia", "Hawk", "licensed_production", None),
      ("United Kingdom", "Malaysia", "Hawk", "delivered", None)]),
]

PART_ASSEMBLED_GUARDS = [
    # the whole lot assembled at home, or a purchase still ahead: the licensed build alone
    ("The Bandung works assembled the KT-1B trainers that Indonesia bought from South Korea.",
     [("South Korea", "Indonesia", "KT-1", "licensed_production", None)]),
    ("The Bandung works assembled all of the KT-1B trainers that Indonesia bought from South Korea.",
     [("South Korea", "Indonesia", "KT-1", "licensed_production", None)]),
    ("The Bandung works will assemble most of the KT-1B trainers that Indonesia will buy from South Korea.",
     [("South Korea", "Indonesia", "KT-1", "licensed_production", None)]),
]


@pytest.mark.parametrize("text,expected", PART_ASSEMBLED_OF_PURCHASE + PART_ASSEMBLED_GUARDS)
def test_part_assembled_keeps_purchase(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# own24 family: a participle of giving on the system ("a ship, donated by A,") whose clause puts the handover
# ahead ("is to be handed over in June") tells one transfer still to be handed over: agreed, no finished delivery
GIFT_HANDED_OVER_AHEAD = [
    ("A patrol boat, donated by France, is to be handed over to Kenya in May.",
     [("France", "Kenya", "patrol boat", "agreed", None)]),
    ("Two corvettes are being built for Kenya, and a third ship, donated by France, is to be handed over in May.",
     [("France", "Kenya", "ship", "agreed", None)]),
]

GIFT_HANDED_OVER_GUARDS = [
    # the handover done: delivered; an order told by the participle stays the order
    ("A patrol boat donated by France was handed over to Kenya in May.",
     [("France", "Kenya", "patrol boat", "delivered", None)]),
    ("A patrol boat, ordered by Kenya from France in 2023, is to be handed over in May.",
     [("France", "Kenya", "patrol boat", "ordered", None)]),
]


@pytest.mark.parametrize("text,expected", GIFT_HANDED_OVER_AHEAD + GIFT_HANDED_OVER_GUARDS)
def test_gift_handed_over_ahead_is_agreed(transfers, text, expected):
    assert_exactly(transfers(text), expected)
