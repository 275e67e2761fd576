"""Families of transfer reports a blind evaluation (own13) showed the extractor missed, each probed in sentences
written for these tests: a lot "ordered from A" whose real verb is a past verb of arriving the parser hangs under
the participle ("the first three of twelve jets ordered from A landed at B"), the count of such a lot hung on a word
of the name ("the first two of six CH-47F Chinooks"), a force taking systems "into service" ("put into service the
first ten vehicles"), a tender's lot "awarded to" a maker ("Lot 2 – six radars: awarded to X (B)"), systems "of the
same model" as a system told before ("the four of the same model that A delivered", "a second vessel of the same
type"), a lot of a system after "for" read as an unnamed buyer ("negotiating with X for a further batch of Y
missiles"), the goods after the buyer of "handed over to" read with it as one phrase ("handed over to the Nepal Army
25 vehicles"), a catalogue name that is also a word, written with its category noun ("Nimr vehicles"), and
systems a buyer "has on order". Each positive text must give exactly the records listed (ANY: the field is not
checked); each negative text must give what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

ARRIVAL_UNDER_PARTICIPLE = [
    # a name with a plural head as the subject: the parser reads "ordered" as the verb and "landed" as its clause
    ("Kenya's air force is growing. Four CH-47F Chinooks ordered from the United States landed at Nairobi in March.",
     [('United States', 'Kenya', 'CH-47', 'delivered', 4), ('United States', 'Kenya', 'CH-47', 'ordered', 4)]),
    # and the count of the lot hangs on the designator, read as a number
    ("Kenya's air force is growing. The first two of six further CH-47F Chinooks ordered from the United States "
     "landed at Nairobi in March.",
     [('United States', 'Kenya', 'CH-47', 'delivered', 2), ('United States', 'Kenya', 'CH-47', 'ordered', 6)]),
    ("Kenya's air force is growing. The first two of ten new AH-64E Apaches bought from the United States landed "
     "at Nairobi in March.",
     [('United States', 'Kenya', 'AH-64', 'delivered', 2), ('United States', 'Kenya', 'AH-64', 'ordered', 10)]),
]

NO_ARRIVAL = [
    # the arrival verb has a subject of its own, or the participle's clause is no arrival
    ("Kenya ordered ten AW109 Trekkers from Italy, and the crews landed at Nairobi in March.",
     [('Italy', 'Kenya', 'AW109', 'ordered', 10)]),
    ("Kenya's air force is growing. The first two of six further CH-47F Chinooks ordered from the United States "
     "are due in March.",
     [('United States', 'Kenya', 'CH-47', 'ordered', 6)]),
    ("Kenya's air force is growing. The first two of six further CH-47F Chinooks ordered from the United States "
     "crashed in March.",
     [('United States', 'Kenya', 'CH-47', 'ordered', 6)]),
]


@pytest.mark.parametrize("text, expected", ARRIVAL_UNDER_PARTICIPLE)
def test_arrival_hung_under_the_participle(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NO_ARRIVAL)
def test_no_arrival_under_the_participle(transfers, text, expected):
    assert_exactly(transfers(text), expected)


INTO_SERVICE = [
    ("The Kenyan army put into service last month the first eight of 30 Patria AMV vehicles ordered from Finland.",
     [('Finland', 'Kenya', 'Patria AMV', 'delivered', 8), ('Finland', 'Kenya', 'Patria AMV', 'ordered', 30)]),
    ("The Kenyan army brought eight Patria AMV vehicles from Finland into service in May.",
     [('Finland', 'Kenya', 'Patria AMV', 'delivered', 8)]),
    ("Eight Patria AMV vehicles from Finland were taken into service by the Kenyan army in May.",
     [('Finland', 'Kenya', 'Patria AMV', 'delivered', 8)]),
]

NOT_INTO_SERVICE = [
    # another place than service, a plan, a denial
    ("The Kenyan army put its Patria AMV vehicles from Finland into storage in May.", []),
    ("The Kenyan army will put eight Patria AMV vehicles from Finland into service next year.", ANY),
    ("The Kenyan army has not put the Patria AMV vehicles from Finland into service.", ANY),
]


@pytest.mark.parametrize("text, expected", INTO_SERVICE)
def test_put_into_service(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_INTO_SERVICE)
def test_not_put_into_service(transfers, text, expected):
    records = transfers(text)
    if expected is ANY:
        assert not [r for r in records if r.status == "delivered"], [vars(r) for r in records]
    else:
        assert_exactly(records, expected)


AWARDED_LOT = [
    # a tender's lot line: the systems, then the participle of the award "to" the maker, its state in brackets
    ("Kenya's defence ministry published the tender results. Lot 2 – Six Patria AMV armoured vehicles for the "
     "Army: awarded to Patria Land Oy (Finland) for US$40 million.",
     [('Finland', 'Kenya', 'Patria AMV', 'ordered', 6)]),
    ("Kenya's defence ministry published the tender results. Lot 3 – Three coastal radars for the Navy: awarded "
     "to Saab AB (Sweden) for KES 900 million.",
     [('Sweden', 'Kenya', 'radar', 'ordered', 3)]),
    ("Kenya's defence ministry published the tender results. Three coastal radars, awarded in May to Saab of "
     "Sweden, will be installed next year.",
     [('Sweden', 'Kenya', 'radar', 'ordered', 3)]),
]

NOT_AWARDED = [
    # a lot awarded to nobody; a deal noun awarded (its own cue, unchanged); something else awarded
    ("Kenya's defence ministry published the tender results. Lot 4 – Sniper rifles: declared void and not awarded "
     "to any bidder.", []),
    ("Kenya's defence ministry published the tender results. Saab was awarded a contract for three coastal radars.",
     []),
]


@pytest.mark.parametrize("text, expected", AWARDED_LOT)
def test_lot_awarded_to_a_maker(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_AWARDED)
def test_no_lot_awarded(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SAME_KIND = [
    # a count "of the same model", its clause hung on the kind; a general kind told before, then "of the same type"
    ("Ghana ordered ten Otokar Arma vehicles from Turkey in 2024. They will join the six of the same model that "
     "Turkey delivered in 2021.",
     [('Turkey', 'Ghana', 'Arma', 'ordered', 10), ('Turkey', 'Ghana', 'Arma', 'delivered', 6)]),
    ("Ghana ordered ten Otokar Arma vehicles from Turkey in 2024. Turkey had delivered six of the same model in 2021.",
     [('Turkey', 'Ghana', 'Arma', 'ordered', 10), ('Turkey', 'Ghana', 'Arma', 'delivered', 6)]),
    ("Ghana bought an offshore patrol vessel from the Netherlands in 2019. The Netherlands has since offered a "
     "second vessel of the same type.",
     [('Netherlands', 'Ghana', 'offshore patrol vessel', 'delivered', ANY),
      ('Netherlands', 'Ghana', 'ship', 'offered', ANY)]),
]

NOT_SAME_KIND = [
    # the count of the same model is not transferred; another state's vessel of that type
    ("Ghana ordered ten Otokar Arma vehicles from Turkey in 2024. The army painted six of the same model in desert "
     "colours.",
     [('Turkey', 'Ghana', 'Arma', 'ordered', 10)]),
    ("Ghana bought an offshore patrol vessel from the Netherlands in 2019. Nigeria operates a vessel of the same "
     "type.",
     [('Netherlands', 'Ghana', 'offshore patrol vessel', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", SAME_KIND)
def test_of_the_same_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_SAME_KIND)
def test_not_of_the_same_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)


LOT_IS_GOODS = [
    # "for a further batch of X": the goods, not an unnamed buyer; the buyer is the one the story is about
    ("Ghana's army is re-arming. We are negotiating with KNDS in France for a second batch of CAESAR howitzers.",
     [('France', 'Ghana', 'CAESAR', 'negotiating', ANY)]),
    ("Ghana's army is re-arming. The ministry is negotiating with KNDS in France for a further lot of CAESAR "
     "howitzers.",
     [('France', 'Ghana', 'CAESAR', 'negotiating', ANY)]),
]

BUYER_LEFT_UNNAMED = [
    # a buyer the text leaves unnamed stays unknown
    ("Ghana's army is re-arming. France agreed to sell a batch of CAESAR howitzers to a customer it did not name.",
     [('France', 'unknown', 'CAESAR', 'agreed', ANY)]),
]


@pytest.mark.parametrize("text, expected", LOT_IS_GOODS)
def test_lot_of_a_system_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", BUYER_LEFT_UNNAMED)
def test_unnamed_buyer_stays(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CATALOGUE = [
    # a maker's name that is also a word or a name, written with its category noun
    ("Chad's army has received twelve Nimr vehicles gifted by the UAE.",
     [('United Arab Emirates', 'Chad', 'Nimr', 'delivered', 12)]),
]

NOT_CATALOGUE = [
    ("A man named Nimr was arrested in Chad on Monday.", []),
]


@pytest.mark.parametrize("text, expected", CATALOGUE)
def test_catalogue_names_with_category_noun(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_CATALOGUE)
def test_catalogue_name_alone_is_none(transfers, text, expected):
    assert_exactly(transfers(text), expected)


HEAVY_OBJECT_AFTER_TO = [
    # "handed over to the army 20 vehicles": the parser reads the buyer and the counted goods as one phrase, the
    # buyer's "the" hung on the goods (which then look like a phrase referring back)
    ("In 2022 India handed over to the Nepal Army 25 armoured patrol vehicles.",
     [('India', 'Nepal', 'armoured_vehicle', 'delivered', 25)]),
    # (the count hung on the buyer's noun)
    ("Last year Japan handed over to the Philippine Navy three patrol boats.",
     [('Japan', 'Philippines', 'ship', 'delivered', 3)]),
]

REFERRING_BACK_AFTER_TO = [
    # a phrase that does refer back still does
    ("Sudan bought six Mi-17 helicopters from Russia. Russia handed over to the Sudanese army the six helicopters "
     "in May.",
     [('Russia', 'Sudan', 'Mi-17', 'ordered', 6), ('Russia', 'Sudan', 'Mi-17', 'delivered', 6)]),
]


@pytest.mark.parametrize("text, expected", HEAVY_OBJECT_AFTER_TO)
def test_heavy_object_after_the_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", REFERRING_BACK_AFTER_TO)
def test_referring_phrase_after_the_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


ON_ORDER = [
    # a buyer that "has" systems "on order" ordered them (the parser may hang "on order" on the count)
    ("Bolivia has eight K-8 trainers on order from China.",
     [('China', 'Bolivia', 'K-8', 'ordered', 8)]),
    ("The first K-8 trainer of the Bolivian air force landed in La Paz on Monday. Bolivia has five more on order.",
     [('China', 'Bolivia', 'K-8', 'delivered', ANY), ('China', 'Bolivia', 'K-8', 'ordered', 5)]),
]

NOT_ON_ORDER = [
    ("Bolivia has eight K-8 trainers in service.", []),
    ("Bolivia has no K-8 trainers on order.", []),
]


@pytest.mark.parametrize("text, expected", ON_ORDER)
def test_on_order(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_ON_ORDER)
def test_not_on_order(transfers, text, expected):
    assert_exactly(transfers(text), expected)
