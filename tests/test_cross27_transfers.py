"""A lot of systems with a dated order of its own, said in the same clause to be put to use ("are operational",
"was activated", "were unloaded", "entered the port"): the order and the delivery are two steps, each a record.
A use still ahead, denied or not told as arrival ("will be operational", "are not yet operational", "entered
production") adds no delivery. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 1)

POSITIVE = [
    ("Kenya is rebuilding its air defences. Three radars ordered from Japan in 2022 are already operational.",
     [("Japan", "Kenya", "radars", "ordered", 3), ("Japan", "Kenya", "radars", "delivered", 3)]),
    ("The first of five Patriot batteries ordered by Kenya from the United States in 2019 was activated last July.",
     [("United States", "Kenya", "Patriot", "ordered", 5), ("United States", "Kenya", "Patriot", "delivered", 1)]),
    ("Eight of the 20 BTR-82A troop carriers ordered by Laos from Russia in 2023 were unloaded at Vientiane on "
     "Friday.",
     [("Russia", "Laos", "BTR-82", "ordered", 20), ("Russia", "Laos", "BTR-82", "delivered", 8)]),
    ("The last of the four patrol boats ordered by Ghana from Germany in 2021 entered the port of Tema on Monday.",
     [("Germany", "Ghana", "patrol boats", "ordered", 4), ("Germany", "Ghana", "patrol boats", "delivered", 4)]),
]

NEGATIVE = [
    # the use is still ahead, or denied: the order alone
    ("Kenya is rebuilding its air defences. Three radars ordered from Japan in 2022 will be operational next year.",
     [("Japan", "Kenya", "radars", "ordered", 3)]),
    ("Kenya is rebuilding its air defences. Three radars ordered from Japan in 2022 are not yet operational.",
     [("Japan", "Kenya", "radars", "ordered", 3)]),
    ("Kenya is rebuilding its air defences. Three radars ordered from Japan in 2022 should be operational by 2027.",
     [("Japan", "Kenya", "radars", "ordered", 3)]),
    # entering production is no arrival
    ("The first of the radars ordered by Kenya from Japan in 2022 entered production in May.",
     [("Japan", "Kenya", "radars", "ordered", 1)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE + NEGATIVE)
def test_dated_order_put_to_use(transfers, text, expected):
    assert_exactly(transfers(text), expected)
