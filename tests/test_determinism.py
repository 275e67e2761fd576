"""The same article gives the same records whatever Python's hash seed: a user who ingests an archive twice, or
on a Ray worker rather than locally, must get the same register. Ties broken by iterating a set of strings
(whose order follows the per-process hash seed) once gave a buyer told once each to whichever state came
first in that order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# our own words: one order with an unnamed buyer beside three sales told once each (a full tie for the
# article's main buyer)
SCRIPT = r'''
import datetime
from armstrack.core import analyse_text
text = ("Saab books more Gripen orders\n\nSaab closed the year with a firm order for eight Gripen E fighters, "
        "although the Swedish company did not name the customer. Earlier in the year Saab signed contracts to sell "
        "Gripen jets to the Thai, Colombian and Peruvian air forces.")
analysis = analyse_text(text, doc_id="t", published=datetime.date(2025, 12, 31))
for kind in ("transfers", "meetings", "quotes", "figures", "events"):
    print(kind, sorted(repr(sorted(vars(r).items(), key=lambda kv: kv[0])) for r in analysis.records_of(kind)))
'''


def _records_under(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(Path(__file__).parents[1]))
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True)
    return proc.stdout


def test_records_do_not_depend_on_the_hash_seed():
    runs = {seed: _records_under(seed) for seed in (1, 2, 3, 4)}
    assert "Gripen E" in runs[1]
    assert len(set(runs.values())) == 1, runs
