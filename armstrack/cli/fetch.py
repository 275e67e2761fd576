"""Commands that follow the news (registered on armstrack.cli.app): ``fetch URL...``,
``sources add|list|remove`` and ``watch``."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Annotated, Optional

import typer
from rich.table import Table

from armstrack import settings
from armstrack.cli.common import DbOption, app, console, errors, fail, plain, print_events, print_json

sources_app = typer.Typer(help="Feeds, sitemaps and sites that `armstrack watch` polls.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")

ModelOption = Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (any installed one).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Only failures and the summary.")]


@contextmanager
def _stop_on_signals():
    """An event set by the first SIGINT / SIGTERM (the run ends after the current article); a second
    SIGINT interrupts at once."""
    stop = threading.Event()

    def handler(signum, _frame) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        errors.print(f"{signal.Signals(signum).name}: stopping after the current article "
                     f"(Ctrl+C again to interrupt now)", highlight=False)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _engine(db_url: str | None, existing: bool = False):
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    try:
        return database.open_engine(settings.database_url(db_url), existing=existing)
    except db.DatabaseError as exc:
        fail(str(exc))


def _monitor(engine, model: str | None, stop: threading.Event, quiet: bool, load_model: bool = True):
    from armstrack.monitor import Monitor  # deferred: loads spaCy, SQLAlchemy, trafilatura
    from armstrack.nlp.pipeline import ModelNotFound, build_pipeline  # deferred: loads spaCy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    try:
        nlp = build_pipeline(settings.model_name(model)) if load_model else None
    except ModelNotFound as exc:
        fail(str(exc))

    def on_event(kind: str, message: str) -> None:
        if kind in ("failed", "source-failed"):
            errors.print(f"[red]{'failed' if kind == 'failed' else 'source failed'}[/] {plain(message)}",
                         highlight=False, markup=True, soft_wrap=True)
        elif not quiet:
            errors.print(f"{plain(kind)} {plain(message)}", highlight=False, soft_wrap=True)

    return Monitor(db.session_factory(engine), nlp, stop=stop, on_event=on_event)


def _summary(report, quiet: bool) -> None:
    from armstrack.monitor import describe, stamp  # deferred: loads spaCy, SQLAlchemy, trafilatura

    for outcome in report.outcomes:
        line = f"[{stamp()}] {describe(outcome)}"
        if outcome.error or outcome.failed:
            errors.print(plain(line), highlight=False, soft_wrap=True)
        elif not quiet:
            console.print(plain(line), highlight=False, soft_wrap=True)
    ing = report.ingest
    text = (f"{len(ing.added)} added, {len(ing.replaced)} replaced, {len(ing.unchanged)} unchanged, "
            f"{len(ing.failures)} failed in {ing.seconds:.1f}s")
    if ing.not_analysed:
        text += f"; {len(ing.not_analysed)} stored without analysis (no weapon, military or arms-trade cue)"
    (errors if not report.ok else console).print(plain(text + (" (stopped)" if report.stopped else "")),
                                                 highlight=False)
    for warning in ing.warnings:
        errors.print(f"[yellow]warning[/] {plain(warning)}", highlight=False, markup=True, soft_wrap=True)
    if ing.alerts:  # saved alerts, checked at the end of every run (core.Ingester.run) as after `ingest`
        print_events(ing.alerts)


@app.command()
def fetch(
    urls: Annotated[list[str], typer.Argument(help="Pages to download (http or https).")],
    db_url: DbOption = None,
    model: ModelOption = None,
    quiet: QuietOption = False,
) -> None:
    """Download web pages, extract the articles and store them with their records.

    Polite: robots.txt, a delay per host, retries, timeouts, a size limit. A page fetched before is asked
    for again with its ETag / Last-Modified, and skipped when the server says it has not changed.
    """
    engine = _engine(db_url)
    try:
        with _stop_on_signals() as stop:
            report = _monitor(engine, model, stop, quiet).fetch(urls)
    finally:
        engine.dispose()
    _summary(report, quiet)
    raise typer.Exit(0 if report.ok else 1)


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="RSS/Atom feed, sitemap or site home page URL.")],
    db_url: DbOption = None,
    kind: Annotated[Optional[str], typer.Option(help="feed, sitemap or site (default: read the URL to tell).")] = None,
    title: Annotated[Optional[str], typer.Option(help="A name to show instead of the URL.")] = None,
) -> None:
    """Watch a feed, sitemap or site (a site's feeds are discovered from its home page)."""
    from armstrack.monitor import SourceError  # deferred: loads spaCy, SQLAlchemy, trafilatura

    engine = _engine(db_url)
    try:
        monitor = _monitor(engine, None, threading.Event(), quiet=True, load_model=False)
        source = monitor.add_source(url, kind=kind, title=title)
    except (SourceError, ValueError) as exc:
        fail(str(exc), 1 if isinstance(exc, ValueError) else 2)
    finally:
        engine.dispose()
    extra = f"; feeds found: {', '.join(source.meta['feeds'])}" if source.meta.get("feeds") else ""
    console.print(f"added source {source.id}: {plain(source.url)} ({plain(source.kind)}){plain(extra)}",
                  highlight=False, soft_wrap=True)


@sources_app.command("list")
def sources_list(
    db_url: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Each source with its last poll, documents brought and errors."""
    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.store.sources import source_rows  # deferred: loads SQLAlchemy

    engine = _engine(db_url, existing=True)
    try:
        with db.session_factory(engine)() as session:
            rows = source_rows(session)
    finally:
        engine.dispose()
    if as_json:
        print_json(rows)
        return
    table = Table(title="watched sources")
    for col in ("id", "kind", "url", "last checked", "new (last)", "documents", "failures", "last error"):
        table.add_column(col, justify="right" if col in ("id", "new (last)", "documents", "failures") else "left")
    for r in rows:
        checked = f"{r['last_checked']:%Y-%m-%d %H:%M}" if r["last_checked"] else "never"
        failures = str(r["failures"]) + (f" (next try {r['next_try']:%H:%M})" if r["next_try"] else "")
        table.add_row(str(r["id"]), plain(r["kind"]), plain(r["title"] or r["url"]), checked,
                      str(r["last_new"]), str(r["documents"]), failures, plain(r["last_error"] or ""))
    console.print(table)


@sources_app.command("remove")
def sources_remove(
    source: Annotated[str, typer.Argument(help="Source id or URL.")],
    db_url: DbOption = None,
) -> None:
    """Stop watching a source (its documents stay)."""
    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.store.sources import find_source, remove_source  # deferred: loads SQLAlchemy

    engine = _engine(db_url, existing=True)
    try:
        with db.session_factory(engine)() as session:
            row = find_source(session, source)
            if row is None:
                fail(f"no source {source!r} (see `armstrack sources list`)", 1)
            url = row.url
            remove_source(session, row)
    finally:
        engine.dispose()
    console.print(f"removed {plain(url)}", highlight=False)


@app.command()
def watch(
    db_url: DbOption = None,
    every: Annotated[Optional[str], typer.Option(
        help="Time between polls: 90s, 15m, 2h (default: the setting watch_every_minutes).",
        show_default=False)] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every source once, then stop.")] = False,
    model: ModelOption = None,
    quiet: QuietOption = False,
) -> None:
    """Poll the sources and ingest the articles not seen before; one line per source and poll.

    SIGINT / SIGTERM stop after the current article. A failing source waits longer and longer before
    its next try, and never holds up the others.
    """
    from armstrack.monitor import parse_every  # deferred: loads spaCy, SQLAlchemy, trafilatura

    try:
        every = every or f"{settings.current().watch_every_minutes}m"
        seconds = parse_every(every)
    except ValueError:
        fail(f"--every: {every!r} is not a duration such as 90s, 15m or 2h")
    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.store.sources import list_sources  # deferred: loads SQLAlchemy

    engine = _engine(db_url)
    with db.session_factory(engine)() as session:
        if not list_sources(session):
            engine.dispose()
            fail("no sources to watch: add one with `armstrack sources add URL`", 1)
    ok = True
    try:
        with _stop_on_signals() as stop:
            monitor = _monitor(engine, model, stop, quiet)
            while True:
                report = monitor.watch_once()
                _summary(report, quiet)
                ok = ok and report.ok
                if once or stop.is_set():
                    break
                stop.wait(seconds)
                if stop.is_set():
                    break
    finally:
        engine.dispose()
    raise typer.Exit(0 if ok else 1)
