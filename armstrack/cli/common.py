"""What every command module of the CLI shares: the Typer ``app`` they register on, the consoles, the
option types and the helpers for failing, escaping and opening the database.

This module imports no command module, and every command module (``commands.py``, ``queries.py``,
``alerts.py``, ...) imports only this one, so no two CLI modules import each other. ``armstrack.cli``
(the package) imports the command modules to register their commands.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from armstrack import kinds, settings

if TYPE_CHECKING:  # SQLAlchemy is loaded by the commands that open a database, not by `--help`
    from sqlalchemy.orm import Session

app = typer.Typer(
    help="armstrack: an evidence-backed database of arms transfers and military cooperation from news text.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich", pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help=f"SQLAlchemy database URL (default: ${settings.DB_ENV_VAR}, else {settings.DEFAULT_DB_URL}).",
    show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@app.callback()
def load_config(
    ctx: typer.Context,
    config: Annotated[Optional[Path], typer.Option(
        "--config", metavar="FILE", show_default=False,
        help=f"Settings file (TOML; default: ${settings.CONFIG_ENV_VAR}, else ./{settings.CONFIG_FILE} if "
             f"present). `armstrack config` shows the effective settings.")] = None,
) -> None:
    """Load the settings once for the command (defaults < settings file < $ARMSTRACK_<NAME>) and make
    them the active ones (armstrack.settings.current()) until it ends."""
    try:
        loaded = settings.load_settings(config)
    except settings.SettingsError as exc:
        fail(str(exc))
    previous = settings.activate(loaded)
    ctx.call_on_close(lambda: settings.activate(previous))


def plain(value: Any) -> str:
    """Data (article text, names, ids, paths) as inert Rich markup: "[/b]" prints as "[/b]"."""
    return escape("" if value is None else str(value))


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``message`` as one error line on stderr and end the command with exit ``code``."""
    errors.print(f"[bold red]error:[/] {plain(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def open_session(db_url: str | None) -> Iterator[Session]:
    """A session on the database, with anything not yet resolved brought up to date first."""
    # deferred: the resolver and the store load SQLAlchemy models, which `armstrack --help` does not need
    from armstrack.resolve.resolver import finish_pending  # deferred: loads SQLAlchemy
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    try:
        engine = database.open_engine(settings.database_url(db_url), existing=True)
    except db.DatabaseError as exc:
        fail(str(exc))
    try:
        with db.session_factory(engine)() as session:
            finish_pending(session)
            yield session
    finally:
        engine.dispose()


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout (dates and other values as their text)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# --- lines for merged records and alert reports (the query and alert commands, ingest, watch) ---

def describe(kind: str, r: dict) -> str:
    """One line for a merged record."""
    if kind == "transfers":
        qty = f"{r['quantity']} " if r.get("quantity") else ""
        return f"{r.get('supplier') or '?'} → {r.get('recipient') or '?'}: {qty}{r.get('system')} ({r.get('status')})"
    if kind == "meetings":
        place = f" in {r['place']}" if r.get("place") else ""
        return f"{r.get('kind')}: {', '.join(r.get('participants') or [])}{place}"
    if kind == "events":
        actors = ", ".join(r.get("actors") or [])
        return f"{r.get('type')}: {actors}" + (f" — {r['summary']}" if r.get("summary") else "")
    if kind == "quotes":
        return f"{r.get('speaker')}: “{r.get('text')}”"
    if kind == "figures":
        return (f"{r.get('what')}: {r.get('value'):g} {r.get('unit')}"
                + (f" ({r['subject']})" if r.get("subject") else ""))
    if kind in kinds.KINDS:  # a kind added later: its spec's line
        return kinds.KINDS[kind].describe_line(r)
    return str(r.get("id"))


def event_line(e: dict[str, Any]) -> str:
    """One event as Rich markup, every piece of data escaped (article text can hold "[bold]" or tags)."""

    ev = e.get("evidence") or {}
    sources = f"{e['sources']} source{'' if e['sources'] == 1 else 's'}"
    if e["reason"] == "sources":
        sources = f"{e['previous_sources']} → {sources}"
    what = plain(describe(e["kind"], e["record"]))
    one = plain(e["kind"][:-1])
    news = f"new {one}" if e["reason"] == "new" else f"{one} with more sources"
    line = f"[bold]alert {plain(e['alert'])}[/]: [green]{news}[/] {what} ({sources}, record {plain(e['record_id'])})"
    if ev:
        line += (f"\n    evidence: {plain(ev.get('doc'))} {plain(ev.get('path'))}"
                 f"\n    “{plain(' '.join(str(ev.get('text') or '').split()))}”")
    return line


def print_events(events: list[dict[str, Any]]) -> None:
    """Print what alerts reported (after an ingest or a watch cycle)."""
    for e in events:
        console.print(event_line(e), highlight=False, soft_wrap=True)
