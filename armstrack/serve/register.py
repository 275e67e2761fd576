"""The deal register on the web: ``/register`` (sortable, filterable, every cell linking to the sentence
it comes from, deliveries per year as a bar chart) and ``/api/register`` (JSON, or SIPRI-layout CSV/XLSX).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from armstrack.serve import data, views
from armstrack.serve.deps import SessionDep, app_settings
from armstrack.serve.pages import _pages, render
from armstrack.settings import MAX_OFFSET
from armstrack.query import register as reg

router = APIRouter()
MAX_LIMIT = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: Sortable columns of the page: key -> (heading, value of a row to sort by).
SORTS: dict[str, tuple[str, Any]] = {
    "recipient": ("Recipient", lambda r: (r["recipient"] or "").casefold()),
    "supplier": ("Supplier", lambda r: (r["supplier"] or "").casefold()),
    "order_year": ("Year of order", lambda r: r["order_date"] or ""),
    "number_ordered": ("Ordered", lambda r: r["number_ordered"] if r["number_ordered"] is not None else -1),
    "designation": ("Weapon designation", lambda r: (r["designation"] or "").casefold()),
    "description": ("Description", lambda r: r["description"] or ""),
    "number_delivered": ("Delivered", lambda r: r["number_delivered"] if r["number_delivered"] is not None else -1),
    "delivery_years": ("Year(s) of delivery", lambda r: r["delivery_years"] or [0]),
    "status": ("Status", lambda r: r["status"] or ""),
    "sources": ("Sources", lambda r: len(r["sources"])),
    "first_reported": ("First reported", lambda r: r["first_reported"] or ""),
}


def evidence_href(ev: dict | None) -> str | None:
    """The document page with the evidence sentence highlighted (None when there is none)."""
    if not ev:
        return None
    return f"{views.doc_url(ev['doc_id'])}#{views.anchor(ev['start'], ev['end'])}"


def source_href(row: dict, doc_id: str) -> str:
    """A source of a deal: its first sentence about the deal in that document."""
    mention = next((x for x in row.get("mentions") or [] if x["doc"] == doc_id), None)
    return views.evidence_url(mention) if mention else views.doc_url(doc_id)


def _filter(rows: list[dict], q: str | None) -> list[dict]:
    if not q:
        return rows
    needle = q.casefold()
    return [r for r in rows if needle in " ".join(
        str(v) for v in (r["supplier"], r["recipient"], r["designation"], r["description"], r["status"],
                         " ".join(r["designations"]), " ".join(x["text"] for x in r.get("mentions") or []))).casefold()]


def _rows(session: Session, supplier, recipient, since, until, named_only, q, sort) -> list[dict]:
    rows = _filter(reg.register_rows(session, supplier=supplier, recipient=recipient, since=since, until=until,
                                     named_only=named_only), q)
    if sort:
        key = sort.lstrip("-")
        if key not in SORTS:
            raise HTTPException(422, f"cannot sort the register by {key!r}; use one of: {', '.join(SORTS)}")
        rows = sorted(rows, key=SORTS[key][1], reverse=sort.startswith("-"))
    return rows


def named_first(rows: list[dict]) -> list[dict]:
    """Deals naming a model, then those naming none ("unspecified aircraft"), each in the order given."""
    return [r for r in rows if r["family"]] + [r for r in rows if not r["family"]]


# --- the chart --------------------------------------------------------------------------------------------

@dataclass
class Bar:
    """One year's bar in the deliveries chart: units and deliveries that year, and its place."""
    year: int
    units: int
    deliveries: int
    x: float
    y: float
    width: float
    height: float
    url: str


@dataclass
class DeliveryChart:
    """The per-year deliveries chart of the register page."""
    width: int
    height: int
    left: int
    base: float
    bars: list[Bar]
    ticks: list[tuple[float, str]]  #: (y, label) of the value axis
    unknown: int  #: deliveries whose number no source gives (counted, not drawn by size)


