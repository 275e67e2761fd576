"""A first resolve writes in bulk (issue 11): rows through the driver's ``executemany`` (``store/bulk.py``), the
new facts' summary edges counted in Python with SQLite's insert triggers set aside (``summaries.insert_facts``),
and no look-up of new records among stored facts, keys or deals of a kind that has none. The database it leaves
must be the one the row-by-row path leaves, row for row. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime
import json
import sqlite3

from sqlalchemy import select, text

from armstrack.core import analyse
from armstrack.ingest import read_file
from armstrack.query.export import build_export
from armstrack.resolve import database
from armstrack.resolve.resolver import Resolver
from armstrack.store import bulk, db, summaries
from armstrack.store import models as m

# Our own short reports: two deals told twice, a three-way meeting named in different orders, a strike.
TEXTS = {
    "a": """Lisbon buys Dutch frigates

March 2 2022

The Netherlands agreed to sell two frigates to Portugal, the Dutch defence ministry said.

Portuguese Defence Minister Rui Sampaio met Dutch Defence Minister Anke Visser and Belgian Defence Minister Luc Peeters in Lisbon.

Rebels attacked an army base near Gao on Monday, the Malian army said.
""",
    "b": """Frigate sale confirmed

March 9 2022

The Netherlands will deliver two frigates to Portugal next year, officials in The Hague said.

Belgian Defence Minister Luc Peeters met Portuguese Defence Minister Rui Sampaio and Dutch Defence Minister Anke Visser in Brussels.

Chile ordered ten Leopard 2 tanks from Germany, the Chilean army said.
""",
    "c": """Santiago adds tanks

April 4 2022

Germany delivered ten Leopard 2 tanks to Chile, the Chilean army said on Tuesday.
""",
}


def _analyses(nlp, folder) -> list:
    folder.mkdir(exist_ok=True)
    out = []
    for name, body in TEXTS.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        out.extend(analyse(nlp(article.text), article) for article in read_file(path))
    return out


def _row_by_row(monkeypatch) -> None:
    """The path before bulk writes: Core inserts, every fact's edges by its trigger, every look-up made."""
    monkeypatch.setattr(summaries, "BULK_EDGES", 10 ** 9)
    monkeypatch.setattr(bulk, "insert", lambda session, table, rows: rows and session.execute(table.insert(), rows))
    monkeypatch.setattr(Resolver, "_has", lambda self, model, kind: True)


def _sqlite_rows(path) -> dict[str, list]:
    """Every table's rows in row order, and the schema (documents' ingest times left out)."""
    con = sqlite3.connect(path)
    try:
        out = {"schema": sorted(con.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr)}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
            cols = [f'"{c[1]}"' for c in con.execute(f"PRAGMA table_info({name})") if c[1] != "ingested_at"]
            order = " ORDER BY rowid" if "WITHOUT ROWID" not in (con.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0] or "") else ""
            try:
                out[name] = con.execute(f"SELECT {', '.join(cols)} FROM {name}{order}").fetchall()
            except sqlite3.OperationalError:  # a virtual table without rowid order
                out[name] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def _ingest(url: str, analyses: list) -> None:
    engine = database.open_engine(url)
    try:
        with db.session_factory(engine)() as session:
            database.write_batch(session, analyses)
            Resolver(session).refresh()
    finally:
        engine.dispose()


def test_first_resolve_in_bulk_leaves_the_database_of_the_row_by_row_path(tmp_path, nlp, monkeypatch):
    analyses = _analyses(nlp, tmp_path / "in")
    counted = []
    real = summaries.edge_rows
    monkeypatch.setattr(summaries, "edge_rows", lambda kind, data: counted.append(kind) or real(kind, data))
    monkeypatch.setattr(summaries, "BULK_EDGES", 1)  # every insert of facts counts its edges in Python
    _ingest(f"sqlite:///{tmp_path / 'bulk.db'}", analyses)
    # the new facts' edges were counted in Python (the triggers fired for none of them)
    assert {"transfers", "meetings", "events"} <= set(counted)
    with monkeypatch.context() as patched:
        _row_by_row(patched)
        _ingest(f"sqlite:///{tmp_path / 'rows.db'}", analyses)
    bulk_rows, rows = _sqlite_rows(tmp_path / "bulk.db"), _sqlite_rows(tmp_path / "rows.db")
    assert bulk_rows["summary_edges"] and bulk_rows["facts"] and bulk_rows["deals"]
    # every table, row ids and the order new summary edges were added in included; the triggers are back
    assert bulk_rows == rows


def test_first_resolve_in_bulk_gives_the_export_of_the_row_by_row_path(tmp_path, db_url, nlp, monkeypatch):
    analyses = _analyses(nlp, tmp_path / "in")
    monkeypatch.setattr(summaries, "BULK_EDGES", 1)
    _ingest(db_url, analyses)
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            bulk_export = build_export(session)
            bulk_edges = sorted(session.execute(select(m.SummaryEdge.source, m.SummaryEdge.target,
                                                       m.SummaryEdge.kind, m.SummaryEdge.n)).all())
            assert bulk_edges
            with monkeypatch.context() as patched:
                _row_by_row(patched)
                Resolver(session).rebuild()  # facts deleted (their edges with them) and inserted row by row
            edges = sorted(r for r in session.execute(select(m.SummaryEdge.source, m.SummaryEdge.target,
                                                             m.SummaryEdge.kind, m.SummaryEdge.n)).all() if r.n)
            assert json.dumps(build_export(session), sort_keys=True, default=str) == \
                json.dumps(bulk_export, sort_keys=True, default=str)
            assert edges == bulk_edges
    finally:
        engine.dispose()


