"""HTML pages through trafilatura: text, paragraphs, metadata, decoding, pages without an article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from armstrack.ingest import read_file
from armstrack.ingest.html import body_text, parse_html, split_authors
from armstrack.records import Article, IngestFailure

PARAS = [
    "The ministry said on Tuesday that it had signed a contract for twelve trainer aircraft, "
    "which are to be delivered by the end of next year.",
    "A second paragraph explains who negotiated the agreement over several months of talks "
    "and what the training package includes.",
    "A third paragraph gives further detail about the engines, the simulators and the spare parts.",
]


def page(head: str = "", body_extra: str = "", paras: list[str] | None = None, charset: str = "utf-8") -> str:
    ps = "".join(f"<p>{p}</p>\n" for p in (PARAS if paras is None else paras))
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Trainer jets ordered | Example News</title>{head}</head>"
        "<body><header><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>Trainer jets ordered</h1>\n{ps}{body_extra}</article></main>"
        "<footer><p>Copyright 2021 Example News. All rights reserved.</p><a href='/about'>About us</a></footer>"
        "</body></html>"
    )


META = (
    '<link rel="canonical" href="https://www.example.com/world/2021/05/04/trainer-jets/">'
    '<meta name="author" content="Ann Example; Bo Sample">'
    '<meta property="og:site_name" content="Example News">'
    '<meta property="article:published_time" content="2021-05-04T10:00:00+03:00">'
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, str):
        p.write_text(content, encoding="utf-8")
    else:
        p.write_bytes(content)
    return p


def test_article_text_and_metadata(tmp_path):
    p = write(tmp_path, "jets.html", page(META, "<p>Share this article</p>"))
    (a,) = list(read_file(p))
    assert isinstance(a, Article), a
    assert a.doc_id == "jets" and a.path == str(p)
    assert a.text == "\n\n".join(PARAS)
    assert a.title == "Trainer jets ordered"
    assert a.url == "https://www.example.com/world/2021/05/04/trainer-jets/"
    assert a.source == "example.com"
    assert a.published == date(2021, 5, 4)
    assert a.authors == ["Ann Example", "Bo Sample"]
    assert a.meta["sitename"] == "Example News"
    assert a.meta["ingest"]["format"] == "html"
    assert a.language == "en"


def test_navigation_and_footer_are_not_text(tmp_path):
    (a,) = list(read_file(write(tmp_path, "jets.htm", page(META))))
    assert "Home" not in a.text and "Copyright" not in a.text and "About us" not in a.text


def test_line_breaks_lists_and_subheadings(tmp_path):
    extra = "<h2>What comes next</h2><p>The first aircraft<br>arrives in June.</p><ul><li>Twelve jets</li><li>Two simulators</li></ul>"
    (a,) = list(read_file(write(tmp_path, "jets.html", page(META, extra))))
    assert "\n\nWhat comes next\n\nThe first aircraft\narrives in June.\n\nTwelve jets\nTwo simulators" in a.text


def test_date_from_canonical_url_when_page_has_none(tmp_path):
    head = '<link rel="canonical" href="https://news.example.org/2020/11/30/jets/">'
    (a,) = list(read_file(write(tmp_path, "jets.html", page(head))))
    assert a.published == date(2020, 11, 30)
    assert a.source == "news.example.org"


def test_page_without_metadata(tmp_path):
    (a,) = list(read_file(write(tmp_path, "bare.html", page())))
    assert isinstance(a, Article)
    assert a.url is None and a.authors == [] and a.published is None
    assert a.title == "Trainer jets ordered"


def test_date_in_body_text_is_not_the_publication_date(tmp_path):
    paras = PARAS + ["The previous order was signed on March 3, 2019 in the capital."]
    (a,) = list(read_file(write(tmp_path, "jets.html", page(paras=paras))))
    assert a.published is None


def test_cp1252_page_is_decoded(tmp_path):
    paras = [p + " The minister’s “final” offer was accepted — at last." for p in PARAS]
    data = page(META, paras=paras, charset="windows-1252").encode("cp1252")
    (a,) = list(read_file(write(tmp_path, "old.html", data)))
    assert isinstance(a, Article), a
    assert "minister’s “final” offer" in a.text
    assert a.meta["ingest"]["encoding"] in ("windows-1252", "cp1252")


def test_latin1_page_without_declaration_is_detected(tmp_path):
    paras = [p + " Officials in Brasília and São Paulo welcomed the decision." for p in PARAS]
    data = page(paras=paras).replace('<meta charset="utf-8">', "").encode("latin-1")
    (a,) = list(read_file(write(tmp_path, "old.html", data)))
    assert isinstance(a, Article), a
    assert "Brasília and São Paulo" in a.text


def test_no_article_is_a_failure(tmp_path):
    nav_only = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav></body></html>"
    (f,) = list(read_file(write(tmp_path, "nav.html", nav_only)))
    assert isinstance(f, IngestFailure)
    assert f.reason == "no article text found in the HTML"
    assert f.path.endswith("nav.html")


def test_boilerplate_only_page_is_a_failure(tmp_path):
    (f,) = list(read_file(write(tmp_path, "junk.html", page(paras=["Be the first to comment", "Share this article"]))))
    assert isinstance(f, IngestFailure)


def test_not_html_at_all(tmp_path):
    (f,) = list(read_file(write(tmp_path, "weird.html", "{{{{ ]]]] <<<< >>>>")))
    assert isinstance(f, IngestFailure)


def test_empty_html_file(tmp_path):
    (f,) = list(read_file(write(tmp_path, "empty.html", "")))
    assert isinstance(f, IngestFailure) and f.reason == "empty file"


def test_parse_html_directly_with_url_hint():
    a = parse_html(page(), "x", url="https://www.example.com/2021/01/02/x")
    assert isinstance(a, Article)
    assert a.url == "https://www.example.com/2021/01/02/x"
    assert a.published == date(2021, 1, 2)


def test_body_text_without_body_falls_back():
    import lxml.etree as etree

    body = etree.fromstring("<body><p>One<lb/>two</p><list><item>a</item><item>b</item></list>"
                            "<table><row><cell>x</cell><cell>y</cell></row></table></body>")
    assert body_text(body) == "One\ntwo\n\na\nb\n\nx | y"


def test_split_authors():
    assert split_authors("Ann Example; Bo Sample") == ["Ann Example", "Bo Sample"]
    assert split_authors("Ann Example and Bo Sample") == ["Ann Example", "Bo Sample"]
    assert split_authors("Ann Example, Bo Sample") == ["Ann Example", "Bo Sample"]
    assert split_authors("Example, Ann") == ["Example, Ann"]
    assert split_authors(["Ann Example", "Ann Example", "", 3]) == ["Ann Example"]
    assert split_authors(None) == []


def test_page_without_any_title_gets_its_first_sentence(tmp_path):
    ps = "".join(f"<p>{p}</p>" for p in PARAS)
    (a,) = list(read_file(write(tmp_path, "untitled.html", f"<html><body><article>{ps}</article></body></html>")))
    assert isinstance(a, Article), a
    assert a.title == PARAS[0]
