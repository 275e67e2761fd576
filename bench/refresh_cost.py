#!/usr/bin/env python
"""The cost of one resolver refresh on a grown database (issue 11).

Takes a resolved SQLite database (e.g. ``DIR/bench.db`` of ``throughput.py --growth --keep DIR``) and makes,
once, a copy in which its last N documents are written but not resolved (their records taken out of the
merged view, which is resolved without them: ``unresolve``), as if they had just been ingested. Each run
copies that base and times the refresh that takes the N documents in, in CPU seconds:

    python bench/refresh_cost.py /tmp/k10/bench.db                      # last 500, 3 repeats
    python bench/refresh_cost.py /tmp/k10/bench.db --profile refresh.prof --repeat 1
    python bench/refresh_cost.py /tmp/k10/bench.db --check              # and compare the derived tables

The refresh ends where a resolve of every document at once ended, so with ``--check`` every derived table
(facts, their members and links, record keys, summary edges, deals) must come out as in the original: an
equality test of an incremental refresh on a large database. ``--requeue`` queues the last N documents again
instead (a refresh that changes nothing). The original file is never written; the base is kept beside it
(``<db>.base-N``) and reused.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


#: Derived tables compared by --check, with the columns that identify a row's content (row ids left out).
CHECKED = {
    "facts": "id, kind, block_key, data, date, sources, first_reported, last_reported, conflicts, sort_key",
    "fact_members": "fact_id, kind, record_id, doc_id",
    "fact_links": "fact_id, role, value",
    "record_keys": "kind, record_id, doc_id, key, person, probe",
    "summary_edges": "source, target, kind, n",
    "summary_people": "canonical_id, name, block, aliases, search, affiliations, mention_count, document_count, "
                      "titles, conflicts, has_conflicts",
    "deals": "supplier, recipient, family, order_date, first_date, last_date, data, sort_key",
    "deal_members": "fact_id, block",
}


def snapshot(path: Path) -> dict[str, list]:
    """Sorted rows of every checked table (summary edges with n = 0 left out: a delta may leave them)."""
    con = sqlite3.connect(path)
    out = {}
    for table, cols in CHECKED.items():
        where = " WHERE n <> 0" if table == "summary_edges" else ""
        out[table] = sorted(map(repr, con.execute(f"SELECT {cols} FROM {table}{where}")))
    con.close()
    return out


def last_documents(session, n: int) -> list[str]:
    """The last ``n`` documents written (SQLite row order)."""
    from sqlalchemy import text
    return [r for (r,) in session.execute(text("SELECT id FROM documents ORDER BY rowid DESC LIMIT :n"), {"n": n})]


def copy_db(src_path: Path, dst_path: Path) -> None:
    """A consistent copy of a SQLite database, its WAL included."""
    src, dst = sqlite3.connect(src_path), sqlite3.connect(dst_path)
    src.backup(dst)
    src.close()
    dst.close()


def unresolve(db: Path, n: int) -> None:
    """Take the last ``n`` documents out of the merged view of ``db`` (their records stay, unkeyed and
    unqueued) and resolve the rest: the state after writing them and before their refresh."""
    from armstrack.resolve import database
    from armstrack.resolve.resolver import Resolver, queue_deletion
    from armstrack.store import models as m
    from armstrack.store.db import session_factory
    from sqlalchemy import delete

    engine = database.open_engine(f"sqlite:///{db}")
    with session_factory(engine)() as s:
        docs = last_documents(s, n)
        for doc in docs:
            queue_deletion(s, doc)  # queues what they touched; drops their fact members
        for model in (m.RecordKey, m.DocBand, m.DocSignature):
            s.execute(delete(model).where(model.doc_id.in_(docs)))
        s.commit()
        Resolver(s).refresh()
        uncount_people(s, docs)
        s.commit()
    engine.dispose()


def uncount_people(session, docs: list[str]) -> None:
    """Make the people summary of the persons these documents name as it was before they were written: their
    person mentions and titles are taken out while those persons' blocks are recounted, then put back (the
    person links stay as they are: the documents were analysed and their names linked)."""
    from armstrack.store import models as m
    from armstrack.store import summaries
    from sqlalchemy import delete, select

    conn = session.connection()
    blocks = set(conn.scalars(select(m.PersonLink.block).join(
        m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id).where(m.PersonMention.doc_id.in_(docs))))
    saved = {}
    for model in (m.PersonMention, m.PersonTitle):
        t = model.__table__
        saved[t] = [dict(r._mapping) for r in conn.execute(select(t).where(t.c.doc_id.in_(docs)))]
        conn.execute(delete(t).where(t.c.doc_id.in_(docs)))
    summaries.update_people(conn, blocks)
    for t, rows in saved.items():
        if rows:
            conn.execute(t.insert(), rows)


def one_refresh(db: Path, n: int, profile: str | None) -> dict:
    """Queue the last ``n`` documents of ``db`` and refresh; CPU seconds and the report's timings."""
    from armstrack.resolve import database
    from armstrack.resolve.resolver import Resolver
    from armstrack.store import queue
    from armstrack.store.db import session_factory

    engine = database.open_engine(f"sqlite:///{db}")
    with session_factory(engine)() as s:
        queue.enqueue_documents(s, last_documents(s, n))
        s.commit()
        resolver = Resolver(s)
        prof = cProfile.Profile() if profile else None
        c = time.process_time()
        if prof:
            prof.enable()
        report = resolver.refresh()
        if prof:
            prof.disable()
            prof.dump_stats(profile)
        cpu = time.process_time() - c
    engine.dispose()
    return {"cpu_seconds": cpu, "seconds": report.seconds, "facts": report.facts, "records": report.records,
            "unchanged": getattr(report, "facts_unchanged", None), "updated": getattr(report, "facts_updated", None),
            "timings": report.timings}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", type=Path, help="a SQLite database file (not written)")
    p.add_argument("--last", type=int, default=500, help="documents queued again (default 500)")
    p.add_argument("--repeat", type=int, default=3, help="refreshes, each on a fresh copy (default 3)")
    p.add_argument("--profile", metavar="FILE", help="profile the (last) refresh into FILE and print its top")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--check", action="store_true", help="compare the derived tables with the original's")
    p.add_argument("--requeue", action="store_true", help="queue the last documents again (no base copy)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="armstrack-refresh-") as tmp:
        copy = Path(tmp) / "copy.db"
        base = args.db
        if not args.requeue:
            base = args.db.with_name(f"{args.db.name}.base-{args.last}")
            if not base.exists():
                copy_db(args.db, copy)
                unresolve(copy, args.last)
                copy_db(copy, base)
        for i in range(args.repeat):
            copy_db(base, copy)
            runs.append(one_refresh(copy, args.last, args.profile if i == args.repeat - 1 else None))
            print(f"refresh {i + 1}: {runs[-1]['cpu_seconds']:.2f} CPU s, {runs[-1]['facts']} facts recomputed "
                  f"({runs[-1]['unchanged']} unchanged, {runs[-1]['updated']} updated in place); "
                  + ", ".join(f"{k} {v:.2f}" for k, v in runs[-1]["timings"].items()), file=sys.stderr)
        same = None
        if args.check:
            before, after = snapshot(args.db), snapshot(copy)
            diff = [t for t in CHECKED if before[t] != after[t]]
            same = not diff
            print("derived tables " + ("identical" if same else f"DIFFER: {', '.join(diff)}"), file=sys.stderr)
    cpus = sorted(r["cpu_seconds"] for r in runs)
    res = {"db": str(args.db), "last": args.last, "cpu_seconds": cpus, "median_cpu": cpus[len(cpus) // 2],
           "identical": same, "runs": runs}
    if args.profile:
        st = pstats.Stats(args.profile, stream=sys.stderr)
        st.sort_stats("cumulative").print_stats(r"armstrack", args.top)
        st.sort_stats("tottime").print_stats(args.top)
    print(json.dumps(res) if args.json else f"median {res['median_cpu']:.2f} CPU s of {args.repeat}: "
          + " ".join(f"{c:.2f}" for c in cpus))
    return 0 if same is not False else 1


if __name__ == "__main__":
    sys.exit(main())
