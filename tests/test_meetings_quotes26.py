"""Quotes and meetings on sentences written for these tests (the own21 error analysis): a pronoun after an unnamed
spokesman of a named body stands for that body, not for a person named earlier; and the guards that keep near-misses
as they were."""

from __future__ import annotations

from tests.readings import quotes


# --- "A X spokesman ... '...,' he said": the body the unnamed spokesman speaks for -----------------------------------

def test_pronoun_after_an_unnamed_company_spokesman_is_the_company():
    found = quotes("Ingrid Solberg, the chief negotiator, flew to Seoul on Monday.\n\n"
                   "A Kongsberg spokesman rejected a Danish weekly's report that Norway had already signed for 40 "
                   "launchers. \"We have signed nothing with Norway yet,\" he said.")
    assert found == [("Kongsberg", "We have signed nothing with Norway yet")]


def test_pronoun_in_the_spokeswomans_own_clause_is_her_body():
    found = quotes("Ingrid Solberg, the chief negotiator, flew to Seoul on Monday.\n\n"
                   "A spokeswoman for the Defence Materiel Agency would not discuss what she described as \"rumours "
                   "from the trade press\".")
    assert [speaker for speaker, _ in found] == ["Defence Materiel Agency"]


def test_guard_a_spokesman_of_no_body_gives_no_speaker():
    found = quotes("Ingrid Solberg, the chief negotiator, flew to Seoul on Monday.\n\n"
                   "A spokesman declined to give figures. \"The plant is full until 2028,\" he said.")
    assert found == []


def test_guard_a_named_spokesman_is_still_the_speaker():
    found = quotes("Ingrid Solberg, the chief negotiator, flew to Seoul on Monday.\n\n"
                   "A Kongsberg spokesman, Ola Berg, rejected the report. \"We have signed nothing yet,\" he said.")
    assert found == [("Ola Berg", "We have signed nothing yet")]
