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


# --- two partial quotations in one reported clause ("said that X was '...' and that Y '...'")
@pytest.mark.parametrize("text", [
    'Asked about the deal at a briefing, army spokesman Jorge Lima Costa said only that the purchase was '
    '"routine and planned" and that the army "keeps its options open with all suppliers".',
    'Paulo Mendes Rocha told reporters that the talks were "useful" and that both sides "will meet again before '
    'the summer".',
])
def test_second_partial_quote_of_a_reported_clause(text):
    quotes = _analyse(text).quotes
    assert len(quotes) == 2 and {q.speaker for q in quotes} <= {"Jorge Lima Costa", "Paulo Mendes Rocha"}


def test_partial_quote_in_another_speakers_clause_is_not_joined():
    # guard: a second clause with its own reporting verb keeps its own speaker
    text = ('Paulo Mendes Rocha said the talks were "useful", while Maria Gonzalez called them "a waste of time".')
    assert {(q.speaker, q.text) for q in _analyse(text).quotes} == {
        ("Paulo Mendes Rocha", "useful"), ("Maria Gonzalez", "a waste of time")}


# --- "its spokesman" is a body's, never the last person named
def test_its_spokesman_is_not_the_last_person_named():
    text = ('Analyst Maria Gonzalez said the sanctions were failing. "The planes still arrive," she said.\n\n'
            'The regime\'s press office did not answer questions. Its spokesman has said before that the jets '
            'serve "only to defend the nation".')
    assert all(q.speaker != "Maria Gonzalez" or q.text != "only to defend the nation" for q in _analyse(text).quotes)


def test_its_spokesman_speaks_for_the_body_just_named():
    text = ('The Ministry of Defence did not comment on Tuesday. Its spokesman had earlier called the report '
            '"pure fiction".')
    assert [q.speaker for q in _analyse(text).quotes] == ["Ministry of Defence"]


def _figures(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in _analyse(text).figures}


# --- currency signs of one state written before an amount
@pytest.mark.parametrize("text, expected", [
    ("Lilongwe approved MK95 billion for the army this year.", (95e9, "MWK")),
    ("Kampala will give the army USh 2.1 trillion next year.", (2.1e12, "UGX")),
    ("Dodoma set aside TSh 800 billion for its forces.", (800e9, "TZS")),
    ("Windhoek signed a N$350 million deal for patrol boats.", (350e6, "NAD")),
    ("Kyiv will spend ₴25 billion on drones.", (25e9, "UAH")),
    ("Tbilisi set aside ₾300 million for air defence.", (300e6, "GEL")),
])
def test_currency_signs_of_one_state(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "The new frigates carry the Mk2 torpedo and the Mk 41 launcher.",
    "The destroyer fires Mk 54 torpedoes from its Mk 32 tubes.",
])
def test_a_weapons_mark_is_no_money(text):
    assert not any(unit == "MWK" for _, unit in _figures(text))


# --- the EU's "restrictive measures" are sanctions: the bodies and people they list are counted
@pytest.mark.parametrize("text, expected", [
    ("At its session today the government imposed restrictive measures on 14 individuals and entities in Iran "
     "and Belarus.", (14, "individuals and entities")),
    ("The cabinet has applied restrictive measures to more than 1,800 individuals and entities since 2022.",
     (1800, "individuals and entities")),
])
def test_restrictive_measures_count_their_targets(text, expected):
    assert expected in _figures(text)


def test_restrictive_policy_counts_nothing_new():
    # guard: a restrictive policy with a count of people and no harm gives no people figure
    assert not any(unit == "people" for _, unit in _figures(
        "The country keeps a restrictive visa policy, and 300 students applied this year."))


def test_people_added_to_a_list_of_those_sanctioned():
    assert (7, "people") in _figures("On Monday the council also added seven people to its list of persons "
                                     "sanctioned over the coup.")


# --- areas are written out as units ("square kilometres"), however the text abbreviates them
@pytest.mark.parametrize("text, expected", [
    ("The navy says it cannot patrol the 240,000 square kilometres of national waters.", (240000, "square kilometres")),
    ("The new zone covers 12,000 sq km of sea.", (12000, "square kilometres")),
    ("The reserve spans 300 square miles.", (300, "square miles")),
])
def test_areas(text, expected):
    assert expected in _figures(text)


# --- people counted by trade beside counted personnel are one count of people
@pytest.mark.parametrize("text, expected", [
    ("The package pays for simulators and for the instruction of 12 pilots and 35 mechanics.", (35, "people")),
    ("The squadron now has 35 mechanics and 12 pilots.", (35, "people")),
])
def test_trades_beside_counted_personnel(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "The ferry carried 30 soldiers and 200 passengers to the island.",  # a load, not a count of people
    # ("The yard employs 200 engineers." was here: since round twelve an employer's staff is a count of people,
    # tests/test_figures_events24.py)
])
def test_trades_without_counted_personnel(text):
    assert not any(unit == "people" for _, unit in _figures(text))


