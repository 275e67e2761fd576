"""Defence makers of the major suppliers in organisations.tsv (a coverage pass): a company named as the
seller, or as the maker right before a model the catalogue lacks, gives its state. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize("text,name,country", [
    ("Rheinmetall MAN Military Vehicles", "Rheinmetall MAN Military Vehicles", "Germany"),
    ("Katmerciler", "Katmerciler", "Turkey"),
    ("Flensburger Fahrzeugbau", "Flensburger Fahrzeugbau Gesellschaft", "Germany"),
    ("Oerlikon Contraves", "Rheinmetall Air Defence", "Switzerland"),
    ("Fincantieri Marinette Marine", "Fincantieri Marinette Marine", "United States"),
    ("Whitehead Alenia Sistemi Subacquei", "Whitehead Alenia Sistemi Subacquei", "Italy"),
    ("Mectron", "Mectron", "Brazil"),
    ("Krusik", "Krušik", "Serbia"),
    ("Elta", "Elta Systems", "Israel"),
    ("Hanwha Thales", "Hanwha Systems", "South Korea"),
    ("Abu Dhabi Ship Building", "Abu Dhabi Shipbuilding", "United Arab Emirates"),
    ("FB Radom", "FB Radom", "Poland"),
    ("Eldis", "Eldis Pardubice", "Czech Republic"),
    ("DroneShield", "DroneShield", "Australia"),
    ("De Havilland Canada", "De Havilland Canada", "Canada"),
    ("Korea Ryonbong General Corporation", "Korea Ryonbong General Corporation", "North Korea"),
])
def test_defence_makers_have_their_state(gaz, text, name, country):
    org = gaz.organisation(text)
    assert org is not None, text
    assert (org.name, org.type, org.country) == (name, "ORG", country)


@pytest.mark.parametrize("text", ["Antonov", "Rafael", "Bell", "Tatra", "Paramount", "RADA", "Stark", "Marshall"])
def test_surnames_and_words_are_not_makers(gaz, text):
    assert gaz.organisation(text) is None


MAKER_SALES = [
    ("Romania signed a contract with Rheinmetall MAN Military Vehicles for 300 HX2 trucks.",
     [("Germany", "Romania", "MAN HX", "ordered", 300)]),
    ("Kenya ordered 12 ZX-40 patrol boats from Ocea.",
     [("France", "Kenya", "ZX-40", "ordered", 12)]),
    ("Pakistan bought MAR-1 missiles from Mectron.",
     [("Brazil", "Pakistan", "MAR-1", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", MAKER_SALES)
def test_a_makers_sale_gives_its_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)
