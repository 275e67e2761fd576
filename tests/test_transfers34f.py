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
