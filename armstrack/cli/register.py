"""``armstrack register``: the deal register (one row per deal, SIPRI's columns), and ``register split|join``
to correct how transfer facts were grouped into deals. Registered on armstrack.cli.app.
"""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from armstrack.cli.common import DbOption, JsonOption, app, console, errors, fail, open_session, plain, print_json


register_app = typer.Typer(help="The deal register: one row per deal (order, deliveries, talks), as SIPRI lists them.")
app.add_typer(register_app, name="register")


class RegisterFormat(str, Enum):
    """How ``armstrack register`` prints the deals: a table, SIPRI-layout CSV, or XLSX."""
    table = "table"
    csv = "csv"
    xlsx = "xlsx"


def _date(value: str | None, name: str) -> str | None:
    if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        fail(f"--{name} takes YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value.strip() if value else None


def _deliveries(r: dict) -> str:
    return ", ".join(f"{d['date'] or 'undated'}" + (f": {d['number']}" if d["number"] is not None else "")
                     for d in r["deliveries"])


def _print_deals(rows: list[dict], title: str) -> None:
    table = Table(title=title)
    for col in ("deal", "recipient", "supplier", "designation", "ordered", "qty", "delivered", "deliveries",
                "status", "sources", "parts"):
        table.add_column(col, overflow="fold", justify="right" if col in ("deal", "qty", "delivered", "sources") else "left")
    named = [r for r in rows if r["family"]]
    for r in named + [r for r in rows if not r["family"]]:
        if not r["family"] and r is next(x for x in rows if not x["family"]) and named:
            table.add_section()  # deals naming no model ("unspecified aircraft") apart from the named ones
        table.add_row(plain(r["deal_id"]), plain(r["recipient"]), plain(r["supplier"]), plain(r["designation"]),
                      plain(r["order_date"]), plain(r["number_ordered"]), plain(r["number_delivered"]),
                      plain(_deliveries(r)), plain((r["status"] or "").replace("_", " ")), plain(len(r["sources"])),
                      plain(", ".join(f"{p['id']} {p['status']}" for p in r["parts"])))
    console.print(table)


@register_app.callback(invoke_without_command=True)
def register(
    ctx: typer.Context,
    db_url: DbOption = None,
    supplier: Annotated[Optional[str], typer.Option(help="Supplier country (any alias).")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country (any alias).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Deals with a date (order, delivery, talks) from this date on.")] = None,
    until: Annotated[Optional[str], typer.Option(help="... up to this date.")] = None,
    named_only: Annotated[bool, typer.Option("--named-only", help="Leave out deals naming no model (\"unspecified aircraft\").")] = False,
    as_json: JsonOption = False,
    fmt: Annotated[RegisterFormat, typer.Option("--format", "-f", help="table, or a SIPRI-layout csv or xlsx file (-o).")] = RegisterFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The csv or xlsx file to write (csv: default stdout).")] = None,
) -> None:
    """One row per deal: supplier, recipient, system, order (year, number), deliveries, status, sources."""
    if ctx.invoked_subcommand is not None:
        return
    from armstrack.query import register as reg  # deferred: loads SQLAlchemy

    since, until = _date(since, "since"), _date(until, "until")
    if fmt is RegisterFormat.xlsx and output is None:
        fail("--format xlsx needs a file: -o register.xlsx")
    with open_session(db_url) as session:
        rows = reg.register_rows(session, supplier=supplier, recipient=recipient, since=since, until=until,
                                 named_only=named_only)
    if as_json:
        print_json(rows)
        return
    if fmt is RegisterFormat.csv:
        if output is None:
            sys.stdout.write(reg.csv_text(rows))
            return
        reg.write_csv(rows, output)
        errors.print(f"wrote {len(rows)} deal(s) to {plain(output)}", highlight=False)
        return
    if fmt is RegisterFormat.xlsx:
        reg.write_xlsx(rows, output)
        errors.print(f"wrote {len(rows)} deal(s) to {plain(output)}", highlight=False)
        return
    _print_deals(rows, f"deals ({len(rows)})")


@register_app.command("split")
def register_split(
    deal: Annotated[str, typer.Argument(help="The deal id (as `register` lists it).")],
    part: Annotated[list[str], typer.Option("--part", help="A part to take out (a transfer id such as t12, as "
                                                           "`register` and `register --json` list them); repeatable.")],
    db_url: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Take parts out of a deal into a deal of their own; the decision is kept and survives re-ingest."""
    from armstrack.resolve import deals  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            result = deals.split(session, deal, part)
        except (deals.NotFound, ValueError) as exc:
            fail(str(exc), 1)
    if as_json:
        print_json(result)
        return
    _print_deals(result, "deals now")


@register_app.command("join")
def register_join(
    a: Annotated[str, typer.Argument(help="One deal id.")],
    b: Annotated[str, typer.Argument(help="The other deal id.")],
    db_url: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make two deals one (also a deal naming no model with a named one); kept across re-ingest."""
    from armstrack.resolve import deals  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            result = deals.join(session, a, b)
        except deals.NotFound as exc:
            fail(str(exc), 1)
    if as_json:
        print_json(result)
        return
    _print_deals([result], "deal now")
