"""Polite HTTP downloads for `armstrack fetch` and `armstrack watch`.

trafilatura's ``fetch_url`` cannot send conditional requests (If-None-Match / If-Modified-Since), hides
why a download failed (500, timeout, too large all become ``None``) and, by design, refuses loopback
addresses. So the requests themselves are made here, with urllib3 (the library trafilatura uses), and
trafilatura does the rest: decoding (``trafilatura.utils.decode_file``), extraction (ingest.html),
feeds and sitemaps (ingest.feeds). courlan normalises URLs.

Politeness: a User-Agent naming armstrack and a contact URL, robots.txt obeyed (urllib.robotparser,
RFC 9309: a missing robots.txt allows everything, an unreachable one allows nothing), a delay between
two requests to one host, retries with exponential back-off, timeouts, a size limit checked before the
body is read, redirects followed hop by hop (each hop obeys robots.txt), conditional GET.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from courlan import normalize_url

from armstrack import __version__, settings
from armstrack.settings import Settings, current as current_settings

REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: Answers worth asking again: the server is busy or broken for a moment.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._~/-]+")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def user_agent(cfg: Settings | None = None) -> str:
    """``armstrack/<version> (+<contact URL>)``: who we are and where to read about it."""
    return f"{settings.FETCH_AGENT_NAME}/{__version__} (+{(cfg or current_settings()).fetch_contact_url})"


def canonical_url(url: str) -> str:
    """One spelling per page: courlan's normalisation (lower-case host, sorted query, tracking parameters
    dropped), without the #fragment (it names a place in the page, not another page)."""
    url = url.strip()
    try:
        normal = normalize_url(url)
    except Exception:  # courlan raises on some broken URLs: keep the text as given
        normal = url
    parts = urlsplit(normal)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def doc_id_for_url(url: str) -> str:
    """A readable, stable document id for a fetched page: host and path (``example.org/news/deal``);
    a query string or an over-long path becomes a short hash so the id fits the database."""
    parts = urlsplit(canonical_url(url))
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port:
        host += f"-{parts.port}"
    path = _UNSAFE_ID.sub("-", parts.path).strip("/-") or "index"
    base = f"{host}/{path}"
    if parts.query:
        base += "-" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    limit = min(200, settings.MAX_ID_CHARS)
    if len(base) > limit:
        base = base[:limit - 11] + "-" + hashlib.sha1(base.encode()).hexdigest()[:10]
    return base


