"""States named only as the source of a report are no buyers: a later conjunct of a nationality on "officials" in
"according to ..." modifies alike, and the accuser of "A accused B of supplying X" is no party (sentences written
here)."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2024, 6, 10)

STORY = ("ANKARA, June 3 - Azerbaijan staged a large drill near the border on Sunday, its ministry said. "
         "Azerbaijan has used the rockets since 2020. {} Azerbaijan has denied receiving any.")


def _pairs(records):
    return sorted((r.supplier, r.recipient) for r in records)


def test_second_nationality_of_according_to_officials_is_no_buyer(transfers):
    records = transfers(STORY.format("Belarus began supplying Grad rockets in 2021, according to British and "
                                     "Polish officials."))
    assert ("Belarus", "Poland") not in _pairs(records)
    assert ("Belarus", "Azerbaijan") in _pairs(records)


def test_accuser_is_no_buyer_of_the_charge(transfers):
    records = transfers(STORY.format("Armenia also accused Minsk in May of delivering Grad rockets, a charge "
                                     "Belarus has denied."))
    assert ("Belarus", "Armenia") not in _pairs(records)
    assert ("Belarus", "Azerbaijan") in _pairs(records)


def test_accusation_keeps_its_named_destination(transfers):
    records = transfers("Britain accused Belarus of delivering Grad rockets to Sudan.")
    assert _pairs(records) == [("Belarus", "Sudan")]


def test_buyer_named_in_the_clause_keeps_the_according_to_sentence(transfers):
    records = transfers("Belarus began supplying Grad rockets to Azerbaijan in 2021, according to British and "
                        "Polish officials.")
    assert _pairs(records) == [("Belarus", "Azerbaijan")]


def test_coordinated_sellers_stay_parties(transfers):
    records = transfers("France and Germany delivered Milan missiles to Lebanon.")
    assert _pairs(records) == [("France", "Lebanon"), ("Germany", "Lebanon")]


def test_coordinated_buyers_stay_parties(transfers):
    records = transfers("Egypt and Jordan bought K9 howitzers from South Korea.")
    assert _pairs(records) == [("South Korea", "Egypt"), ("South Korea", "Jordan")]
