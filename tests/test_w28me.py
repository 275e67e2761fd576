"""Ceremonies of one side: sentences written for these tests (names, places and wording are made up)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.meetings import extract_meetings

PUBLISHED = date(2023, 3, 10)


@pytest.fixture
def meetings(parsed):
    def run(text: str, published: date | None = PUBLISHED):
        return extract_meetings(*parsed(text, published=published))

    return run


def _together(records, *names) -> bool:
    return any(set(names) <= set(m.participants) for m in records)


def test_ceremony_with_no_state_named_is_no_meeting(meetings):
    # a commander and a plant director, no one's state named: one side's own ceremony
    records = meetings("The handover ceremony was presided over by Brigadier General Omar Tazi, Commander of the "
                       "Air Forces, in the presence of the director of the plant, Colonel Youssef Alami, and "
                       "officers of the Royal Armed Forces.")
    assert not _together(records, "Omar Tazi", "Youssef Alami")


def test_ceremony_with_a_foreign_ambassador_is_kept(meetings):
    records = meetings("The handover ceremony was presided over by Brigadier General Omar Tazi in the presence "
                       "of the French Ambassador to Morocco Pierre Lemaire, who also addressed the guests.")
    assert _together(records, "Omar Tazi", "Pierre Lemaire")


def test_state_read_from_the_title_before_a_misparsed_name(meetings):
    # "and Japanese Ambassador to Indonesia X": the national word stands right before the name
    records = meetings("The launch was witnessed by Deputy Defence Minister Budi Santoso and Japanese "
                       "Ambassador to Indonesia Kenji Tanaka.")
    assert _together(records, "Budi Santoso", "Kenji Tanaka")


def test_one_foreign_guest_among_home_officials_keeps_the_ceremony(meetings):
    records = meetings("The handover ceremony was presided over by Brigadier General Omar Tazi in the presence "
                       "of the director of the plant, Colonel Youssef Alami, and the French Ambassador, "
                       "Pierre Lemaire.")
    assert _together(records, "Omar Tazi", "Pierre Lemaire")
