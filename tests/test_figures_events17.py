"""Figures and events on sentences written for these tests (the own16 error analysis, checked against the same
families in the older sets): an attack noun the tagger leaves as the conjunct of its first modifier, a thing
struck from a record, port calls that are only scheduled, a ship berthed at a dockyard, aircrew counted and
trained, delegations attending an event, a group's armed members; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed, figures


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- events: an attack that killed people is a clash, even when the tagger splits "missile and drone attack" ---

def test_missile_and_drone_attack_told_in_a_clause_of_time():
    types = _types("The summit opened hours after an Iranian missile and drone attack on Haifa killed three people.")
    assert types.count("clash") == 1 and "killings" not in types


def test_missile_and_drone_attack_as_the_main_clause():
    types = _types("A Russian missile and drone attack on Lviv killed five people overnight.")
    assert types.count("clash") == 1 and "killings" not in types


def test_guard_gunmen_and_soldiers_killing_villagers_stay_a_killing():
    assert "killings" in _types("Rebels and soldiers killed four villagers in the raid on Monday.")


# --- events: striking a thing from a record is no attack ----------------------------------------------------

def test_frigates_struck_from_an_inventory():
    assert "clash" not in _types("Parliament voted last week to strike the old frigates from the navy's inventory.")


def test_helicopters_struck_from_a_register():
    assert "clash" not in _types("The ministry struck three obsolete helicopters from the register of the air force in May.")


def test_guard_jets_striking_positions_from_the_air():
    assert "clash" in _types("Two jets struck rebel positions from the air on Monday.")


# --- events: a port call that is only scheduled has not happened (a planned exercise stays: the gold counts it) ---

def test_destroyer_due_to_call():
    assert "port_access" not in _types("The Indian destroyer is due to call at Mombasa later this month.")


def test_submarine_due_to_visit_a_port():
    assert "port_access" not in _types("A Brazilian submarine is due to visit the port of Lagos in June.")


def test_guard_destroyer_that_called():
    assert "port_access" in _types("The destroyer called at Mombasa on Monday.")


def test_guard_a_planned_exercise_is_still_told():
    assert "training" in _types("The two navies agreed to hold a joint exercise off Zanzibar next spring.")


# --- events: a warship berthed at a dockyard or a pier ----------------------------------------------------------

def test_frigate_berthed_at_a_naval_dockyard():
    text = "The guests included the Indian frigate INS Tabar, which berthed at Mombasa's naval dockyard on Monday."
    assert "port_access" in _types(text)


def test_training_ship_moored_at_a_pier():
    assert "port_access" in _types("The Chilean training ship Esmeralda moored at the pier of Callao on Friday.")


# --- figures and events: aircrew ---------------------------------------------------------------------------------

def test_aircrew_and_maintainers_trained_at_a_centre():
    assert (300.0, "people") in figures("About 300 aircrew and maintainers have trained there since it opened in 2021.")


def test_aircrew_who_completed_a_course_abroad():
    text = "Some 40 Nigerian aircrew completed their conversion course in Italy last year."
    assert (40.0, "people") in figures(text)
    assert "training" in _types(text)


# --- figures: delegations present at an event ---------------------------------------------------------------

def test_talks_attended_by_delegations():
    assert (40.0, "delegations") in figures("The talks in Brussels were attended by more than 40 delegations.")


def test_air_show_received_delegations():
    assert (30.0, "delegations") in figures("The air show received more than 30 official delegations this year.")


def test_summit_drew_delegations():
    assert (25.0, "delegations") in figures("The summit drew 25 national delegations to Accra.")


def test_guard_a_delegation_of_officials_is_its_size():
    assert figures("The delegation of 12 officials arrived on Monday.") == {(12.0, "people")}


def test_guard_delegations_voting_are_votes():
    assert (40.0, "delegations") not in figures("Forty delegations voted in favour of the text.")


# --- figures: a group's armed members are its fighters -----------------------------------------------------

def test_armed_members_left_in_a_province():
    text = "The Army says the group has fewer than 50 armed members left in the province, down from about 200 in 2019."
    assert {(50.0, "people"), (200.0, "people")} <= figures(text)


def test_armed_members_of_a_movement():
    assert (300.0, "people") in figures("The rebel movement now has about 300 armed members, the army said.")


def test_guard_members_of_a_club_are_its_size():
    assert figures("The club has 400 members.") == {(400.0, "members")}
