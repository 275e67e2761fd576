"""`ingest --processes N`: workers parse and analyse; the database ends exactly as with one process."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from armstrack.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

OWN = [
    {"id": "own-boats", "title": "Patrol boats", "published": "2024-03-02",
     "text": "Ghana ordered four patrol boats from Turkey in March, the defence ministry said. "
             "The first boat will be delivered next year, officials added."},
    {"id": "own-markets", "title": "Markets", "published": "2024-03-03",
     "text": "Shares in the Orvale bakery chain rose three percent on Tuesday after strong holiday sales."},
    {"id": "own-jets", "title": "Jets", "published": "2024-04-10",
     "text": "Egypt received two more Rafale jets from France on Monday. " * 3},
]


def _export(db: str) -> dict:
    result = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for doc in data["documents"]:
        doc.pop("ingested_at", None)
    return data


def test_two_workers_store_exactly_what_one_process_stores(tmp_path):
    feed = tmp_path / "own.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in OWN), encoding="utf-8")
    exports = []
    for processes in (1, 2):
        db = f"sqlite:///{tmp_path / f'p{processes}.db'}"
        result = runner.invoke(app, ["ingest", str(SEEDS), str(feed), "--db", db, "-q",
                                     "--processes", str(processes), "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        exports.append(_export(db))
    one, two = exports
    assert one["transfers"] and one["meetings"] and one["quotes"]
    assert {d["id"] for d in one["documents"]} >= {r["id"] for r in OWN}
    for key in one:
        assert one[key] == two[key], key
