#!/usr/bin/env python
"""Instructions executed by each stage outside ``nlp.pipe``, counted by valgrind's callgrind: nearly noise-free.

CPU seconds on a shared box move by 10-30 % between runs (bench/README.md); the number of instructions a stage
executes repeats within ~0.02 % (same input, same code, ``PYTHONHASHSEED=0``; reading ~0.15 %), so a change of
0.1 % in one stage shows in a single run. What it does not see: cache misses and the kernel's time (an instruction that misses the cache
costs many more cycles; the extractors run at ~6 G instructions per CPU second, ``resolve_people`` at ~9 G), so a
saving in instructions is checked in CPU time too before it is claimed.

    python bench/instr_stages.py --docs 300            # parse natively, then count under callgrind (~10 min)
    python bench/instr_stages.py --docs 300 --n 100    # the analysis of the first 100 articles only
    python bench/instr_stages.py --report DIR          # the table of an earlier run's dumps
    python bench/instr_stages.py --stages write_batch,resolve --phases   # writing and the resolve phase by phase

The articles are parsed once without valgrind (the model under callgrind would take hours) and pickled with their
analyses; the child process under callgrind loads them, then runs each analysis stage over all articles (stage by
stage, as bench/stage_cpu.py does), reading, ``write_batch`` and the resolve, zeroing the counters before each
stage and dumping them after it (callgrind's client requests, through a four-line C helper compiled with gcc
against valgrind's ``callgrind.h``). Needs valgrind, its headers and gcc.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import ctypes
import gc
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPER = r"""
#include <valgrind/callgrind.h>
void cg_zero(void) { CALLGRIND_ZERO_STATS; }
void cg_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""
STAGE_ORDER = ("read", "entity_mentions", "resolve_people", "quotes", "events", "figures", "meetings", "transfers",
               "write_batch", "resolve")
