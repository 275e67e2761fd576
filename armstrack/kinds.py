"""One spec per record kind: what every stage needs to know about transfers, meetings, quotes, figures, events.

A record kind is registered here by its name (the export's list name, the table name, ``facts.kind``):
its record dataclass (``armstrack.records``), its fields in export order (each with its type and how the
database stores it), its date field, its labels, its fact id prefix, its columns in tables and CSV and on
its list page. The stages read the spec instead of keeping their own lists:

* ``store/models.py`` builds each kind's table from ``fields`` (``record_model``);
* ``serve/schemas.py`` builds each kind's API response model from ``fields`` (``record_schema``);
* ``query/export.py`` exports ``fields`` in order (``RECORD_FIELDS``); ``serve/views.py`` shows ``columns``;
* ``query/queries.py``, ``serve/views.py``, ``resolve/resolver.py`` read the date field and prefix here;
* ``resolve/rules.py`` holds the five kinds' merge rules in ``KIND_RULES`` (any other kind merges by its
  ``DEFAULT_RULES``), and transfers merge within a phase of ``STATUS_PHASE``;
* ``serve/views.label`` and ``cli.common.describe`` have a line for each of the five kinds, and use
  ``label_line``/``describe_line`` of any other kind's spec.

Like ``records.py`` this module imports no stage. Adding a kind is a spec here (``register``), its
dataclass, and its extractor (``assigns=`` the kind; its records go to ``DocumentAnalysis.other``);
``tests/test_kinds.py`` checks that every stage covers every kind and takes a throwaway kind end to end.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from armstrack import records

T = TypeVar("T")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind, as the dataclass, the table, the export and the API have it."""

    name: str
    #: the Python type of a value: str, int, float, or list (a list of names, stored as JSON)
    type: type
    #: every record has a value (a NOT NULL column); a list is always required (empty, not null)
    required: bool = False
    #: the longest text the column holds (String(size)); None: unbounded text
    size: int | None = None
    #: the column is indexed
    index: bool = False
    #: the API's default when a record lacks the field; None: the field is optional (None)
    api_default: Any = None
    #: the API schema's description of the field
    description: str | None = None
    #: the closed vocabulary (a StrEnum of records.py) a text field's values come from, if any
    vocabulary: type | None = None


@dataclass(frozen=True)
class KindSpec:
    """Everything about one record kind that is not its extraction or its merge rules."""

    #: plural name: the export's list, the table, ``facts.kind`` ("transfers")
    name: str
    #: one record in words ("transfer")
    singular: str
    #: the first letter of its fact ids ("t12"); unique among kinds
    prefix: str
    #: the per-document record (``armstrack.records``)
    record: type
    #: its fields in export order (also the table's column order)
    fields: tuple[FieldSpec, ...]
    #: the field that dates a record (timeline, ``facts.date``, sorting by date); None: undated
    date_field: str | None
    #: the columns of tables and CSV downloads, in order (the evidence becomes sources and evidence)
    columns: tuple[str, ...]
    #: the title of its list page
    title: str
    #: the columns of its list page (``/meetings``...); None: the kind has its own page (the register)
    page_columns: tuple[str, ...] | None
    #: the filters an alert on it may use (``armstrack alerts add``; the query commands' names and meaning)
    alert_filters: tuple[str, ...] = ("country",)
    #: its records are on the timeline (by their date field)
    timeline: bool = False
    #: its records name people: a person's profile lists them
    people: bool = False
    #: merged records carry a time series of values by date (``series``)
    series: bool = False
    #: one line that says what a (merged) record dict claims, for pages and alerts (``serve.views.label``);
    #: pure formatting. None: ``default_line`` (the five kinds above keep their own lines in serve and cli)
    label: Callable[[dict], str] | None = None
    #: the command line's one line for a record (``cli.common.describe``); None: ``label``
    describe: Callable[[dict], str] | None = None

    @property
    def field_names(self) -> tuple[str, ...]:
        """The names of the kind's fields, in order."""
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> FieldSpec:
        """The spec of the field called ``name`` (StopIteration if there is none)."""
        return next(f for f in self.fields if f.name == name)

    def label_line(self, record: dict) -> str:
        """The kind's one line for a record: its ``label``, else ``default_line``."""
        return (self.label or functools.partial(default_line, self))(record)

    def describe_line(self, record: dict) -> str:
        """The kind's command-line line for a record: its ``describe``, else its ``label_line``."""
        return self.describe(record) if self.describe else self.label_line(record)


