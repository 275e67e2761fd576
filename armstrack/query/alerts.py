"""Saved searches with alerts: after every ingest, new or changed merged records that match an alert.

An alert is a query over the merged records (``facts``) with the filters of the query commands
(``armstrack transfers --recipient Burma`` and an alert ``--recipient Burma`` select the same records,
aliases and case included) plus a record kind and a minimum number of sources. ``check_alerts`` runs
once per ingest over the merged records the run touched and reports each one

* the first time it matches (``new``), and
* again whenever it gains a source (``sources``: more independent articles report it).

What each alert already reported is kept in ``alert_records`` (a fingerprint per merged record: its
members and source count); every report is an ``alert_events`` row, which the CLI prints, the alert's
JSON-lines file receives and the web page ``/alerts`` lists until the user marks it as seen.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from armstrack import kinds, settings
from armstrack.store import models as m
from armstrack.store.db import begin_write
from armstrack.store.fields import RECORD_FIELDS
from armstrack.query.queries import _record_filters

KINDS = kinds.KINDS
#: The filters an alert may use, per record kind (a transfer has a supplier and recipient; a meeting,
#: quote, figure or event has countries and people). The names and semantics are the query commands'.
FILTERS = kinds.ALERT_FILTERS
NAME_MAX = 128


class AlertError(ValueError):
    """An alert that cannot be saved or found: the message is one line for the user."""


@dataclass
class AlertCheck:
    """What one check found: events (as ``event_dict`` gives them) and problems writing alert files."""

    events: list[dict[str, Any]] = field(default_factory=list)
    #: (file, reason): an alert's JSON-lines file that could not be written (the events are still stored)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _chunks(items: list, size: int | None = None):
    """``items`` in slices of ``size`` (default: the setting ``sql_chunk``, ids per SQL IN list)."""
    size = size or settings.current().sql_chunk
    for i in range(0, len(items), size):
        yield items[i:i + size]


def evidence_path(mention: dict[str, Any]) -> str:
    """The web UI's document view at the mention's sentence (as armstrack.serve.views.evidence_url)."""
    return f"/documents/{quote(str(mention['doc']), safe='')}#m-{mention['start']}-{mention['end']}"


# --- saving, listing, removing --------------------------------------------------------------------

def add_alert(session: Session, name: str, *, kind: str = "transfers", filters: dict[str, str | None] | None = None,
              min_sources: int = 1, jsonl: str | Path | None = None) -> tuple[m.Alert, int]:
    """Save an alert; returns it and how many stored records already match (they are taken as known,
    not reported: an alert reports what arrives after it was saved). Commits. Raises AlertError."""
    name = (name or "").strip()
    if not name:
        raise AlertError("an alert needs a name")
    if len(name) > NAME_MAX:
        raise AlertError(f"alert names are at most {NAME_MAX} characters")
    if kind not in KINDS:
        raise AlertError(f"unknown record kind {kind!r} (one of {', '.join(KINDS)})")
    clean = {k: v.strip() for k, v in (filters or {}).items() if v and v.strip()}
    wrong = sorted(set(clean) - set(FILTERS[kind]))
    if wrong:
        raise AlertError(f"{kind} cannot be filtered by {', '.join('--' + w for w in wrong)} "
                         f"(for {kind}: {', '.join('--' + f for f in FILTERS[kind])})")
    if min_sources < 1:
        raise AlertError("--min-sources is at least 1")
    path = str(Path(jsonl).expanduser().resolve()) if jsonl else None
    begin_write(session)
    if session.scalar(select(m.Alert.id).where(m.Alert.name == name)) is not None:
        session.rollback()
        raise AlertError(f"there is already an alert named {name!r} (remove it first)")
    alert = m.Alert(name=name, kind=kind, filters=clean, min_sources=min_sources, jsonl=path)
    session.add(alert)
    session.flush()
    known = len(_check_one(session, alert, None, announce=False))
    session.commit()
    return alert, known


def remove_alert(session: Session, name: str) -> None:
    """Delete an alert with what it reported. Commits. Raises AlertError when there is none."""
    begin_write(session)
    alert = session.scalar(select(m.Alert).where(m.Alert.name == name))
    if alert is None:
        session.rollback()
        raise AlertError(f"no alert named {name!r}")
    # explicit, not only ON DELETE CASCADE: a database may have foreign keys off
    session.execute(delete(m.AlertEvent).where(m.AlertEvent.alert_id == alert.id))
    session.execute(delete(m.AlertRecord).where(m.AlertRecord.alert_id == alert.id))
    session.delete(alert)
    session.commit()


def get_alert(session: Session, name: str) -> m.Alert:
    """The alert called ``name``; AlertError if there is none."""
    alert = session.scalar(select(m.Alert).where(m.Alert.name == name))
    if alert is None:
        raise AlertError(f"no alert named {name!r}")
    return alert


def describe_query(alert: m.Alert) -> str:
    """The alert's query in the command line's words: "transfers --recipient Myanmar --min-sources 2"."""
    parts = [alert.kind] + [f"--{k} {v}" for k, v in sorted((alert.filters or {}).items())]
    if alert.min_sources > 1:
        parts.append(f"--min-sources {alert.min_sources}")
    return " ".join(parts)


def list_alerts(session: Session) -> list[dict[str, Any]]:
    """Every alert with its query, file, and counts of events (all, and not yet seen)."""
    totals = dict(session.execute(select(m.AlertEvent.alert_id, func.count()).group_by(m.AlertEvent.alert_id)).all())
    unseen = dict(session.execute(
        select(m.AlertEvent.alert_id, func.count()).join(m.Alert, m.Alert.id == m.AlertEvent.alert_id)
        .where(m.AlertEvent.id > m.Alert.seen_upto).group_by(m.AlertEvent.alert_id)).all())
    out = []
    for a in session.scalars(select(m.Alert).order_by(m.Alert.name)):
        out.append({"name": a.name, "kind": a.kind, "filters": dict(a.filters or {}), "min_sources": a.min_sources,
                    "jsonl": a.jsonl, "query": describe_query(a), "created_at": a.created_at.isoformat(),
                    "events": totals.get(a.id, 0), "unseen": unseen.get(a.id, 0)})
    return out


def event_dict(event: m.AlertEvent, alert_name: str) -> dict[str, Any]:
    """An event as the CLI prints it, the JSON-lines file holds it and the web page lists it."""
    evidence = dict(event.evidence or {})
    if evidence.get("doc") is not None:
        evidence["path"] = evidence_path(evidence)
    at = event.at if event.at.tzinfo else event.at.replace(tzinfo=timezone.utc)
    return {"event": event.id, "alert": alert_name, "at": at.isoformat(timespec="seconds"), "reason": event.reason,
            "kind": event.kind, "record_key": event.record_key, "record_id": event.fact_id,
            "sources": event.sources, "previous_sources": event.previous_sources,
            "record": event.record, "evidence": evidence}


def list_events(session: Session, name: str | None = None, *, unseen: bool = False,
                limit: int = 200) -> list[dict[str, Any]]:
    """Events of one alert (or all), newest first; ``unseen``: only those not marked as seen.
    Each has ``seen`` (bool). Raises AlertError for an unknown name."""
    stmt = select(m.AlertEvent, m.Alert.name, m.Alert.seen_upto).join(m.Alert, m.Alert.id == m.AlertEvent.alert_id)
    if name is not None:
        stmt = stmt.where(m.AlertEvent.alert_id == get_alert(session, name).id)
    if unseen:
        stmt = stmt.where(m.AlertEvent.id > m.Alert.seen_upto)
    out = []
    for event, alert_name, seen_upto in session.execute(stmt.order_by(m.AlertEvent.id.desc()).limit(limit)):
        out.append({**event_dict(event, alert_name), "seen": event.id <= seen_upto})
    return out


def mark_seen(session: Session, name: str | None = None, upto: int | None = None) -> int:
    """Mark events as looked at: of one alert (or all), up to event id ``upto`` (default: all so far;
    the web page passes the newest it showed, so an event that arrived meanwhile stays new).
    Returns how many events became seen. Commits. Raises AlertError for an unknown name."""
    begin_write(session)
    try:
        alerts = [get_alert(session, name)] if name is not None else list(session.scalars(select(m.Alert)))
    except AlertError:
        session.rollback()
        raise
    newly = 0
    for a in alerts:
        stmt = select(func.max(m.AlertEvent.id), func.count()).where(m.AlertEvent.alert_id == a.id,
                                                                      m.AlertEvent.id > a.seen_upto)
        if upto is not None:
            stmt = stmt.where(m.AlertEvent.id <= upto)
        newest, count = session.execute(stmt).one()
        if newest is not None:
            a.seen_upto = newest
            newly += count
    session.commit()
    return newly


# --- checking -------------------------------------------------------------------------------------

def check_alerts(session: Session, doc_ids: Iterable[str] | None = None) -> AlertCheck:
    """Report the merged records that are new or gained a source, for every alert. Commits.

    ``doc_ids``: the documents an ingest just stored (only merged records with a member in them are
    looked at); None looks at every stored record. Each event is stored, then appended to its alert's
    JSON-lines file; a file that cannot be written is a problem in the result, never an exception.
    """
    result = AlertCheck()
    if doc_ids is not None:
        doc_ids = sorted(set(doc_ids))
        if not doc_ids:
            return result
    has_alerts = session.scalar(select(func.count()).select_from(m.Alert))
    session.commit()  # a read only: hold no transaction (and take no write lock) when there is no alert
    if not has_alerts:
        return result
    begin_write(session)  # one check at a time: two ingests must not report the same record twice
    per_alert: list[tuple[m.Alert, list[m.AlertEvent]]] = []
    for alert in session.scalars(select(m.Alert).order_by(m.Alert.id)).all():
        per_alert.append((alert, _check_one(session, alert, doc_ids, announce=True)))
    session.flush()
    events = [(a, [event_dict(e, a.name) for e in evs]) for a, evs in per_alert]
    session.commit()
    for alert, dicts in events:
        result.events.extend(dicts)
        if alert.jsonl and dicts:
            problem = _append_jsonl(alert.jsonl, dicts)
            if problem:
                result.problems.append((alert.jsonl, f"alert {alert.name!r}: {problem}"))
    return result


def _append_jsonl(path: str, events: list[dict[str, Any]]) -> str | None:
    """Append one JSON object per line; the reason it failed, or None."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    except OSError as exc:
        return f"cannot append to the alert file: {exc.strerror or exc}"
    return None


