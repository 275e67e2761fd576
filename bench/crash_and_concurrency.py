"""Interrupted and concurrent ingests end in the same database as one clean run.

Starts real `armstrack ingest` processes on a fresh database and

* ``crash``: kills one with SIGKILL at a chosen point (the test hook ``ARMSTRACK_TEST_CRASH_AT``, see
  armstrack.settings.crash_point: ``write-uncommitted``, ``write``, ``write:2``, ``resolve``,
  ``resolved``), runs the same ingest again, and compares the export with a clean run's;
* ``concurrent``: runs two ingests at once on a fresh database, on disjoint halves of the inputs and on
  overlapping inputs (both get everything), and compares the export with one sequential run's;
* ``sigkill``: kills an ingest with SIGKILL from outside after a delay, as a user's ``kill -9`` would.

After every scenario it also counts duplicate or dangling rows (record keys, fact members, entities,
people, signatures) and work left in the resolve queue: all must be 0.

Exports are compared with row ids left out (a rolled-back PostgreSQL sequence, or two processes taking
turns, numbers rows differently) and lists sorted.

    python bench/crash_and_concurrency.py INPUT... [--db sqlite|postgresql|both] [--pg URL]
    python bench/crash_and_concurrency.py --docs 200          # a synthetic corpus (bench/synthetic.py)

Exit code 0 when every scenario matched, 1 otherwise. tests/test_crash_concurrency.py runs it on a few
short articles on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

PG_URL = os.environ.get("ARMSTRACK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CRASH_POINTS = ("write-uncommitted", "write", "write:2", "resolve", "resolved")


def armstrack_command() -> list[str]:
    """The `armstrack` console script of this interpreter's environment (else ``python -m``)."""
    script = Path(sys.executable).with_name("armstrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "armstrack.cli"]


def _env(crash_at: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("ARMSTRACK_TEST_CRASH_AT", None)
    if crash_at:
        env["ARMSTRACK_TEST_CRASH_AT"] = crash_at
    repo = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = repo + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def start_ingest(db: str, paths: list[str], crash_at: str | None = None, batch_size: int = 2) -> subprocess.Popen:
    """A real `armstrack ingest` process (small batches, so a crash can fall between two of them)."""
    return subprocess.Popen([*armstrack_command(), "ingest", *paths, "--db", db, "--quiet",
                             "--batch-size", str(batch_size)],
                            env=_env(crash_at), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@dataclass
class Run:
    code: int
    out: str
    err: str


def finish(proc: subprocess.Popen, timeout: float = 900) -> Run:
    out, err = proc.communicate(timeout=timeout)
    return Run(proc.returncode, out, err)


def ingest(db: str, paths: list[str], crash_at: str | None = None, batch_size: int = 2) -> Run:
    return finish(start_ingest(db, paths, crash_at, batch_size))


def export(db: str) -> dict:
    """`armstrack export` of the database, as JSON."""
    proc = subprocess.run([*armstrack_command(), "export", "--db", db], env=_env(), capture_output=True,
                          text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"export failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


#: Keys whose values come from row ids (the register's deal ids are its smallest transfer number).
ROW_ID_KEYS = ("id", "deal_id")


def _drop_ids(value):
    if isinstance(value, dict):
        return {k: _drop_ids(v) for k, v in value.items() if k not in ROW_ID_KEYS}
    if isinstance(value, list):
        return [_drop_ids(v) for v in value]
    return value


def normalize(data: dict) -> dict:
    """The export without row ids (documents keep theirs), every list sorted."""
    out = {}
    for key, value in data.items():
        if isinstance(value, list):
            rows = value if key == "documents" else _drop_ids(value)
            out[key] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
        else:
            out[key] = value
    return out


def difference(a: dict, b: dict) -> str | None:
    """None when the normalized exports are equal, else where they first differ."""
    a, b = normalize(a), normalize(b)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            ra, rb = a.get(key) or [], b.get(key) or []
            if not isinstance(ra, list) or not isinstance(rb, list):
                return f"{key}: {ra!r} != {rb!r}"
            only_a = [r for r in ra if r not in rb]
            only_b = [r for r in rb if r not in ra]
            return (f"{key}: {len(ra)} vs {len(rb)} rows; only in the reference: "
                    f"{json.dumps(only_a[:2], ensure_ascii=False)[:400]}; only in this run: "
                    f"{json.dumps(only_b[:2], ensure_ascii=False)[:400]}")
    return None


#: Rows that must not exist after any ingest: duplicates, rows pointing at deleted records, queued work.
INTEGRITY_SQL = {
    "duplicate record_keys": "SELECT count(*) FROM (SELECT kind, record_id, key, probe FROM record_keys "
                             "GROUP BY kind, record_id, key, probe HAVING count(*) > 1) d",
    "duplicate entities": "SELECT count(*) FROM (SELECT type, canonical FROM entities GROUP BY type, canonical "
                          "HAVING count(*) > 1) d",
    "duplicate people": "SELECT count(*) FROM (SELECT name FROM people GROUP BY name HAVING count(*) > 1) d",
    "documents without signature": "SELECT count(*) FROM documents WHERE id NOT IN "
                                   "(SELECT doc_id FROM doc_signatures)",
    "queued resolve work": "SELECT count(*) FROM resolve_queue",
    **{f"ghost fact_members ({kind})": f"SELECT count(*) FROM fact_members f WHERE f.kind = '{kind}' AND NOT "
                                       f"EXISTS (SELECT 1 FROM {kind} r WHERE r.id = f.record_id)"
       for kind in ("transfers", "meetings", "quotes", "figures", "events")},
    **{f"ghost record_keys ({kind})": f"SELECT count(*) FROM record_keys k WHERE k.kind = '{kind}' AND NOT "
                                      f"EXISTS (SELECT 1 FROM {kind} r WHERE r.id = k.record_id)"
       for kind in ("transfers", "meetings", "quotes", "figures", "events")},
    **{f"{kind} in no fact": f"SELECT count(*) FROM {kind} r WHERE NOT EXISTS (SELECT 1 FROM fact_members f "
                             f"WHERE f.kind = '{kind}' AND f.record_id = r.id)"
       for kind in ("transfers", "meetings", "quotes", "figures", "events")},
}


def integrity(db: str) -> dict[str, int]:
    """The counts of INTEGRITY_SQL that are not 0 (empty when the database is sound)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            counts = {name: conn.execute(text(sql)).scalar_one() for name, sql in INTEGRITY_SQL.items()}
    finally:
        engine.dispose()
    return {k: v for k, v in counts.items() if v}


# --- databases ------------------------------------------------------------------------------------

class Databases:
    """Fresh databases of one backend: SQLite files in a folder, or PostgreSQL schemas (dropped after)."""

    def __init__(self, backend: str, folder: Path, pg_url: str = PG_URL) -> None:
        self.backend, self.folder, self.pg_url = backend, folder, pg_url
        self.schemas: list[str] = []

    def fresh(self, name: str) -> str:
        if self.backend == "sqlite":
            path = self.folder / f"{name}-{uuid.uuid4().hex[:6]}.db"
            return f"sqlite:///{path}"
        from sqlalchemy import create_engine, text

        schema = f"crash_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.pg_url)
        try:
            with engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        finally:
            engine.dispose()
        self.schemas.append(schema)
        sep = "&" if "?" in self.pg_url else "?"
        return f"{self.pg_url}{sep}options=-csearch_path%3D{schema}"

    def drop(self) -> None:
        if not self.schemas:
            return
        from sqlalchemy import create_engine, text

        engine = create_engine(self.pg_url)
        try:
            with engine.begin() as conn:
                for schema in self.schemas:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        finally:
            engine.dispose()
        self.schemas.clear()


# --- scenarios ------------------------------------------------------------------------------------

@dataclass
class Outcome:
    scenario: str
    ok: bool
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _check(name: str, db: str, reference: dict, runs: list[tuple[str, Run, tuple[int, ...]]],
           started: float) -> Outcome:
    problems = []
    for what, run, codes in runs:
        if run.code not in codes:
            problems.append(f"{what}: exit {run.code}, expected {codes}: {run.err.strip()[-500:]}")
    bad = integrity(db) if runs[-1][1].code == 0 else {}  # before export, which resolves what is pending
    if bad:
        problems.append(f"integrity after the last ingest: {bad}")
    diff = difference(reference, export(db))
    if diff:
        problems.append(f"export differs from the clean run: {diff}")
    bad = integrity(db)
    if bad:
        problems.append(f"integrity after export: {bad}")
    return Outcome(name, not problems, problems, time.perf_counter() - started)


def reference_export(dbs: Databases, inputs: list[str]) -> dict:
    db = dbs.fresh("clean")
    run = ingest(db, inputs)
    if run.code != 0:
        raise RuntimeError(f"the clean run failed ({run.code}): {run.err.strip()}")
    return export(db)


def crash_then_rerun(dbs: Databases, inputs: list[str], point: str, reference: dict) -> Outcome:
    """SIGKILL at ``point``, then the same ingest again: the export must equal the clean run's."""
    started = time.perf_counter()
    db = dbs.fresh("crash")
    crashed = ingest(db, inputs, crash_at=point)
    again = ingest(db, inputs)
    return _check(f"kill -9 at {point}, re-run", db, reference,
                  [("crashed run", crashed, (-signal.SIGKILL,)), ("re-run", again, (0,))], started)


def crash_then_read(dbs: Databases, inputs: list[str], reference: dict, point: str = "resolve") -> Outcome:
    """SIGKILL at ``point``, then only `armstrack export`: it must finish the pending resolve itself."""
    started = time.perf_counter()
    db = dbs.fresh("crashread")
    crashed = ingest(db, inputs, crash_at=point)
    return _check(f"kill -9 at {point}, export", db, reference,
                  [("crashed run", crashed, (-signal.SIGKILL,))], started)


def kill_after(dbs: Databases, inputs: list[str], reference: dict, delay: float) -> Outcome:
    """``kill -9`` from outside ``delay`` seconds in (wherever the process is), then the ingest again."""
    started = time.perf_counter()
    db = dbs.fresh("kill")
    proc = start_ingest(db, inputs)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    first = finish(proc)
    again = ingest(db, inputs)
    return _check(f"kill -9 after {delay:g}s, re-run", db, reference,
                  [("killed run", first, (0, -signal.SIGKILL)), ("re-run", again, (0,))], started)


def concurrent(dbs: Databases, first: list[str], second: list[str], reference: dict, name: str) -> Outcome:
    """Two ingests started together on a fresh database."""
    started = time.perf_counter()
    db = dbs.fresh("concurrent")
    procs = [start_ingest(db, first), start_ingest(db, second)]
    runs = [finish(p) for p in procs]
    return _check(name, db, reference, [(f"ingest {i + 1}", r, (0,)) for i, r in enumerate(runs)], started)


def split_inputs(inputs: list[str]) -> tuple[list[str], list[str]]:
    """Two disjoint halves of the input files (folders expanded)."""
    files: list[str] = []
    for p in inputs:
        path = Path(p)
        files.extend(sorted(str(f) for f in path.rglob("*") if f.is_file()) if path.is_dir() else [p])
    return files[0::2], files[1::2]


def run_all(backend: str, inputs: list[str], scenarios: tuple[str, ...] = ("crash", "concurrent"),
            points: tuple[str, ...] = CRASH_POINTS, kill_delays: tuple[float, ...] = (),
            pg_url: str = PG_URL, folder: Path | None = None) -> list[Outcome]:
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="armstrack-crash-")) if own else folder
    dbs = Databases(backend, folder, pg_url)
    try:
        reference = reference_export(dbs, inputs)
        out = []
        if "crash" in scenarios:
            out.extend(crash_then_rerun(dbs, inputs, p, reference) for p in points)
            out.append(crash_then_read(dbs, inputs, reference))
            out.extend(kill_after(dbs, inputs, reference, d) for d in kill_delays)
        if "concurrent" in scenarios:
            a, b = split_inputs(inputs)
            out.append(concurrent(dbs, a, b, reference, "two ingests at once, disjoint inputs"))
            out.append(concurrent(dbs, inputs, inputs, reference, "two ingests at once, the same inputs"))
            out.append(concurrent(dbs, a + b[:1], b + a[:1], reference, "two ingests at once, overlapping inputs"))
        return out
    finally:
        dbs.drop()
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files or folders to ingest (else --docs synthetic articles)")
    parser.add_argument("--docs", type=int, default=60, help="synthetic articles when no input is given")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg", default=PG_URL, help="PostgreSQL server URL (a schema per scenario is made)")
    parser.add_argument("--scenarios", default="crash,concurrent")
    parser.add_argument("--points", default=",".join(CRASH_POINTS), help="crash points (test hook)")
    parser.add_argument("--kill-after", default="", help="comma-separated delays for an outside kill -9")
    parser.add_argument("--keep", type=Path, help="keep databases (SQLite) and the corpus in this folder")
    args = parser.parse_args(argv)

    folder = args.keep or Path(tempfile.mkdtemp(prefix="armstrack-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    inputs = args.inputs
    if not inputs:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from synthetic import ArticleGenerator, write_corpus  # noqa: E402
        from throughput import weapon_catalogue  # noqa: E402

        write_corpus(ArticleGenerator(weapon_catalogue()), args.docs, folder / "corpus")
        inputs = [str(folder / "corpus")]
    backends = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    failed = 0
    try:
        for backend in backends:
            outcomes = run_all(backend, inputs, tuple(args.scenarios.split(",")), tuple(args.points.split(",")),
                               tuple(float(d) for d in args.kill_after.split(",") if d), args.pg, folder)
            for o in outcomes:
                print(f"{backend:10} {'ok  ' if o.ok else 'FAIL'} {o.scenario} ({o.seconds:.1f}s)")
                for p in o.problems:
                    print(f"           {p}")
                failed += not o.ok
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
