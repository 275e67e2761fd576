"""own24 families, in sentences written for these tests: a word of permitting (approve, approval, "the green light",
authorise) over talks permits the talks; no deal is agreed, the transfer is still being negotiated. Each text must
give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

PERMITTED_TALKS = [
    ("The cabinet gave Peru's defence ministry the green light to open talks with Chile on 12 used F-16 fighters.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
    ("The president authorised Ghana's defence ministry to negotiate with Brazil for four Super Tucano aircraft.",
     [("Brazil", "Ghana", "Super Tucano", "negotiating", 4)]),
]

PERMITTED_GUARDS = [
    # (already read as talks: an approval as the object of a verb of giving)
    ("The government granted Colombia's air force approval to start negotiations with Israel on six used Kfir "
     "fighters.",
     [("Israel", "Colombia", "Kfir", "negotiating", 6)]),
    # an approval over the purchase itself still agrees it
    ("The cabinet gave Peru's defence ministry approval to buy 12 used F-16 fighters from Chile.",
     [("Chile", "Peru", "F-16", "agreed", 12)]),
    # talks alone stay talks
    ("Peru opened talks with Chile on 12 used F-16 fighters.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
]


@pytest.mark.parametrize("text,expected", PERMITTED_TALKS + PERMITTED_GUARDS)
def test_permitted_talks_negotiating(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# The partner in talks on used systems holds them and sells, even when the system's maker is named; the one an
# approval is given to opens the talks and buys ("gave B the green light to open talks with A on X").
TALKS_PARTIES = [
    ("Peru opened talks with Chile on 12 used F-16 fighters. The jets are American-made.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
    ("The cabinet gave Peru's defence ministry the green light to open talks with Chile on 12 used F-16 fighters. "
     "Any transfer needs the approval of Washington.",
     [("Chile", "Peru", "F-16", "negotiating", 12)]),
]

TALKS_PARTIES_GUARDS = [
    # new jets of a named maker: the partner in the talks buys them from the maker
    ("Talks with Chile on 12 new F-16 fighters continued in May. The jets are American-made.",
     [("United States", "Chile", "F-16", "negotiating", 12)]),
    # no used jets in the used partner's talks with their maker
    ("The United States held talks with Chile on 12 F-16 fighters.",
     [("United States", "Chile", "F-16", "negotiating", 12)]),
]


@pytest.mark.parametrize("text,expected", TALKS_PARTIES + TALKS_PARTIES_GUARDS)
def test_talks_parties(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# "X, part of an order A placed in 2023": the order the system is part of is its deal, and the subject of the
# order's own support verb in a relative clause is the buyer.
PART_OF_ORDER = [
    ("A port notice says the ship will load Patria AMV armoured vehicles there, part of an order Latvia placed in "
     "2022, for discharge at Riga.",
     [("Finland", "Latvia", "Patria AMV", "ordered", None)]),
    ("The freighter carried Patria AMV armoured vehicles, part of an order that Latvia placed in 2022.",
     [("Finland", "Latvia", "Patria AMV", "ordered", None)]),
]

PART_OF_ORDER_GUARDS = [
    # part of a shipment or of a fleet tells no deal
    ("The freighter carried Patria AMV armoured vehicles, part of a shipment bound for Riga.", []),
    ("The freighter carried Patria AMV armoured vehicles, part of the army's fleet.", []),
    # a package approved beside a delivery tells no step of its own
    ("NAIROBI - The army has received four Bayraktar TB2 drones from Turkey, the minister said on Monday. He said "
     "the drones, part of a $90 million package approved by Parliament last year, would be based in the north.",
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", 4)]),
]


@pytest.mark.parametrize("text,expected", PART_OF_ORDER + PART_OF_ORDER_GUARDS)
def test_part_of_order(transfers, text, expected):
    assert_exactly(transfers(text), expected)
