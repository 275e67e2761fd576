"""Meeting structures written for these tests: a delegation stands for the person leading it, and talks "held
between" two people are a meeting of both."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


def test_a_delegation_led_by_someone_stands_for_its_leader():
    found = _meetings("A Czech delegation led by Deputy Defence Minister Pavel Dvorak visited Naypyitaw in May "
                      "and met the air force chief, General Aung Kyaw Moe.")
    assert ("meeting", ("Aung Kyaw Moe", "Pavel Dvorak")) in found
    assert ("visit", ("Pavel Dvorak",)) in found


@pytest.mark.parametrize("text", [
    "The talks were held between Vietnamese Defence Minister General Tran Van Hieu and Philippine Defence "
    "Secretary Ramon Cabalda.",
    "Talks were held in Hanoi on Monday between Vietnamese Defence Minister General Tran Van Hieu and Philippine "
    "Defence Secretary Ramon Cabalda.",
])
def test_talks_held_between_two_people_are_their_meeting(text):
    assert _meetings(text) == {("meeting", ("Ramon Cabalda", "Tran Van Hieu"))}


def test_talks_denied_are_no_meeting():
    assert _meetings("No talks were held between Vietnamese Defence Minister General Tran Van Hieu and Philippine "
                     "Defence Secretary Ramon Cabalda.") == set()
