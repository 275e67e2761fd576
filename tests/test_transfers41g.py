"""Talks on carrying out a deal already made (talks on deliveries of goods the story tells ordered), and a design a
named class is based on ("X-class boats based on the Y design"). Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import rows

PUBLISHED = datetime.date(2025, 10, 2)


# --- talks on deliveries under a deal already made ---

def test_talks_on_deliveries_of_ordered_goods_are_no_negotiation(transfers):
    text = ("Chile's navy commander held talks in Santiago with Spain's defence minister on deliveries of F-110 "
            "frigates. Chile ordered four F-110 frigates from Spain in 2022.")
    found = rows(transfers(text))
    assert ("Spain", "Chile", "F110", "ordered") in found
    assert not any(r[3] == "negotiating" for r in found)


def test_discussing_the_delivery_of_received_jets_is_no_negotiation(transfers):
    text = ("Officials discussed the delivery of the remaining Rafale jets to India. India received 26 Rafale jets "
            "from France in 2022.")
    assert not any(r[3] == "negotiating" for r in rows(transfers(text)))


def test_talks_on_deliveries_with_no_deal_told_stay_talks(transfers):
    # near negative: no order of the frigates is told, so the talks may be a negotiation
    text = "Chile's navy commander held talks in Santiago with Spain's defence minister on deliveries of F-110 frigates."
    assert any(r[3] == "negotiating" for r in rows(transfers(text)))


def test_talks_on_additional_deliveries_stay_talks(transfers):
    # near negative: a further lot is negotiated beside the order
    text = ("Chile held talks with Spain on additional deliveries of F-110 frigates. Chile ordered four F-110 "
            "frigates from Spain in 2022.")
    assert any(r[3] == "negotiating" for r in rows(transfers(text)))


def test_talks_on_a_purchase_before_an_order_stay_talks(transfers):
    # near negative: talks on buying are a negotiation, whatever followed
    text = "Chile held talks with Spain on the purchase of F-110 frigates. Chile ordered four F-110 frigates in 2022."
    assert any(r[3] == "negotiating" for r in rows(transfers(text)))


# --- a design a named class is based on ---

def test_design_a_named_class_is_based_on_gives_no_second_record(transfers):
    text = ("Two Miecznik-class frigates based on the British Type 26 design are being built at Gdynia under "
            "licence from BAE Systems.")
    records = [t for t in transfers(text) if t.status == "licensed_production"]
    assert records and all("Miecznik" in t.system for t in records)


def test_design_of_unnamed_goods_is_their_family(transfers):
    # near negative: the goods have no name of their own; the design names them
    text = ("Poland's shipyard is building three frigates based on the British Type 26 design under licence from "
            "BAE Systems.")
    assert any(t.family == "Type 26" for t in transfers(text))
