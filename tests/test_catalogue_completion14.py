"""The catalogue completion pass 14 (h-cat14): shipyards' export designs (Damen Interceptor and Stan Lander,
Rodman boats, Ghannatha and Rani Abbakka classes), armoured vehicles (FNSS Zaha, Hanwha Tigon, Norinco VN12,
Tatra Patriot), trainers and light aircraft (KT-100, IOMAX Archangel, Kodiak 100) and small UAVs (Trinity,
Penguin C, Delair, Bolt, ALS-50). Names that are also words or given names stay the family only."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 6, 2)

# (text as written, canonical name, family, category, origin)
COMPLETED = [
    ("FNSS Zaha", "FNSS Zaha", "Zaha", "armoured_vehicle", "Turkey"),
    ("Tigon 6x6", "Hanwha Tigon", "Tigon", "armoured_vehicle", "South Korea"),
    ("VN12", "Norinco VN12", "VN-12", "armoured_vehicle", "China"),
    ("Tatra Patriot II", "Tatra Patriot", "Tatra Patriot", "armoured_vehicle", "Czech Republic"),
    ("LMV-BR", "Iveco LMV", "LMV", "armoured_vehicle", "Italy"),
    ("KC-100 Naraon", "KAI KT-100", "KT-100", "aircraft", "South Korea"),
    ("IOMAX Archangel", "IOMAX Archangel", "IOMAX Archangel", "aircraft", "United States"),
    ("Quest Kodiak", "Kodiak 100", "Kodiak 100", "aircraft", "United States"),
    ("Aero L-39NG", "L-39 Albatros", "L-39", "aircraft", "Czech Republic"),
    ("Hermes 90", "Hermes 90", "Hermes", "uav", "Israel"),
    ("Trinity F90+", "Quantum Systems Trinity", "Trinity", "uav", "Germany"),
    ("Penguin C", "Penguin C", "Penguin C", "uav", "Latvia"),
    ("Delair UX11", "Delair DT46", "Delair", "uav", "France"),
    ("Bolt-M", "Anduril Bolt", "Bolt", "uav", "United States"),
    ("ALS-50", "Tata ALS-50", "ALS-50", "uav", "India"),
    ("Thales Fulmar", "Thales Fulmar", "Fulmar", "uav", "France"),
    ("Interceptor 1503", "Damen Interceptor 1102", "Damen Interceptor", "ship", "Netherlands"),
    ("Stan Lander 5612", "Damen OPV", "Damen OPV", "ship", "Netherlands"),
    ("Stan Patrol 4708", "Damen Stan Patrol", "Stan Patrol", "ship", "Netherlands"),
    ("Rodman 66", "Rodman 101", "Rodman", "ship", "Spain"),
    ("Ghannatha-class", "Ghannatha class", "Ghannatha class", "ship", "United Arab Emirates"),
    ("Rani Abbakka class", "Rani Abbakka class", "Rani Abbakka class", "ship", "India"),
    ("Metal Shark 85", "Metal Shark patrol boat", "Metal Shark", "ship", "United States"),
]


@pytest.mark.parametrize("text,name,family,category,origin", COMPLETED)
def test_completed_systems_are_catalogued(gaz, text, name, family, category, origin):
    system = gaz.weapon(text)
    assert system is not None, text
    assert (system.name, system.family, system.category, system.origin) == (name, family, category, origin)


@pytest.mark.parametrize("text", [
    "Zaha", "Tigon", "Trinity", "Bolt", "Fulmar", "Rodman", "Aladin", "Kodiak", "Archangel", "Interceptor",
    "Penguin", "Iris", "Delair",
])
def test_words_and_names_stay_out_of_the_catalogue(gaz, text):
    assert gaz.weapon(text) is None


POSITIVE = [
    ("Ukraine received 20 Trinity F90+ mapping drones from Germany in March.",
     [("Germany", "Ukraine", "Trinity", "delivered", 20)]),
    ("The Philippines ordered six Hanwha Tigon armoured vehicles from South Korea.",
     [("South Korea", "Philippines", "Tigon", "ordered", 6)]),
    ("Kenya ordered four Damen Interceptor 1503 boats from the Netherlands last year.",
     [("Netherlands", "Kenya", "Damen Interceptor", "ordered", 4)]),
    ("Mauritania bought two Rodman 101 patrol vessels from Spain.",
     [("Spain", "Mauritania", "Rodman", ANY, 2)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_transfers_of_completed_systems(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NEGATIVE = [
    "A storm near the Trinity river closed the bridge for two days.",
    "The fulmar is a seabird that nests on steep cliffs along the coast.",
    "Zaha, a local teacher, said the new school would open in autumn.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_names_outside_weapon_reports_give_no_weapon(parsed, transfers, text):
    doc, _, _ = parsed(text, published=PUBLISHED)
    assert not [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]
    assert transfers(text) == []
