#!/usr/bin/env python
"""Triage benchmark: a general news stream ingested with and without triage.

    python bench/triage.py                      # 1,000 articles, ~5% about arms transfers
    python bench/triage.py --docs 4000 --relevant 0.05 --json

Writes one stream.jsonl (bench/general_news.py: sport, markets, weather, culture, science, politics,
with bench/synthetic.py's arms articles mixed in), then times armstrack's real ingest
(``Ingester(...).run``, reading to resolve) of that stream into two fresh SQLite databases, triage on
and off, in this process. Prints articles per second of each and the speed-up (target >= 5x), how many
articles triage parsed, and checks that triage lost nothing: the merged transfers of both runs are the
same. The model is loaded and warmed up before anything is timed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from general_news import write_stream  # noqa: E402
from throughput import weapon_catalogue  # noqa: E402

TARGET_SPEEDUP = 5.0


def run(folder: Path, db_path: Path, nlp, triage: bool) -> tuple[float, object, list]:
    from armstrack.core import Ingester
    from armstrack.resolve import database
    from armstrack.store import db
    from armstrack.query.export import facts

    engine = database.open_engine(f"sqlite:///{db_path}")
    with db.session_factory(engine)() as session:
        started = time.process_time()
        report = Ingester(session, nlp, triage=triage).run([folder])
        seconds = time.process_time() - started
        transfers = sorted(json.dumps({k: t.get(k) for k in ("supplier", "recipient", "system", "status",
                                                             "quantity", "date")}, sort_keys=True)
                           for t in facts(session, "transfers"))
    engine.dispose()
    return seconds, report, transfers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--relevant", type=float, default=0.05, help="share of arms-transfer articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from armstrack import settings
    from armstrack.nlp.pipeline import build_pipeline

    nlp = build_pipeline(settings.model_name(None))
    list(nlp.pipe(["Russia delivered two Su-30 fighters to Myanmar in 2022."] * 4))  # warm-up
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        info = write_stream(tmp_path / "stream", args.docs, args.relevant, weapon_catalogue(), args.seed)
        # warm-up: one small ingest of each kind, so neither timed run pays first-use costs (lazy imports, caches)
        write_stream(tmp_path / "warm", 40, 0.5, weapon_catalogue(), args.seed + 1)
        run(tmp_path / "warm", tmp_path / "warm.db", nlp, triage=True)
        on_s, on_report, on_transfers = run(tmp_path / "stream", tmp_path / "on.db", nlp, triage=True)
        off_s, off_report, off_transfers = run(tmp_path / "stream", tmp_path / "off.db", nlp, triage=False)
    n = args.docs
    result = {
        "docs": n, "relevant_generated": info["relevant"],
        "parsed_with_triage": n - len(on_report.not_analysed),
        "cpu_seconds_triage": round(on_s, 2), "cpu_seconds_no_triage": round(off_s, 2),
        "articles_per_cpu_second_triage": round(n / on_s, 1),
        "articles_per_cpu_second_no_triage": round(n / off_s, 1),
        "speedup": round(off_s / on_s, 2), "target_speedup": TARGET_SPEEDUP,
        "same_transfers": on_transfers == off_transfers, "transfers": len(on_transfers),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{n} articles, {info['relevant']} about arms transfers; triage parsed "
              f"{result['parsed_with_triage']}")
        print(f"{'':24}{'CPU s':>10}{'articles/s':>12}")
        print(f"{'without triage':24}{off_s:>10.2f}{n / off_s:>12.1f}")
        print(f"{'with triage':24}{on_s:>10.2f}{n / on_s:>12.1f}")
        print(f"speed-up {result['speedup']:.2f}x (target >= {TARGET_SPEEDUP:.0f}x); merged transfers "
              f"{'identical' if result['same_transfers'] else 'DIFFER'} ({len(on_transfers)})")
    return 0 if result["same_transfers"] and result["speedup"] >= TARGET_SPEEDUP else 1


if __name__ == "__main__":
    sys.exit(main())
