"""A second status of the same goods told by a clause of their own (sentences written here): the fleet a purchase
replaces keeps the step its own participle or relative clause tells, and a place the goods were serviced in is no
buyer of them."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2025, 10, 1)


def _steps(records):
    return sorted((r.supplier, r.recipient, r.system, r.status, r.when) for r in records)


# --- the fleet a purchase replaces -------------------------------------------------------------------------------

def test_fleet_to_be_replaced_keeps_its_own_purchase_not_the_wish(transfers):
    records = transfers("Kenya hopes to replace its entire Mirage 2000 fleet, bought from France from 1990 onwards.")
    assert _steps(records) == [("France", "Kenya", "Mirage 2000", "delivered", "1990")]


def test_fleet_after_a_replacement_for_part_of_it_was_bought(transfers):
    records = transfers("Kenya, which is weighing a replacement for part of its ageing Mirage 2000 fleet bought "
                        "from France, is studying the Gripen.")
    mirage = [r for r in records if r.system == "Mirage 2000"]
    assert [(r.supplier, r.recipient, r.status) for r in mirage] == [("France", "Kenya", "delivered")]


def test_fleet_supplied_before_is_delivered_under_a_wish_to_buy_its_successor(transfers):
    records = transfers("Kenya wants to buy Gripen jets to replace Mirage 2000 fighters supplied by France in 1992.")
    mirage = [r for r in records if r.system == "Mirage 2000"]
    assert [(r.supplier, r.status, r.when) for r in mirage] == [("France", "delivered", "1992")]


def test_fleet_is_dated_by_its_own_clause_not_by_the_arrival_of_its_successor(transfers):
    records = transfers("The first Gripen jets will arrive in 2027 to replace the ageing Mirage 2000 fleet, which "
                        "Kenya bought from France in the 1990s.")
    mirage = [r for r in records if r.system == "Mirage 2000"]
    assert [(r.supplier, r.recipient, r.status) for r in mirage] == [("France", "Kenya", "delivered")]
    assert mirage[0].when != "2027"


def test_fleet_to_be_replaced_with_no_clause_of_its_own_is_no_transfer(transfers):
    assert transfers("Kenya hopes to replace its ageing Mirage 2000 fleet.") == []


def test_successor_ordered_to_replace_a_fleet_keeps_its_order_only(transfers):
    records = transfers("Kenya ordered 12 Gripen jets from Sweden to replace its Mirage 2000 fleet.")
    assert _steps(records) == [("Sweden", "Kenya", "Gripen", "ordered", None)]


def test_replacement_wanted_for_a_fleet_is_still_the_successors_interest(transfers):
    records = transfers("Kenya wants to buy Gripen jets to replace Mirage 2000 fighters supplied by France in 1992.")
    gripen = [r for r in records if r.system == "Gripen"]
    assert [(r.supplier, r.recipient, r.status) for r in gripen] == [("Sweden", "Kenya", "interest")]


def test_jets_ordered_and_awaited_are_no_retired_fleet(transfers):
    # (a wish governing goods that are not replaced keeps its mood: the order is still to come)
    records = transfers("Kenya hopes to buy Mirage 2000 jets from France next year.")
    assert [(r.supplier, r.recipient, r.status) for r in records] == [("France", "Kenya", "interest")]


# --- a place the goods were serviced in ------------------------------------------------------------------------

def test_country_the_goods_were_overhauled_in_is_no_buyer(transfers):
    records = transfers("Kenya is rebuilding its air force. The KAF took delivery of ten MiG-29 fighters ordered "
                        "from Russia in 2012 and overhauled in Serbia.")
    assert _steps(records) == [("Russia", "Kenya", "MiG-29", "delivered", None),
                               ("Russia", "Kenya", "MiG-29", "ordered", "2012")]


def test_repair_plant_country_with_the_destination_named_after_it(transfers):
    records = transfers("It should be recalled that the KAF took delivery, between 2016 and 2018, of ten MiG-29 "
                        "fighters ordered from Russia in 2012 and refurbished at a repair plant in Serbia before "
                        "being flown to Kenya.")
    assert {(r.supplier, r.recipient, r.status) for r in records} == {("Russia", "Kenya", "delivered"),
                                                                      ("Russia", "Kenya", "ordered")}


def test_country_the_goods_were_bought_from_is_still_the_seller(transfers):
    records = transfers("Kenya is rebuilding its air force. The KAF took delivery of ten MiG-29 fighters ordered "
                        "in 2012 from Serbia.")
    assert {(r.supplier, r.recipient) for r in records} == {("Serbia", "Kenya")}


def test_buyer_named_as_subject_keeps_the_goods_it_had_overhauled_at_home(transfers):
    records = transfers("Serbia took delivery of ten MiG-29 fighters ordered from Russia in 2012 and overhauled "
                        "in Serbia.")
    assert {(r.supplier, r.recipient) for r in records} == {("Russia", "Serbia")}


def test_purchase_replaced_by_another_scheme_is_no_retired_fleet(transfers):
    # ("replaces the planned purchase of X": the deal is replaced, not a fleet; its own steps stand)
    records = transfers("Kenya's defence ministry said the leasing scheme replaces the planned purchase of six M1117 "
                        "armoured vehicles from the United States, which Kenya cancelled in February.")
    assert ("United States", "Kenya", "cancelled") in {(r.supplier, r.recipient, r.status) for r in records}


def test_overhaul_site_on_the_noun_a_named_system_hangs_on_is_no_buyer(transfers):
    # (the participles hang on "fighters", the noun the name "Sukhoi Su-30K" is a compound of)
    records = transfers("Kenya is rebuilding its air force. The KAF took delivery of ten Sukhoi Su-30K fighters "
                        "ordered from Russia in 2012 and overhauled at an aircraft repair plant in Serbia.")
    assert {(r.supplier, r.recipient, r.status) for r in records} == {("Russia", "Kenya", "delivered"),
                                                                      ("Russia", "Kenya", "ordered")}
