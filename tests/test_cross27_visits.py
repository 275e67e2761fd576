"""One official's trips told without a visit word, on sentences written for these tests: an arrival "flew in" told
in a relative clause or "for" an occasion, a stay of days ("spent three days in C"), an arrival in "the capital" or
a stay "in the city to" do something, and "the Turkish official" as the traveller; and the near misses that stay
as they were (criticism "come in for", money or years spent, plans, a stay in the capital with no purpose)."""

from __future__ import annotations

import readings


_meetings, _people = readings.meetings, readings.meeting_people


# --- "flew in": a relative clause with its "from" phrase, or an occasion after "for" ------------------------------

def test_who_flew_in_from_a_city_is_a_visit():
    text = ("DAKAR, Senegal — The frigate was handed over on Tuesday. Deputy Minister Paulo Vierra Santos, who flew in "
            "from Lisbon on Monday to lead the Portuguese delegation, called the ship a symbol of friendship.")
    assert ("visit", ("Paulo Vierra Santos",)) in _meetings(text)


def test_flew_in_for_the_ceremony_is_a_visit_besides_the_reception():
    text = ("DAKAR, Senegal — Rear Admiral Paulo Vierra Santos, Portugal's navy chief, flew in for the ceremony and was "
            "greeted by the navy commander, Admiral Moussa Diallo.")
    found = _people(text)
    assert ("Paulo Vierra Santos",) in found
    assert ("Moussa Diallo", "Paulo Vierra Santos") in found


def test_came_in_for_criticism_is_no_visit():
    text = "DAKAR, Senegal — General Ivo Marek, the army chief, came in for heavy criticism over the delays."
    assert not _meetings(text)


def test_jets_that_flew_in_are_no_visit():
    text = "DAKAR, Senegal — The jets, which flew in from Qatar on Monday, were handed over to the air force."
    assert not _meetings(text)


# --- "spent N days in C": a stay of days is a trip ----------------------------------------------------------------

def test_spent_three_days_in_a_city_is_a_visit():
    text = ("Britain's procurement minister, Edward Thornbury, who spent three days in Warsaw, told reporters that the "
            "first tanks would arrive in 2028.")
    assert ("visit", ("Edward Thornbury",)) in _meetings(text)


def test_years_spent_in_a_city_are_no_visit():
    assert not _meetings("Colonel Ivo Marek spent two years in Moscow as a military attaché.")


def test_money_spent_in_a_country_is_no_visit():
    assert not _meetings("Minister Ivo Marek spent $2 billion in France on new jets.")


def test_a_day_spent_with_crews_names_no_place():
    assert not _meetings("Minister Ivo Marek spent a day with the crews at the base.")


# --- "the capital", "the city": the place the story is written from ----------------------------------------------

def test_the_national_official_arrived_in_the_capital():
    text = ("Poland and Turkey signed a drone deal on Tuesday. The deal was signed by Minister Adam Nowicki and the head "
            "of Turkey's procurement agency, Kemal Yildirim. The Turkish official arrived in the capital on Monday with "
            "a delegation of ten firms.")
    assert ("visit", ("Kemal Yildirim",)) in _meetings(text)


def test_in_the_city_to_review_is_a_visit_besides_the_talks():
    text = ("Minister Ana Petrova held talks on Tuesday in Sofia with Klaus Meinhardt, a German deputy minister, who "
            "was in the city to review the training plan.")
    found = _people(text)
    assert ("Klaus Meinhardt",) in found
    assert ("Ana Petrova", "Klaus Meinhardt") in found


def test_in_the_capital_with_no_purpose_is_no_visit():
    assert not _meetings("President Ivo Marek was in the capital when the mutiny began.")


def test_a_planned_arrival_in_the_capital_is_no_visit():
    assert not _meetings("Minister Ivo Marek will arrive in the capital on Monday.")


def test_flew_in_from_after_a_visit_keeps_that_trip_apart():
    text = ("Dutch Defence Minister Mark Olsen arrived in Cairo on Thursday to sign a patrol boat deal. Olsen flew in "
            "from Amman after a short visit to Cyprus on a week-long trip.")
    visits = [m for m in readings.analysed(text).meetings if m.kind == "visit"]
    assert len(visits) == 2
