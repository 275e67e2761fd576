"""Licensed builds, with sentences written for these tests: the local partner of a technology transfer is the
licensee, not the licensor; a state that builds a system under licence for its own forces does not become the
seller of that system to other states; a range of counts is its upper end."""

from __future__ import annotations

from datetime import date

from transfer_cases import rows

PUBLISHED = date(2026, 2, 10)


def test_the_local_partner_of_a_technology_transfer_is_the_licensee(transfers):
    found = rows(transfers("Poland signed a deal for 180 K2 tanks from South Korea in August. Of these, 64 will be "
                           "produced in Poland as the K2PL variant under a technology transfer arrangement with "
                           "state-owned Bumar-Łabędy."))
    assert ("South Korea", "Poland", "K2", "licensed_production") in found
    assert not any(supplier == "Poland" for supplier, *_ in found)


def test_a_licensee_building_for_itself_sells_to_no_one_else(transfers):
    found = rows(transfers("Poland signed a deal for 180 K2 tanks from South Korea in August. Of these, 64 will be "
                           "produced in Poland as the K2PL variant under a technology transfer arrangement with "
                           "state-owned Bumar-Łabędy. Analysts expect more orders. Romania is also considering the "
                           "K2 tank for its army."))
    assert ("South Korea", "Romania", "K2", "interest") in found


def test_another_buyer_of_a_licence_built_jet_buys_from_the_maker(transfers):
    found = rows(transfers("Brazil ordered 36 Gripen fighters from Sweden, and 15 of them are being built under "
                           "licence in Brazil. Colombia is also in talks with Sweden over 17 Gripen jets."))
    assert ("Sweden", "Colombia", "Gripen", "negotiating") in found



def test_a_range_of_numbers_is_its_upper_end_not_a_sum(transfers):
    records = transfers("Peru will buy 12 to 16 Black Hawk helicopters from the United States. Chile signed a "
                        "letter of intent covering the purchase of between 100 and 150 Gripen jets from Sweden.")
    assert {(t.family, t.quantity) for t in records} >= {("UH-60", 16), ("Gripen", 150)}
