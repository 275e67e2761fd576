"""Event structures on sentences written for these tests (the own6-own14 error analysis, round 15b): support
stated with a pronoun or an idiom, a trainee phrase owned by the official who speaks, and one strike told by
what it killed; with the guards that keep near-misses as they were."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text


def _types(text: str) -> list[str]:
    return [e.type for e in analyse_text(text, published=datetime.date(2026, 3, 4)).events]


def _actors(text: str, kind: str) -> list[list[str]]:
    return [e.actors for e in analyse_text(text, published=datetime.date(2026, 3, 4)).events if e.type == kind]


# --- statements of support: a pronoun for the state stood with, "be beside", a possessive "its support" -------

def test_stand_with_a_pronoun_for_the_state_named_before():
    assert "statement_of_support" in _types('"Whatever Nepal needs for its border posts, Japan will stand with it," '
                                            "the general said.")


def test_being_beside_a_state_under_a_whether_clause():
    assert "statement_of_support" in _types('"Whether it is a flood or a drought, Japan will be beside Fiji," the '
                                            "minister said at the base.")


def test_support_owned_by_the_ministry_that_says_so():
    assert _actors("In a statement on Monday, Kenya's foreign ministry said the delivery reflected its \u201cfirm "
                   "support for the unity and sovereignty of Somalia\u201d.", "statement_of_support") == [["Kenya"]]


def test_guard_stand_with_a_pronoun_for_a_plan():
    assert _types("The dispute drags on, but we stand with it, the analyst said of the plan.") == []


def test_guard_an_analysts_its_support_names_no_state():
    assert "statement_of_support" not in _types("The analyst said the delivery reflected its \u201cfirm support "
                                                "for Somalia\u201d.")


def test_guard_an_if_clause_still_makes_standing_a_condition():
    assert "statement_of_support" not in _types("If the vote passes, Tokyo will stand beside Manila.")


def test_guard_a_boat_beside_a_pier():
    assert _types("The patrol boat was beside the pier all week.") == []


# --- training: "his crews" are the crews of the official who says so ---------------------------------------

def test_training_of_the_crews_of_the_commander_who_speaks():
    text = ("The commander of the Ghana Navy, Rear Admiral Kwame Mensah Boateng, who received the boats, said his "
            "crews had trained on them in Brest in April.")
    assert _actors(text, "training") == [["Ghana"]]


def test_guard_an_unnamed_speakers_students_name_no_party():
    assert "training" not in _types("The analyst said his students had trained on them in April.")


# --- one strike told by its toll: a clash, not a killing of people ------------------------------------------

def test_one_strike_that_killed_people_is_a_clash():
    assert _types("Hours before the minister landed, an Israeli drone strike on a car near the southern town of "
                  "Tyre killed two people.") == ["clash"]


def test_guard_strikes_that_have_killed_a_tally_of_civilians():
    assert _types("Russian air strikes have killed more than 300 civilians since March.") == ["killings"]


def test_guard_an_attack_that_killed_civilians_stays_a_killing():
    assert "killings" in _types("In May, a militia assault on a refugee camp near the border killed more than 200 "
                                "civilians.")


# --- merging across articles: the same actors' names are no evidence that two reports are one event ----------

def _event_rec(i: int, doc: str, sentence: str):
    from armstrack.resolve import rules  # deferred: the resolver's rules, used by this test only

    rec = rules.Rec("events", i, doc, 0, len(sentence), sentence,
                    {"type": "embargo", "date": None, "actors": ["UN Security Council"]},
                    published=datetime.date(2024, 9, 20))
    rules.prepare(rec, rules.Canon(None))
    return rec


def test_two_embargoes_of_one_council_told_apart_are_two_events():
    from armstrack.resolve import rules  # deferred: the resolver's rules, used by this test only

    south_sudan = _event_rec(1, "d1", "The UN Security Council on Friday renewed for a further year the weapons ban "
                                 "it keeps on South Sudan.")
    somalia = _event_rec(2, "d2", "Ten months after the UN Security Council lifted its weapons ban on the "
                                  "federal government, Mogadishu is buying from five suppliers.")
    assert not rules.compatible(south_sudan, somalia)


def test_guard_one_embargo_told_alike_in_two_articles_is_one_event():
    from armstrack.resolve import rules  # deferred: the resolver's rules, used by this test only

    first = _event_rec(1, "d1", "The UN Security Council on Friday renewed for a further year the weapons ban "
                                "it keeps on South Sudan.")
    second = _event_rec(2, "d2", "On Friday the UN Security Council renewed the weapons ban it keeps on South "
                                 "Sudan for another year.")
    assert rules.compatible(first, second)