def host_key(url: str) -> str:
    """Scheme and host of ``url``, lower-cased: the key per-host delays and robots rules are kept under."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class FetchError(Exception):
    """A download that did not give a usable answer; the message is meant for the user."""


class Disallowed(FetchError):
    """robots.txt does not let armstrack fetch the URL (it was not requested)."""


class Stopped(FetchError):
    """The run was asked to stop (SIGINT / SIGTERM) while waiting to send a request: none was sent."""


@dataclass
class Page:
    """What one download gave: the final URL after redirects, the status (200, or 304 when the page has not
    changed since the ETag / date given) and, for 200, the body and the validators to send next time."""

    url: str
    final_url: str
    status: int
    data: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        """Whether the server answered a conditional request with 304 (the stored copy is current)."""
        return self.status == 304

    @property
    def is_pdf(self) -> bool:
        """Whether the body is a PDF, by content type or by its magic bytes."""
        return "pdf" in self.content_type or self.data[:5] == b"%PDF-"

    def text(self) -> str:
        """The body as text: in the charset the server names, else decoded by trafilatura (charset from
        the markup, else detected; gzip files such as sitemap.xml.gz unpacked)."""
        from trafilatura.utils import decode_file  # deferred: loads trafilatura

        named = _CHARSET.search(self.content_type)
        if named and self.data[:2] != b"\x1f\x8b":
            try:
                return self.data.decode(named.group(1))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong label: let trafilatura find out
        return decode_file(self.data, settings.current().fetch_max_bytes)  # a gzip bomb is refused too


class Fetcher:
    """Downloads pages politely; one per run (it remembers robots.txt files and when it last asked
    each host). ``stop``: an event that, once set, cuts waits short (SIGINT / SIGTERM)."""

    def __init__(self, stop: threading.Event | None = None, host_delay: float | None = None,
                 settings: Settings | None = None) -> None:
        self.settings = settings or current_settings()  # its fetch_* limits, timeouts and delays
        self.pool = urllib3.PoolManager(num_pools=20, ca_certs=_ca_certs())
        # sent with every request (urllib3 replaces, not merges, a pool's headers with a request's own)
        self.headers = {**urllib3.util.make_headers(accept_encoding=True), "User-Agent": user_agent(self.settings)}
        self.stop = stop or threading.Event()
        self.host_delay = self.settings.fetch_host_delay if host_delay is None else host_delay
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_text: dict[str, str] = {}
        self._robots_read: dict[str, float] = {}  # when each robots.txt was read (a long watch reads it again)
        self._last_request: dict[str, float] = {}

    # --- politeness ---

    def _wait_for_host(self, url: str) -> None:
        key = host_key(url)
        delay = self.host_delay
        robots = self._robots.get(key)
        if robots is not None:
            crawl_delay = robots.crawl_delay(settings.FETCH_AGENT_NAME)
            if crawl_delay:  # honoured up to a limit: one slow host must not hold up a whole watch cycle
                delay = max(delay, min(float(crawl_delay), self.settings.fetch_max_crawl_delay))
        last = self._last_request.get(key)
        if last is not None and delay > 0:
            remaining = last + delay - time.monotonic()
            if remaining > 0 and self.stop.wait(remaining):
                raise Stopped("stopped while waiting for the host's delay")  # never cut the delay short
        self._last_request[key] = time.monotonic()

    def robots_txt(self, url: str) -> str:
        """The text of the robots.txt of ``url``'s host ("" when there is none or it cannot be read)."""
        self.allowed(url)
        key = host_key(url)
        return self._robots_text.get(key, "") if self._robots.get(key) is not None else ""

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets armstrack fetch ``url`` (the file is read once per host, and again
        when it is older than the setting fetch_robots_max_age)."""
        return self.robots_problem(url) is None

    def robots_problem(self, url: str) -> str | None:
        """Why robots.txt keeps armstrack from ``url`` (None when it may fetch it)."""
        key = host_key(url)
        if key not in self._robots or time.monotonic() - self._robots_read[key] > self.settings.fetch_robots_max_age:
            self._robots[key] = self._read_robots(key)
            self._robots_read[key] = time.monotonic()
            if self._robots[key] is None:  # unreachable: asked again sooner than a file that was read
                self._robots_read[key] -= self.settings.fetch_robots_max_age - self.settings.fetch_robots_retry
        robots = self._robots[key]
        if robots is None:  # robots.txt unreachable (5xx, network): RFC 9309 says assume complete disallow
            return (f"robots.txt of {key} cannot be read ({self._robots_text.get(key) or 'no answer'}): "
                    f"nothing on this host is fetched until it can")
        if not robots.can_fetch(settings.FETCH_AGENT_NAME, url):
            return "disallowed by robots.txt"
        return None

    def _read_robots(self, key: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(key + "/robots.txt")
        try:
            page = self._get_following(key + "/robots.txt", {}, self.settings.fetch_max_robots_bytes, robots=False,
                                       truncate=True)
        except FetchError as exc:
            self._robots_text[key] = str(exc)  # the reason, shown in the refusal
            return None
        if page.status >= 500:
            self._robots_text[key] = f"HTTP {page.status}"
            return None
        if page.status >= 400:  # no robots.txt (404) or not readable (401, 403): everything is allowed
            self._robots_text[key] = ""
            parser.parse([])
            return parser
        text = page.data.decode("utf-8", "replace")
        self._robots_text[key] = text
        parser.parse(text.splitlines())
        return parser

    # --- requests ---

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> Page:
        """Download ``url`` (a 200, or a 304 when ``etag`` / ``last_modified`` still hold).

        Raises FetchError: robots.txt disallows it, it stays unreachable (timeouts, 5xx) after the
        retries, it is too large, it redirects too often, or it answers another error status.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        page = self._get_following(url, headers, max_bytes or self.settings.fetch_max_bytes)
        if page.status not in (200, 304):
            raise FetchError(f"HTTP {page.status}" + (f" after {page.attempts} attempts" if page.attempts > 1 else ""))
        return page

    def _get_following(self, url: str, headers: dict, max_bytes: int, robots: bool = True,
                       truncate: bool = False) -> Page:
        """GET with redirects followed one hop at a time."""
        seen = [url]
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"not an http(s) URL: {current}")
            problem = self.robots_problem(current) if robots else None
            if problem:
                raise Disallowed(problem + (f" (redirected to {current})" if current != url else ""))
            page = self._get_once(current, headers, max_bytes, truncate)
            if page.status in REDIRECTS:
                target = page.final_url
                if target in seen:
                    raise FetchError(f"redirect loop at {target}")
                if not self.settings.fetch_private_redirects and not is_private_host(current) \
                        and is_private_host(target):
                    raise FetchError(f"redirect from a public address to a private one refused: {target}")
                seen.append(target)
                current = target
                continue
            page.url = url
            page.redirects = seen[1:]
            return page
        raise FetchError(f"more than {self.settings.fetch_max_redirects} redirects")

    def _get_once(self, url: str, headers: dict, max_bytes: int, truncate: bool) -> Page:
        """One request (retried on timeouts, connection errors and 429/5xx); a redirect is returned
        with its target as ``final_url``."""
        timeout = urllib3.Timeout(connect=self.settings.fetch_connect_timeout, read=self.settings.fetch_timeout)
        attempts = self.settings.fetch_retries + 1
        problem = ""
        retry_after: str | None = None
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                if self.stop.wait(self._backoff(attempt - 1, retry_after)):
                    raise Stopped(f"stopped before retrying ({problem})")
            retry_after = None
            self._wait_for_host(url)
            try:
                response = self.pool.request("GET", url, headers={**self.headers, **headers}, timeout=timeout, retries=False,
                                             redirect=False, preload_content=False, decode_content=True)
            except urllib3.exceptions.TimeoutError:
                problem = f"timed out (no answer within {self.settings.fetch_timeout:g}s)"
                continue
            except urllib3.exceptions.HTTPError as exc:
                problem = f"cannot connect: {_reason(exc)}"
                continue
            try:
                if response.status in RETRY_STATUSES and attempt < attempts:
                    retry_after = response.headers.get("Retry-After")
                    problem = f"HTTP {response.status}"
                    continue
                if response.status in REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {response.status} without a Location header")
                    return Page(url, urljoin(url, location.strip()), response.status, attempts=attempt)
                page = Page(url, url, response.status, attempts=attempt,
                            content_type=(response.headers.get("Content-Type") or "").lower(),
                            etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"))
                if response.status == 200:
                    page.data = self._read_body(response, max_bytes, truncate)
                return page
            except (urllib3.exceptions.TimeoutError, TimeoutError):
                problem = f"timed out while reading (no data within {self.settings.fetch_timeout:g}s)"
                continue
            except urllib3.exceptions.HTTPError as exc:
                problem = f"connection broke while reading: {_reason(exc)}"
                continue
            finally:
                # a body read to its end goes back to the pool; one left unread (refused, retried) is
                # dropped with its connection rather than read
                if response.isclosed():
                    response.release_conn()
                else:
                    response.close()
        raise FetchError(f"{problem} after {attempts} attempts")

    def _backoff(self, n: int, retry_after: str | None) -> float:
        wait = self.settings.fetch_backoff_seconds * 2 ** (n - 1)
        if retry_after:
            try:
                wait = max(wait, float(retry_after))
            except ValueError:
                try:
                    wait = max(wait, parsedate_to_datetime(retry_after).timestamp() - time.time())
                except (TypeError, ValueError):
                    pass
        return max(0.0, min(wait, self.settings.fetch_backoff_max))

    def _read_body(self, response, max_bytes: int, truncate: bool) -> bytes:
        """The body, refused when it is (or says it is) larger than ``max_bytes`` or takes too long."""
        declared = response.headers.get("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > max_bytes and not truncate:
            raise FetchError(f"too large: {_size(int(declared))} announced, the limit is {_size(max_bytes)} "
                             f"(setting fetch_max_bytes)")
        deadline = time.monotonic() + self.settings.fetch_total_seconds
        body = bytearray()
        while True:
            # read1: whatever has arrived (read() would wait for a full chunk, past the deadline, from a
            # server that sends a byte at a time)
            chunk = response.read1(64 * 1024)
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                if truncate:
                    return bytes(body[:max_bytes])
                raise FetchError(f"too large: more than {_size(max_bytes)} (setting fetch_max_bytes); "
                                 f"download stopped")
            if time.monotonic() > deadline:
                raise FetchError(f"too slow: the body took more than {self.settings.fetch_total_seconds:g}s")
        return bytes(body)


def is_private_host(url: str) -> bool:
    """Whether ``url``'s host is (or resolves to) a loopback, private or link-local address. A host that
    does not resolve counts as public (the request will fail anyway)."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0])
                         for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)]
        except (OSError, UnicodeError, ValueError):
            return False
    return any(not (getattr(a, "ipv4_mapped", None) or a).is_global for a in addresses)


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason).split(": ", 1)[-1] if "object at 0x" in str(reason) else str(reason)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _ca_certs() -> str | None:
    try:
        import certifi  # deferred: certifi is optional

        return certifi.where()
    except ImportError:  # urllib3 falls back on the system's certificates
        return None
