"""Helper r24ef: event families read from own24's errors (second pass), told in sentences written for these tests
(invented wording, real countries and places)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2026, 3, 20)


def _events(parsed, text: str):
    return extract_events(*parsed(text, published=PUBLISHED))


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in _events(parsed, text)]


def test_a_skill_learned_at_a_base_in_another_state_is_training(parsed):
    """"learned to fly the jets at <base>, <state of a federation>": the base lies in another state than the
    learners', so the skill was taught there (a sub-national place counts for its state)."""
    events = [e for e in _events(parsed, "Nigerian pilots learned to fly the jets at Sheppard Air Force Base, "
                                         "Texas, last year.") if e.type == "training"]
    assert events and {"Nigeria", "United States"} <= set(events[0].actors)


def test_a_skill_learned_in_another_country_is_training(parsed):
    events = [e for e in _events(parsed, "Kenyan crews learned to fly the helicopter in Italy before the "
                                         "delivery.") if e.type == "training"]
    assert events and {"Kenya", "Italy"} <= set(events[0].actors)


def test_learning_news_at_home_or_with_no_place_is_no_training(parsed):
    assert "training" not in _types(parsed, "Before Egyptian crews had learned to fly them, the aircraft were "
                                            "destroyed.")
    assert "training" not in _types(parsed, "Kenyan officials learned in Rome that the helicopters would be late.")
    assert "training" not in _types(parsed, "Kenyan crews learned of the delay in Rome.")
    assert "training" not in _types(parsed, "Ghanaian crews learned to fly the jets in Ghana.")
    assert "training" not in _types(parsed, "Kenyan crews learned to fly the helicopter at a base near Nairobi.")


def test_a_state_suspended_from_a_blocs_activities_is_a_sanction(parsed):
    """A bloc suspending a state from its activities or membership punishes it (an organisation's sanction)."""
    assert "sanction" in _types(parsed, "The West African bloc's summit, held in Abuja on Sunday, has suspended "
                                        "Guinea from all of the community's activities until elections are held.")
    assert "sanction" in _types(parsed, "The Southern African Development Community suspended Madagascar from its "
                                        "membership in 2009.")


def test_suspensions_outside_a_bloc_or_of_no_state_are_no_sanction(parsed):
    assert "sanction" not in _types(parsed, "Nigeria backed suspending Russia from the Human Rights Council in April.")
    assert "sanction" not in _types(parsed, "The union suspended two members from the committee.")
    assert "sanction" not in _types(parsed, "The coach suspended Mali from the tournament.")


def test_suspending_the_constitution_is_a_coup(parsed):
    """Setting the constitution aside is a seizure of power, whoever announces it and however the clause is
    reported."""
    assert "coup" in _types(parsed, "Mutinous troops dissolved the government and suspended the constitution on "
                                    "Tuesday.")
    assert "coup" in _types(parsed, "Officers in Bamako announced on radio that they had suspended the constitution "
                                    "and closed the borders.")


def test_a_constitution_only_threatened_or_one_article_suspended_is_no_coup(parsed):
    assert "coup" not in _types(parsed, "The colonels have threatened to suspend the constitution if the vote goes "
                                        "ahead.")
    assert "coup" not in _types(parsed, "Opposition leaders urged the army to suspend the constitution.")
    assert "coup" not in _types(parsed, "The court suspended the constitution's article on term limits.")
    assert "coup" not in _types(parsed, "The president dissolved parliament and called early elections.")


def test_a_second_embargo_of_another_party_in_one_sentence_is_its_own_event(parsed):
    """"despite the EU embargo, in force since 2011, and a separate UN embargo": two embargoes by two parties, the
    first (named before as one breached) dated by the phrase set off after it."""
    events = [e for e in _events(parsed, "Police in Antwerp have seized rifles that investigators say were bound for "
                                         "Libya, in breach of the European Union's arms embargo on the country. Both "
                                         "factions have found arms despite the EU embargo, in force since 2011, and a "
                                         "separate UN embargo covering the east.") if e.type == "embargo"]
    assert len(events) == 2
    assert all(e.evidence.sentence.startswith("Both factions") for e in events)
    assert {"European Union", "United Nations"} <= {a for e in events for a in e.actors}


def test_an_embargo_named_again_in_one_sentence_is_one_event(parsed):
    assert _types(parsed, "Canada imposed an arms embargo on Myanmar, and the embargo was later tightened.").count(
        "embargo") == 1
    assert _types(parsed, "The UN embargo and the embargo imposed by the Security Council in 2011 both remain in "
                          "force.").count("embargo") == 1
    assert "embargo" not in _types(parsed, "Both factions have found arms despite the embargo.")


def test_a_war_between_two_named_sides_is_a_clash(parsed):
    assert "clash" in _types(parsed, "The war between the M23 rebels and the Congolese army, which began in 2021, has "
                                     "displaced more than a million people.")


def test_a_price_war_between_firms_is_no_clash(parsed):
    assert "clash" not in _types(parsed, "The price war between Airbus and Boeing has hurt margins.")


def test_a_war_between_two_sides_told_by_its_dead_is_the_killing(parsed):
    """"the war between A and B has left thousands dead": the toll is the record the sentence gives (a killing)."""
    types = _types(parsed, "The war between the M23 rebels and the Congolese army, which began in 2021, has left "
                           "thousands of people dead.")
    assert "clash" not in types and "killings" in types


def test_standing_beside_a_named_person_is_no_statement_of_support(parsed):
    """"said at the ceremony, standing beside minister X": where the speaker stood, not a side taken."""
    assert "statement_of_support" not in _types(parsed, "\"We have waited long enough,\" Polish Defence Minister Jan "
                                                        "Nowak said at the ceremony in Warsaw, standing beside German "
                                                        "Defence Minister Klaus Weber.")


def test_standing_beside_a_state_or_its_people_is_support(parsed):
    assert "statement_of_support" in _types(parsed, "Poland will always stand beside its Ukrainian neighbours, the "
                                                    "minister said.")
