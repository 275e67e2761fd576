"""Reading a SIPRI trade register as SIPRI's web site exports it (CSV).

The export is not a plain CSV table, and the parser copes with what it really contains:

* **Preamble.** A dozen lines of notes precede the header ("Transfers of major conventional arms
  from ...", "A '?' in a column indicates uncertain data ...", "Source: ...", "Data generated: ...").
  The header is found by its cells (``Recipient, Supplier, ... Weapon designation ...``), not by a
  fixed line count, which changed between releases.
* **Flag columns.** The header has blank-named columns (``Year of order, ,Number ordered, ,``): each
  holds ``?`` when the value of the column before it is uncertain.
* **Renamed columns.** "Number delivered" is "Deliveries in the Year Range" when a year range was
  chosen; "Year(s) of delivery" is "Year(s) of deliveries" in some releases. Columns are found by name.
* **Values.** Delivery years are ``; ``-separated (``2018; 2019; 2020``), sometimes ranges
  (``2019-2021``); a number or year in parentheses (``(12)``, ``(2019)``) is a SIPRI estimate, as is
  a trailing ``?``; ``..`` or an empty cell is unknown.
* **Encoding.** Exports are Latin-1 / Windows-1252 (``Wärtsilä``); UTF-8 (with or without a BOM) is
  read too. A line break inside a comment (seen in real exports, unquoted, as LF or a lone CR) would
  cut a row in two: the two pieces are joined again when together they have the header's columns.

A bad data line is reported as ``file:line: problem`` and skipped; the other lines are still read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from armstrack import settings

#: Canonical field -> accepted header names (case and spacing ignored).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "recipient": ("recipient",),
    "supplier": ("supplier",),
    "order_year": ("year of order", "year of order/licence", "year(s) of order", "order year"),
    "number_ordered": ("number ordered", "no. ordered"),
    "designation": ("weapon designation",),
    "description": ("weapon description",),
    "number_delivered": ("number delivered", "no. delivered", "deliveries in the year range",
                         "number delivered/produced", "no. delivered/produced"),
    "delivery_years": ("year(s) of delivery", "year(s) of deliveries", "year of delivery", "years of delivery"),
    "status": ("status",),
    "comments": ("comments", "comment"),
    "tiv_per_unit": ("sipri tiv per unit", "tiv per unit", "tiv deal unit"),
    "tiv_total": ("sipri tiv for total order", "tiv for total order"),
    "tiv_delivered": ("sipri tiv of delivered weapons", "tiv of delivered weapons", "tiv delivered"),
}
REQUIRED = ("recipient", "supplier", "designation")
#: Fields whose uncertainty SIPRI marks with a "?" column after them or with parentheses.
FLAGGED = ("order_year", "number_ordered", "number_delivered", "delivery_years")
UNKNOWN = {"", "..", ". .", "-", "n/a"}
YEAR_RANGE = (1900, 2100)
#: Longest recipient, supplier or designation accepted (SIPRI's are under 60 characters).
MAX_NAME = 255
#: Largest number ordered or delivered accepted (stored as a 32-bit integer).
MAX_NUMBER = 1_000_000_000

_YEAR = re.compile(r"^(\d{4})$")
_SPAN = re.compile(r"^(\d{4})\s*[-\u2013\u2014]\s*(\d{4})$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


class SipriFileError(ValueError):
    """The file cannot be read as a trade register at all (missing, unreadable, no header)."""


@dataclass
class SipriRecord:
    """One deal of the trade register, as SIPRI gives it."""

    line: int
    recipient: str
    supplier: str
    designation: str
    description: str | None = None
    order_year: int | None = None
    number_ordered: int | None = None
    number_delivered: int | None = None
    delivery_years: list[int] = field(default_factory=list)
    delivery_years_text: str | None = None
    status: str | None = None
    comments: str | None = None
    tiv_per_unit: float | None = None
    tiv_total: float | None = None
    tiv_delivered: float | None = None
    #: fields SIPRI marks as uncertain ("?" flag, parentheses): a subset of FLAGGED
    uncertain: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The record as plain JSON-ready values (tuples become lists)."""
        return dict(self.__dict__, delivery_years=list(self.delivery_years), uncertain=list(self.uncertain))


@dataclass
class SipriParse:
    """The deals read from a file, and one message per line that could not be read."""

    path: str
    records: list[SipriRecord]
    errors: list[str]
    header_line: int


class _CellError(ValueError):
    pass


# --- decoding ------------------------------------------------------------------------------------

