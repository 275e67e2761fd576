"""The alerts page: what saved searches reported, new since the user last looked, each with its evidence.

``GET /alerts`` lists the alerts and their unseen reports (``?all=1``: recent reports, seen ones too;
``?alert=NAME``: one alert); ``POST /alerts/seen`` marks the reports shown as seen. That POST is a
write: the security middleware refuses it from another site, and it needs the server's token when one
is set, as every other write does.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from armstrack.serve import data, views
from armstrack.serve.deps import SessionDep, app_settings
from armstrack.serve.pages import render
from armstrack.serve.security import TOKEN_FIELD, TOKEN_HEADER, token_matches
from armstrack.query import alerts as store_alerts

router = APIRouter(include_in_schema=False)


@router.get("/alerts")
def alerts_page(request: Request, session: SessionDep, alert: str | None = None,
                show_all: Annotated[bool, Query(alias="all")] = False):
    """Saved searches and what fired for them; unseen reports only unless ``all`` is set."""
    alert = (alert or "").strip() or None
    try:
        events = store_alerts.list_events(session, alert, unseen=not show_all, limit=app_settings(request).alerts_shown)
    except store_alerts.AlertError as exc:
        raise HTTPException(404, str(exc)) from exc
    rows = [{**e, "label": views.label(e["kind"], e["record"]),
             "url": views.evidence_url(e["evidence"]) if e["evidence"].get("doc") is not None else None}
            for e in events]
    return render(request, "alerts.html", alerts=store_alerts.list_alerts(session), events=rows, selected=alert,
                  show_all=show_all, upto=max((e["event"] for e in events if not e["seen"]), default=0),
                  docs=data.doc_info(session, (e["evidence"].get("doc") for e in events)))


@router.post("/alerts/seen")
async def alerts_seen(request: Request, session: SessionDep):
    """Mark reports as seen: of one alert (field ``alert``) or all, up to event ``upto`` (the newest the
    page showed, so a report that arrived meanwhile stays new)."""
    form = await request.form(max_files=0, max_fields=10)
    token = form.get(TOKEN_FIELD)
    expected = request.app.state.config.token
    if not token_matches(expected, request.headers.get(TOKEN_HEADER) or (token if isinstance(token, str) else None)):
        raise HTTPException(401, f"a valid token is needed to change alerts ({TOKEN_HEADER} header or "
                                 f"'{TOKEN_FIELD}' form field)")
    name = str(form.get("alert") or "").strip() or None
    raw = str(form.get("upto") or "").strip()
    if raw and not raw.isdigit():
        raise HTTPException(400, f"upto is an event number, not {raw!r}")
    try:
        store_alerts.mark_seen(session, name, upto=int(raw) if raw else None)
    except store_alerts.AlertError as exc:
        raise HTTPException(404, str(exc)) from exc
    return RedirectResponse(views.query_url("/alerts", {"alert": name}), status_code=303)
