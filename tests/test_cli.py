"""The command line as a user runs it: ingest, export, stats, exit codes and messages for bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from armstrack.cli import app

runner = CliRunner()

GOOD_TEXT = """Hanoi weighs more Russian jets

By Minh Tran

May 3, 2021

Vietnam is negotiating with Russia over additional Su-30 fighters, the defence ministry in Hanoi said.
"""


def _bad_batch(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(
        "Défense news\n\nThe Philippines bought twelve FA-50 jets from South Korea, officials said café.\n"
        .encode("latin-1"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "line-one", "title": "One", "text": "India ordered Rafale jets from France."}) + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "line-three", "title": "Three", "text": "Egypt received Rafale jets from France."})
        + "\n", encoding="utf-8")
    (folder / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with (folder / "huge.txt").open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    return folder


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    folder = _bad_batch(tmp_path)
    odd = tmp_path / "notes.odt"
    odd.write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["ingest", str(folder), str(odd), str(tmp_path / "missing.txt"),
                                 "--db", db, "--quiet"])
    assert result.exit_code == 1, result.output
    out = result.output
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("feed.jsonl:2", "JSON"),
                          ("nothing.html", ""), ("huge.txt", ""), ("notes.odt", ".txt"),
                          ("missing.txt", "not exist")]:
        line = next((l for l in out.splitlines() if name in l), None)
        assert line is not None, f"no message for {name}:\n{out}"
        assert problem.lower() in line.lower(), line
    assert "Traceback" not in out

    exported = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.stdout)
    ids = {d["id"] for d in data["documents"]}
    assert ids == {"good", "latin1", "line-one", "line-three"}
    latin = next(d for d in data["documents"] if d["id"] == "latin1")
    assert "café" in latin["text"]


def test_good_batch_exits_zero_and_stats_show_counts(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "*.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    again = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    assert again.exit_code == 0 and "1 unchanged" in again.output
    stats = runner.invoke(app, ["stats", "--db", db])
    assert stats.exit_code == 0
    assert "documents" in stats.output and "1" in stats.output


def test_database_from_environment(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("ARMSTRACK_DB", db)
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "-q"]).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_csv_export_folder(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"])
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "documents.csv").read_text(encoding="utf-8").count("\n") >= 2


def test_unusable_database_and_model_exit_two(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    bad_db = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", "nosuch://db"])
    assert bad_db.exit_code == 2 and "database" in bad_db.output.lower()
    bad_model = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", f"sqlite:///{tmp_path}/m.db",
                                    "--model", "no_such_pipeline_xyz"])
    assert bad_model.exit_code == 2 and "--model" in bad_model.output


def test_every_command_has_help():
    for command in ("ingest", "export", "stats", "eval"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
