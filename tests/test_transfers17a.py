"""Transfer reports probed in sentences written for these tests: a state named only in a comparison inside a party's
phrase ("a deal with a country other than A") is no party; a subjectless to-infinitive the parser hangs on a price
("signed a deal worth $1 billion to supply ...") tells the purpose of the signing clause, whose place names the
buyer; a noun that is the first half of a hyphened modifier ("truck-mounted howitzers") is no system of its own;
"the guns" refers back to the system named before. Each text must give exactly the records listed."""

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
    # "the guns" refers back to the system named before
    ("Nexter said the first four Caesar howitzers for Lithuania were delivered in May. Vilnius ordered 18 of the "
     "wheeled guns in 2019.",
     [('France', 'Lithuania', 'Caesar', 'delivered', 4), ('France', 'Lithuania', 'Caesar', 'ordered', 18)]),
]

HYPHENED_GUARDS = [
    ("Poland bought 30 truck-mounted Rosomak vehicles from Finland.",
     [('Finland', 'Poland', 'Rosomak', 'delivered', 30)]),
    ("Ghana received 12 vehicle-mounted mortars from Turkey.",
     [('Turkey', 'Ghana', 'mortars', 'delivered', 12)]),
    # guns with no system named before, seized rather than traded, give nothing
    ("Police in Norland seized 40 guns from smugglers last year.", []),
]


@pytest.mark.parametrize("text, expected", SIGNING_CLAUSE + SIGNING_GUARDS)
def test_signing_clause_and_compared_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", HYPHENED_MODIFIER + HYPHENED_GUARDS)
def test_hyphened_modifier_is_no_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)
