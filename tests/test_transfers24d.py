"""A gapped coordination of offers, in sentences written for these tests: "A has offered X, B the Y and C Z" leaves the
verb out after the first clause; each later clause's state is the seller of its own system, not the buyer of the
first; and the state a paper is named after ("THE CITYNAME LEDGER" on its first line), when the text names it mostly
through its capital or its bodies: a pair told once in an aside on a neighbour's deal is no main pair whose buyer the
other deals imply; nor is a pair first told after a buyer-less lot the buyer of that lot; a report's claim
("your article stated that A had bought X") that the next sentence calls untrue ("Neither is right") or whose act it
denies ("They were not bought at all") gives no record; a contract the buyer "has yet to sign" is in talks. Each text
must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # gapping: the verb left out after the first clause
    ("Egypt wants 30 new fighters. Russia has offered the Su-35, China the J-10C and the United States the F-16 "
     "Block 70.",
     [("Russia", "Egypt", "Su-35", "offered", ANY), ("China", "Egypt", "J-10", "offered", ANY),
      ("United States", "Egypt", "F-16", "offered", ANY)]),
    ("Kenya is shopping for armoured vehicles: Turkey has proposed the Cobra II and South Africa the RG35, each bid "
     "for 40 vehicles.",
     [("Turkey", "Kenya", "Cobra", "offered", ANY), ("South Africa", "Kenya", "RG-35", "offered", ANY)]),
    # a paper named after its city: the home state, not the aside's neighbour, is the buyer of the bids
    ("NAIROBI LEDGER | Defence\n\nThe army wants 40 new armoured vehicles. Turkey has offered the Cobra II and South "
     "Africa the RG35. \"We will decide by March,\" the minister told MPs in Nairobi. Neighbouring Uganda ordered the "
     "Cobra II from Turkey in May.",
     [("Turkey", "Kenya", "Cobra", "offered", ANY), ("South Africa", "Kenya", "RG-35", "offered", ANY),
      ("Turkey", "Uganda", "Cobra", "ordered", ANY)]),
    # a buyer-less lot told before the main pair's first telling: the story's subject's, not a later buyer's
    ("Baykar has signed a contract to supply 10 TB2 drones to the Kenyan air force, the Turkish company said.\n\n"
     "The contract was signed on Monday in Nairobi in the presence of Kenya's defence minister.\n\n"
     "The new drones will join the six TB2 that Baykar delivered in 2022, which have flown missions over northern "
     "Kenya.\n\n\"Kenya was an early customer,\" a company official said. Kenyan crews will train in Turkey.\n\n"
     "Nigeria ordered 14 TB2 in 2023 and received eight in 2024.",
     [("Turkey", "Kenya", "TB2", "ordered", 10), ("Turkey", "Kenya", "TB2", "delivered", 6),
      ("Turkey", "Nigeria", "TB2", "ordered", 14), ("Turkey", "Nigeria", "TB2", "delivered", 8)]),
    # a report's claim the next sentence calls untrue, or whose act it denies: no record
    ("Sir, your article of 3 May stated that Kenya had bought six TB2 drones from Turkey. That is not correct. Kenya "
     "only asked for a price.",
     []),
    ("Sir, your article of 3 May stated that Kenya had bought six TB2 drones from Turkey and that the first would "
     "arrive in June. Neither is right.",
     []),
    ("The same article claimed that Kenya's Mi-17 helicopters were bought from Russia. They were not bought at all: "
     "Russia donated four to Kenya in 2016.",
     [("Russia", "Kenya", "Mi-17", "delivered", 4)]),
    # a contract the buyer has yet to sign: still in talks
    ("Kenya has yet to sign a contract for 12 TB2 drones from Turkey.",
     [("Turkey", "Kenya", "TB2", "negotiating", 12)]),
    ("Kenya picked the TB2 in March but has yet to sign a contract for its 12 drones.",
     [("Turkey", "Kenya", "TB2", "negotiating", 12)]),
]

GUARDS = [
    # no country clause after the first: the one offer, to the buyer it names
    ("Egypt wants 30 new fighters. Russia has offered the Su-35, officials said.",
     [("Russia", "Egypt", "Su-35", "offered", ANY)]),
    # a city paper's story on a foreign deal told in several steps: that deal's pair, not the paper's state
    ("NAIROBI LEDGER | World\n\nUganda ordered ten Cobra II vehicles from Turkey in 2023. The first four were "
     "delivered in May.",
     [("Turkey", "Uganda", "Cobra", "ordered", 10), ("Turkey", "Uganda", "Cobra", "delivered", 4)]),
    # a masthead that names a region, no city: no home state
    ("ASIA DEFENCE LEDGER | World\n\nUganda ordered ten Cobra II vehicles from Turkey in 2023. The first four were "
     "delivered in May.",
     [("Turkey", "Uganda", "Cobra", "ordered", 10), ("Turkey", "Uganda", "Cobra", "delivered", 4)]),
    # a lot told after the main pair in its own passage: that passage's buyer
    ("Kenya's air force will get 10 more Bayraktar TB2 drones from Turkey, the ministry said on Monday. Kenya "
     "already flies six TB2 drones, and officials in Nairobi praised their record. The new drones will join the six "
     "TB2 that Baykar delivered in 2022.\n\nNigeria ordered 14 TB2 in 2023 and received eight in 2024. Kenya also "
     "wants trainers.",
     [("Turkey", "Kenya", "TB2", "agreed", 10), ("Turkey", "Kenya", "TB2", "delivered", 6),
      ("Turkey", "Nigeria", "TB2", "ordered", 14), ("Turkey", "Nigeria", "TB2", "delivered", 8)]),
    # the claim confirmed, or the act told again undenied: the record stands
    ("Sir, your article of 3 May stated that Kenya had bought six TB2 drones from Turkey. That is correct, and the "
     "first arrived in June.",
     [("Turkey", "Kenya", "TB2", "delivered", 6)]),
    ("The same article claimed that Kenya's Mi-17 helicopters were bought from Russia. They were bought in 2016, for "
     "cash.",
     [("Russia", "Kenya", "Mi-17", ANY, ANY)]),
    # the contract signed: ordered
    ("Kenya signed a contract for 12 TB2 drones from Turkey in March.",
     [("Turkey", "Kenya", "TB2", "ordered", 12)]),
    # a maker's adjective after "and" opens no gapped clause: the buyer keeps both systems
    ("Kenya bought Chinese Wing Loong drones and Turkish Bayraktar TB2 drones in 2023.",
     [("China", "Kenya", "Wing Loong", ANY, ANY), ("Turkey", "Kenya", "Bayraktar TB2", ANY, ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
