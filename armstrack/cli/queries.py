"""Commands over the merged facts (registered on armstrack.cli.app): transfers, timeline, person,
conflicts, search, resolve, and ``entities list|split|merge``. Each prints a Rich table, or JSON with
``--json``.
"""

from __future__ import annotations

import difflib
from datetime import date
from typing import Annotated, Optional

import typer
from rich.table import Table

from armstrack import kinds, settings
from armstrack.cli.common import (DbOption, JsonOption, app, console, describe, errors, fail, open_session, plain,
                                   print_json)
from armstrack.ingest.dates import parse_date
from armstrack.records import STATUSES, Status, VocabularyError, member


def _conflict_text(r: dict) -> str:
    return "; ".join(f"{c['field']}: " + " / ".join(f"{v['value']} ({v['doc']})" for v in c["values"])
                     for c in r.get("conflicts") or [])


@app.command()
def transfers(
    db_url: DbOption = None,
    supplier: Annotated[Optional[str], typer.Option(help="Supplier country (any alias).")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country (any alias).")] = None,
    system: Annotated[Optional[str], typer.Option(help="Weapon system, designation or family.")] = None,
    status: Annotated[Optional[str], typer.Option(help=", ".join(STATUSES) + ".")] = None,
    since: Annotated[Optional[str], typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this date.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The arms-transfer register: one row per transfer, however many outlets reported it."""
    from armstrack.query import queries  # deferred: loads SQLAlchemy

    if status:
        try:
            member(Status, status, "--status")
        except VocabularyError as exc:
            fail(str(exc))

    with open_session(db_url) as session:
        rows, total = queries.list_records(session, "transfers", supplier=supplier, recipient=recipient,
                                           system=system, status=status, since=since, until=until,
                                           sort="date", limit=10**9)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"transfers ({total})")
    for col in ("id", "transfer", "qty", "status", "when", "sources", "reported", "conflicts"):
        table.add_column(col, overflow="fold", justify="right" if col in ("qty", "sources") else "left")
    for r in rows:
        reported = " – ".join(dict.fromkeys(x for x in (r["first_reported"], r["last_reported"]) if x))
        table.add_row(plain(r["id"]), plain(f"{r['supplier'] or '?'} → {r['recipient'] or '?'}: {r['system']}"),
                      plain(r["quantity"]), plain(r["status"]), plain(r["when"]),
                      plain(r["sources"]), plain(reported), plain(_conflict_text(r)))
    console.print(table)


@app.command()
def timeline(
    db_url: DbOption = None,
    country: Annotated[Optional[str], typer.Option(help="Only records involving this country (any alias).")] = None,
    person: Annotated[Optional[str], typer.Option(help="Only records involving this person (any spelling).")] = None,
    since: Annotated[Optional[str], typer.Option(help="From this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this date.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Meetings, transfers and events in date order (undated ones last)."""
    from armstrack.query import queries  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        items = queries.timeline(session, country=country, person=person, since=since, until=until)
    if as_json:
        print_json(items)
        return
    table = Table(title="timeline")
    for col in ("date", "kind", "what", "sources"):
        table.add_column(col, overflow="fold", justify="right" if col == "sources" else "left")
    for it in items:
        table.add_row(plain(it["date"] or "—"), plain(it["kind"]), plain(describe(it["kind"], it["record"])),
                      plain(it["record"]["sources"]))
    console.print(table)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="Any spelling of the name, or an id such as p12.")],
    db_url: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One person: every spelling, titles over time (by source and date), meetings and quotes."""
    from armstrack.query import queries  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        found = queries.get_person(session, name)
    if found is None:
        fail(f"no person named {name!r}", 1)
    if as_json:
        print_json(found)
        return
    console.print(f"[bold]{plain(found['name'])}[/] ({plain(found['id'])})", highlight=False)
    if found["aliases"]:
        console.print("also: " + plain(", ".join(found["aliases"])), highlight=False)
    for mm in found["merged"]:
        console.print(plain(f"  merged {mm['name']!r}: {mm['rule']} — {mm['evidence']}"), highlight=False)
    titles = Table(title="titles")
    for col in ("published", "document", "title", "affiliation"):
        titles.add_column(col, overflow="fold")
    for t in found["titles"]:
        titles.add_row(plain(t["published"]), plain(t["doc"]), plain(t["title"]), plain(t["affiliation"]))
    console.print(titles)
    for kind in kinds.names(lambda s: s.people):  # meetings, quotes, events
        if not found[kind]:
            continue
        table = Table(title=kind)
        for col in ("date", "what", "sources"):
            table.add_column(col, overflow="fold")
        date_field = queries.DATE_FIELD[kind]
        for r in found[kind]:
            table.add_row(plain(r.get(date_field) if date_field else None), plain(describe(kind, r)),
                          plain(r["sources"]))
        console.print(table)


@app.command()
def conflicts(db_url: DbOption = None, as_json: JsonOption = False) -> None:
    """Where sources disagree: quantities, values, dates, statuses within a phase, people's titles."""
    from armstrack.query import queries  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        found = queries.list_conflicts(session)
    if as_json:
        print_json(found)
        return
    table = Table(title=f"conflicts ({len(found)})")
    for col in ("kind", "record", "field", "values"):
        table.add_column(col, overflow="fold")
    for c in found:
        what = c["record"].get("name") if c["kind"] == "people" else describe(c["kind"], c["record"])
        table.add_row(plain(c["kind"]), plain(f"{c['record']['id']} {what}"), plain(c["field"]),
                      plain("\n".join(f"{v['value']}  ({v['doc']})" for v in c["values"])))
    console.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all of them).")],
    db_url: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over the documents (SQLite FTS5 / PostgreSQL tsvector)."""
    from armstrack.query import queries  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        hits = queries.search(session, query, limit=limit)
    if as_json:
        print_json(hits)
        return
    table = Table(title=f"search: {plain(query)}")
    for col in ("document", "title", "snippet", "score"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(plain(h["doc"]), plain(h["title"]), plain(h["snippet"]), f"{h['score']:.3f}")
    console.print(table)


@app.command()
def resolve(
    db_url: DbOption = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the merged view and build it again from scratch.")] = False,
) -> None:
    """Bring the merged view (near-duplicates, canonical people, facts) up to date; ingest does this itself."""
    from armstrack.resolve.resolver import Resolver, pending  # deferred: loads SQLAlchemy
    from armstrack.resolve import database  # deferred: loads SQLAlchemy
    from armstrack.store import db  # deferred: loads SQLAlchemy

    try:
        with database.open_session(settings.database_url(db_url), existing=True) as session:
            resolver = Resolver(session)
            if rebuild:
                report = resolver.rebuild()
            else:
                pending(session)  # queues documents never resolved
                report = resolver.refresh()
    except db.DatabaseError as exc:
        fail(str(exc))
    console.print(f"{report.documents} document(s), {report.records} record(s) resolved into {report.facts} "
                  f"fact(s) in {report.seconds:.2f}s", highlight=False)


entities_app = typer.Typer(help="Canonical people and entities: why names were merged; split or merge them.",
                           no_args_is_help=True)
app.add_typer(entities_app, name="entities")


def _cluster_dict(c) -> dict:
    return {"id": c.id, "type": c.type, "name": c.name, "aliases": c.aliases,
            "members": [{"name": mm.name, "rule": mm.rule, "evidence": mm.evidence, "why": mm.why,
                         "surfaces": mm.surfaces} for mm in c.members]}


def _note(c) -> None:
    """Say how a loosely given name was matched ("'Pantsir' taken as 'Pantsir-S1'")."""
    if getattr(c, "note", None):

        errors.print(f"note: {plain(c.note)}", highlight=False, soft_wrap=True)


def _print_why(c) -> None:
    table = Table(title=plain(f"{c.id} {c.name} ({c.type})"))
    for col in ("name", "rule", "why", "written as"):
        table.add_column(col, overflow="fold")
    for mm in c.members:
        table.add_row(plain(mm.name), plain(mm.rule), plain(mm.why), plain(", ".join(mm.surfaces)))
    console.print(table)


@entities_app.command("list")
def entities_list(
    db_url: DbOption = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PERSON, COUNTRY, ORG, MILITARY, WEAPON_SYSTEM or LOCATION.")] = None,
    why: Annotated[Optional[str], typer.Option("--why", help="Show why the names of this person or entity were merged.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Canonical people and entities with their other names (--why NAME: the reason for each merge)."""
    from armstrack.resolve import manage  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            found = [manage.find(session, why)] if why else manage.clusters(session, type_)
        except manage.NotFound as exc:
            fail(str(exc), 1)
    if why:
        _note(found[0])
    if as_json:
        print_json([_cluster_dict(c) for c in found])
        return
    if why:
        _print_why(found[0])
        return
    table = Table(title=f"entities ({len(found)})")
    for col in ("id", "type", "name", "also written", "merged"):
        table.add_column(col, overflow="fold")
    for c in found:
        merged = [mm for mm in c.members if mm.rule not in ("canonical", "single")]
        table.add_row(plain(c.id), plain(c.type), plain(c.name), plain(", ".join(c.aliases)),
                      plain("; ".join(f"{mm.name}: {mm.rule}" for mm in merged)))
    console.print(table)


