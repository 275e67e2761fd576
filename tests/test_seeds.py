"""The development articles end to end: ingest, export, the reference scorer's thresholds, and
`armstrack eval` agreeing with the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.evaluate import score
from conftest import SEED_GOLD, SHARED

pytestmark = pytest.mark.seeds



@pytest.fixture(scope="module")
def seed_export(tmp_path_factory):
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside the project")
    tmp = tmp_path_factory.mktemp("seeds")
    db = f"sqlite:///{tmp / 'seeds.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(SHARED / "corpus" / "seeds"), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    out = tmp / "export.json"
    result = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return db, out


def _reference(export_path) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SEED_GOLD),
                           "--pred", str(export_path), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)["summary"]


def test_seed_documents_titles_and_dates(seed_export):
    _, path = seed_export
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in data["documents"]}
    assert len(docs) == 4
    for gold_file in SEED_GOLD.glob("*.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = docs[gold["doc"]]
        assert doc["title"] and len(doc["title"]) > 20
        if gold.get("published"):
            assert doc["published"] == gold["published"]


def test_eval_command_agrees_with_reference_scorer(seed_export):
    db, path = seed_export
    reference = _reference(path)
    ours = score(SEED_GOLD, json.loads(path.read_text(encoding="utf-8")))
    for kind, ref in reference.items():
        assert (ours[kind].tp, ours[kind].fp, ours[kind].fn) == (ref["tp"], ref["fp"], ref["fn"]), kind
        assert round(ours[kind].f1, 3) == ref["f1"]
    result = CliRunner().invoke(app, ["eval", "--gold", str(SEED_GOLD), "--db", db])
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if l.strip().lstrip("│┃ ").startswith("quotes"))
    assert f"{reference['quotes']['f1']:.3f}" in line


def test_eval_warns_and_fails_when_no_gold_document_is_in_the_database(seed_export, tmp_path):
    db, _ = seed_export
    (tmp_path / "elsewhere.json").write_text(json.dumps({"doc": "elsewhere", "transfers": [], "events": []}),
                                             encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--db", db])
    assert result.exit_code == 1
    assert "1 of 1 gold documents are not in the database (elsewhere)" in " ".join(result.stderr.split())


def test_eval_matches_two_character_designators_and_skips_unannotated_kinds(tmp_path):
    gold = {"doc": "d", "transfers": [{"supplier": "South Korea", "recipient": "Poland", "system": "K2",
                                       "family": "K2", "category": "armoured_vehicle", "status": "ordered"}]}
    (tmp_path / "d.json").write_text(json.dumps(gold), encoding="utf-8")
    export = {"documents": [{"id": "d"}],
              "transfers": [{"supplier": "South Korea", "recipient": "Poland", "system": "K2PL", "family": "K2PL",
                             "status": "agreed", "mentions": [{"doc": "d"}]}],
              "quotes": [{"speaker": "Anyone", "text": "not annotated here", "mentions": [{"doc": "d"}]}]}
    scores = score(tmp_path, export)
    assert (scores["transfers"].tp, scores["transfers+status"].tp) == (1, 1)
    assert (scores["quotes"].tp, scores["quotes"].fp, scores["quotes"].fn) == (0, 0, 0)
    assert scores.missing_docs == []
