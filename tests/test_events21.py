"""Licence-built or jointly made types: how a type has long been made ("has been built under licence for
years") or is made ("the jet is co-produced by X and Y") is provenance (a licensed_production transfer), no
industrial_project event; production under way or to come stays one. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _types(text: str) -> list[str]:
    return [e.type for e in analyse_text(text, published=date(2024, 1, 15)).events]


@pytest.mark.parametrize("text", [
    "The older rifle has been built under a Belgian licence in Kenya for decades.",
    "The light fighter, the core of the air force, is co-produced by Egypt's Arab Organization for "
    "Industrialization and China's Hongdu Aviation.",
])
def test_how_a_type_is_made_is_no_industrial_project(text):
    assert "industrial_project" not in _types(text)


@pytest.mark.parametrize("text", [
    "Egypt's Arab Organization for Industrialization and China's Hongdu Aviation are co-producing the trainer "
    "at a plant in Helwan.",
    "The corvettes will be built under licence from Germany's TKMS at a yard in Alexandria.",
    "Two frigates are being built under licence from Fincantieri at the Mazagon yard in Mumbai.",
    "The army already fields the Boxer, which are built under licence from Germany's Rheinmetall at a plant near "
    "Budapest.",
    # editor ruling (round 14): licence production under way is an industrial project; a plant that "now" makes a
    # type under licence tells work under way (this sentence was a negative before the ruling)
    "The sanctions also cover the Russian plant that now makes the same missile under licence.",
])
def test_production_under_way_or_to_come_stays_an_industrial_project(text):
    assert "industrial_project" in _types(text)


@pytest.mark.parametrize("text", [
    "In Brazil, the local firm Avibras builds the rifle under licence from Belgium's FN Herstal.",
])
def test_a_present_of_licensed_production_without_a_site_is_no_industrial_project(text):
    assert "industrial_project" not in _types(text)


def test_a_present_of_licensed_production_at_a_factory_stays_an_industrial_project():
    text = "Hanwha also displayed its rocket launcher, which Egypt produces under licence at a state factory near Cairo."
    assert "industrial_project" in _types(text)


def test_a_present_of_assembly_with_no_site_is_no_assembly_event():
    text = "The transport aircraft, which are assembled in Toulouse, France, will replace the old fleet."
    assert "assembly" not in _types(text)


@pytest.mark.parametrize("text", [
    "The local firm assembles the trucks at its plant in Tashkent.",
    "The Air Force toured the plant at Anapolis, where the local firm assembles the fighters under licence.",
    "The state plant began assembling the armoured vehicles last month.",
])
def test_assembly_at_a_site_or_under_way_stays_an_assembly_event(text):
    assert "assembly" in _types(text)
