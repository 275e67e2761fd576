#!/usr/bin/env python
"""Throughput and memory benchmark: armstrack's ingest path against bare spaCy on the same texts.

    python bench/throughput.py                         # 500 synthetic articles, 1 process
    python bench/throughput.py --docs 2000 --processes 2
    python bench/throughput.py --compare-memory 500 5000
    python bench/throughput.py --profile ingest.prof --docs 100
    python bench/throughput.py --json

What it does (see bench/README.md for what every number means):

1. generates N short synthetic articles (bench/synthetic.py; weapon names from the gazetteer catalogue)
   and writes them as .txt files plus one .jsonl into a temporary folder;
2. reads them back with armstrack's readers to get the cleaned texts armstrack parses;
3. times bare spaCy (``spacy.load(model)``, no armstrack components) over those texts;
4. times ``Ingester(session, nlp, ...).run([folder])`` into a fresh SQLite database (armstrack's real code
   path: reading, cleaning, parsing with the gazetteer components, analysis, extraction, bulk writes),
   sampling the process RSS from a background thread;
5. prints timings, the ratio armstrack/bare, peak memory, a stage breakdown and the rows stored per kind.

Model loading and warm-up are never timed.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from synthetic import NAME_MODES, ORDERS, ArticleGenerator, write_corpus  # noqa: E402

#: Targets (bench/README.md).
TARGET_RATIO = 1.5
TARGET_MEMORY_DIFF = 0.10
TARGET_GROWTH = 0.10
TARGET_EXPORT_MB = 600
WARMUP_DOCS = 8
PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024


# --- memory ---------------------------------------------------------------------------------------

def rss_bytes(pid: int | str = "self") -> int:
    """Resident set size of a process, from /proc/<pid>/statm (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def child_pids(pid: int) -> list[int]:
    """Children (recursively) of a process, from /proc/<pid>/task/*/children."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids = [int(x) for x in fh.read().split()]
        except (OSError, ValueError):
            continue
        for k in kids:
            out.append(k)
            out.extend(child_pids(k))
    return out


class RssSampler:
    """Samples this process's RSS (and, optionally, its children's) every ``interval`` seconds.

    Reading /proc costs a few microseconds per sample, so unlike tracemalloc it does not slow the
    measured code. ``peak`` is the highest sample; ``tree_peak`` the highest sum over the process tree.
    """

    def __init__(self, interval: float = 0.02, children: bool = False) -> None:
        self.interval = interval
        self.children = children
        self.pid = os.getpid()
        self.baseline = rss_bytes()
        self.peak = self.baseline
        self.tree_peak = self.baseline
        self.samples = 0
        self.series: list[tuple[float, int]] = []  # (seconds since start, own RSS), for the timeline
        self._t0 = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _sample(self) -> None:
        own = rss_bytes()
        self.peak = max(self.peak, own)
        self.series.append((time.perf_counter() - self._t0, own))
        if self.children:
            tree = own + sum(rss_bytes(p) for p in child_pids(self.pid))
            self.tree_peak = max(self.tree_peak, tree)
        else:
            self.tree_peak = self.peak
        self.samples += 1

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> RssSampler:
        self.baseline = rss_bytes()
        self.peak = self.tree_peak = self.baseline
        self._t0 = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def result(self) -> dict:
        return {
            "rss_before_mb": self.baseline / MB,
            "rss_peak_mb": self.peak / MB,
            "rss_growth_mb": (self.peak - self.baseline) / MB,
            "tree_rss_peak_mb": self.tree_peak / MB,
            "samples": self.samples,
            "timeline_mb": self.timeline(),
        }

    def timeline(self, points: int = 10) -> list[float]:
        """Highest RSS (MB) in each tenth of the run: flat when memory does not grow with the input."""
        if not self.series:
            return []
        end = self.series[-1][0] or 1.0
        buckets = [0] * points
        for t, rss in self.series:
            i = min(int(t / end * points), points - 1)
            buckets[i] = max(buckets[i], rss)
        out, last = [], self.baseline
        for b in buckets:
            last = b or last
            out.append(round(last / MB, 1))
        return out


def maxrss_mb() -> dict:
    """Lifetime peak RSS (getrusage; kilobytes on Linux) of this process and of its reaped children."""
    return {"ru_maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "ru_maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


# --- stage breakdown ------------------------------------------------------------------------------

class Breakdown:
    """Wall time spent in armstrack's stages outside spaCy, by wrapping the functions core.py calls.

    The wrappers add two perf_counter calls per call (well under a microsecond); behaviour is
    unchanged and everything is restored afterwards.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        #: per-call durations of the once-per-batch stages, to see whether they grow with the database
        self.series: dict[str, list[float]] = defaultdict(list)
        #: CPU seconds of each call of the same stages (process CPU time; steadier than wall on a busy box)
        self.series_cpu: dict[str, list[float]] = defaultdict(list)
        #: the resolver's own phase timings (RefreshReport.timings), summed; part of "resolve: refresh"
        self.resolve_phases: dict[str, float] = defaultdict(float)

    def _fn(self, key: str, fn: Callable, series: bool = False) -> Callable:
        def timed(*args, **kwargs):
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.perf_counter() - t
                self.seconds[key] += took
                self.calls[key] += 1
                if series:
                    self.series[key].append(took)
                    self.series_cpu[key].append(time.process_time() - c)
        return timed

    def _refresh(self, key: str, fn: Callable) -> Callable:
        timed = self._fn(key, fn, series=True)

        def refresh(*args, **kwargs):
            report = timed(*args, **kwargs)
            for phase, took in (getattr(report, "timings", None) or {}).items():
                self.resolve_phases[phase] += took
            return report
        return refresh

    def _gen(self, key: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t = time.perf_counter()
            it = iter(fn(*args, **kwargs))
            self.seconds[key] += time.perf_counter() - t
            self.calls[key] += 1
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    self.seconds[key] += time.perf_counter() - t
                    return
                self.seconds[key] += time.perf_counter() - t
                yield item
        return timed

    @contextlib.contextmanager
    def installed(self) -> Iterator[Breakdown]:
        import armstrack.core as core
        from armstrack.extract import registry
        from armstrack.resolve import database
        from armstrack.store import db

        patches = [
            (core, "discover", self._fn("read: discover files", core.discover)),
            (core, "read_file", self._gen("read: files -> cleaned articles", core.read_file)),
            (db, "known_hashes", self._fn("db: known_hashes (skip unchanged)", db.known_hashes)),
            (core, "entity_mentions", self._fn("analyse: entity_mentions", core.entity_mentions)),
            (core, "resolve_people", self._fn("analyse: resolve_people", core.resolve_people)),
            (database, "write_batch", self._fn("db: write_batch (+commit)", database.write_batch, series=True)),
            (db, "record_failures", self._fn("db: record_failures", db.record_failures)),
            (db, "remove_orphans", self._fn("db: remove_orphans", db.remove_orphans)),
        ]
        try:  # the resolve stage (armstrack.resolve), run after every written batch
            from armstrack.resolve.resolver import Resolver
        except ImportError:
            Resolver = None
        if Resolver is not None and hasattr(Resolver, "refresh"):
            patches.append((Resolver, "refresh", self._refresh("resolve: Resolver.refresh", Resolver.refresh)))
        saved = [(obj, name, obj.__dict__[name] if isinstance(obj, type) else getattr(obj, name))
                 for obj, name, _ in patches]
        saved_extractors = registry.registered()
        for obj, name, new in patches:
            setattr(obj, name, new)
        for spec in saved_extractors.values():
            timed = self._fn(f"analyse: extract {spec.assigns} ({getattr(spec.func, '__name__', spec.func)})", spec.func)
            registry.register(dataclasses.replace(spec, func=timed))
        try:
            yield self
        finally:
            for obj, name, old in saved:
                setattr(obj, name, old)
            for spec in saved_extractors.values():
                registry.register(spec)

    def result(self, total: float) -> dict:
        stages = {k: round(v, 4) for k, v in sorted(self.seconds.items(), key=lambda kv: -kv[1])}
        outside = sum(self.seconds.values())
        trend = {}
        for k, v in self.series.items():
            if len(v) >= 4:
                q = len(v) // 4
                trend[k] = {"first_quarter_mean_s": statistics.fmean(v[:q]), "last_quarter_mean_s": statistics.fmean(v[-q:]),
                            "calls": len(v)}
        return {"stages": stages, "calls": dict(self.calls), "outside_nlp_pipe_s": outside,
                "nlp_pipe_and_glue_s": total - outside, "per_batch_trend": trend,
                "series_cpu": {k: [round(x, 3) for x in v] for k, v in self.series_cpu.items()},
                "resolve_phases": {k: round(v, 4) for k, v in sorted(self.resolve_phases.items(), key=lambda kv: -kv[1])}}


# --- phases ---------------------------------------------------------------------------------------

def load_articles(folder: Path) -> list:
    """The cleaned articles armstrack reads from ``folder`` (what it parses)."""
    from armstrack.ingest import iter_articles
    from armstrack.records import Article

    out, failed = [], []
    for item in iter_articles([folder]):
        (out if isinstance(item, Article) else failed).append(item)
    if failed:
        print(f"warning: {len(failed)} synthetic inputs failed to read, e.g. {failed[0]}", file=sys.stderr)
    return out


def weapon_catalogue() -> list[tuple[str, str]]:
    """(name, category) of every catalogued weapon system (the generator's vocabulary)."""
    from armstrack.nlp.gazetteers import load_gazetteers

    weapons = [(w.name, getattr(w, "category", None) or "other") for w in load_gazetteers().weapons]
    if not weapons:
        print("warning: the gazetteer weapon catalogue is empty; using a built-in fallback list", file=sys.stderr)
    return weapons


def generate(n: int, seed: int, folder: Path, names: str = "roster", order: str = "random") -> dict:
    gen = ArticleGenerator(weapon_catalogue(), seed=seed, names=names)
    t = time.perf_counter()
    info = write_corpus(gen, n, folder, order)
    info["generate_s"] = time.perf_counter() - t
    info["weapon_systems_in_catalogue"] = len(gen.weapons)
    return info


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its reaped children (nlp.pipe workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_bare(nlp_bare, texts: list[str], batch_size: int, n_process: int) -> tuple[float, float, dict]:
    """(wall seconds, CPU seconds, RSS sampled meanwhile) of bare spaCy over ``texts``."""
    with RssSampler(children=n_process > 1) as sampler:
        c, t = cpu_seconds(), time.perf_counter()
        for _ in nlp_bare.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
        wall, cpu = time.perf_counter() - t, cpu_seconds() - c
    return wall, cpu, sampler.result()


def warm_up_bare(nlp_bare, texts: list[str]) -> float:
    t = time.perf_counter()
    for _ in nlp_bare.pipe(texts[:WARMUP_DOCS]):
        pass
    return time.perf_counter() - t


def warm_up_armstrack(nlp, articles: list) -> float:
    """Parse and analyse a few articles (no database): loads gazetteers, lexicons, date parser caches."""
    from armstrack.core import analyse
    from armstrack.nlp.gazetteers import load_gazetteers

    t = time.perf_counter()
    gaz = load_gazetteers()
    sample = articles[:WARMUP_DOCS]
    for doc, article in nlp.pipe(((a.text, a) for a in sample), as_tuples=True):
        analyse(doc, article, gaz)
    return time.perf_counter() - t


def row_counts(session) -> dict[str, int]:
    """Rows per table, and entities per type."""
    from sqlalchemy import func, select

    from armstrack.store import db
    from armstrack.store import models as m

    out = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in m.Base.metadata.sorted_tables}
    for key, n in db.counts(session).items():
        if key.startswith("entities: "):
            out[key] = n
    return out


def clear_content_caches() -> None:
    """Forget what armstrack memoised about the texts (gazetteer lookups, parsed dates, name
    distances), so that every round ingests as cold as the first: a real ingest meets new texts."""
    from armstrack.extract import dates as extract_dates
    from armstrack.extract import events, meetings
    from armstrack.ingest import dates as ingest_dates
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.resolve import text as resolve_text

    load_gazetteers().__dict__.pop("_lookup_memo", None)
    for fn in (extract_dates.resolve_date, events.resolved_date, meetings._cue, ingest_dates._parse_date_text,
               resolve_text.near):
        fn.cache_clear()


def run_ingest(nlp, folder: Path, db_path: Path, batch_size: int, n_process: int, breakdown: bool = True,
               progress: bool = False, profile: str | None = None) -> dict:
    """Ingest ``folder`` into a fresh SQLite database at ``db_path``: timed, RSS sampled."""
    from armstrack.core import Ingester
    from armstrack.resolve import database
    from armstrack.store import db

    for leftover in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a previous round's write-ahead log must not meet a new database
    clear_content_caches()
    engine = database.open_engine(f"sqlite:///{db_path}")
    bd = Breakdown()
    last = [time.perf_counter()]
    #: (documents written so far, process CPU seconds) after every written batch (and its resolve, if any)
    marks: list[tuple[int, float]] = []

    def on_progress(event: str, report) -> None:
        if event == "written":
            marks.append((len(report.added) + len(report.replaced), cpu_seconds()))
        if progress and event == "written" and time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"  ... {len(report.added) + len(report.replaced):,} documents written", file=sys.stderr, flush=True)

    try:
        with db.session_factory(engine)() as session:
            ingester = Ingester(session, nlp, batch_size=batch_size, n_process=n_process, on_progress=on_progress)
            profiler = cProfile.Profile() if profile else None
            stack = contextlib.ExitStack()
            with stack:
                if breakdown and not profile:
                    stack.enter_context(bd.installed())
                sampler = stack.enter_context(RssSampler(children=n_process > 1))
                c, t = cpu_seconds(), time.perf_counter()
                if profiler:
                    profiler.enable()
                report = ingester.run([folder])
                if profiler:
                    profiler.disable()
                seconds = time.perf_counter() - t
                cpu = cpu_seconds() - c
                marks.append((len(report.added) + len(report.replaced), cpu_seconds()))  # the final resolve
            counts = row_counts(session)
    finally:
        engine.dispose()
    out = {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "resolve_seconds": getattr(report, "resolve_seconds", None),
        "report_seconds": report.seconds,
        "added": len(report.added),
        "replaced": len(report.replaced),
        "unchanged": len(report.unchanged),
        "failures": [str(f) for f in report.failures[:10]],
        "n_failures": len(report.failures),
        "memory": sampler.result(),
        "rows": counts,
        "db_bytes": db_path.stat().st_size + sum(
            p.stat().st_size for p in db_path.parent.glob(db_path.name + "-*") if p.exists()),
    }
    out["growth"] = growth(marks, c)
    if breakdown and not profile:
        out["breakdown"] = bd.result(seconds)
    if profiler:
        profiler.dump_stats(profile)
        out["profile"] = profile
    return out


