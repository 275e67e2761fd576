"""Cross-set transfer families, in sentences written for these tests. A maker a participle on the system names
("radars made by A's state-owned firm that were delivered to B") sells it when the clause of the transfer names no
seller; a seller the clause names still comes first. "The third of the eight X" is counted like "three of the
eight X": the verb above the ordinal tells its step (received, arrived), besides the order its clause tells. Each
text must give exactly the records listed."""

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

ORDINAL_PARTITIVES = [
    ("Peru received the third of the eight Mi-17 helicopters that it ordered from Russia in 2021.",
     [("Russia", "Peru", "Mi-17", "delivered", 1), ("Russia", "Peru", "Mi-17", "ordered", 8)]),
    ("Ghana took delivery of the fourth of the six K-8 trainers that it ordered from China in 2019.",
     [("China", "Ghana", "K-8", "delivered", 1), ("China", "Ghana", "K-8", "ordered", 6)]),
    ("The second of the four corvettes that Nigeria ordered from Italy in 2020 arrived in Lagos on Monday.",
     [("Italy", "Nigeria", "corvettes", "delivered", 1), ("Italy", "Nigeria", "corvettes", "ordered", 4)]),
    # guards: a verb above the ordinal that tells no transfer adds nothing to the order
    ("The third of the eight Mi-17 helicopters that Peru ordered from Russia in 2021 crashed on Monday.",
     [("Russia", "Peru", "Mi-17", "ordered", 8)]),
    ("Peru lost the third of the eight Mi-17 helicopters that it ordered from Russia in 2021.",
     [("Russia", "Peru", "Mi-17", "ordered", 8)]),
]


@pytest.mark.parametrize("text,expected", MAKERS_AS_SELLERS + ORDINAL_PARTITIVES)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
