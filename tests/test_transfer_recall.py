"""Transfers the extractor used to miss (the recall side): each rule has its own list of texts written for these
tests. Each positive text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 9, 16)


# "under licence" the parser hangs on the verb's site or object phrase still licenses the verb's production
LICENCE_LOWER = [
    ("In Gdansk, the Polish yard Remontowa is building three frigates based on the British Arrowhead 140 design "
     "under licence from Babcock.",
     [("United Kingdom", "Poland", "Arrowhead 140", "licensed_production", ANY)]),
    ("Brazilian firm Embraer is building the Gripen E at a plant in Gaviao Peixoto under a licence from Sweden.",
     [("Sweden", "Brazil", "Gripen", "licensed_production", ANY)]),
]


@pytest.mark.parametrize("text,expected", LICENCE_LOWER)
def test_licence_hung_lower(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a licence word in the "of" phrase of the object of "under" ("under a transfer of technology agreement")
LICENCE_OF_PHRASE = [
    ("Chile ordered four Type 26 frigates from Britain in 2024. The first is being built in Glasgow, while the "
     "other three will be built at Talcahuano under a transfer of technology agreement.",
     [("United Kingdom", "Chile", "Type 26", "ordered", 4),
      ("United Kingdom", "Chile", "Type 26", "licensed_production", 3)]),
]


@pytest.mark.parametrize("text,expected", LICENCE_OF_PHRASE)
def test_licence_in_of_phrase(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a licensed build with no licensee named: the state of the build site ("assembled in Karachi") takes the licence
BUILD_SITE = [
    ("Turkey's STM is building four Babur-class corvettes for a foreign navy. The first two were built in "
     "Istanbul, while the remaining two are being assembled in Karachi.",
     [("Turkey", "Pakistan", "Babur", "licensed_production", 2)]),
]


@pytest.mark.parametrize("text,expected", BUILD_SITE)
def test_licensee_is_build_site_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a number word the tagger reads as a noun ("the remaining ten") still stands for the systems counted before
NUMBER_NOUN = [
    ("Chile ordered 14 Leopard 2 tanks from Germany. The remaining ten will be assembled in Santiago under licence.",
     [("Germany", "Chile", "Leopard 2", "ordered", 14), ("Germany", "Chile", "Leopard 2", "licensed_production", 10)]),
]


@pytest.mark.parametrize("text,expected", NUMBER_NOUN)
def test_number_word_read_as_noun(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "the rest" of a lot refers back to the system of the lot told just before it in its sentence
REST_OF_LOT = [
    ("Peru ordered 30 K9 howitzers from South Korea in 2024 along with K10 supply vehicles. The first six howitzers "
     "were delivered last year; the rest will be assembled in Lima.",
     [("South Korea", "Peru", "K9", "ordered", 30), ("South Korea", "Peru", "K10", "ordered", ANY),
      ("South Korea", "Peru", "K9", "delivered", 6), ("South Korea", "Peru", "K9", "licensed_production", ANY)]),
]


@pytest.mark.parametrize("text,expected", REST_OF_LOT)
def test_rest_of_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# the topic of talks the parser hangs on the party after "with" ("negotiating with Turkish yards over X")
TALKS_TOPIC_ON_PARTY = [
    ("Egypt bought two Anka drones from Turkey in May. The Egyptian Navy is also negotiating with Turkish shipyards "
     "over two MILGEM corvettes.",
     [("Turkey", "Egypt", "Anka", "delivered", 2), ("Turkey", "Egypt", "MILGEM", "negotiating", 2)]),
]


@pytest.mark.parametrize("text,expected", TALKS_TOPIC_ON_PARTY)
def test_talks_topic_hung_on_party(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a minister's foreign "counterpart" stands for that state as a party; a general item told first out of a list
# and again in a list beside named items is kept
COUNTERPART_PARTY = [
    ("Chile took delivery of six F-16 jets from the Netherlands, its minister Tomas Ruiz said, adding that he had "
     "held talks with his French counterpart about frigates.",
     [("Netherlands", "Chile", "F-16", "delivered", 6), ("France", "Chile", "frigates", "negotiating", ANY)]),
    # (the general "armoured vehicles" told first alone, then in a list beside the named Mi-17, stays)
    ("Bolivia has received six K-8 trainers from China, Defence Minister Tomas Ruiz said on Monday, adding that he "
     "had spoken with his Russian counterpart on helicopters and armoured vehicles. Ruiz then went to Kazan "
     "for talks with Ivan Petrov, Russia's defence minister, about the delivery of four Mi-17 helicopters and "
     "armoured vehicles.",
     [("China", "Bolivia", "K-8", "delivered", 6), ("Russia", "Bolivia", "Mi-17", "negotiating", 4),
      ("Russia", "Bolivia", "armoured vehicles", "negotiating", ANY)]),
]


@pytest.mark.parametrize("text,expected", COUNTERPART_PARTY)
def test_counterpart_is_party(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a state using a named foreign system, in a clause coordinated after a finite verb and in the progressive ("has
# been operating"), has it delivered from its maker
USING_IN_CONJUNCT = [
    ("Kenya, which bought six K-8 trainers from China, hosted a Turkish delegation in May and has been operating "
     "Bayraktar TB2 drones since 2023.",
     [("China", "Kenya", "K-8", "delivered", 6), ("Turkey", "Kenya", "Bayraktar TB2", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", USING_IN_CONJUNCT)
def test_using_in_conjunct(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a system named for comparison still has the transfer its own relative clause tells
COMPARED_WITH_OWN_CLAUSE = [
    ("The new drones are much heavier than the Bayraktar TB2s that Nigeria bought from Turkey in 2022.",
     [("Turkey", "Nigeria", "Bayraktar TB2", "delivered", ANY)]),
]
COMPARED_ONLY = [
    "The new drones are much heavier than the Bayraktar TB2s of the Nigerian army.",
]


@pytest.mark.parametrize("text,expected", COMPARED_WITH_OWN_CLAUSE)
def test_compared_system_with_own_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", COMPARED_ONLY)
def test_compared_system_alone_gives_none(transfers, text):
    assert transfers(text) == []


# "the air force" far from any named body is the body of that name the article named before with its state
SAME_BODY_BEFORE = [
    ("The Ghanaian Air Force on Monday received two Mi-17 helicopters from Russia. The ceremony was held at a base "
     "near Accra. Officials praised the pilots. The weather was fine. The helicopters are larger than the Bayraktar "
     "TB2s the air force has operated since 2021, a Turkish diplomat noted.",
     [("Russia", "Ghana", "Mi-17", "delivered", 2), ("Turkey", "Ghana", "Bayraktar TB2", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", SAME_BODY_BEFORE)
def test_same_body_named_before(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_french_demonym_of_burkina_faso(gaz):
    # French-language outlets write the demonym with a grave accent ("the Burkinabè Air Force")
    assert gaz.country("Burkinabè").name == "Burkina Faso"


# the states that "are in negotiations" for a system are each a buyer
IN_TALKS_SUBJECT = [
    ("Russia sold the Pantsir to Algeria in 2021, and both Egypt and Iraq are now in advanced talks for the "
     "Pantsir.",
     [("Russia", "Algeria", "Pantsir", "delivered", ANY), ("Russia", "Egypt", "Pantsir", "negotiating", ANY),
      ("Russia", "Iraq", "Pantsir", "negotiating", ANY)]),
]


@pytest.mark.parametrize("text,expected", IN_TALKS_SUBJECT)
def test_states_in_talks(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "the naval variant" refers back to the system named before
VARIANT_REFERS_BACK = [
    ("China delivered the Wing Loong II drone to Egypt in 2022. Morocco has since asked for the maritime variant.",
     [("China", "Egypt", "Wing Loong", "delivered", ANY), ("China", "Morocco", "Wing Loong", "interest", ANY)]),
]


@pytest.mark.parametrize("text,expected", VARIANT_REFERS_BACK)
def test_variant_refers_back(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a dated verb of buying in a clause on systems delivered is the earlier order; an undated one only describes them
BOUGHT_THEN_RECEIVED = [
    ("Peru has now received all eight second-hand KT-1 trainers it bought from South Korea in 2022.",
     [("South Korea", "Peru", "KT-1", "delivered", 8), ("South Korea", "Peru", "KT-1", "ordered", 8)]),
    ("The Ghanaian army on Friday inducted four Mi-17 helicopters acquired from Russia.",
     [("Russia", "Ghana", "Mi-17", "delivered", 4)]),
]


@pytest.mark.parametrize("text,expected", BOUGHT_THEN_RECEIVED)
def test_bought_then_received(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a ship built under licence whose launch is told is a licensed build; the licensee is the state of the yard
# "where" it was launched
LAUNCHED_UNDER_LICENCE = [
    ("The admiral spoke at the navy yard in Talcahuano, where the first of three corvettes built under licence from "
     "the Netherlands' Damen was launched on Friday.",
     [("Netherlands", "Chile", "corvettes", "licensed_production", ANY)]),
]


@pytest.mark.parametrize("text,expected", LAUNCHED_UNDER_LICENCE)
def test_launched_under_licence(transfers, text, expected):
    assert_exactly(transfers(text), expected)
