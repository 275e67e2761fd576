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
    assert [(t["when"], t["first_reported"]) for t in _transfers(db_url)] == [("2023-05", "2023-05-08")]

    again = runner.invoke(app, ["ingest", str(folder), "--db", db_url])  # the file still gives no date
    assert again.exit_code == 0 and "1 unchanged" in again.output, again.output
    assert [t["when"] for t in _transfers(db_url)] == ["2023-05"]


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


# --- 13: entity tools take ids or loose names, suggest, explain, and ask before merging ----------------

MEETING = {"m.jsonl": [
    {"id": "m1", "published": "2023-03-01",
     "text": "Russian Defence Minister Sergei Shoigu met Senior General Min Aung Hlaing in Moscow on Tuesday. "
             "Shoigu said Russia would deliver Pantsir-S1 air defence systems to Myanmar."},
    {"id": "m2", "published": "2023-03-02",
     "text": "Myanmar's military chief Min Aung Hlaing thanked Russia for the Pantsir-S1 systems. The Tatmadaw "
             "and the Russian Armed Forces will hold joint exercises, officials said."},
]}


def _entities(db_url: str) -> list[dict]:
    out = runner.invoke(app, ["entities", "list", "--db", db_url, "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def test_entity_tools_are_forgiving_and_merge_asks_first(tmp_path, db_url):
    _ingest(_write(tmp_path / "in", MEETING), db_url)
    before = _entities(db_url)
    by_name = {c["name"]: c for c in before}
    assert {"Pantsir-S1", "Sergei Shoigu", "Tatmadaw", "Russian Armed Forces"} <= set(by_name), sorted(by_name)

    why = runner.invoke(app, ["entities", "list", "--db", db_url, "--why", "Pantsir", "--json"])  # not the exact name
    assert why.exit_code == 0, why.output
    assert json.loads(why.stdout)[0]["name"] == "Pantsir-S1" and "taken as 'Pantsir-S1'" in why.output
    assert all(mm["why"] for mm in json.loads(why.stdout)[0]["members"])  # never an empty reason
    shown = runner.invoke(app, ["entities", "list", "--db", db_url, "--why", by_name["Myanmar"]["id"]])
    assert shown.exit_code == 0 and "nothing merged" in shown.output, shown.output  # an id works, reason given

    typo = runner.invoke(app, ["entities", "list", "--db", db_url, "--why", "Shoigo"])
    assert typo.exit_code == 1 and "did you mean 'Sergei Shoigu'" in typo.output, typo.output

    spelling = runner.invoke(app, ["entities", "split", "--alias", "Shoigu", "--db", db_url])  # no NAME needed
    assert spelling.exit_code == 1 and "is how 'Sergei Shoigu'" in spelling.output, spelling.output

    across = runner.invoke(app, ["entities", "merge", "Sergei Shoigu", "Tatmadaw", "--db", db_url, "--yes"])
    assert across.exit_code == 1 and "an entity (MILITARY" in across.output and "a person" in across.output

    declined = runner.invoke(app, ["entities", "merge", "Tatmadaw", "Russian Armed", "--db", db_url], input="n\n")
    assert declined.exit_code == 1 and "into one?" in declined.output and "nothing merged" in declined.output
    no_answer = runner.invoke(app, ["entities", "merge", "Tatmadaw", "Russian Armed Forces", "--db", db_url])
    assert no_answer.exit_code == 1 and "nothing merged" in no_answer.output
    assert _entities(db_url) == before  # nothing changed so far

    tatmadaw = by_name["Tatmadaw"]["id"]
    merged = runner.invoke(app, ["entities", "merge", tatmadaw, "Russian Armed", "--db", db_url, "--yes", "--json"])
    assert merged.exit_code == 0, merged.output
    assert {mm["name"] for mm in json.loads(merged.stdout)["members"]} == {"Tatmadaw", "Russian Armed Forces"}
    asked = runner.invoke(app, ["entities", "split", "Russian Armed Forces", "--alias", "Tatmad", "--db", db_url])
    assert asked.exit_code == 0, asked.output  # undone, by a loose alias
    assert {"Tatmadaw", "Russian Armed Forces"} <= {c["name"] for c in _entities(db_url)}


def test_the_add_page_dates_a_stored_document(tmp_path, db_url, nlp):
    import time

    from armstrack.serve.app import create_app

    _ingest(_write(tmp_path / "in", UNDATED), db_url)
    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as client:
        assert 'action="/add/date"' in client.get("/add").text
        bad = client.post("/add/date", data={"doc": "undated-1", "date": "08/05/2023"})
        assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
        unknown = client.post("/add/date", data={"doc": "nope", "date": "2023-05-08"})
        assert unknown.status_code == 404 and "no document" in unknown.text
        sent = client.post("/add/date", data={"doc": "undated-1", "date": "2023-05-08"}, follow_redirects=False)
        assert sent.status_code == 303, sent.text
        job_id = sent.headers["location"].split("job=")[1]
        deadline = time.monotonic() + 300
        while (job := client.get(f"/api/jobs/{job_id}").json())["state"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.1)
        assert job["state"] == "done" and job["documents"] == ["undated-1"], job
    assert [t["when"] for t in _transfers(db_url)] == ["2023-05"]


def test_the_add_page_needs_the_token_to_date_a_document(tmp_path, sqlite_url, nlp):
    from armstrack.serve.app import create_app

    _ingest(_write(tmp_path / "in", UNDATED), sqlite_url)
    with TestClient(create_app(sqlite_url, token="s3cret", nlp_factory=lambda: nlp)) as client:
        refused = client.post("/add/date", data={"doc": "undated-1", "date": "2023-05-08"})
        assert refused.status_code == 401
    assert [t["when"] for t in _transfers(sqlite_url)] == [None]
