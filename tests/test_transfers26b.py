"""Transfers in sentences written for these tests (round thirteen, own21's part B errors): a definite phrase with a
nationality adjective of its own ("the Korean howitzer") does not refer back to a system whose own phrase names
another state ("France's CAESAR"), and refers to the one of its make when one was named; a verb binding a party to
a purchase ("the accord committed A to buy X", "is obliged to buy") tells it agreed, but only of the infinitive it
binds to ("committed troops after buying X" leaves the purchase as told). Each text must give
exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

NATIONALITY = [
    # the rejected rival is not the chosen system: the chosen one keeps its own maker
    ("Chile picked France's CAESAR over the Korean howitzer in 2022 and ordered 30 of them from KNDS.",
     [("France", "Chile", "CAESAR", "ordered", 30)]),
    # the rival of that make, named before, is the losing bid
    ("Hanwha has also offered the K9 to Chile. Chile picked France's CAESAR over the Korean howitzer in 2022 and "
     "ordered 30 of them from Nexter.",
     [("South Korea", "Chile", "K9", "offered", ANY), ("France", "Chile", "CAESAR", "ordered", 30)]),
]

NATIONALITY_GUARDS = [
    # a second-hand seller's adjective: the jets told before (their phrase names no make)
    ("Egypt received 12 F-16 jets from Jordan in 2021. The Jordanian jets were overhauled in Cairo before delivery.",
     [("Jordan", "Egypt", "F-16", "delivered", 12)]),
    # the maker's own adjective: the same system
    ("Chile ordered the CAESAR from France in 2022. The French howitzers arrived in May.",
     [("France", "Chile", "CAESAR", "ordered", ANY), ("France", "Chile", "CAESAR", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", NATIONALITY + NATIONALITY_GUARDS)
def test_nationality(transfers, text, expected):
    assert_exactly(transfers(text), expected)


BINDING = [
    ("The 2021 framework agreement committed Egypt to buy up to 300 K9 howitzers from South Korea.",
     [("South Korea", "Egypt", "K9", "agreed", 300)]),
    ("Under the 2019 accord, Peru is obliged to buy 24 K9 howitzers from South Korea.",
     [("South Korea", "Peru", "K9", "agreed", 24)]),
    ("Egypt is committed to buying 300 K9 howitzers from South Korea.",
     [("South Korea", "Egypt", "K9", "agreed", 300)]),
]

BINDING_GUARDS = [
    # the binding verb's object is something else: the purchase stands as told
    ("Egypt committed troops to the UN mission after buying 300 K9 howitzers from South Korea.",
     [("South Korea", "Egypt", "K9", "delivered", 300)]),
    ("Egypt bought 300 K9 howitzers from South Korea and committed them to the border brigade.",
     [("South Korea", "Egypt", "K9", "delivered", 300)]),
]


@pytest.mark.parametrize("text,expected", BINDING + BINDING_GUARDS)
def test_binding(transfers, text, expected):
    assert_exactly(transfers(text), expected)
