"""The query API the web UI and the CLI read: JSON-ready dicts in the export's shapes.

Records are the merged facts of armstrack.resolve (one per real-world fact, with ``mentions`` from
every document, ``sources``, ``first_reported``, ``last_reported``, ``conflicts``; figures also
``series``). Filters are SQL over ``fact_links`` (countries, people, systems, statuses, lower-cased)
and ``facts.date``; names are resolved first, so a country filter takes any alias the gazetteer
knows ("Burma" -> Myanmar) and a person filter any spelling of the person.

Every function takes an open SQLAlchemy session and only reads.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import (String, Text, and_, any_, bindparam, case, cast, func, intersect, literal, or_, select,
                        union_all)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from armstrack import kinds, settings
from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.query import export as ex
from armstrack.query.names import country_name
from armstrack.resolve.people import Name, compatible
from armstrack.resolve.text import near
from armstrack.store import summaries
from armstrack.store import fts
from armstrack.store import models as m
from armstrack.store.fields import RECORD_FIELDS
from armstrack.store.pages import add_pages, document_pages
from armstrack.store.summaries import record_counts

#: Fact id prefixes by kind (as armstrack.resolve gives them: "t12" is a transfer), the record kinds and
#: their date fields: from the kinds' specs (armstrack.kinds).
PREFIX = kinds.PREFIX
KINDS = kinds.KINDS
DATE_FIELD = kinds.DATE_FIELD
#: The kinds on the timeline (dated meetings, transfers, events).
TIMELINE_KINDS = kinds.names(lambda s: s.timeline)
#: The fact_links table (statements on it are built from its columns).
_LINKS = m.FactLink.__table__
SORTS = {"date": m.Fact.date, "sources": m.Fact.sources, "first_reported": m.Fact.first_reported,
         "last_reported": m.Fact.last_reported, "id": m.Fact.id}


def _gaz():
    return load_gazetteers()


# --- name resolution ------------------------------------------------------------------------------


def person_names(session: Session, name: str) -> set[str]:
    """Canonical names of the people a name or any alias of theirs names (case-insensitive)."""
    memo = _tx_memo(session, "armstrack.person_names")  # a page resolves a name once
    if memo is None:
        return _person_names(session, name)
    if name not in memo:
        memo[name] = _person_names(session, name)
    return set(memo[name])


def _tx_memo(session: Session, key: str) -> dict | None:
    """A dict kept in the session for the current transaction only (a later one may see other data);
    None outside a transaction."""
    tx = session.get_transaction()
    if tx is None:
        return None
    memo = session.info.get(key)
    if memo is None or memo[0] is not tx:
        memo = session.info[key] = (tx, {})
    return memo[1]


def _person_names(session: Session, name: str) -> set[str]:
    folded = name.strip().casefold()
    # the people summary holds every spelling of each canonical person (names and mention surfaces),
    # so the mentions themselves are not scanned
    found = {n for n, aliases in session.execute(select(m.SummaryPerson.name, m.SummaryPerson.aliases).where(
        m.SummaryPerson.search.contains(folded, autoescape=True)))
        if folded == n.casefold() or folded in {a.casefold() for a in aliases or []}}
    ids = set(session.scalars(select(m.Person.id).where(func.lower(m.Person.name) == folded)))
    if name.strip().lower().startswith("p") and name.strip()[1:].isdigit():
        ids.add(int(name.strip()[1:]))
    if found and not ids:
        return found
    if not ids:  # a partial form: "Hlaing", "General Min Aung Hlaing", "Shoygu"
        wanted = Name(0, name.strip())
        ids = {pid for pid, n in session.execute(select(m.Person.id, m.Person.name))
               if set(wanted.words) <= set(Name(pid, n).words)
               or compatible(wanted, Name(pid, n)) is not None
               or (len(wanted.words) == 1 and near(wanted.surname, Name(pid, n).surname) is not None)}
    if not ids:
        return {name.strip()}
    canon = set(session.scalars(select(m.PersonLink.canonical).where(
        or_(m.PersonLink.person_id.in_(ids), m.PersonLink.canonical_id.in_(ids))))) | found
    return canon or {name.strip()}


def system_names(name: str) -> set[str]:
    """The name and, if the gazetteer knows it, its designation and family."""
    out = {name.strip()}
    w = _gaz().weapon(name)
    if w:
        out.update({w.name, w.family})
    return out


def _link_ids(role: str | tuple[str, ...], values, kind: str | None = None):
    """Ids of the facts (of ``kind``: their ids start with its prefix) linked to any of ``values`` in
    ``role``, read from the index on (value, role, fact_id) alone."""
    roles = (role,) if isinstance(role, str) else role
    vals = sorted({str(v).casefold() for v in values if v})
    links = _LINKS.c  # the table's columns: building on the mapped class costs several times more (a page builds dozens)
    stmt = select(links.fact_id).where(links.value.in_(vals), links.role.in_(roles))
    if kind in PREFIX:
        stmt = stmt.where(links.fact_id >= PREFIX[kind], links.fact_id < chr(ord(PREFIX[kind]) + 1))
    return stmt


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


def _link_specs(session: Session, *, supplier=None, recipient=None, system=None, category=None,
                status=None, country=None, person=None) -> list[tuple[tuple[str, ...], set]]:
    """The filters that go through fact_links, as (roles, values) pairs (names resolved once)."""
    out: list[tuple[tuple[str, ...], set]] = []
    if supplier:
        out.append((("supplier",), {country_name(supplier), supplier}))
    if recipient:
        out.append((("recipient",), {country_name(recipient), recipient}))
    if system:
        out.append((("system",), system_names(system)))
    if category:
        out.append((("category",), {category}))
    if status:
        out.append((("status",), {status}))
    if country:
        out.append((("country", "actor"), {country_name(country), country}))
    if person:
        out.append((("person",), person_names(session, person)))
    return out


def _link_filters(session: Session, kind: str | None, *, supplier=None, recipient=None, system=None, category=None,
                  status=None, country=None, person=None, specs=None) -> list:
    """The filters that go through fact_links, as subqueries of fact ids (of ``kind`` when given)."""
    if specs is None:
        specs = _link_specs(session, supplier=supplier, recipient=recipient, system=system, category=category,
                            status=status, country=country, person=person)
    return [_link_ids(roles, values, kind) for roles, values in specs]


def _one_link_per_fact(roles: tuple[str, ...], values) -> bool:
    """Whether a fact can match the filter through one link only: one role and one value (the resolver
    writes each (role, value) of a fact once; values are cut at 255 characters, so a value that long could
    stand for two)."""
    vals = {str(v).casefold() for v in values if v}
    return len(roles) == 1 and len(vals) == 1 and len(next(iter(vals))) < 255


#: fact_links once more, for the links of a fact in an earlier role (made once: an ORM alias costs per use).
_EARLIER_LINKS = m.FactLink.__table__.alias("earlier_links")


def _count_over_roles(kind: str, roles: tuple[str, ...], values):
    """The count of the facts of ``kind`` linked to one value in any of ``roles`` (a country as a meeting's country
    or an event's actor), as one statement, without de-duplicating every link: each role's links (a fact has a
    (role, value) once), less those whose fact has the value in an earlier role, probed in the (value, role,
    fact_id) index."""
    vals = sorted({str(v).casefold() for v in values if v})
    earlier = _EARLIER_LINKS.c
    parts = []
    for i, role in enumerate(roles):
        stmt = _link_ids((role,), vals, kind)
        if i:
            stmt = stmt.where(~select(earlier.id).where(earlier.fact_id == _LINKS.c.fact_id, earlier.value.in_(vals),
                                                        earlier.role.in_(roles[:i])).exists())
        parts.append(select(func.count()).select_from(stmt.subquery()).scalar_subquery())
    return select(sum(parts[1:], parts[0]))


def _total_stmt(session: Session, kind: str, specs, where: list, since=None, until=None):
    """The statement counting the records of a list with these filters (``list_records``' total), or None for
    every record of the kind (its stored count: ``_kind_total``)."""
    links = _link_filters(session, kind, specs=specs)
    if links and not (since or until):  # counted in the link index, without reading the facts
        if len(links) == 1 and _one_link_per_fact(*specs[0]):
            # one (value, role) is linked to a fact once: no de-duplication needed
            return select(func.count()).select_from(links[0].subquery())
        if len(links) == 1 and _one_link_per_fact(specs[0][0][:1], specs[0][1]):
            return _count_over_roles(kind, *specs[0])
        ids = links[0].distinct() if len(links) == 1 else intersect(*links)  # a fact linked twice counts once
        return select(func.count()).select_from(ids.subquery())
    if not (since or until):  # the whole kind
        return None
    return select(func.count()).select_from(m.Fact).where(*where)


def _link_exists(roles: tuple[str, ...], values) -> Any:
    """The link filter as a probe of one fact: its links of the roles read from the (role, fact_id, value) index
    alone, their values tested there (with more than a few values, the value as an expression, so that the
    database does not look each one up in the (value, role, fact_id) index instead)."""
    vals = sorted({str(v).casefold() for v in values if v})
    links = _LINKS.c
    value = links.value if len(vals) <= PROBE_VALUES else func.coalesce(links.value, "")
    # a scalar subquery, not EXISTS: PostgreSQL would turn an EXISTS into a join over every match
    return select(links.fact_id).where(links.fact_id == m.Fact.id, value.in_(vals),
                                       links.role.in_(roles)).limit(1).scalar_subquery().is_not(None)


#: Up to this many values a link probe looks each one up; beyond, it reads the fact's links.
PROBE_VALUES = 4


#: How much cheaper walking one fact in index order (and probing its links) is than ordering one match.
WALK_RATIO = 1.0


def _walk_first(session: Session, kind: str, total: int, offset: int, limit: int) -> bool:
    """Whether a page of ``total`` filtered facts of ``kind`` is found sooner by walking the kind's facts
    in the list's order (an index) and probing each one's links than by ordering every match: the walk
    reads about (offset + limit) * facts of the kind / total facts, the ordering reads ``total``."""
    enough = _walk_threshold(session, kind, offset, limit)
    return bool(enough) and total >= enough


def _stored_counts(session: Session) -> dict:
    """The record counts the last resolver refresh stored (``summaries.update_counts``; facts change only in
    a refresh, which stores them before it commits), read once per transaction; {} if none are stored."""
    memo = _tx_memo(session, "armstrack.record_counts")  # read once per page, not once per list
    if memo is None or "counts" not in memo:
        stored = session.get(m.SummaryCount, summaries.COUNTS)
        counts = dict(stored.value) if stored is not None and isinstance(stored.value, dict) else {}
        if memo is not None:
            memo["counts"] = counts
        return counts
    return memo["counts"]


def _kind_total(session: Session, kind: str) -> int:
    """How many facts of ``kind`` there are: stored by the last refresh, else counted (an index scan of
    every fact of the kind: ~430,000 transfers at 100,000 articles)."""
    stored = _stored_counts(session).get(kind)
    if isinstance(stored, int) and not isinstance(stored, bool):
        return stored
    return session.scalar(select(func.count()).select_from(m.Fact).where(m.Fact.kind == kind)) or 0


def _walk_threshold(session: Session, kind: str, offset: int, limit: int) -> int | None:
    """From how many matches on walking is cheaper (see ``_walk_first``); None: unknown."""
    of_kind = _stored_counts(session).get(kind)
    if not isinstance(of_kind, int) or of_kind <= 0:
        return None
    return max(1, math.ceil(math.sqrt((offset + limit) * of_kind / WALK_RATIO)))


def _record_filters(session: Session, kind: str, *, supplier=None, recipient=None, system=None, category=None,
                    status=None, country=None, person=None, since=None, until=None, any_kind: bool = False,
                    specs=None) -> list:
    """WHERE clauses of a record query; ``any_kind``: without the condition on the kind (the caller's own)."""
    links = _link_filters(session, None if any_kind else kind, supplier=supplier, recipient=recipient, system=system,
                          category=category, status=status, country=country, person=person, specs=specs)
    # with a link filter, the facts are found by id from the link index; the kind is then only checked
    # (an expression, so the database does not walk every fact of the kind instead)
    where = [] if any_kind else [func.coalesce(m.Fact.kind, "") == kind if links else m.Fact.kind == kind]
    where.extend(m.Fact.id.in_(sub) for sub in links)
    where.extend(_date_filters(since, until))
    return where


#: Record fields that hold numbers (sorted as numbers).
NUMERIC_FIELDS = ("quantity", "value")
#: Record fields that hold lists of names.
LIST_FIELDS = ("participants", "actors")


def _field_order(key: str, desc: bool) -> list:
    """ORDER BY one field of the records, in SQL: empty values (none, "", no items) last in either
    direction, text without regard to case, ties in order of first mention."""
    raw = m.Fact.data[key].as_string()
    missing = case((or_(raw.is_(None), raw == "", raw == "[]"), 1), else_=0)
    if key in NUMERIC_FIELDS:
        value = m.Fact.data[key].as_float()
    elif key in LIST_FIELDS:  # a list reads as its items joined by ", " (as the register shows it)
        joined = func.replace(func.replace(raw, '", "', ", "), '","', ", ")
        value = func.lower(func.replace(func.replace(joined, '["', ""), '"]', ""))
    else:
        value = func.lower(raw)
    return [missing, value.desc() if desc else value.asc(), m.Fact.sort_key]


#: Joins the values of ``_among``'s one text parameter (a character no id holds; if one did, an array is sent).
_AMONG_SEPARATOR = "\x1f"


def _among(session: Session, column, values) -> Any:
    """``column IN values`` for many values (strings): on PostgreSQL one parameter (``= ANY``), so the statement
    stays one short text (with a parameter per value, composing and parsing it cost more than running it); the
    values joined in one text, which the driver sends at once (a list of thousands it writes item by item)."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        if not any(_AMONG_SEPARATOR in v for v in values):
            joined = bindparam(None, _AMONG_SEPARATOR.join(values), type_=Text)
            return column == any_(func.string_to_array(joined, _AMONG_SEPARATOR))
        return column == any_(bindparam(None, values, type_=ARRAY(String)))
    return column.in_(values)


#: The link roles whose value, equal to q, makes a record a q= candidate.
Q_LINK_ROLES = ("country", "person", "system", "supplier", "recipient", "actor", "place", "type", "status", "category",
                "unit", "source")


def _q_document_facts(session: Session, q: str) -> dict[str, set[str]]:
    """{kind: ids of the facts of the setting q_documents most recently stored documents the full-text index
    finds for the words of ``q`` (as prefixes: "russia" finds "Russian")}; one search per session."""
    memo = session.info.setdefault("armstrack.q_documents", {})  # one search per request, not one per kind
    if q not in memo:
        docs = fts.matching_documents(session, q, limit=settings.current().q_documents, newest=True)
        members: dict[str, set[str]] = defaultdict(set)  # the facts of those documents, of every kind at once
        for i in range(0, len(docs), 500):  # (plain rows: through the ORM, each row costs 3x more)
            for member_kind, fact_id in session.connection().execute(select(m.FactMember.kind, m.FactMember.fact_id)
                                                                     .where(_among(session, m.FactMember.doc_id,
                                                                                   docs[i:i + 500]))).all():
                members[member_kind].add(fact_id)
        memo[q] = members
    return memo[q]


def _q_linked(q: str, kind: str, room: int):
    """Ids of up to ``room`` facts of ``kind`` with a link value equal to ``q`` (the last ids first)."""
    return _link_ids(Q_LINK_ROLES, {q.strip()}, kind).order_by(m.FactLink.fact_id.desc()).limit(room)


def _q_candidates(session: Session, q: str, kind: str) -> list[str]:
    """Ids of the facts of ``kind`` that ``q`` may match: records of the documents of ``_q_document_facts``
    and records with a link value equal to it (setting q_candidates of them, at most)."""
    ids: set[str] = set(_q_document_facts(session, q).get(kind, ()))
    ids.update(session.scalars(_q_linked(q, kind, max(0, settings.current().q_candidates - len(ids)))))
    return sorted(ids)[:settings.current().q_candidates]


def _q_matching(q: str, stored) -> list[dict]:
    """The records ``q`` matches (``_q_match``) among ``stored`` ones, in order: decoded dicts, or JSON texts
    when ``_q_text_test(q)`` gives a test (the texts it passes are decoded and tested)."""
    test = _q_text_test(q)
    if test is not None:
        stored = (json.loads(t) for t in stored if t and test(t))
    return [r for r in stored if _q_match(r, q)]


def search_records(session: Session, q: str, *, limit: int = 10, kinds=None) -> dict[str, tuple[list[dict], int]]:
    """{kind: what ``list_records(session, kind, q=q, limit=limit)`` gives} for each of ``kinds`` (default all),
    read together: the linked candidates of every kind in one statement, the stored records in another."""
    kinds = tuple(KINDS if kinds is None else kinds)
    cap = settings.current().q_candidates
    by_documents = _q_document_facts(session, q)
    found: dict[str, set[str]] = {kind: set(by_documents.get(kind, ())) for kind in kinds}
    linked = [select(literal(kind).label("kind"), sub.c.fact_id) for kind, sub in
              ((kind, _q_linked(q, kind, max(0, cap - len(found[kind]))).subquery()) for kind in kinds)]
    for kind, fact_id in session.execute(union_all(*linked)) if linked else ():
        found[kind].add(fact_id)
    candidates = {kind: set(sorted(ids)[:cap]) for kind, ids in found.items()}
    every = sorted(set().union(*candidates.values()))
    test = _q_text_test(q)
    stored: dict[str, list] = {kind: [] for kind in kinds}
    if every:
        column = cast(m.Fact.data, Text) if test is not None else m.Fact.data
        for fact_id, kind, data in session.connection().execute(select(m.Fact.id, m.Fact.kind, column).where(
                _among(session, m.Fact.id, every)).order_by(m.Fact.sort_key)).all():
            if kind in candidates and fact_id in candidates[kind]:  # as list_records: a candidate of its own kind
                stored[kind].append(data)
    out = {}
    for kind in kinds:
        rows = _q_matching(q, stored[kind])
        out[kind] = (rows[:limit], len(rows))
    return out


def _q_match(record: dict, q: str) -> bool:
    needle = q.casefold()
    hay = " ".join(str(v) for k, v in record.items() if k not in ("mentions", "id", "conflicts", "series"))
    hay += " " + " ".join(x["text"] for x in record.get("mentions", []))
    return needle in hay.casefold()


#: Characters that can stand between two values in ``_q_match``'s text (the separators of its values, and of
#: lists and dicts as Python writes them) or that JSON writes differently (quotes, backslash).
_Q_STRUCTURE = frozenset(" '\\\",[]{}:")
#: A JSON escape of a character (lower-cased text: hex digits in lower case).
_JSON_ESCAPE = re.compile(r"\\u([0-9a-f]{4})")


@functools.cache
def _unlike_in_json() -> frozenset[str]:
    """Characters whose part in ``_q_match``'s text may hold ASCII that their JSON text does not: those whose
    lower or case-folded form holds ASCII ("ß" -> "ss", the Kelvin sign -> "k"), and those Python's ``repr``
    escapes in a list ("\\x07", "\\xa0": not printable), but for newline, tab and carriage return, which JSON
    escapes alike. As themselves and as the four hex digits of a JSON escape; with every surrogate, so the
    escape of a character beyond the first 65,536 (not looked at) counts in too."""
    chars = {c for c in map(chr, range(0x10000)) if c not in "\n\t\r" and (
        not c.isprintable() or (not c.isascii() and any(x.isascii() for x in c.casefold() + c.lower())))}
    return frozenset(chars | {f"{ord(c):04x}" for c in chars})


def _q_text_test(q: str):
    """A test of a record's stored JSON text that every record ``_q_match`` accepts passes (so the others need
    not be decoded), or None when ``q`` admits none this simple.

    For a needle of printable ASCII without structure characters (``_Q_STRUCTURE``): a match in ``_q_match``'s
    text lies within one value (a string, number, true/false), and printable ASCII other than quotes and the
    backslash is written alike by ``json.dumps`` and by Python's ``str``/``repr``; without the characters of
    ``_unlike_in_json`` (written, or escaped), the needle is then in the lower-cased JSON text too. A text with
    one of them passes, to be decoded and tested as before. A needle inside "none" is left out (JSON writes
    None as null).
    """
    needle = q.casefold()
    if not needle or not all("!" <= c <= "~" and c not in _Q_STRUCTURE for c in needle) or needle in "none":
        return None
    unlike = _unlike_in_json()

    def may_match(text: str) -> bool:
        low = text.lower()
        if needle in low or "\x7f" in text or "\\b" in text or "\\f" in text:  # DEL; backspace, form feed
            return True
        if not text.isascii() and any(c in unlike or c > "\uffff" for c in text if c > "\x7f"):
            return True
        return "\\u" in low and any(h in unlike for h in _JSON_ESCAPE.findall(low))
    return may_match


# --- documents -----------------------------------------------------------------------------------

def list_documents(session: Session, *, q: str | None = None, limit: int = 50, offset: int = 0):
    """(documents without text, newest first, total); ``q`` is a full-text query."""
    stmt = select(m.Document.id)
    if q:
        hits = fts.matching_documents(session, q, limit=10_000, prefix=False)
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
                 limit: int = 50, offset: int = 0, total: int | None = None) -> tuple[list[dict], int]:
    """(merged records of one kind matching every filter, total before paging).

    ``sort``: date, sources, first_reported, last_reported or id, "-" first for descending; by default
    in order of first mention. ``total``: the total when it was counted already (``list_totals``; not with q).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r} (one of {', '.join(KINDS)})")
    specs = _link_specs(session, supplier=supplier, recipient=recipient, system=system, category=category,
                        status=status, country=country, person=person)
    where = _record_filters(session, kind, since=since, until=until, specs=specs)
    order = [m.Fact.sort_key]
    if sort and sort.lstrip("-") not in SORTS and sort.lstrip("-") in RECORD_FIELDS[kind]:
        order = _field_order(sort.lstrip("-"), sort.startswith("-"))
    elif sort:
        col = SORTS.get(sort.lstrip("-"))
        if col is None:
            raise ValueError(f"cannot sort by {sort!r} (one of {', '.join(SORTS)})")
        order = [col.desc().nulls_last() if sort.startswith("-") else col.asc().nulls_last(), m.Fact.sort_key]
    stmt = select(m.Fact.data).where(*where).order_by(*order)
    if q:
        # candidates from the full-text index (records of the best-matching documents, and records
        # linked to a value equal to q), then the exact test of what q means on each of them
        candidates = _q_candidates(session, q, kind)
        if kind in PREFIX:
            where[0] = func.coalesce(m.Fact.kind, "") == kind  # found by id, not by walking the kind
        if _q_text_test(q) is not None:  # the stored text first: only the records it may match are decoded
            stmt = stmt.with_only_columns(cast(m.Fact.data, Text))
        rows = _q_matching(q, session.connection().execute(stmt.where(_among(session, m.Fact.id, candidates)))
                           .scalars().all())
        return rows[offset:offset + limit], len(rows)
    if total is None:
        counting = _total_stmt(session, kind, specs, where, since, until)
        total = _kind_total(session, kind) if counting is None else session.scalar(counting) or 0
    if not specs:
        return list(session.scalars(stmt.limit(limit).offset(offset))), total
    if not total:
        return [], 0
    if _walk_first(session, kind, total, offset, limit) and _walkable(sort):
        # many matches: walk the kind's facts in the list's order (an index) and probe each one's links,
        # stopping at the page, rather than ordering every match (the page's data read on the way)
        walk = [m.Fact.kind == kind, *(_link_exists(roles, values) for roles, values in specs),
                *_date_filters(since, until)]
        page = select(m.Fact.data).where(*walk).order_by(*order).limit(limit).offset(offset)
        return list(session.scalars(page)), total
    # found by id: order the page from the covering index (id, kind, sort_key, dates, sources) without
    # reading every matching fact's data, then read the data of the page only
    ids = list(session.scalars(select(m.Fact.id).where(*where).order_by(*order).limit(limit).offset(offset)))
    data = dict(session.execute(select(m.Fact.id, m.Fact.data).where(m.Fact.id.in_(ids))).all()) if ids else {}
    return [data[i] for i in ids], total


def list_totals(session: Session, lists: list[tuple[str, dict]]) -> list[int]:
    """The totals ``list_records`` gives for each (kind, filters) of ``lists`` (no q), counted in one statement."""
    counts, stored = [], {}
    for i, (kind, filters) in enumerate(lists):
        since, until = filters.get("since"), filters.get("until")
        specs = _link_specs(session, **{k: v for k, v in filters.items() if k not in ("since", "until")})
        # (the WHERE clauses of the list are needed only to count by dates)
        where = _record_filters(session, kind, since=since, until=until, specs=specs) if since or until else []
        counting = _total_stmt(session, kind, specs, where, since, until)
        if counting is None:
            stored[i] = _kind_total(session, kind)
        else:
            counts.append((i, counting.scalar_subquery()))
    got = dict(zip((i for i, _ in counts), session.execute(select(*(c for _, c in counts))).one())) if counts else {}
    return [stored[i] if i in stored else got[i] or 0 for i in range(len(lists))]


def _walkable(sort: str | None) -> bool:
    """Whether a list in this order can be read in order from an index of the kind's facts
    (ix_facts_kind_sort, ix_facts_kind_date_desc)."""
    return not sort or sort == "-date"


def get_record(session: Session, kind: str, record_id: str) -> dict | None:
    """The merged record of a kind with this id, as exported, or None."""
    return session.scalar(select(m.Fact.data).where(m.Fact.kind == kind, m.Fact.id == record_id))


# --- people --------------------------------------------------------------------------------------

def _person_row(p: m.SummaryPerson) -> dict:
    return {"id": f"p{p.canonical_id}", "name": p.name, "aliases": list(p.aliases or []),
            "mention_count": p.mention_count, "document_count": p.document_count}


def list_people(session: Session, *, q: str | None = None, limit: int = 50, offset: int = 0):
    """(canonical people with their aliases and counts, total); ``q`` matches any spelling.

    Read from the people summary (armstrack.store.summaries), sorted and paged in SQL.
    """
    where = []
    if q:
        where.append(m.SummaryPerson.search.contains(q.casefold(), autoescape=True))
    total = session.scalar(select(func.count()).select_from(m.SummaryPerson).where(*where)) or 0
    rows = session.scalars(select(m.SummaryPerson).where(*where)
                           .order_by(m.SummaryPerson.name, m.SummaryPerson.canonical_id).limit(limit).offset(offset))
    return [_person_row(p) for p in rows], total


def people_titles(session: Session, person_ids: list[str]) -> dict[str, list[dict]]:
    """{person id: distinct titles (title, affiliation; first seen first)} of the given people."""
    cids = [int(p[1:]) for p in person_ids if str(p)[:1] == "p" and str(p)[1:].isdigit()]
    out: dict[str, list[dict]] = {}
    for i in range(0, len(cids), 500):
        for p in session.scalars(select(m.SummaryPerson).where(m.SummaryPerson.canonical_id.in_(cids[i:i + 500]))):
            out[f"p{p.canonical_id}"] = list(p.titles or [])
    return out


def person_ids_for(session: Session, names) -> dict[str, str]:
    """{name or alias: person id} for the given names only: a canonical name is its person's; an alias
    belongs to the first person (by name) who has it."""
    wanted = sorted({n for n in names if isinstance(n, str) and n})
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        for cid, name in session.execute(select(m.SummaryPerson.canonical_id, m.SummaryPerson.name)
                                         .where(m.SummaryPerson.name.in_(wanted[i:i + 500]))
                                         .order_by(m.SummaryPerson.canonical_id.desc())):
            out[name] = f"p{cid}"
    rest = [n for n in wanted if n not in out]
    for i in range(0, len(rest), 50):  # one scan of the summary for up to 50 names
        chunk = rest[i:i + 50]
        for p in session.scalars(select(m.SummaryPerson).where(or_(*[
                m.SummaryPerson.search.contains(n.casefold(), autoescape=True) for n in chunk]))
                .order_by(m.SummaryPerson.name, m.SummaryPerson.canonical_id)):
            for alias in p.aliases or []:
                if alias in chunk and alias not in out:
                    out[alias] = f"p{p.canonical_id}"
    return out


def _person_id(session: Session, person_id: str) -> int | None:
    text = str(person_id).strip()
    if text[:1] == "p" and text[1:].isdigit():
        cid = session.scalar(select(m.PersonLink.canonical_id).where(m.PersonLink.person_id == int(text[1:])))
        return cid
    names = person_names(session, text)
    return session.scalar(select(m.PersonLink.canonical_id).where(m.PersonLink.canonical.in_(names))
                          .order_by(m.PersonLink.canonical_id))


def _person_record(session: Session, cid: int, limit: int) -> dict | None:
    """export.people's record of one canonical person without mentions, from the people summary: its
    titles one per document when there are at most ``limit``, else each title once (first seen)."""
    summary = session.get(m.SummaryPerson, cid)
    if summary is None:  # not summarised (yet): the full record
        found = ex.people(session, [cid], with_mentions=False)
        if not found:
            return None
        return {**found[0], "n_titles": len(found[0]["titles"])}
    links = session.execute(select(m.PersonLink, m.Person.name).join(m.Person, m.Person.id == m.PersonLink.person_id)
                            .where(m.PersonLink.canonical_id == cid).order_by(m.Person.name)).all()
    members = [link.person_id for link, _ in links]
    n_titles = session.scalar(select(func.count()).select_from(m.PersonTitle)
                              .where(m.PersonTitle.person_id.in_(members))) or 0
    if n_titles <= limit:
        titles = [{"title": row.title, "affiliation": row.affiliation, "doc": row.doc_id,
                   "published": published.isoformat() if published else None}
                  for row, published in session.execute(
                      select(m.PersonTitle, m.Document.published).join(m.Document, m.Document.id == m.PersonTitle.doc_id)
                      .where(m.PersonTitle.person_id.in_(members))
                      .order_by(m.Document.published.asc().nulls_last(), m.PersonTitle.doc_id, m.PersonTitle.id))]
    else:
        titles = list(summary.titles or [])
    return {"id": f"p{cid}", "name": summary.name, "aliases": list(summary.aliases or []), "titles": titles,
            "merged": [{"name": n, "rule": link.rule, "evidence": link.evidence}
                       for link, n in sorted(links, key=lambda x: x[1]) if n != summary.name],
            "conflicts": list(summary.conflicts or []), "n_titles": n_titles}


def get_person(session: Session, person_id: str) -> dict | None:
    """A canonical person (id like "p12", or any spelling of the name) with titles over time, meetings,
    quotes and events."""
    cid = _person_id(session, person_id)
    if cid is None:
        return None
    limit = settings.current().profile_records
    person = _person_record(session, cid, limit)
    if person is None:
        return None
    # the first mentions (by document), not every one: a much-quoted official has thousands
    members = select(m.PersonLink.person_id).where(m.PersonLink.canonical_id == cid)
    n_mentions = session.scalar(select(func.count()).select_from(m.PersonMention)
                                .where(m.PersonMention.person_id.in_(members))) or 0
    # the first ``limit`` of each spelling's person (an index walk on (person_id, doc_id, start) each), merged
    rows = []
    for pid in session.scalars(members):
        rows += session.scalars(select(m.PersonMention).where(m.PersonMention.person_id == pid)
                                .order_by(m.PersonMention.doc_id, m.PersonMention.start).limit(limit))
    rows.sort(key=lambda r: (r.doc_id, r.start))
    mentions = [ex.mention(r) for r in rows[:limit]]
    n_titles = person["n_titles"]
    person = {**{k: v for k, v in person.items() if k not in ("merged", "conflicts", "n_titles")},
              "mentions": mentions, "merged": person["merged"], "conflicts": person["conflicts"]}
    person["titles"] = sorted(person["titles"], key=lambda t: (t["published"] is None, t["published"] or "", t["doc"]))
    person["totals"] = {"mentions": n_mentions, "titles": n_titles}
    lists = [(kind, {"person": person["name"]}) for kind in kinds.names(lambda s: s.people)]  # meetings, quotes, events
    for (kind, filters), total in zip(lists, list_totals(session, lists)):  # counted in one statement
        person[kind], person["totals"][kind] = _newest(session, kind, limit, total=total, **filters)
    return person


# --- conflicts, timeline, network, profiles --------------------------------------------------------

def list_conflicts(session: Session, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Disagreements between sources: {"kind", "record", "field", "values": [{"value", "doc"}]}.

    Records in order (kind, first mention), then people by name; ``limit`` records or people from
    ``offset`` (the setting ``conflicts_page``), each with all its conflicts.
    """
    limit = settings.current().conflicts_page if limit is None else limit
    out = []
    # the flagged facts of each kind, counted in the (role, fact_id) index alone (a link's fact exists: a
    # foreign key); then only the kinds the page reaches are read
    counts = {kind: _conflicted(session, kind) for kind in sorted(KINDS)}
    n_facts = sum(counts.values())
    ids: list[str] = []
    start = offset
    for kind in sorted(KINDS):
        if len(ids) >= limit:
            break
        if start >= counts[kind]:
            start -= counts[kind]
            continue
        ids += _conflicted_page(session, kind, counts[kind], start, limit - len(ids))
        start = 0
    rows = {i: (k, d) for i, k, d in session.execute(
        select(m.Fact.id, m.Fact.kind, m.Fact.data).where(m.Fact.id.in_(ids)))} if ids else {}
    for kind, data in (rows[i] for i in ids if i in rows):
        for c in data.get("conflicts") or []:
            out.append({"kind": kind, "record": data, "field": c["field"], "values": c["values"]})
    shown = max(0, min(limit, n_facts - offset))
    if shown < limit:
        cids = list(session.scalars(select(m.SummaryPerson.canonical_id).where(m.SummaryPerson.has_conflicts)
                                    .order_by(m.SummaryPerson.name, m.SummaryPerson.canonical_id)
                                    .limit(limit - shown).offset(max(0, offset - n_facts))))
        for p in ex.people(session, cids, with_mentions=False) if cids else []:
            for c in p["conflicts"]:
                out.append({"kind": "people", "record": p, "field": c["field"], "values": c["values"]})
    return out


def _conflict_links(kind: str) -> list:
    """WHERE clauses of the "conflict" links of the facts of ``kind`` (a range of the (role, fact_id) index)."""
    return [m.FactLink.role == "conflict", m.FactLink.fact_id >= PREFIX[kind],
            m.FactLink.fact_id < chr(ord(PREFIX[kind]) + 1)]


def _conflicted(session: Session, kind: str) -> int:
    """How many facts of ``kind`` have a conflict (a fact has a link per disagreeing field)."""
    if kind not in PREFIX:
        return 0
    return session.scalar(select(func.count(func.distinct(m.FactLink.fact_id))).where(*_conflict_links(kind))) or 0


def _conflicted_page(session: Session, kind: str, total: int, offset: int, limit: int) -> list[str]:
    """Ids of ``limit`` facts of ``kind`` with a conflict from ``offset``, in order of first mention: many
    (``_walk_first``) by walking the kind's facts in that order (ix_facts_kind_sort) and probing each one's
    links, stopping at the page; few by ordering them all."""
    if _walk_first(session, kind, total, offset, limit):
        probe = select(m.FactLink.fact_id).where(m.FactLink.role == "conflict", m.FactLink.fact_id == m.Fact.id
                                                 ).limit(1).scalar_subquery().is_not(None)
        stmt = select(m.Fact.id).where(m.Fact.kind == kind, probe)
    else:  # by id from the links, ordered from the covering index (id, kind, sort_key)
        stmt = select(m.Fact.id).where(func.coalesce(m.Fact.kind, "") == kind, m.Fact.id.in_(
            select(m.FactLink.fact_id).where(*_conflict_links(kind))))
    return list(session.scalars(stmt.order_by(m.Fact.sort_key).limit(limit).offset(offset)))


def timeline(session: Session, *, country=None, person=None, since=None, until=None,
             kinds: tuple[str, ...] = TIMELINE_KINDS, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Meetings, transfers and events, by date (undated last): {"date", "kind", "record"}.

    Ordered and paged in SQL (``limit`` entries from ``offset``; default the setting ``timeline_page``), through
    the index on (date, kind): dated entries first, then undated ones.
    """
    limit = settings.current().timeline_page if limit is None else limit
    # the filters as list_records applies them (without its one-kind condition); the kinds as an
    # expression, so that the database walks the (date, kind) index in date order and stops at the page
    where = [func.coalesce(m.Fact.kind, "").in_(kinds),
             *_record_filters(session, kinds[0], country=country, person=person, since=since, until=until,
                             any_kind=True)]
    id_order = [m.Fact.kind, func.length(m.Fact.id), m.Fact.id]  # "t9" before "t10", as ex._id_order
    out: list[dict] = []
    dated = (select(m.Fact.kind, m.Fact.data).where(*where, m.Fact.date.is_not(None))
             .order_by(m.Fact.date, *id_order))
    n_dated = None
    rows = session.execute(dated.limit(limit).offset(offset)).all()
    if len(rows) < limit:
        n_dated = session.scalar(select(func.count()).select_from(m.Fact).where(*where, m.Fact.date.is_not(None)))
        undated = (select(m.Fact.kind, m.Fact.data).where(*where, m.Fact.date.is_(None)).order_by(*id_order)
                   .limit(limit - len(rows)).offset(max(0, offset - (n_dated or 0))))
        rows += session.execute(undated).all()
    for kind, r in rows:
        out.append({"date": r.get(DATE_FIELD[kind]), "kind": kind, "record": r})
    return out


def timeline_total(session: Session, *, country=None, person=None, since=None, until=None,
                   kinds: tuple[str, ...] = TIMELINE_KINDS) -> int:
    """How many entries ``timeline`` pages through."""
    if not (country or person or since or until):  # every fact of the kinds
        return sum(_kind_total(session, kind) for kind in kinds)
    where = [m.Fact.kind.in_(kinds),
             *_record_filters(session, kinds[0], country=country, person=person, since=since, until=until,
                             any_kind=True)]
    return session.scalar(select(func.count()).select_from(m.Fact).where(*where)) or 0


def _all(session: Session, kind: str) -> list[dict]:
    return list(session.scalars(select(m.Fact.data).where(m.Fact.kind == kind).order_by(m.Fact.sort_key)))


#: The kinds of network ties the summary counts (besides event ties, named at read time).
TIE_KINDS = ("transfer", "supplies", "receives", "meeting")


def network(session: Session, *, max_edges: int | None = None, max_nodes: int | None = None) -> dict:
    """Countries, people, organisations and systems, tied by the records that link them.

    Read from the trigger-kept summary (armstrack.store.summaries): the ``max_edges`` heaviest ties
    (the setting ``network_edges``) with their nodes, and unconnected nodes up to ``max_nodes``.
    """
    max_edges = settings.current().network_edges if max_edges is None else max_edges
    max_nodes = settings.current().network_nodes if max_nodes is None else max_nodes
    gaz = _gaz()
    nodes: dict[str, dict] = {}
    edges: Counter = Counter()

    def node(nid: str) -> str:
        type_, _, label = nid.partition(":")
        nodes.setdefault(nid, {"id": nid, "label": label, "type": type_})
        return nid

    E = m.SummaryEdge
    is_event = or_(E.kind == "actor", and_(E.kind >= "event:", E.kind < "event;"))  # an index range
    # the heaviest ties straight from SQL; event actors are named at read time (person, country or
    # organisation), so their rows are read whole (a few: one per pair of actors)
    rows = []
    for kind in TIE_KINDS:  # each through the index on (kind, n)
        rows += session.execute(select(E.source, E.target, E.kind, E.n).where(E.kind == kind, E.n > 0)
                                .order_by(E.n.desc(), E.source, E.target).limit(max_edges)).all()
    rows += session.execute(select(E.source, E.target, E.kind, E.n).where(E.n > 0, is_event)).all()
    rows += session.execute(select(E.source, E.target, E.kind, E.n).where(E.kind == "node", E.n > 0)
                            .order_by(E.source).limit(max_nodes)).all()
    actor_labels = {r.source for r in rows if r.kind == "actor" or r.kind.startswith("event:")} | \
                   {r.target for r in rows if r.kind.startswith("event:")}
    people: set[str] = set()
    for chunk in range(0, len(actor_labels), 500):
        people.update(session.scalars(select(m.PersonLink.canonical).where(
            m.PersonLink.canonical.in_(sorted(actor_labels)[chunk:chunk + 500])).distinct()))

    def actor_node(label: str) -> str:
        if label in people:
            return f"person:{label}"
        if gaz.country(label):
            return f"country:{gaz.country(label).name}"
        return f"org:{label}"

    lone: list[str] = []
    for source, target, kind, n in rows:
        if kind == "node":
            lone.append(source)
        elif kind == "actor":
            lone.append(actor_node(source))
        elif kind.startswith("event:"):
            a, b = sorted((actor_node(source), actor_node(target)))
            if a != b:
                edges[(a, b, kind[len("event:"):])] += n
        else:
            edges[(source, target, kind)] += n
    kept = sorted(edges.items(), key=lambda e: (-e[1], e[0]))[:max_edges]
    for (a, b, _), _ in kept:
        node(a)
        node(b)
    for nid in sorted(set(lone)):
        if len(nodes) >= max_nodes:
            break
        node(nid)
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": [{"source": s_, "target": t, "weight": w, "kind": k} for (s_, t, k), w in sorted(kept)]}


def country_profile(session: Session, name: str, *, limit: int | None = None) -> dict | None:
    """A country (any alias): what it supplied and received, from whom, its meetings and events.

    Each list holds the ``limit`` most recent records (the setting ``profile_records``), in date order;
    ``totals`` counts them all, and the partner counts cover every record.
    """
    limit = settings.current().profile_records if limit is None else limit
    canonical = country_name(name)
    E = m.SummaryEdge
    # every supplier -> recipient flow (the summary: a few hundred rows), for the partner counts over every
    # transfer, and for the totals of the transfers it supplied and received: a transfer is one flow, by its
    # supplier and recipient as written, and has one case-folded link for each (what list_records counts)
    flows = session.connection().execute(select(E.source, E.target, E.n).where(E.kind == "flow", E.n > 0)).all()
    names = {str(v).casefold() for v in (country_name(canonical), canonical) if v}
    lists, totals = {}, {}
    wanted = (("supplied", "transfers", {"supplier": canonical}), ("received", "transfers", {"recipient": canonical}),
              ("meetings", "meetings", {"country": canonical}), ("events", "events", {"country": canonical}))
    if all(len(v) < 255 for v in names):  # (link values are cut there)
        counted = [sum(n for sup, _, n in flows if isinstance(sup, str) and sup.casefold() in names),
                   sum(n for _, rec, n in flows if isinstance(rec, str) and rec.casefold() in names),
                   *list_totals(session, [(kind, filters) for _, kind, filters in wanted[2:]])]  # in one statement
    else:
        counted = list_totals(session, [(kind, filters) for _, kind, filters in wanted])
    for (key, kind, filters), total in zip(wanted, counted):
        lists[key], totals[key] = _newest(session, kind, limit, total=total, **filters)
    if not any(totals.values()):
        known = session.scalar(select(m.Entity.id).where(m.Entity.type == "COUNTRY", m.Entity.canonical == canonical))
        if known is None:
            return None
    partners, suppliers = Counter(), Counter()
    for sup, rec, n in flows:
        if sup == canonical and rec:
            partners[rec] += n
        if rec == canonical and sup:
            suppliers[sup] += n
    partners = sorted(partners.items(), key=lambda x: (-x[1], x[0]))
    suppliers = sorted(suppliers.items(), key=lambda x: (-x[1], x[0]))
    militaries = sorted(e.canonical for e in session.scalars(select(m.Entity).where(m.Entity.type == "MILITARY"))
                        if (e.attrs or {}).get("country") == canonical)
    return {"name": canonical, "militaries": militaries, **lists, "totals": totals,
            "recipients": [{"country": c, "count": n} for c, n in partners],
            "suppliers": [{"country": c, "count": n} for c, n in suppliers]}


def _newest(session: Session, kind: str, limit: int, total: int | None = None, **filters) -> tuple[list[dict], int]:
    """The ``limit`` newest records matching ``filters``, oldest first (as a profile lists them), and the total
    (``total``: counted already)."""
    if total == 0:
        return [], 0
    rows, total = list_records(session, kind, limit=limit, sort="-date", total=total, **filters)
    if not total:
        return [], 0
    if total <= limit:  # all of them: the order a full list sorted by date gives
        if session.get_bind().dialect.name == "sqlite":  # text compares as Python compares it: sort here
            def key(r):
                first = (r.get("mentions") or [{}])[0]
                sort_key = json.dumps([first.get("doc"), first.get("start"), first.get("end"), r.get("id")])
                return (r.get(DATE_FIELD[kind]) is None, r.get(DATE_FIELD[kind]) or "", sort_key)
            return sorted(rows, key=key), total
        rows, total = list_records(session, kind, limit=limit, sort="date", total=total, **filters)
        return rows, total
    return sorted(rows, key=lambda r: (r.get(DATE_FIELD[kind]) is None, r.get(DATE_FIELD[kind]) or "")), total


def system_profile(session: Session, family: str, *, limit: int | None = None) -> dict | None:
    """A weapon system family (or any designation in it): its transfers, suppliers and recipients
    (the ``limit`` newest transfers listed; counts over all of them)."""
    limit = settings.current().profile_records if limit is None else limit
    transfers, total = _newest(session, "transfers", limit, system=family)
    names = {n.casefold() for n in system_names(family)}
    entity = _weapon_entity(session, names)
    if not total and entity is None:
        return None
    label = (entity or {}).get("family") or family
    # counts over every transfer of the system, from the summary (its node is its family or designation)
    nodes = sorted({f"system:{n}" for n in system_names(family) | {label}})
    suppliers, recipients, statuses = Counter(), Counter(), Counter()
    E = m.SummaryEdge
    # two reads, each from an index: its ties by source (the primary key), its suppliers by target
    rows = session.execute(select(E.source, E.target, E.kind, E.n).where(
        E.n > 0, E.kind.in_(("receives", "status")), E.source.in_(nodes))).all()
    rows += session.execute(select(E.source, E.target, E.kind, E.n).where(
        E.n > 0, E.kind == "supplies", E.target.in_(nodes))).all()
    for source, target, kind, n in rows:
        if kind == "supplies":
            suppliers[source.partition(":")[2]] += n
        elif kind == "receives":
            recipients[target.partition(":")[2]] += n
        elif target:
            statuses[target] += n
    ranked = lambda c: sorted(c.items(), key=lambda x: (-x[1], x[0]))  # noqa: E731
    return {"family": label,
            "entity": {k: v for k, v in entity.items() if k != "mentions"} if entity else None,
            "transfers": transfers, "total": total,
            "suppliers": [{"country": c, "count": n} for c, n in ranked(suppliers)],
            "recipients": [{"country": c, "count": n} for c, n in ranked(recipients)],
            "statuses": dict(ranked(statuses))}


def _weapon_entity(session: Session, names: set[str]) -> dict | None:
    """The canonical weapon-system entity a name, family or alias of which is in ``names`` (as
    export.entities gives it, without mentions), else None."""
    # plain rows (id, canonical, type, attrs; rule, evidence), not ORM objects: every weapon system is read
    E, L = m.Entity, m.EntityLink
    rows = session.execute(select(E.id, E.canonical, E.type, E.attrs, L.canonical_id, L.rule, L.evidence)
                           .join(L, L.entity_id == E.id).where(E.type == "WEAPON_SYSTEM")).all()
    groups: dict[int, list] = defaultdict(list)
    for row in rows:
        groups[row.canonical_id].append((row, row))
    def surfaces(group) -> set[str]:
        return set(session.scalars(select(m.EntityMention.surface).where(
            m.EntityMention.entity_id.in_([e.id for e, _ in group])).distinct()))

    def describe(cid, group, spellings: set[str]) -> dict:
        head = next((e for e, _ in group if e.id == cid), group[0][0])
        return {"id": f"e{cid}", "name": head.canonical, "type": head.type, "canonical": head.canonical,
                "aliases": sorted(({e.canonical for e, _ in group} | spellings) - {head.canonical}),
                **{k: v for k, v in (head.attrs or {}).items() if k not in ("name", "type", "canonical")},
                "merged": [{"name": e.canonical, "rule": l.rule, "evidence": l.evidence}
                           for e, l in group if e.id != cid]}

    def matches(entity: dict) -> bool:
        return entity["name"].casefold() in names or str(entity.get("family") or "").casefold() in names \
            or any(a.casefold() in names for a in entity["aliases"])

    def may_match(cid, group) -> bool:  # what ``matches`` can see of a group, without describing it
        head = next((e for e, _ in group if e.id == cid), group[0][0])
        attrs = head.attrs or {}
        seen = {e.canonical.casefold() for e, _ in group} | {str(attrs.get("family") or "").casefold()}
        if isinstance(attrs.get("aliases"), (list, tuple, set)):
            seen |= {str(a).casefold() for a in attrs["aliases"]}
        return not seen.isdisjoint(names)

    # names and families first (no mentions read); the spellings in articles only when none matches
    found = sorted((describe(cid, g, set()) for cid, g in groups.items() if may_match(cid, g)),
                   key=lambda e: (e["type"], e["name"]))
    found = [e for e in found if matches(e)]
    if not found:
        ids = set(session.scalars(select(m.EntityMention.entity_id).where(
            func.lower(m.EntityMention.surface).in_(sorted(names))).distinct()))
        found = [e for e in (describe(cid, g, set()) for cid, g in groups.items()
                             if any(e.id in ids for e, _ in g))]
    if not found:
        return None
    best = min(found, key=lambda e: (e["type"], e["name"]))
    cid = int(best["id"][1:])
    return describe(cid, groups[cid], surfaces(groups[cid]))


def search(session: Session, q: str, *, limit: int = 50) -> list[dict]:
    """Full text over documents (SQLite FTS5 / PostgreSQL tsvector): {"doc", "title", "snippet", "score"}."""
    return fts.search(session, q, limit=limit)


def flows(session: Session) -> list[dict]:
    """Supplier -> recipient flows {"supplier", "recipient", "count"}, most first (from the summary)."""
    counts: Counter = Counter()
    for sup, rec, n in session.execute(select(m.SummaryEdge.source, m.SummaryEdge.target, m.SummaryEdge.n)
                                       .where(m.SummaryEdge.kind == "flow", m.SummaryEdge.n > 0)):
        counts[(sup or None, rec or None)] += n
    return [{"supplier": s_, "recipient": r, "count": n}
            for (s_, r), n in sorted(counts.items(), key=lambda x: (-x[1], str(x[0])))]


def affiliated_people(session: Session, country: str, limit: int | None = None) -> list[dict]:
    """People whose titles tie them to ``country`` (case-insensitive): {"id", "name", "titles"} with
    those titles (distinct, first seen first), by name; at most ``limit`` (the setting profile_records)."""
    limit = settings.current().profile_records if limit is None else limit
    folded = country.casefold()
    out: list[dict] = []
    P = m.SummaryPerson
    stmt = (select(P.canonical_id, P.name, P.aliases, P.titles)
            .where(P.affiliations.contains(folded, autoescape=True)).order_by(P.name, P.canonical_id))
    # a batch at a time, so only about ``limit`` people's titles are read (a country's officials, rotated
    # through every country as reporting does, have thousands of characters of titles each)
    batch, offset = max(limit, 1), 0
    while len(out) < limit:
        rows = session.execute(stmt.limit(batch).offset(offset)).all()
        for cid, name, aliases, titles in rows:
            ts = [t for t in titles or [] if (t.get("affiliation") or "").casefold() == folded]
            if ts:
                out.append({"id": f"p{cid}", "name": name, "aliases": list(aliases or []), "titles": ts})
                if len(out) >= limit:
                    break
        if len(rows) < batch:
            break
        offset += batch
    return out


def quotes_by(session: Session, names: set[str], limit: int | None = None) -> list[dict]:
    """Quotes whose speaker is one of ``names`` (in order of first mention; at most ``limit``)."""
    limit = settings.current().profile_records if limit is None else limit
    if not names:
        return []
    linked = _link_ids("person", names, "quotes")
    # about how many (a link per person quoted; counted up to where walking in order is cheaper)
    enough = _walk_threshold(session, "quotes", 0, limit * 2)
    total = session.scalar(select(func.count()).select_from(linked.limit(enough or 1).subquery())) or 0
    if enough and total >= enough:  # many: walk the quotes in order, probing links
        where = [m.Fact.kind == "quotes", _link_exists(("person",), names)]
    else:
        where = [func.coalesce(m.Fact.kind, "") == "quotes", m.Fact.id.in_(linked)]
    stmt = select(m.Fact.data).where(*where).order_by(m.Fact.sort_key)
    # the first ``limit`` of the first 2 * limit linked quotes whose speaker is one of the names as written; read
    # ``limit`` at a time (a walk stops sooner), the second part only when the first has a quote of someone else
    found = list(session.scalars(stmt.limit(limit)))
    if len(found) == limit and any(r.get("speaker") not in names for r in found):
        found += session.scalars(stmt.limit(limit).offset(limit))
    return [r for r in found if r.get("speaker") in names][:limit]


def overview(session: Session) -> dict:
    """Counts (see ``record_counts``), supplier -> recipient flows, and the latest records of each kind."""
    stored = session.get(m.SummaryCount, summaries.COUNTS)
    if stored is not None and isinstance(stored.value, dict) and "per_article" in stored.value:
        # as the last refresh counted them; people (orphans are removed after a refresh) counted now
        counts = {**stored.value, "per_article": dict(stored.value["per_article"])}
        counts["people"] = session.scalar(select(func.count(func.distinct(m.PersonLink.canonical_id)))) or 0
        counts["per_article"]["people"] = session.scalar(select(func.count()).select_from(m.Person)) or 0
    else:
        counts = record_counts(session)
    latest = defaultdict(list)
    for kind in KINDS:
        latest[kind] = list(session.scalars(
            select(m.Fact.data).where(m.Fact.kind == kind)
            .order_by(m.Fact.last_reported.desc().nulls_last(), m.Fact.date.desc().nulls_last(), m.Fact.sort_key)
            .limit(5)))
    return {"counts": counts, "flows": flows(session), "latest": dict(latest)}
