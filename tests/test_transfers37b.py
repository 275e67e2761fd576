"""own25 families, in sentences written for these tests. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 4, 20)

# A relative clause without "that" ("jets B ordered from A") that the parser reads as an apposition of the state to
# the noun, or as a second subject of the verb: the state right after the noun is the clause's own subject (the
# sentence before names another state, which must not take its place)
CONTACT_CLAUSE_AS_APPOSITION = [
    ("Officials in Ankara declined to comment. 4 — Type 054A frigates Pakistan ordered from China in 2018 for about "
     "$1.4 billion.",
     [("China", "Pakistan", "Type 054", "ordered", 4)]),
    ("Officials in Ankara declined to comment. 6 — Type 054A frigates Pakistan has ordered from China since 2017.",
     [("China", "Pakistan", "Type 054", "ordered", 6)]),
    ("Officials in Ankara declined to comment. 16 — F-16 jets Jordan has received from the Netherlands since 2006.",
     [("Netherlands", "Jordan", "F-16", "delivered", 16)]),
    # the state is the seller when the verb tells a sale
    ("Officials in Ankara declined to comment. 16 — F-16 jets the Netherlands sold to Jordan since 2006.",
     [("Netherlands", "Jordan", "F-16", "delivered", 16)]),
]

CONTACT_CLAUSE_GUARDS = [
    # the state set off by commas is an aside, not the clause's subject
    ("Officials in Ankara declined to comment. 4 — Type 054A frigates, Pakistan says, China delivered to Egypt in "
     "2018.",
     [("China", "Egypt", "Type 054", "delivered", 4)]),
]


@pytest.mark.parametrize("text,expected", CONTACT_CLAUSE_AS_APPOSITION + CONTACT_CLAUSE_GUARDS)
def test_contact_clause_as_apposition(transfers, text, expected):
    assert_exactly(transfers(text), expected)
