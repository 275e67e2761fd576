"""Common misspellings of cue words (data/misspellings.tsv) read as the words they are written for: the
tagger sees the word's norm, the extractors its lemma, and the text and offsets stay as written. Sentences
written for these tests; the near negatives (real words, names, words spelt right) stay as they were."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from armstrack.nlp.pipeline import misspellings

PUBLISHED = datetime.date(2024, 3, 1)


def _transfers(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(t.supplier, t.recipient, str(t.status.value)) for t in analyse_text(text, published=PUBLISHED).transfers}


def _meetings(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(str(m.kind.value), frozenset(m.participants))
            for m in analyse_text(text, published=PUBLISHED).meetings}


# --- the token: norm and lemma of the word, text as written -------------------------------------------------

def test_misspelt_word_takes_the_norm_and_lemma_of_its_word(nlp):
    doc = nlp("The ministry recieved an aggreement after long negociations with the goverment.")
    by_text = {t.text: t for t in doc}
    assert (by_text["recieved"].norm_, by_text["recieved"].lemma_) == ("received", "receive")
    assert (by_text["aggreement"].norm_, by_text["aggreement"].lemma_) == ("agreement", "agreement")
    assert by_text["negociations"].lemma_ == "negotiation"
    assert by_text["goverment"].lemma_ == "government"
    assert doc.text == "The ministry recieved an aggreement after long negociations with the goverment."


def test_capitalised_misspelling_is_read_too(nlp):
    tok = nlp("Negociations resumed in the capital on Monday.")[0]
    assert (tok.text, tok.lemma_) == ("Negociations", "negotiation")


def test_real_words_names_and_right_spellings_stay(nlp):
    doc = nlp("The minster in York received visitors; Mr Aquire spoke to the government.")
    by_text = {t.text: t for t in doc}
    assert by_text["minster"].lemma_ == "minster"  # a real word, no misspelling of "minister"
    assert by_text["received"].lemma_ == "receive"
    assert by_text["government"].norm_ == "government"
    assert by_text["Aquire"].lemma_ == "Aquire"  # a name is written as it is


def test_the_data_holds_misspellings_only():
    rows = misspellings()
    assert rows and all(k == k.lower() and v == v.lower() and k != v for k, v in rows.items())
    assert not set(rows) & set(rows.values())  # no row's misspelling is another row's word


# --- the records: a misspelt cue gives what the word spelt right gives ---------------------------------------

def test_signed_a_misspelt_agreement_is_a_signing_and_an_agreed_deal():
    text = ("Norway's defence minister Ola Berg and his Estonian counterpart Kaja Tamm signed an aggreement in "
            "Tallinn on Monday under which Estonia will buy six NASAMS launchers.")
    assert ("signing", frozenset({"Ola Berg", "Kaja Tamm"})) in _meetings(text)
    assert ("Norway", "Estonia", "agreed") in _transfers(text)


@pytest.mark.parametrize("misspelt", [
    "Chile's navy aquired two Type 23 frigates from the United Kingdom in 2006.",
    "Serbia completed the acquistion of six Rafale jets from France last year.",
    "Argentina is in negociations with Denmark to buy 24 F-16 fighters.",
    "The last of the 14 Leopard 2 tanks Poland ordered was delievered to the army in June.",
])
def test_misspelt_transfer_cue_reads_as_its_word(misspelt):
    right = misspelt
    for wrong, word in misspellings().items():
        right = right.replace(f" {wrong} ", f" {word} ")
    assert right != misspelt
    expected = _transfers(right)
    assert expected and _transfers(misspelt) == expected


def test_misspelt_visit_is_a_visit():
    text = "Jordan's King Abdullah visted Paris on Monday and met President Emmanuel Macron."
    assert ("visit", frozenset({"Abdullah"})) in _meetings(text)


def test_evidence_keeps_the_misspelling_as_written():
    text = "Chile's navy aquired two Type 23 frigates from the United Kingdom in 2006."
    [t] = analyse_text(text, published=PUBLISHED).transfers
    assert "aquired" in t.evidence.sentence and t.evidence.sentence in text
