"""Small reads the pages need beyond armstrack.query.queries: document titles for source links, the values
filter boxes suggest, and person ids by name. Read-only, straight from the store models.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from armstrack import kinds
from armstrack.query import export, queries
from armstrack.serve.views import COLUMNS
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
    """Values to suggest in the register's filter boxes (from the summaries and the canonical entities,
    whose size does not grow with the number of articles)."""
    suppliers, recipients, systems = set(), set(), set()
    for source, target, kind in session.execute(
            select(m.SummaryEdge.source, m.SummaryEdge.target, m.SummaryEdge.kind)
            .where(m.SummaryEdge.kind.in_(("flow", "node")), m.SummaryEdge.n > 0)):
        if kind == "flow":
            suppliers.add(source)
            recipients.add(target)
        elif source.startswith("system:"):
            systems.add(source[len("system:"):])
    suppliers.discard("")
    recipients.discard("")
    # the names only (their attributes are JSON: decoding ~900 of them cost more than the rest of a list page)
    systems.update(session.scalars(select(m.Entity.canonical).where(m.Entity.type == "WEAPON_SYSTEM")))
    return {
        "suppliers": sorted(suppliers),
        "recipients": sorted(recipients),
        "countries": sorted(suppliers | recipients | set(session.scalars(
            select(m.Entity.canonical).where(m.Entity.type == "COUNTRY")))),
        "systems": sorted(s for s in systems if s and s != "None"),
        "people": _distinct(session, m.Person.name),
    }


class PersonIds:
    """{name or alias: person id}, looked up as a page asks for names (not every person up front: at
    100k articles that would be all of them for every page). Answers like the full mapping would."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.found: dict[str, str | None] = {}

    def _look(self, name) -> str | None:
        if not isinstance(name, str) or not name:
            return None
        if name not in self.found:
            self.found[name] = queries.person_ids_for(self.session, [name]).get(name)
        return self.found[name]

    def prefetch(self, names: Iterable[str]) -> PersonIds:
        """Look up many names in one query (so later lookups hit the cache); returns self."""
        todo = [n for n in set(names) if isinstance(n, str) and n and n not in self.found]
        got = queries.person_ids_for(self.session, todo)
        for n in todo:
            self.found[n] = got.get(n)
        return self

    def __bool__(self) -> bool:
        return True

    def __contains__(self, name) -> bool:
        return self._look(name) is not None

    def __getitem__(self, name) -> str:
        found = self._look(name)
        if found is None:
            raise KeyError(name)
        return found

    def get(self, name, default=None):
        """The person id of a name or alias, or ``default`` if it is no known person."""
        found = self._look(name)
        return default if found is None else found


def person_ids(session: Session) -> PersonIds:
    """{name or alias: person id} of canonical, merged people (looked up lazily)."""
    return PersonIds(session)


#: Sorts the query layer does in SQL; record fields map onto them where they mean the same.
QUERY_SORTS = ("date", "sources", "first_reported", "last_reported", "id")


def _date_fields() -> set[str]:
    """The fields that date a record of some kind ("when", "date", "as_of"): sorted as ``date``."""
    return {f for f in kinds.DATE_FIELD.values() if f}


def sortable(kind: str) -> tuple[str, ...]:
    """The sort keys the API and UI accept for a kind: its columns, then the query layer's sorts."""
    return tuple(dict.fromkeys((*COLUMNS[kind], *QUERY_SORTS)))


def records(session: Session, kind: str, *, sort: str | None = None, limit: int = 50, offset: int = 0,
            **filters) -> tuple[list[dict], int]:
    """``queries.list_records`` with sorting by any column of the register too (supplier, quantity, ...).

    Everything is sorted in SQL: date fields and the query layer's own sorts, and other columns with
    empty values last in either direction.
    """
    if not sort:
        return queries.list_records(session, kind, limit=limit, offset=offset, **filters)
    desc, key = sort.startswith("-"), sort.lstrip("-")
    if key in _date_fields():
        key = "date"
    if key in QUERY_SORTS:
        return queries.list_records(session, kind, sort=("-" if desc else "") + key, limit=limit, offset=offset,
                                    **filters)
    # any other column of the record: sorted in SQL too (queries._field_order)
    return queries.list_records(session, kind, sort=sort, limit=limit, offset=offset, **filters)


def people_with_titles(session: Session) -> list[dict]:
    """Every canonical person with the titles each document gives them (no mentions)."""
    return export.people(session, with_mentions=False)
