"""Events and figures on sentences written for these tests (the own18 error analysis): training told only by
where the trainees trained ("its crew trained in Japan", "whose staff completed a training course in Italy")
names the host state as a party; training with no state at all stays no event."""

from __future__ import annotations

from tests.readings import analysed


def _events(text: str, kind: str) -> list:
    return [e for e in analysed(text).events if e.type == kind]


# --- training whose only party is the state the trainees trained in ---------------------------------------------

def test_crew_trained_in_a_named_state():
    found = _events("The navy took over a new patrol boat last week. Its crew trained in Japan before the handover.",
                    "training")
    assert found and "Japan" in found[0].actors


def test_course_completed_in_a_named_state():
    found = _events("The radar will be run by a surveillance unit whose personnel completed a training course in "
                    "Italy in the spring of 2023.", "training")
    assert found and "Italy" in found[0].actors


def test_guard_training_in_a_place_that_is_no_state():
    assert not _events("The recruits trained in the desert for a month before the parade.", "training")


def test_guard_sports_team_training_abroad():
    assert not _events("The football team trained in Brazil for the tournament.", "training")


# --- people missing: the parser lemmatises the adjective "missing" to "miss" ------------------------------------

def _figures(text: str) -> list:
    return analysed(text).figures


def test_bare_number_still_missing_after_a_toll():
    found = [f for f in _figures("The landslides have killed at least 35 villagers, with 22 still missing.")
             if f.value == 22]
    assert found and found[0].unit == "people"


def test_people_missing_as_a_copula_complement():
    found = [f for f in _figures("Rescuers said 18 fishermen were missing after the boat capsized.") if f.value == 18]
    assert found and found[0].unit == "people"


def test_guard_missed_deadlines_are_no_people():
    assert not [f for f in _figures("The shipyard missed 12 deadlines last year.") if f.value == 12]


def test_guard_missing_parts_are_no_people():
    assert not [f for f in _figures("Two of the 40 spare parts were missing from the crates.") if f.value in (2, 40)]


# --- people driven from their homes are displaced ------------------------------------------------------------

def test_bare_number_driven_from_their_homes():
    found = [f for f in _figures("The fighting has driven more than 9,000 from their homes since March.")
             if f.value == 9000]
    assert found and found[0].unit == "people"


def test_villagers_forced_from_their_homes():
    found = [f for f in _figures("Militia raids forced 4,500 villagers from their homes in the north.")
             if f.value == 4500]
    assert found and found[0].unit == "people"


def test_guard_driven_from_a_square_is_no_count():
    assert not [f for f in _figures("Riot police drove 300 marchers from the square on Friday.") if f.value == 300]


# --- "an N-member team" with words between the number and the team (the parser's "nmod") ----------------------

def test_member_team_with_adjectives_between():
    found = [f for f in _figures("Two transport planes flew in a 48-member urban search-and-rescue team from Perth.")
             if f.value == 48]
    assert found and found[0].unit == "people"


def test_guard_members_of_an_alliance_stay_members():
    found = [f for f in _figures("The defence pact now counts 31 members after the latest accession.") if f.value == 31]
    assert all(f.unit != "people" for f in found)
