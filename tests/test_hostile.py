"""Hostile and broken input (issue 13): each test is the attack or the mistake, written here.

Every bad item costs one clear line naming it (file:line and the problem); the rest of the batch is
stored; nothing aborts the run.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.records import Article, DocumentAnalysis, Evidence, Figure, Transfer, text_problem
from armstrack.resolve import database
from armstrack.store import db
from conftest import export_of

runner = CliRunner()

SENTENCE = "Russia delivered five T-90 tanks to India, the defence ministry in New Delhi said."


def _jsonl(path: Path, records: list) -> Path:
    # json.dumps escapes what it cannot write as ASCII: a lone surrogate goes out as "\ud800", a NUL as "\u0000"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path


def _ingest(paths: list[Path], db_url: str):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", db_url, "--quiet"])


def _failure_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("failed ")]


# --- 1 and 3: lone surrogates and NULs are named at read time; the lines around them are stored ---------

def test_lone_surrogate_and_nul_lines_are_named_and_the_rest_stored(tmp_path, db_url):
    feed = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "before", "text": SENTENCE},
        '{"id": "surrogate", "text": "x \\ud800 y. ' + SENTENCE + '"}',  # as a broken exporter writes it
        {"id": "nul\u0000id", "text": SENTENCE},
        {"id": "nul-text", "text": "Russia\u0000 delivered tanks to India."},
        {"id": "nul-meta", "text": SENTENCE, "extra": {"note\u0000": "x"}},
        {"id": "surrogate-title", "title": "\udfff", "text": SENTENCE},
        {"id": "after", "text": SENTENCE},
    ])
    result = _ingest([feed], db_url)
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    failed = _failure_lines(result.output)
    assert len(failed) == 5, result.output
    for n, what in [(2, "lone UTF-16 surrogate (\\ud800"), (3, "NUL character"), (4, "NUL character"),
                    (5, "NUL character"), (6, "surrogate (\\udfff")]:
        line = next((f for f in failed if f"{feed}:{n}: " in f), None)
        assert line is not None and what in line, (n, result.output)
    assert "field 'text'" in failed[0] and "field 'id'" in failed[1] and "field name 'extra.note" in failed[3]
    assert {d["id"] for d in export_of(db_url)["documents"]} == {"before", "after"}


def test_text_problem_names_the_character():
    assert text_problem("fine [/b] \x1b =1+2") is None
    assert "NUL" in text_problem("a\x00b") and "character 2" in text_problem("a\x00b")
    assert "surrogate" in text_problem("x \ud800 y")


def test_api_paste_with_a_lone_surrogate_is_a_named_failure_not_500(tmp_path):
    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    class FakeNlp:  # the article must fail at read time: nothing reaches the parser
        def pipe(self, pairs, **options):
            assert not list(pairs)
            return iter(())

    application = create_app(f"sqlite:///{tmp_path / 'api.db'}", nlp_factory=FakeNlp)
    with TestClient(application) as client:
        r = client.post("/api/ingest", content='{"id": "s", "text": "x \\ud800 y"}',
                        headers={"content-type": "application/json"})
        assert r.status_code == 202, r.text
        import time

        for _ in range(200):
            job = client.get(r.json()["url"]).json()
            if job["state"] in ("done", "failed"):
                break
            time.sleep(0.05)
        assert "surrogate" in json.dumps(job), job


# --- 2: numbers beyond what the database holds --------------------------------------------------------

def test_huge_quantity_is_dropped_and_the_document_stored(tmp_path, db_url):
    feed = _jsonl(tmp_path / "big.jsonl", [
        {"id": "huge", "text": "South Korea delivered 10000000000000000000000 K2 tanks to Poland, officials said."},
        {"id": "int32", "text": "South Korea delivered 3000000000 K9 howitzers to Poland, officials said."},
        {"id": "small", "text": SENTENCE},
    ])
    result = _ingest([feed], db_url)
    assert result.exit_code == 0, result.output
    data = export_of(db_url)
    assert {d["id"] for d in data["documents"]} == {"huge", "int32", "small"}
    quantities = {t["system"]: t["quantity"] for t in data["transfers"]}
    assert quantities.get("T-90") == 5
    assert all(q is None or q < 2**31 for q in quantities.values()), quantities


def test_numbers_no_column_holds_are_dropped_at_the_record_level(db_url):
    text = "Poland ordered tanks. The deal is worth a lot."
    analysis = DocumentAnalysis(Article(doc_id="n", text=text))
    ev = Evidence("n", 0, 21, "Poland ordered tanks.")
    analysis.transfers.append(Transfer(supplier="South Korea", recipient="Poland", system="K2", family="K2",
                                       category="armoured_vehicle", status="ordered", evidence=ev,
                                       quantity=10**22, value=10**400))
    analysis.figures.append(Figure(what="deal", value=10**400, unit="USD", evidence=ev))  # value is required
    analysis.figures.append(Figure(what="deal", value=float("inf"), unit="USD", evidence=ev))
    analysis.figures.append(Figure(what="deal", value=12.5, unit="USD", evidence=ev))
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            result = database.write_batch(session, [analysis])
            assert result.added == ["n"] and not result.failed
            from armstrack.store import models as m

            (t,) = session.query(m.Transfer).all()
            assert (t.quantity, t.value, t.system) == (None, None, "K2")
            assert [f.value for f in session.query(m.Figure).all()] == [12.5]
    finally:
        engine.dispose()


def test_any_error_writing_one_document_costs_that_document_only(db_url, monkeypatch):
    """Not only SQLAlchemy errors: whatever a driver or a row builder raises stays in the savepoint."""
    real = db._document_row

    def row(article):
        if article.doc_id == "bad":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(article)

    monkeypatch.setattr(db, "_document_row", row)
    docs = [DocumentAnalysis(Article(doc_id=i, text="Russia sold radars to India.")) for i in ("a", "bad", "b")]
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            result = database.write_batch(session, docs)
            assert sorted(result.added) == ["a", "b"]
            (failure,) = result.failed
            assert "'bad'" in failure.reason and "OverflowError" in failure.reason
    finally:
        engine.dispose()



def test_values_beyond_what_columns_hold_are_stored_alike_on_every_database(tmp_path, db_url):
    """PostgreSQL refuses what SQLite would keep (a 300-character id, NaN in JSON): the same result on both."""
    feed = _jsonl(tmp_path / "wide.jsonl", [
        {"id": "x" * 300, "text": SENTENCE},
        '{"id": "odd-meta", "text": "%s", "published": 1e400, "date": NaN, "rating": -Infinity, '
        '"language": "%s", "source": "%s"}' % (SENTENCE, "x" * 40, "s" * 400),
        {"id": "fine", "text": SENTENCE},
    ])
    result = _ingest([feed], db_url)
    assert result.exit_code == 1, result.output
    (failed,) = _failure_lines(result.output)
    assert f"{feed}:1: " in failed and "300 characters" in failed and "at most 255" in failed
    assert "DETAIL" not in result.output and "[SQL" not in result.output
    docs = {d["id"]: d for d in export_of(db_url)["documents"]}
    assert set(docs) == {"odd-meta", "fine"}
    assert docs["odd-meta"]["source"].startswith("sss") and len(docs["odd-meta"]["source"]) == 255
    assert docs["odd-meta"]["language"] in (None, "en")


def test_names_and_fields_wider_than_their_columns_are_left_out(db_url):
    from armstrack.records import Person, Quote
    from armstrack.store import models as m

    text = "Someone said something about tanks."
    analysis = DocumentAnalysis(Article(doc_id="w", text=text))
    ev = Evidence("w", 0, 7, text)
    analysis.people.append(Person(name="N" * 300, mentions=[ev]))
    analysis.people.append(Person(name="Ann Example", mentions=[ev]))
    analysis.transfers.append(Transfer(supplier="S" * 300, recipient="Poland", system="K2", family="K2",
                                       category="armoured_vehicle", status="ordered", evidence=ev))
    analysis.transfers.append(Transfer(supplier="South Korea", recipient="Poland", system="K2", family="K2",
                                       category="armoured_vehicle", status="ordered", evidence=ev))
    analysis.transfers[-1].status = "x" * 40  # required and too wide (set past the record's vocabulary check)
    analysis.quotes.append(Quote(speaker="Q" * 300, text="something", evidence=ev))
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            result = database.write_batch(session, [analysis])
            assert result.added == ["w"] and not result.failed
            assert [p.name for p in session.query(m.Person).all()] == ["Ann Example"]
            assert [(t.supplier, t.status) for t in session.query(m.Transfer).all()] == [(None, "ordered")]
            assert [q.speaker for q in session.query(m.Quote).all()] == [None]
    finally:
        engine.dispose()


# --- the fuzz: random unicode, control characters, surrogates, NULs, markup, huge numbers --------------

SPECIALS = ["\ud800", "\udfff", "\x00", "\x1b[31m", "\r", "\t", "\x0b", "\u2028", "\ufeff", "[/b]", "[/]",
            "[military]", "[bold red]", "=HYPERLINK(\"x\")", "@", "\\", '"', "<script>", "{", "}"]
fuzz_text = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(SPECIALS)), max_size=6).map("".join)
fuzz_line = st.tuples(fuzz_text, fuzz_text, fuzz_text, st.integers(min_value=0, max_value=10**30),
                      st.booleans())


@settings(max_examples=8, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=st.lists(fuzz_line, min_size=1, max_size=4))
def test_fuzzed_jsonl_every_good_line_stored_every_bad_one_named(tmp_path, db_url, lines):
    run = uuid.uuid4().hex[:8]  # one database for every example: ids and file names unique per example
    records, expected_good, expected_bad = [], set(), set()
    for n, (id_part, before, after, number, with_title) in enumerate(lines, 1):
        doc_id = f"{run}-{n}-{id_part}"
        record = {"id": doc_id,
                  "text": f"{before} South Korea delivered {number} K2 tanks to Poland, officials said. {after}"}
        if with_title:
            record["title"] = after
        records.append(record)
        # what the reader sees: two escaped surrogates in a row ("\ud800\udfff") are one valid character
        seen = json.loads(json.dumps(record))
        if any(text_problem(v) for v in seen.values()):
            expected_bad.add(n)
        else:
            expected_good.add(" ".join(seen["id"].split()))
    feed = _jsonl(tmp_path / f"fuzz-{run}.jsonl", records)
    result = _ingest([feed], db_url)
    assert result.exit_code == (1 if expected_bad else 0), result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    named = {int(line.split(f"{feed}:", 1)[1].split(":", 1)[0])
             for line in _failure_lines(result.output) if f"{feed}:" in line}
    assert named == expected_bad, result.output
    stored = {d["id"] for d in export_of(db_url)["documents"] if d["id"].startswith(run)}
    assert stored == expected_good, result.output


# --- 9: article text printed by the CLI is data, never Rich markup ------------------------------------

MARKUP_ARTICLE = {
    "id": "markup[/b]", "title": "Arms [/b] talks [military] [/]",
    "text": ("\u201cWe will buy more [military] equipment [/] from Russia [/b],\u201d Indian Defence Minister "
             "Rajnath Singh said in New Delhi on 3 March 2021.\n\nRussia delivered five T-90 tanks [bold] to "
             "India in March 2021, the ministry said."),
}


def test_markup_in_articles_prints_verbatim_and_crashes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # no folding inside table cells
    dbu = f"sqlite:///{tmp_path / 'm.db'}"
    (tmp_path / "in").mkdir()
    _jsonl(tmp_path / "in" / "[military].jsonl", [MARKUP_ARTICLE, {"id": "[/]", "text": ""}])
    result = _ingest([tmp_path / "in"], dbu)
    assert result.exit_code == 1, result.output
    assert "[military].jsonl:2: document [/]: no article text" in result.output
    outputs = {}
    for args in (["stats"], ["person", "Rajnath Singh"], ["search", "equipment"], ["transfers"], ["timeline"],
                 ["conflicts"], ["entities", "list"], ["entities", "list", "--why", "Rajnath Singh"]):
        out = runner.invoke(app, [*args, "--db", dbu])
        assert out.exit_code == 0, (args, out.output)
        assert "MarkupError" not in out.output and "internal error" not in out.output, (args, out.output)
        outputs[args[0]] = out.output
    assert "document [/]: no article text" in outputs["stats"]
    assert "[military] equipment [/] from Russia [/b]" in outputs["person"]
    assert "[military]" in outputs["search"] and "markup[/b]" in outputs["search"]
    assert "Arms [/b] talks [military] [/]" in outputs["search"]
    missing = runner.invoke(app, ["person", "[/b] nobody", "--db", dbu])
    assert missing.exit_code == 1 and "no person named '[/b] nobody'" in missing.output


# --- 8: paging numbers no database takes are a 422, not a 500 ------------------------------------------

def _query_params(dependant) -> set[str]:
    names = {p.name for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_params(sub)
    return names


def test_huge_or_negative_offset_and_limit_are_refused_on_every_list(tmp_path, db_url):
    from fastapi.routing import APIRoute
    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    from armstrack.serve.api import router as api_router
    from armstrack.serve.pages import router as pages_router

    application = create_app(db_url)
    paged = [(r.path, _query_params(r.dependant)) for r in [*api_router.routes, *pages_router.routes]
             if isinstance(r, APIRoute) and "GET" in r.methods and "{" not in r.path]
    paged = [(path, names) for path, names in paged if names & {"offset", "limit"}]
    assert {"/api/transfers", "/api/documents", "/api/people", "/api/search", "/transfers", "/documents",
            "/people", "/quotes"} <= {path for path, _ in paged}
    attacks = {"offset": ["9223372036854775808", "-1", "1e400", str(10**40)],
               "limit": ["9223372036854775808", "-1", "0", str(10**40)]}
    with TestClient(application) as client:
        for path, names in paged:
            for name in names & set(attacks):
                for value in attacks[name]:
                    params = {name: value, **({"q": "tanks"} if path.endswith("search") else {})}
                    r = client.get(path, params=params)
                    assert r.status_code in (400, 422), (path, name, value, r.status_code, r.text[:300])
            ok = client.get(path, params={"offset": "5", **({"q": "tanks"} if path.endswith("search") else {})})
            assert ok.status_code == 200, (path, ok.text[:300])


def test_cli_search_limit_is_bounded(tmp_path):
    dbu = f"sqlite:///{tmp_path / 's.db'}"
    assert _ingest([_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": SENTENCE}])], dbu).exit_code == 0
    result = runner.invoke(app, ["search", "tanks", "--limit", str(2**64), "--db", dbu])
    assert result.exit_code == 2 and "internal error" not in result.output, result.output


# --- 10: CSV cells a spreadsheet would run as formulas -------------------------------------------------

FORMULA_ARTICLE = {
    "id": "=cmd|' /C calc'!A0", "title": '=HYPERLINK("http://evil.example","click me")',
    "authors": ["@SUM(1+1)*cmd|' /C calc'!A0"], "source": "+evil.example", "language": "-en",
    "text": ("\u201cWe will buy more tanks,\u201d Indian Defence Minister Rajnath Singh said in New Delhi.\n\n"
             "Russia delivered five T-90 tanks to India, the ministry said."),
}


def _formula_cells(rows: list[list[str]]) -> list[str]:
    return [c for row in rows[1:] for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_cells_never_start_a_formula_and_carry_a_bom(tmp_path):
    import csv
    import io

    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    dbu = f"sqlite:///{tmp_path / 'f.db'}"
    assert _ingest([_jsonl(tmp_path / "f.jsonl", [FORMULA_ARTICLE])], dbu).exit_code == 0
    out = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--db", dbu, "--format", "csv", "-o", str(out)]).exit_code == 0
    raw = (out / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert _formula_cells(rows) == [], rows
    doc = dict(zip(rows[0], rows[1]))
    assert doc["title"] == '\'=HYPERLINK("http://evil.example","click me")' and doc["id"].startswith("'=cmd")
    assert doc["source"] == "'+evil.example" and "\u201cWe will buy" in doc["text"]
    for name in ("transfers.csv", "people.csv", "quotes.csv"):
        assert _formula_cells(list(csv.reader(io.StringIO((out / name).read_text(encoding="utf-8-sig"))))) == []

    with TestClient(create_app(dbu)) as client:
        for path in ("/api/documents", "/api/transfers", "/api/quotes", "/api/people"):
            resp = client.get(path, params={"format": "csv"})
            assert resp.status_code == 200 and resp.content.startswith(b"\xef\xbb\xbf"), path
            rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))
            assert len(rows) >= 2 and _formula_cells(rows) == [], (path, rows)
        docs = list(csv.DictReader(io.StringIO(
            client.get("/api/documents", params={"format": "csv"}).content.decode("utf-8-sig"))))
        assert docs[0]["title"] == '\'=HYPERLINK("http://evil.example","click me")'
        assert docs[0]["authors"].startswith("'@SUM(1+1)")
    assert runner.invoke(app, ["export", "--db", dbu]).stdout.count("'=HYPERLINK") == 0  # JSON is unchanged


# --- 11: a mistyped --db must not create an empty database that reports zeros -------------------------

def test_read_commands_refuse_a_sqlite_file_that_does_not_exist(tmp_path, monkeypatch):
    missing = tmp_path / "seed.db"
    dbu = f"sqlite:///{missing}"
    gold = tmp_path / "gold"
    gold.mkdir()
    for args in (["stats"], ["export"], ["export", "--format", "csv", "-o", str(tmp_path / "csv")],
                 ["transfers"], ["timeline"], ["person", "Shoigu"], ["conflicts"], ["search", "tanks"],
                 ["resolve"], ["entities", "list"], ["eval", "--gold", str(gold)], ["serve"]):
        result = runner.invoke(app, [*args, "--db", dbu])
        assert result.exit_code == 2, (args, result.output)
        assert f"no database at {missing}" in result.output, (args, result.output)
        assert not missing.exists(), args
    assert "--create" in runner.invoke(app, ["serve", "--help"]).output  # serve can start a new one when asked
    monkeypatch.setenv("ARMSTRACK_DB", dbu)  # the same from the environment
    assert runner.invoke(app, ["stats"]).exit_code == 2 and not missing.exists()
    # ingest creates it; then the read commands work
    assert _ingest([_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": SENTENCE}])], dbu).exit_code == 0
    assert runner.invoke(app, ["stats", "--db", dbu]).exit_code == 0
