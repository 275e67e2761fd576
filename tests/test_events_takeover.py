"""A force "taking over" something is a coup only when what it takes is the state: a navy taking over a ship at a
handover is no coup. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _types(text: str) -> list[str]:
    return [e.type for e in analyse_text(text, published=date(2024, 5, 3)).events]


@pytest.mark.parametrize("text", [
    "The navy took over a frigate gifted by Japan on Monday.",
    "Navy takes over frigate donated by Korea",
    "The army took over the running of the port from a private firm.",
])
def test_a_force_taking_over_a_thing_is_no_coup(text):
    assert "coup" not in _types(text)


@pytest.mark.parametrize("text", [
    "The army took over the government in a bloodless move on Monday.",
    "The military took over in 2021 and detained the president.",
])
def test_a_force_taking_over_the_state_is_a_coup(text):
    assert "coup" in _types(text)
