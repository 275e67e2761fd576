"""Hard-wrapped prose is parsed as running text (armstrack.nlp.pipeline.unwrapped): a line break the parser reads
as a word in mid-phrase breaks the parse, and a coordinated system's own nationality is lost to the other item's
"from". Headings, captions, list items and paragraph breaks keep their line breaks. Sentences written for these
tests."""

from __future__ import annotations

import textwrap

from armstrack.core import analyse
from armstrack.nlp.pipeline import parse_long, unwrapped
from armstrack.records import Article

WRAPPED = textwrap.fill(
    "VALDORA (Wire) -- Peru's defence minister said on Monday that the country already operates KT-1 trainers "
    "bought from South Korea in 2019 as well as Russian Mi-17 helicopters, and its marines took six more patrol "
    "boats from Spain earlier this year, officials said.", width=66) + "\n"


def _transfers(nlp, text):
    return analyse(parse_long(nlp, text), Article(doc_id="t", text=text)).transfers


def test_wrapped_lines_become_spaces_of_the_same_length():
    out = unwrapped(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert out.count("\n") == 1 and out.endswith(".\n")
    assert "in 2019 as well as" in out


def test_wrapped_conjunct_keeps_its_own_nationality(nlp):
    records = [r for r in _transfers(nlp, WRAPPED) if r.system.startswith("Mi-17")]
    assert [(r.supplier, r.recipient) for r in records] == [("Russia", "Peru")]


def test_wrapped_first_item_keeps_its_from(nlp):
    records = [r for r in _transfers(nlp, WRAPPED) if r.system.startswith("KT-1")]
    assert records and {r.supplier for r in records} == {"South Korea"}


def test_heading_and_paragraph_breaks_stay():
    text = ("Peru buys trainers\n"
            "By Ann Example\n\n"
            "Peru has ordered twelve KT-1 trainers from South Korea, the air force said on Monday.\n\n"
            "The jets will replace older aircraft.\n")
    assert unwrapped(text) == text


def test_list_items_and_short_lines_stay():
    text = ("The package includes the following items for the navy of Peru:\n"
            "- two patrol boats built by a yard in Spain for coastal duty\n"
            "- spare parts and training for crews over three years of work\n"
            "Photo: navy\n"
            "Peru signed the contract with the Spanish yard on Monday, officials said.\n")
    assert unwrapped(text) == text


def test_sentence_lines_of_unequal_length_stay():
    text = ("Peru has ordered twelve KT-1 trainers from South Korea, the air force said on Monday.\n"
            "Deliveries start next year.\n")
    assert unwrapped(text) == text
