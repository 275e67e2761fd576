"""Watched sources and fetched URLs in the database (tables ``sources`` and ``fetched_urls``)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from armstrack.store import models as m


def now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def aware(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes for timezone-aware columns: they are UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def find_source(session: Session, key: str) -> m.Source | None:
    """A source by id (``3``) or URL."""
    if key.strip().isdigit():
        return session.get(m.Source, int(key))
    return session.scalar(select(m.Source).where(m.Source.url == key.strip()))


def list_sources(session: Session) -> list[m.Source]:
    """The sources `armstrack watch` polls, by id."""
    return list(session.scalars(select(m.Source).order_by(m.Source.id)))


def remove_source(session: Session, source: m.Source) -> None:
    """Forget a source; the documents it brought stay, and so does the memory of their URLs (re-adding
    the source does not fetch them again)."""
    session.execute(update(m.FetchedUrl).where(m.FetchedUrl.source_id == source.id).values(source_id=None))
    session.execute(delete(m.Source).where(m.Source.id == source.id))
    session.commit()


def url_state(session: Session, url: str) -> m.FetchedUrl | None:
    """The fetch record of a URL, or None if it was never fetched."""
    return session.scalar(select(m.FetchedUrl).where(m.FetchedUrl.url == url))


def save_url(session: Session, url: str, **values) -> m.FetchedUrl:
    """Create or update the row of one canonical URL, and commit (the state survives an interruption)."""
    row = url_state(session, url)
    if row is None:
        row = m.FetchedUrl(url=url, status=values.pop("status", "fetched"), attempts=0)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    session.commit()
    return row


def same_content(session: Session, content_hash: str, doc_id: str) -> m.FetchedUrl | None:
    """Another document (stored, or fetched in this run) with exactly this article text: the same article
    under another URL."""
    return session.scalar(select(m.FetchedUrl).where(
        m.FetchedUrl.content_hash == content_hash, m.FetchedUrl.status.in_(("stored", "fetched")),
        m.FetchedUrl.doc_id != doc_id, m.FetchedUrl.doc_id.is_not(None)).limit(1))


def retry_urls(session: Session, source_id: int, max_attempts: int) -> list[str]:
    """URLs of a source that failed before and may be tried again (interrupted fetches included)."""
    rows = session.execute(select(m.FetchedUrl.final_url, m.FetchedUrl.url).where(
        m.FetchedUrl.source_id == source_id,
        ((m.FetchedUrl.status == "failed") & (m.FetchedUrl.attempts < max_attempts))
        | (m.FetchedUrl.status == "fetched")).order_by(m.FetchedUrl.id))
    return [url for _final, url in rows]


def source_rows(session: Session) -> list[dict]:
    """Each source with its state and counts, for `armstrack sources list`, /sources and /api/sources."""
    counts: dict[tuple[int, str], int] = {}
    for source_id, status, n in session.execute(
            select(m.FetchedUrl.source_id, m.FetchedUrl.status, func.count())
            .where(m.FetchedUrl.source_id.is_not(None)).group_by(m.FetchedUrl.source_id, m.FetchedUrl.status)):
        counts[(source_id, status)] = n
    out = []
    for s in list_sources(session):
        out.append({
            "id": s.id, "url": s.url, "kind": s.kind, "title": s.title,
            "added_at": aware(s.added_at), "last_checked": aware(s.last_checked), "last_ok": aware(s.last_ok),
            "last_new": s.last_new or 0, "total_new": s.total_new or 0,
            "documents": counts.get((s.id, "stored"), 0), "failed_urls": counts.get((s.id, "failed"), 0),
            "failures": s.failures or 0, "next_try": aware(s.next_try), "last_error": s.last_error,
        })
    return out


def recent_urls(session: Session, source_id: int | None = None, limit: int = 50) -> list[dict]:
    """The latest fetched URLs (of one source), newest first."""
    query = (select(m.FetchedUrl, m.Document.title)
             .outerjoin(m.Document, m.Document.id == m.FetchedUrl.doc_id)
             .order_by(m.FetchedUrl.fetched_at.desc(), m.FetchedUrl.id.desc()).limit(limit))
    if source_id is not None:
        query = query.where(m.FetchedUrl.source_id == source_id)
    return [{"url": r.url, "final_url": r.final_url, "doc_id": r.doc_id, "title": title, "status": r.status,
             "error": r.error, "attempts": r.attempts, "fetched_at": aware(r.fetched_at), "source_id": r.source_id}
            for r, title in session.execute(query)]
