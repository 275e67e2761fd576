"""The export written as it is read, in batches: memory stays flat however large the database.

Byte for byte what ``export.write_json(export.build_export(session))`` and ``export.write_csv`` write,
without holding the whole export: documents are read in batches, people and entities in groups of
canonical ids, and merged records in reading order computed from their mention positions alone (the
records themselves are read in batches, in that order).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.settings import EXPORT_SCHEMA
from armstrack.query import export as ex
from armstrack.store import models as m
from armstrack.store.pages import add_pages, document_pages



def _documents(session: Session) -> Iterator[dict]:
    ids = list(session.scalars(select(m.Document.id).order_by(m.Document.id)))
    step = settings.current().export_batch
    for i in range(0, len(ids), step):
        batch = ids[i:i + step]
        yield from ex.documents(session, batch)
        session.expunge_all()  # the ORM's identity map would keep every document read


def _with_pages(session: Session, records: list[dict]) -> list[dict]:
    paged = document_pages(session, (x["doc"] for r in records for x in r.get("mentions") or []))
    if paged:
        for r in records:
            add_pages(r.get("mentions") or [], paged)
    return records


def _people(session: Session) -> Iterator[dict]:
    groups = session.execute(select(m.PersonLink.canonical_id, m.PersonLink.canonical).distinct()).all()
    # export.people sorts by (name, id): the canonical name is the group's name
    order = sorted({cid: name for cid, name in groups}.items(), key=lambda x: (x[1], f"p{x[0]}"))
    ids = [cid for cid, _ in order]
    weight = _mention_counts(session, m.PersonLink, m.PersonMention.person_id)
    for batch in _batches(ids, weight):
        yield from _with_pages(session, ex.people(session, batch))
        session.expunge_all()


def _entities(session: Session) -> Iterator[dict]:
    heads = session.execute(select(m.EntityLink.canonical_id, m.Entity.type, m.Entity.canonical, m.Entity.id)
                            .join(m.Entity, m.Entity.id == m.EntityLink.entity_id)).all()
    first: dict[int, tuple] = {}
    for cid, type_, canonical, eid in sorted(heads, key=lambda h: (h[1], h[2])):
        first.setdefault(cid, (type_, canonical))  # export.entities: rows in (type, canonical) order
    for cid, type_, canonical, eid in heads:
        if eid == cid:
            first[cid] = (type_, canonical)
    ids = [cid for cid, _ in sorted(first.items(), key=lambda x: x[1])]
    weight = _mention_counts(session, m.EntityLink, m.EntityMention.entity_id)
    for batch in _batches(ids, weight):
        yield from _with_pages(session, ex.entities(session, batch))
        session.expunge_all()




def _mention_counts(session: Session, link, mention_col) -> dict[int, int]:
    """Canonical id -> mentions of all its names."""
    counts = dict(session.execute(select(mention_col, func.count()).group_by(mention_col)).all())
    link_id = link.person_id if link is m.PersonLink else link.entity_id
    out: dict[int, int] = defaultdict(int)
    for cid, member in session.execute(select(link.canonical_id, link_id)):
        out[cid] += counts.get(member, 0)
    return out


def _batches(ids: list[int], weight: dict[int, int]) -> Iterator[list[int]]:
    """Consecutive runs of ``ids``: at most the setting ``export_batch`` ids and (beyond one id) the setting
    ``export_batch_mentions`` mentions each (a country or a spokesperson may have tens of thousands)."""
    size, max_mentions = settings.current().export_batch, settings.current().export_batch_mentions
    batch: list[int] = []
    total = 0
    for cid in ids:
        w = weight.get(cid, 0)
        if batch and (len(batch) >= size or total + w > max_mentions):
            yield batch
            batch, total = [], 0
        batch.append(cid)
        total += w
    if batch:
        yield batch


def _facts(session: Session, kind: str) -> Iterator[dict]:
    model = m.RECORD_MODELS[kind]
    spans: dict[str, list[dict]] = defaultdict(list)
    for fid, doc, start, end in session.execute(
            select(m.FactMember.fact_id, model.doc_id, model.start, model.end)
            .join(model, model.id == m.FactMember.record_id).where(m.FactMember.kind == kind)):
        spans[fid].append({"doc": doc, "start": start, "end": end})
    for fid in session.scalars(select(m.Fact.id).where(m.Fact.kind == kind)):
        spans.setdefault(fid, [])
    # reading_order's keys end with the record id, so the order of its input does not matter
    light = [{"id": fid, "mentions": sorted(ms, key=lambda x: (x["doc"], x["start"], x["end"]))}
             for fid, ms in sorted(spans.items())]
    ordered = [r["id"] for r in ex.reading_order(light)]
    del light, spans
    step = settings.current().export_batch
    for i in range(0, len(ordered), step):
        batch = ordered[i:i + step]
        data = dict(session.execute(select(m.Fact.id, m.Fact.data).where(m.Fact.id.in_(batch))).all())
        yield from _with_pages(session, [data[fid] for fid in batch])


def sections(session: Session) -> list[tuple[str, Callable[[], Iterator[dict]]]]:
    """(list name, a function giving its items) in the export's order."""
    out: list[tuple[str, Callable[[], Iterator[dict]]]] = [
        ("documents", lambda: _documents(session)), ("people", lambda: _people(session)),
        ("entities", lambda: _entities(session))]
    for kind in ex.RECORD_FIELDS:
        out.append((kind, lambda kind=kind: _facts(session, kind)))
    out.append(("register", lambda: _register(session)))
    return out


def _register(session: Session) -> Iterator[dict]:
    """``register_rows(session)`` (every deal, in its order: sort key, id) read a batch of deals at a
    time: a deal per transfer fact, nearly, on a large corpus (43,000 at 10,000 articles)."""
    ids = list(session.scalars(select(m.Deal.id).order_by(m.Deal.sort_key, m.Deal.id)))
    step = settings.current().export_batch
    for i in range(0, len(ids), step):
        batch = ids[i:i + step]
        data = dict(session.execute(select(m.Deal.id, m.Deal.data).where(m.Deal.id.in_(batch))).all())
        yield from _with_pages(session, [data[d] for d in batch])


def write_json(session: Session, fh: IO[str]) -> None:
    """The JSON export, as ``json.dumps(build_export(session), ensure_ascii=False, indent=2)`` + newline."""
    fh.write("{\n  " + json.dumps("schema") + ": " + json.dumps(EXPORT_SCHEMA, ensure_ascii=False))
    for name, items in sections(session):
        fh.write(",\n  " + json.dumps(name) + ": [")
        first = True
        for item in items():
            fh.write(("\n    " if first else ",\n    ")
                     + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    "))
            first = False
        fh.write("]" if first else "\n  ]")
    fh.write("\n}\n")


def write_csv(session: Session, folder: Path) -> list[Path]:
    """The CSV export (as ``export.write_csv``): two passes per list, the first only to learn its columns."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, items in sections(session):
        if name not in ex.list_kinds():
            continue
        columns: list[str] = []
        for row in items():
            columns.extend(k for k in row if k not in columns)
        if not columns:
            columns = ["id"]
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding=ex.CSV_ENCODING) as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in items():
                writer.writerow({k: ex._cell(row.get(k)) for k in columns})
        written.append(path)
    return written
