"""In a roundup of holdings, a state flying one named foreign type holds it (sentences written for these tests): "A
operates X, and B and C fly earlier Y variants", "A operates X, while B flies the Y". The maker's state must be named
in the text. A fleet listed type by type, a bare body as subject, a flight, or a lot counted "out of" a larger one
tells no holding of its own."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

POSITIVE = [
    # a roundup of holdings: coordinated users of one type, the verb's present plural read as a base form
    ("Brazil sells the A-29 abroad. Colombia operates 14 A-29 aircraft, and Chile and Ecuador fly earlier A-29 "
     "variants.",
     [("Brazil", "Colombia", "A-29", "delivered", 14), ("Brazil", "Chile", "A-29", "delivered", ANY),
      ("Brazil", "Ecuador", "A-29", "delivered", ANY)]),
    # one user of one type, its clause beside another clause of using
    ("China is a big seller. In Asia, Laos and Cambodia operate Wing Loong drones, while Nepal flies the J-10.",
     [("China", "Laos", "Wing Loong", "delivered", ANY), ("China", "Cambodia", "Wing Loong", "delivered", ANY),
      ("China", "Nepal", "J-10", "delivered", ANY)]),
]

NEGATIVE = [
    # a fleet listed by type
    "The Chilean air force already flies F-16s and Hawks, and both the United States and Britain court it.",
    "South Korea and Russia court Peru. Chile operates the Hawk, while Peru flies FA-50s, Su-30s and Hawks.",
    # no foreign maker named in the text
    "Chile operates the Hawk, while Colombia flies the FA-50.",
    # a modal: no holding told
    "South Korea builds the FA-50. Chile operates the Hawk, while Colombia could fly the FA-50.",
    # a bare body as the subject names no state of its own
    "Sweden builds the Gripen. The navy operates old frigates, and the air force flies the Gripen from its base.",
    # a flight, not a holding
    "South Korea builds the FA-50. Chile operates the Hawk, and Peru flew the FA-50 over the capital.",
    # the type's own user is its maker
    "Peru operates the Hawk, while South Korea flies the FA-50.",
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
