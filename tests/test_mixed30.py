"""Round-23 helper r23mf: the crowd present at an event or a place, told by verbs other than "attend"."""

from __future__ import annotations

from tests.readings import figures


# --- an audience told by an attending verb besides "attend", or drawn in by a host --------------------------

def test_guests_who_filled_a_hall_are_a_crowd():
    assert (450.0, "people") in figures("Some 450 guests packed the town hall on Sunday for the charity auction.")


def test_visitors_a_museum_drew_are_a_crowd():
    assert (52000.0, "people") in figures("The aviation museum, which drew 52,000 visitors in 2025, plans a new wing.")


def test_people_of_any_kind_watching_are_a_crowd():
    assert (150.0, "people") in figures("The old bomber was rolled out on Saturday, watched by some 150 veterans.")
    assert (250.0, "people") in figures("The launch was witnessed by about 250 shipyard workers and their families.")


def test_guard_a_few_people_who_witnessed_a_test_are_no_crowd():
    assert not figures("The test firing was witnessed by three engineers from the navy.")


def test_guard_generals_at_a_parade_are_no_crowd():
    assert not figures("Two generals attended the parade in the capital.")


def test_guard_guests_invited_are_no_count_of_those_present():
    assert not figures("The organisers invited 400 guests to the opening of the new terminal.")
