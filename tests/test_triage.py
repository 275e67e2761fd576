"""Triage: articles with no weapon, military or arms-trade cue are stored but not parsed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.ingest import discover, read_file
from armstrack.nlp.triage import load_triage
from armstrack.records import Article

runner = CliRunner()
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"

RELEVANT = ("Ghana ordered four patrol boats from Turkey in March, the defence ministry said. "
            "The first boat will be delivered next year.")
MARKETS = ("Shares in the Orvale bakery chain rose three percent on Tuesday after strong holiday sales, "
           "and the central bank left its interest rate unchanged.")
SPORT = ("The visiting side won 3-1 on Saturday evening; their coach praised the young striker, who scored "
         "twice in the second half.")


@pytest.mark.parametrize("text", [
    "The navy commissioned its newest frigate on Friday.",
    "Officials confirmed the sale of Su-30SME jets.",            # a designation from the weapons gazetteer
    "The Su 30 was shown at the air show.",                       # the same designation written in two words
    "Two more gunboats arrived last week.",                       # plural of a cue
    "The new air-defence network covers the capital.",            # hyphenated phrase
    "The Tatmadaw's budget grew again.",                          # an armed force, possessive
    "Talks on the joint exercise ended in Geneva.",               # a phrase over two words
    "Lawmakers debated an arms embargo on the regime.",
])
def test_articles_with_a_cue_are_relevant(text):
    assert load_triage().relevant(text), text


@pytest.mark.parametrize("text", [MARKETS, SPORT,
                                  "Heavy rain is expected across the north on Sunday, forecasters said.",
                                  "The orchestra opens its season with a new violin concerto."])
def test_general_news_is_not_relevant(text):
    assert not load_triage().relevant(text)


def test_every_seed_and_dev_article_is_analysed():
    """With triage on, the seeds and the dev set score exactly as without: none of them is skipped."""
    files, failures = discover([SHARED / "seeds", SHARED / "dev" / "articles.jsonl"])
    assert not failures and files
    articles = [a for f in files for a in read_file(f) if isinstance(a, Article)]
    assert len(articles) >= 64
    triage = load_triage()
    skipped = [a.doc_id for a in articles if not triage.relevant(a.text)]
    assert skipped == []


def _folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "stream.jsonl").write_text("".join(json.dumps(row) + "\n" for row in [
        {"id": "boats", "title": "Patrol boats for Norland", "text": RELEVANT},
        {"id": "bakery", "title": "Bakery shares rise", "text": MARKETS},
        {"id": "match", "title": "Late goals", "text": SPORT},
    ]), encoding="utf-8")
    return folder


def _said(result) -> str:
    """The command's output as one line (Rich wraps long lines at the terminal width)."""
    return " ".join(result.output.split())


def _export(db):
    result = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_irrelevant_articles_are_stored_searchable_and_not_analysed(db_url, tmp_path):
    folder = _folder(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "2 stored without analysis" in _said(result)
    data = _export(db_url)
    docs = {d["id"]: d for d in data["documents"]}
    assert set(docs) == {"boats", "bakery", "match"}
    assert "not_analysed" not in docs["boats"]
    assert docs["bakery"]["not_analysed"] and docs["match"]["not_analysed"]
    mentioned = {m["doc"] for t in data["transfers"] for m in t["mentions"]}
    assert mentioned == {"boats"}
    assert not any(e.get("doc") in ("bakery", "match") for e in data.get("entities", []) if isinstance(e, dict))

    found = runner.invoke(app, ["search", "bakery", "--db", db_url, "--json"])
    assert found.exit_code == 0 and "bakery" in found.stdout

    stats = runner.invoke(app, ["stats", "--db", db_url])
    assert "not analysed (triage)" in _said(stats)

    from armstrack.serve.app import create_app
    with TestClient(create_app(db_url)) as client:
        page = client.get("/documents/bakery")
        assert page.status_code == 200 and "Not analysed" in page.text
        listing = client.get("/documents")
        assert "not analysed" in listing.text

    # unchanged on a second run with triage; analysed when asked with --no-triage
    again = runner.invoke(app, ["ingest", str(folder), "--db", db_url])
    assert "0 added, 0 replaced, 3 unchanged" in _said(again), again.output
    full = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--no-triage"])
    assert full.exit_code == 0 and "0 added, 2 replaced, 1 unchanged" in _said(full), full.output
    docs = {d["id"]: d for d in _export(db_url)["documents"]}
    assert not any("not_analysed" in d for d in docs.values())


def test_no_triage_parses_everything_from_the_start(sqlite_url, tmp_path):
    result = runner.invoke(app, ["ingest", str(_folder(tmp_path)), "--db", sqlite_url, "--no-triage", "-q"])
    assert result.exit_code == 0, result.output
    assert not any("not_analysed" in d for d in _export(sqlite_url)["documents"])
