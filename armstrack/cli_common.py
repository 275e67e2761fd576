"""What every command module of the CLI shares: the Typer ``app`` they register on, the consoles, the
option types and the helpers for failing, escaping and opening the database.

This module imports no command module, and every command module (``cli.py``, ``cli_queries.py``,
``cli_alerts.py``, ...) imports only this one for these names, so no two CLI modules import each other
in a circle. ``armstrack.cli`` imports the command modules to register their commands.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from armstrack import settings

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