def growth(marks: list[tuple[int, float]], cpu_start: float, window: int = 1000) -> dict:
    """Articles per CPU-second in consecutive windows of ``window`` written documents.

    A window's CPU time runs from the batch that completed the previous window to the batch that
    completed it, so the resolve runs in between are charged to the window they happen in; what follows
    the last batch (the final resolve, bookkeeping) is charged to the last window. The last mark is the
    end of the run."""
    *batches, (n_end, c_end) = marks or [(0, cpu_start)]
    rates, prev_n, prev_c, edge = [], 0, cpu_start, window
    for i, (n, c) in enumerate(batches):
        if n >= edge or i == len(batches) - 1:
            if n > prev_n and c > prev_c:
                rates.append({"docs": [prev_n, n], "cpu_s": c - prev_c})
            prev_n, prev_c = n, c
            while edge <= n:
                edge += window
    tail = c_end - prev_c
    last_without_tail = None
    if rates:
        w = rates[-1]
        last_without_tail = round((w["docs"][1] - w["docs"][0]) / w["cpu_s"], 2)
        w["cpu_s"] += tail
    for w in rates:
        w["articles_per_cpu_s"] = round((w["docs"][1] - w["docs"][0]) / w["cpu_s"], 2)
        w["cpu_s"] = round(w["cpu_s"], 3)
    out = {"window": window, "windows": rates, "after_last_batch_cpu_s": round(tail, 3),
           "last_without_final_resolve": last_without_tail,
           "articles_per_cpu_s": round(n_end / (c_end - cpu_start), 2) if c_end > cpu_start else None}
    if len(rates) >= 2:
        first, last = rates[0]["articles_per_cpu_s"], rates[-1]["articles_per_cpu_s"]
        out.update(first=first, last=last, change=(last - first) / first)
    return out


