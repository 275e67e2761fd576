"""Opening databases and writing analysed documents: one transaction (savepoint) per document.

A batch of documents shares one outer transaction so writes go to the database in bulk, while each
document sits in its own savepoint: a document that fails leaves nothing half-written behind and the
others in the batch still land.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import (Connection, Engine, Float, Integer, String, create_engine, delete, event, exists, func, insert,
                        select)
from sqlalchemy.engine import make_url
from sqlalchemy import text as sql_text
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from armstrack import records, settings
from armstrack.store import bulk, fts, queue, summaries
from armstrack.store import models as m

log = logging.getLogger(__name__)


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message is meant for the user."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # another process writing: wait for its transaction to end instead of failing "database is locked"
    cursor.execute(f"PRAGMA busy_timeout={int(settings.current().sqlite_busy_seconds * 1000)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _pg_custom_plans(dbapi_connection, _record) -> None:
    """Plan every statement for its values (``plan_cache_mode = force_custom_plan``). The driver prepares a
    statement it has run five times on a connection, and PostgreSQL may then keep one generic plan for any
    values: for full-text search it chose reading every match of the words through the index over walking
    the newest documents, 5x the work for a common word (issue 11)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi_connection.commit()  # a SET in a transaction rolled back (the pool's reset) would be undone
    except Exception:  # a server before PostgreSQL 12 has no such setting: its plans as they come
        dbapi_connection.rollback()
    finally:
        cursor.close()


def _use_wal(cursor) -> None:
    """Switch the file to write-ahead logging (kept in the file: later connections find it so).

    The switch needs the file to itself and SQLite does not wait for that (no busy timeout): when
    several processes open a new database at once, the ones that lose retry until the winner's switch
    is done."""
    deadline = time.monotonic() + settings.current().sqlite_busy_seconds
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (None for other databases, in-memory ones and unreadable URLs)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    database = parsed.database
    if not parsed.drivername.startswith("sqlite") or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    return Path(database)


def open_engine(url: str, create: bool = True, existing: bool = False, *, layout: Layout | None) -> Engine:
    """An engine for `url` with the schema created; raises DatabaseError with a readable message.

    ``existing``: for commands that only read, a SQLite file that does not exist is an error (a mistyped
    --db must not silently create an empty database that reports zeros). ``layout``: brings the merged
    view up to date once the tables exist (``armstrack.resolve.database.open_engine`` passes the
    resolver's; None: tables only). Callers above resolve open databases with that function.
    """
    path = sqlite_file(url) if existing else None
    if path is not None and not path.exists():
        raise DatabaseError(f"no database at {path}: check --db (or ${settings.DB_ENV_VAR}); "
                            f"`armstrack ingest` creates it")
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _pg_custom_plans)
    try:
        if engine.dialect.name == "postgresql":
            _ensure_postgres_schema(engine, create and not existing)
        if create:
            create_schema(engine, layout)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
                            f"{exc.orig}") from exc
    return engine


def _ensure_postgres_schema(engine: Engine, make: bool) -> None:
    """One PostgreSQL database can hold several projects, one schema each, chosen in the URL
    (``?options=-csearch_path%3Dproject``): ``ingest`` creates the schema it names, a read command
    refuses one that does not exist (rather than failing on the first table)."""
    with engine.connect() as conn:
        if conn.scalar(sql_text("SELECT current_schema()")) is not None:
            return
        search_path = conn.scalar(sql_text("SHOW search_path")) or ""
    names = [n.strip().strip('"') for n in search_path.split(",") if n.strip() and n.strip() != '"$user"']
    if not names:
        raise DatabaseError("no schema to store tables in: the search_path of the --db URL names none")
    where = engine.url.render_as_string(hide_password=True)
    if not make:
        raise DatabaseError(f"no schema {names[0]!r} in {where}: check --db; `armstrack ingest` creates it")
    try:
        with engine.begin() as conn:
            conn.execute(sql_text(f"CREATE SCHEMA IF NOT EXISTS {engine.dialect.identifier_preparer.quote(names[0])}"))
    except (IntegrityError, ProgrammingError):  # another process created it at the same moment
        pass


def _pg_lock_key(name: str):
    """An advisory lock key for ``name`` in this database's current schema (projects in other schemas
    of the same server do not wait for each other)."""
    return func.hashtext(func.concat(f"armstrack.{name}:", func.current_schema()))


#: Brings the merged view of a database up to date (``armstrack.resolve.resolver.upgrade_layout``).
Layout = Callable[[Engine], object]

