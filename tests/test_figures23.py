"""Round 23 (figures across own sets): figures on unseen news (sentences written for these tests)."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text


def _figures(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in analyse_text(text, published=datetime.date(2026, 3, 4)).figures}


# --- a wire's exchange-rate note states no figure of the story ------------------------------------------------

def test_exchange_rate_note_gives_no_figures():
    text = ("Nammo said its order book grew to 31 billion crowns by the end of June.\n\n"
            "(($1 = 10.6 Norwegian crowns))")
    assert _figures(text) == {(31_000_000_000.0, "NOK")}


def test_exchange_rate_note_written_from_the_other_side_gives_no_figures():
    text = "The frigates will cost 2.1 billion euros, the ministry said.\n\n(1 euro = $1.12)"
    assert _figures(text) == {(2_100_000_000.0, "EUR")}


def test_bracketed_conversion_of_a_story_amount_is_kept():
    text = "The frigates will cost 2.1 billion euros ($2.35 billion), the ministry said."
    assert (2_350_000_000.0, "USD") in _figures(text)