def decode(raw: bytes) -> str:
    """The text of an export: UTF-8 (BOM dropped) if it is valid UTF-8, else Windows-1252, else Latin-1;
    line ends as ``\\n`` and a lone carriage return (inside a comment) as a space."""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\n" not in text and "\r" in text:  # old Mac line ends: every CR is a line end
        return text.replace("\r", "\n")
    return text.replace("\r\n", "\n").replace("\r", " ")


# --- cells ---------------------------------------------------------------------------------------

def _estimate(cell: str) -> tuple[str, bool]:
    """A cell without its estimate marks: "(12)" and "12?" are 12, uncertain."""
    value = " ".join(cell.split())
    uncertain = False
    if value.endswith("?"):
        value, uncertain = value[:-1].rstrip(), True
    if len(value) >= 2 and value[0] == "(" and value[-1] == ")":
        value, uncertain = value[1:-1].strip(), True
    return value, uncertain


def _year(text: str) -> int:
    match = _YEAR.match(text)
    if not match or not YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]:
        raise _CellError(f"{text!r} is not a year")
    return int(text)


def parse_year(cell: str) -> tuple[int | None, bool]:
    """(year, uncertain) of a "Year of order" cell: "2017", "(2017)", "2017?", ".." or empty."""
    value, uncertain = _estimate(cell)
    if value in UNKNOWN:
        return None, False
    return _year(value), uncertain


def parse_number(cell: str) -> tuple[int | None, bool]:
    """(number, uncertain) of a "Number ordered/delivered" cell: "12", "(12)", "1,673", "12?", ".."."""
    value, uncertain = _estimate(cell)
    value = value.replace(",", "").replace(" ", "")
    if value in UNKNOWN:
        return None, False
    if not _NUMBER.match(value) or float(value) != int(float(value)):
        raise _CellError(f"{cell.strip()!r} is not a whole number")
    if int(float(value)) > MAX_NUMBER:
        raise _CellError(f"{cell.strip()!r} is larger than any number of weapons in one deal")
    return int(float(value)), uncertain


def parse_years(cell: str) -> tuple[list[int], bool]:
    """(years, uncertain) of a "Year(s) of delivery" cell: "2018; 2019", "2019-2021", "(2020)", ".."."""
    text = " ".join(cell.split())
    if text in UNKNOWN:
        return [], False
    years: set[int] = set()
    uncertain = False
    for part in re.split(r"[;,]", text):
        part, unsure = _estimate(part.strip())
        uncertain |= unsure
        if part in UNKNOWN:
            continue
        span = _SPAN.match(part)
        if span:
            first, last = _year(span.group(1)), _year(span.group(2))
            if last < first:
                raise _CellError(f"{part!r}: the range ends before it starts")
            years.update(range(first, last + 1))
        else:
            years.add(_year(part))
    return sorted(years), uncertain


def parse_tiv(cell: str) -> float | None:
    """A trend-indicator value cell as a number ("(12)" and "12?" estimates too); None when unknown or empty."""
    value, _ = _estimate(cell)
    value = value.replace(",", "")
    if value in UNKNOWN:
        return None
    try:
        return float(value)
    except ValueError:
        raise _CellError(f"{cell.strip()!r} is not a TIV figure") from None


def _flag(cell: str, after: str) -> bool:
    value = cell.strip()
    if value in ("", "?"):
        return value == "?"
    raise _CellError(f"the uncertainty column after {after!r} holds {value!r}, not '?' or nothing")


# --- the file ------------------------------------------------------------------------------------

def _header_map(cells: list[str]) -> tuple[dict[str, int], dict[int, str]] | None:
    """(field -> column, flag column -> field) for a header row, or None if the row is not the header.

    A blank-named column is the uncertainty flag of the named column just before it."""
    columns: dict[str, int] = {}
    flags: dict[int, str] = {}
    previous: str | None = None  # the field of the last named column
    for i, cell in enumerate(cells):
        name = " ".join(cell.split()).casefold()
        if not name:
            if previous is not None:
                flags[i] = previous
            continue
        previous = None
        for fld, accepted in COLUMN_NAMES.items():
            if name in accepted and fld not in columns:
                columns[fld] = i
                previous = fld
                break
    if not all(f in columns for f in REQUIRED):
        return None
    return columns, flags


