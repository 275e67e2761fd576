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


# --- people who stopped work: a strike told by the act, not the word "strike" ---------------------------------

def test_members_who_downed_tools_are_a_count():
    assert (4000.0, "people") in figures("About 4,000 members of the dockers' union downed tools on Friday after pay talks "
                                         "collapsed.")


def test_workers_who_staged_a_walkout_are_a_count():
    assert (3000.0, "people") in figures("Some 3,000 workers staged a walkout at the shipyard on Monday.")


def test_guard_pilots_who_carried_out_a_strike_are_no_strikers():
    assert not figures("Four pilots carried out a strike on the depot.")


def test_guard_workers_who_put_down_a_tool_box_are_no_count():
    assert not figures("The 30 workers put the tool box down and left.")
