"""own23 families, in sentences written for these tests: a fronted place phrase the parser joins the subject to
("In Africa, A, B and C operate X": the states read as more objects of "In" after the place and a comma) leaves
the verb's subject to those states, each a user of the system; a system's full name closing on a version numeral
("F-5E Tiger II") is told later by the word before the numeral alone, in the plural ("40 Tigers"), as a name
closing on a word is ("Typhoon" ... "Typhoons"); a verb of flying a system with no maker in its phrase, in the
present perfect with "since" a year ("has flown the X since 2019"), tells the start of its use: a delivery. Each text must give exactly the records listed
(ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

POSITIVES = [
    ("Beijing now has many customers abroad. In Africa, Kenya, Zambia and Ghana operate Wing Loong drones.",
     [("China", "Kenya", "Wing Loong", "delivered", ANY), ("China", "Zambia", "Wing Loong", "delivered", ANY),
      ("China", "Ghana", "Wing Loong", "delivered", ANY)]),
    ("China exports drones. In the Middle East, Iraq, Jordan and Egypt operate CH-4 drones, officials say.",
     [("China", "Iraq", "CH-4", "delivered", ANY), ("China", "Jordan", "CH-4", "delivered", ANY),
      ("China", "Egypt", "CH-4", "delivered", ANY)]),
]

GUARDS = [
    # the subject a verb has of its own is kept
    ("China exports drones. In Africa, Kenya operates Wing Loong drones.",
     [("China", "Kenya", "Wing Loong", "delivered", ANY)]),
    # a place that is itself a state is no fronted list
    ("China exports drones. In Kenya, officials discussed Wing Loong drones.", []),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_fronted_place_subject(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NUMERAL_POSITIVES = [
    ("A Northrop F-5E Tiger II of the Kenyan air force flew its last sortie on Monday. Kenya ordered 12 Tigers "
     "from the United States in 1978.",
     [("United States", "Kenya", "F-5", "ordered", 12)]),
    ("Brazil flies Northrop F-5E Tiger II jets. In 1999 Brazil ordered 12 more Tigers from the United States.",
     [("United States", "Brazil", "F-5", "ordered", 12)]),
]

NUMERAL_GUARDS = [
    # the short word before the full name is not the system
    ("Kenya bought 12 Tigers from the United States in 1978.", []),
    # a lower-case animal is no system
    ("Brazil flies Northrop F-5E Tiger II jets. Its zoo bought two tigers from India in 2020.", []),
]


@pytest.mark.parametrize("text,expected", NUMERAL_POSITIVES + NUMERAL_GUARDS)
def test_short_name_before_version_numeral(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SINCE_POSITIVES = [
    ("China is a big exporter. The Egyptian Air Force has flown the J-10C since 2021.",
     [("China", "Egypt", "J-10", "delivered", ANY)]),
]

SINCE_GUARDS = [
    # a fleet listed, with no start of its use
    ("China is a big exporter. The Egyptian Air Force flies the J-10C.", []),
    # "since" only in another clause
    ("China is a big exporter. The Egyptian Air Force has flown the J-10C over the delta.", []),
]


@pytest.mark.parametrize("text,expected", SINCE_POSITIVES + SINCE_GUARDS)
def test_flown_since_a_year(transfers, text, expected):
    assert_exactly(transfers(text), expected)
