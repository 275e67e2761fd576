"""Three general shapes of a system's name that cost transfers, each probed in sentences written for these tests:
an uncatalogued "X-class" name before a ship noun group the catalogue has no phrase for ("Defender-class response
boats": a ship named by its class, the category from the group's head noun); a count, a state participle and a
system ("24 used F-16AM/BM fighters", where the tagger takes "used" for a verb and the sentence loses its system or
its count). Each positive text must give exactly the records listed (ANY: the field is not checked); each negative
text must give what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

CLASS_BEFORE_SHIP_GROUP = [
    # an uncatalogued class name before a noun group headed by a ship noun ("boats", "vessels") that is no
    # catalogued phrase itself: a ship of that class
    ("In July, the United States said it would give six Defender-class response boats to the Kenyan Navy.",
     [("United States", "Kenya", "Defender", "agreed", 6)]),
    ("Two Trident-class rescue boats were handed over to Ghana by Norway last week.",
     [("Norway", "Ghana", "Trident", "delivered", 2)]),
    ("Japan has agreed to export three Kestrel-class fishery protection vessels to Vietnam.",
     [("Japan", "Vietnam", "Kestrel", "agreed", 3)]),
    ("Chile received a Halcon-class harbour-defence vessel from Spain in March.",
     [("Spain", "Chile", "Halcon", "delivered", ANY)]),
]

CLASS_GUARDS = [
    # "class" in a compound adjective of quality, not a ship's class; no ship noun after the class
    ("The world-class training boats were donated to the sailing club.", []),
    ("Britain will send three first-class lifeboats to Ghana.", []),
    ("Norway gave the Kestrel-class crews new uniforms.", []),
]

COUNT_PARTICIPLE_SYSTEM = [
    # the participle between the count and the system is an adjective of the system's state
    ("Portugal sold 12 used F-16AM/BM fighters to Romania last year.",
     [("Portugal", "Romania", "F-16", "delivered", 12)]),
    ("Argentina signed the contract for 24 used F-16AM/BM fighters from Denmark on Monday.",
     [("Denmark", "Argentina", "F-16", "ordered", 24)]),
    ("Portugal will transfer 12 upgraded F-16AM/BM fighters to Romania.",
     [("Portugal", "Romania", "F-16", "agreed", 12)]),
    ("Jordan has taken delivery of two used AH-1F helicopters from Israel.",
     [("Israel", "Jordan", "AH-1", "delivered", 2)]),
]



@pytest.mark.parametrize("text, expected", CLASS_BEFORE_SHIP_GROUP)
def test_class_before_ship_noun_group_is_a_ship(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", CLASS_GUARDS)
def test_quality_class_and_class_without_ship_noun_give_no_ship(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", COUNT_PARTICIPLE_SYSTEM)
def test_count_participle_system_is_one_group(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_used_as_verb_is_left_a_verb(nlp):
    doc = nlp("Pakistan in 2019 used F-16 jets against India.")
    used = next(t for t in doc if t.lower_ == "used")
    assert used.dep_ != "amod"
    doc = nlp("Of the 40 tanks bought from Germany, 24 used the new engines.")
    used = next(t for t in doc if t.lower_ == "used")
    assert used.dep_ != "amod" and not any(t.dep_ == "nummod" and t.text == "24" for t in doc)
