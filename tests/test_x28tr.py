"""Ships and aircraft sent with relief or with their crews are deployed, not handed over (sentences written here)."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2022, 6, 10)


def test_named_transport_sent_with_medical_teams_is_no_transfer(transfers):
    assert transfers("After the floods, Norway sent a C-130 transport with medical teams and tents to Chile.") == []


def test_relief_of_one_clause_reaches_the_sending_set_beside_it(transfers):
    records = transfers("After the floods, Norway sent a C-130 transport with medical teams and tents to Chile, "
                        "while Japan dispatched a supply ship and a pair of CH-47 Chinook helicopters.")
    assert records == []


def test_named_transport_landing_with_tents_is_no_transfer(transfers):
    assert transfers("Two Indian C-17 Globemaster transports touched down at Dhaka airport on Monday "
                     "with tents and a field hospital.") == []


def test_helicopters_lent_with_crews_are_deployed(transfers):
    assert transfers("Canada lent three helicopters and crews to Peru after the earthquake.") == []


def test_helicopters_lent_without_crews_are_still_a_transfer(transfers):
    records = transfers("Canada lent three helicopters to Peru last year.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("Canada", "Peru", 3)]


def test_relief_in_another_clause_leaves_a_sale_standing(transfers):
    records = transfers("Japan sent tents and blankets to Nepal, while the United States agreed to sell "
                        "two C-130J aircraft to Nepal.")
    assert [(r.supplier, r.system, r.status) for r in records] == [("United States", "C-130J", "agreed")]


def test_transport_delivered_with_spares_is_still_a_transfer(transfers):
    records = transfers("Italy delivered two C-27J transports to Chile with spare parts and training.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("Italy", "Chile", 2)]
