"""Second-hand systems: the state whose stocks they were sells them, not the state that made them. Two
constructions written for these tests: a deal made "with" one state to buy surplus systems (that state sells),
a nationality right after "ex-", and systems a participle draws "from" a state's stocks, inventory or fleet. Guards: a new system keeps its
maker, a partner on the buyer's own side is no seller, and a buyer's own stocks do not make it the seller."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

SOLD_FROM_STOCKS = [
    # a deal "with" a state for systems marked surplus: that state's own stocks sell them
    ('Peru signed a deal with Spain to buy two decommissioned Perry-class frigates.',
     [('Spain', 'Peru', 'Perry', 'agreed', 2)]),
    ('Peru signed a deal with the Spanish government to buy two decommissioned Perry-class frigates.',
     [('Spain', 'Peru', 'Perry', 'agreed', 2)]),
    # a nationality right after "ex-", even where the parser hangs it on the name, not the phrase's head
    ('Kenya took delivery of five ex-Italian Army Leopard 1 tanks.',
     [('Italy', 'Kenya', 'Leopard 1', 'delivered', 5)]),
    # a participle drawing the systems from a state's holdings
    ('Morocco received 20 Leopard 2 tanks taken from Spanish army inventory.',
     [('Spain', 'Morocco', 'Leopard 2', 'delivered', 20)]),
    ('Kenya bought 12 F-16 jets drawn from Norwegian stocks.',
     [('Norway', 'Kenya', 'F-16', 'delivered', 12)]),
]

GUARDS = [
    # new systems bought in a deal with a state keep their maker
    ('Peru signed a deal with Spain to buy new Perry-class frigates.',
     [('United States', 'Peru', 'Perry', 'agreed', ANY)]),
    # a partner "together with" the buyer buys too; it sells nothing
    ('Peru, together with Chile, signed a deal to buy used F-16 jets.',
     [('United States', 'Peru', 'F-16', 'agreed', ANY), ('United States', 'Chile', 'F-16', 'agreed', ANY)]),
    # the buyer's own retired jets, replaced by new ones, make it no seller
    ('Chile signed a contract with Sweden for Gripen jets to replace its decommissioned F-5 fighters.',
     [('Sweden', 'Chile', 'Gripen', 'ordered', ANY)]),
    # "ex-Soviet" names a design's past, and a seller named outright keeps its sale
    ('Brazil bought ex-Soviet Mi-35 helicopters from Russia.',
     [('Russia', 'Brazil', 'Mi-35', 'delivered', ANY)]),
    # the buyer's own former jets are no second-hand purchase
    ('Peru bought Rafale fighters from France to replace its ex-Spanish Mirage jets.',
     [('France', 'Peru', 'Rafale', 'delivered', ANY)]),
    # systems drawn from the buyer's own stocks are not sold by the buyer
    ('Latvia received Mi-17 helicopters taken from Latvian stocks.',
     [('Russia', 'Latvia', 'Mi-17', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", SOLD_FROM_STOCKS)
def test_former_operator_sells(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", GUARDS)
def test_maker_or_no_record_otherwise(transfers, text, expected):
    assert_exactly(transfers(text), expected)
