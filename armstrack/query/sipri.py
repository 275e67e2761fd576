"""Holding the deal register against the stored SIPRI rows (the comparison the CLI and the web page show)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from armstrack.resolve.sipri import compare, filter_rows
from armstrack.store.sipri import sipri_rows


def _year(value: str | int | None) -> int | None:
    text = str(value or "").strip()[:4]
    return int(text) if text.isdigit() else None


def compare_stored(session: Session, deals: list[dict], *, supplier: str | None = None,
                   recipient: str | None = None, since: str | int | None = None, until: str | int | None = None):
    """Hold ``deals`` (the deal register's rows, already filtered the same way) against the stored SIPRI
    rows of the same supplier, recipient and years: a :class:`armstrack.resolve.sipri.Comparison`."""
    rows = filter_rows(sipri_rows(session), supplier=supplier, recipient=recipient, since=_year(since),
                       until=_year(until))
    return compare(deals, rows)