# --- reports --------------------------------------------------------------------------------------

def _rate(n: float, s: float) -> float:
    return n / s if s > 0 else float("nan")


def _console():
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=120)


def print_main(res: dict) -> None:
    from rich.table import Table

    console = _console()
    c, b, a = res["corpus"], res["baseline"], res["armstrack"]
    title = (f"armstrack throughput — {c['docs']:,} docs, {c['words']:,} words, model {res['model']}, "
             f"batch {res['batch_size']}, processes {res['processes']}, names {res['names']}")
    t = Table(title=title)
    for col in ("", "seconds", "articles/s", "words/s", "CPU s"):
        t.add_column(col, justify="right" if col else "left")

    def row(label: str, r: dict) -> None:
        s = r["seconds"]
        t.add_row(label, f"{s:.2f}", f"{_rate(c['docs'], s):.1f}", f"{_rate(c['words'], s):,.0f}",
                  f"{r['cpu_seconds']:.2f}")

    row("bare spaCy (nlp.pipe)", b)
    if "nlp_only" in res:
        row("armstrack nlp.pipe only (no analysis/db)", res["nlp_only"])
    row("armstrack Ingester.run", a)
    console.print(t)

    ok = res["ratio"] <= TARGET_RATIO
    console.print(f"ratio (armstrack ingest / bare spaCy, wall): [bold {'green' if ok else 'red'}]{res['ratio']:.2f}[/] "
                  f"(target ≤ {TARGET_RATIO})" + (f"; rounds: {', '.join(f'{r:.2f}' for r in res['ratios'])}"
                                                   if len(res["ratios"]) > 1 else "")
                  + f"; CPU-time ratio {res['cpu_ratio']:.2f}; load average after {res['loadavg_1min_after']:.1f}")
    mem = a["memory"]
    console.print(f"memory: RSS before ingest {mem['rss_before_mb']:.0f} MB, peak during ingest "
                  f"{mem['rss_peak_mb']:.0f} MB (growth {mem['rss_growth_mb']:+.1f} MB, {mem['samples']} samples)"
                  + (f", process tree peak {mem['tree_rss_peak_mb']:.0f} MB" if res["processes"] > 1 else "")
                  + f"; ru_maxrss {res['maxrss']['ru_maxrss_self_mb']:.0f} MB (whole run)")
    bm = b["memory"]
    console.print(f"for reference, bare spaCy: RSS {bm['rss_before_mb']:.0f} MB before, peak {bm['rss_peak_mb']:.0f} MB "
                  f"(growth {bm['rss_growth_mb']:+.1f} MB)")
    if mem.get("timeline_mb"):
        console.print("RSS by tenth of the ingest (MB): " + " ".join(f"{x:.0f}" for x in mem["timeline_mb"]))
    console.print(f"stored: {a['added']:,} added, {a['n_failures']} failures; database {a['db_bytes'] / MB:.1f} MB")
    for f in a["failures"]:
        console.print(f"  [red]failure[/] {f}")

    if "breakdown" in a:
        bd = a["breakdown"]
        t = Table(title="where the ingest time goes (wall seconds, last round)")
        t.add_column("stage")
        t.add_column("seconds", justify="right")
        t.add_column("share", justify="right")
        t.add_column("calls", justify="right")
        total = a["seconds"]
        t.add_row("nlp.pipe (spaCy + gazetteer components) and generator glue",
                  f"{bd['nlp_pipe_and_glue_s']:.2f}", f"{bd['nlp_pipe_and_glue_s'] / total:.0%}", "")
        for k, v in bd["stages"].items():
            t.add_row(k, f"{v:.2f}", f"{v / total:.0%}", f"{bd['calls'].get(k, 0):,}")
        console.print(t)
        if bd.get("resolve_phases"):
            console.print("resolver phases (s): " + ", ".join(f"{k} {v:.2f}" for k, v in bd["resolve_phases"].items()))
        for k, tr in bd.get("per_batch_trend", {}).items():
            console.print(f"{k}: {tr['first_quarter_mean_s'] * 1000:.0f} ms per batch in the first quarter of the run, "
                          f"{tr['last_quarter_mean_s'] * 1000:.0f} ms in the last")

    print_growth(console, a)

    t = Table(title="rows stored per kind")
    t.add_column("kind")
    t.add_column("rows", justify="right")
    for k, v in a["rows"].items():
        t.add_row(k, f"{v:,}")
    console.print(t)


