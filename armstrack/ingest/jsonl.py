"""JSON Lines (one article per line) and JSON (one object or a list of objects) article files.

Field names of our own format, of news-please and of trafilatura's JSON output are understood; any other
field is kept in ``Article.meta`` as it came.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from armstrack import settings
from armstrack.records import Article, IngestFailure, field_problem, shown

from . import boilerplate
from .dates import date_from_url, parse_date
from .html import parse_html, split_authors
from .text import strip_header, too_long_reason
from .urls import source_from_url

ID_FIELDS = ("id", "doc_id")
TEXT_FIELDS = ("text", "maintext", "raw_text", "content")
HTML_FIELDS = ("html", "raw_html")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "canonical_url", "link", "source_url")
DATE_FIELDS = ("published", "date_publish", "date", "published_date", "publish_date", "date_published", "pubdate")
AUTHOR_FIELDS = ("authors", "author", "byline")
SOURCE_FIELDS = ("source", "source_domain", "hostname")
SITENAME_FIELDS = ("sitename", "site_name")
LANGUAGE_FIELDS = ("language", "lang")
#: A single JSON object holding the articles under one of these keys is a collection, not an article.
COLLECTION_KEYS = ("articles", "items", "documents", "docs", "records", "data", "results")


def _first(record: dict[str, Any], fields: tuple[str, ...], used: set[str]) -> Any:
    """The first non-empty value among ``fields`` (its name goes into ``used``), else None."""
    for f in fields:
        v = record.get(f)
        if v is None or (isinstance(v, (str, list)) and not (v.strip() if isinstance(v, str) else v)):
            continue
        used.add(f)
        return v
    return None


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def article_from_record(record: dict[str, Any], default_id: str, path: str, line: int | None = None
                        ) -> Article | IngestFailure:
    """An Article from one JSON object; IngestFailure (with the line) when it has no usable text."""
    used: set[str] = set()
    doc_id = _str(_first(record, ID_FIELDS, used)) or default_id
    problem = field_problem("", record)
    if problem:  # a NUL or a lone surrogate ("\ud800"): refused here, before anything tries to store it
        return IngestFailure(path, f"document {shown(doc_id)}: {problem}", line)
    url = _str(_first(record, URL_FIELDS, used))
    text_value = _first(record, TEXT_FIELDS, used)
    html_value = None if text_value is not None else _first(record, HTML_FIELDS, used)

    if text_value is not None:
        if not isinstance(text_value, str):
            return IngestFailure(path, f"field '{_used_of(used, TEXT_FIELDS)}' must be a string", line)
        if len(text_value) > 2 * settings.current().max_article_chars:  # cleaning can't bring it under the limit
            return IngestFailure(path, too_long_reason(doc_id, len(text_value)), line)
        text = boilerplate.clean(text_value)
        if not text:
            return IngestFailure(path, f"document {doc_id}: no article text (empty after removing boilerplate)", line)
        text, header_authors, header_date = strip_header(text, _str(record.get("title") or record.get("headline")))
        base = Article(doc_id=doc_id, text=text, path=path, line=line, authors=header_authors,
                       published=header_date)
    elif html_value is not None:
        if not isinstance(html_value, str):
            return IngestFailure(path, f"field '{_used_of(used, HTML_FIELDS)}' must be a string", line)
        parsed = parse_html(html_value, doc_id, path, url=url)
        if isinstance(parsed, IngestFailure):
            return IngestFailure(path, f"document {doc_id}: {parsed.reason}", line)
        base = parsed
        base.line = line
    else:
        return IngestFailure(path, f"document {doc_id}: no article text "
                                   f"(expected one of the fields {', '.join(TEXT_FIELDS + HTML_FIELDS)})", line)

    title = _str(_first(record, TITLE_FIELDS, used))
    published = None
    for f in DATE_FIELDS:  # the first readable date; an unreadable one stays in meta as it came
        if record.get(f) is not None:
            published = parse_date(record[f])
            if published is not None:
                used.add(f)
                break
    authors = split_authors(_first(record, AUTHOR_FIELDS, used))
    source = _str(_first(record, SOURCE_FIELDS, used))
    sitename = _str(_first(record, SITENAME_FIELDS, used))
    language = _str(_first(record, LANGUAGE_FIELDS, used))

    base.url = url or base.url
    base.title = title or base.title
    base.published = published or base.published or date_from_url(base.url)
    base.authors = authors or base.authors
    base.source = source or source_from_url(base.url) or base.source or sitename
    base.language = language or base.language or boilerplate.detect_language(base.text)
    skip = used | set(TEXT_FIELDS) | set(HTML_FIELDS)
    base.meta = {**base.meta, **{k: v for k, v in record.items() if k not in skip}}
    if sitename and "sitename" not in base.meta:
        base.meta["sitename"] = sitename
    return base


def _used_of(used: set[str], fields: tuple[str, ...]) -> str:
    return next((f for f in fields if f in used), fields[0])


def read_jsonl(text: str, path: Path) -> Iterator[Article | IngestFailure]:
    """One article per non-blank line; a bad line is an IngestFailure with its line number, the rest still come."""
    where = str(path)
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as e:
            yield IngestFailure(where, f"malformed JSON: {getattr(e, 'msg', e)} (column {getattr(e, 'colno', '?')})", n)
            continue
        if not isinstance(record, dict):
            yield IngestFailure(where, f"expected a JSON object, got {_kind(record)}", n)
            continue
        yield article_from_record(record, f"{path.stem}-{n}", where, n)


def read_json(text: str, path: Path) -> Iterator[Article | IngestFailure]:
    """A single article object, a list of them, or an object holding a list under e.g. ``articles``."""
    where = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # JSON Lines saved with a .json suffix
            yield from read_jsonl(text, path)
        else:
            yield IngestFailure(where, f"malformed JSON: {e.msg} (line {e.lineno}, column {e.colno})", e.lineno)
        return
    except RecursionError:
        yield IngestFailure(where, "malformed JSON: nested too deeply")
        return
    if isinstance(data, dict) and not any(f in data for f in TEXT_FIELDS + HTML_FIELDS):
        held = [data[k] for k in COLLECTION_KEYS if isinstance(data.get(k), list)]
        if held:
            data = held[0]
    if isinstance(data, dict):
        yield article_from_record(data, path.stem, where)
    elif isinstance(data, list):
        if not data:
            yield IngestFailure(where, "empty JSON list: no articles")
        for i, item in enumerate(data, 1):
            if not isinstance(item, dict):
                yield IngestFailure(where, f"item {i}: expected a JSON object, got {_kind(item)}")
                continue
            result = article_from_record(item, f"{path.stem}-{i}", where)
            if isinstance(result, IngestFailure):
                result.reason = f"item {i}: {result.reason}"
            yield result
    else:
        yield IngestFailure(where, f"expected a JSON object or a list of objects, got {_kind(data)}")


def _kind(value: Any) -> str:
    return {list: "a list", str: "a string", bool: "true/false", type(None): "null", dict: "an object"}.get(
        type(value), "a number")
