"""Events and meetings on sentences written for these tests (the second pass over own29's errors): troops an ambush killed
are a clash; a ship named with nested compounds that was launched at a yard is no attack; warships that docked for
a joint exercise tell the exercise; "held the X exercise off Y" read by the parser as a verb is still the exercise;
"the official visit to C of the X minister" is that minister's trip; a received foreign delegation's leader made a
trip of his own."""

from __future__ import annotations

from readings import analysed, meetings


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- troops an attack killed: the attack is a clash ---------------------------------------------------------------

def test_ambush_that_killed_soldiers_is_a_clash():
    types = _types("The Cauca is a rugged region of the country, where an ambush on 4 May killed five soldiers.")
    assert "clash" in types and "killings" not in types


def test_raid_that_killed_troops_is_a_clash():
    types = _types("A raid near the border killed eleven troops on Friday, the army said.")
    assert "clash" in types and "killings" not in types


def test_guard_ambush_that_killed_villagers_stays_a_killing():
    types = _types("An ambush on 4 May killed five villagers near the river.")
    assert "killings" in types and "clash" not in types


def test_guard_soldiers_who_killed_villagers_are_no_clash():
    assert "clash" not in _types("Soldiers killed five villagers near the river on 4 May, witnesses said.")


# --- a named ship launched at a yard --------------------------------------------------------------------------------

def test_guard_named_frigate_launched_at_a_yard_is_no_attack():
    assert "clash" not in _types(
        "The new frigate HMAS Warramunga, built for the Royal Australian Navy by Tenix, was launched at the "
        "Williamstown yard on 23 May 1998 in a ceremony attended by the navy chief.")


def test_nested_compounds_of_a_ship_name_are_read():
    # the parse the tagger gives "the frigate HTMS X Y was launched": "frigate" on "HTMS", "HTMS" on the head "Y"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from armstrack.extract.events import _name_compounds
    words = ["The", "frigate", "HTMS", "Chakri", "Naruebet", "was", "launched"]
    doc = Doc(Vocab(), words=words, heads=[4, 2, 4, 4, 6, 6, 6],
              deps=["det", "compound", "compound", "compound", "nsubjpass", "auxpass", "ROOT"],
              pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN", "AUX", "VERB"])
    assert "frigate" in {t.text for t in _name_compounds(doc[4])}
    assert "The" not in {t.text for t in _name_compounds(doc[4])}


def test_rockets_launched_at_a_town_stay_an_attack():
    assert "clash" in _types("Rebels launched rockets at the town of Goma on Sunday, killing two soldiers.")


# --- exercises -------------------------------------------------------------------------------------------------------

def test_warships_docked_for_a_joint_exercise_hold_the_exercise():
    types = _types("Separately, three French Navy frigates docked at Port Rashid on Monday for a joint exercise "
                   "with the Emirati naval forces, the ministry said.")
    assert "training" in types and "port_access" in types


def test_guard_a_base_for_joint_exercises_holds_none():
    assert "training" not in _types("Kenya offered Britain a base for joint exercises in the north.")


def test_named_exercise_held_off_a_port_read_as_a_verb():
    assert "training" in _types("The two navies held the Chebec exercise off Tangier in November.")


def test_guard_exercising_restraint_is_no_exercise():
    assert "training" not in _types("The two governments held that both sides exercise restraint on the border.")


# --- the official visit to C of the X minister ------------------------------------------------------------------------

def test_visit_to_a_country_of_the_minister_is_his_trip():
    found = meetings("Defence Minister General Tomas Rivas and Brazilian Defence Minister Paulo Mendes held talks in "
                     "Lima on May 9, during the official visit to Peru of the Brazilian minister.")
    assert ("visit", ("Paulo Mendes",)) in found
    assert any(set(people) == {"Paulo Mendes", "Tomas Rivas"} for _, people in found)


def test_guard_talks_alone_give_no_trip():
    found = meetings("Defence Minister General Tomas Rivas and Brazilian Defence Minister Paulo Mendes held talks in "
                     "Lima on May 9.")
    assert not any(len(people) == 1 for _, people in found)


# --- a received foreign delegation led by B: B's trip ------------------------------------------------------------------

def test_received_delegation_of_another_state_gives_its_leader_a_visit():
    found = meetings("SANTIAGO – Deputy Minister of Defence General Rodrigo Pardo received a delegation of the "
                     "Spanish Ministry of Defence led by Director General of Armament Admiral Lucia Ferrer in "
                     "Santiago on 4th May 2019.")
    assert ("visit", ("Lucia Ferrer",)) in found


def test_received_delegation_named_by_its_state_adjective():
    found = meetings("Chile's defence minister Rodrigo Pardo received a Spanish delegation led by Lucia Ferrer on "
                     "Monday.")
    assert ("visit", ("Lucia Ferrer",)) in found


def test_guard_a_firms_delegation_gives_no_trip():
    found = meetings("Chile's defence minister Rodrigo Pardo received an Airbus delegation led by its sales "
                     "director Lucia Ferrer on Monday.")
    assert ("visit", ("Lucia Ferrer",)) not in found
    assert any(set(people) == {"Rodrigo Pardo", "Lucia Ferrer"} for _, people in found)


def test_guard_a_home_delegation_gives_no_trip():
    found = meetings("Chile's defence minister Rodrigo Pardo received a delegation of the Chilean Navy led by "
                     "Admiral Lucia Ferrer on Monday.")
    assert ("visit", ("Lucia Ferrer",)) not in found


# --- a ceremony attended by an ambassador and the host's minister ----------------------------------------------------

_CEREMONY = ("On 3rd May, the handover ceremony of a batch of military aid provided by the Chinese government to the "
             "Angolan army was held at the Cabo Ledo base near Luanda. ")


def test_ambassador_and_host_minister_attending_the_ceremony_told_before():
    found = meetings(_CEREMONY + "H.E. Ambassador Zhang Wei and the Minister of National Defence of Angola, H.E. "
                                 "Carlos Mendes, attended and delivered speeches.")
    assert any(set(people) == {"Zhang Wei", "Carlos Mendes"} for _, people in found)


def test_guard_two_officials_of_one_state_attending_are_no_meeting():
    found = meetings(_CEREMONY + "The Minister of National Defence of Angola, Carlos Mendes, and the Chief of Staff "
                                 "of Angola, General Pedro Neto, attended and delivered speeches.")
    assert not any(set(people) == {"Carlos Mendes", "Pedro Neto"} for _, people in found)


def test_guard_an_ambassador_attending_with_no_occasion_told():
    found = meetings("H.E. Ambassador Zhang Wei and the Minister of National Defence of Angola, H.E. Carlos Mendes, "
                     "attended and delivered speeches.")
    assert not any(set(people) == {"Zhang Wei", "Carlos Mendes"} for _, people in found)


def test_received_foreign_guest_with_her_delegation_made_a_trip():
    found = meetings("Chile's defence minister Rodrigo Pardo received Spanish armament chief Lucia Ferrer and her "
                     "accompanying delegation in Santiago on Monday.")
    assert ("visit", ("Lucia Ferrer",)) in found


def test_guard_received_home_official_with_her_delegation_made_no_trip():
    found = meetings("Chile's defence minister Rodrigo Pardo received Chilean army chief Lucia Ferrer and her "
                     "accompanying delegation in Santiago on Monday.")
    assert ("visit", ("Lucia Ferrer",)) not in found
