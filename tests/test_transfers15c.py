"""Transfer families a blind evaluation (own14) showed the extractor missed or misread, each probed in sentences written
for these tests: a system the parser made a second subject of the verb when a reporting tail follows ("a deal signed
with A for four X was cancelled in 2022, the colonel said": the "for" of the deal left empty), a finite verb the parser
hung as a clause on its subject ("A's envoy, B, handed over two X"), a buyer "interested in" or "keen on" systems, a
price asked "on" systems, a licensed version made in the state hyphened to its making participle ("the Hungarian-built
version of the X, produced under licence"), and the day of a date the tagger missed read as a count ("on 12 May").
Each positive text must give exactly the records listed (ANY: the field is not checked); each negative text must give
what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

STRANDED_PREPOSITION = [
    ("Kenya's air force is growing. An agreement signed with Russia in 2019 for four Mi-35M attack helicopters was "
     "cancelled in 2022, the colonel said.",
     [('Russia', 'Kenya', 'Mi-35', 'agreed', 4), ('Russia', 'Kenya', 'Mi-35', 'cancelled', 4)]),
    ("Kenya's navy is growing. A contract signed with France in 2018 for two Gowind corvettes was terminated last "
     "year, officials said.",
     [('France', 'Kenya', 'Gowind', 'ordered', 2), ('France', 'Kenya', 'Gowind', 'cancelled', 2)]),
]

STRANDED_GUARDS = [
    # without the reporting tail the parse was right already; a plain second subject is no object of "for"
    ("Kenya's air force is growing. An agreement signed with Russia in 2019 for four Mi-35M attack helicopters was "
     "cancelled in 2022.",
     [('Russia', 'Kenya', 'Mi-35', 'agreed', 4), ('Russia', 'Kenya', 'Mi-35', 'cancelled', 4)]),
    ("Kenya's air force is growing. The jets flew over Nairobi, the colonel said.", []),
]


@pytest.mark.parametrize("text, expected", STRANDED_PREPOSITION + STRANDED_GUARDS)
def test_object_of_a_stranded_preposition(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_cancellation_dated_by_its_own_verb_under_a_reporting_tail(transfers):
    records = transfers("Kenya's air force is growing. An agreement signed with Russia in 2019 for four Mi-35M "
                        "attack helicopters was cancelled in 2022, the colonel said.")
    assert {(t.status, t.when) for t in records} == {("agreed", "2019"), ("cancelled", "2022")}


PREDICATE_AS_CLAUSE = [
    # an envoy in apposition, then the verb: the parser hangs "handed" on "envoy" as a clause
    ("Turkey has sold Ghana ten Cobra armoured vehicles. In Takoradi on Monday, the Spanish envoy, Maria Lopez, "
     "handed over two Alboran-class patrol vessels to the navy of Ghana.",
     [('Turkey', 'Ghana', 'Cobra', ANY, 10), ('Spain', 'Ghana', 'Alboran', 'delivered', 2)]),
]

PREDICATE_GUARDS = [
    # a participle on a system is a passive clause: the system is no doer
    ("Turkey has sold Ghana ten Cobra armoured vehicles. The patrol vessels handed over to Ghana by Spain arrived "
     "in Takoradi.",
     [('Turkey', 'Ghana', 'Cobra', ANY, 10), ('Spain', 'Ghana', 'patrol vessels', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", PREDICATE_AS_CLAUSE + PREDICATE_GUARDS)
def test_finite_verb_read_as_a_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


INTERESTED = [
    ("Guatemala's air force is ageing. Guatemala has told Airbus that it is interested in two C295s for transport, "
     "the general said.",
     [('Spain', 'Guatemala', 'C295', 'interest', 2)]),
    ("Peru's air force is interested in 12 Gripen E fighters from Sweden.",
     [('Sweden', 'Peru', 'Gripen', 'interest', 12)]),
    ("Peru's navy is keen on two Type 31 frigates from Britain.",
     [('United Kingdom', 'Peru', 'Type 31', 'interest', 2)]),
]

INTERESTED_GUARDS = [
    ("Peru is not interested in the Gripen.", []),
    ("Analysts are interested in the performance of the F-35.", []),
    ("Peru is interested in buying 12 Gripen E fighters from Sweden.", [('Sweden', 'Peru', 'Gripen', 'interest', 12)]),
]


@pytest.mark.parametrize("text, expected", INTERESTED + INTERESTED_GUARDS)
def test_buyer_interested_in_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


PRICE = [
    ("Peru's air force is ageing. The air force has also asked China for a price on six more K-8W trainers, to "
     "replace aircraft lost in accidents.",
     [('China', 'Peru', 'K-8', 'interest', 6)]),
    ("Peru requested a quotation for 12 Gripen fighters from Saab.", [('Sweden', 'Peru', 'Gripen', 'interest', 12)]),
]

PRICE_GUARDS = [
    ("Peru's air force is ageing. The price of the F-35 has risen sharply.", []),
    ("Peru's air force is ageing. Analysts compared the price of the F-35 with that of the Gripen.", []),
]


@pytest.mark.parametrize("text, expected", PRICE + PRICE_GUARDS)
def test_price_asked_on_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


LICENSED_VERSION = [
    ("Chad bought 12 Gidran vehicles from Hungary in 2024. The Gidran is the Hungarian-built version of the Turkish "
     "Ejder Yalcin, produced under licence from Nurol Makina.",
     [('Hungary', 'Chad', 'Gidran', ANY, 12), ('Turkey', 'Hungary', 'Ejder', 'licensed_production', ANY)]),
    ("Kenya's army is growing. The Lion is the Polish-made variant of the Finnish Patria AMV, built under licence.",
     [('Finland', 'Poland', 'Patria AMV', 'licensed_production', ANY)]),
]

LICENSED_GUARDS = [
    # a licensee named as the subject keeps its place
    ("India builds the Su-30MKI under licence from Russia.", [('Russia', 'India', 'Su-30', 'licensed_production', ANY)]),
]


@pytest.mark.parametrize("text, expected", LICENSED_VERSION + LICENSED_GUARDS)
def test_licensed_version_made_in_the_hyphened_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


DAY_OF_MONTH = [
    # the tagger reads "May Vexora" as a name and "12" as the object of "On": a bare count of the jets named before
    ("Peru flies two C295 transports bought from Spain. On 12 May Vexora and Airbus Defence and Space concluded a "
     "deal naming our site the repair hub for all C295 operators.",
     [('Spain', 'Peru', 'C295', 'delivered', 2)]),
]

DAY_GUARDS = [
    # a count with a word between it and the month is still a count
    ("Peru ordered two C295 transports from Spain in 2024. Spain delivered 12 more of them in May.",
     [('Spain', 'Peru', 'C295', 'ordered', 2), ('Spain', 'Peru', 'C295', 'delivered', 12)]),
]


@pytest.mark.parametrize("text, expected", DAY_OF_MONTH + DAY_GUARDS)
def test_day_of_a_date_counts_nothing(transfers, text, expected):
    assert_exactly(transfers(text), expected)


FOOTNOTE_MARKS = [
    # a reference mark glued to the last item's stop or comma: "ammunition.[3]" was one word, no system
    ("Somalia's army is rebuilding. Kenya sent grenades and ammunition to Kismayo in May.[3] Officials confirmed "
     "the shipment.",
     [('Kenya', 'Somalia', 'grenades', 'delivered', ANY), ('Kenya', 'Somalia', 'ammunition', 'delivered', ANY)]),
    ("Somalia's army is rebuilding. Kenya sent rifles and ammunition.[3] Officials confirmed the shipment.",
     [('Kenya', 'Somalia', 'rifles', 'delivered', ANY), ('Kenya', 'Somalia', 'ammunition', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", FOOTNOTE_MARKS)
def test_footnote_mark_split_off_the_word(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_footnote_mark_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp("drones,[5] and ammunition.[4] Then")] == \
        ["drones", ",", "[5]", "and", "ammunition", ".", "[4]", "Then"]


LOT_DESCRIBED = [
    # the purchase clause describes the whole lot and is the only step told: the part does something else
    ("Peru's air force is growing. Four of the 24 Su-30 fighters bought from Russia in 2008 returned to service in "
     "May after an overhaul.",
     [('Russia', 'Peru', 'Su-30', 'delivered', 24)]),
]

LOT_GUARDS = [
    # a part with a step of its own, or the first of a lot shown, is a delivery under the order of the whole
    ("Peru's air force is growing. The first two of ten new AH-64E Apaches bought from the United States landed at "
     "Lima in March.",
     [('United States', 'Peru', 'AH-64', 'delivered', 2), ('United States', 'Peru', 'AH-64', 'ordered', 10)]),
    ("Peru's air force is growing. Peru showed the first of 12 FA-50 jets bought from South Korea.",
     [('South Korea', 'Peru', 'FA-50', 'delivered', 1), ('South Korea', 'Peru', 'FA-50', 'ordered', 12)]),
]


@pytest.mark.parametrize("text, expected", LOT_DESCRIBED + LOT_GUARDS)
def test_part_of_a_lot_described_by_its_purchase(transfers, text, expected):
    assert_exactly(transfers(text), expected)


AVIATION = [
    # "the Aviation", a state's military aviation named without its state, is that state's body
    ("Lima, 12 June. Officers of the Peruvian Military Aviation appeared before the committee. The minister spoke "
     "about training. The Aviation has also asked Brazil for a price on four Super Tucano trainers.",
     [('Brazil', 'Peru', 'Super Tucano', 'interest', 4)]),
]


@pytest.mark.parametrize("text, expected", AVIATION)
def test_military_aviation_as_a_home_body(transfers, text, expected):
    assert_exactly(transfers(text), expected)


PLURAL_READ_AS_VERB = [
    # "transports" tagged as a verb after the name: the phrase's head is still the plural noun
    ("Peru's air force is growing. The first of the two C295 transports that the Peruvian Air Force (FAP) ordered in "
     "2024 touched down in Lima on 2 May.",
     [('Spain', 'Peru', 'C295', 'delivered', 1), ('Spain', 'Peru', 'C295', 'ordered', 2)]),
]


@pytest.mark.parametrize("text, expected", PLURAL_READ_AS_VERB)
def test_plural_noun_tagged_as_a_verb(transfers, text, expected):
    assert_exactly(transfers(text), expected)
