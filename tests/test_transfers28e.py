"""Lots referred back to, in sentences written for these tests: a bare definite plural subject ("The helicopters
arrived in 2009") is the lot of the one system of its kind the story has named, however many sentences back (not
when two of that kind were named, nor a kind of another category); a count of two or more ("we got two") is not of
the class of one hull named beside it ("the corvette X, a former Y-class ship"). Each text must give exactly the
records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

_FILLER = ("The deal was criticised by the opposition. A court opened a case in 2020. The minister denied any "
           "wrongdoing. Prosecutors said the price had been inflated. An auditor agreed with them. ")

SOLE_KIND = [
    ("Bolivia bought nine Mi-17 helicopters from Russia in 2008. " + _FILLER + "The helicopters arrived in 2011.",
     [("Russia", "Bolivia", "Mi-17", "ordered", 9), ("Russia", "Bolivia", "Mi-17", "delivered", ANY)]),
    # guards: two helicopter types named before, the phrase says not which; "the jets" are no helicopters
    ("Bolivia bought nine Mi-17 helicopters from Russia in 2008 and four Bell 412 helicopters from the United "
     "States in 2009. " + _FILLER + "The helicopters arrived in 2011.",
     [("Russia", "Bolivia", "Mi-17", ANY, 9), ("United States", "Bolivia", "Bell 412", ANY, 4)]),
    ("Bolivia bought nine Mi-17 helicopters from Russia in 2008. " + _FILLER + "The jets arrived in 2011.",
     [("Russia", "Bolivia", "Mi-17", ANY, 9)]),
]

COUNT_OF_ONE = [
    ("Italy gave Tunisia the corvette ITS Sagittario, a former Minerva-class ship, in 2021. \"We waited years, and "
     "this year we got two,\" the admiral said.",
     [("Italy", "Tunisia", "Minerva", "delivered", None)]),
    # guards: two more of the class of one named hull are still of that class; a count after an indefinite "an X
    # helicopter" is of that kind (the old answers kept)
    ("Italy gave Tunisia the corvette ITS Sagittario, a former Minerva-class ship, in 2021. It delivered two more "
     "in 2022.",
     [("Italy", "Tunisia", "Minerva", "delivered", 2)]),
    ("An AW159 Wildcat helicopter flew low over the parade. The Philippine Navy took delivery of eight from "
     "Britain.",
     [("United Kingdom", "Philippines", "AW159", "delivered", 8)]),
]


@pytest.mark.parametrize("text,expected", SOLE_KIND + COUNT_OF_ONE)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
