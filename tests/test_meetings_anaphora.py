"""Meetings told through references back to people or parties named earlier: "the two sides" and "the two
ministers" of a meeting told before, "the visiting admiral" and "the guest" for the traveller of a trip told
before, "the audience was attended by A and B" after a visitor was received by an unnamed host; and the guards
that keep a reference with no clear antecedent from giving a record. Every sentence is invented for this test
(invented people, real countries)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text

PUBLISHED = date(2024, 5, 15)


def _meetings(text: str) -> list[tuple[frozenset[str], str]]:
    """(last names of the participants, kind) of each meeting record."""
    return [(frozenset(n.split()[-1] for n in m.participants), m.kind)
            for m in analyse_text(text, published=PUBLISHED).meetings]


def _pairs(text: str) -> set[frozenset[str]]:
    return {names for names, _ in _meetings(text) if len(names) > 1}


# --- "the two sides", "the two ministers": the sides of the meeting told before -----------------------------

def test_two_sides_sign_after_a_reception():
    text = ("Estonian Defence Minister Marek Tammsaar hosted his Finnish counterpart Ilkka Rautavaara in Tallinn "
            "on Monday. After the talks, the two sides signed a memorandum on air surveillance.")
    assert (frozenset({"Tammsaar", "Rautavaara"}), "signing") in _meetings(text)


def test_two_ministers_witness_a_signing_told_paragraphs_later():
    text = ("Ghana's defence minister Kwame Asante Boateng received Togolese Minister of the Armies Edem Kossi "
            "Agbodjan in Accra on Monday. The two countries share a long coastline. "
            "\"We face the same threats at sea,\" said navy spokesman Yaw Mensah Darko. "
            "Officials said patrol boats and radar stations were on the agenda. "
            "A ministry aide, Abena Serwaa Owusu, told reporters that pilots would also train together. "
            "After the talks, the two ministers witnessed the signing of a protocol on joint sea patrols.")
    assert (frozenset({"Boateng", "Agbodjan"}), "signing") in _meetings(text)


def test_two_sides_with_no_meeting_before_give_nothing():
    text = ("Lithuania and Poland have long cooperated on air defence. "
            "The two sides signed a memorandum on radar data exchange, the ministry said.")
    assert not any(kind == "signing" for _, kind in _meetings(text))


def test_two_sides_welcoming_a_signing_by_others_give_no_signing():
    text = ("Chilean Defence Minister Rodrigo Fuentealba received Spanish State Secretary for Defence Alicia "
            "Moreno Quiroga in Santiago on Monday. At the meeting, the two sides welcomed the signing of a "
            "contract for patrol boats by a shipyard earlier that week.")
    assert not any(kind == "signing" for _, kind in _meetings(text))


def test_two_pairs_met_in_one_sentence_leave_the_two_sides_unresolved():
    text = ("On Monday, Latvian minister Janis Ozolkalns met Danish minister Rasmus Holmgaard Lund, and "
            "Estonian minister Kaido Rebane Saar met Swedish minister Olof Bergkvist Nyman. "
            "The two sides signed a memorandum on mine clearance.")
    assert not any(kind == "signing" for _, kind in _meetings(text))


# --- "the visiting admiral", "the guest": the traveller of the trip told before ----------------------------

def test_visiting_admiral_is_the_traveller_not_the_last_named():
    text = ("Admiral Henrik Dahlgaard, chief of the Danish navy, arrived in Oslo on Monday on a three-day "
            "official visit. Danish ambassador Mette Kirkegaard Holm said the navies shared a long history. "
            "On Tuesday the visiting admiral was received by Norwegian Defence Minister Ingrid Solbakken Haugen.")
    pairs = _pairs(text)
    assert frozenset({"Dahlgaard", "Haugen"}) in pairs
    assert frozenset({"Holm", "Haugen"}) not in pairs


def test_the_guest_met_a_named_host():
    text = ("Brazilian Army Commander General Marcos Tavares Lima arrived in Lisbon on Monday for an official "
            "visit. The Portuguese chief of staff, General Nuno Pereira Alves, said the armies had trained "
            "together for years. On Tuesday the guest met Portuguese Defence Minister Helena Cardoso Ribeiro.")
    assert frozenset({"Lima", "Ribeiro"}) in _pairs(text)


def test_visiting_general_with_no_trip_told_is_no_one():
    text = ("Norwegian Defence Minister Ingrid Solbakken Haugen spoke about the budget on Monday. "
            "\"We will spend more on the navy,\" said Colonel Arne Vik Strand. "
            "Later the visiting general was received by the minister.")
    assert not _pairs(text)


# --- "The audience was attended by A and by B": the visitor met each attendee ------------------------------

def test_attendees_of_an_audience_with_an_unnamed_host_each_met_the_visitor():
    text = ("General Pedro Alvarez Moreno, commander of the Chilean air force, arrived in Lima on Monday on an "
            "official visit. The Peruvian defence minister received him at the ministry. The meeting was "
            "attended by Lieutenant General Ivan Castro Ruiz and Ambassador Luisa Fernanda Quintero.")
    pairs = _pairs(text)
    assert frozenset({"Moreno", "Ruiz"}) in pairs
    assert frozenset({"Moreno", "Quintero"}) in pairs
    assert frozenset({"Ruiz", "Quintero"}) not in pairs  # attendees of one side did not meet each other


@pytest.mark.parametrize("text", [
    # no trip told before: the attendees of "the meeting" met no known visitor
    ("The Peruvian defence minister held a meeting at the ministry on Monday. The meeting was attended by "
     "Lieutenant General Ivan Castro Ruiz and Ambassador Luisa Fernanda Quintero."),
])
def test_attendees_with_no_visitor_told_give_no_visitor_record(text):
    assert not any("Moreno" in names for names in _pairs(text))


def test_attendees_listed_with_a_repeated_by_each_met_the_visitor():
    text = ("General Pedro Alvarez Moreno, commander of the Chilean air force, arrived in Lima on Monday on an "
            "official visit. The Peruvian defence minister received him at the ministry. The meeting was "
            "attended by Lieutenant General Ivan Castro Ruiz, Chief of the Peruvian Air Staff, and by Luisa "
            "Fernanda Quintero, Ambassador of Chile posted to Peru, and several officers.")
    pairs = _pairs(text)
    assert frozenset({"Moreno", "Ruiz"}) in pairs
    assert frozenset({"Moreno", "Quintero"}) in pairs


def test_attendees_of_another_named_meeting_do_not_meet_the_visitor():
    text = ("General Pedro Alvarez Moreno, commander of the Chilean air force, arrived in Lima on Monday on an "
            "official visit. The cabinet meeting was attended by Lieutenant General "
            "Ivan Castro Ruiz and Ambassador Luisa Fernanda Quintero.")
    assert not any("Moreno" in names for names in _pairs(text))


@pytest.mark.parametrize("reception", [
    "Norwegian Defence Minister Ingrid Solbakken Haugen received Danish navy chief Admiral Henrik Dahlgaard in Oslo on Monday.",
    "Admiral Henrik Dahlgaard was received by Norwegian Defence Minister Ingrid Solbakken Haugen in Oslo on Monday.",
])
def test_the_guest_of_a_reception_met_a_later_host(reception):
    text = (reception + " Danish ambassador Mette Kirkegaard Holm said ties were strong. "
            "On Tuesday the guest met the Norwegian chief of defence, General Tor Engebretsen Lie.")
    pairs = _pairs(text)
    assert frozenset({"Dahlgaard", "Lie"}) in pairs
    assert frozenset({"Holm", "Lie"}) not in pairs



# --- "the two admirals", "the two secretaries": any rank or office the two sides hold -----------------------

@pytest.mark.parametrize("text, pair", [
    ("Chilean Navy commander Admiral Rodrigo Valdés received Peruvian Navy chief Admiral Tomás Quispe in "
     "Valparaíso on Monday. The two admirals signed a memorandum on search and rescue.", {"Valdés", "Quispe"}),
    ("Defence Secretary Tom Hale met Philippine Defence Secretary Ramon Cruz in Manila on Tuesday. The two "
     "secretaries signed an agreement on maritime patrols.", {"Hale", "Cruz"}),
])
def test_two_holders_of_one_rank_are_the_sides_of_the_meeting_before(text, pair):
    assert (frozenset(pair), "signing") in _meetings(text)


def test_two_secretaries_with_no_meeting_before_are_no_one():
    text = ("Defence Secretary Tom Hale spoke to reporters in Manila on Tuesday. The two secretaries signed an "
            "agreement on maritime patrols, officials said later.")
    assert not any(kind == "signing" for _, kind in _meetings(text))
