#!/usr/bin/env python
"""`ingest --ray` with 1 and 2 actors on a local Ray instance, into PostgreSQL, on the same synthetic corpus.

    python bench/ray_scaling.py                       # 300 articles; local, then Ray with 1 and 2 actors
    python bench/ray_scaling.py --docs 600 --actors 1 2 --json

Needs the `ray` extra (pip install armstrack[ray]) and a PostgreSQL server ($ARMSTRACK_BENCH_PG, default
the test database); each run writes into a fresh schema, dropped afterwards. Ray starts once, before
any timing, with as many CPUs as the largest pool; each timed run includes its actors' model loads and
the final resolve (what a user waits for). Prints articles/s per run and the scaling efficiency:
(articles/s with N actors) / (N x articles/s with 1 actor). All runs must store the same rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from throughput import generate  # noqa: E402

PG_URL = os.environ.get("ARMSTRACK_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _schema(action: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"' if action == "create" else
                              f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    finally:
        engine.dispose()


def _rows(session) -> dict:
    from armstrack.store import db

    return db.counts(session)


def timed_run(folder: Path, actors: int | None, batch_size: int, nlp=None) -> dict:
    """Ingest ``folder`` into a fresh schema: on Ray with ``actors`` actors, or locally (``actors`` None)."""
    from armstrack.core import Ingester
    from armstrack.ray_ingest import run_on_ray
    from armstrack.resolve import database
    from armstrack.store import db

    name = f"bench_{uuid.uuid4().hex[:10]}"
    _schema("create", name)
    engine = database.open_engine(f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{name}")
    try:
        written: list[tuple[float, int]] = []  # (time, documents written) at each write batch

        def on_progress(event: str, report) -> None:
            if event == "written":
                written.append((time.perf_counter(), len(report.added)))

        with db.session_factory(engine)() as session:
            t = time.perf_counter()
            if actors is None:
                report = Ingester(session, nlp, batch_size=batch_size, on_progress=on_progress).run([folder])
            else:
                report = run_on_ray(session, [folder], actors=actors, batch_size=batch_size,
                                    on_progress=on_progress)
            seconds = time.perf_counter() - t
            rows = _rows(session)
    finally:
        engine.dispose()
        _schema("drop", name)
    docs = len(report.added)
    # steady state: from the first write batch to the last, i.e. without the actors' start (model loads)
    # and the final resolve
    (t1, n1), (t2, n2) = written[0], written[-1]
    steady = (n2 - n1) / (t2 - t1) if t2 > t1 else float("nan")
    return {"actors": actors, "docs": docs, "seconds": round(seconds, 2), "first_write_s": round(t1 - t, 2),
            "steady_articles_per_s": round(steady, 2),
            "resolve_s": round(report.resolve_seconds, 2), "articles_per_s": round(docs / seconds, 2),
            "failures": len(report.failures), "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--actors", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-local", action="store_true", help="skip the one-process local ingest")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from armstrack.ray_ingest import RayMissing, start_ray, stop_ray

    try:
        start_ray(None, num_cpus=max(args.actors))
    except RayMissing as exc:
        print(exc, file=sys.stderr)
        return 2
    runs = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            generate(args.docs, args.seed, folder)
            if not args.no_local:
                from armstrack import settings
                from armstrack.nlp.pipeline import build_pipeline

                nlp = build_pipeline(settings.model_name(None))
                runs.append(timed_run(folder, None, args.batch_size, nlp))
                del nlp
            for n in args.actors:
                runs.append(timed_run(folder, n, args.batch_size))
    finally:
        stop_ray()

    ray_runs = [r for r in runs if r["actors"] is not None]
    one = next((r for r in ray_runs if r["actors"] == 1), None)
    for r in ray_runs:
        r["efficiency"] = round(r["articles_per_s"] / (r["actors"] * one["articles_per_s"]), 3) if one else None
        r["steady_efficiency"] = (round(r["steady_articles_per_s"] / (r["actors"] * one["steady_articles_per_s"]), 3)
                                  if one else None)
    same = all(r["rows"] == runs[0]["rows"] for r in runs)
    if args.json:
        print(json.dumps({"docs": args.docs, "cpus": os.cpu_count(), "runs": runs, "same_rows": same}, indent=2))
    else:
        print(f"{args.docs} synthetic articles into PostgreSQL, batch size {args.batch_size}, "
              f"{os.cpu_count()} CPUs on this machine")
        print(f"{'run':<18}{'seconds':>8}{'1st write s':>12}{'articles/s':>11}{'efficiency':>11}"
              f"{'steady a/s':>11}{'steady eff':>11}")
        for r in runs:
            label = "local, 1 process" if r["actors"] is None else f"Ray, {r['actors']} actor(s)"
            eff = "" if r.get("efficiency") is None else f"{r['efficiency']:.2f}"
            steady_eff = "" if r.get("steady_efficiency") is None else f"{r['steady_efficiency']:.2f}"
            print(f"{label:<18}{r['seconds']:>8.1f}{r['first_write_s']:>12.1f}{r['articles_per_s']:>11.2f}"
                  f"{eff:>11}{r['steady_articles_per_s']:>11.2f}{steady_eff:>11}")
        print("articles/s: whole run (actor start, model loads and the final resolve included); steady: "
              "from the first write batch to the last")
        print(f"rows {'identical' if same else 'DIFFER'} across runs")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