def _record(line: int, cells: list[str], columns: dict[str, int], flags: dict[int, str]) -> SipriRecord:
    def get(fld: str) -> str:
        i = columns.get(fld)
        return cells[i] if i is not None and i < len(cells) else ""

    recipient, supplier = " ".join(get("recipient").split()), " ".join(get("supplier").split())
    designation = " ".join(get("designation").split())
    for what, value in (("recipient", recipient), ("supplier", supplier), ("weapon designation", designation)):
        if not value:
            raise _CellError(f"{what} is empty")
        if len(value) > MAX_NAME:
            raise _CellError(f"{what} is longer than {MAX_NAME} characters")
    uncertain: set[str] = set()
    problems: list[str] = []

    def read(fld: str, parse):
        try:
            value, unsure = parse(get(fld))
        except _CellError as exc:
            problems.append(f"{fld.replace('_', ' ')}: {exc}")
            return None
        if unsure:
            uncertain.add(fld)
        return value

    order_year = read("order_year", parse_year)
    number_ordered = read("number_ordered", parse_number)
    number_delivered = read("number_delivered", parse_number)
    years = read("delivery_years", parse_years)
    tivs = {}
    for fld in ("tiv_per_unit", "tiv_total", "tiv_delivered"):
        try:
            tivs[fld] = parse_tiv(get(fld))
        except _CellError as exc:
            problems.append(f"{fld.replace('_', ' ')}: {exc}")
    for i, fld in flags.items():
        try:
            if i < len(cells) and _flag(cells[i], fld.replace("_", " ")):
                uncertain.add(fld)
        except _CellError as exc:
            problems.append(str(exc))
    if problems:
        raise _CellError("; ".join(problems))
    comments = " ".join(get("comments").split()) or None
    return SipriRecord(
        line=line, recipient=recipient, supplier=supplier, designation=designation,
        description=" ".join(get("description").split()) or None, order_year=order_year,
        number_ordered=number_ordered, number_delivered=number_delivered, delivery_years=years or [],
        delivery_years_text=" ".join(get("delivery_years").split()) or None,
        status=" ".join(get("status").split()) or None, comments=comments,
        uncertain=[f for f in FLAGGED if f in uncertain], **tivs)


def parse_text(text: str, path: str = "<text>") -> SipriParse:
    """Parse the decoded text of an export (see the module doc); raises SipriFileError without a header."""
    lines = text.split("\n")
    header = None
    header_line = 0
    # The preamble is free text (an odd quote in it must not swallow the header): look for the
    # header one physical line at a time, then read the rest as CSV.
    for number, line in enumerate(lines, start=1):
        cells = next(csv.reader([line]), [])
        header = _header_map(cells) if cells else None
        if header is not None:
            header_line, width = number, len(cells)
            break
    if header is None:
        raise SipriFileError(f"{path}: no SIPRI trade-register header (a row starting "
                             f"'Recipient,Supplier,Year of order' with 'Weapon designation') was found")
    reader = csv.reader(io.StringIO("\n".join(lines[header_line:])))
    rows: list[tuple[int, list[str] | None, str | None]] = []  # (line, cells or None, CSV error)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows.append((header_line + last + 1, None, str(exc)))
            last = reader.line_num
            continue
        rows.append((header_line + last + 1, cells, None))
        last = reader.line_num
    records: list[SipriRecord] = []
    errors: list[str] = []
    i = 0
    while i < len(rows):
        line, cells, problem = rows[i]
        i += 1
        if cells is None:
            errors.append(f"{path}:{line}: not readable as CSV ({problem})")
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < width and i < len(rows) and rows[i][1] \
                and len(cells) + len(rows[i][1]) - 1 == width:
            # SIPRI's export writes a line break inside some (unquoted) comments: the row goes on on the
            # next line, whose first cell is the rest of the comment
            following = rows[i][1]
            cells = cells[:-1] + [f"{cells[-1]} {following[0]}"] + following[1:]
            i += 1
        if len(cells) != width:
            errors.append(f"{path}:{line}: expected {width} columns as in the header (line {header_line}), "
                          f"got {len(cells)}")
            continue
        try:
            records.append(_record(line, cells, *header))
        except _CellError as exc:
            errors.append(f"{path}:{line}: {exc}")
    return SipriParse(path=path, records=records, errors=errors, header_line=header_line)


def parse_file(path: str | Path) -> SipriParse:
    """Parse an export file; raises SipriFileError if it cannot be read or has no header."""
    p = Path(path)
    try:
        if p.stat().st_size > settings.current().max_sipri_bytes:
            raise SipriFileError(f"{p}: larger than {settings.current().max_sipri_bytes // (1024 * 1024)} MB, not a trade-register export")
        raw = p.read_bytes()
    except OSError as exc:
        raise SipriFileError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return parse_text(decode(raw), str(p))


__all__ = ["SipriFileError", "SipriParse", "SipriRecord", "decode", "parse_file", "parse_number",
           "parse_text", "parse_year", "parse_years"]
