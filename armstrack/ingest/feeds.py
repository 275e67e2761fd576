"""Article links from RSS/Atom/JSON feeds, sitemaps and site home pages, with trafilatura's tools.

trafilatura finds the links (``feeds.find_links``, ``feeds.determine_feed``, ``sitemaps.SitemapObject``,
``sitemaps.extract_robots_sitemaps``); the downloads are ours (ingest.web), so that they are polite and
conditional. courlan's ``check_url`` (used inside trafilatura's own link filters) refuses IP addresses
and ``localhost``, which a monitor of an intranet or a test server needs: links are therefore kept or
dropped here, by one general rule: same site as the source, http(s), not the home page itself.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import html as lxml_html
from trafilatura.deduplication import is_similar_domain
from trafilatura.feeds import FeedParameters, determine_feed, find_links, is_potential_feed
from trafilatura.sitemaps import SITEMAP_FORMAT, SitemapObject, extract_robots_sitemaps, is_plausible_sitemap
from trafilatura.utils import safe_relative_url

from .web import canonical_url

KINDS = ("feed", "sitemap", "site")


def base_of(url: str) -> str:
    """Scheme and host of ``url`` ("https://example.org/a/b" -> "https://example.org")."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def same_site(url: str, other: str) -> bool:
    """Same host, or similar registered domains (www.example.org and example.org, news.example.org)."""
    a, b = (urlsplit(u).hostname or "" for u in (url, other))
    if not a or not b:
        return False
    if a == b:
        return True
    a, b = a.removeprefix("www."), b.removeprefix("www.")
    return "." in a and not a.replace(".", "").isdigit() and is_similar_domain(a, b)


def _keep(links: list[str], source_url: str) -> list[str]:
    """Absolute, canonical, same-site article links in their order, each once; not the home page or the
    source itself."""
    base = base_of(source_url)
    own = canonical_url(source_url)
    out: dict[str, None] = {}
    for link in links:
        link = (link or "").strip()
        if not link:
            continue
        absolute = safe_relative_url(base, link) if not link.startswith(("http://", "https://")) else link
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        if parts.path in ("", "/") and not parts.query:
            continue
        if not same_site(absolute, source_url):
            continue
        canon = canonical_url(absolute)
        if canon != own:
            out[absolute.split("#", 1)[0]] = None
    return list(out)


def detect_kind(text: str) -> str:
    """feed (RSS, Atom, JSON feed), sitemap (XML or plain list of URLs is not guessed: XML only) or site."""
    start = text.lstrip()[:2000]
    if is_potential_feed(start) and ("<rss" in start or "<feed" in start or "<rdf:RDF" in start):
        return "feed"
    if start.startswith("{") and '"items"' in text[:100_000]:
        return "feed"
    if SITEMAP_FORMAT.search(start[:1000]) and ("<urlset" in start or "<sitemapindex" in start):
        return "sitemap"
    return "site"


def feed_links(text: str, feed_url: str) -> list[str]:
    """Article links of an RSS, Atom or JSON feed, in the feed's order (usually newest first)."""
    params = FeedParameters(base_of(feed_url), urlsplit(feed_url).hostname or "", feed_url)
    return _keep(find_links(text.strip(), params), feed_url)


def site_feeds(html: str, page_url: str) -> list[str]:
    """Feeds a home page announces (<link rel="alternate" type="application/rss+xml">, else links that
    look like feeds), as trafilatura discovers them."""
    params = FeedParameters(base_of(page_url), urlsplit(page_url).hostname or "", page_url)
    found = [safe_relative_url(base_of(page_url), u) for u in determine_feed(html, params)]
    return [u for u in dict.fromkeys(found) if same_site(u, page_url)]


def page_links(html: str, page_url: str) -> list[str]:
    """Same-site links of a page (a home page without feed nor sitemap), in page order."""
    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # empty or unparsable markup has no links
        return []
    links = [a.get("href", "") for a in tree.iter("a") if a.get("href")]
    return [u for u in _keep(links, page_url) if not u.endswith((".xml", ".rss", ".atom"))]


class _Sitemap(SitemapObject):
    """trafilatura's sitemap reader with our link rule (its own refuses IP hosts, see module doc)."""

    def handle_link(self, link: str) -> None:
        if link == self.current_url:
            return
        kept = _keep([link], self.current_url or self.base_url)
        if not kept:
            return
        if kept[0].split("?", 1)[0].endswith((".xml", ".xml.gz")):
            self.sitemap_urls.append(kept[0])
        else:
            self.urls.append(kept[0])


def sitemap_links(text: str, sitemap_url: str) -> tuple[list[str], list[str]]:
    """(page links, nested sitemap links) of a sitemap or sitemap index."""
    if not is_plausible_sitemap(sitemap_url, text):
        return [], []
    sitemap = _Sitemap(base_of(sitemap_url), urlsplit(sitemap_url).hostname or "", [])
    sitemap.current_url = sitemap_url
    sitemap.content = text
    sitemap.process()
    return list(dict.fromkeys(sitemap.urls)), list(dict.fromkeys(sitemap.sitemap_urls))


def robots_sitemaps(robots_text: str, site_url: str) -> list[str]:
    """Sitemaps a robots.txt names (``Sitemap:`` lines)."""
    if not robots_text:
        return []
    return [u for u in extract_robots_sitemaps(robots_text, base_of(site_url)) if same_site(u, site_url)]
