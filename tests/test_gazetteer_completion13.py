"""Completion of the armed-forces and ship-prefix gazetteers from general knowledge: every state's forces, services,
defence ministry, procurement agency and state arms makers, with the English, native-language and short forms
English-language news uses; navies' ship prefixes. Sentences are written for these tests."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers, load_honorifics


@pytest.fixture(scope="module")
def g() -> Gazetteers:
    return load_gazetteers()


@pytest.mark.parametrize("text,country", [
    # Africa: francophone and lusophone acronyms and names, English service names, ministries
    ("FACI", "Côte d'Ivoire"), ("FDNB", "Burundi"), ("FAPLA", "Angola"), ("USDF", "Eswatini"), ("LDF", "Lesotho"),
    ("Forces Armées Maliennes", "Mali"), ("Marine Sénégalaise", "Senegal"), ("Armée nationale populaire", "Algeria"),
    ("Marinha de Guerra de Moçambique", "Mozambique"), ("Cameroonian Air Force", "Cameroon"),
    ("Tanzania Naval Command", "Tanzania"), ("Gabonese Navy", "Gabon"), ("Botswana Ground Force", "Botswana"),
    ("Chad's Defence Ministry", "Chad"), ("Ministry of Defence of Togo", "Togo"), ("DRC Armed Forces", "DR Congo"),
    # Asia, the Middle East and the Pacific
    ("ROKA", "South Korea"), ("ROCN", "Taiwan"), ("KPAF", "North Korea"), ("RTARF", "Thailand"), ("TuAF", "Turkey"),
    ("RBNF", "Bahrain"), ("RNO", "Oman"), ("RSADF", "Saudi Arabia"), ("MAFAT", "Israel"), ("JAF", "Jordan"),
    ("LAAF", "Libya"), ("Kemenhan", "Indonesia"), ("TNI Angkatan Laut", "Indonesia"), ("Marinir", "Indonesia"),
    ("Royal Saudi Strategic Missile Force", "Saudi Arabia"), ("Kuwaiti National Guard", "Kuwait"),
    ("Syrian Air Force", "Syria"), ("Türk Hava Kuvvetleri", "Turkey"), ("Australian Submarine Agency", "Australia"),
    # Europe
    ("OSRH", "Croatia"), ("KSF", "Kosovo"), ("GDDIA", "Greece"), ("Hrvatska ratna mornarica", "Croatia"),
    ("Wojsko Polskie", "Poland"), ("Ethniki Froura", "Cyprus"), ("Schweizer Luftwaffe", "Switzerland"),
    ("Armed Forces of Serbia", "Serbia"), ("Armenian Army", "Armenia"), ("Department of Defence of Ireland", "Ireland"),
    ("Ukraine Ground Forces", "Ukraine"), ("Fuerzas Armadas Españolas", "Spain"),
    # the Americas
    ("Armada Paraguaya", "Paraguay"), ("Ejército Nacional del Uruguay", "Uruguay"), ("RBDF", "Bahamas"),
    ("ABDF", "Antigua and Barbuda"), ("SENAN", "Panama"), ("Trinidad and Tobago Coast Guard", "Trinidad and Tobago"),
    ("Venezuelan National Guard", "Venezuela"), ("MINFAR", "Cuba"), ("Costa Rican Coast Guard", "Costa Rica"),
    ("Forces armées canadiennes", "Canada"), ("Nationaal Leger", "Suriname"), ("Haitian Armed Forces", "Haiti"),
])
def test_forces_of_every_region_name_their_state(g, text, country):
    org = g.organisation(text)
    assert org is not None, text
    assert (org.type, org.country) == ("MILITARY", country)


@pytest.mark.parametrize("text,country", [
    ("Zimbabwe Defence Industries", "Zimbabwe"), ("KOFC", "Kenya"), ("METEC", "Ethiopia"), ("Simportex", "Angola"),
    ("Bangladesh Ordnance Factories", "Bangladesh"), ("AIDC", "Taiwan"), ("Kazakhstan Engineering", "Kazakhstan"),
    ("Romarm", "Romania"), ("Kintex", "Bulgaria"), ("VMZ Sopot", "Bulgaria"), ("DOK-ING", "Croatia"),
    ("FAMAE", "Chile"), ("CAVIM", "Venezuela"), ("Industria Militar de Colombia", "Colombia"),
])
def test_state_arms_makers_name_their_state(g, text, country):
    org = g.organisation(text)
    assert org is not None, text
    assert (org.type, org.country) == ("ORG", country)


@pytest.mark.parametrize("text", [
    # shared by two states or by a better-known body: Rwanda/US Rapid Deployment Force, Eritrea/a utility,
    # Angola/the US aviation authority, Philippines/a news agency, Zambia/South Africa's ISO code, Ecuador/a bomb,
    # Canada/the Central African Republic's ISO code, Morocco/a US procurement rule, Somalia/Syria, Hungary/Greece
    "RDF", "EDF", "FAA", "AFP", "ZAF", "ZDF", "FAE", "CAF", "FAR", "SNA", "HDF", "ANA", "TAF", "GDF", "ACR",
    # words and generic phrases
    "HIT", "ATM", "WOT", "Arab Army", "Guardia Nacional",
])
def test_shared_or_word_keys_name_no_armed_force(g, text):
    org = g.organisation(text)
    assert org is None or org.type != "MILITARY", text


def test_new_keys_name_no_country_place_weapon_or_title(g):
    # hygiene: a body's name is never also a state, a place, a weapon, a title or an honorific
    honorifics = {h.casefold() for h in load_honorifics()}
    for org in g.organisations:
        if org.type != "MILITARY":
            continue
        for key in (org.name, *org.aliases):
            assert g.country(key) is None, key
            assert g.place(key) is None, key
            assert g.weapon(key) is None, key
            assert not g.is_title(key), key
            assert key.casefold() not in honorifics, key


@pytest.mark.parametrize("prefix,country", [
    ("ICGS", "India"), ("IRIS", "Iran"), ("RNOV", "Oman"), ("QENS", "Qatar"), ("SPS", "Spain"), ("FNS", "Finland"),
    ("EML", "Estonia"), ("LVNS", "Latvia"), ("HMPNGS", "Papua New Guinea"), ("HMJS", "Jamaica"),
    ("HMBS", None),
])
def test_ship_prefixes_of_further_navies(g, prefix, country):
    assert prefix in g.ship_prefixes
    assert g.ship_prefixes[prefix] == country


def _transfers(text: str):
    analysis = analyse_text(text, doc_id="t", published=datetime.date(2024, 3, 12))
    return [(t.supplier, t.recipient, t.family, t.status.value, t.quantity) for t in analysis.transfers]


@pytest.mark.parametrize("text,expected", [
    ("Turkey delivered six Bayraktar TB2 drones to the FACI last week.",
     ("Turkey", "Côte d'Ivoire", "Bayraktar TB2", "delivered", 6)),
    ("China handed over four Wing Loong II drones to the JAF on Tuesday.",
     ("China", "Jordan", "Wing Loong", "delivered", 4)),
    ("The United States will sell eight F-16 fighters to the RTARF under a deal agreed on Friday.",
     ("United States", "Thailand", "F-16", "agreed", 8)),
    ("France delivered two Gowind corvettes to the Marine Sénégalaise in May.",
     ("France", "Senegal", "Gowind", "delivered", 2)),
])
def test_a_buyer_named_only_by_its_service_is_its_state(text, expected):
    assert _transfers(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # guards: a state named as a country and a known body keep giving the same party
    ("Turkey delivered six Bayraktar TB2 drones to Mali last week.",
     ("Turkey", "Mali", "Bayraktar TB2", "delivered", 6)),
    ("Sweden will supply four Archer howitzers to the Bundesheer under a deal signed on Tuesday.",
     ("Sweden", "Austria", "Archer", "agreed", 4)),
])
def test_guards_state_and_known_body(text, expected):
    assert _transfers(text) == [expected]


def test_a_date_is_no_company(nlp):
    # a maker whose name is a date ("August 26 Holdings") is catalogued by its full name only
    doc = nlp("The ministry signed the contract on August 26 in the capital.")
    assert not [e for e in doc.ents if e.label_ in ("ORG", "MILITARY")]


def test_a_missile_name_is_no_named_ship(nlp):
    # Iran's ship prefix is IRIS; the German missile IRIS-T is written with a hyphen and names no ship
    doc = nlp("Germany will send more IRIS-T SLM launchers to Ukraine.")
    assert not [e for e in doc.ents if e.text.startswith("IRIS ")]
    doc = nlp("The frigate IRIS Sahand left port.")
    assert [e.label_ for e in doc.ents if "IRIS Sahand" in e.text] == ["WEAPON_SYSTEM"]
