"""Transfer reports probed in texts written for these tests: the state a story is about as the implied buyer when
the state named most only sells in it (and one aside tells another state's deal in full), and a partner a participle
of making names ("the X, built with A") read as the buyer of the deal the clause tells."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

# the seller is named most (its ambassador, pilots, maker); the story is about the buyer, named in many sentences;
# one aside tells a neighbour's purchase with both parties
SELLER_NAMED_MOST = """First drones land at northern base

The first six Bayraktar TB2 drones bought from Turkey landed at Laikipia air base on Monday. Two Turkish pilots and \
a Turkish engineer flew with them.

Turkey's ambassador attended the ceremony, and a Turkish team from the Turkish maker will train the crews in Turkey \
next month.

Talks with Washington on eight Black Hawk helicopters are at an early stage, the ministry said.

Neighbouring Uganda took delivery of four Su-30 fighters from Russia in 2023.

Kenya's defence budget is about 1.2 percent of GDP.

The drones will patrol the border with Somalia, officials in Kenya said.

Kenya's parliament must approve all spending, and Kenya's auditors will review it.

Critics in Kenya say the money would be better spent on schools, and a senator said Kenya had other needs."""

# the same shape with other sellers, verbs and order: the aside comes first, the sellers are named by adjective
SELLER_NAMED_MOST_2 = """Navy's wait for patrol aircraft nears its end

Brazil received two Scorpene submarines from France last year, in an aside the minister made.

The four P-3C Orion aircraft purchased from Norway in 2023 are being overhauled at a Norwegian yard, and Norwegian \
crews will fly them south. Norway's defence ministry called the sale a good use of surplus aircraft, and a Norwegian \
admiral will attend the handover in Norway.

Negotiations with Washington for 27 Stryker vehicles are very advanced, a senior official said.

Argentina's navy has had no patrol aircraft since 2019.

The budget of Argentina is tight this year.

Lawmakers in Argentina approved the money in March, and Argentina's auditors raised no objection.

Argentina will also host a regional naval exercise in November."""

# past the sellers, no state stands out in a roundup: a rival's offer keeps the buyer its competition is told with
ROUNDUP = """Defence briefing: Tuesday

Chile has begun talks with Sweden on ten Gripen fighters. The Swedish jet was preferred to the F-16 Block 70 offered \
by the United States.

The United States and Japan held talks in Tokyo on missile defence, and Japan agreed to host more American troops. \
Officials in Japan said the United States would send a new envoy, and the United States Navy will visit Japan in May.

