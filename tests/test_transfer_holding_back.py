"""A state holding back from a transfer ("refrained from sending", "resisted supplying", "hesitated to send") makes
none; a service on a system (training crews on it) is none, unless the system's own clause tells its transfer;
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from transfer_cases import rows

PUBLISHED = date(2025, 10, 23)


def test_a_state_holding_back_from_a_transfer_makes_none(transfers):
    assert transfers("Norway has so far refrained from sending F-35 jets to Ukraine.") == []
    assert transfers("Germany resisted supplying Taurus missiles to Ukraine for months.") == []
    found = rows(transfers("Berlin hesitated to send Leopard 2 tanks to Ukraine, but Poland delivered 14 Leopard 2A4 "
                           "tanks in February."))
    assert found == {("Poland", "Ukraine", "Leopard 2", "delivered")}


def test_a_system_trained_on_keeps_the_transfer_its_own_clause_tells(transfers):
    found = rows(transfers("Indian instructors have trained Vietnamese crews on the Su-30MK2 fighters and Kilo-class "
                           "submarines that Vietnam bought from Russia."))
    assert {(s, r, st) for s, r, _, st in found} == {("Russia", "Vietnam", "delivered")} and len(found) == 2
    assert transfers("The United States promised to train Ukrainian pilots on F-16 jets.") == []
