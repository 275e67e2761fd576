"""The deal register page in a real browser (headless Chromium, as tests/test_browser.py): the seeds'
Pantsir-S1 agreement is one deal, a click on a cell lands on its highlighted sentence, the deliveries chart
and sorting work. Also the page and API without a browser (filters, downloads, bad input)."""

from __future__ import annotations

import re

import pytest

from conftest import SEEDS
from test_browser import browser_context, live_server, page, shot  # noqa: F401  (fixtures)
from test_deals import ARTICLES as DEAL_ARTICLES
from test_serve_api import ingest_files


@pytest.fixture(scope="module")
def register_server(tmp_path_factory, nlp):
    """The real server on a database with the seeds and our follow-on order articles."""
    from armstrack.serve.app import create_app

    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the project")
    folder = tmp_path_factory.mktemp("register")
    url = f"sqlite:///{folder / 'armstrack.db'}"
    ingest_files(url, nlp, folder / "seeds", {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")})
    ingest_files(url, nlp, folder / "ours", {f"{k}.txt": v for k, v in DEAL_ARTICLES.items()})
    with live_server(create_app(url, nlp_factory=lambda: nlp)) as base:
        yield base


def test_register_cell_click_lands_on_its_highlighted_sentence(register_server, page):  # noqa: F811
    resp = page.goto(f"{register_server}/register?recipient=Myanmar")
    assert resp.status == 200 and "default-src 'self'" in resp.headers["content-security-policy"]
    rows = page.locator("#deals tbody tr").filter(has_text="Pantsir-S1")
    assert rows.count() == 1, "the Pantsir-S1 agreement is one deal"
    row = rows.first
    assert "Russia" in row.inner_text() and "2021" in row.inner_text()
    assert row.locator("a.source").count() == 3, "with its three sources"
    shot(page, "deal-register-myanmar")

    cell = row.locator("td").nth(2).locator("a.ev-cell")  # Year of order
    sentence = cell.get_attribute("title")
    cell.click()
    page.wait_for_url(re.compile(r"/documents/[^#]+#m-\d+-\d+$"))
    current = page.locator("#doc-text mark.ev.current")
    assert current.count() >= 1
    highlighted = " ".join("".join(current.all_inner_texts()).split())
    assert "Pantsir" in highlighted and highlighted in " ".join(sentence.split())
    box, height = current.first.bounding_box(), page.viewport_size["height"]
    assert 0 <= box["y"] <= height, "the evidence is scrolled into view"
    shot(page, "deal-register-evidence", full_page=False)
    assert page.problems == [] and page.dialogs == []


def test_register_chart_sorting_and_delivery_links(register_server, page):  # noqa: F811
    page.goto(f"{register_server}/register?supplier=Russia&named_only=1")
    bars = page.locator("#deliveries-chart rect.bar")
    assert bars.count() == 2  # 2020 and 2024 deliveries of our articles
    assert "2024: 10 units" in bars.nth(1).locator("title").text_content()
    page.click("#deals thead a:has-text('Year of order')")
    page.wait_for_url(re.compile(r"sort=order_year"))
    years = [t.strip() for t in page.locator("#deals tbody tr td:nth-child(3)").all_inner_texts()]
    dated = [y for y in years if y]
    assert dated == sorted(dated) and "2018" in dated and "2023" in dated
    delivery = page.locator("#deals a.delivery", has_text="2024-07").first
    delivery.click()
    page.wait_for_url(re.compile(r"/documents/second#m-\d+-\d+$"))
    assert "delivered ten" in " ".join(page.locator("#doc-text mark.ev.current").all_inner_texts())
    page.goto(f"{register_server}/register?since=2024&until=2024&supplier=Russia")
    assert page.locator("#deals tbody tr").count() == 1
    shot(page, "deal-register-2024")
    assert page.problems == []


def test_register_api_and_page_errors(register_server, page):  # noqa: F811
    api = page.request.get(f"{register_server}/api/register?recipient=Vietnam&limit=1")
    body = api.json()
    assert body["total"] == 3 and len(body["items"]) == 1
    assert page.request.get(f"{register_server}/api/register?since=soon").status == 422
    assert page.request.get(f"{register_server}/api/register?sort=nothing").status == 422
    assert page.request.get(f"{register_server}/register?until=later").status == 422
    csv = page.request.get(f"{register_server}/api/register?format=csv&recipient=Vietnam")
    assert csv.body().startswith(b"\xef\xbb\xbfRecipient,Supplier,Year of order")
    xlsx = page.request.get(f"{register_server}/api/register?format=xlsx")
    assert xlsx.body()[:2] == b"PK"
