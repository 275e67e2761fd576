"""Resolving date expressions ("Friday", "last month", "in January", "late June 2021") to YYYY[-MM[-DD]].

Relative expressions resolve against the document's publication date; when that is unknown they stay
None rather than guessed. The precision the text gives is kept: "in January" is a month, "2018" a
year, "June 22" a day.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # group 1: the month

# Qualifiers that do not change the calendar unit: "late June" is June, "mid-2021" is 2021.
_QUALIFIERS = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|till|during|as of|around|about|early|earlier|late|later|"
    r"mid|the middle of|the end of|end of|the beginning of|beginning of|the start of|start of|"
    r"the first half of|the second half of|the|of)[\s-]+)+",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DECADE = re.compile(r"\b(?:19|20)\d0s\b|\bcentur(?:y|ies)\b|\bdecades?\b", re.IGNORECASE)
_RELATIVE_WORDS = re.compile(
    r"\b(?:today|yesterday|tomorrow|last|this|next|ago|past|previous|coming|recent|recently)\b", re.IGNORECASE)
#: Words that put a relative date ahead of the reference date ("next month", "the coming week").
_FUTURE_WORDS = re.compile(r"\b(?:next|coming|tomorrow|upcoming)\b", re.IGNORECASE)
#: A span of years ("between 2017 and 2021"): dateparser reads no date in it (each call costs about a
#: millisecond, and its result is cached per publication date), so it is not asked.
_YEAR_SPAN = re.compile(r"between (?:19|20)\d{2} and (?:19|20)\d{2}", re.IGNORECASE)
_DATED_WEEKDAY = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}),?\s+(\d.*|{_MONTH_RE}\s+\d.*)$", re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_SPAN_DMY = re.compile(
    rf"^(?:between\s+)?(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|till|-|–)\s*{_DAY}\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH_RE})(?P<year>,?\s+(?:19|20)\d{{2}})?$", re.IGNORECASE)
_DAY_SPAN_MDY = re.compile(
    rf"^(?:between\s+)?(?P<month>{_MONTH_RE})\s+(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|till|-|–)\s*"
    rf"{_DAY}(?P<year>,?\s+(?:19|20)\d{{2}})?$", re.IGNORECASE)
_USABLE = re.compile(
    rf"\b(?:{_MONTH_RE}|(?:19|20)\d{{2}}|{'|'.join(WEEKDAYS)}|today|yesterday|month|year|week)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip().strip(".,;:()"))
    text = text.replace("’", "'")
    return _QUALIFIERS.sub("", text).strip()


def _weekday(text: str, ref: date | None) -> str | None:
    """ "Friday", "on Tuesday", "last Friday": the latest such day on or before the reference date."""
    words = text.lower().split()
    day = next((w for w in words if w in WEEKDAYS), None)
    if day is None or len(words) > 2 or ref is None:
        return None
    back = (ref.weekday() - WEEKDAYS.index(day)) % 7
    if "last" in words and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat()


_MONTH_NUMBER = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"sept": 9}
_FAST_MONTH = re.compile(rf"^{_MONTH_RE}(?:,?\s+((?:19|20)\d{{2}}))?$", re.IGNORECASE)
_FAST_MDY = re.compile(rf"^{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d{{2}}))?$", re.IGNORECASE)
_FAST_DMY = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+((?:19|20)\d{{2}}))?$", re.IGNORECASE)


def _month_word(word: str) -> bool:
    """Whether a word is a month's name or its abbreviation ("Dec", "Sept.", "December"; not "decades")."""
    word = word.lower().rstrip(".")
    return len(word) >= 3 and any(m.startswith(word) for m in MONTHS + ("sept",))


def _fast(cleaned: str, ref: date | None, ahead: bool = False) -> str | None | bool:
    """The common written forms ("March", "March 2021", "March 6, 2021", "6 March") without dateparser,
    which costs about a millisecond a call; False when the form is not one of them. A month or day with no year
    is the latest one on or before the reference date, or with ``ahead`` (a clause in the future tense) the
    first one on or after it."""
    words = [w for w in re.findall(r"[A-Za-z]+", cleaned) if w.lower() not in ("of", "st", "nd", "rd", "th")]
    if not all(_month_word(w) for w in words):
        return False  # "decades": a word the month pattern only begins
    m = _FAST_MONTH.match(cleaned)
    if m:
        month, year, day = _MONTH_NUMBER[m.group(1).lower()[:3]], m.group(2), None
    else:
        m = _FAST_MDY.match(cleaned)
        if m:
            month, day, year = _MONTH_NUMBER[m.group(1).lower()[:3]], int(m.group(2)), m.group(3)
        else:
            m = _FAST_DMY.match(cleaned)
            if not m:
                return False
            day, month, year = int(m.group(1)), _MONTH_NUMBER[m.group(2).lower()[:3]], m.group(3)
    if year is None:
        if ref is None:
            return None
        # past-tense reporting: a month or day still to come this year is last year's (and in a clause in the
        # future tense, "will arrive in November", a month or day gone by this year is next year's)
        if ahead:
            y = ref.year if (month, day or 31) >= (ref.month, ref.day) else ref.year + 1
        elif day is None:
            y = ref.year if month <= ref.month else ref.year - 1
        else:
            y = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    else:
        y = int(year)
    try:
        return date(y, month, day).isoformat() if day else f"{y:04d}-{month:02d}"
    except ValueError:
        return None


