"""Transfers in sentences written for these tests (round thirteen, own21's part B errors, second pass): a cue verb in
an adverbial clause on "whether" is asked about or one alternative of a concession, never told ("Asked by a
senator, the Ohio Democrat on the panel, whether Manila had requested jets, the general said ..."); a step one party
urges another to take ("Kyiv urged Berlin to send X", "called on Tokyo to sell X") is done by the one urged, only
asked for: the asker's interest when it is the buyer, no record when a third party asks; a state hyphened to a
firm's name ("Thales-Australia") names the arm that sells, as one written after it does ("Thales Australia"). Each
text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

WHETHER = [
    # the parser hangs the question on the main verb when a long agent stands between it and "asked"
    ("Asked by Senator Ann Cole, the Ohio Democrat who leads the panel, whether Manila had requested F-16s, "
     "General Brandt said there was no such request on file.", []),
    ("Whether Manila buys the F-16s or not, the navy will get new frigates.", []),
]

WHETHER_GUARDS = [
    # the "whether" clause is not the cue's own: the delivery is told
    ("Whether by sea or by air, the 12 K9 howitzers reached Norway from South Korea in May.",
     [("South Korea", "Norway", "K9", "delivered", 12)]),
    ("Norway received 12 K9 howitzers from South Korea in May, whether or not the contract allowed it.",
     [("South Korea", "Norway", "K9", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", WHETHER + WHETHER_GUARDS)
def test_whether(transfers, text, expected):
    assert_exactly(transfers(text), expected)


URGING = [
    ("Kyiv urged Berlin to send Taurus missiles.", [("Germany", "Ukraine", "Taurus", "interest", None)]),
    ("Ukraine called on Germany to supply Taurus missiles.", [("Germany", "Ukraine", "Taurus", "interest", None)]),
    ("Estonia asked Norway to supply more NASAMS launchers.", [("Norway", "Estonia", "NASAMS", "interest", None)]),
    # a third party urging: a lawmaker of the seller's state, or of the buyer's, wishes; nothing is told
    ("A senator pressed the department to look at more Patriot batteries for Manila before 2028.", []),
    ("Opposition lawmakers in India urged the government to buy more Rafale jets from France.", []),
]

URGING_GUARDS = [
    # the one asked did it afterwards: the delivery is told by its own clause
    ("Ukraine urged Germany to send Taurus missiles, and Berlin delivered 20 of them in May.",
     [("Germany", "Ukraine", "Taurus", "interest", None), ("Germany", "Ukraine", "Taurus", "delivered", 20)]),
    # a verb of asking with no one asked: the subject itself is to buy
    ("Estonia asked to buy more NASAMS launchers from Norway.", [("Norway", "Estonia", "NASAMS", ANY, ANY)]),
]


@pytest.mark.parametrize("text,expected", URGING + URGING_GUARDS)
def test_urging(transfers, text, expected):
    assert_exactly(transfers(text), expected)


HYPHENED_ARM = [
    ("Under the 2016 contract, General Dynamics Land Systems-Canada builds armoured vehicles for Kuwait.",
     [("Canada", "Kuwait", "armoured_vehicle", ANY, ANY)] * 2),
    ("Kuwait ordered 30 Bushmaster vehicles from Thales-Australia in 2021.",
     [("Australia", "Kuwait", "Bushmaster", "ordered", 30)]),
]

HYPHENED_ARM_GUARDS = [
    # no state joined to the firm's name: the group's home sells
    ("Kuwait ordered 30 Bushmaster vehicles from Thales in 2021.",
     [("France", "Kuwait", "Bushmaster", "ordered", 30)]),
]


@pytest.mark.parametrize("text,expected", HYPHENED_ARM + HYPHENED_ARM_GUARDS)
def test_hyphened_arm(transfers, text, expected):
    assert_exactly(transfers(text), expected)
