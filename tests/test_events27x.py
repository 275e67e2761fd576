"""Events the extractor missed or over-read, told in general ways: sentences written for these tests
(invented wording, real countries and firms), each with the event types it must (or must not) give."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_a_service_centre_whose_kinds_of_work_are_listed(parsed):
    """"a maintenance, repair and overhaul centre": the kinds of work coordinated before the noun each modify it."""
    assert _types(parsed, "Hanwha has committed to setting up a maintenance, repair and overhaul centre in "
                          "Australia.") == ["industrial_project"]
    assert _types(parsed, "Embraer and Boeing agreed to open a maintenance and training centre in "
                          "Lisbon.") == ["industrial_project"]


def test_a_centre_of_other_work_is_no_industrial_project(parsed):
    assert _types(parsed, "The company plans to set up a call centre in Manila.") == []
    assert _types(parsed, "The bank will open a research and visitor centre in Oslo.") == []
