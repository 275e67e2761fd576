"""A resolve stage whose cost does not grow with the database, and an export with flat memory:
representative comparison, deferred resolve in bulk ingests, and the streamed JSON export."""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import given, settings
from sqlalchemy import select
from hypothesis import strategies as st

from armstrack import settings as arm_settings
from armstrack.core import Ingester
from armstrack.records import PAGE_LABELS_KEY, PAGES_KEY
from armstrack.resolve import resolver, rules
from armstrack.resolve.resolver import Resolver
from armstrack.resolve import database
from armstrack.store import db
from armstrack.store import models as m
from armstrack.query.export import build_export, write_json
from armstrack.query.export_stream import write_json as write_json_streamed
from test_resolve import _cluster_comparing_all

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _keyed(recs):
    return sorted(tuple(sorted(r.id for r in c)) for c in rules.cluster(recs))


PUBLISHED = [None, "2020-01-10", "2020-06-01", "2021-03-01"]


def _date(iso):
    from datetime import date

    return date.fromisoformat(iso) if iso else None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["Mi-17", None]),
                          st.sampled_from([None, "2020", "2020-03", "2020-04", "2021"]),
                          st.sampled_from([None, 4, 6]), st.sampled_from(["delivered", "ordered"]),
                          st.sampled_from([None, "a"])), min_size=1, max_size=16))
def test_representatives_decide_transfers_as_every_member_would(gaz, rows):
    """Many records of one fact with few distinct signatures: comparing a newcomer with one member per
    signature clusters exactly as comparing it with every member (stories, families, quantities and
    dates all vary)."""
    recs = []
    for i, (doc, family, when, qty, status, root) in enumerate(rows):
        r = rules.Rec("transfers", i, doc, i, i + 1, "s", {
            "supplier": "Russia", "recipient": "India", "system": family or "helicopters", "family": family,
            "category": "aircraft", "quantity": qty, "status": status, "when": when, "value": None,
            "currency": None}, root=root or doc)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    assert _keyed(recs) == _cluster_comparing_all(recs)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["Kim Doe", "Lo Ray"]), st.sampled_from([
    "we will keep our promises to our partners", "we will keep all our promises to our partners",
    "our partners will keep their promises", "nothing was agreed today"])), min_size=1, max_size=16))
def test_representatives_decide_quotes_as_every_member_would(gaz, rows):
    recs = []
    for i, (doc, speaker, text) in enumerate(rows):
        r = rules.Rec("quotes", i, doc, i, i + 1, "s", {"speaker": speaker, "text": text, "cue": "said",
                                                        "outlet": None})
        rules.prepare(r, rules.Canon(gaz, {speaker: speaker}))
        recs.append(r)
    assert _keyed(recs) == _cluster_comparing_all(recs)


VOCAB = ["we", "the", "will", "keep", "our", "promises", "to", "partners", "all", "never", "ships", "arms"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from(["Kim Doe", "Lo Ray"]),
                          st.lists(st.sampled_from(VOCAB), min_size=0, max_size=11)), min_size=1, max_size=14))
def test_quote_prefix_keys_never_change_quote_clusters(gaz, rows):
    """Quotes are keyed by a prefix of their words: any two compatible quotes are still linked (sets of
    every size, nested, overlapping and disjoint; stop words included), so clusters are those of
    comparing every record with every earlier cluster."""
    recs = []
    for i, (doc, speaker, ws) in enumerate(rows):
        r = rules.Rec("quotes", i, doc, i, i + 1, "s", {"speaker": speaker, "text": " ".join(ws), "cue": "said",
                                                        "outlet": None})
        rules.prepare(r, rules.Canon(gaz, {speaker: speaker}))
        recs.append(r)
    assert _keyed(recs) == _cluster_comparing_all(recs)
    for a in recs:  # and every compatible pair is linked (one probes or indexes a key the other indexes)
        for b in recs:
            if a is not b and rules.compatible(a, b):
                a_all = {k for k, _ in (*a.keys, *a.probes)}
                b_all = {k for k, _ in (*b.keys, *b.probes)}
                assert a_all & {k for k, _ in b.keys} or b_all & {k for k, _ in a.keys}


