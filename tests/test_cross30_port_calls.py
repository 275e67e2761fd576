"""Events: a warship's port call told with the ship's name misparsed ("The Navy frigate X spent three days
alongside in C": the parser heads the sentence with the ship's noun), or told as what a ship became ("she
became the first Peruvian warship to call at C": an infinitive on the ship's noun, or on "became" with the
ship's noun its complement) (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events

PUBLISHED = date(2024, 5, 10)


def port_calls(parsed, text: str):
    return [e for e in extract_events(*parsed(text, published=PUBLISHED)) if e.type == "port_access"]


@pytest.mark.parametrize("text", [
    "The Brazilian Navy frigate Liberal spent three days alongside in Luanda last month.",
    "The Indian Navy corvette INS Kora spent two days alongside in Mombasa last week, its first call there.",
])
def test_a_named_ship_the_parser_hangs_on_its_noun_makes_the_call(parsed, text):
    assert len(port_calls(parsed, text)) == 1


@pytest.mark.parametrize("text", [
    # the infinitive on the noun
    "A decade later she became the first Peruvian warship to call at Havana since the revolution.",
    "Last spring the patrol ship became the first Omani vessel to call at Karachi in years.",
    # the infinitive on "became"
    "Later she became the first Brazilian warship to call at Bissau.",
])
def test_the_first_warship_to_call_at_a_city_makes_a_call(parsed, text):
    assert len(port_calls(parsed, text)) == 1


@pytest.mark.parametrize("text", [
    # to come, not done
    "The Liberal will become the first Brazilian warship to call at Luanda since 1975 when she arrives next month.",
    "The Brazilian Navy frigate Liberal will spend three days alongside in Luanda next month.",
    "She is to call at Durban next week.",
    # no ship
    "Angola was the first country to call at the conference for a ceasefire.",
    "The Kenyan minister was the first official to call at the embassy.",
    # the ship does something else
    "The Brazilian Navy frigate Liberal fired a salute as the minister arrived in Luanda.",
])
def test_no_call_when_none_is_told(parsed, text):
    assert not port_calls(parsed, text)
