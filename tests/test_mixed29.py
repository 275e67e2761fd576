"""Quotes, meetings, figures and events on sentences written for these tests (the round-23 cross-set pass over
meetings, quotes, people, figures and events: families seen in at least three sets), and the near-misses that
must stay as they were."""

from __future__ import annotations

from tests.readings import figures, people, quotes


# --- a short quoted term under a document's verb ("a report by X found that ... 'term'") --------------------------

def test_term_under_a_report_by_an_agency():
    found = quotes('A report by Amnesty International found that the soldiers had "acted without orders" in the '
                   'village.')
    assert ("Amnesty International", "acted without orders") in found


def test_term_under_a_report_of_a_named_body():
    found = quotes('A report by the Lutheran World Federation in April found that militias and "hired guards" had '
                   'emptied three villages.')
    assert any(text == "hired guards" and speaker and "Lutheran World Federation" in speaker
               for speaker, text in found)


def test_guard_a_quoted_name_under_a_document_verb_is_no_quote():
    assert quotes('The report found that the "Red Hand" group had taken the town.') == []


def test_guard_a_report_with_no_author_gives_no_speaker():
    assert quotes('The report found that the soldiers had "acted without orders" in the village.') == []


# --- people a state sends or posts somewhere are counted ("800 police officers were deployed") ----------------------

def test_police_officers_deployed_for_a_parade():
    assert (800.0, "people") in figures("About 800 police officers were deployed across the capital for the parade.")


def test_officers_sent_abroad_to_learn():
    found = figures("In 1980 he was one of 25 junior officers sent to Egypt to study engineering.")
    assert (25.0, "people") in found


def test_guard_machines_sent_are_no_people_count():
    assert figures("The army sent 14 helicopters to the flooded province.") == set()


def test_guard_letters_sent_are_no_figure():
    assert figures("The ministry sent two letters to the embassy in May.") == set()


# --- a place's name the NER takes for a person, classified by the facility or place noun it carries ---------------

def test_an_airfield_named_in_a_live_blog_is_no_person():
    text = ("Our correspondents are at Bao Lam airfield near Hue, where the show opened. Good morning from Bao Lam. "
            "The drones on display at Bao Lam airfield drew crowds.")
    assert people(text) == set()


def test_a_suburb_named_plains_is_no_person():
    assert people("Median rents in Kellerton Plains rose again. Tags: Jobs, Kellerton Plains, Lakeside") == set()


def test_guard_a_named_manager_beside_a_plains_suburb_is_kept():
    text = "The plant in Kellerton Plains hired 90 workers this year, its manager, Tom Ridley, said."
    assert people(text) == {"Tom Ridley"}


def test_guard_a_minister_at_an_airfield_is_still_a_person():
    assert people("Defence Minister Kwame Mensah opened the show at the airfield on Monday.") == {"Kwame Mensah"}
