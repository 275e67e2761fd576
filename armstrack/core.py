"""The main job, top to bottom: files -> articles -> parsed docs -> analyses -> database.

Everything streams: articles are read lazily, parsed with ``nlp.pipe`` in batches (and worker
processes when asked), analysed, and written to the database a batch at a time, so memory stays flat
however many articles go in.
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing
import logging
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.settings import Settings, current as current_settings
from armstrack.extract import extract_records
from armstrack.ingest import discover, read_file
from armstrack.nlp.entities import entity_mentions
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers
from armstrack.nlp.people import resolve_people
from armstrack.nlp.sentences import sentence_index
from armstrack.nlp.pipeline import build_pipeline, merge_docs, parse_long, split_for_parser
from armstrack.nlp.triage import load_triage
from armstrack.records import Article, DocumentAnalysis, IngestFailure, IngestWarning
from armstrack.resolve.resolver import Resolver
from armstrack.resolve.resolver import defer as defer_resolve
from armstrack.resolve.resolver import pending as pending_resolve
from armstrack.resolve.resolver import stored_documents
from armstrack.resolve import database
from armstrack.store import db
from armstrack.query.alerts import check_alerts
from armstrack.store import models as m
from armstrack.store.models import NOT_ANALYSED_KEY

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class IngestReport:
    """What one `armstrack ingest` run did."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: stored but not parsed: no weapon, military or arms-trade cue (armstrack.nlp.triage)
    not_analysed: list[str] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    #: doubts about inputs that were still read (a guessed encoding, a repeated id): shown, exit code unchanged
    warnings: list[IngestWarning] = field(default_factory=list)
    seconds: float = 0.0
    #: time spent merging records across sources (armstrack.resolve), included in ``seconds``
    resolve_seconds: float = 0.0
    #: what saved alerts reported after this run (armstrack.query.alerts.event_dict), oldest first
    alerts: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True if no input failed."""
        return not self.failures


def analyse(doc: Doc, article: Article, gaz: Gazetteers | None = None) -> DocumentAnalysis:
    """Entities, people and extracted records of one parsed article."""
    gaz = gaz or load_gazetteers()
    analysis = DocumentAnalysis(article)
    with sentence_index(doc):  # tok.sent / span.sent by bisection (asked ~50 times per article)
        analysis.entities = entity_mentions(doc, article.doc_id, gaz, article.text)
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


def _pieces(articles: Iterable[Article], chunk_chars: int) -> Iterator[tuple[str, tuple[Article, int, int]]]:
    """(text piece, (article, piece number, pieces)) for the parser: articles longer than ``chunk_chars``
    cut (split_for_parser)."""
    for article in articles:
        pieces = split_for_parser(article.text, chunk_chars) if len(article.text) > chunk_chars else [article.text]
        for i, piece in enumerate(pieces):
            yield piece, (article, i, len(pieces))


def _batches_by_chars(items: Iterable[T], batch_size: int, chars: Callable[[T], int],
                      max_chars: int) -> Iterator[list[T]]:
    """Items in batches of at most ``batch_size`` items and ``max_chars`` characters (at least one
    item): the parser's memory grows with the characters it holds at once."""
    batch: list[T] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= batch_size or size + chars(item) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += chars(item)
    if batch:
        yield batch


def parsed_articles(nlp: Language, articles: Iterable[Article], batch_size: int | None = None,
                    cfg: Settings | None = None) -> Iterator[tuple[Doc, Article]]:
    """(Doc, article) in order, memory bounded by the characters parsed at once (the settings
    ``parse_chunk_chars`` and ``parse_batch_chars`` of ``cfg``, default the active settings)."""
    cfg = cfg or settings.current()
    parts: list[Doc] = []
    pieces = _pieces(articles, cfg.parse_chunk_chars)
    for batch in _batches_by_chars(pieces, batch_size or cfg.nlp_batch_size, lambda item: len(item[0]),
                                   cfg.parse_batch_chars):
        for doc, (article, i, n) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            parts.append(doc)
            if i == n - 1:
                yield merge_docs(parts), article
                parts = []


def analysed_articles(nlp: Language, gaz: Gazetteers, articles: Iterable[Article], batch_size: int | None = None,
                      cfg: Settings | None = None) -> Iterator[DocumentAnalysis | IngestFailure]:
    """Each article parsed and analysed, in order; an article whose analysis fails gives an IngestFailure."""
    for doc, article in parsed_articles(nlp, articles, batch_size, cfg):
        try:
            yield analyse(doc, article, gaz)
        except Exception as exc:
            log.debug("analysis failed for %s\n%s", article.doc_id, traceback.format_exc())
            yield IngestFailure(article.path or article.doc_id,
                                f"analysis failed: {type(exc).__name__}: {exc}", article.line)


