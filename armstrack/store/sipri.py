"""Storing and reading SIPRI trade-register rows (table ``sipri_deals``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from armstrack.ingest.sipri import SipriRecord
from armstrack.store import models as m

#: The columns that say what a deal is: two files holding the same deal give it once.
IDENTITY = ("recipient", "supplier", "order_year", "designation", "description", "number_ordered",
            "number_delivered", "delivery_years_text", "comments")
FIELDS = ("recipient", "supplier", "designation", "description", "order_year", "number_ordered",
          "number_delivered", "delivery_years", "delivery_years_text", "status", "comments", "tiv_per_unit",
          "tiv_total", "tiv_delivered", "uncertain")


@dataclass
class ImportResult:
    """What a SIPRI import did: the source, rows imported and rows of that source replaced."""

    source: str
    imported: int
    replaced: int


def import_records(session: Session, source: str, records: Iterable[SipriRecord]) -> ImportResult:
    """Replace the rows of ``source`` with ``records`` in one transaction (the caller commits)."""
    replaced = session.scalar(select(func.count()).select_from(m.SipriDeal).where(m.SipriDeal.source == source))
    session.execute(delete(m.SipriDeal).where(m.SipriDeal.source == source))
    rows = [{"source": source, "line": r.line, **{f: getattr(r, f) for f in FIELDS}} for r in records]
    if rows:
        session.execute(m.SipriDeal.__table__.insert(), rows)
    return ImportResult(source=source, imported=len(rows), replaced=int(replaced or 0))


def sipri_rows(session: Session) -> list[dict]:
    """Every imported SIPRI row as a dict (``id``, ``source``, ``line`` and the fields of the export),
    a deal present in several imported files once."""
    out: list[dict] = []
    seen: set[tuple] = set()
    for row in session.scalars(select(m.SipriDeal).order_by(m.SipriDeal.source, m.SipriDeal.line)):
        identity = tuple(getattr(row, f) for f in IDENTITY)
        if identity in seen:
            continue
        seen.add(identity)
        out.append({"id": row.id, "source": row.source, "line": row.line,
                    **{f: getattr(row, f) for f in FIELDS}})
    return out


def sources(session: Session) -> list[tuple[str, int]]:
    """(file, rows) of each imported file."""
    return [(s, n) for s, n in session.execute(
        select(m.SipriDeal.source, func.count()).group_by(m.SipriDeal.source).order_by(m.SipriDeal.source))]
