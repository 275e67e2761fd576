"""own24 families, in sentences written for these tests: when two supplier-recipient pairs are told in as many
deal steps and their states named as often, the main pair a record with no buyer of its own falls back to is the
pair of the state the story is datelined in ("LIMA:" -> Peru), not the pair told first. Each text must give
exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

DATELINE_POSITIVES = [
    ("LIMA: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Peru", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    ("HANOI — The air force has ordered 12 Yak-130 trainers, the ministry said. Russia sold Laos four Yak-130 "
     "jets in 2018, while Russia sold Vietnam 12 Su-30 fighters in 2013.",
     [("Russia", "Vietnam", "Yak-130", "ordered", 12), ("Russia", "Laos", "Yak-130", "delivered", 4),
      ("Russia", "Vietnam", "Su-30", "delivered", 12)]),
]

DATELINE_GUARDS = [
    # no dateline: the tie still goes to the pair told first
    ("The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six M-346 "
     "trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    # a dateline of a third state breaks no tie
    ("QUITO: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    # no full tie: the state named more often keeps the lead over the dateline's
    ("LIMA: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020. Chile is a close partner of Italy. Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
]


@pytest.mark.parametrize("text,expected", DATELINE_POSITIVES + DATELINE_GUARDS)
def test_dateline_breaks_pair_tie(transfers, text, expected):
    assert_exactly(transfers(text), expected)