def print_growth(console, a: dict) -> None:
    """Articles per CPU-second per 1,000 documents, and the resolve stage's CPU time per call."""
    g = a.get("growth") or {}
    if g.get("windows"):
        console.print(f"articles per CPU-second by {g['window']:,} documents: " + " ".join(
            f"{w['articles_per_cpu_s']:.1f}" for w in g["windows"]))
    if g.get("after_last_batch_cpu_s"):
        console.print(f"after the last batch (final resolve, bookkeeping; in the last window): "
                      f"{g['after_last_batch_cpu_s']:.1f} CPU s; without it the last window runs at "
                      f"{g['last_without_final_resolve']:.1f}; whole run {g['articles_per_cpu_s']:.1f} articles per CPU-second")
    if "change" in g:
        ok = abs(g["change"]) <= TARGET_GROWTH
        console.print(f"first {g['window']:,}: {g['first']:.1f}, last {g['window']:,}: {g['last']:.1f} articles per "
                      f"CPU-second: [bold {'green' if ok else 'red'}]{g['change']:+.1%}[/] "
                      f"(target within ±{TARGET_GROWTH:.0%})")
    refresh = ((a.get("breakdown") or {}).get("series_cpu") or {}).get("resolve: Resolver.refresh")
    if refresh:
        console.print(f"resolve: {len(refresh)} refreshes, CPU s per call: " + " ".join(f"{x:.2f}" for x in refresh))


