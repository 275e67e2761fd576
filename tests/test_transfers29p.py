"""Sellers of systems a buyer only weighs or is offered, in sentences written for these tests: a state the story
tells selling only what it makes itself does not stand in as the seller of another maker's system that the same
buyer is evaluating, considering or being offered; that system is weighed from its own maker, and a general noun for
the systems weighed ("wants 24 jets") is no lot of the story's seller. A seller of other states' makes (second-hand)
and a system of the seller's own make keep the story's seller. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

WEIGHED_FROM_MAKER = [
    ("QUITO - Ecuador signed for 30 K2 tanks from South Korea on Tuesday. The army also ordered 40 K808 carriers "
     "from South Korea last year. The air force needs 18 fighters and is evaluating both the Gripen E and the F-16 "
     "Block 70.",
     [("South Korea", "Ecuador", "K2", ANY, 30), ("South Korea", "Ecuador", "K808", ANY, 40),
      ("Sweden", "Ecuador", "Gripen", "interest", ANY), ("United States", "Ecuador", "F-16", "interest", ANY)]),
    ("HANOI - Vietnam bought six Su-30 fighters from Russia in 2019. Hanoi also took four Yak-130 trainers from "
     "Russia in 2021. The navy is now considering the Scorpene submarine.",
     [("Russia", "Vietnam", "Su-30", ANY, 6), ("Russia", "Vietnam", "Yak-130", ANY, 4),
      ("France", "Vietnam", "Scorpene", "interest", ANY)]),
]

KEEPS_STORY_SELLER = [
    # guard: a seller of another state's make (second-hand) may well offer more of it
    ("WARSAW - Poland gave 60 T-72 tanks to Ukraine in 2022. Ukraine also wants more BMP-1 vehicles.",
     [("Poland", "Ukraine", "T-72", "delivered", 60), ("Poland", "Ukraine", "BMP-1", "interest", ANY)]),
    # guard: a system of the seller's own make stays with it
    ("QUITO - Ecuador signed for 30 K2 tanks from South Korea on Tuesday. The army also ordered 40 K808 carriers "
     "from South Korea last year. The army is now considering the K9 howitzer.",
     [("South Korea", "Ecuador", "K2", ANY, 30), ("South Korea", "Ecuador", "K808", ANY, 40),
      ("South Korea", "Ecuador", "K9", "interest", ANY)]),
    # guard: a delivery is no mere weighing; the told deal stays as it was read
    ("QUITO - Ecuador signed for 30 K2 tanks from South Korea on Tuesday. The army also ordered 40 K808 carriers "
     "from South Korea last year.",
     [("South Korea", "Ecuador", "K2", ANY, 30), ("South Korea", "Ecuador", "K808", ANY, 40)]),
]


@pytest.mark.parametrize("text,expected", WEIGHED_FROM_MAKER + KEEPS_STORY_SELLER)
def test_weighed_system_seller(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
