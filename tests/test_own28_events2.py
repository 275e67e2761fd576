"""Events, second pass on round 28: assembly under a spelled-out transfer of technology, assembly at a named
site that an offer takes in, and a production line a relative clause's complement sets up (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2024, 5, 10)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_the_first_assembled_under_a_transfer_of_technology_is_assembly_and_an_industrial_project(parsed):
    """ "the first of its kind to be assembled in X under a transfer of technology programme": the ordinal stands
    for the boat the sentence is about, and the spelled-out transfer is a technology transfer agreement."""
    types = _types(parsed, "The second Kalvari-class boat was launched at the Mazagon yard on Monday, the first of "
                           "its kind to be assembled in India under a transfer of technology programme with "
                           "France's Naval Group.")
    assert "industrial_project" in types and "assembly" in types
    assert "industrial_project" in _types(
        parsed, "The frigate, the first to be assembled locally under a technology transfer agreement with Italy, "
                "will be launched in June.")


def test_a_transfer_of_technology_not_under_which_work_is_done_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(
        parsed, "The navy said the hovercraft were assembled by volunteers who learned about the transfer of "
                "technology at school.")
    assert "industrial_project" not in _types(
        parsed, "Twelve of the fighters will be assembled in Chile through a transfer of technology that Dassault "
                "approved.")
    # work going on is no planned assembly ("is assembling ... under a technology transfer agreement")
    assert "industrial_project" not in _types(
        parsed, "Chile, which flies its own Rafale fleet, is assembling 12 of its 30 jets at the ENAER plant under a "
                "technology transfer agreement with Dassault.")


def test_an_offer_that_includes_final_assembly_at_a_plant_is_assembly_and_an_industrial_project(parsed):
    types = _types(parsed, "Tokyo's offer includes final assembly of part of the fleet at the state-owned "
                           "Hiroshima plant.")
    assert "industrial_project" in types and "assembly" in types
    types = _types(parsed, "The bid includes local assembly of most of the vehicles at a plant in Pune.")
    assert "industrial_project" in types and "assembly" in types


def test_a_tour_of_an_assembly_hall_is_no_event(parsed):
    assert _types(parsed, "The plant manager said the tour includes the final assembly hall.") == []


def test_a_line_a_state_agreed_to_set_up_is_an_industrial_project(parsed):
    """ "the line that X agreed in 2019 to set up near Y": the relative clause's complement sets the line up."""
    assert "industrial_project" in _types(
        parsed, "By contrast the drone assembly line that Turkey agreed in 2019 to set up near Doha had produced "
                "only a few aircraft.")


def test_a_plant_a_visitor_agreed_to_tour_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(
        parsed, "The factory that the minister agreed to visit last week makes shoes for the army.")


def test_an_agreement_on_final_assembly_is_an_industrial_project(parsed):
    assert "industrial_project" in _types(
        parsed, "Airbus and the Indian firm signed a memorandum last year on final assembly of the aircraft in the "
                "country.")
    assert "industrial_project" in _types(
        parsed, "The two ministers signed an accord in Rome on local assembly of the trucks.")


def test_a_memorandum_sent_to_a_national_assembly_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(parsed, "The memorandum was sent to the National Assembly for ratification.")
