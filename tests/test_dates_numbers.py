"""Date expressions resolved against a publication date, and numbers in words, digits and money."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from armstrack.extract.dates import resolve_date
from armstrack.extract.numbers import parse_money, parse_percent, parse_quantity

FRIDAY = date(2021, 3, 26)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("Friday", "2021-03-26"),  # the article's own day, not a week earlier
    ("on Tuesday", "2021-03-23"),
    ("last Friday", "2021-03-19"),
    ("in January", "2021-01"),
    ("March", "2021-03"),
    ("December", "2020-12"),  # a month still to come this year is last year's in past-tense reporting
    ("late June", "2020-06"),
    ("mid-February", "2021-02"),
    ("last month", "2021-02"),
    ("this year", "2021"),
    ("last year", "2020"),
    ("June 22, 2021", "2021-06-22"),
    ("Sept. 3", "2020-09-03"),
    ("January 2021", "2021-01"),
    ("2018", "2018"),
    ("the mid-1990s", None),
    ("a week before the coup", None),
    ("next month", "2021-04"),  # the future stays ahead of the report
    ("next week", "2021-04"),  # a week tells its month, not a day (gold: "last week" = the month)
])
def test_relative_dates_resolve_against_publication(text, expected):
    assert resolve_date(text, FRIDAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Friday", None), ("in January", None), ("last month", None), ("this year", None),
    ("June 22, 2021", "2021-06-22"), ("2018", "2018"), ("January 2021", "2021-01"),
])
def test_without_publication_date_relative_dates_stay_null(text, expected):
    assert resolve_date(text, None) == expected


@given(st.text(max_size=40))
def test_resolve_date_never_raises(text):
    result = resolve_date(text, FRIDAY)
    assert result is None or len(result) in (4, 7, 10)


@pytest.mark.parametrize("text, expected", [
    ("six", 6), ("twelve", 12), ("twenty-four", 24), ("a dozen", 12), ("two dozen", 24),
    ("1,200", 1200), ("a hundred", 100), ("three hundred", 300), ("batch", None), ("0", None),
])
def test_quantities_in_words_and_digits(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("$807 million", (807_000_000, "USD")), ("US$1.2bn", (1_200_000_000, "USD")),
    ("€2.5 billion", (2_500_000_000, "EUR")), ("375 million dollars", (375_000_000, "USD")),
    ("£40m", (40_000_000, "GBP")), ("912", None),
    ("GH¢ 180 million", (180_000_000, "GHS")), ("GHS 2.5 billion", (2_500_000_000, "GHS")),
])
def test_money(text, expected):
    assert parse_money(text) == expected


def test_percent():
    assert parse_percent("16%") == 16 and parse_percent("49 per cent") == 49 and parse_percent("half") is None


@pytest.mark.parametrize("text", ["Dec 8, 2021", "December 8 2021", "Tuesday, 3 March 2021", "Sept. 7, 2021",
                                  "3rd March 2021", "Mar 26, 2021,", "Feb 30, 2021", "Juneteenth 3, 2021"])
def test_common_date_forms_read_without_dateparser_agree_with_it(text):
    import dateparser

    from armstrack.ingest.dates import _DATEPARSER_SETTINGS, _common_form

    slow = dateparser.parse(text.rstrip(","), languages=["en"], settings=_DATEPARSER_SETTINGS)
    assert _common_form(text) == (slow.date() if slow else None)
