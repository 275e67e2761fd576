"""Summaries that let the API answer from small tables at 100k articles instead of scanning every record.

* ``summary_edges``: supplier -> recipient flows and the network's weighted ties, counted over the merged
  facts. Database triggers on ``facts`` keep them (SQLite: SQL triggers; PostgreSQL: a PL/pgSQL trigger
  function), so every insert and delete of a fact, whoever makes it, moves the counts in the same
  transaction, and the cost is per changed fact, not per stored one. ``edge_rows`` is the same rule in
  Python, for a full rebuild (a database from before the triggers, or one whose facts were recreated) and
  for a fact the resolver updates in place (``add_edges`` with the difference: no trigger fires on update).
* ``summary_counts``: the overview's counts, stored at the end of each refresh.
* ``summary_people``: one row per canonical person (spellings, mention and document counts, distinct
  titles, title conflicts). The resolver calls ``after_refresh`` at the end of each refresh with the
  person blocks it reclustered; only those blocks' people are recounted, and of those, a person whose
  links did not change and whom only documents resolved for the first time name gets their mentions and
  titles added to its row (``fold_people``) instead of a recount of every title it ever had.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.store import bulk
from armstrack.store import models as m
from armstrack.store.fields import RECORD_FIELDS

LAYOUT = "4"  # 4: SQLite triggers per fact kind
_META = "summaries_layout"


# --- the rule, in Python (rebuilds) -------------------------------------------------------------

def _system(data: dict) -> str:
    # as the network has always labelled it: the family, else the designation (None printed as "None")
    return f"system:{data.get('family') or data.get('system')}"


def edge_rows(kind: str, data: dict) -> Counter:
    """(source, target, kind) -> count that one merged fact adds; the triggers implement the same rule."""
    out: Counter = Counter()
    if kind == "transfers":
        sup, rec = data.get("supplier"), data.get("recipient")
        out[(sup or "", rec or "", "flow")] += 1
        system = _system(data)
        out[(system, "", "node")] += 1
        out[(system, data.get("status") or "", "status")] += 1
        if sup and rec:
            out[(f"country:{sup}", f"country:{rec}", "transfer")] += 1
        if sup:
            out[(f"country:{sup}", system, "supplies")] += 1
        if rec:
            out[(system, f"country:{rec}", "receives")] += 1
    elif kind == "meetings":
        ps = list(dict.fromkeys(p for p in data.get("participants") or [] if isinstance(p, str)))
        for p in ps:
            out[(f"person:{p}", "", "node")] += 1
        for a, b in _pairs(ps):
            out[(f"person:{a}", f"person:{b}", "meeting")] += 1
    elif kind == "events":
        actors = list(dict.fromkeys(a for a in data.get("actors") or [] if isinstance(a, str)))
        for a in actors:
            out[(a, "", "actor")] += 1
        for a, b in _pairs(actors):
            out[(a, b, f"event:{data.get('type') or 'event'}")] += 1
    return out


def _pairs(values: list[str]) -> Iterable[tuple[str, str]]:
    """(a, b) with a < b (code points, as SQLite's BINARY and PostgreSQL's "C" collations compare) of distinct
    values, in the order the triggers' self-join yields them (a in list order, then b), so rows new to
    ``summary_edges`` are added in the order the triggers would add them."""
    return ((a, b) for a in values for b in values if a < b)


# --- the rule, as triggers ----------------------------------------------------------------------

def _sqlite_selects(r: str, w: int) -> dict[str, list[str]]:
    """Per fact kind, the SELECTs of the rows (source, target, kind, w) one fact ``r`` (new/old) adds, in
    SQLite. No two rows of one fact share (source, target, kind): their kinds differ, or DISTINCT."""
    sup = f"coalesce(json_extract({r}.data, '$.supplier'), '')"
    rec = f"coalesce(json_extract({r}.data, '$.recipient'), '')"
    system = (f"'system:' || coalesce(nullif(json_extract({r}.data, '$.family'), ''), "
              f"json_extract({r}.data, '$.system'), 'None')")
    return {
        "transfers": [
            f"SELECT {sup}, {rec}, 'flow', {w}",
            f"SELECT {system}, '', 'node', {w}",
            f"SELECT {system}, coalesce(json_extract({r}.data, '$.status'), ''), 'status', {w}",
            f"SELECT 'country:' || {sup}, 'country:' || {rec}, 'transfer', {w} WHERE {sup} <> '' AND {rec} <> ''",
            f"SELECT 'country:' || {sup}, {system}, 'supplies', {w} WHERE {sup} <> ''",
            f"SELECT {system}, 'country:' || {rec}, 'receives', {w} WHERE {rec} <> ''",
        ],
        "meetings": [
            f"SELECT DISTINCT 'person:' || a.value, '', 'node', {w} FROM json_each({r}.data, '$.participants') a "
            f"WHERE a.type = 'text'",
            f"SELECT DISTINCT 'person:' || a.value, 'person:' || b.value, 'meeting', {w} "
            f"FROM json_each({r}.data, '$.participants') a, json_each({r}.data, '$.participants') b "
            f"WHERE a.type = 'text' AND b.type = 'text' AND a.value < b.value",
        ],
        "events": [
            f"SELECT DISTINCT a.value, '', 'actor', {w} FROM json_each({r}.data, '$.actors') a WHERE a.type = 'text'",
            f"SELECT DISTINCT a.value, b.value, 'event:' || coalesce(nullif(json_extract({r}.data, '$.type'), ''), "
            f"'event'), {w} FROM json_each({r}.data, '$.actors') a, json_each({r}.data, '$.actors') b "
            f"WHERE a.type = 'text' AND b.type = 'text' AND a.value < b.value",
        ],
    }


def _sqlite_triggers() -> dict[str, str]:
    """Trigger name -> DDL: one trigger per fact kind and event, fired only for facts of its kind (a
    trigger invocation costs tens of microseconds in SQLite even when its statements select nothing, and
    one that aggregates every kind's rows cost twice what these do). A fact's rows never collide, so each
    is upserted as it is, without grouping."""
    out = {}
    for event, r, w in (("INSERT", "new", 1), ("DELETE", "old", -1)):
        for kind, selects in _sqlite_selects(r, w).items():
            name = f"summary_{kind}_{event.lower()}"
            out[name] = (f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON facts WHEN {r}.kind = '{kind}' BEGIN "
                         f"INSERT INTO summary_edges(source, target, kind, n) "
                         f"SELECT * FROM ({' UNION ALL '.join(selects)}) WHERE true "
                         f"ON CONFLICT(source, target, kind) DO UPDATE SET n = n + excluded.n; END")
    return out


SQLITE_TRIGGERS = _sqlite_triggers()
#: Triggers of older layouts, dropped when a database is upgraded (layout 3: one per event for every kind).
OLD_SQLITE_TRIGGERS = ("summary_facts_insert", "summary_facts_delete")

_PG_ARR = "(CASE WHEN json_typeof(r.data -> '{f}') = 'array' THEN r.data -> '{f}' ELSE '[]'::json END)"
PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION summary_facts_trigger() RETURNS trigger AS $$
DECLARE r record; w integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; w := 1; ELSE r := OLD; w := -1; END IF;
  INSERT INTO summary_edges(source, target, kind, n)
  SELECT x.source, x.target, x.kind, sum(x.w) FROM (
    SELECT coalesce(r.data ->> 'supplier', '') AS source, coalesce(r.data ->> 'recipient', '') AS target,
           'flow' AS kind, w AS w WHERE r.kind = 'transfers'
    UNION ALL SELECT 'system:' || coalesce(nullif(r.data ->> 'family', ''), r.data ->> 'system', 'None'), '', 'node', w
      WHERE r.kind = 'transfers'
    UNION ALL SELECT 'system:' || coalesce(nullif(r.data ->> 'family', ''), r.data ->> 'system', 'None'),
           coalesce(r.data ->> 'status', ''), 'status', w WHERE r.kind = 'transfers'
    UNION ALL SELECT 'country:' || (r.data ->> 'supplier'), 'country:' || (r.data ->> 'recipient'), 'transfer', w
      WHERE r.kind = 'transfers' AND coalesce(r.data ->> 'supplier', '') <> '' AND coalesce(r.data ->> 'recipient', '') <> ''
    UNION ALL SELECT 'country:' || (r.data ->> 'supplier'),
           'system:' || coalesce(nullif(r.data ->> 'family', ''), r.data ->> 'system', 'None'), 'supplies', w
      WHERE r.kind = 'transfers' AND coalesce(r.data ->> 'supplier', '') <> ''
    UNION ALL SELECT 'system:' || coalesce(nullif(r.data ->> 'family', ''), r.data ->> 'system', 'None'),
           'country:' || (r.data ->> 'recipient'), 'receives', w
      WHERE r.kind = 'transfers' AND coalesce(r.data ->> 'recipient', '') <> ''
    UNION ALL SELECT DISTINCT 'person:' || a, '', 'node', w
      FROM json_array_elements_text({_PG_ARR.format(f='participants')}) a WHERE r.kind = 'meetings'
    UNION ALL SELECT DISTINCT 'person:' || a, 'person:' || b, 'meeting', w
      FROM json_array_elements_text({_PG_ARR.format(f='participants')}) a,
           json_array_elements_text({_PG_ARR.format(f='participants')}) b
      WHERE r.kind = 'meetings' AND a COLLATE "C" < b COLLATE "C"
    UNION ALL SELECT DISTINCT a, '', 'actor', w
      FROM json_array_elements_text({_PG_ARR.format(f='actors')}) a WHERE r.kind = 'events'
    UNION ALL SELECT DISTINCT a, b, 'event:' || coalesce(nullif(r.data ->> 'type', ''), 'event'), w
      FROM json_array_elements_text({_PG_ARR.format(f='actors')}) a,
           json_array_elements_text({_PG_ARR.format(f='actors')}) b
      WHERE r.kind = 'events' AND a COLLATE "C" < b COLLATE "C"
  ) x GROUP BY x.source, x.target, x.kind
  ON CONFLICT (source, target, kind) DO UPDATE SET n = summary_edges.n + excluded.n;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def ensure_on(conn: Connection) -> None:
    """Create the summary tables, indexes and triggers if missing; rebuild the summaries when the
    triggers were missing (facts written before them, or the facts table recreated)."""
    stored = conn.scalar(select(m.Meta.value).where(m.Meta.name == _META))
    if stored is not None and stored != LAYOUT:  # an older layout: tables and triggers made again
        if conn.dialect.name == "sqlite":
            for name in (*SQLITE_TRIGGERS, *OLD_SQLITE_TRIGGERS):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        elif conn.dialect.name == "postgresql":
            conn.execute(text("DROP TRIGGER IF EXISTS summary_facts ON facts"))
        for table in (m.SummaryEdge.__table__, m.SummaryPerson.__table__, m.SummaryCount.__table__):
            table.drop(conn, checkfirst=True)
    for table in (m.SummaryEdge.__table__, m.SummaryPerson.__table__, m.SummaryCount.__table__):
        table.create(conn, checkfirst=True)
    for ix in (*m.SCALE_INDEXES, *m.PROFILE_INDEXES, *m.API_INDEXES):
        ix.create(conn, checkfirst=True)
    conn.execute(text("DROP INDEX IF EXISTS ix_facts_id_cover"))  # a narrower one of development versions
    conn.execute(text("DROP INDEX IF EXISTS ix_fact_links_role_fact"))  # ix_fact_links_role_fact_value serves it
    # newest first (dates descending, undated last): SQLite puts NULLs last in DESC by itself
    nulls = " NULLS LAST" if conn.dialect.name == "postgresql" else ""
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_facts_kind_date_desc ON facts (kind, date DESC{nulls}, sort_key)"))
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_documents_published_desc ON documents "
                      f"(published DESC{nulls}, id)"))  # the document list: newest first
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_facts_kind_latest ON facts "
                      f"(kind, last_reported DESC{nulls}, date DESC{nulls}, sort_key)"))
    missing = False
    if conn.dialect.name == "sqlite":
        have = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'facts'")))
        for name, ddl in SQLITE_TRIGGERS.items():
            if name not in have:
                missing = True
                conn.execute(text(ddl))
    elif conn.dialect.name == "postgresql":
        have = conn.scalar(text("SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                "WHERE c.oid = 'facts'::regclass AND t.tgname = 'summary_facts'"))
        if not have:
            missing = True
            conn.execute(text(PG_FUNCTION))
            conn.execute(text("CREATE TRIGGER summary_facts AFTER INSERT OR DELETE ON facts "
                              "FOR EACH ROW EXECUTE FUNCTION summary_facts_trigger()"))
    if missing or stored != LAYOUT:
        rebuild_edges(conn)
        _rebuild_people_conn(conn)
        update_counts(conn)
        if stored is None:
            conn.execute(insert(m.Meta).values(name=_META, value=LAYOUT))
        else:
            conn.execute(m.Meta.__table__.update().where(m.Meta.name == _META).values(value=LAYOUT))


def add_edges(conn: Connection, counts: Counter, ordered: bool = False) -> None:
    """Move the edge counts by ``counts`` (``edge_rows`` differences), as the triggers would: for a fact
    updated in place, whose row no insert or delete trigger sees (``ordered``: in the order of ``counts``,
    else sorted)."""
    items = counts.items() if ordered else sorted(counts.items())
    rows = [{"source": s, "target": t, "kind": k, "n": n} for (s, t, k), n in items if n]
    if not rows:
        return
    table = m.SummaryEdge.__table__
    stmt = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    conn.execute(stmt.on_conflict_do_update(index_elements=[table.c.source, table.c.target, table.c.kind],
                                            set_={"n": table.c.n + stmt.excluded.n}), rows)


#: Facts inserted at once from which their edges are counted in Python instead of by the insert triggers
#: (SQLite): a trigger fires per row at ~35 microseconds (~0.1 CPU s for the 2,800 facts of a 300-article ingest),
#: the Python rule with one upsert costs a tenth of that; setting the triggers aside costs ~1 ms of DDL.
BULK_EDGES = 64
_INSERT_TRIGGERS = tuple(name for name in SQLITE_TRIGGERS if name.endswith("_insert"))


def insert_facts(session: Session, rows: list[dict]) -> None:
    """Insert fact rows (as ``facts.insert()`` takes them) with their summary edges counted as the triggers
    count them. Many rows on SQLite: the insert triggers are dropped for this one statement and created again
    in the same transaction (nobody else sees them missing: the resolver is the only writer, and a crash
    rolls the drop back), and the rows' edges (``edge_rows``, the rule the triggers implement) are upserted
    once, new edge rows in the order the triggers would have added them."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite" or len(rows) < BULK_EDGES:
        bulk.insert(session, m.Fact.__table__, rows)
        return
    have = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'facts'")))
    if not set(_INSERT_TRIGGERS) <= have:  # not this layout's triggers: let whatever is there fire
        bulk.insert(session, m.Fact.__table__, rows)
        return
    for name in _INSERT_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    bulk.insert(session, m.Fact.__table__, rows)
    for name in _INSERT_TRIGGERS:
        conn.exec_driver_sql(SQLITE_TRIGGERS[name])
    counts: Counter = Counter()
    for row in rows:
        counts.update(edge_rows(row["kind"], row["data"]))
    add_edges(conn, counts, ordered=True)


def rebuild_edges(conn: Connection) -> None:
    """Count every fact's edges again (``edge_rows``)."""
    conn.execute(delete(m.SummaryEdge))
    total: Counter = Counter()
    for kind, data in conn.execute(select(m.Fact.kind, m.Fact.data).where(
            m.Fact.kind.in_(("transfers", "meetings", "events"))).execution_options(yield_per=2000)):
        total.update(edge_rows(kind, data))
    rows = [{"source": s[:300], "target": t[:300], "kind": k[:64], "n": n} for (s, t, k), n in total.items()]
    for i in range(0, len(rows), 5000):
        conn.execute(insert(m.SummaryEdge), rows[i:i + 5000])


# --- people -------------------------------------------------------------------------------------

@dataclass
class Fold:
    """What a refresh lets the people summary add instead of recount: the person blocks only ``docs``
    (documents resolved for the first time, so not counted yet) reached, and the canonical person ids
    whose links changed (those are recounted)."""

    blocks: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    relinked: set[int] = field(default_factory=set)


def after_refresh(session: Session, pblocks: Iterable[str] | None, fold: Fold | None = None) -> int:
    """Bring the people summary up to date after a resolver refresh: recount the people of the blocks
    it reclustered (``None``: everyone), or add the new documents to those ``fold`` allows; returns how
    many people rows were added to rather than recounted."""
    conn = session.connection()
    recount = None if pblocks is None else set(pblocks)
    folded = 0
    if recount is not None and fold is not None and fold.blocks and fold.docs:
        again, folded = fold_people(conn, fold)
        recount = (recount - fold.blocks) | again
    update_people(conn, recount)
    update_counts(conn)
    return folded


def rebuild(session: Session) -> None:
    """Rebuild every summary (after bulk writes that bypassed the resolver, e.g. the API benchmark)."""
    conn = session.connection()
    rebuild_edges(conn)
    _rebuild_people_conn(conn)
    update_counts(conn)


COUNTS = "record_counts"


def update_counts(conn: Connection) -> None:
    """Store the overview's counts (``record_counts``): documents and records change only with a
    refresh after them, so the overview need not count every row on each request."""
    with Session(bind=conn) as session:
        counts = record_counts(session)
    conn.execute(delete(m.SummaryCount).where(m.SummaryCount.name == COUNTS))
    conn.execute(insert(m.SummaryCount).values(name=COUNTS, value=counts))


def record_counts(session: Session) -> dict:
    """Counts of the merged view (``transfers``: merged facts, what the register lists; ``people``: people
    after linking) and, under ``per_article``, the records as extracted from each article before merging
    (one transfer reported by three articles is 1 merged fact and 3 article records)."""
    out: dict = {kind: 0 for kind in RECORD_FIELDS}
    out.update(dict(session.execute(select(m.Fact.kind, func.count()).group_by(m.Fact.kind)).all()))
    out["documents"] = session.scalar(select(func.count()).select_from(m.Document)) or 0
    out["duplicates"] = session.scalar(select(func.count()).select_from(m.DocSignature)
                                       .where(m.DocSignature.duplicate_of.is_not(None))) or 0
    out["people"] = session.scalar(select(func.count(func.distinct(m.PersonLink.canonical_id)))) or 0
    out["conflicts"] = session.scalar(select(func.count(func.distinct(m.FactLink.fact_id)))
                                      .where(m.FactLink.role == "conflict")) or 0
    per_article = {kind: session.scalar(select(func.count()).select_from(model)) or 0
                   for kind, model in m.RECORD_MODELS.items()}
    per_article["people"] = session.scalar(select(func.count()).select_from(m.Person)) or 0
    out["per_article"] = per_article
    return out


def _title_key(title: str) -> str:
    return re.sub(r"[^a-z]", "", title.casefold().replace("defence", "defense"))


def _title_groups(titles: list[dict[str, Any]]) -> dict[tuple, dict[str, list]]:
    """Known titles by (office kind, affiliation), then by title key, in the order given."""
    gaz = load_gazetteers()
    groups: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    read: dict[str, tuple] = {}  # title -> (its kind or None, its key): a person's titles repeat
    for t in titles:
        if t["title"] not in read:
            known = gaz.title(t["title"])
            read[t["title"]] = (known.kind if known else None, _title_key(t["title"]))
        kind, key = read[t["title"]]
        if kind is None:
            continue
        groups[(kind, t.get("affiliation") or "")][key].append(t)
    return groups


def _contradicts(by_title: dict[str, list]) -> bool:
    """Whether a group's titles name more than one office: the first title of each key, a shorter form of
    another ("General" / "Senior General") not counted."""
    words = {k: set(re.findall(r"[a-z]+", ts[0]["title"].casefold().replace("defence", "defense")))
             for k, ts in by_title.items()}
    return sum(not any(o != k and words[k] < words[o] for o in by_title) for k in by_title) > 1


def _conflict(by_title: dict[str, list]) -> dict[str, Any]:
    values = sorted(({"value": t["title"], "doc": t["doc"]} for ts in by_title.values() for t in ts),
                    key=lambda v: (v["value"], v["doc"]))
    return {"field": "title", "values": values}


def title_conflicts(titles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents that give a person different offices (or different ranks) for one affiliation."""
    return [_conflict(by_title) for _g, by_title in sorted(_title_groups(titles).items()) if _contradicts(by_title)]


def _title_order(t: dict[str, Any]) -> tuple:
    """The order export.people gives titles in: publication date (undated last), document (then row)."""
    return (t["published"] is None, t["published"] or "", t["doc"])


def _distinct_titles(ts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first of each (title, affiliation) of titles in ``_title_order``."""
    distinct, seen = [], set()
    for t in ts:
        key = (t["title"], t["affiliation"] or "")
        if key not in seen:
            seen.add(key)
            distinct.append({"title": t["title"], "affiliation": t["affiliation"], "doc": t["doc"],
                             "published": t["published"]})
    return distinct


def _rebuild_people_conn(conn: Connection) -> None:
    update_people(conn, None)


def update_people(conn: Connection, blocks: set[str] | None) -> None:
    """Rebuild the people summary rows of the given person blocks (None: all of them) from the person links."""
    if blocks is not None and not blocks:
        return
    block_list = sorted(blocks) if blocks is not None else None
    if block_list is None:
        conn.execute(delete(m.SummaryPerson))
    links: list = []
    for chunk in _chunks(block_list) if block_list is not None else [None]:
        if chunk is not None:
            conn.execute(delete(m.SummaryPerson).where(m.SummaryPerson.block.in_(chunk)))
        stmt = select(m.PersonLink.person_id, m.PersonLink.canonical_id, m.PersonLink.canonical, m.PersonLink.block,
                      m.Person.name).join(m.Person, m.Person.id == m.PersonLink.person_id)
        if chunk is not None:
            stmt = stmt.where(m.PersonLink.block.in_(chunk))
        links.extend(conn.execute(stmt).all())
    groups: dict[int, list] = defaultdict(list)
    for row in links:
        groups[row.canonical_id].append(row)
    if not groups:
        return
    # a canonical person whose members span blocks: the stale row from another block goes too
    for chunk in _chunks(sorted(groups)):
        conn.execute(delete(m.SummaryPerson).where(m.SummaryPerson.canonical_id.in_(chunk)))
    of_person = {row.person_id: row.canonical_id for row in links}
    mentions: Counter = Counter()
    docs: dict[int, int] = {}
    surfaces: dict[int, set] = defaultdict(set)
    titles: dict[int, list] = defaultdict(list)
    pids = sorted(of_person)
    cids = sorted(groups)
    for chunk in _chunks(cids):  # counted in SQL, from the (person_id, doc_id) index
        for cid, n, n_docs in conn.execute(
                select(m.PersonLink.canonical_id, func.count(), func.count(func.distinct(m.PersonMention.doc_id)))
                .join(m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id)
                .where(m.PersonLink.canonical_id.in_(chunk)).group_by(m.PersonLink.canonical_id)):
            mentions[cid] += n
            docs[cid] = n_docs
    for chunk in _chunks(pids):
        for pid, surface in conn.execute(select(m.PersonMention.person_id, m.PersonMention.surface)
                                         .where(m.PersonMention.person_id.in_(chunk)).distinct()):
            surfaces[of_person[pid]].add(surface)
        for pid, title, affiliation, doc_id, published in conn.execute(
                select(m.PersonTitle.person_id, m.PersonTitle.title, m.PersonTitle.affiliation, m.PersonTitle.doc_id,
                       m.Document.published).join(m.Document, m.Document.id == m.PersonTitle.doc_id)
                .where(m.PersonTitle.person_id.in_(chunk)).order_by(m.PersonTitle.id)):
            titles[of_person[pid]].append({"title": title, "affiliation": affiliation, "doc": doc_id,
                                           "published": published.isoformat() if published else None})
    rows = []
    for cid, group in groups.items():
        if not mentions.get(cid):  # no document names them any more: removed with the orphans after this
            continue
        name = group[0].canonical
        aliases = sorted(({r.name for r in group} | surfaces[cid]) - {name})
        ts = sorted(titles[cid], key=_title_order)
        rows.append({"canonical_id": cid, "name": name, "block": group[0].block or "", "aliases": aliases,
                     "mention_count": mentions.get(cid, 0), "document_count": docs.get(cid, 0),
                     **_person_columns(name, aliases, _distinct_titles(ts), title_conflicts(ts))})
    for i in range(0, len(rows), 2000):
        conn.execute(insert(m.SummaryPerson), rows[i:i + 2000])


def _person_columns(name: str, aliases: list[str], distinct: list[dict], conflicts: list[dict]) -> dict[str, Any]:
    """The summary columns made from a person's names, distinct titles and conflicts."""
    return {"search": "\n".join([name.casefold(), *(a.casefold() for a in aliases)]),
            "affiliations": "\n".join(sorted({(t["affiliation"] or "").casefold() for t in distinct} - {""})),
            "titles": distinct, "conflicts": conflicts, "has_conflicts": bool(conflicts)}


def fold_people(conn: Connection, fold: Fold) -> tuple[set[str], int]:
    """Add the mentions and titles of ``fold.docs`` (never counted before) to the summary rows of the people
    of ``fold.blocks`` whose links did not change; returns the blocks that must be recounted instead (a
    person that is new, relinked, spans blocks, or gains a title conflict whose earlier titles the row does
    not hold), and how many rows were added to. Every row ends as ``update_people`` would write it, without
    reading the titles it had."""
    blocks = sorted(fold.blocks)
    links = []
    for chunk in _chunks(blocks):
        links.extend(conn.execute(select(m.PersonLink.person_id, m.PersonLink.canonical_id, m.PersonLink.block)
                                  .where(m.PersonLink.block.in_(chunk))).all())
    of_person = {r.person_id: r.canonical_id for r in links}
    block_of: dict[int, str] = {}
    recount: set[str] = set()
    for r in links:
        if block_of.setdefault(r.canonical_id, r.block) != r.block or r.canonical_id in fold.relinked:
            recount.add(r.block)
    # a person with members outside these blocks (a user's merge) is recounted as update_people would
    for chunk in _chunks(sorted(block_of)):
        for cid, block in conn.execute(select(m.PersonLink.canonical_id, m.PersonLink.block)
                                       .where(m.PersonLink.canonical_id.in_(chunk)).distinct()):
            if block != block_of[cid]:
                recount.add(block_of[cid])
    docs = sorted(fold.docs)
    mentions: Counter = Counter()
    in_docs: dict[int, set[str]] = defaultdict(set)
    surfaces: dict[int, set[str]] = defaultdict(set)
    titles: dict[int, list] = defaultdict(list)
    for chunk in _chunks(docs):
        for pid, doc, surface in conn.execute(select(m.PersonMention.person_id, m.PersonMention.doc_id,
                                                     m.PersonMention.surface).where(m.PersonMention.doc_id.in_(chunk))):
            cid = of_person.get(pid)
            if cid is not None:
                mentions[cid] += 1
                in_docs[cid].add(doc)
                surfaces[cid].add(surface)
        for tid, pid, title, affiliation, doc, published in conn.execute(
                select(m.PersonTitle.id, m.PersonTitle.person_id, m.PersonTitle.title, m.PersonTitle.affiliation,
                       m.PersonTitle.doc_id, m.Document.published).join(m.Document, m.Document.id == m.PersonTitle.doc_id)
                .where(m.PersonTitle.doc_id.in_(chunk))):
            cid = of_person.get(pid)
            if cid is not None:
                titles[cid].append((tid, {"title": title, "affiliation": affiliation, "doc": doc,
                                          "published": published.isoformat() if published else None}))
    todo = sorted(c for c in set(mentions) | set(titles) if block_of[c] not in recount)
    stored = {}
    for chunk in _chunks(todo):
        stored.update((r.canonical_id, r) for r in conn.execute(select(m.SummaryPerson).where(
            m.SummaryPerson.canonical_id.in_(chunk))))
    updates = []
    for cid in todo:
        row = stored.get(cid)
        new = [t for _, t in sorted(titles.get(cid, []), key=lambda x: x[0])]  # row order, as update_people
        folded = None if row is None else _fold_titles(row.titles, row.conflicts, new)
        if folded is None:
            recount.add(block_of[cid])
            continue
        aliases = sorted((set(row.aliases) | surfaces[cid]) - {row.name})
        updates.append({"b_cid": cid, "aliases": aliases, "mention_count": row.mention_count + mentions[cid],
                        "document_count": row.document_count + len(in_docs[cid]),
                        **_person_columns(row.name, aliases, *folded)})
    updates = [u for u in updates if block_of[u["b_cid"]] not in recount]
    if updates:
        t = m.SummaryPerson.__table__
        conn.execute(update(t).where(t.c.canonical_id == bindparam("b_cid")), updates)
    return recount, len(updates)


def _fold_titles(distinct: list[dict], conflicts: list[dict], new: list[dict]) -> tuple[list, list] | None:
    """A person's distinct titles and title conflicts with ``new`` titles (row order, from documents not
    counted yet) added, from the stored ones alone; None when a group of titles starts to contradict
    (its earlier titles are not stored)."""
    # the first of each (title, affiliation) in export order; a stored one wins a tie (a stable sort)
    merged = _distinct_titles(sorted(distinct + new, key=_title_order))
    added = _title_groups(new)
    if not added:  # no known title: the conflicts stand
        return merged, conflicts
    # the groups that contradicted hold every title of theirs in the stored conflicts, in group order
    values: dict[tuple, list] = {}
    if conflicts:
        before = [g for g, by_title in sorted(_title_groups(distinct).items()) if _contradicts(by_title)]
        if len(before) != len(conflicts):
            return None
        values = {g: c["values"] for g, c in zip(before, conflicts)}
    # a group no new title joined keeps its keys and first titles, so whether it contradicts
    affiliations = {aff for _kind, aff in added}
    now = _title_groups([t for t in merged if (t["affiliation"] or "") in affiliations])
    out = []
    for g in sorted(set(values) | set(added)):
        if g not in added:
            out.append({"field": "title", "values": values[g]})
        elif _contradicts(now[g]):
            if g not in values:
                return None
            vs = values[g] + [{"value": t["title"], "doc": t["doc"]} for ts in added[g].values() for t in ts]
            out.append({"field": "title", "values": sorted(vs, key=lambda v: (v["value"], v["doc"]))})
    return merged, out


def _chunks(items, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]
