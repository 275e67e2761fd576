"""The NER keeps the labels it was trained with (armstrack.nlp.ner_labels): the gazetteer's own labels
(COUNTRY, LOCATION, WEAPON_SYSTEM, MILITARY) no longer grow its output layer, and the entities are the
same as when they did. Sentences in our own words."""

from __future__ import annotations

import pytest

from armstrack.nlp.ner_labels import PRESETS_KEY

TEXTS = [
    "Chile ordered four Leopard 2A4 tanks from Germany, the Chilean Army said in Santiago on Monday.",
    "Colonel Aurelio Venturini of the Brazilian Air Force met Indonesia's defence attache in Jakarta.",
    "India and France signed a $2 billion deal for 26 Rafale jets and two Scorpene submarines in 2023.",
    "The Royal Navy sent HMS Duncan to the Black Sea while Turkey tested the Bayraktar TB2 drone near Ankara.",
    "Analysts at the Lowy Institute said Vietnam would buy BrahMos missiles from India before 2030.",
]


@pytest.fixture(scope="module")
def fresh_pipeline():
    """A pipeline of its own (not the session's): the comparison below grows its NER."""
    from armstrack.nlp.pipeline import build_pipeline
    from armstrack.settings import model_name

    return build_pipeline.__wrapped__(model_name())


def _annotations(docs):
    return [[(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents]
            + [(t.i, t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


def test_gazetteer_labels_do_not_resize_the_ner(nlp):
    ner = nlp.get_pipe("ner")
    trained = set(ner.labels)
    docs = list(nlp.pipe(TEXTS))
    assert {"COUNTRY", "WEAPON_SYSTEM"} <= {e.label_ for d in docs for e in d.ents}
    assert set(ner.labels) == trained
    assert not {"COUNTRY", "LOCATION", "WEAPON_SYSTEM", "MILITARY"} & trained
    assert all(PRESETS_KEY not in d.user_data for d in docs)  # the restore step cleaned up


def test_entities_equal_those_of_the_grown_ner(fresh_pipeline):
    nlp = fresh_pipeline
    kept = _annotations(nlp.pipe(TEXTS))
    trained = len(nlp.get_pipe("ner").labels)
    with nlp.select_pipes(disable=["armstrack_ner_stand_in", "armstrack_ner_stand_in_restore"]):
        grown = _annotations(nlp.pipe(TEXTS))
    assert len(nlp.get_pipe("ner").labels) > trained  # the plain way did add the gazetteer's labels
    assert kept == grown
    # and with the grown NER the stand-in changes nothing either
    assert _annotations(nlp.pipe(TEXTS)) == grown
