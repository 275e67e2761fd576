"""Meeting structures written for these tests (round 19): a call or meeting noun whose "with" phrase the parser
hangs on the clause's verb."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


def test_call_whose_with_phrase_hangs_on_the_verb_names_the_counterpart():
    found = _meetings("Interior Minister Lukas Brandt said he had checked the training schedule in a phone call "
                      "last week with Estonia's army commander, General Tarmo Kivi.")
    assert ("call", ("Lukas Brandt", "Tarmo Kivi")) in found


def test_call_with_no_named_counterpart_is_no_record():
    assert _meetings("Minister Lukas Brandt reviewed the plan in a phone call last week with the ministry's "
                     "staff.") == set()


def test_with_phrase_on_a_verb_without_an_event_noun_is_no_meeting():
    assert _meetings("General Ivo Dimov agreed the plan on Friday with Admiral Petar Kask.") == set()


def test_officials_of_two_states_inspecting_together_were_at_one_occasion():
    found = _meetings("On Monday, Slovak Defence Minister Juraj Novak and France's ambassador, Claire Dumont, "
                      "inspected the new radars at Sliac air base.")
    assert any(set(p) == {"Juraj Novak", "Claire Dumont"} for _, p in found)


def test_officials_of_one_state_inspecting_together_are_no_meeting():
    assert _meetings("On Monday, Slovak Defence Minister Juraj Novak and the Slovak army chief, General Peter "
                     "Hronec, inspected the troops at Lest.") == set()


def _people(text: str) -> set[str]:
    return {p.name for p in analyse_text(text, published=datetime.date(2026, 3, 4)).people}


@pytest.mark.parametrize("text, place", [
    ("The frigate was formally accepted on Monday in Don Marco in the presence of the navy chief, Admiral Tomas "
     "Reyes.", "Don Marco"),
    ("The contract was signed on Tuesday at army headquarters in Don Kasem in the presence of General Somchai "
     "Boonrat.", "Don Kasem"),
])
def test_a_name_only_ever_after_a_preposition_of_place_is_no_person(text, place):
    found = _people(text)
    assert place not in found
    assert found  # the titled person beside it stays


@pytest.mark.parametrize("text, person", [
    ("Defence Minister Karl Weiss met General Ivan Petrov in Berlin; Petrov later spoke with Weiss.", "Ivan Petrov"),
    ("Protesters threw eggs at President Ivan Petrov in Sofia on Monday.", "Ivan Petrov"),
])
def test_a_person_named_elsewhere_or_titled_after_a_preposition_stays(text, person):
    assert person in _people(text)
