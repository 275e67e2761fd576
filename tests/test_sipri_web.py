"""The /sipri page and /api/sipri/compare: three sections, differences, evidence links, escaping."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack.cli import app as cli
from armstrack.resolve.sipri import compare

DATA = Path(__file__).resolve().parent / "data" / "sipri_trade_register.csv"
HAS_REGISTER = importlib.util.find_spec("armstrack.query.register") is not None


def _rows():
    from armstrack.ingest.sipri import parse_file

    return [dict(r.as_dict(), id=i, source=str(DATA)) for i, r in enumerate(parse_file(DATA).records)]


def _deals():
    base = {"category": "aircraft", "deliveries": [], "status": "ordered", "first_reported": "2024-01-02",
            "delivery_years": [], "number_delivered": None, "order_date": None}
    return [
        dict(base, deal_id="deal-su30", supplier="Russia", recipient="Myanmar", family="Su-30",
             designations=["Su-30SME"], order_year=2018, number_ordered=6, number_delivered=6,
             delivery_years=[2022, 2023, 2024], sources=["doc-a", "doc-b"],
             evidence={"doc_id": "doc-a", "url": "https://news.example/a", "sentence": "Six jets were ordered.",
                       "start": 120, "end": 142}),
        dict(base, deal_id="deal-new", supplier="Turkey", recipient="Ruritania", family="Bayraktar TB2",
             designations=["<script>alert(1)</script>"], category="uav", order_year=2024, number_ordered=3,
             sources=["doc/c"], evidence={"doc_id": "doc/c", "url": None,
                                          "sentence": "Ruritania bought <b>three</b> drones.", "start": 7, "end": 40}),
    ]


def test_page_renders_the_three_outcomes_with_evidence_links_and_escaping():
    from armstrack.serve.app import template_env
    from armstrack.serve.sipri import page_context

    result = compare(_deals(), _rows())
    html = template_env().get_template("sipri.html").render(
        nav="/sipri", **page_context(result, {"recipient": None}, [(str(DATA), 16)], ["Myanmar"]))
    for section in ('id="news-only"', 'id="matched"', 'id="sipri-only"'):
        assert section in html
    assert html.index('id="news-only"') < html.index('id="matched"') < html.index('id="sipri-only"')
    assert 'href="/documents/doc%2Fc#m-7-40"' in html  # the news-only deal links to its sentence
    assert 'href="/documents/doc-a#m-120-142"' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert "&lt;b&gt;three&lt;/b&gt;" in html
    assert '<strong class="diff">6 / 4*</strong>' in html  # delivered: news 6, SIPRI 4 (a SIPRI estimate)
    assert "96K9 Pantsyr-S1" in html  # a SIPRI-only row
    assert "/api/sipri/compare?format=csv" in html
    assert "more: narrow the filters" not in html


def test_long_sections_are_cut_with_a_note(monkeypatch):
    from armstrack.serve import sipri
    from armstrack.serve.app import template_env

    html = template_env().get_template("sipri.html").render(
        nav="/sipri", **sipri.page_context(compare([], _rows()), {}, [(str(DATA), 16)], [], shown=5))
    assert "and 11 more: narrow the filters" in html
    assert html.count("<tr>") == 1 + 5  # the header row and five SIPRI rows


@pytest.fixture
def served(db_url):
    from armstrack.serve.app import create_app

    result = CliRunner().invoke(cli, ["sipri", "import", str(DATA), "--db", db_url])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(db_url)) as client:
        yield client


def test_page_and_api_on_a_database(served):
    page = served.get("/sipri", params={"recipient": "Burma"})
    assert page.status_code == 200
    assert f"{DATA.name} (16 rows)" in page.text and str(DATA.parent) not in page.text
    api = served.get("/api/sipri/compare", params={"recipient": "Burma"})
    if not HAS_REGISTER:  # before the deal register (h-deals) is merged
        assert 'id="no-register"' in page.text
        assert api.status_code == 503
        return
    assert 'id="sipri-only"' in page.text and "FTC-2000" in page.text and "Yak-130" not in page.text
    assert api.status_code == 200 and api.json()["counts"]["sipri_only"] == 2
    csv_text = served.get("/api/sipri/compare", params={"format": "csv"}).text
    assert csv_text.startswith("\ufeffoutcome,")


def test_bad_year_filter_is_refused(served):
    assert served.get("/api/sipri/compare", params={"since": "last year"}).status_code == 422
    assert served.get("/sipri", params={"since": "x"}).status_code == 422


def test_page_without_sipri_data(sqlite_url):
    from armstrack.serve.app import create_app

    with TestClient(create_app(sqlite_url)) as client:
        page = client.get("/sipri")
    assert page.status_code == 200 and 'id="no-sipri"' in page.text
