"""The query API the web UI and the CLI read: JSON-ready dicts in the export's shapes.

Records are the merged facts of armstrack.resolve (one per real-world fact, with ``mentions`` from
every document, ``sources``, ``first_reported``, ``last_reported``, ``conflicts``; figures also
``series``). Filters are SQL over ``fact_links`` (countries, people, systems, statuses, lower-cased)
and ``facts.date``; names are resolved first, so a country filter takes any alias the gazetteer
knows ("Burma" -> Myanmar) and a person filter any spelling of the person.

Every function takes an open SQLAlchemy session and only reads.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from armstrack.store import export as ex
from armstrack.store import fts
from armstrack.store import models as m
from armstrack.store.export import RECORD_FIELDS
from armstrack.store.pages import add_pages, document_pages

KINDS = tuple(RECORD_FIELDS)
DATE_FIELD = {"transfers": "when", "meetings": "date", "events": "date", "figures": "as_of", "quotes": None}
TIMELINE_KINDS = ("meetings", "transfers", "events")
SORTS = {"date": m.Fact.date, "sources": m.Fact.sources, "first_reported": m.Fact.first_reported,
         "last_reported": m.Fact.last_reported, "id": m.Fact.id}


def _gaz():
    from armstrack.nlp.gazetteers import load_gazetteers
    return load_gazetteers()


# --- name resolution ------------------------------------------------------------------------------

def country_name(name: str | None) -> str | None:
    """The canonical country for any name, alias, demonym or ISO code ("Burma" -> "Myanmar")."""
    if not name:
        return None
    c = _gaz().country(name.strip())
    return c.name if c else name.strip()


def person_names(session: Session, name: str) -> set[str]:
    """Canonical names of the people a name or any alias of theirs names (case-insensitive)."""
    folded = name.strip().casefold()
    ids = set(session.scalars(select(m.Person.id).where(func.lower(m.Person.name) == folded)))
    ids.update(session.scalars(select(m.PersonMention.person_id)
                               .where(func.lower(m.PersonMention.surface) == folded).distinct()))
    if name.strip().lower().startswith("p") and name.strip()[1:].isdigit():
        ids.add(int(name.strip()[1:]))
    if not ids:  # a partial form: "Hlaing", "General Min Aung Hlaing", "Shoygu"
        from armstrack.resolve.people import Name, compatible
        from armstrack.resolve.text import near

        wanted = Name(0, name.strip())
        ids = {pid for pid, n in session.execute(select(m.Person.id, m.Person.name))
               if set(wanted.words) <= set(Name(pid, n).words)
               or compatible(wanted, Name(pid, n)) is not None
               or (len(wanted.words) == 1 and near(wanted.surname, Name(pid, n).surname) is not None)}
    if not ids:
        return {name.strip()}
    canon = set(session.scalars(select(m.PersonLink.canonical).where(
        or_(m.PersonLink.person_id.in_(ids), m.PersonLink.canonical_id.in_(ids)))))
    return canon or {name.strip()}


def system_names(name: str) -> set[str]:
    out = {name.strip()}
    w = _gaz().weapon(name)
    if w:
        out.update({w.name, w.family})
    return out


def _has_link(role: str | tuple[str, ...], values) -> Any:
    roles = (role,) if isinstance(role, str) else role
    vals = sorted({str(v).casefold() for v in values if v})
    return exists().where(m.FactLink.fact_id == m.Fact.id, m.FactLink.role.in_(roles), m.FactLink.value.in_(vals))


def _date_filters(since: str | None, until: str | None) -> list:
    out = []
    if since or until:
        out.append(m.Fact.date.is_not(None))
    if since:  # on or after since, or a less precise date that contains it (2021 for since=2021-06)
        out.append(or_(m.Fact.date >= since, and_(func.length(m.Fact.date) < len(since),
                                                  m.Fact.date == func.substr(since, 1, func.length(m.Fact.date)))))
    if until:  # on or before until, or a more precise date within it (2021-06-05 for until=2021-06)
        out.append(or_(m.Fact.date <= until, func.substr(m.Fact.date, 1, len(until)) == until))
    return out


def _record_filters(session: Session, kind: str, *, supplier=None, recipient=None, system=None, category=None,
                    status=None, country=None, person=None, since=None, until=None) -> list:
    where = [m.Fact.kind == kind]
    if supplier:
        where.append(_has_link("supplier", {country_name(supplier), supplier}))
    if recipient:
        where.append(_has_link("recipient", {country_name(recipient), recipient}))
    if system:
        where.append(_has_link("system", system_names(system)))
    if category:
        where.append(_has_link("category", {category}))
    if status:
        where.append(_has_link("status", {status}))
    if country:
        where.append(_has_link(("country", "actor"), {country_name(country), country}))
    if person:
        where.append(_has_link("person", person_names(session, person)))
    where.extend(_date_filters(since, until))
    return where


def _q_match(record: dict, q: str) -> bool:
    needle = q.casefold()
    hay = " ".join(str(v) for k, v in record.items() if k not in ("mentions", "id", "conflicts", "series"))
    hay += " " + " ".join(x["text"] for x in record.get("mentions", []))
    return needle in hay.casefold()


# --- documents -----------------------------------------------------------------------------------

def list_documents(session: Session, *, q: str | None = None, limit: int = 50, offset: int = 0):
    """(documents without text, newest first, total); ``q`` is a full-text query."""
    stmt = select(m.Document.id)
    if q:
        hits = [h["doc"] for h in fts.search(session, q, limit=10_000)]
        stmt = stmt.where(m.Document.id.in_(hits))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    ids = list(session.scalars(stmt.order_by(m.Document.published.desc().nulls_last(), m.Document.id)
                               .limit(limit).offset(offset)))
    docs = {d["id"]: d for d in ex.documents(session, ids, text=False)}
    return [docs[i] for i in ids], total


def get_document(session: Session, doc_id: str) -> dict | None:
    """The export document with its text, the merged records with a mention in it, and its entity mentions."""
    found = ex.documents(session, [doc_id])
    if not found:
        return None
    out = found[0]
    fact_ids = list(session.scalars(select(m.FactMember.fact_id).where(m.FactMember.doc_id == doc_id).distinct()))
    out["records"] = {kind: ex.reading_order([r for r in ex.facts(session, kind, fact_ids)]) for kind in KINDS}
    ents = []
    for row, ent, link in session.execute(
            select(m.EntityMention, m.Entity, m.EntityLink).join(m.Entity, m.Entity.id == m.EntityMention.entity_id)
            .outerjoin(m.EntityLink, m.EntityLink.entity_id == m.Entity.id).where(m.EntityMention.doc_id == doc_id)):
        ents.append({"entity": f"e{link.canonical_id if link else ent.id}", "type": ent.type,
                     "name": link.canonical if link else ent.canonical, "surface": row.surface, **ex.mention(row)})
    for row, person, link in session.execute(
            select(m.PersonMention, m.Person, m.PersonLink).join(m.Person, m.Person.id == m.PersonMention.person_id)
            .outerjoin(m.PersonLink, m.PersonLink.person_id == m.Person.id).where(m.PersonMention.doc_id == doc_id)):
        ents.append({"entity": f"p{link.canonical_id if link else person.id}", "type": "PERSON",
                     "name": link.canonical if link else person.name, "surface": row.surface, **ex.mention(row)})
    out["entities"] = sorted(ents, key=lambda e: (e["start"], e["end"], e["entity"]))
    paged = document_pages(session, [doc_id])
    if doc_id in paged:  # a PDF: where its pages start, and the page of each mention in it
        out["pages"] = paged[doc_id].starts
        if paged[doc_id].labels:
            out["page_labels"] = paged[doc_id].labels
        add_pages(out["entities"], paged)
    return out


# --- records -------------------------------------------------------------------------------------

def list_records(session: Session, kind: str, *, supplier=None, recipient=None, system=None, category=None,
                 status=None, country=None, person=None, since=None, until=None, q=None, sort=None,
                 limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """(merged records of one kind matching every filter, total before paging).

    ``sort``: date, sources, first_reported, last_reported or id, "-" first for descending; by default
    in order of first mention.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r} (one of {', '.join(KINDS)})")
    where = _record_filters(session, kind, supplier=supplier, recipient=recipient, system=system,
                            category=category, status=status, country=country, person=person, since=since,
                            until=until)
    order = [m.Fact.sort_key]
    if sort:
        col = SORTS.get(sort.lstrip("-"))
        if col is None:
            raise ValueError(f"cannot sort by {sort!r} (one of {', '.join(SORTS)})")
        order = [col.desc().nulls_last() if sort.startswith("-") else col.asc().nulls_last(), m.Fact.sort_key]
    stmt = select(m.Fact.data).where(*where).order_by(*order)
    if q:
        rows = [r for r in session.scalars(stmt) if _q_match(r, q)]
        return rows[offset:offset + limit], len(rows)
    total = session.scalar(select(func.count()).select_from(m.Fact).where(*where)) or 0
    return list(session.scalars(stmt.limit(limit).offset(offset))), total