@dataclass
class _Member:
    hash: str
    doc: str
    start: int
    end: int
    sentence: str


def _member_hash(doc: str, sentence: str, values: Iterable[Any]) -> str:
    """A per-document record by what it says and where (its document, sentence and fields), not by its row
    id: re-ingesting an article, or any edit elsewhere in it, keeps the hash."""
    payload = json.dumps([doc, " ".join(sentence.split()), list(values)], ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]


def _candidates(session: Session, alert: m.Alert, doc_ids: list[str] | None) -> list[tuple[str, int]]:
    """(fact id, sources) of the merged records matching the alert, in reading order (records themselves
    are read only for the few that are reported)."""
    where = _record_filters(session, alert.kind, **(alert.filters or {}))
    where.append(m.Fact.sources >= alert.min_sources)
    stmt = select(m.Fact.id, m.Fact.sources, m.Fact.sort_key).where(*where)
    rows: dict[str, tuple] = {}
    if doc_ids is None:
        rows.update((r[0], tuple(r)) for r in session.execute(stmt))
    else:
        for chunk in _chunks(doc_ids):
            touched = select(m.FactMember.fact_id).where(m.FactMember.kind == alert.kind,
                                                         m.FactMember.doc_id.in_(chunk))
            rows.update((r[0], tuple(r)) for r in session.execute(stmt.where(m.Fact.id.in_(touched))))
    return [(fid, sources) for fid, sources, _ in sorted(rows.values(), key=lambda r: (r[2], r[0]))]


