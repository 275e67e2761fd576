"""Shared fixtures: the spaCy pipeline (built once), databases (SQLite and PostgreSQL), the seeds."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds"
DEV = SHARED / "corpus" / "dev" / "articles.jsonl"
DEV_GOLD = SHARED / "gold" / "dev"
EXAMPLES = ROOT / "examples"
PG_URL = os.environ.get("ARMSTRACK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def nlp():
    from armstrack.nlp.pipeline import build_pipeline
    from armstrack.settings import model_name

    return build_pipeline(model_name())


@pytest.fixture(scope="session")
def gaz():
    from armstrack.nlp.gazetteers import load_gazetteers

    return load_gazetteers()


@pytest.fixture
def analyse(nlp):
    """Analyse a text written in a test: ``analyse("Russia delivered ...", published=date(...))``."""
    from armstrack.core import analyse as _analyse
    from armstrack.records import Article

    def run(text: str, doc_id: str = "t", **fields):
        return _analyse(nlp(text), Article(doc_id=doc_id, text=text, **fields))

    return run


@pytest.fixture
def parsed(nlp, gaz):
    """(doc, analysis, gaz) for a text written in a test, entities and people resolved, records empty.

    Extractor tests call their extractor on it: ``extract_quotes(*parsed("..."))``.
    """
    from armstrack.nlp.entities import entity_mentions
    from armstrack.nlp.people import resolve_people
    from armstrack.records import Article, DocumentAnalysis

    def run(text: str, doc_id: str = "t", **fields):
        doc = nlp(text)
        analysis = DocumentAnalysis(Article(doc_id=doc_id, text=text, **fields))
        analysis.entities = entity_mentions(doc, doc_id, gaz)
        analysis.people = resolve_people(doc, doc_id, gaz)
        return doc, analysis, gaz

    return run


@pytest.fixture
def transfers(parsed, request):
    """Transfers of a text written in a test, published on the test module's ``PUBLISHED`` date (if any):
    ``transfers("Norland sold six jets to Talora.")``, or with another ``published=`` date."""
    from armstrack.extract.transfers import extract_transfers

    def run(text: str, published=getattr(request.module, "PUBLISHED", None)):
        return extract_transfers(*parsed(text, published=published))

    return run


def _postgres_schema_url() -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        engine.dispose()
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}", schema


def _drop_schema(schema: str) -> None:
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty database: a SQLite file, and a new schema in the PostgreSQL test database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'armstrack.db'}"
        return
    url, schema = _postgres_schema_url()
    try:
        yield url
    finally:
        _drop_schema(schema)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'armstrack.db'}"


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the project")
    return SEEDS


def export_of(db_url: str) -> dict:
    """The JSON export of the database at ``db_url``, as `armstrack export` writes it."""
    from armstrack.resolve import database
    from armstrack.store import db
    from armstrack.query.export import build_export

    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            return build_export(session)
    finally:
        engine.dispose()


# --- settings (armstrack.settings): a test changes them through `tune`, never by patching module names ---

@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts from settings loaded anew (defaults, environment), none left by an earlier test."""
    from armstrack import settings

    settings.activate(None)
    yield
    settings.activate(None)


@pytest.fixture
def tune(monkeypatch):
    """``tune(fetch_timeout=0.4, ...)``: these settings are the active ones until the test ends (the CLI
    loads its own: a test of a command sets ARMSTRACK_<NAME> with monkeypatch.setenv instead)."""
    from armstrack import settings

    def apply(**changes):
        monkeypatch.setattr(settings, "_active", settings.current().replace(**changes))

    return apply
