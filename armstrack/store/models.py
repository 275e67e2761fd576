"""SQLAlchemy 2 models: documents, entities, people, their mentions, and the extracted record tables.

The same models serve SQLite and PostgreSQL. Every row that comes from an article belongs to its
document (``doc_id``, deleted with it), and keeps the character offsets of its evidence, so a changed
article replaces everything derived from it in one transaction.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from armstrack import kinds


class Base(DeclarativeBase):
    """Declarative base of the tables; dict and list columns are stored as JSON."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> datetime:
    return datetime.now(timezone.utc)


#: Key in ``Document.meta`` of an article stored without analysis by triage (armstrack.nlp.triage): the reason.
NOT_ANALYSED_KEY = "not_analysed"


class Document(Base):
    """An ingested article: cleaned text, metadata and a content hash."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(255))
    authors: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    path: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class _FromDocument:
    """Columns shared by every row derived from one document: the document and the evidence span."""

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sent_start: Mapped[int | None] = mapped_column(Integer)
    sent_end: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)


class Entity(Base):
    """A country, organisation, military, weapon system or place, one row per canonical name."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("type", "canonical"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    canonical: Mapped[str] = mapped_column(String(255))
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    mentions: Mapped[list[EntityMention]] = relationship(back_populates="entity")


class EntityMention(_FromDocument, Base):
    """A mention of an entity in a document: its span and surface form."""

    __tablename__ = "entity_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    surface: Mapped[str] = mapped_column(Text)
    entity: Mapped[Entity] = relationship(back_populates="mentions")


class Person(Base):
    """A person, one row per canonical full name."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    mentions: Mapped[list[PersonMention]] = relationship(back_populates="person")
    titles: Mapped[list[PersonTitle]] = relationship(back_populates="person")


class PersonMention(_FromDocument, Base):
    """A mention of a person in a document: its span and surface form."""

    __tablename__ = "person_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    surface: Mapped[str] = mapped_column(Text)
    person: Mapped[Person] = relationship(back_populates="mentions")


class PersonTitle(Base):
    """A title or affiliation a document gives a person."""

    __tablename__ = "person_titles"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    person: Mapped[Person] = relationship(back_populates="titles")


# --- the per-document records: one table per record kind, built from its spec (armstrack.kinds) ---

#: The column type of a field's Python type (str: Text, or String(size) when the spec bounds it).
_COLUMN_TYPES = {int: Integer, float: Float, list: JSON}


def record_columns(spec: kinds.KindSpec) -> dict[str, Any]:
    """The columns of a record kind's table besides the document and evidence ones: ``id`` and one per
    field of its spec, in the spec's order."""
    columns: dict[str, Any] = {"id": mapped_column(Integer, primary_key=True)}
    for f in spec.fields:
        if f.type is list:
            columns[f.name] = mapped_column(JSON, default=list, nullable=False)
            continue
        type_ = (String(f.size) if f.size else Text) if f.type is str else _COLUMN_TYPES[f.type]
        columns[f.name] = mapped_column(type_, nullable=not f.required, index=True if f.index else None)
    return columns


def record_model(spec: kinds.KindSpec, base: type = Base) -> type:
    """The ORM model of a record kind (named as its dataclass): its fields, its document and evidence."""
    return type(spec.record.__name__, (_FromDocument, base),
                {"__tablename__": spec.name, "__module__": __name__,
                 "__doc__": f"One {spec.singular} as one document reports it (armstrack.kinds.{spec.name.upper()}).",
                 **record_columns(spec)})


#: The table of each record kind, built from the registered specs.
RECORD_MODELS: dict[str, Any] = {name: record_model(spec) for name, spec in kinds.KINDS.items()}
Transfer = RECORD_MODELS["transfers"]
Meeting = RECORD_MODELS["meetings"]
Quote = RECORD_MODELS["quotes"]
Figure = RECORD_MODELS["figures"]
Event = RECORD_MODELS["events"]


