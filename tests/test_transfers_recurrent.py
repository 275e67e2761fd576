"""Transfer error families that recur across several evaluation sets, each probed with sentences written for these
tests (none taken from an article).

- A deal told in general words ("the missile order", "the aircraft contract") in one step, beside the one
  system the article names for the same seller, buyer and kind in another step, is a deal for that system.

Each positive text must give exactly the records listed; each guard text must give exactly its own records (the
general record left general)."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import assert_exactly

PUBLISHED = date(2025, 3, 1)

# a general phrase of a kind named once for the same parties refers back to that system
SOLE_KIND = [
    ('South Africa delivered Umkhonto missiles to Algeria in 2015. The firm said the missile order, placed in 2012, '
     'had now been completed.',
     [('South Africa', 'Algeria', 'Umkhonto', 'delivered', None),
      ('South Africa', 'Algeria', 'Umkhonto', 'ordered', None)]),
    ('Spain delivered the first A400M transport plane to Kazakhstan in May. The aircraft contract, signed in 2021, '
     'also covers training.',
     [('Spain', 'Kazakhstan', 'A400M', 'delivered', None),
      ('Spain', 'Kazakhstan', 'A400M', 'ordered', None)]),
]

# guards: two named systems of the kind (which one is meant is not told), a finer kind of its own ("loitering
# munitions" beside a named drone), a named system of another kind (air defence beside "the missile contract"), a
# general phrase that introduces items rather than refers back ("delivered drones")
SOLE_KIND_GUARDS = [
    ('Turkey delivered drones to Kenya in May, officials said. Turkey agreed in 2022 to sell Kenya six Bayraktar '
     'TB2 drones.',
     [('Turkey', 'Kenya', 'drones', 'delivered', None),
      ('Turkey', 'Kenya', 'Bayraktar TB2', 'agreed', 6)]),
    ('South Africa delivered Umkhonto missiles to Algeria in 2015 and Mokopa missiles to Algeria in 2018. The firm '
     'said the missile order, placed in 2012, had now been completed.',
     [('South Africa', 'Algeria', 'Umkhonto', 'delivered', None),
      ('South Africa', 'Algeria', 'Mokopa', 'delivered', None),
      ('South Africa', 'Algeria', 'missile', 'ordered', None)]),
    ('Turkey delivered Bayraktar TB2 drones to Kenya in 2023. Kenya also agreed with Turkey on the local production '
     'of loitering munitions.',
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'delivered', None),
      ('Turkey', 'Kenya', 'loitering munitions', 'agreed', None)]),
    ('Israel has delivered Spyder air defence systems to Peru, the army said. The missile contract, signed in 2019, '
     'was on budget, according to the maker.',
     [('Israel', 'Peru', 'Spyder', 'delivered', None),
      ('Israel', 'Peru', 'missile', 'ordered', None)]),
]


@pytest.mark.parametrize("text, expected", SOLE_KIND + SOLE_KIND_GUARDS)
def test_general_deal_named_by_sole_kind(transfers, text, expected):
    assert_exactly(transfers(text), expected)