def print_memory(res: dict) -> None:
    from rich.table import Table

    console = _console()
    t = Table(title=f"peak memory of the ingest phase, fresh process per size (model {res['model']}, "
                    f"processes {res['processes']}, names {res['names']})")
    for col in ("docs", "ingest s", "docs/s", "RSS before", "RSS peak", "growth", "ru_maxrss", "rows"):
        t.add_column(col, justify="right")
    for r in res["runs"]:
        m = r["memory"]
        t.add_row(f"{r['docs']:,}", f"{r['seconds']:.1f}", f"{_rate(r['docs'], r['seconds']):.1f}",
                  f"{m['rss_before_mb']:.0f} MB", f"{m['rss_peak_mb']:.0f} MB", f"{m['rss_growth_mb']:+.1f} MB",
                  f"{r['maxrss']['ru_maxrss_self_mb']:.0f} MB", f"{sum(r['rows'].values()):,}")
    console.print(t)
    for r in res["runs"]:
        console.print(f"RSS by tenth of the {r['docs']:,}-doc ingest (MB): "
                      + " ".join(f"{x:.0f}" for x in r["memory"].get("timeline_mb", [])))
    d = res["diff"]
    ok = abs(d["rss_peak_rel"]) <= TARGET_MEMORY_DIFF
    console.print(f"peak RSS difference: [bold {'green' if ok else 'red'}]{d['rss_peak_rel']:+.1%}[/] "
                  f"(target within ±{TARGET_MEMORY_DIFF:.0%}); growth above pre-ingest RSS: "
                  f"{d['growth_a_mb']:+.1f} MB vs {d['growth_b_mb']:+.1f} MB ({d['growth_rel']:+.1%}); "
                  f"ru_maxrss difference {d['maxrss_rel']:+.1%}")


