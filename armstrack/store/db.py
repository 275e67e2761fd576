"""Opening databases and writing analysed documents: one transaction (savepoint) per document.

A batch of documents shares one outer transaction so writes go to the database in bulk, while each
document sits in its own savepoint: a document that fails leaves nothing half-written behind and the
others in the batch still land.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, delete, event, exists, func, select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from armstrack import records
from armstrack.store import fts
from armstrack.store import models as m
from armstrack.resolve.resolver import queue_document

log = logging.getLogger(__name__)


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message is meant for the user."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_engine(url: str, create: bool = True) -> Engine:
    """An engine for `url` with the schema created; raises DatabaseError with a readable message."""
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if create:
            m.Base.metadata.create_all(engine)
            fts.ensure(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
                            f"{exc.orig}") from exc
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@dataclass
class WriteResult:
    """What happened to each document of a batch."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[records.IngestFailure] = field(default_factory=list)


def known_hashes(session: Session, doc_ids: Iterable[str]) -> dict[str, str]:
    """Content hashes of the documents already stored, by id (to skip unchanged re-ingests)."""
    ids = list(dict.fromkeys(doc_ids))
    found: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update(session.execute(
            select(m.Document.id, m.Document.content_hash).where(m.Document.id.in_(chunk))).all())
    return found


DERIVED_TABLES = (m.EntityMention, m.PersonMention, m.PersonTitle, *m.RECORD_MODELS.values())


def delete_document(session: Session, doc_id: str) -> None:
    """Remove a document and every row derived from it (the resolver is told what it touched)."""
    from armstrack.resolve.resolver import queue_deletion

    queue_deletion(session, doc_id)
    for model in DERIVED_TABLES:
        session.execute(delete(model).where(model.doc_id == doc_id))
    session.execute(delete(m.Document).where(m.Document.id == doc_id))


def _evidence_columns(ev: records.Evidence) -> dict:
    return {"doc_id": ev.doc, "start": ev.start, "end": ev.end, "sent_start": ev.sent_start,
            "sent_end": ev.sent_end, "sentence": ev.sentence}


class _Registry:
    """Get-or-create for entities and people within one session, cached by key."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.entities: dict[tuple[str, str], int] = {}
        self.people: dict[str, int] = {}

    def entity_id(self, type_: str, canonical: str, attrs: dict) -> int:
        key = (type_, canonical)
        if key not in self.entities:
            row = self.session.execute(
                select(m.Entity).where(m.Entity.type == type_, m.Entity.canonical == canonical)).scalar_one_or_none()
            if row is None:
                row = m.Entity(type=type_, canonical=canonical, attrs=attrs)
                self.session.add(row)
                self.session.flush()
            self.entities[key] = row.id
        return self.entities[key]

    def person_id(self, name: str) -> int:
        if name not in self.people:
            row = self.session.execute(select(m.Person).where(m.Person.name == name)).scalar_one_or_none()
            if row is None:
                row = m.Person(name=name)
                self.session.add(row)
                self.session.flush()
            self.people[name] = row.id
        return self.people[name]


def _document_row(article: records.Article) -> dict:
    return {"id": article.doc_id, "title": article.title, "url": article.url, "published": article.published,
            "source": article.source, "authors": list(article.authors), "language": article.language,
            "text": article.text, "meta": _jsonable(article.meta), "content_hash": article.hash,
            "path": article.path}


def _jsonable(value):
    """Metadata as JSON-safe values (dates and other objects become strings)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _write_one(session: Session, registry: _Registry, analysis: records.DocumentAnalysis) -> bool:
    """Insert one analysed document (replacing an older version); True when it replaced one."""
    article = analysis.article
    replaced = session.get(m.Document, article.doc_id) is not None
    if replaced:
        delete_document(session, article.doc_id)
        session.expunge_all()
    session.execute(m.Document.__table__.insert(), [_document_row(article)])
    queue_document(session, article.doc_id)

    rows = [{**_evidence_columns(e.evidence), "entity_id": registry.entity_id(e.type, e.canonical, e.attrs),
             "surface": e.name} for e in analysis.entities]
    if rows:
        session.execute(m.EntityMention.__table__.insert(), rows)

    mention_rows, title_rows = [], []
    for person in analysis.people:
        pid = registry.person_id(person.name)
        for ev in person.mentions:
            mention_rows.append({**_evidence_columns(ev), "person_id": pid,
                                 "surface": article.text[ev.start:ev.end]})
        for t in person.titles:
            title_rows.append({"person_id": pid, "doc_id": article.doc_id, "title": t.title,
                               "affiliation": t.affiliation})
    if mention_rows:
        session.execute(m.PersonMention.__table__.insert(), mention_rows)
    if title_rows:
        session.execute(m.PersonTitle.__table__.insert(), title_rows)

    for kind, model in m.RECORD_MODELS.items():
        rows = [_record_row(rec) for rec in getattr(analysis, kind)]
        if rows:
            session.execute(model.__table__.insert(), rows)
    return replaced


def _record_row(rec) -> dict:
    fields = {k: v for k, v in vars(rec).items() if k != "evidence"}
    return {**fields, **_evidence_columns(rec.evidence)}


def write_batch(session: Session, analyses: Iterable[records.DocumentAnalysis]) -> WriteResult:
    """Write analysed documents, each in its own savepoint, and commit the batch once."""
    result = WriteResult()
    registry = _Registry(session)
    for analysis in analyses:
        article = analysis.article
        try:
            with session.begin_nested():
                replaced = _write_one(session, registry, analysis)
        except SQLAlchemyError as exc:
            # The savepoint rolled back: nothing of this document is left; cached ids may be gone too.
            registry = _Registry(session)
            reason = f"could not store document {article.doc_id!r}: {type(exc).__name__}: {exc.__cause__ or exc}"
            result.failed.append(records.IngestFailure(article.path or article.doc_id, reason, article.line))
            continue
        (result.replaced if replaced else result.added).append(article.doc_id)
    session.commit()
    return result


def record_failures(session: Session, failures: Iterable[records.IngestFailure]) -> None:
    rows = [{"path": f.path, "line": f.line, "reason": f.reason} for f in failures]
    if rows:
        session.execute(m.IngestError.__table__.insert(), rows)
        session.commit()


def remove_orphans(session: Session) -> None:
    """Drop entities and people no document mentions any more (after replacements)."""
    session.execute(delete(m.Entity).where(~exists().where(m.EntityMention.entity_id == m.Entity.id)))
    session.execute(delete(m.Person).where(~exists().where(m.PersonMention.person_id == m.Person.id)))
    session.commit()


def counts(session: Session) -> dict[str, int]:
    """Row counts for `armstrack stats`."""
    out = {"documents": session.scalar(select(func.count()).select_from(m.Document)) or 0}
    out["people"] = session.scalar(select(func.count()).select_from(m.Person)) or 0
    for type_, n in session.execute(select(m.Entity.type, func.count()).group_by(m.Entity.type)):
        out[f"entities: {type_}"] = n
    for kind, model in m.RECORD_MODELS.items():
        out[kind] = session.scalar(select(func.count()).select_from(model)) or 0
    out["errors"] = session.scalar(select(func.count()).select_from(m.IngestError)) or 0
    return out


@contextmanager
def open_session(url: str) -> Iterator[Session]:
    engine = open_engine(url)
    try:
        with session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()
