"""Publication dates: parse date strings, recognise date lines near the top of an article, read dates in URLs."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timezone

import dateparser

#: dateparser settings: absolute dates only ("yesterday" is no publication date), no time-zone shifts.
_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"

#: The date itself, in the common written forms.
DATE_CORE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # March 26, 2021 / Sep 7 2021
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 26 March 2021
    rf"|{_YEAR}-[01]?\d-[0-3]?\d(?:T[\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"  # 2021-03-26, ISO 8601
    rf"|{_YEAR}/[01]?\d/[0-3]?\d"  # 2021/03/26
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR})\b",  # 26/03/2021, 3/26/2021, 26.03.2021
    re.IGNORECASE,
)

_TIME_PART = (
    r"\b(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?\s?m\.?)?"  # 14:25, 2:30 p.m.
    r"|\d{1,2}(?:\.\d{2})?\s*[ap]\.?\s?m\.?)(?![\w])"  # 2.30pm, 9 a.m.
)

#: What else may stand on a date line: labels, weekdays, times, time zones, separators.
_DATE_LINE_REST = re.compile(
    rf"(?:\b(?:last|updated|published|posted|modified|first|created|date|on|at)\b"
    rf"|\b{_WEEKDAY}(?![a-z])"
    rf"|{_TIME_PART}"
    r"|\b\d{1,2}[.:]\d{2}\b"  # 12.35 (the date itself is already taken out)
    r"|\b(?-i:[A-Z]{1,4}T|UTC|GMT|MSK|IST|AEST|AEDT|EST|EDT|CST|CDT|PST|PDT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b"
    r"|[+-]\d{2}:?\d{2}\b"
    r"|[\s,;:|/()\[\]\-–—•·.])",
    re.IGNORECASE,
)

#: Words that label an "updated" rather than a "published" date.
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)

_TIME = re.compile(rf",?\s*(?:at\s+)?{_TIME_PART}", re.IGNORECASE)
_ISO = re.compile(rf"^\s*({_YEAR})-(\d{{2}})-(\d{{2}})(?:$|[T\s])")
_URL_DATE = re.compile(rf"/({_YEAR})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
_MAX_LINE_WORDS = 14


def _plausible(d: date) -> date | None:
    return d if 1900 <= d.year <= date.today().year + 1 else None


def parse_date(value: object) -> date | None:
    """A calendar date from a date string (any common format, ISO 8601 included), else None."""
    if isinstance(value, datetime):
        return _plausible(value.date())
    if isinstance(value, date):
        return _plausible(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 1e11 else value  # epoch seconds or milliseconds
        try:
            return _plausible(datetime.fromtimestamp(seconds, tz=timezone.utc).date())
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    return _parse_date_text(value)


_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for m in names}
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH_FIRST = re.compile(rf"(?i){_WEEKDAY}([a-z]{{3,9}})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})[\s,.]*")
_DAY_FIRST = re.compile(rf"(?i){_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+([a-z]{{3,9}})\.?,?\s+(\d{{4}})[\s,.]*")


def _common_form(s: str) -> date | None:
    """ "Dec 8, 2021", "March 3 2021", "Tuesday, 3 March 2021" without dateparser (which takes a few
    milliseconds a call); None when the text is anything else."""
    m = _MONTH_FIRST.fullmatch(s)
    if m:
        month, day, year = _MONTHS.get(m[1].lower()), int(m[2]), int(m[3])
    else:
        m = _DAY_FIRST.fullmatch(s)
        if not m:
            return None
        day, month, year = int(m[1]), _MONTHS.get(m[2].lower()), int(m[3])
    if month is None:
        return None
    try:
        return _plausible(date(year, month, day))
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _parse_date_text(value: str) -> date | None:
    """parse_date for strings; cached because a date line is read more than once."""
    s = value.strip()
    if not s or len(s) > 100:
        return None
    m = _ISO.match(s)
    if m:
        try:
            return _plausible(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    s = _TIME.sub("", s) or s  # "14:25 PM" and other times confuse the parser; only the day matters
    quick = _common_form(s)
    if quick is not None:
        return quick
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises on odd inputs (overflow, bad regex state); a date is optional
        return None
    if parsed:
        return _plausible(parsed.date())
    m = DATE_CORE.search(s)  # "Updated: March 3, 2021" and other labelled dates
    if m and m.group() != s:
        return parse_date(m.group())
    return None


def split_date_suffix(line: str) -> tuple[str, date] | None:
    """If ``line`` ends with a date (``By Jane Doe Sep 7, 2021, 14:25 PM``), return (what precedes it, the date)."""
    for m in DATE_CORE.finditer(line):
        rest = line[m.end():]
        if _DATE_LINE_REST.sub("", rest).strip():
            continue
        d = parse_date(m.group())
        if d is not None:
            return line[: m.start()], d
    return None


def date_line(line: str) -> tuple[date, bool] | None:
    """(date, is_update) if ``line`` is nothing but a date (with labels, weekday, time), else None.

    ``Published: March 3, 2021 | Updated: March 4, 2021`` gives the published date.
    """
    s = line.strip()
    if not s or len(s.split()) > _MAX_LINE_WORDS:
        return None
    matches = list(DATE_CORE.finditer(s))
    if not matches:
        return None
    rest = DATE_CORE.sub(" ", s)
    if _DATE_LINE_REST.sub("", rest).strip():
        return None
    found: list[tuple[date, bool]] = []
    prev_end = 0
    for m in matches:
        d = parse_date(m.group())
        if d is not None:
            found.append((d, bool(_UPDATED.search(s[prev_end: m.start()]))))
        prev_end = m.end()
    if not found:
        return None
    return next((f for f in found if not f[1]), found[0])


def date_from_url(url: str | None) -> date | None:
    """The date in a ``/YYYY/MM/DD/`` URL path, else None."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m is None:
        return None
    try:
        return _plausible(date(int(m[1]), int(m[2]), int(m[3])))
    except ValueError:
        return None
