"""Transfer shapes probed in sentences written for these tests: catalogue entries for an early warning aircraft named
by its airframe (Saab 340) and for infrared search and track sensors (IRST21), a possessed platform after "for" on a
deal noun whose "of" names the goods ("the sale of X for its F-16 fleet"), one of a lot told by a relative pronoun
("four radars, the first of which arrived in May"), and a deal noun whose "for" the parser hangs on the verb the deal
is the subject of ("contracts followed for X"), and a transport aircraft arriving in a clause set beside another
system's delivery (the carrier, no sale), and an indefinite deal noun as the subject of "would" (a supposed deal), and a bare "the government" giving systems
away in a story about one state (that state gives them). Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # an early warning aircraft named by its airframe
    ("Pakistan received three Saab 340 surveillance aircraft from Sweden in 2019.",
     [("Sweden", "Pakistan", "Saab 340 AEW", "delivered", 3)]),
    ("Thailand's air force flies T-50 trainers and took delivery of two Saab 340 radar planes from Sweden last year.",
     [("Sweden", "Thailand", "Saab 340 AEW", "delivered", 2)]),
    # infrared search and track sensors
    ("Washington approved the possible sale of IRST21 sensors to Norway in May.",
     [("United States", "Norway", "IRST21", "offered", ANY)]),
    # the goods of a deal noun bought for the buyer's own platform: the platform is not sold
    ("The State Department cleared the sale of AIM-120 missiles for Norway's F-35 fleet on Monday.",
     [("United States", "Norway", "AIM-120", ANY, ANY)]),
    ("Japan approved the purchase of 40 JASSM missiles from the United States for its F-15 jets.",
     [("United States", "Japan", "JASSM", ANY, 40)]),
    # one of a lot told by a relative pronoun
    ("In 2021 Kenya ordered four C295 transports from Spain, the first of which was handed over in May.",
     [("Spain", "Kenya", "C-295", "ordered", 4), ("Spain", "Kenya", "C-295", "delivered", 1)]),
    ("Chile bought three Ground Master 400 radars from France in 2023, the second of which arrived in Santiago in "
     "March.",
     [("France", "Chile", "Ground Master", ANY, 3), ("France", "Chile", "Ground Master", "delivered", ANY)]),
    # a deal noun's "for" hung on the verb the deal is the subject of
    ("India sold Pinaka rocket launchers to Armenia in 2022, and contracts followed for Akash air defence systems "
     "and ATAGS howitzers.",
     [("India", "Armenia", "Pinaka", ANY, ANY), ("India", "Armenia", "Akash", "ordered", ANY),
      ("India", "Armenia", "ATAGS", "ordered", ANY)]),
    ("After long trials in Ankara, a contract came in March for six Hurjet trainers for Spain.",
     [("Turkey", "Spain", "Hürjet", "ordered", 6)]),
    # a transport aircraft arriving beside another system's delivery carried it
    ("When four Il-76 transport aircraft landed at the capital's airport on 3 May, Mali took delivery of Pantsir-S1 "
     "air defence systems from Russia.",
     [("Russia", "Mali", "Pantsir", "delivered", ANY)]),
    ("As two An-124 freighters touched down in Niamey, Niger received four Mi-35 helicopters from Russia.",
     [("Russia", "Niger", "Mi-24", "delivered", 4)]),
    # an indefinite deal noun as the subject of "would" is a deal supposed, none made
    ("Serbia is in talks with France on Rafale jets. A Rafale deal would be a costly step towards Western systems.",
     [("France", "Serbia", "Rafale", "negotiating", ANY)]),
    ("Chile is weighing the Gripen. A contract for Gripen fighters from Sweden would cost Chile two billion dollars.",
     []),
    # a bare "the government" that gives systems away, in a story about one state, is that state's
    ("Norway's parliament debated the aid budget for weeks. Norway has a small army. Critics in Norway say its stocks "
     "are low. In March the government handed Kyiv 40 M113 armoured carriers, most of them stored for decades. Norway "
     "will also train crews.",
     [("Norway", "Ukraine", "M113", "delivered", 40)]),
    ("Portugal's defence budget rose again this year. Portugal wants new frigates. Critics in Portugal say its stocks "
     "are low. Lisbon also plans to recruit more sailors. Last year the government sent six Leopard 2A6 tanks to "
     "Ukraine.",
     [("Portugal", "Ukraine", "Leopard 2", "delivered", 6)]),
]

GUARDS = [
    # a platform that is itself what is sold stays a record
    ("Washington approved the sale of 12 F-16 fighters to Bulgaria's air force.",
     [("United States", "Bulgaria", "F-16", ANY, 12)]),
    # one of a lot still to come is no step of its own
    ("Kenya ordered four C295 transports from Spain in 2021, the first of which will be handed over next year.",
     [("Spain", "Kenya", "C-295", "ordered", 4)]),
    # fighters arriving beside other goods are delivered themselves
    ("When the first two Rafale jets arrived in Athens in May, Greece also received Exocet missiles from France.",
     [("France", "Greece", "Rafale", "delivered", 2), ("France", "Greece", "Exocet", "delivered", ANY)]),
    # a purchase that "could" come is a possible one
    ("Peru has looked at the KF-21. Any purchase of KF-21 fighters from South Korea could take years to complete.",
     [("South Korea", "Peru", "KF-21", "interest", ANY)]),
    # the government of a place is no state the story is about
    ("Portugal's defence budget rose again this year. Critics in Portugal say its stocks are low. Portugal trains "
     "with Spain. The government of Tigray accused Iran of supplying Mohajer-6 drones to Ethiopia.",
     [("Iran", "Ethiopia", "Mohajer", "delivered", ANY)]),
    # praise that follows for a system tells no deal
    ("Praise followed for the Gripen fighters that Hungary flies.", []),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
