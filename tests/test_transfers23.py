"""Cross-set families of transfers, in sentences written for these tests: goods whose own phrase names only their
maker ("Turkish-made drones") sent "through"/"via" a state come from that state, which is their seller (the maker
is no party, the state passed through no buyer); a clause with a seller of its own, or goods whose seller was told
before, keeps it, the state passed through only a stage on the way; and a "from" after a second system the parser
coordinates into an earlier phrase of the verb ("X supplied through A and Y from B") is the second system's source;
part of a lot told before, by a count "of the" boats, that "is being built" or "constructed" is that lot's buyer's
goods in production (a past "were built" only tells where they were made); a coordinated "but the option (the plan)
was dropped", "both options were dropped", after talks or a deal, ends them as "the deal was dropped" would. Each
text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # the maker's adjective and a "through" state: the state sends them
    ("Sudanese forces received Turkish-made Bayraktar TB2 drones sent through Qatar.",
     [("Qatar", "Sudan", "Bayraktar TB2", "delivered", ANY)]),
    # (a relative clause on a pair of goods, the maker on the first)
    ("The militia in Chad fielded Iranian-built Mohajer-6 drones and rockets that were shipped to it via Syria.",
     [("Syria", "Chad", "Mohajer-6", "delivered", ANY), ("Syria", "Chad", "rockets", "delivered", ANY)]),
    # a second system after the "to" phrase, its verb left out: the "from" after it is its own
    ("Monitors reported Turkish-made Bayraktar TB2 drones supplied through Qatar to the Sudanese army and Mohajer-6 "
     "drones from Iran.",
     [("Qatar", "Sudan", "Bayraktar TB2", "delivered", ANY), ("Iran", "Sudan", "Mohajer-6", "delivered", ANY)]),
]

GUARDS = [
    # the seller told before: "via" names a stage on the way
    ("France sold CAESAR guns to Armenia. The guns have been shipped via Georgia, the minister said.",
     [("France", "Armenia", "CAESAR", "delivered", ANY)]),
    # a seller of the clause's own
    ("Russia shipped Kornet missiles to Syria through Iraq.",
     [("Russia", "Syria", "Kornet", "delivered", ANY)]),
    ("Turkish-made Bayraktar TB2 drones were sold to Kenya by Turkey through a Qatari broker.",
     [("Turkey", "Kenya", "Bayraktar TB2", "delivered", ANY)]),
    # a seller named by its companies, the goods sent through unnamed states
    ("Officials accused Serbian companies of supplying artillery shells to Ukraine through third countries.",
     [("Serbia", "Ukraine", "artillery shells", "delivered", ANY)]),
]


POSITIVES += [
    # a part of the lot told before, being built now
    ("Egypt ordered six Gowind corvettes from France in 2019. Three of the ships are being built in Lorient.",
     [("France", "Egypt", "Gowind", "ordered", 6), ("France", "Egypt", "Gowind", "in_production", 3)]),
    ("Kenya ordered eight Type 056 corvettes from China in 2016. Four of the boats are being constructed in Shanghai.",
     [("China", "Kenya", "Type 056", "ordered", 8), ("China", "Kenya", "Type 056", "in_production", 4)]),
]

GUARDS += [
    # a past build tells where the ships were made, no step of its own
    ("Egypt ordered six Gowind corvettes from France in 2019. Three of the ships were built in Lorient.",
     [("France", "Egypt", "Gowind", "ordered", 6)]),
    # no part of a lot: new goods being built for no buyer named
    ("Egypt ordered six Gowind corvettes from France in 2019. Three new corvettes are being built in Lorient.",
     [("France", "Egypt", "Gowind", "ordered", 6)]),
]

POSITIVES += [
    # the talks referred back to as the buyer's option, then ended
    ("Kenya held talks with Turkey on the Anka drone, but the option was shelved in May.",
     [("Turkey", "Kenya", "Anka", "negotiating", ANY), ("Turkey", "Kenya", "Anka", "cancelled", ANY)]),
    ("Kenya held talks with Turkey on the Anka drone and with China on the Wing Loong, but both options were later "
     "abandoned.",
     [("Turkey", "Kenya", "Anka", "negotiating", ANY), ("Turkey", "Kenya", "Anka", "cancelled", ANY),
      ("China", "Kenya", "Wing Loong", "negotiating", ANY), ("China", "Kenya", "Wing Loong", "cancelled", ANY)]),
]

GUARDS += [
    # an option of its own, or other options: not the talks told
    ("Kenya held talks with Turkey on the Anka drone, but the option of a loan was dropped.",
     [("Turkey", "Kenya", "Anka", "negotiating", ANY)]),
    ("Kenya held talks with Turkey on the Anka drone, but other options were dropped.",
     [("Turkey", "Kenya", "Anka", "negotiating", ANY)]),
    ("Kenya ordered six Anka drones from Turkey in 2021, but the plan for a local plant was shelved.",
     [("Turkey", "Kenya", "Anka", "ordered", 6)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