#: Told a document is about to be deleted, in the deleting transaction (``resolve.resolver.queue_deletion``).
Forget = Callable[[Session, str], None]


def _no_layout(engine: Engine) -> None:
    """Tables only: no merged view to bring up to date."""


def create_schema(engine: Engine, layout: Layout | None = None) -> None:
    """Create the tables and search structures if missing, once even when several processes open a new
    database at the same moment (SQLite: one BEGIN IMMEDIATE transaction; PostgreSQL: an advisory lock),
    then bring the merged view's layout up to date with ``layout`` (under the same lock)."""
    upgrade_layout = layout or _no_layout
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits (busy timeout) for another process's creation
            m.Base.metadata.create_all(conn)
            fts.ensure_on(conn)
            conn.commit()
        upgrade_layout(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            summaries.ensure_on(conn)  # after the layout upgrade, which may recreate the facts table
            conn.commit()
    elif engine.dialect.name == "postgresql":
        with engine.connect() as lock:
            lock.execute(select(func.pg_advisory_lock(_pg_lock_key("schema"))))
            lock.commit()
            try:
                _create_tables(engine, upgrade_layout)
            finally:
                lock.execute(select(func.pg_advisory_unlock(_pg_lock_key("schema"))))
                lock.commit()
    else:
        _create_tables(engine, upgrade_layout)


def _create_tables(engine: Engine, upgrade_layout: Layout) -> None:
    """Tables, search structures, then the resolver's layout (``upgrade_layout`` is passed in: resolve
    sits above store)."""
    m.Base.metadata.create_all(engine)
    fts.ensure(engine)
    upgrade_layout(engine)
    with engine.begin() as conn:
        summaries.ensure_on(conn)


def begin_write(session: Session) -> None:
    """Make the session's transaction the database's only writer until it ends (commit or rollback).

    Concurrent ingests take turns transaction by transaction, so each sees the others' work whole:
    SQLite starts it with BEGIN IMMEDIATE (waiting up to the busy timeout for the other writer);
    PostgreSQL takes a transaction-level advisory lock. A transaction that already wrote keeps going.
    """
    conn: Connection = session.connection()
    if conn.dialect.name == "sqlite":
        if not conn.connection.driver_connection.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_pg_lock_key("write"))))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A sessionmaker for the engine whose objects stay usable after commit."""
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


def _metadata(session: Session, doc_ids: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """(id, metadata) of the stored documents among ``doc_ids``, read 500 at a time."""
    ids = list(dict.fromkeys(doc_ids))
    for i in range(0, len(ids), 500):
        for doc_id, meta in session.execute(
                select(m.Document.id, m.Document.meta).where(m.Document.id.in_(ids[i:i + 500]))):
            yield doc_id, meta if isinstance(meta, dict) else {}


def not_analysed(session: Session, doc_ids: Iterable[str]) -> set[str]:
    """Which of ``doc_ids`` were stored without analysis by triage."""
    return {doc_id for doc_id, meta in _metadata(session, doc_ids) if meta.get(m.NOT_ANALYSED_KEY)}


#: Document metadata key of a publication date set by hand (`armstrack documents set-date`).
HAND_DATE_KEY = "dated_by_hand"


def hand_dates(session: Session, doc_ids: Iterable[str]) -> dict[str, date]:
    """Publication dates set by hand, by document id (for articles that give none themselves)."""
    found: dict[str, date] = {}
    for doc_id, meta in _metadata(session, doc_ids):
        try:
            found[doc_id] = date.fromisoformat(meta.get(HAND_DATE_KEY))
        except (TypeError, ValueError):
            continue
    return found


def derived_tables() -> tuple:
    """The tables of rows derived from a document: mentions, titles and every record kind's records."""
    return (m.EntityMention, m.PersonMention, m.PersonTitle, *m.RECORD_MODELS.values())


def delete_document(session: Session, doc_id: str, *, forget: Forget) -> None:
    """Remove a document and every row derived from it; ``forget`` is called first (the resolver queues
    what the document touched: ``armstrack.resolve.database.delete_document`` passes it)."""
    forget(session, doc_id)
    for model in derived_tables():
        session.execute(delete(model).where(model.doc_id == doc_id))
    session.execute(delete(m.Document).where(m.Document.id == doc_id))


def _evidence_columns(ev: records.Evidence) -> dict:
    return {"doc_id": ev.doc, "start": ev.start, "end": ev.end, "sent_start": ev.sent_start,
            "sent_end": ev.sent_end, "sentence": ev.sentence}


