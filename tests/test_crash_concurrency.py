"""Interrupted and concurrent ingests (issue 13, items 4 and 5), on SQLite and PostgreSQL.

The attacks: `kill -9` between two write batches and during the final resolve, then the same ingest
again; two `armstrack ingest` processes started together on a fresh database with overlapping inputs.
Each must end with the export of one clean run and no duplicate or dangling rows. Real processes via
bench/crash_and_concurrency.py (the kill points come from the test hook ARMSTRACK_TEST_CRASH_AT); the
readers that must finish a pending resolve (export, stats, the API) are checked in-process.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import crash_and_concurrency as harness  # noqa: E402

ARTICLES = {
    "sale.txt": "Ruritania delivered 14 Su-35 fighter jets to Algeria in May 2024, the Algerian defence "
                "ministry said.\n\n\"These aircraft guard our skies,\" said Defence Minister Karim Benali on "
                "Monday.",
    "again.txt": "Algeria received fourteen Su-35 fighters from Russia, officials said on 20 May 2024.\n\n"
                 "Benali met Russian Defence Minister Pavel Orlov in Moscow to discuss training.",
    "tanks.txt": "South Korea agreed to sell 96 K2 tanks to Poland, the Polish government said on 3 June 2024."
                 "\n\n\"It is a historic order,\" said Polish Defence Minister Tomasz Wrona.",
}
FEED = [
    {"id": "feed-tanks", "title": "Tanks", "published": "2024-06-05",
     "text": "Poland signed a contract for 96 K2 tanks from South Korea. Wrona met South Korean officials "
             "in Seoul on Tuesday."},
    {"id": "feed-drones", "title": "Drones", "published": "2024-07-01",
     "text": "Turkey delivered Bayraktar TB2 drones to Nigeria, Nigerian officials said. \"The drones help us "
             "a lot,\" said Nigerian Air Force chief Musa Danjuma."},
    {"id": "feed-jets", "title": "Jets", "published": "2024-08-02",
     "text": "India ordered 26 Rafale Marine jets from France in August 2024, the Indian navy said."},
]


def write_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return [str(write_inputs(tmp_path_factory.mktemp("inputs")))]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request, tmp_path_factory, inputs):
    """(fresh databases of one backend, the export of one clean run of the inputs)."""
    dbs = harness.Databases(request.param, tmp_path_factory.mktemp(request.param))
    try:
        reference = harness.reference_export(dbs, inputs)
        assert reference["transfers"] and reference["quotes"] and reference["people"]
        yield dbs, reference
    finally:
        dbs.drop()


def _assert_ok(outcome: harness.Outcome) -> None:
    assert outcome.ok, f"{outcome.scenario}:\n" + "\n".join(outcome.problems)


def test_kill_during_the_final_resolve_then_the_same_ingest_resolves_what_was_queued(backend, inputs):
    # every document was committed, the resolve was not: the re-run finds them all unchanged and must
    # still process the queue itself (checked before any export, which would resolve it too)
    dbs, reference = backend
    _assert_ok(harness.crash_then_rerun(dbs, inputs, "resolve", reference))


def test_kill_between_two_write_batches_then_the_same_ingest(backend, inputs):
    # SQLite only (PostgreSQL runs the same code path; each real process costs seconds of model loading)
    dbs, reference = backend
    if dbs.backend != "sqlite":
        pytest.skip("covered on SQLite")
    db = dbs.fresh("batches")
    crashed = harness.ingest(db, inputs, crash_at="write:2")
    assert crashed.code == -signal.SIGKILL
    assert harness.difference(reference, harness.export(db))  # the comparison can fail: a batch is missing
    again = harness.ingest(db, inputs)
    assert again.code == 0, again.err
    assert harness.integrity(db) == {}
    assert harness.difference(reference, harness.export(db)) is None


@pytest.mark.parametrize("overlap", ["overlapping", "disjoint"])
def test_two_ingests_at_once_on_a_fresh_database(backend, inputs, overlap):
    # both race to create the schema; overlapping: they share one file, each has files the other has not
    dbs, reference = backend
    a, b = harness.split_inputs(inputs)
    if overlap == "overlapping":
        a, b = a + b[:1], b + a[:1]
    _assert_ok(harness.concurrent(dbs, a, b, reference, overlap))


# --- readers finish a pending resolve (in-process) ------------------------------------------------

@pytest.fixture
def unresolved(db_url, analyse):
    """A database whose documents are committed but never resolved (an ingest killed in its resolve)."""
    from armstrack.resolve import database
    from armstrack.store import db

    texts = {"d1": ARTICLES["sale.txt"], "d2": ARTICLES["again.txt"], "d3": ARTICLES["tanks.txt"]}
    engine = database.open_engine(db_url)
    with db.session_factory(engine)() as session:
        database.write_batch(session, [analyse(t, doc_id=i) for i, t in texts.items()])
    engine.dispose()
    return db_url


def _facts(db_url) -> int:
    from sqlalchemy import create_engine, func, select

    from armstrack.store import models as m

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(m.Fact))
    finally:
        engine.dispose()


def test_export_of_a_database_left_unresolved_shows_the_merged_records(unresolved):
    from armstrack.cli import app

    assert _facts(unresolved) == 0
    result = CliRunner().invoke(app, ["export", "--db", unresolved])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["transfers"] and data["quotes"] and data["people"]


def test_the_api_of_a_database_left_unresolved_shows_the_merged_records(unresolved):
    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    with TestClient(create_app(unresolved)) as client:
        assert client.get("/api/transfers").json()["total"] > 0
        assert client.get("/api/overview").json()["counts"]["transfers"] > 0


def test_stats_of_a_database_left_unresolved_resolves_it(unresolved):
    from armstrack.cli import app

    result = CliRunner().invoke(app, ["stats", "--db", unresolved])
    assert result.exit_code == 0, result.output
    assert _facts(unresolved) > 0


def test_processes_opening_a_new_database_at_once_create_the_schema_once(db_url):
    # four openers released together on a database that does not exist yet
    from sqlalchemy import inspect

    from armstrack.resolve import database

    barrier, errors = threading.Barrier(4), []

    def open_it():
        barrier.wait()
        try:
            database.open_engine(db_url).dispose()
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = database.open_engine(db_url)
    try:
        assert "documents" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
