"""The JSON export written as it is read: byte for byte what ``write_json(build_export(session))`` writes,
without holding the whole database as one dict and one string.

Documents (most of the bytes: their texts) are read and written a batch at a time; people, entities
and deals a chunk at a time, in the export's order; the merged records one kind at a time (their
reading order needs the whole kind). The layout is ``json.dumps(..., ensure_ascii=False,
indent=2)``'s, reproduced piecewise (tests compare the two).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from armstrack.settings import EXPORT_SCHEMA
from armstrack.store import models as m
from armstrack.store.export import RECORD_FIELDS, document_dict, facts, mention, people
from armstrack.store.pages import Pages, add_pages, pages_of

#: Documents read per query.
BATCH = 200
#: Deals read per query.
CHUNK = 200
#: Mentions read per chunk of people or entities (one country may have tens of thousands).
MENTIONS = 20_000
#: people() reads its mentions as ORM objects (heavier): fewer at a time.
PERSON_MENTIONS = 4_000


def _dumps(value: Any, indent: str) -> str:
    """``value`` as it appears at this depth of the indented whole."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _write_list(fh: TextIO, items: Iterable[dict[str, Any]]) -> None:
    """A top-level list member's value: ``[]`` or one item per block, as json.dumps(indent=2) lays it out."""
    first = True
    for item in items:
        fh.write("[\n    " if first else ",\n    ")
        fh.write(_dumps(item, "    "))
        first = False
    fh.write("[]" if first else "\n  ]")


def _documents(session: Session, paged: dict[str, Pages]) -> Iterator[dict[str, Any]]:
    """Every document in id order, ``BATCH`` at a time (keyset pages: no cursor held across writes);
    the paged ones are noted in ``paged`` on the way."""
    cols = (m.Document.id, m.Document.title, m.Document.url, m.Document.published, m.Document.source,
            m.Document.authors, m.Document.language, m.Document.meta, m.Document.text)
    last = None
    while True:
        stmt = (select(*cols, m.DocSignature.duplicate_of)
                .outerjoin(m.DocSignature, m.DocSignature.doc_id == m.Document.id)
                .order_by(m.Document.id).limit(BATCH))
        if last is not None:
            stmt = stmt.where(m.Document.id > last)
        rows = session.execute(stmt).all()
        if not rows:
            return
        for row in rows:
            pages = pages_of(row.meta)
            if pages is not None:
                paged[row.id] = pages
            yield document_dict(row, row.duplicate_of)
        last = rows[-1].id
        del rows


def _people(session: Session) -> Iterator[dict[str, Any]]:
    """``export.people`` a chunk of canonical people at a time, in its order (name, then id)."""
    first: dict[int, str] = {}
    weight: dict[int, int] = defaultdict(int)
    counts = dict(session.execute(select(m.PersonMention.person_id, func.count()).group_by(m.PersonMention.person_id)).all())
    for cid, canonical, pid in session.execute(
            select(m.PersonLink.canonical_id, m.PersonLink.canonical, m.PersonLink.person_id)
            .join(m.Person, m.Person.id == m.PersonLink.person_id).order_by(m.Person.name)):
        first.setdefault(cid, canonical)
        weight[cid] += counts.get(pid, 0) + 1
    order = sorted(first, key=lambda cid: (first[cid], f"p{cid}"))
    for chunk in _by_weight(order, weight.__getitem__, PERSON_MENTIONS):
        yield from people(session, chunk)
        session.expunge_all()  # the mention rows people() read


