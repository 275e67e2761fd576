"""Figures, quotes and people: general families found on own11 (sentences written for these tests, in own words)."""
from __future__ import annotations

import pytest

from armstrack.core import analyse_text

PUBLISHED = "2025-03-10"


def _analyse(text: str):
    return analyse_text(text, published=PUBLISHED)


def _titles(text: str, name: str) -> list[tuple[str, str | None]]:
    person = next(p for p in _analyse(text).people if p.name == name)
    return [(t.title, t.affiliation) for t in person.titles]


# --- a title before a name in apposition is the title's own noun phrase, not the words before it
@pytest.mark.parametrize("text, name, title, affiliation", [
    ("The governor gave a dinner in Lima on Friday for Chile's ambassador, Ana Torres Vidal.",
     "Ana Torres Vidal", "Chile's ambassador", "Chile"),
    ("The frigate was greeted at the pier by the Minister of the Armed Forces, Paulo Mendes Rocha.",
     "Paulo Mendes Rocha", "Minister of the Armed Forces", None),
    ("The minister held talks in Bamako with the Danish Secretary of State for Defence, Mr Lars Holm Berg.",
     "Lars Holm Berg", "Danish Secretary of State for Defence", "Denmark"),
])
def test_apposition_title_is_its_noun_phrase(text, name, title, affiliation):
    assert (title, affiliation) in _titles(text, name)


def test_apposition_title_keeps_a_country_named_inside_the_phrase():
    # guard: the country stays when it stands inside the title's own phrase
    text = "The plan was presented on Monday by the head of Ghana's navy, Kofi Mensah Owusu."
    titles = _titles(text, "Kofi Mensah Owusu")
    assert any(t.startswith("head of Ghana") and a == "Ghana" for t, a in titles)


def test_a_role_noun_with_a_nationality_finds_the_one_official_of_that_state():
    text = ("The president received at the palace the Danish Secretary of State for Defence, Mr Lars Holm Berg, "
            "who is on a visit to Mali.\n\nIn a short address, the Danish official said: \"Denmark will stay at "
            "your side for as long as it takes.\"")
    assert [q.speaker for q in _analyse(text).quotes] == ["Lars Holm Berg"]


# --- "According to the Rear Admiral, ... '...,' he said": the cited source is who "he" refers to
def test_he_after_according_to_a_role_is_that_roles_holder():
    text = ("The frigate was welcomed by the Minister of Defence, Paulo Mendes Rocha, and the fleet commander, "
            "Rear Admiral Jorge Lima Costa.\n\nThe ship will guard the gas fields, the minister said. \"Our coast "
            "is no longer open to smugglers,\" he declared.\n\nAccording to the Rear Admiral, smuggling still "
            "costs the state millions every year. \"We pay for the ship once; the smugglers cost us every "
            "month,\" he said.")
    assert [q.speaker for q in _analyse(text).quotes] == ["Paulo Mendes Rocha", "Jorge Lima Costa"]


def test_he_after_according_to_a_named_source():
    text = ("Carlos Ruiz Salinas, the minister, opened the session. \"We start today,\" he said.\n\n"
            "According to Maria Gonzalez, the budget is too small. \"We need twice as much,\" she said.")
    assert [q.speaker for q in _analyse(text).quotes] == ["Carlos Ruiz Salinas", "Maria Gonzalez"]


def test_he_is_not_a_source_cited_inside_a_quoted_speakers_clause():
    # guard: a subject who speaks in the same sentence still outranks the source he cites
    text = ("Carlos Ruiz Salinas said that, according to the navy, the boats were late. \"We will wait,\" "
            "he said.")
    assert [q.speaker for q in _analyse(text).quotes] == ["Carlos Ruiz Salinas"]
