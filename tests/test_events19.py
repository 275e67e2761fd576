"""Events and figures on sentences written for these tests (the own17 error analysis, round 19): a coup told as
troops holding the head of state, weapons still in service counted as a fleet, countries counted by the
delegations they sent, herders counted among the dead, and a lease's term kept out of the figures; with the
guards that keep near-misses as they were."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text

PUBLISHED = datetime.date(2024, 3, 1)


def _types(text: str) -> list[str]:
    return [e.type for e in analyse_text(text, published=PUBLISHED).events]


def _figures(text: str) -> list[tuple[float, str]]:
    return sorted((round(f.value, 2), f.unit) for f in analyse_text(text, published=PUBLISHED).figures)


# --- a coup told without the word: troops detaining the head of state --------------------------------------

def test_soldiers_detaining_the_president_is_a_coup():
    assert "coup" in _types("After mutinous soldiers detained the president at his residence on 3 May, the "
                            "capital's airport was closed.")


def test_the_army_arresting_the_premier_is_a_coup():
    assert "coup" in _types("The army arrested the premier and two of his ministers in the early hours of Sunday.")


def test_guard_police_arresting_a_former_president():
    assert "coup" not in _types("Police arrested the former president on corruption charges in the capital on "
                                "Tuesday.")


def test_guard_soldiers_detaining_an_opposition_leader():
    assert "coup" not in _types("Soldiers detained an opposition leader at a rally in the north on Monday.")


# --- a fleet told as what remains in service ------------------------------------------------------------------

def test_bare_number_of_which_remain_in_service():
    assert (120.0, "vehicles") in _figures("The new vehicles will replace the ageing T-72 tanks that still form "
                                           "the core of the armoured force, of which about 120 remain in service.")


def test_counted_weapons_remaining_in_service():
    assert (14.0, "aircraft") in _figures("Only 14 Mirage 2000 jets remain in service with the air arm.")


def test_guard_weapons_that_remained_in_service_long_ago():
    assert _figures("Some 40 Mirage 2000 jets remained in service until 2010.") == []


def test_guard_remaining_in_service_without_a_weapon():
    assert _figures("About 300 veterans remain in service as reservists.") == []


# --- countries counted by their delegations -------------------------------------------------------------------

def test_delegations_from_a_number_of_countries():
    assert (45.0, "countries") in _figures("The summit drew delegations from 45 Asian countries to the coastal "
                                           "city.")


def test_delegations_and_observers_from_a_number_of_countries():
    assert (30.0, "countries") in _figures("The opening ceremony was attended by delegations and observers from 30 "
                                           "countries, the navy said.")


# --- people killed counted by their trade ---------------------------------------------------------------------

def test_herders_killed_in_an_air_strike():
    assert (27.0, "people") in _figures("A 2021 air strike on a grazing camp killed at least 27 herders.")


def test_guard_herders_counted_with_no_harm():
    assert _figures("Some 27 herders grazed their cattle near the river.") == []


# --- a lease's term is no figure; a prison term still is ----------------------------------------------------

def test_lease_term_is_no_figure():
    assert (70.0, "years") not in _figures("The harbour was leased to the operator for 70 years in 2015.")


def test_guard_prison_sentence_stays_a_figure():
    assert (6.0, "years") in _figures("The court handed the broker a prison sentence of six years on Monday.")


# --- a second act of its own, coordinated and dated apart, in a sentence that told one before ---------------

def test_aid_suspended_in_a_coordinated_clause_dated_apart():
    assert _types("The regional bloc imposed sanctions on the junta, and the United States suspended most of its "
                  "security assistance to the country in early August.").count("sanction") == 2


def test_guard_coordinated_clause_with_no_date_of_its_own():
    assert _types("The regional bloc imposed sanctions on the junta, and Washington suspended its military "
                  "aid.").count("sanction") == 1


# --- port calls: a named ship berthed, a ship's call at a port ----------------------------------------------

def test_named_ship_berthed_in_the_passive():
    assert "port_access" in _types("From 3 to 6 May the Royal Navy patrol ship HMS Tamar, based in Darwin, was "
                                   "berthed at King's Wharf.")


def test_a_ships_call_at_a_port():
    assert "port_access" in _types("The visit was the cadet vessel's first call at the eastern port in six years.")


def test_guard_a_call_for_talks():
    assert "port_access" not in _types("The minister renewed his call for talks at the summit in the port city.")


def test_guard_delegations_met_by_a_minister():
    assert _figures("The minister met delegations from 12 countries on the sidelines.") == []


# --- assembly as what a production line is set up for: the project, not an assembly of its own --------------

def test_line_set_up_to_assemble_is_the_project_only():
    types = _types("Under the deal, the two firms will set up a joint production line near the capital to assemble "
                   "most of the 40 K808 vehicles from kits.")
    assert "industrial_project" in types and "assembly" not in types


def test_guard_units_assembled_from_kits_stay_an_assembly():
    assert "assembly" in _types("A further 16 KT-1 trainers were assembled from kits by the air force's maintenance "
                                "service at its main base.")


# --- one fight told over several sentences, dated to its start ----------------------------------------------

def _clashes(text: str, published: datetime.date) -> list[tuple[str | None, str]]:
    return [(e.date, e.evidence.sentence) for e in analyse_text(text, published=published).events
            if e.type == "clash"]


def test_fight_told_first_then_dated_to_its_start():
    clashes = _clashes("Dozens of soldiers have been killed in four days of clashes along the disputed frontier, the "
                       "army said on Sunday. Hospitals in the border town are full. The clashes began on Thursday "
                       "with an exchange of artillery fire near a river crossing.", datetime.date(2023, 5, 14))
    assert len(clashes) == 1 and clashes[0][0] == "2023-05-11" and clashes[0][1].startswith("The clashes began")


def test_guard_start_told_with_no_fight_before():
    clashes = _clashes("Hospitals in the border town are full. The clashes began on Thursday with an exchange of "
                       "artillery fire near a river crossing.", datetime.date(2023, 5, 14))
    assert all(not sentence.startswith("Hospitals") for _, sentence in clashes)


def test_guard_a_later_start_leaves_the_fight_as_told():
    clashes = _clashes("Troops clashed with rebels near the river crossing on 2 May, the army said. The fighting "
                       "began again on 9 May after a week of calm.", datetime.date(2023, 5, 14))
    assert clashes and clashes[0][0] == "2023-05-02"


# --- an agentless toll a sentence or two after the fight is that fight's dead -------------------------------

def test_toll_two_sentences_after_the_fight_is_its_toll():
    types = _types("Troops clashed with rebels near the river crossing on Tuesday, the army said. Reinforcements were "
                   "sent from the provincial capital. Five people were killed, the statement added.")
    assert types.count("clash") == 1 and "killings" not in types


def test_guard_toll_with_a_date_of_its_own_stays_a_killing():
    types = _types("Troops clashed with rebels near the river crossing on Tuesday, the army said. Reinforcements were "
                   "sent from the provincial capital. In 2019, some 30 villagers were killed in the same district.")
    assert "killings" in types


# --- a ship launched at a yard is no attack ---------------------------------------------------------------

def test_ship_launched_at_a_yard_is_no_clash():
    assert "clash" not in _types("The navy ordered a frigate from a Korean yard in 2022; the ship was launched at "
                                 "Ulsan in March and is due home next year.")


def test_guard_rockets_launched_at_a_town_stay_a_clash():
    assert "clash" in _types("Rebels launched rockets at Goma on Monday, the army said.")
