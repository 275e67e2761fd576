"""A further lot told by a lot or unit noun alone refers back to the system named just before (sentences written
for these tests): "negotiating with <maker> for a second lot", "has offered additional firing units". A lot noun
before "of" ("a lot of money") or after "the", or a further lot in a sentence that names another seller, gives
none."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

POSITIVE = [
    # a second lot negotiated with the maker, the system named in the sentence before
    ("The Kenyan army took delivery of 20 ZBL-08 armoured vehicles from China in 2022. The army is also "
     "negotiating with Norinco for a second lot.",
     [("China", "Kenya", "ZBL-08", "delivered", 20), ("China", "Kenya", "ZBL-08", "negotiating", ANY)]),
    # additional firing units offered by the seller that supplied the system, named in its relative clause
    ("Israel, which supplied the Barak 8 system to Vietnam, has offered additional firing units to Vietnam.",
     [("Israel", "Vietnam", "Barak 8", "delivered", ANY), ("Israel", "Vietnam", "Barak 8", "offered", ANY)]),
    # the same, the system in the sentence before
    ("Israel supplied the Barak 8 air defence system to Vietnam in 2020. Israel has offered additional firing "
     "units to Vietnam.",
     [("Israel", "Vietnam", "Barak 8", "delivered", ANY), ("Israel", "Vietnam", "Barak 8", "offered", ANY)]),
]

NEGATIVE_EXTRA = [
    # "a lot of", "a lot more": an amount, no lot
    ("Nigeria bought VT-4 tanks from China in 2021. The ministry has spent a lot of money on them, and wants a "
     "lot more.", [("China", "Nigeria", "VT-4", "delivered", ANY)]),
    # a further lot negotiated with another seller is not the named system's
    ("Kenya bought ZBL-08 vehicles from China in 2022. Kenya is negotiating with Russia for a second lot.",
     [("China", "Kenya", "ZBL-08", "delivered", ANY)]),
    # a lot that is a place
    ("Kenya bought ZBL-08 vehicles from China in 2022. The army parked them in a second lot near the base.",
     [("China", "Kenya", "ZBL-08", "delivered", ANY)]),
    # additional army units raised: no cue of a transfer
    ("Israel supplied the Barak 8 air defence system to Vietnam in 2020. Vietnam has since raised two additional "
     "army units.", [("Israel", "Vietnam", "Barak 8", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_further_lot_noun_refers_back(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text,expected", NEGATIVE_EXTRA)
def test_lot_words_that_are_no_further_lot_give_nothing_more(transfers, text, expected):
    assert_exactly(transfers(text), expected)
