"""The parse helpers every extractor shares: negation and modality read alike everywhere."""

from __future__ import annotations

import pytest

from armstrack.extract.syntax import conditional, modal, negated


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


@pytest.mark.parametrize("text,lemma,expected", [
    ("The ministry did not deliver the rifles.", "deliver", True),
    ("Norland never delivered the rifles.", "deliver", True),
    ("Norland delivered the rifles in May.", "deliver", False),
])
def test_negated_verbs(nlp, text, lemma, expected):
    assert negated(_verb(nlp, text, lemma)) is expected


def test_a_noun_under_no_is_negated(nlp):
    doc = nlp("There were no sanctions on the shipyard.")
    assert negated(next(t for t in doc if t.lower_ == "sanctions"))


@pytest.mark.parametrize("text,expected", [
    ("The navy will buy two frigates.", True),
    ("The navy could buy two frigates.", True),
    ("The navy bought two frigates.", False),
])
def test_modal_verbs(nlp, text, expected):
    assert modal(_verb(nlp, text, "buy")) is expected


def test_a_clause_under_if_is_conditional_and_a_plain_one_is_not(nlp):
    assert conditional(_verb(nlp, "The minister will sign if the envoy visits Talora.", "visit"))
    assert not conditional(_verb(nlp, "The envoy visits Talora every spring.", "visit"))
