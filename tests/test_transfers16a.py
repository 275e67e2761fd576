"""Transfer reports probed in sentences written for these tests: a losing bid named through its bid noun ("A's offer
was chosen over a proposal for the Y from B"), a calibre inside a named system's phrase ("54 K9 155mm self-propelled
howitzers"), a counted phrase or a remainder referring back to a kind told in general words ("three littoral
mission ships ... The three ships were ordered ... The other two were launched"), the contract a building is done
under ("being built under a 2021 contract"), a noun of kinship between designs ("a larger cousin of the navy's
frigates"), a buyer "studying" a system and the buyer's own platform goods are bought for ("ordered missiles for
its F-35A fighters"), and a build to a foreign state's design ("building frigates to the British Type 26
design") and an ordinal "of which" telling a step of one of a lot ("four radars ..., the first of which was handed
over in 2023"). Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LOSING_BID = [
    # the bid noun stands for the system bid, whichever voice the choice is told in
    ("Romania ordered 54 K9 howitzers from South Korea. Hanwha's offer was chosen over a proposal for the RCH 155 "
     "from KNDS of Germany.",
     [('South Korea', 'Romania', 'K9', 'ordered', 54), ('Germany', 'Romania', 'RCH 155', 'offered', None)]),
    ("Thailand bought 30 Black Widow vehicles from Norland. The Norland bid was preferred over an offer of Stryker "
     "vehicles from the United States.",
     [('United States', 'Thailand', 'Stryker', 'offered', None)]),
    ("The Thai army ordered 40 K21 vehicles from South Korea, whose bid was selected over an offer of CV90 vehicles "
     "from Sweden.",
     [('South Korea', 'Thailand', 'K21', 'ordered', 40), ('Sweden', 'Thailand', 'CV90', 'offered', None)]),
]

LOSING_BID_GUARDS = [
    # a rival bid that names no system gives no record
    ("Romania ordered 54 K9 howitzers from South Korea. Hanwha's offer was chosen over a proposal from KNDS of "
     "Germany.",
     [('South Korea', 'Romania', 'K9', 'ordered', 54)]),
]

CALIBRE_IN_NAME = [
    # the calibre is neither a count nor the end of the name's phrase
    ("Romania has signed a contract with Hanwha Aerospace for 54 K9 Thunder 155mm self-propelled howitzers and 36 "
     "K10 ammunition resupply vehicles.",
     [('South Korea', 'Romania', 'K9', 'ordered', 54), ('South Korea', 'Romania', 'K10', 'ordered', 36)]),
]

CALIBRE_GUARDS = [
    ("Chile ordered 12 M109 155mm howitzers from the United States.",
     [('United States', 'Chile', 'M109', 'ordered', 12)]),
    ("Norway bought 24 K9 Thunder 155 mm self-propelled guns and six K10 vehicles from South Korea.",
     [('South Korea', 'Norway', 'K9', 'delivered', 24), ('South Korea', 'Norway', 'K10', 'delivered', 6)]),
]

KIND_TOLD_BEFORE = [
    # a counted phrase or the rest of a lot refers back to the kind told before in general words
    ("Peru received the first of four offshore patrol vessels built in South Korea last week. The four ships were "
     "ordered in 2022. The other three were launched in Busan this year.",
     [('South Korea', 'Peru', 'offshore patrol vessels', 'delivered', 1),
      ('South Korea', 'Peru', 'offshore patrol vessels', 'ordered', 4),
      ('South Korea', 'Peru', 'offshore patrol vessels', 'in_production', 3)]),
    ("Kenya took delivery of two offshore patrol vessels from China in May. The two vessels had been ordered in 2021.",
     [('China', 'Kenya', 'offshore patrol vessels', 'delivered', 2),
      ('China', 'Kenya', 'offshore patrol vessels', 'ordered', 2)]),
    ("Nigeria received 12 armoured personnel carriers from Turkey last week. The 12 vehicles were bought in 2022.",
     [('Turkey', 'Nigeria', 'armoured personnel carriers', 'delivered', 12),
      ('Turkey', 'Nigeria', 'armoured personnel carriers', 'ordered', 12)]),
]

KIND_GUARDS = [
    # a phrase of another kind refers to nothing told before
    ("Kenya received two patrol boats from China in May. The two tanks were bought in 2021.",
     [('China', 'Kenya', 'patrol boats', 'delivered', 2)]),
]

BUILT_UNDER_CONTRACT = [
    # the contract a building is done under is a step of its own
    ("Under a contract signed in 2018, four Babur-class corvettes are being built for the Pakistan Navy by Turkey.",
     [('Turkey', 'Pakistan', 'MILGEM', 'in_production', 4), ('Turkey', 'Pakistan', 'MILGEM', 'ordered', 4)]),
    ("Two frigates are being built for Egypt by Italy under a 2021 contract.",
     [('Italy', 'Egypt', 'frigates', 'in_production', 2), ('Italy', 'Egypt', 'frigates', 'ordered', 2)]),
]

BUILT_UNDER_GUARDS = [
    # a licence, or an agreement that is no order, adds no order
    ("India is producing Su-30MKI jets under a licence agreement with Russia.",
     [('Russia', 'India', 'Su-30', 'licensed_production', None)]),
    ("Barzan Holdings will assemble BMC Kirpi armoured vehicles in Doha under an agreement signed with Turkey's BMC.",
     [('Turkey', 'Qatar', 'Kirpi', 'licensed_production', None)]),
]

KINSHIP = [
    # a design's kin is named for comparison, not transferred
    ("Germany offered its MEKO A-200 design to Australia, a larger cousin of the navy's Anzac-class frigates.",
     [('Germany', 'Australia', 'MEKO A-200', 'offered', None)]),
    ("Kazakhstan is studying the Hurjet from Turkey as a possible successor to its ageing L-39 trainers.",
     [('Turkey', 'Kazakhstan', 'Hürjet', 'interest', None)]),
]

STUDYING = [
    # a buyer studying a system or an offer of it shows interest
    ("The Indonesian air force is studying the KF-21 fighter from South Korea.",
     [('South Korea', 'Indonesia', 'KF-21', 'interest', None)]),
    ("Vietnam has been studying Indian BrahMos missiles for its coastal batteries.",
     [('India', 'Vietnam', 'BrahMos', 'interest', None)]),
    ("The minister toured the Hürjet assembly hall in Ankara. Kazakhstan is studying the jet trainer as a possible "
     "successor to its ageing L-39 trainers, although no talks on a purchase have begun.",
     [('Turkey', 'Kazakhstan', 'Hürjet', 'interest', None)]),
]

PLATFORM_FOR = [
    # the buyer's own platform the goods are bought for is no transfer
    ("Norway sold Joint Strike Missiles to Japan for its F-35A fighters.",
     [('Norway', 'Japan', 'Joint Strike Missile', 'delivered', None)]),
    ("Japan ordered NSM missiles from Norway for its Mogami-class frigates.",
     [('Norway', 'Japan', 'NSM', 'ordered', None)]),
    ("Norway delivered the first Joint Strike Missiles to Japan, which ordered them for its F-35A fighters.",
     [('Norway', 'Japan', 'Joint Strike Missile', 'delivered', None),
      ('Norway', 'Japan', 'Joint Strike Missile', 'ordered', None)]),
]

PLATFORM_GUARDS = [
    # a "for" naming the goods of a contract, or two systems bought side by side, stay transfers
    ("Poland signed a contract with the United States for its first F-35 jets.",
     [('United States', 'Poland', 'F-35', 'ordered', None)]),
    ("Poland bought AIM-120 missiles and F-16 jets from the United States.",
     [('United States', 'Poland', 'AIM-120', 'delivered', None),
      ('United States', 'Poland', 'F-16', 'delivered', None)]),
]

FOREIGN_DESIGN = [
    # a build to a design a foreign state is named on is licensed production from that state
    ("BAE Systems Australia is building six Hunter-class frigates in Adelaide to the British Type 26 design.",
     [('United Kingdom', 'Australia', 'Type 26', 'licensed_production', 6)]),
    ("Egypt is building four corvettes at Alexandria to a French design.",
     [('France', 'Egypt', 'corvettes', 'licensed_production', 4)]),
]

FOREIGN_DESIGN_GUARDS = [
    # a design with no state on it licenses nothing
    ("The shipyard is building the boats to a new design.", []),
    ("Turkey is building four corvettes for Pakistan.",
     [('Turkey', 'Pakistan', 'corvettes', 'in_production', 4)]),
]

FIRST_OF_WHICH = [
    # the first of a lot told in a relative clause has a step of its own, of one (tr18b: the count, as gold counts it)
    ("Japan agreed in 2020 to supply four radars to the Philippines, the first of which was handed over in 2023.",
     [('Japan', 'Philippines', 'radars', 'agreed', 4), ('Japan', 'Philippines', 'radars', 'delivered', 1)]),
    ("Spain agreed to build three patrol boats for Angola in 2019, the first of which was delivered last year.",
     [('Spain', 'Angola', 'patrol boats', 'agreed', 3), ('Spain', 'Angola', 'patrol boats', 'delivered', 1)]),
]

FIRST_OF_WHICH_GUARDS = [
    # a plain relative clause on the lot adds no lot of its own
    ("Kenya ordered three patrol boats from China, which were delivered in 2022.",
     [('China', 'Kenya', 'patrol boats', 'ordered', 3)]),
]

STUDYING_GUARDS = [
    ("Some 140 Kazakh cadets are studying at Turkish military academies.", []),
]


@pytest.mark.parametrize("text, expected", LOSING_BID + LOSING_BID_GUARDS)
def test_losing_bid_named_by_its_bid_noun(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", CALIBRE_IN_NAME + CALIBRE_GUARDS)
def test_calibre_inside_a_named_phrase(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", KIND_TOLD_BEFORE + KIND_GUARDS)
def test_counted_phrase_refers_back_to_a_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", BUILT_UNDER_CONTRACT + BUILT_UNDER_GUARDS)
def test_contract_a_building_is_done_under(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", KINSHIP + STUDYING + STUDYING_GUARDS)
def test_kin_designs_and_studying_buyers(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", PLATFORM_FOR + PLATFORM_GUARDS)
def test_platform_bought_for_is_no_transfer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", FOREIGN_DESIGN + FOREIGN_DESIGN_GUARDS)
def test_build_to_a_foreign_design(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", FIRST_OF_WHICH + FIRST_OF_WHICH_GUARDS)
def test_first_of_which_tells_a_step(transfers, text, expected):
    assert_exactly(transfers(text), expected)
