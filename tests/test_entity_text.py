"""Entity mentions read their evidence from the article's text when it is the Doc's (armstrack.nlp.entities):
the same mentions as from ``Doc.text``; a text that is not the Doc's is not used. Sentences in our own words."""

from __future__ import annotations

from armstrack.nlp.entities import _doc_text, entity_mentions

TEXT = ("Colonel Aurelio Venturini said in Quito that Ecuador had received four Cessna aircraft from the\n"
        "United States.\n\nThe Ecuadorian Air Force will fly them from Manta.")


def test_mentions_from_the_article_text_equal_those_from_the_doc(nlp, gaz):
    doc = nlp(TEXT)
    assert entity_mentions(doc, "t", gaz, TEXT) == entity_mentions(doc, "t", gaz)
    assert _doc_text(doc, TEXT) is TEXT


def test_a_text_that_is_not_the_docs_is_not_used(nlp):
    doc = nlp(TEXT)
    assert _doc_text(doc, TEXT + " More.") == TEXT
    assert _doc_text(doc, None) == TEXT
    assert _doc_text(nlp(""), "") == ""
