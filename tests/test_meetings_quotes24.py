"""Quotes and people on sentences written for these tests (the own20 error analysis): a pronoun speaker stands for the person
its own paragraph names, even out of a subject's place ("Some thoughts from X, an analyst. '...,' she said."), not for
a subject of the paragraph before; a body named through "its" ("its foreign ministry called it '...'") is that body of
the state named before; a saint's name in a church's or a place's name is no person; and the guards that keep
near-misses as they were."""

from __future__ import annotations

from tests.readings import people, quotes


def test_pronoun_speaker_is_the_person_its_paragraph_names():
    found = quotes("Lena Hartmann and Pavel Novak opened the naval fair on Monday.\n\n"
                   "A view from Ruth Osei, a researcher at a policy institute in Accra. \"The buyers want spares "
                   "from more than one capital,\" she told us.")
    assert found == [("Ruth Osei", "The buyers want spares from more than one capital")]


def test_pronoun_speaker_after_an_unnamed_source_in_the_entry_before():
    found = quotes("The memorandum covers \"all future patrol boats\", an official told us.\n\n"
                   "A view from Ruth Osei, a researcher at a policy institute in Accra. \"The buyers want spares "
                   "from more than one capital,\" she told us.")
    assert ("Ruth Osei", "The buyers want spares from more than one capital") in found


def test_guard_a_subject_of_the_same_paragraph_still_comes_first():
    found = quotes("Lena Hartmann met Ruth Osei at the fair on Monday. \"We agreed on the boats,\" she said.")
    assert found == [("Lena Hartmann", "We agreed on the boats")]


# --- a body named through "its" stands for the state the sentence is about ----------------------------------------

def test_its_ministry_is_the_ministry_of_the_state_named_before():
    found = quotes("Moldova objected to the sale of the howitzers, and its defence ministry has called it \"a "
                   "needless provocation\".")
    assert found == [("Moldova's defence ministry", "a needless provocation")]


def test_guard_its_spokesman_stays_unchanged():
    found = quotes("Moldova objected to the sale of the howitzers. Its spokesman, Ion Rusu, called it \"a "
                   "needless provocation\".")
    assert found == [("Ion Rusu", "a needless provocation")]


# --- a saint's name in a place's name is no person -----------------------------------------------------------------

def test_church_of_a_saint_is_no_person():
    assert "St Anthony" not in people("After the war he ran a small clinic next to the church of St Anthony in his "
                                      "home town.")


def test_cathedral_of_a_saint_is_no_person():
    assert "St Michael" not in people("He was buried at the cathedral of St Michael on Friday.")


def test_guard_a_surname_with_st_stays_a_person():
    assert "Kevin St John" in people("The minister, Kevin St John, visited the base on Monday.")
