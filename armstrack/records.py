"""Typed records shared by every stage: what ingest produces, what nlp and extract add, what store keeps.

Offsets are character offsets into ``Article.text`` (the cleaned text that is stored and exported),
so any record can be traced back to the exact sentence it came from.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from armstrack.settings import MAX_ID_CHARS

#: Entity types in the export.
ENTITY_TYPES = ("COUNTRY", "ORG", "MILITARY", "WEAPON_SYSTEM", "LOCATION")

class Category(StrEnum):
    """Weapon categories (gold/README.md)."""

    AIRCRAFT = "aircraft"
    HELICOPTER = "helicopter"
    UAV = "uav"
    AIR_DEFENCE = "air_defence"
    MISSILE = "missile"
    RADAR = "radar"
    SHIP = "ship"
    ARMOURED_VEHICLE = "armoured_vehicle"
    ARTILLERY = "artillery"
    SMALL_ARMS = "small_arms"
    OTHER = "other"


class Status(StrEnum):
    """Transfer statuses, from earliest phase to latest."""

    OFFERED = "offered"
    INTEREST = "interest"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    IN_PRODUCTION = "in_production"
    LICENSED_PRODUCTION = "licensed_production"
    CANCELLED = "cancelled"


class MeetingKind(StrEnum):
    """What kind of meeting a Meeting is."""

    MEETING = "meeting"
    VISIT = "visit"
    CONFERENCE = "conference"
    CALL = "call"
    SIGNING = "signing"


class EventType(StrEnum):
    """The types of political and military events."""

    COUP = "coup"
    UN_VOTE = "un_vote"
    SANCTION = "sanction"
    EMBARGO = "embargo"
    KILLINGS = "killings"
    CLASH = "clash"
    PORT_ACCESS = "port_access"
    TRAINING = "training"
    ASSEMBLY = "assembly"
    INDUSTRIAL_PROJECT = "industrial_project"
    STATEMENT_OF_SUPPORT = "statement_of_support"


#: The vocabularies as tuples of their values, in order (what code before the enums used).
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
MEETING_KINDS: tuple[str, ...] = tuple(k.value for k in MeetingKind)
EVENT_TYPES: tuple[str, ...] = tuple(e.value for e in EventType)


class VocabularyError(ValueError):
    """A status, category, meeting kind or event type outside its vocabulary."""


def member(vocabulary: type[StrEnum], value: Any, field_name: str) -> Any:
    """``value`` as a member of ``vocabulary`` (a StrEnum), or VocabularyError naming ``field_name`` and
    the allowed values."""
    try:
        return vocabulary(value)
    except ValueError:
        allowed = ", ".join(v.value for v in vocabulary)
        raise VocabularyError(f"{field_name} {value!r} is not one of: {allowed}") from None


def content_hash(text: str) -> str:
    """A stable hash of an article's content, used to make re-ingest idempotent.

    Never raises: a lone UTF-16 surrogate (which readers refuse, see ``unstorable``) is hashed as is.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: Characters no database stores: NUL (PostgreSQL text) and lone UTF-16 surrogates (not encodable as UTF-8).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` safe to print and to store in an error message: NULs and lone surrogates as escapes."""
    return _UNSTORABLE.sub(lambda mt: f"\\u{ord(mt.group()):04x}", text)


def text_problem(text: str) -> str | None:
    """Why no database can store ``text`` (a NUL character, a lone UTF-16 surrogate), else None."""
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    if found.group() == "\x00":
        return f"a NUL character (\\u0000) at character {found.start() + 1}"
    return (f"a lone UTF-16 surrogate (\\u{ord(found.group()):04x}: a broken escape or a cut emoji) "
            f"at character {found.start() + 1}")


@dataclass
class Article:
    """One article as read from a file, cleaned, before any NLP."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    #: Unknown input fields and reader details (e.g. the original path), kept as they came.
    meta: dict[str, Any] = field(default_factory=dict)
    #: Where it came from: the file, and the line for JSONL.
    path: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:
        # a caller's "2024-05-01" (a notebook, the API) or a datetime is the date it names: every date rule
        # downstream computes with a date
        if isinstance(self.published, datetime):
            self.published = self.published.date()
        elif isinstance(self.published, str):
            try:
                self.published = date.fromisoformat(self.published.strip())
            except ValueError:
                raise ValueError(f"published must be a date or an ISO date (YYYY-MM-DD), not {self.published!r}") \
                    from None

    @property
    def hash(self) -> str:
        """A content hash of the text and metadata: an unchanged article is not stored again."""
        parts = [self.text, self.title or "", self.url or "", str(self.published or ""),
                 self.source or "", "|".join(self.authors)]
        return content_hash("\x1f".join(parts))


def field_problem(name: str, value: Any) -> str | None:
    """Why no database can store ``value`` (a string, or dicts and lists of them, keys included) of
    field ``name`` ("" for a whole record): "field 'text' holds a NUL character ...", else None."""
    stack: list[tuple[str, Any]] = [(name, value)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str) and (problem := text_problem(value)):
            return f"field '{where}' holds {problem}, which no database can store"
        children: list[tuple[str, Any]] = []
        if isinstance(value, dict):
            for k, v in value.items():
                name = f"{where}.{shown(str(k))}" if where else shown(str(k))
                if problem := text_problem(str(k)):
                    return f"field name '{name}' holds {problem}, which no database can store"
                children.append((name, v))
        elif isinstance(value, (list, tuple)):
            children = [(where, v) for v in value]
        stack.extend(reversed(children))  # the first problem in reading order is the one named
    return None


def unstorable(article: Article) -> str | None:
    """Why ``article`` cannot be stored as it is (which field holds text no database takes), else None."""
    if len(article.doc_id) > MAX_ID_CHARS:
        return (f"document {shown(article.doc_id[:40])}…: the id is {len(article.doc_id)} characters long; "
                f"at most {MAX_ID_CHARS} fit the database")
    for name, value in (("id", article.doc_id), ("text", article.text), ("title", article.title),
                        ("url", article.url), ("source", article.source), ("authors", article.authors),
                        ("language", article.language), ("path", article.path), ("meta", article.meta)):
        problem = field_problem(name, value)
        if problem:
            return f"document {shown(article.doc_id)}: {problem}"
    return None


@dataclass
class InputMessage:
    """One line about one input (a file, and the line in it): what went wrong, or what is doubtful."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class IngestFailure(InputMessage):
    """An input that could not be read or processed: one clear line for the user."""


@dataclass
class IngestWarning(InputMessage):
    """Something doubtful about an input that was still read (a guessed encoding, a repeated id): one line."""


@dataclass
class Evidence:
    """Where a record comes from: a span in a document, and the sentence that holds it."""

    doc: str
    start: int
    end: int
    sentence: str
    sent_start: int | None = None
    sent_end: int | None = None

    def to_mention(self) -> dict[str, Any]:
        """The mention as exported: {doc, start, end, text}, the text being the sentence."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.sentence}


@dataclass
class EntityMention:
    """A mention of a country, organisation, military, weapon system or place."""

    type: str
    name: str  #: surface form in the text
    canonical: str  #: resolved name (e.g. Burma -> Myanmar; Pantsir-1 -> Pantsir-S1)
    evidence: Evidence
    #: type-specific attributes: weapon family/category, an organisation's country, ...
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class PersonTitle:
    """A title or office a document gives a person ("Defence Minister"), and whose it is."""

    title: str
    affiliation: str | None = None


@dataclass
class Person:
    """A person as one document names them: one canonical name, its other forms and titles."""

    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[PersonTitle] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Transfer:
    """A transfer of a weapon system from a supplier to a recipient, at some stage (``status``)."""

    supplier: str | None
    recipient: str | None
    system: str
    family: str | None
    category: Category | None
    status: Status
    evidence: Evidence
    quantity: int | None = None
    when: str | None = None  #: YYYY, YYYY-MM or YYYY-MM-DD
    value: float | None = None
    currency: str | None = None

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Make ``status`` and ``category`` members of their vocabularies; VocabularyError if one is not
        (also for a value assigned after construction: the extractors' output is checked again)."""
        self.status = member(Status, self.status, "status")
        if self.category is not None:
            self.category = member(Category, self.category, "category")


@dataclass
class Meeting:
    """A meeting, visit or call between participants, with its date and place when given."""

    participants: list[str]
    kind: MeetingKind
    evidence: Evidence
    date: str | None = None
    place: str | None = None

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Make ``kind`` a member of MeetingKind; VocabularyError if it is not."""
        self.kind = member(MeetingKind, self.kind, "meeting kind")


@dataclass
class Quote:
    """A quotation, its speaker (None if not attributed), the cue that attributes it and any outlet."""

    speaker: str | None
    text: str
    evidence: Evidence
    cue: str | None = None
    outlet: str | None = None


@dataclass
class Figure:
    """A number a document reports (a budget, a count, a share), with unit, period and source."""

    what: str
    value: float
    unit: str
    evidence: Evidence
    period: str | None = None
    as_of: str | None = None
    subject: str | None = None
    source: str | None = None


@dataclass
class Event:
    """An event of a type in EventType, with its actors and date, and its PLOVER and CAMEO codes."""

    type: EventType
    evidence: Evidence
    date: str | None = None
    actors: list[str] = field(default_factory=list)
    summary: str | None = None
    plover: str | None = None
    cameo: str | None = None

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Make ``type`` a member of EventType; VocabularyError if it is not."""
        self.type = member(EventType, self.type, "event type")


@dataclass
class DocumentAnalysis:
    """Everything the nlp and extract stages found in one article."""

    article: Article
    entities: list[EntityMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: the records of kinds registered beyond the five above (``armstrack.kinds``), by kind name
    other: dict[str, list] = field(default_factory=dict)

    def records_of(self, kind: str) -> list:
        """The list of records of a kind: its own field for the five above, else its list in ``other``."""
        if kind in _RECORD_LISTS:
            return getattr(self, kind)
        return self.other.setdefault(kind, [])


_RECORD_LISTS = ("transfers", "meetings", "quotes", "figures", "events")


#: Keys of ``Article.meta`` (kept in the stored document's metadata) of a paged document (PDF, DOCX): the
#: offset where each page starts, the first at 0; and the PDF's own page labels ("iv", "12") if it has some.
PAGES_KEY = "pages"
PAGE_LABELS_KEY = "page_labels"


def page_at(starts: list[int], offset: int) -> int:
    """The page (1-based) holding character ``offset`` of a text whose pages start at ``starts``
    (``Article.meta["pages"]``: the offset where each page starts, the first at 0)."""
    return max(1, bisect.bisect_right(starts, offset))
