"""Opening a database and writing to it with the merged view kept in step.

``armstrack.store.db`` holds the tables and the writes; the resolver's part is passed in here: its layout
upgrade when a database is opened, its queue when a document is deleted or replaced, and a pending
resolve finished before merged records are read. Everything above resolve (core, serve, cli) opens and
writes databases through these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from armstrack import records
from armstrack.resolve.resolver import finish_pending, queue_deletion, upgrade_layout
from armstrack.store import db


def open_engine(url: str, create: bool = True, existing: bool = False) -> Engine:
    """``store.db.open_engine`` with the merged view's layout brought up to date (see there)."""
    return db.open_engine(url, create=create, existing=existing, layout=upgrade_layout)


@contextmanager
def open_session(url: str, existing: bool = False, resolve: bool = False) -> Iterator[Session]:
    """A session on the database at ``url``. ``resolve``: for commands that read merged records, first
    finish any resolve an interrupted ingest left pending."""
    engine = open_engine(url, existing=existing)
    try:
        with db.session_factory(engine)() as session:
            if resolve:
                finish_pending(session)
            yield session
    finally:
        engine.dispose()


def delete_document(session: Session, doc_id: str) -> None:
    """Remove a document and every row derived from it, queueing what it touched for the next refresh."""
    db.delete_document(session, doc_id, forget=queue_deletion)


def write_batch(session: Session, analyses: Iterable[records.DocumentAnalysis],
                registry: db.Registry | None = None) -> db.WriteResult:
    """``store.db.write_batch``; a replaced document's merged facts are queued for the next refresh."""
    return db.write_batch(session, analyses, registry, forget=queue_deletion)
