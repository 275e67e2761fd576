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


def test_vehicle_the_goods_arrived_aboard_is_no_transfer(transfers):
    records = transfers("The United States delivered six Apache helicopters to Tunisia. The aircraft arrived "
                        "aboard a cargo ship at Bizerte on Friday.")
    assert {r.system for r in records} == {"Apache"}


def test_goods_arriving_aboard_a_ship_keep_their_own_transfer(transfers):
    records = transfers("The four Black Hawk helicopters, sold by the United States to Tunisia, arrived aboard "
                        "a cargo ship at Bizerte on Friday.")
    assert [(r.supplier, r.recipient, r.system) for r in records] == [("United States", "Tunisia", "Black Hawk")]


def test_prague_stays_the_czech_republic(transfers):
    records = transfers("Prague agreed in March to sell 20 Pandur armoured vehicles to Slovakia.")
    assert [r.supplier for r in records] == ["Czech Republic"]


def test_ready_to_sell_a_type_named_definitely_is_an_offer(transfers):
    records = transfers("The move comes as Paris signals it is ready to sell the Rafale to Bogota.")
    assert [(r.supplier, r.recipient, r.status) for r in records] == [("France", "Colombia", "offered")]


def test_ready_to_ship_goods_of_a_deal_stays_agreed(transfers):
    records = transfers("Seoul is ready to ship the first K2 tanks to Poland in March.")
    assert [(r.system, r.status) for r in records] == [("K2 tanks", "agreed")]


def test_plan_that_fell_through_is_cancelled(transfers):
    records = transfers("Argentina's plan to buy used Mirage jets from France fell through over their condition.")
    assert [(r.supplier, r.recipient, r.status) for r in records] == [("France", "Argentina", "cancelled")]


def test_deal_that_fell_apart_reads_as_one_that_collapsed(transfers):
    apart = transfers("Peru's deal for 20 K9 howitzers from South Korea fell apart in 2021.")
    collapsed = transfers("Peru's deal for 20 K9 howitzers from South Korea collapsed in 2021.")
    assert sorted(r.status for r in apart) == sorted(r.status for r in collapsed)
    assert "cancelled" in {r.status for r in apart}


def test_sales_that_fell_are_a_statistic_not_a_cancellation(transfers):
    assert transfers("Arms sales to Chile fell by 20 percent in 2021.") == []
