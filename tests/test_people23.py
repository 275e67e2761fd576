"""Round 23 (people across own sets): a craft's name set off after an ordinal is no person (sentences written for
these tests; the NER's PERSON tag is set by hand, as it tags such names only in some contexts)."""

from __future__ import annotations

from spacy.tokens import Span

from armstrack import settings
from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.nlp.people import resolve_people
from armstrack.nlp.pipeline import build_pipeline


def _people_tagging(text: str, name: str) -> set[str]:
    doc = build_pipeline(settings.model_name(None))(text)
    start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
    doc.set_ents([Span(doc, start, start + len(name.split()), "PERSON")], default="unmodified")
    return {p.name for p in resolve_people(doc, "t", load_gazetteers())}


def test_name_after_an_ordinal_in_a_sentence_counting_craft_is_the_craft():
    text = ("Indonesia is building six frigates at Surabaya, and the first, Raden Eddy Martadinata, is expected to be "
            "handed over in 2027.")
    assert "Raden Eddy Martadinata" not in _people_tagging(text, "Raden Eddy Martadinata")


def test_name_after_an_ordinal_in_the_sentence_after_the_craft_is_the_craft():
    text = ("The yard is building four diesel-electric submarines. The first two are in service, and the fourth, "
            "Almirante Joao Teles, is due to be launched next year.")
    assert "Almirante Joao Teles" not in _people_tagging(text, "Almirante Joao Teles")


def test_name_after_an_ordinal_with_no_craft_counted_stays_a_person():
    text = "Two officers spoke to reporters, and the first, Raden Eddy Martadinata, said training would start in May."
    assert "Raden Eddy Martadinata" in _people_tagging(text, "Raden Eddy Martadinata")
