"""x26ev: event families that recur across the evaluation sets (sentences written for these tests)."""
from __future__ import annotations

from tests.readings import analysed


def _trainings(text: str) -> list[str]:
    """The sentence of each training event found."""
    return [e.evidence.sentence.strip() for e in analysed(text).events if e.type.value == "training"]


def test_trainees_no_state_names_who_trained_are_a_training():
    # the trainees carry no nationality: a possessive pronoun, a bare count, or a count the parser reads as a
    # noun phrase; the state the story has just named takes part
    text = ("Ghana took delivery of two patrol boats from Brazil in March. "
            "The navy chief said his crews had trained on them in Salvador in January.")
    assert _trainings(text) == ["The navy chief said his crews had trained on them in Salvador in January."]
    text = "Egypt bought the corvette from Croatia. Twenty-four sailors trained on the ship in Split last autumn."
    assert _trainings(text) == ["Twenty-four sailors trained on the ship in Split last autumn."]
    text = ("Chile runs a helicopter school near Punta Arenas. "
            "About 150 pilots and mechanics have trained there since it opened in 2019.")
    assert _trainings(text) == ["About 150 pilots and mechanics have trained there since it opened in 2019."]


def test_trainees_in_a_quote_a_generic_clause_or_an_adjective_are_no_training():
    # near negatives: a speaker's own words about "our" troops, a relative clause of habit, and "trained" as an
    # adjective name no training the story reports
    assert _trainings('Egypt bought the corvette from Croatia. "Our sailors trained on the ship in Split," '
                      'the admiral said.') == []
    assert _trainings("Egypt bought the corvette from Croatia. The port is a rare meeting point for navies that "
                      "seldom train together.") == []
    assert _trainings("Egypt bought the corvette from Croatia. The fleet has long lacked trained mechanics.") == []
