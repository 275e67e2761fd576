"""A state flying or operating one named foreign type is its holding of that type (sentences written for these tests):
"A and B fly earlier X variants", "while C flies the Y". The maker's state must be named in the text. A fleet listed
type by type, a type in a relative clause, or a lot counted "out of" a larger one tells no holding of its own."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

POSITIVE = [
    # coordinated users of one type, the verb's present plural read by the tagger as a base form
    ("Brazil sells the A-29 abroad. Chile and Ecuador fly earlier A-29 variants.",
     [("Brazil", "Chile", "A-29", "delivered", ANY), ("Brazil", "Ecuador", "A-29", "delivered", ANY)]),
    # one user of one type, beside another clause
    ("China builds the J-10. In Asia, Nepal flies the J-10, while its neighbour is still weighing offers.",
     [("China", "Nepal", "J-10", "delivered", ANY)]),
    ("South Korea builds the FA-50. Colombia flies the FA-50.",
     [("South Korea", "Colombia", "FA-50", "delivered", ANY)]),
    # operating one type, several users (already read before)
    ("Brazil sells the A-29 abroad. Chile and Ecuador operate the A-29.",
     [("Brazil", "Chile", "A-29", "delivered", ANY), ("Brazil", "Ecuador", "A-29", "delivered", ANY)]),
]

NEGATIVE = [
    # a fleet listed by type
    "The Chilean air force already flies F-16s and Hawks, and both the United States and Britain court it.",
    "South Korea and Russia court it. The air force flies FA-50s, Su-30s and Hawks.",
    # no foreign maker named in the text
    "Colombia flies the FA-50.",
    # a modal or an infinitive: no holding told
    "South Korea builds the FA-50. Colombia and Peru could fly the FA-50.",
    "South Korea builds the FA-50. Colombia and Peru want to fly the FA-50.",
    # a bare body as the subject names no state of its own
    "Sweden builds the Gripen. The air force already flies the older Gripen from its northern base.",
    # the type's own user is its maker
    "South Korea flies the FA-50.",
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_one_type_flown_is_a_holding(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_fleet_lists_and_unmarked_flying_give_none(transfers, text):
    records = transfers(text)
    assert not records, [(r.supplier, r.recipient, r.system, r.status) for r in records]


def test_part_out_of_a_lot_keeps_the_lot_size(transfers):
    records = transfers("South Korea builds the FA-50. The Colombian air force currently flies 8 FA-50 jets out of "
                        "the 10 delivered between 2016 and 2018.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("South Korea", "Colombia", 10)]
