"""Transfers in sentences written for these tests (round thirteen, own21's part B errors, second pass): a cue verb in
an adverbial clause on "whether" is asked about or one alternative of a concession, never told ("Asked by a
senator, the Ohio Democrat on the panel, whether Manila had requested jets, the general said ..."). Each text must
give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

WHETHER = [
    # the parser hangs the question on the main verb when a long agent stands between it and "asked"
    ("Asked by Senator Ann Cole, the Ohio Democrat who leads the panel, whether Manila had requested F-16s, "
     "General Brandt said there was no such request on file.", []),
    ("Whether Manila buys the F-16s or not, the navy will get new frigates.", []),
]

WHETHER_GUARDS = [
    # the "whether" clause is not the cue's own: the delivery is told
    ("Whether by sea or by air, the 12 K9 howitzers reached Norway from South Korea in May.",
     [("South Korea", "Norway", "K9", "delivered", 12)]),
    ("Norway received 12 K9 howitzers from South Korea in May, whether or not the contract allowed it.",
     [("South Korea", "Norway", "K9", "delivered", 12)]),
]


@pytest.mark.parametrize("text,expected", WHETHER + WHETHER_GUARDS)
def test_whether(transfers, text, expected):
    assert_exactly(transfers(text), expected)
