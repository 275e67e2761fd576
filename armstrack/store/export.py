"""The JSON and CSV exports (schema "armstrack.export/1") that evaluations and later stages read."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from armstrack.settings import EXPORT_SCHEMA
from armstrack.store import models as m

LIST_KINDS = ("documents", "people", "entities", "transfers", "meetings", "quotes", "figures", "events")

#: Export fields of each record kind, in order (the evidence becomes "mentions").
RECORD_FIELDS = {
    "transfers": ("supplier", "recipient", "system", "family", "category", "quantity", "status", "when",
                  "value", "currency"),
    "meetings": ("participants", "date", "place", "kind"),
    "quotes": ("speaker", "text", "cue", "outlet"),
    "figures": ("what", "value", "unit", "period", "as_of", "subject", "source"),
    "events": ("type", "date", "actors", "summary", "plover", "cameo"),
}


def mention(row) -> dict[str, Any]:
    """M = {doc, start, end, text}: the span's offsets in the document text, and its sentence."""
    return {"doc": row.doc_id, "start": row.start, "end": row.end, "text": row.sentence}


def build_export(session: Session) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": EXPORT_SCHEMA}
    out["documents"] = [
        {"id": d.id, "title": d.title, "url": d.url,
         "published": d.published.isoformat() if d.published else None, "source": d.source,
         "authors": list(d.authors or []), "language": d.language, "text": d.text}
        for d in session.scalars(select(m.Document).order_by(m.Document.id))
    ]
    out["people"] = _people(session)
    out["entities"] = _entities(session)
    for kind, fields in RECORD_FIELDS.items():
        model = m.RECORD_MODELS[kind]
        prefix = kind[0]
        out[kind] = [
            {"id": f"{prefix}{row.id}", **{f: getattr(row, f) for f in fields}, "mentions": [mention(row)]}
            for row in session.scalars(select(model).order_by(model.doc_id, model.start, model.id))
        ]
    return out


def _people(session: Session) -> list[dict[str, Any]]:
    mentions = defaultdict(list)
    for row in session.scalars(select(m.PersonMention).order_by(m.PersonMention.doc_id, m.PersonMention.start)):
        mentions[row.person_id].append(row)
    titles = defaultdict(list)
    for row in session.scalars(select(m.PersonTitle).order_by(m.PersonTitle.id)):
        titles[row.person_id].append({"title": row.title, "affiliation": row.affiliation, "doc": row.doc_id})
    people = []
    for person in session.scalars(select(m.Person).order_by(m.Person.name)):
        rows = mentions.get(person.id, [])
        aliases = sorted({r.surface for r in rows} - {person.name})
        people.append({"id": f"p{person.id}", "name": person.name, "aliases": aliases,
                       "titles": titles.get(person.id, []), "mentions": [mention(r) for r in rows]})
    return people


def _entities(session: Session) -> list[dict[str, Any]]:
    mentions = defaultdict(list)
    for row in session.scalars(select(m.EntityMention).order_by(m.EntityMention.doc_id, m.EntityMention.start)):
        mentions[row.entity_id].append(row)
    out = []
    for ent in session.scalars(select(m.Entity).order_by(m.Entity.type, m.Entity.canonical)):
        rows = mentions.get(ent.id, [])
        out.append({"id": f"e{ent.id}", "name": ent.canonical, "type": ent.type, "canonical": ent.canonical,
                    "aliases": sorted({r.surface for r in rows} - {ent.canonical}),
                    **{k: v for k, v in (ent.attrs or {}).items() if k not in ("name", "type", "canonical")},
                    "mentions": [mention(r) for r in rows]})
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
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV per list (documents.csv, people.csv, ...); lists and objects become JSON cells."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in LIST_KINDS:
        rows = data.get(kind, [])
        columns: list[str] = []
        for row in rows:
            columns.extend(k for k in row if k not in columns)
        if not columns:
            columns = ["id"]
        path = folder / f"{kind}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(row.get(k)) for k in columns})
        written.append(path)
    return written
