"""Saved searches with alerts (issue 12): an alert reports a matching merged record once when it is new,
again when another source reports it, never for a re-ingest or a copy; its filters are the query
commands'; reports go to the terminal, a JSON-lines file and the /alerts page, where they can be marked
as seen. Articles are written here (invented people and places).
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack.cli import app

runner = CliRunner()

HOSTILE = "[bold]last week[/bold] <script>alert(1)</script>"
#: One delivery reported by two outlets, a copy of the first report, and an unrelated delivery.
FIRST = {"id": "gazette-1", "title": "Trainers land at Lake Inle base", "source": "Harbour Gazette",
         "published": "2024-03-12",
         "text": "Russia delivered six Yak-130 trainer jets to Myanmar last week, the air force said on Monday. "
                 "The aircraft landed at a base near Lake Inle."}
SECOND = {"id": "courier-7", "title": "Handover [bold]now[/bold] <script>alert(2)</script>",
          "source": "Delta Courier", "published": "2024-03-14",
          "text": f"Russia delivered six Yak-130 jets to Myanmar {HOSTILE}, a spokesman for the air force told "
                  "reporters. Pilots of the Kestrel squadron will fly them."}
EDITED = {**FIRST, "text": FIRST["text"] + " A correction was added to this report on Tuesday."}
COPY = {**EDITED, "id": "gazette-1-syndicated", "source": "Wire Reprints"}
OTHER = {"id": "isle-3", "title": "Rafales for Greece", "source": "Isle Times", "published": "2024-03-13",
         "text": "France delivered two Rafale fighter jets to Greece, the Greek air force said on Tuesday."}
MEETING = {"id": "post-9", "title": "Air chiefs meet", "source": "Capital Post", "published": "2024-03-15",
           "text": "General Tun Aye Kyaw, the commander of Myanmar's air force, met Russian Deputy Defence "
                   "Minister Pavel Orlin in Moscow on Tuesday to discuss training."}


def _ingest(tmp_path: Path, db: str, *articles: dict, name: str = "in.jsonl") -> str:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def _cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_an_alert_reports_a_new_record_once_and_again_when_a_source_joins(tmp_path, db_url):
    from armstrack.serve.views import evidence_url

    jsonl = tmp_path / "out" / "burma.jsonl"
    out = _cli("alerts", "add", "burma", "--recipient", "burma", "--jsonl", str(jsonl), "--db", db_url)
    assert "0 matching records already stored" in out

    # a new record: reported once, on the terminal and in the file, with its evidence
    out = _ingest(tmp_path, db_url, FIRST, OTHER)
    assert out.count("alert burma") == 1 and "new transfer Russia → Myanmar" in out
    assert "Greece" not in out.split("alert burma", 1)[1]  # the other delivery does not match
    [first] = _lines(jsonl)
    assert first["reason"] == "new" and first["alert"] == "burma" and first["sources"] == 1
    assert first["record"]["recipient"] == "Myanmar" and first["record"]["system"] == "Yak-130"
    assert first["evidence"]["doc"] == "gazette-1" and "Yak-130" in first["evidence"]["text"]
    assert first["evidence"]["path"] == evidence_url(first["evidence"])

    # the same article again, an edit elsewhere in it, a syndicated copy: nothing new to report
    for again in ([FIRST], [EDITED], [COPY]):
        out = _ingest(tmp_path, db_url, *again)
        assert "alert" not in out, out
    assert len(_lines(jsonl)) == 1

    # another outlet reports the same delivery: the merged record gains a source, reported again
    out = _ingest(tmp_path, db_url, SECOND)
    assert out.count("alert burma") == 1 and "transfer with more sources" in out and "1 → 2 sources" in out
    second = _lines(jsonl)[1]
    assert second["reason"] == "sources" and (second["previous_sources"], second["sources"]) == (1, 2)
    assert second["record_key"] == first["record_key"]  # the same merged record, however its id moves
    assert second["evidence"]["doc"] == "courier-7"
    assert {m["doc"] for m in second["record"]["mentions"]} >= {"gazette-1", "courier-7"}

    shown = json.loads(_cli("alerts", "show", "burma", "--json", "--db", db_url))
    assert [e["reason"] for e in shown] == ["sources", "new"]  # newest first


def test_min_sources_and_kind_choose_what_is_reported(tmp_path, db_url):
    _cli("alerts", "add", "confirmed", "--min-sources", "2", "--db", db_url)
    _cli("alerts", "add", "orlin", "--kind", "meetings", "--person", "Orlin", "--db", db_url)
    _cli("alerts", "add", "any-transfer", "--db", db_url)

    out = _ingest(tmp_path, db_url, FIRST)
    assert "alert any-transfer" in out and "alert confirmed" not in out and "alert orlin" not in out
    # with a second source the transfer reaches --min-sources 2: new to that alert
    out = _ingest(tmp_path, db_url, SECOND, name="second.jsonl")
    assert "alert confirmed: new transfer" in out and "alert any-transfer: transfer with more sources" in out
    assert "alert orlin" not in out
    out = _ingest(tmp_path, db_url, MEETING, name="meeting.jsonl")
    assert "alert orlin: new meeting" in out and "Pavel Orlin" in out
    assert "alert any-transfer" not in out and "alert confirmed" not in out

    rows = {r["name"]: r for r in json.loads(_cli("alerts", "list", "--json", "--db", db_url))}
    assert {n: r["events"] for n, r in rows.items()} == {"confirmed": 1, "orlin": 1, "any-transfer": 2}
    assert rows["confirmed"]["query"] == "transfers --min-sources 2"


def test_records_stored_before_an_alert_are_known_not_reported(tmp_path, sqlite_url):
    _ingest(tmp_path, sqlite_url, EDITED)
    out = _cli("alerts", "add", "late", "--recipient", "Myanmar", "--db", sqlite_url)
    assert "1 matching record already stored" in out
    assert "alert" not in _ingest(tmp_path, sqlite_url, COPY, name="copy.jsonl")
    assert "alert late: transfer with more sources" in _ingest(tmp_path, sqlite_url, SECOND, name="2.jsonl")


def test_seen_and_unseen_on_the_command_line(tmp_path, sqlite_url):
    _cli("alerts", "add", "a", "--db", sqlite_url)
    _cli("alerts", "add", "b", "--country", "Greece", "--db", sqlite_url)
    _ingest(tmp_path, sqlite_url, FIRST, OTHER)
    assert [e["alert"] for e in json.loads(_cli("alerts", "show", "--unseen", "--json", "--db", sqlite_url))] \
        == ["b", "a", "a"]
    assert "marked 2 reports as seen" in _cli("alerts", "seen", "a", "--db", sqlite_url)
    unseen = json.loads(_cli("alerts", "show", "--unseen", "--json", "--db", sqlite_url))
    assert [e["alert"] for e in unseen] == ["b"]
    assert "no unseen reports" in _cli("alerts", "show", "a", "--unseen", "--db", sqlite_url)
    assert len(json.loads(_cli("alerts", "show", "a", "--json", "--db", sqlite_url))) == 2  # still listed
    _cli("alerts", "seen", "--db", sqlite_url)
    assert json.loads(_cli("alerts", "show", "--unseen", "--json", "--db", sqlite_url)) == []


def test_bad_alerts_are_refused_with_one_line(tmp_path, sqlite_url):
    out = _cli("alerts", "add", "x", "--kind", "meetings", "--recipient", "Myanmar", "--db", sqlite_url, code=2)
    assert "meetings cannot be filtered by --recipient" in out
    _cli("alerts", "add", "x", "--db", sqlite_url)
    assert "already an alert named 'x'" in _cli("alerts", "add", "x", "--db", sqlite_url, code=2)
    assert "no alert named 'nope'" in _cli("alerts", "remove", "nope", "--db", sqlite_url, code=1)
    assert "no alert named 'nope'" in _cli("alerts", "show", "nope", "--db", sqlite_url, code=1)
    _cli("alerts", "remove", "x", "--db", sqlite_url)
    assert json.loads(_cli("alerts", "list", "--json", "--db", sqlite_url)) == []


def test_an_unwritable_alert_file_is_a_warning_not_a_failure(tmp_path, sqlite_url):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    _cli("alerts", "add", "f", "--jsonl", str(blocker / "out.jsonl"), "--db", sqlite_url)
    out = _ingest(tmp_path, sqlite_url, FIRST)
    assert "warning" in out and "cannot append to the alert file" in out and "alert f: new transfer" in out
    assert len(json.loads(_cli("alerts", "show", "f", "--json", "--db", sqlite_url))) == 1  # still stored


def test_hostile_article_text_is_inert_in_the_terminal(tmp_path, sqlite_url):
    _cli("alerts", "add", "[red]x[/red]", "--db", sqlite_url)
    out = _ingest(tmp_path, sqlite_url, SECOND)
    assert HOSTILE in out  # printed as written, not taken as Rich markup
    assert "alert [red]x[/red]:" in out
    assert HOSTILE in _cli("alerts", "show", "--db", sqlite_url)


def test_the_alerts_page_lists_unseen_reports_and_marks_them_seen(tmp_path, db_url, nlp):
    from armstrack.serve.app import create_app

    _cli("alerts", "add", "burma", "--recipient", "Myanmar", "--db", db_url)
    _cli("alerts", "add", "greece", "--recipient", "Greece", "--db", db_url)
    _ingest(tmp_path, db_url, FIRST, SECOND, OTHER)
    with TestClient(create_app(db_url, nlp_factory=lambda: nlp)) as client:
        page = client.get("/alerts")
        assert page.status_code == 200
        html = page.text
        assert html.count('class="panel alert-event unseen"') == 2
        assert 'href="/documents/gazette-1#m-' in html or 'href="/documents/courier-7#m-' in html
        assert "Rafale" in html and "Yak-130" in html
        # hostile titles and sentences are text, never markup
        assert "<script>alert" not in html and "&lt;script&gt;alert(2)&lt;/script&gt;" in html

        one = client.get("/alerts", params={"alert": "greece"}).text
        assert one.count("alert-event unseen") == 1 and "Yak-130" not in one
        done = client.post("/alerts/seen", data={"alert": "greece", "upto": "999999"}, follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/alerts?alert=greece"
        assert "Nothing new since you last looked" in client.get(done.headers["location"]).text
        html = client.get("/alerts").text
        assert html.count("alert-event unseen") == 1 and "Yak-130" in html
        # the form marks what the page showed: a report that arrives later stays new
        upto = int(html.split('name="upto" value="', 1)[1].split('"', 1)[0])
        assert client.post("/alerts/seen", data={"upto": str(upto - 1)}).status_code == 200
        assert client.get("/alerts").text.count("alert-event unseen") == 1
        client.post("/alerts/seen", data={"upto": str(upto)})
        assert client.get("/alerts").text.count("alert-event unseen") == 0
        seen_too = client.get("/alerts", params={"all": 1}).text
        assert seen_too.count("alert-event") >= 2 and "· seen" in seen_too
        assert client.get("/alerts", params={"alert": "nope"}).status_code == 404


def test_marking_seen_is_a_protected_write(tmp_path, sqlite_url, nlp):
    from armstrack.serve.app import create_app

    _cli("alerts", "add", "burma", "--recipient", "Myanmar", "--db", sqlite_url)
    _ingest(tmp_path, sqlite_url, FIRST)
    with TestClient(create_app(sqlite_url, token="s3cret", nlp_factory=lambda: nlp)) as client:
        assert 'name="token"' in client.get("/alerts").text
        assert client.post("/alerts/seen", data={}).status_code == 401
        evil = client.post("/alerts/seen", data={"token": "s3cret"}, headers={"Origin": "http://evil.example"})
        assert evil.status_code == 403
        assert client.get("/alerts").text.count("alert-event unseen") == 1
        ok = client.post("/alerts/seen", data={"token": "s3cret"}, follow_redirects=False)
        assert ok.status_code == 303
        assert client.get("/alerts").text.count("alert-event unseen") == 0
