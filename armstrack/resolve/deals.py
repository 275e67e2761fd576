"""Deals: the merged transfer facts of one acquisition, grouped as an analyst (or SIPRI) counts them.

A merged transfer fact is one phase of a deal (offer, order, delivery, production, cancellation) of one
supplier, recipient and system. A *deal* groups the facts of one *block* (supplier, recipient and system
family, or category when no model is named) that belong to one acquisition:

1. every order or agreement dated differently is a deal of its own (a follow-on order is a new deal);
   an undated order joins the order its article also reports, else the only dated order, else stands alone;
2. deliveries, production and cancellations, in date order, go to the order they fulfil: an order placed
   no later than they happened, preferring (a) one reported in the same story, (b) one whose quantity
   still has room for theirs (ordered minus delivered so far), (c) the latest;
3. an offer, interest or negotiation joins the first order placed on or after it, within
   the setting ``deal_offer_years``; undated ones and those after every order stay apart (talks about more);
4. what is left (deliveries before any reported order, talks) makes one deal, or two when the block also
   has orders (deliveries of an unreported order; new talks).

A block naming no model ("aircraft", "drones") is never grouped with a named one; within it, facts join
only when one story reports both, or when both are dated compatibly with the same quantity.

Users split and join deals (``deal_overrides``): a join makes the deals of two parts one (across blocks
too: "the unspecified aircraft are the J-10C"), a split keeps two parts apart. Parts are named by anchors of
their per-document records (document id + a digest of the sentence and the claim), so decisions survive
re-ingest and rebuilds. The newest decision between two parts wins.

Deals are recomputed block by block (with the blocks joined to them) whenever the resolver recomputes
transfer facts, from the stored facts alone: incremental updates equal a rebuild.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.records import STATUSES
from armstrack.kinds import STATUS_PHASE
from armstrack.resolve.text import dates_compatible
from armstrack.store import bulk
from armstrack.store import models as m
from armstrack.store.db import begin_write, session_factory

#: Bump when the grouping changes: databases built by an older grouping have their deals rebuilt.
DEALS_LAYOUT = "1"
PHASES = sorted(set(STATUS_PHASE.values()))

#: Weapon descriptions (SIPRI's "Weapon description" column) by category.
DESCRIPTIONS = {"aircraft": "aircraft", "helicopter": "helicopter", "uav": "UAV", "air_defence": "air defence system",
                "missile": "missile", "radar": "radar", "ship": "ship", "armoured_vehicle": "armoured vehicle",
                "artillery": "artillery", "small_arms": "small arms", "other": "other"}


def _chunks(items: list, size: int | None = None):
    """``items`` in slices of ``size`` (default: the setting ``sql_chunk``, ids per SQL IN list)."""
    size = size or settings.current().sql_chunk
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- blocks and anchors --------------------------------------------------------------------------

def block_of(block_key: str) -> str:
    """The deal block of a transfer fact's blocking key: ``t|supplier|recipient|phase|system`` without
    the phase."""
    parts = block_key.split("|", 4)
    if len(parts) == 5 and parts[0] == "t":
        return "|".join((parts[0], parts[1], parts[2], parts[4]))
    return block_key


def fact_keys(block: str) -> list[str]:
    """The fact blocking keys of every phase of a deal block."""
    parts = block.split("|", 3)
    if len(parts) != 4:
        return [block]
    return [f"{parts[0]}|{parts[1]}|{parts[2]}|{phase}|{parts[3]}" for phase in PHASES]


def anchor(doc_id: str, sentence: str | None, *claim: Any) -> str:
    """A per-document transfer record's name that survives re-ingest (row ids and offsets do not): its
    document, sentence and claim (supplier, recipient, system, status, quantity: one sentence can hold
    several transfers)."""
    text = "\x1f".join([sentence or "", *("" if c is None else str(c) for c in claim)])
    return f"{doc_id}#{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


#: The transfer columns an anchor is made of, after the document and the sentence.
ANCHOR_CLAIM = (m.Transfer.supplier, m.Transfer.recipient, m.Transfer.system, m.Transfer.status, m.Transfer.quantity)


# --- the parts of deals --------------------------------------------------------------------------

@dataclass
class Part:
    """A merged transfer fact as the grouping sees it."""

    fact_id: str
    block: str
    data: dict[str, Any]  #: the fact's export record
    docs: set[str]
    stories: set[str]  #: the documents' originals (a near-duplicate is its original's story)
    anchors: list[str]  #: anchors of its records, in reading order (the first names the part)
    designations: list[str] = field(default_factory=list)

    @property
    def phase(self) -> str:
        """The deal phase of the part's status (the status itself if it maps to none)."""
        return STATUS_PHASE.get(self.data.get("status"), self.data.get("status") or "")

    @property
    def when(self) -> str | None:
        """The part's date (YYYY[-MM[-DD]]), or None."""
        return self.data.get("when")

    @property
    def quantity(self) -> int | None:
        """How many units the part is, or None."""
        return self.data.get("quantity")

    @property
    def generic(self) -> bool:
        """Whether the part names no system family (a category only)."""
        return not self.data.get("family")

    @property
    def num(self) -> int:
        """The number in the fact id (0 if none); a deal's id is the lowest of its parts'."""
        digits = self.fact_id.lstrip("abcdefghijklmnopqrstuvwxyz")
        return int(digits) if digits.isdigit() else 0

    def order(self) -> tuple:
        """Canonical order: by date (undated last), then by where it is first reported (no row ids)."""
        first = self.data["mentions"][0] if self.data.get("mentions") else {"doc": "", "start": 0, "end": 0}
        # (two systems of one sentence and status, e.g. the items of a list, by name: the database's row
        # order is no order)
        return (self.when is None, self.when or "", first["doc"], first["start"], first["end"],
                self.data.get("status") or "", self.data.get("system") or "", self.quantity or 0)


