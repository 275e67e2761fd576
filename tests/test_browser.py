"""The web UI in a real browser: headless Chromium (Debian's package) driven by Playwright's driver.

One server (uvicorn on a free 127.0.0.1 port, SQLite with the seed corpus and our own articles) and one
browser serve the whole module. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from test_serve_api import ARTICLES, ingest_files
from test_serve_security import PAYLOAD_IMG, XSS_ARTICLE

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> Path:
    """Debian's chromium; installed here when missing and possible (root with apt-get), else a skip."""
    if CHROMIUM.exists():
        return CHROMIUM
    reason = "chromium is not installed"
    if os.environ.get("ARMSTRACK_NO_BROWSER_INSTALL"):
        pytest.skip(f"{reason} and ARMSTRACK_NO_BROWSER_INSTALL is set")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        try:
            subprocess.run(["apt-get", "update", "-qq"], env=env, check=True, capture_output=True, timeout=600)
            subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env, check=True,
                           capture_output=True, timeout=900)
        except (subprocess.SubprocessError, OSError) as exc:
            pytest.skip(f"{reason} and installing it failed: {exc}")
        if CHROMIUM.exists():
            return CHROMIUM
    pytest.skip(f"{reason} and cannot be installed here (needs root and apt-get: apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def live_server(app):
    """``app`` served by uvicorn on a free 127.0.0.1 port in a thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """The real server on a database with the seeds (when present), our articles and an XSS article."""
    from armstrack.serve.app import create_app

    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'armstrack.db'}"
    ingest_files(url, nlp, folder / "ours", {**ARTICLES, **XSS_ARTICLE})
    if SEEDS.is_dir():
        ingest_files(url, nlp, folder / "seeds", {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")})
    with live_server(create_app(url, nlp_factory=lambda: nlp)) as base:
        yield base


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    executable = _chromium()
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(executable), headless=True,
            args=LAUNCH_ARGS, viewport={"width": 1400, "height": 900})
        context.set_default_timeout(20_000)
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A fresh tab that records console errors, page errors and dialogs (none may happen)."""
    tab = browser_context.new_page()
    tab.problems = []
    tab.dialogs = []
    tab.on("console", lambda m: tab.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(f"page error: {e}"))

    def on_dialog(dialog):
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield tab
    tab.close()


def shot(page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


def test_every_page_loads_without_errors(server, page):
    people = page.request.get(f"{server}/api/people?q=Jonson").json()["items"]
    paths = ["/", "/transfers", "/timeline", "/network", "/people", f"/people/{people[0]['id']}", "/countries",
             "/countries/Sweden", "/systems/Gripen", "/documents", "/documents/gripen-brazil", "/conflicts", "/add",
             "/meetings", "/quotes", "/figures", "/events", "/search?q=Gripen", "/api/docs"]
    if SEEDS.is_dir():
        paths += ["/countries/Myanmar", "/systems/Pantsir"]
    for path in paths:
        resp = page.goto(server + path)
        assert resp.status == 200, path
        assert "default-src 'self'" in resp.headers["content-security-policy"]
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("header.topbar nav a.active, header.topbar").count() >= 1
        shot(page, "page-" + (re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-") or "overview"))
    # no CSP violation, script error or failed asset on any page
    assert page.problems == []
    assert page.dialogs == []


def test_register_shows_pantsir_and_links_to_its_sentence(server, page, seeds):
    page.goto(f"{server}/transfers")
    page.fill("form.filters input[name=system]", "Pantsir-S1")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"system=Pantsir-S1"))
    rows = page.locator("#register tbody tr")
    assert rows.count() >= 1
    row = rows.filter(has_text="Pantsir-S1").first
    text = row.inner_text()
    assert "Russia" in text and "Myanmar" in text
    shot(page, "register-pantsir")

    source = row.locator("a.source").first
    sentence = source.get_attribute("title")
    source.click()
    page.wait_for_url(re.compile(r"/documents/[^#]+#m-\d+-\d+$"))
    current = page.locator("#doc-text mark.ev.current")
    assert current.count() >= 1
    highlighted = "".join(current.all_inner_texts())
    assert "Pantsir" in highlighted
    assert " ".join(highlighted.split()) in " ".join(sentence.split())
    assert current.first.is_visible()
    box, height = current.first.bounding_box(), page.viewport_size["height"]
    assert 0 <= box["y"] <= height, "the evidence is scrolled into view"
    # the records panel marks the record(s) citing this sentence
    assert page.locator(".rec-link.current").count() >= 1
    shot(page, "document-pantsir-evidence", full_page=False)  # what the reader sees after the click

    # clicking a record in the panel moves the highlight to its sentence
    other = page.locator(".rec-link:not(.current)").first
    href = other.get_attribute("href")
    other.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("#doc-text mark.ev.current").count() >= 1


def test_filters_sorting_timeline_and_search(server, page):
    page.goto(f"{server}/transfers")
    page.select_option("form.filters select[name=status]", "agreed")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=agreed"))
    statuses = page.locator("#register tbody td .badge").all_inner_texts()
    assert statuses and set(statuses) == {"agreed"}

    page.fill("form.filters input[name=supplier]", "Sweden")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"supplier=Sweden"))
    assert page.locator("#register tbody tr").count() == 1
    assert "Gripen" in page.locator("#register tbody").inner_text()
    page.click("a:has-text('Clear')")

    # sorting by quantity, both ways
    page.click("#register thead th:has-text('Qty') a")
    page.wait_for_url(re.compile(r"sort=quantity"))
    page.click("#register thead th:has-text('Qty') a")
    page.wait_for_url(re.compile(r"sort=-quantity"))
    quantities = [int(q.replace(",", "")) for q in page.locator("#register tbody td.num").all_inner_texts() if q.strip()]
    assert quantities == sorted(quantities, reverse=True) and quantities
    shot(page, "register-sorted")

    # the CSV download link carries the filters
    assert "format=csv" in page.locator("a:has-text('Download CSV')").get_attribute("href")

    page.goto(f"{server}/timeline")
    page.fill("form.filters input[name=country]", "Brazil")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"country=Brazil"))
    assert page.locator("svg.timeline circle.pt").count() >= 1
    assert "Gripen" in page.locator("main").inner_text()
    shot(page, "timeline-brazil")

    page.fill("header .search input[name=q]", "Gripen")
    page.press("header .search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Gripen"))
    hit = page.locator("#search-articles ul.hits li").first
    assert "Gripen" in hit.locator("mark").first.inner_text()
    hit.locator("a").first.click()
    page.wait_for_url(re.compile(r"/documents/gripen-brazil$"))
    shot(page, "search-to-document")
    assert page.problems == []