def get_record(session: Session, kind: str, record_id: str) -> dict | None:
    return session.scalar(select(m.Fact.data).where(m.Fact.kind == kind, m.Fact.id == record_id))


# --- people --------------------------------------------------------------------------------------

def _canonical_people(session: Session) -> list[dict]:
    """Light rows for listing: id, name, aliases, merged names, mention and document counts."""
    counts = dict(session.execute(
        select(m.PersonLink.canonical_id, func.count(m.PersonMention.id))
        .join(m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id)
        .group_by(m.PersonLink.canonical_id)).all())
    docs = dict(session.execute(
        select(m.PersonLink.canonical_id, func.count(func.distinct(m.PersonMention.doc_id)))
        .join(m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id)
        .group_by(m.PersonLink.canonical_id)).all())
    names: dict[int, dict] = {}
    for cid, canonical, name in session.execute(
            select(m.PersonLink.canonical_id, m.PersonLink.canonical, m.Person.name)
            .join(m.Person, m.Person.id == m.PersonLink.person_id)):
        p = names.setdefault(cid, {"id": f"p{cid}", "name": canonical, "aliases": set()})
        if name != canonical:
            p["aliases"].add(name)
    for cid, surface in session.execute(
            select(m.PersonLink.canonical_id, m.PersonMention.surface)
            .join(m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id).distinct()):
        if cid in names and surface != names[cid]["name"]:
            names[cid]["aliases"].add(surface)
    out = []
    for cid, p in names.items():
        out.append({**p, "aliases": sorted(p["aliases"]), "mention_count": counts.get(cid, 0),
                    "document_count": docs.get(cid, 0)})
    out.sort(key=lambda p: (p["name"], p["id"]))
    return out


