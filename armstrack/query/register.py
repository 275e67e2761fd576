"""The deal register: one row per deal (see armstrack.resolve.deals), as SIPRI's trade register lists them.

``register_rows`` is what the CLI, the JSON export, the web page, the API and the SIPRI comparison read;
``write_csv`` and ``write_xlsx`` lay the rows out in the columns of SIPRI's trade-register export plus
armstrack's own (sources, first reported, the evidence sentence and the URL of its article).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from armstrack.query.cells import CSV_ENCODING, csv_safe
from armstrack.query.names import country_name
from armstrack.store import models as m

#: Columns of the CSV and XLSX: SIPRI's trade-register export (its unnamed columns hold "?" where a value
#: is uncertain: here, where sources disagree on it), then armstrack's.
COLUMNS = ("Recipient", "Supplier", "Year of order", "", "Number ordered", "", "Weapon designation",
           "Weapon description", "Number delivered", "", "Year(s) of delivery", "status", "Comments",
           "Deal", "Sources", "First reported", "Evidence", "Evidence URL")


def _country(name: str) -> set[str]:
    return {name.strip().casefold(), (country_name(name) or "").casefold()} - {""}


def _date_filters(since: str | None, until: str | None) -> list:
    """Deals with a date in [since, until]: last date on or after ``since``, first date on or before
    ``until`` (a less precise date containing the bound counts: 2021 for since=2021-06)."""
    out = []
    first, last = m.Deal.first_date, m.Deal.last_date
    if since or until:
        out.append(first.is_not(None))
    if since:
        out.append(or_(last >= since, and_(func.length(last) < len(since),
                                           last == func.substr(since, 1, func.length(last)))))
    if until:
        out.append(or_(first <= until, func.substr(first, 1, len(until)) == until))
    return out


def register_rows(session: Session, *, supplier: str | None = None, recipient: str | None = None,
                  since: str | None = None, until: str | None = None, named_only: bool = False) -> list[dict]:
    """One dict per deal, in SIPRI's order (recipient, supplier, year of order).

    Keys: deal_id, supplier, recipient, family (None when no model is named), designation (the cell:
    "unspecified aircraft" for those), designations, category, description, order_date, order_year,
    number_ordered, deliveries ([{date, year, number, sources, evidence}]), number_delivered,
    delivery_years, status, value, currency, sources (document ids, earliest first), first_reported,
    last_reported, conflicts (each with the ``phase`` it concerns), evidence ({doc_id, url, sentence, start, end} of the first source), cells
    (the evidence of the order, designation and status cells), parts (the merged transfer facts) and
    mentions. ``supplier``/``recipient`` take any alias of a country; ``since``/``until`` (YYYY[-MM[-DD]])
    keep deals with a date (order, delivery, talks; else when first reported) in that period.
    """
    where = []
    if supplier:
        where.append(func.lower(m.Deal.supplier).in_(sorted(_country(supplier))))
    if recipient:
        where.append(func.lower(m.Deal.recipient).in_(sorted(_country(recipient))))
    if named_only:
        where.append(m.Deal.family.is_not(None))
    where.extend(_date_filters(since, until))
    rows = list(session.scalars(select(m.Deal.data).where(*where).order_by(m.Deal.sort_key, m.Deal.id)))
    return rows


def get_deal(session: Session, deal_id: int) -> dict | None:
    """The deal with this id, as stored, or None."""
    return session.scalar(select(m.Deal.data).where(m.Deal.id == deal_id))


# --- SIPRI-layout files --------------------------------------------------------------------------

def _number(value: Any) -> str:
    return "" if value is None else str(value)


def _comments(r: dict) -> str:
    notes = []
    if not r.get("family"):
        notes.append("no model named")
    if r.get("value") is not None:
        notes.append(f"value {r['value']:,.0f} {r.get('currency') or ''}".strip())
    if len(r.get("deliveries") or []) > 1:
        notes.append("deliveries: " + ", ".join(
            f"{d['date'] or 'undated'}" + (f" ({d['number']})" if d["number"] is not None else "")
            for d in r["deliveries"]))
    if len(r.get("designations") or []) > 1:
        notes.append("also written " + ", ".join(r["designations"][1:]))
    for c in r.get("conflicts") or []:
        notes.append(f"sources disagree on {c['field']}: "
                     + " / ".join(f"{v['value']} ({v['doc']})" for v in c["values"]))
    return "; ".join(notes)


def _uncertain(r: dict, *fields: str) -> str:
    """SIPRI's "?" flag: sources disagree on one of these fields."""
    return "?" if any(c["field"] in fields for c in r.get("conflicts") or []) else ""


def table_rows(rows: list[dict]) -> list[list[Any]]:
    """The register as cells in the order of ``COLUMNS`` (values as they are: not yet made safe)."""
    out = []
    for r in rows:
        ev = r.get("evidence") or {}
        conflicts = r.get("conflicts") or []
        order_flags = {"conflicts": [c for c in conflicts if c.get("phase") == "agreed"]}
        delivery_flags = {"conflicts": [c for c in conflicts if c.get("phase") == "delivered"]}
        out.append([
            r.get("recipient") or "", r.get("supplier") or "", _number(r.get("order_year")),
            _uncertain(order_flags, "when"), _number(r.get("number_ordered")),
            _uncertain(order_flags, "quantity", "number_ordered"), r.get("designation") or "",
            r.get("description") or "", _number(r.get("number_delivered")),
            _uncertain(delivery_flags, "quantity", "number_delivered"),
            "; ".join(str(y) for y in r.get("delivery_years") or []), (r.get("status") or "").replace("_", " "),
            _comments(r), r.get("deal_id"), "; ".join(r.get("sources") or []), r.get("first_reported") or "",
            ev.get("sentence") or "", ev.get("url") or "",
        ])
    return out


def csv_text(rows: list[dict]) -> str:
    """The register as CSV text (no byte order mark: ``write_csv`` and downloads add it)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for cells in table_rows(rows):
        writer.writerow([csv_safe(c) for c in cells])
    return buf.getvalue()


def write_csv(rows: list[dict], path: Path) -> Path:
    """UTF-8 with a byte order mark (Excel then shows curly quotes right); formula-like cells start with '."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding=CSV_ENCODING) as fh:
        fh.write(csv_text(rows))
    return path


def xlsx_bytes(rows: list[dict]) -> bytes:
    """The register as an Excel workbook (one sheet, header frozen, filters on)."""
    from openpyxl import Workbook  # deferred: loads openpyxl
    from openpyxl.styles import Alignment, Font  # deferred: loads openpyxl

    wb = Workbook()
    ws = wb.active
    ws.title = "Deal register"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cells in table_rows(rows):
        ws.append([csv_safe(c) if isinstance(c, str) else c for c in cells])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula, whatever it starts with
    widths = {"A": 16, "B": 16, "G": 24, "H": 18, "M": 50, "O": 30, "Q": 80, "R": 40}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    for cell in ws["Q"][1:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_xlsx(rows: list[dict], path: Path) -> Path:
    """Write rows as an .xlsx workbook to ``path`` (creating its folder); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(xlsx_bytes(rows))
    return path
