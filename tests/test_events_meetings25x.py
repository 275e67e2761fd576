"""Events, meetings and figures on sentences written for these tests (the round-13 cross-set pass: families that
recur in at least two sets): the states that troops or delegations told without a number of their own came from
are a count of participants; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import figures


# --- troops or delegations gathered from N countries ------------------------------------------------------------

def test_exercise_hosted_with_soldiers_from_n_countries():
    found = figures("Chile hosted the Southern Star manoeuvres in April with troops from 17 countries.")
    assert (17.0, "countries") in found


def test_delegations_from_n_countries_at_a_show():
    found = figures("Foreign delegations from 26 countries were at the opening flypast.")
    assert (26.0, "countries") in found


def test_guard_troops_from_the_two_countries_are_the_parties():
    found = figures("Troops from the two countries rehearsed a river crossing near Termez.")
    assert not any(unit == "countries" for _, unit in found)


def test_guard_a_possessed_force_from_countries_is_no_count():
    found = figures("The ministry said its soldiers from 12 countries had all returned home.")
    assert (12.0, "countries") not in found
