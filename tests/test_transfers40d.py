""""It" as the subject of a main clause stands for the state the clauses just before were about: the subject of a
main clause coordinated with one whose subject names no party ("Four jets arrived in June, and B expects more"),
and the state that "the kingdom" / "the country" as a subject stood for. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import rows

PUBLISHED = datetime.date(2025, 9, 24)


def _buyers_of(records, family_word):
    return {t.recipient for t in records if family_word.lower() in (t.family or t.system or "").lower()}


# --- the subject of a coordinated main clause, when the first clause's subject names no party ---

def test_it_is_the_state_of_the_coordinated_clause(transfers):
    text = ("Greece is a minor supplier to Peru. Four M-346 trainers from Italy arrived in June, and Peru expects "
            "eight more next year. It also bought K9 howitzers from South Korea in 2023.")
    assert ("South Korea", "Peru", "K9", "delivered") in rows(transfers(text))


def test_it_is_not_a_firm_of_the_coordinated_clause(transfers):
    # a maker as the second clause's subject is no state the pronoun can stand for
    text = ("Greece is a minor supplier to Peru. Four M-346 trainers from Italy arrived in June, and Leonardo "
            "expects to deliver eight more next year. It also bought K9 howitzers from South Korea in 2023.")
    assert "Italy" not in _buyers_of(transfers(text), "K9")


def test_it_is_not_a_pronoun_of_the_coordinated_clause(transfers):
    text = ("Greece is a minor supplier to Peru. Four M-346 trainers from Italy arrived in June, and they will be "
            "joined by eight more next year. It also bought K9 howitzers from South Korea in 2023.")
    assert "Italy" not in _buyers_of(transfers(text), "K9")


# --- "the country" as the subject just before: "it" is the state the noun stood for ---

def test_it_after_the_country_is_that_state(transfers):
    text = ("Italian engineers are helping Egypt build corvettes, and Cairo is weighing a loan from Rome. Italian "
            "officials would not comment.\n\nThe country is spreading its purchases widely. It ordered 20 K9 "
            "howitzers from South Korea in 2024.")
    assert ("South Korea", "Egypt", "K9", "ordered") in rows(transfers(text))
    assert "Italy" not in _buyers_of(transfers(text), "K9")


def test_it_after_a_firm_is_no_state_before(transfers):
    # a company as the subject just before: "it" is the firm, and the firm buys nothing here from South Korea
    text = ("Italian engineers are helping Egypt build corvettes, and Cairo is weighing a loan from Rome. Italian "
            "officials would not comment.\n\nFincantieri is spreading its work widely. It ordered 20 K9 "
            "howitzers from South Korea in 2024.")
    assert "Egypt" not in _buyers_of(transfers(text), "K9")


# --- "air defence guns": a kind of air-defence weapon, in every spelling ---

def test_air_defence_guns_are_a_system(transfers):
    text = "Peru is in talks with Nexter over air-defense guns, officials said."
    assert ("France", "Peru", "air_defence", "negotiating") in {
        (t.supplier, t.recipient, t.category, t.status) for t in transfers(text)}


def test_air_defence_gun_crews_are_no_system(transfers):
    # the crews of the guns are trained, no gun changes hands
    text = "Peru is in talks with Nexter over training for its air-defense gun crews, officials said."
    assert not [t for t in transfers(text) if t.category == "air_defence"]
