"""Offers from a seller the text leaves unnamed, and offers turned down, in sentences written for these tests: systems
"from" an indefinite seller noun with no state in its phrase ("from a Baltic user") have supplier "unknown", not their
maker; an offer the buyer rejects, or does not take up, was still made (offered); a deal noun described by a participle
of signing ("its contract with B, signed in 2024 for a frigate, ...") is the cue of the systems the participle's "for"
names, its owner the buyer and its "with" party the seller; a general noun under "the most" ("gives the state the
most aircraft") is an amount compared, no lot of a system told before. Each text must give exactly the
records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # an unnamed seller: not the maker
    ("Ecuador has received an offer of surplus Leopard 2 tanks from a northern European army.",
     [("unknown", "Ecuador", "Leopard 2", "offered", ANY)]),
    ("Kenya is studying an offer of refurbished Mi-17 helicopters from another user in Asia.",
     [("unknown", "Kenya", "Mi-17", ANY, ANY)]),
    # an offer turned down, or not taken up: still made
    ("Bolivia's army rejected an offer of used Leopard 2 tanks from Germany last year.",
     [("Germany", "Bolivia", "Leopard 2", "offered", ANY)]),
    ("The Chilean navy will not accept an offer of retired Mi-17 helicopters from a Baltic operator, which the "
     "admiral did not identify.",
     [("unknown", "Chile", "Mi-17", "offered", ANY)]),
    # a deal noun with a participle of signing
    ("Chile's contract with Hanwha Ocean, signed in March 2024 for a corvette, is worth $200 million.",
     [("South Korea", "Chile", "corvette", "ordered", ANY)]),
    ("Uruguay's contract with Fincantieri, signed in 2023 for two offshore patrol vessels, was cancelled in May.",
     [("Italy", "Uruguay", "offshore patrol vessel", "ordered", 2), ("Italy", "Uruguay", "offshore patrol vessel",
                                                                      "cancelled", 2)]),
]

AMOUNTS = [
    # an amount compared: only the offer told before
    ("Sweden has offered the Gripen E to Colombia. Of the three bidders, Sweden gives the Colombian state the most "
     "aircraft for each peso.",
     [("Sweden", "Colombia", "Gripen", "offered", ANY)]),
    ("Sweden has offered the Gripen E to Colombia. Its bid gives Colombia the most aircraft for the money.",
     [("Sweden", "Colombia", "Gripen", "offered", ANY)]),
    # guard: the lot told again, "the aircraft", still refers back
    ("Sweden has offered the Gripen E to Colombia. Sweden delivered the aircraft in May.",
     [("Sweden", "Colombia", "Gripen", "offered", ANY), ("Sweden", "Colombia", "Gripen", "delivered", ANY)]),
]

GUARDS = [
    # "from" a place, no seller: the maker sells
    ("Ecuador has received an offer of surplus Leopard 2 tanks from a depot near Munich.",
     [("Germany", "Ecuador", "Leopard 2", "offered", ANY)]),
    # a denied offer, or a denied acceptance of a delivery, was not made
    ("Officials denied an offer of Mi-17 helicopters to Kenya by Russia.",
     []),
    ("Kenya did not take delivery of the Mi-17 helicopters from Russia.",
     []),
    # the participle's "for" names no system
    ("Chile's contract with Hanwha Ocean, signed in March 2024 for ship repairs, is worth $20 million.",
     []),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS + AMOUNTS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
