"""Helper r23ev: event families read from own23's errors, told in sentences written for these tests (invented
wording, real countries and firms)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2026, 6, 10)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_a_quantifier_subject_stands_for_the_weapons(parsed):
    """"most were assembled at the aircraft plant": "most" stands for weapons the sentence names, as a number does."""
    assert "assembly" in _types(
        parsed, "Only a handful were flown in from Texas; most were assembled at the aircraft plant near Ankara "
                "under licence from Lockheed.")


def test_under_a_licence_agreement_is_under_licence(parsed):
    assert "industrial_project" in _types(
        parsed, "The remaining armoured vehicles will be built by a Romanian yard under a licence agreement.")


def test_assembling_people_or_goods_is_no_assembly(parsed):
    assert "assembly" not in _types(parsed, "Most of the ministers were assembled in the hall before the vote.")
    assert "assembly" not in _types(parsed, "Several thousand protesters assembled outside the embassy on Friday.")
    assert "assembly" not in _types(parsed, "The Hungarian factory assembles tractors for export.")


def test_unlicensed_assembly_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(
        parsed, "Of the jets, 12 come from Sweden, while 8 of them, the Gripen E, are to be assembled in Brazil "
                "from 2027.")


def test_a_list_phrase_hung_on_a_relative_clause_still_goes_with_adding(parsed):
    """"added X and the suppliers it used to its Entity List": the parser hangs "to its list" on the relative
    clause; nothing is used or supplied to a list, so the adding verb is the one it goes with."""
    assert "sanction" in _types(
        parsed, "The Commerce Department last week added a Hong Kong broker and the Chinese suppliers it used to "
                "its Entity List.")
    assert "sanction" in _types(
        parsed, "In May the ministry also added an Emirati trader and the two banks it worked with to its blacklist.")


def test_a_list_that_lists_no_sanctions_is_no_sanction(parsed):
    assert "sanction" not in _types(
        parsed, "The ministry added the new recruits and the officers it trained to its staff list.")
    assert "sanction" not in _types(parsed, "The trading firm supplied the chips it bought to its customers.")


def test_an_attack_made_easier_or_harder_is_no_attack(parsed):
    """"made it easier for X to bomb ...": an act brought within reach, not done."""
    assert "clash" not in _types(parsed, "Each shipment of parts made it easier for Moscow to bomb Ukrainian power "
                                         "stations.")
    assert "clash" not in _types(parsed, "The new radars have made it harder for the rebels to attack the capital.")


def test_an_attack_told_beside_an_easier_task_stays(parsed):
    assert "clash" in _types(parsed, "The army attacked the town on Monday, making it easier for aid convoys to enter.")
    assert "clash" in _types(parsed, "Government troops clashed with the rebels near the border on Sunday, and the "
                                     "fighting was hard.")


def test_what_often_happens_is_no_event(parsed):
    """"such reports are often followed by drone strikes": a habit, no strike reported."""
    assert "clash" not in _types(parsed, "Such reports are often followed by drone strikes on the towns they mention.")
    assert "clash" not in _types(parsed, "Rebels often attack convoys on this road.")


def test_an_attack_on_a_day_stays_beside_an_adverb_of_habit_elsewhere(parsed):
    assert "clash" in _types(parsed, "Rebels attacked a convoy on this road on Monday, officials said, often a target.")
    assert "clash" in _types(parsed, "Troops clashed with rebels near the border on Sunday.")
