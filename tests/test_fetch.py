"""Fetching pages and watching feeds, sitemaps and sites, all against a web server the tests start on
127.0.0.1 (tests/webfixtures.py): politeness (robots.txt, user agent, per-host delay), retries, timeouts,
size limits, redirects, conditional GET, back-off of failing sources, and the web page of sources."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from armstrack import __version__, settings
from armstrack.ingest import feeds
from armstrack.ingest.web import Fetcher, FetchError, canonical_url, doc_id_for_url
from armstrack.monitor import Monitor
from armstrack.resolve import database
from armstrack.store import db
from armstrack.store import models as m
from webfixtures import ARTICLES, Route, Site, atom, drip, huge, publish, rss, sitemap, slow

NEWS = [p for p in ARTICLES if p.startswith("/news/")]


@pytest.fixture
def fast(monkeypatch):
    """No politeness delays and short timeouts: the tests take seconds."""
    monkeypatch.setattr(settings, "_active", settings.current().replace(
        fetch_host_delay=0.0, fetch_backoff_seconds=0.01, fetch_timeout=0.4, fetch_connect_timeout=1.0))


@pytest.fixture
def site(fast):
    s = Site()
    publish(s)
    yield s
    s.close()


@pytest.fixture
def sessions(db_url):
    """Sessions on a fresh database (SQLite and PostgreSQL, see conftest.db_url)."""
    engine = database.open_engine(db_url)
    yield db.session_factory(engine)
    engine.dispose()


@pytest.fixture
def monitor(sessions, nlp):
    def make(**kw) -> Monitor:
        return Monitor(sessions, nlp, **kw)
    return make


def _docs(sessions) -> dict[str, m.Document]:
    with sessions() as s:
        return {d.id: d for d in s.scalars(select(m.Document))}


# --- the fetcher ---

def test_user_agent_names_armstrack_and_contact(site):
    Fetcher().get(site.url("/news/jets-for-indonesia.html"))
    agent = site.requests("/news/jets-for-indonesia.html")[0].headers["user-agent"]
    assert agent == f"armstrack/{__version__} (+{settings.current().fetch_contact_url})"
    assert site.requests("/robots.txt"), "robots.txt is read before the first page of a host"


def test_robots_disallowed_path_is_never_requested(site):
    fetcher = Fetcher()
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(site.url("/private/secret-deal.html"))
    assert site.requests("/private/secret-deal.html") == []
    assert len(site.requests("/robots.txt")) == 1
    fetcher.get(site.url("/news/boats-for-ghana.html"))
    assert len(site.requests("/robots.txt")) == 1, "robots.txt is read once per host"


def test_unreachable_robots_txt_allows_nothing(site, monkeypatch):
    site.routes["/robots.txt"] = Route(b"broken", status=503)
    monkeypatch.setattr(settings, "_active", settings.current().replace(fetch_robots_retry=0.0))
    fetcher = Fetcher()
    with pytest.raises(FetchError, match=r"robots.txt .* cannot be read \(HTTP 503\)"):
        fetcher.get(site.url("/news/boats-for-ghana.html"))
    assert site.requests("/news/boats-for-ghana.html") == []
    site.routes["/robots.txt"] = Route(b"", status=404)  # repaired: asked again after FETCH_ROBOTS_RETRY
    assert fetcher.get(site.url("/news/boats-for-ghana.html")).status == 200


def test_crawl_delay_honoured_up_to_a_limit(site, monkeypatch):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 3600\n", content_type="text/plain")
    monkeypatch.setattr(settings, "_active", settings.current().replace(fetch_max_crawl_delay=0.3))
    fetcher = Fetcher()
    started = time.monotonic()
    fetcher.get(site.url(NEWS[0]))
    fetcher.get(site.url(NEWS[1]))
    assert 0.25 <= time.monotonic() - started < 3


def test_per_host_delay(site, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(fetch_host_delay=0.3))
    fetcher = Fetcher()
    started = time.monotonic()
    for path in NEWS[:2]:
        fetcher.get(site.url(path))
    # robots.txt, then two pages: two waits of 0.3 s
    assert time.monotonic() - started >= 0.55


def test_server_error_is_retried_then_reported(site):
    site.routes["/news/broken.html"] = Route(b"oops", status=500)
    with pytest.raises(FetchError, match=r"HTTP 500 after 3 attempts"):
        Fetcher().get(site.url("/news/broken.html"))
    assert len(site.requests("/news/broken.html")) == settings.current().fetch_retries + 1


def test_server_error_then_success(site):
    answers = iter([503, 200])
    body = b"<html><body><p>fine now</p></body></html>"

    def flaky(handler):
        status = next(answers)
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    site.routes["/news/flaky.html"] = Route(handler=flaky)
    page = Fetcher().get(site.url("/news/flaky.html"))
    assert page.status == 200 and page.attempts == 2 and page.data == body


def test_timeout_is_retried_then_reported(site):
    site.routes["/news/slow.html"] = Route(handler=slow(1.5))
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out .* after 3 attempts"):
        Fetcher().get(site.url("/news/slow.html"))
    assert len(site.requests("/news/slow.html")) == 3
    assert time.monotonic() - started < 3, "each attempt is cut off at the timeout, not at the server's pace"


def test_body_dripping_in_is_cut_off_at_the_total_time(site, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(fetch_total_seconds=0.6))
    site.routes["/news/drip.html"] = Route(handler=drip(0.05, 200))
    started = time.monotonic()
    with pytest.raises(FetchError, match="too slow"):
        Fetcher().get(site.url("/news/drip.html"))
    assert time.monotonic() - started < 2.5


def test_30_mb_response_refused_without_reading_it(site):
    sent: list[int] = []
    site.routes["/reports/huge.html"] = Route(handler=huge(30 * 1024 * 1024, declare=True, sent=sent))
    with pytest.raises(FetchError, match=r"too large: 30.0 MB announced"):
        Fetcher().get(site.url("/reports/huge.html"))
    deadline = time.monotonic() + 5
    while not sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sent and sent[0] < 30 * 1024 * 1024, "the connection was dropped before the body was read"
    assert len(site.requests("/reports/huge.html")) == 1, "a refused size is not retried"


def test_undeclared_large_response_stopped_at_the_limit(site, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(fetch_max_bytes=1024 * 1024))
    sent: list[int] = []
    site.routes["/reports/stream.html"] = Route(handler=huge(30 * 1024 * 1024, declare=False, sent=sent))
    with pytest.raises(FetchError, match="download stopped"):
        Fetcher().get(site.url("/reports/stream.html"))
    deadline = time.monotonic() + 5
    while not sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sent and sent[0] < 30 * 1024 * 1024


def test_redirects_followed_and_loops_refused(site):
    site.routes["/old/jets.html"] = Route(status=301, headers={"Location": "/news/jets-for-indonesia.html"})
    page = Fetcher().get(site.url("/old/jets.html"))
    assert page.final_url == site.url("/news/jets-for-indonesia.html") and page.redirects == [page.final_url]
    site.routes["/loop/a"] = Route(status=302, headers={"Location": "/loop/b"})
    site.routes["/loop/b"] = Route(status=302, headers={"Location": "/loop/a"})
    with pytest.raises(FetchError, match="redirect loop"):
        Fetcher().get(site.url("/loop/a"))


def test_redirect_into_a_disallowed_path_is_not_followed(site):
    site.routes["/go/secret"] = Route(status=302, headers={"Location": "/private/secret-deal.html"})
    with pytest.raises(FetchError, match="robots.txt"):
        Fetcher().get(site.url("/go/secret"))
    assert site.requests("/private/secret-deal.html") == []


def test_urls_and_ids():
    assert canonical_url("http://127.0.0.1:8080/news/a.html?utm_source=x#top") == "http://127.0.0.1:8080/news/a.html"
    assert doc_id_for_url("https://www.Example.org/news/a-deal/") == "example.org/news/a-deal"
    assert doc_id_for_url("http://127.0.0.1:8080/") == "127.0.0.1-8080/index"
    long = doc_id_for_url("https://example.org/" + "x" * 600)
    assert len(long) <= 200 and long.startswith("example.org/xxx")
    assert doc_id_for_url("https://example.org/a?id=1") != doc_id_for_url("https://example.org/a?id=2")


def test_feed_and_sitemap_links():
    base = "http://127.0.0.1:9"
    assert feeds.detect_kind(rss(NEWS, base).decode()) == "feed"
    assert feeds.detect_kind(atom(NEWS, base).decode()) == "feed"
    assert feeds.detect_kind(sitemap(NEWS, base).decode()) == "sitemap"
    assert feeds.detect_kind("<html><body>home</body></html>") == "site"
    assert feeds.feed_links(rss(NEWS, base).decode(), base + "/feed.xml") == [base + p for p in NEWS]
    assert feeds.feed_links(atom(NEWS, base).decode(), base + "/atom.xml") == [base + p for p in NEWS]
    assert feeds.sitemap_links(sitemap(NEWS, base).decode(), base + "/sitemap.xml") == ([base + p for p in NEWS], [])
    other = rss(["/news/x.html"], "http://elsewhere.example").decode()
    assert feeds.feed_links(other, base + "/feed.xml") == [], "links to other sites are not followed"


# --- fetch and watch ---

def test_fetch_stores_page_with_url_and_fetch_time_then_asks_conditionally(site, monitor, sessions):
    path = "/news/radars-for-chile.html"
    site.routes[path].etag = '"v1"'
    report = monitor().fetch([site.url(path)])
    assert report.ok and len(report.ingest.added) == 1
    doc = _docs(sessions)[doc_id_for_url(site.url(path))]
    assert doc.url == site.url(path) and doc.title == "Chile orders air surveillance radars"
    assert doc.published.isoformat() == "2026-03-09" and doc.authors == ["Jane Okafor"]
    assert doc.meta["fetch"]["fetched_at"] and doc.meta["fetch"]["etag"] == '"v1"'
    assert "Copyright" not in doc.text and "Antofagasta" in doc.text

    report = monitor().fetch([site.url(path)])
    seen = site.requests(path)
    assert seen[-1].headers.get("if-none-match") == '"v1"' and seen[-1].status == 304
    assert report.outcomes[0].unchanged == 1 and not report.ingest.added


def test_fetch_again_with_last_modified_only(site, monitor):
    path = "/news/boats-for-ghana.html"
    stamp = site.routes[path].last_modified
    assert monitor().fetch([site.url(path)]).ingest.added
    report = monitor().fetch([site.url(path)])
    last = site.requests(path)[-1]
    assert last.headers.get("if-modified-since") == stamp and last.status == 304
    assert report.outcomes[0].unchanged == 1


def test_watch_fetches_new_items_once_and_skips_unchanged_feed_by_etag(site, monitor, sessions):
    site.routes["/feed.xml"] = Route(rss(NEWS + ["/private/secret-deal.html"], site.base),
                                     content_type="application/rss+xml", etag='"feed-1"')
    mon = monitor()
    mon.add_source(site.url("/feed.xml"))
    first = mon.watch_once()
    outcome = first.outcomes[0]
    assert sorted(outcome.new) == sorted(doc_id_for_url(site.url(p)) for p in NEWS)
    assert any("robots.txt" in f for f in outcome.failed), "the disallowed item is reported"
    assert site.requests("/private/secret-deal.html") == []
    assert set(_docs(sessions)) == {doc_id_for_url(site.url(p)) for p in NEWS}

    second = monitor().watch_once()
    assert second.outcomes[0].new == [] and second.outcomes[0].note == "not modified since the last poll: HTTP 304"
    feed_requests = site.requests("/feed.xml")
    assert feed_requests[-1].headers.get("if-none-match") == '"feed-1"' and feed_requests[-1].status == 304
    for path in NEWS:
        assert len(site.requests(path)) == 1, f"{path} fetched once"

    # a new item in the feed: only it is fetched
    site.routes["/news/more.html"] = Route(site.routes[NEWS[0]].body.replace(b"Indonesia", b"Malaysia"))
    site.routes["/feed.xml"] = Route(rss(["/news/more.html"] + NEWS, site.base),
                                     content_type="application/rss+xml", etag='"feed-2"')
    third = monitor().watch_once()
    assert third.outcomes[0].new == [doc_id_for_url(site.url("/news/more.html"))]
    assert third.outcomes[0].unchanged == len(NEWS)
    for path in NEWS:
        assert len(site.requests(path)) == 1


def test_atom_feed_sitemap_and_site_sources(site, monitor, sessions):
    site.routes["/atom.xml"] = Route(atom(NEWS[:1], site.base), content_type="application/atom+xml")
    site.routes["/sitemap.xml"] = Route(sitemap(NEWS[1:2], site.base), content_type="application/xml")
    site.routes["/"] = Route(b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
                             b"</head><body><p>Home</p></body></html>")
    site.routes["/feed.xml"] = Route(rss(NEWS[2:], site.base), content_type="application/rss+xml")
    mon = monitor()
    kinds = [mon.add_source(site.url(p)).kind for p in ("/atom.xml", "/sitemap.xml", "/")]
    assert kinds == ["feed", "sitemap", "site"]
    report = mon.watch_once()
    assert [len(o.new) for o in report.outcomes] == [1, 1, 1]
    assert set(_docs(sessions)) == {doc_id_for_url(site.url(p)) for p in NEWS}


def test_redirects_resolve_to_one_document(site, monitor, sessions):
    site.routes["/old/jets.html"] = Route(status=301, headers={"Location": "/news/jets-for-indonesia.html"})
    site.routes["/feed.xml"] = Route(rss(["/old/jets.html", "/news/jets-for-indonesia.html"], site.base),
                                     content_type="application/rss+xml")
    mon = monitor()
    mon.add_source(site.url("/feed.xml"))
    report = mon.watch_once()
    assert report.outcomes[0].new == [doc_id_for_url(site.url("/news/jets-for-indonesia.html"))]
    assert list(_docs(sessions)) == report.outcomes[0].new
    assert len(site.requests("/news/jets-for-indonesia.html")) == 1, "the redirect target is known after the hop"
    with sessions() as s:
        rows = {r.url: r for r in s.scalars(select(m.FetchedUrl))}
    assert rows[canonical_url(site.url("/old/jets.html"))].final_url == site.url("/news/jets-for-indonesia.html")


def test_same_text_under_another_url_is_not_stored_twice(site, monitor, sessions):
    site.routes["/print/jets.html"] = Route(site.routes[NEWS[0]].body)
    site.routes["/feed.xml"] = Route(rss([NEWS[0], "/print/jets.html"], site.base), content_type="application/rss+xml")
    mon = monitor()
    mon.add_source(site.url("/feed.xml"))
    report = mon.watch_once()
    assert len(report.outcomes[0].new) == 1 and report.outcomes[0].unchanged == 1
    assert len(_docs(sessions)) == 1


def test_failing_source_is_backed_off_while_others_proceed(site, monitor, sessions):
    site.routes["/broken.xml"] = Route(b"down", status=500)
    site.routes["/feed.xml"] = Route(rss(NEWS[:1], site.base), content_type="application/rss+xml")
    mon = monitor()
    mon.add_source(site.url("/broken.xml"), kind="feed")
    mon.add_source(site.url("/feed.xml"))
    report = mon.watch_once()
    broken, good = report.outcomes
    assert "HTTP 500 after 3 attempts" in broken.error and len(good.new) == 1 and not report.ok
    with sessions() as s:
        src = s.scalar(select(m.Source).where(m.Source.url == site.url("/broken.xml")))
        assert src.failures == 1 and src.next_try is not None and "HTTP 500" in src.last_error
    asked = len(site.requests("/broken.xml"))

    report = monitor().watch_once()  # a new run: the back-off is read from the database
    broken, good = report.outcomes
    assert broken.skipped and "backed off" in broken.skipped and broken.error is None
    assert len(site.requests("/broken.xml")) == asked, "a backed-off source is not asked"

    with sessions() as s:  # time passes: it is tried again, fails again, waits twice as long
        src = s.scalar(select(m.Source).where(m.Source.url == site.url("/broken.xml")))
        src.next_try = None
        s.commit()
    monitor().watch_once()
    with sessions() as s:
        src = s.scalar(select(m.Source).where(m.Source.url == site.url("/broken.xml")))
        wait = db_minutes(src)
    assert src.failures == 2 and wait == pytest.approx(2 * settings.current().watch_backoff_minutes, abs=1)


def db_minutes(src: m.Source) -> float:
    from armstrack.store.sources import aware
    return (aware(src.next_try) - aware(src.last_checked)).total_seconds() / 60


def test_failed_article_is_tried_again_later(site, monitor, sessions):
    site.routes["/news/later.html"] = Route(b"down", status=503)
    site.routes["/feed.xml"] = Route(rss(["/news/later.html"], site.base), content_type="application/rss+xml",
                                     etag='"f"')
    mon = monitor()
    mon.add_source(site.url("/feed.xml"))
    first = mon.watch_once()
    assert first.outcomes[0].failed and "HTTP 503" in first.outcomes[0].failed[0]
    site.routes["/news/later.html"] = Route(site.routes[NEWS[1]].body)
    second = monitor().watch_once()
    assert second.outcomes[0].new == [doc_id_for_url(site.url("/news/later.html"))]


def test_stop_ends_the_cycle_after_the_current_article(site, monitor, sessions):
    site.routes["/feed.xml"] = Route(rss(NEWS, site.base), content_type="application/rss+xml", etag='"e"')
    stop = threading.Event()

    def on_event(kind, message):
        pass

    mon = monitor(stop=stop, on_event=on_event)
    mon.add_source(site.url("/feed.xml"))
    original = mon._fetch

    def fetch_then_stop(*args, **kw):
        yield from original(*args, **kw)
        stop.set()  # as the SIGTERM handler does

    mon._fetch = fetch_then_stop
    report = mon.watch_once()
    assert report.stopped and len(report.outcomes[0].new) == 1 and len(_docs(sessions)) == 1
    # the feed's ETag was not kept: the next poll reads it whole and fetches the rest
    report = monitor().watch_once()
    assert len(report.outcomes[0].new) == len(NEWS) - 1


def test_pdf_response_goes_to_the_pdf_reader(site, monitor, sessions):
    from docfixtures import make_pdf, paragraphs

    text = [["The panel found that two armoured vehicles delivered to the army last year had been",
             "bought through a trading company registered abroad, according to shipping records."]]
    site.routes["/reports/panel.pdf"] = Route(make_pdf([paragraphs(*text), paragraphs(*text)]),
                                              content_type="application/pdf")
    site.routes["/reports/broken.pdf"] = Route(b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    report = monitor().fetch([site.url("/reports/panel.pdf"), site.url("/reports/broken.pdf")])
    doc_id = doc_id_for_url(site.url("/reports/panel.pdf"))
    assert report.ingest.added == [doc_id]
    doc = _docs(sessions)[doc_id]
    assert "trading company" in doc.text and doc.url == site.url("/reports/panel.pdf")
    assert doc.meta["fetch"]["url"] == site.url("/reports/panel.pdf") and doc.meta.get("pages")
    assert [f.path for f in report.ingest.failures] == [site.url("/reports/broken.pdf")]


def test_sources_page_and_api(site, monitor, sessions):
    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    site.routes["/feed.xml"] = Route(rss(NEWS[:1], site.base), content_type="application/rss+xml")
    site.routes["/broken.xml"] = Route(b"<b>down</b>", status=500)
    mon = monitor()
    mon.add_source(site.url("/feed.xml"), title="Weekly <script>alert(1)</script>")
    mon.add_source(site.url("/broken.xml"), kind="feed")
    mon.watch_once()
    with sessions() as s:
        url = s.get_bind().url.render_as_string(hide_password=False)
    client = TestClient(create_app(url))
    data = client.get("/api/sources").json()
    by_url = {s["url"]: s for s in data["sources"]}
    assert by_url[site.url("/feed.xml")]["documents"] == 1 and by_url[site.url("/feed.xml")]["last_new"] == 1
    assert by_url[site.url("/broken.xml")]["failures"] == 1 and "HTTP 500" in by_url[site.url("/broken.xml")]["last_error"]
    assert data["recent"][0]["status"] == "stored"
    html = client.get("/sources").text
    assert "Weekly &lt;script&gt;" in html and "<script>alert" not in html
    from armstrack.serve.views import doc_url

    assert "HTTP 500 after 3 attempts" in html and "2 sources, 1 failing" in html
    assert f'<a href="{doc_url(doc_id_for_url(site.url(NEWS[0])))}">Indonesia signs for French fighter jets</a>' in html
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.Source)) == 2


def test_private_addresses_and_charsets():
    from armstrack.ingest.web import Page, is_private_host

    assert is_private_host("http://127.0.0.1:8080/x") and is_private_host("http://192.168.1.1/")
    assert is_private_host("http://[::ffff:10.0.0.1]/") and is_private_host("http://169.254.169.254/latest")
    assert not is_private_host("http://8.8.8.8/") and not is_private_host("http://[2606:4700::1111]/")
    latin = Page("u", "u", 200, "Défense".encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    assert latin.text() == "Défense"
    mislabelled = Page("u", "u", 200, "Défense".encode("utf-8"), content_type="text/html; charset=nonsense")
    assert mislabelled.text() == "Défense"


def test_site_without_feed_uses_the_sitemaps_of_robots_txt(site, monitor, sessions):
    from webfixtures import ROBOTS

    site.routes["/robots.txt"] = Route(ROBOTS + b"Sitemap: /sitemap_index.xml\n", content_type="text/plain")
    site.routes["/sitemap_index.xml"] = Route(
        ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
         f"<sitemap><loc>{site.base}/sitemap-news.xml</loc></sitemap></sitemapindex>").encode(),
        content_type="application/xml")
    site.routes["/sitemap-news.xml"] = Route(sitemap(NEWS[:2] + ["/private/secret-deal.html"], site.base),
                                             content_type="application/xml")
    site.routes["/"] = Route(b"<html><body><h1>Example Defence Weekly</h1><p>Welcome.</p></body></html>")
    mon = monitor()
    source = mon.add_source(site.url("/"))
    assert source.kind == "site" and source.meta == {"feeds": []}
    report = mon.watch_once()
    outcome = report.outcomes[0]
    assert sorted(outcome.new) == sorted(doc_id_for_url(site.url(p)) for p in NEWS[:2])
    assert outcome.note == "from the sitemaps in robots.txt"
    assert site.requests("/private/secret-deal.html") == []


def test_robots_txt_read_again_when_old(site, monkeypatch):
    fetcher = Fetcher()
    fetcher.get(site.url(NEWS[0]))
    site.routes["/robots.txt"] = Route(b"User-agent: armstrack\nDisallow: /news/\n", content_type="text/plain")
    fetcher.get(site.url(NEWS[1]))  # the copy read a moment ago still holds
    fetcher.settings = fetcher.settings.replace(fetch_robots_max_age=0.0)  # a Fetcher keeps its own settings
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(site.url(NEWS[2]))
    assert site.requests(NEWS[2]) == [] and len(site.requests("/robots.txt")) == 2


def test_stop_during_the_host_delay_sends_nothing(site):
    from armstrack.ingest.web import Stopped

    stop = threading.Event()
    fetcher = Fetcher(stop=stop)
    fetcher.get(site.url(NEWS[0]))
    fetcher.host_delay = 5.0
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    with pytest.raises(Stopped):
        fetcher.get(site.url(NEWS[1]))
    assert time.monotonic() - started < 2 and site.requests(NEWS[1]) == []


def test_json_feed_and_gzipped_sitemap():
    import gzip
    import json

    from armstrack.ingest.web import Page

    base = "http://127.0.0.1:9"
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Weekly",
                       "items": [{"id": "1", "url": base + NEWS[0]}, {"id": "2", "url": base + NEWS[1]}]})
    assert feeds.detect_kind(feed) == "feed"
    assert feeds.feed_links(feed, base + "/feed.json") == [base + NEWS[0], base + NEWS[1]]
    packed = Page("u", "u", 200, gzip.compress(sitemap(NEWS, base)), content_type="application/gzip")
    assert feeds.sitemap_links(packed.text(), base + "/sitemap.xml.gz")[0] == [base + p for p in NEWS]
