"""`armstrack ingest --ray`: the analysis on Ray (a local instance on 127.0.0.1) stores exactly what a local
ingest stores; without the extra, one clear line and exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from conftest import DEV, ROOT, SEEDS, _drop_schema, _postgres_schema_url

runner = CliRunner()

# own words: one relevant article, one that triage stores unanalysed, one line that fails to read
OWN = [
    json.dumps({"id": "own-corvettes", "title": "Corvettes", "published": "2024-05-06",
                "text": "Norland signed a contract with Vestavia for two corvettes on Monday, the navy said. "
                        "The first ship will be handed over in 2026, an official added."}),
    json.dumps({"id": "own-harvest", "title": "Harvest", "published": "2024-05-07",
                "text": "Farmers in the Arnel valley expect a late apple harvest after a cold spring."}),
    "{not json",
]


def _ray_processes() -> list[str]:
    """Command lines of this test process's descendants that belong to Ray."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [os.getpid()]
    while todo:
        for pid in children.get(todo.pop(), []):
            todo.append(pid)
            try:
                cmd = (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if "ray" in cmd:
                found.append(cmd[:120])
    return found


@pytest.fixture(scope="module")
def local_ray():
    """One Ray instance on 127.0.0.1 for the module (starting Ray takes seconds); shut down afterwards,
    leaving no Ray process behind."""
    from armstrack.ray_ingest import ray_available, start_ray, stop_ray

    if not ray_available(local=True):  # (importing ray with the local, loopback-only settings)
        pytest.skip("ray[data] is not installed (pip install armstrack[ray])")
    import ray

    start_ray(None, num_cpus=2)
    assert ray.util.get_node_ip_address() == "127.0.0.1"
    try:
        yield ray
    finally:
        stop_ray()
        deadline = time.monotonic() + 20
        while _ray_processes() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not ray.is_initialized()
        assert not _ray_processes(), _ray_processes()


@pytest.fixture
def pg_schemas():
    made: list[str] = []

    def new() -> str:
        url, schema = _postgres_schema_url()
        made.append(schema)
        return url

    yield new
    for schema in made:
        _drop_schema(schema)


def _export(db: str) -> dict:
    result = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for doc in data["documents"]:
        doc.pop("ingested_at", None)  # the clock, not the content
    return data


@pytest.mark.postgres
@pytest.mark.seeds
def test_ray_ingest_stores_exactly_what_a_local_ingest_stores(local_ray, pg_schemas, tmp_path, monkeypatch):
    if not SEEDS.is_dir() or not DEV.is_file():
        pytest.skip("../shared/corpus (seeds and dev set) is not beside the project")
    own = tmp_path / "own.jsonl"
    own.write_text("\n".join(OWN) + "\n", encoding="utf-8")
    inputs = [str(SEEDS), str(DEV), str(own)]

    local_db, ray_db = pg_schemas(), pg_schemas()
    local = runner.invoke(app, ["ingest", *inputs, "--db", local_db, "-q"])
    assert local.exit_code == 1, local.output  # the broken line, and only it, failed
    # two datasets (chunks) of articles, each over its own pool of two actors, batches of 8 (the command
    # loads its settings from the environment)
    monkeypatch.setenv("ARMSTRACK_RAY_CHUNK_PER_ACTOR", "20")
    datasets = []
    real_from_items = local_ray.data.from_items
    monkeypatch.setattr(local_ray.data, "from_items",
                        lambda items, **kw: datasets.append(len(items)) or real_from_items(items, **kw))
    on_ray = runner.invoke(app, ["ingest", *inputs, "--db", ray_db, "-q", "--ray", "--ray-actors", "2",
                                 "--batch-size", "8"])
    assert on_ray.exit_code == 1, on_ray.output
    assert len(datasets) >= 2 and max(datasets) == 40, datasets
    failed = [line for line in on_ray.output.splitlines() if line.startswith("failed ")]
    assert len(failed) == 1 and "own.jsonl:3" in failed[0], on_ray.output

    expected, got = _export(local_db), _export(ray_db)
    assert len(expected["documents"]) == 4 + 60 + 2
    assert expected["transfers"] and expected["meetings"] and expected["quotes"] and expected["people"]
    assert expected.keys() == got.keys()
    for key in expected:
        assert got[key] == expected[key], key

    # a second Ray run finds everything stored and unchanged: nothing is analysed again
    again = runner.invoke(app, ["ingest", *inputs, "--db", ray_db, "--ray", "--ray-actors", "1"])
    assert "0 added, 0 replaced, 66 unchanged" in again.output, again.output
    assert _export(ray_db) == got


def test_without_the_extra_ray_is_one_clear_line_and_exit_2(tmp_path):
    # a `ray` package that cannot be imported stands in for an install without the extra
    shadow = tmp_path / "shadow" / "ray"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('No module named ray')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "shadow"), str(ROOT)])}
    result = subprocess.run([sys.executable, "-m", "armstrack.cli", "ingest", str(tmp_path), "--ray",
                             "--db", f"sqlite:///{tmp_path / 'x.db'}"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "pip install armstrack[ray]" in lines[0], result.stderr
    assert not (tmp_path / "x.db").exists()  # nothing was started or created


def test_ray_with_a_model_that_is_not_installed_is_one_line_and_exit_2(tmp_path):
    from armstrack.ray_ingest import ray_available

    if not ray_available(local=True):
        pytest.skip("ray[data] is not installed (pip install armstrack[ray])")
    (tmp_path / "a.txt").write_text("Norland ordered two frigates from Vestavia.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                                 "--ray", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2, result.output
    assert "no_such_pipeline_xyz" in result.output


def test_more_actors_than_local_cpus_is_one_line_and_exit_2(local_ray, tmp_path):
    (tmp_path / "a.txt").write_text("Norland ordered two frigates from Vestavia.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                                 "--ray", "--ray-actors", "3"])
    assert result.exit_code == 2, result.output
    assert "3 actors need 3 CPUs; the local Ray instance has 2" in result.output
