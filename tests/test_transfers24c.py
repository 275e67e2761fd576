"""Families of own20's transfers left by the first pass, in sentences written for these tests: a lot "ordered"
(a participle on the system) that the clause reports "under construction" is two steps, the order and the building
(the order, told by the participle, dated by its own phrase). Each text must give exactly the records listed (ANY:
the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # the order told by the participle, the building by the clause
    ("Chile's navy said three submarines ordered from Germany in 2022 are under construction in Kiel.",
     [("Germany", "Chile", "submarines", "ordered", 3), ("Germany", "Chile", "submarines", "in_production", 3)]),
    ("Three submarines ordered by Chile from Germany in 2022 are now under construction at Kiel.",
     [("Germany", "Chile", "submarines", "ordered", 3), ("Germany", "Chile", "submarines", "in_production", 3)]),
]

GUARDS = [
    # a build that only describes the boats, or a clause of no building: the order alone
    ("Three submarines built in Kiel were ordered by Chile from Germany in 2022.",
     [("Germany", "Chile", "submarines", "ordered", 3)]),
    ("Three submarines ordered by Chile from Germany in 2022 are under review after cost overruns.",
     [("Germany", "Chile", "submarines", "ordered", 3)]),
]

@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
