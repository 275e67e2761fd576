"""Saved searches with alerts (registered on armstrack.cli.app): ``armstrack alerts add|list|remove|show|seen``.

Alerts are checked by every ingest (armstrack.core.Ingester.report_alerts); ``cli.common.print_events`` is how the
commands that ingest show what fired.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from armstrack import settings
from armstrack.cli.common import (DbOption, JsonOption, app, console, errors, event_line, fail, open_session, plain,
                                   print_json)

alerts_app = typer.Typer(help="Saved searches: reported after every ingest when a matching record is new or "
                              "gains a source.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


class Kind(str, Enum):
    """Record kinds a saved search can watch."""
    transfers = "transfers"
    meetings = "meetings"
    quotes = "quotes"
    figures = "figures"
    events = "events"


@alerts_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="A name for the alert.")],
    db_url: DbOption = None,
    kind: Annotated[Kind, typer.Option(help="Which records to watch.")] = Kind.transfers,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country (any alias); transfers.")] = None,
    supplier: Annotated[Optional[str], typer.Option(help="Supplier country (any alias); transfers.")] = None,
    system: Annotated[Optional[str], typer.Option(help="Weapon system, designation or family; transfers.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Any country involved (any alias).")] = None,
    person: Annotated[Optional[str], typer.Option(help="A person involved (any spelling); meetings, quotes, "
                                                       "events.")] = None,
    min_sources: Annotated[int, typer.Option(min=1, help="Only records reported by at least N sources.")] = 1,
    jsonl: Annotated[Optional[Path], typer.Option(help="Also append each report to this file, one JSON object "
                                                       "a line.", dir_okay=False)] = None,
) -> None:
    """Save a search; every later ingest reports matching records that are new or gain a source.

    Records already stored when the alert is saved are taken as known (see them with the query commands)."""
    from armstrack.query.alerts import AlertError, add_alert, describe_query  # deferred: loads SQLAlchemy

    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    filters = {"recipient": recipient, "supplier": supplier, "system": system, "country": country,
               "person": person}
    try:  # an alert may be saved before the first ingest: the database is created if missing
        with database.open_session(settings.database_url(db_url), resolve=True) as session:
            alert, known = add_alert(session, name, kind=kind.value, filters=filters, min_sources=min_sources,
                                     jsonl=jsonl)
            query, path = describe_query(alert), alert.jsonl
    except (AlertError, db.DatabaseError) as exc:
        fail(str(exc))
    errors.print(f"saved alert {plain(name.strip())}: {plain(query)}"
                 + (f", reports appended to {plain(path)}" if path else "")
                 + f"; {known} matching record{'' if known == 1 else 's'} already stored (not reported)",
                 highlight=False, soft_wrap=True)


@alerts_app.command("list")
def list_(db_url: DbOption = None, as_json: JsonOption = False) -> None:
    """The saved alerts, what they match, and how many reports are not yet seen."""
    from armstrack.query.alerts import list_alerts  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        rows = list_alerts(session)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"alerts ({len(rows)})")
    for col in ("name", "query", "file", "reports", "unseen"):
        table.add_column(col, overflow="fold", justify="right" if col in ("reports", "unseen") else "left")
    for r in rows:
        table.add_row(plain(r["name"]), plain(r["query"]), plain(r["jsonl"] or ""), plain(r["events"]),
                      plain(r["unseen"]))
    console.print(table)


@alerts_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="The alert's name.")], db_url: DbOption = None) -> None:
    """Delete an alert and its reports."""
    from armstrack.query.alerts import AlertError, remove_alert  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            remove_alert(session, name)
        except AlertError as exc:
            fail(str(exc), 1)
    errors.print(f"removed alert {plain(name)}", highlight=False)


@alerts_app.command("show")
def show(
    name: Annotated[Optional[str], typer.Argument(help="One alert (default: all).")] = None,
    db_url: DbOption = None,
    unseen: Annotated[bool, typer.Option("--unseen", help="Only reports not yet marked as seen.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many reports, newest first.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """What alerts reported, newest first, each with its evidence (document and sentence)."""
    from armstrack.query.alerts import AlertError, list_events  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            events = list_events(session, name, unseen=unseen, limit=limit)
        except AlertError as exc:
            fail(str(exc), 1)
    if as_json:
        print_json(events)
        return
    if not events:
        errors.print("no unseen reports" if unseen else "no reports", highlight=False)
        return
    for e in events:
        mark = "" if e["seen"] else "[yellow]•[/] "
        console.print(f"{mark}[dim]{plain(e['at'])}[/] {event_line(e)}", highlight=False, soft_wrap=True)


@alerts_app.command("seen")
def seen(name: Annotated[Optional[str], typer.Argument(help="One alert (default: all).")] = None,
         db_url: DbOption = None) -> None:
    """Mark the reports so far as looked at (`alerts show --unseen` and the web page then skip them)."""
    from armstrack.query.alerts import AlertError, mark_seen  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            n = mark_seen(session, name)
        except AlertError as exc:
            fail(str(exc), 1)
    errors.print(f"marked {n} report{'' if n == 1 else 's'} as seen", highlight=False)
