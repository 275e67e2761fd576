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

#: The thresholds of the extraction issue (F1 on the seeds).
THRESHOLDS = {"transfers": 0.90, "transfers+status": 0.80, "meetings": 0.85, "quotes": 0.90, "people": 0.85,
              "figures": 0.80}


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


def test_seed_scores_meet_the_thresholds(seed_export):
    _, path = seed_export
    summary = _reference(path)
    low = {k: summary[k]["f1"] for k, t in THRESHOLDS.items() if summary[k]["f1"] < t}
    assert not low, f"below threshold: {low}"


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
