"""A small web site for the fetch and watch tests: served on 127.0.0.1 by the standard library, every
request logged with its headers, answers set per path by the test. The articles are our own words."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: custom answer: called with the handler instead of the above
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0


class Site:
    """The server: ``site.routes[path] = Route(...)``; ``site.log`` lists what was asked and answered."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Seen] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep the test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802
                seen = Seen("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                with site.lock:
                    site.log.append(seen)
                route = site.routes.get(self.path)
                if route is None:
                    seen.status = 404
                    self._send(404, b"not here", "text/plain")
                    return
                if route.handler is not None:
                    seen.status = route.status
                    route.handler(self)
                    return
                unchanged_since = (route.last_modified and not route.etag
                                   and self.headers.get("If-Modified-Since") == route.last_modified)
                if route.etag and self.headers.get("If-None-Match") == route.etag or unchanged_since:
                    seen.status = 304
                    self.send_response(304)
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                seen.status = route.status
                extra = dict(route.headers)
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                self._send(route.status, route.body, route.content_type, extra)

            def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str) -> list[Seen]:
        with self.lock:
            return [s for s in self.log if s.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- content ---

ARTICLES = {
    "/news/jets-for-indonesia.html": (
        "Indonesia signs for French fighter jets",
        "2026-03-02",
        ["Indonesia signed a contract on Monday to buy 24 Rafale fighter jets from France, the defence "
         "ministry in Jakarta said, the largest aircraft order the country has placed in a decade.",
         "Officials said the first aircraft would arrive within three years and that local engineers would "
         "be trained to maintain the engines at an airbase near the capital.",
         "The ministry did not say how much the package was worth, but a spokesman said financing had "
         "been arranged with a group of banks and would be spread over ten years."]),
    "/news/boats-for-ghana.html": (
        "Ghana takes delivery of patrol boats",
        "2026-03-05",
        ["Ghana received four patrol boats from Turkey last week, the navy said in a statement, completing "
         "a deal agreed two years ago to strengthen patrols in the Gulf of Guinea.",
         "The vessels, built at a shipyard near Istanbul, will be based at the port of Sekondi and used "
         "against piracy and illegal fishing, according to the navy's chief of staff.",
         "Crews spent six months training with their Turkish counterparts before sailing the boats home "
         "across the Mediterranean and down the west coast of Africa."]),
    "/news/radars-for-chile.html": (
        "Chile orders air surveillance radars",
        "2026-03-09",
        ["Chile ordered three air surveillance radars from Israel, the air force said on Thursday, as it "
         "replaces equipment installed in the northern desert more than twenty years ago.",
         "The contract includes spare parts, training for operators and a maintenance centre to be built "
         "near Antofagasta, officials said, without giving the value of the order.",
         "A retired general told reporters that the old radars had often failed in the heat and that the "
         "new ones would cover the border with Bolivia and Peru."]),
    "/private/secret-deal.html": (
        "A page robots.txt forbids",
        "2026-03-10",
        ["Nobody should ever request this page, because the site's robots.txt disallows the folder it is "
         "in, and a polite crawler reads that file before anything else on the host.",
         "If a test sees a request for this path, the fetcher ignored robots.txt."]),
}


def article_html(title: str, day: str, paragraphs: list[str]) -> bytes:
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="date" content="{day}"><meta name="author" content="Jane Okafor"></head>
<body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article><h1>{title}</h1>{paras}</article><footer>Copyright Example Defence Weekly</footer></body></html>"""
            ).encode()


def rss(items: list[str], base: str) -> bytes:
    entries = "".join(f"<item><title>Item</title><link>{base}{p}</link><guid>{base}{p}</guid></item>" for p in items)
    return (f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Defence Weekly</title><link>{base}/</link>
<description>News</description>{entries}</channel></rss>""").encode()


def atom(items: list[str], base: str) -> bytes:
    entries = "".join(f'<entry><title>Item</title><id>{base}{p}</id><link rel="alternate" href="{base}{p}"/>'
                      f"<updated>2026-03-01T00:00:00Z</updated></entry>" for p in items)
    return (f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>{base}/atom.xml</id>
<link rel="self" href="{base}/atom.xml"/><link rel="alternate" href="{base}/"/>
<updated>2026-03-01T00:00:00Z</updated>{entries}</feed>""").encode()


def sitemap(items: list[str], base: str) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in items)
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>""").encode()


ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def publish(site: Site, robots: bytes = ROBOTS) -> None:
    """The articles and a robots.txt on ``site``."""
    site.routes["/robots.txt"] = Route(robots, content_type="text/plain")
    for path, (title, day, paragraphs) in ARTICLES.items():
        site.routes[path] = Route(article_html(title, day, paragraphs),
                                  last_modified=formatdate(time.time() - 86400, usegmt=True))


def slow(seconds: float, body: bytes = b"late") -> Callable[[BaseHTTPRequestHandler], None]:
    """An answer that comes too late."""
    def answer(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            handler.send_response(200)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except OSError:
            pass
    return answer


def huge(total: int, declare: bool, sent: list[int]) -> Callable[[BaseHTTPRequestHandler], None]:
    """A body of ``total`` bytes (with or without Content-Length); ``sent`` receives what got out."""
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        if declare:
            handler.send_header("Content-Length", str(total))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        out = 0
        try:
            while out < total:
                handler.wfile.write(chunk)
                out += len(chunk)
        except OSError:
            pass
        sent.append(out)
    return answer


def drip(seconds_per_byte: float, total: int) -> Callable[[BaseHTTPRequestHandler], None]:
    """A body that arrives one byte at a time, each within the read timeout."""
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(total))
        handler.end_headers()
        try:
            for _ in range(total):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(seconds_per_byte)
        except OSError:
            pass
    return answer
