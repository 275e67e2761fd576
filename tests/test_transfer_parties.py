"""Supplier and recipient attribution, probed with sentences written for these tests: a party is taken from the
nearest earlier statement of the same passage only, never from another paragraph's unrelated deal; a system's
catalogue maker outranks an article's "main" seller picked by a tie, and a roundup record with no party gets none;
sellers shared by the items of one list, told through a state's channel ("bought through the U.S. government"), a
builder of another's system as licensee, a replaced fleet or a rival as no antecedent, bulleted notification
lists, home bodies, purchases at home, joint orders, licensees' own output, second-hand and surplus sellers,
possessives of the clause's subject and jointly built systems. Each text must give exactly the records listed
(ANY: the field is not checked)."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2024, 3, 12)


PASSAGES = [
    # another paragraph's deal does not sell the howitzers of a contract told after a sentence of their own
    # paragraph; with deals told once each, the maker outranks the article's "main" seller
    ('Estonia received 12 second-hand CV90 vehicles from Norway last year.\n\n'
     'Latvia bought six HIMARS launchers from the United States in 2023, and Lithuania ordered eight more from '
     'the United States in May.\n\n'
     'On Friday, Tarvik Defence opened a new workshop near Tartu. The 2023 contract covers 24 K9 howitzers, '
     'valued at 300 million euros.\n\n'
     'A delegation from South Korea is due in Tallinn in May.',
     [('Norway', 'Estonia', 'CV90', 'delivered', 12), ('United States', 'Latvia', 'HIMARS', 'delivered', 6),
      ('United States', 'Lithuania', 'HIMARS', 'ordered', 8), ('South Korea', 'Estonia', 'K9', 'ordered', 24)]),
    # a paragraph continuing the donation the one before told keeps its parties, sentence after sentence
    ('Japan has donated vehicles to Mongolia to support its border units.\n\n'
     'The equipment donated includes Land Cruisers, ambulances and fuel trucks. A video showed seven Isuzu '
     'trucks and 14 Land Cruisers being handed over.',
     [('Japan', 'Mongolia', 'Land Cruiser', 'delivered', 14), ('Japan', 'Mongolia', 'fuel trucks', 'delivered', None),
      ('Japan', 'Mongolia', 'trucks', 'delivered', 7)]),
    # a headline sums up its lead: its record takes the lead's buyer, not that of the story told most often
    ('Navy takes delivery of first Jasiri-class patrol ship in Turkey\n\n'
     'The Kenya Navy on Tuesday took delivery of KNS Jasiri, the first of four Jasiri-class patrol ships built with '
     'Turkish help, at a ceremony in Istanbul.\n\n'
     'Meanwhile, Tanzania, which signed a contract last year for Hurkus trainers, received its first aircraft in May. '
     'Tanzania also ordered two more Hurkus trainers from Turkey in June.',
     [('Turkey', 'Kenya', 'Jasiri-class', 'delivered', ANY), ('Turkey', 'Kenya', 'KNS Jasiri', 'delivered', ANY),
      ('Turkey', 'Tanzania', 'Hurkus', 'ordered', 2), ('Turkey', 'Tanzania', 'Hurkus', 'delivered', ANY)]),
    # the deployment a lot is "for" names where the buyer's force serves, not a second buyer
    ("The United States on Monday handed over 16 armoured vehicles to Kenya's military for its Somalia mission.",
     [('United States', 'Kenya', 'armoured vehicles', 'delivered', 16)]),
    ('Italy hands over 12 trucks to Chad army for Sahel operation',
     [('Italy', 'Chad', 'trucks', 'delivered', 12)]),
    # an order or contract comes "from" the buyer that places it, whatever the verb; "orders of X from A" buy from A
    ('Nordvik Arms said its largest new contract was an order from Denmark for 22 Skyranger 30 systems.',
     [('Germany', 'Denmark', 'Skyranger 30', 'ordered', 22)]),
    ('The company won an order from Belgium for 9 CAESAR howitzers in May.',
     [('France', 'Belgium', 'CAESAR', 'ordered', 9)]),
    ('Under the accord Peru may place orders of equipment from Paris, including Rafale jets.',
     [('France', 'Peru', 'Rafale', ANY, ANY)]),
    # "a sale to A of six X": the parser hangs the "of" phrase on the buyer; the deal noun still governs it
    ('In May, the US State Department approved a possible sale to Oman of six MQ-9B drones and related equipment, '
     'at an estimated cost of $1.2 billion.',
     [('United States', 'Oman', 'MQ-9B', 'offered', 6)]),
    # the winner of a competition is a maker, not the buyer of its rival's offer
    ('Peru signed a contract with South Korea for 20 FA-50 jets in May.\n\n'
     'KAI beat competition from the Lockheed Martin F-16 Block 70, offered by the United States.',
     [('South Korea', 'Peru', 'FA-50', 'ordered', 20), ('United States', 'Peru', 'F-16', 'offered', ANY)]),
]


@pytest.mark.parametrize("text,expected", PASSAGES)
def test_parties_from_the_passage(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# items handed over in one list share the seller one of them is told with, before the article's main seller
LISTS = [
    ('The US-led coalition handed over a shipment of equipment to the border guard on Monday, including 12 NH90 '
     'helicopters, 30 Humvees and several hundred night-vision goggles, officials said.\n\n'
     'Jordan also took delivery of two H225M helicopters from France last year, and is in talks with Paris over more.',
     [('United States', 'Jordan', 'NH90', 'delivered', 12), ('United States', 'Jordan', 'Humvee', 'delivered', 30),
      ('United States', 'Jordan', 'night-vision goggles', 'delivered', None),
      ('France', 'Jordan', 'H225M', 'delivered', 2)]),
    # the M119 is built in the United States (the catalogue once merged it with the British L118)
    ('Kenya received 18 M119 howitzers and 40 Humvees from the United States in May.',
     [('United States', 'Kenya', 'M119', 'delivered', 18), ('United States', 'Kenya', 'Humvee', 'delivered', 40)]),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_list_items_share_their_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)



def test_m119_made_in_the_united_states(gaz):
    weapon = gaz.weapon("M119A3")
    assert (weapon.family, weapon.origin) == ("M119", "United States")
    assert gaz.weapon("L118").origin == "United Kingdom"


# a purchase run "through" a state's government is that state's sale, never its purchase; a "from" phrase still
# names the seller
CHANNELS = [
    ('Ghana flies six Super Tucano aircraft, which were bought through the United States government and delivered '
     'in 2022. Brazil has offered to sell Accra more of them.',
     [('United States', 'Ghana', 'Super Tucano', 'delivered', 6)]),
    ('Afghanistan received 20 Mi-17 helicopters in 2012, which were bought through the United States government '
     'from Russia.',
     [('Russia', 'Afghanistan', 'Mi-17', 'delivered', 20)]),
]


@pytest.mark.parametrize("text,expected", CHANNELS)
def test_purchase_channel_sells(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a state's firm building another state's system is its licensee, never its seller; the maker building it for a
# buyer stays the seller
BUILDERS = [
    ("Poland's Bumar Labedy will manufacture 180 K2 tanks at its Gliwice plant from 2026.",
     [('South Korea', 'Poland', 'K2', 'licensed_production', 180)]),
    ('Under the deal, Turkish firm Kestrel Makina will produce 30 Leopard 2A4 tanks in Ankara.',
     [('Germany', 'Turkey', 'Leopard 2', 'licensed_production', 30)]),
    ("South Korea's Hanwha will manufacture 96 K9 howitzers for Egypt at its Changwon plant.",
     [('South Korea', 'Egypt', 'K9', ANY, 96)]),
]


@pytest.mark.parametrize("text,expected", BUILDERS)
def test_builder_of_a_foreign_system_is_licensee(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# what a later phrase refers back to: never a fleet a purchase replaces ("an initial six jets" opens a lot of
# the system chosen); the seller's own system before a rival's (the rival, the losing bid, was offered)
REPLACED_FLEETS = [
    ('Kenya has chosen the Gripen C over the F-16 to replace its ageing F-5 fleet. The air force is negotiating '
     'with Sweden for an initial six jets, with a further four to follow later.',
     [('Sweden', 'Kenya', 'Gripen', 'negotiating', 6), ('United States', 'Kenya', 'F-16', 'offered', None)]),
    ('Chile ordered 12 Gripen E jets from Sweden in 2023 to replace its F-5 fleet. The first four jets were '
     'delivered in January.',
     [('Sweden', 'Chile', 'Gripen', 'ordered', 12), ('Sweden', 'Chile', 'Gripen', 'delivered', 4)]),
    # "the aircraft" a seller offers is its own system, not a rival's named nearer (the choice itself, with no
    # contract told, is negotiating: test_transfers26f)
    ('Colombia chose the Gripen E over the French Rafale in March. The Swedish company had offered the aircraft '
     'with a generous financing package.',
     [('Sweden', 'Colombia', 'Gripen', 'offered', None), ('France', 'Colombia', 'Rafale', 'offered', None),
      ('Sweden', 'Colombia', 'Gripen', 'negotiating', None)]),
    # a second-hand seller of another's system keeps the nearest one
    ('Romania bought 12 F-16 jets from Portugal in 2016. Portugal delivered the jets in 2019.',
     [('Portugal', 'Romania', 'F-16', 'ordered', 12), ('Portugal', 'Romania', 'F-16', 'delivered', None)]),
]


@pytest.mark.parametrize("text,expected", REPLACED_FLEETS)
def test_antecedent_of_a_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a roundup's deal told with no party at all gets none from the article's "main" pair (a tie of deals told once)
ROUNDUPS = [
    ('Peru is negotiating with Sweden for 24 Gripen jets, the defence minister said.\n\n'
     'In 2024, South Korea donated a corvette to Peru. Russia also overhauled 12 Mi-17 helicopters for the '
     'Peruvian army.\n\n'
     'Congress must still approve the loan for the fighter deal.',
     [('Sweden', 'Peru', 'Gripen', 'negotiating', 24), ('South Korea', 'Peru', 'corvette', 'delivered', None)]),
]


@pytest.mark.parametrize("text,expected", ROUNDUPS)
def test_roundup_record_without_party_is_dropped(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_started_deliveries_names_the_seller(parsed):
    """ "X has started deliveries of": the subject of a verb of starting is the delivery noun's own subject."""
    from armstrack.extract.context import DocContext
    from armstrack.extract.transfers import _read_frame

    doc, analysis, gaz = parsed('Rifle supplies resumed around the same time Serbia has started deliveries of the '
                                'Nora B-52 howitzer system.', published=PUBLISHED)
    ctx = DocContext.of(doc, analysis, gaz)
    cue = next(t for t in doc if t.lower_ == "deliveries")
    assert _read_frame(cue, ctx).suppliers == ["Serbia"]


