"""Sentences read from an index of their starts during analysis (armstrack.nlp.sentences.sentence_index):
the same Span as spaCy's ``Token.sent`` and ``Span.sent``, and spaCy's own again after the block. Sentences
in our own words."""

from __future__ import annotations

from armstrack.nlp.sentences import sentence_index

TEXT = ("LIMA — Peru took delivery of two patrol boats on Friday. The navy said more would follow.\n\n"
        "\u201cWe expect four more,\u201d Admiral Tomas Quiroga told reporters. Analysts doubt it.\nA short line")


def _sents(doc):
    spans = [doc[i:j] for i in range(len(doc)) for j in (i, i + 1, i + 3, len(doc)) if j <= len(doc) and i < j]
    return [(t.sent.start, t.sent.end) for t in doc] + [(s.sent.start, s.sent.end) for s in spans]


def test_indexed_sentences_equal_spacys(nlp):
    doc = nlp(TEXT)
    plain = _sents(doc)
    assert len({s for s in plain}) > 3  # several sentences
    with sentence_index(doc):
        assert "sent" in doc.user_token_hooks
        assert _sents(doc) == plain
        assert all(t.sent == doc[t.i:t.i + 1].sent for t in doc)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    assert _sents(doc) == plain


def test_no_index_without_sentence_boundaries(nlp):
    doc = nlp.make_doc("Two frigates sailed.")
    with sentence_index(doc):
        assert "sent" not in doc.user_token_hooks
    empty = nlp("")
    with sentence_index(empty):
        assert "sent" not in empty.user_token_hooks
