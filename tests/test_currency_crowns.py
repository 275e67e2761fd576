"""Crowns, as wire services name the Danish, Swedish, Norwegian and Czech currencies: "58 billion Danish crowns",
and a bare "crowns" read as the currency of the state the article names; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _money(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in analyse_text(text, published=datetime.date(2025, 9, 18)).figures}


@pytest.mark.parametrize("text, expected", [
    ("Denmark will spend 58 billion Danish crowns on air defence, the minister said.", (58e9, "DKK")),
    ("Sweden will raise defence spending to 200 billion crowns by 2030.", (200e9, "SEK")),
    ("Norway will buy tanks for 19 billion crowns, Norway's defence ministry said.", (19e9, "NOK")),
    ("The Czech army will spend 40 billion Czech crowns on new howitzers.", (40e9, "CZK")),
])
def test_crowns_are_the_currency_of_their_state(text, expected):
    assert expected in _money(text)


def test_a_bare_crowns_after_danish_crowns_stays_danish():
    found = _money("Denmark will spend 58 billion Danish crowns on air defence, the minister said in Copenhagen. "
                   "The missile contract alone could be worth around 30 billion crowns.")
    assert {(58e9, "DKK"), (30e9, "DKK")} <= found