def default_line(spec: KindSpec, record: dict) -> str:
    """A kind's line when its spec has no ``label``: "Widget: 2020, gear, 2, Ann; Bo" (the non-empty
    values of its columns in order, a list's names joined by "; "), or the singular alone."""
    values = []
    for name in spec.columns:
        v = record.get(name)
        if isinstance(v, (list, tuple)):
            v = "; ".join(str(x) for x in v if x not in (None, ""))
        if v not in (None, ""):
            values.append(f"{v:g}" if isinstance(v, float) else str(v))
    return f"{spec.singular.capitalize()}: {', '.join(values)}" if values else spec.singular.capitalize()


#: Every registered kind by name, in registration order (the export's order of record lists).
KINDS: dict[str, KindSpec] = {}


def register(spec: KindSpec) -> KindSpec:
    """Register a record kind; its name and its prefix must be new."""
    if spec.name in KINDS:
        raise ValueError(f"record kind {spec.name!r} is already registered")
    taken = {k.prefix: k.name for k in KINDS.values()}
    if len(spec.prefix) != 1 or not spec.prefix.islower() or spec.prefix in taken:
        raise ValueError(f"record kind {spec.name!r}: prefix {spec.prefix!r} is not one free lower-case letter"
                         + (f" ({taken[spec.prefix]} has it)" if spec.prefix in taken else ""))
    unknown = [c for c in (*spec.columns, *(spec.page_columns or ()), *([spec.date_field] if spec.date_field else ()))
               if c not in spec.field_names]
    if unknown:
        raise ValueError(f"record kind {spec.name!r}: columns {unknown} are not among its fields")
    KINDS[spec.name] = spec
    return spec


def unregister(name: str) -> None:
    """Forget a kind (tests that register one for a while)."""
    KINDS.pop(name, None)


