"""Shapes of own20's part A (r20ta), in sentences written for these tests: "the Emirates", the short name news uses
for the United Arab Emirates, names that state (the subject of a relative clause on it is its buyer, and it is no
party a context guess must look past). Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # "the Emirates" is the United Arab Emirates
    ("The Emirates, which itself operates Chinese Wing Loong II drones bought a decade ago, denied sending weapons "
     "to the group.",
     [("China", "United Arab Emirates", "Wing Loong", "delivered", ANY)]),
    ("Officials in the Emirates said the new frigates from Italy would arrive next year.",
     [("Italy", "United Arab Emirates", "frigates", ANY, ANY)]),
]

GUARDS = [
    # the airline of the same name carries no arms
    ("She flew to Dubai on an Emirates flight on Monday.", []),
    # a state's own name stays its own
    ("The United Arab Emirates bought Wing Loong II drones from China in 2018.",
     [("China", "United Arab Emirates", "Wing Loong", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
