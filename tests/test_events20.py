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
