"""Two sentences joined by a semicolon, which the parser may hang one on the other: the mood of the second clause
("could", "may") is not the first clause's, so a deal told as done stays done. Sentences written for these tests;
each text must give exactly the records listed."""

from __future__ import annotations

import pytest

from transfer_cases import assert_exactly

JOINED_BY_SEMICOLON = [
    ("Chile ordered six C-390 transport aircraft from Brazil in March; a further four could be bought later, "
     "officials said.",
     [('Brazil', 'Chile', 'C-390', 'ordered', 6)]),
    ("Kenya bought ten Bayraktar TB2 drones from Turkey in 2023; more might be added next year, a spokesman said.",
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'delivered', 10)]),
]

GUARDS = [
    # with no semicolon the modal still rules its own clause
    ("Officials said Chile could buy four C-390 aircraft from Brazil.",
     [('Brazil', 'Chile', 'C-390', 'interest', 4)]),
]


@pytest.mark.parametrize("text,expected", JOINED_BY_SEMICOLON + GUARDS)
def test_a_semicolon_keeps_each_clause_its_own_mood(transfers, text, expected):
    assert_exactly(transfers(text), expected)
