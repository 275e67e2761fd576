"""Hostile and mistaken input, continued (issue 13, items 6 and 7): mixed encodings, repeated ids, memory.

Each test is the mistake or the attack, with inputs written here.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.ingest import files, read_file
from armstrack.records import Article, IngestWarning
from armstrack.resolve import database
from armstrack.store import db
from conftest import export_of

runner = CliRunner()


def _lines(output: str, kind: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(kind + " ")]


# --- 7: a file mixing UTF-8 and Latin-1 is read line by line, never as one exotic code page -------------

UTF8_LINE = {"id": "utf8", "text": "Russia’s navy said “yes” to the deal — two frigates for India."}
LATIN1_LINE = {"id": "latin1", "text": "The café in Curaçao sold São Tomé coffee to the navy."}


def _mixed_feed(path: Path, utf8_lines: int = 3) -> Path:
    raw = b"".join(json.dumps({**UTF8_LINE, "id": f"utf8-{i}"}, ensure_ascii=False).encode("utf-8") + b"\n"
                   for i in range(utf8_lines))
    raw += json.dumps(LATIN1_LINE, ensure_ascii=False).encode("latin-1") + b"\n"
    path.write_bytes(raw)
    return path


def test_mixed_utf8_and_latin1_lines_each_decode_right_with_a_warning_naming_the_line(tmp_path, db_url):
    feed = _mixed_feed(tmp_path / "mixed.jsonl")
    result = runner.invoke(app, ["ingest", str(feed), "--db", db_url, "--quiet"])
    assert result.exit_code == 0, result.output  # stored, with a doubt: not a failure
    warned = _lines(result.output, "warning")
    assert len(warned) == 1 and f"{feed}:4: " in warned[0] and "cp1252" in warned[0], result.output
    texts = {d["id"]: d["text"] for d in export_of(db_url)["documents"]}
    assert texts["utf8-0"] == UTF8_LINE["text"]  # not "Russia‚Äôs"
    assert texts["latin1"] == LATIN1_LINE["text"]


def test_mostly_latin1_with_one_utf8_line_is_not_read_as_a_mac_code_page(tmp_path):
    raw = json.dumps(UTF8_LINE, ensure_ascii=False).encode("utf-8") + b"\n"
    raw += b"".join(json.dumps({**LATIN1_LINE, "id": f"l{i}"}, ensure_ascii=False).encode("latin-1") + b"\n"
                    for i in range(6))
    notes: list[IngestWarning] = []
    text, encoding = files.decode(raw, "feed.jsonl", None, notes)
    assert encoding == "utf-8+cp1252"
    assert UTF8_LINE["text"] in text and LATIN1_LINE["text"] in text
    assert len(notes) == 1 and "lines 2, 3, 4, 5, 6, 7" in notes[0].reason


def test_a_guessed_exotic_code_page_is_a_warning_not_silence(tmp_path):
    path = tmp_path / "cyrillic.txt"
    path.write_bytes(("Поставки танков\n\n" + "Россия поставила Индии танки, сообщило министерство. " * 20)
                     .encode("cp1251"))
    results = list(read_file(path))
    warned = [r for r in results if isinstance(r, IngestWarning)]
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == 1 and "Россия" in articles[0].text
    assert len(warned) == 1 and "a guess" in warned[0].reason and warned[0].path == str(path)


def test_a_whole_legacy_file_and_a_clean_utf8_file_give_no_warning(tmp_path):
    western = tmp_path / "western.txt"
    western.write_bytes("Boats delivered\n\nOfficials in São Paulo welcomed the señor’s decision.\n".encode("cp1252"))
    plain = tmp_path / "plain.txt"
    plain.write_text("Boats delivered\n\nThe minister’s “visit” went well.\n", encoding="utf-8")
    for path in (western, plain):
        assert not [r for r in read_file(path) if isinstance(r, IngestWarning)], path


# --- 7: a repeated id inside one file is named, with the line it replaces -------------------------------

def test_a_repeated_id_in_one_jsonl_file_is_named_with_both_lines(tmp_path, db_url):
    feed = tmp_path / "dup.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Russia delivered five tanks to India, the ministry said."},
        {"id": "b", "text": "France sold two frigates to Greece."},
        {"id": "a", "text": "Russia delivered six tanks to India, the ministry said on Monday."},
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(feed), "--db", db_url, "--quiet"])
    assert result.exit_code == 0, result.output
    warned = _lines(result.output, "warning")
    assert len(warned) == 1, result.output
    assert f"{feed}:3: " in warned[0] and "'a'" in warned[0] and "line 1" in warned[0]
    texts = {d["id"]: d["text"] for d in export_of(db_url)["documents"]}
    assert "six tanks" in texts["a"] and set(texts) == {"a", "b"}


# --- 6: memory is bounded by the characters parsed at once, however long or many the articles ---------

PARAGRAPH = ("Russia delivered five T-90 tanks to India, the defence ministry in New Delhi said. "
             "Officials declined to comment further on the schedule.\n\n")


def test_long_articles_are_parsed_in_bounded_pieces_and_joined_exactly(tmp_path, nlp, monkeypatch):
    from armstrack import settings
    from armstrack.core import Ingester

    monkeypatch.setattr(settings, "_active", settings.current().replace(parse_chunk_chars=400, parse_batch_chars=900))
    long_text = ("".join(PARAGRAPH.replace("five", f"{n + 2}") for n in range(12)) + "France sold two Rafale fighter jets to Greece, officials said. "
                 + "Yes. " * 300 + "No.")  # one-word sentences, then no paragraph break for 1,500 characters
    feed = tmp_path / "long.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "long", "text": long_text},
        *({"id": f"short{i}", "text": PARAGRAPH.strip()} for i in range(5)),
    ]) + "\n", encoding="utf-8")
    parsed_at_once: list[int] = []
    real_pipe = nlp.pipe

    def pipe(items, *args, **kwargs):
        items = list(items)
        parsed_at_once.append(sum(len(t[0] if isinstance(t, tuple) else t) for t in items))
        return real_pipe(items, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = database.open_engine(url)
    with db.session_factory(engine)() as session:
        report = Ingester(session, nlp).run([feed])
    engine.dispose()
    assert report.ok and len(report.added) == 6, report.failures
    assert parsed_at_once and max(parsed_at_once) <= 900, parsed_at_once
    data = export_of(url)
    doc = next(d for d in data["documents"] if d["id"] == "long")
    assert doc["text"] == next(a.text for a in read_file(feed) if isinstance(a, Article) and a.doc_id == "long")
    assert len(doc["text"]) > 2500
    long_transfers = [t for t in data["transfers"] if any(m["doc"] == "long" for m in t["mentions"])]
    assert {t["system"] for t in long_transfers} >= {"T-90", "Rafale"}, long_transfers
    for t in long_transfers:  # evidence offsets point into the whole text, not into a piece
        for m in t["mentions"]:
            assert m["doc"] != "long" or m["text"] == doc["text"][m["start"]:m["end"]] or \
                doc["text"][m["start"]:m["end"]] in m["text"], m


def test_split_for_parser_joins_back_exactly_and_prefers_paragraph_breaks():
    from armstrack.nlp.pipeline import split_for_parser

    text = "First paragraph, short.\n\nSecond one. It has two sentences.\n\nThird" + " word" * 40
    pieces = split_for_parser(text, 60)
    assert "".join(pieces) == text and all(len(p) <= 60 for p in pieces)
    assert pieces[0] == "First paragraph, short.\n\nSecond one. It has two sentences.\n\n"  # 60: both fit
    assert split_for_parser("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]  # no break at all: cut anyway
    assert split_for_parser("", 10) == [] and split_for_parser("short", 10) == ["short"]


PROBE = r"""
import json, resource, sys
from pathlib import Path


