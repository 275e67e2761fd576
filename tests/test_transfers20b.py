"""Transfer families from a reading of own18's second part (sentences written for these tests): a source set off by
commas between a supply verb and its "including" list, flying a system whose phrase names its foreign maker, and
kind-of-system nouns that name people killed, a heading's kind that announces the story's named system, and a system as the possessor of its buyer ("the
system's only export customer"). Each positive sentence must give exactly the records listed (ANY: the
field is not checked); each negative sentence must give none."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

POSITIVE = [
    # a source aside between the supply verb and its list
    ("France provided about 40 percent of Chile's major arms imports over the decade, SIPRI figures show, including "
     "Scorpene submarines and Exocet missiles.",
     [("France", "Chile", "Scorpene", "delivered", ANY), ("France", "Chile", "Exocet", "delivered", ANY)]),
    # flying a system whose phrase names its foreign maker
    ("Nigeria has flown Chinese-made Wing Loong drones since 2020.",
     [("China", "Nigeria", "Wing Loong", "delivered", ANY)]),
    ("The Ghanaian air force has flown Brazilian-built Super Tucano trainers for a decade.",
     [("Brazil", "Ghana", "Super Tucano", "delivered", ANY)]),
    # a kind in a heading announces the named system of the story (same parties, another phase): no second record
    ("Jakarta's naval push gathers pace while Seoul signals readiness to sell frigates\n\n"
     "South Korea will sell two HDC-3100 frigates to Indonesia, the president said on Tuesday.",
     [("South Korea", "Indonesia", "HDC-3100", ANY, 2)]),
    # a system as the possessor of a buyer noun
    ("Indian engineers designed the Akash air defence system in the 1990s. Armenia is still the system's only "
     "foreign customer.",
     [("India", "Armenia", "Akash", ANY, ANY)]),
]

NEGATIVE = [
    # a fleet listed by type, no seller or maker in the phrase
    "The Chilean air force already flies F-16s and Hawks, and both the United States and Britain court it.",
    # combatants, not aircraft
    "Days of clashes along the Armenia-Azerbaijan border ended in talks. The Azerbaijani army said 12 of its soldiers "
    "died and claimed more than 100 Armenian and allied fighters were killed; Yerevan gave its own losses as eight.",
    "Sudan said 30 fighters had been wounded in the raid from Chad.",
    # a source aside with no supply verb before it
    "The war has been costly, SIPRI data show, including for Chile's neighbours.",
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_reported_transfer_gives_exactly_its_records(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_sentence_reporting_no_transfer_gives_none(transfers, text):
    records = transfers(text)
    assert not records, [(r.supplier, r.recipient, r.system, r.status) for r in records]
