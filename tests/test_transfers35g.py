"""own24 family, in sentences written for these tests: a deal noun with an infinitive ("a deal to buy X from A")
whose participle tells the deal made ("agreed in 2019"), set off by commas and read by the parser as the clause's
verb, with the verb of ending ("was cancelled in 2021") coordinated under it: the deal is made and then ended, two
steps. Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

DEAL_AGREED_THEN_ENDED = [
    ("Chile's deal to buy eight used F-16s from Norway, agreed in 2019, was cancelled in 2021.",
     [("Norway", "Chile", "F-16", "agreed", 8), ("Norway", "Chile", "F-16", "cancelled", 8)]),
    ("Kenya's deal to acquire six Bell 412 helicopters from Canada, agreed in 2017, was suspended in 2020.",
     [("Canada", "Kenya", "Bell 412", "agreed", 6), ("Canada", "Kenya", "Bell 412", "cancelled", 6)]),
    ("Kenya's agreement to acquire six Bell 412 helicopters from Canada, concluded in 2017, was frozen in 2020.",
     [("Canada", "Kenya", "Bell 412", "agreed", 6), ("Canada", "Kenya", "Bell 412", "cancelled", 6)]),
    ("Peru's contract to buy four patrol boats from South Korea, agreed in 2016, was terminated in 2019.",
     [("South Korea", "Peru", "patrol boats", "ordered", 4), ("South Korea", "Peru", "patrol boats", "cancelled", 4)]),
]


@pytest.mark.parametrize("text,expected", DEAL_AGREED_THEN_ENDED)
def test_deal_agreed_then_ended(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    # the coordinated verb does not end the deal, or is negated: the deal only agreed
    "Chile's deal to buy eight used F-16s from Norway, agreed in 2019, was completed in 2021.",
    "Chile's deal to buy eight used F-16s from Norway, agreed in 2019, was not cancelled in 2021.",
])
def test_deal_agreed_not_ended(transfers, text):
    got = transfers(text)
    assert got and not any(r.status == "cancelled" for r in got)


# the same with a plan noun: the plan's comma-set participle of making ("a plan to buy X from A, agreed in 2019,")
# tells the deal made, and the coordinated passive verb of ending ("was cancelled in 2021") its end
PLAN_AGREED_THEN_ENDED = [
    ("Chile's plan to buy eight used F-16s from Norway, agreed in 2019, was cancelled in 2021.",
     [("Norway", "Chile", "F-16", "agreed", 8), ("Norway", "Chile", "F-16", "cancelled", 8)]),
    ("Ghana's plan to acquire four Z-9 helicopters from China, agreed in 2016, was suspended in 2018.",
     [("China", "Ghana", "Z-9", "agreed", 4), ("China", "Ghana", "Z-9", "cancelled", 4)]),
]


@pytest.mark.parametrize("text,expected", PLAN_AGREED_THEN_ENDED)
def test_plan_agreed_then_ended(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    # a participle that does not make a deal: the plan was only ended, never agreed
    "Chile's plan to buy eight used F-16s from Norway, discussed in 2019, was cancelled in 2021.",
])
def test_plan_not_agreed_stays_cancelled_only(transfers, text):
    got = transfers(text)
    assert got and all(r.status == "cancelled" for r in got)
