"""A seller pitching, marketing or promoting a system to a buyer offers it; a buyer interested in or keen on buying one
shows interest, also in "more of the same class"; sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 2, 10)


@pytest.mark.parametrize("text, expected", [
    ("Saab is pitching the Gripen E to Colombia as an alternative to the F-16.",
     {("Sweden", "Colombia", "offered")}),
    ("Hanwha has marketed the K9 howitzer to Norway and Estonia.",
     {("South Korea", "Norway", "offered"), ("South Korea", "Estonia", "offered")}),
    ("Russia promoted the Su-57E to India at the air show.", {("Russia", "India", "offered")}),
])
def test_pressing_a_system_on_a_buyer_is_an_offer(transfers, text, expected):
    assert {(t.supplier, t.recipient, t.status) for t in transfers(text)} == expected


def test_promoting_cooperation_is_no_offer(transfers):
    assert transfers("The two sides agreed to promote defence cooperation and market their products abroad.") == []


@pytest.mark.parametrize("text", [
    "Cambodia was interested in acquiring two Type 056 corvettes from China.",
    "Cambodia is keen to buy two Type 056 corvettes from China.",
])
def test_a_buyer_interested_in_buying_shows_interest(transfers, text):
    assert {(t.supplier, t.recipient, t.status) for t in transfers(text)} == {("China", "Cambodia", "interest")}


def test_more_of_the_same_class_refers_to_the_class_named_before(transfers):
    records = transfers("Cambodia received two Type 056 corvettes from China last month. Officials said Phnom Penh "
                        "was interested in acquiring two more ships of the same class.")
    assert {(t.family, t.status) for t in records} == {("Type 056", "delivered"), ("Type 056", "interest")}


@pytest.mark.parametrize("text, status", [
    ("France is willing to sell Rafale jets to Colombia.", "offered"),
    ("Germany is prepared to sell Leopard 2 tanks to Chile.", "offered"),
    ("Turkey hopes to buy Eurofighter jets from Britain.", "interest"),
    ("Greece aims to acquire F-35 jets from the United States.", "interest"),
])
def test_a_party_ready_in_principle_makes_no_delivery(transfers, text, status):
    assert [t.status for t in transfers(text)] == [status]
