"""Cross-set transfer families, in sentences written for these tests. A maker a participle on the system names
("radars made by A's state-owned firm that were delivered to B") sells it when the clause of the transfer names no
seller; a seller the clause names still comes first. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

MAKERS_AS_SELLERS = [
    ("The panel lists naval radars made by Israel's state-owned Elta that were delivered to the Kenyan navy in 2021.",
     [("Israel", "Kenya", "radars", "delivered", None)]),
    ("The audit also found naval radars built by Israel that were shipped to Kenya in 2021.",
     [("Israel", "Kenya", "radars", "delivered", None)]),
    # guards: a seller the clause names is the seller; no maker named gives no seller and no record
    ("The panel lists naval radars made by Israel's Elta that were sold to the Kenyan navy by France in 2021.",
     [("France", "Kenya", "radars", "delivered", None)]),
    ("The panel lists naval radars that were delivered to the Kenyan navy in 2021.",
     []),
]


@pytest.mark.parametrize("text,expected", MAKERS_AS_SELLERS)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
