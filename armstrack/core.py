"""The main job, top to bottom: files -> articles -> parsed docs -> analyses -> database.

Everything streams: articles are read lazily, parsed with ``nlp.pipe`` in batches (and worker
processes when asked), analysed, and written to the database a batch at a time, so memory stays flat
however many articles go in.
"""

from __future__ import annotations

import gc
import itertools
import logging
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.extract import extract_records
from armstrack.ingest import discover, read_file
from armstrack.nlp.entities import entity_mentions
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers
from armstrack.nlp.people import resolve_people
from armstrack.nlp.pipeline import build_pipeline, merge_docs, parse_long, split_for_parser
from armstrack.records import Article, DocumentAnalysis, IngestFailure, IngestWarning
from armstrack.resolve.resolver import Resolver
from armstrack.resolve.resolver import pending as pending_resolve
from armstrack.store import db

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one `armstrack ingest` run did."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    #: doubts about inputs that were still read (a guessed encoding, a repeated id): shown, exit code unchanged
    warnings: list[IngestWarning] = field(default_factory=list)
    seconds: float = 0.0
    #: time spent merging records across sources (armstrack.resolve), included in ``seconds``
    resolve_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def analyse(doc: Doc, article: Article, gaz: Gazetteers | None = None) -> DocumentAnalysis:
    """Entities, people and extracted records of one parsed article."""
    gaz = gaz or load_gazetteers()
    analysis = DocumentAnalysis(article)
    analysis.entities = entity_mentions(doc, article.doc_id, gaz)
    analysis.people = resolve_people(doc, article.doc_id, gaz)
    extract_records(doc, analysis, gaz)
    return analysis


def analyse_text(text: str, doc_id: str = "text", model: str | None = None, **article_fields) -> DocumentAnalysis:
    """Analyse one text without a database (for tests, notebooks and the API's preview)."""
    nlp = build_pipeline(settings.model_name(model))
    article = Article(doc_id=doc_id, text=text, **article_fields)
    return analyse(parse_long(nlp, text), article)


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


