"""Pydantic response models of the JSON API (they document the OpenAPI schema).

Records keep any extra fields the query layer adds (``extra="allow"``), so merged records from
armstrack.resolve pass through unchanged.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from armstrack import kinds

T = TypeVar("T")


class Open(BaseModel):
    """A response model that lets through fields it does not declare."""

    model_config = ConfigDict(extra="allow")


class Mention(Open):
    """Evidence for a record: a span in a document and the sentence that holds it."""

    doc: str = Field(description="Document id")
    start: int = Field(description="Start of the evidence span (character offset into the document text)")
    end: int = Field(description="End of the evidence span (exclusive)")
    text: str = Field(description="The sentence holding the evidence")


class Record(Open):
    """A merged record: its id, its fields, and the mentions in documents that support it."""

    id: str
    mentions: list[Mention] = []


def record_schema(spec: kinds.KindSpec) -> type[Record]:
    """The API model of a record kind (named as its dataclass), from its spec: a list field is a list of
    names (empty by default), any other field optional unless the spec gives it an API default."""
    fields: dict[str, Any] = {}
    for f in spec.fields:
        if f.type is list:
            fields[f.name] = (list[str], [])
        elif f.api_default is not None:
            fields[f.name] = (f.type, f.api_default)
        else:
            fields[f.name] = (f.type | None, Field(None, description=f.description) if f.description else None)
    return create_model(spec.record.__name__, __base__=Record, __module__=__name__, **fields)


#: The API model of each record kind, built from the registered specs.
RECORD_SCHEMAS: dict[str, type[Record]] = {name: record_schema(spec) for name, spec in kinds.KINDS.items()}
Transfer = RECORD_SCHEMAS["transfers"]
Meeting = RECORD_SCHEMAS["meetings"]
Quote = RECORD_SCHEMAS["quotes"]
Figure = RECORD_SCHEMAS["figures"]
Event = RECORD_SCHEMAS["events"]

#: A document's merged records, one list per kind.
DocumentRecords: type[Open] = create_model(
    "DocumentRecords", __base__=Open, __module__=__name__,
    **{name: (list[schema], []) for name, schema in RECORD_SCHEMAS.items()})  # type: ignore[valid-type]


class DocumentSummary(Open):
    """A stored document without its text."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = []
    language: str | None = None


class EntityMention(Open):
    """A mention in a document of a country, organisation, military, weapon system or place, with the entity it resolves
    to."""

    entity: str | None = None
    type: str | None = None
    name: str | None = None
    surface: str | None = None
    doc: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class DocumentDetail(DocumentSummary):
    """A document with its cleaned text, the merged records with evidence in it, and its entity mentions."""

    text: str
    records: DocumentRecords
    entities: list[EntityMention] = []


class Title(Open):
    """A title or office a person is given in a document, with its affiliation."""

    title: str
    affiliation: str | None = None
    doc: str | None = None


class PersonSummary(Open):
    """A canonical person: one name, the other spellings merged into it, titles and mention count."""

    id: str
    name: str
    aliases: list[str] = []
    titles: list[Title] = []
    mention_count: int | None = None


class PersonDetail(PersonSummary):
    """A canonical person with mentions, meetings and quotes."""

    mentions: list[Mention] = []
    meetings: list[Meeting] = []
    quotes: list[Quote] = []


class Page(BaseModel, Generic[T]):
    """One page of a list: the items, the number of matching items, and the limit and offset used."""

    items: list[T]
    total: int = Field(description="Number of matching items (before limit/offset)")
    limit: int
    offset: int


class Conflict(Open):
    """A field of a record (or person) on which sources disagree, with each value and its document."""

    kind: str
    record: dict[str, Any] | str | None = None
    field: str
    values: list[Any]


class SearchHit(Open):
    """A document matching a full-text search, with a snippet and a relevance score."""

    doc: str
    title: str | None = None
    snippet: str | None = None
    score: float | None = None


class JobStatus(BaseModel):
    """Progress and outcome of an ingestion job."""

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
    """An ingestion job that was accepted and queued."""

    id: str
    state: str
    url: str = Field(description="Poll this for progress")
