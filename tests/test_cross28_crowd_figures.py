"""A protest crowd's size is a people count: sentences written for these tests (names and numbers made up)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.figures import extract_figures

PUBLISHED = date(2024, 5, 10)


def figures_of(parsed, text: str):
    return extract_figures(*parsed(text, published=PUBLISHED))


@pytest.mark.parametrize("text, value", [
    ("Some 4,000 pensioners rallied outside parliament in Talora, according to city police.", 4000),
    ("About 700 protesters blocked the gates of the port on Monday, police said.", 700),
    ("Nearly 1,200 retirees rallied in the capital on Sunday.", 1200),
    ("Around 350 farmers protested outside the ministry of defence.", 350),
])
def test_protest_crowd_is_a_people_count(parsed, text, value):
    found = [(f.value, f.unit) for f in figures_of(parsed, text)]
    assert (value, "people") in found


@pytest.mark.parametrize("text", [
    "The ministry said 30 officers gathered intelligence on the smuggling network.",
    "Police blocked the road to the base on Tuesday.",
    "The navy marched its new frigates past the crowd in 2023.",
    "Some 900 cadets marched through the academy grounds on Friday.",
])
def test_no_crowd_without_counted_protesters(parsed, text):
    assert not [f for f in figures_of(parsed, text) if f.unit == "people"]
