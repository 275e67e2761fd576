"""The statistical NER kept at the labels it was trained with, so it stays as fast as bare spaCy's.

The gazetteer ruler runs before ``ner`` and presets entities with labels the model does not know
(COUNTRY, LOCATION, WEAPON_SYSTEM, MILITARY). spaCy's parser then adds four moves per unknown label and
resizes its output layer (74 -> 86 moves with three of them): every step of every document scores and
validates the extra moves, ~8 % of the ``ner``'s CPU time, for moves whose weights are zero and whose
scores spaCy sets to the minimum ("unseen classes"), so they are only ever taken where a preset entity
forces them.

Inside a preset entity exactly one move is valid at each token: B, I, L or U *with the preset's label*
(spaCy's ``ner.pyx``: ``Begin``, ``In``, ``Last`` and ``Unit`` check ``preset_ent_label``, ``Out`` is
invalid on a preset B or I). Outside preset entities the label of an entity already closed is never
read. So the NER takes the same moves if each preset entity of an unknown label carries a label the
model knows instead, and gets the same entities back: ``NerStandIn`` (just before ``ner``) relabels
those presets with a stand-in label, ``NerStandInRestore`` (just after it) puts their own labels back
(their ``kb_id`` and ``ent_id`` stay on the tokens throughout). ``tests/test_ner_labels.py`` compares
entities with and without the two components.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

#: ``Doc.user_data`` key of the relabelled presets, between the two components:
#: [(start, end, label hash)] of each entity whose label the NER does not know.
PRESETS_KEY = "armstrack_ner_presets"


class NerStandIn:
    """Before ``ner``: preset entities of labels it does not know get one it knows (``stand_in``)."""

    def __init__(self, nlp: Language, ner_name: str) -> None:
        self.nlp = nlp
        self.ner_name = ner_name
        self._known: tuple[int, frozenset[str]] | None = None  # (moves, labels) of the NER when last read

    def known_labels(self) -> frozenset[str]:
        """The NER's labels (read again only when its moves change, e.g. after training)."""
        ner = self.nlp.get_pipe(self.ner_name)
        moves = ner.moves.n_moves
        if self._known is None or self._known[0] != moves:
            self._known = (moves, frozenset(ner.labels))
        return self._known[1]

    def stand_in(self, known: frozenset[str]) -> str:
        """The label unknown presets carry through the NER: ORG, or else the first of the model's labels."""
        return "ORG" if "ORG" in known else min(known)

    def __call__(self, doc: Doc) -> Doc:
        known = self.known_labels()
        if not known:
            return doc
        foreign = [e for e in doc.ents if e.label_ not in known]
        if foreign:
            stand_in = self.stand_in(known)
            doc.user_data[PRESETS_KEY] = [(e.start, e.end, e.label) for e in foreign]
            doc.set_ents([Span(doc, e.start, e.end, label=stand_in, kb_id=e.kb_id, span_id=e.id) for e in foreign],
                         default="unmodified")
        return doc


def restore_presets(doc: Doc) -> Doc:
    """After ``ner``: the presets ``NerStandIn`` relabelled get their own labels back."""
    presets = doc.user_data.pop(PRESETS_KEY, None)
    if presets:
        doc.set_ents([Span(doc, start, end, label=label, kb_id=doc[start].ent_kb_id, span_id=doc[start].ent_id)
                      for start, end, label in presets], default="unmodified")
    return doc


@Language.factory("armstrack_ner_stand_in", default_config={"ner_name": "ner"})
def make_ner_stand_in(nlp: Language, name: str, ner_name: str) -> NerStandIn:
    """spaCy factory of the component that relabels unknown presets before the NER (see the module)."""
    return NerStandIn(nlp, ner_name)


@Language.component("armstrack_ner_stand_in_restore")
def ner_stand_in_restore(doc: Doc) -> Doc:
    """spaCy component that gives the relabelled presets their own labels back after the NER."""
    return restore_presets(doc)


def keep_ner_labels(nlp: Language, ner_name: str = "ner") -> None:
    """Put the two components around ``ner_name`` (nothing when the pipeline has no such component)."""
    if ner_name not in nlp.pipe_names or "armstrack_ner_stand_in" in nlp.pipe_names:
        return
    nlp.add_pipe("armstrack_ner_stand_in", before=ner_name, config={"ner_name": ner_name})
    nlp.add_pipe("armstrack_ner_stand_in_restore", after=ner_name)
