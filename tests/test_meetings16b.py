"""Meeting families of round 16b, on sentences written for these tests: a traveller who came for a ceremony
another official attended met that official; "the visiting minister" is the story's traveller however far
back the trip was told; "on his third visit to C" tells the trip itself; officials of two states who cut a
ribbon, unveil a plaque or inaugurate a site together were at one occasion."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


def _pairs(text: str) -> set[tuple[str, ...]]:
    return {people for _, people in _meetings(text) if len(people) > 1}


# (1) "A travelled to C for the ceremony, which was also attended by B"

@pytest.mark.parametrize("text, pair", [
    ("Brazil's army commander, General Paulo Ribeiro Santos, flew to Ankara for the ceremony, which was also "
     "attended by Turkish Deputy Defence Minister Mustafa Yilmaz.", ("Mustafa Yilmaz", "Paulo Ribeiro Santos")),
    ("Indian Navy chief Admiral Rohan Mehta travelled to Hanoi for the launch ceremony, which was attended by "
     "Vietnamese Deputy Defence Minister Nguyen Van Hoa.", ("Nguyen Van Hoa", "Rohan Mehta")),
    ("Last week Kenyan Defence Cabinet Secretary Grace Wanjiru went to Seoul for the rollout ceremony, which was "
     "attended by South Korean procurement chief Park Sung-ho.", ("Grace Wanjiru", "Park Sung-ho")),
])
def test_traveller_to_a_ceremony_met_who_attended_it(text, pair):
    assert pair in _pairs(text)


def test_traveller_to_a_ceremony_meets_each_attendee():
    pairs = _pairs("Indian Navy chief Admiral Rohan Mehta travelled to Hanoi for the launch ceremony, which was "
                   "attended by Vietnamese Deputy Defence Minister Nguyen Van Hoa and Vietnamese Navy commander "
                   "Admiral Tran Quoc Bao.")
    assert {("Nguyen Van Hoa", "Rohan Mehta"), ("Rohan Mehta", "Tran Quoc Bao")} <= pairs


@pytest.mark.parametrize("text", [
    # no trip to the ceremony: speaking about it is no presence
    "General Paulo Ribeiro Santos spoke about the ceremony, which was also attended by Turkish Deputy Defence "
    "Minister Mustafa Yilmaz.",
    # a planned trip
    "General Paulo Ribeiro Santos will travel to Ankara for the ceremony, which will be attended by Turkish "
    "Deputy Defence Minister Mustafa Yilmaz.",
])
def test_no_pair_without_a_reported_trip_to_the_ceremony(text):
    assert _pairs(text) == set()


# (2) "the visiting minister called on B", the trip told well before

_FILLER = ("The two countries have cooperated for decades and their trade has grown every year since the turn of "
           "the century, officials said. France sold Egypt two dozen fighter jets in 2015 and a further thirty in "
           "2021, making Cairo one of the largest foreign customers of the aircraft. The navy also operates two "
           "helicopter carriers bought from France in 2016. Analysts said the relationship had become one of the "
           "most important for the French defence industry outside Europe and that further orders were likely "
           "in the coming years, especially for naval vessels and air defence systems. Bilateral trade stood at "
           "$2 billion last year and both sides hope to double it within five years, according to the ministry. ")


@pytest.mark.parametrize("last", [
    "Later, the visiting minister called on French Navy chief Admiral Luc Bernard at naval headquarters.",
    "On Tuesday the visiting dignitary met French Navy chief Admiral Luc Bernard.",
    "The visiting general was later received by French Navy chief Admiral Luc Bernard.",
])
def test_the_visiting_official_is_the_traveller_however_far_back(last):
    text = "Egyptian Defence Minister Ahmed Fathy Salem arrived in Paris on Monday for a two-day visit. " + _FILLER + last
    assert ("Ahmed Fathy Salem", "Luc Bernard") in _pairs(text)


def test_a_bare_guest_far_from_the_trip_stays_unresolved():
    text = ("Egyptian Defence Minister Ahmed Fathy Salem arrived in Paris on Monday for a two-day visit. " + _FILLER
            + "Later, the guest called on French Navy chief Admiral Luc Bernard at naval headquarters.")
    assert _pairs(text) == set()


def test_the_visiting_official_with_no_trip_told_is_no_one():
    assert _pairs("Later, the visiting minister called on French Navy chief Admiral Luc Bernard.") == set()


# (3) "A, who was on his third visit to C, met B": the trip itself

@pytest.mark.parametrize("text, traveller", [
    ("General Raymond Holt, who is on his second visit to Colombia, met Colombian Defence Minister Andres Pardo.",
     "Raymond Holt"),
    ("Colombian Defence Minister Andres Pardo discussed the plan in Bogota with General Raymond Holt, who was on "
     "his third visit to the country.", "Raymond Holt"),
    ("Colombian Defence Minister Andres Pardo met General Mark Dorsey, commander of US Southern Command, who was "
     "on his fourth visit to the country.", "Mark Dorsey"),
])
def test_a_counted_visit_of_ones_own_is_a_trip(text, traveller):
    found = _meetings(text)
    assert ("visit", (traveller,)) in found
    assert ("visit", ("Andres Pardo",)) not in found  # "his" is the who-clause's person, not the host


@pytest.mark.parametrize("text", [
    "Finnish Defence Minister Antti Virtanen said his visit to Japan had been postponed.",
    "Finnish Defence Minister Antti Virtanen said his first visit to Japan would take place next year.",
])
def test_a_possessed_visit_not_reported_as_made_is_no_trip(text):
    assert _meetings(text) == set()


# (3b) ribbon-cuttings and other joint ceremonial acts

@pytest.mark.parametrize("text", [
    "The Greek ambassador, Nikos Papadakis, and Egyptian Major General Hassan Mahmoud cut the ribbon together at "
    "the new depot.",
    "Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud jointly cut the ribbon.",
    "The ribbon was cut by Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud.",
    "Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud jointly inaugurated the plant.",
    "Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud unveiled a plaque at the plant.",
])
def test_officials_of_two_states_at_one_ceremonial_act(text):
    assert _pairs(text) == {("Hassan Mahmoud", "Nikos Papadakis")}


@pytest.mark.parametrize("text", [
    # one state only
    "Greek Ambassador Nikos Papadakis and Greek Defence Minister Nikos Dendias cut the ribbon together.",
    # one person
    "Egyptian Major General Hassan Mahmoud cut the ribbon at the new depot.",
    # planned
    "Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud will cut the ribbon next week.",
    # no ceremonial object
    "Greek Ambassador Nikos Papadakis and Egyptian Major General Hassan Mahmoud cut the budget.",
])
def test_no_ceremony_pair_without_two_states_a_ceremonial_act_and_its_happening(text):
    assert _pairs(text) == set()
