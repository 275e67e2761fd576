"""A lot word of a version ("Block" of "AIM-9X Block II") is no short name of the system ("12 Block 52 F-16s" later);
a fitting verb's possessed object or fleet is the buyer's platform ("would arm the navy's F-16 fleet"); a State
Dept "clearing" a package notifies an offer; the fleet a system is considered as "a replacement for" is set
against it. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2023, 11, 21)


def test_a_block_word_after_a_version_named_system_is_no_system(transfers):
    records = transfers("Washington has approved a possible sale to Peru of\n20 AIM-9X Block II Sidewinder missiles, "
                        "along with spare parts.\n\nPeru flies 18 Block 50 F-16s bought new from Lockheed Martin.")
    assert not [r for r in records if r.system == "Block"]
    assert_exactly([r for r in records if r.family == "F-16"], [("United States", "Peru", "F-16", "delivered", 18)])


def test_a_fitting_verbs_possessed_fleet_is_the_platform(transfers):
    records = transfers("The State Department has approved a possible sale to Peru of 20 AIM-9X missiles. The "
                        "notice says the package would arm the Peruvian Air Force's F-16 fleet.")
    assert_exactly(records, [("United States", "Peru", "AIM-9", "offered", 20)])


def test_equipping_a_force_with_goods_still_transfers_them(transfers):
    assert_exactly(transfers("Russia will equip India's navy with 12 Ka-31 helicopters."),
                   [("Russia", "India", "Ka-27", "agreed", 12)])


def test_a_state_dept_clearing_a_package_notifies_an_offer(transfers):
    assert_exactly(transfers("State Dept clears Sidewinder package for Peru"),
                   [("United States", "Peru", "AIM-9", "offered", None)])


def test_a_buyer_clearing_a_sale_without_a_notifier_agrees_it(transfers):
    records = transfers("The United States cleared the sale of 20 Sidewinder missiles to Peru in 2019.")
    assert_exactly(records, [("United States", "Peru", "AIM-9", "agreed", 20)])


def test_considering_a_makers_system_as_a_replacement_is_interest_in_it_only(transfers):
    records = transfers("Lima is also considering Saab's Gripen E as a longer-term replacement for its F-5E Tiger III "
                        "fighters.")
    assert_exactly(records, [("Sweden", "Peru", "Gripen", "interest", None)])


def test_the_replacement_bought_is_still_transferred(transfers):
    records = transfers("Peru bought 12 MiG-29s from Russia as replacements for its Mirage fighters.")
    assert_exactly(records, [("Russia", "Peru", "MiG-29", "delivered", 12)])