def print_profile(path: str, top: int = 30, file=None) -> None:
    out = io.StringIO()
    st = pstats.Stats(path, stream=out)
    st.sort_stats("cumulative").print_stats(r"armstrack|sqlalchemy/orm/session|dateparser", top)
    st.sort_stats("tottime").print_stats(top)
    print(out.getvalue(), file=file or sys.stdout)


# --- modes ----------------------------------------------------------------------------------------

def _workdir(args) -> tuple[Path, Callable[[], None]]:
    if args.keep:
        d = Path(args.keep).resolve()
        d.mkdir(parents=True, exist_ok=True)
        return d, lambda: None
    d = Path(tempfile.mkdtemp(prefix="armstrack-bench-"))
    return d, lambda: shutil.rmtree(d, ignore_errors=True)


def main_bench(args) -> dict:
    import spacy

    from armstrack.nlp.pipeline import build_pipeline

    work, cleanup = _workdir(args)
    try:
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        gen_info = generate(args.docs, args.seed, corpus, args.names, args.order)
        articles = load_articles(corpus)
        texts = [a.text for a in articles]
        words = sum(len(t.split()) for t in texts)

        t = time.perf_counter()
        nlp_bare = spacy.load(args.model)
        load_bare = time.perf_counter() - t
        t = time.perf_counter()
        nlp = build_pipeline(args.model)
        load_arms = time.perf_counter() - t
        warm = {"bare_s": warm_up_bare(nlp_bare, texts), "armstrack_s": warm_up_armstrack(nlp, articles)}
        warm_articles = articles[:WARMUP_DOCS]
        del articles

        if args.growth:  # no baseline: one ingest, its growth report and (with --keep) the export's memory
            del nlp_bare
            res = run_ingest(nlp, corpus, work / "bench.db", args.batch_size, args.processes,
                             breakdown=not args.no_breakdown, progress=args.progress)
            out = {"growth_mode": True, "model": args.model, "docs": len(texts), "order": args.order, "armstrack": res,
                   "loadavg_1min_after": os.getloadavg()[0], "maxrss": maxrss_mb()}
            if args.export_memory:
                out["export"] = export_memory(work / "bench.db", work / "export.json")
            return out

        if args.profile:
            res = run_ingest(nlp, corpus, work / "bench.db", args.batch_size, args.processes, profile=args.profile)
            print_profile(args.profile, args.profile_top, file=sys.stderr if args.json else sys.stdout)
            return {"profile": args.profile, "armstrack": res}

        bare_wall, bare_cpu, arms_wall, arms_cpu, ingest = [], [], [], [], None
        for rnd in range(args.rounds):
            wall, cpu, bare_mem = time_bare(nlp_bare, texts, args.batch_size, args.processes)
            bare_wall.append(wall)
            bare_cpu.append(cpu)
            ingest = run_ingest(nlp, corpus, work / "bench.db", args.batch_size, args.processes,
                                breakdown=not args.no_breakdown, progress=args.progress)
            arms_wall.append(ingest["seconds"])
            arms_cpu.append(ingest["cpu_seconds"])
            if args.progress:
                print(f"round {rnd + 1}: bare {bare_wall[-1]:.2f}s, armstrack {arms_wall[-1]:.2f}s",
                      file=sys.stderr, flush=True)
        med = statistics.median
        res = {
            "model": args.model, "batch_size": args.batch_size, "processes": args.processes, "seed": args.seed,
            "rounds": args.rounds, "names": args.names,
            "corpus": {**gen_info, "docs": len(texts), "words": words, "chars": sum(map(len, texts)),
                       "words_per_doc": words / max(len(texts), 1)},
            "load_s": {"bare": load_bare, "armstrack": load_arms},
            "warmup_s": warm,
            "baseline": {"seconds": med(bare_wall), "cpu_seconds": med(bare_cpu), "all": bare_wall, "all_cpu": bare_cpu,
                         "memory": bare_mem},
            "armstrack": {**ingest, "seconds": med(arms_wall), "cpu_seconds": med(arms_cpu), "all": arms_wall,
                          "all_cpu": arms_cpu},
            "ratios": [a / b for a, b in zip(arms_wall, bare_wall)],
            "cpu_ratios": [a / b for a, b in zip(arms_cpu, bare_cpu)],
            "loadavg_1min_after": os.getloadavg()[0],
        }
        res["ratio"] = med(res["ratios"])
        res["cpu_ratio"] = med(res["cpu_ratios"])
        if args.nlp_only:
            c, t = cpu_seconds(), time.perf_counter()
            for _ in nlp.pipe(((x, None) for x in texts), as_tuples=True, batch_size=args.batch_size,
                              n_process=args.processes):
                pass
            res["nlp_only"] = {"seconds": time.perf_counter() - t, "cpu_seconds": cpu_seconds() - c}
        res["maxrss"] = maxrss_mb()
        res["workdir"] = str(work) if args.keep else None
        del warm_articles
        return res
    finally:
        cleanup()


