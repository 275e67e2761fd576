"""Families of transfer reports an own10 blind evaluation showed the extractor misread, each probed in several
constructions written for these tests: claims denied or called speculation where the parser hangs the claim's
content on its source ("a report by a paper that ...", "reports in the press that ..."). Each positive text must
give exactly the records listed (ANY: the field is not checked); each negative text must give none."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

DENIED_CLAIMS = [
    'The minister denied a report by a regional newspaper that Peru was negotiating to buy Gripen fighters '
    'from Sweden.',
    'A government spokesman rejected a claim in the opposition press that Chile had agreed to purchase '
    'Rafale jets from France.',
    'Questioned about reports in the local media that Kenya was in talks with Turkey on Akinci drones, the '
    'army chief called them speculation.',
    'The ministry described claims that Serbia had bought Rafale jets from France as speculation.',
    'Officials dismissed a story by a cable channel that Egypt would acquire J-10C fighters from China.',
]

KEPT = [
    # a confirmation that ends the speculation, and a source that reports without being denied
    ('The ministry confirmed reports that Serbia had bought twelve Rafale jets from France, ending months of '
     'speculation.',
     [('France', 'Serbia', 'Rafale', ANY, 12)]),
    ('A report by a think tank found that Serbia bought twelve Rafale jets from France in 2024.',
     [('France', 'Serbia', 'Rafale', ANY, 12)]),
]


@pytest.mark.parametrize("text", DENIED_CLAIMS)
def test_denied_claim_gives_none(transfers, text):
    assert transfers(text) == []


@pytest.mark.parametrize("text, expected", KEPT)
def test_reported_claim_is_kept(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CONVEYED = [
    # the aircraft that carried the goods, as the agent of a passive verb of moving them, is no system transferred
    ('Lithuania ordered Boxer vehicles in 2019. The vehicles were transported by an An-124 cargo aircraft from the '
     'plant in Kassel, Germany, and will be handed over to the Lithuanian army.',
     [('Germany', 'Lithuania', 'Boxer', 'ordered', ANY), ('Germany', 'Lithuania', 'Boxer', 'delivered', ANY)]),
    ('The drones were shipped by an Il-76 cargo plane from Ankara, and they will be delivered to the Somali army on '
     'Monday.',
     []),
    ('Four Caesar howitzers, carried by a C-17 from France, were handed over to Armenia on Friday.',
     [('France', 'Armenia', 'Caesar', 'delivered', 4)]),
]


@pytest.mark.parametrize("text, expected", CONVEYED)
def test_conveying_aircraft_is_not_transferred(transfers, text, expected):
    assert_exactly(transfers(text), expected)


QUESTIONS = [
    # a question asks about a transfer, it reports none; the answer after it does
    ('How many HIMARS launchers has Taiwan received from the United States?', []),
    ('Is Egypt about to buy more Rafale jets from France?', []),
    ('Did Poland order 96 Apache helicopters from the United States?', []),
    ('Has Manila taken delivery of the BrahMos batteries from India? The first battery arrived from India in April.',
     [('India', 'Philippines', 'BrahMos', 'delivered', ANY)]),
    ('"Why would we sell them tanks?" he asked, after Germany delivered 18 Leopard 2 tanks to Ukraine in March.',
     [('Germany', 'Ukraine', 'Leopard 2', 'delivered', 18)]),
]


@pytest.mark.parametrize("text, expected", QUESTIONS)
def test_question_reports_no_transfer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


OWNER_PARTS_WITH = [
    # the owner of the systems a noun of parting with them is "of" sells them, it does not buy them (with no buyer
    # named there is no record); a delivery "of" a state's systems still brings them to it
    ('Parliament debated the transfer of the Royal Danish Air Force\'s F-16 aircraft, which were retired in 2024.',
     []),
    ('Lawmakers asked the minister about the donation of Belgium\'s F-16 jets, which leave service next year.', []),
    ('The sale of Norway\'s F-16 fighters has been delayed by paperwork.', []),
    ('The sale of Norway\'s F-16 fighters to Romania was completed in 2022.',
     [('Norway', 'Romania', 'F-16', ANY, ANY)]),
    ('The delivery of Poland\'s K2 tanks from South Korea continued in May.',
     [('South Korea', 'Poland', 'K2', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", OWNER_PARTS_WITH)
def test_owner_parting_with_systems_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


PAIR_AGREES = [
    # a pair of states agreeing on a transfer to one of them: the other is the seller, not the system's maker
    ('In May, Denmark and Argentina agreed that 24 F-16 jets would be sold to Argentina.',
     [('Denmark', 'Argentina', 'F-16', 'agreed', 24)]),
    ('Norway and Romania signed an agreement under which 32 F-16 fighters will be transferred to Romania.',
     [('Norway', 'Romania', 'F-16', 'agreed', 32)]),
    ('Under a deal signed in March, Greece and Cyprus agreed that six Mirage 2000 jets would be handed over to '
     'Cyprus.',
     [('Greece', 'Cyprus', 'Mirage 2000', 'agreed', 6)]),
    # the pair's maker state stays the seller
    ('Egypt and France said that 30 more Rafale jets would be delivered to Egypt from 2026.',
     [('France', 'Egypt', 'Rafale', ANY, 30)]),
]


@pytest.mark.parametrize("text, expected", PAIR_AGREES)
def test_pair_partner_is_the_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NONE_OF_THEM = [
    # "no" on the systems themselves denies the transfer, whatever the verb; "no fewer than" counts them
    ('Since the ruling, no F-35 components are exported from the Netherlands to Israel.', []),
    ('No Leopard 2 tanks were delivered to Ukraine by Switzerland.', []),
    ('Germany has delivered no Taurus missiles to Ukraine.', []),
    ('Egypt has received no fewer than 24 Rafale jets from France.',
     [('France', 'Egypt', 'Rafale', 'delivered', 24)]),
]


@pytest.mark.parametrize("text, expected", NONE_OF_THEM)
def test_no_systems_is_no_transfer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CATALOGUE = [
    # a patrol-ship class the catalogue lacked
    ('Chile bought four ex-East German Kondor II patrol ships from Germany in 1994.',
     [('Germany', 'Chile', 'Kondor class', 'delivered', 4)]),
]


@pytest.mark.parametrize("text, expected", CATALOGUE)
def test_catalogued_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SALE_TO_GOVERNMENT_OF = [
    # the notice formula "a possible sale to the Government of B of N X": the parser hangs the system's "of" on the
    # buyer's phrase, and the "to" on the verb
    ('The State Department approved a possible Foreign Military Sale to the Government of Peru of six Black Hawk '
     'helicopters.',
     [('United States', 'Peru', 'UH-60', 'offered', 6)]),
    ('Washington cleared a possible sale to the Kingdom of Morocco of 600 Stinger missiles.',
     [('United States', 'Morocco', 'Stinger', 'offered', 600)]),
    ('The State Department approved a possible sale to Ghana of four Bell 412 helicopters for an estimated cost of '
     '$90 million.',
     [('United States', 'Ghana', 'Bell 412', 'offered', 4)]),
]


@pytest.mark.parametrize("text, expected", SALE_TO_GOVERNMENT_OF)
def test_sale_to_government_of_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CAPITALS = [
    # a country named in capitals, as a commentary's lead-in does, is still the party
    ('WHEN KENYA signed for six Bayraktar TB2 drones in May, it became the first buyer in the region.',
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'ordered', 6)]),
    ('NIGERIA has taken delivery of two more JF-17 jets from Pakistan.',
     [('Pakistan', 'Nigeria', 'JF-17', 'delivered', 2)]),
]


@pytest.mark.parametrize("text, expected", CAPITALS)
def test_country_in_capitals(transfers, text, expected):
    assert_exactly(transfers(text), expected)


OWN_FLEET_BESIDE = [
    # a state's own fleet set "alongside" the systems it bought is not bought with them; a counted lot beside the
    # systems sent is sent too
    ('The Royal Thai Air Force flies Gripen jets bought from Sweden in 2008 alongside its ageing F-16s.',
     [('Sweden', 'Thailand', 'Gripen', 'delivered', ANY)]),
    ('Chile operates F-16 jets bought from the Netherlands alongside its older F-5 fighters.',
     [('Netherlands', 'Chile', 'F-16', 'delivered', ANY)]),
    ('Germany sent IRIS-T systems to Ukraine alongside 30 Gepard guns.',
     [('Germany', 'Ukraine', 'IRIS-T', 'delivered', ANY), ('Germany', 'Ukraine', 'Gepard', 'delivered', 30)]),
]


@pytest.mark.parametrize("text, expected", OWN_FLEET_BESIDE)
def test_own_fleet_beside_is_not_bought(transfers, text, expected):
    assert_exactly(transfers(text), expected)
