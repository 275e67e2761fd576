"""Writing recomputed facts: only what differs from the stored ones (issue 11).

A refresh recomputes whole groups of linked records, and on a grown database most facts of a group come
out as they were stored: new records join one or two of them. Deleting and inserting every fact of the
group again cost its size in writes (each fact row with its members and links, and the summary-edge
triggers on both). Here the group's stored facts are read and compared with the recomputed ones: a fact
that did not change is left alone, one that changed but kept its id is updated in place (its summary
edges moved by the difference, as the delete and insert triggers would have moved them), and only the
members and links that changed are deleted or inserted. The tables end as deleting and inserting
everything would leave them, row ids aside.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Text, bindparam, cast, delete, select, update
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.store import models as m
from armstrack.store import bulk, summaries

#: The fact columns a recompute writes besides ``id`` and ``kind``; the JSON ones are compared as stored text.
COLUMNS = ("block_key", "data", "date", "sources", "first_reported", "last_reported", "conflicts", "sort_key")
JSON_COLUMNS = frozenset({"data", "conflicts"})


@dataclass
class Stored:
    """The stored facts of one batch of groups: their columns, members and links."""

    rows: dict[str, dict] = field(default_factory=dict)  #: fact id -> COLUMNS (JSON ones as text)
    members: dict[int, str] = field(default_factory=dict)  #: record id -> fact id
    links: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  #: fact id -> (role, value)


@dataclass
class Written:
    """What ``write`` did, in facts."""

    unchanged: int = 0
    updated: int = 0
    inserted: int = 0
    deleted: int = 0


def _chunks(items: list, size: int | None = None):
    size = size or settings.current().sql_chunk
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _column(name: str):
    col = getattr(m.Fact, name)
    return cast(col, Text) if name in JSON_COLUMNS else col


def _compared(fact: dict) -> dict:
    """A recomputed fact's COLUMNS as they compare with stored ones (JSON as the engine writes it)."""
    return {c: json.dumps(fact[c]) if c in JSON_COLUMNS else fact[c] for c in COLUMNS}


def read_stored(session: Session, kind: str, record_ids: list[int]) -> Stored:
    """The facts holding any of these records of ``kind``, with all their members and links."""
    out = Stored()
    fact_ids: set[str] = set()
    for chunk in _chunks(sorted(record_ids)):
        fact_ids.update(session.scalars(select(m.FactMember.fact_id).where(
            m.FactMember.kind == kind, m.FactMember.record_id.in_(chunk))))
    for chunk in _chunks(sorted(fact_ids)):
        for row in session.execute(select(m.Fact.id, *(_column(c) for c in COLUMNS)).where(m.Fact.id.in_(chunk))):
            out.rows[row[0]] = dict(zip(COLUMNS, row[1:]))
        out.members.update((rid, fid) for fid, rid in session.execute(
            select(m.FactMember.fact_id, m.FactMember.record_id).where(m.FactMember.fact_id.in_(chunk))))
        for fid, role, value in session.execute(select(m.FactLink.fact_id, m.FactLink.role, m.FactLink.value)
                                                .where(m.FactLink.fact_id.in_(chunk))):
            out.links[fid][(role, value)] += 1
    return out


def read_facts(session: Session, fact_ids: list[str]) -> Stored:
    """These facts' columns and links (not their members: ``write`` then only adds the members it is given)."""
    out = Stored()
    for chunk in _chunks(sorted(fact_ids)):
        for row in session.execute(select(m.Fact.id, *(_column(c) for c in COLUMNS)).where(m.Fact.id.in_(chunk))):
            out.rows[row[0]] = dict(zip(COLUMNS, row[1:]))
        for fid, role, value in session.execute(select(m.FactLink.fact_id, m.FactLink.role, m.FactLink.value)
                                                .where(m.FactLink.fact_id.in_(chunk))):
            out.links[fid][(role, value)] += 1
    return out


def write(session: Session, kind: str, stored: Stored, facts: list[dict], members: list[dict],
          links: list[dict]) -> Written:
    """Make the stored facts of these groups ``facts`` (rows as ``facts.insert`` takes them), with their
    ``members`` and ``links`` (rows of ``fact_members`` and ``fact_links``)."""
    done = Written()
    if not stored.rows and not stored.members:  # nothing stored to compare with (new facts): all inserted
        summaries.insert_facts(session, facts)
        bulk.insert(session, m.FactMember.__table__, members)
        bulk.insert(session, m.FactLink.__table__, links)
        done.inserted = len(facts)
        return done
    new_ids = {f["id"] for f in facts}
    gone = sorted(fid for fid in stored.rows if fid not in new_ids)
    new_links: dict[str, Counter] = defaultdict(Counter)
    for row in links:
        new_links[row["fact_id"]][(row["role"], row["value"])] += 1
    # links first (of facts that go, and those a kept fact lost), then members, then the fact rows
    for chunk in _chunks(gone):
        session.execute(delete(m.FactLink).where(m.FactLink.fact_id.in_(chunk)))
    changed = {fid: {p for p in set(stored.links.get(fid, ())) | set(new) if stored.links[fid][p] != new[p]}
               for fid, new in new_links.items() if fid in stored.rows}
    changed.update({fid: set(old) for fid, old in stored.links.items() if fid in new_ids and fid not in new_links})
    # a (role, value) pair whose count changed: all its rows go, and the new count of it is inserted
    lost = [{"f": fid, "r": role, "v": value} for fid, pairs in changed.items() for role, value in sorted(pairs)
            if stored.links[fid][(role, value)]]
    if lost:
        t = m.FactLink.__table__
        session.execute(delete(t).where(t.c.fact_id == bindparam("f"), t.c.role == bindparam("r"),
                                        t.c.value == bindparam("v")), lost)
    member_of = {row["record_id"]: row["fact_id"] for row in members}
    leaving = sorted(rid for rid, fid in stored.members.items() if member_of.get(rid) != fid)
    for chunk in _chunks(leaving):
        session.execute(delete(m.FactMember).where(m.FactMember.kind == kind, m.FactMember.record_id.in_(chunk)))
    for chunk in _chunks(gone):
        session.execute(delete(m.Fact).where(m.Fact.id.in_(chunk)))
    done.deleted = len(gone)
    inserts, updates, edges = [], [], Counter()
    for fact in facts:
        old = stored.rows.get(fact["id"])
        if old is None:
            inserts.append(fact)
        elif old != _compared(fact):
            updates.append({"b_id": fact["id"], **{c: fact[c] for c in COLUMNS}})
            edges.update(summaries.edge_rows(kind, fact["data"]))
            edges.subtract(summaries.edge_rows(kind, json.loads(old["data"])))
        else:
            done.unchanged += 1
    if updates:
        session.execute(update(m.Fact.__table__).where(m.Fact.__table__.c.id == bindparam("b_id")), updates)
        summaries.add_edges(session.connection(), edges)
    summaries.insert_facts(session, inserts)
    done.updated, done.inserted = len(updates), len(inserts)
    joining = [row for row in members if stored.members.get(row["record_id"]) != row["fact_id"]]
    bulk.insert(session, m.FactMember.__table__, joining)
    added = [{"fact_id": fid, "role": role, "value": value} for fid, new in new_links.items()
             for role, value in (sorted(changed[fid]) if fid in changed else new) for _ in range(new[(role, value)])]
    bulk.insert(session, m.FactLink.__table__, added)
    return done
