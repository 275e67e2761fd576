"""Round 23 (own23 meetings, quotes and people): sentences written for these tests in the helper's own words."""

from __future__ import annotations

from spacy.tokens import Span

from armstrack import settings
from armstrack.nlp.gazetteers import load_gazetteers
from armstrack.nlp.people import resolve_people
from armstrack.nlp.pipeline import build_pipeline


def _people_tagging(text: str, name: str) -> set[str]:
    doc = build_pipeline(settings.model_name(None))(text)
    start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
    doc.set_ents([Span(doc, start, start + len(name.split()), "PERSON")], default="unmodified")
    return {p.name for p in resolve_people(doc, "t", load_gazetteers())}


# A named storm ("Cyclone X", "Hurricane Y", "Typhoon Z") is the storm's name, not a person's.

def test_a_named_cyclone_is_no_person():
    text = "Relief flights resumed on Monday, four days after Cyclone Teresa flattened the fishing villages."
    assert "Cyclone Teresa" not in _people_tagging(text, "Cyclone Teresa")


def test_a_named_hurricane_is_no_person():
    text = "Navy helicopters ferried water to the islands that Hurricane Delmar cut off last week."
    assert "Hurricane Delmar" not in _people_tagging(text, "Hurricane Delmar")


def test_a_person_named_after_a_storm_word_stays_a_person():
    text = "Colonel Marta Vellacott said the cyclone had flooded two airfields."
    assert "Marta Vellacott" in _people_tagging(text, "Marta Vellacott")


# "the pro-X channel NAME wrote '...'": the outlet so named speaks, not the country of its modifier.

def test_a_channel_named_after_its_kind_noun_is_the_speaker():
    from tests.readings import quotes
    found = quotes('The pro-Russian channel Voenkor wrote on Monday that "at least six" Dutch tanks had reached '
                   'the front.')
    assert found == [("Voenkor", "at least six")]


def test_a_two_word_newspaper_name_after_its_kind_noun_is_the_speaker():
    from tests.readings import quotes
    found = quotes('The pro-Kremlin newspaper Izvestia Daily wrote that the tanks were "already burning".')
    assert found == [("Izvestia Daily", "already burning")]


def test_an_unnamed_national_newspaper_stays_with_its_country():
    from tests.readings import quotes
    found = quotes('The Russian newspaper said the tanks were "already burning".')
    assert found == [("Russia", "already burning")]


# "visited A's yard at C in May and B's plant at D in June": the second site, with a place of its own, is a second trip.

def _visits(text: str) -> set[tuple[str, ...]]:
    from tests.readings import analysed
    return {(tuple(m.participants), m.place) for m in analysed(text).meetings}


def test_a_second_site_with_its_own_place_after_and_is_a_second_visit():
    found = _visits("General Tomas Berrio visited Airbus's Seville plant in March and Leonardo's factory at Yeovil "
                    "in April.")
    assert (("Tomas Berrio",), "Yeovil") in found


def test_a_second_site_with_a_determiner_is_a_second_visit():
    found = _visits("General Tomas Berrio visited the factory in Seville in March and the base at Toulon in April.")
    assert (("Tomas Berrio",), "Toulon") in found


def test_a_second_verb_after_and_is_no_second_site():
    found = _visits("General Tomas Berrio visited the plant in Seville in March and met workers at Toulon in April.")
    assert (("Tomas Berrio",), "Toulon") not in found
