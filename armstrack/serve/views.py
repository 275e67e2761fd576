"""Presentation helpers shared by pages and the CSV output: record labels, dates, links, highlighting.

Nothing here builds HTML: functions return plain data that Jinja2 templates render with autoescaping,
so article text and metadata can never become markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from armstrack import kinds
from armstrack.store.pages import page_text

#: The record kinds, their labels, date fields and columns: read from their specs (armstrack.kinds).
KINDS = kinds.KINDS
KIND_SINGULAR = kinds.SINGULAR
DATE_FIELD = kinds.DATE_FIELD

#: Columns of each record kind in tables and CSV (the evidence becomes "sources" and "evidence").
COLUMNS = kinds.COLUMNS


def q(value: Any) -> str:
    """A value as one URL path segment (slashes included)."""
    return quote(str(value), safe="")


def doc_url(doc_id: str) -> str:
    """The UI page of a document (id URL-quoted)."""
    return f"/documents/{q(doc_id)}"


def anchor(start: int, end: int) -> str:
    """The HTML anchor id of an evidence span in a document page."""
    return f"m-{start}-{end}"


def evidence_url(mention: dict) -> str:
    """The UI link to a mention: its document page, scrolled to the span."""
    return f"{doc_url(mention['doc'])}#{anchor(mention['start'], mention['end'])}"


def country_url(name: str) -> str:
    """The UI page of a country."""
    return f"/countries/{q(name)}"


def system_url(family: str) -> str:
    """The UI page of a weapon system family."""
    return f"/systems/{q(family)}"


def person_url(person_id: str) -> str:
    """The UI page of a person."""
    return f"/people/{q(person_id)}"


def query_url(path: str, params: dict[str, Any], **changes: Any) -> str:
    """``path`` with ``params`` updated by ``changes`` (None drops a parameter)."""
    merged = {**params, **changes}
    clean = {k: v for k, v in merged.items() if v not in (None, "")}
    return f"{path}?{urlencode(clean)}" if clean else path


def record_date(kind: str, r: dict) -> str | None:
    """The value of the field that dates a record of this kind, or None if the kind has none."""
    f = DATE_FIELD.get(kind)
    return r.get(f) if f else None


def fmt_number(value: Any) -> str:
    """A number for display with thousands separators (whole floats without decimals, others to at most two); "" for
    None."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def humanise(value: Any) -> str:
    """status/category codes as words: "air_defence" -> "air defence"."""
    return "" if value is None else str(value).replace("_", " ")


def label(kind: str, r: dict) -> str:
    """One line that says what a record claims."""
    if kind == "transfers":
        parties = f"{r.get('supplier') or '?'} → {r.get('recipient') or '?'}"
        qty = f"{fmt_number(r.get('quantity'))} × " if r.get("quantity") else ""
        return f"{parties}: {qty}{r.get('system')} ({humanise(r.get('status'))})"
    if kind == "meetings":
        who = ", ".join(r.get("participants") or []) or "unnamed participants"
        place = f" in {r['place']}" if r.get("place") else ""
        return f"{humanise(r.get('kind')).capitalize()}: {who}{place}"
    if kind == "quotes":
        text = r.get("text") or ""
        text = text if len(text) <= 140 else text[:137].rstrip() + "…"
        return f"{r.get('speaker') or 'Unattributed'}: “{' '.join(text.split())}”"
    if kind == "figures":
        return f"{r.get('what')}: {fmt_number(r.get('value'))} {r.get('unit') or ''}".strip()
    if kind == "events":
        summary = r.get("summary") or ", ".join(r.get("actors") or [])
        summary = summary if len(summary) <= 140 else summary[:137].rstrip() + "…"
        return f"{humanise(r.get('type')).capitalize()}: {summary}" if summary else humanise(r.get("type"))
    if kind in kinds.KINDS:  # a kind added later: its spec's line
        return kinds.KINDS[kind].label_line(r)
    return str(r.get("id"))


def kind_of(record_id: str) -> str | None:
    """The kind of an export record id ("t12" -> "transfers")."""
    return kinds.kind_of_id(record_id)


def cell(value: Any) -> Any:
    """A record value for a CSV cell or a table: lists become "a; b"."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(cell(v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={cell(v)}" for k, v in value.items())
    return "" if value is None else value


def mentions_of(r: dict) -> list[dict]:
    """A record's mentions, skipping any that is not a dict with a document id."""
    return [m for m in (r.get("mentions") or []) if isinstance(m, dict) and "doc" in m]


@dataclass(frozen=True)
class EvidenceLink:
    """One link from a record to a sentence that supports it: where it goes, the sentence (a tooltip), the
    source's title as shown (cut at 42 characters), and the page of a PDF ("p. 12") or None."""

    href: str
    sentence: str
    label: str
    page: str | None


