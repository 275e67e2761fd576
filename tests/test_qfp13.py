"""Quotes, figures and people: general families found on own12's errors (sentences written for these tests)."""
from __future__ import annotations

import functools

import pytest

import readings

PUBLISHED = "2024-06-12"


_people = functools.partial(readings.people, published=PUBLISHED)
_quotes = functools.partial(readings.quotes, published=PUBLISHED)
_figures = functools.partial(readings.figures, published=PUBLISHED)


# --- people: a name in apposition after a title whose phrase ends in a place ("attaché in X, Captain A B")
def test_titled_name_the_parser_coordinated_with_a_place_is_a_person():
    text = ("Peru's naval attaché in Nairobi, Commander Tomas Quispe Huaman, who came with the Deputy Minister of "
            "Defence Grace Wanjiru, recalled the first joint patrol.\n\n\"We learnt the coast together,\" he joked.")
    assert "Tomas Quispe Huaman" in _people(text)
    # the pronoun is the titled subject's, not the official named later in his relative clause
    assert _quotes(text) == [("Tomas Quispe Huaman", "We learnt the coast together")]


def test_name_after_a_title_with_its_post_is_a_person_even_if_taken_for_a_place():
    text = ("The letter was signed by Albania's ambassador to Turkey, Arben Deliu. The ambassador replied that "
            "any such request would be handled \"within the usual rules\".")
    assert "Arben Deliu" in _people(text)
    assert _quotes(text) == [("Arben Deliu", "within the usual rules")]


def test_name_coordinated_with_a_place_without_a_title_stays_out():
    # guard: "flights between Kazan and X" still names a place
    assert "Kazan" not in " ".join(_people("Flights between Kazan and Perm resumed on Monday."))


# --- people: a ship's prefix, a garrison, a paper, a headline in capitals are no people
def test_namibian_ship_prefix_names_a_ship():
    text = "The 50-metre ship, renamed NS Kunene, sailed from Lisbon in May with a mixed crew."
    assert not any("Kunene" in p for p in _people(text))


@pytest.mark.parametrize("text, word", [
    ("The delegation was received at the Ministry of Defence in Kota Garrison on Tuesday.", "Garrison"),
    ("Borneo Daily | National | Monday, 10 June 2024\n\nThe minister opened the base on Monday.", "Daily"),
])
def test_garrison_and_daily_end_names_of_things(text, word):
    assert not any(word in p for p in _people(text))


def test_headline_in_capitals_gives_no_person():
    text = ("GERMAN MINISTER TOURS LINDA AS NEW FRIGATES ENTER SERVICE\n\nKIEL – Germany's Deputy Minister of "
            "Defence, Paul Weber, arrived on Monday for a one-day visit.")
    assert _people(text) == {"Paul Weber"}


def test_signature_over_its_office_in_a_letters_second_half():
    text = ("The ministry answered the question of the deputy in writing on Monday. The order for the boats went "
            "ahead as planned, and the last one is due in May.\n\nTine Zajec\nMINISTER\n\nSent to: the committee")
    assert "Tine Zajec" in _people(text)


def test_byline_over_a_desk_at_the_top_is_no_signature():
    # guard: a name over a line in capitals at the top is a byline's frame, not a letter's signature
    text = ("Tine Zajec\nMINISTER\n\nThe ministry answered the question in writing on Monday. The "
            "order for the boats went ahead as planned, and the last one is due in May.")
    assert "Tine Zajec" not in _people(text)


# --- quotes: a Malay name goes by the name before "bin"
def test_malay_name_goes_by_the_name_before_bin():
    # the courtesy words before the short name hide it from the NER; the name before "bin" is who speaks
    text = ("The Permanent Secretary, Awang Kamal bin Haji Osman, opened the range on Monday.\n\n\"This range "
            "serves all three services,\" Yang Mulia Awang Kamal said.")
    assert _quotes(text) == [("Awang Kamal bin Haji Osman", "This range serves all three services")]