#: Allocations between two collections of the cyclic GC's youngest generation during an ingest (Python's
#: default is 700). Parsing and analysis allocate millions of short-lived objects, nearly all freed by
#: reference counting; at 700 the collector ran ~500 times per 300 articles and cost about as much as
#: reading them. Restored after the run.
GC_YOUNG_THRESHOLD = 10_000

#: What forked analysis workers inherit from the parent: (nlp, gazetteers, batch size, database engine,
#: settings).
#: Set just before the pool forks, so the model is loaded once and its memory shared.
_WORKER: tuple | None = None


def _worker_started() -> None:
    """In a new worker: forget the parent's database connections without closing them (they are the
    parent's; SQLAlchemy's advice for forked processes)."""
    if _WORKER is not None:
        _WORKER[3].dispose(close=False)
        settings.activate(_WORKER[4])  # the extractors read the parent Ingester's settings


def _analyse_in_worker(articles: list[Article]) -> list[DocumentAnalysis | IngestFailure]:
    nlp, gaz, batch_size, _, cfg = _WORKER
    return list(analysed_articles(nlp, gaz, articles, batch_size, cfg))


class Ingester:
    """Runs the pipeline over inputs into one database."""

    def __init__(self, session: Session, nlp: Language, batch_size: int | None = None,
                 n_process: int | None = None, triage: bool | None = None,
                 on_progress: Callable[[str, IngestReport], None] | None = None,
                 settings: Settings | None = None) -> None:
        """``batch_size``, ``n_process`` and ``triage`` default to those of ``settings`` (default: the
        active settings, armstrack.settings.current()), which also bound parsing and resolving."""
        self.settings = cfg = settings or current_settings()
        self.session = session
        self.nlp = nlp
        self.gaz = load_gazetteers()
        self.batch_size = batch_size or cfg.nlp_batch_size
        self.n_process = n_process or cfg.nlp_processes
        self.triage = load_triage() if (cfg.triage if triage is None else triage) else None
        self.on_progress = on_progress or (lambda event, report: None)
        self.resolve_every = cfg.resolve_every
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
            if self.triage is None:  # stored unparsed by an earlier run with triage: analyse them now
                for doc_id in db.not_analysed(self.session, known):
                    known.pop(doc_id)
            self.session.commit()  # hold no transaction open while the batch is parsed
            for article in batch:
                if known.get(article.doc_id) == article.hash:
                    self.report.unchanged.append(article.doc_id)
                    self.on_progress("unchanged", self.report)
                else:
                    known[article.doc_id] = article.hash  # a repeat within this run is unchanged too
                    yield article

    def _triaged(self, articles: Iterable[Article], skipped: list[Article]) -> Iterator[Article]:
        """The articles worth parsing; the others go to ``skipped``, marked as not analysed."""
        for article in articles:
            if self.triage is None or self.triage.relevant(article.text):
                yield article
            else:
                article.meta[NOT_ANALYSED_KEY] = "no weapon, military or arms-trade cue"
                skipped.append(article)

    def _analyses(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis]:
        """Analyses in input order: in this process, or in worker processes when ``n_process`` > 1."""
        skipped: list[Article] = []
        results = self._analysed(self._triaged(articles, skipped))
        for result in results:
            while skipped:  # stored as documents without records, in the order they came
                yield self._unanalysed(skipped.pop(0))
            if isinstance(result, IngestFailure):  # one article's analysis bug must not abort the batch
                self.report.failures.append(result)
                self.on_progress("failed", self.report)
            else:
                yield result
        while skipped:
            yield self._unanalysed(skipped.pop(0))

    def _analysed(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | IngestFailure]:
        """The relevant articles parsed and analysed, in order (a cluster runner overrides this step:
        armstrack.ray_ingest)."""
        if self.n_process > 1:
            return self._analysed_in_workers(articles)
        return analysed_articles(self.nlp, self.gaz, articles, self.batch_size, self.settings)

    def _analysed_in_workers(self, articles: Iterable[Article]) -> Iterator[DocumentAnalysis | IngestFailure]:
        """Parse and analyse in ``n_process`` forked workers that share the loaded model; only the compact
        analyses come back. Batches are handed out from this thread (the database session is not shared
        with any other thread) and at most two per worker are in flight, so memory stays bounded."""
        global _WORKER
        _WORKER = (self.nlp, self.gaz, self.batch_size, self.session.get_bind(), self.settings)
        gc.freeze()  # the model's objects stay shared between the workers instead of being copied by the GC
        context = multiprocessing.get_context("fork")
        in_flight: collections.deque = collections.deque()
        try:
            with ProcessPoolExecutor(self.n_process, mp_context=context, initializer=_worker_started) as pool:
                for batch in _batches_by_chars(articles, self.batch_size, lambda a: len(a.text),
                                               self.settings.parse_batch_chars):
                    in_flight.append(pool.submit(_analyse_in_worker, batch))
                    while len(in_flight) >= 2 * self.n_process:
                        yield from in_flight.popleft().result()
                while in_flight:
                    yield from in_flight.popleft().result()
        finally:
            _WORKER = None

    def _unanalysed(self, article: Article) -> DocumentAnalysis:
        self.report.not_analysed.append(article.doc_id)
        return DocumentAnalysis(article)

    def _resolve(self, resolver) -> None:
        """Merge the newly written records across sources (armstrack.resolve), timed in the report."""
        t = time.perf_counter()
        resolver.refresh()
        self.report.resolve_seconds += time.perf_counter() - t

    def run(self, paths: Iterable) -> IngestReport:
        """Ingest ``paths`` (files, folders, globs); this Ingester's settings are the active ones meanwhile,
        so the stages that read armstrack.settings.current() (extractors, resolver rules) use them too."""
        previous = settings.activate(self.settings)
        try:
            return self._run(paths)
        finally:
            settings.activate(previous)

    def _run(self, paths: Iterable) -> IngestReport:
        # The model, gazetteers and pattern tables are large and live for the whole process: keep the
        # cyclic garbage collector from walking them again and again during a long ingest.
        gc.freeze()
        thresholds = gc.get_threshold()
        gc.set_threshold(max(thresholds[0], GC_YOUNG_THRESHOLD), *thresholds[1:])
        try:
            return self._ingest(paths)
        finally:
            gc.set_threshold(*thresholds)

    def _ingest(self, paths: Iterable) -> IngestReport:
        started = time.perf_counter()
        resolver = Resolver(self.session, self.gaz)
        # work left queued by an ingest killed before its resolve finished (or documents stored before
        # the resolve stage existed): done in this run, even when every input is unchanged
        pending = pending_resolve(self.session)
        stored = stored_documents(self.session)  # a bulk ingest into a small database resolves once, at the end
        analyses = self._analyses(self._changed(self._articles(paths)))
        registry = db.Registry()  # entity and person ids, kept across batches
        for batch in _batched(analyses, self.batch_size):
            result = database.write_batch(self.session, batch, registry)
            self.report.added.extend(result.added)
            self.report.replaced.extend(result.replaced)
            self.report.failures.extend(result.failed)
            pending += len(result.added) + len(result.replaced)
            if pending >= self.resolve_every and \
                    not defer_resolve(len(self.report.added) + len(self.report.replaced), stored, pending):
                self._resolve(resolver)
                pending = 0
            self.on_progress("written", self.report)
        if pending:
            self._resolve(resolver)
        settings.crash_point("resolved")
        if self.report.replaced:
            db.remove_orphans(self.session)
        db.record_failures(self.session, self.report.failures)
        self.report_alerts()
        self.report.seconds = time.perf_counter() - started
        return self.report

    def report_alerts(self) -> None:
        """Saved alerts: report the merged records this run added or gave a new source (once per run,
        after the resolve, so each record is judged merged across every source stored so far)."""
        touched = self.report.added + self.report.replaced
        if not touched:
            return
        result = check_alerts(self.session, touched)
        self.report.alerts.extend(result.events)
        self.report.warnings.extend(IngestWarning(path, reason) for path, reason in result.problems)


def set_document_date(session: Session, nlp: Language, doc_id: str, published) -> IngestReport:
    """Date a stored document by hand and analyse it again, so that its relative dates ("last week", "on
    Monday") resolve; the merged view is brought up to date. Raises KeyError if there is no such document.

    The date is kept in the document's metadata (``dated_by_hand``): a later ingest of the same article
    that still gives no date keeps it.
    """
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
        result = database.write_batch(session, analyses, db.Registry())
        ingester.report.replaced.extend(result.replaced)
        ingester.report.added.extend(result.added)
        ingester.report.failures.extend(result.failed)
        ingester._resolve(resolver)
        db.remove_orphans(session)
    return ingester.report


def ingest(paths: Iterable, db_url: str | None = None, model: str | None = None, **options) -> IngestReport:
    """Ingest files, folders or globs into the database at ``db_url``."""
    nlp = build_pipeline(settings.model_name(model))
    engine = database.open_engine(settings.database_url(db_url))
    try:
        with db.session_factory(engine)() as session:
            return Ingester(session, nlp, **options).run(paths)
    finally:
        engine.dispose()
