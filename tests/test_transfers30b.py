"""Transfer reports probed in sentences written for these tests: a letters-and-digits designator that leads a
system's full name ("K2 Black Panther tanks") stands for that system in the plural later in the text
("talks over 20 K2s"); alone before any full name, or in the singular ("a K2 training centre"), it names nothing. Each text must give exactly the records
listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LEAD_DESIGNATOR = [
    ("Poland took delivery of ten K2 Black Panther tanks in May. Romania is now in talks over 20 K2s.",
     [('South Korea', 'Poland', 'K2', 'delivered', 10), ('South Korea', 'Romania', 'K2', 'negotiating', 20)]),
    ("Norway received eight K2 Black Panther tanks last year. Estonia ordered a dozen K2s in March.",
     [('South Korea', 'Norway', 'K2', 'delivered', 8), ('South Korea', 'Estonia', 'K2', 'ordered', 12)]),
]

LEAD_DESIGNATOR_GUARDS = [
    # a bare designator with no full name before it stays unread (it may be a rifle, a mountain, another maker's)
    ("Estonia ordered a dozen K2s in March.", []),
    # the designator before a category noun of another kind is not the tank
    ("Poland took delivery of ten K2 Black Panther tanks in May. Police seized 20 K2 rifles in June.",
     [('South Korea', 'Poland', 'K2', 'delivered', 10)]),
    # in the singular the designator often names a programme's part, not the vehicles
    ("Poland took delivery of ten K2 Black Panther tanks in May. Hanwha agreed to open a K2 training centre in "
     "Gliwice for the army.",
     [('South Korea', 'Poland', 'K2', 'delivered', 10)]),
]


@pytest.mark.parametrize("text,expected", LEAD_DESIGNATOR + LEAD_DESIGNATOR_GUARDS)
def test_designator_leading_a_full_name_stands_alone(transfers, text, expected):
    assert_exactly(transfers(text), expected)
