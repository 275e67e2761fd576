"""A catalogued family name alone right before a fleet noun ("its ageing Kfir fleet") is the system, as before a
category noun: a purchase told in a relative clause on the fleet then gives its record. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 9)


def _systems(doc):
    return [e.text for e in doc.ents if e.label_ == "WEAPON_SYSTEM"]


@pytest.mark.parametrize("text,system", [
    ("Ecuador grounded its Dhruv fleet after a fourth crash.", "Dhruv"),
    ("The ministry wants to retire the Kfir fleets by 2030.", "Kfir"),
])
def test_family_before_a_fleet_noun_is_a_system(nlp, text, system):
    assert system in _systems(nlp(text))


@pytest.mark.parametrize("text", [
    # a family name of a kind no fleet is made of (a missile) stays a word
    "The Nag fleet of trucks left the depot.",
    # a family name that is also a given name, before no fleet noun
    "Kfir said the talks had stalled.",
])
def test_family_without_a_fleet_of_its_kind_is_no_system(nlp, text):
    assert not _systems(nlp(text))


def test_purchase_in_a_relative_clause_on_a_fleet(transfers):
    assert_exactly(
        transfers("The new jets will replace Ecuador's Kfir fleet, which Quito bought from Israel in 1982."),
        [("Israel", "Ecuador", "Kfir", "delivered", None)])


def test_fleet_with_no_purchase_gives_no_record(transfers):
    assert_exactly(transfers("The new jets will replace Ecuador's Kfir fleet, which has flown since 1982."), [])


# A past participle set off by a comma after a delivery's object is a reduced relative clause on the weapon noun
# ("delivered ... radars to B, ordered in 2020"), not an adverb of the delivery: it tells the order and its date.

def test_reduced_relative_after_the_object_tells_the_order(transfers):
    records = transfers("Thales delivered the first of six radars to Chile, ordered in 2021, last year.")
    assert any(r.status == "ordered" and r.when == "2021" and r.quantity == 6 and r.recipient == "Chile"
               for r in records)
    assert not any(r.status == "delivered" and r.when == "2021" for r in records)


def test_participle_of_no_purchase_gives_no_order(transfers):
    records = transfers("Peru received three helicopters from Italy, escorted by two frigates.")
    assert [r.status for r in records] == ["delivered"]
