"""Generality fixes found by the blind own2 evaluation set (tests/eval/own2): sentences written for these
tests, names and deals invented, none taken from the evaluated articles."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events
from armstrack.extract.transfers import extract_transfers

PUBLISHED = date(2024, 5, 10)


def transfers_of(parsed, text):
    return [(r.supplier, r.recipient, r.status) for r in extract_transfers(*parsed(text, published=PUBLISHED))]


@pytest.mark.parametrize("text, expected", [
    ("The State Department on Friday approved a possible sale of 12 AH-64E Apache helicopters to Morocco.",
     ("United States", "Morocco", "offered")),
    ("The U.S. State Department has approved the sale of Harpoon missiles to Taiwan, officials said.",
     ("United States", "Taiwan", "offered")),
])
def test_a_state_department_approval_notifies_a_possible_sale(parsed, text, expected):
    assert transfers_of(parsed, text) == [expected]


def test_a_government_export_approval_stays_agreed(parsed):
    assert transfers_of(parsed, "Germany approved the delivery of Leopard 2 tanks to Norway.") == [
        ("Germany", "Norway", "agreed")]


@pytest.mark.parametrize("text", [
    "Thai and Malaysian troops completed exercise Harimau Shakti in Pahang on Friday.",
    "Egyptian and Greek frigates concluded a naval exercise off Crete last week.",
    "Vietnamese and Indian soldiers began a joint exercise near Hanoi on Monday.",
])
def test_an_exercise_begun_or_ended_is_training(parsed, text):
    assert [e.type for e in extract_events(*parsed(text, published=PUBLISHED))] == ["training"]


def test_finishing_a_report_is_no_exercise(parsed):
    text = "The committee completed its report on the procurement programme in March."
    assert extract_events(*parsed(text, published=PUBLISHED)) == []


@pytest.mark.parametrize("text, expected", [
    ("Nigerian soldiers killed 20 insurgents in an ambush near Maiduguri on Sunday.", ["clash"]),
    ("The army said it had killed 45 rebels in two days of fighting.", ["clash"]),
    ("Soldiers killed 30 protesters in the capital on Sunday.", ["killings"]),
    ("Police shot dead 12 demonstrators on Friday.", ["killings"]),
])
def test_killing_armed_men_is_fighting_and_killing_civilians_is_killings(parsed, text, expected):
    assert [e.type for e in extract_events(*parsed(text, published=PUBLISHED))] == expected


@pytest.mark.parametrize("text", [
    "The transport planes landed at Halim Perdana air base on Tuesday.",
    "The corvette berthed at the Ali Sabri naval base last week.",
])
def test_a_base_named_after_a_person_is_no_person(parsed, text):
    assert parsed(text, published=PUBLISHED)[1].people == []


def test_a_person_before_an_ordinary_noun_phrase_stays_a_person(parsed):
    people = parsed("They met Olga Petrova last week in Minsk.", published=PUBLISHED)[1].people
    assert [p.name for p in people] == ["Olga Petrova"]


@pytest.mark.parametrize("text, status", [
    ("Morocco has signed a letter of offer and acceptance for 24 AH-64E Apache helicopters from the United "
     "States.", "agreed"),
    ("Kuwait signed a letter of offer for six CH-47F helicopters from the United States.", "offered"),
    ("Peru signed a letter of intent for KF-21 fighters from South Korea.", "interest"),
])
def test_a_letter_of_offer_and_acceptance_is_an_agreement(parsed, text, status):
    assert [s for _, _, s in transfers_of(parsed, text)] == [status]


def test_a_resupply_vehicle_coordinated_with_howitzers_is_its_own_system(parsed):
    text = ("Hanwha Aerospace has signed a contract to export 18 K9 self-propelled howitzers and 6 K10 "
            "ammunition resupply vehicles to Egypt.")
    records = extract_transfers(*parsed(text, published=PUBLISHED))
    assert sorted((r.family, r.quantity) for r in records) == [("K10", 6), ("K9", 18)]