def ingest_only(args) -> dict:
    """The ingest phase alone, on an existing corpus folder (run in a fresh process by --compare-memory)."""
    from armstrack.nlp.pipeline import build_pipeline

    folder = Path(args.ingest_only)
    nlp = build_pipeline(args.model)
    from armstrack.ingest import iter_articles
    from armstrack.records import Article

    warm = []
    for item in iter_articles([folder]):
        if isinstance(item, Article):
            warm.append(item)
        if len(warm) >= WARMUP_DOCS:
            break
    warm_s = warm_up_armstrack(nlp, warm)
    del warm
    db_dir = Path(tempfile.mkdtemp(prefix="armstrack-bench-db-", dir=args.keep or None))
    try:
        res = run_ingest(nlp, folder, db_dir / "bench.db", args.batch_size, args.processes,
                         breakdown=not args.no_breakdown, progress=args.progress)
    finally:
        if not args.keep:
            shutil.rmtree(db_dir, ignore_errors=True)
    res["warmup_s"] = warm_s
    res["docs"] = res["added"] + res["replaced"] + res["unchanged"]
    res["maxrss"] = maxrss_mb()
    return res


def export_memory(db_path: Path, out: Path) -> dict:
    """Peak RSS of ``armstrack export --format json`` of the database, in a fresh process."""
    code = ("import sys; from armstrack.cli import app; sys.argv = ['armstrack'] + sys.argv[1:]\n"
            "try:\n    app()\nexcept SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
            # VmHWM, not ru_maxrss: the latter keeps the forking parent's peak across exec
            "print('MAXRSS', next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')), "
            "file=sys.stderr)\n"
            "sys.exit(code)")
    c, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, "export", "--format", "json", "--db", f"sqlite:///{db_path}",
                           "-o", str(out)], stderr=subprocess.PIPE, text=True, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = int(next(line.split()[1] for line in proc.stderr.splitlines() if line.startswith("MAXRSS")))
    return {"seconds": wall, "cpu_seconds": after.ru_utime + after.ru_stime - c.ru_utime - c.ru_stime,
            "peak_mb": peak_kb / 1024, "bytes": out.stat().st_size}


def print_growth_mode(res: dict) -> None:
    console = _console()
    a = res["armstrack"]
    mem = a["memory"]
    console.print(f"armstrack ingest of {res['docs']:,} synthetic articles: {a['seconds']:.1f} s wall, "
                  f"{a['cpu_seconds']:.1f} CPU s ({_rate(res['docs'], a['cpu_seconds']):.1f} articles per CPU-second), "
                  f"resolve {a['resolve_seconds']:.1f} s wall; load average after {res['loadavg_1min_after']:.1f}")
    console.print(f"memory: RSS before ingest {mem['rss_before_mb']:.0f} MB, peak during ingest "
                  f"{mem['rss_peak_mb']:.0f} MB (growth {mem['rss_growth_mb']:+.1f} MB)")
    if mem.get("timeline_mb"):
        console.print("RSS by tenth of the ingest (MB): " + " ".join(f"{x:.0f}" for x in mem["timeline_mb"]))
    print_growth(console, a)
    bd = a.get("breakdown") or {}
    if bd.get("resolve_phases"):
        console.print("resolver phases (wall s): " + ", ".join(f"{k} {v:.2f}" for k, v in bd["resolve_phases"].items()))
    if "export" in res:
        e = res["export"]
        ok = e["peak_mb"] < TARGET_EXPORT_MB
        console.print(f"export --format json: {e['seconds']:.1f} s, {e['cpu_seconds']:.1f} CPU s, "
                      f"{e['bytes'] / MB:.0f} MB written, peak RSS [bold {'green' if ok else 'red'}]"
                      f"{e['peak_mb']:.0f} MB[/] (target < {TARGET_EXPORT_MB} MB)")


