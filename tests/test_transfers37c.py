"""own25 families, in sentences written for these tests. Each text must give exactly the records listed (ANY: the
field is not checked).

- A loan of money is no lending of systems: "loan" names a transfer when systems are lent ("the loan of four
  helicopters"), but a loan with a sum on it or a purpose of paying for systems finances a purchase."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

MONEY_LOANS = [
    # a sum on the loan and a purpose of paying: money lent, the systems are no loan of the lender's (nor of the buyer)
    ("Peru has secured a €1.4 billion loan backed by France's credit agency to pay for 12 Rafale fighters.",
     []),
    ("Chile has secured a €900 million loan backed by Germany's export credit agency to pay for 40 Leopard 2 tanks.",
     []),
]

LENT_SYSTEMS = [
    # near negatives: systems themselves lent; a purchase told beside a money loan stays
    ("Ghana secured a loan of about $300 million to finance the purchase of four Z-9 helicopters from China.",
     [("China", "Ghana", "Z-9", ANY, 4)]),
    ("Norway's loan of four NH90 helicopters to Denmark will last six months.",
     [("Norway", "Denmark", "NH90", ANY, 4)]),
    ("The loan of two Hercules transport aircraft from Britain to Jordan ended in May.",
     [("United Kingdom", "Jordan", "Hercules", ANY, 2)]),
]


@pytest.mark.parametrize("text,expected", MONEY_LOANS + LENT_SYSTEMS)
def test_money_loan_is_no_lending(transfers, text, expected):
    assert_exactly(transfers(text), expected)