class Registry:
    """Ids of entities and people by key, cached across batches; new ones are inserted on first use.

    Lookups for a whole batch go to the database in one query (``prefetch``). Ids created inside a
    document's savepoint are forgotten if that savepoint rolls back.
    """

    def __init__(self) -> None:
        self.entities: dict[tuple[str, str], int] = {}
        self.people: dict[str, int] = {}
        self._new: list[tuple[dict, object]] = []

    def prefetch(self, session: Session, analyses: list[records.DocumentAnalysis]) -> None:
        """Load the ids of the people and entities a batch names, in a few queries."""
        names = {p.name for a in analyses for p in a.people} - self.people.keys()
        for chunk in _chunks(sorted(names)):
            for name, id_ in session.execute(select(m.Person.name, m.Person.id).where(m.Person.name.in_(chunk))):
                self.people[name] = id_
        keys = {(e.type, e.canonical) for a in analyses for e in a.entities} - self.entities.keys()
        for chunk in _chunks(sorted({c for _, c in keys})):
            for type_, canonical, id_ in session.execute(
                    select(m.Entity.type, m.Entity.canonical, m.Entity.id).where(m.Entity.canonical.in_(chunk))):
                self.entities[(type_, canonical)] = id_

    def create_missing(self, session: Session, analyses: list[records.DocumentAnalysis]) -> None:
        """Insert the batch's new entities and people with one statement each (ids come back in bulk)."""
        new_entities: dict[tuple[str, str], dict] = {}
        for a in analyses:
            for e in a.entities:
                if (e.type, e.canonical) not in self.entities:
                    new_entities.setdefault((e.type, e.canonical), e.attrs)
        if new_entities:
            rows = [{"type": t, "canonical": c, "attrs": attrs} for (t, c), attrs in new_entities.items()]
            for id_, type_, canonical in session.execute(
                    insert(m.Entity).returning(m.Entity.id, m.Entity.type, m.Entity.canonical), rows):
                self.entities[(type_, canonical)] = id_
                self._new.append((self.entities, (type_, canonical)))
        names = list(dict.fromkeys(p.name for a in analyses for p in a.people if p.name not in self.people))
        if names:
            for id_, name in session.execute(insert(m.Person).returning(m.Person.id, m.Person.name),
                                             [{"name": n} for n in names]):
                self.people[name] = id_
                self._new.append((self.people, name))

    def entity_id(self, session: Session, type_: str, canonical: str, attrs: dict) -> int:
        """The id of the entity (type, canonical), inserted if it is new."""
        key = (type_, canonical)
        if key not in self.entities:
            self.entities[key] = session.execute(
                insert(m.Entity).values(type=type_, canonical=canonical, attrs=attrs).returning(m.Entity.id)
            ).scalar_one()
            self._new.append((self.entities, key))
        return self.entities[key]

    def person_id(self, session: Session, name: str) -> int:
        """The id of the person called ``name``, inserted if it is new."""
        if name not in self.people:
            self.people[name] = session.execute(
                insert(m.Person).values(name=name).returning(m.Person.id)).scalar_one()
            self._new.append((self.people, name))
        return self.people[name]

    def commit(self) -> None:
        """Keep the ids created since the last commit or rollback (their savepoint was released)."""
        self._new.clear()

    def revalidate(self) -> None:
        """Forget cached ids (called with the write lock held): another process may have deleted an
        orphaned entity or person since, so ids are looked up again (``prefetch``) in this transaction."""
        self.entities.clear()
        self.people.clear()
        self._new.clear()

    def rollback(self) -> None:
        """Forget the ids created since the last commit or rollback (their savepoint rolled back)."""
        for table, key in self._new:
            table.pop(key, None)
        self._new.clear()


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _document_row(article: records.Article) -> dict:
    columns = m.Document.__table__.columns
    source, language = article.source, article.language
    if source and len(source) > columns["source"].type.length:  # metadata too long for its column: cut
        source = source[:columns["source"].type.length - 1] + "…"
    if language and len(language) > columns["language"].type.length:  # no language code is this long
        language = None
    return {"id": article.doc_id, "title": article.title, "url": article.url, "published": article.published,
            "source": source, "authors": list(article.authors), "language": language,
            "text": article.text, "meta": _jsonable(article.meta), "content_hash": article.hash,
            "path": article.path}