def test_quote_prefix_size():
    assert [rules.min_overlap(n) for n in (1, 4, 5, 10, 11)] == [1, 4, 4, 8, 9]
    keys, probes = rules.quote_keys("q|Kim Doe", "the ships will sail at dawn", None)
    assert len(keys) == 6 - 5 + 1 and len(keys) + len(probes) == 6
    assert all(not k.endswith(("|the", "|at")) for k, _ in keys)  # stop words go last: not in the prefix


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["sanction", "coup", "un_vote"]),
                          st.sets(st.sampled_from(["Atlantis", "Lemuria", "Mu"]), min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-03-02", "2020-03-05"]),
                          st.sampled_from(["Atlantis imposed sanctions on Lemuria over the shipment.",
                                           "New sanctions hit Lemuria's shipyards, officials said."]),
                          st.sampled_from(PUBLISHED)), min_size=1, max_size=14))
def test_representatives_decide_events_as_every_member_would(gaz, rows):
    recs = []
    for i, (doc, typ, actors, when, sentence, published) in enumerate(rows):
        r = rules.Rec("events", i, doc, i, i + 1, sentence, {"type": typ, "date": when, "actors": sorted(actors),
                                                             "summary": None, "plover": None, "cameo": None},
                      published=_date(published))
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    assert _keyed(recs) == _cluster_comparing_all(recs)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sets(st.sampled_from(["Ana Lima", "Bo Chen", "Cy Park"]),
                                                               min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-05", "2019-02"]), st.sampled_from([None, "Oslo"]),
                          st.sampled_from(PUBLISHED), st.sampled_from([None, "a"])), min_size=1, max_size=14))
def test_representatives_decide_meetings_as_every_member_would(gaz, rows):
    """Undated meetings depend on publication dates and stories: both are part of the signature."""
    recs = []
    for i, (doc, people, when, place, published, root) in enumerate(rows):
        r = rules.Rec("meetings", i, doc, i, i + 1, "s", {"participants": sorted(people), "date": when,
                                                          "place": place, "kind": "meeting"},
                      published=_date(published), root=root or doc)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    assert _keyed(recs) == _cluster_comparing_all(recs)


def test_a_big_cluster_is_compared_once_per_distinct_report(gaz, monkeypatch):
    """Forty reports of one quote in forty documents: each newcomer is compared with one representative,
    not with every member so far."""
    calls = []
    compatible = rules.compatible
    monkeypatch.setattr(rules, "compatible", lambda a, b: calls.append(1) or compatible(a, b))
    recs = []
    for i in range(40):
        r = rules.Rec("quotes", i, f"d{i:02d}", 0, 1, "s", {"speaker": "Kim Doe", "text": "we keep our word",
                                                           "cue": "said", "outlet": None})
        rules.prepare(r, rules.Canon(gaz, {"Kim Doe": "Kim Doe"}))
        recs.append(r)
    assert len(rules.cluster(recs)) == 1
    assert len(calls) == 39  # every member but the first, once


def test_defer_rule(monkeypatch):
    monkeypatch.setattr(arm_settings, "_active", arm_settings.current().replace(resolve_defer_share=0.5))
    assert resolver.defer(1, 0)  # into an empty database: once, at the end
    assert not resolver.defer(400, 1000)
    assert resolver.defer(501, 1000)
    assert not resolver.defer(50_000, 0, pending=arm_settings.current().resolve_defer_limit)  # bounded
    monkeypatch.setattr(arm_settings, "_active", arm_settings.current().replace(resolve_defer_share=0))
    assert not resolver.defer(10_000, 0)


