"""`armstrack sources`, `watch` and `fetch` as a user runs them, against a site served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from webfixtures import ARTICLES, Route, Site, publish, rss

runner = CliRunner()
NEWS = [p for p in ARTICLES if p.startswith("/news/")]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def site(monkeypatch):
    # the commands load their settings from the environment (armstrack.settings.load_settings)
    monkeypatch.setenv("ARMSTRACK_FETCH_HOST_DELAY", "0")
    monkeypatch.setenv("ARMSTRACK_FETCH_BACKOFF_SECONDS", "0.01")
    monkeypatch.setenv("ARMSTRACK_FETCH_TIMEOUT", "0.5")
    s = Site()
    publish(s)
    s.routes["/feed.xml"] = Route(rss(NEWS, s.base), content_type="application/rss+xml", etag='"one"')
    yield s
    s.close()


def test_sources_add_then_watch_once_twice(site, tmp_path):
    """The acceptance scenario of the README: the second poll fetches nothing new."""
    url = f"sqlite:///{tmp_path / 'news.db'}"
    added = runner.invoke(app, ["sources", "add", site.url("/feed.xml"), "--db", url])
    assert added.exit_code == 0, added.output
    assert "(feed)" in added.output

    first = runner.invoke(app, ["watch", "--once", "--db", url])
    assert first.exit_code == 0, first.output
    assert f"{site.url('/feed.xml')}: {len(NEWS)} new, 0 unchanged, 0 failed" in first.output
    assert f"{len(NEWS)} added" in first.output

    second = runner.invoke(app, ["watch", "--once", "--db", url])
    assert second.exit_code == 0, second.output
    assert f"{site.url('/feed.xml')}: 0 new" in second.output and "0 added" in second.output
    assert site.requests("/feed.xml")[-1].status == 304
    assert all(len(site.requests(p)) == 1 for p in NEWS)

    listed = runner.invoke(app, ["sources", "list", "--db", url, "--json"])
    rows = json.loads(listed.stdout)
    assert rows[0]["documents"] == len(NEWS) and rows[0]["failures"] == 0

    docs = runner.invoke(app, ["stats", "--db", url])
    assert docs.exit_code == 0

    again = runner.invoke(app, ["sources", "add", site.url("/feed.xml"), "--db", url])
    assert again.exit_code == 1 and "already watched" in again.output
    removed = runner.invoke(app, ["sources", "remove", "1", "--db", url])
    assert removed.exit_code == 0 and "removed" in removed.output
    assert json.loads(runner.invoke(app, ["sources", "list", "--db", url, "--json"]).stdout) == []


def test_watch_runs_the_saved_alerts(site, tmp_path):
    """A watch cycle ends as an ingest does: alerts report the new records it brought."""
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    assert runner.invoke(app, ["sources", "add", site.url("/feed.xml"), "--db", url]).exit_code == 0
    made = runner.invoke(app, ["alerts", "add", "chile", "--recipient", "Chile", "--db", url])
    assert made.exit_code == 0, made.output
    first = runner.invoke(app, ["watch", "--once", "--db", url])
    assert first.exit_code == 0, first.output
    assert "alert chile" in first.output and "Israel → Chile" in first.output
    assert "alert" not in runner.invoke(app, ["watch", "--once", "--db", url]).output


def test_fetch_command_exit_codes(site, tmp_path):
    url = f"sqlite:///{tmp_path / 'pages.db'}"
    site.routes["/news/gone.html"] = Route(b"gone", status=410)
    result = runner.invoke(app, ["fetch", site.url(NEWS[0]), site.url("/news/gone.html"),
                                 site.url("/private/secret-deal.html"), "--db", url])
    assert result.exit_code == 1
    assert "HTTP 410" in result.output and "disallowed by robots.txt" in result.output
    assert "1 added" in result.output
    assert site.requests("/private/secret-deal.html") == []
    ok = runner.invoke(app, ["fetch", site.url(NEWS[1]), "--db", url, "--quiet"])
    assert ok.exit_code == 0, ok.output


def test_bad_arguments(tmp_path, site):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert runner.invoke(app, ["watch", "--every", "soon", "--db", url]).exit_code == 2
    empty = runner.invoke(app, ["watch", "--once", "--db", url])
    assert empty.exit_code == 1 and "no sources to watch" in empty.output
    bad = runner.invoke(app, ["sources", "add", "ftp://example.org/feed", "--db", url])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output
    down = runner.invoke(app, ["sources", "add", site.url("/missing.xml"), "--db", url])
    assert down.exit_code == 2 and "HTTP 404" in down.output and "--kind" in down.output
    assert runner.invoke(app, ["sources", "remove", "7", "--db", url]).exit_code == 1


def test_watch_stops_cleanly_on_sigterm(site, tmp_path):
    """A real process: SIGTERM while it waits for the next poll ends it at once, exit code 0."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    assert runner.invoke(app, ["sources", "add", site.url("/feed.xml"), "--db", url]).exit_code == 0
    env = {**os.environ, "ARMSTRACK_HOST_DELAY": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "from armstrack.cli import main; main()", "watch", "--every", "1h", "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not all(site.requests(p) for p in NEWS):
            time.sleep(0.2)
        time.sleep(1.0)  # let the cycle finish writing
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "SIGTERM: stopping" in err
    assert f"{len(NEWS)} new" in out
