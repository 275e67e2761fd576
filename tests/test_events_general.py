"""Events told in general ways the extractor missed or over-read: sentences written for these tests
(invented people and firms, real countries and systems), each with the event types it must (or must not) give."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)  # a Wednesday


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_licence_hung_on_the_plant_or_the_design(parsed):
    """ "building jets at its plant under licence", "frigates based on a design under a licence": the parser
    hangs "under" on the noun before it, not on the verb of building."""
    assert _types(parsed, "Tata Advanced Systems is now building 20 C-295 transport aircraft at its Vadodara "
                          "plant under licence from Spain.") == ["industrial_project"]
    assert _types(parsed, "In Gdynia, the naval yard PGZ Stocznia is building three frigates based on the "
                          "British Type 31 design under a licence from Babcock.") == ["industrial_project"]
