"""Shapes of own20's part A (r20ta), in sentences written for these tests: "the Emirates", the short name news uses
for the United Arab Emirates, names that state (the subject of a relative clause on it is its buyer, and it is no
party a context guess must look past); a past participle set off by a comma after the object of a verb of having
("already flies the X, bought from A in 2021"), which the parser hangs on the verb as an adverbial clause, tells of
the object as the coordinated one does; a time phrase right after a system's name ("28 X jets last year") is no
noun of the name's phrase; a sentence naming no system whose verb of ending takes "the deal" referred back ends
the deal of the sentence before it (its own cancelled step). Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # "the Emirates" is the United Arab Emirates
    ("The Emirates, which itself operates Chinese Wing Loong II drones bought a decade ago, denied sending weapons "
     "to the group.",
     [("China", "United Arab Emirates", "Wing Loong", "delivered", ANY)]),
    ("Officials in the Emirates said the new frigates from Italy would arrive next year.",
     [("Italy", "United Arab Emirates", "frigates", ANY, ANY)]),
]

POSITIVES += [
    # a participle set off after the object, hung on the verb
    ("Chile already flies the F-16, bought from the Netherlands in 2006.",
     [("Netherlands", "Chile", "F-16", "delivered", ANY)]),
    ("Bolivia already flies the K-8, bought from China in 2011.",
     [("China", "Bolivia", "K-8", "delivered", ANY)]),
]

POSITIVES += [
    # a time phrase after the name's phrase
    ("Chile took delivery of 28 Italian-built Typhoon jets last year.",
     [("Italy", "Chile", "Typhoon", "delivered", 28)]),
    ("Chile took delivery of four British-built Type 23 frigates last year.",
     [("United Kingdom", "Chile", "Type 23", "delivered", 4)]),
]

POSITIVES += [
    # the deal ended in the next sentence
    ("Ghana ordered six L-39 jets from the Czech Republic in 1994. The deal was cancelled in 1998.",
     [("Czech Republic", "Ghana", "L-39", "ordered", 6), ("Czech Republic", "Ghana", "L-39", "cancelled", 6)]),
    ("Peru signed a contract for eight Mi-35 helicopters from Russia in 2013. Lima scrapped the order two years "
     "later.",
     [("Russia", "Peru", "Mi-35", "ordered", 8), ("Russia", "Peru", "Mi-35", "cancelled", 8)]),
]

GUARDS = [
    # the airline of the same name carries no arms
    ("She flew to Dubai on an Emirates flight on Monday.", []),
    # a participle of no transfer set off after the object
    ("Chile already flies the F-16, pleased with its range.", []),
    ("The pilots flew the jets, escorted by two tankers.", []),
    # the noun after the name, before the time phrase, is still the phrase's (crews, not the system)
    ("Italy trained the Chilean Typhoon crews last year.", []),
    # a deal not ended, another deal ended, or a delivery (no deal left to end)
    ("Ghana ordered six L-39 jets from the Czech Republic in 1994. Prague did not cancel the deal.",
     [("Czech Republic", "Ghana", "L-39", "ordered", 6)]),
    ("Ghana ordered six L-39 jets from the Czech Republic in 1994. Prague cancelled the border deal in 1998.",
     [("Czech Republic", "Ghana", "L-39", "ordered", 6)]),
    ("Ghana received six L-39 jets from the Czech Republic in 1994. The deal was suspended in 1998.",
     [("Czech Republic", "Ghana", "L-39", "delivered", 6)]),
    # a state's own name stays its own
    ("The United Arab Emirates bought Wing Loong II drones from China in 2018.",
     [("China", "United Arab Emirates", "Wing Loong", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
