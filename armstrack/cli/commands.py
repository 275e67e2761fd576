"""The core commands of the `armstrack` command line: ingest, export, stats, eval, serve (registered on the
shared ``app`` of ``armstrack.cli.common``)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from armstrack import settings
from armstrack.cli.common import DbOption, app, console, errors, fail, open_session, plain, print_events
from armstrack.evaluate import score


class ExportFormat(str, Enum):
    """Formats of ``armstrack export``: one JSON document, or one CSV file per record kind."""
    json = "json"
    csv = "csv"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or globs: .txt .html .htm .json .jsonl .pdf .docx")],
    db_url: DbOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (any installed one).")] = None,
    processes: Annotated[Optional[int], typer.Option(
        min=1, help="Worker processes for parsing (default: the setting nlp_processes, 1).",
        show_default=False)] = None,
    batch_size: Annotated[Optional[int], typer.Option(
        min=1, help="Documents per parse and write batch (default: the setting nlp_batch_size, 32).",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    triage: Annotated[Optional[bool], typer.Option(
        help="Store articles with no weapon, military or arms-trade cue without parsing them "
             "(--no-triage analyses everything, including articles an earlier run left unanalysed; "
             "default: the setting triage, on).", show_default=False)] = None,
    ray: Annotated[bool, typer.Option(
        "--ray", help="Parse and analyse on a Ray cluster (pip install armstrack\\[ray]); without "
                      "--ray-address or $RAY_ADDRESS, on a Ray instance started on 127.0.0.1 for this run.",
        rich_help_panel="Ray")] = False,
    ray_address: Annotated[Optional[str], typer.Option(
        "--ray-address", metavar="ADDRESS", help="Ray cluster to use (implies --ray): auto, HOST:PORT or "
                                                 "ray://HOST:PORT.", rich_help_panel="Ray")] = None,
    ray_actors: Annotated[Optional[int], typer.Option(
        min=1, help="Analysis actors (each holds a spaCy pipeline; default: one per CPU of the cluster).",
        rich_help_panel="Ray")] = None,
    ray_cpus: Annotated[Optional[int], typer.Option(
        min=1, help="CPUs of the local Ray instance (default: --ray-actors, else all).",
        rich_help_panel="Ray")] = None,
) -> None:
    """Read articles, find entities, people and records in them, and store them with their evidence."""
    from armstrack.core import Ingester  # deferred: loads spaCy, SQLAlchemy, trafilatura
    from armstrack.nlp.pipeline import ModelNotFound, build_pipeline  # deferred: loads spaCy
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    cfg = settings.current()  # loaded once for this command by the CLI's callback (cli.common.load_config)
    processes = processes or cfg.nlp_processes
    batch_size = batch_size or cfg.nlp_batch_size
    triage = cfg.triage if triage is None else triage
    on_ray = ray or ray_address is not None
    if on_ray:
        from armstrack import ray_ingest  # deferred: loads spaCy, SQLAlchemy, trafilatura

        if not ray_ingest.ray_available(local=ray_ingest.is_local(ray_address)):
            fail(ray_ingest.INSTALL_HINT)
        if processes > 1:
            fail("--processes is for one machine; with --ray, use --ray-actors")
    try:
        engine = database.open_engine(settings.database_url(db_url))
        if on_ray:  # the actors load the model; the driver only checks that it is installed
            ray_ingest.check_model(settings.model_name(model))
        else:
            nlp = build_pipeline(settings.model_name(model))
    except (db.DatabaseError, ModelNotFound) as exc:
        fail(str(exc))

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=errors, disable=quiet or not errors.is_terminal,
                        transient=True)
    task = progress.add_task("reading", total=None)

    def on_progress(event: str, report) -> None:
        stored = len(report.added) + len(report.replaced)
        progress.update(task, total=report.files or None,
                        completed=progress.tasks[0].completed + (1 if event == "file" else 0),
                        description=f"{stored} stored, {len(report.unchanged)} unchanged, "
                                    f"{len(report.failures)} failed")

    with progress, db.session_factory(engine)() as session:
        if on_ray:
            try:
                report = ray_ingest.run_on_ray(session, paths, address=ray_address, actors=ray_actors,
                                               num_cpus=ray_cpus, model=model, batch_size=batch_size,
                                               triage=triage, on_progress=on_progress, settings=cfg)
            except ray_ingest.RayStartError as exc:
                engine.dispose()
                fail(str(exc))
        else:
            report = Ingester(session, nlp, batch_size=batch_size, n_process=processes, triage=triage,
                              on_progress=on_progress, settings=cfg).run(paths)
    engine.dispose()

    for warning in report.warnings:
        errors.print(f"[yellow]warning[/] {plain(warning)}", highlight=False, markup=True, soft_wrap=True)
    for failure in report.failures:
        errors.print(f"[red]failed[/] {plain(failure)}", highlight=False, markup=True, soft_wrap=True)
    summary = (f"{report.files} file(s): {len(report.added)} added, {len(report.replaced)} replaced, "
               f"{len(report.unchanged)} unchanged, {len(report.failures)} failed "
               f"in {report.seconds:.1f}s")
    if report.not_analysed:
        summary += (f"; {len(report.not_analysed)} stored without analysis (no weapon, military or "
                    f"arms-trade cue; --no-triage analyses them)")
    if not quiet or report.failures:
        (errors if report.failures else console).print(summary, highlight=False)
    if report.alerts:
        print_events(report.alerts)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def export(
    db_url: DbOption = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json: one file; csv: a folder of CSVs.")] = ExportFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File (json) or folder (csv); json defaults to stdout.")] = None,
) -> None:
    """Export documents, people, entities and records (schema armstrack.export/1)."""
    from armstrack.query import export_stream  # deferred: loads SQLAlchemy
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    # written as it is read (armstrack.query.export_stream): memory stays flat on large databases
    try:
        with database.open_session(settings.database_url(db_url), existing=True, resolve=True) as session:
            if fmt is ExportFormat.json and output is None:
                export_stream.write_json(session, sys.stdout)
            elif fmt is ExportFormat.json:
                output.parent.mkdir(parents=True, exist_ok=True)
                partial = output.with_name(output.name + ".partial")
                with partial.open("w", encoding="utf-8") as fh:
                    export_stream.write_json(session, fh)
                partial.replace(output)  # a failed export leaves no half-written file under the name
            else:
                folder = output or Path("export")
                written = export_stream.write_csv(session, folder)
    except db.DatabaseError as exc:
        fail(str(exc))
    if fmt is ExportFormat.json:
        if output is not None:
            errors.print(f"wrote {plain(output)}", highlight=False)
    else:
        errors.print(f"wrote {len(written)} CSV files to {plain(folder)}/", highlight=False)


@app.command()
def stats(db_url: DbOption = None) -> None:
    """Counts of documents, entities, people, records and input errors.

    Records are counted twice: merged (what the register, `transfers` and the web UI list: one transfer
    reported by three articles is one) and per article (as extracted from each article, before merging).
    """
    from sqlalchemy import select  # deferred: loads SQLAlchemy

    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.store import models as m  # deferred: loads SQLAlchemy
    from armstrack.query.queries import record_counts  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:  # a resolve left pending is finished first: merged counts are current
        counts = db.counts(session)
        merged = record_counts(session)
        recent_errors = session.execute(
            select(m.IngestError).order_by(m.IngestError.id.desc()).limit(10)).scalars().all()
    per_article = merged["per_article"]
    table = Table(title="armstrack database", show_header=True)
    table.add_column("what")
    table.add_column("merged", justify="right")
    table.add_column("per article", justify="right")
    table.add_row("documents", str(counts["documents"]), "")
    if counts["not analysed"]:
        table.add_row("  not analysed (triage)", str(counts["not analysed"]), "")
    table.add_row("duplicate articles", str(merged["duplicates"]), "")
    for kind in m.RECORD_MODELS:
        table.add_row(plain(kind), str(merged.get(kind, 0)), str(per_article.get(kind, 0)))
    table.add_row("people", str(merged["people"]), str(per_article["people"]))
    table.add_row("conflicts", str(merged["conflicts"]), "")
    for what, n in counts.items():
        if what.startswith("entities: "):
            table.add_row(plain(what), str(n), "")
    table.add_row("errors", str(counts["errors"]), "")
    table.caption = ("merged: facts after merging across articles, as the register lists them; "
                     "per article: as extracted from each article")
    console.print(table)
    if recent_errors:
        errs = Table(title="latest input errors", show_header=True)
        errs.add_column("file")
        errs.add_column("line", justify="right")
        errs.add_column("problem")
        for e in recent_errors:
            errs.add_row(plain(e.path), plain(e.line), plain(e.reason))
        console.print(errs)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold <doc id>.json files.", exists=True,
                                       file_okay=False)],
    db_url: DbOption = None,
    show: Annotated[bool, typer.Option("--show", help="List missed and spurious records.")] = False,
) -> None:
    """Precision, recall and F1 per record kind against gold annotations."""
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.query.export import build_export  # deferred: loads SQLAlchemy

    try:
        with database.open_session(settings.database_url(db_url), existing=True, resolve=True) as session:
            data = build_export(session)
    except db.DatabaseError as exc:
        fail(str(exc))
    scores = score(gold, data)
    if show:
        for kind, s in scores.items():
            for doc, rec in s.missed:
                line = escape(json.dumps(rec, ensure_ascii=False)[:220])
                console.print(f"{escape(doc)} {kind} [red]MISSED[/]   {line}", highlight=False, soft_wrap=True)
            for doc, rec in s.spurious:
                rec = {k: v for k, v in rec.items() if k != "mentions"}
                line = escape(json.dumps(rec, ensure_ascii=False)[:220])
                console.print(f"{escape(doc)} {kind} [yellow]SPURIOUS[/] {line}", highlight=False, soft_wrap=True)
    table = Table(title=f"scores against {escape(str(gold))}")
    for col in ("kind", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in scores.items():
        table.add_row(plain(kind), str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}",
                      f"{s.f1:.3f}")
    console.print(table)
    if scores.missing_docs:
        shown = ", ".join(scores.missing_docs[:5]) + (" …" if len(scores.missing_docs) > 5 else "")
        errors.print(f"warning: {len(scores.missing_docs)} of {len(scores.gold_docs)} gold documents are not in "
                     f"the database ({escape(shown)}); their records count as missed", highlight=False)
        if len(scores.missing_docs) == len(scores.gold_docs):
            raise typer.Exit(1)


@app.command()
def serve(
    db_url: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="ARMSTRACK_TOKEN", show_envvar=True,
                                                 help="Token required to add articles (header X-Armstrack-Token).")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline for articles added in the browser.")] = None,
    create: Annotated[bool, typer.Option("--create", help="Create the database if it does not exist yet "
                                                          "(to add the first articles in the browser).")] = False,
) -> None:
    """Serve the web UI and JSON API: browse, search and check every record against its evidence."""
    import uvicorn  # deferred: loads uvicorn

    from armstrack.serve.app import create_app  # deferred: loads FastAPI
    from armstrack.serve.security import LOOPBACK_NAMES, BindError, check_bind, is_loopback  # deferred: loads Starlette
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    try:
        check_bind(host, token)
        database.open_engine(settings.database_url(db_url), existing=not create).dispose()
        # on loopback, answer only to loopback names: no web page can reach us through DNS rebinding
        hosts = (*LOOPBACK_NAMES, host) if is_loopback(host) else None
        application = create_app(settings.database_url(db_url), token=token, model=model, allowed_hosts=hosts,
                                 settings=settings.current())
    except (BindError, db.DatabaseError) as exc:
        fail(str(exc))
    shown = f"[{host}]" if ":" in host else host
    errors.print(f"armstrack: serving {plain(settings.database_url(db_url))} at http://{plain(shown)}:{port}/ "
                 f"(writes {'need the token' if token else 'open to this machine only'}; Ctrl+C stops)",
                 highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
