"""Transfer reports probed in sentences written for these tests: a model number closing a name read as the count
of the systems ("a Dornier 228 fitted with a radar"), a sensor a platform is "fitted/equipped with" given a record
of its own, and a noun of interest whose "in acquiring" the parser hung on the verb of telling ("informed them of
the interest of the navy in acquiring two boats"). Each text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

FITTED_PLATFORM = [
    # the number of the name is no count, and the fitted radar goes with the aircraft
    ("The Kenyan navy received a Dornier 228 fitted with a maritime surveillance radar from Germany last year.",
     [('Germany', 'Kenya', 'Dornier 228', 'delivered', None)]),
    ("Germany delivered a Dornier 228 equipped with a search radar to the Kenyan navy in May.",
     [('Germany', 'Kenya', 'Dornier 228', 'delivered', None)]),
]

FITTED_GUARDS = [
    # a real count before the name stays, and a radar sold on its own is a record
    ("Germany delivered two Dornier 228 aircraft to Kenya in May.",
     [('Germany', 'Kenya', 'Dornier 228', 'delivered', 2)]),
    ("Germany delivered a Dornier 228 and a search radar to Kenya in May.",
     [('Germany', 'Kenya', 'Dornier 228', 'delivered', None), ('Germany', 'Kenya', 'radar', 'delivered', None)]),
]

INTEREST_OF = [
    # the parser hangs "in acquiring" on the verb of telling, not on the noun of interest
    ("General Osei informed his Turkish counterpart of the interest of the Ghana Navy in acquiring two patrol boats "
     "from Turkey.",
     [('Turkey', 'Ghana', 'patrol boats', 'interest', 2)]),
    ("The minister told Turkish officials of the interest of Kenya in acquiring six Bayraktar TB2 drones from Turkey.",
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'interest', 6)]),
    ("Officials confirmed the interest of the Ghana Navy in buying four fast attack craft from China.",
     [('China', 'Ghana', 'fast attack craft', 'interest', 4)]),
]


@pytest.mark.parametrize("text, expected", FITTED_PLATFORM + FITTED_GUARDS)
def test_fitted_equipment_and_model_numbers(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", INTEREST_OF)
def test_interest_of_a_buyer_in_acquiring(transfers, text, expected):
    assert_exactly(transfers(text), expected)