def list_people(session: Session, *, q: str | None = None, limit: int = 50, offset: int = 0):
    """(canonical people with their aliases and counts, total); ``q`` matches any spelling."""
    people = _canonical_people(session)
    if q:
        needle = q.casefold()
        people = [p for p in people if needle in p["name"].casefold()
                  or any(needle in a.casefold() for a in p["aliases"])]
    return people[offset:offset + limit], len(people)


def _person_id(session: Session, person_id: str) -> int | None:
    text = str(person_id).strip()
    if text[:1] == "p" and text[1:].isdigit():
        cid = session.scalar(select(m.PersonLink.canonical_id).where(m.PersonLink.person_id == int(text[1:])))
        return cid
    names = person_names(session, text)
    return session.scalar(select(m.PersonLink.canonical_id).where(m.PersonLink.canonical.in_(names))
                          .order_by(m.PersonLink.canonical_id))


def get_person(session: Session, person_id: str) -> dict | None:
    """A canonical person (id like "p12", or any spelling of the name) with titles over time, meetings,
    quotes and events."""
    cid = _person_id(session, person_id)
    if cid is None:
        return None
    found = ex.people(session, [cid])
    if not found:
        return None
    person = found[0]
    person["titles"] = sorted(person["titles"], key=lambda t: (t["published"] is None, t["published"] or "", t["doc"]))
    for kind in ("meetings", "quotes", "events"):
        rows, _ = list_records(session, kind, person=person["name"], limit=10**9, sort="date")
        person[kind] = rows
    return person