def compare_memory(args) -> dict:
    a, b = args.compare_memory
    work, cleanup = _workdir(args)
    try:
        runs = []
        for n in (a, b):
            folder = work / f"corpus-{n}"
            if folder.exists():
                shutil.rmtree(folder)
            generate(n, args.seed, folder, args.names, args.order)
            cmd = [sys.executable, str(Path(__file__).resolve()), "--ingest-only", str(folder), "--json",
                   "--model", args.model, "--batch-size", str(args.batch_size), "--processes", str(args.processes)]
            if args.progress:
                cmd.append("--progress")
            if args.keep:
                cmd += ["--keep", str(work)]
            if args.progress:
                print(f"ingesting {n:,} docs in a fresh process ...", file=sys.stderr, flush=True)
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        ra, rb = runs
        ma, mb = ra["memory"], rb["memory"]

        def rel(x: float, y: float) -> float:
            return (y - x) / x if x else float("nan")

        return {
            "model": args.model, "batch_size": args.batch_size, "processes": args.processes, "names": args.names,
            "runs": runs,
            "diff": {
                "rss_peak_rel": rel(ma["rss_peak_mb"], mb["rss_peak_mb"]),
                "tree_rss_peak_rel": rel(ma["tree_rss_peak_mb"], mb["tree_rss_peak_mb"]),
                "growth_a_mb": ma["rss_growth_mb"], "growth_b_mb": mb["rss_growth_mb"],
                "growth_rel": rel(ma["rss_growth_mb"], mb["rss_growth_mb"]),
                "maxrss_rel": rel(ra["maxrss"]["ru_maxrss_self_mb"], rb["maxrss"]["ru_maxrss_self_mb"]),
            },
            "target_rel": TARGET_MEMORY_DIFF,
        }
    finally:
        cleanup()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from armstrack import settings

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=500, help="synthetic articles to generate (default 500)")
    p.add_argument("--processes", type=int, default=1, help="n_process for nlp.pipe, both sides (default 1)")
    p.add_argument("--batch-size", type=int, default=settings.NLP_BATCH_SIZE,
                   help=f"nlp.pipe batch size, both sides (default {settings.NLP_BATCH_SIZE}, armstrack's)")
    p.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    p.add_argument("--names", choices=NAME_MODES, default="roster",
                   help="people in the articles: a fixed cast per country (roster, default, like real news) or a "
                        "new random name at every mention (fresh: the people table grows with the corpus)")
    p.add_argument("--order", choices=ORDERS, default="random",
                   help="the order articles are ingested in: random publication dates (default) or publication "
                        "order (date: the same articles, oldest first, like a daily stream)")
    p.add_argument("--model", default=settings.model_name(None), help="spaCy pipeline (default armstrack's)")
    p.add_argument("--keep", metavar="DIR", help="write the corpus and database under DIR and keep them")
    p.add_argument("--rounds", type=int, default=1, help="alternate baseline/armstrack this many times; "
                                                         "medians are reported (default 1)")
    p.add_argument("--nlp-only", action="store_true",
                   help="also time armstrack's nlp.pipe alone (gazetteer components, no analysis or db)")
    p.add_argument("--no-breakdown", action="store_true", help="do not time the stages outside nlp.pipe")
    p.add_argument("--compare-memory", nargs=2, type=int, metavar=("A", "B"),
                   help="peak RSS of the ingest phase for A and for B docs, each in a fresh process")
    p.add_argument("--profile", metavar="FILE", help="run the ingest phase under cProfile, save to FILE, "
                                                     "print the top functions (no baseline)")
    p.add_argument("--profile-top", type=int, default=30, help="rows per profile listing (default 30)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--progress", action="store_true", help="progress lines on stderr")
    p.add_argument("--growth", action="store_true",
                   help="no baseline: one ingest, articles per CPU-second per 1,000 documents, resolve CPU per call")
    p.add_argument("--export-memory", action="store_true",
                   help="with --growth: also the peak RSS of `armstrack export --format json` of the database")
    p.add_argument("--ingest-only", metavar="DIR", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.docs < 1 or args.processes < 1 or args.batch_size < 1 or args.rounds < 1:
        p.error("--docs, --processes, --batch-size and --rounds must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.ingest_only:
        res = ingest_only(args)
        print(json.dumps(res, default=str))
        return 0
    if args.compare_memory:
        res = compare_memory(args)
        if args.json:
            print(json.dumps(res, indent=2, default=str))
        else:
            print_memory(res)
        return 0
    res = main_bench(args)
    if args.json:
        print(json.dumps(res, indent=2, default=str))
    elif res.get("growth_mode"):
        print_growth_mode(res)
    elif "ratio" in res:
        print_main(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
