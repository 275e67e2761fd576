"""Sentences written for these tests, on patterns of spurious records and wrong statuses that recur across sets.

1. A heading's kind of goods ("awaits helicopters", "a helicopter order") names no seller of its own: it takes one
   from a word beside it (another conjunct's seller, a rival maker). When the story below names the system of that
   kind, buyer and phase, from its own seller, the heading told that deal in general words: no second record with a
   guessed seller. A heading whose kind the story matches only with an older delivery from another seller still
   tells news of its own.
2. A system given another name in an "as" phrase ("drones, known in A as Y"; "builds X drones, as the Y") is one
   system, told by its first name.

Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 4, 8)

HEADING_KIND = [
    ("Ghana air force inducts three more K-8 jets, awaits Cobra helicopters\n\n"
     "The Ghana Air Force on Monday inducted three more K-8 trainer jets bought from China. The air chief said the "
     "six AH-1Z attack helicopters ordered from the United States in 2023 would arrive next year.",
     [("China", "Ghana", "K-8", "delivered", ANY), ("United States", "Ghana", "AH-1Z", "ordered", 6)]),
    ("Zambia air force takes delivery of two more L-15 jets, awaits transport helicopters\n\n"
     "The Zambia Air Force on Friday received two more L-15 jets from China. Four Mi-171 transport helicopters "
     "ordered from Russia in 2023 will arrive in June, the air chief said.",
     [("China", "Zambia", "L-15", "delivered", 2), ("Russia", "Zambia", "Mi-171", "ordered", 4)]),
    # a rival maker beside the heading's kind gives it no seller
    ("Airbus wins Ecuador helicopter order as Leonardo chases trainer deal\n\n"
     "The Ecuadorian Army has ordered six H145M helicopters from Airbus Helicopters of Germany, the ministry said.",
     [("Germany", "Ecuador", "H145M", "ordered", 6)]),
]

HEADING_GUARDS = [
    # the story matches the heading's kind only with a delivery it dates to an earlier year: the heading's own news
    ("Portuguese patrol boats arrive in Dili\n\n"
     "Two patrol boats from Portugal reached the port of Dili on Monday. They join the Guardian-class patrol boat "
     "that Australia handed over to Timor-Leste in 2023.",
     [("Portugal", "Timor-Leste", "patrol boat", "delivered", ANY),
      ("Australia", "Timor-Leste", "Guardian", "delivered", ANY)]),
    # a named record of another kind below is no telling of the heading's kind
    ("Portuguese patrol boats arrive in Dili\n\n"
     "Two patrol boats from Portugal reached the port of Dili on Monday. Timor-Leste ordered two C295 aircraft from "
     "Spain last month.",
     [("Portugal", "Timor-Leste", "patrol boat", "delivered", ANY), ("Spain", "Timor-Leste", "C295", "ordered", 2)]),
]


@pytest.mark.parametrize("text,expected", HEADING_KIND + HEADING_GUARDS)
def test_heading_kind_with_guessed_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# 2. A system given another name in an "as" phrase (a participle of naming on its phrase, "drones, known in A as
#    Y", or the "as" phrase the parser hangs on the object of the clause's verb, "builds X drones, as the Y") is one
#    system: one record, told by its first name. A count of it ("two of those ships, known as the Y class") keeps
#    the class that names the lot; "such as" lists an example, no second name.
KNOWN_AS = [
    ("Belarus received Shahed-136 drones, known in Russia as Geran-2, from Iran in May.",
     [("Iran", "Belarus", "Shahed-136", "delivered", ANY)]),
    ("An Estonian intelligence official says a plant near Kazan is building Iranian-designed Shahed-136 drones "
     "under licence, as the Geran-2, for Russia.",
     [("Iran", "Russia", "Shahed-136", "licensed_production", ANY)]),
    ("Belarus did not add any Shahed-136 drones in May, although officials in Minsk had hoped a follow-on deal for "
     "the drones, known in Belarus as Geran-2, might be ready.",
     [("Iran", "Belarus", "Shahed-136", "interest", ANY)]),
]

KNOWN_AS_GUARDS = [
    ("Iran has sent drones to Russia, such as the Shahed-136, since 2022.",
     [("Iran", "Russia", "Shahed-136", "delivered", ANY)]),
    ("Russia bought Shahed-136 drones from Iran in 2022, as the United States has said.",
     [("Iran", "Russia", "Shahed-136", "delivered", ANY)]),
    ("Pakistan ordered four MILGEM corvettes from Turkey in 2018. Two of those ships, known locally as the Babur "
     "class, were built in Karachi.",
     [("Turkey", "Pakistan", "MILGEM", "ordered", 4)]),
]


@pytest.mark.parametrize("text,expected", KNOWN_AS + KNOWN_AS_GUARDS)
def test_other_name_in_as_phrase(transfers, text, expected):
    assert_exactly(transfers(text), expected)
