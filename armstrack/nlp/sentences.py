"""``Token.sent`` and ``Span.sent`` read from an index of sentence starts while a document is analysed.

spaCy finds a token's sentence by slicing the Doc twice (``doc[i:i+1]``, then ``doc[start:end]``, each
through a Python-level ``normalize_slice``) and walking the tokens to both boundaries: ~4 µs a call, and
the analysis asks ~14,000 times per 300 articles. ``sentence_index`` installs spaCy's own user hooks for
``sent`` on the Doc for the duration of a ``with`` block: the same sentence (the one holding the span's first
token, as spaCy's ``Span.sent`` gives it) found by bisection in the starts read once from ``Doc.to_array``.
The hooks are removed afterwards, so a Doc whose boundaries change later is never answered from a stale
index. ``tests/test_sentences.py`` compares both on every token and many spans.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from collections.abc import Iterator

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token


def _sentence_finder(doc: Doc):
    """A function from a token position to its sentence Span, as spaCy's ``Span.sent`` computes it: from the
    last sentence start at or before the position (else the Doc's start) to the next one after it (else the
    Doc's end)."""
    n = len(doc)
    starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()

    def sentence(i: int) -> Span:
        k = bisect_right(starts, i)
        return Span(doc, starts[k - 1] if k else 0, starts[k] if k < len(starts) else n)

    return sentence


@contextlib.contextmanager
def sentence_index(doc: Doc) -> Iterator[None]:
    """Within the block, ``tok.sent`` and ``span.sent`` of ``doc`` come from an index of its sentence starts.
    Nothing is installed when the Doc has no sentence boundaries (spaCy's error stays), is empty, or already
    has hooks for sentences of its own."""
    if not len(doc) or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks \
            or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        yield
        return
    sentence = _sentence_finder(doc)

    def token_sent(tok: Token) -> Span:
        return sentence(tok.i)

    def span_sent(span: Span) -> Span:
        return sentence(span.start)

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
    try:
        yield
    finally:
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)
