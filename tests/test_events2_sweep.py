"""Events the extractor missed or over-read, told in general ways: sentences written for these tests
(invented wording, real countries and systems), each with the event types it must (or must not) give."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_a_navy_training_its_own_crew_is_no_training_event(parsed):
    assert _types(parsed, "The navy sent a team to Spain to train its crew on the frigate's systems.") == []


def test_a_joint_patrol_or_sail_is_an_exercise(parsed):
    assert _types(parsed, "Greek and Egyptian frigates held a joint patrol in the eastern Mediterranean in "
                          "May.") == ["training"]


def test_training_signed_in_a_protocol(parsed):
    assert _types(parsed, "Egypt and Sudan signed a protocol on military training last week.") == ["training"]


def test_an_access_pact_letting_troops_train(parsed):
    assert _types(parsed, "The Philippines and Japan signed an agreement allowing troops to train in each "
                          "other's territory.") == ["training"]


def test_an_agreement_on_joint_production(parsed):
    assert _types(parsed, "Turkey and Qatar signed an agreement on the joint production of armoured vehicles "
                          "in Qatar.") == ["industrial_project"]


def test_a_failed_vote_is_a_vote(parsed):
    assert _types(parsed, "The Security Council failed to adopt a resolution on Syria on Tuesday.") == ["un_vote"]


def test_renewing_an_authorisation_is_a_vote(parsed):
    assert _types(parsed, "The Security Council renewed the authorisation to inspect ships off Somalia.") == [
        "un_vote"]


def test_suspension_over_abuses_is_a_sanction(parsed):
    assert _types(parsed, "The United States suspended Mali from a trade programme over rights violations.") == [
        "sanction"]
    assert _types(parsed, "The club suspended the striker from training over a contract dispute.") == []


def test_weapons_used_in_strikes_are_a_transfer_context(parsed):
    """What supplied weapons were used in tells of the weapons, not of a new clash."""
    assert _types(parsed, "Rockets supplied by Iran had been used in strikes on Kharkiv, the opposition "
                          "claimed.") == []
    assert _types(parsed, "Israeli jets carried out strikes on Hezbollah positions in southern Lebanon on "
                          "Sunday.") == ["clash"]


def test_support_acknowledged_with_thanks(parsed):
    """Thanks for another state's support for one's integrity report that state's position."""
    for text in ("Bulgaria expressed gratitude to Greece for its support for the territorial integrity of "
                 "Bulgaria.",
                 "Bulgaria thanked Greece for its support for the territorial integrity of Bulgaria."):
        events = extract_events(*parsed(text, published=PUBLISHED))
        assert [(e.type, e.actors[:1]) for e in events] == [("statement_of_support", ["Greece"])]


def test_an_edition_told_by_its_size_was_held(parsed):
    """Right after an exercise, "last year's edition involved N troops" tells an earlier edition held."""
    text = ("Chile and Peru held the Andes Shield exercise near Arica in May. Last year's edition involved 2,000 "
            "troops.")
    assert _types(parsed, text) == ["training", "training"]
    assert _types(parsed, "Chile and Peru signed a trade deal in May. Last year's edition involved 2,000 "
                          "firms.") == []


def test_restricted_arms_exports_to_a_state_are_an_embargo(parsed):
    assert _types(parsed, "Britain has restricted arms exports to Venezuela since 2017.") == ["embargo"]
    assert _types(parsed, "Canada has maintained restrictions on arms exports to Turkey since 2019.") == [
        "embargo"]
    assert _types(parsed, "The new law restricts arms exports to countries at war.") == []
    assert _types(parsed, "The port authority imposed restrictions on fishing boats last week.") == []


def test_makers_named_in_a_bare_participle_are_no_project(parsed):
    """ "the jet, jointly produced by A and B," set off as a clause describes the jet, like a participle on it."""
    assert _types(parsed, "Argentina looked at the JF-17, jointly produced by China and Pakistan, and at the "
                          "Tejas.") == []
    assert _types(parsed, "Serbia and Hungary agreed to produce drones jointly.") == ["industrial_project"]


def test_military_operations_begun_against_a_target_are_a_clash(parsed):
    assert _types(parsed, "The Saudi-led coalition began air operations in Yemen in 2015.") == ["clash"]
    assert _types(parsed, "Turkey launched a military operation against Kurdish militants in Syria in "
                          "2019.") == ["clash"]
    assert _types(parsed, "The firm began operations in Kenya in 2015.") == []
    assert _types(parsed, "The navy began air operations from the new carrier in May.") == []


def test_the_parts_of_an_exercise_are_no_second_exercise(parsed):
    text = ("Ghana and Togo held the Coastal Guard exercise in June. The programme includes command-post "
            "training, field exercises on convoy escort and a live-fire drill.")
    assert _types(parsed, text) == ["training"]
    assert _types(parsed, "The exercise included an amphibious landing and joint air drills.") == []


def test_what_a_weapon_is_used_for_is_no_clash(parsed):
    assert _types(parsed, "The rockets, bought last year, are used to shoot down drones.") == []
    assert _types(parsed, "Air defence units shot down three drones over Kharkiv on Monday.") == ["clash"]


def test_a_bare_list_right_after_a_sanction_is_the_sanctions_list(parsed):
    text = "Canada sanctioned six Iranian firms in February. In March, Canada added four more firms to its list."
    assert _types(parsed, text) == ["sanction", "sanction"]
    assert _types(parsed, "In March, Canada added four firms to its list.") == []
    assert _types(parsed, "Canada hired six engineers in February. In March, the club added four players to its "
                          "list.") == []
