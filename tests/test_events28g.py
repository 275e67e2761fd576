"""Editor rulings of round 14 on four kinds of events, told in sentences written for these tests (invented
wording, real countries and firms): wars named in passing, war-long tolls, licence builds under way and
planned training."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)


def _events(parsed, text: str):
    return extract_events(*parsed(text, published=PUBLISHED))


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in _events(parsed, text)]


def test_a_plant_that_now_makes_a_type_under_licence_is_production_under_way(parsed):
    """"the plant ... that now produces the rifle under licence": a relative clause on a plant, with "now",
    tells production under way, an industrial project."""
    assert "industrial_project" in _types(
        parsed, "The sanctions list names the factory near Izhevsk that now produces the Iranian rifle under "
                "licence for the Russian army.")
    assert "industrial_project" in _types(
        parsed, "Hanwha said its partner in Cairo currently builds the K9 howitzer under licence.")


def test_a_licence_build_long_finished_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(
        parsed, "The frigates were built under licence at the Lumut yard in the 1990s.")
    assert "industrial_project" not in _types(
        parsed, "The factory near Izhevsk once produced the rifle under licence.")
