"""Three general shapes of a system's name that cost transfers, each probed in sentences written for these tests:
an uncatalogued "X-class" name before a ship noun group the catalogue has no phrase for ("Defender-class response
boats": a ship named by its class, the category from the group's head noun); a count, a state participle and a
system ("24 used F-16AM/BM fighters", where the tagger takes "used" for a verb and the sentence loses its system or
its count); a model number that ends a system's name ("King Air 360", "F-15EX Block 2"), read as a count of it or
cut from it. Each positive text must give exactly the records listed (ANY: the field is not checked); each negative
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


MODEL_NUMBER_ENDS_NAME = [
    # the number after the name is the model's: its count is the word before the name, or none is given
    ("Two Beechcraft King Air 360 surveillance aircraft from the United States are due to arrive in Ghana in May.",
     [("United States", "Ghana", "King Air 360", "agreed", 2)]),
    ("Ghana ordered the King Air 360 from the United States.",
     [("United States", "Ghana", "King Air 360", "ordered", None)]),
    ("Kenya received two Hermes 450 drones and a King Air 360 from Israel.",
     [("Israel", "Kenya", "Hermes", "delivered", 2), ("Israel", "Kenya", "King Air 360", "delivered", ANY)]),
    ("Israel ordered 25 F-15EX Block 2 fighters from the United States.",
     [("United States", "Israel", "F-15EX Block 2", "ordered", 25)]),
]

MODEL_NUMBER_GUARDS = [
    # a calibre, a time, a count after the name with a noun of its own, a year: no part of the name
    ("Romania ordered 54 K9 Thunder 155mm howitzers from South Korea.",
     [("South Korea", "Romania", "K9", "ordered", 54)]),
    ("Croatia bought the Rafale 12 years ago from France.", [("France", "Croatia", "Rafale", "delivered", None)]),
    ("France sold India 36 Rafale 10 days after the meeting.", [("France", "India", "Rafale", "delivered", 36)]),
]


@pytest.mark.parametrize("text, expected", MODEL_NUMBER_ENDS_NAME)
def test_model_number_ends_the_name(transfers, text, expected):
    records = transfers(text)
    assert_exactly(records, expected)


@pytest.mark.parametrize("text, expected", MODEL_NUMBER_GUARDS)
def test_numbers_after_a_name_that_are_no_model_number(transfers, text, expected):
    records = transfers(text)
    assert_exactly(records, expected)
    assert not any(r.system and r.system[-1:].isdigit() and r.system not in ("K9",) for r in records)


def test_year_and_distance_after_a_name_stay_out_of_it(nlp):
    doc = nlp("The F-16 2024 order was signed in Washington, and the Su-35 100 km away was tracked.")
    systems = [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]
    assert systems == ["F-16", "Su-35"]


COUNT_PARTICIPLE_LEFT_ALONE = [
    # the participle heads a clause the count sits in, or the group's head is another verb's subject: the parse is
    # left as it is, and stays a valid tree
    ("The deal for 24 used F-16AM/BM fighters from Denmark was signed by Argentina.", ANY),
    ("Romania bought 12 used F-16AM/BM jets and four used C-130H transports from Portugal.",
     [("Portugal", "Romania", "F-16", "delivered", ANY), ("Portugal", "Romania", "C-130", "delivered", ANY)]),
    ("Denmark sold Argentina 24 used F-16AM/BM fighters.", [("Denmark", "Argentina", "F-16", "delivered", 24)]),
]


@pytest.mark.parametrize("text, expected", COUNT_PARTICIPLE_LEFT_ALONE)
def test_count_participle_repair_keeps_a_valid_tree(nlp, transfers, text, expected):
    doc = nlp(text)
    for tok in doc:
        seen = {tok.i}
        while tok.head != tok:
            tok = tok.head
            assert tok.i not in seen, "the parse has a cycle"
            seen.add(tok.i)
    records = transfers(text)
    if expected is not ANY:
        assert_exactly(records, expected)
