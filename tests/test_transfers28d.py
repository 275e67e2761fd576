"""A bare relative's "it", a dropped objection and a multinational jet's signer, in sentences written for these
tests: "B's plea to pass on shells for the howitzers it ordered from A" makes B the buyer (the nearest state before
the relative that is a subject or an owner, not an object nor a state the story names more often); what a party
does to its objection to a deal (drops it, lifts it) is not done to the deal; a jet several states build is sold
by the one partner state whose minister signed the deal, in the deal's sentence or the next. Each text must give
exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 5, 12)

BARE_RELATIVE = [
    ("Austria has refused Hungary's plea to pass on shells for the PzH 2000 howitzers it ordered from Germany in 2018.",
     [("Germany", "Hungary", "PzH 2000", "ordered", None)]),
    # an object before the relative is no antecedent of its subject: the urging seller delivered
    ("Chile urged Peru to pay for the ten Centauro II vehicles it delivered in 2023.",
     [("Chile", "Peru", "Centauro II", "delivered", 10)]),
    # guard: a relative with its own relative pronoun and subject keeps its own reading
    ("Austria has refused Hungary's plea to pass on shells for the PzH 2000 howitzers which Germany sold to Austria "
     "in 2018.",
     [("Germany", "Austria", "PzH 2000", "delivered", None)]),
]

OBSTACLES = [
    ("Exports grew after Paris withdrew its objection to the contract for Britain's sale of 12 Eurofighter "
     "Typhoons to Qatar, signed in March.",
     [("United Kingdom", "Qatar", "Eurofighter Typhoon", "ordered", 12)]),
    # guard: a deal itself dropped is cancelled
    ("Qatar dropped its plan to buy 12 Eurofighter Typhoons from Britain.",
     [("United Kingdom", "Qatar", "Eurofighter Typhoon", "cancelled", 12)]),
]

PROGRAMME_SIGNERS = [
    ("Oman's contract for 12 Eurofighter Typhoon jets, signed in Muscat on Sunday, was front-page news. Oman's "
     "defence minister and Italy's deputy defence minister signed the agreement at a ceremony.",
     [("Italy", "Oman", "Eurofighter Typhoon", "ordered", 12)]),
    # guard: a signer from no partner state names no seller
    ("Oman's contract for 12 Eurofighter Typhoon jets, signed in Muscat on Sunday, was front-page news. Oman's "
     "defence minister signed the agreement at a ceremony.",
     []),
]


@pytest.mark.parametrize("text,expected", BARE_RELATIVE + OBSTACLES + PROGRAMME_SIGNERS)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
