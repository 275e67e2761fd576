"""Families of own20's transfers left by the first pass, in sentences written for these tests: a lot "ordered"
(a participle on the system) that the clause reports "under construction" is two steps, the order and the building
(the order, told by the participle, dated by its own phrase); a buyer asking a seller "for pricing (and
availability) on" a system, or requesting "pricing information" on it, shows interest in it (a noun the price
names carries the system to the verb, as "a price on" does); a count "of them" of a lot told bought that a state
"flies" is a delivered part of the lot, as with "operates" (a verb of using that otherwise needs the maker in the
system's own phrase); a state's numbered unit ("Latvia's first battery", "Poland's first K2 tanks") handed over is
one unit of a lot coming to that state, its buyer (not stock the owner parts with, as "Norway's F-16s were sold");
"the pair" a state ordered refers back to the system told before, as "the batteries" would. Each text must give
exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # the order told by the participle, the building by the clause
    ("Chile's navy said three submarines ordered from Germany in 2022 are under construction in Kiel.",
     [("Germany", "Chile", "submarines", "ordered", 3), ("Germany", "Chile", "submarines", "in_production", 3)]),
    ("Three submarines ordered by Chile from Germany in 2022 are now under construction at Kiel.",
     [("Germany", "Chile", "submarines", "ordered", 3), ("Germany", "Chile", "submarines", "in_production", 3)]),
]

GUARDS = [
    # a build that only describes the boats, or a clause of no building: the order alone
    ("Three submarines built in Kiel were ordered by Chile from Germany in 2022.",
     [("Germany", "Chile", "submarines", "ordered", 3)]),
    ("Three submarines ordered by Chile from Germany in 2022 are under review after cost overruns.",
     [("Germany", "Chile", "submarines", "ordered", 3)]),
]

POSITIVES += [
    # asking a seller for pricing on a system, or requesting pricing information on it: interest
    ("Romania has asked Washington for pricing and availability on the HIMARS.",
     [("United States", "Romania", "HIMARS", "interest", ANY)]),
    ("Romania requested pricing information on the HIMARS from the United States.",
     [("United States", "Romania", "HIMARS", "interest", ANY)]),
    ("Romania requested price and availability data for the HIMARS from the United States.",
     [("United States", "Romania", "HIMARS", "interest", ANY)]),
]

GUARDS += [
    # information with no price, or a price published of goods bought: no request of a buyer
    ("Romania requested information on the HIMARS from the United States.", []),
    ("The ministry published pricing information on the HIMARS bought by Romania.",
     [("United States", "Romania", "HIMARS", "delivered", ANY)]),
]


POSITIVES += [
    # a part of a lot told bought, flown now: delivered (as "operates ten of them")
    ("Greece ordered 24 Rafales from France in 2021. It already flies ten of them.",
     [("France", "Greece", "Rafales", "ordered", 24), ("France", "Greece", "Rafales", "delivered", 10)]),
]

GUARDS += [
    # a fleet flown with no purchase told: no transfer
    ("The Greek air force has 40 F-16s and flies 30 of them.", []),
    ("Greece ordered 24 Rafales from France in 2021 and flies 30 F-16s, most of them upgraded.",
     [("France", "Greece", "Rafales", "ordered", 24)]),
]


POSITIVES += [
    # a state's numbered unit handed over: the state's own, as buyer (a unit noun of the lot told before)
    ("In 2023 Latvia signed a contract with Germany for IRIS-T SLM air defence systems. Latvia's first battery was "
     "handed over in December.",
     [("Germany", "Latvia", "IRIS-T SLM", "ordered", ANY), ("Germany", "Latvia", "IRIS-T SLM", "delivered", ANY)]),
    ("Poland's first K2 tanks were handed over in December.",
     [("South Korea", "Poland", "K2", "delivered", ANY)]),
]

GUARDS += [
    # no ordinal: the owner parts with its own stock, or a unit noun refers to nothing bought
    ("Norway's F-16s were sold to Romania in 2022.",
     [("Norway", "Romania", "F-16", "delivered", ANY)]),
    ("In 2023 Latvia ordered IRIS-T SLM air defence systems from Germany. Latvia's batteries are old.",
     [("Germany", "Latvia", "IRIS-T SLM", "ordered", ANY)]),
]


POSITIVES += [
    # "the pair" a state ordered: the lot of the system told before
    ("Romania took two Patriot batteries from the United States in 2021, and a third arrived in May, the first of the "
     "pair it ordered in 2023.",
     [("United States", "Romania", "Patriot", "delivered", 2), ("United States", "Romania", "Patriot", "ordered", ANY)]),
]

GUARDS += [
    # a pair of people: no lot
    ("India ordered Rafale jets from France. The pair of ministers met in Paris in May.",
     [("France", "India", "Rafale", "ordered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