def peak_kb():
    # this process's own high-water mark: ru_maxrss survives exec, so a child started by a large test
    # process would report its parent's size at the fork; VmHWM belongs to the new address space
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


from armstrack import settings
from armstrack.core import Ingester
from armstrack.nlp.pipeline import build_pipeline
from armstrack.resolve import database
from armstrack.store import db

settings.activate(settings.current().replace(parse_chunk_chars=1000, parse_batch_chars=2000))
folder = Path(sys.argv[1])
feed = folder / "words.jsonl"
words = ["Tanks.", "Russia.", "India.", "Drones.", "Yes.", "No.", "Frigates.", "Navy."]
feed.write_text("\n".join(json.dumps({"id": f"d{i}", "text": " ".join(words[(i + j) % 8] for j in range(1000))})
                          for i in range(4)) + "\n")
nlp = build_pipeline(settings.model_name())
nlp("Russia delivered tanks to India.")
before = peak_kb()
engine = database.open_engine(f"sqlite:///{folder / 'probe.db'}")
with db.session_factory(engine)() as session:
    report = Ingester(session, nlp).run([feed])
after = peak_kb()
print(json.dumps({"added": len(report.added), "grew_kb": after - before, "loaded_kb": before}))
"""


def test_memory_probe_many_one_word_sentences_stay_bounded(tmp_path):
    """The attack of issue 13 scaled down: one-word sentences, four articles of 1,000 each (about 28,000
    characters). Parsed in one batch they took about 120 MB more than the loaded model (the full-size
    attack, 40 such lines of 57 KB, took 9 GB); in pieces of 1,000 and batches of 2,000 characters a few MB."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["added"] == 4
    assert probe["grew_kb"] < 60 * 1024, probe  # the ingest itself, beyond the loaded model
    # the probe's own peak (RUSAGE_CHILDREN would be the largest of every child this test run has reaped,
    # and a child's ru_maxrss starts at the size of the test process that forked it)
    peak_mb = (probe["loaded_kb"] + probe["grew_kb"]) / 1024
    assert peak_mb < 1024, probe