def _not_before(later: str | None, earlier: str | None) -> bool:
    """Whether ``later`` can be on or after ``earlier`` (2021 ~ 2021-06; unknown dates can)."""
    if not later or not earlier:
        return True
    n = min(len(later), len(earlier))
    return later[:n] >= earlier[:n]


def _year(when: str | None) -> int | None:
    return int(when[:4]) if when and when[:4].isdigit() else None


def _shares_story(a: Part, group: list[Part]) -> bool:
    return any(a.stories & b.stories for b in group)


def _agrees(a: Part, group: list[Part]) -> bool:
    """Facts naming no model join across stories only when dated compatibly with the same quantity."""
    return any(a.stories & b.stories or (
        a.when and b.when and dates_compatible(a.when, b.when) and a.quantity is not None
        and a.quantity == b.quantity) for b in group)


class _Deal:
    def __init__(self, parts: list[Part], order: Part | None = None) -> None:
        self.parts = parts
        self.order = order
        self.delivered = 0

    def room(self, quantity: int | None) -> bool:
        ordered = self.order.quantity if self.order else None
        return ordered is None or quantity is None or self.delivered + quantity <= ordered


def _group_block(parts: list[Part]) -> list[list[Part]]:
    """The deals of one block's facts (rules 1-4 of the module docstring)."""
    parts = sorted(parts, key=Part.order)
    generic = all(p.generic for p in parts)

    def may_join(p: Part, group: list[Part]) -> bool:
        return not generic or _agrees(p, group)

    deals: list[_Deal] = []
    # 1. orders
    for o in (p for p in parts if p.phase == "agreed" and p.when):
        deals.append(_Deal([o], o))
    for o in (p for p in parts if p.phase == "agreed" and not p.when):
        same = [d for d in deals if _shares_story(o, d.parts)]
        if same:
            same[-1].parts.append(o)
        elif len(deals) == 1 and not generic:
            deals[0].parts.append(o)
        else:
            deals.append(_Deal([o], o))
    orders = list(deals)
    left: list[Part] = []
    # 2. deliveries, production, cancellations: to the order they fulfil
    for p in parts:
        if p.phase not in ("delivered", "production", "cancelled"):
            continue
        candidates = [d for d in orders if _not_before(p.when, d.order.when) and may_join(p, d.parts)]
        if not candidates:
            left.append(p)
            continue
        best = max(candidates, key=lambda d: (_shares_story(p, d.parts), d.room(p.quantity), d.order.when or "",
                                              -orders.index(d)))
        best.parts.append(p)
        if p.phase == "delivered" and p.quantity:
            best.delivered += p.quantity
    # 3. offers, interest, negotiations: to the next order within a few years
    for p in parts:
        if p.phase != "prospective":
            continue
        candidates = [d for d in orders if p.when and d.order.when and _not_before(d.order.when, p.when)
                      and _year(d.order.when) - _year(p.when) <= settings.current().deal_offer_years and may_join(p, d.parts)]
        if candidates:
            min(candidates, key=lambda d: (d.order.when, orders.index(d))).parts.append(p)
        else:
            left.append(p)
    # 4. the rest: one deal (two when there are orders: an unreported order's deliveries, and new talks)
    buckets: list[list[Part]] = [left] if not orders else [
        [p for p in left if p.phase != "prospective"], [p for p in left if p.phase == "prospective"]]
    out = [d.parts for d in deals]
    for bucket in buckets:
        groups: list[list[Part]] = []
        for p in sorted(bucket, key=Part.order):
            target = next((g for g in groups if may_join(p, g)), None)
            if target is None:
                groups.append([p])
            else:
                target.append(p)
        out.extend(groups)
    return [sorted(g, key=Part.order) for g in out if g]


