"""A bare count right before a date of its own ("bought five between 2019 and 2023", "took delivery of four earlier
this year") is the lot, not a word of the date the tagger folds it into; a delivery told in a gerund after "after"
is a step done, not one of the talks above it; a name told first with its kind ("the Orion drone") stands for the
system when it comes back alone ("ordered 18 Orions"), and a part of that lot ("the first six were delivered from
A") is its buyer's. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 6, 9)


def test_count_before_a_range_of_years_is_the_lot(transfers):
    records = transfers("The Embraer C-390 has found buyers in Europe. Portugal bought five between 2019 and 2023.")
    assert_exactly([r for r in records if r.recipient == "Portugal"], [("Brazil", "Portugal", "C-390", ANY, 5)])


def test_count_before_a_range_after_taking_delivery(transfers):
    records = transfers("Chile's navy ordered two more Khareef-class corvettes last month after taking delivery of "
                        "three between 2012 and 2014.")
    assert_exactly(records, [("United Kingdom", "Chile", "Khareef", "ordered", 2),
                             ("United Kingdom", "Chile", "Khareef", "delivered", 3)])


def test_count_before_an_adverb_and_a_relative_date(transfers):
    records = transfers("The KAI KT-1 trainer has sold well in Asia. Indonesia took delivery of four earlier this year.")
    assert_exactly(records, [("South Korea", "Indonesia", "KT-1", "delivered", 4)])


def test_a_number_of_years_before_a_range_is_no_lot(transfers):
    # "four years" counts time: no lot of four
    records = transfers("The KAI KT-1 trainer has sold well in Asia. Indonesia took delivery of the jets over four "
                        "years between 2014 and 2018.")
    assert all(r.quantity != 4 for r in records)


def test_delivery_after_a_preposition_of_a_step_done_is_no_talk(transfers):
    # the talks are about two more; the delivery of three "after taking" is done
    records = transfers("Oman is in talks with Britain about two more Khareef-class corvettes, after taking delivery "
                        "of three in 2014.")
    assert_exactly(records, [("United Kingdom", "Oman", "Khareef", "negotiating", 2),
                             ("United Kingdom", "Oman", "Khareef", "delivered", 3)])


def test_delivery_before_a_preposition_of_a_step_ahead_stays_under_the_talks(transfers):
    # "before taking delivery": the delivery is still ahead, no delivered lot
    records = transfers("Oman is in talks with Britain about two more Khareef-class corvettes, before taking delivery "
                        "of three in 2027.")
    assert not [r for r in records if r.status == "delivered"]


def test_name_told_with_its_kind_then_alone_and_its_lot_part(transfers):
    # "Orion drone" first, then "18 Orions": the same system, ordered by Algiers; the first six are Algeria's too
    records = transfers("Mali flies the Turkish TB2. Russia's Orion drone has found buyers abroad. Algiers ordered "
                        "18 Orions in 2022; the first six were delivered from Russia.")
    assert_exactly([r for r in records if r.recipient != "Mali"], [("Russia", "Algeria", "Orion", "ordered", 18),
                                                               ("Russia", "Algeria", "Orion", "delivered", 6)])


def test_name_alone_before_it_is_told_with_its_kind_is_no_system(transfers):
    records = transfers("Mali flies the Turkish TB2. Algiers ordered 18 Orions in 2022. Russia's Orion drone has "
                        "found buyers abroad.")
    assert not [r for r in records if r.recipient == "Algeria"]
