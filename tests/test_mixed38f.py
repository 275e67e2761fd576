"""own25 figures, second pass: families read from the new blind set's errors. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _figures(text: str):
    return analyse_text(text, published=date(2026, 3, 4)).figures


def _values(text: str, unit: str) -> list[float]:
    return sorted(f.value for f in _figures(text) if f.unit == unit)


@pytest.mark.parametrize("text, value", [
    ("The shipyard's 12-year loan is guaranteed by the state export agency.", 12),
    ("A seven-year credit facility from the development bank funds the corvettes.", 7),
    ("The balance will be repaid over eight years from the defence budget.", 8),
    ("Under the deal the ministry pays the builder over six years.", 6),
])
def test_the_term_of_a_loan_or_a_payment_is_a_figure_in_years(text, value):
    assert _values(text, "years") == [value]


@pytest.mark.parametrize("text", [
    "The air force has paid the maintenance contractor over the past six years.",  # when, not a term
    "The port was leased to the operator for 99 years in 2015.",
    "The loan was signed nine years ago.",
    "Prices of spare parts rose over six years.",
])
def test_a_span_of_years_that_is_no_payment_term_is_no_figure(text):
    assert _values(text, "years") == []


@pytest.mark.parametrize("text", [
    "Chile has launched a tender for 18 fighters, its defence minister said.",
    "The navy announced a competition for 12 fighters for its new carrier.",
])
def test_fighters_a_purchase_is_for_are_machines_not_people(text):
    assert _values(text, "people") == []


@pytest.mark.parametrize("text, value", [
    ("The commander asked for 60 fighters to hold the bridge.", 60),  # near negative: no purchase
    ("The militia paid wages for 300 fighters last month.", 300),
])
def test_fighters_asked_or_paid_for_stay_people(text, value):
    assert _values(text, "people") == [value]


def test_a_number_a_plants_output_reaches_is_no_people_count():
    assert _values("Officials say output reached 900 a month at the new shell plant.", "people") == []


def test_a_number_aid_reaches_stays_people():
    # near negative: aid that reaches a number reaches people
    assert _values("Food aid reached 3,100 last month, the agency said.", "people") == [3100]


def test_a_fact_box_line_counts_personnel_and_a_fleet():
    text = ("Navy in numbers\n\n• Personnel: about 9,300 (national defence review)\n• Combat aircraft: 31\n\n"
            "The navy is small but growing.")
    found = {(f.value, f.unit) for f in _figures(text)}
    assert (9300, "people") in found and (31, "aircraft") in found


def test_a_colon_in_running_text_is_no_fact_box():
    # near negative: the label does not open its line, and the number has words after it
    text = "The army said it had one goal for its troops: 500 more recruits by June."
    assert _values(text, "people") == []


@pytest.mark.parametrize("text", [
    "The balance will be repaid over eight years from the defence budget.",
    "Under the deal the ministry pays the builder over six years.",
])
def test_the_over_of_a_payment_term_is_no_qualifier(text):
    # "over eight years" is the span the sum is paid over, not "more than eight years"
    terms = [f for f in _figures(text) if f.unit == "years"]
    assert terms and all("(over)" not in f.what for f in terms)


def test_over_before_a_count_of_machines_stays_a_qualifier():
    figures = _figures("The ministry paid over $40 million for the radars last year.")
    assert any(f.unit == "USD" and "(over)" in f.what for f in figures)
