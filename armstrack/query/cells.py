"""CSV cells: what every CSV file and download of armstrack shares."""

from __future__ import annotations

from typing import Any

#: A spreadsheet reads a cell starting with one of these as a formula ("CSV injection"): such a cell gets
#: a leading single quote, as OWASP recommends, so Excel and LibreOffice show it as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: CSV files and downloads start with a UTF-8 byte order mark, so Excel reads them as UTF-8 (curly quotes).
CSV_ENCODING = "utf-8-sig"


def csv_safe(value: Any) -> Any:
    """A CSV cell value that no spreadsheet runs as a formula ("=HYPERLINK(...)" -> "'=HYPERLINK(...)")."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
