"""The extraction quality gate (as trafilatura's evaluation in CI): the seeds, the 60 dev articles and
the project's own 12 articles (``tests/eval/own``, written in our own words) and its blind ones
(``tests/eval/own2``, 10 articles, ``tests/eval/own3`` to ``tests/eval/own30``, 14 each; each written and
annotated before its author read the extractor) are ingested together, scored
with the shared reference scorer, and every kind must stay at or above its floor in
``tests/eval/floors.json``. Needs ``../shared``; skipped with a message without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from conftest import DEV, DEV_GOLD, SEED_GOLD, SEEDS, SHARED

pytestmark = pytest.mark.seeds

FLOORS = json.loads((Path(__file__).parent / "eval" / "floors.json").read_text(encoding="utf-8"))
EVAL = Path(__file__).parent / "eval"
OWN_SETS = ("own", "own2", "own3", "own4", "own5", "own6", "own7", "own8", "own9", "own10", "own11", "own12", "own13", "own14", "own15", "own16", "own17", "own18", "own19", "own20", "own21", "own22", "own23", "own24", "own25", "own26", "own27", "own28", "own29", "own30")
CORPORA = ("seeds", "dev") + OWN_SETS
GOLD = {"seeds": SEED_GOLD, "dev": DEV_GOLD, **{name: EVAL / name / "gold" for name in OWN_SETS}}


@pytest.fixture(scope="module")
def export_path(tmp_path_factory) -> Path:
    if not (SEEDS.is_dir() and DEV.is_file() and (SHARED / "eval" / "score.py").is_file()):
        pytest.skip("the quality gate needs ../shared (corpus/seeds, corpus/dev, gold, eval) beside the project")
    tmp = tmp_path_factory.mktemp("gate")
    db = f"sqlite:///{tmp / 'gate.db'}"
    runner = CliRunner()
    own = [str(EVAL / name / "articles.jsonl") for name in OWN_SETS]
    result = runner.invoke(app, ["ingest", str(SEEDS), str(DEV), *own, "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    out = tmp / "export.json"
    result = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _reference_scores(gold: Path, export: Path) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold),
                           "--pred", str(export), "--json"], capture_output=True, text=True, check=True)
    assert "not in the export" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)["summary"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_kind_stays_at_or_above_its_floor(export_path, corpus):
    summary = _reference_scores(GOLD[corpus], export_path)
    table = "\n".join(f"  {k:18} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                      for k, s in summary.items())
    below = {kind: (summary[kind]["f1"], floor) for kind, floor in FLOORS[corpus].items()
             if summary[kind]["f1"] < floor}
    assert not below, f"{corpus}: below the floor (F1, floor): {below}\n{table}"


def test_floors_cover_every_scored_kind():
    from armstrack.evaluate import KINDS

    for corpus in CORPORA:
        assert set(FLOORS[corpus]) == set(KINDS), corpus