def _jsonable(value):
    """Metadata as JSON-safe values (dates and other objects become strings)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):  # 1e400 or NaN in the input: not JSON
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


#: Longest person name and entity name the database holds (people.name, entities.canonical).
NAME_CHARS = 255


def _fit_names(analysis: records.DocumentAnalysis) -> None:
    """Leave out people and entity mentions whose names no column holds (only adversarial text has
    them), so the document is stored alike on every database."""
    analysis.people = [p for p in analysis.people if len(p.name) <= NAME_CHARS]
    analysis.entities = [e for e in analysis.entities if len(e.canonical) <= NAME_CHARS]


def _document_rows(session: Session, registry: Registry, analysis: records.DocumentAnalysis,
                   tables: dict) -> None:
    """Add the rows of one analysed document to ``tables`` (table -> rows), to insert in bulk."""
    article = analysis.article
    tables[m.Document.__table__].append(_document_row(article))
    tables[m.ResolveQueue.__table__].extend(queue.document_rows([article.doc_id]))
    tables[m.EntityMention.__table__].extend(
        {**_evidence_columns(e.evidence), "entity_id": registry.entity_id(session, e.type, e.canonical, e.attrs),
         "surface": e.name} for e in analysis.entities)
    for person in analysis.people:
        pid = registry.person_id(session, person.name)
        tables[m.PersonMention.__table__].extend(
            {**_evidence_columns(ev), "person_id": pid, "surface": article.text[ev.start:ev.end]}
            for ev in person.mentions)
        tables[m.PersonTitle.__table__].extend(
            {"person_id": pid, "doc_id": article.doc_id, "title": t.title, "affiliation": t.affiliation}
            for t in person.titles)
    for kind, model in m.RECORD_MODELS.items():
        tables[model.__table__].extend(_record_rows(model, analysis.records_of(kind)))


def _write_many(session: Session, registry: Registry, analyses: list[records.DocumentAnalysis],
                forget: Forget) -> set[str]:
    """Insert analysed documents (replacing older versions) with one statement per table; returns the
    ids that replaced a stored document."""
    ids = [a.article.doc_id for a in analyses]
    replaced = set(known_hashes(session, ids))
    if replaced:
        for doc_id in sorted(replaced):
            delete_document(session, doc_id, forget=forget)
        session.expunge_all()
    tables: dict = defaultdict(list)
    registry.create_missing(session, analyses)
    for analysis in analyses:
        _document_rows(session, registry, analysis, tables)
    for table in [m.Document.__table__, *[t for t in tables if t is not m.Document.__table__]]:
        bulk.insert(session, table, tables.get(table) or [])
    return replaced


#: The range of an Integer column on every database (PostgreSQL's integer is 32 bits).
INT_RANGE = (-2**31, 2**31 - 1)


def _fits(column, value) -> tuple[bool, object]:
    """(whether ``value`` fits ``column``, the value to store): a number no column holds does not fit."""
    if value is None or isinstance(value, bool):
        return True, value
    if isinstance(column.type, Integer) and isinstance(value, int):
        return INT_RANGE[0] <= value <= INT_RANGE[1], value
    if isinstance(column.type, Float) and isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            return False, None
        return math.isfinite(number), number
    if isinstance(column.type, String) and column.type.length and isinstance(value, str):
        return len(value) <= column.type.length, value  # PostgreSQL refuses longer; SQLite would keep it
    return True, value


#: table -> (its column keys, the columns whose values ``_fits`` checks: numbers and bounded strings, by key)
_CHECKED: dict = {}


def _checked_columns(table) -> tuple[frozenset, dict]:
    """The keys of ``table``'s columns and the columns some value could fail to fit (``_fits`` passes
    every value of the others unchanged); found once per table, the column types do not change."""
    if table not in _CHECKED:
        _CHECKED[table] = (frozenset(c.key for c in table.columns),
                           {c.key: c for c in table.columns if isinstance(c.type, (Integer, Float)) or (
                               isinstance(c.type, String) and c.type.length)})
    return _CHECKED[table]


def _record_rows(model, recs: list) -> list[dict]:
    """Rows of one record kind. A number beyond what the database holds ("10000000000000000000000
    tanks") is dropped from its record (the record is kept), or the record itself when it needs it."""
    columns = model.__table__.columns
    keys, checked = _checked_columns(model.__table__)
    rows = []
    for rec in recs:
        row = {**{k: v for k, v in vars(rec).items() if k != "evidence"}, **_evidence_columns(rec.evidence)}
        dropped = []
        for name, value in list(row.items()):
            if name not in checked:
                if name not in keys:
                    raise KeyError(name)  # no such column
                continue
            ok, fitted = _fits(checked[name], value)
            row[name] = fitted if ok else None
            if not ok:
                dropped.append(name)
                log.info("%s %s: %s=%r does not fit the database; dropped", model.__tablename__,
                         rec.evidence.doc, name, value)
        if not any(not columns[name].nullable for name in dropped):
            rows.append(row)
    return rows


def write_batch(session: Session, analyses: Iterable[records.DocumentAnalysis],
                registry: Registry | None = None, *, forget: Forget) -> WriteResult:
    """Write analysed documents and commit the batch once (``forget``: see ``delete_document``; callers
    above resolve use ``armstrack.resolve.database.write_batch``).

    The whole batch goes in with one statement per table; if that fails, it is written again one
    savepoint per document, so a bad document leaves nothing half-written and the others still land.
    """
    result = WriteResult()
    analyses = _unique(list(analyses))
    for analysis in analyses:
        _fit_names(analysis)
    registry = registry if registry is not None else Registry()
    if session.in_transaction() and not (session.new or session.dirty or session.deleted):
        session.commit()  # end a read-only transaction (its snapshot) before waiting for the write lock
    begin_write(session)
    registry.revalidate()  # another process may have removed cached ids since the last batch
    registry.prefetch(session, analyses)
    try:
        with session.begin_nested():
            replaced = _write_many(session, registry, analyses, forget)
        registry.commit()
        for analysis in analyses:
            doc_id = analysis.article.doc_id
            (result.replaced if doc_id in replaced else result.added).append(doc_id)
    except Exception:  # SQLAlchemyError, and what drivers raise themselves (sqlite3's OverflowError ...)
        registry.rollback()
        for analysis in analyses:
            article = analysis.article
            try:
                with session.begin_nested():
                    replaced = _write_many(session, registry, [analysis], forget)
                registry.commit()
            except Exception as exc:
                # The savepoint rolled back: nothing of this document is left, nor the ids it created.
                registry.rollback()
                message = str(exc.__cause__ or exc).strip().splitlines() or [""]  # one line: no SQL, no DETAIL
                reason = f"could not store document {article.doc_id!r}: {type(exc).__name__}: {message[0]}"
                result.failed.append(records.IngestFailure(article.path or article.doc_id, reason, article.line))
                continue
            (result.replaced if replaced else result.added).append(article.doc_id)
    settings.crash_point("write-uncommitted")
    session.commit()
    settings.crash_point("write")
    return result


def _unique(analyses: list[records.DocumentAnalysis]) -> list[records.DocumentAnalysis]:
    """One analysis per document id in a batch: the last version of a repeated id wins."""
    last = {a.article.doc_id: a for a in analyses}
    return [a for a in analyses if last[a.article.doc_id] is a]


def record_failures(session: Session, failures: Iterable[records.IngestFailure]) -> None:
    """Store the inputs that failed to ingest (path, line, reason); commits if there were any."""
    rows = [{"path": f.path, "line": f.line, "reason": f.reason} for f in failures]
    if rows:
        begin_write(session)
        session.execute(m.IngestError.__table__.insert(), rows)
        session.commit()


def remove_orphans(session: Session) -> None:
    """Drop entities and people no document mentions any more (after replacements)."""
    begin_write(session)
    session.execute(delete(m.Entity).where(~exists().where(m.EntityMention.entity_id == m.Entity.id)))
    session.execute(delete(m.Person).where(~exists().where(m.PersonMention.person_id == m.Person.id)))
    session.commit()


def counts(session: Session) -> dict[str, int]:
    """Row counts for `armstrack stats`."""
    out = {"documents": session.scalar(select(func.count()).select_from(m.Document)) or 0}
    out["not analysed"] = session.scalar(select(func.count()).select_from(m.Document).where(
        m.Document.meta[m.NOT_ANALYSED_KEY].as_string().is_not(None))) or 0
    out["people"] = session.scalar(select(func.count()).select_from(m.Person)) or 0
    for type_, n in session.execute(select(m.Entity.type, func.count()).group_by(m.Entity.type)):
        out[f"entities: {type_}"] = n
    for kind, model in m.RECORD_MODELS.items():
        out[kind] = session.scalar(select(func.count()).select_from(model)) or 0
    out["errors"] = session.scalar(select(func.count()).select_from(m.IngestError)) or 0
    return out
