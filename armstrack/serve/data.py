"""Small reads the pages need beyond armstrack.store.queries: document titles for source links, the values
filter boxes suggest, and person ids by name. Read-only, straight from the store models.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from armstrack.store import models as m


def doc_info(session: Session, ids: Iterable[str]) -> dict[str, dict]:
    """{doc id: {"title", "published", "source"}} for the given ids."""
    wanted = list(dict.fromkeys(i for i in ids if i))
    out: dict[str, dict] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        for doc_id, title, published, source in session.execute(
                select(m.Document.id, m.Document.title, m.Document.published, m.Document.source)
                .where(m.Document.id.in_(chunk))):
            out[doc_id] = {"title": title or doc_id, "published": published.isoformat() if published else None,
                           "source": source}
    return out


def _distinct(session: Session, column) -> list[str]:
    return sorted({v for v in session.scalars(select(column).distinct()) if v})


def filter_values(session: Session) -> dict[str, list[str]]:
    """Values to suggest in the register's filter boxes."""
    countries = _distinct(session, m.Transfer.supplier)
    recipients = _distinct(session, m.Transfer.recipient)
    return {
        "suppliers": countries,
        "recipients": recipients,
        "countries": sorted(set(countries) | set(recipients) | set(session.scalars(
            select(m.Entity.canonical).where(m.Entity.type == "COUNTRY")))),
        "systems": sorted(set(_distinct(session, m.Transfer.system)) | set(_distinct(session, m.Transfer.family))),
        "people": _distinct(session, m.Person.name),
    }


def person_ids(session: Session) -> dict[str, str]:
    """{name or alias: person id} from the query layer (ids of canonical, merged people)."""
    from armstrack.store import queries

    people, _ = queries.list_people(session, limit=1_000_000)
    out: dict[str, str] = {}
    for p in people:
        for alias in p.get("aliases") or []:
            out.setdefault(alias, p["id"])
    for p in people:
        out[p["name"]] = p["id"]
    return out


#: Sorts the query layer does in SQL; record fields map onto them where they mean the same.
QUERY_SORTS = ("date", "sources", "first_reported", "last_reported", "id")
_DATE_FIELDS = ("when", "date", "as_of")


def sortable(kind: str) -> tuple[str, ...]:
    from armstrack.serve.views import COLUMNS

    return tuple(dict.fromkeys((*COLUMNS[kind], *QUERY_SORTS)))


def records(session: Session, kind: str, *, sort: str | None = None, limit: int = 50, offset: int = 0,
            **filters) -> tuple[list[dict], int]:
    """``queries.list_records`` with sorting by any column of the register too (supplier, quantity, ...).

    Date fields and the query layer's own sorts are sorted in SQL; other columns are sorted here, with
    empty values last in either direction.
    """
    from armstrack.store import queries

    if not sort:
        return queries.list_records(session, kind, limit=limit, offset=offset, **filters)
    desc, key = sort.startswith("-"), sort.lstrip("-")
    if key in _DATE_FIELDS:
        key = "date"
    if key in QUERY_SORTS:
        return queries.list_records(session, kind, sort=("-" if desc else "") + key, limit=limit, offset=offset,
                                    **filters)
    rows, total = queries.list_records(session, kind, limit=10**9, offset=0, **filters)

    def value(r):
        v = r.get(key)
        if isinstance(v, (list, tuple)):
            v = ", ".join(map(str, v))
        return v

    present = [r for r in rows if value(r) not in (None, "")]
    missing = [r for r in rows if value(r) in (None, "")]
    numeric = all(isinstance(value(r), (int, float)) for r in present)
    present.sort(key=lambda r: value(r) if numeric else str(value(r)).casefold(), reverse=desc)
    ordered = present + missing
    return ordered[offset:offset + limit], total


def people_with_titles(session: Session) -> list[dict]:
    """Every canonical person with the titles each document gives them (no mentions)."""
    from armstrack.store import export

    return export.people(session, with_mentions=False)