# --- conflicts, timeline, network, profiles --------------------------------------------------------

def list_conflicts(session: Session) -> list[dict]:
    """Every disagreement between sources: {"kind", "record", "field", "values": [{"value", "doc"}]}."""
    out = []
    stmt = (select(m.Fact.kind, m.Fact.data).where(exists().where(m.FactLink.fact_id == m.Fact.id,
                                                                  m.FactLink.role == "conflict"))
            .order_by(m.Fact.kind, m.Fact.sort_key))
    for kind, data in session.execute(stmt):
        for c in data.get("conflicts") or []:
            out.append({"kind": kind, "record": data, "field": c["field"], "values": c["values"]})
    for p in ex.people(session, with_mentions=False):
        for c in p["conflicts"]:
            out.append({"kind": "people", "record": p, "field": c["field"], "values": c["values"]})
    return out


def timeline(session: Session, *, country=None, person=None, since=None, until=None,
             kinds: tuple[str, ...] = TIMELINE_KINDS) -> list[dict]:
    """Meetings, transfers and events, by date (undated last): {"date", "kind", "record"}."""
    out = []
    for kind in kinds:
        rows, _ = list_records(session, kind, country=country, person=person, since=since, until=until,
                               limit=10**9)
        out.extend({"date": r.get(DATE_FIELD[kind]), "kind": kind, "record": r} for r in rows)
    out.sort(key=lambda x: (x["date"] is None, x["date"] or "", x["kind"],
                            ex._id_order(x["record"]["id"])))
    return out


def _all(session: Session, kind: str) -> list[dict]:
    return list(session.scalars(select(m.Fact.data).where(m.Fact.kind == kind).order_by(m.Fact.sort_key)))


def network(session: Session) -> dict:
    """Countries, people, organisations and systems, tied by the records that link them."""
    gaz = _gaz()
    nodes: dict[str, dict] = {}
    edges: Counter = Counter()

    def node(label: str, type_: str) -> str:
        nid = f"{type_}:{label}"
        nodes.setdefault(nid, {"id": nid, "label": label, "type": type_})
        return nid

    def actor_node(label: str, people: set[str]) -> str:
        if label in people:
            return node(label, "person")
        if gaz.country(label):
            return node(gaz.country(label).name, "country")
        return node(label, "org")

    people = set(session.scalars(select(m.PersonLink.canonical).distinct()))
    for r in _all(session, "transfers"):
        sup, rec = r.get("supplier"), r.get("recipient")
        if sup and rec:
            edges[(node(sup, "country"), node(rec, "country"), "transfer")] += 1
        system = node(r.get("family") or r.get("system"), "system")
        if sup:
            edges[(node(sup, "country"), system, "supplies")] += 1
        if rec:
            edges[(system, node(rec, "country"), "receives")] += 1
    for r in _all(session, "meetings"):
        ps = sorted(set(r.get("participants") or []))
        for p in ps:
            node(p, "person")
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                edges[(node(a, "person"), node(b, "person"), "meeting")] += 1
    for r in _all(session, "events"):
        actors = sorted({actor_node(a, people) for a in r.get("actors") or []})
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                edges[(a, b, r.get("type") or "event")] += 1
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": [{"source": s, "target": t, "weight": w, "kind": k}
                      for (s, t, k), w in sorted(edges.items())]}


def country_profile(session: Session, name: str) -> dict | None:
    """A country (any alias): what it supplied and received, from whom, its meetings and events."""
    canonical = country_name(name)
    supplied, _ = list_records(session, "transfers", supplier=canonical, limit=10**9, sort="date")
    received, _ = list_records(session, "transfers", recipient=canonical, limit=10**9, sort="date")
    meetings, _ = list_records(session, "meetings", country=canonical, limit=10**9, sort="date")
    events, _ = list_records(session, "events", country=canonical, limit=10**9, sort="date")
    if not (supplied or received or meetings or events):
        known = session.scalar(select(m.Entity.id).where(m.Entity.type == "COUNTRY", m.Entity.canonical == canonical))
        if known is None:
            return None
    partners = Counter(r["recipient"] for r in supplied if r.get("recipient"))
    suppliers = Counter(r["supplier"] for r in received if r.get("supplier"))
    militaries = sorted(e.canonical for e in session.scalars(select(m.Entity).where(m.Entity.type == "MILITARY"))
                        if (e.attrs or {}).get("country") == canonical)
    return {"name": canonical, "militaries": militaries, "supplied": supplied, "received": received,
            "meetings": meetings, "events": events,
            "recipients": [{"country": c, "count": n} for c, n in partners.most_common()],
            "suppliers": [{"country": c, "count": n} for c, n in suppliers.most_common()]}


