"""own24 family, in sentences written for these tests: a verb of speech whose "of"/"about" takes the gerund of
a purchase ("spoke of buying X", "talked about acquiring X") tells an interest, not a delivery. Each text must
give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

PURCHASE_TALKED_OF = [
    ("Officials in Hanoi also spoke last year of buying Indian BrahMos missiles, though nothing has been signed.",
     [("India", "Vietnam", "BrahMos", "interest", ANY)]),
    ("Thai officials talked about acquiring Swedish Gripen jets last year.",
     [("Sweden", "Thailand", "Gripen", "interest", ANY)]),
]

PURCHASE_TALKED_OF_GUARDS = [
    # a delivery in a clause of its own under the verb of speech stays a delivery
    ("The minister spoke about the Gripen fighters that Sweden delivered to Thailand in 2011.",
     [("Sweden", "Thailand", "Gripen", "delivered", ANY)]),
    ("The minister spoke of the 12 Gripen fighters Sweden delivered to Thailand in 2011.",
     [("Sweden", "Thailand", "Gripen", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", PURCHASE_TALKED_OF + PURCHASE_TALKED_OF_GUARDS)
def test_purchase_talked_of_is_interest(transfers, text, expected):
    assert_exactly(transfers(text), expected)
