"""The JSON export written as it is read: byte for byte what ``write_json(build_export(session))`` writes,
without holding the whole database as one dict and one string.

Documents (most of the bytes: their texts) are read and written a batch at a time; the other lists are
built one at a time and dropped once written. The layout is ``json.dumps(..., ensure_ascii=False,
indent=2)``'s, reproduced piecewise (tests compare the two).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from armstrack.settings import EXPORT_SCHEMA
from armstrack.store import models as m
from armstrack.store.export import RECORD_FIELDS, document_dict, entities, facts, people
from armstrack.store.pages import Pages, add_pages, pages_of

#: Documents read per query.
BATCH = 200


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


def write_json_stream(session: Session, fh: TextIO) -> None:
    """Write the export (schema armstrack.export/1) to ``fh``, without the final newline."""
    from armstrack.store.register import register_rows  # imports armstrack.store.export

    paged: dict[str, Pages] = {}
    fh.write("{\n  \"schema\": " + _dumps(EXPORT_SCHEMA, "  ") + ",\n  \"documents\": ")
    _write_list(fh, _documents(session, paged))
    sections = [("people", people), ("entities", entities)]
    sections += [(kind, lambda s, k=kind: facts(s, k)) for kind in RECORD_FIELDS]
    sections.append(("register", register_rows))
    for name, read in sections:
        fh.write(",\n  " + json.dumps(name) + ": ")
        records = read(session)
        if paged:  # evidence in a paged document (PDF) says on which page it is
            for record in records:
                add_pages(record.get("mentions") or [], paged)
        _write_list(fh, records)
        del records
    fh.write("\n}")


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