def system_profile(session: Session, family: str) -> dict | None:
    """A weapon system family (or any designation in it): its transfers, suppliers and recipients."""
    transfers, _ = list_records(session, "transfers", system=family, limit=10**9, sort="date")
    names = {n.casefold() for n in system_names(family)}
    entity = next((e for e in ex.entities(session) if e["type"] == "WEAPON_SYSTEM" and (
        e["name"].casefold() in names or str(e.get("family") or "").casefold() in names
        or any(a.casefold() in names for a in e["aliases"]))), None)
    if not transfers and entity is None:
        return None
    return {"family": (entity or {}).get("family") or family,
            "entity": {k: v for k, v in entity.items() if k != "mentions"} if entity else None,
            "transfers": transfers,
            "suppliers": [{"country": c, "count": n} for c, n in
                          Counter(r["supplier"] for r in transfers if r.get("supplier")).most_common()],
            "recipients": [{"country": c, "count": n} for c, n in
                           Counter(r["recipient"] for r in transfers if r.get("recipient")).most_common()],
            "statuses": dict(Counter(r["status"] for r in transfers))}


def search(session: Session, q: str, *, limit: int = 50) -> list[dict]:
    """Full text over documents (SQLite FTS5 / PostgreSQL tsvector): {"doc", "title", "snippet", "score"}."""
    return fts.search(session, q, limit=limit)


def record_counts(session: Session) -> dict:
    """Counts of the merged view (``transfers``: merged facts, what the register lists; ``people``: people
    after linking) and, under ``per_article``, the records as extracted from each article before merging
    (one transfer reported by three articles is 1 merged fact and 3 article records)."""
    out: dict = {kind: 0 for kind in KINDS}
    out.update(dict(session.execute(select(m.Fact.kind, func.count()).group_by(m.Fact.kind)).all()))
    out["documents"] = session.scalar(select(func.count()).select_from(m.Document)) or 0
    out["duplicates"] = session.scalar(select(func.count()).select_from(m.DocSignature)
                                       .where(m.DocSignature.duplicate_of.is_not(None))) or 0
    out["people"] = session.scalar(select(func.count(func.distinct(m.PersonLink.canonical_id)))) or 0
    out["conflicts"] = session.scalar(select(func.count(func.distinct(m.FactLink.fact_id)))
                                      .where(m.FactLink.role == "conflict")) or 0
    per_article = {kind: session.scalar(select(func.count()).select_from(model)) or 0
                   for kind, model in m.RECORD_MODELS.items()}
    per_article["people"] = session.scalar(select(func.count()).select_from(m.Person)) or 0
    out["per_article"] = per_article
    return out


def overview(session: Session) -> dict:
    """Counts (see ``record_counts``), supplier -> recipient flows, and the latest records of each kind."""
    counts = record_counts(session)
    flows: Counter = Counter()
    for r in _all(session, "transfers"):
        flows[(r.get("supplier"), r.get("recipient"))] += 1
    latest = defaultdict(list)
    for kind in KINDS:
        latest[kind] = list(session.scalars(
            select(m.Fact.data).where(m.Fact.kind == kind)
            .order_by(m.Fact.last_reported.desc().nulls_last(), m.Fact.date.desc().nulls_last(), m.Fact.sort_key)
            .limit(5)))
    return {"counts": counts,
            "flows": [{"supplier": s, "recipient": r, "count": n}
                      for (s, r), n in sorted(flows.items(), key=lambda x: (-x[1], str(x[0])))],
            "latest": dict(latest)}
