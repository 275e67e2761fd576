"""own25 families (second pass), in sentences written for these tests. Each text must give exactly the records
listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 4, 20)

# A system after "derived from" is the older design the goods grew out of, not a second system transferred; a
# design noun after it ("derived from the same X design") names the family of the goods and is left alone
DERIVED_FROM = [
    ("Nepal received 12 Type 15 tanks from China in 2019, a model derived from the Russian T-72.",
     [("China", "Nepal", "Type 15", "delivered", 12)]),
    ("Laos bought eight K-9 trainers from Korea in 2018, a type derived from the older Swiss PC-7.",
     [("South Korea", "Laos", "K-9", ANY, 8)]),
]

DERIVED_FROM_GUARDS = [
    # a transfer told of the older design in a clause of its own still stands
    ("Nepal bought 12 T-72 tanks from Russia in 2019, and the design was derived from the T-64.",
     [("Russia", "Nepal", "T-72", "delivered", 12)]),
    ("Nepal received 12 Type 15 tanks from China in 2019, derived from the same T-72 design.",
     [("China", "Nepal", "Type 15", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", DERIVED_FROM + DERIVED_FROM_GUARDS)
def test_derived_from(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A state word on a company ("Swiss firm X's jets") is the company's nationality: it marks a maker or seller, never
# the buyer of the goods the clause tells (nor of others in the same clause)
COMPANY_NATIONALITY = [
    ("Peru is weighing a new trainer. China supplied K-8 jet trainers in two batches of six, and Swiss firm "
     "Pilatus's PC-7s, bought in the 1980s, were retired last year.",
     [("China", "Peru", "K-8", "delivered", ANY), (ANY, "Peru", "PC-7", ANY, ANY)]),
]

COMPANY_NATIONALITY_GUARDS = [
    # a state word on a force, or a state's own possessive, still names the buyer
    ("Peru is weighing a new trainer. China sold K-8 jets to the Swiss air force in 2019.",
     [("China", "Switzerland", "K-8", "delivered", ANY)]),
    ("Peru is weighing a new trainer. Kenya's K-8 jets were delivered by China in 2012.",
     [("China", "Kenya", "K-8", "delivered", ANY)]),
]


def _recipient_match(record, expected) -> bool:
    supplier, recipient, system, status, quantity = expected
    return (supplier is ANY or record.supplier == supplier) and record.recipient == recipient \
        and system.lower() in (record.system or "").lower() and (status is ANY or record.status == status) \
        and (quantity is ANY or record.quantity == quantity)


@pytest.mark.parametrize("text,expected", COMPANY_NATIONALITY + COMPANY_NATIONALITY_GUARDS)
def test_company_nationality_never_buys(transfers, text, expected):
    assert_exactly(transfers(text), expected, match=_recipient_match)


# A relative clause without "that" whose verb governs the step ("missiles A agreed to sell to B"), read with the
# system as a second subject of the governing verb: the step is the governed verb's
CONTACT_CLAUSE_GOVERNED_STEP = [
    ("6 — Type 054A frigates Pakistan agreed in 2018 to buy from China.",
     [("China", "Pakistan", "Type 054", "agreed", 6)]),
    ("6 — K9 howitzers Egypt agreed to buy from South Korea in 2022.",
     [("South Korea", "Egypt", "K9", "agreed", 6)]),
]

CONTACT_CLAUSE_GOVERNED_STEP_GUARDS = [
    # a refusal governs no step
    ("6 — K9 howitzers Egypt refused to buy from South Korea in 2022.", []),
    # a comma ends the noun group: the state heads a clause of its own, whose verb governs no purchase here
    ("6 — K9 howitzers, Egypt agreed to discuss with South Korea in 2022.", []),
]


@pytest.mark.parametrize("text,expected", CONTACT_CLAUSE_GOVERNED_STEP + CONTACT_CLAUSE_GOVERNED_STEP_GUARDS)
def test_contact_clause_governed_step(transfers, text, expected):
    assert_exactly(transfers(text), expected)
