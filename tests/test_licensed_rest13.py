"""Licensed production of the rest of a lot: "the first units built in A, the remaining ones assembled in B" gives
a licensed_production record from A to B for the rest (sentences written for these tests)."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2024, 5, 14)


def licensed(records):
    return [r for r in records if r.status == "licensed_production"]


def test_remaining_ones_are_the_rest_of_the_lot(transfers):
    records = transfers("Norway will buy 90 Patria AMV armoured vehicles from Finland. The first vehicles will be "
                        "built in Finland, while the remaining ones will be assembled in Norway by local firms.")
    built = licensed(records)
    assert [(r.supplier, r.recipient, r.family) for r in built] == [("Finland", "Norway", "Patria AMV")]


def test_remaining_hulls_reach_back_to_a_lot_told_several_sentences_before(transfers):
    records = transfers("Peru signed for 24 more Boxer vehicles from Germany on Monday. Parliament approved the "
                        "deal last week. The minister praised the vote. Officials said the work would bring jobs. "
                        "The opposition voted against it. Under the contract, the first 10 vehicles are being built "
                        "in Germany, while the remaining hulls will be assembled under licence at a state plant in "
                        "Arequipa.")
    built = licensed(records)
    assert [(r.supplier, r.recipient, r.family) for r in built] == [("Germany", "Peru", "Boxer")]


def test_rest_of_a_generic_lot_is_not_given_a_system_named_earlier(transfers):
    records = transfers("Chile bought the Spike missile from Israel, and Spain financed 14 fast patrol craft for "
                        "the Chilean navy; six were built in Spain and the rest were assembled in Chile under a "
                        "transfer of technology.")
    built = licensed(records)
    assert [(r.supplier, r.recipient, r.category, r.quantity) for r in built] == [("Spain", "Chile", "ship", 8)]
    assert not any(r.system.startswith("Spike") and r.status == "licensed_production" for r in records)


def test_guard_remaining_count_keeps_its_own_number(transfers):
    records = transfers("Egypt ordered twelve Type 209 submarines from Germany. The first two will be built in "
                        "Kiel, and the remaining ten will be assembled in Alexandria under licence.")
    built = licensed(records)
    assert [(r.supplier, r.recipient, r.quantity) for r in built] == [("Germany", "Egypt", 10)]
    assert any(r.status == "ordered" and r.quantity == 12 for r in records)


def test_guard_new_ones_without_a_transfer_give_no_record(transfers):
    assert transfers("Chile retired its old radars last year. The new ones work well, the air force said.") == []


def test_guard_remaining_fleet_of_a_sale_is_no_licensed_build(transfers):
    records = transfers("Jordan sold six F-16 fighters to Romania in 2022. The remaining jets stay in service "
                        "with its air force.")
    assert licensed(records) == []


def test_later_hulls_of_a_catalogued_class_built_at_home_under_technology_transfer(transfers):
    records = transfers("The second LMS Batch 2 vessel for Malaysia will be floated out in Turkey next month, while "
                        "the third and fourth ships are being constructed at a Malaysian yard in Lumut under a "
                        "technology transfer arrangement.")
    built = licensed(records)
    assert [(r.supplier, r.recipient, r.family) for r in built] == [("Turkey", "Malaysia", "LMS Batch 2")]


def test_rest_after_a_part_built_by_a_named_yard_abroad(transfers):
    # the parser hangs "the rest" on the yard's name and the place on the yard: the rest still has its verb and licensor
    records = transfers("Chile bought the Spike missile from Israel, and Spain financed 14 fast patrol craft for the "
                        "Chilean coast guard under a soft loan; six were built by Navantia & Astander in Spain and "
                        "the rest were assembled in Chile by ASMAR under a transfer of technology.")
    assert any((r.supplier, r.recipient, r.category, r.quantity) == ("Spain", "Chile", "ship", 8)
               for r in licensed(records))
