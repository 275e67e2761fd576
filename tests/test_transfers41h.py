"""A relative clause telling a delivery, hung on the object of a deal ("agreed to supply six launchers, which were
handed over last year", "ordered five helicopters, which were delivered last year"), tells a step of its own: a
delivered record with the clause's date, while the deal keeps its own date (or none). Sentences written for these
tests."""

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


def test_delivery_still_ahead_in_the_clause_is_no_delivery(transfers):
    # near negative: a delivery the clause puts ahead is part of the deal, no step of its own
    found = transfers("Ghana ordered five Z-9 helicopters, which will be delivered next year.")
    assert "delivered" not in {s for s, _ in _steps(found, "Z-9")}
    found = transfers("Norway agreed in 2019 to supply Lithuania with six NASAMS launchers, which are to be handed "
                      "over next year.")
    assert _steps(found, "NASAMS") == {("agreed", "2019")}