def _fact(i: int, kind: str, data: dict) -> dict:
    return {"id": f"{kind[0]}{i}", "kind": kind, "block_key": f"k{i}", "data": data, "date": None, "sources": 1,
            "first_reported": datetime.date(2022, 3, 1 + i % 20), "last_reported": None, "conflicts": [],
            "sort_key": json.dumps([f"d{i}", 0, 1, f"{kind[0]}{i}"])}


FACTS = [
    _fact(1, "meetings", {"participants": ["Visser", "Peeters", "Sampaio", "Peeters", 7]}),
    _fact(2, "transfers", {"supplier": "Netherlands", "recipient": "Portugal", "family": "", "system": "frigate",
                           "status": "agreed"}),
    _fact(3, "events", {"actors": ["rebels", "Malian army", "rebels"], "type": "attack"}),
    _fact(4, "meetings", {"participants": ["Sampaio", "Zander", "Visser"]}),
    _fact(5, "transfers", {"supplier": None, "recipient": "Chile", "family": "Leopard 2", "system": None,
                           "status": None}),
    _fact(6, "quotes", {"speaker": "Visser", "text": "ships"}),
    _fact(7, "events", {"actors": ["Malian army", "Ärmee"], "type": ""}),
]


def test_bulk_fact_insert_counts_edges_as_the_triggers_do(tmp_path, monkeypatch):
    """The same summary edges, new rows added in the order the triggers add them (a fact's rows in its
    participants' order, facts in insertion order), and the triggers as they were."""
    tables = {}
    for name, threshold in (("bulk", 1), ("rows", 10 ** 9)):
        monkeypatch.setattr(summaries, "BULK_EDGES", threshold)
        path = tmp_path / f"{name}.db"
        engine = database.open_engine(f"sqlite:///{path}")
        try:
            with db.session_factory(engine)() as session:
                db.begin_write(session)
                summaries.insert_facts(session, [dict(f) for f in FACTS])
                session.commit()
        finally:
            engine.dispose()
        tables[name] = _sqlite_rows(path)
    assert tables["bulk"]["summary_edges"] == tables["rows"]["summary_edges"]
    assert tables["bulk"] == tables["rows"]


def test_bulk_insert_stores_what_a_core_insert_stores(db_url):
    """JSON (dicts, lists, None), dates, booleans, text: read back raw, as the database holds them."""
    rows = [_fact(1, "figures", {"value": 1.5, "text": "quote's \"marks\" — ü", "none": None}),
            _fact(2, "figures", {})]
    rows[1]["conflicts"] = [{"field": "value", "values": [1, None]}]
    keys = [{"fact_id": "f1", "kind": "figures", "key": f"f|{i}", "probe": i % 2 == 0} for i in range(3)]
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            raw = {}
            for how in ("bulk", "core"):
                for table, data in ((m.Fact.__table__, rows), (m.FactKey.__table__, keys)):
                    if how == "bulk":
                        bulk.insert(session, table, [dict(r) for r in data])
                    else:
                        session.execute(table.insert(), [dict(r) for r in data])
                cols = "id, kind, block_key, CAST(data AS TEXT), date, sources, CAST(first_reported AS TEXT), " \
                       "last_reported, CAST(conflicts AS TEXT), sort_key"
                raw[how] = (session.execute(text(f"SELECT {cols} FROM facts ORDER BY id")).all(),
                            session.execute(text("SELECT fact_id, kind, key, probe FROM fact_keys ORDER BY key")).all())
                session.execute(text("DELETE FROM fact_keys"))
                session.execute(text("DELETE FROM facts"))
            session.rollback()
    finally:
        engine.dispose()
    assert raw["bulk"] == raw["core"]
    assert len(raw["bulk"][0]) == 2 and len(raw["bulk"][1]) == 3



def test_refreshes_with_every_fact_insert_in_bulk_equal_a_rebuild(tmp_path, db_url, nlp, monkeypatch):
    """Later refreshes insert facts beside stored ones (and update and delete others): with every insert's edges
    counted in Python, the tables and the export still end as a rebuild from scratch leaves them."""
    from tests.test_growth_incremental import TANKS, AGREED, _analyses as analyses_of, _assert_as_rebuilt, _texts

    monkeypatch.setattr(summaries, "BULK_EDGES", 1)
    analyses = analyses_of(nlp, tmp_path / "in", _texts())
    batches = [["tanks-0", "jets-0", "tanks-5"], ["tanks-1", "tanks-2", "jets-3"], ["jets-1", "tanks-3", "tanks-4"],
               ["jets-2", "tanks-6", "tanks-7"]]
    changed = analyses_of(nlp, tmp_path / "later", {"tanks-2": TANKS.format(
        day="March 5", deal=AGREED.format(n=60), also="", source="Nordic Security Institute")})["tanks-2"]
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            for batch in batches:
                database.write_batch(session, [analyses[n] for n in batch])
                Resolver(session).refresh()
            _assert_as_rebuilt(session)
            database.write_batch(session, [changed])
            Resolver(session).refresh()
            database.delete_document(session, "tanks-4")
            session.commit()
            Resolver(session).refresh()
            _assert_as_rebuilt(session)
    finally:
        engine.dispose()
