"""Families of transfer errors that recur across the round's sets, in sentences written for these tests.

Talks reported after a complementizer with a time phrase between ("officials said in May that talks with A on X
were continuing"): the parser makes "that" the subject of "talks" and the tagger a verb of it; a complementizer is
no subject, so "talks" is the clause's own subject noun, the talks on X (negotiating), and a verb of confirming
above it confirms the talks, not a deal. Each text must give exactly the records listed (ANY: the field is not
checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

TALKS = [
    # "that" made the subject of "talks": the talks noun is the clause's subject
    ("Kenya took delivery of ten Bayraktar TB2 drones from Turkey in 2023, and officials said in April that talks "
     "with Sweden on eight Gripen jets were continuing.",
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", 10), ("Sweden", "Kenya", "Gripen", "negotiating", 8)]),
    ("Chile received six Black Hawk helicopters from the United States in 2022. Chilean officials said on Monday "
     "that talks on further Black Hawk helicopters were under way.",
     [("United States", "Chile", "Black Hawk", "delivered", 6),
      ("United States", "Chile", "Black Hawk", "negotiating", ANY)]),
    # a verb of confirming above: the talks are confirmed, not a deal
    ("Morocco bought ten H225M helicopters from France. The ministry confirmed on Tuesday that talks with Airbus on "
     "more H225M helicopters were at an advanced stage.",
     [("France", "Morocco", "H225M", "delivered", 10), ("France", "Morocco", "H225M", "negotiating", ANY)]),
    ("Oman bought eight Hawk jets from Britain. The defence ministry confirmed last week that talks with BAE Systems "
     "on more Hawk jets were well advanced.",
     [("United Kingdom", "Oman", "Hawk", "delivered", 8), ("United Kingdom", "Oman", "Hawk", "negotiating", ANY)]),
]

TALKS_GUARDS = [
    # the talks' topic is no system: nothing
    ("Kenya took delivery of ten Bayraktar TB2 drones from Turkey in 2023, and officials said in April that talks "
     "with Sweden on fuel prices were continuing.",
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", 10)]),
    # a relative "that" is the subject of its verb: no talks, no second record
    ("Kenya took delivery of ten TB2 drones from Turkey, the country that ships most drones to Africa.",
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", 10)]),
]


@pytest.mark.parametrize("text,expected", TALKS + TALKS_GUARDS)
def test_talks_after_complementizer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


VENTURES = [
    # a joint venture set up to make a system: an industrial project of two firms, no sale
    ("Saab and the Indian firm Adani agreed in May to set up a joint venture to produce guided missiles for the "
     "Carl-Gustaf launchers.",
     []),
    ("Thales and a Saudi state company signed an agreement in March to set up a joint venture that would build "
     "radars for the Saudi navy.",
     []),
]

VENTURE_GUARDS = [
    # a firm's own making for a state's army is a transfer
    ("Saab agreed in May to produce guided missiles for the Indian Army.",
     [("Sweden", "India", "guided missiles", "agreed", ANY)]),
    # made under licence by the venture: the licence tells the transfer
    ("India and Russia set up a joint venture in 2019 to produce AK-203 rifles under licence from Russia.",
     [("Russia", "India", "AK-203", "licensed_production", ANY)]),
]


@pytest.mark.parametrize("text,expected", VENTURES + VENTURE_GUARDS)
def test_joint_venture_making(transfers, text, expected):
    assert_exactly(transfers(text), expected)
