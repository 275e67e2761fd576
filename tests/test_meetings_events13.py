"""Meeting and event structures on sentences written for these tests: hosts named in separate "by" phrases,
"the two ministers" after people of other titles, two states signing with the people who met for them named
in the clause, armed men killed in the fighting their clause tells, and schooling at another state's military
schools."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _result(text: str):
    return analyse_text(text, published=datetime.date(2026, 3, 4))


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(m.kind, tuple(sorted(m.participants))) for m in _result(text).meetings}


def _people(text: str) -> set[tuple[str, ...]]:
    return {people for _, people in _meetings(text)}


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, list(e.actors)) for e in _result(text).events]


def _types(text: str) -> set[str]:
    return {t for t, _ in _events(text)}


# --- meetings: one record per host of a passive ----------------------------------------------------------

RECEIVED = ("Chile's deputy defence minister, Pablo Herrera Soto, arrived in Lima on Monday. Herrera was received on "
            "Tuesday by the Defence Minister, Carlos Mendoza Ruiz, {and} the army commander, General Luis Vargas "
            "Pinto.")


@pytest.mark.parametrize("joint", ["and by", "and"])
def test_a_guest_received_by_two_hosts_meets_each(joint):
    found = _people(RECEIVED.format(**{"and": joint}))
    assert ("Carlos Mendoza Ruiz", "Pablo Herrera Soto") in found
    assert ("Luis Vargas Pinto", "Pablo Herrera Soto") in found
    assert not any(len(p) == 3 for p in found)


def test_a_guest_received_by_one_host_is_one_record():
    found = _people("Chile's deputy defence minister, Pablo Herrera Soto, was received on Tuesday by Peru's "
                    "Defence Minister, Carlos Mendoza Ruiz.")
    assert found == {("Carlos Mendoza Ruiz", "Pablo Herrera Soto")}


# --- meetings: "the two ministers", "the two generals" ---------------------------------------------------

def test_the_two_ministers_are_the_ministers_named_before():
    text = RECEIVED.format(**{"and": "and by"}) + " The two ministers then signed a protocol on joint patrols."
    assert ("signing", ("Carlos Mendoza Ruiz", "Pablo Herrera Soto")) in _meetings(text)
    assert ("signing", ("Carlos Mendoza Ruiz", "Luis Vargas Pinto")) not in _meetings(text)


def test_the_two_generals_are_the_generals_named_before():
    text = ("The Chilean army chief, General Pablo Herrera Soto, arrived in Lima on Monday. Herrera was received "
            "at the ministry by Defence Minister Carlos Mendoza Ruiz and later held talks with the Peruvian army "
            "chief, General Luis Vargas Pinto. The two generals signed a plan of cooperation for 2027.")
    found = _meetings(text)
    assert ("signing", ("Luis Vargas Pinto", "Pablo Herrera Soto")) in found
    assert ("signing", ("Carlos Mendoza Ruiz", "Luis Vargas Pinto")) not in found


def test_the_two_sides_after_a_meeting_are_still_its_pair():
    text = ("Peru's Defence Minister, Carlos Mendoza Ruiz, held talks in Lima on Tuesday with Chile's Defence "
            "Minister, Pablo Herrera Soto. The two sides signed a memorandum of understanding on officer exchanges.")
    assert ("signing", ("Carlos Mendoza Ruiz", "Pablo Herrera Soto")) in _meetings(text)


# --- meetings: two states sign, the people who met for them named in the clause ------------------------------

def test_states_signing_at_the_end_of_talks_between_two_people_is_their_signing():
    text = ("Peru and Chile yesterday signed a maritime security agreement in Lima, at the end of three days of "
            "talks between Peru's Defence Minister, Carlos Mendoza Ruiz, and Chile's Defence Minister, Pablo "
            "Herrera Soto.")
    assert ("signing", ("Carlos Mendoza Ruiz", "Pablo Herrera Soto")) in _meetings(text)


def test_states_signing_with_one_person_named_is_no_signing():
    text = ("Peru and Chile yesterday signed a maritime security agreement, Peru's Defence Minister, Carlos "
            "Mendoza Ruiz, told reporters.")
    assert not any(kind == "signing" for kind, _ in _meetings(text))


# --- events: armed men killed in fighting are its toll ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Friday, two soldiers and five rebels were killed when a convoy was ambushed near the river crossing.",
    "On Sunday, four policemen and three smugglers were killed in a firefight near the border post.",
    "Last month, troops repulsed an assault by insurgents on a base, killing six of the attackers.",
])
def test_armed_men_killed_in_fighting_are_a_clash(text):
    types = _types(text)
    assert "clash" in types
    assert "killings" not in types


def test_villagers_killed_in_an_attack_are_still_killings():
    types = _types("In the east, at least 30 villagers were killed on Monday when gunmen attacked a market.")
    assert "killings" in types


def test_soldiers_killed_with_no_fighting_told_stay_as_before():
    # no fight in the clause: the toll is not retold as a clash
    assert "clash" not in _types("Two soldiers were killed on Monday when their truck overturned on a mountain road.")


# --- events: schooling at another state's military schools ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since 2018, more than 300 Bolivian officers have studied at Peruvian military academies.",
    "Under the deal, 80 Bolivian cadets will study at Chilean military schools.",
    "A team of six French officers is teaching at the Bolivian staff college this year.",
    "Bolivian operators will be trained in France from 2027.",
    "Chilean instructors had helped to build the Bolivian Navy in the 1980s.",
])
def test_schooling_abroad_is_training(text):
    assert "training" in _types(text)


@pytest.mark.parametrize("text", [
    # a head count of the moment is a figure, not an event
    "The minister said that more than 50 Bolivian officers were currently studying at military colleges in Chile.",
    # no military trainees
    "Many Bolivian students study at Chilean universities.",
    # an offer is no training
    "France said it was ready to train Bolivian operators in France.",
    # training to come with no trainees' state named
    "The pilots will begin training in Spain next year.",
    # builders of a plant are no instructors
    "Chilean engineers helped to build the Bolivian Navy's new dry dock.",
])
def test_no_training_without_schooling_told(text):
    assert "training" not in _types(text)


# --- events: production begun at a plant, a joint company set up ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile's Famae factory in Talagante began producing rifle barrels for the Peruvian Army last autumn.",
    "The Chilean and Peruvian groups said they will set up a joint company to build armoured vehicles for the "
    "Peruvian army in Peru.",
])
def test_production_begun_or_a_joint_company_is_an_industrial_project(text):
    assert "industrial_project" in _types(text)


def test_a_firm_producing_no_weapon_is_no_industrial_project():
    assert "industrial_project" not in _types("The company began producing bread in May.")


# --- meetings: a guest's arrival told in a relative clause --------------------------------------------------

@pytest.mark.parametrize("text", [
    "LIMA – Chile's army chief, General Pablo Herrera, held talks with Peru's Defence Minister, Carlos Mendoza. "
    "Herrera, who arrived on Monday, was also received by Defence Minister Luis Vargas.",
    "LIMA – Chile's army chief, General Pablo Herrera, who arrived on Monday at the head of a ten-member "
    "delegation, was received in audience on Tuesday by his Peruvian counterpart, General Luis Vargas.",
])
def test_a_guest_who_arrived_to_be_received_made_a_visit(text):
    assert ("visit", ("Pablo Herrera",)) in _meetings(text)


@pytest.mark.parametrize("text", [
    # no arrival word: coming to power is no trip
    "LIMA – General Pablo Herrera, who came to power in 2019, met Defence Minister Luis Vargas.",
    # an arrival with no meeting told in its clause
    "LIMA – General Pablo Herrera, who arrived on Monday, said the talks would cover border security.",
])
def test_no_visit_without_an_arrival_to_be_met(text):
    assert ("visit", ("Pablo Herrera",)) not in _meetings(text)
