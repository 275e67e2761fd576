"""Security of the web UI and API: escaping, headers, tokens, size limits, origins, binding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack import settings
from armstrack.serve import security, views
from armstrack.serve.app import TEMPLATES, create_app

from test_serve_api import ingest_files, wait_for_job

PAYLOAD_IMG = "<img src=x onerror=alert(1)>"
PAYLOAD_SCRIPT = "<script>alert('title')</script>"
XSS_ARTICLE = {
    "xss-article.json": (
        '{"id": "xss-article", "title": "Payload ' + PAYLOAD_SCRIPT.replace("'", "\\u0027") + ' in a title", '
        '"url": "javascript:alert(2)", "source": "<b>bold source</b>", '
        '"text": "Russia delivered four Mi-171 helicopters to Mali ' + PAYLOAD_IMG + ' on Thursday, officials said. '
        'A second paragraph mentions <script>alert(3)</script> and \\"quotes\\" & ampersands."}'),
}


@pytest.fixture
def xss_client(sqlite_url, nlp, tmp_path):
    ingest_files(sqlite_url, nlp, tmp_path / "in", XSS_ARTICLE)
    with TestClient(create_app(sqlite_url, nlp_factory=lambda: nlp)) as c:
        yield c


def test_security_headers_everywhere(sqlite_url):
    with TestClient(create_app(sqlite_url)) as client:
        for path in ("/", "/api/transfers", "/static/armstrack.css", "/no-such-page", "/api/documents/none"):
            resp = client.get(path)
            csp = resp.headers.get("content-security-policy", "")
            assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp, path
            assert resp.headers.get("x-content-type-options") == "nosniff", path
            assert resp.headers.get("x-frame-options") == "DENY"


def test_article_text_and_metadata_are_escaped(xss_client):
    for path in ("/documents/xss-article", "/documents", "/", "/search?q=payload", "/search?q=helicopters",
                 "/transfers", "/events", "/timeline"):
        html = xss_client.get(path).text
        assert PAYLOAD_IMG not in html, path
        assert "<script>alert" not in html, path
        assert "<b>bold source</b>" not in html, path
    page = xss_client.get("/documents/xss-article").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(" in page
    assert 'href="javascript:' not in page  # a non-http URL is shown as text, never linked
    # every script on every page is an external file from this server
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/armstrack.js" defer>']
    # the JSON API returns the text as data
    assert PAYLOAD_IMG in xss_client.get("/api/documents/xss-article").json()["text"]


def test_templates_never_mark_data_safe():
    for template in Path(TEMPLATES).glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "Markup" not in text, template.name
        assert "autoescape false" not in text, template.name
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), f"inline script in {template.name}"
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", text), f"inline event handler in {template.name}"


def test_write_endpoints_need_the_token_when_set(sqlite_url, nlp):
    with TestClient(create_app(sqlite_url, token="s3cret-token", nlp_factory=lambda: nlp)) as client:
        article = {"text": "India has ordered 26 Rafale M jets from France.", "title": "Token test"}
        assert client.post("/api/ingest", data=article).status_code == 401
        assert client.post("/api/ingest", data=article, headers={"X-Armstrack-Token": "wrong"}).status_code == 401
        assert client.post("/api/ingest", json=article).status_code == 401
        resp = client.post("/api/ingest", data=article, headers={"X-Armstrack-Token": "s3cret-token"})
        assert resp.status_code == 202
        assert wait_for_job(client, resp.json()["id"])["state"] == "done"
        resp = client.post("/api/ingest", data={**article, "token": "s3cret-token", "title": "Form token"})
        assert resp.status_code == 202
        assert client.post("/add", data=article).status_code == 401
        assert 'name="token"' in client.get("/add").text
        # reading needs no token
        assert client.get("/api/documents").status_code == 200
    with TestClient(create_app(sqlite_url)) as client:
        assert 'name="token"' not in client.get("/add").text


def test_upload_size_limit(sqlite_url):
    with TestClient(create_app(sqlite_url)) as client:
        assert client.app.state.config.max_upload_bytes == settings.MAX_FILE_BYTES
    with TestClient(create_app(sqlite_url, max_upload_bytes=2000)) as client:
        big = b"Russia delivered tanks. " * 200
        resp = client.post("/api/ingest", files=[("files", ("big.txt", big, "text/plain"))])
        assert resp.status_code == 413 and "too large" in resp.json()["detail"]
        # without a Content-Length (chunked), the body is cut off while it streams in
        resp = client.post("/api/ingest", content=iter([b"{\"text\": \"", big, b"\"}"]),
                           headers={"content-type": "application/json"})
        assert resp.status_code == 413
        assert client.post("/add", files=[("files", ("big.txt", big, "text/plain"))]).status_code == 413
        assert client.post("/api/ingest", data={"text": "Small enough."}).status_code == 202


def test_cross_origin_writes_are_refused(sqlite_url):
    with TestClient(create_app(sqlite_url)) as client:
        text = {"text": "Poland has ordered 180 K2 tanks from South Korea."}
        assert client.post("/api/ingest", data=text, headers={"Origin": "http://evil.example"}).status_code == 403
        assert client.post("/add", data=text, headers={"Referer": "http://evil.example/page"}).status_code == 403
        assert client.post("/api/ingest", data=text, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
        assert client.post("/api/ingest", data=text, headers={"Origin": "http://testserver"}).status_code == 202


def test_binding_beyond_loopback_needs_a_token(monkeypatch, sqlite_url):
    assert security.is_loopback("127.0.0.1") and security.is_loopback("localhost") and security.is_loopback("::1")
    assert not security.is_loopback("0.0.0.0") and not security.is_loopback("192.168.1.5")
    assert not security.is_loopback("example.org")
    with pytest.raises(security.BindError):
        security.check_bind("0.0.0.0", None)
    security.check_bind("0.0.0.0", "tok")
    security.check_bind("127.0.0.1", None)

    from armstrack.cli import app

    monkeypatch.delenv("ARMSTRACK_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", sqlite_url, "--host", "0.0.0.0", "--port", "8999"])
    assert result.exit_code == 2
    assert "token" in result.output


def test_highlight_segments():
    text = "Alpha beta gamma delta."
    marks = [views.Mark(6, 16, "transfers", "t1", "T"), views.Mark(11, 22, "quotes", "q1", "Q"),
             views.Mark(30, 40, "events", "e1", "out of range"), views.Mark(5, 5, "events", "e2", "empty")]
    segs = views.highlight(text, marks, [{"start": 0, "end": 5, "type": "COUNTRY", "name": "Alpha"}])
    assert "".join(s.text for s in segs) == text
    by_text = {s.text: s for s in segs}
    assert by_text["Alpha"].entity == "COUNTRY" and not by_text["Alpha"].marked
    assert by_text["beta "].kinds == ["transfers"] and by_text["beta "].anchors == ["m-6-16"]
    assert by_text["gamma"].kinds == ["transfers", "quotes"] and by_text["gamma"].anchors == ["m-11-22"]
    assert by_text[" delta"].kinds == ["quotes"]
    assert all("m-30-40" not in s.anchors for s in segs)


def test_serve_command_runs_the_server(sqlite_url):
    """`armstrack serve` starts uvicorn on loopback and answers pages and API calls."""
    import json
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "ARMSTRACK_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "armstrack.cli", "serve", "--db", sqlite_url, "--port", str(port),
                             "--create"],  # a new, empty database
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents", timeout=2) as resp:
                    assert json.load(resp)["total"] == 0
                    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(f"server did not start: {proc.stdout.read() if proc.poll() is not None else ''}")
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
            assert "armstrack" in resp.read().decode()
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in out


def test_loopback_server_answers_only_to_loopback_names(sqlite_url):
    assert security.host_name("127.0.0.1:8000") == "127.0.0.1" and security.host_name("[::1]:80") == "::1"
    app = create_app(sqlite_url, allowed_hosts=security.LOOPBACK_NAMES)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/documents").status_code == 200
        assert client.get("/api/documents", headers={"Host": "localhost:8000"}).status_code == 200
        rebound = client.get("/api/documents", headers={"Host": "attacker.example:8000"})
        assert rebound.status_code == 421
        assert client.post("/api/ingest", data={"text": "x"}, headers={"Host": "attacker.example",
                                                                    "Origin": "http://attacker.example"}).status_code == 421
