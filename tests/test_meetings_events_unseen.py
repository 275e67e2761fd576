"""Meeting and event structures of unseen articles, on sentences written for these tests: a hosting verb the
parser reads as a participle on its subject's name, a travel verb with an object that is no place, and
ceremonies told on two different days."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


@pytest.mark.parametrize("text, host, guest, present", [
    ("Field Marshal Ali bin Hamad Al Sabah, Commander of the Kuwait Army, received at the General Command today "
     "French Army Chief General Pierre Durand and his accompanying delegation, in the presence of the French "
     "Ambassador to Kuwait, Claire Morel.", "Ali bin Hamad Al Sabah", "Pierre Durand", "Claire Morel"),
])
def test_a_reception_read_as_a_participle_still_meets_its_guest(text, host, guest, present):
    found = {people for _, people in _meetings(text)}
    assert tuple(sorted((host, guest))) in found
    assert tuple(sorted((host, present))) in found  # the ambassador present, with the host only


def test_heading_a_department_is_no_trip():
    found = _meetings("Colonel Ana Lima heads the logistics branch at the army's headquarters in Brasilia.")
    assert not any(kind == "visit" for kind, _ in found)


def test_ceremonies_on_two_days_are_two_occasions():
    first = "Kenyan Navy commander Major General Paul Otieno was present at a ceremony in Mombasa on 2 March to " \
            "commission the patrol vessel."
    found = _meetings(f"{first} On 20 February, the French ambassador, Claire Morel, was present at a ceremony "
                      "in Nairobi marking the end of a training course.")
    assert found == set()
    # an undated mention still joins the ceremony told before
    found = _meetings(f"{first} The French ambassador, Claire Morel, was present at the ceremony too.")
    assert found == {("conference", ("Claire Morel", "Paul Otieno"))}


def _events(text: str) -> set[str]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {e.type for e in result.events}


@pytest.mark.parametrize("text", [
    "The Irish navy has lost more than a third of its sailors since 2021.",
    "The Danish air force has lost 14 pilots to civilian airlines since 2020.",
    "The coast guard has lost 30 officers since the pay freeze, and two cutters sit idle in port.",
])
def test_staff_lost_outside_fighting_are_no_killings(text):
    assert "killings" not in _events(text)
    # lost in fighting, they are
    assert "killings" in _events("The Kenyan army has lost 35 soldiers in operations against al-Shabaab since "
                                 "January.")


def test_clashes_between_two_months_name_no_parties():
    found = _events("A UN panel said more than 300 civilians were killed in clashes in northern Jonglei State "
                    "between March and June.")
    assert found == {"killings"}


@pytest.mark.parametrize("text", [
    "Australia has now sanctioned more than 150 people and 90 entities over the war in Ukraine.",
    "Canada has so far sanctioned 40 companies linked to the drone programme.",
])
def test_a_running_total_of_sanctions_is_no_new_sanction(text):
    assert "sanction" not in _events(text)
    # sanctions imposed are one
    assert "sanction" in _events("Australia on Monday sanctioned nine individuals who helped ship drones to Russia.")


def test_two_states_building_arms_together_is_an_industrial_project():
    assert "industrial_project" in _events("Poland and South Korea will build howitzers together in Poland, the "
                                           "defence minister announced on Monday.")
    # working together on something that is no weapon is none
    assert "industrial_project" not in _events("The two ministers agreed to work together on a plan to build new "
                                               "barracks.")


@pytest.mark.parametrize("text", [
    "Djibouti hosts a Chinese naval base and a large American camp.",
    "Bahrain hosts the headquarters of the British naval component in the Gulf.",
    "Spain hosts four US destroyers at Rota.",
])
def test_a_state_hosting_another_states_base_or_fleet_is_port_access(text):
    assert "port_access" in _events(text)
    # a state's own base is no access given to another
    assert "port_access" not in _events("The city hosts a naval base and the fleet's headquarters.")


@pytest.mark.parametrize("text", [
    "Admiral Kenji Kato affirmed that Japan \"remains committed to the security of the Philippines and the region\".",
    "Admiral Kenji Kato said Japan is committed to the defence of the Philippines.",
])
def test_a_commitment_to_another_states_security_is_support(text):
    assert "statement_of_support" in _events(text)
    # a commitment to one's own people's security is none
    assert "statement_of_support" not in _events("The minister said Japan was committed to the security of its own "
                                                 "citizens.")


@pytest.mark.parametrize("text", [
    "The first frigate is due in 2027; the hulls will be built at the company's yard in Lorient.",
    "The first frigate is due in 2027; the rest will be built at its yard near Genoa.",
])
def test_building_at_the_makers_own_yard_is_no_industrial_project(text):
    assert "industrial_project" not in _events(text)
    # a named plant still is one
    assert "industrial_project" in _events("The first frigate is due in 2027; most will be built at the Gdynia "
                                           "shipyard.")


@pytest.mark.parametrize("text", [
    "Russia has also helped Laos set up a centre for the repair of armoured vehicles in Vientiane province.",
    "Turkey opened a centre for the maintenance of drones in Azerbaijan last year.",
])
def test_a_centre_for_repairing_or_making_arms_is_an_industrial_project(text):
    assert "industrial_project" in _events(text)
    # a centre for anything else is none
    assert "industrial_project" not in _events("The ministry set up a centre for veterans in the capital.")
