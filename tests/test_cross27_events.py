"""Helper x27ev: event families read across the sets' errors, told in sentences written for these tests (invented
wording, real countries).

Training named as a field of cooperation ("cooperation in training and logistics", an agreement "covering" a list
of fields) is what two states work together on, not training held or given; a pact on training itself and training
held stay events."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 6, 1)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


@pytest.mark.parametrize("text", [
    # a list opened by "covering" on cooperation, its items hung by the parser above it
    "Ghana and Togo signed an agreement on security cooperation covering lake patrols, the exchange of intelligence "
    "and the training of officers.",
    # an agreement covering a list whose later items the parser joins to the agreement
    "Oman and Kenya signed a memorandum covering training, joint drills and coastal surveillance.",
])
def test_a_field_of_cooperation_is_no_training(parsed, text):
    assert "training" not in _types(parsed, text)


@pytest.mark.parametrize("text", [
    "Chad and Niger last week agreed a protocol on the training of military pilots.",
    "Ghanaian and Nigerian troops held joint training with the French army last month.",
    "Kenyan officers trained in Spain last year as part of the cooperation between the two states.",
    "The Indian Navy held joint drills with the Maldivian coast guard in Male in cooperation with the Sri Lankan "
    "navy.",
])
def test_training_held_or_agreed_on_its_own_stays(parsed, text):
    assert "training" in _types(parsed, text)
