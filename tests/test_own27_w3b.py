"""A plural told again with "the" and no count of its own ("The 1,800-tonne vessels were ordered in 2021") right after
a counted lot of a kind ("the first of four patrol vessels") is that lot, and takes its own step. Sentences written for
these tests."""

from __future__ import annotations

from armstrack.core import analyse
from armstrack.nlp.pipeline import parse_long
from armstrack.records import Article

LAUNCH = ("BUSAN (Wire) -- Hanwha Ocean launched the first of four offshore patrol vessels for the Peruvian Navy at "
          "its Geoje yard on Friday. ")


def _steps(nlp, text):
    records = analyse(parse_long(nlp, text), Article(doc_id="t", text=text)).transfers
    return sorted((r.supplier, r.recipient, r.status.value, r.when) for r in records)


def test_measured_plural_is_the_counted_lot(nlp):
    text = LAUNCH + "The 1,800-tonne vessels were ordered in 2021 under a deal worth $300 million.\n"
    assert ("South Korea", "Peru", "ordered", "2021") in _steps(nlp, text)


def test_bare_plural_is_the_counted_lot(nlp):
    text = LAUNCH + "The vessels were ordered in 2021 under a deal worth $300 million.\n"
    assert ("South Korea", "Peru", "ordered", "2021") in _steps(nlp, text)


def test_plural_after_an_uncounted_kind_stays_unread(nlp):
    text = ("BUSAN (Wire) -- Hanwha Ocean launched an offshore patrol vessel for the Peruvian Navy at its Geoje yard "
            "on Friday. The vessels were ordered in 2021 under a deal worth $300 million.\n")
    assert [s for s in _steps(nlp, text) if s[2] == "ordered"] == []


def test_plural_with_a_word_of_its_own_stays_unread(nlp):
    text = LAUNCH + "The new ships were ordered in 2021 under a deal worth $300 million.\n"
    assert [s for s in _steps(nlp, text) if s[2] == "ordered"] == []
