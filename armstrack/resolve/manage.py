"""User decisions on canonical people and entities: list them with the reasons, split, merge.

Decisions are stored as pairs of names in ``merge_overrides`` (split: never one person/entity; merge:
always one), so they hold across re-ingests and rebuilds: the clustering reads them every time.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from armstrack.resolve.resolver import Resolver
from armstrack.store import models as m


class NotFound(LookupError):
    """No person or entity matches what the user gave."""

    pass


#: What a rule means when a link carries no evidence of its own (a name merged with nothing).
RULE_TEXT = {"single": "the only name: nothing merged with it", "canonical": "canonical name",
             "user_merge": "merged by the user"}


@dataclass
class Member:
    """A name in a person or entity cluster, why it is there, and its surface forms."""

    name: str
    rule: str | None
    evidence: str | None
    surfaces: list[str]

    @property
    def why(self) -> str:
        """The reason this name belongs to its person or entity, never empty."""
        return self.evidence or RULE_TEXT.get(self.rule or "", self.rule or "no reason recorded")


@dataclass
class Cluster:
    """A canonical person or entity with its members, as `armstrack entities list` shows it."""

    kind: str  #: person | entity
    id: str  #: p12 / e7
    type: str  #: PERSON or the entity type
    name: str
    members: list[Member]
    #: how a loosely given name was matched ("'Pantsir' taken as ..."), else None
    note: str | None = None

    @property
    def aliases(self) -> list[str]:
        """Every other name and surface form of the cluster, sorted."""
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


def find(session: Session, name_or_id: str, kind: str | None = None, fuzzy: bool = True) -> Cluster:
    """The canonical person or entity an id (p12, e7), a name or any alias names.

    Exact first (case-insensitive); with ``fuzzy``, a name whose words start with the given ones
    ("Pantsir" for "Pantsir-S1") when that points to one person or entity only; otherwise NotFound with
    the closest names as suggestions.
    """
    found = _find_exact(session, name_or_id, kind)
    if found is not None:
        return found
    candidates = _candidates(session, name_or_id, kind) if fuzzy else {}
    if len(candidates) == 1:
        (cid_kind, cid), name = next(iter(candidates.items()))
        cluster = _person_cluster(session, cid) if cid_kind == "person" else _entity_cluster(session, cid)
        if cluster is not None:
            cluster.note = f"{name_or_id!r} taken as {cluster.name!r} ({cluster.id}, {cluster.type})"
            return cluster
    what = {"person": "person", "entity": "entity"}.get(kind or "", "person or entity")
    message = f"no {what} named {name_or_id!r}"
    suggestions = list(candidates.values()) or _close_names(session, name_or_id, kind)
    if suggestions:
        message += "; did you mean " + ", ".join(repr(n) for n in sorted(set(suggestions))[:6]) + "?"
    raise NotFound(message)


def _find_exact(session: Session, name_or_id: str, kind: str | None) -> Cluster | None:
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
    return None


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _starts_words(query: list[str], name: str) -> bool:
    """Whether every word of ``query`` starts a word of ``name``, in order ("pantsir" ~ "Pantsir-S1")."""
    words = _words(name)
    i = 0
    for q in query:
        while i < len(words) and not words[i].startswith(q):
            i += 1
        if i == len(words):
            return False
        i += 1
    return True


#: Per kind: the link table, the record table with its name column, the mention table.
_NAME_TABLES = {
    "person": (m.PersonLink, m.Person, m.Person.name, m.PersonMention, "person_id"),
    "entity": (m.EntityLink, m.Entity, m.Entity.canonical, m.EntityMention, "entity_id"),
}


def _all_names(session: Session, kind: str | None) -> list[tuple[tuple[str, int], str, str]]:
    """((kind, canonical id), canonical name, a name or spelling of it) for every person and entity."""
    out: list[tuple[tuple[str, int], str, str]] = []
    for which, (link, record, name_col, mention, fk) in _NAME_TABLES.items():
        if kind not in (None, which):
            continue
        link_fk = getattr(link, fk)
        for cid, canonical, name in session.execute(
                select(link.canonical_id, link.canonical, name_col).join(record, record.id == link_fk)):
            out += [((which, cid), canonical, canonical), ((which, cid), canonical, name)]
        for cid, canonical, surface in session.execute(
                select(link.canonical_id, link.canonical, mention.surface).distinct()
                .join(mention, getattr(mention, fk) == link_fk)):
            out.append(((which, cid), canonical, surface))
    return out


def _candidates(session: Session, query: str, kind: str | None) -> dict[tuple[str, int], str]:
    """People and entities (by (kind, canonical id)) one of whose names starts with the words of ``query``."""
    words = _words(query)
    if not words:
        return {}
    return {key: canonical for key, canonical, name in _all_names(session, kind) if _starts_words(words, name)}


def _close_names(session: Session, query: str, kind: str | None) -> list[str]:
    """Canonical names spelled like ``query`` (a typo: "Shoigo" for "Shoigu")."""
    by_name: dict[str, str] = {}
    for _, canonical, name in _all_names(session, kind):
        by_name.setdefault(name.casefold(), canonical)
    close = difflib.get_close_matches(query.casefold(), list(by_name), n=4, cutoff=0.75)
    return [by_name[c] for c in close]


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
    """The member names ``alias`` means: the name itself, else a name written so, else the names whose
    words start with its words ("Shoigu" for "Sergei Shoigu")."""
    folded = alias.strip().casefold()
    hits = [mm.name for mm in cluster.members if mm.name.casefold() == folded]
    if not hits:
        hits = [mm.name for mm in cluster.members if any(s.casefold() == folded for s in mm.surfaces)]
    if not hits and (words := _words(alias)):
        hits = [mm.name for mm in cluster.members
                if any(_starts_words(words, n) for n in (mm.name, *mm.surfaces))]
    return hits


def split(session: Session, name_or_id: str | None, aliases: list[str] | None = None) -> list[Cluster]:
    """Separate a wrong merge: the given aliases from the rest, or every name from every other.

    Without ``name_or_id`` the person or entity is the one the first alias names. Returns the people or
    entities the names now belong to. Commits.
    """
    if not name_or_id and not aliases:
        raise ValueError("name the person or entity to split, or the alias to separate (--alias)")
    cluster = find(session, name_or_id or aliases[0])
    names = [mm.name for mm in cluster.members]
    if aliases:
        out_names: list[str] = []
        for alias in aliases:
            hits = _members_for(cluster, alias)
            if not hits:
                raise NotFound(f"{alias!r} is not a name of {cluster.name!r} ({cluster.id}; names: {', '.join(names)})")
            out_names.extend(hits)
        out_set = set(out_names)
        if out_set == set(names):
            spellings = [a for a in aliases if not any(mm.name.casefold() == a.strip().casefold() for mm in cluster.members)]
            if spellings:
                raise ValueError(f"{spellings[0]!r} is how {cluster.name!r} ({cluster.id}) is written in the articles, "
                                 f"not a separate name merged with it: there is nothing to split off")
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


def merge_pair(session: Session, a: str, b: str) -> tuple[Cluster, Cluster]:
    """The two people (or two entities) ``merge`` would make one; NotFound says why not (a person and
    an entity cannot be one)."""
    ca = find(session, a)
    cb = _find_exact(session, b, ca.kind)
    if cb is None:
        other = _find_exact(session, b, None)
        if other is not None and other.kind != ca.kind:
            raise NotFound(f"{b!r} is {_kind_text(other)} and {ca.name!r} {_kind_text(ca)}: only two people or "
                           f"two entities can be merged")
        cb = find(session, b, ca.kind)
    return ca, cb


def _kind_text(c: Cluster) -> str:
    return f"a person ({c.id})" if c.kind == "person" else f"an entity ({c.type}, {c.id})"


def merge(session: Session, a: str, b: str) -> Cluster:
    """Make two people (or two entities) one, whatever the rules say. Commits."""
    ca, cb = merge_pair(session, a, b)
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
    """The user's merge and split decisions, oldest first."""
    return [{"kind": o.kind, "a": o.a, "b": o.b, "decision": o.decision,
             "created_at": o.created_at.isoformat() if o.created_at else None}
            for o in session.scalars(select(m.MergeOverride).order_by(m.MergeOverride.id))]