def delivery_chart(rows: list[dict], params: dict, width: int = 900, height: int = 220) -> DeliveryChart | None:
    """Units delivered per year over the listed deals (a delivery of unknown size shows as a thin bar)."""
    per_year: dict[int, list[int | None]] = {}
    for r in rows:
        for d in r["deliveries"]:
            if d["year"] is not None:
                per_year.setdefault(d["year"], []).append(d["number"])
    if not per_year:
        return None
    years = list(range(min(per_year), max(per_year) + 1))
    left, top, bottom = 48, 12, 28
    base = height - bottom
    peak = max(max(sum(n or 0 for n in per_year.get(y, [])) for y in years), 1)
    step = (width - left - 10) / len(years)
    bars = []
    for i, y in enumerate(years):
        numbers = per_year.get(y, [])
        if not numbers:
            continue
        units = sum(n or 0 for n in numbers)
        h = max(2.0, (base - top) * units / peak)
        w = min(step * 0.7, 48.0)  # a lone year is a bar, not a wall
        bars.append(Bar(y, units, len(numbers), left + i * step + (step - w) / 2, base - h, w, h,
                        views.query_url("/register", params, since=str(y), until=str(y), offset=None)))
    ticks = [(base - (base - top) * f, views.fmt_number(round(peak * f))) for f in (0, 0.5, 1)]
    unknown = sum(1 for ns in per_year.values() for n in ns if n is None)
    return DeliveryChart(width, height, left, base, bars, ticks, unknown)


# --- the page ---------------------------------------------------------------------------------------------

def _date_param(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not _DATE.match(value):
        raise HTTPException(422, f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value or None


@router.get("/register", include_in_schema=False)
def register_page(request: Request, session: SessionDep, supplier: str | None = None, recipient: str | None = None,
                  since: str | None = None, until: str | None = None, named_only: bool = False,
                  q: str | None = None, sort: str | None = None,
                  offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """The deal register: one row per deal, filtered, sorted and paged, with a per-year deliveries chart."""
    params = {"supplier": (supplier or "").strip() or None, "recipient": (recipient or "").strip() or None,
              "since": _date_param(since), "until": _date_param(until), "named_only": "1" if named_only else None,
              "q": (q or "").strip() or None}
    size = app_settings(request).register_page_size
    sort = sort if sort and sort.lstrip("-") in SORTS else "recipient"
    rows = named_first(_rows(session, params["supplier"], params["recipient"], params["since"], params["until"],
                             named_only, params["q"], sort))
    state = {**params, "sort": sort}
    docs = data.doc_info(session, (d for r in rows[offset:offset + size] for d in r["sources"]))
    download = {k: v for k, v in params.items() if k != "q"}
    return render(request, "register.html", items=rows[offset:offset + size],
                  pages=_pages(len(rows), offset, size), params=params, state=state, sort=sort,
                  columns=[(k, heading) for k, (heading, _) in SORTS.items()], chart=delivery_chart(rows, params),
                  options=data.filter_values(session), docs=docs, ev=evidence_href, source_href=source_href,
                  csv_url=views.query_url("/api/register", {**download, "format": "csv"}),
                  xlsx_url=views.query_url("/api/register", {**download, "format": "xlsx"}))


# --- the API ----------------------------------------------------------------------------------------------

@router.get("/api/register", tags=["api"], summary="The deal register",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}},
                                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                             "schema": {"type": "string", "format": "binary"}}},
                             "description": "JSON page of deals, or SIPRI-layout CSV (?format=csv) or XLSX "
                                            "(?format=xlsx) of every matching deal"}})
def register_api(
    session: SessionDep,
    supplier: Annotated[str | None, Query(description="Supplier country (any alias)")] = None,
    recipient: Annotated[str | None, Query(description="Recipient country (any alias)")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")] = None,
    named_only: Annotated[bool, Query(description="Leave out deals naming no model")] = False,
    q: Annotated[str | None, Query(description="Text in the deal or its evidence")] = None,
    sort: Annotated[str | None, Query(description=f"One of {', '.join(SORTS)}; - first for descending")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    format: Annotated[Literal["json", "csv", "xlsx"], Query(description="json, csv or xlsx")] = "json",
):
    """One row per deal (order, deliveries, talks of one supplier, recipient and system), with the evidence
    of each cell. CSV and XLSX hold every matching deal in the columns of SIPRI's trade register."""
    rows = _rows(session, (supplier or "").strip() or None, (recipient or "").strip() or None, since, until,
                 named_only, (q or "").strip() or None, sort)
    if format == "csv":
        return Response("\ufeff" + reg.csv_text(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="register.csv"'})
    if format == "xlsx":
        return Response(reg.xlsx_bytes(rows),
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": 'attachment; filename="register.xlsx"'})
    return {"items": rows[offset:offset + limit], "total": len(rows), "limit": limit, "offset": offset}
