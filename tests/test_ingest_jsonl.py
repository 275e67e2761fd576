"""JSON Lines and JSON article files: field names of several tools, ids, bad lines, limits."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from armstrack import settings
from armstrack.ingest import read_file
from armstrack.records import Article, IngestFailure

TEXT = "The coast guard has received three patrol boats, the ministry said.\n\nMore boats are due next year."


def write_lines(tmp_path: Path, name: str, lines: list[object | str]) -> Path:
    p = tmp_path / name
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return p


def read(p: Path) -> list[Article | IngestFailure]:
    return list(read_file(p))


def test_own_format(tmp_path):
    rec = {"id": "boats-1", "text": TEXT, "title": "Boats delivered", "url": "https://www.example.com/a",
           "published": "26 March 2021", "authors": ["Ann Example", "Bo Sample"], "source": "Example Daily",
           "language": "en"}
    (a,) = read(write_lines(tmp_path, "batch.jsonl", [rec]))
    assert isinstance(a, Article), a
    assert (a.doc_id, a.title, a.url, a.source, a.language) == (
        "boats-1", "Boats delivered", "https://www.example.com/a", "Example Daily", "en")
    assert a.published == date(2021, 3, 26)
    assert a.authors == ["Ann Example", "Bo Sample"]
    assert a.text == TEXT
    assert a.line == 1 and a.path.endswith("batch.jsonl")
    assert a.meta == {"ingest": {"format": "jsonl", "encoding": "utf-8"}}


def test_news_please_fields(tmp_path):
    rec = {"maintext": TEXT, "title": "Boats", "date_publish": "2021-03-26 08:15:00", "url": "https://example.org/x",
           "source_domain": "example.org", "authors": ["Ann Example"], "language": "en",
           "description": "A short summary.", "date_download": "2021-03-27 00:00:00"}
    (a,) = read(write_lines(tmp_path, "np.jsonl", [rec]))
    assert a.text == TEXT and a.published == date(2021, 3, 26) and a.source == "example.org"
    assert a.meta["description"] == "A short summary." and a.meta["date_download"] == "2021-03-27 00:00:00"
    assert "maintext" not in a.meta and "title" not in a.meta


def test_trafilatura_fields(tmp_path):
    rec = {"raw_text": TEXT, "title": "Boats", "date": "2021-09-07", "hostname": "example.net",
           "sitename": "Example Net", "author": "Ann Example; Bo Sample", "url": "https://www.example.net/b",
           "fingerprint": "abc"}
    (a,) = read(write_lines(tmp_path, "tr.jsonl", [rec]))
    assert a.published == date(2021, 9, 7)
    assert a.authors == ["Ann Example", "Bo Sample"]
    assert a.source == "example.net"
    assert a.meta["sitename"] == "Example Net" and a.meta["fingerprint"] == "abc"


def test_default_ids_use_stem_and_line(tmp_path):
    p = write_lines(tmp_path, "feed.jsonl", [{"text": TEXT}, "", {"text": TEXT + " Again."}])
    a, b = read(p)
    assert (a.doc_id, a.line) == ("feed-1", 1)
    assert (b.doc_id, b.line) == ("feed-3", 3)


def test_numeric_id_becomes_string(tmp_path):
    (a,) = read(write_lines(tmp_path, "n.jsonl", [{"id": 17, "text": TEXT}]))
    assert a.doc_id == "17"


def test_malformed_line_is_reported_with_its_number_and_others_still_come(tmp_path):
    p = write_lines(tmp_path, "mixed.jsonl", [{"text": TEXT}, '{"text": "unterminated', {"text": TEXT + " Two."}])
    first, bad, last = read(p)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(bad, IngestFailure) and bad.line == 2 and "malformed JSON" in bad.reason
    assert str(bad).startswith(f"{p}:2: ")


def test_missing_text_and_wrong_types_fail_per_line(tmp_path):
    p = write_lines(tmp_path, "bad.jsonl", [{"title": "no text"}, [1, 2], {"text": 42}, {"text": "   "},
                                            {"text": "Be the first to comment"}])
    results = read(p)
    assert all(isinstance(r, IngestFailure) for r in results)
    assert [r.line for r in results] == [1, 2, 3, 4, 5]
    assert "no article text" in results[0].reason
    assert "expected a JSON object" in results[1].reason
    assert "must be a string" in results[2].reason


def test_html_field_goes_through_the_html_reader(tmp_path):
    html = ("<html><head><title>Boats</title></head><body><article><h1>Boats</h1>"
            "<p>The coast guard has received three patrol boats from a foreign yard, the ministry said.</p>"
            "<p>More boats are due next year, according to the same statement.</p></article></body></html>")
    (a,) = read(write_lines(tmp_path, "h.jsonl", [{"id": "h1", "html": html, "url": "https://example.com/2021/02/03/b"}]))
    assert isinstance(a, Article), a
    assert a.text.startswith("The coast guard") and a.title == "Boats"
    assert a.published == date(2021, 2, 3) and a.line == 1


def test_boilerplate_is_removed_from_json_text(tmp_path):
    (a,) = read(write_lines(tmp_path, "b.jsonl", [{"text": TEXT + "\n\nShare this article\n\n© Example"}]))
    assert a.text == TEXT


def test_unreadable_date_stays_in_meta(tmp_path):
    (a,) = read(write_lines(tmp_path, "d.jsonl", [{"text": TEXT, "published": "sometime soon"}]))
    assert a.published is None and a.meta["published"] == "sometime soon"


def test_epoch_timestamps(tmp_path):
    p = write_lines(tmp_path, "e.jsonl", [{"text": TEXT, "published": 1616745600}, {"text": TEXT, "date": 1616745600000}])
    assert [a.published for a in read(p)] == [date(2021, 3, 26), date(2021, 3, 26)]


def test_url_date_when_no_date_field(tmp_path):
    (a,) = read(write_lines(tmp_path, "u.jsonl", [{"text": TEXT, "url": "https://example.com/2020/01/31/x"}]))
    assert a.published == date(2020, 1, 31) and a.source == "example.com"


def test_json_single_object(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"text": TEXT, "title": "Boats"}), encoding="utf-8")
    (a,) = read(p)
    assert a.doc_id == "one" and a.line is None and a.meta["ingest"]["format"] == "json"


def test_json_list_and_bad_items(tmp_path):
    p = tmp_path / "many.json"
    p.write_text(json.dumps([{"text": TEXT}, "oops", {"id": "x", "text": TEXT + " More."}, {}]), encoding="utf-8")
    a, bad, b, empty = read(p)
    assert a.doc_id == "many-1" and b.doc_id == "x"
    assert isinstance(bad, IngestFailure) and bad.reason.startswith("item 2:")
    assert isinstance(empty, IngestFailure) and empty.reason.startswith("item 4:")


def test_json_collection_object(tmp_path):
    p = tmp_path / "wrapped.json"
    p.write_text(json.dumps({"articles": [{"text": TEXT}, {"text": TEXT + " More."}], "count": 2}), encoding="utf-8")
    assert [a.doc_id for a in read(p)] == ["wrapped-1", "wrapped-2"]


def test_json_file_holding_json_lines(tmp_path):
    p = write_lines(tmp_path, "lines.json", [{"text": TEXT}, {"text": TEXT + " More."}])
    assert [a.doc_id for a in read(p)] == ["lines-1", "lines-2"]


def test_malformed_json_file(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('{\n  "text": "abc",\n  oops\n}', encoding="utf-8")
    (f,) = read(p)
    assert isinstance(f, IngestFailure) and "malformed JSON" in f.reason and f.line == 3


def test_json_scalar_and_empty_list(tmp_path):
    p = tmp_path / "scalar.json"
    p.write_text("42", encoding="utf-8")
    (f,) = read(p)
    assert isinstance(f, IngestFailure) and "expected a JSON object" in f.reason
    p.write_text("[]", encoding="utf-8")
    (f,) = read(p)
    assert isinstance(f, IngestFailure) and "no articles" in f.reason


def test_article_longer_than_the_limit_fails_with_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(max_article_chars=80))
    p = write_lines(tmp_path, "long.jsonl", [{"text": "Short text about boats."}, {"text": TEXT * 3}])
    ok, long_one = read(p)
    assert isinstance(ok, Article)
    assert isinstance(long_one, IngestFailure) and long_one.line == 2 and "too long" in long_one.reason


def test_crlf_jsonl(tmp_path):
    p = tmp_path / "crlf.jsonl"
    p.write_bytes((json.dumps({"text": TEXT}) + "\r\n" + json.dumps({"text": TEXT + " X."}) + "\r\n").encode())
    assert [a.line for a in read(p)] == [1, 2]
