"""`armstrack sipri import` on SQLite and PostgreSQL, and the compare output (table, CSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.resolve.sipri import FLAT_COLUMNS, compare

runner = CliRunner()
DATA = Path(__file__).resolve().parent / "data" / "sipri_trade_register.csv"


def stored(db_url: str) -> list[dict]:
    from armstrack.resolve import database
    from armstrack.store import db
    from armstrack.store.sipri import sipri_rows

    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            return sipri_rows(session)
    finally:
        engine.dispose()


def count(db_url: str) -> int:
    from armstrack.resolve import database
    from armstrack.store import db
    from armstrack.store import models as m

    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            return session.scalar(select(func.count()).select_from(m.SipriDeal))
    finally:
        engine.dispose()


def test_import_and_reimport_replaces(db_url):
    result = runner.invoke(app, ["sipri", "import", str(DATA), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "imported 16 SIPRI deals" in result.output
    rows = stored(db_url)
    assert len(rows) == 16
    pantsyr = next(r for r in rows if r["designation"] == "96K9 Pantsyr-S1")
    assert pantsyr["source"] == str(DATA.resolve()) and pantsyr["line"] == 12
    assert pantsyr["comments"] == "Aid, incl missiles" and pantsyr["uncertain"] == ["order_year"]
    s400 = next(r for r in rows if r["designation"] == "S-400 Triumf")
    assert s400["delivery_years"] == [2021, 2022, 2023] and s400["tiv_total"] == 500
    engine_row = next(r for r in rows if r["designation"] == "ship engine")
    assert engine_row["comments"].startswith("W\u00e4rtsil\u00e4")

    again = runner.invoke(app, ["sipri", "import", str(DATA), "--db", db_url])
    assert again.exit_code == 0, again.output
    assert "replacing 16" in again.output
    assert count(db_url) == 16  # replaced, not duplicated


def test_the_same_deals_in_two_files_are_compared_once(db_url, tmp_path):
    copy = tmp_path / "copy.csv"
    copy.write_bytes(DATA.read_bytes())
    for path in (DATA, copy):
        assert runner.invoke(app, ["sipri", "import", str(path), "--db", db_url]).exit_code == 0
    assert count(db_url) == 32
    assert len(stored(db_url)) == 16


def test_bad_lines_are_named_and_the_rest_imported(db_url, tmp_path):
    lines = DATA.read_bytes().split(b"\n")
    lines[11] = b"Myanmar,China,20x9,?,(12),?,FTC-2000,trainer/combat aircraft,(6),?,(2021),New,,4,48,24"
    lines[13] = b"Bangladesh,Russia,2013,,16"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\n".join(lines))
    result = runner.invoke(app, ["sipri", "import", str(bad), "--db", db_url])
    assert result.exit_code == 1, result.output
    assert f"{bad}:12: order year: '20x9' is not a year" in result.output.replace("\n", "")
    assert f"{bad}:14: expected 16 columns" in result.output.replace("\n", "")
    assert "imported 14 SIPRI deals" in result.output
    assert count(db_url) == 14


def test_a_file_that_is_not_a_trade_register(sqlite_url, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["sipri", "import", str(other), "--db", sqlite_url])
    assert result.exit_code == 1
    assert "no SIPRI trade-register header" in result.output
    missing = runner.invoke(app, ["sipri", "import", str(tmp_path / "none.csv"), "--db", sqlite_url])
    assert missing.exit_code == 1 and "cannot read" in missing.output


def _comparison():
    from armstrack.ingest.sipri import parse_file

    rows = [dict(r.as_dict(), id=i, source=str(DATA)) for i, r in enumerate(parse_file(DATA).records)]
    deals = [
        {"deal_id": "deal-1", "supplier": "Russia", "recipient": "Myanmar", "family": "Su-30",
         "designations": ["Su-30SME"], "category": "aircraft", "order_year": 2018, "order_date": "2018-01-20",
         "number_ordered": 6, "number_delivered": 6, "delivery_years": [2022, 2023, 2024], "deliveries": [],
         "sources": ["a", "b"], "first_reported": "2018-01-21", "evidence": {
             "doc_id": "a", "url": "https://news.example/a", "sentence": "[bold]An invented[/bold] sentence.",
             "start": 0, "end": 30}},
        {"deal_id": "deal-2", "supplier": "Turkey", "recipient": "Ruritania", "family": "Bayraktar TB2",
         "designations": ["=HYPERLINK(\"http://x\")"], "category": "uav", "order_year": 2024,
         "number_ordered": 3, "sources": ["c"], "first_reported": "2024-02-02", "evidence": {
             "doc_id": "c", "url": None, "sentence": "[bold]Three[/bold] drones, an invented sentence.",
             "start": 5, "end": 50}},
    ]
    return compare(deals, rows)


def test_table_output_is_plain_text():
    from rich.console import Console

    from armstrack.cli import sipri as cli_sipri

    buf = io.StringIO()
    cli_sipri.print_comparison(_comparison(), Console(file=buf, width=400, color_system=None))
    out = buf.getvalue()
    assert "In both (1)" in out and "News only (new or unreported) (1)" in out
    assert "SIPRI only (no news support) (15)" in out
    assert "[bold]Three[/bold] drones" in out  # markup in data is printed, not interpreted
    assert "Su-30SME / Su-30MK" in out and "6 / 4" in out


def test_csv_output(tmp_path):
    from armstrack.cli import sipri as cli_sipri

    path = tmp_path / "out.csv"
    cli_sipri.write_csv(_comparison(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert [r["outcome"] for r in rows].count("sipri_only") == 15
    matched = next(r for r in rows if r["outcome"] == "matched")
    assert (matched["news_number_delivered"], matched["sipri_number_delivered"]) == ("6", "4")
    news = next(r for r in rows if r["outcome"] == "news_only")
    assert news["news_designation"].startswith("'=HYPERLINK")  # not a formula in a spreadsheet


def test_compare_command_end_to_end(db_url):
    pytest.importorskip("armstrack.query.register")  # the deal register (h-deals), merged by the lead
    assert runner.invoke(app, ["sipri", "import", str(DATA), "--db", db_url]).exit_code == 0
    result = runner.invoke(app, ["sipri", "compare", "--db", db_url, "--json", "--recipient", "Burma"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counts"]["sipri_only"] == 2  # Myanmar's two SIPRI rows, no news ingested


def test_sipri_commands_have_help():
    for args in (["sipri", "--help"], ["sipri", "import", "--help"], ["sipri", "compare", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage" in result.output, args
    assert "--recipient" in runner.invoke(app, ["sipri", "compare", "--help"]).output


def test_a_file_with_no_readable_deal_keeps_the_earlier_import(sqlite_url, tmp_path):
    path = tmp_path / "register.csv"
    path.write_bytes(DATA.read_bytes())
    assert runner.invoke(app, ["sipri", "import", str(path), "--db", sqlite_url]).exit_code == 0
    lines = DATA.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join(lines[:9] + [b"Myanmar,Russia,20x8"]))
    result = runner.invoke(app, ["sipri", "import", str(path), "--db", sqlite_url])
    assert result.exit_code == 1
    assert "no deal could be read" in result.output and f"{path}:10: expected 16 columns" in result.output
    assert count(sqlite_url) == 16