def add_record_model(spec: kinds.KindSpec) -> type:
    """The table of a kind registered after this module was imported (a plugin, a test), added to ``Base``'s
    metadata and ``RECORD_MODELS`` (the stages that read it pick it up; ``create_all`` creates it); the
    kind's model as it is when it has one already."""
    if spec.name not in RECORD_MODELS:
        RECORD_MODELS[spec.name] = record_model(spec)
    return RECORD_MODELS[spec.name]


def drop_record_model(name: str) -> None:
    """Forget the table of a kind added by ``add_record_model`` (tests that register one for a while)."""
    model = RECORD_MODELS.pop(name)
    Base.metadata.remove(model.__table__)


class IngestError(Base):
    """An input that failed, kept so `armstrack stats` can show what went wrong and when."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


# --- across sources (armstrack.resolve): canonical people and entities, near-duplicates, merged facts ---

class MergeOverride(Base):
    """A user's decision about two names: keep them apart (split) or together (merge), across re-ingests."""

    __tablename__ = "merge_overrides"
    __table_args__ = (UniqueConstraint("kind", "a", "b"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  #: person | entity
    a: Mapped[str] = mapped_column(String(255))  #: the two names, a < b
    b: Mapped[str] = mapped_column(String(255))
    decision: Mapped[str] = mapped_column(String(8))  #: split | merge
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class PersonLink(Base):
    """Which canonical person each per-document person name belongs to, and why."""

    __tablename__ = "person_links"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    canonical: Mapped[str] = mapped_column(String(255), index=True)  #: the canonical person's name (its key)
    canonical_id: Mapped[int] = mapped_column(Integer, index=True)  #: people.id of the canonical name
    rule: Mapped[str | None] = mapped_column(String(64))
    evidence: Mapped[str | None] = mapped_column(Text)
    #: names that may be one person share a block (the surname's first letters): reclustered together
    block: Mapped[str] = mapped_column(String(64), index=True, default="")


class EntityLink(Base):
    """Which canonical entity each entity row belongs to (weapon family, place spelling), and why."""

    __tablename__ = "entity_links"

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    canonical: Mapped[str] = mapped_column(String(255), index=True)
    canonical_id: Mapped[int] = mapped_column(Integer, index=True)
    rule: Mapped[str | None] = mapped_column(String(64))
    evidence: Mapped[str | None] = mapped_column(Text)
    #: entities that may be one share a block (a weapon family, a country's places): reclustered together
    block: Mapped[str] = mapped_column(String(300), index=True, default="")


class DocSignature(Base):
    """A document's MinHash signature (word 5-shingles) and the document it near-duplicates, if any."""

    __tablename__ = "doc_signatures"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    duplicate_of: Mapped[str | None] = mapped_column(String(255), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)


class DocBand(Base):
    """LSH band hashes of a signature: documents sharing a (band, hash) are near-duplicate candidates."""

    __tablename__ = "doc_bands"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    band: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(16))


class RecordKey(Base):
    """Blocking keys of a per-document record: records sharing a key may describe the same fact."""

    __tablename__ = "record_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column(Integer)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(512))
    #: the canonical person the key involves (to re-key records when people are merged or split)
    person: Mapped[str | None] = mapped_column(String(255))
    #: a key the record only probes: it links to records that index the key, not to other probers
    probe: Mapped[bool] = mapped_column(Boolean, default=False)


class Fact(Base):
    """One real-world fact merged from the records of every document that reports it."""

    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  #: kind prefix + smallest member row id
    kind: Mapped[str] = mapped_column(String(16), index=True)
    block_key: Mapped[str] = mapped_column(String(512))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)  #: the export record, mentions included
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    sources: Mapped[int] = mapped_column(Integer, default=1)
    first_reported: Mapped[date | None] = mapped_column(Date)
    last_reported: Mapped[date | None] = mapped_column(Date)
    conflicts: Mapped[list[Any]] = mapped_column(default=list)
    sort_key: Mapped[str] = mapped_column(Text, default="")


