"""Helper r23ev: event families read from own23's errors, told in sentences written for these tests (invented
wording, real countries and firms)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2026, 6, 10)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_a_quantifier_subject_stands_for_the_weapons(parsed):
    """"most were assembled at the aircraft plant": "most" stands for weapons the sentence names, as a number does."""
    assert "assembly" in _types(
        parsed, "Only a handful were flown in from Texas; most were assembled at the aircraft plant near Ankara "
                "under licence from Lockheed.")


def test_under_a_licence_agreement_is_under_licence(parsed):
    assert "industrial_project" in _types(
        parsed, "The remaining armoured vehicles will be built by a Romanian yard under a licence agreement.")


def test_assembling_people_or_goods_is_no_assembly(parsed):
    assert "assembly" not in _types(parsed, "Most of the ministers were assembled in the hall before the vote.")
    assert "assembly" not in _types(parsed, "Several thousand protesters assembled outside the embassy on Friday.")
    assert "assembly" not in _types(parsed, "The Hungarian factory assembles tractors for export.")


def test_unlicensed_assembly_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(
        parsed, "Of the jets, 12 come from Sweden, while 8 of them, the Gripen E, are to be assembled in Brazil "
                "from 2027.")
