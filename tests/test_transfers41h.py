"""A relative clause telling a delivery, hung on the object of a deal ("agreed to supply six launchers, which were
handed over last year", "ordered five helicopters, which were delivered last year"), tells a step of its own: a
delivered record with the clause's date, while the deal keeps its own date (or none). Also when a participle of
making with its maker stands between the system and the clause ("radars made by X, which were delivered"), where
the parser hangs the clause on the maker. Sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2025, 10, 14)


def _steps(records, word):
    """(status, when) of each record of the system whose family or name holds the word."""
    return {(t.status, t.when) for t in records if word.lower() in f"{t.family} {t.system}".lower()}


def test_delivery_clause_on_agreed_supply_is_a_delivery_of_its_own(transfers):
    text = "Norway agreed in 2019 to supply Lithuania with six NASAMS launchers, which were handed over last year."
    found = transfers(text)
    assert _steps(found, "NASAMS") == {("agreed", "2019"), ("delivered", "2024")}
    assert {(t.supplier, t.recipient) for t in found} == {("Norway", "Lithuania")}


def test_delivery_clause_on_an_order_does_not_date_the_order(transfers):
    found = transfers("Ghana ordered five Z-9 helicopters, which were delivered last year.")
    assert _steps(found, "Z-9") == {("ordered", None), ("delivered", "2024")}


def test_delivery_clause_after_the_makers_participle_is_the_systems(transfers):
    text = ("Lithuania has become a big buyer of Norwegian arms. Oslo agreed in 2020 to supply four air defence "
            "radars made by Kongsberg, which were delivered last year.")
    found = transfers(text)
    assert _steps(found, "radar") == {("agreed", "2020"), ("delivered", "2024")}
    assert {(t.supplier, t.recipient) for t in found} == {("Norway", "Lithuania")}


def test_delivery_still_ahead_in_the_clause_is_no_delivery(transfers):
    # near negative: a delivery the clause puts ahead is part of the deal, no step of its own
    found = transfers("Ghana ordered five Z-9 helicopters, which will be delivered next year.")
    assert "delivered" not in {s for s, _ in _steps(found, "Z-9")}
    found = transfers("Norway agreed in 2019 to supply Lithuania with six NASAMS launchers, which are to be handed "
                      "over next year.")
    assert _steps(found, "NASAMS") == {("agreed", "2019")}


def test_a_clause_about_the_maker_itself_stays_on_the_maker(transfers):
    # near negative: a relative clause that tells of the company (its founding, its own sales) is no delivery of
    # the radars
    for clause in ("which was founded in 1814", "which supplied the missiles too"):
        text = ("Lithuania has become a big buyer of Norwegian arms. Oslo agreed in 2020 to supply four air defence "
                f"radars made by Kongsberg, {clause}.")
        assert _steps(transfers(text), "radar") == {("agreed", "2020")}
