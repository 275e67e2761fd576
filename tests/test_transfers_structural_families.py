"""Structural families of transfer reports found by reading a blind evaluation's errors, each probed with
sentences written for these tests: lists of general items of one kind (each its own lot), protective and
night-vision gear and protected vehicles as kinds of equipment, "the government" (or "it" in what it said) as
the giving or selling state, a dated purchase whose delivery is still to come, a clause of its own beside
another seller's deal, the contract behind a delivery, buyers a headline or a count leaves unnamed, a ship's
former name beside its class, a seller asked by its capital's name, a seller's "from" hung on the buyer, an
offer "from" a state beside talks on another system. Each positive text must give exactly the records listed;
each negative text must give none."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import assert_exactly

PUBLISHED = date(2024, 3, 12)

GEAR_LISTS = [
    ('Canada has handed 300 ballistic vests and night-vision goggles to Moldova.',
     [('Canada', 'Moldova', 'ballistic vests', 'delivered', 300),
      ('Canada', 'Moldova', 'night-vision goggles', 'delivered', None)]),
    ('Japan donated 40 armoured SUVs, 900 bulletproof vests and night vision equipment to the Philippines last month.',
     [('Japan', 'Philippines', 'armoured SUVs', 'delivered', 40),
      ('Japan', 'Philippines', 'bulletproof vests', 'delivered', 900),
      ('Japan', 'Philippines', 'night vision equipment', 'delivered', None)]),
    ('Spain will supply 15 armored pickups to Senegal.',
     [('Spain', 'Senegal', 'armored pickups', 'agreed', 15)]),
    ('Italy sent night-vision equipment to Tunisia in 2023.',
     [('Italy', 'Tunisia', 'night-vision equipment', 'delivered', None)]),
]



# "the government" as the giver or seller, directly or through "it" in what the government said: the state the
# same body was reported speaking for before, or a body of that state nearby
GOVERNMENT_PARTIES = [
    ('Chile will not sell its old Leopard 2 tanks to Peru, the government said on Monday. In May, the government '
     'had announced that it would sell Peru 30 Leopard 2 tanks.',
     [('Chile', 'Peru', 'Leopard 2', 'agreed', 30)]),
    ('Norway will keep its F-16 jets, the government said. Last year the government announced that it would '
     'give Romania 32 F-16 jets.',
     [('Norway', 'Romania', 'F-16', 'agreed', 32)]),
    ('Greece will not export its Mirage 2000 jets, the government said on Friday. Earlier, the government had '
     'offered six Mirage 2000 jets to India.',
     [('Greece', 'India', 'Mirage 2000', 'offered', 6)]),
]

# a force that sends its own ships is deploying them, and the government of a region is no state's
GOVERNMENT_NEGATIVE = [
    'Japan seeks closer ties with Manila. The navy has been sending destroyers to the Philippines for joint patrols '
    'since 2019.',
    'The government of Darfur accused the militia of hoarding rifles.',
]

# a dated purchase told in a participle or relative clause on a system whose delivery is still to come: one
# record, the order, dated by the purchase
AWAITED_ORDERS = [
    ('The Chilean army is growing. Six Leopard 2 tanks bought by Chile from Germany in 2021 will arrive next year.',
     [('Germany', 'Chile', 'Leopard 2', 'ordered', 6)]),
    ("Kenya's eight Mi-17 helicopters ordered from Russia in 2020 are to be handed over in 2025.",
     [('Russia', 'Kenya', 'Mi-17', 'ordered', 8)]),
    ('Four Caesar howitzers that Peru purchased from France in 2022 are scheduled to arrive in May.',
     [('France', 'Peru', 'Caesar', 'ordered', 4)]),
]

# a coordinated clause with a subject of its own beside one seller's deal: its system is no deal of that seller's
# (its catalogued maker sells), and a general item there takes no seller from the other clause
BESIDE_ANOTHER_DEAL = [
    ('The Polish army received 12 Leopard 2 tanks from Germany in May, and 24 AW149 helicopters ordered in 2022 '
     'will arrive next year.',
     [('Germany', 'Poland', 'Leopard 2', 'delivered', 12), ('Italy', 'Poland', 'AW149', 'ordered', 24)]),
    ('Egypt took delivery of four Rafale jets from France last month, and two Type 209 submarines ordered in 2014 '
     'will arrive in 2025.',
     [('France', 'Egypt', 'Rafale', 'delivered', 4), ('Germany', 'Egypt', 'Type 209', 'ordered', 2)]),
    ('Peru signed for new radars, and eight Caesar howitzers bought from France in 2022 will arrive next year.',
     [('France', 'Peru', 'CAESAR', 'ordered', 8)]),
    # (in a roundup of deals with several sellers, the buyer is the other clause's)
    ('Slovakia signed a deal with Sweden for 152 CV90 vehicles in 2022. Its army received eight Leopard 2 tanks '
     'from Germany in May, and 10 AW149 helicopters ordered in 2021 will arrive next year.',
     [('Sweden', 'Slovakia', 'CV90', 'agreed', 152), ('Germany', 'Slovakia', 'Leopard 2', 'delivered', 8),
      ('Italy', 'Slovakia', 'AW149', 'ordered', 10)]),
]

# a delivery "under a contract" of an earlier year, the deal phrase hung on the verb of "took delivery": the
# contract is a step of its own (ordered, its own year)
DEAL_BEHIND_DELIVERY = [
    ('Last year Peru took delivery of Giraffe radars, made by Saab of Sweden, under a contract signed in 2015.',
     [('Sweden', 'Peru', 'Giraffe', 'delivered', None), ('Sweden', 'Peru', 'Giraffe', 'ordered', None)]),
    ('Chile took delivery of four Caesar howitzers, built by Nexter in France, under a 2019 contract.',
     [('France', 'Chile', 'CAESAR', 'delivered', 4), ('France', 'Chile', 'CAESAR', 'ordered', 4)]),
]

# an order won "from" a buyer, the phrase hung on the verb of winning; a headline's party noun without a
# determiner ("from Asian country") names no buyer; many buyers counted ("selected by more than ten customers")
# are none named
UNNAMED_BUYERS = [
    ('Saab wins Gripen order from Asian country\n\nSeparately, Germany bought Leopard 2 tanks from Poland.',
     [('Sweden', 'unknown', 'Gripen', 'ordered', None), ('Poland', 'Germany', 'Leopard 2', 'delivered', None)]),
    ('Thales wins radar order from Chile\n\nSeparately, Germany bought Leopard 2 tanks from Poland.',
     [('France', 'Chile', 'radar', 'ordered', None), ('Poland', 'Germany', 'Leopard 2', 'delivered', None)]),
    ('Hanwha wins K9 order from European customer\n\nSeparately, Egypt bought Rafale jets from France.',
     [('South Korea', 'unknown', 'K9', 'ordered', None), ('France', 'Egypt', 'Rafale', 'delivered', None)]),
    ('Chile bought six Caesar howitzers from France. The K9 howitzer has been selected by more than ten '
     'customers, Hanwha said.',
     [('France', 'Chile', 'CAESAR', 'delivered', 6)]),
]

# a ship's former name set after its class phrase ("a Cyclone-class patrol ship, the former USS X"), the parser
# hanging it on the party phrase between or reading it as a conjunct: one ship, told by its class
FORMER_NAMES = [
    ('Peru received a Cyclone-class patrol ship from the United States, the former USS Tempest.',
     [('United States', 'Peru', 'Cyclone', 'delivered', None)]),
    ('Last month the navy of Peru received a US-donated Cyclone-class patrol ship, the former USS Tempest, which '
     'was commissioned into the Peruvian Navy at a ceremony.',
     [('United States', 'Peru', 'Cyclone', 'delivered', None)]),
]

# a request made of a state named by its capital ("asked Ankara for drones"): the capital is the seller, not
# another thing asked for
CAPITAL_ASKED = [
    ('Kenya has asked Ankara for more Bayraktar TB2 drones, and the request is being reviewed.',
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'interest', None)]),
    ('Peru asked Washington for Javelin missiles last year.',
     [('United States', 'Peru', 'Javelin', 'interest', None)]),
]

# "the delivery of X to A from B": the parser hangs the seller's "from" on the buyer
FROM_ON_BUYER = [
    ('The panel documented the delivery of 26 armoured personnel carriers to Chad from Qatar in 2021.',
     [('Qatar', 'Chad', 'armoured personnel carriers', 'delivered', 26)]),
    ("Monitors recorded the shipment of 40 mortars to Mali's army from Turkey last year.",
     [('Turkey', 'Mali', 'mortars', 'delivered', 40)]),
]

# talks on one system coordinated with an offer received "from" another state for another: the offering state
# is neither the buyer nor the seller of the system talked of
OFFER_BESIDE_TALKS = [
    ("Ghana's air force is growing. Officials say the government is negotiating a purchase of more Super Tucano "
     "jets and has received an offer from Italy for M-346 trainers.",
     [('Brazil', 'Ghana', 'Super Tucano', 'negotiating', None), ('Italy', 'Ghana', 'M-346', 'offered', None)]),
    ('The Peruvian navy needs ships. The ministry was negotiating the purchase of two Type 209 submarines and had '
     'also received an offer from France for Scorpene submarines.',
     [('Germany', 'Peru', 'Type 209', 'negotiating', 2), ('France', 'Peru', 'Scorpene', 'offered', None)]),
]

POSITIVE = GEAR_LISTS + GOVERNMENT_PARTIES + AWAITED_ORDERS + BESIDE_ANOTHER_DEAL + DEAL_BEHIND_DELIVERY \
    + UNNAMED_BUYERS + FORMER_NAMES + CAPITAL_ASKED + FROM_ON_BUYER + OFFER_BESIDE_TALKS
NEGATIVE = GOVERNMENT_NEGATIVE


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_family_gives_exactly_its_records(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_family_negative_gives_none(transfers, text):
    assert transfers(text) == []
