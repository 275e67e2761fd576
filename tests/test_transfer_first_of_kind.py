"""A definite phrase with nothing before it to refer back to ("its first frigate from A", "the new jets for A")
introduces its system, told by its order or newness and the state it comes from or goes to; "the jets" with no
such words still refers back and gives nothing alone, and "the jet" refers back to the jet named before; a lot's
party ("the first batch of X for A") is the system's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly


def _transfers(text: str):
    return analyse_text(text, published=date(2025, 9, 8)).transfers


@pytest.mark.parametrize("text, expected", [
    ("The Ghanaian Navy received its first corvette from Germany on Monday.",
     [("Germany", "Ghana", "corvette", "delivered", ANY)]),
    ("The Peruvian Air Force took delivery of its second transport aircraft from Spain.",
     [("Spain", "Peru", "aircraft", "delivered", ANY)]),
    ("The Omani army received its new howitzers from South Korea last week.",
     [("South Korea", "Oman", "howitzer", "delivered", ANY)]),
])
def test_an_ordered_or_new_phrase_with_a_source_is_a_transfer(text, expected):
    assert_exactly(_transfers(text), expected)


@pytest.mark.parametrize("text", [
    "The Ghanaian Navy received the corvette on Monday.",
    "The Ghanaian Navy showed its first corvette to reporters on Monday.",
])
def test_a_definite_phrase_without_order_and_source_gives_nothing(text):
    assert _transfers(text) == []


def test_the_jet_refers_back_to_the_jet_named_before():
    text = "Chile will buy eight more M-346 trainers from Italy. Italy has also sold the jet to Poland and Israel."
    assert_exactly(_transfers(text), [("Italy", "Chile", "M-346", "agreed", 8),
                                      ("Italy", "Poland", "M-346", "delivered", ANY),
                                      ("Italy", "Israel", "M-346", "delivered", ANY)])


def test_a_lots_party_is_the_systems():
    # "the first batch of X for A": the buyer is told on the lot the system hangs on by "of"
    text = "The first batch of K-8 trainers for Zambia is being built at a plant in Nanchang."
    assert_exactly(_transfers(text), [("China", "Zambia", "K-8", "in_production", ANY)])
