"""Families of transfer reports a blind evaluation (own26) showed the extractor missed or misread, each probed in
sentences written for these tests: a company's system told in a "whose" clause (the company is its maker, not its
buyer, so a licence built elsewhere runs from the company's state to the builder's), and a later delivery told by
an intransitive "followed" coordinated with a delivery ("A delivered X in 2008, and Y followed in 2022"), and a
catalogue gap (a drone's bare name with no noun after it). Each
positive text must give exactly the records listed (ANY: the field is not checked); each negative text must give
the records listed and no more."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

WHOSE_MAKER = [
    # a company's system in a "whose" clause, built under licence in another state: the company's state licenses it
    ('The leading bidder is South Korea\'s Hanwha, whose K9 howitzer is assembled under licence in Poland.',
     [('South Korea', 'Poland', 'K9', 'licensed_production', ANY)]),
    ('The leading bidder is Hanwha, whose K9 howitzer is assembled under licence in Poland.',
     [('South Korea', 'Poland', 'K9', 'licensed_production', ANY)]),
]

WHOSE_OWNER = [
    # near negative: a state in the "whose" clause owns the systems it bought, and stays their buyer
    ('The leading buyer is Poland, whose K9 howitzers were ordered from South Korea in 2022.',
     [('South Korea', 'Poland', 'K9', 'ordered', ANY)]),
]


@pytest.mark.parametrize("text, expected", WHOSE_MAKER)
def test_company_whose_system_is_its_make(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", WHOSE_OWNER)
def test_state_whose_systems_it_bought(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SEQUEL = [
    # a later lot "followed" a delivery told in the clause it is coordinated with: the same parties, delivered
    ('Russia delivered Su-30 fighters to Algeria in 2008, and Su-34 bombers followed in 2022.',
     [('Russia', 'Algeria', 'Su-30', 'delivered', ANY), ('Russia', 'Algeria', 'Su-34', 'delivered', ANY)]),
    ('Italy\'s Leonardo delivered M-346 trainers to Poland in 2016, and the larger C-27J transports followed in '
     '2019.',
     [('Italy', 'Poland', 'M-346', 'delivered', ANY), ('Italy', 'Poland', 'C-27J', 'delivered', ANY)]),
]

NO_SEQUEL = [
    # near negatives: a lot still to follow, a "following" after an offer, and "follow" with an object of its own
    ('Russia delivered Su-30 fighters to Algeria in 2008, and Su-34 bombers will follow next year.',
     [('Russia', 'Algeria', 'Su-30', 'delivered', ANY)]),
    ('Russia offered Su-30 fighters to Algeria in 2008, and Su-34 bombers followed in 2022.',
     [('Russia', 'Algeria', 'Su-30', 'offered', ANY)]),
    ('Russia delivered Su-30 fighters to Algeria in 2008, and Su-34 bombers followed the same route in 2022.',
     [('Russia', 'Algeria', 'Su-30', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", SEQUEL)
def test_later_lot_followed_a_delivery(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NO_SEQUEL)
def test_no_later_delivery_without_one_told(transfers, text, expected):
    assert_exactly(transfers(text), expected)


BARE_NAME = [
    # a drone named bare, with no noun after its name ("three Anka"), is the catalogue's system
    ('Tunisia received its first three Anka from Turkey in 2022.',
     [('Turkey', 'Tunisia', 'Anka', 'delivered', 3)]),
]

NO_TRANSFER_OF_BARE_NAME = [
    # near negative: the same bare name in a sentence of a test flight names no transfer
    'The first Anka flew over central Anatolia in 2013.',
]


@pytest.mark.parametrize("text, expected", BARE_NAME)
def test_bare_drone_name(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NO_TRANSFER_OF_BARE_NAME)
def test_bare_drone_name_without_a_transfer(transfers, text):
    assert_exactly(transfers(text), [])
