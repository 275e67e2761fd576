"""Attendance at an occasion told just before, with no occasion named ("X attended with Minister Y",
"X attended alongside Y"): officials of two states present together are a meeting; one's own party, a
spouse, or a future attendance are not. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text

LEAD = "Norway handed over four patrol boats to the Ghanaian Navy in Tema on Thursday. "


def _meetings(text: str) -> set[tuple[str, ...]]:
    result = analyse_text(text, published=datetime.date(2026, 2, 20))
    return {tuple(sorted(m.participants)) for m in result.meetings}


@pytest.mark.parametrize("sentence", [
    "The Norwegian Ambassador to Ghana, Ingrid Solheim Berg, attended with Ghanaian Navy Chief Rear Admiral "
    "Kwame Mensah Boateng.",
    "Norwegian Ambassador Ingrid Solheim Berg attended alongside Ghanaian Navy Chief Rear Admiral Kwame Mensah "
    "Boateng.",
    "Ghanaian Navy Chief Rear Admiral Kwame Mensah Boateng attended with Norwegian Ambassador Ingrid Solheim Berg.",
])
def test_attending_with_an_official_of_another_state_is_their_meeting(sentence):
    assert ("Ingrid Solheim Berg", "Kwame Mensah Boateng") in _meetings(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Norwegian Ambassador Ingrid Solheim Berg attended with her husband.",
    "Norwegian Ambassador Ingrid Solheim Berg attended with her deputy, Lars Hovland Eide.",
    "Norwegian Ambassador Ingrid Solheim Berg attended with Norwegian Defence Attaché Colonel Lars Hovland Eide.",
])
def test_attending_with_ones_own_party_is_no_meeting(sentence):
    assert not any("Ingrid Solheim Berg" in p and len(p) > 1 for p in _meetings(LEAD + sentence))


def test_a_future_attendance_is_no_meeting():
    text = LEAD + ("Norwegian Ambassador Ingrid Solheim Berg will attend with Ghanaian Navy Chief Rear Admiral "
                   "Kwame Mensah Boateng.")
    assert ("Ingrid Solheim Berg", "Kwame Mensah Boateng") not in _meetings(text)


def test_attending_a_named_occasion_with_someone_is_unchanged():
    text = LEAD + ("Norwegian Ambassador Ingrid Solheim Berg attended the ceremony with Ghanaian Navy Chief Rear "
                   "Admiral Kwame Mensah Boateng.")
    assert ("Ingrid Solheim Berg", "Kwame Mensah Boateng") in _meetings(text)


# --- support for a named state's security ---------------------------------------------------------------

TALKS = ("Kenyan Defence Minister Amina Wairimu Njoroge held talks in Kampala on Tuesday with Ugandan Defence "
         "Minister Peter Okello Mugisha. ")


def _supports(text: str) -> list[list[str]]:
    result = analyse_text(text, published=datetime.date(2026, 2, 20))
    return [list(e.actors) for e in result.events if e.type == "statement_of_support"]


@pytest.mark.parametrize("sentence", [
    "\"Kenya supports the security of Uganda as firmly as its own,\" Njoroge said.",
    "Njoroge said Kenya fully supported the stability of Uganda.",
    "Njoroge said Kenya supports Uganda's defence.",
])
def test_supporting_a_named_states_security_is_a_statement_of_support(sentence):
    found = _supports(TALKS + sentence)
    assert any("Kenya" in actors for actors in found)


@pytest.mark.parametrize("sentence", [
    "The new radars will support the security of the airport, Njoroge said.",
    "The contractor supports the defence of the compound.",
])
def test_supporting_security_of_no_state_is_no_statement(sentence):
    assert _supports(TALKS + sentence) == []


# --- "in the presence of the ambassador of X in C, Mr. A, and ...": the seat of a post is part of its title ---

HANDOVER = "Japan handed over two patrol boats to the Philippine Navy at Subic on Monday. "


def test_a_post_seated_in_a_city_does_not_cut_the_list_of_those_present():
    text = HANDOVER + ("The ceremony took place in the presence of the Ambassador of Japan in Manila, Mr. Kenji "
                       "Watanabe, and the head of the fleet, Vice Admiral Jose Ramos Cruz.")
    assert any({"Kenji Watanabe", "Jose Ramos Cruz"} <= set(p) for p in _meetings(text))


def test_the_list_of_those_present_without_a_seat_is_unchanged():
    text = HANDOVER + ("The ceremony took place in the presence of the Japanese Ambassador, Kenji Watanabe, and the "
                       "Commander of the Philippine Navy, Vice Admiral Jose Ramos Cruz.")
    assert any({"Kenji Watanabe", "Jose Ramos Cruz"} <= set(p) for p in _meetings(text))


def test_a_meeting_in_a_city_still_ends_the_list_of_those_present():
    text = ("Philippine Navy chief Vice Admiral Jose Ramos Cruz received the boats in the presence of Japanese "
            "Ambassador Kenji Watanabe. In Manila, Defence Secretary Carlos Mendoza Reyes met Australian Ambassador "
            "Helen Brooks Carter.")
    assert not any("Helen Brooks Carter" in p and "Kenji Watanabe" in p for p in _meetings(text))
