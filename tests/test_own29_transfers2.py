"""Transfer readings found on own29's errors (second pass), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from armstrack.extract.dates import resolve_date

PUBLISHED = date(2021, 9, 14)


def parties(records):
    return {(r.supplier, r.recipient, r.status) for r in records}


# a purchase "on behalf of" several states: each of them buys; "awarded a contract to X": X sells

def test_joint_procurement_on_behalf_of_two_states(transfers):
    records = transfers("The Dutch procurement agency has awarded a contract to Saab for the supply of RBS 70 air "
                        "defence systems, which is concluded in a joint procurement on behalf of the Netherlands "
                        "and Belgium.")
    assert parties(records) == {("Sweden", "Netherlands", "ordered"), ("Sweden", "Belgium", "ordered")}


def test_agency_orders_on_behalf_of_members(transfers):
    records = transfers("The NATO Support and Procurement Agency signed a contract with Saab for Carl-Gustaf "
                        "weapons on behalf of Lithuania and Poland.")
    assert parties(records) == {("Sweden", "Lithuania", "ordered"), ("Sweden", "Poland", "ordered")}


def test_awarded_a_contract_to_a_maker_is_bought_from_it(transfers):
    records = transfers("Norway's defence materiel agency has awarded a contract to Saab for the supply of RBS 70 "
                        "air defence systems.")
    assert parties(records) == {("Sweden", "Norway", "ordered")}


def test_exporter_acting_on_behalf_of_its_state_still_sells(transfers):
    # negative: "on behalf of" the maker's own state names the seller, not a buyer
    records = transfers("Rosoboronexport, acting on behalf of Russia, signed a contract with Egypt for 24 Su-35 "
                        "fighters.")
    assert parties(records) == {("Russia", "Egypt", "ordered")}


def test_each_buyer_of_a_joint_order_is_no_antecedent_of_its(transfers):
    # negative: "each country ... its systems" after two buyers does not say which one the parts go to
    records = transfers("The Dutch procurement agency has awarded a contract to Saab for the supply of RBS 70 air "
                        "defence systems, which is concluded in a joint procurement on behalf of the Netherlands "
                        "and Belgium. Each country will receive its systems, including launchers, radars and "
                        "missiles, starting next year.")
    assert {r.system for r in records} == {"RBS 70"} or all("RBS" in r.system for r in records)


def test_one_buyer_of_a_lot_still_antecedent(transfers):
    # negative: a single buyer told before keeps its later mention
    records = transfers("Chile signed a contract with Saab for RBS 70 air defence systems. The systems will be "
                        "delivered next year.")
    assert ("Sweden", "Chile", "agreed") in parties(records) or ("Sweden", "Chile", "ordered") in parties(records)
    assert all(r.recipient == "Chile" for r in records)


# kits to be assembled by the buyer, delivery still ahead: a licensed build to come

def test_vehicles_to_be_delivered_as_kits_are_licence_built(transfers):
    records = transfers("The contract covers 40 BMP-3 vehicles which will be delivered to Egypt as kits and "
                        "assembled by Egyptian engineers in Cairo.")
    assert ("Russia", "Egypt", "licensed_production") in parties(records)


def test_will_deliver_as_kits_for_local_assembly(transfers):
    records = transfers("Russia will deliver 40 BMP-3 vehicles to Egypt as kits for local assembly.")
    assert parties(records) == {("Russia", "Egypt", "licensed_production")}


def test_future_delivery_without_kits_stays_agreed(transfers):
    # negative: no kits, no licence
    records = transfers("The deal covers 30 Tatra trucks which will be delivered by Czechia to Kenya in 2026.")
    assert parties(records) == {("Czech Republic", "Kenya", "agreed")}


def test_repair_kits_beside_a_delivery_are_no_kit_assembly(transfers):
    # negative: kits of another item delivered beside the system
    records = transfers("Russia delivered 40 BMP-3 vehicles and 200 repair kits to Egypt, which will assemble "
                        "its own trucks.")
    assert ("Russia", "Egypt", "delivered") in parties(records)
    assert ("Russia", "Egypt", "licensed_production") not in parties(records)


# dates: a month with no year in a clause in the future tense is the next such month; "decades" is no December

def test_future_month_resolves_forward():
    ref = date(2019, 8, 22)
    assert resolve_date("in November", ref, ahead=True) == "2019-11"
    assert resolve_date("in March", ref, ahead=True) == "2020-03"
    assert resolve_date("in November", ref) == "2018-11"  # past-tense reporting, as before
    assert resolve_date("in March", ref) == "2019-03"


def test_decades_is_no_month():
    ref = date(2019, 8, 22)
    assert resolve_date("decades", ref) is None
    assert resolve_date("in decades", ref) is None
    assert resolve_date("Dec", ref) == "2018-12"
    assert resolve_date("Sept. 3", ref) == "2018-09-03"
    assert resolve_date("Aug. 3", ref) == "2019-08-03"


def test_will_arrive_in_a_later_month_dates_this_year(transfers):
    records = transfers("Chile ordered two C-295 aircraft from Spain, which will be delivered in November.",
                        published=date(2019, 8, 22))
    assert {r.when for r in records if r.status == "agreed"} <= {"2019-11", None}
    assert all(r.when != "2018-11" for r in records)


def test_delivered_in_a_later_month_is_last_year(transfers):
    # negative: a past delivery in a month after the page's still reads back
    records = transfers("Chile received two C-295 aircraft from Spain in November.", published=date(2019, 8, 22))
    assert {r.when for r in records} == {"2018-11"}


# the lot's own "of" phrase names its deal: the order is a step beside the licensed build

def test_remaining_aircraft_of_the_contract_are_ordered_too(transfers):
    records = transfers("Chile bought 12 Hawk trainers from Britain. The remaining ten aircraft of the contract "
                        "for 12 units signed in 2015 will be assembled under licence by ENAER.")
    assert ("United Kingdom", "Chile", "licensed_production") in parties(records)
    assert ("United Kingdom", "Chile", "ordered") in parties(records)


def test_remaining_aircraft_of_a_batch_are_no_order(transfers):
    # negative: a batch is no deal noun
    records = transfers("Chile bought 12 Hawk trainers from Britain. The remaining ten aircraft of the batch will "
                        "be assembled under licence by ENAER.")
    assert ("United Kingdom", "Chile", "ordered") not in parties(records)
    assert ("United Kingdom", "Chile", "licensed_production") in parties(records)


# a licensee showing its own licence-built system offers it to no one

def test_licensee_showing_its_licence_build_is_no_offer_to_the_licensor(transfers):
    records = transfers("At the fair the Jordanian side showed the Otokar Cobra armoured vehicle, which is assembled "
                        "in Amman under licence from Turkey's Otokar.")
    assert parties(records) == {("Turkey", "Jordan", "licensed_production")}


def test_maker_offering_to_a_licensee_stays_an_offer(transfers):
    # negative: the maker's own offer to the state that builds it
    records = transfers("Turkey offered the Otokar Cobra armoured vehicle to Jordan, which already assembles it "
                        "under licence from Otokar.")
    assert ("Turkey", "Jordan", "offered") in parties(records)


# offers: a system introduced to a buyer's side, readiness to share it; a gift with its agent

def test_introduced_a_drone_to_the_buyers_side_is_an_offer(transfers):
    records = transfers("The Turkish side also presented and introduced the Bayraktar TB2 drone of Baykar to the "
                        "Malaysian side.")
    assert parties(records) == {("Turkey", "Malaysia", "offered")}


def test_introduced_into_service_is_no_offer(transfers):
    # negative: a force bringing its own system into service
    assert transfers("The Indian Army introduced the Pinaka rocket launcher into service in 2018.") == []


def test_ready_to_share_a_system_with_a_partner_is_an_offer(transfers):
    records = transfers("The Russian side stood ready to share the Pantsir air defence system with Laos.")
    assert parties(records) == {("Russia", "Laos", "offered")}


def test_sharing_experience_is_no_transfer(transfers):
    # negative: know-how shared about making a kind of system
    assert transfers("Israel is ready to share its experience in the manufacture of unmanned aerial vehicles.") == []
    assert transfers("The two navies share the same Scorpene submarines.") == []


def test_ready_to_ship_goods_of_a_deal_stays_agreed_beside_share(transfers):
    # negative: readiness to deliver a lot named definitely is the delivery of a deal made
    records = transfers("Seoul is ready to ship the first K2 tanks to Poland in March.")
    assert parties(records) == {("South Korea", "Poland", "agreed")}


def test_ship_gifted_by_a_state_in_a_list_of_welcomed_items(transfers):
    records = transfers("The ministers welcomed the new training centre for the Sri Lankan navy and the patrol "
                        "corvette INS Tarmugli gifted by India last year.")
    assert ("India", "Sri Lanka", "delivered") in parties(records)


def test_sharing_a_ramp_with_jets_is_no_offer_of_them(transfers):
    # negative: the "with" phrase of "share" is the partner, not the goods
    records = transfers("The new Rafale jets will share the ramp with the F-16s Indonesia bought from the United "
                        "States.")
    assert ("United States", "Indonesia", "offered") not in parties(records)
    assert ("United States", "Indonesia", "delivered") in parties(records)
