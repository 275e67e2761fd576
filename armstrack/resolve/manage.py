"""User decisions on canonical people and entities: list them with the reasons, split, merge.

Decisions are stored as pairs of names in ``merge_overrides`` (split: never one person/entity; merge:
always one), so they hold across re-ingests and rebuilds: the clustering reads them every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from armstrack.resolve.resolver import Resolver
from armstrack.store import models as m


class NotFound(LookupError):
    pass


@dataclass
class Member:
    name: str
    rule: str | None
    evidence: str | None
    surfaces: list[str]


@dataclass
class Cluster:
    kind: str  #: person | entity
    id: str  #: p12 / e7
    type: str  #: PERSON or the entity type
    name: str
    members: list[Member]

    @property
    def aliases(self) -> list[str]:
        names = {mm.name for mm in self.members} | {s for mm in self.members for s in mm.surfaces}
        return sorted(names - {self.name})


def _person_cluster(session: Session, cid: int) -> Cluster | None:
    rows = session.execute(select(m.PersonLink, m.Person.name).join(m.Person, m.Person.id == m.PersonLink.person_id)
                           .where(m.PersonLink.canonical_id == cid).order_by(m.Person.name)).all()
    if not rows:
        return None
    surfaces: dict[int, set[str]] = {}
    for pid, surface in session.execute(select(m.PersonMention.person_id, m.PersonMention.surface)
                                        .where(m.PersonMention.person_id.in_([l.person_id for l, _ in rows]))
                                        .distinct()):
        surfaces.setdefault(pid, set()).add(surface)
    members = [Member(n, l.rule, l.evidence, sorted(surfaces.get(l.person_id, set()) - {n})) for l, n in rows]
    return Cluster("person", f"p{cid}", "PERSON", rows[0][0].canonical, members)


def _entity_cluster(session: Session, cid: int) -> Cluster | None:
    rows = session.execute(select(m.EntityLink, m.Entity).join(m.Entity, m.Entity.id == m.EntityLink.entity_id)
                           .where(m.EntityLink.canonical_id == cid).order_by(m.Entity.canonical)).all()
    if not rows:
        return None
    surfaces: dict[int, set[str]] = {}
    for eid, surface in session.execute(select(m.EntityMention.entity_id, m.EntityMention.surface)
                                        .where(m.EntityMention.entity_id.in_([e.id for _, e in rows])).distinct()):
        surfaces.setdefault(eid, set()).add(surface)
    members = [Member(e.canonical, l.rule, l.evidence, sorted(surfaces.get(e.id, set()) - {e.canonical}))
               for l, e in rows]
    head = next((e for l, e in rows if e.id == cid), rows[0][1])
    return Cluster("entity", f"e{cid}", head.type, rows[0][0].canonical, members)


def find(session: Session, name_or_id: str, kind: str | None = None) -> Cluster:
    """The canonical person or entity an id (p12, e7), a name or any alias names."""
    text = name_or_id.strip()
    folded = text.casefold()
    if text[:1] in ("p", "e") and text[1:].isdigit() and kind in (None, {"p": "person", "e": "entity"}[text[0]]):
        num = int(text[1:])
        if text[0] == "p":
            cid = session.scalar(select(m.PersonLink.canonical_id).where(m.PersonLink.person_id == num))
            found = _person_cluster(session, cid) if cid is not None else None
        else:
            cid = session.scalar(select(m.EntityLink.canonical_id).where(m.EntityLink.entity_id == num))
            found = _entity_cluster(session, cid) if cid is not None else None
        if found:
            return found
    if kind in (None, "person"):
        cid = session.scalar(
            select(m.PersonLink.canonical_id).join(m.Person, m.Person.id == m.PersonLink.person_id)
            .where(or_(func.lower(m.Person.name) == folded, func.lower(m.PersonLink.canonical) == folded)).limit(1))
        if cid is None:
            cid = session.scalar(
                select(m.PersonLink.canonical_id)
                .join(m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id)
                .where(func.lower(m.PersonMention.surface) == folded).limit(1))
        if cid is not None:
            return _person_cluster(session, cid)
    if kind in (None, "entity"):
        cid = session.scalar(
            select(m.EntityLink.canonical_id).join(m.Entity, m.Entity.id == m.EntityLink.entity_id)
            .where(or_(func.lower(m.Entity.canonical) == folded, func.lower(m.EntityLink.canonical) == folded))
            .limit(1))
        if cid is None:
            cid = session.scalar(
                select(m.EntityLink.canonical_id)
                .join(m.EntityMention, m.EntityMention.entity_id == m.EntityLink.entity_id)
                .where(func.lower(m.EntityMention.surface) == folded).limit(1))
        if cid is not None:
            return _entity_cluster(session, cid)
    raise NotFound(f"no person or entity named {name_or_id!r}")


def clusters(session: Session, type_: str | None = None) -> list[Cluster]:
    """Every canonical person and entity (of one type: PERSON, COUNTRY, ORG, MILITARY, WEAPON_SYSTEM, LOCATION)."""
    out = []
    t = type_.upper() if type_ else None
    if t in (None, "PERSON"):
        for cid in session.scalars(select(m.PersonLink.canonical_id).distinct()):
            c = _person_cluster(session, cid)
            if c:
                out.append(c)
    if t != "PERSON":
        stmt = select(m.EntityLink.canonical_id).join(m.Entity, m.Entity.id == m.EntityLink.entity_id).distinct()
        if t:
            stmt = stmt.where(m.Entity.type == t)
        for cid in session.scalars(stmt):
            c = _entity_cluster(session, cid)
            if c:
                out.append(c)
    out.sort(key=lambda c: (c.type, c.name.casefold(), c.id))
    return out


def _set(session: Session, kind: str, a: str, b: str, decision: str) -> None:
    a, b = min(a, b), max(a, b)
    if a == b:
        return
    session.execute(delete(m.MergeOverride).where(m.MergeOverride.kind == kind, m.MergeOverride.a == a,
                                                  m.MergeOverride.b == b))
    session.add(m.MergeOverride(kind=kind, a=a, b=b, decision=decision))


def _members_for(cluster: Cluster, alias: str) -> list[str]:
    folded = alias.strip().casefold()
    hits = [mm.name for mm in cluster.members if mm.name.casefold() == folded]
    if not hits:
        hits = [mm.name for mm in cluster.members if any(s.casefold() == folded for s in mm.surfaces)]
    return hits


def split(session: Session, name_or_id: str, aliases: list[str] | None = None) -> list[Cluster]:
    """Separate a wrong merge: the given aliases from the rest, or every name from every other.

    Returns the people or entities the names now belong to. Commits.
    """
    cluster = find(session, name_or_id)
    names = [mm.name for mm in cluster.members]
    if aliases:
        out_names: list[str] = []
        for alias in aliases:
            hits = _members_for(cluster, alias)
            if not hits:
                raise NotFound(f"{alias!r} is not a name of {cluster.name!r} (names: {', '.join(names)})")
            out_names.extend(hits)
        out_set = set(out_names)
        if out_set == set(names):
            raise ValueError("every name would be split off; name the aliases to separate")
        pairs = [(a, b) for a in sorted(out_set) for b in names if b not in out_set]
    else:
        pairs = list(combinations(sorted(names), 2))
    if not pairs:
        raise ValueError(f"{cluster.name!r} has only one name: nothing to split")
    for a, b in pairs:
        _set(session, cluster.kind, a, b, "split")
    session.flush()
    Resolver(session).refresh(everyone=True)
    result = []
    for n in sorted(set(names)):
        try:
            c = find(session, n, cluster.kind)
        except NotFound:
            continue
        if all(c.id != r.id for r in result):
            result.append(c)
    return result


def merge(session: Session, a: str, b: str) -> Cluster:
    """Make two people (or two entities) one, whatever the rules say. Commits."""
    ca = find(session, a)
    cb = find(session, b, ca.kind)
    if ca.id == cb.id:
        return ca
    # the newest decision wins: earlier splits between the two go
    na, nb = [mm.name for mm in ca.members], [mm.name for mm in cb.members]
    for x in na:
        for y in nb:
            session.execute(delete(m.MergeOverride).where(
                m.MergeOverride.kind == ca.kind, m.MergeOverride.decision == "split",
                or_(and_(m.MergeOverride.a == min(x, y), m.MergeOverride.b == max(x, y)))))
    _set(session, ca.kind, ca.members[0].name if ca.name not in na else ca.name,
         cb.members[0].name if cb.name not in nb else cb.name, "merge")
    session.flush()
    Resolver(session).refresh(everyone=True)
    return find(session, na[0], ca.kind)


def overrides(session: Session) -> list[dict]:
    return [{"kind": o.kind, "a": o.a, "b": o.b, "decision": o.decision,
             "created_at": o.created_at.isoformat() if o.created_at else None}
            for o in session.scalars(select(m.MergeOverride).order_by(m.MergeOverride.id))]