Vietnam hosted an Indian naval squadron, and Vietnam and India agreed to hold drills. India said Vietnam was a key \
partner."""


def _pairs(records, system):
    return {(t.supplier, t.recipient) for t in records if system in (t.family, t.system) or
            (t.system or "").startswith(system)}


def test_a_seller_named_most_leaves_the_story_state_the_buyer(transfers):
    records = transfers(SELLER_NAMED_MOST)
    assert _pairs(records, "Bayraktar TB2") == {("Turkey", "Kenya")}
    assert _pairs(records, "UH-60") == {("United States", "Kenya")}
    assert _pairs(records, "Su-30") == {("Russia", "Uganda")}


def test_a_seller_named_most_leaves_the_story_state_the_buyer_2(transfers):
    records = transfers(SELLER_NAMED_MOST_2)
    assert _pairs(records, "P-3") == {("Norway", "Argentina")}
    assert _pairs(records, "Stryker") == {("United States", "Argentina")}
    assert _pairs(records, "Scorpene") == {("France", "Brazil")}


def test_a_roundup_names_no_story_state_past_its_sellers(transfers):
    records = transfers(ROUNDUP)
    assert not any(t.recipient in ("Japan", "Vietnam", "India") for t in records)
    assert ("United States", "Chile") in _pairs(records, "F-16")


CO_MAKERS = [
    # the partner in the making is a maker, not the buyer
    ("China had also offered the JF-17 Thunder fighter, built with Pakistan, but the air force chose other jets.",
     []),
    ("China has pitched the JF-17, co-developed with Pakistan, as a cheap option.", []),
    ("The Chinese offer covered the JF-17 Thunder, developed with Pakistan.", []),
]

CO_MAKER_GUARDS = [
    # the buyer the clause names stays, wherever the partner in the making stands
    ("China offered Nigeria the JF-17 fighter, developed jointly with Pakistan.",
     [('China', 'Nigeria', 'JF-17', 'offered', None)]),
    ("The JF-17, built with Pakistan, was offered by China to Argentina last year.",
     [('China', 'Argentina', 'JF-17', 'offered', None)]),
    ("China offered the JF-17 fighter, built with Pakistan, to Nigeria.",
     [('China', 'Nigeria', 'JF-17', 'offered', None)]),
    # a state a sale goes "with" the goods to, or a buyer named beside a maker, is still the buyer
    ("France sold Egypt two frigates built with Italy.", [('France', 'Egypt', 'frigates', 'delivered', 2)]),
    ("Nigeria bought three JF-17 fighters from China, which builds them with Pakistan.",
     [('China', 'Nigeria', 'JF-17', 'delivered', 3)]),
]


@pytest.mark.parametrize("text, expected", CO_MAKERS + CO_MAKER_GUARDS)
def test_a_co_maker_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


BIDDER_LISTS = [
    # a list of bidders after the colon of an offer, each a maker or state "with" its system: one offer per item
    ("Peru wants 24 new fighters. Three manufacturers have submitted offers: Sweden's Saab with the Gripen E/F, "
     "Lockheed Martin with the F-16 Block 70 and France's Dassault Aviation with the Rafale.",
     [('Sweden', 'Peru', 'Gripen', 'offered', ANY), ('United States', 'Peru', 'F-16', 'offered', ANY),
      ('France', 'Peru', 'Rafale', 'offered', ANY)]),
    ("Three firms have made offers to the Indonesian navy: Germany's TKMS with the Type 214, France's Naval Group "
     "with the Scorpene and Hanwha Ocean with the KSS-III.",
     [('Germany', 'Indonesia', 'Type 214', 'offered', ANY), ('France', 'Indonesia', 'Scorpene', 'offered', ANY),
      ('South Korea', 'Indonesia', 'KSS-III', 'offered', ANY)]),
    ("Colombia is choosing a new air defence system. Offers have come in: Israel with the Barak MX, Norway's "
     "Kongsberg with NASAMS and Diehl with the IRIS-T SLM.",
     [('Israel', 'Colombia', 'Barak', 'offered', ANY), ('Norway', 'Colombia', 'NASAMS', 'offered', ANY),
      ('Germany', 'Colombia', 'IRIS-T', 'offered', ANY)]),
]

BIDDER_GUARDS = [
    # a list after a colon with no offer before it tells no transfer
    ("The show had three big stands: Saab with the Gripen E, Dassault with the Rafale and Boeing with the F-15EX.", []),
]


@pytest.mark.parametrize("text, expected", BIDDER_LISTS + BIDDER_GUARDS)
def test_a_list_of_bidders_each_with_its_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


COMPANY_IN_TALKS = [
    # a maker in talks sells, whether a verb or a noun of talks tells them; its partner "with" buys
    ("Airbus is negotiating with Egypt over 12 H225M helicopters.",
     [('France', 'Egypt', 'H225M', 'negotiating', 12)]),
    ("Rheinmetall has been negotiating with Hungary over 40 Lynx vehicles.",
     [('Germany', 'Hungary', 'Lynx', 'negotiating', 40)]),
    ("Saab is negotiating with Thailand over four Gripen jets.",
     [('Sweden', 'Thailand', 'Gripen', 'negotiating', 4)]),
]

COMPANY_IN_TALKS_GUARDS = [
    # a state or its force in talks with a maker buys
    ("Thailand is negotiating with Saab over four Gripen jets.", [('Sweden', 'Thailand', 'Gripen', 'negotiating', 4)]),
    ("The Hungarian army is negotiating with Rheinmetall over 40 Lynx vehicles.",
     [('Germany', 'Hungary', 'Lynx', 'negotiating', 40)]),
    ("Saab said it was in talks with Thailand on four more Gripen jets.",
     [('Sweden', 'Thailand', 'Gripen', 'negotiating', 4)]),
]


@pytest.mark.parametrize("text, expected", COMPANY_IN_TALKS + COMPANY_IN_TALKS_GUARDS)
def test_a_company_in_talks_sells(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_a_company_in_negotiations_beside_another_buyers_deal(transfers):
    # the noun of talks under a company's "it was in negotiations with B": B buys, not the story's other buyer
    text = ("The United Arab Emirates ordered 40 K9 howitzers from South Korea in 2023, and the UAE took delivery of "
            "the first ten in May. Emirati officials said the UAE wants more. Korea Aerospace Industries (KAI) said it "
            "was in negotiations with Iraq on the KUH-1 Surion utility helicopter.")
    rows = {(t.supplier, t.recipient, t.family, t.status) for t in transfers(text) if t.family == 'KUH-1'}
    assert rows == {('South Korea', 'Iraq', 'KUH-1', 'negotiating')}


MAKER_YARD_FOR_BUYER = [
    # "built by A's yard for B": the parser hangs the buyer's "for" on the yard; the build is still for B
    ("The first of two offshore patrol vessels built by Turkey's Dearsan Shipyard for the Nigerian Navy arrived in "
     "Lagos on Monday.", [('Turkey', 'Nigeria', 'offshore patrol vessels', 'delivered', 1)]),
    ("Two corvettes built by Spain's Navantia yard for Saudi Arabia were handed over in May.",
     [('Spain', 'Saudi Arabia', 'corvettes', 'delivered', 2)]),
]

MAKER_YARD_GUARDS = [
    # a purpose, not a party, after the yard tells no buyer; a "for" on the verb already did
    ("Two patrol boats built by Turkey's Dearsan yard for export sit at the quay.", []),
    ("Four landing craft built by a French shipyard for the Senegalese Navy arrived in Dakar.",
     [('France', 'Senegal', 'landing craft', 'delivered', 4)]),
]


@pytest.mark.parametrize("text, expected", MAKER_YARD_FOR_BUYER + MAKER_YARD_GUARDS)
def test_a_yard_building_for_a_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)
