"""The FastAPI application: JSON API under /api, server-rendered pages, static assets, security.

``create_app(db_url)`` builds it; ``armstrack serve`` runs it with uvicorn.
"""

from __future__ import annotations

import gc
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.templating import Jinja2Templates

from armstrack import settings
from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.resolve.resolver import finish_pending
from armstrack.settings import current as current_settings, database_url
from armstrack.serve import views
# the route modules take their session from serve.deps, never from here: importing them makes no circle
from armstrack.serve.alerts import router as alerts_router  # the /alerts page (saved searches)
from armstrack.serve.api import router as api_router
from armstrack.serve.deps import jsonable
from armstrack.serve.jobs import JobManager
from armstrack.serve.pages import router as pages_router
from armstrack.serve.register import router as register_router  # the deal register: /register, /api/register
from armstrack.serve.security import SecurityMiddleware
from armstrack.serve.sipri import router as sipri_router  # /sipri and /api/sipri (issue 10)
from armstrack.serve.sources import router as sources_router  # /sources and /api/sources (watched feeds)
from armstrack.resolve import database
from armstrack.store import db

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@dataclass
class ServeConfig:
    """What ``armstrack serve`` was started with: the database, the upload token and limits, the spaCy model."""
    db_url: str
    token: str | None = None
    max_upload_bytes: int = field(default_factory=lambda: settings.current().max_file_bytes)
    model: str | None = None


def settle_heap() -> None:
    """Load what every request reads (the gazetteers), then move the objects alive at startup out of the
    cyclic garbage collector's reach (``gc.freeze``): they live as long as the server, and a full collection
    walking them (~200,000 objects) added 100+ ms to one request in a few dozen."""
    load_gazetteers()
    gc.collect()
    gc.freeze()


def template_env() -> Environment:
    """The Jinja environment for the pages: autoescaping on, the view helpers as filters and globals."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        doc_url=views.doc_url, evidence_url=views.evidence_url, country_url=views.country_url,
        system_url=views.system_url, person_url=views.person_url, query_url=views.query_url,
        label=views.label, record_date=views.record_date, sources_of=views.sources_of,
        mentions_of=views.mentions_of, KINDS=views.KINDS, KIND_SINGULAR=views.KIND_SINGULAR,
        anchor=views.anchor, evidence_links=views.evidence_links,
    )
    env.filters.update(humanise=views.humanise, num=views.fmt_number, cell=views.cell, q=views.q)
    env.globals["page_text"] = views.page_text  # "p. 12" for evidence in a PDF
    return env


def create_app(db_url: str | None = None, *, token: str | None = None, max_upload_bytes: int | None = None,
               model: str | None = None, nlp_factory: Callable[[], Any] | None = None,
               allowed_hosts: tuple[str, ...] | None = None,
               settings: settings.Settings | None = None) -> FastAPI:
    """The app for the database at ``db_url`` (created if missing).

    ``token``: required on write endpoints when set. ``nlp_factory``: returns the spaCy pipeline for
    ingestion jobs (default: the cached ``build_pipeline`` of ``model``). ``allowed_hosts``: Host names
    the server answers to (``armstrack serve`` on loopback allows only loopback names). ``settings``: page
    sizes, limits and the ingestion jobs' settings (default: the active ones, armstrack.settings.current()).
    """
    cfg = settings or current_settings()
    config = ServeConfig(database_url(db_url), token or None, max_upload_bytes or cfg.max_file_bytes, model)
    engine = database.open_engine(config.db_url)
    sessions = db.session_factory(engine)
    with sessions() as session:  # an ingest killed before its resolve finished: resolve it before serving
        finish_pending(session)
    jobs = JobManager(sessions, model=model, nlp_factory=nlp_factory, settings=cfg)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        settle_heap()
        yield
        jobs.shutdown()
        engine.dispose()

    app = FastAPI(
        title="armstrack", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        description=("Arms transfers and military cooperation from news text, every record with its evidence. "
                     "List endpoints take `limit`/`offset` (the response carries `total`) and return CSV with "
                     "`?format=csv` or `Accept: text/csv`. Write endpoints need the server's token in the "
                     "`X-Armstrack-Token` header when one is set."),
        version="1",
    )
    app.state.config = config
    app.state.settings = cfg
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.jobs = jobs
    app.state.templates = Jinja2Templates(env=template_env())
    app.add_middleware(SecurityMiddleware, max_body_bytes=config.max_upload_bytes, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    app.include_router(api_router)
    app.include_router(pages_router)
    app.include_router(alerts_router)
    app.include_router(sipri_router)
    app.include_router(register_router)
    app.include_router(sources_router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(StarletteHTTPException)
    async def starlette_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if _wants_html(request):
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
            return _error(request, 422, problems or "invalid request")
        return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)

    return app


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _error(request: Request, status: int, detail: str, headers=None) -> Response:
    if _wants_html(request):
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"status": status, "detail": detail, "nav": request.url.path},
            status_code=status, headers=headers)
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)
