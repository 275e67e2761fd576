"""Hard-wrapped prose is parsed as running text: ingest joins a scraped text's wrapped lines back into the
paragraphs they were (armstrack.ingest.boilerplate), since a line break the parser reads as a word in mid-phrase
breaks the parse, and a coordinated system's own nationality is lost to the other item's "from". Headings,
captions, list items and paragraph breaks keep their line breaks (tests/test_scraped_shape.py). Sentences written
for these tests."""

from __future__ import annotations

import textwrap

from armstrack.core import analyse
from armstrack.ingest import boilerplate
from armstrack.nlp.pipeline import parse_long
from armstrack.records import Article

PARAGRAPHS = [
    "VALDORA (Wire) -- Peru's defence minister said on Monday that the country already operates KT-1 trainers "
    "bought from South Korea in 2019 as well as Russian Mi-17 helicopters, and its marines took six more patrol "
    "boats from Spain earlier this year, officials said.",
    "The minister told a committee of lawmakers that the budget for the coming year leaves room for spare parts "
    "and crew training but for no new aircraft, and that a decision on the helicopter fleet would wait until "
    "the next government takes office.",
]
WRAPPED = "\n\n".join(textwrap.fill(p, width=66) for p in PARAGRAPHS) + "\n"


def _transfers(nlp, text):
    text = boilerplate.clean(text)
    return analyse(parse_long(nlp, text), Article(doc_id="t", text=text)).transfers


def test_wrapped_lines_are_joined_at_ingest():
    assert WRAPPED.count("\n") > 8
    assert boilerplate.clean(WRAPPED) == boilerplate.clean("\n\n".join(PARAGRAPHS))


def test_wrapped_conjunct_keeps_its_own_nationality(nlp):
    records = [r for r in _transfers(nlp, WRAPPED) if r.system.startswith("Mi-17")]
    assert [(r.supplier, r.recipient) for r in records] == [("Russia", "Peru")]


def test_wrapped_first_item_keeps_its_from(nlp):
    records = [r for r in _transfers(nlp, WRAPPED) if r.system.startswith("KT-1")]
    assert records and {r.supplier for r in records} == {"South Korea"}
