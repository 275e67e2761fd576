"""Coverage of the weapons catalogue (armstrack/nlp/data/weapons.tsv) for systems of recent international
transfers: sentences written for these tests name a sample of them in transfer reports and must give the
right system, family and category; names that are also words or people's names (Saxon, Falco, Malyuk,
Penguin, Gökdoğan) name a system only before a category noun, and in sentences about other things give no
weapon at all."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2024, 3, 11)


# (text as written, canonical name, family, category, origin)
LOOKUPS = [
    ("Arlan armored vehicles", "Arlan 4x4", "Arlan", "armoured_vehicle", "South Africa"),
    ("Gidran", "Gidrán", "Ejder Yalçın", "armoured_vehicle", "Turkey"),
    ("M-84A4 Snajper", "M-84 tank", "M-84", "armoured_vehicle", None),
    ("Sodermanland-class submarine", "Södermanland class", "Södermanland", "ship", "Sweden"),
    ("Gotland-class", "Gotland class", "Gotland class", "ship", "Sweden"),
    ("KDX-II", "Chungmugong Yi Sun-sin class", "KDX-II", "ship", "South Korea"),
    ("Tamandare-class", "Tamandaré class", "MEKO", "ship", "Germany"),
    ("CB 90", "CB90", "CB90", "ship", "Sweden"),
    ("R-27ER", "R-27", "R-27", "missile", "Russia"),
    ("AA-8 Aphid", "R-60", "R-60", "missile", "Russia"),
    ("9M119M Invar", "9M119", "9M119", "missile", "Russia"),
    ("JSM", "Joint Strike Missile", "NSM", "missile", "Norway"),
    ("Have Nap", "AGM-142 Popeye", "Popeye", "missile", "Israel"),
    ("MK-84", "Mk 84", "Mk 80", "other", "United States"),
    ("FP-5 Flamingo", "FP-5 Flamingo", "FP-5", "missile", "Ukraine"),
    ("Pilatus PC-12NG", "Pilatus PC-12", "PC-12", "aircraft", "Switzerland"),
    ("L-410UVP-E20", "Let L-410", "L-410", "aircraft", "Czech Republic"),
    ("OA-1K", "OA-1K Skyraider II", "AT-802", "aircraft", "United States"),
    ("CH-148 Cyclone", "S-92", "S-92", "helicopter", "United States"),
    ("Skeldar V-200", "Skeldar V-200", "Skeldar", "uav", "Sweden"),
    ("RBS 23 BAMSE", "RBS 23 BAMSE", "RBS 23", "air_defence", "Sweden"),
    ("LG1 Mk III", "Nexter LG1", "LG1", "artillery", "France"),
    ("AN/TPY-4", "AN/TPY-4", "AN/TPY-4", "radar", "United States"),
    ("Scanter 4100", "Terma Scanter", "Scanter", "radar", "Denmark"),
    ("FAMAS G2", "FAMAS", "FAMAS", "small_arms", "France"),
    ("Shmel", "RPO-A Shmel", "Shmel", "small_arms", "Russia"),
]


@pytest.mark.parametrize("text,name,family,category,origin", LOOKUPS)
def test_recent_systems_are_catalogued(gaz, text, name, family, category, origin):
    system = gaz.weapon(text)
    assert system is not None, text
    assert (system.name, system.family, system.category, system.origin) == (name, family, category, origin)


@pytest.mark.parametrize("text", [
    "Saxon", "Falco", "Penguin", "Popeye", "Malyuk", "Beryl", "Tolun", "Gökdoğan", "Teber",
    "Mersad", "Lahat", "Miloš", "Almas", "Yasir", "Sapsan", "Flamingo", "Chaparral", "Kodiak", "Biber",
    "Vulcano", "Palmaria", "Amazon", "Vector", "Patroller", "Iron Fist", "Çakır", "Kronos", "Sting Ray",
])
def test_words_and_given_names_alone_are_not_systems(gaz, text):
    assert gaz.weapon(text) is None


POSITIVE = [
    ("Kazakhstan has begun fielding Arlan armoured vehicles assembled under a South African licence.",
     [("South Africa", "Kazakhstan", "Arlan", "licensed_production", ANY)]),
    ("Hungary took delivery of 40 Gidrán armoured vehicles from Turkey last year.",
     [("Turkey", "Hungary", "Ejder Yalçın", "delivered", 40)]),
    ("Croatia handed over 30 M-84 tanks to Ukraine in March.",
     [("Croatia", "Ukraine", "M-84", "delivered", 30)]),
    ("Sweden donated ten CB90 combat boats to Ukraine.",
     [("Sweden", "Ukraine", "CB90", "delivered", 10)]),
    ("Germany delivered four Biber bridgelayers and two Bergepanzer 3 Büffel recovery vehicles to Ukraine.",
     [("Germany", "Ukraine", "Biber", "delivered", 4), ("Germany", "Ukraine", "Büffel", "delivered", 2)]),
    ("Malaysia ordered three Falco drones from Italy in 2021.",
     [("Italy", "Malaysia", "Falco", "ordered", 3)]),
    ("Brazil bought 12 AGM-119 Penguin missiles from Norway.",
     [("Norway", "Brazil", "Penguin", ANY, 12)]),
    ("The United States approved the sale of 2,000 Mk 84 bombs to Israel.",
     [("United States", "Israel", "Mk 80", "agreed", 2000)]),
    ("Poland shipped 5,000 Grot rifles to Ukraine in the spring.",
     [("Poland", "Ukraine", "Grot", "delivered", 5000)]),
    ("Nigeria received four AT-802U aircraft from the United States.",
     [("United States", "Nigeria", "AT-802", "delivered", 4)]),
    ("Canada sold 25 Saxon armoured vehicles to Ukraine.",
     [("Canada", "Ukraine", "Saxon", "delivered", 25)]),
    ("Egypt received R-27 air-to-air missiles from Russia.",
     [("Russia", "Egypt", "R-27", "delivered", ANY)]),
    ("Japan has signed a contract with Finland for Patria AMOS mortars.",
     [("Finland", "Japan", "AMOS", "ordered", ANY)]),
    ("Serbia has delivered M-77 Oganj rocket launchers to Cyprus.",
     [("Serbia", "Cyprus", "Oganj", "delivered", ANY)]),
    ("Thailand took delivery of 10 Pilatus PC-12 aircraft from Switzerland.",
     [("Switzerland", "Thailand", "PC-12", "delivered", 10)]),
    ("Spain sold 40 Instalaza C90 anti-tank weapons to Ghana.",
     [("Spain", "Ghana", "C90", "delivered", 40)]),
    ("The Netherlands donated YPR-765 armoured personnel carriers to Ukraine.",
     [("Netherlands", "Ukraine", "YPR-765", "delivered", ANY)]),
    ("Estonia ordered Mistral ATLAS launchers from France.",
     [("France", "Estonia", "Mistral", "ordered", ANY)]),
    ("Ghana received six Panhard AML-90 armoured cars from France.",
     [("France", "Ghana", "AML", "delivered", 6)]),
    ("Croatia ordered two Chaparral air defence systems from the United States.",
     [("United States", "Croatia", "Chaparral", "ordered", 2)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_transfers_of_newly_catalogued_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NEGATIVE = [
    "Arlan Abenov, a Kazakh diplomat, met the Turkish ambassador on Monday.",
    "Saxon farmers protested in Dresden against the new tax.",
    "A falcon named Falco was released by the zoo in Rome.",
    "Beryl Smith, the chairwoman, said the company would open a new plant.",
    "The film Popeye was screened in Ankara.",
    "Tolun Aksoy and Mehmet Gökdoğan opened a restaurant in Izmir.",
    "Vasyl Malyuk spoke to reporters in Kyiv about the investigation.",
    "Mersad Hodžić scored twice for the Bosnian side.",
    "Minister Teber said that exports of hazelnuts rose.",
    "The Lahat regency in South Sumatra reported floods.",
    "Indonesia ordered two N219 transport aircraft from its own state aircraft maker.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_names_outside_weapon_reports_give_no_transfer(parsed, transfers, text):
    doc, _, _ = parsed(text, published=PUBLISHED)
    named = [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]
    if "N219" not in text:  # the domestic order names a system, but no transfer
        assert not named, named
    assert transfers(text) == []


# A second widening (h-catalogue): legacy and recent systems of European, Commonwealth, Brazilian, South African,
# East European and Asian makers. (text as written, canonical name, family, category, origin)
WIDENED = [
    ("Atlantique 2", "Breguet Atlantique", "Atlantique", "aircraft", "France"),
    ("Falcon 7X", "Dassault Falcon 7X", "Falcon 7X", "aircraft", "France"),
    ("Aermacchi MB.326", "Aermacchi MB-326", "MB-326", "aircraft", "Italy"),
    ("M28 Bryza", "PZL M28 Skytruck", "M28", "aircraft", "Poland"),
    ("Sea Skua", "Sea Skua", "Sea Skua", "missile", "United Kingdom"),
    ("Blowpipe missiles", "Blowpipe missile", "Blowpipe", "air_defence", "United Kingdom"),
    ("Super 530D", "Matra Super 530", "Super 530", "missile", "France"),
    ("MIM-23K", "MIM-23 Hawk", "MIM-23", "air_defence", "United States"),
    ("Reapers", "MQ-9", "MQ-9", "uav", "United States"),
    ("KF51 Panther", "KF51 Panther", "KF51 Panther", "armoured_vehicle", "Germany"),
    ("OT-64 SKOT", "OT-64 SKOT", "SKOT", "armoured_vehicle", None),
    ("Chieftain tank", "FV4201 Chieftain", "Chieftain", "armoured_vehicle", "United Kingdom"),
    ("Grad-P", "BM-21 Grad", "BM-21", "artillery", "Russia"),
    ("Helsinki class", "Helsinki class", "Helsinki class", "ship", "Finland"),
    ("Descubierta class", "Descubierta class", "Descubierta class", "ship", "Spain"),
    ("Krivak III", "Krivak class", "Krivak class", "ship", "Russia"),
    ("AN/APG-78", "AN/APG-78 Longbow", "AN/APG-78", "radar", "United States"),
    ("APG-77", "AN/APG-77", "AN/APG-77", "radar", "United States"),
    ("Mk 48 torpedoes", "Mk 48 torpedo", "Mk 48", "other", "United States"),
    ("Milkor MGL", "Milkor MGL", "Milkor", "small_arms", "South Africa"),
    ("RQ-101", "RQ-101 Songgolmae", "RQ-101", "uav", "South Korea"),
    ("SSPH Primus", "SSPH Primus", "Primus", "artillery", "Singapore"),
    ("Ajban 440A", "NIMR", "Nimr", "armoured_vehicle", "United Arab Emirates"),
    ("Al Tariq LR", "Al Tariq guided munition", "Al Tariq", "other", "United Arab Emirates"),
    ("AI-222-25", "Motor Sich AI-222", "AI-222", "other", "Ukraine"),
    ("6TD-2E", "KMDB 6TD", "6TD", "other", "Ukraine"),
    ("MT883 Ka-500", "MTU MT883", "MT883", "other", "Germany"),
    ("LM2500+G4", "General Electric LM2500", "LM2500", "other", "United States"),
]


@pytest.mark.parametrize("text,name,family,category,origin", WIDENED)
def test_widened_catalogue_knows_more_systems(gaz, text, name, family, category, origin):
    system = gaz.weapon(text)
    assert system is not None, text
    assert (system.name, system.family, system.category, system.origin) == (name, family, category, origin)


@pytest.mark.parametrize("text", [
    "Aleksandar", "Pizarro", "Cavour", "Pantera", "Starburst", "Seawolf", "Kowsar", "Šumadija", "Rudra",
    "Mwari", "Islander", "Centurion", "Nimrod", "Martello", "Olifant", "Palma", "Adour", "Kaveri", "Jais",
    "Aneto", "Hafeet", "Zafar",
])
def test_widened_names_alone_are_not_systems(gaz, text):
    assert gaz.weapon(text) is None


WIDENED_POSITIVE = [
    ("Pakistan took delivery of three Atlantique 2 maritime patrol aircraft from France.",
     [("France", "Pakistan", "Atlantique", "delivered", 3)]),
    ("Bolivia bought six Bandeirante aircraft from Brazil in 2009.",
     [("Brazil", "Bolivia", "Bandeirante", "delivered", 6)]),
    ("Thailand ordered Blowpipe missiles from the United Kingdom.",
     [("United Kingdom", "Thailand", "Blowpipe", "ordered", ANY)]),
    ("The United Kingdom bought ten Reapers from the United States.",
     [("United States", "United Kingdom", "MQ-9", "delivered", 10)]),
    ("Croatia acquired five Helsinki class missile boats from Finland.",
     [("Finland", "Croatia", "Helsinki class", ANY, 5)]),
    ("Pakistan ordered 6TD-2 engines for its tanks from Ukraine.",
     [("Ukraine", "Pakistan", "6TD", "ordered", ANY)]),
    # an ambiguous name (a vehicle, a helicopter, a rocket launcher) with its category noun
    ("Rheinmetall will supply 40 Lynx vehicles to Hungary.", [("Germany", "Hungary", "Lynx", "agreed", 40)]),
    ("Hungary received the first Lynx infantry fighting vehicles from Germany.",
     [("Germany", "Hungary", "Lynx", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", WIDENED_POSITIVE)
def test_transfers_of_widened_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    "Aleksandar Petrović, a Serbian diplomat, visited Rome on Tuesday.",
    "The Cavour bridge in Turin was closed for repairs.",
    "Farmers in Šumadija reported a record plum harvest.",
])
def test_widened_names_outside_weapon_reports_give_no_weapon(parsed, transfers, text):
    doc, _, _ = parsed(text, published=PUBLISHED)
    assert not [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]
    assert transfers(text) == []


# A coverage pass supplier by supplier (bench/catalogue_coverage.py): export designators of catalogued
# systems and systems of recent transfers the catalogue lacked. (text as written, canonical name, family,
# category, origin)
COVERAGE_PASS = [
    ("9A52-4 Tornado", "BM-30 Smerch", "BM-30", "artillery", "Russia"),
    ("48N6E3", "S-300", "S-300", "air_defence", "Russia"),
    ("Tor-M2K", "Tor-M2", "Tor", "air_defence", "Russia"),
    ("C-201", "HY-2", "Silkworm", "missile", "China"),
    ("MC-130J", "C-130", "C-130", "aircraft", "United States"),
    ("TC-90", "King Air 350", "King Air", "aircraft", "United States"),
    ("Kaman SH-2G", "SH-2G Super Seasprite", "SH-2G", "helicopter", "United States"),
    ("Enduring Shield", "IFPC", "IFPC", "air_defence", "United States"),
    ("Extended Range Attack Munition", "ERAM", "ERAM", "missile", "United States"),
    ("RIM-174", "SM-6", "SM-6", "missile", "United States"),
    ("CBU-105", "CBU-97", "CBU-97", "other", "United States"),
    ("Mark 41 VLS", "Mk 41 VLS", "Mk 41", "other", "United States"),
    ("AN/TPQ-49", "AN/TPQ-49", "AN/TPQ-49", "radar", "United States"),
    ("Leopard 2A8NO", "Leopard 2", "Leopard 2", "armoured_vehicle", "Germany"),
    ("BO-105", "MBB Bo 105", "Bo 105", "helicopter", "Germany"),
    ("FFG ACSV", "ACSV G5", "ACSV", "armoured_vehicle", "Germany"),
    ("Helsing HX-2", "Helsing HX-2", "HX-2", "uav", "Germany"),
    ("127/64 LW", "OTO 127/64", "OTO 127", "artillery", "Italy"),
    ("Type 997 Artisan", "Type 997 Artisan", "Artisan", "radar", "United Kingdom"),
    ("SK-105A2", "SK-105 Kürassier", "Kürassier", "armoured_vehicle", "Austria"),
    ("K9FIN", "K9 Thunder", "K9", "artillery", "South Korea"),
    ("Anza Mk-III", "Anza Mk-II", "Anza", "air_defence", "Pakistan"),
    ("Çelik Kubbe", "Steel Dome", "Steel Dome", "air_defence", "Turkey"),
    ("HİSAR-O+", "Hisar-A", "Hisar", "air_defence", "Turkey"),
    ("Mectron MAR-1", "MAR-1", "MAR-1", "missile", "Brazil"),
    ("MANSUP", "MANSUP", "MANSUP", "missile", "Brazil"),
    ("EOS R400S Mk2", "EOS R400", "R400", "other", "Australia"),
    ("SYPAQ Corvo", "Corvo PPDS", "Corvo", "uav", "Australia"),
    ("Dash 8 MPA", "DHC-8 MPA", "Dash 8", "aircraft", "Canada"),
    ("Istanbul-class", "MILGEM", "MILGEM", "ship", "Turkey"),
    ("Bulsae-4", "Bulsae-4", "Bulsae", "missile", "North Korea"),
    ("Shaheen-IA", "Shaheen-I", "Shaheen", "missile", "Pakistan"),
    ("FA-50 Block 70", "FA-50", "T-50", "aircraft", "South Korea"),
    ("J-35E", "J-35", "J-35", "aircraft", "China"),
    ("T-72B1MS", "T-72", "T-72", "armoured_vehicle", "Russia"),
    ("Hindustan 228", "Dornier 228", "Do 228", "aircraft", "Germany"),
    ("EMB-145H", "Embraer E-99", "E-99", "aircraft", "Brazil"),
    ("Type 73 truck", "Type 73 truck", "Type 73 truck", "other", "Japan"),
    ("Rafael Drone Dome", "Drone Dome", "Drone Dome", "air_defence", "Israel"),
    ("RPS-42", "RADA RPS-42", "RADA MHR", "radar", "Israel"),
    ("Rafale EM", "Rafale", "Rafale", "aircraft", "France"),
    ("AS-24 Killjoy", "Kinzhal", "Kinzhal", "missile", "Russia"),
]


@pytest.mark.parametrize("text,name,family,category,origin", COVERAGE_PASS)
def test_coverage_pass_systems_are_catalogued(gaz, text, name, family, category, origin):
    system = gaz.weapon(text)
    assert system is not None, text
    assert (system.name, system.family, system.category, system.origin) == (name, family, category, origin)


@pytest.mark.parametrize("text", [
    "Anza", "Corvo", "Slinger", "Aegis", "Jelcz", "Silkworm", "Langusta", "Stilet", "Artisan", "Malva",
    "Scalp", "Bill", "Kürassier", "Zhitel",
])
def test_coverage_pass_words_alone_are_not_systems(gaz, text):
    assert gaz.weapon(text) is None


COVERAGE_POSITIVE = [
    ("Norway ordered 20 ACSV G5 armoured vehicles from Germany for its army.",
     [("Germany", "Norway", "ACSV", "ordered", 20)]),
    ("Peru took delivery of two SH-2G Super Seasprite helicopters from the United States.",
     [("United States", "Peru", "SH-2G", "delivered", 2)]),
    ("The United States approved the sale of 40 CBU-105 bombs to Taiwan.",
     [("United States", "Taiwan", "CBU-97", "agreed", 40)]),
    ("The Philippines received five TC-90 aircraft from Japan.",
     [("Japan", "Philippines", "King Air", "delivered", 5)]),
    ("Malaysia received Anza Mk-III missiles from Pakistan.",
     [("Pakistan", "Malaysia", "Anza", "delivered", ANY)]),
    ("Brazil sold MAR-1 anti-radiation missiles to Pakistan.",
     [("Brazil", "Pakistan", "MAR-1", "delivered", ANY)]),
    ("Ukraine received 300 Corvo PPDS drones from Australia.",
     [("Australia", "Ukraine", "Corvo", "delivered", 300)]),
    ("Egypt ordered 48 K9A1EGY howitzers from South Korea.",
     [("South Korea", "Egypt", "K9", "ordered", 48)]),
    ("Argentina bought ten Bo-105 helicopters from Germany.",
     [("Germany", "Argentina", "Bo 105", "delivered", 10)]),
]


@pytest.mark.parametrize("text,expected", COVERAGE_POSITIVE)
def test_transfers_of_coverage_pass_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    "Senator Ruiz said Senate Bill 2 would raise the tax on fuel.",
    "Farmers near Anza reported a dry spring.",
    "Corvo, a chef from Naples, opened a restaurant in Lisbon.",
])
def test_coverage_pass_names_outside_weapon_reports_give_no_weapon(parsed, transfers, text):
    doc, _, _ = parsed(text, published=PUBLISHED)
    assert not [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]
    assert transfers(text) == []


def test_coverage_checklist_resolves(gaz):
    """Every designation of bench/catalogue_checklist.tsv (the supplier-by-supplier checklist the coverage
    pass was made with) names a system of its supplier and category."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "catalogue_checklist.tsv"
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")][1:]
    related = ({"air_defence", "missile"}, {"artillery", "missile"}, {"uav", "missile"})
    wrong = []
    for supplier, category, forms in rows:
        for form in forms.split("|"):
            system = gaz.weapon(form)
            if system is None or (system.origin or "") != supplier or not (
                    system.category == category or any({system.category, category} <= r for r in related)):
                wrong.append((form, system and (system.name, system.origin, system.category)))
    assert len(rows) > 200 and not wrong, wrong[:20]
