"""Sentences written for these tests (round twelve, own20's transfer errors, second helper): a catalogued system
told by its bare name before a category noun with a modifier of its own ("three Swathi artillery-locating radars":
the bare name is the catalogue's, whose maker is the seller); and vehicles that only carry relief goods ("40 trucks
of food and tents"): the goods are sent, the trucks are no transfer; a ship's name given by a naming verb's "as" phrase ("commissioned in
2020 as UMS X") is the hull its clause tells by its class, not a second system; a firm or force in a "from" phrase, named with its state's possessive ("boats ordered from South
Korea's Daewoo"), is that state's: the seller (the buyer when an order is won from it); a gapped clause on a verb of giving ("Russia gave five in 2016 and
Ukraine three more in 2018"): its state is a second seller of its own count to the same buyer, not the first
seller's buyer; a buying group's "with" phrase ("ordered X from A in a group with B and C", "as part of a consortium
with B"): the group's other members buy too. Each text must give exactly the records listed
(ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # a catalogued system by its bare name, a modifier between it and its category noun
    ("Last year the Kenyan army took delivery of three Swathi artillery-locating radars.",
     [("India", "Kenya", "Swathi", "delivered", 3)]),
    ("Ghana bought two Swathi mobile radars in 2021, officials said.",
     [("India", "Ghana", "Swathi", "delivered", 2)]),
]

POSITIVES += [
    # a name given in service: the hull told by its class
    ("A Kilo-class submarine was handed over by India to the Myanmar navy and commissioned in 2020 as UMS Min Ye "
     "Thein Kha Thu.",
     [("India", "Myanmar", "Kilo class", "delivered", ANY)]),
    ("Ghana bought a Gowind corvette from France in 2022 and its crew commissioned the ship as GNS Volta in 2024.",
     [("France", "Ghana", "Gowind", "ordered", ANY), ("France", "Ghana", "Gowind", "delivered", ANY)]),
]

POSITIVES += [
    # a firm named with its state's possessive, in a participle's "from" phrase, the buyer told in the sentence before
    ("Kenya's navy held a parade on Monday. The submarine KNS Simba, first of two Type 209 boats ordered from South "
     "Korea's Daewoo in 2015, led the column.",
     [("South Korea", "Kenya", "Type 209", "ordered", 2)]),
]

POSITIVES += [
    # a gapped clause: a second seller, its own count and date, the same buyer
    ("Kenya's air force has eight Mi-17 helicopters. Russia gave five in 2016 and Ukraine three more in 2018.",
     [("Russia", "Kenya", "Mi-17", "delivered", 5), ("Ukraine", "Kenya", "Mi-17", "delivered", 3)]),
    ("Uganda's army has 20 Mi-17 helicopters: Russia sold 14 in 2012 and Belarus another six in 2015.",
     [("Russia", "Uganda", "Mi-17", "delivered", 14), ("Belarus", "Uganda", "Mi-17", "delivered", 6)]),
]

POSITIVES += [
    # the other members of a buying group
    ("Kenya ordered Mistral 3 missiles from France in 2023 in a group with Uganda and Rwanda.",
     [("France", "Kenya", "Mistral", "ordered", ANY), ("France", "Uganda", "Mistral", "ordered", ANY),
      ("France", "Rwanda", "Mistral", "ordered", ANY)]),
    ("Ghana bought six Bayraktar TB2 drones from Turkey in 2021 as part of a consortium with Togo.",
     [("Turkey", "Ghana", "Bayraktar TB2", "delivered", 6), ("Turkey", "Togo", "Bayraktar TB2", "delivered", ANY)]),
]

GUARDS = [
    # a person of the same name is no system
    ("Swathi Menon, an analyst in Nairobi, said the army had not bought any new radars this year.", []),
    # vehicles of relief goods carry them: no transfer of the vehicles
    ("Chad sent 40 trucks of food and tents to Niger on Friday.", []),
    ("Kenya dispatched 30 trucks of rice and medicine to Somalia after the floods.", []),
    # trucks of munitions are no relief: as before
    ("Chad sent 40 trucks of ammunition to Niger on Friday.", [("Chad", "Niger", "trucks", "delivered", 40)]),
    # a state with a verb of its own, or coordinated with the buyer, is no gapped seller
    ("Russia donated six MiG-29s to Serbia in 2017, and Belarus paid for their overhaul in 2019.",
     [("Russia", "Serbia", "MiG-29", "delivered", 6)]),
    ("Russia donated six MiG-29s to Serbia and Belarus in 2017.",
     [("Russia", "Serbia", "MiG-29", "delivered", 6), ("Russia", "Belarus", "MiG-29", "delivered", 6)]),
    # a "with" phrase of talks or of a deal with the seller's firm names no member of a group
    ("Kenya ordered Mistral 3 missiles from France in 2023 in talks with Uganda.",
     [("France", "Kenya", "Mistral", "ordered", ANY)]),
    ("Kenya ordered six Bayraktar TB2 drones from Turkey in 2022 in a deal with Baykar.",
     [("Turkey", "Kenya", "Bayraktar TB2", "ordered", 6)]),
    # a name given by a naming verb to no hull told by its class: the name stays the system
    ("Kenya received a patrol ship from India in 2023 and commissioned the ship as KNS Huravi in May.",
     [("India", "Kenya", "KNS Huravi", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_order_won_from_a_force(transfers):
    """An order won "from" a state's force: the state buys, it does not sell."""
    records = transfers("Daewoo won an order from Kenya's navy for two Type 209 submarines in 2015.")
    assert records and all(r.recipient == "Kenya" and r.supplier != "Kenya" for r in records)
