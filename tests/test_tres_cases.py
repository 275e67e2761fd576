"""Transfer residuals on text written unlike the development articles: own-words sentences for structural
families (a memorandum on systems, definite descriptions and pronouns for a state named before, lots
each with their own seller), each expected record given as (supplier, recipient, system, status,
quantity)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2024, 3, 11)

CASES = [
    # a memorandum on a system prepares its purchase (interest, as a signed MoU in status_governors.tsv)
    ("Romania signed a memorandum with the United States on 32 F-35A fighter jets.",
     [("United States", "Romania", "F-35", "interest", 32)]),
    ("Finland signed an MoU with Israel on four Barak MX air defence batteries.",
     [("Israel", "Finland", "Barak", "interest", 4)]),
    # a memorandum about cooperation names no system and gives no record
    ("Romania signed a memorandum with the United States on defence industry cooperation.", []),
    # a deal told in an adverbial clause of its own lends its parties to no other deal of the sentence: "the
    # tank deal" is the story's deal from the sentence before
    ("Romania is buying Leopard 2A8 tanks from Germany. The tank deal comes months after Romania concluded an "
     "agreement with the United States on 32 F-35A fighter jets.",
     [("Germany", "Romania", "Leopard 2", "agreed", ANY), ("United States", "Romania", "F-35", "agreed", 32)]),
    # talks gapped in a second pair ("and with B on Y"): B is Y's seller, the buyer stays the talks' subject; the
    # dropped options end both talks (cancelled records of their own since round twelve, tests/test_transfers23.py)
    ("Peru had held talks with France on the Rafale, and with Sweden on the Gripen, but both options were dropped.",
     [("France", "Peru", "Rafale", "negotiating", ANY), ("Sweden", "Peru", "Gripen", "negotiating", ANY),
      ("France", "Peru", "Rafale", "cancelled", ANY), ("Sweden", "Peru", "Gripen", "cancelled", ANY)]),
    # the partner of another contract in the sentence is its seller, not the buyer of a deal told beside it
    ("Peru is rebuilding its army. In May the Defence Ministry signed a contract with the United States for 18 "
     "Stryker vehicles, after cancelling a 2021 agreement to buy VN-1 vehicles from China.",
     [("United States", "Peru", "Stryker", "ordered", 18), ("China", "Peru", "VN-1", "agreed", ANY),
      ("China", "Peru", "VN-1", "cancelled", ANY)]),
    # but the partner of the agreement that holds the cue is its buyer
    ("Hanwha has signed an agreement with the Peruvian defence ministry to supply 12 K9 howitzers by 2028.",
     [("South Korea", "Peru", "K9", "agreed", 12)]),
    # a relative clause without "that" whose subject is a definite description of the state named before
    ("Morocco is expanding its navy. The missiles are for the three MEKO A-200 frigates the North African "
     "kingdom ordered from Germany.",
     [("Germany", "Morocco", "MEKO", "ordered", 3)]),
    # a true participle on the system is still read as one
    ("Morocco received the three MEKO A-200 frigates ordered from Germany.",
     [("Germany", "Morocco", "MEKO", "delivered", 3), ("Germany", "Morocco", "MEKO", "ordered", 3)]),
    # an export licence granted by a state: the granting state sells, the "to" phrase on the verb buys
    ("Britain granted export licences for Paveway IV bombs to Qatar.",
     [("United Kingdom", "Qatar", "Paveway", "agreed", ANY)]),
    # list items each with a participle and seller of their own: each keeps its own seller
    ("The Peruvian navy operates a Lupo-class frigate acquired from Italy in 2004 and a Knox-class frigate "
     "bought from the United States in 2006.",
     [("Italy", "Peru", "Lupo class", "delivered", ANY), ("United States", "Peru", "Knox class", "delivered", ANY)]),
    # the seller of another item is not the buyer of this one: the buyer is the state the story is about
    ("Peru ordered two frigates from South Korea. The new ships will replace the Type 22 frigate Aguirre, "
     "acquired from Britain in 2004, and a Lupo-class frigate bought from Italy in 2006.",
     [("South Korea", "Peru", "frigate", "ordered", 2), ("United Kingdom", "Peru", "Type 22", "delivered", ANY),
      ("Italy", "Peru", "Lupo class", "delivered", ANY)]),
    # one participle after the last item still covers the whole list
    ("The Peruvian navy operates two Lupo-class frigates and a Knox-class frigate bought from the United States.",
     [("United States", "Peru", "Lupo class", "delivered", 2),
      ("United States", "Peru", "Knox class", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_tres_case(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
