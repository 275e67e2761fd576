"""The JSON API and the server-rendered pages, with FastAPI's TestClient, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import time

import pytest
from fastapi.testclient import TestClient

from armstrack.core import Ingester
from armstrack.resolve import database
from armstrack.store import db

#: Small articles written for these tests (fictional reporting about real countries).
ARTICLES = {
    "gripen-brazil.txt": """Brazil orders more Gripen fighters from Sweden

By Test Writer

March 3, 2023

Sweden has agreed to deliver 12 more Gripen fighter jets to Brazil, the Brazilian air force said on Friday.

Swedish Defence Minister Pal Jonson met Brazilian Defence Minister Jose Mucio in Brasilia on March 2, 2023.

"This order shows the trust between our two air forces," Jonson said after the meeting.
""",
    "s400-india.txt": """India receives third S-400 regiment

By Test Writer

May 9, 2023

Russia has delivered the third regiment of S-400 air defence systems to India, officials in New Delhi said on Monday.
""",
}


def ingest_files(db_url: str, nlp, folder, files: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            report = Ingester(session, nlp).run([folder])
    finally:
        engine.dispose()
    assert report.ok, report.failures
    return report


@pytest.fixture
def client(db_url, nlp, tmp_path):
    from armstrack.serve.app import create_app

    ingest_files(db_url, nlp, tmp_path / "in", ARTICLES)
    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as c:
        yield c


def wait_for_job(client, job_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def _transfer(items, system):
    return next(t for t in items if t["system"] == system)


def test_api_lists_filters_pages_and_csv(client):
    docs = client.get("/api/documents").json()
    assert docs["total"] == 2 and {d["id"] for d in docs["items"]} == {"gripen-brazil", "s400-india"}
    assert "text" not in docs["items"][0]

    page = client.get("/api/transfers").json()
    assert set(page) == {"items", "total", "limit", "offset"} and page["total"] == 2
    gripen = _transfer(page["items"], "Gripen")
    assert (gripen["supplier"], gripen["recipient"], gripen["quantity"], gripen["status"]) == \
        ("Sweden", "Brazil", 12, "agreed")
    mention = gripen["mentions"][0]
    assert set(mention) >= {"doc", "start", "end", "text"} and mention["doc"] == "gripen-brazil"

    # the evidence offsets point into the document's text
    doc = client.get("/api/documents/gripen-brazil").json()
    assert "12 more Gripen" in doc["text"][mention["start"]:mention["end"]] or \
        doc["text"][mention["start"]:mention["end"]] in mention["text"]
    assert any(t["system"] == "Gripen" for t in doc["records"]["transfers"])
    assert doc["records"]["meetings"] and doc["records"]["quotes"]

    # the CLI's filters
    assert [t["system"] for t in client.get("/api/transfers", params={"supplier": "Russia"}).json()["items"]] == ["S-400"]
    assert client.get("/api/transfers", params={"recipient": "Brazil"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"status": "delivered"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"system": "S-400"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"country": "India"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"since": "2023-05"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"until": "2023-04"}).json()["total"] == 1
    assert client.get("/api/meetings", params={"person": "Pal Jonson"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"person": "Pal Jonson"}).json()["total"] == 1
    assert client.get("/api/transfers", params={"since": "March"}).status_code == 422
    assert client.get("/api/transfers", params={"sort": "nonsense"}).status_code == 422

    # pagination keeps the total
    first = client.get("/api/transfers", params={"limit": 1, "sort": "system"}).json()
    second = client.get("/api/transfers", params={"limit": 1, "offset": 1, "sort": "system"}).json()
    assert first["total"] == second["total"] == 2 and first["limit"] == 1 and second["offset"] == 1
    assert [first["items"][0]["system"], second["items"][0]["system"]] == ["Gripen", "S-400"]
    assert client.get("/api/transfers", params={"limit": 0}).status_code == 422

    # one record by id, and a missing one
    one = client.get(f"/api/transfers/{gripen['id']}").json()
    assert one["id"] == gripen["id"] and one["system"] == "Gripen"
    assert client.get("/api/transfers/t999999").status_code == 404
    assert client.get("/api/documents/no-such-doc").status_code == 404

    # CSV by parameter and by Accept header
    for resp in (client.get("/api/transfers", params={"format": "csv"}),
                 client.get("/api/transfers", headers={"Accept": "text/csv"})):
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(resp.text)))
        assert len(rows) == 2
        row = next(r for r in rows if r["system"] == "Gripen")
        assert row["supplier"] == "Sweden" and row["quantity"] == "12" and row["documents"] == "gripen-brazil" and row["sources"] == "1"
        assert "Gripen" in row["evidence"]
    people_csv = client.get("/api/people", params={"format": "csv"}).text
    assert "Pal Jonson" in people_csv
    assert "gripen-brazil" in client.get("/api/documents", params={"format": "csv"}).text


def test_api_people_search_conflicts_openapi(client):
    people = client.get("/api/people").json()
    jonson = next(p for p in people["items"] if p["name"] == "Pal Jonson")
    person = client.get(f"/api/people/{jonson['id']}").json()
    assert any("Defence Minister" in t["title"] for t in person["titles"])
    assert person["meetings"] and person["quotes"]
    assert client.get("/api/people/p999999").status_code == 404

    hits = client.get("/api/search", params={"q": "Gripen"}).json()
    assert [h["doc"] for h in hits] == ["gripen-brazil"]
    assert client.get("/api/search").status_code == 422
    assert isinstance(client.get("/api/conflicts").json(), list)
    assert client.get("/api/overview").json()["counts"]["documents"] == 2
    assert client.get("/api/timeline", params={"country": "India"}).json()
    assert client.get("/api/network").json()["nodes"]

    spec = client.get("/api/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/transfers", "/api/meetings", "/api/quotes",
                 "/api/figures", "/api/events", "/api/people", "/api/people/{person_id}", "/api/conflicts",
                 "/api/search", "/api/ingest", "/api/jobs/{job_id}"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/transfers"]["get"]["parameters"]}
    assert params >= {"supplier", "recipient", "system", "status", "since", "until", "country", "person",
                      "limit", "offset", "format"}
    # no page of the UI is in the API description
    assert not any(p.startswith("/transfers") for p in spec["paths"])
    assert "Transfer" in spec["components"]["schemas"]


def test_ingest_paste_upload_and_json(client):
    pasted = ("Egypt orders Rafale jets\n\nEgypt has ordered 30 Rafale fighter jets from France, "
              "the Egyptian defence ministry said on Tuesday.\n")
    resp = client.post("/api/ingest", data={"text": pasted, "title": "Egypt orders Rafale jets",
                                            "published": "2021-05-04"})
    assert resp.status_code == 202, resp.text
    job = wait_for_job(client, resp.json()["id"])
    assert job["state"] == "done" and job["stored"] == 1 and not job["failures"], job
    doc_id = job["documents"][0]
    assert doc_id.startswith("pasted-egypt-orders-rafale-jets")
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["title"] == "Egypt orders Rafale jets" and doc["published"] == "2021-05-04"
    assert client.get("/api/transfers", params={"system": "Rafale"}).json()["total"] == 1

    # files: a text article and a JSON lines file; the ids come from the file name and the id field
    jsonl = ('{"id": "feed-1", "title": "Mali receives helicopters", "text": "Russia delivered four Mi-171 '
             'helicopters to Mali on Thursday, the Malian army said."}\n')
    files = [("files", ("poland-k2.txt", b"Poland signs for K2 tanks\n\nPoland has ordered 180 K2 tanks from "
                                         b"South Korea, the defence ministry in Warsaw said.\n", "text/plain")),
             ("files", ("feed.jsonl", jsonl.encode(), "application/octet-stream"))]
    resp = client.post("/api/ingest", files=files)
    assert resp.status_code == 202, resp.text
    job = wait_for_job(client, resp.json()["id"])
    assert job["state"] == "done" and sorted(job["added"]) == ["feed-1", "poland-k2"], job

    # a JSON body (a list of articles), and re-sending unchanged content changes nothing
    body = [{"id": "json-1", "title": "A JSON article", "text": "India has ordered 26 Rafale M jets from France."}]
    job = wait_for_job(client, client.post("/api/ingest", json=body).json()["id"])
    assert job["added"] == ["json-1"]
    job = wait_for_job(client, client.post("/api/ingest", json=body).json()["id"])
    assert job["unchanged"] == ["json-1"] and job["stored"] == 0

    # bad requests
    assert client.post("/api/ingest", data={"text": "   "}).status_code == 400
    assert client.post("/api/ingest", files=[("files", ("x.xlsx", b"PK", "application/vnd.ms-excel"))]).status_code == 400
    assert client.post("/api/ingest", json=[{"title": "no text"}]).status_code == 400
    assert client.post("/api/ingest", content=b"x", headers={"content-type": "text/plain"}).status_code == 415
    assert client.get("/api/jobs/nope").status_code == 404


PAGES = ["/", "/transfers", "/timeline", "/network", "/people", "/documents", "/conflicts", "/add", "/meetings",
         "/quotes", "/figures", "/events", "/search?q=Gripen", "/api/docs", "/countries/Sweden", "/systems/Gripen",
         "/documents/gripen-brazil"]


def register_table(html: str) -> str:
    return html[html.index('id="register"'):html.index("</table>", html.index('id="register"'))]


def test_pages_render(client):
    for path in PAGES:
        resp = client.get(path)
        assert resp.status_code == 200, (path, resp.text[:500])
        assert resp.headers["content-type"].startswith("text/html")
        assert "<script>" not in resp.text  # only external scripts
    register = client.get("/transfers").text
    assert "Gripen" in register and "S-400" in register and 'href="/documents/gripen-brazil#m-' in register
    filtered = register_table(client.get("/transfers", params={"supplier": "Sweden"}).text)
    assert "Gripen" in filtered and "S-400" not in filtered
    assert "Gripen" in client.get("/timeline", params={"country": "Brazil"}).text
    people = client.get("/api/people").json()["items"]
    jonson = next(p for p in people if p["name"] == "Pal Jonson")
    page = client.get(f"/people/{jonson['id']}").text
    assert "Defence Minister" in page and "trust between our two air forces" in page
    assert client.get("/documents/none-such").status_code == 404
    assert "Not found" in client.get("/countries/Atlantis").text
    assert client.get("/transfers", params={"since": "nope"}).status_code == 422


def test_profile_pages_list_the_newest_and_link_to_all(db_url, nlp, tmp_path, tune):
    """A country or weapon system page shows the newest ``profile_page_records`` of each list, says how many
    there are and links to all of them in the register; the API's profile lists ``profile_records``."""
    from armstrack.serve.app import create_app

    more = {"mig-india.txt": "India gets more jets\n\nBy Test Writer\n\nJune 12, 2023\n\n"
                             "Russia has delivered 6 MiG-29 fighters to India, the Indian air force said.\n"}
    ingest_files(db_url, nlp, tmp_path / "in", {**ARTICLES, **more})
    tune(profile_page_records=1, profile_records=50)
    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as client:
        assert len(client.get("/api/countries/India").json()["received"]) == 2
        html = client.get("/countries/India").text
        received = html[html.index("Received by India"):html.index("</table>", html.index("Received by India"))]
        assert "the newest 1 of 2" in received and 'href="/transfers?recipient=India"' in received
        assert received.count("<tr data-id=") == 1  # the newest one only
        supplied = html[html.index("Supplied by India"):html.index("</table>", html.index("Supplied by India"))]
        assert "the newest" not in supplied and "/transfers?supplier=India" not in supplied
        html = client.get("/countries/Russia").text
        assert "the newest 1 of 2" in html and 'href="/transfers?supplier=Russia"' in html
    tune(profile_page_records=5)
    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as client:
        html = client.get("/countries/India").text
        assert "the newest" not in html and html.count("<tr data-id=") == 2


