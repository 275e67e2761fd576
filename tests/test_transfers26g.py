"""Combining forms of nationality and unnamed buyers, in sentences written for these tests: a hyphened pair such as
"Anglo-French" or "Sino-Pakistani" on a system names two makers, each a seller ("Franco" alone is a name, not a
state); an order a seller won, booked or received "from" a customer it did not name, or an order "from an
undisclosed customer" whatever its verb, has an unnamed buyer ("unknown"), and an order a seller won "for X from A"
comes from its buyer A; in a gapped clause after a buyer's verb ("A bought X in March and B Y in June"), B is the
next buyer though the parser joins it to the date, and A is no seller of Y. Each text must give exactly the records
listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

COMBINING_FORMS = [
    ("Peru bought Anglo-French Storm Shadow missiles in 2023.",
     [("France", "Peru", "Storm Shadow", "delivered", None),
      ("United Kingdom", "Peru", "Storm Shadow", "delivered", None)]),
    ("Nigeria received four Sino-Pakistani JF-17 fighters in 2021.",
     [("Pakistan", "Nigeria", "JF-17", "delivered", 4), ("China", "Nigeria", "JF-17", "delivered", 4)]),
    ("Qatar ordered the Franco-Italian Aster 30 missile system in 2024.",
     [("Italy", "Qatar", "Aster", "ordered", None), ("France", "Qatar", "Aster", "ordered", None)]),
    # guards: "Franco" alone is a person's name; a combining form not on the system names no seller of it
    ("Franco Rossi said Qatar ordered Aster 30 missiles from France in 2024.",
     [("France", "Qatar", "Aster", "ordered", None)]),
    ("Franco-Italian relations cooled after Qatar ordered Aster 30 missiles from Italy in 2024.",
     [("Italy", "Qatar", "Aster", "ordered", None)]),
]

UNNAMED_BUYERS = [
    ("Kongsberg won an order for NSM missiles from an undisclosed customer.",
     [("Norway", "unknown", "NSM", "ordered", None)]),
    ("Hanwha booked an order for K9 howitzers from an unnamed export customer.",
     [("South Korea", "unknown", "K9", "ordered", None)]),
    ("An order for NSM missiles from a customer Kongsberg did not name was worth $80 million.",
     [("Norway", "unknown", "NSM", "ordered", None)]),
    ("Kongsberg won an order for NSM missiles from Poland.",
     [("Norway", "Poland", "NSM", "ordered", None)]),
    # guards: an order "from" a named state placed by a buyer buys from it; an unnamed supplier is no buyer
    ("Poland placed an order for NSM missiles from Norway in May.",
     [("Norway", "Poland", "NSM", "ordered", None)]),
    ("An order for NSM missiles from an undisclosed supplier was placed in May.",
     []),
]

GAPPED_AFTER_DATE = [
    ("Ghana bought two Mi-17 helicopters from Russia in March and Kenya three Mi-24 helicopters in June.",
     [("Russia", "Ghana", "Mi-17", "delivered", 2), ("Russia", "Kenya", "Mi-24", "delivered", 3)]),
    # guard: a date joined to another date is no clause of a buyer
    ("Ghana bought Mi-17 helicopters from Russia in March and June.",
     [("Russia", "Ghana", "Mi-17", "delivered", None)]),
]


@pytest.mark.parametrize("text,expected", COMBINING_FORMS + UNNAMED_BUYERS + GAPPED_AFTER_DATE)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
