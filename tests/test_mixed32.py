"""Helper x24ev: event families that recur across the evaluation sets, told in sentences written for these tests
(invented wording, real countries and systems)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2026, 6, 10)


def _events(parsed, text: str):
    return extract_events(*parsed(text, published=PUBLISHED))


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in _events(parsed, text)]


# --- trainees of one state trained or schooled in another -------------------------------------------------------

def test_trainees_after_and_read_as_a_noun_still_trained(parsed):
    """"..., and Estonian gunners trained on the K9 in Korea": the parser hangs "trained" on the conjoined noun
    as a participle; the noun is who trained, not the first clause's subject."""
    events = _events(parsed, "Korean K9 howitzers have been in service with the Estonian army since 2019, and "
                             "Estonian gunners trained on the K9 in Korea last year.")
    assert [e.type for e in events] == ["training"]
    assert {"Estonia", "South Korea"} <= set(events[0].actors)
    assert "training" in _types(parsed, "French Caesar guns have been in service with the Czech army since 2022, "
                                         "and Czech crews trained on the Caesar in France last year.")


def test_people_trained_as_a_participle_of_a_noun_are_no_training(parsed):
    assert "training" not in _types(parsed, "The ministry thanked the instructors and the crews trained in France "
                                            "for their work.")


def test_trainees_who_graduated_in_another_state(parsed):
    events = _events(parsed, "Since 2017, more than 90 Moldovan cadets have graduated in Romania.")
    assert [e.type for e in events] == ["training"]
    assert {"Moldova", "Romania"} <= set(events[0].actors)
    assert "training" in _types(parsed, "About 60 Ghanaian officers graduated in Turkey last year.")


def test_graduating_at_home_or_as_civilians_is_no_training(parsed):
    assert "training" not in _types(parsed, "Since 2017, more than 90 Moldovan students have graduated in Romania.")
    assert "training" not in _types(parsed, "Since 2017, more than 90 Moldovan cadets have graduated in Moldova.")


# --- strikes flown against a foe ---------------------------------------------------------------------------------

def test_strike_or_combat_missions_flown_against_a_foe_are_a_clash(parsed):
    events = _events(parsed, "Weeks later, Kuwaiti Mirages flew strike missions against Iraqi forces during the "
                             "1991 war.")
    assert [e.type for e in events] == ["clash"]
    assert "Kuwait" in events[0].actors
    assert "clash" in _types(parsed, "The Super Tucanos, which flew combat missions against rebels in Mindanao, "
                                     "will be retired.")


def test_air_strikes_inside_a_state_are_a_clash(parsed):
    events = _events(parsed, "The trigger was a wave of Turkish air strikes inside Iraq, which Ankara said targeted "
                             "PKK camps.")
    assert [e.type for e in events] == ["clash"]
    assert {"Turkey", "Iraq"} <= set(events[0].actors)


def test_missions_of_no_fight_or_still_to_come_are_no_clash(parsed):
    assert "clash" not in _types(parsed, "The pilots flew training missions over the desert.")
    assert "clash" not in _types(parsed, "The Czech Gripens will fly strike missions against the militants if "
                                         "asked.")
    assert "clash" not in _types(parsed, "The Polish mission against the pirates in the Gulf of Aden ended in "
                                         "March.")


# --- licensed production told with "assemble" --------------------------------------------------------------------

def test_assembled_under_licence_is_licensed_production(parsed):
    assert "industrial_project" in _types(
        parsed, "Under the deal, the first 30 vehicles are being built in Finland, while the remaining hulls will "
                "be assembled under licence at a plant in Poprad.")
    assert "industrial_project" in _types(
        parsed, "Of those, 100 are being made in Changwon, while 80 of an upgraded model are to be assembled by a "
                "Polish works in Bydgoszcz from 2028 under a licence agreement.")


def test_assembling_with_no_licence_is_no_licensed_production(parsed):
    assert "industrial_project" not in _types(parsed, "The remaining hulls will be assembled at a plant in Poprad "
                                                      "next year.")
    assert "industrial_project" not in _types(parsed, "Most of the delegates were assembled in the hall under "
                                                      "guard.")


def test_assembly_under_licence_told_as_assembly_stays_one_event(parsed):
    """"the first drones assembled at its plant under a licence from X": the local assembly told is the
    programme; no second, licensed-production event beside it."""
    assert _types(parsed, "The firm on Friday presented the first two Bayraktar drones assembled at its plant in "
                          "Almaty under a licence from Baykar.") == ["assembly"]
    assert "industrial_project" not in _types(
        parsed, "The firm completed the first Gripen E fully assembled at its plant in Linkoping. The jet, the first "
                "of 20 the company will assemble under licence from Saab, flew on Friday.")


# --- an embargo in force named again -----------------------------------------------------------------------------

def _embargoes(parsed, text: str):
    return [e for e in _events(parsed, text) if e.type == "embargo"]


def test_an_embargo_breached_or_violated_is_the_embargo_told(parsed):
    """"in breach of the UK's arms embargo", "violating the embargo": the embargo the story tells, named again,
    not a second one dated by the sentence."""
    found = _embargoes(parsed, "Britain has banned arms exports to Sudan since 1994. A Leeds broker pleaded guilty "
                               "in May to exporting drone parts in breach of the UK's arms embargo on Sudan.")
    assert [e.date for e in found] == ["1994"]
    found = _embargoes(parsed, "The UN arms embargo on Libya was imposed by the Security Council in February 2011. "
                               "On 20 May 2025 the Council renewed the authorisation to inspect ships suspected of "
                               "violating the embargo off Libya.")
    assert [e.date for e in found] == ["2011-02"]


def test_an_embargo_named_as_in_force_gives_way_to_the_mention_that_dates_it(parsed):
    found = _embargoes(parsed, "A Greek trader was sentenced yesterday for shipping rifles to a militia in Benghazi "
                               "while Libya was under a UN arms embargo. The court found he had breached the embargo "
                               "first imposed by the Security Council in February 2011.")
    assert [e.date for e in found] == ["2011-02"]
    assert "February 2011" in found[0].evidence.sentence


def test_another_states_embargo_violated_stays_its_own(parsed):
    found = _embargoes(parsed, "The EU imposed an arms embargo on Russia in 2014. A Chinese firm was fined for "
                               "violating the US embargo on Iran.")
    assert len(found) == 2
