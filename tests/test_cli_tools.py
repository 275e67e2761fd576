"""The tools a researcher meets after ingest (issue 13, items 12, 13, 15, 16): counts that say what they
count, dating a document by hand, forgiving entity tools, one PostgreSQL server for several projects.

Each test is the mistake or the surprise, with articles written here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack.cli import app

runner = CliRunner()

#: The same delivery reported by two articles, and a second one reported once.
TWICE = {
    "a.jsonl": [
        {"id": "a1", "published": "2023-05-08",
         "text": "Russia delivered five T-90 tanks to India, the defence ministry in New Delhi said on Monday."},
        {"id": "a2", "published": "2023-05-08",
         "text": "Russia delivered five T-90 tanks to India, an Indian army spokesman said on Monday."},
        {"id": "a3", "published": "2023-05-09",
         "text": "France delivered two Rafale fighter jets to Greece, the Greek air force said on Tuesday."},
    ],
}


def _write(folder: Path, files: dict[str, list[dict]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, records in files.items():
        (folder / name).write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return folder


def _ingest(folder: Path, db_url: str) -> None:
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--quiet"])
    assert result.exit_code == 0, result.output


def _row(output: str, what: str) -> list[str]:
    """The cells of the table row starting with ``what`` (Rich box characters dropped)."""
    for line in output.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃|]", line) if c.strip()]
        if cells and cells[0] == what:
            return cells
    raise AssertionError(f"no row {what!r} in\n{output}")


# --- 12: stats counts merged facts and per-article records, both labelled --------------------------------

def test_stats_and_overview_show_merged_and_per_article_counts_labelled(tmp_path, db_url, nlp):
    _ingest(_write(tmp_path / "in", TWICE), db_url)
    result = runner.invoke(app, ["stats", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "merged" in result.output and "per article" in result.output
    assert _row(result.output, "transfers")[1:] == ["2", "3"]  # T-90 reported twice is one fact
    assert _row(result.output, "documents")[1:] == ["3"]

    from armstrack.serve.app import create_app

    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as client:
        counts = client.get("/api/overview").json()["counts"]
        assert counts["transfers"] == 2 and counts["per_article"]["transfers"] == 3
        page = client.get("/").text
        assert "3 in articles" in page and "merged" in page


# --- 15: a document whose text gives no date can be dated by hand --------------------------------------

UNDATED = {"u.jsonl": [{"id": "undated-1", "text": "Russia delivered five T-90 tanks to India last week, "
                                                     "the defence ministry in New Delhi said."}]}


def _transfers(db_url: str) -> list[dict]:
    result = runner.invoke(app, ["transfers", "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_set_date_resolves_relative_dates_and_survives_a_re_ingest(tmp_path, db_url):
    folder = _write(tmp_path / "in", UNDATED)
    _ingest(folder, db_url)
    assert [t["when"] for t in _transfers(db_url)] == [None]  # "last week" of when?

    result = runner.invoke(app, ["documents", "set-date", "undated-1", "2023-05-08", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert [(t["when"], t["first_reported"]) for t in _transfers(db_url)] == [("2023-05-01", "2023-05-08")]

    again = runner.invoke(app, ["ingest", str(folder), "--db", db_url])  # the file still gives no date
    assert again.exit_code == 0 and "1 unchanged" in again.output, again.output
    assert [t["when"] for t in _transfers(db_url)] == ["2023-05-01"]


def test_set_date_names_a_bad_date_or_an_unknown_id(tmp_path, db_url):
    _ingest(_write(tmp_path / "in", UNDATED), db_url)
    bad = runner.invoke(app, ["documents", "set-date", "undated-1", "8 May 2023", "--db", db_url])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output and "2023-05-08" in bad.output, bad.output
    for nonsense in ("2023-13-01", "yesterday", "1066-10-14"):
        result = runner.invoke(app, ["documents", "set-date", "undated-1", nonsense, "--db", db_url])
        assert result.exit_code == 2 and "not a date" in result.output, (nonsense, result.output)
    unknown = runner.invoke(app, ["documents", "set-date", "undated-2", "2023-05-08", "--db", db_url])
    assert unknown.exit_code == 2 and "no document 'undated-2'" in unknown.output
    assert "did you mean 'undated-1'" in unknown.output, unknown.output
    assert [t["when"] for t in _transfers(db_url)] == [None]  # nothing changed


# --- 16: several projects in one PostgreSQL database, one schema each -----------------------------------

@pytest.mark.postgres
def test_two_projects_in_two_schemas_of_one_postgres_database_stay_apart(tmp_path):
    import uuid

    from sqlalchemy import create_engine, text

    from conftest import PG_URL, _drop_schema

    names = [f"proj_{uuid.uuid4().hex[:10]}" for _ in range(2)]  # not created beforehand: ingest creates them
    sep = "&" if "?" in PG_URL else "?"
    urls = [f"{PG_URL}{sep}options=-csearch_path%3D{name}" for name in names]
    try:
        missing = runner.invoke(app, ["stats", "--db", urls[0]])  # a read command does not create a schema
        assert missing.exit_code == 2 and f"no schema '{names[0]}'" in missing.output, missing.output
        _ingest(_write(tmp_path / "one", TWICE), urls[0])
        _ingest(_write(tmp_path / "two", UNDATED), urls[1])
        _ingest(_write(tmp_path / "two", UNDATED), urls[1])  # again: unchanged, still apart
        for url, ids in zip(urls, ({"a1", "a2", "a3"}, {"undated-1"})):
            exported = runner.invoke(app, ["export", "--db", url])
            assert exported.exit_code == 0, exported.output
            assert {d["id"] for d in json.loads(exported.stdout)["documents"]} == ids
        assert {t["system"] for t in _transfers(urls[1])} == {"T-90"}
        engine = create_engine(PG_URL)
        try:
            with engine.connect() as conn:
                tables = conn.execute(text("SELECT table_schema, count(*) FROM information_schema.tables "
                                           "WHERE table_schema = ANY(:names) GROUP BY table_schema"),
                                      {"names": names}).all()
        finally:
            engine.dispose()
        assert len(tables) == 2 and tables[0][1] == tables[1][1] > 10, tables  # each project has every table
    finally:
        for name in names:
            _drop_schema(name)
