"""Steps of a lot of ships told of one hull by its own name, in sentences written for these tests: "the second, GNS
B, was launched" (the parser hangs the ordinal on the name, a comma between) is one of the lot ordered before, of its
class, not a system of its own; and a phrase of the lot ("the second ship") refers back to the class told before, not
to the sister whose name was told last; a second "by" phrase coordinated with a passive cue's agent ("ordered by A, in a
deal last year, and by B") is a second buyer; "the same system" refers back to one named further back; and catalogue entries for a loitering munition (SpyX), a
trimaran patrol boat (Ocean Eagle 43), a Chinese guided bomb (GB50A) and Canadian small arms (C7, C8); and a letter of
intent, told by its participle, that a verb of ending takes ("a letter of intent signed in 2021 to buy X was shelved"):
the wish stated, then its end; a participle set off after the subject of "be", which the parser hangs on the copula
("Among them is the navy's X, ordered from A"), tells of the subject; "her sister(s)" of a ship refers back to the class
of ships told before; "the second vessel" is one of the lot of the kind told before in general words. Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # one hull named after its ordinal, the class named before
    ("Nigeria ordered three Gowind corvettes from France in 2021. The first, NNS Arden, was handed over in March, "
     "while the second, NNS Brook, was floated out at Lorient in May.",
     [("France", "Nigeria", "Gowind", "ordered", 3), ("France", "Nigeria", "Gowind", "delivered", 1),
      ("France", "Nigeria", "Gowind", "in_production", 1)]),
    ("Kenya signed for two Gowind corvettes from France in 2020. The first ship was delivered last year. "
     "The second, KNS Tana, was launched at Lorient in April.",
     [("France", "Kenya", "Gowind", ANY, 2), ("France", "Kenya", "Gowind", "delivered", ANY),
      ("France", "Kenya", "Gowind", "in_production", 1)]),
    # the kind told in general words
    ("Ghana ordered two offshore patrol vessels from France in 2022. The first, GNS Volta, was handed over in May.",
     [("France", "Ghana", "offshore patrol vessels", "ordered", 2),
      ("France", "Ghana", "offshore patrol vessels", "delivered", 1)]),
    # a phrase of the lot after a sister's name: the class
    ("Ghana ordered three Gowind corvettes from France in 2022. The first ship, GNS Volta, was handed over in May. "
     "The second ship was launched at Lorient in October.",
     [("France", "Ghana", "Gowind", "ordered", 3), ("France", "Ghana", "Gowind", "delivered", ANY),
      ("France", "Ghana", "Gowind", "in_production", ANY)]),
]

POSITIVES += [
    # a second agent the parser coordinates with the verb
    ("The KM-SAM system, made in South Korea, has since been ordered by Qatar, in a $2 billion deal last year, and by "
     "Egypt, which signed for six batteries in May.",
     [("South Korea", "Qatar", "KM-SAM", "ordered", ANY), ("South Korea", "Egypt", "KM-SAM", "ordered", ANY)]),
    ("The K9 howitzer was ordered by Norway and later by Egypt.",
     [("South Korea", "Norway", "K9", "ordered", ANY), ("South Korea", "Egypt", "K9", "ordered", ANY)]),
    # "the same system", its system named four sentences before
    ("South Korea sold the KM-SAM air defence system to Qatar in 2022. The deal was worth $3 billion. Officials in "
     "Doha praised the speed of the programme. Training of the crews began last year. The same system has since been "
     "ordered by Egypt.",
     [("South Korea", "Qatar", "KM-SAM", "delivered", ANY), ("South Korea", "Egypt", "KM-SAM", "ordered", ANY)]),
]

POSITIVES += [
    # catalogue entries
    ("Morocco ordered SpyX loitering munitions from Israel in 2024.",
     [("Israel", "Morocco", "SpyX", "ordered", ANY)]),
    ("France delivered three Ocean Eagle trimarans to Senegal in 2016.",
     [("France", "Senegal", "Ocean Eagle", "delivered", 3)]),
    ("Jamaica ordered 200 C8 carbines from Colt Canada in May.",
     [("Canada", "Jamaica", "C8", "ordered", 200)]),
]

POSITIVES += [
    # a letter of intent ended: the interest it stated, and its end
    ("Chile is modernising its army. A letter of intent signed in 2021 to buy 30 Piranha vehicles from Switzerland was "
     "shelved this year.",
     [("Switzerland", "Chile", "Piranha", "interest", 30), ("Switzerland", "Chile", "Piranha", "cancelled", 30)]),
    ("Chile is modernising its army. The letter of intent signed last year to acquire 12 Caesar howitzers from France "
     "was cancelled in March.",
     [("France", "Chile", "Caesar", "interest", 12), ("France", "Chile", "Caesar", "cancelled", 12)]),
]

POSITIVES += [
    # a participle on the subject of "be", hung on the copula
    ("The Kenyan navy is modernising. Among them is the navy's KSS-III submarine, ordered from South Korea in 2019.",
     [("South Korea", "Kenya", "KSS-III", "ordered", ANY)]),
    ("The Kenyan navy is modernising. Among them is the navy's S26T submarine, bought from China in 2017.",
     [("China", "Kenya", "S26T", "delivered", ANY)]),
]

POSITIVES += [
    # a ship's sisters: more of its class
    ("Kenya ordered three Gowind corvettes from France in 2021. The first was handed over in May. Her sisters Tana and "
     "Athi have been launched at Lorient and are fitting out.",
     [("France", "Kenya", "Gowind", "ordered", 3), ("France", "Kenya", "Gowind", "delivered", 1),
      ("France", "Kenya", "Gowind", "in_production", ANY)]),
    ("Kenya ordered two Gowind corvettes from France in 2021. The first was handed over in May. Her sister, the future "
     "KNS Athi, was floated out at Lorient in July.",
     [("France", "Kenya", "Gowind", "ordered", 2), ("France", "Kenya", "Gowind", "delivered", 1),
      ("France", "Kenya", "Gowind", "in_production", ANY)]),
]

POSITIVES += [
    # one of a lot of a kind told in general words, by its ordinal
    ("Ghana ordered two patrol vessels from France in 2022. The second vessel was launched at Concarneau in October.",
     [("France", "Ghana", "patrol vessels", "ordered", 2), ("France", "Ghana", "patrol vessels", "in_production", ANY)]),
    ("Ghana ordered two offshore patrol vessels from France in 2022. The first boat was delivered in March and the "
     "second boat was launched in May.",
     [("France", "Ghana", "offshore patrol vessels", "ordered", 2),
      ("France", "Ghana", "offshore patrol vessels", "delivered", ANY),
      ("France", "Ghana", "offshore patrol vessels", "in_production", ANY)]),
]

GUARDS = [
    # an ordinal noun with no lot of its kind before: nothing to refer back to
    ("Ghana bought six Bayraktar TB2 drones from Turkey in 2022. The second vessel was launched in May.",
     [("Turkey", "Ghana", "Bayraktar TB2", ANY, 6)]),
    # a person's sister is no ship
    ("Kenya ordered two Gowind corvettes from France in 2021. The first was handed over in May. The minister's sister "
     "received an award in May.",
     [("France", "Kenya", "Gowind", "ordered", 2), ("France", "Kenya", "Gowind", "delivered", 1)]),
    # a participle of no transfer on the subject of "be"
    ("Several Kenyan projects are late. Among these is the army's K9 howitzer, shown at a parade in 2019.", []),
    # a contract ended, as before: the order and its end
    ("Chile is modernising its army. A contract signed in 2021 to buy 30 Piranha vehicles from Switzerland was shelved "
     "this year.",
     [("Switzerland", "Chile", "Piranha", "ordered", 30), ("Switzerland", "Chile", "Piranha", "cancelled", 30)]),
    # a letter of intent not ended: no end told
    ("Chile is modernising its army. A letter of intent signed in 2021 to buy 30 Piranha vehicles from Switzerland was "
     "welcomed by the generals.",
     [("Switzerland", "Chile", "Piranha", ANY, 30)]),
    # a "by" phrase of another verb after "and" is no second buyer
    ("The Bayraktar TB2 drones were ordered by Kenya and flown by its own pilots in May.",
     [("Turkey", "Kenya", "Bayraktar TB2", "ordered", ANY)]),
    # "the same" of a time names no system
    ("South Korea sold the KM-SAM air defence system to Qatar in 2022. The deal was worth $3 billion. Officials in "
     "Doha praised the speed of the programme. Training of the crews began last year. The same day, Egypt ordered two "
     "frigates from Italy.",
     [("South Korea", "Qatar", "KM-SAM", "delivered", ANY), ("Italy", "Egypt", "frigates", "ordered", 2)]),

    # an ordinal set off before a person's name tells no ship
    ("Kenya ordered two Gowind corvettes from France in 2020. The second, Admiral Otieno, was appointed in May.",
     [("France", "Kenya", "Gowind", "ordered", 2)]),
    # a ship's name standing alone, no class told: the name is the system
    ("India handed over the patrol ship KNS Huravi to Kenya in 2023.",
     [("India", "Kenya", "KNS Huravi", "delivered", ANY)]),
    # no lot of ships before: the set-off name is not referred back
    ("Kenya bought six Bayraktar TB2 drones from Turkey in 2022. The second, NNS Brook, was launched in May.",
     [("Turkey", "Kenya", "Bayraktar TB2", ANY, 6)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
