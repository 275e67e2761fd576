"""Supplier and recipient precision, probed with sentences written for these tests: the accused of "accused
Norlandic firms of selling X" sells, not the accuser; a clause on one item of a list of rival bids does not
give its party to the next item; a partner of a multinational programme sells it in a two-state deal; a
seller other than the article's main one keeps the buyer the article gives it; an envoy attending a handover
is not its buyer; a ship's stated class outranks its name; "the navy" is the force the story named first; a
lead's "buying American fighters" restates the named deals, and "American fighters and helicopters" are both
American; a carrier a system is mounted on is no record; a licensee that also buys the system from its maker,
or builds a variant of its own, is not a third state's seller; a system the parser joins to another item's
"from" state is not that state's. Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 6, 18)


# the accused of an accusation sells; the parser may hang "of selling" on the accused's own phrase
ACCUSED = [
    ('Moscow\'s spy agency in May accused Serbian companies of supplying artillery shells to Ukraine through '
     'third countries including Poland and Romania.',
     [('Serbia', 'Ukraine', 'artillery shells', ANY, ANY)]),
    ("Tehran's intelligence ministry accused Azerbaijani firms of selling drones to Israel.",
     [('Azerbaijan', 'Israel', 'drones', ANY, ANY)]),
]


@pytest.mark.parametrize("text,expected", ACCUSED)
def test_accused_is_the_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "beat the F-16, offered by A, and the French Rafale": the clause on the F-16 is not the Rafale's
RIVAL_BIDS = [
    ("Peru's defence minister signed a contract with Saab in Lima on Monday for 12 Gripen fighters. The Swedish "
     "jet beat the Lockheed Martin F-16 Block 70, offered by the United States, and the French Rafale.",
     [('Sweden', 'Peru', 'Gripen', 'ordered', 12), ('United States', 'Peru', 'F-16', 'offered', ANY),
      ('France', 'Peru', 'Rafale', 'offered', ANY)]),
]


@pytest.mark.parametrize("text,expected", RIVAL_BIDS)
def test_rival_bid_keeps_its_own_maker(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a deal binding two states alike, "A signed a contract with B for X": when X is a multinational programme
# that A builds and B does not (the catalogue names no single maker), A sells, whichever side opens the sentence
PARTNER_SELLS = [
    ('Spain signed a contract with Riyadh in March for 24 new Eurofighters, built by a consortium of four '
     'European states.',
     [('Spain', 'Saudi Arabia', 'Eurofighter', 'ordered', 24)]),
    ('Italy signed a deal with Doha for 16 NH90 helicopters.',
     [('Italy', 'Qatar', 'NH90', ANY, 16)]),
    # a buyer signing with a partner, and two partners, keep the sides the sentence gives
    ('Kuwait signed a contract with Italy for 28 Eurofighter Typhoons.',
     [('Italy', 'Kuwait', 'Eurofighter', 'ordered', 28)]),
    ('Germany signed an agreement with Spain for 10 Eurofighters.',
     [('Spain', 'Germany', 'Eurofighter', ANY, 10)]),
]


@pytest.mark.parametrize("text,expected", PARTNER_SELLS)
def test_programme_partner_sells(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a seller other than the article's main one, with no buyer in its sentence, sells to the buyer the article's
# fully told records give it, not to the main pair's recipient told in another paragraph
OWN_BUYER = [
    ('Denmark signed a contract with the United States in 2016 for 27 F-35A jets.\n\n'
     'Denmark will send Ukraine 19 more Leopard 1 tanks, the defence ministry said on Monday. Denmark has already '
     'delivered 30 Leopard 1 tanks to Ukraine this year, and it pledged 12 CV90 vehicles to Ukraine in May.\n\n'
     'Helicopters\n\n'
     "The navy's first MH-60R helicopter, one of nine ordered from the United States in 2019, is due next spring.",
     [('United States', 'Denmark', 'F-35A', 'ordered', 27), ('Denmark', 'Ukraine', 'Leopard 1', 'agreed', 19),
      ('Denmark', 'Ukraine', 'Leopard 1', 'delivered', 30), ('Denmark', 'Ukraine', 'CV90', 'agreed', 12),
      ('United States', 'Denmark', 'MH-60R', 'ordered', 9)]),
]


@pytest.mark.parametrize("text,expected", OWN_BUYER)
def test_other_seller_keeps_its_own_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# an envoy among those who "received" the goods attends for the giving state, not the buyer; the general phrase
# of the same handover is then the named record told in other words
ENVOYS = [
    ("Italy on Tuesday handed over 12 armoured vehicles to Niger's army to protect patrols near the Malian border.\n\n"
     'The Lince vehicles were received at a base outside Niamey by army chief of staff Moussa Garba and Italian '
     'Ambassador Paolo Ferri.',
     [('Italy', 'Niger', 'Lince', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text,expected", ENVOYS)
def test_envoy_is_not_the_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a ship's own name may carry a family guessed from another ship of its navy: the class its apposition states
# gives the record; "the navy" with no force named nearby is the force the story named first
SHIP_NAMES = [
    ('The Pakistan Navy on Monday took delivery of PNS Ghazi, the first of six Hangor-class submarines built in '
     'China, at a ceremony in Shanghai.\n\n'
     "Two weeks earlier the navy commissioned PNS Badr, the third of four Babur-class corvettes ordered from "
     "Turkey's ASFAT in 2018.\n\n"
     'Separately, Bangladesh signed a contract with Pakistan for JF-17 fighters in May, and Iraq received two '
     'JF-17 jets from Pakistan in June.',
     [('China', 'Pakistan', 'Hangor', 'delivered', ANY), ('Turkey', 'Pakistan', 'Babur', 'delivered', ANY),
      ('Turkey', 'Pakistan', 'Babur', 'ordered', 4), ('Pakistan', 'Bangladesh', 'JF-17', 'ordered', ANY),
      ('Pakistan', 'Iraq', 'JF-17', 'delivered', 2)]),
    # a ship's name the parser hangs beside "the first of two <ships> from A" is one of them, from A (not from the
    # seller of the clause before)
    ('Thailand also ordered two submarines from China in 2017, and the navy received the first of two frigates '
     "from South Korea's Daewoo, HTMS Bhumibol Adulyadej, in 2018.",
     [('China', 'Thailand', 'submarines', 'ordered', 2), ('South Korea', 'Thailand', 'HTMS Bhumibol Adulyadej',
                                                             'delivered', ANY)]),
]


@pytest.mark.parametrize("text,expected", SHIP_NAMES)
def test_ship_name_and_home_navy(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a lead summing up the deals in general words with their makers' nationalities ("buying Brazilian aircraft")
# restates the named systems of those kinds the article gives the same parties; a kind with no named system stays
SUMMARY_LEADS = [
    ('ACCRA - Ghana has spent five years rebuilding its forces, buying Brazilian aircraft, Turkish drones and '
     'Chinese patrol boats.\n\n'
     'Accra ordered five A-29 Super Tucano aircraft from Brazil in 2021, and six Bayraktar TB2 drones arrived from '
     'Turkey in 2023.',
     [('China', 'Ghana', 'patrol boats', ANY, ANY), ('Brazil', 'Ghana', 'Super Tucano', 'ordered', 5),
      ('Turkey', 'Ghana', 'Bayraktar TB2', 'delivered', 6)]),
]


@pytest.mark.parametrize("text,expected", SUMMARY_LEADS)
def test_summary_lead_restates_named_deals(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a bare kind coordinated to a kind with a nationality shares it: "Swedish fighters and helicopters"
SHARED_NATIONALITY = [
    ('Peru is buying Swedish fighters and helicopters, Israeli and Italian drones and German tanks.',
     'helicopters', 'Sweden'),
    ('Peru has spent three years on a costly modernisation, buying Brazilian fighters and helicopters, Spanish '
     'patrol boats, Israeli and American drones and German tanks.',
     'helicopters', 'Brazil'),
]


@pytest.mark.parametrize("text,system,seller", SHARED_NATIONALITY)
def test_coordinated_kind_shares_nationality(transfers, text, system, seller):
    assert [r.supplier for r in transfers(text) if r.system == system] == [seller]


# the vehicle a system is mounted "on" is its carrier, part of the system sold, not a record of its own
CARRIERS = [
    ('Rheinmetall said it had won an order from Austria for 36 Skyranger 30 anti-drone systems mounted on Pandur '
     'Evolution wheeled vehicles.',
     [('Germany', 'Austria', 'Skyranger 30', 'ordered', 36)]),
    ('The biggest deal of the quarter was an order from Denmark for 16 Skyranger 30 systems mounted on Piranha V '
     'vehicles, signed in April.',
     [('Germany', 'Denmark', 'Skyranger 30', 'ordered', 16)]),
]


@pytest.mark.parametrize("text,expected", CARRIERS)
def test_carrier_is_part_of_the_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a licensee the article also shows buying the system from its maker builds it for its own force, and a
# licensee's own variant is not what the maker sells: a third state's purchase is from the maker
LICENSEES = [
    ('Hyundai Rotem handed over 20 more K2 tanks to the Polish army on Monday at Gliwice, where Bumar assembles the '
     'tanks under licence from the South Korean company.\n\n'
     'Poland ordered 180 K2 tanks from South Korea in 2022 in a deal then worth about $3.4 billion.\n\n'
     'Elsewhere in Europe, Romania is negotiating the purchase of 54 K2 tanks, its defence minister told lawmakers '
     'last week.',
     [('South Korea', 'Poland', 'K2', 'delivered', 20), ('South Korea', 'Poland', 'K2', 'licensed_production', ANY),
      ('South Korea', 'Poland', 'K2', 'ordered', 180), ('South Korea', 'Romania', 'K2', 'negotiating', 54)]),
    # a licensee's own variant under another name is not the system the maker sells to others
    ('Hanwha has won a contract worth about $300 million to supply K9 howitzers to an unnamed European customer, '
     'the company said.\n\n'
     "Norway and Estonia have both ordered the howitzer, while Turkey's variant, known as the T-155 Firtina, is "
     'built locally under licence from Hanwha.',
     [('South Korea', 'unknown', 'K9', 'ordered', ANY), ('South Korea', 'Turkey', 'T-155', 'licensed_production', ANY),
      ('South Korea', 'Norway', 'K9', 'ordered', ANY), ('South Korea', 'Estonia', 'K9', 'ordered', ANY)]),
]


@pytest.mark.parametrize("text,expected", LICENSEES)
def test_licensee_is_not_every_buyers_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a system the parser coordinates into another item's "from" phrase ("from the United States as well as TB2s")
# is no gift of that state: its own maker sells it
JOINED_TO_PARTY = [
    ('Georgia bought two Bayraktar TB2 drones from Turkey last year, while Moldova has received Stinger missiles '
     'from the United States as well as TB2s of its own.',
     [('Turkey', 'Georgia', 'Bayraktar TB2', 'delivered', 2), ('United States', 'Moldova', 'Stinger', 'delivered', ANY),
      ('Turkey', 'Moldova', 'TB2', 'delivered', ANY)]),
    ('Ethiopia took delivery of Wing Loong drones from China in 2021, and Djibouti has received Harpoon missiles '
     'from the United States as well as Wing Loongs of its own.',
     [('China', 'Ethiopia', 'Wing Loong', 'delivered', ANY), ('United States', 'Djibouti', 'Harpoon', 'delivered', ANY),
      ('China', 'Djibouti', 'Wing Loong', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text,expected", JOINED_TO_PARTY)
def test_system_joined_to_a_party_is_not_its_gift(transfers, text, expected):
    assert_exactly(transfers(text), expected)
