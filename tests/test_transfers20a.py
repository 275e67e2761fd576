"""A paragraph that moves from one buyer to another (own18): a record whose clause names no buyer, in a sentence whose
other clause has one state as the holder of arms ("Its neighbour B has relied on C for its helicopters: the air force
operates X supplied since 2019"; "B, for its part, flies X ... and has bought Y from C"), is that state's, not the
buyer of the paragraph before nor the state the story is about. Texts written for these tests; each must give exactly
the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LEAD = ("Hungary has taken delivery of its third batch of Leopard 2A7HU tanks from Germany. Budapest ordered 44 of the "
        "tanks in 2018, and the rest will arrive next year. It has also received Gidran vehicles from Turkey.\n\n")
LEAD_RECORDS = [('Germany', 'Hungary', 'Leopard 2', 'delivered', ANY), ('Germany', 'Hungary', 'Leopard 2', 'ordered', ANY),
                ('Turkey', 'Hungary', 'Ejder Yalçın', 'delivered', ANY)]

SENTENCE_HOLDER = [
    (LEAD + "Its neighbour Serbia, the largest buyer in the Balkans, has relied on Russia for its combat helicopters: "
     "the air force operates Mi-35M gunships supplied since 2019.",
     LEAD_RECORDS + [('Russia', 'Serbia', 'Mi-24', 'delivered', ANY)]),
    # (in the same paragraph as the other buyer's deals)
    ("Hungary is the region's busiest buyer. It has received Leopard 2A7HU tanks from Germany, Gidran vehicles from "
     "Turkey and an air defence system from Norway. Serbia, for its part, flies 14 MiG-29 fighters, many of them "
     "refitted at home, and has bought Mi-35M gunships from Russia.",
     [('Germany', 'Hungary', 'Leopard 2', 'delivered', ANY), ('Turkey', 'Hungary', 'Ejder Yalçın', 'delivered', ANY),
      ('Norway', 'Hungary', 'air_defence', 'delivered', ANY), ('Russia', 'Serbia', 'MiG-29', 'delivered', ANY),
      ('Russia', 'Serbia', 'Mi-24', 'delivered', ANY)]),
]

HOLDER_GUARDS = [
    # the state of the other clause is the seller: the goods are the buyer's it names
    (LEAD + "Russia, for its part, has sold Mi-35M gunships to Serbia, and the air force flies them.",
     LEAD_RECORDS + [('Russia', 'Serbia', 'Mi-24', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_HOLDER + HOLDER_GUARDS)
def test_sentence_holder_is_the_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


#: A state named only as where other goods come "from" is a source, never the buyer of another clause's goods.
SOURCE_STATE = [
    ("The defence ministry has a bigger share this year. Its largest items are the first payments for 24 K9 "
     "howitzers ordered from South Korea's Hanwha in March 2024, the first of which arrive next year, and for CV90 "
     "vehicles from Sweden, which Riga picked in May but has not yet signed for.",
     [('South Korea', 'Latvia', 'K9', ANY, ANY), ('South Korea', 'Latvia', 'K9', ANY, ANY)]),
]

SOURCE_GUARDS = [
    # a state that also receives is still a buyer
    ("Sweden bought 24 K9 howitzers from South Korea and sold its old trucks to Latvia.",
     [('South Korea', 'Sweden', 'K9', 'delivered', 24)]),
]


@pytest.mark.parametrize("text, expected", SOURCE_STATE + SOURCE_GUARDS)
def test_source_state_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)
