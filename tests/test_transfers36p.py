"""Transfers a report's own sentence disowns: hearsay the paper passes on ("is reported to", "reportedly") that a
claim noun's relative clause denies ("..., a claim B has denied") or a concessive clause leaves unconfirmed
("..., although neither side has confirmed it"), and the content of a claim noun dismissed by a relative clause
in its own phrase ("reports of A's interest in X, which B dismissed"); in a fact check, a picture denied to show
the step ("the clip does not show jets delivered to A") and a "CLAIM:" its verdict calls false. Sentences written for this test; each
positive case has a near negative that must keep its record."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2024, 5, 15)

DISOWNED = [
    "Chile has been reported to be in talks with Washington over used F-16s, a claim Santiago has denied.",
    "Algeria is reported to have received Su-57 fighters from Russia, although neither side has confirmed it.",
    "Reports last month of Qatari interest in China's J-35, which the defence ministry had dismissed, were not "
    "mentioned.",
    "Reports of Qatari interest in China's J-35, which the ministry has dismissed, circulated in May.",
    "Reports of Qatari interest in China's J-35, which the weekly said the ministry had dismissed, were left out.",
    # a fact check: the picture denied to show the step, and a labelled claim its verdict calls false
    "Fact check: An online clip does not show J-10C jets delivered to Iran.",
    'CLAIM: A clip shared on social media claims to show "eight Chinese J-10C jets landing in Tehran". '
    "VERDICT: False. The footage comes from an air show.",
]

KEPT = [
    # hearsay not disowned
    ("Chile has been reported to be in talks with Washington over used F-16s, the paper said.",
     [("United States", "Chile", "F-16", "negotiating", ANY)]),
    ("Algeria is reported to have received Su-57 fighters from Russia, although the deal was costly.",
     [("Russia", "Algeria", "Su-57", "delivered", ANY)]),
    # a claim noun with no denial in its phrase; a relative clause that tells of the system, not the claim
    ("Reports last month of Qatari interest in China's J-35 drew attention in Doha.",
     [("China", "Qatar", "J-35", "interest", ANY)]),
    ("Reports of Qatari interest in China's J-35, which first flew in 2021, circulated in May.",
     [("China", "Qatar", "J-35", "interest", ANY)]),
    ("Reports of Qatari interest in China's J-35, which the weekly said had flown in 2021, were left out.",
     [("China", "Qatar", "J-35", "interest", ANY)]),
    ("An online clip shows J-10C jets delivered to Iran.",
     [("China", "Iran", "J-10C", "delivered", ANY)]),
    ('CLAIM: A clip shared on social media claims to show "eight Chinese J-10C jets landing in Tehran". '
     "VERDICT: Correct. The footage was filmed last week.",
     [("China", "Iran", "J-10C", "delivered", ANY)]),
    # a government's accusation, denied by the accused, is recorded as stated
    ("Washington accused Moscow of supplying Kh-101 missiles to Venezuela, a charge Russia has denied.",
     [("Russia", "Venezuela", "Kh-101", "delivered", ANY)]),
]


@pytest.mark.parametrize("text", DISOWNED)
def test_disowned_report_gives_no_record(text):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, [])


@pytest.mark.parametrize("text,expected", KEPT)
def test_report_not_disowned_is_kept(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
