"""Families of transfer reports an own11 blind evaluation showed the extractor misread, each probed in sentences
written for these tests: kinds of vehicles handed to border and army units, claims denied by an answer ("there is
no such offer", a question answered "No"), forces named by an acronym the article defines in brackets, and a
maker's nationality ("Chinese-made") standing beside the system transferred. Each positive text must give exactly
the records listed (ANY: the field is not checked); each negative text must give none."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

VEHICLE_KINDS = [
    ('Beijing will give 40 off-road vehicles to the Kyrgyz border guard before the winter.',
     [('China', 'Kyrgyzstan', 'off-road vehicles', 'agreed', 40)]),
    ('Last year Turkey handed over 12 armoured patrol vehicles to the Somali army.',
     [('Turkey', 'Somalia', 'armoured patrol vehicles', 'delivered', 12)]),
]


@pytest.mark.parametrize("text, expected", VEHICLE_KINDS)
def test_vehicle_kinds_are_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


ANSWERED_CLAIMS = [
    # a claim answered in the same sentence by a denial that the thing exists
    'Asked about reports that Russia had offered helicopters to the Malian army, the minister said "there is no '
    'such offer on the table".',
    'Questioned over claims that Serbia had agreed to buy drones from China, the spokesman said that no such deal '
    'existed.',
    # a question answered "No"
    'Asked whether Ghana intends to buy fighter jets from Sweden, the minister replied: "No. It is not in our '
    'plans."',
    'Asked if Peru would acquire Gripen fighters, the general answered "no".',
    # information and news are claims too
    'The ministry denied information published by a magazine that Nepal was discussing the purchase of Mi-17 '
    'helicopters from Russia.',
    'The army denied news published by a website that Bolivia was discussing the purchase of K-8 trainers from '
    'China.',
    # the source named as the agent of the claim's participle
    'The ministry denied a report aired by a television channel that Nepal had ordered Mi-17 helicopters from '
    'Russia.',
]

NOT_ANSWERED = [
    # an answer that does not deny, or a denial of something else, leaves the report standing
    ('Asked about reports that Russia had offered helicopters to Mali, the minister said the offer was being '
     'studied.',
     [('Russia', 'Mali', 'helicopters', 'offered', ANY)]),
    ('The ministry confirmed news that Bolivia had ordered six K-8 trainers from China.',
     [('China', 'Bolivia', 'K-8', ANY, 6)]),
    ('The army confirmed news published by a website that Bolivia was discussing the purchase of K-8 trainers from '
     'China.',
     [('China', 'Bolivia', 'K-8', 'negotiating', ANY)]),
    ('Asked about the budget, the minister said "no". Kenya bought six Bell 412 helicopters from the United States '
     'in 2021.',
     [('United States', 'Kenya', 'Bell 412', 'delivered', 6)]),
]


@pytest.mark.parametrize("text", ANSWERED_CLAIMS)
def test_answered_claim_gives_none(transfers, text):
    assert transfers(text) == []


@pytest.mark.parametrize("text, expected", NOT_ANSWERED)
def test_claim_not_answered_is_kept(transfers, text, expected):
    assert_exactly(transfers(text), expected)


DEFINED_ACRONYMS = [
    # the bracketed acronym left untagged before a title; the force, and a unit named by it, later; the other state
    # of the story is named more often
    ('Namibia and Angola signed a defence pact. Angolan minister Jose Neto arrived on Monday. The talks were '
     'attended by Namibian Defence Force (NDF) Commander General Peter Shikongo and Angola\'s army chief. Neto said '
     'Angola stood by its neighbour. Last month China donated 20 military trucks to the NDF.',
     [('China', 'Namibia', 'military trucks', 'delivered', 20)]),
    ('Namibia and Angola signed a defence pact. Angolan minister Jose Neto arrived on Monday. The talks were '
     'attended by Namibian Defence Force (NDF) Commander General Peter Shikongo and Angola\'s army chief. Neto said '
     'Angola stood by its neighbour. The NDF Naval Unit at Walvis Bay received two patrol boats from China last '
     'year.',
     [('China', 'Namibia', 'patrol boats', 'delivered', 2)]),
]


@pytest.mark.parametrize("text, expected", DEFINED_ACRONYMS)
def test_defined_acronym_names_its_force(transfers, text, expected):
    assert_exactly(transfers(text), expected)


MAKER_LABELS = [
    # a nationality hyphened to "made" labels another system's maker: it is no buyer of the system beside it
    ('Kenya\'s defence minister visited Ankara on Monday. Kenya and Turkey signed a protocol on training. Bayraktar '
     'TB2 drones bought from Turkey entered service with the air force this year, alongside Chinese-made CH-4 '
     'drones.',
     [('Turkey', 'Kenya', 'TB2', 'delivered', ANY), ('China', 'Kenya', 'CH-4', 'delivered', ANY)]),
    # guard: the maker label still gives the seller of its own system
    ('Nigeria bought Russian-built Mi-35 helicopters in 2016.',
     [('Russia', 'Nigeria', 'Mi-35', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", MAKER_LABELS)
def test_maker_label_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SPLIT_LISTS = [
    # a comma list the parser splits into two objects of the verb is still a list: each item is a lot of its own
    ('Under the protocol, the Chinese side will hand over 30 off-road vehicles, night-vision devices and radios to '
     'the Tajik army by the end of the year.',
     [('China', 'Tajikistan', 'off-road vehicles', 'agreed', 30),
      ('China', 'Tajikistan', 'night-vision devices', 'agreed', None)]),
    # guard: a general phrase that restates the counted lot is no second record
    ('Russia will hand over 30 military trucks to the Tajik army, and the trucks will arrive by the end of the year.',
     [('Russia', 'Tajikistan', 'military trucks', 'agreed', 30)]),
]


@pytest.mark.parametrize("text, expected", SPLIT_LISTS)
def test_split_list_items(transfers, text, expected):
    assert_exactly(transfers(text), expected)


PARTICIPLES_ON_OBJECT = [
    # a participle describing the object of a verb of having, which the parser coordinated with that verb
    ('Gabon\'s navy also operates two patrol vessels built in China and delivered in 2016.',
     [('China', 'Gabon', 'patrol vessels', 'delivered', 2)]),
    ('Botswana\'s air force still flies the F-5s, bought second-hand from Jordan in 1997.',
     [('Jordan', 'Botswana', 'F-5', 'delivered', ANY)]),
    # guards: a perfect the two verbs share tells two steps of their own; a verb with its own object is a clause
    ('Morocco has already received Hermes 900 drones from Israel, and signed in 2023 with Israel for the Barak MX '
     'system.',
     [('Israel', 'Morocco', 'Hermes 900', 'delivered', ANY), ('Israel', 'Morocco', 'Barak MX', 'ordered', ANY)]),
    ('Gabon\'s navy operates two patrol vessels and ordered four Mi-17 helicopters from Russia in 2020.',
     [('Russia', 'Gabon', 'Mi-17', 'ordered', 4)]),
]


@pytest.mark.parametrize("text, expected", PARTICIPLES_ON_OBJECT)
def test_participle_on_object(transfers, text, expected):
    assert_exactly(transfers(text), expected)


OWNERS_BY_WHOSE = [
    # "whose" makes the noun the relative clause describes the owner of the systems: the buyer of a purchase
    ('Chad, whose TB2 drones were ordered in 2022, is the exception.',
     [('Turkey', 'Chad', 'TB2', 'ordered', ANY)]),
    # guard: an owner parting with its systems sells them
    ('Chad, whose Mi-24 helicopters were sold to Mali in 2020, is now buying drones.',
     [('Chad', 'Mali', 'Mi-24', 'delivered', ANY)]),
]

PROTECTED_VEHICLES = [
    ('Under a package agreed in May, Australia will supply 20 Bushmaster protected vehicles to the Fijian army.',
     [('Australia', 'Fiji', 'Bushmaster', 'agreed', 20)]),
    ('Japan will supply 12 protected vehicles to the Philippine army.',
     [('Japan', 'Philippines', 'protected vehicles', 'agreed', 12)]),
]


@pytest.mark.parametrize("text, expected", OWNERS_BY_WHOSE + PROTECTED_VEHICLES)
def test_whose_owner_and_protected_vehicles(transfers, text, expected):
    assert_exactly(transfers(text), expected)