#: Seasons by their months (northern, as the wires write them); winter spans two years and is left out.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON = re.compile(r"^(?:(last|this|next) )?(spring|summer|autumn|fall)(?: of)?(?: ((?:19|20)\d{2}))?$", re.IGNORECASE)
_NAMED_MONTH = re.compile(rf"^(last|this|next) {_MONTH_RE}$", re.IGNORECASE)
_AGO = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month)s? ago$", re.IGNORECASE)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


def _season(cleaned: str, ref: date | None) -> str | None | bool:
    """ "summer 2022", "the autumn of 2023" (the year), "last spring", "this summer" (the year the season falls
    in, against the reference date); False when the text is no season."""
    m = _SEASON.match(cleaned)
    if not m:
        return False
    which, season, year = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3)
    if year:
        return year
    if ref is None:
        return None
    if which == "last":
        return str(ref.year if ref.month > _SEASONS[season][1] else ref.year - 1)
    if which == "next":
        return str(ref.year if ref.month < _SEASONS[season][0] else ref.year + 1)
    return str(ref.year)


def _named_month(cleaned: str, ref: date | None) -> str | None | bool:
    """ "last July" (the latest July before the reference month), "next March", "this June"; False when the
    text is no such phrase."""
    m = _NAMED_MONTH.match(cleaned)
    if not m:
        return False
    if ref is None:
        return None
    which, month = m.group(1).lower(), _MONTH_NUMBER[m.group(2).lower()[:3]]
    year = ref.year if which == "this" else ref.year - (month >= ref.month) if which == "last" \
        else ref.year + (month <= ref.month)
    return f"{year:04d}-{month:02d}"


def _ago(cleaned: str, ref: date | None) -> str | None | bool:
    """ "two years ago" (a year), "three months ago" (a month); False when the text is no such phrase."""
    m = _AGO.match(cleaned)
    if not m:
        return False
    if ref is None:
        return None
    count = _COUNT_WORDS.get(m.group(1).lower()) or int(m.group(1))
    if m.group(2).lower() == "year":
        return str(ref.year - count)
    months = ref.year * 12 + ref.month - 1 - count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


@functools.lru_cache(maxsize=4096)
def resolve_date(text: str | None, ref: date | None, ahead: bool = False) -> str | None:
    """A date expression as YYYY, YYYY-MM or YYYY-MM-DD, resolved against ``ref`` when relative; ``ahead`` when
    the clause it dates is in the future tense ("will arrive in November": the next November)."""
    if not text:
        return None
    cleaned = _clean(text)
    # "Tuesday 9 July 2024", "Friday, March 6": the weekday names the day the date after it states
    dated_day = _DATED_WEEKDAY.match(cleaned)
    if dated_day:
        cleaned = dated_day.group(1)
    # "17 and 18 August", "2 to 5 September", "August 17-18, 2022": a span of days dates from its first day
    # (dateparser reads the second day as a year: "18" -> 2018)
    days = _DAY_SPAN_DMY.match(cleaned) or _DAY_SPAN_MDY.match(cleaned)
    if days:
        cleaned = f"{days.group('first')} {days.group('month')}{days.group('year') or ''}"
    fast = _fast(cleaned, ref, ahead) if cleaned else False
    if fast is not False:
        return fast
    for reader in (_season, _named_month, _ago):
        read = reader(cleaned, ref) if cleaned else False
        if read is not False:
            return read
    if not cleaned or _DECADE.search(cleaned) or not _USABLE.search(cleaned):
        return None
    if _YEAR_ONLY.match(cleaned):
        return cleaned
    lowered = cleaned.lower()
    if lowered in ("this year", "the year", "this month"):
        if ref is None:
            return None
        return str(ref.year) if "year" in lowered else ref.strftime("%Y-%m")
    if lowered in ("last year", "the previous year", "the past year"):
        return str(ref.year - 1) if ref else None
    if lowered in ("next year",):
        return str(ref.year + 1) if ref else None
    weekday = _weekday(cleaned, ref)
    if weekday or any(w in lowered.split() for w in WEEKDAYS):
        return weekday
    if _YEAR_SPAN.fullmatch(cleaned):
        return None
    explicit_year = bool(_HAS_YEAR.search(cleaned))
    if not explicit_year and ref is None:
        return None  # "in January", "last month" with no publication date: unknown, not guessed
    base = datetime(ref.year, ref.month, ref.day) if ref else None
    try:
        data = _parser().get_date_data(cleaned, date_formats=None) if base is None else \
            DateDataParser(languages=["en"], settings={
                "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": base}).get_date_data(cleaned)
    except Exception:  # dateparser raises on some odd strings; a date is optional
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if ref and not explicit_year and found > ref and not _FUTURE_WORDS.search(cleaned) and not ahead:
        found = found.replace(year=found.year - 1)  # past-tense reporting; "next month" stays ahead
    period = data.period or "day"
    if period == "year":
        return str(found.year)
    if period == "month":
        return found.strftime("%Y-%m")
    if period == "week":
        # "last week", "this week": the month it falls in (the day is not told)
        return found.strftime("%Y-%m") if _RELATIVE_WORDS.search(cleaned) else None
    return found.isoformat()
