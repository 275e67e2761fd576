"""Requests, signings still ahead and funders, in sentences written for these tests: a buyer that "asked to buy"
systems made a request (interest), nothing was bought, and a request turned down was still made; a signing verb
that is itself the cue ("will sign for six jets", a headline's "A set to sign for jets") tells a signing still
ahead (negotiating), as "is set to sign a contract" does; the agent of a verb of paying ("ten more, funded by A")
funds the lot and is no party to it. Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

REQUESTS = [
    ("Ghana's air force asked to buy four Super Tucano aircraft from Brazil last year.",
     [("Brazil", "Ghana", "Super Tucano", "interest", 4)]),
    ("In 2019 Peru asked to buy ten Mi-17 helicopters from Russia, a request Moscow later refused.",
     [("Russia", "Peru", "Mi-17", "interest", 10)]),
    # guards: a request denied is none; a seller asking to be paid for a delivery tells the delivery
    ("Ghana did not ask to buy Super Tucano aircraft from Brazil.",
     []),
    ("Brazil asked Ghana to pay for the four Super Tucano aircraft it delivered in 2021.",
     [("Brazil", "Ghana", "Super Tucano", "delivered", 4)]),
]

SIGNINGS_AHEAD = [
    ("Peru will sign for eight Mi-17 helicopters from Russia next month.",
     [("Russia", "Peru", "Mi-17", "negotiating", 8)]),
    ("Chile set to sign for first T-50 trainers, officials say\n\nSANTIAGO (Wire) - Chile is set to sign a contract "
     "with South Korea for six T-50 trainers next month, two officials said.",
     [("South Korea", "Chile", "T-50", "negotiating", 6)]),
    # guard: a signing told as done is an order
    ("Peru signed for eight Mi-17 helicopters from Russia in May.",
     [("Russia", "Peru", "Mi-17", "ordered", 8)]),
]

FUNDERS = [
    ("Jordan's border guards lack vehicles. Italy has shipped 40 armoured vehicles since 2023, and ten more, funded "
     "by Qatar, are still in an Italian depot.",
     [("Italy", "Jordan", "armoured vehicles", "delivered", 40)]),
    # guard: the agent of a verb of supplying is the seller
    ("Jordan's border guards lack vehicles. The 40 armoured vehicles, supplied by Italy, arrived in 2023.",
     [("Italy", "Jordan", "armoured vehicles", "delivered", 40)]),
]


@pytest.mark.parametrize("text,expected", REQUESTS + SIGNINGS_AHEAD + FUNDERS)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
