"""A buyer that calls off an order bearing a maker's nationality buys from it ("Hungary cancels Swedish fighter
order"); talks on the schedule of a lot the story tells already ordered negotiate nothing new; the MD 530 and the
older Hughes/MD 500 are two catalogue families. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2024, 3, 12)


def test_cancelled_order_with_a_makers_nationality_is_bought_from_it(transfers):
    assert_exactly(transfers("Hungary cancels Swedish fighter order after budget review"),
                   [("Sweden", "Hungary", "fighter", "cancelled", None), ("Sweden", "Hungary", "fighter", "ordered", None)])


def test_scrapped_purchase_with_a_makers_nationality_is_bought_from_it(transfers):
    assert_exactly(transfers("Norway scraps German submarine purchase"),
                   [("Germany", "Norway", "submarine", "cancelled", None),
                    ("Germany", "Norway", "submarine", "agreed", None)])


def test_halted_contract_keeps_the_nationality_as_buyer(transfers):
    # a contract a seller may halt as well: the nationality on it stays the buyer
    assert_exactly(transfers("Germany halts Saudi patrol boat contract"),
                   [("Germany", "Saudi Arabia", "patrol boat", "cancelled", None),
                    ("Germany", "Saudi Arabia", "patrol boat", "ordered", None)])


def test_talks_on_the_schedule_of_an_ordered_lot_negotiate_nothing(transfers):
    records = transfers("Greek Defence Minister Nikos Pappas held talks in Washington on Monday with US Defense "
                        "Secretary John Miller on the schedule for the 20 F-35 jets Athens has ordered from the "
                        "United States, his ministry said.")
    assert_exactly(records, [("United States", "Greece", "F-35", "ordered", 20)])


def test_talks_on_a_purchase_are_still_a_negotiation(transfers):
    records = transfers("Indonesian Defence Minister Budi Santoso held talks in Seoul on Friday with South Korean "
                        "Defence Minister Kim Min-jae on the purchase of 16 KF-21 fighters from South Korea.")
    assert_exactly(records, [("South Korea", "Indonesia", "KF-21", "negotiating", 16)])


def test_md_530_and_hughes_500_are_two_families(transfers):
    records = transfers("Kenya received 12 MD 530F helicopters from the United States in 2019. It had earlier "
                        "bought Hughes 500MD helicopters from the United States.")
    families = {r.system: r.family for r in records}
    assert families.get("MD 530F") == "MD 530"
    assert families.get("Hughes 500MD") == "MD 500"
