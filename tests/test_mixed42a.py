"""Round 42a, on sentences written for these tests: a one-person arrival told in its own clause by "flew in for"
with no place of its own is a visit to the city the story's dateline names ("came in for criticism" is no trip)."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text


def _result(text: str):
    return analyse_text(text, published=datetime.date(2026, 3, 4))


def _visits(text: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(m.participants), m.place) for m in _result(text).meetings if m.kind == "visit"}


# "X flew in for the last day": a visit to the dateline's city

DRILL = "MANILA — Philippine and Japanese marines ended a joint drill near Manila on Friday. "


def test_flew_in_for_the_last_day_is_a_visit_to_the_dateline_city():
    visits = _visits(DRILL + "Japan's ground forces chief, General Kenji Morita, flew in for the last day and "
                             "watched a beach landing.")
    assert (("Kenji Morita",), "Manila") in visits


def test_came_in_for_criticism_is_no_visit():
    assert not _visits(DRILL + "Japan's ground forces chief, General Kenji Morita, came in for criticism over the "
                               "drill's cost.")


def test_flew_in_without_a_dateline_is_a_visit_with_no_place():
    visits = _visits("Philippine and Japanese marines ended a joint drill on Friday. Japan's ground forces chief, "
                     "General Kenji Morita, flew in for the last day.")
    assert (("Kenji Morita",), None) in visits
