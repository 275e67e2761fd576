"""Meetings and quotes on sentences written for these tests (the own22 error analysis): a subject pronoun with no one
named in the window before it stands for whom the same subject pronoun before it stood for (a quotation of several
sentences may part it from the name), and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import meeting_people


# --- "X said ... '... . ...,' he said. He met Y": the pronoun refers on through the "he" of the quotation ----------

def test_pronoun_after_a_long_quotation_refers_on_through_the_same_pronoun():
    found = meeting_people("Ana Beltrán Soto, a lawyer, is running for the senate.\n\n"
                           "Beltrán said she would scrap the tank order in her first week. \"The tanks are too heavy "
                           "for our bridges. We need boats,\" she said. She met Italy's ambassador, Paolo Ferri Lodi, "
                           "in Quito in March, her office said.")
    assert found == {("Ana Beltrán Soto", "Paolo Ferri Lodi")}


def test_guard_a_name_in_the_window_is_still_the_antecedent():
    found = meeting_people("Ana Beltrán Soto, a lawyer, is running for the senate.\n\n"
                           "Beltrán said she would scrap the tank order. Marta Ruiz Vidal, a senator, disagreed. "
                           "She met Italy's ambassador, Paolo Ferri Lodi, in Quito in March.")
    assert found == {("Marta Ruiz Vidal", "Paolo Ferri Lodi")}


def test_guard_a_different_pronoun_does_not_carry_the_reference():
    found = meeting_people("Ana Beltrán Soto, a lawyer, is running for the senate.\n\n"
                           "Beltrán said she would scrap the tank order. \"The tanks are too heavy for our bridges. "
                           "We need boats,\" the statement said. He met Italy's ambassador, Paolo Ferri Lodi, in "
                           "Quito in March.")
    assert ("Ana Beltrán Soto", "Paolo Ferri Lodi") not in found
