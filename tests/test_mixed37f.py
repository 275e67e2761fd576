"""own25 figures pass: families read from the new blind set's errors. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _figures(text: str):
    return analyse_text(text, published=date(2026, 3, 4)).figures


def _money_units(text: str) -> list[str]:
    return [f.unit for f in _figures(text) if f.value >= 1_000_000]


@pytest.mark.parametrize("text", [
    "WELLINGTON — The navy's two new tankers will cost $1.2 billion, the minister said on Monday. "
    "All amounts are in US dollars.",
    "SINGAPORE — Regional navies will spend $9.4 billion on submarines this decade, a consultancy estimates. "
    "Prices are quoted in current U.S. dollars unless otherwise noted.",
])
def test_a_note_that_amounts_are_us_dollars_keeps_a_bare_dollar_sign_american(text):
    assert _money_units(text) == ["USD"]


def test_a_dollar_states_dateline_without_such_a_note_keeps_its_own_dollar():
    # near negative: no note, so the Wellington dateline makes the bare sign the New Zealand dollar
    text = "WELLINGTON — The navy's two new tankers will cost $1.2 billion, the minister said on Monday."
    assert _money_units(text) == ["NZD"]


def _votes(text: str) -> list[tuple[float, str]]:
    return sorted((f.value, f.what) for f in _figures(text) if f.unit == "votes")


def test_a_tally_of_votes_to_one_counts_a_single_vote_against():
    text = "The assembly backed the call for a ceasefire by 141 votes to one, with 12 abstentions."
    assert (1.0, "votes against") in _votes(text)


def test_one_another_after_a_count_of_votes_is_no_vote_against():
    # near negative: "one another" is a pronoun
    text = "The two blocs traded 40 votes to one another in the committee ballot."
    assert all(what != "votes against" for _, what in _votes(text))


def test_the_second_count_of_a_tally_is_against_though_a_verb_of_support_governs_the_first():
    text = "Parliament backed the export ban by 310 votes to 95 on Thursday."
    assert _votes(text) == [(95.0, "votes against"), (310.0, "votes in favour")]
