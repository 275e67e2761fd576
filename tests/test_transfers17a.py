"""Transfer reports probed in sentences written for these tests: a state named only in a comparison inside a party's
phrase ("a deal with a country other than A") is no party; a subjectless to-infinitive the parser hangs on a price
("signed a deal worth $1 billion to supply ...") tells the purpose of the signing clause, whose place names the
buyer; a noun that is the first half of a hyphened modifier ("truck-mounted howitzers") is no system of its own.
Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

_ESTONIA_BEFORE = ("Estonia took delivery of 18 K9 howitzers from South Korea in 2021. Estonia then ordered 12 more in "
                   "2023. ")

SIGNING_CLAUSE = [
    # the place of the signing clause is the buyer's, even when the parser hangs the "to supply" on the price
    (_ESTONIA_BEFORE + "On June 4 in Riga, Rheinmetall signed a contract worth about $1 billion to supply 24 Lynx "
     "infantry fighting vehicles.",
     [('South Korea', 'Estonia', 'K9', 'delivered', 18), ('South Korea', 'Estonia', 'K9', 'ordered', 12),
      ('Germany', 'Latvia', 'Lynx', 'ordered', 24)]),
    (_ESTONIA_BEFORE + "Last week in Riga, Hanwha signed a deal worth about $1 billion to supply 24 K9 self-propelled "
     "howitzers and 12 K10 ammunition resupply vehicles.",
     [('South Korea', 'Estonia', 'K9', 'delivered', 18), ('South Korea', 'Estonia', 'K9', 'ordered', 12),
      ('South Korea', 'Latvia', 'K9', 'agreed', 24), ('South Korea', 'Latvia', 'K10', 'agreed', 12)]),
    # and a state the deal is only compared with is no buyer of it
    (_ESTONIA_BEFORE + "Last week in Riga, Hanwha signed a deal worth about $1 billion to supply 24 K9 self-propelled "
     "howitzers, its largest arms deal with a Baltic state other than Estonia.",
     [('South Korea', 'Estonia', 'K9', 'delivered', 18), ('South Korea', 'Estonia', 'K9', 'ordered', 12),
      ('South Korea', 'Latvia', 'K9', 'agreed', 24)]),
]

SIGNING_GUARDS = [
    # a buyer the sentence names keeps its place, wherever the signing was and whatever it is compared with
    ("Last week in Seoul, Hanwha signed a deal worth about $1 billion to supply 24 K9 self-propelled howitzers to "
     "Estonia.",
     [('South Korea', 'Estonia', 'K9', 'agreed', 24)]),
    ("Last month Hanwha signed a deal worth about $1 billion to supply 24 K9 self-propelled howitzers to Latvia, its "
     "first sale to a country other than Estonia in the region.",
     [('South Korea', 'Latvia', 'K9', 'agreed', 24)]),
]

HYPHENED_MODIFIER = [
    ("Peru ordered 16 truck-based rocket launchers from Brazil.",
     [('Brazil', 'Peru', 'rocket launchers', 'ordered', 16)]),
    ("Mexico bought ten helicopter-borne radars from Israel.",
     [('Israel', 'Mexico', 'radars', 'delivered', 10)]),
    ("Qatar bought 14 truck-towed howitzers from Turkey.",
     [('Turkey', 'Qatar', 'howitzers', 'delivered', 14)]),
]

HYPHENED_GUARDS = [
    ("Poland bought 30 truck-mounted Rosomak vehicles from Finland.",
     [('Finland', 'Poland', 'Rosomak', 'delivered', 30)]),
    ("Ghana received 12 vehicle-mounted mortars from Turkey.",
     [('Turkey', 'Ghana', 'mortars', 'delivered', 12)]),
    # guns seized rather than traded give nothing
    ("Police in Norland seized 40 guns from smugglers last year.", []),
]


@pytest.mark.parametrize("text, expected", SIGNING_CLAUSE + SIGNING_GUARDS)
def test_signing_clause_and_compared_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", HYPHENED_MODIFIER + HYPHENED_GUARDS)
def test_hyphened_modifier_is_no_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


LETTER_OF_INTENT = [
    # a purchase told under a letter (or declaration) of intent is a wish, not an order
    ("The two ministers signed a letter of intent under which the Peruvian Navy would acquire four more Scorpène "
     "submarines.",
     [('France', 'Peru', 'Scorpène', 'interest', 4)]),
    ("Chile signed a letter of intent under which its air force would buy eight C-390 transports from Brazil.",
     [('Brazil', 'Chile', 'C-390', 'interest', 8)]),
    ("Slovakia and Sweden signed a declaration of intent under which Bratislava would order 14 Gripen fighters.",
     [('Sweden', 'Slovakia', 'Gripen', 'interest', 14)]),
]

LETTER_GUARDS = [
    # a purchase a letter of intent tells as decided keeps its step; a contract is an order; an order placed after a
    # letter of intent is an order
    ("Chile signed a letter of intent whereby its air force will buy eight C-390 transports from Brazil.",
     [('Brazil', 'Chile', 'C-390', 'ordered', 8)]),
    ("Chile signed a contract under which its air force will acquire eight C-390 transports from Brazil.",
     [('Brazil', 'Chile', 'C-390', 'ordered', 8)]),
    ("Chile signed a letter of intent with Brazil last year. In March it ordered eight C-390 transports from Embraer.",
     [('Brazil', 'Chile', 'C-390', 'ordered', 8)]),
]


@pytest.mark.parametrize("text, expected", LETTER_OF_INTENT + LETTER_GUARDS)
def test_letter_of_intent_is_interest(transfers, text, expected):
    assert_exactly(transfers(text), expected)


_ASIDE = "\"Buyers want speed,\" said Anna Berg, an analyst in Oslo. Denmark sold tanks to Poland in 2023. "

COLON_CLAUSE = [
    # "it" after a colon is the state the clause before the colon is about
    (_ASIDE + "Norway, which left the project in 2019, is in the middle of a big purchase of its own: it signed a "
     "contract for 24 K9 howitzers from South Korea in May.",
     [('Denmark', 'Poland', 'tanks', 'delivered', None), ('South Korea', 'Norway', 'K9', 'ordered', 24)]),
    (_ASIDE + "Finland is in the middle of a large upgrade of its own: it ordered 64 F-35A fighters from the United "
     "States in December.",
     [('Denmark', 'Poland', 'tanks', 'delivered', None), ('United States', 'Finland', 'F-35A', 'ordered', 64)]),
]

COLON_GUARDS = [
    (_ASIDE.replace(" in 2023. ", " in 2023: ") + "it delivered 20 Leopard 1 tanks in May.",
     [('Denmark', 'Poland', 'Leopard 1', 'delivered', 20)]),
]


@pytest.mark.parametrize("text, expected", COLON_CLAUSE + COLON_GUARDS)
def test_pronoun_after_colon(transfers, text, expected):
    assert_exactly(transfers(text), expected)


BACKERS_AND_VENUES = [
    # the place a gathering is held at is no party to what is pledged there
    ("Ukraine asked for more air defence. Norway pledged 12 NASAMS launchers at a meeting of the contact group in "
     "Brussels.",
     [('Norway', 'Ukraine', 'NASAMS', 'agreed', 12)]),
    ("Kyiv needs guns. Denmark pledged 19 Caesar howitzers at a conference of donors in Rome.",
     [('Denmark', 'Ukraine', 'Caesar', 'agreed', 19)]),
    # "A's backers" give to A, and name no giver: no record (not A as the giver, nor the venue as the buyer)
    ("Poland's partners pledged 30 Leopard 2 tanks at a meeting of the contact group at NATO headquarters in "
     "Brussels.", []),
    ("Moldova's backers pledged 12 Piranha vehicles at a summit in Vienna on Monday.", []),
    # a state named only as what a market lies outside is no seller
    ("Latvia runs a joint scheme which buys artillery shells on markets outside the European Union.", []),
    ("The Danish fund, which purchases 155mm shells from suppliers outside the European Union, sent them to "
     "Ukraine.", []),
]

BACKERS_GUARDS = [
    ("Germany pledged 30 Leopard 2 tanks to Poland at a meeting in Brussels.",
     [('Germany', 'Poland', 'Leopard 2', 'agreed', 30)]),
    ("Germany sold 20 Leopard 2 tanks to Hungary, and Hungary's partners welcomed the deal.",
     [('Germany', 'Hungary', 'Leopard 2', 'delivered', 20)]),
]


@pytest.mark.parametrize("text, expected", BACKERS_AND_VENUES + BACKERS_GUARDS)
def test_backers_venues_and_outside(transfers, text, expected):
    assert_exactly(transfers(text), expected)