class FactMember(Base):
    """A per-document record that supports a fact."""

    __tablename__ = "fact_members"
    __table_args__ = (UniqueConstraint("kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column(Integer)
    doc_id: Mapped[str] = mapped_column(String(255), index=True)


class FactLink(Base):
    """What a fact can be found by: its countries, people, systems, status (lower-cased values)."""

    __tablename__ = "fact_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(255))


class FactState(Base):
    """What a fact's merged record is folded from (armstrack.resolve.accum), so a refresh can add a report
    to it without reading its other members: ``place`` says where it stands in the canonical order and
    which members represent it, ``acc`` holds the merge accumulators. JSON text."""

    __tablename__ = "fact_states"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    #: {"first": order of its first member, "last": of its last, "reps": ids of its representatives
    #: (one member per signature), "min": its smallest member id}
    place: Mapped[str] = mapped_column(Text)
    #: the merge state (accum.State), with "roots" (the stories it is told in) and "pub" (first and last
    #: publication dates)
    acc: Mapped[str] = mapped_column(Text)


class FactKey(Base):
    """The blocking keys of a fact's representatives (``fact_states.place``): its members with one signature
    hold the same keys, so these are every key its members hold, and a new record is linked to the fact when
    it indexes one of them or probes one a representative indexes (found without reading its members)."""

    __tablename__ = "fact_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(512))
    probe: Mapped[bool] = mapped_column(Boolean, default=False)  #: a key the representative only probes


class ResolveQueue(Base):
    """Work for the resolver, written in the same transaction as the documents it concerns."""

    __tablename__ = "resolve_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    what: Mapped[str] = mapped_column(String(8))  #: a store.queue.Kind (doc, key, fact, dupdoc, pblock, eblock)
    value: Mapped[str] = mapped_column(Text)


class Meta(Base):
    """Facts about the database itself (the layout of the resolver's tables)."""

    __tablename__ = "armstrack_meta"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_entity_mentions_doc_entity", EntityMention.doc_id, EntityMention.entity_id)
Index("ix_record_keys_kind_key", RecordKey.kind, RecordKey.key)
Index("ix_record_keys_kind_record", RecordKey.kind, RecordKey.record_id)
Index("ix_record_keys_person", RecordKey.person)
Index("ix_fact_keys_kind_key", FactKey.kind, FactKey.key)
Index("ix_doc_bands_band_hash", DocBand.band, DocBand.hash)
Index("ix_fact_links_role_value", FactLink.role, FactLink.value)
Index("ix_facts_kind_sort", Fact.kind, Fact.sort_key)


# --- saved searches and alerts (armstrack alerts; checked after every ingest) ---------------------

class Alert(Base):
    """A saved search over the merged records; what it has reported is in alert_records / alert_events."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  #: transfers | meetings | quotes | figures | events
    #: the query filters (supplier, recipient, system, country, person) as the user gave them
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    min_sources: Mapped[int] = mapped_column(Integer, default=1)
    jsonl: Mapped[str | None] = mapped_column(Text)  #: absolute path of a file the events are appended to
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    #: the newest alert_events.id the user has marked as seen (an id, not a time: no race with a new event)
    seen_upto: Mapped[int] = mapped_column(Integer, default=0)


class AlertRecord(Base):
    """What an alert already reported about one merged record: its fingerprint.

    Fact ids are not stable (a re-ingested article renumbers its rows, and a fact's id follows its
    smallest row id), so a merged record is recognised by its members: each per-document record is
    identified by its document, its sentence and its fields (``members``, hashes). A fact sharing any
    member with a fingerprint is the same merged record.
    """

    __tablename__ = "alert_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))  #: kind + the member hash it was first reported with
    members: Mapped[list[Any]] = mapped_column(default=list)  #: member hashes seen so far
    sources: Mapped[int] = mapped_column(Integer, default=1)  #: the most sources reported
    source_hash: Mapped[str] = mapped_column(String(16), default="")  #: hash of the member documents
    fact_id: Mapped[str | None] = mapped_column(String(32))  #: the fact's id when last checked


class AlertEvent(Base):
    """One report of an alert: a new matching merged record, or one that gained a source."""

    __tablename__ = "alert_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    record_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    fact_id: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(16))  #: new | sources
    sources: Mapped[int] = mapped_column(Integer)
    previous_sources: Mapped[int] = mapped_column(Integer, default=0)
    record: Mapped[dict[str, Any]] = mapped_column(default=dict)  #: the merged record as it was reported
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)  #: the mention that is new {doc,start,end,text}
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


# --- SIPRI reconciliation (issue 10): deals of SIPRI's trade register, imported from its CSV export ---

class SipriDeal(Base):
    """One row of a SIPRI trade-register export (``armstrack sipri import``), as SIPRI gives it.

    ``source`` is the file it came from (its resolved path): importing the file again replaces its rows.
    """

    __tablename__ = "sipri_deals"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text, index=True)
    line: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(255), index=True)
    supplier: Mapped[str] = mapped_column(String(255), index=True)
    designation: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    order_year: Mapped[int | None] = mapped_column(Integer)
    number_ordered: Mapped[int | None] = mapped_column(Integer)
    number_delivered: Mapped[int | None] = mapped_column(Integer)
    delivery_years: Mapped[list[Any]] = mapped_column(default=list)
    delivery_years_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(Text)
    comments: Mapped[str | None] = mapped_column(Text)
    tiv_per_unit: Mapped[float | None] = mapped_column(Float)
    tiv_total: Mapped[float | None] = mapped_column(Float)
    tiv_delivered: Mapped[float | None] = mapped_column(Float)
    uncertain: Mapped[list[Any]] = mapped_column(default=list)  #: fields SIPRI marks "?" or estimates
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


# --- the deal register (armstrack.resolve.deals): transfer facts grouped into acquisitions ---

class Deal(Base):
    """One acquisition: the offer, order and deliveries of one supplier, recipient and system family.

    ``id`` is the smallest number of its transfer facts (``t12`` -> 12), so it is stable while the facts
    are; ``data`` is the register row (see armstrack.query.register).
    """

    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    supplier: Mapped[str | None] = mapped_column(String(128), index=True)
    recipient: Mapped[str | None] = mapped_column(String(128), index=True)
    family: Mapped[str | None] = mapped_column(String(128))
    order_date: Mapped[str | None] = mapped_column(String(10))
    #: the earliest and latest date the deal is known by (order, deliveries, other dated parts)
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sort_key: Mapped[str] = mapped_column(Text, default="")


class DealMember(Base):
    """A transfer fact that is part of a deal, and the block (supplier, recipient, system) it was grouped in."""

    __tablename__ = "deal_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[str] = mapped_column(String(32), unique=True)
    block: Mapped[str] = mapped_column(String(512), index=True)


class DealOverride(Base):
    """A user's decision on two parts of deals: keep them apart (split) or together (join).

    The parts are named by anchors of their per-document records (``doc id`` + a digest of the sentence and
    the claim: supplier, recipient, system, status, quantity), not by row ids, so decisions hold across
    re-ingest and rebuilds.
    """

    __tablename__ = "deal_overrides"
    __table_args__ = (UniqueConstraint("a", "b"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    a: Mapped[str] = mapped_column(String(300))  #: the two anchors, a < b
    b: Mapped[str] = mapped_column(String(300))
    decision: Mapped[str] = mapped_column(String(8))  #: split | join
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


# --- fetching and watching (armstrack fetch / sources / watch): sources polled, URLs fetched ---

class Source(Base):
    """A feed, sitemap or site home page that `armstrack watch` polls for new articles."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  #: feed | sitemap | site
    title: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    #: validators of the source document itself (conditional GET of the feed or sitemap)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_checked: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: documents the last poll stored, and all the source ever brought
    last_new: Mapped[int] = mapped_column(Integer, default=0)
    total_new: Mapped[int] = mapped_column(Integer, default=0)
    #: polls failed in a row; the source is not polled again before next_try (exponential back-off)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    next_try: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)


class FetchedUrl(Base):
    """One article URL (canonical spelling) fetched or tried: its validators, content hash and outcome."""

    __tablename__ = "fetched_urls"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    final_url: Mapped[str | None] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(255), index=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    #: fetched (stored soon) | stored | duplicate | failed | disallowed
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# --- API at scale (issue 11): summaries the API reads instead of scanning every record ------------
# (armstrack.store.summaries keeps them: edges by database triggers on ``facts``, people by the resolver)

class SummaryEdge(Base):
    """A weighted tie of the network, a supplier -> recipient flow, or a node, counted over merged facts.

    ``kind``: flow (supplier/recipient names, "" for none), transfer | supplies | receives | meeting
    (node ids like "country:Russia"), node (``source`` a node id, ``target`` ""), actor (an event actor
    label), "event:<type>" (two event actor labels), status (a system node and a transfer status).
    ``n`` is kept by triggers; rows at 0 are ignored.
    """

    __tablename__ = "summary_edges"

    source: Mapped[str] = mapped_column(String(300), primary_key=True)
    target: Mapped[str] = mapped_column(String(300), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class SummaryPerson(Base):
    """A canonical person as lists show it: spellings, counts, distinct titles, title conflicts."""

    __tablename__ = "summary_people"

    canonical_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    block: Mapped[str] = mapped_column(String(64), index=True, default="")
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    search: Mapped[str] = mapped_column(Text, default="")  #: name and aliases, case-folded, one per line
    #: the affiliations of its titles, case-folded, one per line (for a country's people)
    affiliations: Mapped[str] = mapped_column(Text, default="")
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    document_count: Mapped[int] = mapped_column(Integer, default=0)
    titles: Mapped[list[Any]] = mapped_column(default=list)  #: distinct (title, affiliation), first seen first
    conflicts: Mapped[list[Any]] = mapped_column(default=list)
    has_conflicts: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


SCALE_INDEXES = (
    Index("ix_person_mentions_person_doc", PersonMention.person_id, PersonMention.doc_id),
    Index("ix_facts_date_kind", Fact.date, Fact.kind),
    Index("ix_fact_links_value_role", FactLink.value, FactLink.role, FactLink.fact_id),
    Index("ix_fact_members_kind_doc", FactMember.doc_id, FactMember.kind, FactMember.fact_id),
    # what a filtered list reads of the facts it finds by id, without their (large) data
    Index("ix_facts_cover", Fact.id, Fact.kind, Fact.sort_key, Fact.date, Fact.sources, Fact.first_reported,
          Fact.last_reported),
    Index("ix_summary_edges_kind_n", SummaryEdge.kind, SummaryEdge.n),
    Index("ix_person_titles_person", PersonTitle.person_id, PersonTitle.affiliation),
)


class SummaryCount(Base):
    """Counts the overview shows, as the last resolver refresh left them (``name`` -> JSON value)."""

    __tablename__ = "summary_counts"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)

# --- resolve at scale (armstrack.resolve): the deal register reads transfer facts by blocking key -------
# (created with the facts table: resolve layout 4 recreates it in older databases)
Index("ix_facts_block_key", Fact.block_key)

# --- a person's first mentions in document order, read from the index (issue 11: a profile at 100k) ----
# (created in older databases when they are opened, with SCALE_INDEXES)
PROFILE_INDEXES = (
    Index("ix_person_mentions_person_doc_start", PersonMention.person_id, PersonMention.doc_id, PersonMention.start),
)

# --- API at 100k (issue 11): a fact's links found by (role, fact id), with their values --------------
# (created in older databases when they are opened, with SCALE_INDEXES): the conflicts list probes each
# fact it walks for a "conflict" link, and counts them per kind; a filtered list walked in order probes each
# fact's links of a role for the filter's values (a country's transfers, its people's quotes): from this index
# alone (it replaces ix_fact_links_role_fact, the same without the value, which sent each probe to the table)
API_INDEXES = (
    Index("ix_fact_links_role_fact_value", FactLink.role, FactLink.fact_id, FactLink.value),
    # who supplies a weapon system: its "supplies" ties by target (the primary key serves ties by source)
    Index("ix_summary_edges_kind_target", SummaryEdge.kind, SummaryEdge.target),
)