def get(name: str) -> KindSpec:
    """The spec of a registered kind; KeyError names the known ones."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown record kind {name!r} (one of {', '.join(KINDS)})") from None


class KindTable(Mapping[str, T], Generic[T]):
    """A read-only {kind name: value} table computed from the registered specs, always current: a kind
    registered later is in it too. Replaces the dict literals keyed by kind that stages kept."""

    def __init__(self, value: Callable[[KindSpec], T], where: Callable[[KindSpec], bool] | None = None) -> None:
        self._value, self._where = value, where

    def _specs(self) -> dict[str, KindSpec]:
        return {n: s for n, s in KINDS.items() if self._where is None or self._where(s)}

    def __getitem__(self, name: str) -> T:
        spec = KINDS[name]
        if self._where is not None and not self._where(spec):
            raise KeyError(name)
        return self._value(spec)

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs())

    def __len__(self) -> int:
        return len(self._specs())

    def __repr__(self) -> str:
        return repr(dict(self))


#: The phase of a deal each transfer status belongs to: transfers of one phase may be one fact
#: (resolve.rules), a deal has one part per phase (resolve.deals), extraction tells versions apart by it.
STATUS_PHASE: dict[str, str] = {
    "offered": "prospective", "interest": "prospective", "negotiating": "prospective",
    "agreed": "agreed", "ordered": "agreed", "delivered": "delivered",
    "in_production": "production", "licensed_production": "production", "cancelled": "cancelled",
}


def _text(name: str, size: int | None = None, **kw: Any) -> FieldSpec:
    return FieldSpec(name, str, size=size, **kw)


def _names(name: str) -> FieldSpec:
    return FieldSpec(name, list, required=True)


TRANSFERS = register(KindSpec(
    name="transfers", singular="transfer", prefix="t", record=records.Transfer,
    fields=(
        _text("supplier", 128, index=True), _text("recipient", 128, index=True), _text("system", required=True),
        _text("family", 128), _text("category", 32, vocabulary=records.Category), FieldSpec("quantity", int),
        _text("status", 32, required=True, vocabulary=records.Status),
        _text("when", 10, description="YYYY, YYYY-MM or YYYY-MM-DD"), FieldSpec("value", float),
        _text("currency", 8),
    ),
    date_field="when",
    columns=("supplier", "recipient", "system", "family", "category", "quantity", "status", "when", "value",
             "currency"),
    title="Transfers", page_columns=None,
    alert_filters=("supplier", "recipient", "system", "country"), timeline=True,
))

MEETINGS = register(KindSpec(
    name="meetings", singular="meeting", prefix="m", record=records.Meeting,
    fields=(_names("participants"), _text("date", 10), _text("place", 255),
            _text("kind", 16, required=True, vocabulary=records.MeetingKind)),
    date_field="date",
    columns=("date", "kind", "participants", "place"),
    title="Meetings and visits", page_columns=("date", "kind", "participants", "place"),
    alert_filters=("country", "person"), timeline=True, people=True,
))

QUOTES = register(KindSpec(
    name="quotes", singular="quote", prefix="q", record=records.Quote,
    fields=(_text("speaker", 255), _text("text", required=True, api_default=""), _text("cue", 64),
            _text("outlet", 255)),
    date_field=None,
    columns=("speaker", "text", "cue", "outlet"),
    title="Quotes", page_columns=("speaker", "text", "outlet"),
    alert_filters=("country", "person"), people=True,
))

FIGURES = register(KindSpec(
    name="figures", singular="figure", prefix="f", record=records.Figure,
    fields=(_text("what", required=True), FieldSpec("value", float, required=True), _text("unit", 32, required=True),
            _text("period", 16), _text("as_of", 10), _text("subject"), _text("source", 255)),
    date_field="as_of",
    columns=("what", "value", "unit", "period", "as_of", "subject", "source"),
    title="Figures", page_columns=("what", "value", "unit", "as_of", "subject", "source"),
    alert_filters=("country",), series=True,
))

EVENTS = register(KindSpec(
    name="events", singular="event", prefix="e", record=records.Event,
    fields=(_text("type", 32, required=True, index=True, vocabulary=records.EventType), _text("date", 10),
            _names("actors"), _text("summary"), _text("plover", 32), _text("cameo", 8)),
    date_field="date",
    columns=("date", "type", "actors", "summary", "plover", "cameo"),
    title="Events", page_columns=("date", "type", "actors", "summary"),
    alert_filters=("country", "person"), timeline=True, people=True,
))


#: {kind: its fields in export order}.
FIELDS: KindTable[tuple[str, ...]] = KindTable(lambda s: s.field_names)
#: {kind: its date field, or None}.
DATE_FIELD: KindTable[str | None] = KindTable(lambda s: s.date_field)
#: {kind: its fact id prefix}.
PREFIX: KindTable[str] = KindTable(lambda s: s.prefix)
#: {kind: one record in words}.
SINGULAR: KindTable[str] = KindTable(lambda s: s.singular)
#: {kind: its columns in tables and CSV}.
COLUMNS: KindTable[tuple[str, ...]] = KindTable(lambda s: s.columns)
#: {kind: the filters an alert on it may use}.
ALERT_FILTERS: KindTable[tuple[str, ...]] = KindTable(lambda s: s.alert_filters)
#: {kind: (page title, page columns)} of the kinds listed on a page of their own kind (not the register).
PAGES: KindTable[tuple[str, tuple[str, ...]]] = KindTable(lambda s: (s.title, s.page_columns or ()),
                                                          where=lambda s: s.page_columns is not None)


def names(where: Callable[[KindSpec], bool] | None = None) -> tuple[str, ...]:
    """The registered kinds (those ``where`` holds for), in registration order."""
    return tuple(n for n, s in KINDS.items() if where is None or where(s))


def kind_of_id(record_id: Any) -> str | None:
    """The kind of a fact id ("t12" -> "transfers"), None when it is none."""
    text = str(record_id)
    for spec in KINDS.values():
        if text.startswith(spec.prefix) and text[1:].isdigit():
            return spec.name
    return None