# --- quotes: a participle after a comma belongs to the reporting verb, not to the clause it reports
def test_participle_after_a_reported_clause_is_the_reporters():
    text = ("Defence Minister Carlos Ruiz Salinas spoke to reporters on Friday. He denied that the navy was "
            "talking to Korea about submarines, calling the reports \"complete fiction\".")
    assert _quotes(text) == [("Carlos Ruiz Salinas", "complete fiction")]


# --- quotes: words quoted in a claim's clause are the claim owner's
def test_claim_owner_says_the_words_quoted_in_the_claim():
    text = "The ministry dismissed Ana Ruiz Gil's claim that the deal was \"a scandal from start to finish\"."
    assert _quotes(text) == [("Ana Ruiz Gil", "a scandal from start to finish")]


def test_rejected_claim_of_an_unnamed_owner_is_not_the_rejecters():
    text = ("The tribunal rejected the prosecution's argument that the boats were \"warships in all but name\" "
            "bought for a militia.")
    assert all(speaker != "tribunal" and "ribunal" not in (speaker or "") for speaker, _ in _quotes(text))


# --- figures: currencies
@pytest.mark.parametrize("text, value, unit", [
    ("Chad's defence budget for 2023 is FCFA 180 billion, up from last year.", 180e9, "XAF"),
    ("Senegal will spend CFA 40 billion on new patrol boats.", 40e9, "XOF"),
    ("The committee said the budget, which the Treasury put at ZWL$52 billion for 2022, was too small.", 52e9, "ZWL"),
    ("Guatemala's defence budget for 2023 is Q4.1 billion, the ministry said.", 4.1e9, "GTQ"),
])
def test_local_currency_signs(text, value, unit):
    assert (value, unit) in _figures(text)


def test_quarter_is_no_quetzal():
    assert not any(u == "GTQ" for _, u in _figures("The firm's results for Q3 2024 were good and Q4 will be better."))


# --- figures: groups of people, places for people, harm to coordinated people
@pytest.mark.parametrize("text, value", [
    ("The general flew in on Monday with a delegation of six admirals.", 6),
    ("The minister arrived at the head of a nine-member delegation on Sunday.", 9),
    ("A team of five Spanish officers is teaching at the academy this year.", 5),
    ("Under the accord, Madrid will reserve 25 places a year for Peruvian cadets in its naval school.", 25),
    ("Three police officers and four suspected smugglers were killed in a shootout near the border.", 4),
    ("The organisers expect visitor numbers to pass 80,000 by Sunday.", 80000),
])
def test_people_counts(text, value):
    assert (float(value), "people") in _figures(text)


def test_member_count_of_a_council_stays_members():
    # guard: a body's size is no group of people sent somewhere
    assert (15.0, "members") in _figures("The 15-member council unanimously extended the mission.")


def test_places_for_things_are_no_people():
    assert not _figures("The new car park has 40 places for lorries.")


# --- figures: number words joined by a hyphen; port calls in a time frame
def test_hyphenated_number_words_are_one_number():
    assert (25.0, "people") in _figures("Twenty-five soldiers were killed in the attack on Monday.")


def test_ships_calling_at_a_port_in_a_year_are_a_tally():
    text = "Thirty-two foreign warships called at the port in 2023, compared with 18 in 2022."
    figures = _figures(text)
    assert (32.0, "ships") in figures and (18.0, "ships") in figures


def test_ships_arriving_for_one_visit_are_no_tally():
    # guard: a group of ships on one visit is no figure
    assert not _figures("Two Indian Navy ships arrived at the naval base yesterday for a four-day port call.")


def test_ships_making_visits_since_a_time_are_a_tally():
    assert (15.0, "ships") in _figures("Since then, more than 15 warships have made port calls in the bay.")


def test_ships_making_one_visit_on_a_day_are_no_tally():
    # guard: one visit on a day is no tally
    assert not _figures("Three frigates made a visit to the port on Monday.")
