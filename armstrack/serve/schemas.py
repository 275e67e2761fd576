"""Pydantic response models of the JSON API (they document the OpenAPI schema).

Records keep any extra fields the query layer adds (``extra="allow"``), so merged records from
armstrack.resolve pass through unchanged.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Mention(Open):
    doc: str = Field(description="Document id")
    start: int = Field(description="Start of the evidence span (character offset into the document text)")
    end: int = Field(description="End of the evidence span (exclusive)")
    text: str = Field(description="The sentence holding the evidence")


class Record(Open):
    id: str
    mentions: list[Mention] = []


class Transfer(Record):
    supplier: str | None = None
    recipient: str | None = None
    system: str | None = None
    family: str | None = None
    category: str | None = None
    quantity: int | None = None
    status: str | None = None
    when: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    value: float | None = None
    currency: str | None = None


class Meeting(Record):
    participants: list[str] = []
    date: str | None = None
    place: str | None = None
    kind: str | None = None


class Quote(Record):
    speaker: str | None = None
    text: str = ""
    cue: str | None = None
    outlet: str | None = None


class Figure(Record):
    what: str | None = None
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    as_of: str | None = None
    subject: str | None = None
    source: str | None = None


class Event(Record):
    type: str | None = None
    date: str | None = None
    actors: list[str] = []
    summary: str | None = None
    plover: str | None = None
    cameo: str | None = None


RECORD_SCHEMAS: dict[str, type[Record]] = {
    "transfers": Transfer, "meetings": Meeting, "quotes": Quote, "figures": Figure, "events": Event,
}


class DocumentSummary(Open):
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = []
    language: str | None = None


class DocumentRecords(Open):
    transfers: list[Transfer] = []
    meetings: list[Meeting] = []
    quotes: list[Quote] = []
    figures: list[Figure] = []
    events: list[Event] = []


class EntityMention(Open):
    entity: str | None = None
    type: str | None = None
    name: str | None = None
    surface: str | None = None
    doc: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class DocumentDetail(DocumentSummary):
    text: str
    records: DocumentRecords
    entities: list[EntityMention] = []


class Title(Open):
    title: str
    affiliation: str | None = None
    doc: str | None = None


class PersonSummary(Open):
    id: str
    name: str
    aliases: list[str] = []
    titles: list[Title] = []
    mention_count: int | None = None


class PersonDetail(PersonSummary):
    mentions: list[Mention] = []
    meetings: list[Meeting] = []
    quotes: list[Quote] = []


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of matching items (before limit/offset)")
    limit: int
    offset: int


class Conflict(Open):
    kind: str
    record: dict[str, Any] | str | None = None
    field: str
    values: list[Any]


class SearchHit(Open):
    doc: str
    title: str | None = None
    snippet: str | None = None
    score: float | None = None


class JobStatus(BaseModel):
    id: str
    state: str = Field(description="queued, running, done or failed")
    progress: float = Field(description="0..1")
    inputs: list[str]
    files: int
    files_read: int
    stored: int
    added: list[str]
    replaced: list[str]
    unchanged: list[str]
    documents: list[str]
    failures: list[str]
    warnings: list[str] = Field(default_factory=list, description="inputs stored with a doubt: a guessed encoding, a repeated id")
    error: str | None = None
    created: float
    started: float | None = None
    finished: float | None = None


class JobAccepted(BaseModel):
    id: str
    state: str
    url: str = Field(description="Poll this for progress")
