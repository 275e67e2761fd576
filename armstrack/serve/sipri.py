"""The SIPRI reconciliation page ``/sipri`` and ``/api/sipri/compare`` (issue 10).

Both hold the deal register against the imported SIPRI trade register (``armstrack sipri import``)
and show the three outcomes: in both (with the differences), news only, SIPRI only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy.orm import Session

from armstrack.query.register import register_rows
from armstrack.query.sipri import compare_stored
from armstrack.resolve.sipri import (FLAT_COLUMNS, NOT_ORDERED_NOTE, OUTCOME_TITLES, deal_label, deal_order_year,
                                     not_ordered)
from armstrack.serve import views
from armstrack.serve.api import csv_response
from armstrack import settings
from armstrack.serve.deps import SessionDep, app_settings, jsonable
from armstrack.serve.pages import render
from armstrack.store.sipri import sipri_rows, sources

router = APIRouter()
YEAR_PATTERN = r"^\d{4}$"
#: Rows shown per section of the page (a whole SIPRI export has tens of thousands; the CSV has all).


class CompareFilters:
    """Query parameters shared by the SIPRI comparison page and its API."""
    def __init__(
        self,
        recipient: Annotated[str | None, Query(description="Recipient (any alias, SIPRI's names too)")] = None,
        supplier: Annotated[str | None, Query(description="Supplier (any alias)")] = None,
        since: Annotated[str | None, Query(pattern=YEAR_PATTERN, description="From this order year (YYYY)")] = None,
        until: Annotated[str | None, Query(pattern=YEAR_PATTERN, description="Up to this order year (YYYY)")] = None,
    ) -> None:
        self.values = {k: (v.strip() or None) if isinstance(v, str) else v
                       for k, v in dict(recipient=recipient, supplier=supplier, since=since, until=until).items()}


def comparison(session: Session, filters: dict):
    """The comparison for the filters."""
    deals = register_rows(session, supplier=filters.get("supplier"), recipient=filters.get("recipient"),
                          since=filters.get("since"), until=filters.get("until"))
    return compare_stored(session, deals, **filters)


def evidence_link(deal: dict) -> str | None:
    """The document page at a deal's evidence sentence (highlighted there), if the deal has one."""
    ev = deal.get("evidence") or {}
    if ev.get("doc_id") and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return views.evidence_url({"doc": ev["doc_id"], "start": ev["start"], "end": ev["end"]})
    if ev.get("doc_id"):
        return views.doc_url(ev["doc_id"])
    return None


def page_context(result, filters: dict, sipri_files: list[tuple[str, int]], recipients: list[str],
                 shown: int | None = None) -> dict:
    """What ``sipri.html`` renders (kept apart from the route so it can be rendered from any comparison);
    ``shown`` rows of each list (default: the setting sipri_shown)."""
    # the file name only: the page need not show where on the server the export was kept
    files = [(Path(path).name, n) for path, n in sipri_files]
    return {"result": result, "params": filters, "titles": OUTCOME_TITLES, "deal_label": deal_label,
            "evidence_link": evidence_link, "order_year": deal_order_year,
            "not_ordered": not_ordered, "not_ordered_note": NOT_ORDERED_NOTE, "sipri_files": files, "recipients": recipients, "shown": settings.current().sipri_shown if shown is None else shown,
            "csv_url": views.query_url("/api/sipri/compare", {**filters, "format": "csv"})}


@router.get("/sipri", include_in_schema=False)
def sipri_page(request: Request, session: SessionDep, filters: Annotated[CompareFilters, Depends()]):
    """The deals held against SIPRI's register: matched, new or unreported, and SIPRI rows without news support."""
    result = comparison(session, filters.values)
    recipients = sorted({r["recipient"] for r in sipri_rows(session)})
    return render(request, "sipri.html", **page_context(result, filters.values, sources(session), recipients,
                                                         app_settings(request).sipri_shown))


@router.get("/api/sipri/compare", tags=["api"], summary="The deal register against SIPRI's trade register",
            responses={200: {"description": "JSON, or CSV with ?format=csv"}})
def sipri_compare(session: SessionDep, filters: Annotated[CompareFilters, Depends()],
                  format: Annotated[Literal["json", "csv"] | None, Query(description="json (default) or csv")] = None):
    """The comparison with SIPRI's register as JSON, or as flat CSV rows with ``format=csv``."""
    result = comparison(session, filters.values)
    if result is None:
        raise HTTPException(503, "the deal register is not available in this installation")
    if format == "csv":
        return csv_response(result.flat_rows(), list(FLAT_COLUMNS), "sipri-compare.csv")
    return jsonable(result.as_dict())
