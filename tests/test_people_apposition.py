"""Names in apposition to a title the parser or the NER mishandles: the second official of a list ("by Minister A
and Chile's Deputy Minister of Defence, B,"), a title ending in its "of" phrase ("Chair of the Defence Committee,
B MP, said:"), "chairperson" as a title, and a pronoun speaker whose antecedent hangs on the body a title is
"of". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text

PUBLISHED = date(2024, 5, 3)


def _analyse(text: str):
    return analyse_text(text, published=PUBLISHED)


def test_second_official_of_a_signing_list_is_a_person_and_a_participant():
    a = _analyse("The agreement was signed in Quito by Defence Minister Carlos Ruiz Salinas and Chile's Deputy "
                 "Minister of Defence, Ana Torres Vidal, who arrived on Sunday.")
    assert {p.name for p in a.people} == {"Carlos Ruiz Salinas", "Ana Torres Vidal"}
    assert [sorted(m.participants) for m in a.meetings] == [["Ana Torres Vidal", "Carlos Ruiz Salinas"]]


def test_a_place_after_a_title_and_comma_is_no_person():
    a = _analyse("The talks included the Minister of Defence, Kuala Lumpur officials said.")
    assert not a.people


def test_a_colon_quote_after_a_title_with_its_of_phrase_is_the_named_members():
    a = _analyse("The committee published its report on Tuesday.\n\nChair of the Defence Committee, Ana Torres "
                 "Vidal MP, said:\n\n“The evidence is too strong to ignore. The Government must act.”")
    assert [q.speaker for q in a.quotes] == ["Ana Torres Vidal"]


def test_she_is_the_chairperson_named_in_apposition_to_her_committee():
    a = _analyse("“Our budget is shrinking,” said Carlos Ruiz Salinas, the head of the industry association.\n\n"
                 "The chairperson of the Parliament’s Standing Committee on Defence and Veterans, Ana Torres Vidal, "
                 "said MPs would question the agency in August. “We want to know how the certificates are "
                 "checked,” she said.")
    assert [(q.speaker, q.text[:10]) for q in a.quotes] == [
        ("Carlos Ruiz Salinas", "Our budget"), ("Ana Torres Vidal", "We want to")]


@pytest.mark.parametrize("source", ["A senior adviser to", "A diplomat travelling with"])
def test_an_unnamed_source_beside_a_named_minister_is_not_the_minister(source):
    # "he" is the unnamed source the sentence before was about, not the minister named in apposition
    a = _analyse(f"{source} the defence minister, Ana Torres Vidal, said the jets would arrive in May. "
                 "“The schedule holds,” he said.")
    assert all(q.speaker != "Ana Torres Vidal" for q in a.quotes)


@pytest.mark.parametrize("text", [
    "The ministers discussed the joint exercise “Mustafa Kemal Atatürk – 2023”, to be held in October.",
    "The drills, code-named ‘Anwar Sadat – 2019’, ended on Friday.",
])
def test_a_quoted_name_with_an_editions_year_names_an_exercise_not_a_person(text):
    assert not _analyse(text).people
