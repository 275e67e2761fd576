"""Transfers in sentences written for these tests (round thirteen, own21's part A errors): a part of a lot told in
a later clause by its order or as more of it ("the first landed at X", "the first four arrived", "six more
arrived") is a step of the system named before. Each text must give exactly the records listed (ANY: the field
is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LOT_PARTS = [
    # the parser hangs "the first" on the verb as modifiers: still the verb's subject
    ("Peru ordered two C-295 transports from Spain in 2021. The first landed at Lima last year.",
     [("Spain", "Peru", "C-295", "ordered", 2), ("Spain", "Peru", "C-295", "delivered", 1)]),
    ("Kenya bought three Z-9 helicopters from China in 2020, and the first landed at Nairobi in 2022.",
     [("China", "Kenya", "Z-9", "ordered", 3), ("China", "Kenya", "Z-9", "delivered", 1)]),
    # a counted part, "the first four", as an active subject
    ("Uruguay ordered six C-295 transports from Spain in 2021. The first four arrived at Montevideo last year.",
     [("Spain", "Uruguay", "C-295", "ordered", 6), ("Spain", "Uruguay", "C-295", "delivered", 4)]),
    # more of the lot
    ("Chile bought ten F-16 jets from Norway in 2022. Four more arrived in Santiago in May.",
     [("Norway", "Chile", "F-16", "ordered", 10), ("Norway", "Chile", "F-16", "delivered", 4)]),
]

LOT_PART_GUARDS = [
    # "first" of order, no "the": not one of the lot
    ("Peru ordered two C-295 transports from Spain in 2021. Its pilots first landed at Lima last year.",
     [("Spain", "Peru", "C-295", "ordered", 2)]),
    # an ordinal with a noun of its own that is no system
    ("Peru ordered two C-295 transports from Spain in 2021. The first crews landed at Lima last year.",
     [("Spain", "Peru", "C-295", "ordered", 2)]),
    # a count with "more" of another noun is that noun's count
    ("Chile bought ten F-16 jets from Norway in 2022. Six more delegations arrived in Santiago in May.",
     [("Norway", "Chile", "F-16", "delivered", 10)]),
    # a bare count as a subject counts anything
    ("Chile bought ten F-16 jets from Norway in 2022. Four arrived at the ceremony in May, officials said.",
     [("Norway", "Chile", "F-16", "delivered", 10)]),
]


@pytest.mark.parametrize("text,expected", LOT_PARTS + LOT_PART_GUARDS)
def test_lot_parts(transfers, text, expected):
    assert_exactly(transfers(text), expected)
