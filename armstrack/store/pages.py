"""Page numbers of evidence in paged documents (PDF, and DOCX saved with its page breaks).

A paged document keeps the offset where each page starts in its metadata (``meta["pages"]``, written by
armstrack.ingest.documents); a mention of it (``{doc, start, end, text}``) gets ``page`` (1-based), and
``page_label`` when the PDF prints its own page numbers ("iv", "12"). Mentions of other documents are
left exactly as they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from armstrack.records import PAGE_LABELS_KEY, PAGES_KEY, page_at
from armstrack.store import models as m


@dataclass(frozen=True)
class Pages:
    """Where each page of one document starts, and its printed labels if it has its own."""

    starts: list[int]
    labels: list[str] | None = None

    def page(self, offset: int) -> int:
        """The number (from 1) of the page that holds a character offset."""
        return page_at(self.starts, offset)

    def label(self, page: int) -> str | None:
        """The printed label of a page, or None if the document has no labels or no such page."""
        if self.labels and 1 <= page <= len(self.labels):
            return self.labels[page - 1]
        return None


def pages_of(meta: dict | None) -> Pages | None:
    """The pages recorded in a document's metadata, else None (a web page, a text file)."""
    if not isinstance(meta, dict):
        return None
    starts = meta.get(PAGES_KEY)
    if not isinstance(starts, list) or not starts or not all(isinstance(s, int) for s in starts):
        return None
    labels = meta.get(PAGE_LABELS_KEY)
    if not (isinstance(labels, list) and len(labels) == len(starts)):
        labels = None
    return Pages(starts, [str(x) for x in labels] if labels else None)


def document_pages(session: Session, doc_ids: Iterable[str]) -> dict[str, Pages]:
    """{doc id: Pages} for the paged documents among ``doc_ids``.

    Only metadata whose stored JSON text names the key is read and decoded: the resolver asks for every
    document of the groups it recomputes (tens of thousands on a grown database), and few are paged."""
    wanted = sorted({d for d in doc_ids if d})
    out: dict[str, Pages] = {}
    named = cast(m.Document.meta, Text).contains(json.dumps(PAGES_KEY), autoescape=True)
    for i in range(0, len(wanted), 500):
        for doc_id, meta in session.execute(
                select(m.Document.id, m.Document.meta).where(m.Document.id.in_(wanted[i:i + 500]), named)):
            pages = pages_of(meta)
            if pages is not None:
                out[doc_id] = pages
    return out


def add_pages(mentions: Iterable[dict], pages: dict[str, Pages]) -> None:
    """Give each mention of a paged document its ``page`` (and ``page_label``), in place."""
    for mention in mentions:
        found = pages.get(mention.get("doc"))
        if found is None or not isinstance(mention.get("start"), int):
            continue
        mention["page"] = found.page(mention["start"])
        label = found.label(mention["page"])
        if label is not None:
            mention["page_label"] = label


def page_text(mention: dict) -> str | None:
    """ "p. 12" for a mention with a page, else None."""
    if mention.get("page") is None:
        return None
    return f"p. {mention.get('page_label') or mention['page']}"
