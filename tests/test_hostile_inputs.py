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
from armstrack.store import db
from armstrack.store.export import build_export

runner = CliRunner()


def _export(db_url: str) -> dict:
    engine = db.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            return build_export(session)
    finally:
        engine.dispose()


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
    texts = {d["id"]: d["text"] for d in _export(db_url)["documents"]}
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
    texts = {d["id"]: d["text"] for d in _export(db_url)["documents"]}
    assert "six tanks" in texts["a"] and set(texts) == {"a", "b"}
