from __future__ import annotations

from tests.readings import analysed, figures


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in analysed(text).events]


# --- people counted by kinds the lists lacked: marines, firefighters ---------------------------------------------

def test_marines_trained_are_a_people_figure():
    assert (30.0, "people") in figures("Thirty marines trained on the new launcher in Pune last year.")


def test_firefighters_who_died_are_a_people_figure():
    assert (3.0, "people") in figures("Three firefighters died when their engine slid off the road.")


def test_guard_a_marine_noun_modifier_counts_nobody():
    assert not any(unit == "people" for _, unit in figures("The yard fitted 12 marine engines to the ferries."))


# --- people taught a system in an open clause of their own verb ("spent months learning") -----------------------

def test_people_who_spent_months_learning_a_ship_are_trainees():
    found = figures("Some 150 Indonesian officers and ratings spent four months in Brest learning to operate the "
                    "corvettes' sensors before the handover.")
    assert (150.0, "people") in found


def test_guard_learning_of_news_from_people_counts_nobody():
    assert not figures("Officials learned of the plan last week from two officers.")


def test_guard_people_who_spent_months_waiting_are_no_trainees():
    assert not figures("Some 150 officers spent four months in Brest waiting for the corvettes.")


# --- people of any kind present at an event -------------------------------------------------------------------

def test_sailors_and_guests_attending_a_ceremony_are_an_audience():
    found = figures("The corvettes were commissioned at a ceremony attended by about 250 sailors, officials and "
                    "guests at the naval base.")
    assert (250.0, "people") in found


def test_guard_a_ceremony_attended_by_the_two_officers_is_no_count():
    assert not figures("The ceremony was attended by the two officers.")


def test_guard_sailors_alone_attending_are_no_audience_count():
    assert not figures("Two sailors attended the parade.")


def test_guard_sailors_watching_a_ceremony_are_no_audience_count():
    # (a crowd of people watching is counted, as own22's and own23's gold do: "watched by about 250 sailors" is a
    # figure, tests/test_mixed30.py; a handful of onlookers is none)
    assert not figures("Four sailors watched the parade from the quay.")


# --- hours flown or logged ---------------------------------------------------------------------------------------

def test_hours_a_fleet_flew_a_year_are_a_figure():
    found = figures("By May 2021 the fleet was flying around 500 hours a year against a requirement of 2,800.")
    assert (500.0, "hours") in found


def test_flying_hours_a_fleet_will_provide_are_a_figure():
    assert (1400.0, "hours") in figures("Even with all eight in service, the new helicopters will provide roughly "
                                        "1,400 flying hours a year, the auditors say.")


def test_hours_logged_by_pilots_are_a_figure():
    assert (2000.0, "hours") in figures("The pilots have logged more than 2,000 hours on the type.")


def test_guard_an_endurance_in_hours_is_no_figure():
    assert not figures("The drone can fly for 30 hours.")


def test_guard_hours_of_talks_are_no_figure():
    assert not figures("The talks lasted 12 hours.")


# --- deaths in an accident are no killings -----------------------------------------------------------------------

def test_deaths_when_a_vehicle_overturned_are_no_killings():
    assert not _events("Three firefighters died when their engine overturned on a mountain road.")


def test_deaths_in_a_crash_told_by_a_participle_are_no_killings():
    assert not _events("Three of the five jets crashed between 2011 and 2014, killing four pilots in total.")


def test_a_road_accident_that_killed_soldiers_is_no_killings():
    assert not _events("A road accident killed three soldiers on Monday.")


def test_guard_soldiers_killed_by_gunmen_stay_killings():
    assert any(kind == "killings" for kind, _ in _events("Gunmen killed two soldiers near the border on Monday."))


# --- attacks counted over a year are a tally (a figure), not one clash ------------------------------------------

def test_air_strikes_counted_over_a_year_are_a_figure_and_no_clash():
    text = "The air force carried out more than 900 air strikes in 2024, nearly twice as many as in 2022."
    assert (900.0, "air strikes") in figures(text)
    assert not any(kind == "clash" for kind, _ in _events(text))


def test_strikes_documented_by_a_monitor_are_a_figure():
    assert (41.0, "strikes") in figures("The group documented 41 strikes on clinics in the first half of the year.")


def test_guard_strikes_on_one_day_stay_a_clash():
    assert any(kind == "clash" for kind, _ in _events("The air force carried out three air strikes on rebel camps "
                                                      "on Monday."))


def test_guard_a_year_naming_clashes_does_not_count_them():
    found = _events("Kyrgyzstan bought drones after its 2022 border clashes with Tajikistan, in which more than "
                    "100 people were killed.")
    assert any(kind == "clash" for kind, _ in found)


def test_guard_strikes_that_killed_people_give_no_strike_count():
    assert not any(unit == "strikes" for _, unit in figures("Two drone strikes killed 10 people on Monday."))