def test_document_page_highlights_every_record(client):
    doc = client.get("/api/documents/gripen-brazil").json()
    html = client.get("/documents/gripen-brazil").text
    for kind, records in doc["records"].items():
        for r in records:
            for m in r["mentions"]:
                if m["doc"] == "gripen-brazil":
                    assert f'id="m-{m["start"]}-{m["end"]}"' in html, (kind, m)
                    assert f'href="#m-{m["start"]}-{m["end"]}"' in html
    assert html.count("<mark ") >= 3
    assert 'class="ev k-transfers' in html


def test_seed_corpus(db_url, nlp, seeds):
    """The development articles: the Pantsir-S1 transfer reaches the register and links to its sentence."""
    from armstrack.serve.app import create_app

    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            assert Ingester(session, nlp).run([seeds]).ok
    finally:
        engine.dispose()
    with TestClient(create_app(db_url)) as client:
        items = client.get("/api/transfers", params={"system": "Pantsir-S1", "limit": 100}).json()["items"]
        pantsir = [t for t in items if t["system"] == "Pantsir-S1"]
        assert pantsir and all(t["supplier"] == "Russia" and t["recipient"] == "Myanmar" for t in pantsir)
        m = pantsir[0]["mentions"][0]
        html = client.get("/transfers", params={"system": "Pantsir-S1"}).text
        assert f'#m-{m["start"]}-{m["end"]}"' in html
        doc_html = client.get(f"/documents/{m['doc']}").text
        assert f'id="m-{m["start"]}-{m["end"]}"' in doc_html
        for path in ("/", "/timeline", "/network", "/conflicts", "/people", "/countries/Myanmar",
                     "/systems/Pantsir", "/search?q=Pantsir"):
            assert client.get(path).status_code == 200, path
        assert client.get("/api/search", params={"q": "Pantsir"}).json()
