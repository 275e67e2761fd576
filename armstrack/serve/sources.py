"""The Sources page (/sources) and /api/sources: each watched feed, sitemap or site, its last poll, the
documents it brought and its errors, and the latest fetched URLs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from armstrack.serve.deps import SessionDep
from armstrack.store.sources import recent_urls, source_rows

router = APIRouter()
MAX_RECENT = 500


def _web_link(url: str | None) -> str | None:
    """Only http(s) URLs become links (never javascript: or data:)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request, session: SessionDep,
                 recent: Annotated[int, Query(ge=1, le=MAX_RECENT)] = 50) -> Response:
    """The watched sources with their state, and the URLs fetched most recently."""
    rows = source_rows(session)
    names = {r["id"]: r["title"] or r["url"] for r in rows}
    return request.app.state.templates.TemplateResponse(request, "sources.html", {
        "nav": request.url.path, "sources": rows, "recent": recent_urls(session, limit=recent),
        "names": names, "web_link": _web_link})


@router.get("/api/sources", tags=["api"], summary="Watched sources, their last poll and the latest fetched URLs")
def sources_api(session: SessionDep, recent: Annotated[int, Query(ge=0, le=MAX_RECENT)] = 50) -> dict:
    """The watched sources and the most recent fetched URLs as JSON."""
    return {"sources": source_rows(session), "recent": recent_urls(session, limit=recent) if recent else []}