@entities_app.command("split")
def entities_split(
    name: Annotated[Optional[str], typer.Argument(help="The person or entity (any name, alias, or an id such as p12); "
                                                       "default: the one the first --alias names.")] = None,
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="A name to separate (repeatable); default: all.")] = None,
    db_url: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Separate a wrong merge; the decision is kept and survives re-ingest."""
    from armstrack.resolve import manage  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            result = manage.split(session, name, alias or None)
        except (manage.NotFound, ValueError) as exc:
            fail(str(exc), 1)
    if as_json:
        print_json([_cluster_dict(c) for c in result])
        return
    for c in result:
        _print_why(c)


@entities_app.command("merge")
def entities_merge(
    a: Annotated[str, typer.Argument(help="One person or entity (name, alias or id).")],
    b: Annotated[str, typer.Argument(help="The other.")],
    db_url: DbOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Merge without asking.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Make two people (or two entities) one; the decision is kept and survives re-ingest. Asks first
    (showing both) unless --yes."""
    from armstrack.resolve import manage  # deferred: loads SQLAlchemy

    with open_session(db_url) as session:
        try:
            ca, cb = manage.merge_pair(session, a, b)
        except manage.NotFound as exc:
            fail(str(exc), 1)
        for c in (ca, cb):
            _note(c)
        if ca.id != cb.id and not yes:
            def shown(c) -> str:
                return f"{c.name} ({c.id}, {c.type}: {', '.join([mm.name for mm in c.members][:5])})"

            errors.print(f"merge {plain(shown(ca))}\n  and {plain(shown(cb))} into one?", highlight=False,
                         soft_wrap=True)
            try:
                agreed = typer.confirm("merge", default=False, err=True)
            except typer.Abort:  # no answer (end of input): nothing is merged
                agreed = False
            if not agreed:
                errors.print("nothing merged", highlight=False)
                raise typer.Exit(1)
        result = manage.merge(session, ca.id, cb.id)
    if as_json:
        print_json(_cluster_dict(result))
        return
    _print_why(result)