class Ingester:
    """Runs the pipeline over inputs into one database."""

    def __init__(self, session: Session, nlp: Language, batch_size: int = settings.NLP_BATCH_SIZE,
                 n_process: int = settings.NLP_PROCESSES,
                 on_progress: Callable[[str, IngestReport], None] | None = None) -> None:
        self.session = session
        self.nlp = nlp
        self.gaz = load_gazetteers()
        self.batch_size = batch_size
        self.n_process = n_process
        self.on_progress = on_progress or (lambda event, report: None)
        self.resolve_every = settings.RESOLVE_EVERY
        self.report = IngestReport()

    def _articles(self, paths: Iterable) -> Iterator[Article]:
        files, failures = discover(paths, self.report.warnings)
        self.report.files = len(files)
        self.report.failures.extend(failures)
        for f in failures:
            self.on_progress("failed", self.report)
        for path in files:
            for item in read_file(path):
                if isinstance(item, IngestWarning):
                    self.report.warnings.append(item)
                elif isinstance(item, IngestFailure):
                    self.report.failures.append(item)
                    self.on_progress("failed", self.report)
                else:
                    yield item
            self.on_progress("file", self.report)

    def _changed(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles whose content differs from what is stored (re-ingest is idempotent).

        An article that gives no date keeps the one set by hand (`armstrack documents set-date`)."""
        for batch in _batched(articles, self.batch_size * 2):
            undated = [a for a in batch if a.published is None]
            if undated:
                by_hand = db.hand_dates(self.session, (a.doc_id for a in undated))
                for a in undated:
                    if a.doc_id in by_hand:
                        a.published = by_hand[a.doc_id]
                        a.meta[db.HAND_DATE_KEY] = by_hand[a.doc_id].isoformat()
            known = db.known_hashes(self.session, (a.doc_id for a in batch))
            self.session.commit()  # hold no transaction open while the batch is parsed
            for article in batch:
                if known.get(article.doc_id) == article.hash:
                    self.report.unchanged.append(article.doc_id)
                    self.on_progress("unchanged", self.report)
                else:
                    known[article.doc_id] = article.hash  # a repeat within this run is unchanged too
                    yield article

    def _pieces(self, articles: Iterable[Article]) -> Iterator[tuple[str, tuple[Article, int, int]]]:
        """(text piece, (article, piece number, pieces)) for the parser: long articles cut (split_for_parser)."""
        for article in articles:
            pieces = split_for_parser(article.text) if len(article.text) > settings.PARSE_CHUNK_CHARS else [article.text]
            for i, piece in enumerate(pieces):
                yield piece, (article, i, len(pieces))

    def _parse_batches(self, pieces: Iterable[tuple[str, tuple]]) -> Iterator[list[tuple[str, tuple]]]:
        """Pieces in batches of at most ``batch_size`` pieces and PARSE_BATCH_CHARS characters (at least one)."""
        batch: list[tuple[str, tuple]] = []
        size = 0
        for item in pieces:
            if batch and (len(batch) >= self.batch_size or size + len(item[0]) > settings.PARSE_BATCH_CHARS):
                yield batch
                batch, size = [], 0
            batch.append(item)
            size += len(item[0])
        if batch:
            yield batch

    def _parsed(self, articles: Iterable[Article]) -> Iterator[tuple[Doc, Article]]:
        """(Doc, article) in order, memory bounded by the characters parsed at once (settings.PARSE_*)."""
        pieces = self._pieces(articles)
        if self.n_process > 1:  # one pool of workers for the whole run; a batch is at most batch_size pieces
            per_batch = max(1, min(self.batch_size, settings.PARSE_BATCH_CHARS // settings.PARSE_CHUNK_CHARS))
            parsed = self.nlp.pipe(pieces, as_tuples=True, batch_size=per_batch, n_process=self.n_process)
        else:
            parsed = (pair for batch in self._parse_batches(pieces)
                      for pair in self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        parts: list[Doc] = []
        for doc, (article, i, n) in parsed:
            parts.append(doc)
            if i == n - 1:
                yield merge_docs(parts), article
                parts = []

    def _analyses(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis]:
        for doc, article in self._parsed(articles):
            try:
                yield analyse(doc, article, self.gaz)
            except Exception as exc:  # one article's analysis bug must not abort the batch
                log.debug("analysis failed for %s\n%s", article.doc_id, traceback.format_exc())
                self.report.failures.append(IngestFailure(
                    article.path or article.doc_id, f"analysis failed: {type(exc).__name__}: {exc}", article.line))
                self.on_progress("failed", self.report)

    def _resolve(self, resolver) -> None:
        """Merge the newly written records across sources (armstrack.resolve), timed in the report."""
        t = time.perf_counter()
        resolver.refresh()
        self.report.resolve_seconds += time.perf_counter() - t

    def run(self, paths: Iterable) -> IngestReport:
        started = time.perf_counter()
        # The model, gazetteers and pattern tables are large and live for the whole process: keep the
        # cyclic garbage collector from walking them again and again during a long ingest.
        gc.freeze()
        resolver = Resolver(self.session, self.gaz)
        # work left queued by an ingest killed before its resolve finished (or documents stored before
        # the resolve stage existed): done in this run, even when every input is unchanged
        pending = pending_resolve(self.session)
        analyses = self._analyses(self._changed(self._articles(paths)))
        registry = db.Registry()  # entity and person ids, kept across batches
        for batch in _batched(analyses, self.batch_size):
            result = db.write_batch(self.session, batch, registry)
            self.report.added.extend(result.added)
            self.report.replaced.extend(result.replaced)
            self.report.failures.extend(result.failed)
            pending += len(result.added) + len(result.replaced)
            if pending >= self.resolve_every:
                self._resolve(resolver)
                pending = 0
            self.on_progress("written", self.report)
        if pending:
            self._resolve(resolver)
        settings.crash_point("resolved")
        if self.report.replaced:
            db.remove_orphans(self.session)
        db.record_failures(self.session, self.report.failures)
        self.report.seconds = time.perf_counter() - started
        return self.report


def set_document_date(session: Session, nlp: Language, doc_id: str, published) -> IngestReport:
    """Date a stored document by hand and analyse it again, so that its relative dates ("last week", "on
    Monday") resolve; the merged view is brought up to date. Raises KeyError if there is no such document.

    The date is kept in the document's metadata (``dated_by_hand``): a later ingest of the same article
    that still gives no date keeps it.
    """
    from armstrack.store import models as m

    row = session.get(m.Document, doc_id)
    if row is None:
        raise KeyError(doc_id)
    article = Article(doc_id=row.id, text=row.text, title=row.title, url=row.url, published=published,
                      source=row.source, authors=list(row.authors or []), language=row.language,
                      meta={**(row.meta or {}), db.HAND_DATE_KEY: published.isoformat()}, path=row.path)
    session.expunge(row)
    ingester = Ingester(session, nlp)
    ingester.report.files = 0
    resolver = Resolver(session, ingester.gaz)
    analyses = list(ingester._analyses([article]))
    if analyses:
        result = db.write_batch(session, analyses, db.Registry())
        ingester.report.replaced.extend(result.replaced)
        ingester.report.added.extend(result.added)
        ingester.report.failures.extend(result.failed)
        ingester._resolve(resolver)
        db.remove_orphans(session)
    return ingester.report


def ingest(paths: Iterable, db_url: str | None = None, model: str | None = None, **options) -> IngestReport:
    """Ingest files, folders or globs into the database at ``db_url``."""
    nlp = build_pipeline(settings.model_name(model))
    engine = db.open_engine(settings.database_url(db_url))
    try:
        with db.session_factory(engine)() as session:
            return Ingester(session, nlp, **options).run(paths)
    finally:
        engine.dispose()
