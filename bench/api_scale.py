"""API latency at scale: build a database of N synthetic articles fast, then time every list endpoint and page.

Building (no spaCy per article): ``--template`` synthetic articles (bench/synthetic.py) are ingested once
with the real pipeline (cached under ``--workdir``), and every row a real ingest and resolve produce for
them (documents, entity/person mentions and titles, records, merged facts with their members and links,
near-duplicate signatures) is copied N/template times with new document ids, record ids offset per copy,
countries rotated (each copy's Russia is another country, so flows and filters spread as in real data) and
years shifted. People and entities are shared between copies (a roster of officials, as in real reporting).
The rows go in with bulk inserts (SQLAlchemy core); then the resolver's summaries are rebuilt exactly as a
refresh would leave them.

Measuring: ``armstrack``'s app runs under uvicorn on 127.0.0.1 in a child process; each URL is requested
``--warmup`` times untimed, then in a bounded loop (at most ``--requests`` requests and ``--budget`` seconds,
at least 3) over loopback HTTP; p50/p95 in milliseconds are printed as a table.

    .venv/bin/python bench/api_scale.py --docs 10000                    # SQLite
    .venv/bin/python bench/api_scale.py --docs 100000 --pg              # PostgreSQL (a schema in the test db)
    .venv/bin/python bench/api_scale.py --docs 100000 --keep /tmp/x.db  # keep (and reuse) the database
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PG_URL = os.environ.get("ARMSTRACK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET_MS = 100.0


# --- the template: a few hundred real analyses ----------------------------------------------------

def build_template(n: int, path: Path, model: str | None) -> None:
    """Ingest ``n`` synthetic articles with the real pipeline into a SQLite file at ``path``."""
    from synthetic import ArticleGenerator
    from throughput import weapon_catalogue

    from armstrack import settings
    from armstrack.core import Ingester
    from armstrack.nlp.pipeline import build_pipeline
    from armstrack.resolve import database
    from armstrack.store import db

    folder = Path(tempfile.mkdtemp(prefix="api-template-"))
    try:
        gen = ArticleGenerator(weapon_catalogue(), seed=7)
        with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps(gen.article(i, prefix="tpl").as_record(), ensure_ascii=False) + "\n")
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        engine = database.open_engine(f"sqlite:///{tmp}")
        nlp = build_pipeline(settings.model_name(model))
        t = time.perf_counter()
        with db.session_factory(engine)() as session:
            report = Ingester(session, nlp).run([folder])
        engine.dispose()
        print(f"template: {len(report.added)} articles ingested in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        tmp.rename(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- replication ----------------------------------------------------------------------------------

def _load_template(path: Path) -> dict[str, list[dict]]:
    from sqlalchemy import create_engine, select

    from armstrack.store import models as m

    engine = create_engine(f"sqlite:///{path}")
    out = {}
    with engine.connect() as conn:
        for table in ("documents", "doc_signatures", "entities", "entity_links", "people", "person_links",
                      "entity_mentions", "person_mentions", "person_titles", "transfers", "meetings", "quotes",
                      "figures", "events", "facts", "fact_members", "fact_links"):
            t = m.Base.metadata.tables[table]
            out[table] = [dict(r._mapping) for r in conn.execute(select(t))]
    engine.dispose()
    return out


class Copier:
    """Rows of copy ``c`` of the template: new ids, rotated countries, shifted years."""

    def __init__(self, tpl: dict[str, list[dict]]) -> None:
        from synthetic import COUNTRIES

        self.tpl = tpl
        self.countries = [c[0] for c in COUNTRIES]
        self.index = {n: i for i, n in enumerate(self.countries)}
        self.lower_index = {n.casefold(): i for i, n in enumerate(self.countries)}
        self.stride = {k: max([r["id"] for r in tpl[k]] or [0]) + 1
                       for k in ("transfers", "meetings", "quotes", "figures", "events")}
        self.prefix_kind = {"t": "transfers", "m": "meetings", "q": "quotes", "f": "figures", "e": "events"}

    def country(self, name, c: int):
        if isinstance(name, str) and name in self.index:
            return self.countries[(self.index[name] + c) % len(self.countries)]
        return name

    def country_lower(self, value: str, c: int) -> str:
        i = self.lower_index.get(value)
        return self.countries[(i + c) % len(self.countries)].casefold() if i is not None else value

    @staticmethod
    def year(value, shift: int):
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
            return f"{int(value[:4]) + shift:04d}{value[4:]}"
        if isinstance(value, date):
            try:
                return value.replace(year=value.year + shift)
            except ValueError:  # 29 February
                return value.replace(year=value.year + shift, day=28)
        return value

    def doc(self, doc_id, c: int):
        return f"{doc_id}~{c:05d}" if doc_id else doc_id

    def fact_id(self, fid: str, c: int) -> str:
        kind = self.prefix_kind[fid[0]]
        return f"{fid[0]}{int(fid[1:]) + c * self.stride[kind]}"

    def rows(self, c: int) -> dict[str, list[dict]]:
        tpl, shift = self.tpl, c % 12
        out: dict[str, list[dict]] = {}
        out["documents"] = [{**d, "id": self.doc(d["id"], c), "published": self.year(d["published"], shift),
                             "content_hash": f"{d['content_hash'][:56]}{c:08x}"} for d in tpl["documents"]]
        out["doc_signatures"] = [{**s, "doc_id": self.doc(s["doc_id"], c), "duplicate_of": self.doc(s["duplicate_of"], c)}
                                 for s in tpl["doc_signatures"]]
        for t in ("entity_mentions", "person_mentions", "person_titles"):
            out[t] = [{**{k: v for k, v in r.items() if k != "id"}, "doc_id": self.doc(r["doc_id"], c)}
                      for r in tpl[t]]
        out["person_titles"] = [{**r, "affiliation": self.country(r["affiliation"], c)} for r in out["person_titles"]]
        for kind, stride in self.stride.items():
            rows = []
            for r in tpl[kind]:
                r = {**r, "id": r["id"] + c * stride, "doc_id": self.doc(r["doc_id"], c)}
                if kind == "transfers":
                    r["supplier"], r["recipient"] = self.country(r["supplier"], c), self.country(r["recipient"], c)
                    r["when"] = self.year(r["when"], shift)
                elif kind in ("meetings", "events"):
                    r["date"] = self.year(r["date"], shift)
                    if kind == "events":
                        r["actors"] = [self.country(a, c) for a in r["actors"] or []]
                elif kind == "figures":
                    r["as_of"] = self.year(r["as_of"], shift)
                rows.append(r)
            out[kind] = rows
        facts = []
        for f in tpl["facts"]:
            fid = self.fact_id(f["id"], c)
            data = {**f["data"], "id": fid}
            for key in ("supplier", "recipient"):
                if key in data:
                    data[key] = self.country(data[key], c)
            if "actors" in data:
                data["actors"] = [self.country(a, c) for a in data["actors"] or []]
            for key in ("when", "date", "as_of", "first_reported", "last_reported"):
                if key in data:
                    data[key] = self.year(data[key], shift)
            data["mentions"] = [{**x, "doc": self.doc(x["doc"], c)} for x in data.get("mentions") or []]
            conflicts = [{**x, "values": [{**v, "doc": self.doc(v.get("doc"), c)} if isinstance(v, dict) else v
                                          for v in x.get("values") or []]} for x in f["conflicts"] or []]
            data["conflicts"] = conflicts
            sk = json.loads(f["sort_key"])
            facts.append({**f, "id": fid, "data": data, "date": self.year(f["date"], shift),
                          "first_reported": self.year(f["first_reported"], shift),
                          "last_reported": self.year(f["last_reported"], shift), "conflicts": conflicts,
                          "sort_key": json.dumps([self.doc(sk[0], c), sk[1], sk[2], fid])})
        out["facts"] = facts
        out["fact_members"] = [{"fact_id": self.fact_id(r["fact_id"], c), "kind": r["kind"],
                                "record_id": r["record_id"] + c * self.stride[r["kind"]],
                                "doc_id": self.doc(r["doc_id"], c)} for r in tpl["fact_members"]]
        out["fact_links"] = [{"fact_id": self.fact_id(r["fact_id"], c), "role": r["role"],
                              "value": self.country_lower(r["value"], c)
                              if r["role"] in ("supplier", "recipient", "country", "actor") else r["value"]}
                             for r in tpl["fact_links"]]
        return out


ORDER = ("documents", "doc_signatures", "entity_mentions", "person_mentions", "person_titles", "transfers",
         "meetings", "quotes", "figures", "events", "facts", "fact_members", "fact_links")


def build_database(url: str, docs: int, template: Path, progress: bool = True) -> dict:
    """Fill the (empty) database at ``url`` with ``docs`` articles copied from the template."""
    from sqlalchemy import text

    from armstrack.resolve import database
    from armstrack.store import db
    from armstrack.store import models as m

    tpl = _load_template(template)
    per_copy = len(tpl["documents"])
    copies = max(1, -(-docs // per_copy))
    engine = database.open_engine(url)
    t = time.perf_counter()
    with engine.begin() as conn:
        for table in ("entities", "entity_links", "people", "person_links"):
            if tpl[table]:
                conn.execute(m.Base.metadata.tables[table].insert(), tpl[table])
    copier = Copier(tpl)
    written = 0
    for c in range(copies):
        rows = copier.rows(c)
        if written + per_copy > docs:  # the last copy is partial
            keep = {d["id"] for d in rows["documents"][:docs - written]}
            # a merged fact goes only if every document reporting it does (no mention of a missing document)
            lost = {r["fact_id"] for r in rows["fact_members"] if r["doc_id"] not in keep}
            rows = {k: [r for r in v if (r.get("doc_id") or r.get("id")) in keep] if k in (
                "documents", "doc_signatures", "entity_mentions", "person_mentions", "person_titles",
                *copier.stride) else v for k, v in rows.items()}
            rows["fact_members"] = [r for r in rows["fact_members"] if r["fact_id"] not in lost]
            kept_facts = {r["fact_id"] for r in rows["fact_members"]}
            rows["facts"] = [f for f in rows["facts"] if f["id"] in kept_facts]
            rows["fact_links"] = [x for x in rows["fact_links"] if x["fact_id"] in kept_facts]
        with engine.begin() as conn:
            for table in ORDER:
                if rows[table]:
                    conn.execute(m.Base.metadata.tables[table].insert(), rows[table])
        written += len(rows["documents"])
        if progress and (c % 20 == 0 or c == copies - 1):
            print(f"  {written:,} documents ({time.perf_counter() - t:.0f}s)", file=sys.stderr, flush=True)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    summaries_s = None
    try:
        from armstrack.store import summaries
    except ImportError:
        summaries = None
    if summaries is not None:
        with db.session_factory(engine)() as session:
            summaries.rebuild(session)
            session.commit()
        summaries_s = time.perf_counter() - t
    # statistics (and on PostgreSQL the visibility map) as autovacuum would leave a live database
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "postgresql":
            for table in m.Base.metadata.tables:
                conn.execute(text(f'VACUUM ANALYZE "{table}"'))
        else:
            conn.execute(text("ANALYZE"))
    engine.dispose()
    return {"documents": written, "build_s": build_s, "summaries_s": summaries_s}


# --- measuring ------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample_ids(url: str) -> dict[str, str]:
    """A busy person, a document, a weapon family and a country to request pages of."""
    from sqlalchemy import func, select

    from armstrack.resolve import database
    from armstrack.store import models as m

    engine = database.open_engine(url, create=False)
    with engine.connect() as conn:
        person = conn.execute(select(m.PersonLink.canonical_id, func.count()).join(
            m.PersonMention, m.PersonMention.person_id == m.PersonLink.person_id)
            .group_by(m.PersonLink.canonical_id).order_by(func.count().desc()).limit(1)).first()
        doc = conn.execute(select(m.FactMember.doc_id, func.count()).group_by(m.FactMember.doc_id)
                           .order_by(func.count().desc(), m.FactMember.doc_id).limit(1)).first()
        family = conn.execute(select(m.Transfer.family, func.count()).where(m.Transfer.family.is_not(None))
                              .group_by(m.Transfer.family).order_by(func.count().desc()).limit(1)).first()
    engine.dispose()
    return {"person": f"p{person[0]}" if person else "p1", "doc": doc[0] if doc else "x",
            "family": family[0] if family else "S-400"}


def endpoints(ids: dict[str, str]) -> list[str]:
    from urllib.parse import quote

    return [
        "/api/transfers?supplier=Russia", "/api/transfers", "/api/transfers?country=India&sort=-date",
        "/api/meetings", "/api/quotes", "/api/figures", "/api/events", "/api/people", "/api/documents",
        "/api/overview", "/api/timeline", "/api/network", "/api/countries/Russia",
        f"/api/systems/{quote(ids['family'], safe='')}", f"/api/people/{ids['person']}",
        f"/api/documents/{quote(ids['doc'], safe='')}", "/api/search?q=helicopters", "/api/conflicts",
        "/api/transfers?q=helicopters",
        "/", "/transfers", "/transfers?supplier=Russia", "/meetings", "/quotes", "/figures", "/events",
        "/timeline", "/network", "/people", f"/people/{ids['person']}", "/countries", "/countries/Russia",
        f"/systems/{quote(ids['family'], safe='')}", "/documents", f"/documents/{quote(ids['doc'], safe='')}",
        "/search?q=helicopters", "/conflicts",
    ]


def start_server(url: str, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from armstrack.serve.app import create_app; "
            f"uvicorn.run(create_app({url!r}), host='127.0.0.1', port={port}, log_level='warning')")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("the server exited")
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the server did not start")


def _cpu_seconds(pids) -> dict[int, float]:
    """{pid: user + system CPU seconds so far} from /proc (Linux; empty elsewhere)."""
    out = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return out


def _pg_backends(app_name: str) -> list[int]:
    """Process ids of the PostgreSQL backends serving connections named ``app_name`` (same machine)."""
    from sqlalchemy import create_engine, text

    eng = create_engine(PG_URL)
    try:
        with eng.connect() as conn:
            return list(conn.scalars(text("SELECT pid FROM pg_stat_activity WHERE application_name = :a"),
                                     {"a": app_name}))
    finally:
        eng.dispose()


def measure(base: str, paths: list[str], requests: int, budget: float, warmup: int, cpu_pids=None) -> list[dict]:
    """p50/p95 wall time of each path; with ``cpu_pids`` (a function giving the server's process ids, its
    database backends included), also the CPU time they spent per request: a figure that other jobs on a
    shared machine disturb much less than wall time."""
    import httpx

    rows = []
    with httpx.Client(base_url=base, timeout=600) as client:
        for path in paths:
            status, size = None, 0
            for _ in range(warmup):
                r = client.get(path)
                status, size = r.status_code, len(r.content)
            times = []
            cpu_before = _cpu_seconds(cpu_pids()) if cpu_pids else {}
            started = time.perf_counter()
            while len(times) < requests and (len(times) < 3 or time.perf_counter() - started < budget):
                t = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                status, size = r.status_code, len(r.content)
            cpu = None
            if cpu_pids:
                after = _cpu_seconds(cpu_pids())
                cpu = sum(t - cpu_before.get(pid, 0.0) for pid, t in after.items()) * 1000 / len(times)
            times.sort()
            p95 = times[min(len(times) - 1, max(0, int(round(0.95 * len(times))) - 1))]
            rows.append({"path": path, "status": status, "bytes": size, "n": len(times),
                         "p50": statistics.median(times), "p95": p95, "cpu": cpu})
            print(f"  {path}: p50 {rows[-1]['p50']:.0f} ms, p95 {p95:.0f} ms, "
                  f"CPU {cpu if cpu is not None else float('nan'):.0f} ms ({size:,} bytes, HTTP {status})",
                  file=sys.stderr, flush=True)
    return rows


def print_table(rows: list[dict], title: str) -> None:
    print(f"\n{title}")
    print(f"{'endpoint':58} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>7} {'n':>3} {'bytes':>11} {'HTTP':>4}  "
          f"<{TARGET_MS:.0f}")
    for r in rows:
        ok = "ok" if r["p95"] < TARGET_MS and r["status"] == 200 else "NO"
        cpu = f"{r['cpu']:7.1f}" if r.get("cpu") is not None else f"{'-':>7}"
        print(f"{r['path'][:58]:58} {r['p50']:8.1f} {r['p95']:8.1f} {cpu} {r['n']:3d} {r['bytes']:11,d} "
              f"{r['status']:>4}  {ok}")
    bad = [r for r in rows if not (r["p95"] < TARGET_MS and r["status"] == 200)]
    print(f"{len(rows) - len(bad)}/{len(rows)} under {TARGET_MS:.0f} ms p95 with HTTP 200")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--template", type=int, default=300, help="articles ingested with the real pipeline")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "armstrack-api-bench")
    ap.add_argument("--pg", action="store_true", help="PostgreSQL: a new schema in $ARMSTRACK_TEST_PG's database")
    ap.add_argument("--keep", type=Path, help="SQLite file to build (reused when it exists)")
    ap.add_argument("--reuse-schema", help="PostgreSQL schema to reuse (built if empty)")
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--budget", type=float, default=10.0, help="seconds per URL (at least 3 requests)")
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--only", help="comma-separated substrings: measure only matching URLs")
    ap.add_argument("--model")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    args.workdir.mkdir(parents=True, exist_ok=True)
    template = args.workdir / f"template-{args.template}.db"
    if not template.exists():
        build_template(args.template, template, args.model)
    tmpdir = None
    schema = None
    if args.pg:
        from sqlalchemy import create_engine, text
        schema = args.reuse_schema or f"api_bench_{os.getpid()}"
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
        eng = create_engine(PG_URL)
        with eng.begin() as conn:
            exists = conn.execute(text("SELECT 1 FROM information_schema.tables WHERE table_schema = :s "
                                       "AND table_name = 'documents'"), {"s": schema}).first()
            if not exists:
                conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        eng.dispose()
        fresh = not exists
    else:
        if args.keep:
            path = args.keep
        else:
            tmpdir = Path(tempfile.mkdtemp(prefix="api-bench-"))
            path = tmpdir / "bench.db"
        fresh = not path.exists()
        url = f"sqlite:///{path}"
    info = {}
    try:
        if fresh:
            info = build_database(url, args.docs, template)
            print(f"built {info['documents']:,} documents in {info['build_s']:.0f}s "
                  f"(summaries {info['summaries_s'] or 0:.1f}s)", file=sys.stderr)
        ids = sample_ids(url)
        paths = endpoints(ids)
        if args.only:
            paths = [p for p in paths if any(s in p for s in args.only.split(","))]
        port = _free_port()
        app_name = f"armstrack-api-bench-{os.getpid()}"
        server = start_server(f"{url}&application_name={app_name}" if args.pg else url, port)
        try:
            def pids() -> list[int]:  # the server, and on PostgreSQL the backends of its connections
                return [server.pid, *(_pg_backends(app_name) if args.pg else [])]

            rows = measure(f"http://127.0.0.1:{port}", paths, args.requests, args.budget, args.warmup, pids)
        finally:
            server.terminate()
            server.wait(30)
        title = f"{'PostgreSQL' if args.pg else 'SQLite'}, {args.docs:,} articles"
        if args.json:
            print(json.dumps({"database": title, "build": info, "rows": rows}, indent=2))
        else:
            print_table(rows, title)
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
        if args.pg and not args.reuse_schema:
            from sqlalchemy import create_engine, text
            eng = create_engine(PG_URL)
            with eng.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            eng.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
