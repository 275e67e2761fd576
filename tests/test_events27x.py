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


def test_ships_ramming_or_confronting_another_states_vessels_is_a_clash(parsed):
    assert _types(parsed, "Chinese coast guard vessels rammed a Vietnamese supply boat on Tuesday.") == ["clash"]
    assert _types(parsed, "Chinese coast guard ships have repeatedly confronted Malaysian vessels near the "
                          "reef.") == ["clash"]


def test_an_object_shared_by_two_verbs_that_the_parser_coordinates_with_the_first(parsed):
    """"have rammed and water-cannoned X boats": the boats are what both verbs act on."""
    assert _types(parsed, "Chinese coast guard ships have rammed and water-cannoned Vietnamese fishing boats "
                          "near the Paracels.") == ["clash"]


def test_ramming_or_confronting_no_vessel_is_no_clash(parsed):
    assert _types(parsed, "The tanker rammed the pier while docking.") == []
    assert _types(parsed, "The navy confronted a budget shortfall last year.") == []
    assert _types(parsed, "The minister confronted critics in parliament on Tuesday.") == []
