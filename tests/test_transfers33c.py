"""own24 families, in sentences written for these tests: when two supplier-recipient pairs are told in as many
deal steps and their states named as often, the main pair a record with no buyer of its own falls back to is the
pair of the state the story is datelined in ("LIMA:" -> Peru), not the pair told first. Each text must give
exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

DATELINE_POSITIVES = [
    ("LIMA: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Peru", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    ("HANOI — The air force has ordered 12 Yak-130 trainers, the ministry said. Russia sold Laos four Yak-130 "
     "jets in 2018, while Russia sold Vietnam 12 Su-30 fighters in 2013.",
     [("Russia", "Vietnam", "Yak-130", "ordered", 12), ("Russia", "Laos", "Yak-130", "delivered", 4),
      ("Russia", "Vietnam", "Su-30", "delivered", 12)]),
]

DATELINE_GUARDS = [
    # no dateline: the tie still goes to the pair told first
    ("The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six M-346 "
     "trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    # a dateline of a third state breaks no tie
    ("QUITO: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020, and Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
    # no full tie: the state named more often keeps the lead over the dateline's
    ("LIMA: The Ministry of Defence ordered four C-27J Spartan transport aircraft in March. Italy sold Chile six "
     "M-346 trainers in 2020. Chile is a close partner of Italy. Italy sold Peru ten M-346 trainers in 2018.",
     [("Italy", "Chile", "C-27J", "ordered", 4), ("Italy", "Chile", "M-346", "delivered", 6),
      ("Italy", "Peru", "M-346", "delivered", 10)]),
]


@pytest.mark.parametrize("text,expected", DATELINE_POSITIVES + DATELINE_GUARDS)
def test_dateline_breaks_pair_tie(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A name closing on a production lot ("... Batch 2", "... Block II") written with the plural on the word before
# the lot ("Littoral Mission Ships Batch 2") is the system in the plural, the lot kept in its name.
LOT_POSITIVES = [
    ("Peru bought two frigates from South Korea in 2021. In Ulsan, the first of two Littoral Mission Ships Batch 2 "
     "ordered from Turkey in 2024 was floated out on Monday.",
     [("South Korea", "Peru", "frigates", "delivered", 2), ("Turkey", "Peru", "LMS Batch 2", "in_production", 1),
      ("Turkey", "Peru", "LMS Batch 2", "ordered", 2)]),
    ("Oman ordered 20 Harpoons Block II from the United States in 2022.",
     [("United States", "Oman", "Harpoons Block II", "ordered", 20)]),
]

LOT_GUARDS = [
    # a batch of a generic noun is no named lot
    ("Peru bought two frigates from South Korea in 2021. A batch of ships was ordered from Turkey in 2024.",
     [("South Korea", "Peru", "frigates", "delivered", 2), ("Turkey", "Peru", "ships", "ordered", None)]),
]


@pytest.mark.parametrize("text,expected", LOT_POSITIVES + LOT_GUARDS)
def test_plural_before_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A bare count of a unit noun ("ordered two batteries", "four regiments") right after a sentence naming a system
# counts units of that system, when the sentence names no other seller than its maker.
UNIT_POSITIVES = [
    ("Norway's NASAMS, made by Kongsberg, has found many buyers. Lithuania ordered two batteries in 2020.",
     [("Norway", "Lithuania", "NASAMS", "ordered", 2)]),
    ("Russia's S-400 Triumf has found many buyers. Algeria ordered four regiments in 2015.",
     [("Russia", "Algeria", "S-400", "ordered", 4)]),
]

UNIT_GUARDS = [
    # a unit of a system the sentence names itself is of that system
    ("Norway's NASAMS has found many buyers. Spain ordered ten Patriot batteries in 2021.",
     [("United States", "Spain", "Patriot", "ordered", 10)]),
    # another seller than the maker of the system told before: no lot of it
    ("Israel's Iron Dome has drawn interest abroad. Romania ordered two batteries from the United States in 2023.",
     []),
    # no system told before
    ("Air defence is in demand across Europe. Lithuania ordered two batteries in 2020.", []),
]


@pytest.mark.parametrize("text,expected", UNIT_POSITIVES + UNIT_GUARDS)
def test_counted_units_of_system_before(transfers, text, expected):
    assert_exactly(transfers(text), expected)
