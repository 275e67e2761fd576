"""A distance that places something ("some 60 km west of the capital") is a position, not a figure, as a
weapon's reach is a specification; a distance travelled stays one. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _figures(text: str):
    return analyse_text(text, published=date(2024, 5, 3)).figures


@pytest.mark.parametrize("text", [
    "The exercise is held at the Five Hills training area, some 60 km west of the capital.",
    "The new radar station stands 40 kilometres north of the port.",
    "The island lies 12 km offshore.",
])
def test_a_distance_that_places_something_is_no_figure(text):
    assert not _figures(text)


def test_a_distance_travelled_stays_a_figure():
    assert [(f.value, f.unit) for f in _figures("The convoy drove 300 km in two days.")] == [(300, "km")]
