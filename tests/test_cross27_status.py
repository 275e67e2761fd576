"""Systems said to be in use now or since a past date ("are already operational", "became operational", "was
activated") were delivered, besides the order a participle on them tells; a use still ahead or denied is no
delivery. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("Chile's army said on Monday that four Giraffe radars ordered from Sweden in 2022 are already operational.",
     [("Sweden", "Chile", "Giraffe", "ordered", 4), ("Sweden", "Chile", "Giraffe", "delivered", 4)]),
    ("Chile's air force said the first of eight KC-390 tankers ordered from Brazil in 2021 was activated last month.",
     [("Brazil", "Chile", "KC-390", "ordered", 8), ("Brazil", "Chile", "KC-390", "delivered", 1)]),
    ("Chile bought NASAMS from Norway in 2021. The first battery became operational in Santiago last December.",
     [("Norway", "Chile", "NASAMS", "ordered", ANY), ("Norway", "Chile", "NASAMS", "delivered", ANY)]),
])
def test_systems_in_use_were_delivered(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    "Chile's army said the Giraffe radars ordered from Sweden in 2022 will be operational next year.",
    "Chile's army said the Giraffe radars ordered from Sweden in 2022 are not yet operational.",
])
def test_use_still_ahead_or_denied_is_no_delivery(transfers, text):
    assert_exactly(transfers(text), [("Sweden", "Chile", "Giraffe", "ordered", ANY)])


def test_something_else_activated_is_no_delivery(transfers):
    records = transfers("Chile's air force said its runway at the base was activated in May after the KC-390 "
                        "tankers were ordered from Brazil.")
    assert_exactly(records, [("Brazil", "Chile", "KC-390", "ordered", ANY)])


def test_a_lot_in_use_since_a_date_keeps_its_order_and_delivery(transfers):
    records = transfers("Chile's army said the first of four NASAMS batteries bought from Norway in 2021 has been "
                        "operational since last spring.")
    assert_exactly(records, [("Norway", "Chile", "NASAMS", "ordered", 4), ("Norway", "Chile", "NASAMS", "delivered", 1)])
