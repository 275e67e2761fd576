"""``armstrack sipri import|compare``: SIPRI's trade register against the deal register (issue 10).

Registered on armstrack.cli.app as the ``sipri`` command group.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from armstrack import settings
from armstrack.cli.common import DbOption, app, console, errors, fail, open_session, plain, print_json
from armstrack.ingest.sipri import SipriFileError, parse_file
from armstrack.query.cells import csv_safe
from armstrack.resolve.sipri import (FLAT_COLUMNS, NOT_ORDERED_NOTE, OUTCOME_TITLES, deal_label, deal_order_year,
                                     not_ordered)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]

sipri_app = typer.Typer(help="SIPRI's trade register: import its CSV export and hold the deal register against it.",
                        no_args_is_help=True)
app.add_typer(sipri_app, name="sipri")


@sipri_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A trade-register CSV as exported from SIPRI's site.")],
    db_url: DbOption = None,
) -> None:
    """Store the deals of a SIPRI trade-register CSV; importing the same file again replaces its rows.

    Lines that cannot be read are reported as file:line and skipped (exit code 1); the rest is stored.
    """
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy
    from armstrack.store.sipri import import_records  # deferred: loads SQLAlchemy

    try:
        parsed = parse_file(file)
    except SipriFileError as exc:
        fail(str(exc), code=1)
    if not parsed.records:
        for message in parsed.errors:
            errors.print(f"[bold red]error:[/] {plain(message)}", highlight=False, soft_wrap=True)
        # an export that lost every row must not wipe what an earlier import of it stored
        fail(f"{file}: no deal could be read; nothing imported (rows from an earlier import are kept)", code=1)
    try:
        engine = database.open_engine(settings.database_url(db_url))
    except db.DatabaseError as exc:
        fail(str(exc))
    try:
        with db.session_factory(engine)() as session:
            result = import_records(session, str(file.resolve()), parsed.records)
            session.commit()
    finally:
        engine.dispose()
    for message in parsed.errors:
        errors.print(f"[bold red]error:[/] {plain(message)}", highlight=False, soft_wrap=True)
    replaced = f", replacing {result.replaced}" if result.replaced else ""
    console.print(f"imported {result.imported} SIPRI deal{'' if result.imported == 1 else 's'} from "
                  f"{plain(file)}{replaced}"
                  + (f"; {len(parsed.errors)} line{'' if len(parsed.errors) == 1 else 's'} skipped"
                     if parsed.errors else ""), highlight=False, soft_wrap=True)
    if parsed.errors:
        raise typer.Exit(1)


def _years(values) -> str:
    return "; ".join(str(y) for y in sorted(set(values or [])))


def _both(news, sipri) -> str:
    """'6 / 4' when the news and SIPRI differ, one value when they agree."""
    n, s = ("" if news is None else str(news)), ("" if sipri is None else str(sipri))
    if n == s:
        return n
    return f"{n or '–'} / {s or '–'}"


def _flow(supplier, recipient) -> str:
    return f"{supplier or '?'} → {recipient or '?'}"


@sipri_app.command("compare")
def compare_(
    db_url: DbOption = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country (any alias, SIPRI's names too).")] = None,
    supplier: Annotated[Optional[str], typer.Option(help="Supplier country (any alias).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Deals ordered from this year (YYYY).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Deals ordered up to this year (YYYY).")] = None,
    as_json: JsonOption = False,
    csv_file: Annotated[Optional[Path], typer.Option("--csv", help="Also write the comparison to this CSV file.")] = None,
) -> None:
    """Which deals SIPRI has (and where it differs), which the news alone reports, which SIPRI alone has."""
    from armstrack.query.sipri import compare_stored  # deferred: loads SQLAlchemy
    from armstrack.store.sipri import sources  # deferred: loads SQLAlchemy

    from armstrack.query.register import register_rows  # deferred: loads SQLAlchemy
    for name, value in (("--since", since), ("--until", until)):
        if value and not (len(value.strip()) >= 4 and value.strip()[:4].isdigit()):
            fail(f"{name} must start with a year (YYYY), not {value!r}")
    with open_session(db_url) as session:
        deals = register_rows(session, supplier=supplier, recipient=recipient, since=since, until=until)
        result = compare_stored(session, deals, supplier=supplier, recipient=recipient, since=since, until=until)
        if not sources(session):
            errors.print("note: no SIPRI data imported yet (`armstrack sipri import FILE`): every deal is news-only",
                         highlight=False, markup=False)

    if csv_file is not None:
        try:
            write_csv(result, csv_file)
        except OSError as exc:
            fail(f"{csv_file}: cannot write ({exc.strerror or exc})")
    if as_json:
        print_json(result.as_dict())
        return
    print_comparison(result)
    if csv_file is not None:
        console.print(f"wrote {plain(csv_file)}", highlight=False, soft_wrap=True)


def write_csv(result, path: Path) -> None:
    """The comparison as one CSV row per outcome line (news and SIPRI side by side); UTF-8 with a byte
    order mark so Excel reads it, no cell a spreadsheet would run as a formula."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FLAT_COLUMNS)
    for row in result.flat_rows():
        writer.writerow([csv_safe("" if row.get(c) is None else row.get(c)) for c in FLAT_COLUMNS])
    path.write_text(buf.getvalue(), encoding="utf-8-sig")


