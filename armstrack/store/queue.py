"""The resolve queue (table ``resolve_queue``): what writes and deletions leave for the next refresh.

Every entry is a kind (:class:`Kind`) and a text value, written in the same transaction as the change
it concerns; ``armstrack.resolve.resolver`` takes the whole queue at the start of a refresh. The kinds'
values are what the ``what`` column has always held, so databases written before this module keep
working.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, exists, func, literal, select
from sqlalchemy.orm import Session

from armstrack.store import models as m


class Kind(StrEnum):
    """What a queued value names (the ``what`` column)."""

    DOCUMENT = "doc"  #: a new or replaced document: resolve it
    KEY = "key"  #: a blocking key a deleted document's records held: ``kind\\tkey\\tprobe``
    FACT = "fact"  #: a merged fact a deleted document was a member of
    DUPLICATE = "dupdoc"  #: a document whose near-duplicate group a deleted document was in
    PERSON_BLOCK = "pblock"  #: a block of person names a deleted document named
    ENTITY_BLOCK = "eblock"  #: a block of entities a deleted document named


@dataclass(frozen=True)
class Entry:
    """One queued piece of work."""

    kind: Kind
    value: str

    @classmethod
    def key(cls, kind: str, key: str, probe: bool) -> Entry:
        """A record key (``kind``: the record kind; ``probe``: the record only probes the key)."""
        return cls(Kind.KEY, f"{kind}\t{key}\t{int(bool(probe))}")

    def row(self) -> dict[str, str]:
        """The entry as a ``resolve_queue`` row (for bulk inserts)."""
        return {"what": self.kind.value, "value": self.value}


def parse_key(value: str) -> tuple[str, str, bool]:
    """(kind, key, probe) of a queued key (queues written before probe keys existed have no flag)."""
    kind, key, *probe = value.split("\t")
    return kind, key, bool(probe) and probe[0] == "1"


def document_rows(doc_ids: Iterable[str]) -> list[dict[str, str]]:
    """Rows queueing documents, for a writer that inserts them with the documents in bulk."""
    return [Entry(Kind.DOCUMENT, d).row() for d in doc_ids]


def enqueue(session: Session, entries: Iterable[Entry]) -> None:
    """Queue ``entries`` in the session's transaction, in their order (one statement; none when empty)."""
    rows = [e.row() for e in entries]
    if rows:
        session.execute(m.ResolveQueue.__table__.insert(), rows)


def enqueue_documents(session: Session, doc_ids: Iterable[str]) -> None:
    """Queue new or replaced documents."""
    enqueue(session, (Entry(Kind.DOCUMENT, d) for d in doc_ids))


def enqueue_all_documents(session: Session) -> None:
    """Queue every stored document, in id order (a rebuild)."""
    session.execute(m.ResolveQueue.__table__.insert().from_select(
        ["what", "value"], select(literal(Kind.DOCUMENT.value), m.Document.id).order_by(m.Document.id)))


def take(session: Session) -> list[Entry]:
    """Every queued entry, oldest first, removed from the queue (in the session's transaction)."""
    queued = session.execute(select(m.ResolveQueue.id, m.ResolveQueue.what, m.ResolveQueue.value)
                             .order_by(m.ResolveQueue.id)).all()
    if queued:
        session.execute(delete(m.ResolveQueue).where(m.ResolveQueue.id <= max(q.id for q in queued)))
    return [Entry(Kind(q.what), q.value) for q in queued]


def clear(session: Session) -> None:
    """Empty the queue."""
    session.execute(delete(m.ResolveQueue))


def is_empty(session: Session) -> bool:
    """Whether nothing is queued (a read that takes no write lock)."""
    return not session.scalar(select(exists().where(m.ResolveQueue.id.is_not(None))))


def size(session: Session) -> int:
    """How many entries are queued."""
    return session.scalar(select(func.count()).select_from(m.ResolveQueue)) or 0


def queued_documents(session: Session) -> set[str]:
    """The ids of the documents queued."""
    return set(session.scalars(select(m.ResolveQueue.value).where(m.ResolveQueue.what == Kind.DOCUMENT.value)))
