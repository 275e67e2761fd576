"""The JSON and CSV exports (schema "armstrack.export/1") that evaluations and later stages read."""

from __future__ import annotations

import csv
import heapq
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from armstrack import kinds
from armstrack.query.cells import CSV_ENCODING, csv_safe
from armstrack.query.register import register_rows
from armstrack.settings import EXPORT_SCHEMA
from armstrack.store import models as m
from armstrack.store.fields import RECORD_FIELDS
from armstrack.store.pages import add_pages, document_pages
from armstrack.store.summaries import title_conflicts


def list_kinds() -> tuple[str, ...]:
    """The lists of the export, in order: documents, people, entities, then one per record kind."""
    return ("documents", "people", "entities", *kinds.KINDS)


LIST_KINDS = list_kinds()


def mention(row) -> dict[str, Any]:
    """M = {doc, start, end, text}: the span's offsets in the document text, and its sentence."""
    return {"doc": row.doc_id, "start": row.start, "end": row.end, "text": row.sentence}


def build_export(session: Session) -> dict[str, Any]:
    """The whole database: documents, canonical people and entities, and one record per merged fact."""
    out: dict[str, Any] = {"schema": EXPORT_SCHEMA}
    out["documents"] = documents(session)
    out["people"] = people(session)
    out["entities"] = entities(session)
    for kind in RECORD_FIELDS:
        out[kind] = facts(session, kind)
    out["register"] = register_rows(session)  # one row per deal (armstrack.resolve.deals)
    # evidence in a paged document (PDF) says on which page it is; other mentions stay as they were
    paged = document_pages(session, (d["id"] for d in out["documents"]))
    if paged:
        for kind in ("people", "entities", *RECORD_FIELDS, "register"):
            for record in out[kind]:
                add_pages(record.get("mentions") or [], paged)
    return out


def document_dict(d: m.Document, duplicate_of: str | None = None, text: bool = True) -> dict[str, Any]:
    """A document as exported (with its text unless ``text`` is False, and what it duplicates)."""
    out = {"id": d.id, "title": d.title, "url": d.url,
           "published": d.published.isoformat() if d.published else None, "source": d.source,
           "authors": list(d.authors or []), "language": d.language, "duplicate_of": duplicate_of}
    unanalysed = (d.meta or {}).get(m.NOT_ANALYSED_KEY) if isinstance(d.meta, dict) else None
    if unanalysed:  # stored by triage without parsing (armstrack.nlp.triage); only then, so exports stay as they were
        out["not_analysed"] = unanalysed
    if text:
        out["text"] = d.text
    return out


def documents(session: Session, ids: list[str] | None = None, text: bool = True) -> list[dict[str, Any]]:
    """The given documents (all when ``ids`` is None) as exported, by id."""
    stmt = (select(m.Document, m.DocSignature.duplicate_of)
            .outerjoin(m.DocSignature, m.DocSignature.doc_id == m.Document.id).order_by(m.Document.id))
    if ids is not None:
        stmt = stmt.where(m.Document.id.in_(ids))
    return [document_dict(d, dup, text) for d, dup in session.execute(stmt)]