documents_app = typer.Typer(help="Stored documents: date one by hand.", no_args_is_help=True)
app.add_typer(documents_app, name="documents")


@documents_app.command("set-date")
def documents_set_date(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="The document id (as `export` and the web UI show it).")],
    when: Annotated[str, typer.Argument(metavar="DATE", help="Its publication date, YYYY-MM-DD.")],
    db_url: DbOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (any installed one).")] = None,
) -> None:
    """Set a document's publication date by hand (its text gives none) and analyse it again, so that
    relative dates in it ("last week", "on Monday") resolve; the merged records are updated."""
    from sqlalchemy import select  # deferred: loads SQLAlchemy

    from armstrack.core import set_document_date  # deferred: loads spaCy, SQLAlchemy, trafilatura
    from armstrack.nlp.pipeline import ModelNotFound, build_pipeline  # deferred: loads spaCy
    from armstrack.store import models as m  # deferred: loads SQLAlchemy

    try:
        published = date.fromisoformat(when.strip())
    except ValueError:
        published = None
    if published is None or parse_date(published) is None:
        guess = parse_date(when)
        hint = f" (did you mean {guess.isoformat()}?)" if guess else ""
        fail(f"not a date: {when!r}; give it as YYYY-MM-DD{hint}")
    with open_session(db_url) as session:
        if session.get(m.Document, doc_id) is None:
            ids = session.scalars(select(m.Document.id)).all()
            close = difflib.get_close_matches(doc_id, ids, n=3, cutoff=0.6)
            fail(f"no document {doc_id!r}" + (f"; did you mean {', '.join(map(repr, close))}?" if close else ""))
        try:
            nlp = build_pipeline(settings.model_name(model))
        except ModelNotFound as exc:
            fail(str(exc))
        report = set_document_date(session, nlp, doc_id, published)
    if report.failures:
        for failure in report.failures:
            console.print(f"[red]failed[/] {plain(failure)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    console.print(f"{plain(doc_id)}: dated {published.isoformat()}, analysed again and merged", highlight=False)
