"""A relative clause with no "that" whose subject is a state, which the parser read with the noun it describes as
the verb's subject and the state as an apposition of the noun or a second subject of the verb: the nlp repair
mends the tree (the verb modifies the noun, the state is its subject), so every extractor reads it. Sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 5, 4)


def _token(doc, text):
    return next(t for t in doc if t.text == text)


# (text, noun, state, verb): the verb is a relative clause on the noun and the state is its subject
MENDED = [
    ("24 — Gripen fighters Thailand has ordered from Sweden since 2019.", "fighters", "Thailand", "ordered"),
    # the noun is the gap of the verb's complement
    ("4 — NASAMS batteries Norway agreed in 2023 to sell to Lithuania.", "batteries", "Norway", "agreed"),
]


@pytest.mark.parametrize("text,noun,state,verb", MENDED)
def test_contact_clause_read_as_subject_is_mended(nlp, text, noun, state, verb):
    doc = nlp(text)
    noun_tok, state_tok, verb_tok = _token(doc, noun), _token(doc, state), _token(doc, verb)
    assert (verb_tok.dep_, verb_tok.head) == ("relcl", noun_tok)
    assert (state_tok.dep_, state_tok.head) == ("nsubj", verb_tok)


def test_apposition_with_an_object_is_left_alone(nlp):
    # the verb has an object of its own: "the country Spain" is a true apposition, the subject of the verb
    doc = nlp("The country Greece has ordered 24 jets from France.")
    country, verb = _token(doc, "country"), _token(doc, "ordered")
    assert (country.dep_, country.head) == ("nsubj", verb)
    assert verb.dep_ == "ROOT"


def test_state_after_a_comma_is_left_alone(nlp):
    doc = nlp("24 — Gripen fighters, Thailand has ordered from Sweden.")
    assert _token(doc, "ordered").dep_ != "relcl"


def test_mended_clause_with_a_complement_tells_the_deal(transfers):
    assert_exactly(transfers("4 — NASAMS batteries Norway agreed in 2023 to sell to Lithuania."),
                   [("Norway", "Lithuania", "NASAMS", "agreed", ANY)])
