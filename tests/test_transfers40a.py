"""A system a state or its force holds, named by a possessive (or "whose") and a participle naming a foreign maker,
with no verb of its own ("the Peruvian Air Force's Russian-made helicopters", "Ghana, whose trainers are Czech-built
L-39s", "the navy's boats built by Germany's Lurssen"): delivered from that maker, as "operates Russian-made
helicopters" tells. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 6, 9)


def test_force_possessive_with_hyphened_maker_is_a_delivery(transfers):
    records = transfers("Mechanics from Ukraine have serviced the Peruvian Air Force's Russian-made Mi-17 helicopters "
                        "since 2020.")
    assert_exactly(records, [("Russia", "Peru", "Mi-17", "delivered", ANY)])
    assert records[0].when is None  # 2020 dates the servicing, not the delivery


def test_state_possessive_with_hyphened_maker_on_the_name(transfers):
    assert_exactly(transfers("Reporters were shown Ghana's Czech-built L-39 trainers at the air show on Friday."),
                   [("Czech Republic", "Ghana", "L-39", "delivered", ANY)])


def test_whose_subject_with_hyphened_maker_is_the_holders(transfers):
    assert_exactly(transfers("Morocco ordered drones from Turkey in 2021. Ghana, whose trainers are Czech-built L-39s, "
                             "has not commented on the sale."),
                   [("Turkey", "Morocco", "drones", ANY, ANY), ("Czech Republic", "Ghana", "L-39", "delivered", ANY)])


def test_bare_force_possessive_with_maker_named_by(transfers):
    assert_exactly(transfers("The Ghanaian defence minister visited the naval base at Sekondi on Tuesday. He was shown "
                             "the navy's two patrol boats built by Germany's Lurssen."),
                   [("Germany", "Ghana", "patrol boats", "delivered", 2)])


def test_foreign_made_system_with_no_holder_is_no_transfer(transfers):
    # a kind of helicopter, held by no one the sentence names
    assert_exactly(transfers("Mechanics from Ukraine have serviced Russian-made Mi-17 helicopters since 2020."), [])


def test_holder_made_at_home_is_no_transfer(transfers):
    assert_exactly(transfers("Reporters were shown Turkey's Turkish-built Hurjet trainers at the air show on Friday."), [])


def test_possessive_with_no_maker_is_no_transfer(transfers):
    assert_exactly(transfers("Mechanics from Ukraine have serviced the Peruvian Air Force's Mi-17 helicopters since "
                             "2020."), [])
