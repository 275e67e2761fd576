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
