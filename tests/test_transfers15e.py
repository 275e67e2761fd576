"""Transfer families a blind evaluation (own14) showed the extractor missed or misread, each probed in sentences written
for these tests: a deal's participle the parser read as the deal's own verb ("a deal agreed with A for six X was
suspended in March": "deal" the subject of "agreed", the ending a clause under it), a numbered deal ("Contract
KDF-22-017, signed ... for the purchase of X, was terminated": the deal noun a modifier of its number), the date of an
ending above the deal's participle, and talks a statement confirms ("the ministry confirms drone talks with A": talks,
no deal). Each positive text must give exactly the records listed (ANY: the field is not checked); each negative text
must give what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

DEAL_PARTICIPLE = [
    ("Kenya's air force is growing. A deal agreed with Russia for six Mi-35M helicopters was suspended in March, the "
     "ministry confirmed.",
     [('Russia', 'Kenya', 'Mi-35', 'agreed', 6), ('Russia', 'Kenya', 'Mi-35', 'cancelled', 6)]),
    ("Kenya's air force is growing. A deal agreed with Russia for six Mi-35M helicopters was suspended in March.",
     [('Russia', 'Kenya', 'Mi-35', 'agreed', 6), ('Russia', 'Kenya', 'Mi-35', 'cancelled', 6)]),
    ("Chile's navy is growing. A contract agreed with France for two Gowind corvettes was cancelled last year.",
     [('France', 'Chile', 'Gowind', 'ordered', 2), ('France', 'Chile', 'Gowind', 'cancelled', 2)]),
    # the parser reads the lot of the stranded "for" as the ending's subject
    ("Kenya's air force is growing. The contract agreed with Russia in 2019 for six Mi-35M helicopters has been "
     "terminated.",
     [('Russia', 'Kenya', 'Mi-35', 'ordered', 6), ('Russia', 'Kenya', 'Mi-35', 'cancelled', 6)]),
]

DEAL_PARTICIPLE_GUARDS = [
    # the deal's own verb, not an ending: one agreed step
    ("Kenya's air force is growing. A deal agreed with Russia for six Mi-35M helicopters was signed in March.",
     [('Russia', 'Kenya', 'Mi-35', ANY, 6)]),
    # a state agreeing is no participle on a deal
    ("Kenya's air force is growing. Russia agreed in March to supply six Mi-35M helicopters to Kenya.",
     [('Russia', 'Kenya', 'Mi-35', 'agreed', 6)]),
    ("Kenya's air force is growing. The deal agreed with Russia was about wheat, and the talks were suspended.", []),
]


@pytest.mark.parametrize("text, expected", DEAL_PARTICIPLE + DEAL_PARTICIPLE_GUARDS)
def test_deal_participle_read_as_its_verb(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_ending_of_a_participle_deal_dated_by_its_own_verb(transfers):
    records = transfers("Kenya's air force is growing. The deal, agreed with Russia in 2019 for six Mi-35M "
                        "helicopters, was suspended in 2022.")
    assert {(t.status, t.when) for t in records} == {("agreed", "2019"), ("cancelled", "2022")}


NUMBERED_DEAL = [
    ("Kenya's army is growing. Contract KDF-22-017, signed on 21 June 2023 for the purchase of two used Bell 412EP "
     "helicopters from a dealer in the United States, was terminated on 30 October 2023 after an inspection found "
     "rust.",
     [('United States', 'Kenya', 'Bell 412', 'cancelled', 2), ('United States', 'Kenya', 'Bell 412', ANY, 2)]),

    # a number cut at its hyphens, the participle read as the main verb and the ending as its conjunct
    ("Kenya's army is growing. Contract KDF-AW-22-031, signed on 3 May 2022 for the purchase of four used Bell 412EP "
     "helicopters from a broker in the United States, was terminated on 9 August 2022 after an audit.",
     [('United States', 'Kenya', 'Bell 412', 'cancelled', 4), ('United States', 'Kenya', 'Bell 412', ANY, 4)]),
]

NUMBERED_DEAL_GUARDS = [
    # a numbered contract that is not ended is still one step
    ("Kenya's army is growing. Contract KDF-22-017, signed on 21 June 2023, covers the purchase of two Bell 412EP "
     "helicopters from the United States.",
     [('United States', 'Kenya', 'Bell 412', ANY, 2)]),
]


@pytest.mark.parametrize("text, expected", NUMBERED_DEAL + NUMBERED_DEAL_GUARDS)
def test_numbered_deal(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, dates", [
    ("Kenya's army is growing. Contract KDF-22-017, signed on 21 June 2023 for the purchase of two used Bell 412EP "
     "helicopters from a dealer in the United States, was terminated on 30 October 2023.",
     {"2023-06-21", "2023-10-30"}),
    ("Kenya's army is growing. A contract signed in 2021 with the United States for four Bell 412EP helicopters was "
     "cancelled in 2023.", {"2021", "2023"}),
    ("Kenya's army is growing. The contract, signed in 2021 for the purchase of four Bell 412EP helicopters from the "
     "United States, was terminated in 2023.", {"2021", "2023"}),
])
def test_ending_dated_by_the_verb_above_the_deals_participle(transfers, text, dates):
    records = transfers(text)
    assert {t.when for t in records} == dates
    assert next(t.when for t in records if t.status == "cancelled") == max(dates)


CONFIRMED_TALKS = [
    ("Libya's army is growing. Ministry confirms drone talks with Turkey",
     [('Turkey', 'Libya', 'drone', 'negotiating', ANY)]),
    ("Libya's army is growing. The ministry confirmed talks with Turkey on drones.",
     [('Turkey', 'Libya', 'drone', 'negotiating', ANY)]),
]

CONFIRMED_GUARDS = [
    # a confirmed purchase is still a deal
    ("Libya's army is growing. The ministry confirmed the purchase of six drones from Turkey.",
     [('Turkey', 'Libya', 'drone', 'agreed', 6)]),
]


@pytest.mark.parametrize("text, expected", CONFIRMED_TALKS + CONFIRMED_GUARDS)
def test_confirmed_talks_stay_talks(transfers, text, expected):
    assert_exactly(transfers(text), expected)


NUMBERED_GUARDS_2 = [
    # a deal noun before a word that is no number ("a $2 billion contract modification for X-3 interceptors"): the
    # money and the system's digits make no numbered deal, the one record stays the award's
    ("Norway's army is growing. The Pentagon gave Raytek a $2 billion contract modification for Falcon Capability-3 "
     "interceptors, some of them bound for Norway.",
     [('United States', 'Norway', 'Capability-3', ANY, ANY)]),
]


@pytest.mark.parametrize("text, expected", NUMBERED_GUARDS_2)
def test_deal_noun_before_words_that_are_no_number(transfers, text, expected):
    assert_exactly(transfers(text), expected)