#: The resolve's phases (``--phases``): (owner, function name, label); a phase run inside another (placing's
#: writes inside placing) is counted apart from it, and what runs outside every phase is "resolve-other".
RESOLVE_PHASES = (("Resolver", "_near_duplicates", "resolve-duplicates"),
                  ("Resolver", "_canonical_names", "resolve-people+entities"),
                  ("Resolver", "_key_records", "resolve-keys"),
                  ("Resolver", "_place", "resolve-place"),
                  ("Resolver", "_write_placed", "resolve-place-write"),
                  ("Resolver", "_rebuild_blocks", "resolve-recompute"),
                  ("deals", "update", "resolve-deals"),
                  ("summaries", "after_refresh", "resolve-summaries"))


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=300, help="synthetic articles (default 300)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--n", type=int, default=None, help="count the analysis of the first N articles only")
    p.add_argument("--work", type=Path, default=None, help="folder for the corpus, pickles and dumps (default: temp)")
    p.add_argument("--report", type=Path, default=None, help="print the table of the dumps in this folder")
    p.add_argument("--phases", action="store_true",
                   help="count the resolve phase by phase (duplicates, people, keys, placing, its writes, deals, ...)")
    p.add_argument("--stages", default=None,
                   help="count only these stages, comma-separated (e.g. write_batch,resolve: ~1 min, no analysis)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


# --- the child, under callgrind -------------------------------------------------------------------

def _helper(work: Path):
    src, lib = work / "cgctl.c", work / "libcgctl.so"
    if not lib.exists():
        src.write_text(HELPER)
        subprocess.run(["gcc", "-O2", "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
    return ctypes.CDLL(str(lib))


def child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(HERE))
    from throughput import clear_content_caches

    from armstrack.core import analyse
    from armstrack.extract import CONTEXT_KEY
    from armstrack.ingest import iter_articles
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.resolve import database
    from armstrack.resolve.resolver import Resolver
    from armstrack.store import db

    work = args.work
    cg = _helper(work)
    parsed = pickle.loads((work / "parsed.pickle").read_bytes())[:args.n]
    analyses = pickle.loads((work / "analyses.pickle").read_bytes())
    gaz = load_gazetteers()
    for doc, article in parsed[:8]:  # warm: lexicons, date parser, gazetteer lookups
        analyse(doc, article, gaz)
        doc.user_data.pop(CONTEXT_KEY, None)
    list(iter_articles([work / "corpus"]))
    gc.collect()
    gc.freeze()  # as Ingester.run does
    gc.set_threshold(10_000, 10, 10)
    clear_content_caches()

    only = set(args.stages.split(",")) if args.stages else None

    def stage(name: str):
        @contextlib.contextmanager
        def counted():
            cg.cg_zero()
            yield
            cg.cg_dump(name.encode())
        return counted()

    def skipped(name: str) -> bool:
        return only is not None and name not in only

    if not skipped("read"):
        with stage("read"):
            list(iter_articles([work / "corpus"]))
    if only is None or only - {"read", "write_batch", "resolve"}:
        _analysis(parsed, gaz, stage, skipped)
    with tempfile.TemporaryDirectory(prefix="armstrack-instr-") as tmp:
        engine = database.open_engine(f"sqlite:///{tmp}/bench.db")
        try:
            with db.session_factory(engine)() as session:
                resolver = Resolver(session, gaz)
                registry = db.Registry()
                with stage("write_batch") if not skipped("write_batch") else contextlib.nullcontext():
                    for i in range(0, len(analyses), 32):
                        database.write_batch(session, analyses[i:i + 32], registry)
                if not skipped("resolve"):
                    if args.phases:
                        _count_phases(cg)
                        cg.cg_zero()
                        resolver.refresh()
                        cg.cg_dump(b"resolve-other")
                    else:
                        with stage("resolve"):
                            resolver.refresh()
        finally:
            engine.dispose()


def _count_phases(cg) -> None:
    """Wrap the resolve's phases (RESOLVE_PHASES) so each dumps its own count: on entry what ran before it
    goes to the phase it was called from, on exit its own (a label's dumps are summed by ``report``)."""
    import functools

    from armstrack.resolve import deals, resolver
    from armstrack.store import summaries

    owners = {"Resolver": resolver.Resolver, "deals": deals, "summaries": summaries}
    active = ["resolve-other"]

    def wrap(func, label):
        @functools.wraps(func)
        def counted(*a, **kw):
            cg.cg_dump(active[-1].encode())
            cg.cg_zero()
            active.append(label)
            try:
                return func(*a, **kw)
            finally:
                active.pop()
                cg.cg_dump(label.encode())
                cg.cg_zero()
        return counted

    for owner, name, label in RESOLVE_PHASES:
        setattr(owners[owner], name, wrap(getattr(owners[owner], name), label))


def _analysis(parsed, gaz, stage, skipped) -> None:
    """Each analysis stage over all articles, stage by stage (those ``skipped`` are run uncounted)."""
    from armstrack.extract import CONTEXT_KEY
    from armstrack.extract.registry import run_order
    from armstrack.nlp.entities import entity_mentions
    from armstrack.nlp.people import resolve_people
    from armstrack.nlp.sentences import sentence_index
    from armstrack.records import DocumentAnalysis

    def counted(name: str):
        return contextlib.nullcontext() if skipped(name) else stage(name)

    with contextlib.ExitStack() as stack:
        for doc, _ in parsed:
            stack.enter_context(sentence_index(doc))
        out = [DocumentAnalysis(article) for _, article in parsed]
        with counted("entity_mentions"):
            for (doc, article), an in zip(parsed, out):
                an.entities = entity_mentions(doc, article.doc_id, gaz, article.text)
        with counted("resolve_people"):
            for (doc, article), an in zip(parsed, out):
                an.people = resolve_people(doc, article.doc_id, gaz)
        for spec in run_order():
            with counted(spec.name):
                for (doc, _), an in zip(parsed, out):
                    found = spec.func(doc, an, gaz)
                    for record in found:
                        check = getattr(record, "check", None)
                        if check is not None:
                            check()
                    an.records_of(spec.assigns).extend(found)
        for doc, _ in parsed:
            doc.user_data.pop(CONTEXT_KEY, None)


# --- reading the dumps ----------------------------------------------------------------------------

_NAMED = re.compile(r"^(ob|fn|cob|cfn|fl|fi|fe|cfi|cfl)=\((\d+)\)(?: (.*))?$")


def self_costs(path: Path) -> tuple[str, int, collections.Counter]:
    """(the stage a dump was taken after, its instructions (callgrind's summary), instructions by (object,
    function) where they were executed: only for the shares, as a few cost lines are read approximately)."""
    names: dict[str, dict[str, str]] = {"ob": {}, "fn": {}, "fl": {}}
    base = {"cob": "ob", "cfn": "fn", "cfi": "fl", "cfl": "fl", "fi": "fl", "fe": "fl"}
    costs: collections.Counter = collections.Counter()
    ob = fn = trigger = None
    summary = 0
    after_call = False
    with path.open(errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            m = _NAMED.match(line)
            if m:
                kind, i, name = m.groups()
                table = names[base.get(kind, kind)]
                if name is not None:
                    table[i] = name
                if kind == "ob":
                    ob = table[i]
                elif kind == "fn":
                    fn = table[i]
                continue
            if line.startswith("summary:"):
                summary = int(line.split()[1])
            elif line.startswith("desc: Trigger:"):
                trigger = line.rsplit(":", 1)[1].strip()
            elif line.startswith("calls="):
                after_call = True  # the next cost line is the call's inclusive cost, not this function's own
            elif line[:1].isdigit() or line[:1] in "+-*":
                parts = line.split()
                if len(parts) >= 2:
                    if after_call:
                        after_call = False
                    else:
                        costs[(ob, fn)] += int(parts[1])
    return trigger or path.name, summary or sum(costs.values()), costs


def _library(ob: str | None) -> str:
    name = (ob or "?").rsplit("/", 1)[-1]
    if name.startswith("libpython"):
        return "python"
    if name.startswith("libsqlite3") or name.startswith("_sqlite3"):
        return "sqlite"
    if name.startswith("libc.so"):
        return "libc"
    if name.startswith(("token.", "doc.", "span.", "strings.", "maps.", "span_group.", "vocab.")):
        return "spacy"
    if name.startswith("_json"):
        return "json"
    return "other"


def report(work: Path) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for path in sorted(work.glob("callgrind.out.*")):
        if not re.search(r"\.\d+\.\d+$", path.name):
            continue  # the part before the first counted stage, and the exit
        stage, total, costs = self_costs(path)
        shares = sum(costs.values()) or 1
        libs: collections.Counter = collections.Counter()
        for (ob, _), n in costs.items():
            libs[_library(ob)] += n / shares
        regex = sum(n for (_, fn), n in costs.items() if fn and fn.startswith("sre_")) / shares
        row = table.setdefault(stage, {"instructions": 0, "libraries": collections.Counter(), "regex": 0.0})
        row["instructions"] += total  # a label dumped more than once (the resolve's phases): summed
        for lib, share in libs.items():
            row["libraries"][lib] += share * total
        row["regex"] += regex * total
    for row in table.values():
        n = row["instructions"] or 1
        row["libraries"] = {lib: v / n for lib, v in row["libraries"].items()}
        row["regex"] /= n
    order = {s: i for i, s in enumerate(STAGE_ORDER + tuple(label for *_, label in RESOLVE_PHASES))}
    table = dict(sorted(table.items(), key=lambda kv: order.get(kv[0], len(order))))
    grand = sum(row["instructions"] for row in table.values()) or 1
    print(f"{'stage':16s} {'G instr':>8s} {'share':>6s}   python  spaCy  sqlite   libc   json  regex")
    for stage, row in table.items():
        n, libs = row["instructions"], row["libraries"]
        pct = {k: 100 * v for k, v in libs.items()}
        print(f"{stage:16s} {n / 1e9:8.3f} {100 * n / grand:5.1f}%   {pct.get('python', 0):5.1f}% {pct.get('spacy', 0):5.1f}%"
              f" {pct.get('sqlite', 0):5.1f}% {pct.get('libc', 0):5.1f}% {pct.get('json', 0):5.1f}%"
              f" {100 * row['regex']:5.1f}%")
    print(f"{'all':16s} {grand / 1e9:8.3f}")
    return table


# --- the parent -----------------------------------------------------------------------------------

def prepare(args: argparse.Namespace) -> None:
    """Generate, read, parse and analyse the articles natively; pickle the parsed Docs and the analyses."""
    sys.path.insert(0, str(HERE))
    from throughput import generate, load_articles

    from armstrack import settings
    from armstrack.core import analyse, parsed_articles
    from armstrack.extract import CONTEXT_KEY
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.nlp.pipeline import build_pipeline

    work = args.work
    if (work / "parsed.pickle").exists():
        return
    if not (work / "corpus").exists():
        generate(args.docs, args.seed, work / "corpus")
    articles = load_articles(work / "corpus")
    nlp = build_pipeline(settings.model_name(None))
    parsed = list(parsed_articles(nlp, articles))
    gaz = load_gazetteers()
    analyses = []
    for doc, article in parsed:
        analyses.append(analyse(doc, article, gaz))
        doc.user_data.pop(CONTEXT_KEY, None)
    (work / "parsed.pickle").write_bytes(pickle.dumps(parsed))
    (work / "analyses.pickle").write_bytes(pickle.dumps(analyses))


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    if args.report:
        report(args.report)
        return 0
    if args.work is None:
        args.work = Path(tempfile.mkdtemp(prefix="armstrack-instr-"))
    args.work.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args)
        return 0
    prepare(args)
    for old in args.work.glob("callgrind.out.*"):
        old.unlink()
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={args.work}/callgrind.out.%p",
           sys.executable, str(Path(__file__).resolve()), "--child", "--work", str(args.work), "--docs", str(args.docs)]
    if args.stages:
        cmd += ["--stages", args.stages]
    if args.phases:
        cmd += ["--phases"]
    if args.n:
        cmd += ["--n", str(args.n)]
    subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
    report(args.work)
    print(f"dumps in {args.work} (callgrind_annotate FILE for any of them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
