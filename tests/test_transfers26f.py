"""Transfers in sentences written for these tests (round thirteen, own21's second pass): a buyer that picked,
chose or selected a named system, with no contract told, is negotiating (the gold's convention: chosen but not
signed is negotiating); a choice not made, of a system only referred to, or followed by a stronger step
told of it, gives no choice record of its own. Each text must give exactly the records listed (ANY: the field is
not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

CHOICES = [
    ("Peru chose Saab's Gripen E/F in March but has yet to sign a contract.",
     [("Sweden", "Peru", "Gripen", "negotiating", None)]),
    ("Kenya selected the Airbus H145M helicopter in 2024, officials said.",
     [("Germany", "Kenya", "H145", "negotiating", None)]),
    # the rival set aside keeps its own reading (a losing offer); the choice is negotiating
    ("Ghana picked the Super Tucano over the M-346 in 2021.",
     [("Brazil", "Ghana", "Super Tucano", "negotiating", None), ("Italy", "Ghana", "M-346", "offered", None)]),
    # a participle set off after the chosen system tells a stronger step: it wins
    ("Nigeria bought JF-17 jets from Pakistan. In 2007 he sat on the committee that chose 12 Chinese JF-7 fighters,"
     " ordered that year for $300 million.",
     [("Pakistan", "Nigeria", "JF-17", ANY, None), ("China", "Nigeria", "JF-7", "ordered", 12)]),
]

CHOICE_GUARDS = [
    # a choice not made yet
    ("Oman is close to choosing between the Rafale and the Typhoon.", []),
    # a referring object: the choice of a system told before makes no record of its own
    ("The Philippines ordered 12 FA-50 jets from South Korea in June. \"The air force has now chosen the aircraft"
     " a second time,\" said Kim.",
     [("South Korea", "Philippines", "FA-50", "ordered", 12)]),
    # an order told in a verb joined to the choice is the step
    ("Norway, by contrast, picked Germany's Leopard 2A8 over the Korean tank in 2021 and ordered 40 of them from KNDS.",
     [("Germany", "Norway", "Leopard 2A8", "ordered", 40)]),
]


@pytest.mark.parametrize("text,expected", CHOICES + CHOICE_GUARDS)
def test_choices(transfers, text, expected):
    assert_exactly(transfers(text), expected)
