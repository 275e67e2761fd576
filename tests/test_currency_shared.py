"""Which rupee (shilling, peso ...) a shared sign is: the dateline's state when the story is datelined in one
of the family's states; else the family's state the story names most, its forces counting as naming it, a
tie going to the state named first. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _units(text: str) -> list[str]:
    return [f.unit for f in analyse_text(text, published=date(2024, 5, 3)).figures if f.value >= 1_000_000]


@pytest.mark.parametrize("text, unit", [
    # datelined in Kathmandu: the Nepalese rupee, though India is named more
    ("KATHMANDU, May 2 – India and China pledged relief to the army. India will send doctors and India will send "
     "tents. The army said the aid was worth about Rs 2.3 billion.", "NPR"),
    # the Sri Lanka Navy names Sri Lanka: a tie with India, and Sri Lanka is named first
    ("The Sri Lanka Navy took over a frigate donated by China on Monday. India gave a patrol vessel in 2017, and "
     "India has offered two aircraft. The Sri Lanka Navy said the refit would cost about Rs 400 million.", "LKR"),
    # an Indian story: India named most
    ("India ordered 26 Rafale jets. India will pay about Rs 63,000 crore, officials in New Delhi said; Sri Lanka "
     "was not involved.", "INR"),
])
def test_a_shared_sign_is_the_currency_of_the_storys_state(text, unit):
    assert _units(text) == [unit]


@pytest.mark.parametrize("text", [
    "The minister said Ghana had paid GH¢180 million for the first batch of vehicles.",
    "Ghana paid ₵180 million for the trucks.",
])
def test_a_cedi_sign_glued_to_its_amount_is_money(text):
    assert _units(text) == ["GHS"]