# --- "from N troops to M": the end of the change counts the same people
@pytest.mark.parametrize("text, expected", [
    ("The plan will let the navy grow from about 2,500 personnel to 4,000 by 2030.", (4000, "people")),
    ("Strength will increase from 2,000 troops to 3,500 within five years.", (3500, "people")),
])
def test_change_from_a_count_to_a_bare_number(text, expected):
    assert expected in _figures(text)


def test_change_from_an_uncounted_noun_gives_nothing():
    # guard: no count before it, no figure after it
    assert not _figures("Exports of the rifle grew from 300 units to 900.")


# --- people named by nationality ("40 Malian nationals", "2,000 Filipinos") count with the people cues
@pytest.mark.parametrize("text, expected", [
    ("In May 2021, some 40 Malian nationals were killed near the border.", (40, "people")),
    ("About 2,000 Filipinos were evacuated from the city on Sunday.", (2000, "people")),
    ("The treaty opens the army to foreign citizens, with up to 5,000 Fijians able to enlist over the next decade.",
     (5000, "people")),
    ("The army recruited 800 young men last year.", (800, "people")),
])
def test_nationals_and_recruits(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "Some 3,000 Americans attended the air show.",  # no cue
    "The Philippines bought 12 jets from Korea.",  # a state, not its people
])
def test_nationals_without_a_cue(text):
    assert not any(unit == "people" for _, unit in _figures(text))


def test_a_demonym_the_ner_took_for_a_body_and_the_subject_of_able():
    text = ("The pact also opens the Fijian army to Papua New Guinea citizens, with up to 2,000 Papua New "
            "Guineans able to enlist over the next decade.")
    assert (2000, "people") in _figures(text)


def _names(text: str) -> set[str]:
    return {p.name for p in _analyse(text).people}


# --- a byline after a dateline's dash is metadata, not a person of the story
def test_byline_after_a_dateline_dash():
    text = ("Dakar, Tuesday 12 March 2024 – By Maria Gonzalez\n\nThe third patrol vessel arrived on Sunday, "
            "Minister Paulo Mendes Rocha said.")
    assert _names(text) == {"Paulo Mendes Rocha"}


def test_by_after_a_dash_inside_a_sentence_is_no_byline():
    # guard: "– by contrast" or an agent after a dash in running text keeps the named person
    text = "The frigate was commissioned on Monday – by Minister Paulo Mendes Rocha, who flew in from the capital."
    assert "Paulo Mendes Rocha" in _names(text)


# --- numbered and written-out naval ranks of the post-Soviet navies are ranks, not parts of a name
@pytest.mark.parametrize("text, name", [
    ("The Commander of the Naval Forces, Captain First Rank Dovlet Orazberdiyew, reported that the crew had "
     "been trained in Izmir.", "Dovlet Orazberdiyew"),
    ("The frigate is commanded by Captain 2nd Rank Ivan Sergeyevich Petrov.", "Ivan Sergeyevich Petrov"),
])
def test_naval_ranks(text, name):
    assert name in _names(text)


# --- a given name ending in "s" that the tagger takes for a nationality still names its person as a subject
def test_given_name_tagged_as_a_nationality():
    text = ("The accord was signed by Defence Minister Yohannes Tekle Haile and his Kenyan counterpart.\n\n"
            "Yohannes called the accord “a turning point” for the region.")
    assert [(q.speaker, q.text) for q in _analyse(text).quotes] == [("Yohannes Tekle Haile", "a turning point")]


def test_a_plural_nationality_is_no_given_name():
    # guard: "Kenyans" as a subject is the people of a state, even beside a person whose given name is Kenyan
    text = ("Defence Minister Kenyan Tekle Haile visited the base.\n\nKenyans said the base was “ready for "
            "anything”.")
    assert all(q.speaker != "Kenyan Tekle Haile" for q in _analyse(text).quotes)


# --- the second official of a signing list: his own title, and no name taken for the first one's title
def test_second_official_of_a_list_keeps_his_own_title():
    text = ("The accord was signed in Quito by Defence Minister Carlos Ruiz Salinas and Chile's Deputy Minister of "
            "Defence, Ana Torres Vidal, who arrived on Sunday.")
    assert _titles(text, "Ana Torres Vidal") == [("Chile's Deputy Minister of Defence", "Chile")]
    assert all(t != "Ana Torres Vidal" for t, _ in _titles(text, "Carlos Ruiz Salinas"))


def test_a_party_after_a_name_stays_its_affiliation():
    # guard: a body's name in apposition is no person's name
    text = "The motion was opposed by Carlos Ruiz Salinas, Christian Democratic Union, and two other deputies."
    titles = _titles(text, "Carlos Ruiz Salinas")
    assert titles == [] or all(a is None or "Carlos" not in a for _, a in titles)
