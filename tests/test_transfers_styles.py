"""Transfer reports in styles of outlets worldwide, written for these tests: wire leads with datelines,
headlines, South Asian, African, Southeast Asian and Latin American idioms ("inducted", "procured",
"contract inked", "the consignment"), armed forces as recipients, firms as suppliers, counts in words,
systems listed in parentheses, US notifications of possible sales, cancellations, and sentences that report
no transfer (drills, shows, rumours, a state's own industry supplying its own forces). Each positive sentence
must give exactly the records listed (ANY: the field is not checked); each negative sentence must give none."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly, matches

PUBLISHED = date(2024, 3, 12)


POSITIVE = [
    # wire leads with datelines
    ('ISLAMABAD, March 3 (Reuters) - Pakistan has received the first batch of J-10C fighter jets from China, '
     'the military said on Friday.',
     [('China', 'Pakistan', 'J-10', 'delivered', ANY)]),
    ('HANOI (AFP) - Vietnam has signed a contract with Israel for SPYDER air defence systems, a defence source said.',
     [('Israel', 'Vietnam', 'Spyder', 'ordered', ANY)]),
    ('MANILA, Jan 9 (PNA) -- The Philippine Navy on Tuesday took delivery of two Shaldag Mk V patrol boats from Israel.',
     [('Israel', 'Philippines', 'Shaldag', 'delivered', 2)]),
    ('NAIROBI, Kenya (AP) — Kenya has received six Bell AH-1F attack helicopters from Jordan, the military said '
     'Thursday.',
     [('Jordan', 'Kenya', 'AH-1', 'delivered', 6)]),
    ('BEIJING, June 2 (Xinhua) -- China delivered two Type 056 corvettes to the Nigerian Navy on Friday.',
     [('China', 'Nigeria', 'Type 056', 'delivered', 2)]),
    # headlines
    ('Morocco to buy Turkish Akinci drones',
     [('Turkey', 'Morocco', 'Akinci', 'agreed', ANY)]),
    ('India to procure 26 Rafale Marine jets from France',
     [('France', 'India', 'Rafale', 'agreed', 26)]),
    ('Argentina receives first F-16s from Denmark',
     [('Denmark', 'Argentina', 'F-16', 'delivered', ANY)]),
    ('Indonesia orders 24 Black Hawk helicopters from US',
     [('United States', 'Indonesia', 'Black Hawk', 'ordered', 24)]),
    ('Ghana Air Force takes delivery of Brazilian Super Tucano aircraft',
     [('Brazil', 'Ghana', 'Super Tucano', 'delivered', ANY)]),
    ('Second lot of Su-30SME jets arrives in Myanmar from Russia',
     [('Russia', 'Myanmar', 'Su-30', 'delivered', ANY)]),
    # idioms of South Asian, African, Southeast Asian and Latin American outlets
    ('The Indian Navy inducted two MH-60R helicopters procured from the United States.',
     [('United States', 'India', 'MH-60', 'delivered', 2)]),
    ('The Bangladesh Army procured 36 Chinese VN-1 armoured personnel carriers.',
     [('China', 'Bangladesh', 'VN-1', 'delivered', 36)]),
    ('A contract was inked with Russia for the supply of 21 MiG-29 jets to India.',
     [('Russia', 'India', 'MiG-29', 'ordered', 21)]),
    ('The contract for 12 Mi-171 helicopters was inked between Bangladesh and Russia in 2021.',
     [('Russia', 'Bangladesh', 'Mi-171', 'ordered', 12)]),
    ('Bangladesh and China inked a contract for two Ming-class submarines.',
     [('China', 'Bangladesh', 'Ming', 'ordered', 2)]),
    ('The consignment of T-72 tanks from Poland arrived in Ukraine on Sunday.',
     [('Poland', 'Ukraine', 'T-72', 'delivered', ANY)]),
    ('The first consignment of Igla-S missiles from Russia arrived in Armenia.',
     [('Russia', 'Armenia', 'Igla', 'delivered', ANY)]),
    ('Ten Chinese-made Z-9 helicopters arrived in Kenya last week.',
     [('China', 'Kenya', 'Z-9', 'delivered', 10)]),
    ('Two Type 056 corvettes were commissioned into service with the Bangladesh Navy after being procured from China.',
     [('China', 'Bangladesh', 'Type 056', 'delivered', 2)]),
    ('Four Z-9 helicopters procured from China were inducted into the Nigerian Air Force.',
     [('China', 'Nigeria', 'Z-9', 'delivered', 4)]),
    ('The Pakistan Army has inducted the Chinese-made SH-15 self-propelled howitzer.',
     [('China', 'Pakistan', 'SH-15', 'delivered', ANY)]),
    ('Jordan handed over 14 M60 tanks to the Lebanese Army.',
     [('Jordan', 'Lebanon', 'M60', 'delivered', 14)]),
    ('Pakistan has commissioned the third Babur-class corvette, built in Turkey.',
     [('Turkey', 'Pakistan', 'Babur', 'delivered', ANY)]),
    ('Uruguay procured three ex-German Navy patrol vessels from Germany.',
     [('Germany', 'Uruguay', 'vessels', 'delivered', 3)]),
    ('Ecuador signed for 6 Dhruv helicopters from India.',
     [('India', 'Ecuador', 'Dhruv', 'ordered', 6)]),
    ('The Argentine government formalised the purchase of 24 F-16s from Denmark.',
     [('Denmark', 'Argentina', 'F-16', 'agreed', 24)]),
    ('Egypt has firmed up an order for 30 more Rafale jets from France.',
     [('France', 'Egypt', 'Rafale', 'ordered', 30)]),
    # armed forces as recipients
    ('The Nigerian Air Force received two JF-17 Thunder jets from Pakistan.',
     [('Pakistan', 'Nigeria', 'JF-17', 'delivered', 2)]),
    ('The Ghana Armed Forces have received ten Otokar Cobra armoured vehicles from Turkey.',
     [('Turkey', 'Ghana', 'Cobra', 'delivered', 10)]),
    ('The Zambia Air Force has taken delivery of two L-15 trainers from China.',
     [('China', 'Zambia', 'L-15', 'delivered', 2)]),
    ('The Ethiopian National Defense Force took delivery of Chinese Wing Loong drones.',
     [('China', 'Ethiopia', 'Wing Loong', 'delivered', ANY)]),
    ('The Royal Cambodian Armed Forces took delivery of PHL-03 rocket launchers from China.',
     [('China', 'Cambodia', 'PHL-03', 'delivered', ANY)]),
    ('The Tatmadaw received six Su-30SME fighters from Russia.',
     [('Russia', 'Myanmar', 'Su-30', 'delivered', 6)]),
    ('According to the state news agency, the Republic of Belarus has transferred a batch of Tor-M2 systems to the '
     'Armed Forces of Kazakhstan.',
     [('Belarus', 'Kazakhstan', 'Tor', 'delivered', ANY)]),
    # firms as suppliers
    ('Embraer will deliver six Super Tucano aircraft to the Paraguayan Air Force.',
     [('Brazil', 'Paraguay', 'Super Tucano', 'agreed', 6)]),
    ('Rafael has signed a contract to supply Iron Dome batteries to Romania.',
     [('Israel', 'Romania', 'Iron Dome', 'ordered', ANY)]),
    ('Norinco delivered a batch of VT-4 tanks to Thailand.',
     [('China', 'Thailand', 'VT-4', 'delivered', ANY)]),
    ('Saab has received an order from Thailand for Gripen E fighters.',
     [('Sweden', 'Thailand', 'Gripen', 'ordered', ANY)]),
    ('Hanwha Aerospace will deliver K9 howitzers to Australia.',
     [('South Korea', 'Australia', 'K9', 'agreed', ANY)]),
    ('Elbit Systems won a contract to supply ATMOS howitzers to the Philippines.',
     [('Israel', 'Philippines', 'ATMOS', 'ordered', ANY)]),
    ('Rosoboronexport signed a contract with Mali for the supply of Mi-35 helicopters.',
     [('Russia', 'Mali', 'Mi-35', 'ordered', ANY)]),
    ('Turkish defence firm Otokar handed over 20 Arma armoured vehicles to Rwanda.',
     [('Turkey', 'Rwanda', 'Arma', 'delivered', 20)]),
    # an order delivered or cancelled: the order is a record of its own
    ('Baykar has delivered the TB2 drones ordered by Poland.',
     [('Turkey', 'Poland', 'Bayraktar TB2', 'delivered', ANY), ('Turkey', 'Poland', 'Bayraktar TB2', 'ordered', ANY)]),
    ('Brazil cancelled its order for Italian Centauro II vehicles.',
     [('Italy', 'Brazil', 'Centauro', 'cancelled', ANY), ('Italy', 'Brazil', 'Centauro', 'ordered', ANY)]),
    # counts in words, lists in parentheses
    ('Egypt ordered two squadrons of Su-35 fighters from Russia.',
     [('Russia', 'Egypt', 'Su-35', 'ordered', ANY)]),
    ('A dozen Mi-171Sh helicopters were delivered to Peru by Russia.',
     [('Russia', 'Peru', 'Mi-171', 'delivered', 12)]),
    ('Egypt has acquired a dozen Chinese Wing Loong drones.',
     [('China', 'Egypt', 'Wing Loong', 'delivered', 12)]),
    ('Serbia bought Chinese weapons (CH-92A drones and FK-3 missiles) in 2020.',
     [('China', 'Serbia', 'CH-92', 'delivered', ANY), ('China', 'Serbia', 'HQ-22', 'delivered', ANY)]),
    ('Algeria ordered Chinese weapons (CH-4 drones, WMZ-551 vehicles and SR-5 launchers).',
     [('China', 'Algeria', 'CH-4', 'ordered', ANY), ('China', 'Algeria', 'WMZ-551', 'ordered', ANY),
      ('China', 'Algeria', 'SR-5', 'ordered', ANY)]),
    ('Ethiopia, Nigeria and Morocco have bought Bayraktar TB2 drones from Turkey.',
     [('Turkey', 'Ethiopia', 'Bayraktar TB2', 'delivered', ANY), ('Turkey', 'Nigeria', 'Bayraktar TB2', 'delivered', ANY),
      ('Turkey', 'Morocco', 'Bayraktar TB2', 'delivered', ANY)]),
    # catalogue: current systems of many exporters, spelled as the press spells them
    ('Peru bought Leopard 2A8 tanks from Germany.', [('Germany', 'Peru', 'Leopard 2', 'delivered', ANY)]),
    ('Colombia bought Caesar Mk II howitzers from France.', [('France', 'Colombia', 'CAESAR', 'delivered', ANY)]),
    ('Oman received eight Hawk jet trainers from Britain.', [('United Kingdom', 'Oman', 'Hawk', 'delivered', 8)]),
    ('Saudi Arabia ordered South Korean Cheongung II air defence systems.',
     [('South Korea', 'Saudi Arabia', 'Cheongung', 'ordered', ANY)]),
    ('Greece will acquire Israeli PULS rocket launchers.', [('Israel', 'Greece', 'PULS', 'agreed', ANY)]),
    ('Brazil bought Italian-made Centauro II armoured vehicles.', [('Italy', 'Brazil', 'Centauro', 'delivered', ANY)]),
    ('Turkey delivered Hurjet trainers to Spain.', [('Turkey', 'Spain', 'Hurjet', 'delivered', ANY)]),
    ('India sold Dhruv helicopters to Ecuador.', [('India', 'Ecuador', 'Dhruv', 'delivered', ANY)]),
    ('Russia delivered Orlan-10 drones to Myanmar.', [('Russia', 'Myanmar', 'Orlan-10', 'delivered', ANY)]),
    ('Iran supplied Mohajer-6 drones to Ethiopia.', [('Iran', 'Ethiopia', 'Mohajer', 'delivered', ANY)]),
    ('Brazil exported Guarani armoured vehicles to the Philippines.',
     [('Brazil', 'Philippines', 'Guarani', 'delivered', ANY)]),
    ('Norway ordered Piorun missiles from Poland.', [('Poland', 'Norway', 'Piorun', 'ordered', ANY)]),
    ('Bangladesh placed an order for Turkish TRG-300 Tiger rocket systems.',
     [('Turkey', 'Bangladesh', 'TRG-300', 'ordered', ANY)]),
    # US notifications of possible sales are offers
    ('The State Department has approved the possible sale of Javelin missiles to Ireland for an estimated '
     '$40 million.',
     [('United States', 'Ireland', 'Javelin', 'offered', ANY)]),
    # interest, talks, cancellations
    ('Kazakhstan is in negotiations with Turkey for the purchase of ANKA drones.',
     [('Turkey', 'Kazakhstan', 'ANKA', 'negotiating', ANY)]),
    ('Mongolia is mulling the purchase of Korean FA-50 jets.', [('South Korea', 'Mongolia', 'FA-50', 'interest', ANY)]),
    ('Peru is weighing the acquisition of Gripen fighters from Sweden.',
     [('Sweden', 'Peru', 'Gripen', 'interest', ANY)]),
    ('Chile scrapped plans to acquire Leopard 2 tanks from Germany.',
     [('Germany', 'Chile', 'Leopard 2', 'cancelled', ANY)]),
    ('Thailand shelved its plan to buy a Chinese submarine.', [('China', 'Thailand', 'submarine', 'cancelled', ANY)]),
    ('Uzbekistan called off plans to buy Chinese HQ-9 systems.', [('China', 'Uzbekistan', 'HQ-9', 'cancelled', ANY)]),
    ('Thailand has approved the procurement of four Gripen E/F jets from Sweden.',
     [('Sweden', 'Thailand', 'Gripen', 'agreed', 4)]),
    ('The Canadian cancellation of a plan to buy 15 British designed Type 26 frigates angered London.',
     [('United Kingdom', 'Canada', 'Type 26', 'cancelled', 15)]),
    ('The end of the plan to acquire Su-35 jets from Russia was confirmed by Egypt.',
     [('Russia', 'Egypt', 'Su-35', 'cancelled', ANY)]),
    ('Germany announced the suspension of Boxer deliveries to Qatar.',
     [('Germany', 'Qatar', 'Boxer', 'cancelled', ANY)]),
    ('The suspension of a deal to sell Boxer vehicles to Qatar was announced by Germany.',
     [('Germany', 'Qatar', 'Boxer', 'cancelled', ANY), ('Germany', 'Qatar', 'Boxer', 'agreed', ANY)]),
    ('Colombia cancels plan to buy Rafale jets from France',
     [('France', 'Colombia', 'Rafale', 'cancelled', ANY)]),
    ('Peru scraps plan to buy Gripen jets from Sweden',
     [('Sweden', 'Peru', 'Gripen', 'cancelled', ANY)]),
    ('Peru plans to buy Gripen jets from Sweden',
     [('Sweden', 'Peru', 'Gripen', 'interest', ANY)]),
    # a contract signed "for the supply of": the signer is the buyer, unless it makes the system
    ('India signed a contract with Russia for the supply of 21 MiG-29 jets.',
     [('Russia', 'India', 'MiG-29', 'ordered', 21)]),
    # (an agreement signed is agreed, as the gold conventions read "deal to buy"; a contract signed is ordered)
    ('Mexico signed an agreement with Damen for the delivery of four patrol vessels.',
     [('Netherlands', 'Mexico', 'patrol vessels', 'agreed', 4)]),
    ('Russia signed a contract with India for the supply of S-400 systems.',
     [('Russia', 'India', 'S-400', 'ordered', ANY)]),
    ('Hanwha signed a contract with Poland for the delivery of K9 howitzers.',
     [('South Korea', 'Poland', 'K9', 'ordered', ANY)]),
    # a deal binds both sides alike: the system's maker sells; a customer's owner sells to it
    ('France concluded an agreement with Egypt for the export of 30 Rafale jets.',
     [('France', 'Egypt', 'Rafale', 'agreed', 30)]),
    ('Egypt concluded an agreement with France for the acquisition of 30 Rafale jets.',
     [('France', 'Egypt', 'Rafale', 'agreed', 30)]),
    ('Russia signed a contract with Algeria for 14 Su-57 jets.', [('Russia', 'Algeria', 'Su-57', 'ordered', 14)]),
    ("Algeria is Russia's largest customer for Su-30MKA fighters in Africa.",
     [('Russia', 'Algeria', 'Su-30', ANY, ANY)]),
    ("Egypt became France's first export customer for the Rafale.", [('France', 'Egypt', 'Rafale', ANY, ANY)]),
    # choices (chosen, no contract told: negotiating); African forces whose names share words with other armed groups
    ('The Colombian Air Force announced that it had selected the Gripen E from Saab.',
     [('Sweden', 'Colombia', 'Gripen', 'negotiating', ANY)]),
    # (the losing bid was offered to the buyer: the gold records it so, see test_transfers15d.py)
    ('Switzerland selected the F-35 over the Rafale.', [('United States', 'Switzerland', 'F-35', 'negotiating', ANY),
                                                        ('France', 'Switzerland', 'Rafale', 'offered', ANY)]),
    ("Tanzania People's Defence Force took delivery of Chinese tanks.",
     [('China', 'Tanzania', 'tanks', 'delivered', ANY)]),
    ('The UPDF received six Mi-24 helicopters from Russia.', [('Russia', 'Uganda', 'Mi-24', 'delivered', 6)]),
    # a designation ending in one capital closes the sentence (the stop is not part of the name)
    ('Morocco ordered 24 AH-64E.', [('United States', 'Morocco', 'AH-64', 'ordered', 24)]),
    ('Indonesia received the first F-16V.', [('United States', 'Indonesia', 'F-16', 'delivered', ANY)]),
    ('Egypt has become the first foreign buyer of the Chinese J-10C. More may follow.',
     [('China', 'Egypt', 'J-10', 'agreed', ANY)]),
]

NEGATIVE = [
    'Chinese J-10C fighters took part in a joint exercise with the Thai air force.',
    'Turkish Akinci drones were displayed at the IDEF arms fair in Istanbul.',
    'Hindustan Aeronautics delivered two Tejas fighters to the Indian Air Force.',
    'The Egyptian Navy will upgrade its Perry-class frigates.',
    'Unconfirmed reports claim that Algeria has bought Su-57 jets.',
    'Rumours that Argentina is buying Chinese JF-17 jets persist.',
    'Indian and French troops fired CAESAR howitzers during the exercise.',
    'Nigeria showcased its Chinese-made tanks at a parade in Abuja.',
    'The Russian Army received 20 new T-90M tanks from Uralvagonzavod.',
    'Vietnamese engineers will modernise the Su-22 fleet.',
    'Russia and India jointly developed the BrahMos missile.',
    'KAI delivered three FA-50 jets to the Republic of Korea Air Force.',
    'Pakistan and China held a joint naval drill featuring Type 054A frigates.',
    'Korean K9 howitzers were showcased at the Indo Defence expo in Jakarta.',
    'Bharat Dynamics handed over the first batch of Akash missiles to the Indian Army.',
    'The Pakistan Air Force will upgrade its F-16 fleet with Turkish help.',
    'Mitsubishi Heavy Industries delivered a Mogami-class frigate to the Japan Maritime Self-Defense Force.',
    'Russian Su-35 jets flew over the parade in Moscow.',
    'Iran unveiled a new version of the Shahed drone.',
    'The Indian Air Force will retire its MiG-21 squadrons by 2025.',
    'Turkish Aerospace rolled out the first Hurjet prototype.',
    'Pakistan has commissioned its first locally built Jinnah-class frigate at Karachi Shipyard.',
    'Chinese and Cambodian troops practised with PHL-03 rocket launchers during the Golden Dragon drill.',
    'Visitors to the show in Abu Dhabi saw the Akinci drone up close.',
    'The Indonesian Air Force marked the anniversary with a flypast of Sukhoi jets.',
    'The ministry weighed the tanks before shipping them to Chile.',
    'Hawk, the ministry spokesman, said the army had bought tanks.',
    'Ten Ukrainian pilots were selected for F-16 training.',
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_reported_transfer_gives_exactly_its_records(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_sentence_reporting_no_transfer_gives_none(transfers, text):
    records = transfers(text)
    assert not records, [(r.supplier, r.recipient, r.system, r.status) for r in records]


def test_factbox_paragraph_headed_by_a_country_is_about_it(transfers):
    records = transfers("Which air arms fly the Wing Loong? A short guide, state by state.\n\n"
                        "NIGER The air force ordered six Wing Loong II drones in 2021.\n\n"
                        "SERBIA Officials said the military had received six of the drones in 2020.\n")
    got = {(r.supplier, r.recipient, r.family, r.status, r.quantity) for r in records}
    assert got == {("China", "Niger", "Wing Loong", "ordered", 6), ("China", "Serbia", "Wing Loong", "delivered", 6)}


def test_capitalised_heading_that_is_no_country_gives_no_recipient(transfers):
    assert not transfers("UPDATE The air force ordered six Wing Loong II drones in 2021.\n")


FACTBOX_LIST = (
    "FACTBOX: PERU'S MAIN ARMS DEALS SINCE 2015\n"
    "- KT-1 trainers (South Korea): 20 ordered in 2012\n"
    "- CH-4 drones (China): delivered 2019\n"
    "- Anka drones (Türkiye): 6 delivered 2022\n"
)


def test_bulleted_factbox_under_a_country_heading_is_about_that_country(transfers):
    got = {(r.supplier, r.recipient, r.family, r.status, r.quantity) for r in transfers(FACTBOX_LIST)}
    assert got == {("South Korea", "Peru", "KT-1", "ordered", 20), ("China", "Peru", "CH-4", "delivered", None),
                   ("Turkey", "Peru", "Anka", "delivered", 6)}


def test_bulleted_list_under_a_heading_without_a_country_has_no_buyer(transfers):
    assert not transfers("WHAT THE NAVY BOUGHT\n- CH-4 drones (China): delivered 2019\n")


# a cue verb governed by a relative clause on the lot ("the first three of the 10 jets it agreed to buy from A"):
# its seller outranks the catalogue's maker, even when the article names the maker
RELATIVE_CLAUSE_DEALS = [
    ('Kazakhstan has taken delivery of the first three of the 10 Mi-17 helicopters it agreed to buy from Belarus.',
     [('Belarus', 'Kazakhstan', 'Mi-17', 'delivered', 3), ('Belarus', 'Kazakhstan', 'Mi-17', 'agreed', 10)]),
    ('Russia builds the T-72. Ghana got eight of the 30 T-72 tanks that it decided to purchase from Poland.',
     [('Poland', 'Ghana', 'T-72', 'delivered', 8), ('Poland', 'Ghana', 'T-72', 'agreed', 30)]),
    ('The United States designed the F-16. Romania received the first nine of the 32 F-16 fighters it agreed to '
     'acquire from Norway.',
     [('Norway', 'Romania', 'F-16', 'delivered', 9), ('Norway', 'Romania', 'F-16', 'agreed', 32)]),
]

# an owner parting with its own systems is their seller, not the catalogue's maker; an owner that receives or
# flies them is the buyer
OWNER_AS_SELLER = [
    ('The Spanish government said that its 18 Mirage F1 jets had been sold to Gabon.',
     [('Spain', 'Gabon', 'Mirage F1', 'delivered', 18)]),
    ('The Finnish defence ministry confirmed that ten of its Leopard 2 tanks were handed over to Ukraine.',
     [('Finland', 'Ukraine', 'Leopard 2', ANY, 10)]),
    ("Portugal's F-16 jets were transferred to Romania in 2023.",
     [('Portugal', 'Romania', 'F-16', 'delivered', ANY)]),
    ('India said its 36 Rafale jets had been delivered by France.',
     [('France', 'India', 'Rafale', 'delivered', 36)]),
]


@pytest.mark.parametrize("text,expected", RELATIVE_CLAUSE_DEALS + OWNER_AS_SELLER)
def test_relative_clause_deal_and_owner_as_seller(transfers, text, expected):
    records = transfers(text)
    got = [(r.supplier, r.recipient, r.system, r.family, r.status, r.quantity) for r in records]
    assert len(records) == len(expected), got
    for exp in expected:
        assert any(matches(r, exp) for r in records), (exp, got)


# a deal, then its end told by a coordinated verb of ending on the deal or the talks: two records, the end
# dated only by its own phrase; an end of other talks, a negated end or an end with a subject of its own is none
ENDED_LATER = [
    ('Chile agreed in 2018 to buy 12 Leopard 2 tanks from Germany, but suspended the talks in March 2020.',
     [('Germany', 'Chile', 'Leopard 2', 'agreed', 12), ('Germany', 'Chile', 'Leopard 2', 'cancelled', 12)]),
    ('Kenya agreed to purchase six Mi-17 helicopters from Russia but later scrapped the deal.',
     [('Russia', 'Kenya', 'Mi-17', 'agreed', 6), ('Russia', 'Kenya', 'Mi-17', 'cancelled', 6)]),
    ('Peru ordered 20 T-72 tanks from Poland in 2016 and cancelled the contract two years later.',
     [('Poland', 'Peru', 'T-72', 'ordered', 20), ('Poland', 'Peru', 'T-72', 'cancelled', 20)]),
    ('Peru ordered 20 T-72 tanks from Poland in 2016 and did not cancel the contract.',
     [('Poland', 'Peru', 'T-72', 'ordered', 20)]),
    ('Peru ordered 20 T-72 tanks from Poland in 2016 and suspended the border talks with Chile.',
     [('Poland', 'Peru', 'T-72', 'ordered', 20)]),
]


@pytest.mark.parametrize("text,expected", ENDED_LATER)
def test_deal_ended_later_gives_its_own_record(transfers, text, expected):
    records = transfers(text)
    got = [(r.supplier, r.recipient, r.system, r.status, r.quantity, r.when) for r in records]
    assert len(records) == len(expected), got
    for exp in expected:
        assert any(matches(r, exp) for r in records), (exp, got)
    ended = [r for r in records if r.status == "cancelled"]
    assert all(r.when in (None, "2020-03") for r in ended), got


# "B took N systems from A" in the past is a delivery; a future take, a negated one, or a take from a place or an
# army that is no state is none
TOOK_FROM = [
    ('Peru took 20 T-72 tanks from Poland between 2015 and 2018.', [('Poland', 'Peru', 'T-72', 'delivered', 20)]),
    ('Nigeria took 12 JF-17 jets from Pakistan in 2021.', [('Pakistan', 'Nigeria', 'JF-17', 'delivered', 12)]),
    ('Kenya took six Mi-17 helicopters from Russia last year.', [('Russia', 'Kenya', 'Mi-17', 'delivered', 6)]),
    ('The army took its T-72 tanks from storage.', []),
    ('Ghana did not take any JF-17 jets from Pakistan.', []),
    ("Rebels took several T-72 tanks from Ukraine's army in 2014.", []),
]


@pytest.mark.parametrize("text,expected", TOOK_FROM)
def test_took_systems_from_a_state_is_a_delivery(transfers, text, expected):
    records = transfers(text)
    got = [(r.supplier, r.recipient, r.system, r.status, r.quantity) for r in records]
    assert len(records) == len(expected), got
    for exp in expected:
        assert any(matches(r, exp) for r in records), (exp, got)



@pytest.mark.parametrize("text,family,version", [
    ("Chile signs for two Scorpene submarines\n\nSANTIAGO, May 2 - Chile has signed a contract with France for "
     "two Scorpene Evolved submarines, the navy said on Thursday.\n", "Scorp", "Scorpene Evolved"),
    ("Ghana signs for two Caesar howitzers\n\nACCRA, May 2 - Ghana has signed a contract with France for two "
     "Caesar Mk II howitzers, the army said on Thursday.\n", "CAESAR", "Caesar Mk II"),
])
def test_headline_naming_the_family_and_lead_naming_the_version_give_one_record(transfers, text, family, version):
    found = [t for t in transfers(text) if t.family and family in t.family]
    assert len(found) == 1
    assert found[0].system == version  # the more specific name of the two
    assert (found[0].status, found[0].quantity) == ("ordered", 2)


def test_two_versions_of_one_family_stay_two_records(transfers):
    text = "Egypt ordered 12 Buk-M1 launchers and 8 Buk-M2 launchers from Russia in 2019.\n"
    found = [t for t in transfers(text) if t.family and "Buk" in t.family]
    assert len(found) == 2
