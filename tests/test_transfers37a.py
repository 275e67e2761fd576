"""own25 family, in sentences written for these tests: a relative clause with no "that" whose subject is a country,
right after a weapon noun ("the jets Norland began delivering"), is misparsed as an apposition with a subjectless
verb; the parse is mended so the clause tells its purchase or delivery. Each text must give exactly the records
listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

CONTACT_RELATIVES = [
    ("Vietnam flies the Su-30MK2 fighters Russia began delivering in 2004.",
     [("Russia", "Vietnam", "Su-30MK2", "delivered", ANY)]),
    ("Algeria flies the Su-30MKA fighters Russia started delivering in 2007.",
     [("Russia", "Algeria", "Su-30MKA", "delivered", ANY)]),
]

CONTACT_RELATIVE_GUARDS = [
    # a comma ends the noun group: the country heads a clause of its own, which buys nothing here
    ("Peru flies the K9 howitzers, Chile praised them in 2019.", []),
    # the verb is no purchase: nothing
    ("Peru bought nothing like the jets Chile admired in 2019.", []),
]


@pytest.mark.parametrize("text,expected", CONTACT_RELATIVES + CONTACT_RELATIVE_GUARDS)
def test_contact_relative_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)
