"""Refreshes that write only what changed (issue 11): batches of made-up articles, a refresh after each,
must leave every derived table and the export as a rebuild from scratch does. SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import select

from armstrack.core import analyse
from armstrack.ingest import read_file
from armstrack.query.export import build_export
from armstrack.resolve import database
from armstrack.resolve.resolver import Resolver
from armstrack.store import db
from armstrack.store import models as m
from armstrack.store import summaries

# Our own short reports of one tank deal, one meeting, one remark and one price, told again and again with
# small differences (the number of tanks, the day, agreed or ordered), plus an unrelated jet sale.
TANKS = """Berlin and Oslo seal tank order

{day} 2023

{deal}

Norwegian Defence Minister Kari Lunde met German Defence Minister Jonas Brandt{also} in Berlin.

"This order makes our northern flank much stronger," Brandt said after the talks.

Norway's tank order is worth 900 million euros, according to the {source}.
"""

JETS = """Athens adds French fighters

{day} 2023

France delivered {n} Rafale fighter jets to Greece, the Greek air force said on {weekday}.

"These aircraft will guard our islands for decades," Greek Defence Minister Petros Alexiou said.
"""

AGREED = "Germany agreed to supply Norway with {n} Leopard 2 tanks, the defence ministry in Oslo said."
ORDERED = "Norway ordered {n} Leopard 2 tanks from Germany, the defence ministry in Oslo said."
DAYS = ["March 3", "March 9", "February 20", "April 2", "March 15", "January 30", "April 11", "March 21"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _texts() -> dict[str, str]:
    out = {}
    for i, day in enumerate(DAYS):
        # two reports name a third minister at the talks: the merged meeting (and its network ties) grows
        also = " and Swedish Defence Minister Erik Holm" if i in (3, 6) else ""
        # the first reports say agreed, the later ones ordered: the merged deal's status changes on the way
        # and so does the source most of them give for the price (a link of the merged figure)
        deal = (AGREED if i < 3 else ORDERED).format(n=(54, 54, 56, 54)[i % 4])
        source = "Nordic Security Institute" if i < 3 else "Baltic Defence Review"
        out[f"tanks-{i}"] = TANKS.format(day=day, deal=deal, also=also, source=source)
    for i, day in enumerate(DAYS[:4]):
        out[f"jets-{i}"] = JETS.format(day=day, n=(6, 6, 8, 6)[i], weekday=WEEKDAYS[(i + 2) % 5])
    return out


def _analyses(nlp, folder, texts: dict[str, str]) -> dict:
    folder.mkdir(exist_ok=True)
    out = {}
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        for article in read_file(path):
            out[name] = analyse(nlp(article.text), article)
    return out


#: Derived tables and the columns compared (row ids left out; summary edges at 0 count as absent).
TABLES = {
    m.Fact: ("id", "kind", "block_key", "data", "date", "sources", "first_reported", "last_reported", "conflicts",
             "sort_key"),
    m.FactMember: ("fact_id", "kind", "record_id", "doc_id"),
    m.FactLink: ("fact_id", "role", "value"),
    m.RecordKey: ("kind", "record_id", "doc_id", "key", "person", "probe"),
    m.SummaryEdge: ("source", "target", "kind", "n"),
    m.DealMember: ("fact_id", "block"),
    m.SummaryPerson: ("canonical_id", "name", "block", "aliases", "search", "affiliations", "mention_count",
                      "document_count", "titles", "conflicts", "has_conflicts"),
}


def _derived(session) -> dict[str, list[str]]:
    out = {}
    for model, cols in TABLES.items():
        rows = session.execute(select(*(getattr(model, c) for c in cols))).all()
        if model is m.SummaryEdge:
            rows = [r for r in rows if r.n]
        out[model.__tablename__] = sorted(json.dumps(list(r), default=str) for r in rows)
    return out


def _state(session) -> tuple[dict, str]:
    export = build_export(session)
    for deal in export.get("register", []):  # deal ids are row ids
        deal.pop("id", None)
    return _derived(session), json.dumps(export, sort_keys=True, default=str)


def _assert_as_rebuilt(session) -> None:
    """The derived tables and the export are those of a rebuild from scratch."""
    incremental = _state(session)
    Resolver(session).rebuild()
    # the delete and insert triggers of a rebuild carry wrong edge counts along: counted afresh
    summaries.rebuild_edges(session.connection())
    session.commit()
    assert _state(session) == incremental


def test_batched_refreshes_equal_a_rebuild(tmp_path, db_url, nlp):
    analyses = _analyses(nlp, tmp_path / "in", _texts())
    # batches in no particular date order, so new records often sort before stored ones
    batches = [["tanks-0", "jets-0"], ["tanks-1", "tanks-2"], ["jets-1", "tanks-3", "tanks-4"],
               ["jets-2", "jets-3", "tanks-5"], ["tanks-6", "tanks-7"]]
    assert sorted(n for b in batches for n in b) == sorted(analyses)
    changed = _analyses(nlp, tmp_path / "later", {"tanks-2": TANKS.format(
        day="March 5", deal=AGREED.format(n=60), also="", source="Nordic Security Institute")})["tanks-2"]
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            unchanged = updated = 0
            for batch in batches:
                database.write_batch(session, [analyses[n] for n in batch])
                report = Resolver(session).refresh()
                unchanged += report.facts_unchanged
                updated += report.facts_updated
            # grown facts were updated in place, and facts of the groups that the new records left alone kept
            assert updated > 0 and unchanged > 0
            _assert_as_rebuilt(session)
            database.write_batch(session, [changed])  # a corrected article replaces its old version
            Resolver(session).refresh()
            database.delete_document(session, "tanks-4")
            session.commit()
            Resolver(session).refresh()
            _assert_as_rebuilt(session)
    finally:
        engine.dispose()


def test_refreshes_in_publication_order_fold_new_reports_into_stored_facts(tmp_path, db_url, nlp):
    """Batches in publication order: every new record sorts after the stored facts linked to it, so each is
    placed and folded into its fact's stored merge state (no group recomputed), and the tables still end
    as a rebuild leaves them."""
    analyses = _analyses(nlp, tmp_path / "in", _texts())
    batches = [["tanks-5", "tanks-2", "jets-2"], ["tanks-0", "jets-0"], ["tanks-1", "jets-1", "tanks-4"],
               ["tanks-7", "tanks-3", "jets-3"], ["tanks-6"]]
    assert sorted(n for b in batches for n in b) == sorted(analyses)
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            placed = unplaced = updated = folded = 0
            for batch in batches:
                database.write_batch(session, [analyses[n] for n in batch])
                report = Resolver(session).refresh()
                placed, unplaced, updated = placed + report.placed, unplaced + report.unplaced, \
                    updated + report.facts_updated
                folded += report.people_folded
            # the people summary: the ministers named again had the new reports added to their rows
            assert placed > 0 and unplaced == 0 and updated > 0 and folded > 0
            _assert_as_rebuilt(session)
    finally:
        engine.dispose()