# a bulleted list under a line that opens it with a colon: each item is a deal of that line, bought by the
# country the item opens with (a notifying body offers its own state's systems)
BULLETED = [
    ('The State Department approved three possible Foreign Military Sales on Friday, the Defense Security '
     'Cooperation Agency said:\n\n'
     '- Chile: 24 AIM-9X missiles and support, estimated at $90 million.\n'
     '- Ghana – 6 Black Hawk helicopters and related equipment, estimated $400 million.\n'
     '- Norway: upgrade of NASAMS launchers, $120 million.',
     [('United States', 'Chile', 'AIM-9', 'offered', 24), ('United States', 'Ghana', 'UH-60', 'offered', 6),
      ('United States', 'Norway', 'NASAMS', 'offered', None)]),
    # a list under a line with no deal in it tells none
    ('Officials listed what they saw at the fair:\n\n- Chile: 24 AIM-9X missiles on a stand.\n'
     '- Ghana: six Black Hawk helicopters.',
     []),
]


@pytest.mark.parametrize("text,expected", BULLETED)
def test_bulleted_items_of_a_deal_line(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "the army" is the army of the state the article names, before one a shared acronym ("ISPR") would give
HOME_BODIES = [
    ('Bangladesh Army chief visited Sylhet on Monday. According to the ISPR, the army has also received 20 MBT-2000 '
     'tanks from China. Bangladesh plans to buy more.',
     [('China', 'Bangladesh', 'MBT-2000', 'delivered', 20)]),
]


@pytest.mark.parametrize("text,expected", HOME_BODIES)
def test_home_body_of_a_named_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# systems bought "from a local company" are bought at home: no transfer, nor for "the aircraft" the firm delivers
DOMESTIC = [
    ('The ministry has cancelled the lease of six Black Hawk helicopters from a local company, after the firm failed '
     'to deliver the aircraft. Kenya also bought two Bell 412 helicopters from Canada.',
     [('Canada', 'Kenya', 'Bell 412', 'delivered', 2)]),
    ('Kenya ordered four Black Hawk helicopters from a domestic dealer in 2021.', []),
]


@pytest.mark.parametrize("text,expected", DOMESTIC)
def test_bought_at_home_is_no_transfer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a joint order: states "together with" the buyers buy too; "negotiating with" a state still names the seller
JOINT_ORDERS = [
    ('Estonia and Latvia are negotiating a joint order for CV90 vehicles from BAE Systems Hägglunds, together '
     'with Norway.',
     [('Sweden', 'Estonia', 'CV90', 'negotiating', None), ('Sweden', 'Latvia', 'CV90', 'negotiating', None),
      ('Sweden', 'Norway', 'CV90', 'negotiating', None)]),
    ('Estonia is negotiating with Sweden for CV90 vehicles.',
     [('Sweden', 'Estonia', 'CV90', 'negotiating', None)]),
]


@pytest.mark.parametrize("text,expected", JOINT_ORDERS)
def test_joint_order_buyers(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# lots "delivered to the army" of a system its own country builds under licence are the licensee's own output
LICENSEES_OWN = [
    ("The Polish army's new K2PL tank, built by Bumar under licence from South Korea's Hyundai Rotem, remains in "
     "low-rate production in Gliwice, with 12 delivered to the army so far out of the 180 planned.",
     [('South Korea', 'Poland', 'K2', 'licensed_production', None)]),
    ('Poland received 24 K2 tanks from South Korea last year, and local production under licence will start in 2026.',
     [('South Korea', 'Poland', 'K2', 'delivered', 24)]),
]


@pytest.mark.parametrize("text,expected", LICENSEES_OWN)
def test_licensee_delivers_its_own(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# surplus jets "bought second-hand from" a third state come from that state (the hyphenated adverb is no object)
SECOND_HAND = [
    ('The last two of the 12 Mirage 2000 jets bought second-hand from Qatar landed at Iswahyudi air base in '
     'Indonesia on Friday.',
     [('Qatar', 'Indonesia', 'Mirage 2000', 'delivered', ANY), ('Qatar', 'Indonesia', 'Mirage 2000', 'ordered', ANY)]),
    # "the surplus jets" are sold by the state whose jets they were, not by their maker
    ("Norway's remaining F-16 fighters will be retired next year. Romania has signed a contract for the purchase "
     "of the surplus jets.",
     [('Norway', 'Romania', 'F-16', 'ordered', None)]),
    ("Romania's used F-16 jets arrived from Portugal in 2021.",
     [('Portugal', 'Romania', 'F-16', 'delivered', None)]),
]


@pytest.mark.parametrize("text,expected", SECOND_HAND)
def test_second_hand_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "signed a deal in <date> with <maker> for <system>": the parser hangs "for" on the maker; the deal is the verb's
DEALS_WITH_MAKERS = [
    ("Peru signed an agreement last year with Spain's Navantia for two patrol vessels.",
     [('Spain', 'Peru', 'patrol vessels', ANY, 2)]),
    ("Peru bought trucks from Chile last year, and signed in 2022 with Spain's Navantia for two patrol vessels.",
     [('Chile', 'Peru', 'trucks', 'delivered', None), ('Spain', 'Peru', 'patrol vessels', 'ordered', 2)]),
]


@pytest.mark.parametrize("text,expected", DEALS_WITH_MAKERS)
def test_deal_with_a_maker_for_a_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a rival system the parser coordinates into the seller's phrase is no seller, and is offered by its own maker
RIVALS = [
    ('Chile has signed a contract with Sweden for 12 Gripen jets. Officials said the Gripen had beaten the F-16 '
     'offered by the United States and the French Rafale in the final round.',
     [('Sweden', 'Chile', 'Gripen', 'ordered', 12), ('United States', 'Chile', 'F-16', 'offered', None),
      ('France', 'Chile', 'Rafale', 'offered', None)]),
]


@pytest.mark.parametrize("text,expected", RIVALS)
def test_rival_system_is_no_party(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a clause the parser hangs on a later word of a broken name ("the F-16 Block 70 offered by A") is the system's
BROKEN_NAMES = [
    ('Thailand has signed a contract with Sweden for 12 Gripen jets. The Swedish jet beat the F-16 Block 70 offered '
     'by the United States.',
     [('Sweden', 'Thailand', 'Gripen', 'ordered', 12), ('United States', 'Thailand', 'F-16', 'offered', None)]),
]


@pytest.mark.parametrize("text,expected", BROKEN_NAMES)
def test_clause_on_a_broken_name(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a kind named by a modifier and the head with a noun between them ("mine-protected patrol vehicles")
SPLIT_KINDS = [
    ('Britain handed over 20 mine-protected patrol vehicles to the Kenyan army in May.',
     [('United Kingdom', 'Kenya', 'armoured_vehicle', 'delivered', 20)]),
    ('The army received 12 armoured patrol vehicles from Turkey last week, officials in Kenya said.',
     [('Turkey', 'Kenya', 'armoured_vehicle', 'delivered', 12)]),
]


@pytest.mark.parametrize("text,expected", SPLIT_KINDS)
def test_kind_split_by_a_noun(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "its" in a clause whose subject names a state is that state's, not the last state named before
POSSESSIVES = [
    ('Chile and Peru have jointly ordered six C-390 transports from Brazil, and Portugal received its second C-390 '
     'in September.',
     [('Brazil', 'Chile', 'C-390', 'ordered', 6), ('Brazil', 'Peru', 'C-390', 'ordered', 6),
      ('Brazil', 'Portugal', 'C-390', 'delivered', None)]),
    ('Norway said it had handed its last F-16 jets to Romania.',
     [('Norway', 'Romania', 'F-16', 'delivered', None)]),
]


@pytest.mark.parametrize("text,expected", POSSESSIVES)
def test_possessive_of_the_clause_subject(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a system several states build jointly, told with no seller, takes none from the story's main seller
JOINT_PROGRAMMES = [
    ('Greece has ordered 20 F-35 jets from the United States, which delivered 4 F-35 jets last year. Turkey is now '
     'seeking Eurofighter Typhoons instead.',
     [('United States', 'Greece', 'F-35', 'ordered', 20), ('United States', 'Greece', 'F-35', 'delivered', 4)]),
    ('Kuwait received 28 Eurofighter Typhoons from Italy last year.',
     [('Italy', 'Kuwait', 'Eurofighter', 'delivered', 28)]),
]


@pytest.mark.parametrize("text,expected", JOINT_PROGRAMMES)
def test_joint_programme_without_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "the aircraft" later in a sentence keeps the parties of its own sentence's record, not the item before
SAME_SENTENCE = [
    ('- Bahrain has received all 16 F-16 jets it ordered from the United States.\n'
     '- Saudi Arabia is reportedly weighing a further purchase of F-16 jets from the United States, although '
     'Congress has in the past blocked exports of the aircraft to Riyadh.',
     [('United States', 'Bahrain', 'F-16', 'delivered', 16), ('United States', 'Bahrain', 'F-16', 'ordered', 16),
      ('United States', 'Saudi Arabia', 'F-16', 'interest', None)]),
    # several sellers of one system in the sentence: a lot referring back names none of them
    ('Belgium, Sweden and Finland have together pledged 40 CV90 vehicles to Ukraine, and the first of the vehicles '
     'arrived in May.',
     [('Belgium', 'Ukraine', 'CV90', 'agreed', 40), ('Sweden', 'Ukraine', 'CV90', 'agreed', 40),
      ('Finland', 'Ukraine', 'CV90', 'agreed', 40)]),
]


@pytest.mark.parametrize("text,expected", SAME_SENTENCE)
def test_referring_phrase_keeps_its_sentence(transfers, text, expected):
    assert_exactly(transfers(text), expected)
