"""The resolve stage: brings the merged view up to date after documents were written or deleted.

Per-document rows stay as they are (they are the evidence). What this stage maintains:

* ``doc_signatures`` / ``doc_bands``: MinHash signatures and LSH bands; ``duplicate_of`` per document;
* ``person_links`` / ``entity_links``: the canonical person or entity of every name, with the rule and
  evidence of each merge (recomputed over all names, cheap: names only);
* ``record_keys``: blocking keys of every record (index keys, and probe-only keys flagged ``probe``;
  see armstrack.resolve.rules for what links two records);
* ``facts`` / ``fact_members`` / ``fact_links``: one row per real-world fact;
* ``fact_states`` / ``fact_keys``: per fact, its place in the canonical order, its representatives and
  their keys, and its merge state (armstrack.resolve.accum).

Incremental by blocks: writing or deleting a document queues work (``resolve_queue``, in the same
transaction). A new record that sorts after every member of the stored facts linked to it (publication
order) is placed against those facts' representatives and folded into the merge state of the one it
joins, without reading their members (``_place``). Every other seed (records that sort earlier, re-keyed
people, near-duplicate changes, deleted documents) is expanded to the connected groups of linked records,
and those are recomputed from all their member rows, in a canonical order. The result is a function of
the stored records alone, so it does not depend on ingest order and equals a build from scratch.

A queued or seed key is ``(kind, key, probe)``: the records linked to a key a record indexes are all
its holders; to a key it only probes, the records that index it.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, exists, func, select
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from armstrack import kinds, settings
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers
from armstrack.resolve import accum, deals, duplicates, factwrite, rules
from armstrack.resolve.entities import EntityRow, cluster_entities
from armstrack.resolve.entities import block_of as block_of_entity
from armstrack.resolve.people import Name, cluster_people, rank_ladders
from armstrack.resolve.people import block_of as block_of_person
from armstrack.resolve.rules import PREFIX, Canon, Rec
from armstrack.store import models as m
from armstrack.store import bulk, queue, summaries
from armstrack.store.db import begin_write, session_factory
from armstrack.store.pages import add_pages, document_pages
from armstrack.store.fields import RECORD_FIELDS

log = logging.getLogger(__name__)

KINDS = tuple(RECORD_FIELDS)


def _chunks(items: list, size: int | None = None):
    """``items`` in slices of ``size`` (default: the setting ``sql_chunk``, ids per SQL IN list)."""
    size = size or settings.current().sql_chunk
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- queueing (in the writing transaction: armstrack.resolve.database passes this to store.db) ----

def queue_deletion(session: Session, doc_id: str) -> None:
    """Before a document is deleted: remember the blocks, facts and near-duplicates it touched."""
    rows: list[queue.Entry] = []
    for kind, key, probe in session.execute(select(m.RecordKey.kind, m.RecordKey.key, m.RecordKey.probe)
                                            .where(m.RecordKey.doc_id == doc_id).distinct()):
        rows.append(queue.Entry.key(kind, key, probe))
    for (fid,) in session.execute(select(m.FactMember.fact_id).where(m.FactMember.doc_id == doc_id).distinct()):
        rows.append(queue.Entry(queue.Kind.FACT, fid))
    own = session.scalar(select(m.DocSignature.duplicate_of).where(m.DocSignature.doc_id == doc_id))
    related = {own} if own else set()
    related.update(session.scalars(select(m.DocSignature.doc_id).where(
        m.DocSignature.duplicate_of.in_([doc_id] + ([own] if own else [])))))
    related.discard(doc_id)
    rows.extend(queue.Entry(queue.Kind.DUPLICATE, d) for d in sorted(related))
    # the people and entities it named: their blocks are reclustered without its mentions
    for b in sorted({block_of_person(n) for n in session.scalars(
            select(m.Person.name).join(m.PersonMention, m.PersonMention.person_id == m.Person.id)
            .where(m.PersonMention.doc_id == doc_id).distinct())}):
        rows.append(queue.Entry(queue.Kind.PERSON_BLOCK, b))
    for b in sorted({block_of_entity(e.type, e.canonical, e.attrs) for e in session.scalars(
            select(m.Entity).where(m.Entity.id.in_(
                select(m.EntityMention.entity_id).where(m.EntityMention.doc_id == doc_id))))}):
        rows.append(queue.Entry(queue.Kind.ENTITY_BLOCK, b))
    queue.enqueue(session, rows)
    session.execute(delete(m.FactMember).where(m.FactMember.doc_id == doc_id))


# --- the refresh ----------------------------------------------------------------------------------

@dataclass
class _Work:
    """What one refresh does, taken from the queue."""

    new_docs: list[str]
    seed_keys: set[tuple[str, str, bool]]
    dead_facts: set[str]
    dupdocs: list[str]
    pblocks: set[str]
    eblocks: set[str]
    #: documents resolved for the first time (no signature yet): their people are added to the summary
    fresh_docs: set[str] = field(default_factory=set)
    #: person blocks only fresh documents reached (their summary rows may be folded, not recounted)
    fresh_pblocks: set[str] = field(default_factory=set)


@dataclass
class RefreshReport:
    """What a refresh or rebuild did: counts, time taken and time per step."""

    documents: int = 0
    records: int = 0
    facts: int = 0  #: facts recomputed
    facts_unchanged: int = 0  #: of those, left as they were stored
    facts_updated: int = 0  #: of those, updated in place (same id)
    placed: int = 0  #: new records placed against stored facts (not regrouped)
    unplaced: int = 0  #: new records whose groups were recomputed
    seconds: float = 0.0
    people_changed: int = 0
    people_folded: int = 0  #: people summary rows the new documents were added to (not recounted)
    duplicates_changed: int = 0
    timings: dict[str, float] = field(default_factory=dict)


class Resolver:
    """Turns stored documents' records into merged facts, people and entity clusters, and deals."""

    def __init__(self, session: Session, gaz: Gazetteers | None = None) -> None:
        self.session = session
        self.gaz = gaz or load_gazetteers()

    # -- entry points --

    def refresh(self, extra_keys: Iterable[tuple[str, str, bool]] = (), everyone: bool = False) -> RefreshReport:
        """Process the queue: everything written or deleted since the last refresh. Commits.

        ``everyone``: recluster all people and entities (after a user's split or merge), not only the
        blocks the queued documents touched.
        """
        started = time.perf_counter()
        report = RefreshReport()
        s = self.session
        begin_write(s)  # one resolve at a time, and no document written while it runs
        self._cache: dict[tuple[str, int], Rec] = {}
        self._written = factwrite.Written()
        self._placed = self._unplaced = 0
        self._relinked: set[int] = set()  # canonical person ids whose links changed (by _update_people)
        self._relinked_blocks: set[str] = set()  # and the person blocks of those links
        self._timings = report.timings
        work = self._take_queue(extra_keys)
        report.documents = len(work.new_docs)
        # 1. near-duplicates
        t = time.perf_counter()
        dup_changed = self._near_duplicates(work)
        report.duplicates_changed = len(dup_changed)
        report.timings["duplicates"] = time.perf_counter() - t
        # 2. canonical people and entities
        t = time.perf_counter()
        changed_people = self._canonical_names(work, everyone)
        report.people_changed = len(changed_people)
        report.timings["people+entities"] = time.perf_counter() - t
        # 3. stored records whose groups change: re-keyed people, near-duplicate changes, facts that lost members
        t = time.perf_counter()
        canon = self._canon()
        rekey = self._unkey_people(changed_people, work.seed_keys)
        self._seed_near_duplicates(dup_changed, work.seed_keys)
        self._drop_dead_facts(work.dead_facts, work.seed_keys)
        self._seed_new_affiliations(work.new_docs, work.seed_keys)
        seeds_by_kind: dict[str, set[tuple[str, bool]]] = defaultdict(set)
        for kind, k, probe in work.seed_keys:
            seeds_by_kind[kind].add((k, probe))
        report.timings["keys"] = time.perf_counter() - t
        report.timings["facts"] = 0.0
        # 4. kind by kind (so only one kind's new records are in memory): key the new and re-keyed
        # records, place the new ones, then recompute the groups of linked records the other keys reach
        deal_keys: set[str] = set()
        for kind in m.RECORD_MODELS:
            t = time.perf_counter()
            new_keys: set[tuple[str, bool]] = set()
            new_recs = self._key_records(kind, work.new_docs, sorted(rekey.get(kind, ())), canon,
                                         seeds_by_kind[kind], new_keys, report)
            report.timings["keys"] += time.perf_counter() - t
            t = time.perf_counter()
            if kind == "transfers":
                deal_keys = {k for k, _ in seeds_by_kind[kind] | new_keys}
            # new records are placed against the stored facts linked to them; the groups of those that
            # cannot be, and of every other seed, are recomputed after (over what placing wrote)
            if new_recs is None:
                seeds_by_kind[kind] |= new_keys
            elif new_recs:
                placed, unplaced = self._place(kind, new_recs, canon)
                report.facts += placed
                seeds_by_kind[kind] |= unplaced
            report.timings["place"] = report.timings.get("place", 0.0) + time.perf_counter() - t
            t = time.perf_counter()
            if seeds_by_kind[kind]:
                report.facts += self._rebuild_blocks(kind, seeds_by_kind[kind], canon)
            self._cache = {}
            report.timings["facts"] += time.perf_counter() - t
        # the deals of the transfer blocks whose facts were recomputed (a chunk of blocks at a time: a
        # deferred resolve reaches thousands; update() recomputes whole deals, joined blocks included)
        t = time.perf_counter()
        for blocks in _chunks(sorted({deals.block_of(k) for k in deal_keys}), settings.current().resolve_deal_blocks):
            deals.update(s, blocks)
        report.timings["deals"] = time.perf_counter() - t
        report.facts_unchanged, report.facts_updated = self._written.unchanged, self._written.updated
        report.placed, report.unplaced = self._placed, self._unplaced
        t = time.perf_counter()
        # the API's per-person summary: people that only fresh documents name, with unchanged links, get
        # those documents' mentions and titles added; the rest of the blocks are recounted
        fold = None if everyone else summaries.Fold(work.fresh_pblocks - self._relinked_blocks, work.fresh_docs,
                                                    self._relinked)
        report.people_folded = summaries.after_refresh(s, None if everyone else work.pblocks, fold)
        report.timings["summaries"] = time.perf_counter() - t
        settings.crash_point("resolve")
        s.commit()
        report.seconds = time.perf_counter() - started
        return report

    # -- the phases of a refresh --

    def _take_queue(self, extra_keys: Iterable[tuple[str, str, bool]]) -> _Work:
        """Empty the queue into what this refresh does; documents deleted since they were queued are left out."""
        s = self.session
        queued = queue.take(s)
        K = queue.Kind
        work = _Work(new_docs=list(dict.fromkeys(q.value for q in queued if q.kind is K.DOCUMENT)),
                     seed_keys=set(extra_keys),
                     dead_facts={q.value for q in queued if q.kind is K.FACT},
                     dupdocs=[q.value for q in queued if q.kind is K.DUPLICATE],
                     pblocks={q.value for q in queued if q.kind is K.PERSON_BLOCK},
                     eblocks={q.value for q in queued if q.kind is K.ENTITY_BLOCK})
        work.seed_keys.update(queue.parse_key(q.value) for q in queued if q.kind is K.KEY)
        existing = set()
        for chunk in _chunks(work.new_docs):
            existing.update(s.scalars(select(m.Document.id).where(m.Document.id.in_(chunk))))
        work.new_docs = [d for d in work.new_docs if d in existing]
        return work

    def _near_duplicates(self, work: _Work) -> set[str]:
        """Index the new documents' signatures and regroup near-duplicates; returns the other documents
        whose near-duplicate status changed."""
        s = self.session
        new_docs = work.new_docs
        have_sig = set()
        for chunk in _chunks(new_docs):
            have_sig.update(s.scalars(select(m.DocSignature.doc_id).where(m.DocSignature.doc_id.in_(chunk))))
        todo = [d for d in new_docs if d not in have_sig]
        work.fresh_docs = set(todo)
        # documents stored unanalysed by triage have no records to count twice: not indexed (most of
        # a general news stream; cheap to skip, and a later --no-triage ingest replaces and indexes them)
        unanalysed: set[str] = set()
        for chunk in _chunks(todo):
            rows = s.execute(select(m.Document.id, m.Document.text, m.Document.meta)
                             .where(m.Document.id.in_(chunk))).all()
            unanalysed.update(r.id for r in rows if isinstance(r.meta, dict) and r.meta.get(m.NOT_ANALYSED_KEY))
            duplicates.index_documents(s, [(r.id, r.text) for r in rows if r.id not in unanalysed])
        s.flush()
        # shingles are not kept: the few documents with candidates have theirs made again. A chunk of
        # seeds at a time (a deferred resolve has thousands): each call regroups whole connected
        # groups of the documents already indexed, so a group reached twice is written alike twice
        changed: set[str] = set()
        for chunk in _chunks([d for d in new_docs if d not in unanalysed] + work.dupdocs):
            changed |= duplicates.update_groups(s, chunk)
        return changed - set(new_docs)

    def _canonical_names(self, work: _Work, everyone: bool) -> set[str]:
        """Recluster the people and entity blocks the new documents name; returns the changed canonical people."""
        s = self.session
        recount: set[str] = set()  # blocks of deleted documents (queued) and of documents resolved before
        for chunk in _chunks(work.new_docs):
            for doc, name in s.execute(
                    select(m.PersonMention.doc_id, m.Person.name).join(m.Person, m.PersonMention.person_id == m.Person.id)
                    .where(m.PersonMention.doc_id.in_(chunk)).distinct()):
                (work.fresh_pblocks if doc in work.fresh_docs else recount).add(block_of_person(name))
        work.fresh_pblocks -= work.pblocks | recount
        work.pblocks |= recount | work.fresh_pblocks
        for chunk in _chunks(work.new_docs):
            work.eblocks.update(block_of_entity(e.type, e.canonical, e.attrs) for e in s.scalars(
                select(m.Entity).where(m.Entity.id.in_(
                    select(m.EntityMention.entity_id).where(m.EntityMention.doc_id.in_(chunk))))))
        changed_people = self._update_people(None if everyone else work.pblocks)
        self._update_entities(None if everyone else work.eblocks)
        return changed_people

    def _unkey_people(self, changed_people: set[str], seed_keys: set[tuple[str, str, bool]]) -> dict[str, set[int]]:
        """Records naming a person whose canonical name changed: their keys become seeds and are dropped
        (they are keyed again); returns their ids per kind."""
        s = self.session
        rekey: dict[str, set[int]] = defaultdict(set)
        for chunk in _chunks(sorted(changed_people)):
            for kind, rid in s.execute(select(m.RecordKey.kind, m.RecordKey.record_id)
                                       .where(m.RecordKey.person.in_(chunk))):
                rekey[kind].add(rid)
        for kind, ids in rekey.items():
            for chunk in _chunks(sorted(ids)):
                for k, probe in s.execute(select(m.RecordKey.key, m.RecordKey.probe).where(
                        m.RecordKey.kind == kind, m.RecordKey.record_id.in_(chunk))):
                    seed_keys.add((kind, k, bool(probe)))
                s.execute(delete(m.RecordKey).where(m.RecordKey.kind == kind, m.RecordKey.record_id.in_(chunk)))
        return rekey

    def _seed_near_duplicates(self, dup_changed: set[str], seed_keys: set[tuple[str, str, bool]]) -> None:
        """Documents whose near-duplicate status changed: their facts' source counts change."""
        for chunk in _chunks(sorted(dup_changed)):
            seed_keys.update((kind, k, bool(p)) for kind, k, p in self.session.execute(
                select(m.RecordKey.kind, m.RecordKey.key, m.RecordKey.probe)
                .where(m.RecordKey.doc_id.in_(chunk)).distinct()))

    def _drop_dead_facts(self, dead_facts: set[str], seed_keys: set[tuple[str, str, bool]]) -> None:
        """Facts that lost members (a deleted document): dropped, their other members re-clustered."""
        s = self.session
        for chunk in _chunks(sorted(dead_facts)):
            members = s.execute(select(m.FactMember.kind, m.FactMember.record_id)
                                .where(m.FactMember.fact_id.in_(chunk))).all()
            by_kind = defaultdict(list)
            for kind, rid in members:
                by_kind[kind].append(rid)
            for kind, rids in by_kind.items():
                for c2 in _chunks(rids):
                    seed_keys.update((kind_, k, bool(p)) for kind_, k, p in s.execute(
                        select(m.RecordKey.kind, m.RecordKey.key, m.RecordKey.probe).where(
                            m.RecordKey.kind == kind, m.RecordKey.record_id.in_(c2)).distinct()))
            s.execute(delete(m.FactState).where(m.FactState.fact_id.in_(chunk)))
            s.execute(delete(m.FactKey).where(m.FactKey.fact_id.in_(chunk)))
            s.execute(delete(m.FactLink).where(m.FactLink.fact_id.in_(chunk)))
            s.execute(delete(m.FactMember).where(m.FactMember.fact_id.in_(chunk)))
            s.execute(delete(m.Fact).where(m.Fact.id.in_(chunk)))

    def _seed_new_affiliations(self, new_docs: list[str], seed_keys: set[tuple[str, str, bool]]) -> None:
        """People the new documents affiliate with a country no earlier document did: the facts naming them
        (of kinds linked by affiliation) gain a country link, so their records' keys become seeds."""
        s = self.session
        new: dict[tuple[str, str], int] = Counter()  # (canonical person, affiliation) -> new documents
        for chunk in _chunks(new_docs):
            for canonical, aff, n in self._affiliation_counts(m.PersonTitle.doc_id.in_(chunk)):
                new[(canonical, aff)] += n
        if not new:
            return
        countries: dict[str, set[str]] = defaultdict(set)  # person -> countries of new affiliations
        known: dict[str, set[str]] = defaultdict(set)  # person -> countries of earlier documents' ones
        for chunk in _chunks(sorted({c for c, _ in new})):
            for canonical, aff, n in self._affiliation_counts(m.PersonLink.canonical.in_(chunk)):
                c = self.gaz.country(aff)
                if c:
                    (known if n > new.get((canonical, aff), 0) else countries)[canonical].add(c.name)
        changed = sorted(p for p, cs in countries.items() if cs - known[p])
        by_affiliation = [k for k in m.RECORD_MODELS if rules.KIND_RULES[k].affiliations]
        for chunk in _chunks(changed):
            seed_keys.update((kind, k, bool(p)) for kind, k, p in s.execute(
                select(m.RecordKey.kind, m.RecordKey.key, m.RecordKey.probe)
                .where(m.RecordKey.person.in_(chunk), m.RecordKey.kind.in_(by_affiliation)).distinct()))

    def _affiliation_counts(self, where):
        """(canonical person, affiliation, documents giving it) of the titles ``where`` selects."""
        return self.session.execute(
            select(m.PersonLink.canonical, m.PersonTitle.affiliation, func.count(func.distinct(m.PersonTitle.doc_id)))
            .join(m.PersonTitle, m.PersonTitle.person_id == m.PersonLink.person_id)
            .where(where, m.PersonTitle.affiliation.is_not(None))
            .group_by(m.PersonLink.canonical, m.PersonTitle.affiliation)).all()

    def _key_records(self, kind: str, new_docs: list[str], rekey_ids: list[int], canon: Canon,
                     seeds: set[tuple[str, bool]], new_keys: set[tuple[str, bool]],
                     report: RefreshReport) -> list[Rec] | None:
        """Store the blocking keys of one kind's new and re-keyed records: the re-keyed ones' become
        ``seeds``, the new ones' ``new_keys``. The prepared records are kept for the recompute, up to the
        setting ``resolve_cache_records`` (the rest are read again there), so a refresh of many documents
        does not hold them all. Returns the new records (to place), or None when they were too many to keep."""
        s = self.session
        model = m.RECORD_MODELS[kind]
        # a document queued twice (two processes wrote it) is keyed once: its old keys go first
        for chunk in _chunks(new_docs if self._has(m.RecordKey, kind) else []):
            s.execute(delete(m.RecordKey).where(m.RecordKey.kind == kind, m.RecordKey.doc_id.in_(chunk)))
        key_rows: list[dict] = []
        new_recs: list[Rec] | None = []
        wheres = [(model.doc_id.in_(c), new_keys) for c in _chunks(new_docs)] + \
            [(model.id.in_(c), seeds) for c in _chunks(rekey_ids)]
        for where, keyed in wheres:
            for r in self._load(kind, where, canon):
                report.records += 1
                if len(self._cache) < settings.current().resolve_cache_records:
                    self._cache[(kind, r.id)] = r
                    if keyed is new_keys and new_recs is not None:
                        new_recs.append(r)
                elif keyed is new_keys:
                    new_recs = None
                for keys, probe in ((r.keys, False), (r.probes, True)):
                    for k, person in keys:
                        key_rows.append({"kind": kind, "record_id": r.id, "doc_id": r.doc, "key": k,
                                         "person": person, "probe": probe})
                        keyed.add((k, probe))
            if len(key_rows) >= 5000:
                bulk.insert(s, m.RecordKey.__table__, key_rows)
                key_rows = []
        bulk.insert(s, m.RecordKey.__table__, key_rows)
        return new_recs

    def rebuild(self) -> RefreshReport:
        """Drop everything derived here and resolve every document again (from scratch)."""
        s = self.session
        for model in (m.DealMember, m.Deal, m.FactState, m.FactKey, m.FactLink, m.FactMember, m.Fact, m.RecordKey,
                      m.DocBand, m.DocSignature):
            s.execute(delete(model))
        queue.clear(s)
        queue.enqueue_all_documents(s)
        return self.refresh(everyone=True)

    # -- canonical people and entities --

    def _update_people(self, blocks: set[str] | None) -> set[str]:
        """Recluster the person names of the given blocks (all when None); returns the canonical names
        (old and new) that changed."""
        s = self.session
        splits, merges = self._overrides("person")
        if blocks is not None:
            if not blocks:
                return set()
            blocks = set(blocks)
            if merges:  # a user's merge joins blocks: recluster all of them together
                blocks |= {block_of_person(n) for pair in merges for n in pair}
            candidates = {pid: name for pid, name in s.execute(
                select(m.Person.id, m.Person.name).where(~m.Person.id.in_(select(m.PersonLink.person_id))))}
            for chunk in _chunks(sorted(blocks)):
                candidates.update(s.execute(select(m.Person.id, m.Person.name)
                                            .join(m.PersonLink, m.PersonLink.person_id == m.Person.id)
                                            .where(m.PersonLink.block.in_(chunk))).all())
            candidates = {pid: n for pid, n in candidates.items() if block_of_person(n) in blocks}
            counts = {}
            for chunk in _chunks(sorted(candidates)):
                counts.update(s.execute(select(m.PersonMention.person_id,
                                               func.count(func.distinct(m.PersonMention.doc_id)))
                                        .where(m.PersonMention.person_id.in_(chunk))
                                        .group_by(m.PersonMention.person_id)).all())
            old = {}
            for chunk in _chunks(sorted(blocks)):
                old.update((r.person_id, r) for r in s.scalars(select(m.PersonLink).where(m.PersonLink.block.in_(chunk))))
        else:
            counts = dict(s.execute(select(m.PersonMention.person_id,
                                           func.count(func.distinct(m.PersonMention.doc_id)))
                                    .group_by(m.PersonMention.person_id)).all())
            candidates = dict(s.execute(select(m.Person.id, m.Person.name)).all())
            old = {r.person_id: r for r in s.scalars(select(m.PersonLink))}
        titles: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(sorted(pid for pid in candidates if pid in counts)):
            for pid, title in s.execute(select(m.PersonTitle.person_id, m.PersonTitle.title)
                                        .where(m.PersonTitle.person_id.in_(chunk))):
                titles[pid].append(title)
        names = [Name(pid, name, counts[pid], rank_ladders(titles.get(pid, ())))
                 for pid, name in candidates.items() if pid in counts]
        links = cluster_people(names, splits, merges)
        name_of = {n.id: n.name for n in names}
        changed: set[str] = set()
        gone = [pid for pid in old if pid not in links]
        for pid in gone:
            changed.add(old[pid].canonical)
            self._relinked.add(old[pid].canonical_id)
            self._relinked_blocks.add(old[pid].block)
        stale = list(gone)
        rows = []
        for pid, link in links.items():
            o = old.get(pid)
            if o is not None and (o.canonical, o.canonical_id, o.rule, o.evidence) == \
                    (link.canonical, link.canonical_id, link.rule, link.evidence):
                continue
            if o is None or o.canonical != link.canonical:
                changed.add(o.canonical if o is not None else name_of[pid])
                changed.add(link.canonical)
            if o is not None:
                stale.append(pid)
                self._relinked.add(o.canonical_id)
                self._relinked_blocks.add(o.block)
            self._relinked.add(link.canonical_id)
            self._relinked_blocks.add(block_of_person(name_of[pid]))
            rows.append({"person_id": pid, "canonical": link.canonical, "canonical_id": link.canonical_id,
                         "rule": link.rule, "evidence": link.evidence, "block": block_of_person(name_of[pid])})
        for chunk in _chunks(stale):
            s.execute(delete(m.PersonLink).where(m.PersonLink.person_id.in_(chunk)))
        bulk.insert(s, m.PersonLink.__table__, rows)
        return changed

    def _update_entities(self, blocks: set[str] | None) -> None:
        s = self.session
        splits, merges = self._overrides("entity")
        has_mentions = exists().where(m.EntityMention.entity_id == m.Entity.id)
        if blocks is not None:
            if not blocks:
                return
            blocks = set(blocks)
            if merges:
                names = {n for pair in merges for n in pair}
                for chunk in _chunks(sorted(names)):
                    blocks |= {block_of_entity(e.type, e.canonical, e.attrs)
                               for e in s.scalars(select(m.Entity).where(m.Entity.canonical.in_(chunk)))}
            ents = {e.id: e for e in s.scalars(select(m.Entity).where(
                ~m.Entity.id.in_(select(m.EntityLink.entity_id)), has_mentions))}
            for chunk in _chunks(sorted(blocks)):
                ents.update((e.id, e) for e in s.scalars(
                    select(m.Entity).join(m.EntityLink, m.EntityLink.entity_id == m.Entity.id)
                    .where(m.EntityLink.block.in_(chunk), has_mentions)))
            ents = {i: e for i, e in ents.items() if block_of_entity(e.type, e.canonical, e.attrs) in blocks}
            old = {}
            for chunk in _chunks(sorted(blocks)):
                old.update((r.entity_id, (r.canonical, r.canonical_id, r.rule, r.evidence))
                           for r in s.scalars(select(m.EntityLink).where(m.EntityLink.block.in_(chunk))))
        else:
            ents = {e.id: e for e in s.scalars(select(m.Entity).where(has_mentions))}
            old = {r.entity_id: (r.canonical, r.canonical_id, r.rule, r.evidence) for r in s.scalars(select(m.EntityLink))}
        rows = [EntityRow(e.id, e.type, e.canonical, e.attrs or {}) for e in ents.values()]
        links = cluster_entities(rows, self.gaz, splits, merges)
        stale = [eid for eid in old if eid not in links or old[eid] != (
            links[eid].canonical, links[eid].canonical_id, links[eid].rule, links[eid].evidence)]
        for chunk in _chunks(stale):
            s.execute(delete(m.EntityLink).where(m.EntityLink.entity_id.in_(chunk)))
        stale_set = set(stale)
        new = [{"entity_id": eid, "canonical": l.canonical, "canonical_id": l.canonical_id, "rule": l.rule,
                "evidence": l.evidence, "block": block_of_entity(ents[eid].type, ents[eid].canonical, ents[eid].attrs)}
               for eid, l in links.items() if eid not in old or eid in stale_set]
        bulk.insert(s, m.EntityLink.__table__, new)

    def _overrides(self, kind: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        splits, merges = set(), set()
        for o in self.session.scalars(select(m.MergeOverride).where(m.MergeOverride.kind == kind)):
            (splits if o.decision == "split" else merges).add((min(o.a, o.b), max(o.a, o.b)))
        return splits, merges

    def _canon(self) -> Canon:
        people = dict(self.session.execute(select(m.Person.name, m.PersonLink.canonical)
                                           .join(m.PersonLink, m.PersonLink.person_id == m.Person.id)).all())
        return Canon(self.gaz, people)

    # -- records and facts --

    def _load(self, kind: str, where, canon: Canon) -> list[Rec]:
        model = m.RECORD_MODELS[kind]
        fields = RECORD_FIELDS[kind]
        out = []
        cols = [model.id, model.doc_id, model.start, model.end, model.sentence] + [getattr(model, f) for f in fields]
        for row in self.session.execute(
                select(*cols, m.Document.published, m.DocSignature.duplicate_of)
                .join(m.Document, m.Document.id == model.doc_id)
                .outerjoin(m.DocSignature, m.DocSignature.doc_id == model.doc_id).where(where)):
            rid, doc, start, end, sentence = row[:5]
            values = row[5:5 + len(fields)]
            published, dup = row[-2], row[-1]
            rec = Rec(kind, rid, doc, start, end, sentence, dict(zip(fields, values)), published, dup or doc)
            rules.prepare(rec, canon)
            out.append(rec)
        return out

    def _components(self, kind: str, keys: set[tuple[str, bool]]) -> list[list[int]]:
        """The groups of linked records reached from the seed keys (each one recomputed on its own).

        A seed ``(key, False)`` reaches every holder of the key; ``(key, True)`` (a key some record only
        probes) reaches the records that index it. Only ids and keys are read here.
        """
        s = self.session
        seen: set[tuple[str, bool]] = set()
        records: set[int] = set()
        rows: list[tuple[int, str, bool]] = []
        frontier = set(keys)
        while frontier:
            seen |= frontier
            new_records = set()
            for probe_only in (False, True):
                wanted = sorted(k for k, p in frontier if p == probe_only
                                and not (probe_only and (k, False) in frontier))
                for chunk in _chunks(wanted):
                    where = [m.RecordKey.kind == kind, m.RecordKey.key.in_(chunk)]
                    if probe_only:
                        where.append(m.RecordKey.probe.is_(False))
                    new_records.update(s.scalars(select(m.RecordKey.record_id).where(*where)))
            new_records -= records
            records |= new_records
            next_keys = set()
            for chunk in _chunks(sorted(new_records)):
                for rid, k, p in s.execute(select(m.RecordKey.record_id, m.RecordKey.key, m.RecordKey.probe)
                                           .where(m.RecordKey.kind == kind, m.RecordKey.record_id.in_(chunk))):
                    rows.append((rid, k, bool(p)))
                    next_keys.add((k, bool(p)))
            # a key already followed to all its holders needs no probe-only visit
            frontier = {(k, p) for k, p in next_keys - seen if (k, False) not in seen}
        # split what was reached into its connected groups: holders of a key are linked to the
        # records that index it
        parent = {r: r for r in records}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        indexers: dict[str, int] = {}
        for rid, k, probe in rows:
            if not probe:
                first = indexers.setdefault(k, rid)
                parent[find(rid)] = find(first)
        for rid, k, probe in rows:
            if probe and k in indexers:
                parent[find(rid)] = find(indexers[k])
        groups: dict[int, list[int]] = defaultdict(list)
        for r in sorted(records):
            groups[find(r)].append(r)
        return sorted(groups.values())

    def _rebuild_blocks(self, kind: str, keys: set[tuple[str, bool]], canon: Canon) -> int:
        """Recompute the facts of every group linked to the keys, a few groups at a time (so what is in
        memory is bounded by the batch, not by how many records the database holds)."""
        facts = 0
        batch: list[int] = []
        for group in self._components(kind, keys):
            batch.extend(group)
            if len(batch) >= settings.current().resolve_group_batch:
                facts += self._recompute(kind, batch, canon)
                batch = []
        if batch:
            facts += self._recompute(kind, batch, canon)
        return facts

    def _recompute(self, kind: str, ids: list[int], canon: Canon) -> int:
        """Replace the facts of whole groups of linked records by their clusters."""
        s = self.session
        model = m.RECORD_MODELS[kind]
        # the facts that hold any of these records are replaced by the clusters below: only what differs
        # is written (most facts of a grown group come out as they were)
        stored = factwrite.read_stored(s, kind, ids)
        missing = sorted(i for i in ids if (kind, i) not in self._cache)
        recs: list[Rec] = [self._cache.pop((kind, i)) for i in ids if (kind, i) in self._cache]
        for chunk in _chunks(missing):
            recs.extend(self._load(kind, model.id.in_(chunk), canon))
        if not recs:
            factwrite.write(s, kind, stored, [], [], [])
            return 0
        clusters, reps = rules.cluster_with_reps(recs)
        states = [self._state(kind, members, r) for members, r in zip(clusters, reps)]
        affiliations = self._affiliations(kind, states)
        fact_rows, member_rows, link_rows, state_rows = [], [], [], []
        key_rows: list[dict] = []
        for members, (place, acc), r in zip(clusters, states, reps):
            mentions = sorted((_mention(r) for r in members), key=_mention_order)
            fact, links = self._fact(kind, place, acc, mentions, affiliations, canon)
            _add_fact_rows(kind, fact, links, members, place, acc, r.values(),
                           fact_rows, member_rows, link_rows, state_rows, key_rows)
        paged = document_pages(s, {r.doc for r in recs})  # evidence in a PDF says on which page
        if paged:
            for fact in fact_rows:
                add_pages(fact["data"]["mentions"], paged)
        self._write(kind, stored, fact_rows, member_rows, link_rows, state_rows, key_rows)
        return len(fact_rows)

    def _write(self, kind: str, stored: factwrite.Stored, fact_rows: list[dict], member_rows: list[dict],
               link_rows: list[dict], state_rows: list[dict], key_rows: list[dict], keys_added: bool = False) -> None:
        """Write facts over the ``stored`` ones (factwrite), with their merge states and keys (``keys_added``:
        ``key_rows`` add to the stored facts' keys instead of replacing them)."""
        s = self.session
        for chunk in _chunks(sorted(stored.rows)):
            s.execute(delete(m.FactState).where(m.FactState.fact_id.in_(chunk)))
            if not keys_added:
                s.execute(delete(m.FactKey).where(m.FactKey.fact_id.in_(chunk)))
        written = factwrite.write(s, kind, stored, fact_rows, member_rows, link_rows)
        bulk.insert(s, m.FactState.__table__, state_rows)
        bulk.insert(s, m.FactKey.__table__, key_rows)
        self._written.unchanged += written.unchanged
        self._written.updated += written.updated

    # -- placing new records (issue 11) --

    def _place(self, kind: str, new: list[Rec], canon: Canon) -> tuple[int, set[tuple[str, bool]]]:
        """Add one kind's new records to the stored facts they join, or make new facts of them, reading of
        the stored facts only their places and representatives, and merge states of those they join.

        ``rules.cluster`` over everything would meet a new record after every member of each stored fact
        linked to it when the record sorts after them all (publication order): those facts are complete,
        and no stored record after it is linked to it, so every stored record meets the clusters it met
        before (a fact a new record joined only refuses more). The new records are then clustered as
        ``cluster`` does, with each linked stored fact a cluster in the order of its first member, compared
        through its representatives. A record that does not sort so (or is linked to a fact without a
        state, or is already in a fact) is not placed: its keys are returned, and the groups they reach are
        recomputed after, over what placing wrote (anything that depended on it is linked to it)."""
        s = self.session
        t = time.perf_counter()
        linked = self._linked_facts(kind, new)
        self._timings["place: links"] = self._timings.get("place: links", 0.0) + time.perf_counter() - t
        places: dict[str, dict] = {}
        for chunk in _chunks(sorted(set().union(*linked.values()))):
            places.update((fid, json.loads(p)) for fid, p in s.execute(
                select(m.FactState.fact_id, m.FactState.place).where(m.FactState.fact_id.in_(chunk))))
        in_facts: set[int] = set()
        if self._has(m.FactMember, kind):
            for chunk in _chunks(sorted(r.id for r in new)):
                in_facts.update(s.scalars(select(m.FactMember.record_id).where(
                    m.FactMember.kind == kind, m.FactMember.record_id.in_(chunk))))
        ready = [r for r in new if r.id not in in_facts and all(
            fid in places and tuple(places[fid]["last"]) < r.order() and places[fid]["min"] < r.id
            for fid in linked[r.id])]
        # the stored facts they are linked to as clusters: first member's place, representatives by
        # signature (a fact whose representatives are not all there any more is as one without a state)
        rep_recs: dict[int, Rec] = {}
        wanted = {fid for r in ready for fid in linked[r.id]}
        for chunk in _chunks(sorted({rid for fid in wanted for rid in places[fid]["reps"]})):
            rep_recs.update((x.id, x) for x in self._load(kind, m.RECORD_MODELS[kind].id.in_(chunk), canon))
        slots = {fid: rules.Slot(tuple(places[fid]["first"]), {rules.signature(rep_recs[i]): rep_recs[i]
                                                               for i in places[fid]["reps"]}, fid)
                 for fid in sorted(wanted) if all(i in rep_recs for i in places[fid]["reps"])}
        ready = [r for r in ready if all(fid in slots for fid in linked[r.id])]
        placing = {r.id for r in ready}
        unplaced = {(k, probe) for r in new if r.id not in placing
                    for keys, probe in ((r.keys, False), (r.probes, True)) for k, _ in keys}
        self._placed += len(ready)
        self._unplaced += len(new) - len(ready)
        if not ready:
            return 0, unplaced
        fresh = rules.place(slots, linked, ready)
        grown = [c for c in slots.values() if c.new]
        t = time.perf_counter()
        self._write_placed(kind, grown, fresh, places, canon)
        self._timings["place: write"] = self._timings.get("place: write", 0.0) + time.perf_counter() - t
        return len(grown) + len(fresh), unplaced

    def _has(self, model, kind: str) -> bool:
        """Whether ``model``'s table holds any row of ``kind`` (an indexed probe): a kind's first resolve (a bulk
        ingest into a new database) need not look up its new records' ids and keys among none."""
        return self.session.scalar(select(exists().where(model.kind == kind)))

    def _linked_facts(self, kind: str, new: list[Rec]) -> dict[int, set[str]]:
        """Per new record, the stored facts holding a record linked to it: a representative that holds a key
        it indexes or indexes a key it probes (``fact_keys``; members with one signature hold the same keys)."""
        s = self.session
        keys = sorted({k for r in new for k, _ in (*r.keys, *r.probes)}) if self._has(m.FactKey, kind) else []
        holders: dict[str, set[str]] = defaultdict(set)  # key -> facts holding it
        indexers: dict[str, set[str]] = defaultdict(set)  # key -> facts indexing it
        for chunk in _chunks(keys):
            for k, probe, fid in s.execute(select(m.FactKey.key, m.FactKey.probe, m.FactKey.fact_id)
                                           .where(m.FactKey.kind == kind, m.FactKey.key.in_(chunk)).distinct()):
                holders[k].add(fid)
                if not probe:
                    indexers[k].add(fid)
        out: dict[int, set[str]] = {}
        for r in new:
            facts: set[str] = set()
            for k, _ in r.keys:
                facts |= holders.get(k, set())
            for k, _ in r.probes:
                facts |= indexers.get(k, set())
            out[r.id] = facts
        return out

    def _write_placed(self, kind: str, grown: list[rules.Slot], fresh: list[rules.Slot], places: dict[str, dict],
                      canon: Canon) -> None:
        """Write the stored facts new records joined (folded into their merge states, their stored mentions
        kept) and the new facts."""
        s = self.session
        stored = factwrite.read_facts(s, [c.fact for c in grown])
        accs: dict[str, dict] = {}
        for chunk in _chunks(sorted(stored.rows)):
            accs.update((fid, json.loads(a)) for fid, a in s.execute(
                select(m.FactState.fact_id, m.FactState.acc).where(m.FactState.fact_id.in_(chunk))))
        paged = document_pages(s, {r.doc for c in (*grown, *fresh) for r in c.new})
        work = []  # (place, acc, mentions, new members, block key, new representatives)
        for c in grown:
            place, acc = places[c.fact], accs[c.fact]
            for r in c.new:
                accum.add(acc, r)
            _stamp(acc, c.new)
            place["last"] = list(c.new[-1].order())
            was = set(place["reps"])
            place["reps"] = [x.id for x in c.reps.values()]
            new_mentions = [_mention(r) for r in c.new]
            add_pages(new_mentions, paged)
            mentions = sorted(json.loads(stored.rows[c.fact]["data"])["mentions"] + new_mentions, key=_mention_order)
            work.append((place, acc, mentions, c.new, stored.rows[c.fact]["block_key"],
                         [x for x in c.reps.values() if x.id not in was]))
        for c in fresh:
            place, acc = self._state(kind, c.new, c.reps)
            mentions = sorted((_mention(r) for r in c.new), key=_mention_order)
            add_pages(mentions, paged)
            work.append((place, acc, mentions, c.new, None, list(c.reps.values())))
        affiliations = self._affiliations(kind, [(p, a) for p, a, *_ in work])
        fact_rows, member_rows, link_rows, state_rows = [], [], [], []
        key_rows: list[dict] = []
        for place, acc, mentions, members, block_key, new_reps in work:
            fact, links = self._fact(kind, place, acc, mentions, affiliations, canon, block_key)
            _add_fact_rows(kind, fact, links, members, place, acc, new_reps,
                           fact_rows, member_rows, link_rows, state_rows, key_rows)
        self._write(kind, stored, fact_rows, member_rows, link_rows, state_rows, key_rows, keys_added=True)

    # -- facts --

    def _state(self, kind: str, members: list[Rec], reps: dict[tuple, Rec]) -> tuple[dict, dict]:
        """(place, merge state) of a fact of these members (canonical order) with these representatives."""
        acc = accum.fold_all(kind, members)
        acc["roots"], acc["pub"] = [], None
        _stamp(acc, members)
        place = {"first": list(members[0].order()), "last": list(members[-1].order()),
                 "reps": [r.id for r in reps.values()], "min": min(r.id for r in members),
                 "block_key": members[0].keys[0][0][:512]}
        return place, acc

    def _affiliations(self, kind: str, states: list[tuple[dict, dict]]) -> dict[str, set[str]]:
        """Canonical person -> the countries documents affiliate them with (for country filters), for the
        people of these facts (participants, the speaker)."""
        if not rules.KIND_RULES[kind].affiliations:
            return {}
        persons = set()
        for _, acc in states:
            persons.update((acc["un"].get("participants") or {}).keys())
            if acc["x"].get("speaker"):
                persons.add(acc["x"]["speaker"])
        out: dict[str, set[str]] = defaultdict(set)
        for chunk in _chunks(sorted(persons)):
            for canonical, aff in self.session.execute(
                    select(m.PersonLink.canonical, m.PersonTitle.affiliation)
                    .join(m.PersonTitle, m.PersonTitle.person_id == m.PersonLink.person_id)
                    .where(m.PersonLink.canonical.in_(chunk), m.PersonTitle.affiliation.is_not(None)).distinct()):
                c = self.gaz.country(aff)
                if c:
                    out[canonical].add(c.name)
        return out

    def _fact(self, kind: str, place: dict, acc: dict, mentions: list[dict], affiliations: dict[str, set[str]],
              canon: Canon, block_key: str | None = None) -> tuple[dict, set[tuple[str, str]]]:
        """The fact row and links of a merge state (its mentions sorted by document and place)."""
        data, conflicts, series = accum.finish(acc)
        fid = f"{PREFIX[kind]}{place['min']}"
        pub = acc["pub"]
        record = {"id": fid, **data, "sources": len(acc["roots"]),
                  "first_reported": pub[0] if pub else None, "last_reported": pub[1] if pub else None,
                  "conflicts": conflicts}
        spec = kinds.get(kind)
        if spec.series:
            record["series"] = series or []
        record["mentions"] = mentions
        date_field = spec.date_field
        links: set[tuple[str, str]] = set()

        def link(role, value):
            if value:
                links.add((role, str(value).casefold()))

        for role, value in rules.KIND_RULES[kind].links(data, acc, affiliations, canon):
            link(role, value)
        for c in conflicts:
            link("conflict", c["field"])
        first = mentions[0]
        fact = {"id": fid, "kind": kind, "block_key": block_key or place["block_key"], "data": record,
                "date": data.get(date_field) if date_field else None, "sources": record["sources"],
                "first_reported": date.fromisoformat(pub[0]) if pub else None,
                "last_reported": date.fromisoformat(pub[1]) if pub else None, "conflicts": conflicts,
                "sort_key": json.dumps([first["doc"], first["start"], first["end"], fid])}
        return fact, links


def _mention(r: Rec) -> dict:
    return {"doc": r.doc, "start": r.start, "end": r.end, "text": r.sentence}


def _mention_order(x: dict) -> tuple:
    return (x["doc"], x["start"], x["end"])


def _add_fact_rows(kind: str, fact: dict, links, members, place: dict, acc: dict, reps, fact_rows: list,
                   member_rows: list, link_rows: list, state_rows: list, key_rows: list) -> None:
    """Append one fact's rows (the fact, its members, links, merge state and representatives' keys), as a
    recompute and a placing both write them."""
    key_rows.extend(_key_rows(kind, fact["id"], reps))
    fact_rows.append(fact)
    member_rows.extend({"fact_id": fact["id"], "kind": kind, "record_id": r.id, "doc_id": r.doc} for r in members)
    link_rows.extend({"fact_id": fact["id"], "role": role, "value": value[:255]} for role, value in sorted(links))
    state_rows.append({"fact_id": fact["id"], "place": json.dumps(place), "acc": json.dumps(acc)})


def _key_rows(kind: str, fact_id: str, reps) -> list[dict]:
    """``fact_keys`` rows of a fact's representatives."""
    return [{"fact_id": fact_id, "kind": kind, "key": k, "probe": probe}
            for r in reps for keys, probe in ((r.keys, False), (r.probes, True)) for k, _ in keys]


def _stamp(acc: dict, members: list[Rec]) -> None:
    """Add members' stories (near-duplicate roots) and publication dates to a merge state."""
    acc["roots"] = sorted(set(acc["roots"]) | {r.root for r in members})
    days = [r.published.isoformat() for r in members if r.published]
    if acc["pub"]:
        days.extend(acc["pub"])
    if days:
        acc["pub"] = [min(days), max(days)]


#: The layout of the resolver's derived tables and keys. Bump it when blocking keys, record_keys'
#: columns or merge rules change: databases of an older layout have their merged view rebuilt.
LAYOUT = "5"  # 4: quotes keyed by speaker and prefix words; 5: facts' merge states and keys
DERIVED = (m.FactState, m.FactKey, m.FactLink, m.FactMember, m.Fact, m.RecordKey)


def upgrade_layout(engine) -> bool:
    """Rebuild the merged view of a database written by an older layout; returns whether it did."""
    with session_factory(engine)() as s:
        stored = s.get(m.Meta, "resolve_layout")
        if stored is not None and stored.value == LAYOUT:
            s.close()
            deals.upgrade(engine)  # the deals of a database merged before the register existed
            return False
        has_docs = s.scalar(select(func.count()).select_from(m.Document)) > 0
        columns = {c["name"] for c in inspect(engine).get_columns(m.RecordKey.__tablename__)}
    if has_docs or "probe" not in columns:
        log.warning("rebuilding the merged facts for this version of armstrack (resolve layout %s)", LAYOUT)
        for model in DERIVED:  # their columns may have changed: recreate them
            model.__table__.drop(engine, checkfirst=True)
        for model in reversed(DERIVED):
            model.__table__.create(engine)
        for ix in m.RecordKey.__table__.indexes:
            ix.create(engine, checkfirst=True)
    with session_factory(engine)() as s:
        if has_docs:
            Resolver(s).rebuild()
        s.merge(m.Meta(name="resolve_layout", value=LAYOUT))
        try:
            s.commit()
        except IntegrityError:  # another process opening the same new database marked it first
            s.rollback()
    deals.upgrade(engine)
    return has_docs


def refresh(session: Session, gaz: Gazetteers | None = None) -> RefreshReport:
    """Resolve what changed since the last refresh (see Resolver.refresh). Commits."""
    return Resolver(session, gaz).refresh()


def rebuild(session: Session, gaz: Gazetteers | None = None) -> RefreshReport:
    """Resolve every document again from scratch (see Resolver.rebuild)."""
    return Resolver(session, gaz).rebuild()


def pending(session: Session) -> int:
    """Queued resolve work, after queueing documents never resolved (an ingest killed before its resolve
    finished leaves its documents queued: the next command that reads merged records resolves them)."""
    # read first: a reader of a database with nothing pending neither writes nor waits for a writer
    if queue.is_empty(session) and \
            not session.scalar(select(exists().where(~m.Document.id.in_(select(m.DocSignature.doc_id))))):
        session.commit()
        return 0
    begin_write(session)
    count = queue_missing(session) + queue.size(session)
    session.commit()
    return count


def stored_documents(session: Session) -> int:
    """Documents in the database (read by an ingest before it writes, see ``defer``)."""
    return session.scalar(select(func.count()).select_from(m.Document)) or 0


def defer(written: int, stored_before: int, pending: int = 0) -> bool:
    """Whether an ingest that has written ``written`` documents into a database that held ``stored_before``
    should leave the resolve to its one final refresh: when it writes more than
    the setting ``resolve_defer_share`` of what was there, the periodic refreshes would recompute the
    same growing groups again and again, and one resolve at the end costs less. Not once ``pending``
    (documents not resolved yet) reaches the setting ``resolve_defer_limit``: that bounds one resolve's
    working set and what a crash leaves to redo."""
    share = settings.current().resolve_defer_share
    return share > 0 and written > share * stored_before and pending < settings.current().resolve_defer_limit


def finish_pending(session: Session, gaz: Gazetteers | None = None) -> RefreshReport | None:
    """Resolve whatever is pending (see ``pending``); None when nothing was."""
    if not pending(session):
        return None
    return Resolver(session, gaz).refresh()


def queue_missing(session: Session) -> int:
    """Queue documents that were never resolved (databases written before this stage existed)."""
    missing = session.scalars(select(m.Document.id).where(
        ~m.Document.id.in_(select(m.DocSignature.doc_id)))).all()
    queued = queue.queued_documents(session)
    rows = [d for d in missing if d not in queued]
    queue.enqueue_documents(session, rows)
    return len(rows)
