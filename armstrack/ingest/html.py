"""Saved web pages: the article text and metadata (title, authors, date, canonical URL, site) via trafilatura."""

from __future__ import annotations

import re

import trafilatura
from trafilatura.settings import set_date_params

from armstrack.records import Article, IngestFailure

from . import boilerplate
from .dates import date_from_url, parse_date
from .text import first_sentence
from .urls import source_from_url

#: Fewer words than this after cleaning means the page holds no article (navigation, a stub, an error page).
MIN_ARTICLE_WORDS = 8
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||\band\b|&)\s*", re.IGNORECASE)


def split_authors(value: object) -> list[str]:
    """Author names from a list or a string such as ``"A; B"`` or ``"A and B"``, in order, without repeats."""
    if isinstance(value, str):
        pieces = _AUTHOR_SPLIT.split(value)
        if len(pieces) == 1 and "," in value and all(len(p.split()) >= 2 for p in value.split(",")):
            pieces = value.split(",")  # "Jane Doe, John Roe" (but not "Doe, Jane")
    elif isinstance(value, (list, tuple)):
        pieces = [p for item in value for p in (split_authors(item) if isinstance(item, str) else [])]
    else:
        return []
    names: list[str] = []
    for p in pieces:
        name = " ".join(p.split()).strip(" ,.")
        if name and name not in names:
            names.append(name)
    return names


def _inline(el) -> str:
    """An element's text with <lb/> as a line break; nested lists one item a line, table cells joined by |."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            out.append("\n")
        elif tag in ("item", "row"):
            out.append("\n" + _inline(child) + "\n")
        elif tag == "cell":
            out.append(" | " + _inline(child))
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def body_text(body) -> str:
    """Paragraphs (blank-line separated) from trafilatura's XML body; whitespace inside lines collapsed."""
    paragraphs = []
    for el in body:
        lines = [" ".join(line.split()).strip(" |") for line in _inline(el).split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def parse_html(markup: str, doc_id: str, path: str | None = None, url: str | None = None) -> Article | IngestFailure:
    """An Article from an HTML page; IngestFailure when trafilatura finds no article in it."""
    where = str(path or doc_id)
    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params=set_date_params(extensive=False),  # dates from metadata, not body text
        )
    except Exception as e:  # lxml and trafilatura raise many kinds of errors on broken markup
        return IngestFailure(where, f"HTML could not be parsed: {type(e).__name__}: {e}")
    if doc is None:
        return IngestFailure(where, "no article text found in the HTML")
    body = getattr(doc, "body", None)
    text = body_text(body) if body is not None and len(body) else (doc.text or "").replace("\n", "\n\n")
    title = " ".join((doc.title or "").split()) or None
    if title:  # the headline is usually the first block of the body too
        first, _, rest = text.partition("\n\n")
        if " ".join(first.split()).casefold() == title.casefold():
            text = rest
    text = boilerplate.clean(text)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return IngestFailure(where, "no article text found in the HTML")
    canonical = doc.url or url
    meta = {k: v for k, v in (("sitename", doc.sitename), ("description", doc.description),
                              ("categories", doc.categories), ("tags", doc.tags)) if v}
    return Article(
        doc_id=doc_id,
        text=text,
        title=title or first_sentence(text),
        url=canonical,
        published=parse_date(doc.date) or date_from_url(canonical),
        source=source_from_url(canonical) or doc.hostname or doc.sitename,
        authors=split_authors(doc.author),
        language=doc.language or boilerplate.detect_language(text),
        meta=meta,
        path=path,
    )
