"""The date of a meeting with a party "led by" or "headed by" someone: the parser hangs the date on the
participle that names the leader ("hosted a delegation led by X on Monday"), but it is the meeting's date.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text

PUBLISHED = datetime.date(2024, 5, 10)  # a Friday


def _pair_dates(text: str) -> dict[tuple[str, ...], str | None]:
    result = analyse_text(text, published=PUBLISHED)
    return {tuple(sorted(m.participants)): m.date for m in result.meetings if len(m.participants) > 1}


@pytest.mark.parametrize("text, pair, date", [
    ("Kenyan Defence Cabinet Secretary Soipan Tuya hosted a Turkish delegation led by Deputy Minister Musa Heybet "
     "on Monday to discuss drone sales.", ("Musa Heybet", "Soipan Tuya"), "2024-05-06"),
    ("Foreign Minister Ana Ruiz received a Chinese military team headed by General Li Wen in Lima on 3 May.",
     ("Ana Ruiz", "Li Wen"), "2024-05-03"),
])
def test_a_date_hung_on_the_leader_is_the_meetings(text, pair, date):
    assert _pair_dates(text).get(pair) == date


def test_a_date_of_the_leading_clause_itself_stays_out():
    # a relative clause with its own subject and verb keeps its date: the meeting here is not dated by it
    text = ("Defence Minister Tomas Varga met Colonel Ivan Petrov, whose unit was formed on 2 April, "
            "to discuss radar purchases.")
    assert _pair_dates(text).get(("Ivan Petrov", "Tomas Varga")) is None
