#!/usr/bin/env python
"""Ingest with worker processes against one process, on the same synthetic corpus, in one run.

    python bench/processes.py                  # 400 articles, 1 process then 2
    python bench/processes.py --docs 1000 --processes 2 --json

With ``--processes N`` the workers parse *and* analyse (forked after the model is loaded, so they share
its memory) and send back only the analyses; the parent reads, writes and resolves. Prints wall and CPU
seconds of both runs, the wall-time ratio N-process / 1-process (target <= 0.65 for 2 processes on two
free cores) and the peak memory of the process tree. Both runs must store the same rows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from throughput import generate, run_ingest  # noqa: E402

TARGET_WALL_RATIO = 0.65


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from armstrack import settings
    from armstrack.nlp.pipeline import build_pipeline

    nlp = build_pipeline(settings.model_name(None))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        generate(24, args.seed + 1, tmp_path / "warm")
        run_ingest(nlp, tmp_path / "warm", tmp_path / "warm.db", args.batch_size, 1, breakdown=False)
        generate(args.docs, args.seed, tmp_path / "corpus")
        one = run_ingest(nlp, tmp_path / "corpus", tmp_path / "one.db", args.batch_size, 1, breakdown=False)
        many = run_ingest(nlp, tmp_path / "corpus", tmp_path / "many.db", args.batch_size, args.processes,
                          breakdown=False)
    ratio = many["seconds"] / one["seconds"]
    result = {
        "docs": args.docs, "processes": args.processes,
        "one_process": {"wall_s": round(one["seconds"], 2), "cpu_s": round(one["cpu_seconds"], 2),
                        "peak_mb": one["memory"]},
        "workers": {"wall_s": round(many["seconds"], 2), "cpu_s": round(many["cpu_seconds"], 2),
                    "peak_mb": many["memory"]},
        "wall_ratio": round(ratio, 3), "target_wall_ratio": TARGET_WALL_RATIO,
        "same_rows": one["rows"] == many["rows"],
    }
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        print(f"{args.docs} articles; 1 process: {one['seconds']:.1f} s wall, {one['cpu_seconds']:.1f} s CPU; "
              f"{args.processes} processes: {many['seconds']:.1f} s wall, {many['cpu_seconds']:.1f} s CPU")
        print(f"wall ratio {ratio:.2f} (target <= {TARGET_WALL_RATIO} for 2 processes); rows "
              f"{'identical' if result['same_rows'] else 'DIFFER'}")
        print(f"memory, 1 process: {one['memory']}")
        print(f"memory, {args.processes} processes: {many['memory']}")
    return 0 if result["same_rows"] else 1


if __name__ == "__main__":
    sys.exit(main())
