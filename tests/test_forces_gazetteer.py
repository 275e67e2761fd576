"""Armed forces, their services, defence ministries and procurement agencies of the states that buy or sell arms:
each name stands for its state, an abbreviation two states use stands for none, and a transfer whose recipient is
named only through such a body gets the body's state. Sentences are written for these tests."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers


@pytest.fixture(scope="module")
def g() -> Gazetteers:
    return load_gazetteers()


@pytest.mark.parametrize("text,country", [
    # official names, English names and well-known abbreviations
    ("Royal Canadian Air Force", "Canada"), ("Royal Canadian Navy", "Canada"), ("RNZAF", "New Zealand"),
    ("NZDF", "New Zealand"), ("SAAF", "South Africa"), ("Kenya Army", "Kenya"), ("KDF", "Kenya"),
    ("RJAF", "Jordan"), ("RAFO", "Oman"), ("QEAF", "Qatar"), ("Royal Saudi Naval Forces", "Saudi Arabia"),
    ("Hellenic Navy", "Greece"), ("HAF", "Greece"), ("RNLAF", "Netherlands"), ("Koninklijke Marine", "Netherlands"),
    ("Bundesheer", "Austria"), ("Aeronautica Militare", "Italy"), ("Marina Militare", "Italy"),
    ("Ejército de Tierra", "Spain"), ("Força Aérea Portuguesa", "Portugal"), ("Marinha do Brasil", "Brazil"),
    ("Força Aérea Brasileira", "Brazil"), ("Fuerza Aérea Boliviana", "Bolivia"), ("FACh", "Chile"),
    ("Marina de Guerra del Perú", "Peru"), ("SEDENA", "Mexico"), ("TUDM", "Malaysia"), ("SLAF", "Sri Lanka"),
    ("RSLAF", "Sierra Leone"), ("SSPDF", "South Sudan"), ("Air Force of Zimbabwe", "Zimbabwe"),
    ("Flygvapnet", "Sweden"), ("Royal Danish Air Force", "Denmark"), ("Royal Norwegian Navy", "Norway"),
    ("Tunisian Air Force", "Tunisia"), ("Royal Moroccan Air Force", "Morocco"), ("Ghana Navy", "Ghana"),
    # coast guards, maritime security agencies and marines that buy ships and aircraft
    ("Bakamla", "Indonesia"), ("Japan Coast Guard", "Japan"), ("Kustbevakningen", "Sweden"), ("ROKMC", "South Korea"),
    ("Hellenic Coast Guard", "Greece"), ("Pakistan Maritime Security Agency", "Pakistan"),
    # procurement agencies stand for their state as a party to a deal
    ("Armasuisse", "Switzerland"), ("DALO", "Denmark"), ("Estonian Centre for Defence Investments", "Estonia"),
    ("DGDP", "Bangladesh"), ("Norwegian Defence Materiel Agency", "Norway"),
    # demonym forms written as names, and the ministry's forms the file gives for other states
    ("Chilean Navy", "Chile"), ("Peruvian Army", "Peru"), ("Argentine Air Force", "Argentina"),
    ("Vietnam's Defence Ministry", "Vietnam"), ("Ministry of Defence of Lithuania", "Lithuania"),
    ("Ministry of Defence of the Netherlands", "Netherlands"), ("Ghanaian Ministry of Defence", "Ghana"),
])
def test_forces_and_defence_bodies_name_their_state(g, text, country):
    org = g.organisation(text)
    assert org is not None, text
    assert (org.type, org.country) == ("MILITARY", country)


@pytest.mark.parametrize("text", [
    # used by two or more states: Pakistan/Philippine Air Force, India/Israel, Brazil/Bolivia, Peru/Portugal,
    # Namibia/Syria, Singapore/Sudan/Sweden, Saudi/Singapore, Canada/Cambodia, Bahrain/Botswana, Ghana/Germany,
    # Kuwait/Kenya, Malaysia/Singapore, Canada/Philippines
    "PAF", "IAF", "FAB", "FAP", "NDF", "SAF", "RSAF", "RCAF", "BDF", "GAF", "KAF", "MINDEF", "DND",
    # ordinary English words written in capitals
    "SANG", "COMMIT",
])
def test_shared_or_word_abbreviations_name_no_body(g, text):
    assert g.organisation(text) is None


def test_a_procurement_agency_is_typed_like_a_ministry(g):
    for text in ("Armasuisse", "DALO", "SEDENA"):
        assert g.organisation(text).type == "MILITARY"


@pytest.mark.parametrize("text,body,canonical", [
    ("The RNZAF flew the new jets home on Friday.", "RNZAF", "Royal New Zealand Air Force"),
    ("Officials of the Bundesheer inspected the vehicles.", "Bundesheer", "Austrian Armed Forces"),
    ("A spokesman for the Royal Jordanian Air Force declined to comment.", "Royal Jordanian Air Force",
     "Royal Jordanian Air Force"),
])
def test_the_entity_ruler_labels_the_body(nlp, text, body, canonical):
    ents = [e for e in nlp(text).ents if e.text == body]
    assert ents and ents[0].label_ == "MILITARY" and ents[0].ent_id_ == canonical


@pytest.mark.parametrize("text,word", [
    ("Engineers of the Italian army tested the trucks.", "Italian"),
    ("Oman's navy took the boats on Friday.", "Oman"),
])
def test_a_state_before_a_lower_case_service_stays_a_country(nlp, text, word):
    # "the Italian army", "Oman's navy": the state is named as a country, which the extractors read (and count,
    # as for the currency a document's rials are), not hidden inside a body's name
    ents = [e for e in nlp(text).ents if e.text == word]
    assert ents and ents[0].label_ == "COUNTRY"


def _transfers(text: str):
    analysis = analyse_text(text, doc_id="t", published=datetime.date(2024, 3, 12))
    return [(t.supplier, t.recipient, t.family, t.status.value, t.quantity) for t in analysis.transfers]


@pytest.mark.parametrize("text,expected", [
    ("The RNZAF received its first two P-8A Poseidon patrol aircraft from the United States on Monday.",
     ("United States", "New Zealand", "P-8", "delivered", 2)),
    ("Sweden will supply four Archer howitzers to the Bundesheer under a deal signed on Tuesday.",
     ("Sweden", "Austria", "Archer", "agreed", 4)),
    ("Armasuisse signed a contract with the United States for 36 F-35A fighters.",
     ("United States", "Switzerland", "F-35", "ordered", 36)),
    ("Turkey delivered twelve Bayraktar TB2 drones to the SAAF last month.",
     ("Turkey", "South Africa", "Bayraktar TB2", "delivered", 12)),
    ("Turkey delivered twelve Bayraktar TB2 drones to Chile's navy last month.",
     ("Turkey", "Chile", "Bayraktar TB2", "delivered", 12)),
])
def test_a_transfer_recipient_is_read_from_the_body(text, expected):
    assert _transfers(text) == [expected]


def test_a_shared_abbreviation_gives_no_recipient():
    assert _transfers("The PAF received the first four JF-17 jets.") == []
