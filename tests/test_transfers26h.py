"""Transfers in sentences written for these tests (round thirteen, own21's second pass, r21th): a part of a lot told
before that is "on the assembly line", "on the production line" or "in final assembly" is being built for that
lot's buyer (in production, as "under construction" is); one item said to be for two buyers names neither as its
buyer; a noun inside a hyphened word that modifies the noun after it ("ship-to-ship transfers") is no system;
general goods that serve a police force are no military transfer. Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

MAKING_STAGES = [
    ("Kenya has ordered 10 T-129 helicopters from Turkey. The first four are now on the production line in Ankara.",
     [("Turkey", "Kenya", "T-129", "ordered", 10), ("Turkey", "Kenya", "T-129", "in_production", 4)]),
    ("Chile ordered 12 F-16 Block 70 jets in 2023. Its first aircraft is now in final assembly at Greenville.",
     [("United States", "Chile", "F-16", "ordered", 12), ("United States", "Chile", "F-16", "in_production", ANY)]),
    ("Chile has received 20 Leopard 2 tanks from Germany, and eight more are on the assembly line.",
     [("Germany", "Chile", "Leopard 2", "delivered", 20), ("Germany", "Chile", "Leopard 2", "in_production", 8)]),
    ("Kenya ordered six C295 aircraft from Spain in 2023. The first of them are on the assembly line in Seville.",
     [("Spain", "Kenya", "C295", "ordered", 6), ("Spain", "Kenya", "C295", "in_production", ANY)]),
    # a counted part of a joint order is built for both buyers
    ("Last year Chile and Peru jointly ordered ten KF-21 jets from South Korea. Four jets for Chile and Peru are on"
     " the assembly line at Sacheon.",
     [("South Korea", "Chile", "KF-21", "ordered", 10), ("South Korea", "Peru", "KF-21", "ordered", 10),
      ("South Korea", "Chile", "KF-21", "in_production", 4), ("South Korea", "Peru", "KF-21", "in_production", 4)]),
]

MAKING_STAGE_GUARDS = [
    # a line that is no line of making
    ("Chile has received 20 Leopard 2 tanks from Germany, and its soldiers are on the front line.",
     [("Germany", "Chile", "Leopard 2", "delivered", 20)]),
    # a production line that is only described, with nothing on it
    ("Chile has received 20 Leopard 2 tanks from Germany; the company's production line in Munich is busy.",
     [("Germany", "Chile", "Leopard 2", "delivered", 20)]),
    # one jet for two buyers: whose it is, the sentence does not say
    ("Last year Chile and Peru jointly ordered ten KF-21 jets from South Korea. The first jet for Chile and Peru is on"
     " the assembly line at Sacheon.",
     [("South Korea", "Chile", "KF-21", "ordered", 10), ("South Korea", "Peru", "KF-21", "ordered", 10)]),
]


@pytest.mark.parametrize("text, expected", MAKING_STAGES + MAKING_STAGE_GUARDS)
def test_making_stage(transfers, text, expected):
    assert_exactly(transfers(text), expected)


HYPHENED_WORDS = [
    # a transfer at sea between tankers moves fuel, not a ship
    ("Russia sold ten Yak-130 jets to Cuba in 2021. Fuel reached Cuba in 2024 after ship-to-ship transfers at sea.",
     [("Russia", "Cuba", "Yak-130", "delivered", 10)]),
    ("Russia sold ten Yak-130 jets to Cuba in 2021. At least 12 tanker cargoes of diesel reached the Mariel terminal"
     " in 2023 and 2024, several after ship-to-ship transfers that hid where the diesel came from.",
     [("Russia", "Cuba", "Yak-130", "delivered", 10)]),
]

HYPHENED_WORD_GUARDS = [
    # the noun the hyphened word modifies is still the system
    ("Russia sold ten Yak-130 jets to Cuba in 2021. Cuba also bought ship-to-shore connector craft from Russia in 2023.",
     [("Russia", "Cuba", "Yak-130", "delivered", 10), ("Russia", "Cuba", "craft", "delivered", None)]),
    ("Chile bought two helicopter-carrier ships from France in 2022.", [("France", "Chile", "ships", "delivered", 2)]),
]


@pytest.mark.parametrize("text, expected", HYPHENED_WORDS + HYPHENED_WORD_GUARDS)
def test_hyphened_word(transfers, text, expected):
    assert_exactly(transfers(text), expected)


POLICE_GOODS = [
    ("Samoa received two patrol boats from Japan in 2023. Korean-donated pickup trucks now carry the police's village"
     " patrols.",
     [("Japan", "Samoa", "patrol boats", "delivered", 2)]),
    ("Japan gave Samoa twenty pickup trucks for the police in 2024.", []),
]

POLICE_GOODS_GUARDS = [
    # the same goods serving an army stay a transfer
    ("Samoa received two patrol boats from Japan in 2023. Korean-donated pickup trucks now carry the army's border"
     " patrols.",
     [("Japan", "Samoa", "patrol boats", "delivered", 2), ("South Korea", "Samoa", "trucks", "delivered", None)]),
    ("Japan gave Samoa twenty pickup trucks for the army in 2024.", [("Japan", "Samoa", "trucks", "delivered", 20)]),
]


@pytest.mark.parametrize("text, expected", POLICE_GOODS + POLICE_GOODS_GUARDS)
def test_police_goods(transfers, text, expected):
    assert_exactly(transfers(text), expected)
