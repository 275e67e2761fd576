"""Ingest: turn article files (.txt, .html/.htm, .json, .jsonl) into cleaned ``Article`` records.

Public API::

    discover(paths)     -> (files, failures)      files, folders (recursive), glob patterns
    read_file(path)     -> Article | IngestFailure, one or many per file, never an exception
    iter_articles(paths)-> discover + read_file

Modules: ``files`` (finding, size limit, binary detection, decoding), ``text`` (saved-article .txt),
``html`` (trafilatura), ``jsonl`` (JSON / JSON Lines), ``boilerplate`` (+ ``data/*.tsv``), ``dates``, ``urls``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from armstrack import settings
from armstrack.records import Article, IngestFailure, unstorable

from .files import discover, is_supported, read_text, supported_list
from .html import parse_html
from .jsonl import read_json, read_jsonl
from .text import parse_text, too_long_reason

__all__ = ["discover", "read_file", "iter_articles"]

_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}


def _read(path: Path) -> Iterator[Article | IngestFailure]:
    where = str(path)
    if not path.exists():
        yield IngestFailure(where, "does not exist")
        return
    if not is_supported(path):
        yield IngestFailure(where, f"unsupported file type {path.suffix or '(no suffix)'}; supported: {supported_list()}")
        return
    fmt = _FORMATS.get(path.suffix.lower(), "txt")
    decoded = read_text(path, html=fmt == "html")
    if isinstance(decoded, IngestFailure):
        yield decoded
        return
    text, encoding = decoded
    if fmt == "txt":
        results: Iterable[Article | IngestFailure] = [parse_text(text, path.stem, where)]
    elif fmt == "html":
        results = [parse_html(text, path.stem, where)]
    elif fmt == "jsonl":
        results = read_jsonl(text, path)
    else:
        results = read_json(text, path)
    for result in results:
        if isinstance(result, Article):
            result.path = where
            result.meta.setdefault("ingest", {"format": fmt, "encoding": encoding})
            if len(result.text) > settings.MAX_ARTICLE_CHARS:
                result = IngestFailure(where, too_long_reason(result.doc_id, len(result.text)), result.line)
            elif problem := unstorable(result):  # NULs, lone surrogates: refused before any database sees them
                result = IngestFailure(where, problem, result.line)
        yield result


def read_file(path: str | Path) -> Iterator[Article | IngestFailure]:
    """Articles read from one file (many for .jsonl / a .json list); each problem is an IngestFailure."""
    path = Path(path)
    try:
        yield from _read(path)
    except Exception as e:  # an unforeseen input must cost one file, never the whole run
        yield IngestFailure(str(path), f"unexpected error while reading: {type(e).__name__}: {e}")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | IngestFailure]:
    """discover() then read_file() on every file: failures of discovery first, then articles in file order."""
    files, failures = discover(paths)
    yield from failures
    for path in files:
        yield from read_file(path)