def _members(session: Session, kind: str, fact_ids: list[str]) -> dict[str, list[_Member]]:
    model = m.RECORD_MODELS[kind]
    cols = [getattr(model, f) for f in RECORD_FIELDS[kind]]
    out: dict[str, list[_Member]] = {}
    for chunk in _chunks(fact_ids):
        for fid, doc, start, end, sentence, *values in session.execute(
                select(m.FactMember.fact_id, model.doc_id, model.start, model.end, model.sentence, *cols)
                .join(model, model.id == m.FactMember.record_id)
                .where(m.FactMember.kind == kind, m.FactMember.fact_id.in_(chunk))):
            out.setdefault(fid, []).append(_Member(_member_hash(doc, sentence, values), doc, start, end, sentence))
    for members in out.values():
        members.sort(key=lambda x: (x.doc, x.start, x.end, x.hash))
    return out


def _docs_hash(members: list[_Member]) -> str:
    return hashlib.sha1("\n".join(sorted({x.doc for x in members})).encode("utf-8")).hexdigest()[:16]


def _evidence(x: _Member) -> dict[str, Any]:
    return {"doc": x.doc, "start": x.start, "end": x.end, "text": x.sentence}


def _check_one(session: Session, alert: m.Alert, doc_ids: list[str] | None, *, announce: bool) -> list:
    """Compare the alert's matching records with its fingerprints; update them. Returns the new events
    (added to the session), or, when not ``announce``, the fingerprints made (a new alert's baseline)."""
    candidates = _candidates(session, alert, doc_ids)
    if not candidates:
        return []
    known = list(session.scalars(select(m.AlertRecord).where(m.AlertRecord.alert_id == alert.id)
                                 .order_by(m.AlertRecord.id)))
    by_member = {h: rec for rec in known for h in rec.members or []}
    fresh = set(doc_ids or ())
    out: list = []
    members: dict[str, list[_Member]] = {}
    for i, (fid, sources) in enumerate(candidates):
        if i % settings.current().sql_chunk == 0:  # members a chunk of records at a time: memory bounded however many match
            members = _members(session, alert.kind, [f for f, _ in candidates[i:i + settings.current().sql_chunk]])
        mine = members.get(fid) or []
        if not mine:
            continue
        hashes = [x.hash for x in mine]
        hits = sorted({by_member[h].id: by_member[h] for h in hashes if h in by_member}.values(), key=lambda r: r.id)
        if not hits:
            rec = m.AlertRecord(alert_id=alert.id, key=f"{alert.kind}:{min(hashes)}", members=sorted(set(hashes)),
                                sources=sources, source_hash=_docs_hash(mine), fact_id=fid)
            session.add(rec)
            for h in hashes:
                by_member[h] = rec
            if announce:
                first = next((x for x in mine if x.doc in fresh), mine[0])
                out.append(_event(session, alert, rec, fid, "new", sources, 0, first))
            else:
                out.append(rec)
            continue
        rec, others = hits[0], hits[1:]
        # two reported records that turned out to be one fact (an article linked them): one fingerprint
        previous = max(r.sources for r in hits)
        known_hashes = set().union(*(set(r.members or []) for r in hits))
        for other in others:
            session.delete(other)
        union = sorted(known_hashes | set(hashes))
        for h in union:
            by_member[h] = rec
        rec.members = union
        rec.fact_id = fid
        rec.source_hash = _docs_hash(mine)
        rec.sources = max(previous, sources)
        if announce and sources > previous:
            gained = next((x for x in mine if x.hash not in known_hashes and x.doc in fresh),
                          next((x for x in mine if x.hash not in known_hashes), mine[-1]))
            out.append(_event(session, alert, rec, fid, "sources", sources, previous, gained))
    session.flush()
    return out


def _event(session: Session, alert: m.Alert, rec: m.AlertRecord, fid: str, reason: str, sources: int,
           previous: int, evidence: _Member) -> m.AlertEvent:
    data = session.scalar(select(m.Fact.data).where(m.Fact.id == fid))
    event = m.AlertEvent(alert_id=alert.id, record_key=rec.key, kind=alert.kind, fact_id=fid, reason=reason,
                         sources=sources, previous_sources=previous, record=data, evidence=_evidence(evidence),
                         at=datetime.now(timezone.utc))
    session.add(event)
    return event
