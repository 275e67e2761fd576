"""The lemmatizer's lemmas set through token attribute arrays: the same lemmas, a fraction of the time.

spaCy's ``Lemmatizer`` walks the Doc in Python, making a ``Token`` for every word, and its rule mode
recomputes every base form (singular nouns, infinitives: most words) because only inflected forms go
into its cache. A lemma is a function of the token's text, part of speech and morphology (that is all
``rule_lemmatize``, ``lookup_lemmatize`` and English's ``is_base_form`` read), so here each distinct
(ORTH, POS, MORPH) is lemmatized once by the component itself and the lemmas are written back with
``Doc.from_array``. Tokens that already have a lemma keep it unless the component overwrites, as in
``Lemmatizer.__call__``. ``tests/test_nlp_speed.py`` compares both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

#: Lemmas remembered per component, at most (the memo starts again when full).
_MAX_MEMO = 200_000
_ATTRS = [ORTH, POS, MORPH, LEMMA]
#: Lemmatizers known to read nothing but the token's text, part of speech and morphology.
_PLAIN = (Lemmatizer, EnglishLemmatizer)


class TableLemmas:
    """``Lemmatizer.pipe`` with the component's lemmas remembered per (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        #: (orth, pos, morph) hashes -> lemma hash (in the vocabulary's string store)
        self.memo: dict[tuple[int, int, int], int] = {}

    def annotate(self, doc: Doc) -> Doc:
        """Set the lemmas of ``doc`` as ``Lemmatizer.__call__`` sets them."""
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        arr = doc.to_array(_ATTRS)
        memo = self.memo
        if len(memo) > _MAX_MEMO:
            memo.clear()
        add = doc.vocab.strings.add
        overwrite = lem.overwrite
        lemmas = arr[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = memo.get(key)
                if value is None:
                    value = memo[key] = add(lem.lemmatize(doc[i])[0])
                lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def __call__(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self.annotate(doc)
            except Exception as e:
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], e)


def speed_up_lemmatizers(nlp: Language) -> None:
    """Let every lemmatizer of ``nlp`` set lemmas in ``nlp.pipe`` through ``TableLemmas``."""
    for _, pipe in nlp.pipeline:
        if (type(pipe) in _PLAIN and pipe.mode in ("rule", "lookup")
                and not isinstance(pipe.__dict__.get("pipe"), TableLemmas)):
            pipe.pipe = TableLemmas(pipe)