def facts(session: Session, kind: str, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Merged records of one kind (as stored by armstrack.resolve), in order of first mention."""
    stmt = select(m.Fact.data).where(m.Fact.kind == kind).order_by(m.Fact.sort_key)
    if ids is not None:
        stmt = stmt.where(m.Fact.id.in_(ids))
    return reading_order(list(session.scalars(stmt)))


def _id_order(record_id) -> tuple:
    """"t12" -> ("t", 12): ids of one kind in the order their first rows were written."""
    text = str(record_id or "")
    digits = text.lstrip("abcdefghijklmnopqrstuvwxyz")
    return (text[:len(text) - len(digits)], int(digits) if digits.isdigit() else 0, text)


def reading_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records in an order that follows every document's own order wherever the documents agree.

    A merged record has mentions in several documents; listing records by their first mention would
    put a record reported late in one article before that article's earlier ones. Instead: a
    topological order of "comes before in some document" (ties, and cycles when documents disagree,
    broken by the first mention), so each document's records read in its text order.
    """
    def first_key(i: int):
        ms = records[i]["mentions"]
        return (ms[0]["doc"], ms[0]["start"], ms[0]["end"], _id_order(records[i].get("id"))) if ms \
            else ("", 0, 0, _id_order(records[i].get("id")))

    per_doc: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i, r in enumerate(records):
        for x in r["mentions"]:
            per_doc[x["doc"]].append((x["start"], x["end"], i))
    succ: dict[int, set[int]] = defaultdict(set)
    indeg = [0] * len(records)
    for doc in sorted(per_doc):
        seq = [i for _, _, i in sorted(per_doc[doc], key=lambda t: (t[0], t[1], first_key(t[2])))]
        for a, b in zip(seq, seq[1:]):
            if a != b and b not in succ[a]:
                succ[a].add(b)
                indeg[b] += 1
    keys = [first_key(i) for i in range(len(records))]
    heap = [(keys[i], i) for i in range(len(records)) if indeg[i] == 0]
    heapq.heapify(heap)
    done = [False] * len(records)
    remaining = sorted(range(len(records)), key=lambda i: keys[i])
    out: list[int] = []
    while len(out) < len(records):
        if not heap:  # documents disagree (a cycle): take the earliest remaining record
            i = next(j for j in remaining if not done[j])
            indeg[i] = 0
            heapq.heappush(heap, (keys[i], i))
        _, i = heapq.heappop(heap)
        if done[i]:
            continue
        done[i] = True
        out.append(i)
        for j in succ[i]:
            indeg[j] -= 1
            if indeg[j] == 0 and not done[j]:
                heapq.heappush(heap, (keys[j], j))
    return [records[i] for i in out]


def people(session: Session, canonical_ids: list[int] | None = None, with_mentions: bool = True) -> list[dict[str, Any]]:
    """One record per canonical person: every spelling, the titles each document gives, every mention."""
    links = session.execute(select(m.PersonLink, m.Person.name).join(m.Person, m.Person.id == m.PersonLink.person_id)
                            .order_by(m.Person.name)).all()
    if canonical_ids is not None:
        wanted = set(canonical_ids)
        links = [(l, n) for l, n in links if l.canonical_id in wanted]
    members: dict[int, list] = defaultdict(list)
    of_person: dict[int, int] = {}
    for link, name in links:
        members[link.canonical_id].append((link, name))
        of_person[link.person_id] = link.canonical_id
    mentions: dict[int, list] = defaultdict(list)
    surfaces: dict[int, set] = defaultdict(set)
    stmt = select(m.PersonMention.person_id, m.PersonMention.surface).distinct()
    if canonical_ids is not None:
        stmt = stmt.where(m.PersonMention.person_id.in_(list(of_person)))
    for pid, surface in session.execute(stmt):
        if pid in of_person:
            surfaces[of_person[pid]].add(surface)
    if with_mentions:
        stmt = select(m.PersonMention).order_by(m.PersonMention.doc_id, m.PersonMention.start)
        if canonical_ids is not None:
            stmt = stmt.where(m.PersonMention.person_id.in_(list(of_person)))
        for row in session.scalars(stmt):
            if row.person_id in of_person:
                mentions[of_person[row.person_id]].append(row)
    titles: dict[int, list] = defaultdict(list)
    stmt = (select(m.PersonTitle, m.Document.published).join(m.Document, m.Document.id == m.PersonTitle.doc_id)
            .order_by(m.Document.published.asc().nulls_last(), m.PersonTitle.doc_id, m.PersonTitle.id))
    if canonical_ids is not None:
        stmt = stmt.where(m.PersonTitle.person_id.in_(list(of_person)))
    for row, published in session.execute(stmt):
        cid = of_person.get(row.person_id)
        if cid is not None:
            titles[cid].append({"title": row.title, "affiliation": row.affiliation, "doc": row.doc_id,
                                "published": published.isoformat() if published else None})
    out = []
    for cid, group in members.items():
        name = group[0][0].canonical
        names = {n for _, n in group}
        record = {"id": f"p{cid}", "name": name,
                  "aliases": sorted((names | surfaces[cid]) - {name}),
                  "titles": titles.get(cid, [])}
        if with_mentions:
            record["mentions"] = [mention(r) for r in mentions.get(cid, [])]
        record["merged"] = [{"name": n, "rule": l.rule, "evidence": l.evidence}
                            for l, n in sorted(group, key=lambda x: x[1]) if n != name]
        record["conflicts"] = title_conflicts(titles.get(cid, []))
        out.append(record)
    out.sort(key=lambda p: (p["name"], p["id"]))
    return out


def entities(session: Session, canonical_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """One record per canonical entity (a weapon family, a place and its spellings, a country ...);
    ``canonical_ids``: only those (the streamed export reads them in groups)."""
    stmt = (select(m.Entity, m.EntityLink).join(m.EntityLink, m.EntityLink.entity_id == m.Entity.id)
            .order_by(m.Entity.type, m.Entity.canonical))
    if canonical_ids is not None:
        stmt = stmt.where(m.EntityLink.canonical_id.in_(list(canonical_ids)))
    rows = session.execute(stmt).all()
    mentions = defaultdict(list)
    stmt = select(m.EntityMention).order_by(m.EntityMention.doc_id, m.EntityMention.start)
    if canonical_ids is not None:
        stmt = stmt.where(m.EntityMention.entity_id.in_([ent.id for ent, _ in rows]))
    for row in session.scalars(stmt):
        mentions[row.entity_id].append(row)
    groups: dict[int, list] = defaultdict(list)
    heads: dict[int, m.Entity] = {}
    for ent, link in rows:
        groups[link.canonical_id].append((ent, link))
        if ent.id == link.canonical_id:
            heads[link.canonical_id] = ent
    out = []
    for cid, group in groups.items():
        head = heads.get(cid, group[0][0])
        ms = sorted((r for ent, _ in group for r in mentions.get(ent.id, [])), key=lambda r: (r.doc_id, r.start))
        names = {ent.canonical for ent, _ in group} | {r.surface for r in ms}
        out.append({"id": f"e{cid}", "name": head.canonical, "type": head.type, "canonical": head.canonical,
                    "aliases": sorted(names - {head.canonical}),
                    **{k: v for k, v in (head.attrs or {}).items() if k not in ("name", "type", "canonical")},
                    "merged": [{"name": ent.canonical, "rule": link.rule, "evidence": link.evidence}
                               for ent, link in group if ent.id != cid],
                    "mentions": [mention(r) for r in ms]})
    out.sort(key=lambda e: (e["type"], e["name"]))
    return out


def write_json(data: dict[str, Any], path: Path | None) -> str | None:
    """Write to `path`, or return the JSON text when no path is given (stdout)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if path is None:
        return text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")
    return None


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return csv_safe(json.dumps(value, ensure_ascii=False))
    return csv_safe(value)


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV per list (documents.csv, people.csv, ...); lists and objects become JSON cells. UTF-8 with a
    byte order mark; cells a spreadsheet would run as a formula start with a single quote."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in list_kinds():
        rows = data.get(kind, [])
        columns: list[str] = []
        for row in rows:
            columns.extend(k for k in row if k not in columns)
        if not columns:
            columns = ["id"]
        path = folder / f"{kind}.csv"
        with path.open("w", newline="", encoding=CSV_ENCODING) as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(row.get(k)) for k in columns})
        written.append(path)
    return written
