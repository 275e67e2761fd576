"""Systems a foreign maker's hyphened participle labels said to stay in service, with no holder named, are held by
the state the story is about ("The Russian-made X systems remain in service"), or by the state "with" names.
Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 6, 9)

LEAD = ("LIMA — Peru has ordered K2 tanks from South Korea, the defence ministry said. Peru also bought C-27J "
        "transports from Italy in 2019. Peruvian officials said Peru would keep its older fleet for now. ")


def test_foreign_made_systems_in_service_are_the_story_states(transfers):
    records = [r for r in transfers(LEAD + "The French-built Mirage 2000 fighters remain in service.")
               if r.system.startswith("Mirage")]
    assert_exactly(records, [("France", "Peru", "Mirage 2000", "delivered", None)])


def test_foreign_made_systems_in_service_with_a_named_force(transfers):
    records = [r for r in transfers(LEAD + "The Russian-made Mi-17 helicopters are still in service with the "
                                           "Bolivian air force.") if r.system.startswith("Mi-17")]
    assert_exactly(records, [("Russia", "Bolivia", "Mi-17", "delivered", None)])


def test_foreign_made_systems_in_storage_are_no_holding(transfers):
    records = transfers(LEAD + "The French-built Mirage 2000 fighters remain in storage.")
    assert not [r for r in records if r.system.startswith("Mirage")]


def test_in_service_with_no_story_state_names_no_holder(transfers):
    records = transfers("Peru and Chile both fly old jets. The French-built Mirage 2000 fighters remain in service.")
    assert not [r for r in records if r.system.startswith("Mirage")]