def print_comparison(result, out: Console | None = None) -> None:
    """The three outcomes as Rich tables on ``out`` (default: stdout); every value printed as plain text,
    never as markup."""
    counts = result.counts()

    matched = Table(title=f"{OUTCOME_TITLES['matched']} ({counts['matched']})", title_justify="left")
    for col in ("deal", "news / SIPRI designation", "order year", "ordered", "delivered", "differences", "basis"):
        matched.add_column(col, overflow="fold")
    for x in result.matched:
        d, s = x.deal, x.sipri
        diffs = "; ".join(f"{v['field']}{' (SIPRI estimate)' if v.get('sipri_uncertain') else ''}"
                          for v in x.differences)
        matched.add_row(plain(_flow(d.get("supplier"), d.get("recipient"))),
                        plain(_both(deal_label(d), s.get("designation"))),
                        plain(_both(deal_order_year(d), s.get("order_year"))),
                        plain(_both(d.get("number_ordered"), s.get("number_ordered"))),
                        plain(_both(d.get("number_delivered"), s.get("number_delivered"))),
                        plain(diffs or "none"), plain(x.basis))

    news = Table(title=f"{OUTCOME_TITLES['news_only']} ({counts['news_only']})", title_justify="left")
    for col in ("deal", "system", "status", "order year", "ordered", "delivered", "sources", "first reported",
                "evidence"):
        news.add_column(col, overflow="fold")
    for d in result.news_only:
        evidence = d.get("evidence") or {}
        status = f"{d.get('status') or ''}{': ' + NOT_ORDERED_NOTE if not_ordered(d) else ''}"
        news.add_row(plain(_flow(d.get("supplier"), d.get("recipient"))), plain(deal_label(d)), plain(status),
                     plain(deal_order_year(d)), plain(d.get("number_ordered")), plain(d.get("number_delivered")),
                     plain(len(d.get("sources") or [])), plain(d.get("first_reported")),
                     plain(evidence.get("sentence") or evidence.get("url")))

    only = Table(title=f"{OUTCOME_TITLES['sipri_only']} ({counts['sipri_only']})", title_justify="left")
    for col in ("deal", "designation", "description", "order year", "ordered", "delivered", "delivery years"):
        only.add_column(col, overflow="fold")
    for s in result.sipri_only:
        only.add_row(plain(_flow(s.get("supplier"), s.get("recipient"))), plain(s.get("designation")),
                     plain(s.get("description")), plain(s.get("order_year")), plain(s.get("number_ordered")),
                     plain(s.get("number_delivered")), plain(_years(s.get("delivery_years"))))
    for table in (matched, news, only):
        (out or console).print(table)
