"""Transfer readings found on own29's errors (first pass), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2022, 6, 10)


def parties(records):
    return {(r.supplier, r.recipient, r.status) for r in records}


# an undated purchase participle on a lot whose arrival is still ahead is the order, not a delivery

def test_first_of_a_lot_acquired_that_will_arrive_is_an_order(transfers):
    records = transfers("Meanwhile, the Chilean Air Force announced that the first of the 12 Hawk trainers "
                        "acquired from BAE Systems will arrive in November.")
    assert parties(records) == {("United Kingdom", "Chile", "ordered")}
    assert records[0].quantity == 12 and records[0].when is None  # November is the arrival's


def test_second_of_two_bought_that_will_arrive_is_an_order(transfers):
    records = transfers("The Chilean Air Force said the second of the two C-295 aircraft bought from Spain's "
                        "Airbus will arrive in May.")
    assert parties(records) == {("Spain", "Chile", "ordered")}


def test_batteries_bought_under_a_dated_contract_due_to_arrive(transfers):
    records = transfers("The Philippine Navy said the second and third batteries of BrahMos missiles purchased "
                        "from India under a 2022 contract are due to arrive next year.")
    assert parties(records) == {("India", "Philippines", "ordered")}


def test_acquired_systems_that_arrived_stay_delivered(transfers):
    # negative: the arrival is done, so the first of the lot was delivered
    records = transfers("The Chilean Navy has received the first of two frigates acquired from Britain.")
    assert ("United Kingdom", "Chile", "delivered") in parties(records)
    records = transfers("Chile inducted two Hawk trainers acquired from Britain.")
    assert parties(records) == {("United Kingdom", "Chile", "delivered")}


# a deal noun under "any" below a denied verb is no deal

def test_not_entered_into_any_agreement_is_no_deal(transfers):
    records = transfers("Italy's Fincantieri has offered frigates to Greece, but the Greek ministry said it has not "
                        "entered into any agreement for frigates with Fincantieri.")
    assert ("Italy", "Greece", "agreed") not in parties(records)
    assert ("Italy", "Greece", "ordered") not in parties(records)


def test_does_not_concern_any_transfer_is_no_transfer(transfers):
    records = transfers("The minister stressed that the law does not concern any transfer of Leopard tanks from "
                        "Germany to Moldova.")
    assert records == []


def test_contract_without_denial_stays(transfers):
    # negative: "any" alone, or a denial elsewhere, does not drop the deal
    records = transfers("Chile has signed a contract with Britain for Hawk trainers, and the ministry said it "
                        "does not plan any further purchases.")
    assert ("United Kingdom", "Chile", "ordered") in parties(records)


# reports denied in the passive deny their content

def test_reports_denied_in_the_passive_give_no_talks(transfers):
    records = transfers("Reports in the Greek press that Cyprus was also negotiating for Russian Tor missiles "
                        "were denied by the ministry.")
    assert records == []


def test_reports_confirmed_in_the_passive_keep_the_talks(transfers):
    records = transfers("Reports that Cyprus was negotiating for Russian Tor missiles were confirmed by the "
                        "ministry.")
    assert parties(records) == {("Russia", "Cyprus", "negotiating")}


# "of the type X": the name gives the model of the general noun's lot

def test_carriers_of_the_type_x_are_that_model(transfers):
    records = transfers("China handed over to Angola six trucks, four armoured personnel carriers of the type "
                        "WZ-551 and two patrol boats.")
    carriers = [r for r in records if r.category == "armoured_vehicle"]
    assert len(carriers) == 1
    assert (carriers[0].system, carriers[0].family, carriers[0].quantity) == ("WZ-551", "WZ-551", 4)


def test_vehicles_of_the_x_type(transfers):
    records = transfers("China handed over to Angola four armoured vehicles of the WZ-551 type.")
    assert [(r.family, r.quantity) for r in records] == [("WZ-551", 4)]


def test_type_of_an_unnamed_model_names_nothing(transfers):
    # negative: "of the type used by" names no model; the general noun stays
    records = transfers("China handed over four trucks to Angola, of the type used by the PLA.")
    assert [(r.system, r.family) for r in records] == [("trucks", None)]
