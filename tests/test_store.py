"""Storage on SQLite and PostgreSQL: idempotent re-ingest, replacement, atomic documents, the export shape."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from armstrack.core import Ingester
from armstrack.records import Article, DocumentAnalysis, Evidence, Transfer
from armstrack.resolve import database
from armstrack.store import db
from armstrack.store import models as m
from armstrack.query.export import build_export, write_csv

ARTICLE_A = """India takes second S-400 regiment

By Asha Menon

April 12, 2022

Russia has delivered the second regiment of S-400 air defence systems to India, officials in New Delhi said on Tuesday.

Indian Defence Minister Rajnath Singh met Russian Defence Minister Sergei Shoigu in New Delhi in December 2021.
"""

ARTICLE_B = """Manila signs missile deal

The Philippines signed a contract with India for three batteries of BrahMos missiles in January 2022, the defence department said.
"""


def _ingest(tmp_path, db_url, nlp, files: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            report = Ingester(session, nlp).run([folder])
            data = build_export(session)
    finally:
        engine.dispose()
    return report, data


def test_ingest_export_shape(tmp_path, db_url, nlp):
    report, data = _ingest(tmp_path, db_url, nlp, {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    assert report.ok and sorted(report.added) == ["a", "b"]
    assert data["schema"] == "armstrack.export/1"
    assert set(data) == {"schema", "documents", "people", "entities", "transfers", "meetings", "quotes",
                         "figures", "events", "register"}
    docs = {d["id"]: d for d in data["documents"]}
    assert docs["a"]["title"] == "India takes second S-400 regiment"
    assert docs["a"]["published"] == "2022-04-12"
    assert docs["a"]["authors"] == ["Asha Menon"]
    assert "Asha Menon" not in docs["a"]["text"]
    for key in ("id", "title", "url", "published", "source", "authors", "language", "text"):
        assert key in docs["a"]
    names = {p["name"] for p in data["people"]}
    assert {"Rajnath Singh", "Sergei Shoigu"} <= names
    # every mention points into its document's text, and its sentence holds the span
    for kind in ("people", "entities", "transfers", "meetings", "quotes", "figures", "events"):
        for record in data[kind]:
            assert record["mentions"], (kind, record)
            for mention in record["mentions"]:
                text = docs[mention["doc"]]["text"]
                assert 0 <= mention["start"] < mention["end"] <= len(text)
                assert mention["text"] in text
    entity_types = {(e["type"], e["canonical"]) for e in data["entities"]}
    assert ("COUNTRY", "India") in entity_types and ("COUNTRY", "Russia") in entity_types
    assert ("WEAPON_SYSTEM", "S-400") in entity_types
    json.dumps(data)  # serialisable as it is


def test_reingest_is_idempotent_and_changes_replace(tmp_path, db_url, nlp):
    _ingest(tmp_path, db_url, nlp, {"a.txt": ARTICLE_A})
    report, data = _ingest(tmp_path, db_url, nlp, {"a.txt": ARTICLE_A})
    assert report.unchanged == ["a"] and not report.added and not report.replaced
    assert len(data["documents"]) == 1

    changed = ARTICLE_A.replace("Sergei Shoigu", "Andrei Belousov")
    report, data = _ingest(tmp_path, db_url, nlp, {"a.txt": changed})
    assert report.replaced == ["a"]
    names = {p["name"] for p in data["people"]}
    assert "Andrei Belousov" in names and "Sergei Shoigu" not in names  # old derived rows are gone
    assert len(data["documents"]) == 1


def test_failed_document_leaves_nothing_behind(db_url):
    """A document whose records cannot be stored rolls back whole; the rest of the batch lands."""
    engine = database.open_engine(db_url)
    good = DocumentAnalysis(Article(doc_id="good", text="Russia sold radars to India."))
    bad = DocumentAnalysis(Article(doc_id="bad", text="Some text."))
    ev = Evidence("bad", 0, 4, "Some text.")
    bad.transfers.append(Transfer(supplier="Russia", recipient="India", system="x" * 10, family=None,
                                  category=None, status="ordered", evidence=ev))
    bad.transfers[0].status = None  # the column is required (set after the record's own check, which refuses it)
    try:
        with db.session_factory(engine)() as session:
            result = database.write_batch(session, [bad, good])
            assert result.added == ["good"]
            assert len(result.failed) == 1 and "bad" in result.failed[0].reason
            assert session.scalar(select(func.count()).select_from(m.Document)) == 1
            assert session.get(m.Document, "bad") is None
    finally:
        engine.dispose()


def test_csv_export_has_one_file_per_list(tmp_path, sqlite_url, nlp):
    _, data = _ingest(tmp_path, sqlite_url, nlp, {"a.txt": ARTICLE_A})
    written = write_csv(data, tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(f"{k}.csv" for k in (
        "documents", "people", "entities", "transfers", "meetings", "quotes", "figures", "events"))
    header = (tmp_path / "csv" / "people.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id,name,aliases,titles,mentions")


def test_bad_database_url_is_a_clear_error():
    with pytest.raises(db.DatabaseError, match="cannot"):
        database.open_engine("nosuchdialect://x")


def test_record_rows_check_only_columns_a_value_can_overflow():
    keys, checked = db._checked_columns(m.Transfer.__table__)
    assert {"quantity", "supplier", "start"} <= set(checked)  # numbers and bounded strings
    assert "system" not in checked and "sentence" not in checked  # unbounded text: stored as it is
    assert set(checked) <= keys
    ev = Evidence(doc="d1", start=0, end=40, sent_start=0, sent_end=40, sentence="Brevania sold 12 Skyhawk jets.")
    fine = Transfer(supplier="Brevania", recipient="Chile", system="A-4 Skyhawk", family="A-4 Skyhawk",
                    category="aircraft", status="delivered", quantity=12, evidence=ev)
    huge = Transfer(supplier="Brevania", recipient="Chile", system="A-4 Skyhawk", family="A-4 Skyhawk",
                    category="aircraft", status="delivered", quantity=10**25, evidence=ev)
    long_name = Transfer(supplier="B" * 500, recipient="Chile", system="A-4 Skyhawk", family=None, category=None,
                         status="offered", evidence=ev)
    rows = db._record_rows(m.Transfer, [fine, huge, long_name])
    assert [r["quantity"] for r in rows] == [12, None, None]
    assert rows[0]["sentence"] == ev.sentence and rows[0]["doc_id"] == "d1"
    assert rows[2]["supplier"] is None  # too long for its column: dropped, the record kept


def test_ingest_collects_young_garbage_less_often_and_restores_the_collector(tmp_path, sqlite_url, nlp):
    import gc

    from armstrack import core

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    before = gc.get_threshold()
    seen = []
    engine = database.open_engine(sqlite_url)
    try:
        with db.session_factory(engine)() as session:
            Ingester(session, nlp, on_progress=lambda event, report: seen.append(gc.get_threshold())).run([folder])
    finally:
        engine.dispose()
    assert seen and all(t[0] >= core.GC_YOUNG_THRESHOLD and t[1:] == before[1:] for t in seen)
    assert gc.get_threshold() == before