def _entities(session: Session) -> Iterator[dict[str, Any]]:
    """``export.entities`` with the mentions read a chunk of canonical entities at a time (the rows
    that name them are few and read at once, in its order)."""
    rows = session.execute(select(m.Entity, m.EntityLink).join(m.EntityLink, m.EntityLink.entity_id == m.Entity.id)
                           .order_by(m.Entity.type, m.Entity.canonical)).all()
    groups: dict[int, list] = defaultdict(list)
    heads: dict[int, m.Entity] = {}
    for ent, link in rows:
        groups[link.canonical_id].append((ent, link))
        if ent.id == link.canonical_id:
            heads[link.canonical_id] = ent
    del rows
    head_of = {cid: heads.get(cid, group[0][0]) for cid, group in groups.items()}
    order = sorted(groups, key=lambda cid: (head_of[cid].type, head_of[cid].canonical))  # stable, as export's
    counts = dict(session.execute(select(m.EntityMention.entity_id, func.count()).group_by(m.EntityMention.entity_id)).all())
    cols = (m.EntityMention.entity_id, m.EntityMention.doc_id, m.EntityMention.start, m.EntityMention.end,
            m.EntityMention.sentence, m.EntityMention.surface)
    for chunk in _by_weight(order, lambda cid: sum(counts.get(ent.id, 0) for ent, _ in groups[cid])):
        wanted = [ent.id for cid in chunk for ent, _ in groups[cid]]
        mentions: dict[int, list] = defaultdict(list)
        for j in range(0, len(wanted), 500):
            for row in session.execute(select(*cols).where(m.EntityMention.entity_id.in_(wanted[j:j + 500]))
                                       .order_by(m.EntityMention.doc_id, m.EntityMention.start)):
                mentions[row.entity_id].append(row)
        for cid in chunk:
            group, head = groups[cid], head_of[cid]
            ms = sorted((r for ent, _ in group for r in mentions.get(ent.id, [])), key=lambda r: (r.doc_id, r.start))
            names = {ent.canonical for ent, _ in group} | {r.surface for r in ms}
            yield {"id": f"e{cid}", "name": head.canonical, "type": head.type, "canonical": head.canonical,
                   "aliases": sorted(names - {head.canonical}),
                   **{k: v for k, v in (head.attrs or {}).items() if k not in ("name", "type", "canonical")},
                   "merged": [{"name": ent.canonical, "rule": link.rule, "evidence": link.evidence}
                              for ent, link in group if ent.id != cid],
                   "mentions": [mention(r) for r in ms]}
        del mentions


def _by_weight(items: list, weight, limit: int = MENTIONS) -> Iterator[list]:
    """Consecutive runs of ``items`` holding up to ``limit`` in weight (one item may exceed it)."""
    run: list = []
    total = 0
    for item in items:
        w = weight(item)
        if run and total + w > limit:
            yield run
            run, total = [], 0
        run.append(item)
        total += w
    if run:
        yield run


def _register(session: Session) -> Iterator[dict[str, Any]]:
    """``register_rows(session)`` (every deal, in its order) read a chunk of deals at a time."""
    ids = list(session.scalars(select(m.Deal.id).order_by(m.Deal.sort_key, m.Deal.id)))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        data = dict(session.execute(select(m.Deal.id, m.Deal.data).where(m.Deal.id.in_(chunk))).all())
        yield from (data[d] for d in chunk)


def write_json_stream(session: Session, fh: TextIO) -> None:
    """Write the export (schema armstrack.export/1) to ``fh``, without the final newline."""
    paged: dict[str, Pages] = {}
    fh.write("{\n  \"schema\": " + _dumps(EXPORT_SCHEMA, "  ") + ",\n  \"documents\": ")
    _write_list(fh, _documents(session, paged))
    sections = [("people", _people), ("entities", _entities)]
    sections += [(kind, lambda s, k=kind: facts(s, k)) for kind in RECORD_FIELDS]
    sections.append(("register", _register))
    for name, read in sections:
        fh.write(",\n  " + json.dumps(name) + ": ")
        _write_list(fh, _paged(read(session), paged))
    fh.write("\n}")


def _paged(records: Iterable[dict[str, Any]], paged: dict[str, Pages]) -> Iterator[dict[str, Any]]:
    """Evidence in a paged document (PDF) says on which page it is."""
    for record in records:
        if paged:
            add_pages(record.get("mentions") or [], paged)
        yield record


def export_json(session: Session, path: Path | None, stdout: TextIO) -> None:
    """The JSON export to ``path`` (a trailing newline, as write_json), or to ``stdout``."""
    if path is None:
        write_json_stream(session, stdout)
        stdout.write("\n")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        write_json_stream(session, fh)
        fh.write("\n")