def _run(url: str, nlp, every: int, share: float, monkeypatch) -> tuple[dict, int]:
    """Ingest the examples with a resolve every ``every`` documents; (export, refreshes run)."""
    monkeypatch.setattr(arm_settings, "_active", arm_settings.current().replace(resolve_defer_share=share))
    calls = []
    refresh = Resolver.refresh
    monkeypatch.setattr(Resolver, "refresh", lambda self, *a, **k: calls.append(1) or refresh(self, *a, **k))
    engine = database.open_engine(url)
    try:
        with db.session_factory(engine)() as session:
            ingester = Ingester(session, nlp, batch_size=1)
            ingester.resolve_every = every
            report = ingester.run([str(EXAMPLES)])
            assert report.ok, report.failures
            out = build_export(session)
    finally:
        engine.dispose()
    monkeypatch.setattr(Resolver, "refresh", refresh)
    for deal in out["register"]:  # deal ids are row ids
        deal.pop("deal_id", None)
    return out, len(calls)


def test_deferred_resolve_gives_the_same_export(tmp_path, nlp, monkeypatch):
    periodic, n_periodic = _run(f"sqlite:///{tmp_path / 'a.db'}", nlp, 1, 0, monkeypatch)
    deferred, n_deferred = _run(f"sqlite:///{tmp_path / 'b.db'}", nlp, 1, 1.0, monkeypatch)
    assert n_periodic > 1 and n_deferred == 1
    assert json.dumps(deferred, sort_keys=True) == json.dumps(periodic, sort_keys=True)


def test_streamed_export_is_byte_identical(tmp_path, db_url, nlp):
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            assert Ingester(session, nlp).run([str(EXAMPLES)]).ok
            expected = write_json(build_export(session), None) + "\n"
            out = io.StringIO()
            write_json_streamed(session, out)
            assert out.getvalue() == expected
            # a paged document (as a PDF is stored): its evidence says on which page it is, in both
            doc = session.scalars(select(m.Document).order_by(m.Document.id)).first()
            doc.meta = {**(doc.meta or {}), PAGES_KEY: [0, 200], PAGE_LABELS_KEY: ["i", "ii"]}
            session.commit()
            expected = write_json(build_export(session), None) + "\n"
            assert '"page_label": "ii"' in expected
            out = io.StringIO()
            write_json_streamed(session, out)
            assert out.getvalue() == expected
    finally:
        engine.dispose()


def test_streamed_export_batches_people_entities_and_deals_by_mentions(tmp_path, sqlite_url, nlp, monkeypatch):
    """Batches cut by mentions (one name per batch here) and deals read a few at a time: the same bytes."""
    from armstrack.query import export_stream

    engine = database.open_engine(sqlite_url)
    try:
        with db.session_factory(engine)() as session:
            assert Ingester(session, nlp).run([str(EXAMPLES)]).ok
            expected = write_json(build_export(session), None) + "\n"
            assert json.loads(expected)["register"] and json.loads(expected)["entities"]
            monkeypatch.setattr(arm_settings, "_active",
                                arm_settings.current().replace(export_batch_mentions=1, export_batch=3))
            weights = export_stream._mention_counts(session, m.EntityLink, m.EntityMention.entity_id)
            assert max(weights.values()) > 1
            assert all(len(b) == 1 for b in export_stream._batches(sorted(weights), weights))
            out = io.StringIO()
            write_json_streamed(session, out)
            assert out.getvalue() == expected
    finally:
        engine.dispose()


def test_streamed_export_of_an_empty_database(tmp_path, sqlite_url):
    engine = database.open_engine(sqlite_url)
    try:
        with db.session_factory(engine)() as session:
            out = io.StringIO()
            write_json_streamed(session, out)
            assert out.getvalue() == write_json(build_export(session), None) + "\n"
            assert json.loads(out.getvalue())["documents"] == []
    finally:
        engine.dispose()
