"""Transfer probes in sentences written for these tests (round 23, helper r23ta).

Taking verbs with a source: "added six X from A", "took X from A's stocks" tell a delivery from the state named in
the "from", or from the state whose holdings the goods came out of. 
A passive adverbial clause of a past fact with its own subject ("retired its old jets after six new X were delivered
from A") tells its own step: the verb of ending above it does not cancel that delivery.
Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

TAKEN_FROM = [
    ("The Kenyan air force added four Hawk trainers from Britain in 2011.",
     [("United Kingdom", "Kenya", "Hawk", "delivered", 4)]),
    ("In 2014 Ghana's navy added two Type 062 patrol boats from China.",
     [("China", "Ghana", "Type 062", "delivered", 2)]),
    ("Jordan took twenty M60 tanks from American stocks in 2009.",
     [("United States", "Jordan", "M60", "delivered", 20)]),
    ("In 2016 the Peruvian army took eight Mi-17 helicopters from Russian stocks.",
     [("Russia", "Peru", "Mi-17", "delivered", 8)]),
    # guards: "added" as a verb of saying, a state's own holdings, a "from" that is no source
    ("The ministry added that two Hawk trainers from Britain had been grounded in 2011.", []),
    ("Kenya took ten M113 carriers from its own stocks to the border in 2012.", []),
    ("Kenya added two Mi-17 helicopters from its reserve to the relief mission in 2012.", []),
]


@pytest.mark.parametrize("text,expected", TAKEN_FROM)
def test_taking_verbs_with_a_source(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)


PASSIVE_ADVERBIAL = [
    ("Kenya withdrew its old jets last year after five new Hawk trainers were delivered from Britain.",
     [("United Kingdom", "Kenya", "Hawk", "delivered", 5)]),
    ("Ghana withdrew its old patrol boats in 2018 after two new Type 062 boats were delivered from China.",
     [("China", "Ghana", "Type 062", "delivered", 2)]),
    # guards: a clause still ahead stays under the verb above it; an ending told of the deal itself still cancels
    ("Chile will retire its Mirage jets once ten F-16 fighters are delivered from the Netherlands.",
     [("Netherlands", "Chile", "F-16", "agreed", 10)]),
    ("In 2019 Chile cancelled the purchase of ten F-16 fighters from the Netherlands.",
     [("Netherlands", "Chile", "F-16", "agreed", 10), ("Netherlands", "Chile", "F-16", "cancelled", 10)]),
]


@pytest.mark.parametrize("text,expected", PASSIVE_ADVERBIAL)
def test_passive_adverbial_clause_keeps_its_own_status(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
