"""Quotes and meetings on sentences written for these tests (the own21 error analysis): a pronoun after an unnamed
spokesman of a named body stands for that body, not for a person named earlier; "the army said" with no army named
is the force of the state the article names most, not the company or armed group named just before; an unnamed
person ("a resident of X") gives no speaker, not the place or body of the phrase; a subject pronoun refers on through
the subject pronoun of its gender before it; and the guards that keep near-misses as they were."""

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


# --- "the army said" with no army named: the force of the state the article names most -----------------------------

def test_the_army_is_the_force_of_the_state_named_most_not_the_company_before():
    found = quotes("Chad's soldiers took delivery of four drones from Baykar in May. Rebels attacked a garrison in "
                   "eastern Chad in June, and Elbit Systems said it would send spare parts. The army said its jets "
                   "had destroyed \"a rebel command post\".")
    assert found == [("Chadian army", "a rebel command post")]


def test_guard_an_army_named_before_is_still_that_army():
    found = quotes("The Chilean Army received its first howitzers from Elbit Systems in May. The army said the guns "
                   "had \"passed every trial\".")
    assert found == [("Chilean Army", "passed every trial")]


def test_guard_the_company_is_still_the_company_named_before():
    found = quotes("Chad's soldiers took delivery of four drones in May. Elbit Systems said it would send spare "
                   "parts. The company said the parts were \"already in transit\".")
    assert found == [("Elbit Systems", "already in transit")]


# --- "A survivor of the X raid told ...": an unnamed person, not the place or body of the phrase --------------------

def test_an_unnamed_resident_of_a_named_place_gives_no_speaker():
    found = quotes("A resident of the Hpakant mining town told reporters she saw \"soldiers burning the houses\".")
    assert found == []


def test_guard_an_indefinite_statement_of_a_body_is_still_the_bodys():
    found = quotes("A Defence Ministry statement called the claims \"baseless\".")
    assert found == [("Defence Ministry", "baseless")]


# --- "she discussed X with Y. '...,' she said": a subject pronoun before stands for the same person ------------------

def test_pronoun_refers_on_through_the_subject_pronoun_before():
    found = quotes("Carla Mendes, the agency's director, testified on Tuesday.\n\n"
                   "On a trip to Oslo last week she discussed the 40 NASAMS launchers Norway ordered in May with Deputy "
                   "Defence Minister Erik Lund. \"The Norwegians want the first battery in 2027,\" she said.")
    assert found == [("Carla Mendes", "The Norwegians want the first battery in 2027")]


def test_guard_a_pronoun_of_the_other_gender_does_not_refer_on():
    found = quotes("Paulo Mendes, the agency's director, testified on Tuesday.\n\n"
                   "On a trip to Oslo last week he discussed the 40 NASAMS launchers Norway ordered in May with Deputy "
                   "Defence Minister Anna Lund. \"The Norwegians want the first battery in 2027,\" she said.")
    assert found == [("Anna Lund", "The Norwegians want the first battery in 2027")]
