"""Families of transfer reports a blind evaluation (own14) showed the extractor got wrong, each probed in sentences
written for these tests: ships and aircraft sent after a disaster that carried relief goods (the vehicles of the
relief, no transfer of them), a transfer denied by a negative pronoun ("nobody has offered us X", "we have asked
nobody for X"). Each positive text must give exactly the records listed (ANY: the field is not checked); each
negative text must give what it lists (often nothing)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

RELIEF_CARRIERS = [
    # the ships and planes are the vehicles of relief: the goods they carry are no weapons, and they stay their
    # senders' own
    ("After the cyclone, Fiji still remembers the ships and aircraft sent in March by Canada, Norway and Chile, "
     "which brought food, blankets and medical supplies to the outer islands.", []),
    ("Canada sent two ships and a plane to Fiji after the cyclone, carrying drinking water and tents.", []),
    ("Norway dispatched a navy vessel loaded with food and medicine to Fiji after the storm.", []),
    ("Three Chilean air force planes carrying humanitarian aid landed in Suva after the flood.", []),
]

STILL_TRANSFERS = [
    # the goods carried are weapons, or the platforms are the goods themselves
    ("Canada sent Fiji two patrol ships last year.", [('Canada', 'Fiji', 'ship', 'delivered', 2)]),
    ("Canada delivered two Kingston-class ships to Fiji, which will bring food to the outer islands in future.",
     [('Canada', 'Fiji', 'Kingston', 'delivered', 2)]),
]


@pytest.mark.parametrize("text, expected", RELIEF_CARRIERS)
def test_relief_carriers_are_no_transfer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", STILL_TRANSFERS)
def test_platforms_still_transferred(transfers, text, expected):
    assert_exactly(transfers(text), expected)


DENIED_BY_NOBODY = [
    # with a seller the article names before, which would otherwise be read as the one offering
    ("Portugal sold Fiji two patrol boats in 2020. Nobody has offered us attack helicopters, the army chief said.",
     [('Portugal', 'Fiji', 'ship', 'delivered', 2)]),
    ("Portugal sold Fiji two patrol boats in 2020. We have asked nobody for attack helicopters, the army chief said.",
     [('Portugal', 'Fiji', 'ship', 'delivered', 2)]),
    ("Portugal sold Fiji two patrol boats in 2020. No country has offered Fiji attack helicopters since then.",
     [('Portugal', 'Fiji', 'ship', 'delivered', 2)]),
    ("Nobody has offered us attack helicopters, the Fijian army chief said.", []),
    ("The Fijian army chief said the army had asked nobody for attack helicopters.", []),
    ("No one has sold Fiji any combat jets, the minister said.", []),
    ("Fiji has bought no one's helicopters and nobody has offered us attack helicopters.", []),
]

NOT_DENIED = [
    # a negative word that does not deny the transfer's own clause
    ("Canada, which nobody expected to bid, has offered Fiji two patrol ships.",
     [('Canada', 'Fiji', 'ship', 'offered', 2)]),
    ("Canada delivered two patrol ships to Fiji, and nobody complained.", [('Canada', 'Fiji', 'ship', 'delivered', 2)]),
]


@pytest.mark.parametrize("text, expected", DENIED_BY_NOBODY)
def test_denied_by_a_negative_pronoun(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_DENIED)
def test_negative_pronoun_elsewhere(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CLAIM_CALLED_FALSE_AFTER = [
    # the claim is answered in the next sentence by a subject referring back to it
    ("There are reports that Fiji wants Russian attack helicopters. Those reports are false, the minister said.", []),
    ("Q: There are reports that you want Chinese drones.\nA: That is fake news. We have other priorities.", []),
]

CLAIM_NOT_ANSWERED = [
    # a falsity word whose subject is something else
    ("There are reports that Fiji wants Russian attack helicopters. The opposition's figures on the budget are false, "
     "the minister said.", [('Russia', 'Fiji', 'helicopter', 'interest', None)]),
]


@pytest.mark.parametrize("text, expected", CLAIM_CALLED_FALSE_AFTER)
def test_claim_called_false_after(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", CLAIM_NOT_ANSWERED)
def test_claim_not_answered(transfers, text, expected):
    assert_exactly(transfers(text), expected)


UNKNOWN_ORIGIN = [
    # the system's own phrase says its seller is unknown: no record, and no seller from the system beside it
    ("Fiji's air force flies Su-25 jets bought second-hand from Georgia and Mi-24 helicopters of undisclosed origin.",
     [('Georgia', 'Fiji', 'Su-25', 'delivered', None)]),
    ("Fiji received four Mi-24 helicopters of unknown provenance last year.", []),
]

KNOWN_ORIGIN = [
    ("Fiji's air force flies Su-25 jets and Mi-24 helicopters bought second-hand from Georgia.",
     [('Georgia', 'Fiji', 'Su-25', 'delivered', None), ('Georgia', 'Fiji', 'Mi-24', 'delivered', None)]),
    ("Fiji received four Mi-24 helicopters of Russian origin from Georgia last year.",
     [('Georgia', 'Fiji', 'Mi-24', 'delivered', 4)]),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_ORIGIN)
def test_origin_unknown(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", KNOWN_ORIGIN)
def test_origin_known(transfers, text, expected):
    assert_exactly(transfers(text), expected)


CARRIER_STATE = [
    # the goods came "with" a state's own vehicles: that state is their seller (not the one the story is about)
    ("Turkey trains Fiji's army. Two Chilean air force transports landed in Suva with rifles and ammunition in May.",
     [('Chile', 'Fiji', 'rifles', 'delivered', None), ('Chile', 'Fiji', 'ammunition', 'delivered', None)]),
]

NO_CARRIER_STATE = [
    # vehicles that brought no goods, or goods they were not the subject of
    ("Turkey trains Fiji's army. Two Chilean air force transports landed in Suva in May for a joint drill.", []),
    ("Turkey trains Fiji's army. Turkey delivered rifles to Fiji in May, as Chilean transports landed in Suva.",
     [('Turkey', 'Fiji', 'rifles', 'delivered', None)]),
]


@pytest.mark.parametrize("text, expected", CARRIER_STATE)
def test_carrier_state_sells_the_goods(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NO_CARRIER_STATE)
def test_goods_with_their_own_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)
