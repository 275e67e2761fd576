"""Who sells what to whom, swept over the common ways news copy says it: a grid of sentences written for
this test (real states and catalogue systems, invented events), each with the transfers it must give and
no other. Voices and nominalisations, nationality adjectives, makers standing for their state, buyers
named by capital, force or ministry, coordination and lists, relative clauses and appositions, anaphora
to a system named before, quantities, donations, re-exports and second-hand sales, and sentences that
tell no transfer at all. Statuses are not checked (the status probes hold them); quantities are, where
given (ANY: not checked)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 3, 12)


def _case(text, *expected):
    """A grid row: the text and its expected (supplier, recipient, system, quantity) tuples."""
    return text, [(s, r, x, ANY, q) for s, r, x, q in expected]


def _open(reason, text, *expected):
    """A grid row still read wrong, for the reason given (a strict xfail: it fails the run once it passes)."""
    return pytest.param(*_case(text, *expected), marks=pytest.mark.xfail(strict=True, reason=reason))


VOICE = [
    _case("France sold 24 Rafale fighters to Egypt.", ("France", "Egypt", "Rafale", 24)),
    _case("Egypt bought 24 Rafale fighters from France.", ("France", "Egypt", "Rafale", 24)),
    _case("Twelve Caesar howitzers were supplied to Ukraine by France.", ("France", "Ukraine", "Caesar", 12)),
    _case("Ukraine received 12 Caesar howitzers from France last month.", ("France", "Ukraine", "Caesar", 12)),
    _case("Russia delivered two S-400 regiments to India in 2023.", ("Russia", "India", "S-400", ANY)),
    _case("India took delivery of the S-400 system from Russia.", ("Russia", "India", "S-400", ANY)),
    _case("Sweden will supply Thailand with four Gripen jets.", ("Sweden", "Thailand", "Gripen", 4)),
    _case("The Netherlands ordered five C-390 transport aircraft from Brazil.", ("Brazil", "Netherlands", "C-390", 5)),
    _case("South Korea exported 48 FA-50 light fighters to Poland.", ("South Korea", "Poland", "FA-50", 48)),
    _case("Poland was sold 48 FA-50 jets by South Korea.", ("South Korea", "Poland", "FA-50", 48)),
    _case("Turkey shipped Bayraktar TB2 drones to Kenya.", ("Turkey", "Kenya", "Bayraktar TB2", ANY)),
    _case("Bayraktar TB2 drones were shipped to Kenya by Turkey.", ("Turkey", "Kenya", "Bayraktar TB2", ANY)),
    _case("China provided Pakistan with 36 J-10C fighters.", ("China", "Pakistan", "J-10", 36)),
    _case("Pakistan acquired 36 J-10C fighters from China.", ("China", "Pakistan", "J-10", 36)),
    _case("Germany has approved the export of IRIS-T air defence systems to Egypt.",
          ("Germany", "Egypt", "IRIS-T", ANY)),
    _case("Israel will sell the Barak 8 system to Morocco.", ("Israel", "Morocco", "Barak 8", ANY)),
    _case("Morocco is buying the Barak 8 air defence system from Israel.", ("Israel", "Morocco", "Barak 8", ANY)),
    _case("Norway handed over NASAMS launchers to Ukraine.", ("Norway", "Ukraine", "NASAMS", ANY)),
    _case("The United States agreed to sell 12 F-35 fighters to Romania.",
          ("United States", "Romania", "F-35", 12)),
    _case("Romania signed a contract to buy 32 F-35 jets from the United States.",
          ("United States", "Romania", "F-35", 32)),
    _case("Indonesia signed for 42 Rafale jets with France.", ("France", "Indonesia", "Rafale", 42)),
    _case("Vietnam purchased Yak-130 trainers from Russia.", ("Russia", "Vietnam", "Yak-130", ANY)),
    _case("India is supplying BrahMos missiles to the Philippines.", ("India", "Philippines", "BrahMos", ANY)),
    _case("The Philippines has received its first BrahMos missile batteries from India.",
          ("India", "Philippines", "BrahMos", ANY)),
    _case("Kazakhstan obtained two A400M airlifters from Spain.", ("Spain", "Kazakhstan", "A400M", 2)),
    _case("Chile will be provided with ten F-16 fighters by the Netherlands.",
          ("Netherlands", "Chile", "F-16", 10)),
    _case("Serbia got six Mi-35 helicopters from Russia.", ("Russia", "Serbia", "Mi-35", 6)),
    _case("Algeria imports most of its weapons from Russia, including Su-30 fighters.",
          ("Russia", "Algeria", "Su-30", ANY)),
    _case("Russia is Algeria's main supplier and has sold it Su-30 fighters.",
          ("Russia", "Algeria", "Su-30", ANY)),
    _case("Estonia will buy six HIMARS launchers from the United States.",
          ("United States", "Estonia", "HIMARS", 6)),
]

NOMINAL = [
    _case("France's sale of 24 Rafale jets to Greece was completed in 2024.", ("France", "Greece", "Rafale", 24)),
    _case("Greece's purchase of 24 Rafale jets from France was completed in 2024.",
          ("France", "Greece", "Rafale", 24)),
    _case("The delivery of Turkish-made Akinci drones to Pakistan began in May.",
          ("Turkey", "Pakistan", "Akinci", ANY)),
    _case("A Polish order for South Korea's K2 tanks was signed in Warsaw.", ("South Korea", "Poland", "K2", ANY)),
    _case("The sale of 40 F-16 jets to Turkey by the United States was approved by Congress.",
          ("United States", "Turkey", "F-16", 40)),
    _case("The transfer of Leopard 2 tanks from Germany to Ukraine was announced on Friday.",
          ("Germany", "Ukraine", "Leopard 2", ANY)),
    _case("Delivery of the Patriot batteries to Poland by the United States is due next year.",
          ("United States", "Poland", "Patriot", ANY)),
    _case("Egypt's acquisition of the Chinese J-10C fighter was reported on Monday.",
          ("China", "Egypt", "J-10", ANY)),
    _case("The export of BrahMos missiles to Indonesia from India is under discussion.",
          ("India", "Indonesia", "BrahMos", ANY)),
    _case("Serbia's order of FK-3 air defence systems from China arrived last year... ",
          ("China", "Serbia", "FK-3", ANY)),
    _case("The shipment of Russian S-400 components to Turkey drew US sanctions.",
          ("Russia", "Turkey", "S-400", ANY)),
    _case("Croatia's purchase of 12 used Rafale jets from France cost 999 million euros.",
          ("France", "Croatia", "Rafale", 12)),
    _case("The handover of two Scorpene submarines to Brazil by France is planned for 2026.",
          ("France", "Brazil", "Scorpene", 2)),
    _case("An Indian contract for 26 Rafale Marine jets from France was signed in April.",
          ("France", "India", "Rafale", 26)),
    _case("Qatar's deal with the United States for 12 MQ-9 drones was confirmed.",
          ("United States", "Qatar", "MQ-9", 12)),
]

NATIONALITY = [
    _case("Myanmar's air force flies Russian-made Yak-130 trainers delivered last year.",
          ("Russia", "Myanmar", "Yak-130", ANY)),
    _case("Nigeria took delivery of twelve Chinese-built Wing Loong II drones.",
          ("China", "Nigeria", "Wing Loong", 12)),
    _case("Ethiopia bought a Turkish drone, the Bayraktar TB2, in 2021.",
          ("Turkey", "Ethiopia", "Bayraktar TB2", ANY)),
    _case("The French jets ordered by Serbia will arrive in 2028.", ("France", "Serbia", "jets", ANY)),
    _case("Serbia ordered 12 French Rafale jets in 2024.", ("France", "Serbia", "Rafale", 12)),
    _case("Armenia has received Indian-made Akash air defence systems.", ("India", "Armenia", "Akash", ANY)),
    _case("Kenya acquired US-made Black Hawk helicopters this year.", ("United States", "Kenya", "Black Hawk", ANY)),
    _case("Swedish-built Archer howitzers have been delivered to Ukraine.", ("Sweden", "Ukraine", "Archer", ANY)),
    _case("Bangladesh inducted Chinese Type 056 corvettes into its navy.", ("China", "Bangladesh", "Type 056", ANY)),
    _case("Israeli Heron drones were sold to Azerbaijan.", ("Israel", "Azerbaijan", "Heron", ANY)),
    _case("Romania is buying German IRIS-T systems.", ("Germany", "Romania", "IRIS-T", ANY)),
    _case("Poland will receive 96 American AH-64 attack helicopters.", ("United States", "Poland", "AH-64", 96)),
    _case("Morocco ordered Israeli-made Barak MX air defence batteries.", ("Israel", "Morocco", "Barak", ANY)),
    _case("Egypt bought South Korean K9 howitzers in 2022.", ("South Korea", "Egypt", "K9", ANY)),
    _case("Senegal received a French-built patrol vessel in January.", ("France", "Senegal", "patrol vessel", ANY)),
]

MAKERS = [
    _case("Rheinmetall will supply Hungary with Lynx infantry fighting vehicles.",
          ("Germany", "Hungary", "Lynx", ANY)),
    _case("Hanwha signed a contract with Poland for 152 K9 howitzers.", ("South Korea", "Poland", "K9", 152)),
    _case("Dassault Aviation will deliver 80 Rafale jets to the United Arab Emirates.",
          ("France", "United Arab Emirates", "Rafale", 80)),
    _case("Saab won an order from Brazil for four more Gripen fighters.", ("Sweden", "Brazil", "Gripen", 4)),
    _case("Lockheed Martin has delivered the first F-16 Block 70 to Slovakia.",
          ("United States", "Slovakia", "F-16", ANY)),
    _case("Baykar delivered Akinci drones to Indonesia.", ("Turkey", "Indonesia", "Akinci", ANY)),
    _case("Naval Group signed a contract with Indonesia for two Scorpene submarines.",
          ("France", "Indonesia", "Scorpene", 2)),
    _case("Brazil's Embraer sold C-390 airlifters to Hungary.", ("Brazil", "Hungary", "C-390", ANY)),
    _case("Korea Aerospace Industries delivered FA-50 jets to Malaysia.", ("South Korea", "Malaysia", "FA-50", ANY)),
    _case("Kongsberg will deliver NASAMS to Lithuania under a new deal.", ("Norway", "Lithuania", "NASAMS", ANY)),
    _case("Rosoboronexport shipped Pantsir systems to Serbia.", ("Russia", "Serbia", "Pantsir", ANY)),
    _case("Israel Aerospace Industries sold Barak 8 systems to India.", ("Israel", "India", "Barak 8", ANY)),
    _case("KNDS will supply 40 Caesar howitzers to Belgium.", ("France", "Belgium", "Caesar", 40)),
    _case("Elbit Systems won a contract to supply Hermes 900 drones to Brazil.",
          ("Israel", "Brazil", "Hermes 900", ANY)),
    _case("Slovakia signed a contract with BAE Systems Hagglunds for CV90 vehicles.",
          ("Sweden", "Slovakia", "CV90", ANY)),
]

BUYER_NAMES = [
    _case("Hanoi bought Su-30 fighters from Moscow.", ("Russia", "Vietnam", "Su-30", ANY)),
    _case("The Indian Navy ordered 26 Rafale Marine jets from France.", ("France", "India", "Rafale", 26)),
    _case("Egypt's defence ministry signed for K9 howitzers from South Korea.",
          ("South Korea", "Egypt", "K9", ANY)),
    _case("The Polish Army received its first K2 tanks from South Korea.", ("South Korea", "Poland", "K2", ANY)),
    _case("Ankara will buy 40 F-16 jets from Washington.", ("United States", "Turkey", "F-16", 40)),
    _case("Beijing delivered Type 054A frigates to Islamabad.", ("China", "Pakistan", "Type 054A", ANY)),
    _case("The Royal Thai Air Force selected the Gripen from Sweden.", ("Sweden", "Thailand", "Gripen", ANY)),
    _case("The Egyptian Ministry of Defence signed a deal with France for Rafale jets.",
          ("France", "Egypt", "Rafale", ANY)),
    _case("Manila will receive BrahMos missiles from New Delhi.", ("India", "Philippines", "BrahMos", ANY)),
    _case("The Hellenic Air Force took delivery of six more Rafale jets from France.",
          ("France", "Greece", "Rafale", 6)),
    _case("Algeria's army acquired Pantsir systems from Russia.", ("Russia", "Algeria", "Pantsir", ANY)),
    _case("Nigeria's air force received JF-17 fighters from Pakistan.", ("Pakistan", "Nigeria", "JF-17", ANY)),
    _case("Cairo ordered Rafale jets from Paris.", ("France", "Egypt", "Rafale", ANY)),
    _case("The Romanian Ministry of National Defence is buying Patriot systems from the United States.",
          ("United States", "Romania", "Patriot", ANY)),
    _case("The Brazilian Navy will get two Scorpene submarines from France.", ("France", "Brazil", "Scorpene", 2)),
]

COORDINATION = [
    _case("France signed contracts with India for Rafale jets and with Brazil for Scorpene submarines.",
          ("France", "India", "Rafale", ANY), ("France", "Brazil", "Scorpene", ANY)),
    _case("Russia signed deals with Vietnam for Su-30 jets and with Algeria for T-90 tanks.",
          ("Russia", "Vietnam", "Su-30", ANY), ("Russia", "Algeria", "T-90", ANY)),
    _case("Poland signed contracts with South Korea for K2 tanks and with the United States for Abrams tanks.",
          ("South Korea", "Poland", "K2", ANY), ("United States", "Poland", "Abrams", ANY)),
    _case("Lithuania said it had signed contracts with Kongsberg for NASAMS and with Diehl Defence for IRIS-T "
          "launchers.", ("Norway", "Lithuania", "NASAMS", ANY), ("Germany", "Lithuania", "IRIS-T", ANY)),
    _case("Turkey has sold Bayraktar TB2 drones to Poland, Morocco and Nigeria.",
          ("Turkey", "Poland", "Bayraktar TB2", ANY), ("Turkey", "Morocco", "Bayraktar TB2", ANY),
          ("Turkey", "Nigeria", "Bayraktar TB2", ANY)),
    _case("South Korea exported K9 howitzers to Poland, Norway, Estonia and Egypt.",
          ("South Korea", "Poland", "K9", ANY), ("South Korea", "Norway", "K9", ANY),
          ("South Korea", "Estonia", "K9", ANY), ("South Korea", "Egypt", "K9", ANY)),
    _case("Poland bought K2 tanks and K9 howitzers from South Korea.",
          ("South Korea", "Poland", "K2", ANY), ("South Korea", "Poland", "K9", ANY)),
    _case("Russia supplied Su-30 fighters, Mi-17 helicopters and Pantsir systems to Myanmar.",
          ("Russia", "Myanmar", "Su-30", ANY), ("Russia", "Myanmar", "Mi-17", ANY),
          ("Russia", "Myanmar", "Pantsir", ANY)),
    _case("Egypt and Greece have both bought Rafale jets from France.",
          ("France", "Egypt", "Rafale", ANY), ("France", "Greece", "Rafale", ANY)),
    _case("Sales of Caesar howitzers to Belgium, Lithuania and Croatia were announced by France.",
          ("France", "Belgium", "Caesar", ANY), ("France", "Lithuania", "Caesar", ANY),
          ("France", "Croatia", "Caesar", ANY)),
    _case("China sold J-10C fighters to Pakistan and Wing Loong drones to Egypt.",
          ("China", "Pakistan", "J-10", ANY), ("China", "Egypt", "Wing Loong", ANY)),
    _case("Israel sells Heron drones to India and Barak 8 systems to Azerbaijan.",
          ("Israel", "India", "Heron", ANY), ("Israel", "Azerbaijan", "Barak 8", ANY)),
    _case("The United States will deliver F-16 fighters to Bulgaria and Patriot systems to Romania.",
          ("United States", "Bulgaria", "F-16", ANY), ("United States", "Romania", "Patriot", ANY)),
    _case("Germany and Norway will supply Leopard 2 tanks to Ukraine.",
          ("Germany", "Ukraine", "Leopard 2", ANY), ("Norway", "Ukraine", "Leopard 2", ANY)),
    _case("Vietnam bought weapons from Russia and Israel, including Su-30 jets and Spike missiles.",
          ("Russia", "Vietnam", "Su-30", ANY), ("Israel", "Vietnam", "Spike", ANY)),
]

TWO_PARTIES = [
    _case("France and India signed a deal for 26 Rafale Marine jets.", ("France", "India", "Rafale", 26)),
    _case("India and France signed a deal for 26 Rafale Marine jets.", ("France", "India", "Rafale", 26)),
    _case("Poland and South Korea signed a contract for 180 K2 tanks.", ("South Korea", "Poland", "K2", 180)),
    _case("The Philippines and India signed a 375 million dollar deal for BrahMos missiles.",
          ("India", "Philippines", "BrahMos", ANY)),
    _case("Sweden and Thailand agreed on the sale of four Gripen fighters.", ("Sweden", "Thailand", "Gripen", 4)),
    _case("Egypt signed an agreement with France for 30 more Rafale jets.", ("France", "Egypt", "Rafale", 30)),
    _case("France signed an agreement with Egypt for 30 more Rafale jets.", ("France", "Egypt", "Rafale", 30)),
    _case("Turkey and Indonesia concluded a deal on 12 Hurjet trainers.", ("Turkey", "Indonesia", "Hurjet", 12)),
    _case("Brazil and Portugal signed a contract for five C-390 transports.",
          ("Brazil", "Portugal", "C-390", 5)),
    _case("Serbia reached an agreement with France on 12 Rafale jets.", ("France", "Serbia", "Rafale", 12)),
]

RELATIVE = [
    _case("Greece, which already flies French Mirage 2000 jets, ordered 18 Rafale fighters from France.",
          ("France", "Greece", "Rafale", 18)),
    _case("The K9 howitzers that South Korea sold to Poland proved effective.",
          ("South Korea", "Poland", "K9", ANY)),
    _case("The K9 howitzers, which Poland bought from South Korea, arrived in December.",
          ("South Korea", "Poland", "K9", ANY)),
    _case("Egypt received the first of 24 Rafale jets, the French fighter that it ordered in 2015.",
          ("France", "Egypt", "Rafale", 1), ("France", "Egypt", "Rafale", 24)),
    _case("India, a longtime buyer of Russian arms, took delivery of S-400 systems from Russia.",
          ("Russia", "India", "S-400", ANY)),
    _case("Saab, the Swedish maker, will supply Gripen jets to Colombia.", ("Sweden", "Colombia", "Gripen", ANY)),
    _case("The Gripen, a Swedish fighter, has been ordered by Colombia.", ("Sweden", "Colombia", "Gripen", ANY)),
    _case("Russia sold Myanmar the Yak-130, a jet trainer that can also carry bombs.",
          ("Russia", "Myanmar", "Yak-130", ANY)),
    _case("Croatia bought 12 Rafale jets, which France had flown in its own air force, for 999 million euros.",
          ("France", "Croatia", "Rafale", 12)),
    _case("The Patriot systems the United States delivered to Ukraine were intercepting missiles within weeks.",
          ("United States", "Ukraine", "Patriot", ANY)),
]

INCLUDING = [
    _case("Russia supplied Myanmar with weapons including Yak-130 jets and Mi-17 helicopters.",
          ("Russia", "Myanmar", "Yak-130", ANY), ("Russia", "Myanmar", "Mi-17", ANY)),
    _case("The United States announced a military aid package for Ukraine including HIMARS launchers and "
          "Javelin missiles.",
          ("United States", "Ukraine", "HIMARS", ANY), ("United States", "Ukraine", "Javelin", ANY)),
    _open("a trend of sales ('have grown') gets no status, so no record: a status question",
          "China's arms sales to Bangladesh, including Type 056 corvettes, have grown.",
          ("China", "Bangladesh", "Type 056", ANY)),
    _case("Germany has sent Ukraine equipment such as IRIS-T systems and Leopard 2 tanks.",
          ("Germany", "Ukraine", "IRIS-T", ANY), ("Germany", "Ukraine", "Leopard 2", ANY)),
    _case("Israel's exports to Azerbaijan include Harop loitering munitions.", ("Israel", "Azerbaijan", "Harop", ANY)),
]

ANAPHORA = [
    _case("Serbia ordered 12 Rafale jets from France in 2024. The jets will be delivered from 2028.",
          ("France", "Serbia", "Rafale", 12)),
    _case("Indonesia signed a contract for two Scorpene submarines. France will build the vessels in Surabaya.",
          ("France", "Indonesia", "Scorpene", 2)),
    # the choice is a step of its own (a system chosen but not yet bought is negotiating, as the own sets' gold codes it)
    _case("Norway chose the K9 howitzer in 2017. It bought 24 of them from South Korea.",
          ("South Korea", "Norway", "K9", None), ("South Korea", "Norway", "K9", 24)),
    _case("The Bayraktar TB2 is a Turkish drone. Poland bought 24 of them in 2021.",
          ("Turkey", "Poland", "Bayraktar TB2", 24)),
    _case("The Caesar howitzer is made in France. Belgium will buy nine of them.",
          ("France", "Belgium", "Caesar", 9)),
    _case("Vietnam operates the Su-30 fighter. Russia delivered the last of the aircraft in 2015.",
          ("Russia", "Vietnam", "Su-30", ANY)),
    _case("The Hurjet is a Turkish jet trainer. Spain will buy 30 of the jets.",
          ("Turkey", "Spain", "Hurjet", 30)),
]

QUANTITY = [
    _case("Egypt ordered two squadrons of Rafale jets from France.", ("France", "Egypt", "Rafale", ANY)),
    _case("France sold a dozen Rafale jets to Croatia.", ("France", "Croatia", "Rafale", 12)),
    _case("Greece will buy 6 more Rafale jets from France.", ("France", "Greece", "Rafale", 6)),
    _case("Poland signed for a second batch of 96 K9 howitzers from South Korea.",
          ("South Korea", "Poland", "K9", 96)),
    _case("Kazakhstan may buy up to 24 Su-30 fighters from Russia.", ("Russia", "Kazakhstan", "Su-30", 24)),
    _case("Hungary received four more Leopard 2 tanks from Germany.", ("Germany", "Hungary", "Leopard 2", 4)),
    _case("Brazil ordered 36 Gripen jets from Sweden and later added four.", ("Sweden", "Brazil", "Gripen", ANY)),
    _case("Thailand will receive three Gripen fighters from Sweden.", ("Sweden", "Thailand", "Gripen", 3)),
    _case("Romania bought seven Patriot batteries from the United States.",
          ("United States", "Romania", "Patriot", 7)),
    _case("Pakistan took delivery of 25 J-10C fighters from China.", ("China", "Pakistan", "J-10", 25)),
]

AID = [
    _case("Denmark gifted 19 F-16 fighters to Ukraine.", ("Denmark", "Ukraine", "F-16", 19)),
    _case("Germany donated 14 Leopard 2 tanks to Ukraine.", ("Germany", "Ukraine", "Leopard 2", 14)),
    _case("The United States donated two Cessna aircraft and Black Hawk helicopters to the Philippines.",
          ("United States", "Philippines", "aircraft", 2), ("United States", "Philippines", "Black Hawk", ANY)),
    _case("Japan gave the Philippines five used TC-90 aircraft.", ("Japan", "Philippines", "TC-90", 5)),
    _case("Ukraine will receive Caesar howitzers as part of a French military aid package.",
          ("France", "Ukraine", "Caesar", ANY)),
    _case("A Dutch aid package for Ukraine includes F-16 jets.", ("Netherlands", "Ukraine", "F-16", ANY)),
    _case("Australia pledged Bushmaster vehicles to Ukraine.", ("Australia", "Ukraine", "Bushmaster", ANY)),
    _case("Ukraine was given NASAMS by Norway as military aid.", ("Norway", "Ukraine", "NASAMS", ANY)),
]

RESALE = [
    _case("Germany approved the re-export of Leopard 2 tanks from Poland to Ukraine.",
          ("Poland", "Ukraine", "Leopard 2", ANY)),
    _case("Chile bought second-hand F-16 fighters from the Netherlands.", ("Netherlands", "Chile", "F-16", ANY)),
    _case("Romania acquired used F-16 jets from Portugal.", ("Portugal", "Romania", "F-16", ANY)),
    _case("Jordan transferred its F-16 jets to Ukraine.", ("Jordan", "Ukraine", "F-16", ANY)),
    _case("Argentina bought 24 F-16 fighters from Denmark.", ("Denmark", "Argentina", "F-16", 24)),
    _case("Slovakia sold its MiG-29 fighters to Ukraine.", ("Slovakia", "Ukraine", "MiG-29", ANY)),
]

NONE = [
    _case("Russia used Su-30 fighters to strike targets near Kharkiv."),
    _case("North Korea test-launched a Hwasong-18 missile on Tuesday."),
    _case("India test-fired a BrahMos missile from a destroyer."),
    _case("Turkey displayed the Akinci drone at the Dubai Airshow."),
    _case("The Rafale is more expensive than the Gripen."),
    _case("The K9 howitzer was first fielded by South Korea in 1999."),
    _case("France denied that it had sold Rafale jets to Iran."),
    _case("The Russian Air Force flies the Su-30 on patrol missions over the Baltic."),
    _case("The Indian Navy commissioned its first indigenous aircraft carrier."),
    _case("Sweden's Saab unveiled a new version of the Gripen at a show in Stockholm."),
    _case("Chinese J-10C fighters flew over the Taiwan Strait."),
    _case("The F-35 is built by Lockheed Martin in Texas."),
    _case("Poland's K2 tanks took part in exercises with US Abrams tanks."),
    _case("The Bayraktar TB2 was designed by Selcuk Bayraktar."),
    _case("Experts compared the S-400 with the Patriot system."),
]


PLURALS = [
    _case("Serbia ordered 12 Rafales from France.", ("France", "Serbia", "Rafale", 12)),
    _open("the parser reads 'used' as a verb taking the jets and the 'from' phrase as its object",
          "Chile is buying used F-16s from the Netherlands.", ("Netherlands", "Chile", "F-16", ANY)),
    _case("Hungary will receive more Gripens from Sweden.", ("Sweden", "Hungary", "Gripen", ANY)),
    _case("Ukraine has received Leopard 2 tanks from Germany and Denmark.",
          ("Germany", "Ukraine", "Leopard 2", ANY), ("Denmark", "Ukraine", "Leopard 2", ANY)),
    _case("Taiwan will get 108 Abrams tanks from the United States.", ("United States", "Taiwan", "Abrams", 108)),
    _case("Morocco bought 36 Apaches from the United States.",
          ("United States", "Morocco", "Apache", 36)),
]

PASSIVE_MORE = [
    _case("Fighter jets were sold to Croatia by France in 2021.", ("France", "Croatia", "fighter jets", ANY)),
    _case("Ukraine is being supplied with Patriot missiles by Germany.", ("Germany", "Ukraine", "Patriot", ANY)),
    _case("Forty K2 tanks have been delivered to Poland by Hyundai Rotem.", ("South Korea", "Poland", "K2", 40)),
    _case("Two frigates are to be built for Indonesia by Italy's Fincantieri.",
          ("Italy", "Indonesia", "frigates", ANY)),
    _case("Armenia was offered Akash missiles by India.", ("India", "Armenia", "Akash", ANY)),
    _case("The Su-30 fighters were acquired by Myanmar from Russia in 2022.", ("Russia", "Myanmar", "Su-30", ANY)),
    _case("Two Type 054A frigates were handed over to Pakistan by China.", ("China", "Pakistan", "Type 054A", 2)),
    _case("Poland will be supplied with Patriot systems by the United States.",
          ("United States", "Poland", "Patriot", ANY)),
]

# a system raised from a passive infinitive: "are (due, set, expected) to be delivered"
RAISED = [
    _case("Twelve Rafale jets are to be delivered to Egypt by France next year.", ("France", "Egypt", "Rafale", 12)),
    _case("Four K9 howitzers are due to be delivered to Estonia by South Korea in May.",
          ("South Korea", "Estonia", "K9", 4)),
    _case("The first two Gripen jets are set to be handed over to Thailand by Sweden in 2026.",
          ("Sweden", "Thailand", "Gripen", 2)),
    _case("Six Caesar howitzers are expected to be shipped to Armenia from France.",
          ("France", "Armenia", "Caesar", 6)),
    _case("The F-16 jets are expected to be used against drones."),
    _case("The Akinci drones are due to be shown at the Ankara fair."),
    _case("The new frigate is expected to be handed over in 2028."),
]

HEADLINES = [
    _case("Poland to buy 96 Apache helicopters from US", ("United States", "Poland", "Apache", 96)),
    _case("Egypt orders 30 more Rafale jets from France", ("France", "Egypt", "Rafale", 30)),
    _case("Turkey delivers first Akinci drones to Malaysia", ("Turkey", "Malaysia", "Akinci", ANY)),
    _case("India to supply BrahMos missiles to Vietnam", ("India", "Vietnam", "BrahMos", ANY)),
    _case("Sweden sells Gripen jets to Thailand", ("Sweden", "Thailand", "Gripen", ANY)),
    _case("Brazil buys Israeli Spike missiles", ("Israel", "Brazil", "Spike", ANY)),
]

COMPANY_MORE = [
    _case("Bulgaria signed a deal with Lockheed Martin for eight F-16 Block 70 jets.",
          ("United States", "Bulgaria", "F-16", 8)),
    _case("Peru bought Gripen fighters from Saab.", ("Sweden", "Peru", "Gripen", ANY)),
    _case("Thailand's air force ordered four Gripen jets from Saab.", ("Sweden", "Thailand", "Gripen", 4)),
    _case("The Czech Republic signed a contract with BAE Systems Hagglunds for 246 CV90 vehicles.",
          ("Sweden", "Czech Republic", "CV90", 246)),
    _case("Hyundai Rotem will supply 180 K2 tanks to Poland.", ("South Korea", "Poland", "K2", 180)),
    _case("A Hanwha contract with Norway covers 24 K9 howitzers.", ("South Korea", "Norway", "K9", 24)),
    _case("Egypt has bought Caesar howitzers from KNDS.", ("France", "Egypt", "Caesar", ANY)),
]

PRONOUNS = [
    _case("Indonesia is modernising its air force. It signed for 42 Rafale jets from France.",
          ("France", "Indonesia", "Rafale", 42)),
    _case("The Philippines bought BrahMos missiles from India. Manila received them in 2024.",
          ("India", "Philippines", "BrahMos", ANY), ("India", "Philippines", "BrahMos", ANY)),
    _case("Greece ordered 24 Rafale jets from France. Athens received the last of them in January.",
          ("France", "Greece", "Rafale", 24)),
    _case("Germany will supply IRIS-T systems to Estonia. Tallinn will pay for them from its own budget.",
          ("Germany", "Estonia", "IRIS-T", ANY)),
    _case("Romania is buying K9 howitzers. South Korea will deliver them by 2027.",
          ("South Korea", "Romania", "K9", ANY)),
    _case("Pakistan flies J-10C fighters. China delivered them in 2022.", ("China", "Pakistan", "J-10", ANY)),
    _case("Vietnam wants Su-30 jets. Russia will sell them to Hanoi.",
          ("Russia", "Vietnam", "Su-30", ANY), ("Russia", "Vietnam", "Su-30", ANY)),
    _case("Russia trained Myanmar pilots. It also supplied them with Yak-130 jets.",
          ("Russia", "Myanmar", "Yak-130", ANY)),
]

APPOSITION = [
    _case("Egypt, Africa's biggest arms buyer, ordered 30 more Rafale jets from France.",
          ("France", "Egypt", "Rafale", 30)),
    _case("Baykar, the Turkish drone maker, sold Akinci drones to Pakistan.",
          ("Turkey", "Pakistan", "Akinci", ANY)),
    _case("Poland bought the FA-50, a South Korean light fighter, in 2022.", ("South Korea", "Poland", "FA-50", ANY)),
    _case("Serbia received the FK-3, a Chinese air defence system, in 2022.", ("China", "Serbia", "FK-3", ANY)),
    _case("Nigeria, one of Pakistan's oldest customers, bought JF-17 fighters from Islamabad.",
          ("Pakistan", "Nigeria", "JF-17", ANY)),
]

GERUNDS = [
    _case("After buying 24 Rafale jets from France, Greece ordered six more.",
          ("France", "Greece", "Rafale", 24), ("France", "Greece", "Rafale", 6)),
    _case("Poland is considering buying more K2 tanks from South Korea.", ("South Korea", "Poland", "K2", ANY)),
    _case("By selling S-400 systems to Turkey, Russia drove a wedge into NATO.", ("Russia", "Turkey", "S-400", ANY)),
    _case("Talks on supplying Gripen jets to Colombia are under way, Sweden said.",
          ("Sweden", "Colombia", "Gripen", ANY)),
]

NONE_MORE = [
    _case("The Bayraktar TB2 drones that Ukraine used in 2022 were destroyed."),
    _case("Russia denied supplying Pantsir systems to Libya.", ),
    _case("The Indian Air Force retired its MiG-21 fighters last year."),
    _case("Israel's Iron Dome intercepted most of the rockets."),
    _case("Ukrainian forces shot down a Russian Su-34 bomber."),
    _case("South Korea's K2 tank is a rival to Germany's Leopard 2."),
    _case("Pakistan's JF-17 was jointly developed with China in the 2000s."),
    _case("Turkey unveiled its Kaan fighter at a ceremony in Ankara."),
    _case("Poland's army showed its K9 howitzers at a parade in Warsaw."),
    _case("The Rafale made its first flight in 1986."),
    _case("France said it would not sell Rafale jets to Colombia."),
    _case("A Chinese J-10C fighter crashed during training."),
]

MORE = [
    # buyers' services and ministries, sellers' agencies
    _case("The Egyptian Navy took delivery of a FREMM frigate from Italy.", ("Italy", "Egypt", "FREMM", ANY)),
    _case("The Philippine Air Force received two more Black Hawk helicopters from Poland.",
          ("Poland", "Philippines", "Black Hawk", 2)),
    _case("Vietnam's Ministry of National Defence signed a contract with Israel for Spike missiles.",
          ("Israel", "Vietnam", "Spike", ANY)),
    _case("The US State Department approved a possible sale of 40 F-16 jets to Turkey.",
          ("United States", "Turkey", "F-16", 40)),
    _case("The Pentagon will send more Patriot interceptors to Ukraine.",
          ("United States", "Ukraine", "Patriot", ANY)),
    _case("Moscow has shipped Su-30 fighters to Naypyidaw.", ("Russia", "Myanmar", "Su-30", ANY)),
    _case("Seoul will export K9 howitzers to Canberra.", ("South Korea", "Australia", "K9", ANY)),
    # "the government" that stated a state's plans before speaks for that state
    _case("Latvia will buy new air defence systems, the government said on Monday. The government has signed a "
          "contract with Kongsberg for NASAMS. Latvia has given Stinger missiles and Javelin missiles to Ukraine.",
          ("Norway", "Latvia", "NASAMS", ANY), ("Latvia", "Ukraine", "Stinger", ANY),
          ("Latvia", "Ukraine", "Javelin", ANY)),
    # possessive sellers and buyers
    _case("Norway's NASAMS deliveries to Ukraine continued in May.", ("Norway", "Ukraine", "NASAMS", ANY)),
    _case("Turkey's sale of Bayraktar TB2 drones to Ethiopia angered Egypt.",
          ("Turkey", "Ethiopia", "Bayraktar TB2", ANY)),
    _case("Greece's new Rafale jets arrived from France on Tuesday.", ("France", "Greece", "Rafale", ANY)),
    # verbs of handing and receiving
    _case("France transferred six Mirage 2000 jets to Ukraine.", ("France", "Ukraine", "Mirage 2000", 6)),
    _case("Hungary inducted its first Leopard 2 tanks from Germany.", ("Germany", "Hungary", "Leopard 2", ANY)),
    _case("Israel will lease two Heron drones to Greece.", ("Israel", "Greece", "Heron", 2)),
    _case("Russia sent Pantsir systems to Serbia by rail.", ("Russia", "Serbia", "Pantsir", ANY)),
    _case("China has exported Wing Loong drones to at least five countries, including Egypt and Nigeria.",
          ("China", "Egypt", "Wing Loong", ANY), ("China", "Nigeria", "Wing Loong", ANY)),
    _case("The United Arab Emirates has ordered 80 Rafale jets from France and 12 Caracal helicopters.",
          ("France", "United Arab Emirates", "Rafale", 80), ("France", "United Arab Emirates", "Caracal", 12)),
    # lists of systems with quantities
    _case("Poland ordered 180 K2 tanks, 212 K9 howitzers and 48 FA-50 jets from South Korea.",
          ("South Korea", "Poland", "K2", 180), ("South Korea", "Poland", "K9", 212),
          ("South Korea", "Poland", "FA-50", 48)),
    _case("Egypt bought 24 Rafale jets and a FREMM frigate from France.",
          ("France", "Egypt", "Rafale", 24), ("France", "Egypt", "FREMM", ANY)),
    _case("Germany will supply a submarine and four frigates to Egypt.",
          ("Germany", "Egypt", "submarine", ANY), ("Germany", "Egypt", "frigates", 4)),
    _case("Spain sold two corvettes and a patrol boat to Saudi Arabia.",
          ("Spain", "Saudi Arabia", "corvettes", 2), ("Spain", "Saudi Arabia", "patrol boat", ANY)),
    _case("Serbia got six Mi-35 and three Mi-17 helicopters from Russia.",
          ("Russia", "Serbia", "Mi-35", 6), ("Russia", "Serbia", "Mi-17", 3)),
    # two sides named, the buyer first or second
    _case("Indonesia and Turkey signed a contract for 60 Kaan fighters.", ("Turkey", "Indonesia", "Kaan", 60)),
    _case("Turkey and Indonesia signed a contract for 60 Kaan fighters.", ("Turkey", "Indonesia", "Kaan", 60)),
    _case("Ankara and Jakarta agreed on the sale of 48 Kaan jets.", ("Turkey", "Indonesia", "Kaan", 48)),
    # transit and third parties
    _case("Iran supplied Shahed drones to Russia via the Caspian Sea.", ("Iran", "Russia", "Shahed", ANY)),
    _case("North Korean artillery shells arrived in Russia through a port on the east coast.",
          ("North Korea", "Russia", "artillery shells", ANY)),
    _case("Germany sold Leopard 2 tanks to Qatar with French approval.", ("Germany", "Qatar", "Leopard 2", ANY)),
    # a losing bid in a buyer's trials was offered to that buyer
    _case("South Korea's K2 tank beat the Leopard 2 in Norwegian trials.", ("Germany", "Norway", "Leopard 2", None)),
    # more anaphora
    _case("Romania picked the K9 howitzer. Hanwha will deliver 54 of the howitzers.",  # the choice: negotiating
          ("South Korea", "Romania", "K9", None), ("South Korea", "Romania", "K9", 54)),
    _case("Kenya ordered Black Hawk helicopters last year. The helicopters arrived in Nairobi in May.",
          ("United States", "Kenya", "Black Hawk", ANY), ("United States", "Kenya", "Black Hawk", ANY)),
    _case("Greece ordered Rafale fighters. The first of the jets arrived in 2021.",
          ("France", "Greece", "Rafale", ANY), ("France", "Greece", "Rafale", 1)),
    # no transfer
    _case("Russia's Pantsir systems guard the Khmeimim air base in Syria."),
    _case("China has built more Type 054A frigates than any other class."),
    _case("Turkey is developing the Kaan fighter with help from BAE Systems."),
    _case("Egypt and France held joint exercises with Rafale jets."),
    _case("The United States flew B-52 bombers over the Korean peninsula."),
    _case("Pakistan's JF-17 fighters escorted the Chinese delegation."),
]

ROUND3 = [
    _case("Sweden is to supply Thailand with four more Gripen jets.", ("Sweden", "Thailand", "Gripen", 4)),
    _case("Russia will supply Su-35 fighters to Iran, the minister said.", ("Russia", "Iran", "Su-35", ANY)),
    _case("The sale of Gripen jets to Thailand was approved in Stockholm.", ("Sweden", "Thailand", "Gripen", ANY)),
    _case("Turkey offered Indonesia 48 Kaan fighters.", ("Turkey", "Indonesia", "Kaan", 48)),
    _case("The United States leased two MQ-9 drones to India.", ("United States", "India", "MQ-9", 2)),
    _case("Ghana and Nigeria received Super Tucano aircraft from Brazil.",
          ("Brazil", "Ghana", "Super Tucano", ANY), ("Brazil", "Nigeria", "Super Tucano", ANY)),
    _case("China supplies Pakistan and Bangladesh with frigates.",
          ("China", "Pakistan", "frigates", ANY), ("China", "Bangladesh", "frigates", ANY)),
    _case("Italy is building two FREMM frigates for the Indonesian Navy.", ("Italy", "Indonesia", "FREMM", 2)),
    _case("France began deliveries of Rafale jets to Croatia in 2023.", ("France", "Croatia", "Rafale", ANY)),
    _case("Deliveries to Poland of South Korea's K2 tanks began in December.", ("South Korea", "Poland", "K2", ANY)),
    _open("'turned to A for X' is an idiom of buying no cue list holds; 'turn' is too general a cue",
          "Vietnam turned to Israel for Spike missiles.", ("Israel", "Vietnam", "Spike", ANY)),
    _case("Serbia took delivery of a pair of Mi-35 helicopters from Russia.", ("Russia", "Serbia", "Mi-35", 2)),
    _case("Egypt ordered half a dozen Rafale jets from France.", ("France", "Egypt", "Rafale", 6)),
    _case("Poland bought three batteries of Patriot missiles from the United States.",
          ("United States", "Poland", "Patriot", 3)),
    _case("Greece will buy an additional eight Rafale jets from France.", ("France", "Greece", "Rafale", 8)),
    _case("India received the remaining 14 Rafale jets from France in 2022.", ("France", "India", "Rafale", 14)),
    _case("Russia handed over two more Su-30 jets to Myanmar.", ("Russia", "Myanmar", "Su-30", 2)),
    _case("Hungary's Leopard 2 tanks, bought from Germany in 2018, arrived this year.",
          ("Germany", "Hungary", "Leopard 2", ANY), ("Germany", "Hungary", "Leopard 2", ANY)),
    _case("Brazil's first Gripen fighters, built by Saab, were delivered in 2022.", ("Sweden", "Brazil", "Gripen", ANY)),
    _case("Saudi Arabia signed a deal to buy Chinese Wing Loong drones.", ("China", "Saudi Arabia", "Wing Loong", ANY)),
    _case("Azerbaijan acquired Israeli Harop loitering munitions and Turkish Bayraktar TB2 drones.",
          ("Israel", "Azerbaijan", "Harop", ANY), ("Turkey", "Azerbaijan", "Bayraktar TB2", ANY)),
    _case("Iraq purchased South Korean FA-50 jets and American F-16 fighters.",
          ("South Korea", "Iraq", "FA-50", ANY), ("United States", "Iraq", "F-16", ANY)),
    _case("Qatar has bought Rafale jets from France, Typhoon jets from Britain and F-15 jets from the United States.",
          ("France", "Qatar", "Rafale", ANY), ("United Kingdom", "Qatar", "Typhoon", ANY),
          ("United States", "Qatar", "F-15", ANY)),
    _case("Morocco ordered Apache helicopters, which the United States will deliver in 2025.",
          ("United States", "Morocco", "Apache", ANY)),
    _case("Peru, which flies Russian MiG-29 jets, ordered 24 Gripen fighters from Sweden.",
          ("Sweden", "Peru", "Gripen", 24)),
    _case("Kazakhstan, a buyer of Russian arms, signed for Turkish Anka drones.",
          ("Turkey", "Kazakhstan", "Anka", ANY)),
    _case("Denmark said it would donate its F-16 fighters to Ukraine.", ("Denmark", "Ukraine", "F-16", ANY)),
    _case("Ukraine's F-16 jets came from Denmark, Norway and the Netherlands.",
          ("Denmark", "Ukraine", "F-16", ANY), ("Norway", "Ukraine", "F-16", ANY),
          ("Netherlands", "Ukraine", "F-16", ANY)),
    _case("Poland has sent more than 300 T-72 tanks to Ukraine.", ("Poland", "Ukraine", "T-72", 300)),
    _case("India exported 3 Dornier aircraft to Guyana.", ("India", "Guyana", "Dornier", 3)),
    # no transfer
    _case("India's own Tejas fighter entered service with the Indian Air Force in 2016."),
    _case("Egypt flies both Rafale and MiG-29 fighters."),
    _case("Australia is building its own Hunter frigates in Adelaide."),
    _case("Russia's Su-57 has yet to find a foreign buyer."),
    _case("Brazil and Sweden share a long history of cooperation."),
]

ROUND4 = [
    # makers standing for their state, more companies
    _case("Leonardo will supply 24 M-346 trainers to Nigeria.", ("Italy", "Nigeria", "M-346", 24)),
    _case("Navantia signed a contract with Saudi Arabia for five Avante 2200 corvettes.",
          ("Spain", "Saudi Arabia", "Avante 2200", 5)),
    _case("Aselsan will deliver Korkut air defence systems to Azerbaijan.", ("Turkey", "Azerbaijan", "Korkut", ANY)),
    _case("Patria won an order from Japan for AMV armoured vehicles.", ("Finland", "Japan", "AMV", ANY)),
    _case("Damen handed over a Sigma corvette to Indonesia.", ("Netherlands", "Indonesia", "Sigma", ANY)),
    _case("Hindustan Aeronautics delivered two Dhruv helicopters to Ecuador.", ("India", "Ecuador", "Dhruv", 2)),
    _case("Norinco sold VN-1 armoured vehicles to Venezuela.", ("China", "Venezuela", "VN-1", ANY)),
    _case("Boeing won a contract to supply 36 F-15 jets to Qatar.", ("United States", "Qatar", "F-15", 36)),
    _case("Ukraine received Hellfire missiles made by Lockheed Martin.", ("United States", "Ukraine", "Hellfire", ANY)),
    # leads with reported speech and sources
    _case("Algeria has taken delivery of Su-57 fighters from Russia, according to state media.",
          ("Russia", "Algeria", "Su-57", ANY)),
    _case("According to the ministry, Turkey will deliver 12 Hurjet trainers to Spain.",
          ("Turkey", "Spain", "Hurjet", 12)),
    _case("Poland will receive 96 Apache helicopters from the United States, the defence minister said.",
          ("United States", "Poland", "Apache", 96)),
    _case("The Serbian president said Serbia had bought 12 Rafale jets from France.",
          ("France", "Serbia", "Rafale", 12)),
    # the deal as subject
    _case("The contract covers 18 K9 howitzers for Egypt from South Korea.", ("South Korea", "Egypt", "K9", 18)),
    _case("The deal with France includes 24 Rafale jets for Egypt.", ("France", "Egypt", "Rafale", 24)),
    _case("Under the agreement, Russia will supply six Su-30 jets to Myanmar.", ("Russia", "Myanmar", "Su-30", 6)),
    # counts spelled and written in other ways
    _case("Brazil ordered thirty-six Gripen jets from Sweden.", ("Sweden", "Brazil", "Gripen", 36)),
    _case("Slovakia will buy 14 F-16 Block 70 jets from the US.", ("United States", "Slovakia", "F-16", 14)),
    _case("Poland ordered 1,000 K2 tanks from South Korea.", ("South Korea", "Poland", "K2", 1000)),
    # no transfer
    _case("The Philippine Navy's new frigates were built in South Korea, officials said."),
    _case("Leonardo opened a new helicopter plant in Poland."),
    _case("Russia has deployed S-400 systems to Kaliningrad."),
    _case("India tested its Agni-V missile off the coast of Odisha."),
]

ROUND5 = [
    # capitals and seats of power as parties
    _case("Moscow to supply Hanoi with Su-35 fighters", ("Russia", "Vietnam", "Su-35", ANY)),
    _case("Washington approved the sale of 12 F-16 jets to Manila.", ("United States", "Philippines", "F-16", 12)),
    _case("The Pentagon announced a sale of Patriot missiles to Kuwait.", ("United States", "Kuwait", "Patriot", ANY)),
    _case("The Kremlin confirmed that Russia had delivered S-400 systems to Turkey.",
          ("Russia", "Turkey", "S-400", ANY)),
    # destinations without a verb of giving
    _case("The Rafale jets destined for Serbia will be built in Merignac.", ("France", "Serbia", "Rafale", ANY)),
    _case("A batch of K9 howitzers earmarked for Egypt was loaded in Busan.", ("South Korea", "Egypt", "K9", ANY)),
    _case("Funds earmarked for Patriot missiles were cut."),
    # verbs of dealing
    _case("Vietnam inked a deal with Russia for Yak-130 trainers.", ("Russia", "Vietnam", "Yak-130", ANY)),
    _case("Egypt sealed a deal for 30 Rafale jets with France.", ("France", "Egypt", "Rafale", 30)),
    _case("Armenia procured Akash missiles from India.", ("India", "Armenia", "Akash", ANY)),
    _case("Poland placed an order with South Korea for 180 K2 tanks.", ("South Korea", "Poland", "K2", 180)),
    _case("Hanwha secured an order from Australia for 129 Redback vehicles.",
          ("South Korea", "Australia", "Redback", 129)),
    _case("An order for 12 Rafale jets was placed by Serbia with France.", ("France", "Serbia", "Rafale", 12)),
    _case("Ten Caesar howitzers have been ordered by Lithuania from France.", ("France", "Lithuania", "Caesar", 10)),
    # first customers, fleets, suppliers as adjectives
    _case("Indonesia became the first export customer for the Turkish Kaan fighter.",
          ("Turkey", "Indonesia", "Kaan", ANY)),
    _case("Iranian-supplied Shahed drones were launched by Russia at Kyiv.", ("Iran", "Russia", "Shahed", ANY)),
    _case("Patriot systems provided by Germany arrived in Ukraine.", ("Germany", "Ukraine", "Patriot", ANY)),
    _case("Egypt operates Rafale jets purchased from France in 2015.", ("France", "Egypt", "Rafale", ANY)),
    _case("Russia launched Iranian-supplied Shahed drones at Kyiv.", ("Iran", "Russia", "Shahed", ANY)),
    _case("Kenya's army flies US-supplied Black Hawk helicopters.", ("United States", "Kenya", "Black Hawk", ANY)),
    _case("Russia launched Kalibr missiles at Kyiv."),
    # no transfer
    _case("Moscow warned Washington against sending F-16 jets to Kyiv."),
    _case("The Rafale jets flew over Paris on Bastille Day."),
    _case("Ukraine needs more Patriot systems, its president said."),
]

# short stories of several sentences: the parties a later sentence leaves out come from the story
STORIES = [
    _case("Morocco has signed a deal to buy 24 Apache helicopters from the United States. The helicopters will be "
          "based in Marrakech. Morocco already flies F-16 jets bought from Washington in 2011.",
          ("United States", "Morocco", "Apache", 24), ("United States", "Morocco", "F-16", ANY)),
    _case("Indonesia ordered 42 Rafale jets from France in 2022. The first six jets arrived in Jakarta last month. "
          "Indonesia's air force also operates Russian Su-30 fighters.",
          ("France", "Indonesia", "Rafale", 42), ("France", "Indonesia", "Rafale", 6),
          ("Russia", "Indonesia", "Su-30", ANY)),
    _case("Egypt is Africa's largest arms importer. France sold it 54 Rafale jets, while Germany supplied four "
          "submarines and Russia delivered MiG-29 fighters.",
          ("France", "Egypt", "Rafale", 54), ("Germany", "Egypt", "submarines", 4),
          ("Russia", "Egypt", "MiG-29", ANY)),
    _case("Poland signed contracts worth billions with Seoul in 2022. The contracts cover 180 K2 tanks and 212 K9 howitzers. "
          "Warsaw also ordered 96 Apache helicopters from the United States.",
          ("South Korea", "Poland", "K2", 180), ("South Korea", "Poland", "K9", 212),
          ("United States", "Poland", "Apache", 96)),
    _case("The Philippines received its first two Miguel Malvar corvettes from South Korea. Manila ordered the ships "
          "from Hyundai Heavy Industries in 2021.",
          ("South Korea", "Philippines", "Miguel Malvar", 2), ("South Korea", "Philippines", "Miguel Malvar", ANY)),
    _case("Germany pledged new air defence to Ukraine on Tuesday. Berlin will send three IRIS-T systems and two "
          "Patriot launchers, the defence ministry said.",
          ("Germany", "Ukraine", "IRIS-T", 3), ("Germany", "Ukraine", "Patriot", 2)),
]

STORIES2 = [
    _case("Vietnam and Russia held talks in Hanoi on Monday. The two countries signed a contract for 12 Yak-130 "
          "trainers, officials said.", ("Russia", "Vietnam", "Yak-130", 12)),
    _case("India has become a notable arms exporter. It sold BrahMos missiles to the Philippines and Akash "
          "systems to Armenia.",
          ("India", "Philippines", "BrahMos", ANY), ("India", "Armenia", "Akash", ANY)),
    _case("Serbia is modernising its forces. Belgrade bought FK-3 air defence from China and ordered Rafale jets "
          "from France.", ("China", "Serbia", "FK-3", ANY), ("France", "Serbia", "Rafale", ANY)),
    _case("Turkey's drone exports are booming. Baykar has sold Akinci drones to Pakistan, while TB2 drones went to "
          "Ukraine.", ("Turkey", "Pakistan", "Akinci", ANY), ("Turkey", "Ukraine", "TB2", ANY)),
    _case("Brazil signed for 36 Gripen fighters in 2014. Sweden has delivered eight of them so far.",
          ("Sweden", "Brazil", "Gripen", 36), ("Sweden", "Brazil", "Gripen", 8)),
    _case("Chile is replacing its old frigates. Santiago will buy two Type 23 frigates from Britain, the navy said.",
          ("United Kingdom", "Chile", "Type 23", 2)),
    # "interested in" is an adjective of interest (transfer_words.tsv, interest_adjective)
    _case("Greece wants to sell its Mirage 2000 jets. India is said to be interested in the jets.",
          ("Greece", "India", "Mirage 2000", ANY)),
]

# more that must give no transfer: trade figures, production at home, capture, strikes, deployments, training
NONE_LAST = [
    _case("Russia's arms exports fell by half between 2019 and 2023."),
    _case("India is the world's largest importer of weapons."),
    _case("Lockheed Martin is opening a new F-16 production line in South Carolina."),
    _case("Ukrainian troops captured a Russian T-90 tank near Kharkiv."),
    _case("Israeli jets struck Iranian S-300 air defence systems."),
    _case("The US Navy sent an aircraft carrier to the eastern Mediterranean."),
    _case("China sent warships to patrol the South China Sea."),
    _case("France will train Ukrainian pilots on Mirage 2000 jets."),
    _case("North Korea displayed Hwasong-19 missiles at a parade in Pyongyang."),
    _case("Russia has lost dozens of Su-25 jets since 2022."),
    _case("An Indian frigate visited Manila for a port call."),
    _case("Germany's Leopard 2 tank is built by KNDS in Munich."),
]

GRID = VOICE + NOMINAL + NATIONALITY + MAKERS + BUYER_NAMES + COORDINATION + TWO_PARTIES + RELATIVE \
    + INCLUDING + ANAPHORA + QUANTITY + AID + RESALE + NONE \
    + PLURALS + PASSIVE_MORE + HEADLINES + COMPANY_MORE + PRONOUNS + APPOSITION + GERUNDS + NONE_MORE \
    + MORE + RAISED + ROUND3 + ROUND4 + ROUND5 + STORIES + STORIES2 + NONE_LAST


def _row_id(row) -> str:
    """A short test id: the sentence's first words."""
    return (row.values if hasattr(row, "values") else row)[0][:60]


@pytest.mark.parametrize("text,expected", GRID, ids=[_row_id(row) for row in GRID])
def test_parties_sweep(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
