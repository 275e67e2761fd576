"""The place a participle of making puts a system in ("four jets, built in A, ...") tells where it was made, not
where it went: the buyer is read as it would be without the participle (here from the sentence before). Sentences
written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import rows

PUBLISHED = datetime.date(2025, 10, 14)


def _buyers_of(records, family_word):
    return {t.recipient for t in records if family_word.lower() in (t.family or t.system or "").lower()}


def test_build_place_is_not_the_buyer(transfers):
    text = ("Chile bought Spike anti-tank missiles from Rafael in 2015. Airbus delivered four C295 transports, "
            "built in Spain, in March.")
    found = transfers(text)
    assert "Spain" not in _buyers_of(found, "C295")
    assert ("Spain", "Chile", "C-295", "delivered") in rows(found)


def test_a_destination_after_a_participle_of_another_kind_is_still_the_buyer(transfers):
    # near negative: a participle of ordering, not of making, leaves the state the transports go to the buyer
    text = ("Chile bought Spike anti-tank missiles from Rafael in 2015. Airbus delivered four C295 transports, "
            "ordered in 2021, to Peru in March.")
    assert ("Spain", "Peru", "C-295", "delivered") in rows(transfers(text))