def evidence_links(record: dict, sources: dict | None, limit: int) -> tuple[list[EvidenceLink], int]:
    """The first ``limit`` evidence links of a record and how many more it has (what the ``evidence`` macro
    shows; built here in one pass, as a page shows hundreds of them)."""
    ms = mentions_of(record)
    links = []
    for m in ms[:limit]:
        info = sources.get(m["doc"]) if sources else None
        title = str(info["title"] if info else m["doc"])
        # as Jinja's truncate(42, true, "…") with its default leeway of 5 characters
        label = title if len(title) <= 47 else title[:41] + "…"
        links.append(EvidenceLink(evidence_url(m), str(m.get("text") or "").strip(), label, page_text(m)))
    return links, max(0, len(ms) - limit)


def sources_of(r: dict) -> list[str]:
    """The ids of the documents a record is mentioned in, first seen first, each once."""
    return list(dict.fromkeys(m["doc"] for m in mentions_of(r)))


# --- highlighting a document's evidence -------------------------------------------------------------------

@dataclass
class Segment:
    """A run of text covered by the same marks; rendered as one (escaped) piece."""

    start: int
    end: int
    text: str
    kinds: list[str] = field(default_factory=list)
    records: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    entity: str | None = None
    entity_name: str | None = None
    anchors: list[str] = field(default_factory=list)
    #: the page (number, and label as printed) that starts with this segment, in a paged document (PDF)
    page: int | None = None
    page_label: str | None = None

    @property
    def marked(self) -> bool:
        """Whether any record's evidence covers this segment."""
        return bool(self.kinds)


@dataclass
class Mark:
    """A record's evidence span to highlight in a document page."""

    start: int
    end: int
    kind: str
    record: str
    title: str
    #: the end of the evidence span as exported, when the drawn mark ends earlier
    anchor_end: int | None = None


def highlight(text: str, marks: Iterable[Mark], entities: Iterable[dict] = (),
              pages: list[int] | None = None, page_labels: list[str] | None = None) -> list[Segment]:
    """Split ``text`` at every mark and entity boundary; each segment knows what covers it.

    Spans outside the text or empty are ignored; overlapping spans are fine. An anchor
    (``m-<start>-<end>``) is attached to the segment where each distinct record span begins. With
    ``pages`` (where each page of a PDF starts), the segment where a page starts knows its number.
    """
    n = len(text)
    page_at_offset: dict[int, int] = {}
    for number, start in enumerate(pages or [], 1):
        if isinstance(start, int) and 0 <= start < n:
            page_at_offset[start] = number  # an empty page starts where the next one does: the last wins
    spans = []
    for mk in marks:
        if 0 <= mk.start < mk.end <= n:
            # what is drawn ends at the last non-space character (evidence often carries the paragraph break)
            end = mk.start + len(text[mk.start:mk.end].rstrip())
            if end > mk.start:
                spans.append(Mark(mk.start, end, mk.kind, mk.record, mk.title, anchor_end=mk.end))
    ents = [e for e in entities if isinstance(e.get("start"), int) and 0 <= e["start"] < e["end"] <= n]
    cuts = {0, n, *page_at_offset}
    for mk in spans:
        cuts.update((mk.start, mk.end))
    for e in ents:
        cuts.update((e["start"], e["end"]))
    points = sorted(cuts)
    anchors_at: dict[int, list[str]] = {}
    for s, e in sorted({(mk.start, mk.anchor_end or mk.end) for mk in spans}):
        anchors_at.setdefault(s, []).append(anchor(s, e))
    segments: list[Segment] = []
    for a, b in zip(points, points[1:]):
        if a == b:
            continue
        seg = Segment(a, b, text[a:b], anchors=anchors_at.get(a, []), page=page_at_offset.get(a))
        if seg.page and page_labels and seg.page <= len(page_labels):
            seg.page_label = page_labels[seg.page - 1]
        for mk in spans:
            if mk.start <= a and b <= mk.end:
                if mk.kind not in seg.kinds:
                    seg.kinds.append(mk.kind)
                if mk.record not in seg.records:
                    seg.records.append(mk.record)
                    seg.titles.append(mk.title)
        for e in ents:
            if e["start"] <= a and b <= e["end"]:
                seg.entity, seg.entity_name = e.get("type"), e.get("name")
                break
        segments.append(seg)
    return segments


def document_marks(records_by_kind: dict[str, list[dict]], doc_id: str) -> list[Mark]:
    """The marks to draw in one document: every mention in it of the given records, titled with the record's label (and
    page)."""
    marks = []
    for kind, records in records_by_kind.items():
        for r in records:
            for m in mentions_of(r):
                if m["doc"] == doc_id:
                    where = page_text(m)
                    marks.append(Mark(m["start"], m["end"], kind, str(r.get("id")),
                                      label(kind, r) + (f" ({where})" if where else "")))
    return marks
