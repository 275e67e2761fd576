"""A bare count that refers back through an earlier bare count ("The X has sold well abroad. A bought eight in 2015,
and B received ten in 2019. C and D also fly it. E signed for four last year"): when no system is named near enough,
the count is of the system the run of counts began with; and a count right before a relative date ("signed for four
last year") is the lot, not part of the date. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2026, 6, 9)

TEXT = ("South America has become a steady market for the KAI KT-1 trainer. Peru bought eight in 2014, and "
        "Bolivia received four in 2018. Senegal and Turkey are among the other users of the type. "
        "In Asia, Indonesia signed for four last year.")


def test_count_chained_back_through_an_earlier_count(transfers):
    records = [r for r in transfers(TEXT) if r.recipient == "Indonesia"]
    assert_exactly(records, [("South Korea", "Indonesia", "KT-1", "ordered", 4)])
    assert records[0].when == "2025"


def test_count_with_no_earlier_count_chains_to_nothing(transfers):
    # the system is named too far back, and no count of a lot between carries it: the count says not what
    records = transfers("South America has become a steady market for the KAI KT-1 trainer. Pilots there praise its "
                        "handling. Senegal and Turkey are among the other users of the type. Its maker hopes for more. "
                        "In Asia, Indonesia signed for four last year.")
    assert not [r for r in records if r.recipient == "Indonesia"]
