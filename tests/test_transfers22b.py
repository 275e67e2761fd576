"""Families of transfer reports a blind evaluation (own19) showed the extractor missed, each probed in sentences
written for these tests: a package of weapons "notified to Congress" (the passive of notifying a legislature: an
offer, like "notified Congress of a sale"); a definite counted phrase that restates the count of a lot of a named
system told paragraphs before ("the 16 jets"), which refers to that system, not to nothing; and a named system
followed by a hyphenated modifier ("AIM-9X air-to-air missiles"), which is one system, not a named one and a
general one. Each positive text must give exactly the records listed (ANY: the field is not checked); each
negative text must give what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

NOTIFIED_TO_LEGISLATURE = [
    ("Norway ordered six jets from the United States in 2019. A package of AGM-114 Hellfire missiles was notified "
     "to Congress by the State Department a year later.",
     [('United States', 'Norway', 'jets', 'ordered', 6), ('United States', 'Norway', 'Hellfire', 'offered', ANY)]),
    ("Kenya wants more missiles. A package of Javelin missiles for Kenya was notified to the Senate "
     "by the State Department in May.",
     [('United States', 'Kenya', 'Javelin', 'offered', ANY)]),
]

NOTIFIED_ELSEWHERE = [
    # a notice to a register or a body that is no legislature offers nothing (the package is read as it was before)
    ("Norway ordered six jets from the United States in 2019. A package of AGM-114 Hellfire missiles was notified "
     "to the UN arms register by the State Department a year later.",
     [('United States', 'Norway', 'jets', 'ordered', 6), ('United States', 'Norway', 'Hellfire', 'agreed', ANY)]),
]

COUNT_RESTATED = [
    # the definite "the 14 jets", paragraphs after the lot of 14 named jets, is that lot
    ("The Kenyan Air Force has received the first two of the 14 F-16 Block 70 fighters it ordered from the "
     "United States, officials said on Monday.\n\n"
     "The jets landed at a base near the capital on Sunday. The rest are due next year.\n\n"
     "Pilots trained abroad for a year. The base was rebuilt for them.\n\n"
     "\"This is a new era,\" the commander told reporters.\n\n"
     "Kenya signed for the 14 jets in March 2019. A package of AGM-114 Hellfire missiles was notified to "
     "Congress by the State Department a year later.\n\n"
     "Uganda, which ordered eight F-16 Block 70s from the United States in 2023, is next. Uganda also bought "
     "four UH-60M Black Hawks from the United States in March. Uganda's order was the larger one in value.",
     [('United States', 'Kenya', 'F-16', 'delivered', 2), ('United States', 'Kenya', 'F-16', 'ordered', 14),
      ('United States', 'Kenya', 'Hellfire', 'offered', ANY),
      ('United States', 'Uganda', 'F-16', 'ordered', 8), ('United States', 'Uganda', 'UH-60', 'delivered', 4)]),
]

NAME_THEN_HYPHENATED_KIND = [
    ("Norway ordered six jets from the United States in 2019. A package of AIM-9X Sidewinder air-to-air missiles "
     "and Harpoon Block II anti-ship missiles was notified to Congress in 2020.",
     [('United States', 'Norway', 'jets', 'ordered', 6), ('United States', 'Norway', 'AIM-9', 'offered', ANY),
      ('United States', 'Norway', 'Harpoon', 'offered', ANY)]),
]

HYPHENATED_KIND_ALONE = [
    # (a guard, read so before: one record for a name and its kind)
    ("Kenya bought S-400 surface-to-air missile systems from Russia in 2021.",
     [('Russia', 'Kenya', 'S-400', 'delivered', ANY)]),
    # with no name before it, the hyphenated kind is the system
    ("Kenya bought surface-to-air missile systems from Russia in 2021.",
     [('Russia', 'Kenya', 'air_defence', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", NOTIFIED_TO_LEGISLATURE + NOTIFIED_ELSEWHERE)
def test_notified_to_a_legislature(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", COUNT_RESTATED)
def test_count_restated_refers_to_the_named_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NAME_THEN_HYPHENATED_KIND + HYPHENATED_KIND_ALONE)
def test_name_then_hyphenated_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A designator ends no sentence: the parser cut "operates Italian C-27J | Spartan transports" in two. A finite verb
# coordinated after another ("took delivery of X and operates Y") shares its subject; its own object, not one told
# again ("and operates them", "and operates the jets"), is a system the state has.
COORDINATED_POSSESSION = [
    ("Kenya took delivery of six L-15 trainers from China in 2016 and operates Italian C-27J Spartan transports, "
     "while Uganda's jets were bought from China in the 2000s.",
     [('China', 'Kenya', 'L-15', 'delivered', 6), ('Italy', 'Kenya', 'C-27J', 'delivered', ANY),
      ('China', 'Uganda', 'jets', 'delivered', ANY)]),
    ("Kenya took delivery of six L-15 trainers from China in 2016 and operates Italian transport aircraft.",
     [('China', 'Kenya', 'L-15', 'delivered', 6), ('Italy', 'Kenya', 'transport aircraft', 'delivered', ANY)]),
]

COORDINATED_SAME_SYSTEM = [
    ("Kenya bought six L-15 trainers from China in 2016 and operates them from a base near the capital.",
     [('China', 'Kenya', 'L-15', 'delivered', 6)]),
    ("Kenya bought six L-15 trainers from China in 2016 and operates the jets from a base near the capital.",
     [('China', 'Kenya', 'L-15', 'delivered', 6)]),
]

# a catalogue gap: the Sisu GTP, a Finnish 4x4 armoured vehicle
CATALOGUE = [
    ("The army said six Finnish Sisu GTP armoured vehicles, delivered in the spring, had been useful on a trial "
     "in Kenya.",
     [('Finland', 'Kenya', 'Sisu GTP', 'delivered', 6)]),
]

# the maker's firm named on the system ("the Saab Gripen E", "the Lockheed Martin F-16") is its seller, not the
# state the story tells selling everything else
MAKER_ON_THE_NAME = [
    ("Korea sold tanks to Peru in 2022 and Korea will sell ships to Peru.\n\nSeoul would also like a share of the "
     "fighter programme. The air force of Peru has been evaluating the Lockheed Martin F-16 Block 70 and the Saab "
     "Gripen E.",
     [('South Korea', 'Peru', 'tanks', 'delivered', ANY), ('South Korea', 'Peru', 'ships', 'agreed', ANY),
      ('United States', 'Peru', 'F-16', 'interest', ANY), ('Sweden', 'Peru', 'Gripen', 'interest', ANY)]),
]

# (a passage that tells the seller still outranks the maker's firm: a second-hand or a reseller's delivery)
PASSAGE_SELLER_FIRST = [
    ("Chad received new aircraft from Ukraine on Monday. The air force took delivery of Su-25 attack jets and CASA C-295 "
     "cargo planes.",
     [('Ukraine', 'Chad', 'Su-25', 'delivered', ANY), ('Ukraine', 'Chad', 'C-295', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", COORDINATED_POSSESSION + COORDINATED_SAME_SYSTEM)
def test_coordinated_possession(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", CATALOGUE)
def test_catalogue_gap(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", MAKER_ON_THE_NAME + PASSAGE_SELLER_FIRST)
def test_maker_on_the_name(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a system that "came from" a state arrived from it (only a system or a kind as the subject, only "from" a state)
CAME_FROM = [
    ("Kenya's fast jets are Chinese. It received six K-8 trainers from China in 2006. Its older F-7 fighters also "
     "came from China.",
     [('China', 'Kenya', 'K-8', 'delivered', 6), ('China', 'Kenya', 'F-7', 'delivered', ANY)]),
    ("Most of Kenya's tanks came from China.", [('China', 'Kenya', 'tanks', 'delivered', ANY)]),
]

NOT_CAME_FROM = [
    ("The threat to Kenya came from Somalia, where F-7 fighters are based.", []),
    ("The first Kenyan pilots came from Britain to fly the F-7 fighters.", []),
]


@pytest.mark.parametrize("text, expected", CAME_FROM + NOT_CAME_FROM)
def test_came_from(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a catalogue gap of general kinds: sonars, goods the arms-transfer registers list (a ship's own sonar is no goods)
SONAR = [
    ("The report says Kenya's navy is growing. It also alleges that an Indian state-owned company shipped sonar "
     "equipment to the navy in 2022.",
     [('India', 'Kenya', 'sonar equipment', 'delivered', ANY)]),
    ("The frigate's sonar was made in France.", []),
]


@pytest.mark.parametrize("text, expected", SONAR)
def test_sonar_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# goods unloaded "off" a carrier ("rolled off a cargo ship") arrived; the carrier is no system, and a line's
# "rolled off the assembly line" is no arrival
UNLOADED = [
    ("The photographs from Mombasa were meant to reassure. The first 38 M1A2T Abrams tanks, rolled off a cargo ship "
     "in December 2024, were paraded for the cameras in Kenya.",
     [('United States', 'Kenya', 'M1 Abrams', 'delivered', 38)]),
]

NOT_UNLOADED = [
    ("The first K2 tank rolled off the assembly line in May.", []),
]


@pytest.mark.parametrize("text, expected", UNLOADED + NOT_UNLOADED)
def test_unloaded_off_a_carrier(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a definite noun of a state ("the kingdom's air force", "the country") refers back to the state told just before,
# as "its" does: not to the story's most named buyer
STATE_NOUN = [
    ("Uganda ordered ten jets from the United States. Kenya signed for 16 Rafales in June 2018. A package of "
     "Javelin missiles was notified to Congress by the State Department the following year.\n\n"
     "The kingdom's air force also operates 12 AH-1Z Viper attack helicopters, which arrived from the United "
     "States in 2022.",
     [('United States', 'Uganda', 'jets', 'ordered', 10), ('France', 'Kenya', 'Rafale', 'ordered', 16),
      ('United States', 'Uganda', 'Javelin', 'offered', ANY), ('United States', 'Kenya', 'AH-1', 'delivered', 12)]),
]

STATE_NOUN_OWN = [
    # the state named as the other party is no antecedent ("A remains B's main supplier. The country ... from A")
    ("Israel remains Kenya's main supplier. The country has bought Barak-8 air defence systems from Israel.",
     [('Israel', 'Kenya', 'Barak', 'delivered', ANY)]),
    # a state noun with a name of its own is that state's, not a reference back
    ("Uganda ordered ten jets from the United States. Kenya signed for 16 Rafales in June 2018.\n\n"
     "The Kingdom of Morocco's air force also operates 12 AH-1Z Viper attack helicopters, which arrived from the "
     "United States in 2022.",
     [('United States', 'Uganda', 'jets', 'ordered', 10), ('France', 'Kenya', 'Rafale', 'ordered', 16),
      ('United States', 'Morocco', 'AH-1', 'delivered', 12)]),
]


@pytest.mark.parametrize("text, expected", STATE_NOUN + STATE_NOUN_OWN)
def test_state_noun_refers_back(transfers, text, expected):
    assert_exactly(transfers(text), expected)