def group(parts: list[Part], overrides: Iterable[tuple[str, str, str]] = ()) -> list[list[Part]]:
    """Deals of the given parts: grouped block by block, then the user's joins and splits applied.

    ``overrides``: (anchor a, anchor b, "join" | "split"). A join puts the deals of the two parts
    together; a split keeps the two parts in different deals (the other parts go with the first of
    them they are not kept apart from, in canonical order).
    """
    by_block: dict[str, list[Part]] = defaultdict(list)
    for p in parts:
        by_block[p.block].append(p)
    deals: list[list[Part]] = []
    for block in sorted(by_block):
        deals.extend(_group_block(by_block[block]))
    holder = {a: p.fact_id for p in parts for a in p.anchors}
    joins: list[tuple[str, str]] = []
    apart: set[tuple[str, str]] = set()
    for a, b, decision in overrides:
        fa, fb = holder.get(a), holder.get(b)
        if fa is None or fb is None or fa == fb:
            continue
        if decision == "join":
            joins.append((fa, fb))
        else:
            apart.add((min(fa, fb), max(fa, fb)))
    if not joins and not apart:
        return deals
    # joins: union the deals holding the two parts; the joined parts themselves must stay together
    deal_of = {p.fact_id: i for i, d in enumerate(deals) for p in d}
    parent = list(range(len(deals)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    must: dict[str, str] = {p.fact_id: p.fact_id for p in parts}

    def find_must(x: str) -> str:
        while must[x] != x:
            must[x] = must[must[x]]
            x = must[x]
        return x

    for fa, fb in joins:
        parent[find(deal_of[fa])] = find(deal_of[fb])
        ra, rb = find_must(fa), find_must(fb)
        if ra != rb:
            must[max(ra, rb)] = min(ra, rb)
    merged: dict[int, list[Part]] = defaultdict(list)
    for i, d in enumerate(deals):
        merged[find(i)].extend(d)
    out: list[list[Part]] = []
    for root in sorted(merged):
        members = sorted(merged[root], key=Part.order)
        ids = {p.fact_id for p in members}
        if not any(a in ids and b in ids for a, b in apart):
            out.append(members)
            continue
        # splits: units that must stay together are placed in turn in the first group nothing keeps
        # them from that holds a part of the same automatic deal (else a new group), so what the
        # grouping put together stays together wherever the user said nothing
        units: dict[str, list[Part]] = defaultdict(list)
        for p in members:
            units[find_must(p.fact_id)].append(p)
        groups: list[list[Part]] = []
        for unit in sorted(units.values(), key=lambda u: u[0].order()):
            uids = {p.fact_id for p in unit}
            autos = {deal_of[x] for x in uids}
            for g in groups:
                if autos & {deal_of[y.fact_id] for y in g} and \
                        not any((min(x, y.fact_id), max(x, y.fact_id)) in apart for x in uids for y in g):
                    g.extend(unit)
                    break
            else:
                groups.append(list(unit))
        out.extend(sorted(g, key=Part.order) for g in groups)
    return out


# --- the register row of a deal ------------------------------------------------------------------

def _evidence(part: Part, docs: dict[str, dict]) -> dict[str, Any] | None:
    """The mention of ``part`` in its earliest-published document: {doc_id, url, sentence, start, end}."""
    mentions = part.data.get("mentions") or []
    if not mentions:
        return None

    def when(x):
        pub = (docs.get(x["doc"]) or {}).get("published")
        return (pub is None, pub or "", x["doc"], x["start"], x["end"])

    best = min(mentions, key=when)
    return {"doc_id": best["doc"], "url": (docs.get(best["doc"]) or {}).get("url"), "sentence": best["text"],
            "start": best["start"], "end": best["end"]}


def _rank(status: str | None) -> int:
    return STATUSES.index(status) if status in STATUSES else -1


def deal_row(parts: list[Part], docs: dict[str, dict]) -> dict[str, Any]:
    """The register row of a deal (the dict ``armstrack.query.register.register_rows`` returns).

    ``docs``: document id -> {"published": ISO date or None, "url": ...} for every document of the parts.
    """
    parts = sorted(parts, key=Part.order)
    orders = [p for p in parts if p.phase == "agreed"]
    deliveries = [p for p in parts if p.phase == "delivered"]
    production = [p for p in parts if p.phase == "production"]
    cancels = [p for p in parts if p.phase == "cancelled"]
    prospective = [p for p in parts if p.phase == "prospective"]
    # the order: the one most sources report, then the earliest dated
    main = min(orders, key=lambda p: (-len(p.stories), p.when is None, p.when or "", p.order())) if orders else None
    named = [p for p in parts if not p.generic]
    head = main or (named[0] if named else parts[0])
    family = next((p.data.get("family") for p in [head, *parts] if p.data.get("family")), None)
    category = head.data.get("category") or next((p.data.get("category") for p in parts if p.data.get("category")), None)
    counts: dict[str, int] = defaultdict(int)
    first_seen: dict[str, int] = {}
    for p in parts:
        for d in p.designations:
            counts[d] += 1
            first_seen.setdefault(d, len(first_seen))
    designations = sorted(counts, key=lambda d: (-counts[d], first_seen[d]))
    number_ordered = main.quantity if main else None
    delivery_rows = []
    for p in deliveries:
        delivery_rows.append({"date": p.when, "year": _year(p.when), "number": p.quantity,
                              "sources": _doc_order(p.docs, docs), "evidence": _evidence(p, docs)})
    numbers = [d["number"] for d in delivery_rows if d["number"] is not None]
    number_delivered = sum(numbers) if numbers else None
    # status: where the deal stands now
    if cancels and not any(_not_before(p.when, c.when) and p.when and c.when and p.when > c.when
                           for p in deliveries for c in cancels):
        status = "cancelled"
    elif deliveries:
        status = "partly_delivered" if number_ordered and number_delivered is not None \
            and number_delivered < number_ordered else "delivered"
    elif production:
        status = max((p.data.get("status") for p in production), key=_rank)
    elif orders:
        status = max((p.data.get("status") for p in orders), key=_rank)
    else:
        status = max((p.data.get("status") for p in prospective), key=_rank)
    value_part = next((p for p in [main, *orders, *parts] if p is not None and p.data.get("value") is not None), None)
    all_docs = {d for p in parts for d in p.docs}
    published = sorted(docs[d]["published"] for d in all_docs if (docs.get(d) or {}).get("published"))
    conflicts: list[dict] = []
    for p in parts:
        for c in p.data.get("conflicts") or []:
            conflicts.append({**c, "phase": p.phase})
    if main and len({p.quantity for p in orders if p.quantity is not None}) > 1:
        conflicts.append({"field": "number_ordered", "phase": "agreed", "values": sorted(
            ({"value": p.quantity, "doc": sorted(p.docs)[0]} for p in orders if p.quantity is not None),
            key=lambda v: (str(v["value"]), v["doc"]))})
    if number_ordered is not None and number_delivered is not None and number_delivered > number_ordered:
        conflicts.append({"field": "number_delivered", "phase": "delivered", "values": [
            {"value": number_ordered, "doc": sorted(main.docs)[0]},
            {"value": number_delivered, "doc": sorted(d for p in deliveries for d in p.docs)[0]}]})
    mentions = sorted({(x["doc"], x["start"], x["end"], x["text"]) for p in parts for x in p.data.get("mentions") or []})
    order_evidence = _evidence(main, docs) if main else None
    evidence = order_evidence or _evidence(min(parts, key=lambda p: (
        min(((docs.get(d) or {}).get("published") or "9999") for d in p.docs) if p.docs else "9999", p.order())), docs)
    supplier, recipient = head.data.get("supplier"), head.data.get("recipient")
    if status in ("delivered", "partly_delivered"):
        status_part = deliveries[-1]
    else:
        status_part = [p for p in parts if p.data.get("status") == status][-1]
    design_part = next((p for p in parts if designations and designations[0] in p.designations), head)
    dated = sorted(w for p in parts if (w := p.when))
    return {
        "deal_id": min(p.num for p in parts),
        "supplier": supplier, "recipient": recipient,
        "family": family, "designations": designations,
        "designation": designations[0] if designations and family else (
            f"unspecified {designations[0] if designations else DESCRIPTIONS.get(category or '', 'weapons')}"),
        "category": category, "description": DESCRIPTIONS.get(category or "", category),
        "order_date": main.when if main else None, "order_year": _year(main.when) if main else None,
        "number_ordered": number_ordered,
        "deliveries": delivery_rows, "number_delivered": number_delivered,
        "delivery_years": sorted({d["year"] for d in delivery_rows if d["year"] is not None}),
        "status": status,
        "value": value_part.data.get("value") if value_part else None,
        "currency": value_part.data.get("currency") if value_part else None,
        "sources": _doc_order(all_docs, docs),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "conflicts": conflicts,
        "evidence": evidence,
        "cells": {"order": order_evidence, "designation": _evidence(design_part, docs),
                  "status": _evidence(status_part, docs)},
        # what since/until filter on: its dates, else when it was reported
        "first_date": dated[0] if dated else (published[0] if published else None),
        "last_date": dated[-1] if dated else (published[-1] if published else None),
        "parts": [{"id": p.fact_id, "status": p.data.get("status"), "phase": p.phase, "when": p.when,
                   "quantity": p.quantity, "system": p.data.get("system"), "sources": _doc_order(p.docs, docs),
                   "evidence": _evidence(p, docs)} for p in parts],
        "mentions": [{"doc": d, "start": s, "end": e, "text": t} for d, s, e, t in mentions],
    }


def _doc_order(ids: Iterable[str], docs: dict[str, dict]) -> list[str]:
    """Document ids by publication (undated last), then id."""
    return sorted(set(ids), key=lambda d: ((docs.get(d) or {}).get("published") is None,
                                           (docs.get(d) or {}).get("published") or "", d))


# --- maintaining the deals table -----------------------------------------------------------------

def _load_parts(session: Session, blocks: set[str]) -> list[Part]:
    keys = sorted({k for b in blocks for k in fact_keys(b)})
    rows = []
    for chunk in _chunks(keys):
        # by block key alone, through its index (SQLite prefers the kind's index, a scan of every transfer)
        rows.extend(r for r in session.execute(select(m.Fact.sort_key, m.Fact.id, m.Fact.kind, m.Fact.block_key,
                                                      m.Fact.data).where(m.Fact.block_key.in_(chunk)))
                    if r.kind == "transfers")
    # the parts of a block in the facts' order (what the kind's index gave), whatever the query plan and
    # however the blocks were split into calls
    rows.sort(key=lambda r: (r.sort_key, r.id))
    facts: dict[str, tuple[str, dict]] = {r.id: (block_of(r.block_key), r.data) for r in rows}
    del rows
    if not facts:
        return []
    members: dict[str, list[tuple]] = defaultdict(list)
    for chunk in _chunks(sorted(facts)):
        for fid, doc, start, end, sentence, published, dup, *claim in session.execute(
                select(m.FactMember.fact_id, m.Transfer.doc_id, m.Transfer.start, m.Transfer.end, m.Transfer.sentence,
                       m.Document.published, m.DocSignature.duplicate_of, *ANCHOR_CLAIM)
                .join(m.Transfer, m.Transfer.id == m.FactMember.record_id)
                .join(m.Document, m.Document.id == m.Transfer.doc_id)
                .outerjoin(m.DocSignature, m.DocSignature.doc_id == m.Transfer.doc_id)
                .where(m.FactMember.kind == "transfers", m.FactMember.fact_id.in_(chunk))):
            members[fid].append((published is None, published or date.min, doc, start, end,
                                 anchor(doc, sentence, *claim), claim[2], dup or doc))
    parts = []
    for fid, (block, data) in facts.items():
        rows = sorted(members.get(fid, []), key=lambda r: r[:5])
        designations: list[str] = []
        for r in rows:
            if r[6] and r[6] not in designations:
                designations.append(r[6])
        parts.append(Part(fid, block, data, {r[2] for r in rows}, {r[7] for r in rows}, [r[5] for r in rows],
                          designations))
    return parts


def _overrides(session: Session) -> list[tuple[str, str, str]]:
    return [(o.a, o.b, o.decision) for o in session.scalars(select(m.DealOverride).order_by(m.DealOverride.id))]


def anchor_blocks(session: Session, anchors: Iterable[str]) -> dict[str, tuple[str, str]]:
    """anchor -> (fact id, deal block) of the transfer record it names (anchors no record has are left out)."""
    wanted = set(anchors)
    by_doc: dict[str, set[str]] = defaultdict(set)
    for a in wanted:
        by_doc[a.rsplit("#", 1)[0]].add(a)
    out: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(by_doc)):
        for doc, sentence, fid, bkey, *claim in session.execute(
                select(m.Transfer.doc_id, m.Transfer.sentence, m.FactMember.fact_id, m.Fact.block_key, *ANCHOR_CLAIM)
                .join(m.FactMember, (m.FactMember.record_id == m.Transfer.id) & (m.FactMember.kind == "transfers"))
                .join(m.Fact, m.Fact.id == m.FactMember.fact_id)
                .where(m.Transfer.doc_id.in_(chunk))):
            a = anchor(doc, sentence, *claim)
            if a in wanted:
                out[a] = (fid, block_of(bkey))
    return out


def update(session: Session, blocks: Iterable[str]) -> int:
    """Recompute the deals of the given deal blocks (and of every block joined to them, by the user or
    through a deal that spanned them); returns how many deals were written. Does not commit."""
    todo = set(blocks)
    if not todo:
        return 0
    overrides = _overrides(session)
    joined = [(a, b) for a, b, d in overrides if d == "join"]
    neighbours: dict[str, set[str]] = defaultdict(set)
    if joined:
        where = anchor_blocks(session, {x for pair in joined for x in pair})
        for a, b in joined:
            if a in where and b in where:
                neighbours[where[a][1]].add(where[b][1])
                neighbours[where[b][1]].add(where[a][1])
    seen: set[str] = set()
    old_deals: set[int] = set()
    stored = session.scalar(select(exists().where(m.DealMember.deal_id.is_not(None))))  # none at a first resolve
    while todo:
        seen |= todo
        nxt = {n for b in todo for n in neighbours.get(b, ())}
        for chunk in _chunks(sorted(todo) if stored else []):
            ids = set(session.scalars(select(m.DealMember.deal_id).where(m.DealMember.block.in_(chunk))))
            new_ids = sorted(ids - old_deals)
            old_deals |= ids
            for c2 in _chunks(new_ids):
                nxt.update(session.scalars(select(m.DealMember.block).where(m.DealMember.deal_id.in_(c2)).distinct()))
        todo = nxt - seen
    for chunk in _chunks(sorted(old_deals)):
        session.execute(delete(m.DealMember).where(m.DealMember.deal_id.in_(chunk)))
        session.execute(delete(m.Deal).where(m.Deal.id.in_(chunk)))
    parts = _load_parts(session, seen)
    if not parts:
        return 0
    return _write(session, group(parts, overrides))


def _write(session: Session, deals: list[list[Part]]) -> int:
    doc_ids = sorted({d for parts in deals for p in parts for d in p.docs})
    docs: dict[str, dict] = {}
    for chunk in _chunks(doc_ids):
        for did, published, url in session.execute(select(m.Document.id, m.Document.published, m.Document.url)
                                                   .where(m.Document.id.in_(chunk))):
            docs[did] = {"published": published.isoformat() if published else None, "url": url}
    deal_rows, member_rows = [], []
    for parts in deals:
        row = deal_row(parts, docs)
        deal_rows.append({"id": row["deal_id"], "supplier": (row["supplier"] or None) and row["supplier"][:128],
                          "recipient": (row["recipient"] or None) and row["recipient"][:128],
                          "family": (row["family"] or None) and row["family"][:128],
                          "order_date": row["order_date"], "first_date": row.pop("first_date"),
                          "last_date": row.pop("last_date"), "data": row,
                          "sort_key": json.dumps([row["recipient"] or "~", row["supplier"] or "~",
                                                  row["order_date"] or (row["deliveries"][0]["date"] if row["deliveries"]
                                                                        else None) or "~", row["deal_id"]])})
        member_rows.extend({"deal_id": row["deal_id"], "fact_id": p.fact_id, "block": p.block[:512]} for p in parts)
    bulk.insert(session, m.Deal.__table__, deal_rows)
    bulk.insert(session, m.DealMember.__table__, member_rows)
    return len(deal_rows)


def rebuild_all(session: Session) -> int:
    """Drop every deal and group all transfer facts again (does not commit)."""
    session.execute(delete(m.DealMember))
    session.execute(delete(m.Deal))
    blocks = {block_of(k) for k in session.scalars(select(m.Fact.block_key).where(m.Fact.kind == "transfers"))}
    return update(session, blocks)


def upgrade(engine) -> bool:
    """Build the deals of a database whose deals were grouped by an older layout (or never); returns
    whether it did."""
    with session_factory(engine)() as s:
        stored = s.get(m.Meta, "deals_layout")
        if stored is not None and stored.value == DEALS_LAYOUT:
            return False
        begin_write(s)
        rebuild_all(s)
        s.merge(m.Meta(name="deals_layout", value=DEALS_LAYOUT))
        try:
            s.commit()
        except IntegrityError:  # another process opening the same new database marked it first
            s.rollback()
    return True


# --- the user's splits and joins -----------------------------------------------------------------

class NotFound(LookupError):
    """No deal, or no such part of a deal, matches what the user gave."""

    pass


def _fact_anchors(session: Session, fact_ids: Iterable[str]) -> dict[str, list[str]]:
    """fact id -> anchors of its records, the first record (by publication, document, position) first."""
    rows: dict[str, list[tuple]] = defaultdict(list)
    for chunk in _chunks(sorted(set(fact_ids))):
        for fid, doc, start, end, sentence, published, *claim in session.execute(
                select(m.FactMember.fact_id, m.Transfer.doc_id, m.Transfer.start, m.Transfer.end, m.Transfer.sentence,
                       m.Document.published, *ANCHOR_CLAIM)
                .join(m.Transfer, m.Transfer.id == m.FactMember.record_id)
                .join(m.Document, m.Document.id == m.Transfer.doc_id)
                .where(m.FactMember.kind == "transfers", m.FactMember.fact_id.in_(chunk))):
            rows[fid].append((published is None, published or date.min, doc, start, end,
                              anchor(doc, sentence, *claim)))
    return {fid: [r[-1] for r in sorted(rs, key=lambda r: r[:5])] for fid, rs in rows.items()}


def _deal(session: Session, deal_id: int | str) -> dict:
    text = str(deal_id).strip().lstrip("dD")
    found = session.scalar(select(m.Deal.data).where(m.Deal.id == int(text))) if text.isdigit() else None
    if found is None:
        raise NotFound(f"no deal {deal_id!r} (`armstrack register` lists them, with their ids)")
    return found


def _set(session: Session, a: str, b: str, decision: str) -> None:
    a, b = min(a, b), max(a, b)
    if a == b:
        return
    session.execute(delete(m.DealOverride).where(m.DealOverride.a == a, m.DealOverride.b == b))
    session.add(m.DealOverride(a=a, b=b, decision=decision))


def _deal_of_fact(session: Session, fact_id: str) -> dict | None:
    did = session.scalar(select(m.DealMember.deal_id).where(m.DealMember.fact_id == fact_id))
    return session.scalar(select(m.Deal.data).where(m.Deal.id == did)) if did is not None else None


def _blocks(session: Session, fact_ids: Iterable[str]) -> set[str]:
    out = set()
    for chunk in _chunks(sorted(set(fact_ids))):
        out.update(block_of(k) for k in session.scalars(select(m.Fact.block_key).where(m.Fact.id.in_(chunk))))
    return out


def split(session: Session, deal_id: int | str, parts: list[str]) -> list[dict]:
    """Take the given parts (transfer fact ids such as ``t12``, as the deal's ``parts`` list them) out of a
    deal into a deal of their own; the decision survives re-ingest. Returns the deals they are in now. Commits.
    """
    begin_write(session)
    deal = _deal(session, deal_id)
    ids = [p["id"] for p in deal["parts"]]
    chosen: list[str] = []
    for part in parts:
        pid = part.strip()
        pid = pid if pid.startswith("t") else f"t{pid}"
        if pid not in ids:
            raise NotFound(f"{part!r} is not a part of deal {deal['deal_id']} (its parts: {', '.join(ids)})")
        chosen.append(pid)
    if not chosen:
        raise ValueError("name the parts to split off (--part, as `register --json` lists them)")
    rest = [i for i in ids if i not in chosen]
    if not rest:
        raise ValueError(f"every part of deal {deal['deal_id']} would be split off; name only some of them")
    anchors = _fact_anchors(session, ids)
    for x in chosen:
        for y in rest:
            if anchors.get(x) and anchors.get(y):
                _set(session, anchors[x][0], anchors[y][0], "split")
    session.flush()
    update(session, _blocks(session, ids))
    session.commit()
    return _deals_of(session, ids)


def join(session: Session, a: int | str, b: int | str) -> dict:
    """Make two deals one (also across systems: "the unspecified aircraft are these J-10C"); the
    decision survives re-ingest. Returns the joined deal. Commits."""
    begin_write(session)
    da, db_ = _deal(session, a), _deal(session, b)
    if da["deal_id"] == db_["deal_id"]:
        return da
    ia, ib = [p["id"] for p in da["parts"]], [p["id"] for p in db_["parts"]]
    anchors = _fact_anchors(session, ia + ib)
    # the newest decision wins: splits between the two deals' parts go
    left = {x for f in ia for x in anchors.get(f, [])}
    right = {x for f in ib for x in anchors.get(f, [])}
    for o in list(session.scalars(select(m.DealOverride).where(m.DealOverride.decision == "split"))):
        if (o.a in left and o.b in right) or (o.a in right and o.b in left):
            session.delete(o)
    first_a = next((anchors[f][0] for f in ia if anchors.get(f)), None)
    first_b = next((anchors[f][0] for f in ib if anchors.get(f)), None)
    if first_a is None or first_b is None:
        raise NotFound("the deals' records are gone; run `armstrack resolve` and list them again")
    _set(session, first_a, first_b, "join")
    session.flush()
    update(session, _blocks(session, ia + ib))
    session.commit()
    return _deals_of(session, ia)[0]


def _deals_of(session: Session, fact_ids: list[str]) -> list[dict]:
    out: dict[int, dict] = {}
    for f in fact_ids:
        d = _deal_of_fact(session, f)
        if d is not None:
            out.setdefault(d["deal_id"], d)
    return [out[k] for k in sorted(out)]


def overrides(session: Session) -> list[dict]:
    """The user's decisions, oldest first."""
    return [{"a": o.a, "b": o.b, "decision": o.decision,
             "created_at": o.created_at.isoformat() if o.created_at else None}
            for o in session.scalars(select(m.DealOverride).order_by(m.DealOverride.id))]