def test_network_is_interactive(server, page):
    page.goto(f"{server}/network")
    nodes = page.locator("#network a.node")
    assert nodes.count() >= 3
    page.locator("#network a.node[data-id='country:Sweden'] circle").hover()
    assert "focus" in page.locator("#network").get_attribute("class")
    assert page.locator("#network line.edge.hl").count() >= 1
    page.uncheck("#net-legend input[data-type=system]")
    assert not page.locator("#network a.node[data-type=system]").first.is_visible()
    shot(page, "network")


def test_article_with_script_payloads_stays_inert(server, page):
    resp = page.goto(f"{server}/documents/xss-article")
    csp = resp.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert resp.headers.get("x-content-type-options") == "nosniff"
    for path in ("/documents/xss-article", "/documents", "/search?q=helicopters", "/transfers", "/",
                 "/events", "/timeline"):
        page.goto(server + path)
        page.wait_for_timeout(150)
        injected = page.evaluate("""() => ({
            imgs: document.querySelectorAll('img').length,
            handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
            inline: Array.from(document.scripts).filter(s => !s.src).length,
            bold: document.querySelectorAll('main b').length,
        })""")
        assert injected == {"imgs": 0, "handlers": 0, "inline": 0, "bold": 0}, (path, injected)
    page.goto(f"{server}/documents/xss-article")
    body = page.locator("#doc-text").inner_text()
    assert PAYLOAD_IMG in body and "<script>alert(3)</script>" in body  # shown as text
    assert "<script>" in page.locator("h1.doc-title").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    shot(page, "xss-article")
    page.wait_for_timeout(300)
    assert page.dialogs == [], "a script ran"


def test_add_an_article_in_the_browser(server, page):
    page.goto(f"{server}/add")
    page.fill("#f-title", "Chile buys patrol boats")
    page.fill("#f-published", "2024-02-14")
    page.fill("#f-text", "Chile buys patrol boats\n\nChile has ordered four patrol boats from Spain, the Chilean "
                         "navy said on Wednesday. The first boat is due in 2026.\n")
    page.click("#add-submit")
    from playwright.sync_api import expect

    # (polling with wait_for_function would need eval, which our Content-Security-Policy rightly forbids)
    expect(page.locator("#job-state")).to_have_text(re.compile(r"^done"), timeout=120_000)
    assert "1 stored" in page.locator("#job-state").inner_text()
    shot(page, "add-done")
    page.locator("#job-docs a").first.click()
    page.wait_for_url(re.compile(r"/documents/pasted-chile-buys-patrol-boats-"))
    assert page.locator("h1.doc-title").inner_text() == "Chile buys patrol boats"
    assert page.problems == []
