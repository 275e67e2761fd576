"""Meeting and event structures of protocol-style visit reports, on sentences written for these tests: "the
sides"/"the parties" signing after talks, a visiting delegation referred to by its nationality, a "where it
was received" clause, a hosting verb the parser reads as a participle, attendees of talks told before, and
the titles of officers named after a comma and a rank."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text

PUBLISHED = datetime.date(2024, 6, 12)  # a Wednesday


def _analyse(text: str):
    return analyse_text(text, published=PUBLISHED)


def _pairs(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(m.kind, frozenset(m.participants)) for m in _analyse(text).meetings]


RECEIVED = ("Defence Minister Karl Brenner today received in his office a delegation of the Ruritanian army "
            "led by Major General Omar Haddad. ")


@pytest.mark.parametrize("after", [
    "After the talks, the sides signed a protocol on military aid.",
    "At the end of the talks, the parties signed a technical arrangement on the patrol boats.",
    "At the end of the talks, the two parties signed a technical arrangement on the patrol boats.",
])
def test_the_sides_of_a_meeting_sign_after_it(after):
    assert ("signing", frozenset({"Karl Brenner", "Omar Haddad"})) in _pairs(RECEIVED + after)


def test_parties_named_by_no_meeting_sign_nothing():
    found = _pairs("Two weeks of fighting ended on Monday. The parties signed a ceasefire in a border town.")
    assert not any(kind == "signing" for kind, _ in found)


VISIT = ("Today the Defence Minister of Armenia received the Deputy Minister of Defence of Georgia, Omar "
         "Haddad, who is in Yerevan on a working visit. ")


def test_talks_with_the_visitors_delegation_named_by_its_country():
    text = VISIT + ("The same day, negotiations were held at the General Staff between Armenia's head of "
                    "military planning, Major General Karl Brenner, and the Georgian delegation.")
    assert frozenset({"Karl Brenner", "Omar Haddad"}) in {people for _, people in _pairs(text)}


def test_where_it_was_received_names_no_visitor_for_a_ship():
    text = "The frigate reached the port of Kessel on Monday, where it was received by Rear Admiral Peter Lindqvist."
    assert not any(len(people) > 1 for _, people in _pairs(text))


def test_where_it_was_received_by_stands_for_the_visiting_delegation():
    text = VISIT + ("On Thursday the Georgian delegation toured the naval base at Kessel, where it was received "
                    "by the commander of the navy, Rear Admiral Peter Lindqvist.")
    assert frozenset({"Omar Haddad", "Peter Lindqvist"}) in {people for _, people in _pairs(text)}


def test_a_host_verb_read_as_a_participle_still_has_its_guest():
    text = ("Lindberg, 11 June (NNA) - The Minister of Defence and Veterans Affairs, Mr Karl Brenner, received on "
            "Monday at his department in Lindberg the Ruritanian Secretary of State for Defence, Mr Omar Haddad, "
            "who is on a two-day working visit to our country.")
    assert frozenset({"Karl Brenner", "Omar Haddad"}) in {people for _, people in _pairs(text)}


@pytest.mark.parametrize("attended", [
    "The meeting, which took place in the presence of the chief of staff, General Peter Lindqvist, covered "
    "maritime security.",
    "The two ministers held talks which were also attended by the chief of staff, General Peter Lindqvist.",
])
def test_an_attendee_joins_the_talks_told_before(attended):
    text = ("Defence Minister Karl Brenner held talks in Lindberg on Monday with his Ruritanian counterpart, "
            "Omar Haddad. " + attended)
    found = [people for _, people in _pairs(text)]
    assert any({"Karl Brenner", "Omar Haddad", "Peter Lindqvist"} <= people for people in found)


def _titles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(t.title, t.affiliation) for t in p.titles] for p in _analyse(text).people}


def test_a_post_before_a_rank_after_a_comma_is_a_title():
    titles = _titles("The talks were attended by Ruritania's Chief of the General Staff, Admiral Omar Haddad.")
    assert ("Ruritania's Chief of the General Staff", "Ruritania") in titles["Omar Haddad"]


def test_a_title_opens_at_its_article_not_at_the_place_before_it():
    titles = _titles("The minister, Karl Brenner, received on Monday at his office in Lindberg the Spanish "
                     "Secretary of State for Defence, Omar Haddad, who is on a visit.")
    assert ("Spanish Secretary of State for Defence", "Spain") in titles["Omar Haddad"]


def test_a_force_named_after_its_country_with_its_acronym_gives_the_country():
    titles = _titles("The talks were also attended by Malawi Defence Force (MDF) Commander General Peter Banda.")
    assert any(aff == "Malawi" for _, aff in titles["Peter Banda"])


def test_an_officer_with_a_post_in_a_staff_body_still_speaks_for_his_state():
    found = _analyse("Lieutenant General Wei Lun, Deputy Chief of the Joint Staff Department, stated that the "
                     "Chinese side \"firmly supports the efforts of Nepal to protect its sovereignty\".").events
    assert any(e.type.value == "statement_of_support" for e in found)


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type.value, e.actors) for e in _analyse(text).events]


@pytest.mark.parametrize("text", [
    "On Sunday a Royal Navy Astute-class submarine stopped off Piraeus for supplies and a crew change.",
    "The mayor of Piraeus, where the Dutch frigate HNLMS Tromp stopped on Monday, welcomed the crew.",
    "A Spanish frigate stopped at Durban for two days on its way to the Gulf of Guinea.",
])
def test_a_warship_stopping_at_a_place_is_port_access(text):
    assert any(kind == "port_access" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "The aid convoy stopped in Kherson for the night.",
    "The destroyer stopped firing after an hour, the navy said.",
])
def test_other_stops_are_no_port_access(text):
    assert not any(kind == "port_access" for kind, _ in _events(text))


def test_restrictive_measures_imposed_by_a_state_are_a_sanction():
    found = _events("On Thursday the Government of Montenegro imposed restrictive measures on 14 individuals and "
                    "entities for supplying drones to Russia.")
    assert any(kind == "sanction" and "Montenegro" in actors for kind, actors in found)


def test_restrictive_measures_on_water_are_no_sanction():
    found = _events("Restrictive measures on water use were imposed in the capital during the drought.")
    assert not any(kind == "sanction" for kind, _ in found)


@pytest.mark.parametrize("text", [
    'Minister Dervo Kastrati said: "Albania stands fully behind the reform of the Kosovo Security Force."',
    '"Every drone has a supply chain behind it," Minister Nikola Radovan said of the measures.\n\n'
    '"Montenegro\'s support for Ukraine is unwavering, and we will keep working with our partners."',
])
def test_standing_behind_and_unwavering_support_are_statements_of_support(text):
    assert any(kind == "statement_of_support" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "The soldiers stood behind the barricade as the convoy passed.",
    "Support for the plan was weak, Minister Nikola Radovan of Montenegro said.",
])
def test_standing_behind_a_wall_or_weak_support_is_no_statement_of_support(text):
    assert not any(kind == "statement_of_support" for kind, _ in _events(text))


TRIP = "Eirik Halvorsen, Norway's state secretary for defence, arrived in Reykjavik on Monday for a two-day visit. "


def test_a_visitor_briefed_at_a_site_met_the_one_who_briefed_him():
    text = TRIP + ("The Norwegian official toured the coast guard station on Tuesday, where he was briefed by the head "
                   "of its air wing, Colonel Anna Berg.")
    found = _pairs(text)
    assert ("meeting", frozenset({"Eirik Halvorsen", "Anna Berg"})) in found
    # the station is a stop on the trip told before, not a trip of its own
    assert sum(1 for _, people in found if people == frozenset({"Eirik Halvorsen"})) == 1


def test_a_stop_in_another_city_is_still_a_visit_of_its_own():
    text = TRIP + "He also visited a shipyard in Hamburg on Tuesday."
    found = [m for m in _analyse(text).meetings if m.participants == ["Eirik Halvorsen"]]
    assert len(found) == 2


def test_briefing_reporters_is_no_meeting():
    assert _pairs("Defence Minister Karl Brenner briefed reporters on the deal on Monday.") == []


def test_a_title_after_talks_in_a_city_takes_the_holders_country():
    titles = _titles("The minister spoke after talks in Reykjavik with Norway's state secretary for defence, "
                     "Eirik Halvorsen.")
    assert any(aff == "Norway" for _, aff in titles["Eirik Halvorsen"])


HOSTED = ("The Minister of Defence, Arben Lekaj-Dushku, today hosted the Minister of Defence of the Republic of "
          "Montenegro, Dritan Marku, for a working visit to Kosovo. ")


def test_a_hyphenated_name_after_a_title_and_comma_is_a_person():
    assert "Arben Lekaj-Dushku" in {p.name for p in _analyse(HOSTED).people}


def test_a_working_visit_a_host_gives_is_the_guests():
    found = _pairs(HOSTED)
    assert ("visit", frozenset({"Dritan Marku"})) in found
    assert ("visit", frozenset({"Arben Lekaj-Dushku"})) not in found
    assert frozenset({"Arben Lekaj-Dushku", "Dritan Marku"}) in {people for _, people in found}


def test_an_attendee_set_off_by_commas_is_no_signer():
    text = HOSTED + ("After a meeting at the ministry, which was also attended by the Commander of the Kosovo "
                     "Security Force, Lieutenant General Besim Rexha, the two ministers signed a memorandum of "
                     "understanding on cooperation.")
    found = _pairs(text)
    assert ("signing", frozenset({"Arben Lekaj-Dushku", "Dritan Marku"})) in found
    assert any(kind != "signing" and "Besim Rexha" in people and "Dritan Marku" in people for kind, people in found)


def test_greeting_arrivals_together_with_a_foreign_envoy_is_an_occasion_of_both():
    found = _pairs("Defence Minister Karl Brenner, who greeted the pilots together with the French ambassador, "
                   "Anne Morel, said the air force was entering a new era.")
    assert frozenset({"Karl Brenner", "Anne Morel"}) in {people for _, people in found}


def test_greeting_arrivals_with_a_colleague_of_the_same_state_is_no_meeting():
    found = _pairs("French Defence Minister Karl Brenner greeted the pilots together with French Air Force chief "
                   "General Anne Morel.")
    assert not any(len(people) > 1 for _, people in found)


def test_travelling_with_a_delegation_is_a_trip():
    found = _pairs("Defence Minister Karl Brenner, who travelled with the Prime Minister's delegation, told this "
                   "paper that the treaty mattered.")
    assert ("visit", frozenset({"Karl Brenner"})) in found


def test_travelling_with_a_colleague_names_no_trip_without_a_destination():
    found = _pairs("Defence Minister Karl Brenner often travels with his spokesman, officials said.")
    assert not found


def test_a_ceremony_introduced_anew_is_not_the_one_told_before():
    text = ("Defence Minister Anna Berg spoke at the ceremony.\n\n"
            "Last month China donated 50 military trucks to the army at a ceremony attended by Chinese ambassador "
            "Liu Changming.")
    assert not any({"Anna Berg", "Liu Changming"} <= people for _, people in _pairs(text))


def test_two_mentions_of_one_ceremony_still_make_one_occasion():
    text = ("Defence Minister Anna Berg spoke at the ceremony at the air base.\n\n"
            "The ceremony was also attended by Chinese ambassador Liu Changming.")
    assert any({"Anna Berg", "Liu Changming"} <= people for _, people in _pairs(text))
