"""Search and ``q=`` at 100k articles (issue 11): the cheaper reads give what the plain ones gave.

* ``q=`` on record lists tests each candidate's stored JSON text before decoding it
  (``queries._q_text_test``): it must never drop a record ``queries._q_match`` accepts.
* SQLite search scores the ranked matches from the index alone, then reads ids and titles of the best:
  the same hits in the same order as ranking them with their ids in one query.
* PostgreSQL keeps the document vector in the row (storage MAIN).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import text

from armstrack import settings
from armstrack.query import queries
from armstrack.resolve import database
from armstrack.store import db, fts
from armstrack.store import models as m
from tests.test_serve_api import ARTICLES, ingest_files
from tests.test_summaries import MORE

# characters that make the text test's reasoning work: quotes, backslashes, separators, control characters,
# letters that case-fold to ASCII (sharp s, long s, the Kelvin sign, dotted capital I, ligatures) and others
_TRICKY = "aAbBsSkKiI019 -_.,:'\"\\[]{}\n\t\x07ßſKİﬁﬆéøčΣ\U0001d538\U0001f600"
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=_TRICKY, max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet="ab", max_size=2), inner, max_size=2),
    max_leaves=6)
_records = st.fixed_dictionaries(
    {"id": st.just("t1"), "mentions": st.lists(st.fixed_dictionaries(
        {"doc": st.text(alphabet="dx1", min_size=1, max_size=3), "start": st.integers(0, 9),
         "text": st.text(alphabet=_TRICKY, max_size=20)}), max_size=2)},
    optional={"supplier": _values, "system": _values, "quantity": _values, "participants": _values,
              "conflicts": _values, "series": _values, "note": _values})


def _needles(record: dict) -> list[str]:
    """Needles worth trying on a record: pieces of the text ``_q_match`` searches, and a few fixed ones."""
    hay = " ".join(str(v) for k, v in record.items() if k not in ("mentions", "id", "conflicts", "series"))
    hay = (hay + " " + " ".join(x["text"] for x in record.get("mentions", []))).casefold()
    pieces = {hay[i:i + n] for n in (1, 2, 3, 5) for i in range(0, max(0, len(hay) - n + 1), 3)}
    return sorted(pieces | {"ss", "s", "k", "i", "one", "true", "none", "fi", "st", "1.5", "null", "a-b"})


@hsettings(max_examples=300, deadline=None)
@given(_records)
def test_text_test_never_drops_a_record_q_matches(record):
    for needle in _needles(record):
        test = queries._q_text_test(needle)
        if test is None or not queries._q_match(record, needle):
            continue
        # as json.dumps writes it by default (SQLAlchemy's JSON columns) and with non-ASCII kept
        assert test(json.dumps(record)), (needle, record)
        assert test(json.dumps(record, ensure_ascii=False)), (needle, record)


def test_text_test_passes_over_records_without_the_needle():
    test = queries._q_text_test("helicopters")
    assert test is not None
    assert not test(json.dumps({"id": "t1", "system": "Leopard 2", "mentions": [{"doc": "d", "text": "Tanks."}]}))
    assert test(json.dumps({"id": "t1", "system": "Mi-17 Helicopters", "mentions": []}))
    # needles the JSON text may not show as the record's text does: no text test
    for needle in ("one", "n", "Sweden India", "a'b", 'a"b', "a,b", "x]", "é", "", "Gripen\t"):
        assert queries._q_text_test(needle) is None, needle


def test_q_lists_are_the_same_with_and_without_the_text_test(db_url, nlp, tmp_path, monkeypatch):
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    needles = ("gripen", "Gripen", "s-400", "jonson", "air", "e", "2023", "12", "caesar", "brazil", "zzz", "one")
    try:
        def lists(text_test) -> list:
            monkeypatch.setattr(queries, "_q_text_test", text_test)
            out = []
            with db.session_factory(engine)() as session:
                for q in needles:
                    for kind in queries.KINDS:
                        out.append(queries.list_records(session, kind, q=q, limit=2))
                        out.append(queries.list_records(session, kind, q=q, limit=2, offset=1, sort="-date"))
            return out

        with_test, without = lists(queries._q_text_test), lists(lambda q: None)
        assert with_test == without
        assert sum(total for _, total in without) >= 10  # the needles do find records
    finally:
        engine.dispose()


def _one_query_ranking(session, q: str, limit: int) -> list[tuple]:
    """The SQLite ranking as one query (ids and titles read for every ranked match), as it was before."""
    rows = session.execute(text(
        "SELECT f.doc_id, d.title, bm25(documents_fts) AS rank FROM documents_fts f "
        "JOIN documents d ON d.id = f.doc_id "
        "WHERE documents_fts MATCH :match AND f.rowid >= coalesce((SELECT min(rowid) FROM (SELECT rowid "
        "FROM documents_fts WHERE documents_fts MATCH :match ORDER BY rowid DESC LIMIT :ranked)), 0) "
        "ORDER BY rank, f.doc_id LIMIT :limit"),
        {"match": fts._fts5_query(q), "limit": limit, "ranked": settings.current().fts_ranked}).all()
    return [(doc, title, round(-float(rank), 6)) for doc, title, rank in rows]


def _add_documents(session, bodies: dict[str, str]) -> None:
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for i, (doc_id, body) in enumerate(bodies.items()):
        session.add(m.Document(id=doc_id, title=f"Title {doc_id}", text=body, content_hash=doc_id,
                               ingested_at=start + timedelta(minutes=i)))
    session.commit()


def test_sqlite_search_ranks_as_one_query_did(sqlite_url, tune):
    tune(fts_ranked=7)  # fewer than the matches: only the newest are ranked
    engine = database.open_engine(sqlite_url)
    # copies tie on their score: the order among them is the document id's
    same = "The navy ordered four patrol helicopters from a shipyard in the north."
    bodies = {f"copy-{i}": same for i in (5, 2, 9, 1)}
    bodies.update({f"doc-{i}": f"Helicopters {' and '.join(['helicopters'] * i)} over {i} harbours; a frigate too."
                   for i in range(8)})
    bodies["other"] = "A frigate sailed; nothing else happened."
    try:
        with db.session_factory(engine)() as session:
            _add_documents(session, bodies)
            for q in ("helicopters", "frigate", "patrol helicopters", "harbours", "nothing-here"):
                for limit in (1, 2, 3, 4, 6, 50):
                    hits = [(h["doc"], h["title"], h["score"]) for h in fts.search(session, q, limit=limit)]
                    assert hits == _one_query_ranking(session, q, limit), (q, limit)
            assert len(fts.search(session, "helicopters", limit=50)) == 7
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_keeps_the_document_vector_in_the_row(tmp_path):
    from tests.conftest import _drop_schema, _postgres_schema_url

    url, schema = _postgres_schema_url()
    try:
        engine = database.open_engine(url)
        try:
            with engine.connect() as conn:
                storage = conn.scalar(text("SELECT attstorage FROM pg_attribute WHERE attrelid = "
                                           "'documents'::regclass AND attname = :c"), {"c": fts.PG_COLUMN})
            assert storage == "m"
            with db.session_factory(engine)() as session:  # and search reads it
                _add_documents(session, {"a": "Two helicopters landed.", "b": "A frigate sailed."})
                assert [h["doc"] for h in fts.search(session, "helicopter")] == ["a"]
        finally:
            engine.dispose()
    finally:
        _drop_schema(schema)


def test_search_records_reads_every_kind_as_list_records_does(db_url, nlp, tmp_path, tune):
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    try:
        for cap in (3000, 2):  # 2: fewer candidates than the documents give (the cut at the first ids)
            tune(q_candidates=cap)
            for q in ("gripen", "s-400", "jonson", "air", "e", "india", "caesar", "zzz", "one", "Sweden India"):
                for limit in (1, 10):
                    with db.session_factory(engine)() as session:
                        together = queries.search_records(session, q, limit=limit)
                    with db.session_factory(engine)() as session:
                        alone = {kind: queries.list_records(session, kind, q=q, limit=limit) for kind in queries.KINDS}
                    assert together == alone, (cap, q, limit)
        with db.session_factory(engine)() as session:
            assert queries.search_records(session, "gripen")["transfers"][1] >= 1
            assert list(queries.search_records(session, "gripen", kinds=("quotes", "transfers"))) == ["quotes",
                                                                                                    "transfers"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_connections_plan_each_statement_for_its_values():
    """A prepared statement keeps getting plans for its values: a generic plan read every match of a common
    word through the index instead of walking the newest documents (store.db._pg_custom_plans)."""
    from tests.conftest import _drop_schema, _postgres_schema_url

    url, schema = _postgres_schema_url()
    try:
        engine = database.open_engine(url)
        try:
            for _ in range(3):  # new and pooled connections, after the pool's rollback
                with engine.connect() as conn:
                    assert conn.scalar(text("SHOW plan_cache_mode")) == "force_custom_plan"
                    conn.rollback()
        finally:
            engine.dispose()
    finally:
        _drop_schema(schema)
