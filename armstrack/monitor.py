"""Following the news: fetch pages (`armstrack fetch`), and poll feeds, sitemaps and sites
(`armstrack watch`), ingesting what is new through the same pipeline as `armstrack ingest`.

Fetched articles go through ``core.Ingester.run`` (an ``Ingester`` whose inputs are downloaded pages
instead of files), so a watch cycle ends exactly as an ingest does: records written, merged across
sources (resolve), failures recorded. Whatever is hooked onto the end of ``Ingester.run`` runs after
every fetch and every watch cycle too.

What was fetched is remembered per canonical URL (store.sources, table ``fetched_urls``): a URL seen
before is not requested again by `watch`; `fetch` asks again with its ETag / Last-Modified. Downloads
go on in a separate database session that commits after each page, so the memory of what was fetched
survives an interruption.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from spacy.language import Language
from sqlalchemy.orm import Session, sessionmaker

from armstrack import settings
from armstrack.core import IngestReport, Ingester
from armstrack.ingest import feeds
from armstrack.ingest.documents import read_pdf
from armstrack.ingest.html import parse_html
from armstrack.ingest.text import too_long_reason
from armstrack.ingest.web import Disallowed, FetchError, Fetcher, Page, Stopped, canonical_url, doc_id_for_url
from armstrack.records import Article, IngestFailure, content_hash, unstorable
from armstrack.store import models as m
from armstrack.store import sources as store

log = logging.getLogger(__name__)

#: URL states after which `watch` does not request the URL again.
DONE = frozenset({"stored", "duplicate", "disallowed"})
#: Longest URL kept (the fetched_urls.url column).
MAX_URL_CHARS = 2048
Event = Callable[[str, str], None]


class SourceError(Exception):
    """A source could not be read this time; the message is meant for the user."""


class PageIngester(Ingester):
    """The ingest pipeline over downloaded articles instead of files (``run(items)``: Articles and
    IngestFailures, read lazily, so downloading and parsing interleave)."""

    def _articles(self, items: Iterable[Article | IngestFailure]) -> Iterator[Article]:
        for item in items:
            self.report.files += 1
            if isinstance(item, IngestFailure):
                self.report.failures.append(item)
                self.on_progress("failed", self.report)
            else:
                yield item
            self.on_progress("file", self.report)


def page_articles(page: Page, doc_id: str) -> list[Article | IngestFailure]:
    """The article(s) of a downloaded page: HTML through trafilatura (ingest.html, the metadata of saved
    pages), a PDF through ``armstrack.ingest.documents.read_pdf`` when that module is installed."""
    where = page.final_url
    fetched = {"url": page.url, "final_url": page.final_url, "fetched_at": store.now().isoformat(timespec="seconds"),
               "etag": page.etag, "last_modified": page.last_modified}
    if page.is_pdf:
        results = _pdf(page, where)
    else:
        ctype = page.content_type.split(";")[0].strip()
        if ctype and not any(t in ctype for t in ("html", "xml", "text/plain")):
            return [IngestFailure(where, f"unsupported content type {ctype!r} (HTML or PDF expected)")]
        results = [parse_html(page.text(), doc_id, path=where, url=page.final_url)]
    out: list[Article | IngestFailure] = []
    for result in results:
        if isinstance(result, Article):
            result.doc_id = doc_id  # one id scheme for every fetched page, whatever the reader proposes
            result.path = where
            result.url = result.url or page.final_url
            result.meta["fetch"] = {k: v for k, v in fetched.items() if v}
            result.meta.setdefault("ingest", {"format": "pdf" if page.is_pdf else "html", "from": "web"})
            if len(result.text) > settings.current().max_article_chars:
                result = IngestFailure(where, too_long_reason(result.doc_id, len(result.text)))
            elif problem := unstorable(result):
                result = IngestFailure(where, problem)
        out.append(result)
    return out


def _pdf(page: Page, where: str) -> list[Article | IngestFailure]:
    try:
        result = read_pdf(page.data, where)
    except Exception as exc:  # a reader's unforeseen error costs this page only
        return [IngestFailure(where, f"PDF could not be read: {type(exc).__name__}: {exc}")]
    if isinstance(result, (Article, IngestFailure)):
        return [result]
    return [r for r in result if isinstance(r, (Article, IngestFailure))][:1]


@dataclass
class Outcome:
    """What one source (or one `fetch` run) gave: URLs by outcome."""

    name: str
    new: list[str] = field(default_factory=list)  #: document ids stored for the first time or changed
    unchanged: int = 0  #: URLs seen before, not modified (304) or with the same text as a stored one
    failed: list[str] = field(default_factory=list)  #: "URL: why" lines
    error: str | None = None  #: the source itself could not be read
    skipped: str | None = None  #: why the source was not polled (backed off)
    note: str | None = None


@dataclass
class RunReport:
    """A fetch run or a watch cycle: per source outcomes and the ingest report."""

    outcomes: list[Outcome] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    stopped: bool = False

    @property
    def ok(self) -> bool:
        """Whether every source was read and every fetched article ingested without an error."""
        return not any(o.failed or o.error for o in self.outcomes) and self.ingest.ok


class Monitor:
    """Fetches and ingests; ``sessions`` makes sessions on the database, ``stop`` ends a run after the
    article being fetched (set it from a signal handler)."""

    def __init__(self, sessions: sessionmaker[Session], nlp: Language, fetcher: Fetcher | None = None,
                 stop: threading.Event | None = None, on_event: Event | None = None) -> None:
        self.sessions = sessions
        self.nlp = nlp
        self.stop = stop or threading.Event()
        self.fetcher = fetcher or Fetcher(stop=self.stop)
        self.fetcher.stop = self.stop
        self.on_event = on_event or (lambda kind, message: log.info("%s %s", kind, message))
        self._pending: dict[str, tuple[list[str], Outcome, int | None]] = {}  # path -> (urls, outcome, source)
        self._validators: tuple[str | None, str | None] = (None, None)
        self._fetched_now: set[str] = set()  # canonical URLs fetched in this run, stored at its end

    # --- one URL ---

    def _fetch(self, book: Session, url: str, outcome: Outcome, source_id: int | None,
               conditional: bool) -> Iterator[Article | IngestFailure]:
        """The article at ``url`` if it is new or changed; its state saved in ``book``."""
        if len(url) > MAX_URL_CHARS:
            outcome.failed.append(f"{url[:80]}…: URL longer than {MAX_URL_CHARS} characters")
            yield IngestFailure(url[:200], f"URL longer than {MAX_URL_CHARS} characters")
            return
        canon = canonical_url(url)
        row = store.url_state(book, canon)
        etag = last_modified = None
        if conditional and row is not None and row.status == "stored" and row.doc_id \
                and book.get(m.Document, row.doc_id) is not None:
            etag, last_modified = row.etag, row.last_modified
        attempts = (row.attempts if row is not None else 0) + 1
        try:
            page = self.fetcher.get(url, etag=etag, last_modified=last_modified)
        except Stopped:
            return  # not an attempt: the URL stays as it was, for the next run
        except FetchError as exc:
            status = "disallowed" if isinstance(exc, Disallowed) else "failed"
            store.save_url(book, canon, status=status, error=str(exc), attempts=attempts,
                           source_id=row.source_id if row is not None and row.source_id else source_id,
                           fetched_at=store.now())
            outcome.failed.append(f"{url}: {exc}")
            self.on_event("failed", f"{url}: {exc}")
            yield IngestFailure(url, str(exc))
            return
        if page.not_modified:
            store.save_url(book, canon, fetched_at=store.now(), attempts=attempts)
            outcome.unchanged += 1
            self.on_event("unchanged", f"{url}: not modified (HTTP 304)")
            return
        self.on_event("fetched", url if page.final_url == url else f"{url} -> {page.final_url}")
        final = canonical_url(page.final_url)
        doc_id = doc_id_for_url(page.final_url)
        state = dict(final_url=page.final_url, doc_id=doc_id, etag=page.etag, last_modified=page.last_modified,
                     fetched_at=store.now(), attempts=attempts, error=None,
                     source_id=row.source_id if row is not None and row.source_id else source_id)
        for item in page_articles(page, doc_id):
            if isinstance(item, IngestFailure):
                store.save_url(book, canon, status="failed", **{**state, "error": item.reason})
                outcome.failed.append(f"{url}: {item.reason}")
                self.on_event("failed", f"{url}: {item.reason}")
                yield item
                continue
            digest = content_hash(item.text)
            twin = store.same_content(book, digest, item.doc_id)
            if twin is not None:
                store.save_url(book, canon, status="duplicate", content_hash=digest,
                               **{**state, "error": f"same text as {twin.doc_id}"})
                outcome.unchanged += 1
                self.on_event("unchanged", f"{url}: same text as document {twin.doc_id}")
                continue
            for key in dict.fromkeys((canon, final)):  # a redirect: its target is known too
                store.save_url(book, key, status="fetched", content_hash=digest, **{**state, "doc_id": item.doc_id})
                self._fetched_now.add(key)
            self._pending[item.path or item.doc_id] = (list(dict.fromkeys((canon, final))), outcome, source_id)
            yield item

    def _settle(self, book: Session, report: IngestReport) -> None:
        """After the pipeline ran: mark stored URLs, count new documents per outcome, record failures."""
        failed = {f.path: f.reason for f in report.failures}
        written = set(report.added) | set(report.replaced)
        for path, (urls, outcome, _source_id) in self._pending.items():
            doc_row = store.url_state(book, urls[0])
            doc_id = doc_row.doc_id if doc_row is not None else None
            if path in failed:
                for u in urls:
                    store.save_url(book, u, status="failed", error=failed[path])
                outcome.failed.append(f"{path}: {failed[path]}")
                self.on_event("failed", f"{path}: {failed[path]}")
                continue
            for u in urls:
                store.save_url(book, u, status="stored")
            if doc_id in written:
                outcome.new.append(doc_id)
            else:
                outcome.unchanged += 1
        self._pending.clear()
        self._fetched_now.clear()

    def _run(self, items: Iterable[Article | IngestFailure], on_progress=None) -> IngestReport:
        # Ingester.run freezes what lives at its start out of the garbage collector's sight (gc.freeze):
        # in a long watch, the garbage of the last cycle is collected first so it is not frozen for good
        gc.collect()
        with self.sessions() as session:
            return PageIngester(session, self.nlp, on_progress=on_progress).run(items)

    # --- armstrack fetch ---

    def fetch(self, urls: list[str], on_progress=None) -> RunReport:
        """Download ``urls`` (conditional GET for pages fetched before), extract and ingest them."""
        report = RunReport()
        outcome = Outcome("fetch")
        report.outcomes.append(outcome)
        with self.sessions() as book:
            def items() -> Iterator[Article | IngestFailure]:
                for url in urls:
                    if self.stop.is_set():
                        report.stopped = True
                        return
                    yield from self._fetch(book, url, outcome, None, conditional=True)

            report.ingest = self._run(items(), on_progress)
            self._settle(book, report.ingest)
        return report

    # --- sources ---

    def add_source(self, url: str, kind: str | None = None, title: str | None = None) -> m.Source:
        """Remember a feed, sitemap or site; without ``kind`` it is downloaded once to tell which it is
        (and, for a site, which feeds it announces). Raises SourceError (unreachable, unknown kind) or
        ValueError (already watched)."""
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise SourceError(f"not an http(s) URL: {url}")
        if kind is not None and kind not in feeds.KINDS:
            raise SourceError(f"unknown kind {kind!r}: feed, sitemap or site")
        with self.sessions() as session:
            if store.find_source(session, url) is not None:
                raise ValueError(f"already watched: {url}")
        meta: dict = {}
        if kind is None or kind == "site":
            try:
                page = self.fetcher.get(url)
            except FetchError as exc:
                raise SourceError(f"cannot read {url}: {exc} (give --kind to add it anyway)") from exc
            text = page.text()
            kind = kind or feeds.detect_kind(text)
            if kind == "site":
                meta["feeds"] = feeds.site_feeds(text, page.final_url)[:settings.current().watch_max_feeds_per_site]
        with self.sessions() as session:
            source = m.Source(url=url, kind=kind, title=title, meta=meta, failures=0, last_new=0, total_new=0)
            session.add(source)
            session.commit()
            return source

    def _source_links(self, source: m.Source) -> tuple[list[str], str | None]:
        """(article links, note) of a source; raises SourceError when the source cannot be read."""
        try:
            page = self.fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
        except FetchError as exc:
            raise SourceError(str(exc)) from exc
        if page.not_modified:
            return [], "not modified since the last poll: HTTP 304"
        # kept aside: stored only once every link of this version was handled (see _poll)
        self._validators = (page.etag, page.last_modified)
        text = page.text()
        if source.kind == "feed":
            links = feeds.feed_links(text, page.final_url)
            if not links and feeds.detect_kind(text) != "feed":
                raise SourceError("not a feed (RSS, Atom or JSON feed expected)")
            return links, None
        if source.kind == "sitemap":
            return self._sitemap_links(text, page.final_url), None
        return self._site_links(source, text, page.final_url)

    def _sitemap_links(self, text: str, url: str) -> list[str]:
        links, nested = feeds.sitemap_links(text, url)
        if not links and not nested and feeds.detect_kind(text) != "sitemap":
            raise SourceError("not a sitemap (XML <urlset> or <sitemapindex> expected)")
        seen = {url}
        while nested and len(seen) < settings.current().watch_max_sitemaps and not self.stop.is_set():
            child = nested.pop(0)
            if child in seen:
                continue
            seen.add(child)
            try:
                more, deeper = feeds.sitemap_links(self.fetcher.get(child).text(), child)
            except FetchError as exc:
                self.on_event("failed", f"{child}: {exc}")
                continue
            links.extend(more)
            nested.extend(deeper)
        return list(dict.fromkeys(links))

    def _site_links(self, source: m.Source, html: str, url: str) -> tuple[list[str], str | None]:
        """A home page: the feeds it announces, else the sitemaps of its robots.txt, else its own links."""
        found = feeds.site_feeds(html, url)[:settings.current().watch_max_feeds_per_site] or list(source.meta.get("feeds") or [])
        links: list[str] = []
        for feed in found:
            try:
                links.extend(feeds.feed_links(self.fetcher.get(feed).text(), feed))
            except FetchError as exc:
                self.on_event("failed", f"{feed}: {exc}")
        if links:
            return list(dict.fromkeys(links)), f"from {len(found)} feed(s)"
        sitemaps = feeds.robots_sitemaps(self.fetcher.robots_txt(url), url)
        for sitemap in sitemaps[:settings.current().watch_max_sitemaps]:
            try:
                links.extend(self._sitemap_links(self.fetcher.get(sitemap).text(), sitemap))
            except (FetchError, SourceError) as exc:
                self.on_event("failed", f"{sitemap}: {exc}")
        if links:
            return list(dict.fromkeys(links)), "from the sitemaps in robots.txt"
        return feeds.page_links(html, url), "from the links of the page"

    def _poll(self, book: Session, source: m.Source, outcome: Outcome) -> Iterator[Article | IngestFailure]:
        started = store.now()
        next_try = store.aware(source.next_try)
        if next_try is not None and next_try > started:
            outcome.skipped = (f"backed off after {source.failures} failed poll(s) in a row "
                               f"until {next_try:%Y-%m-%d %H:%M} UTC (last error: {source.last_error})")
            self.on_event("skipped", f"{source.url}: {outcome.skipped}")
            return
        source.last_checked = started
        self._validators = (source.etag, source.last_modified)
        try:
            links, outcome.note = self._source_links(source)
        except SourceError as exc:
            source.failures = (source.failures or 0) + 1
            minutes = min(settings.current().watch_backoff_minutes * 2 ** (source.failures - 1),
                          settings.current().watch_backoff_max_minutes)
            source.next_try = started + timedelta(minutes=minutes)
            source.last_error = str(exc)
            book.commit()
            outcome.error = str(exc)
            self.on_event("source-failed", f"{source.url}: {exc}; {source.failures} failure(s) in a row, "
                                           f"next try after {source.next_try:%Y-%m-%d %H:%M} UTC")
            return
        source.failures, source.next_try, source.last_error, source.last_ok = 0, None, None, started
        book.commit()
        validators = self._validators
        seen: set[str] = set()
        fetched = 0
        for link in links + store.retry_urls(book, source.id, settings.current().watch_url_max_attempts):
            canon = canonical_url(link)
            if canon in seen:
                continue
            seen.add(canon)
            # looked up just before fetching: a redirect followed a moment ago makes its target known
            row = store.url_state(book, canon)
            if canon in self._fetched_now or row is not None and (
                    row.status in DONE or row.attempts >= settings.current().watch_url_max_attempts):
                outcome.unchanged += 1
                continue
            if fetched >= settings.current().watch_max_new_per_source:
                outcome.note = f"more than {fetched} new URLs: the others wait for the next poll"
                return  # the feed's ETag is not kept: the next poll reads it whole again
            if self.stop.is_set():
                return
            fetched += 1
            yield from self._fetch(book, link, outcome, source.id, conditional=False)
        source.etag, source.last_modified = validators
        book.commit()

    def watch_once(self, on_progress=None) -> RunReport:
        """Poll every source once (those backed off are skipped) and ingest what is new."""
        report = RunReport()
        with self.sessions() as book:
            sources = store.list_sources(book)

            def items() -> Iterator[Article | IngestFailure]:
                for source in sources:
                    if self.stop.is_set():
                        report.stopped = True
                        return
                    outcome = Outcome(source.url)
                    report.outcomes.append(outcome)
                    try:
                        yield from self._poll(book, source, outcome)
                    except Exception as exc:  # one source's unforeseen failure must not stop the others
                        log.debug("poll failed for %s", source.url, exc_info=True)
                        book.rollback()
                        outcome.error = f"unexpected error: {type(exc).__name__}: {exc}"
                        self.on_event("source-failed", f"{source.url}: {outcome.error}")
                if self.stop.is_set():
                    report.stopped = True

            report.ingest = self._run(items(), on_progress)
            self._settle(book, report.ingest)
            for source, outcome in zip(sources, report.outcomes):
                if outcome.skipped is None and outcome.error is None:
                    source.last_new = len(outcome.new)
                    source.total_new = (source.total_new or 0) + len(outcome.new)
            book.commit()
        return report


def parse_every(text: str) -> float:
    """Seconds in ``15m``, ``1h``, ``90s`` or ``30`` (minutes); ValueError otherwise."""
    value = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    unit = value[-1] if value and value[-1] in units else "m"
    number = value[:-1] if value and value[-1] in units else value
    seconds = float(number) * units[unit]
    if not seconds > 0:
        raise ValueError(text)
    return seconds


def describe(outcome: Outcome) -> str:
    """One line per source for the log."""
    if outcome.skipped:
        return f"{outcome.name}: skipped, {outcome.skipped}"
    if outcome.error:
        return f"{outcome.name}: FAILED, {outcome.error}"
    line = f"{outcome.name}: {len(outcome.new)} new, {outcome.unchanged} unchanged, {len(outcome.failed)} failed"
    return line + (f" ({outcome.note})" if outcome.note else "")


def stamp() -> str:
    """The local time as "YYYY-MM-DD HH:MM:SS", for log lines."""
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")
