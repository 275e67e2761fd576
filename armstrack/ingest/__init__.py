"""Ingest: turn article files (.txt, .html/.htm, .json, .jsonl, .pdf, .docx) into cleaned ``Article`` records.

Public API::

    discover(paths)     -> (files, failures)      files, folders (recursive), glob patterns
    read_file(path)     -> Article | IngestFailure | IngestWarning, one or many per file, never an exception
    iter_articles(paths)-> discover + read_file
    read_pdf(data, origin), read_docx(data, origin) -> Article | IngestFailure, from bytes (files or downloads)

Modules: ``files`` (finding, size limit, binary detection, decoding), ``text`` (saved-article .txt),
``html`` (trafilatura), ``jsonl`` (JSON / JSON Lines), ``documents`` (PDF and DOCX, with page offsets),
``boilerplate`` (+ ``data/*.tsv``), ``dates``, ``urls``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from armstrack import settings
from armstrack.records import Article, IngestFailure, IngestWarning, shown, unstorable

from .documents import read_docx, read_pdf
from .files import discover, is_supported, read_bytes, read_text, supported_list
from .html import parse_html
from .jsonl import read_json, read_jsonl
from .text import parse_text, too_long_reason

__all__ = ["discover", "read_file", "iter_articles", "read_pdf", "read_docx"]

_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".pdf": "pdf",
            ".docx": "docx"}
#: Binary document formats: read from the file's bytes, not decoded as text.
_DOCUMENT_READERS = {"pdf": read_pdf, "docx": read_docx}


def _read(path: Path) -> Iterator[Article | IngestFailure | IngestWarning]:
    where = str(path)
    if not path.exists():
        yield IngestFailure(where, "does not exist")
        return
    if not is_supported(path):
        yield IngestFailure(where, f"unsupported file type {path.suffix or '(no suffix)'}; supported: {supported_list()}")
        return
    fmt = _FORMATS.get(path.suffix.lower(), "txt")
    notes: list[IngestWarning] = []
    results: Iterable[Article | IngestFailure]
    encoding: str | None = None
    if fmt in _DOCUMENT_READERS:
        data = read_bytes(path)
        if isinstance(data, IngestFailure):
            yield data
            return
        results = [_DOCUMENT_READERS[fmt](data, where, path.stem, notes=notes)]
        yield from notes
    else:
        decoded = read_text(path, html=fmt == "html", notes=notes)
        yield from notes
        if isinstance(decoded, IngestFailure):
            yield decoded
            return
        text, encoding = decoded
        if fmt == "txt":
            results = [parse_text(text, path.stem, where)]
        elif fmt == "html":
            results = [parse_html(text, path.stem, where)]
        elif fmt == "jsonl":
            results = read_jsonl(text, path)
        else:
            results = read_json(text, path)
    seen: dict[str, int | None] = {}  # document id -> line (JSONL) where it was first read
    for result in results:
        if isinstance(result, Article):
            if result.doc_id in seen:
                earlier = seen[result.doc_id]
                yield IngestWarning(where, f"document id {shown(result.doc_id)!r} repeats "
                                           f"{f'line {earlier}' if earlier is not None else 'an earlier item'} of this "
                                           f"file: the earlier one is replaced by this one", result.line)
            seen[result.doc_id] = result.line
            result.path = where
            result.meta.setdefault("ingest", {"format": fmt, "encoding": encoding} if encoding else {"format": fmt})
            if len(result.text) > settings.current().max_article_chars:
                result = IngestFailure(where, too_long_reason(result.doc_id, len(result.text)), result.line)
            elif problem := unstorable(result):  # NULs, lone surrogates: refused before any database sees them
                result = IngestFailure(where, problem, result.line)
        yield result


def read_file(path: str | Path) -> Iterator[Article | IngestFailure | IngestWarning]:
    """Articles read from one file (many for .jsonl / a .json list); each problem is an IngestFailure,
    each doubt (a guessed encoding, a repeated id) an IngestWarning that does not stop the article."""
    path = Path(path)
    try:
        yield from _read(path)
    except Exception as e:  # an unforeseen input must cost one file, never the whole run
        yield IngestFailure(str(path), f"unexpected error while reading: {type(e).__name__}: {e}")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | IngestFailure | IngestWarning]:
    """discover() then read_file() on every file: failures of discovery first, then articles in file order."""
    notes: list[IngestWarning] = []
    files, failures = discover(paths, notes)
    yield from notes
    yield from failures
    for path in files:
        yield from read_file(path)
