"""Transfers, second pass on own28's families: an ordered lot being built, roundup headlines, offers met with
interest. Sentences written for these tests."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2022, 6, 10)


def keys(records):
    return {(r.supplier, r.recipient, r.status) for r in records}


def test_ordered_lot_being_built_is_in_production(transfers):
    records = transfers("Three Karakurt-class corvettes ordered in 2019 by Myanmar from Russia are being built "
                        "at the Pella shipyard.")
    assert ("Russia", "Myanmar", "in_production") in keys(records)
    assert ("Russia", "Myanmar", "ordered") in keys(records)


def test_factory_output_being_built_is_no_transfer(transfers):
    # no order, no buyer: a factory's output
    records = transfers("Three Karakurt-class corvettes are being built at the Pella shipyard.")
    assert not [r for r in records if r.status == "in_production"]


def test_roundup_headline_items_keep_their_own_states(transfers):
    records = transfers("Russian arms exports: Su-30s for Algeria, Indian T-90s roll out, Serbia talks on Pantsir\n"
                        "Rosoboronexport delivered the first six Su-30 fighters to the Algerian Air Force on Monday.")
    assert not [r for r in records if "Serbia" in (r.supplier, r.recipient)]
    assert not [r for r in records if r.supplier == "India"]
    assert ("Russia", "Algeria", "delivered") in keys(records)
    assert not [r for r in records if r.status == "negotiating" and r.recipient == "Algeria"]


def test_headline_list_with_and_is_one_story(transfers):
    # a list joined by "and" is one story's goods, not a roundup
    records = transfers("Norway buys NASAMS, IRIS-T and Patriot systems from Germany\nThe deal was signed on Monday.")
    assert not [r for r in records if r.supplier in ("Algeria", "India")]


def test_evaluating_an_offered_system_is_interest_and_offer(transfers):
    records = transfers("Kenya is still evaluating the T-129 helicopters offered by Turkey.")
    assert {("Turkey", "Kenya", "interest"), ("Turkey", "Kenya", "offered")} <= keys(records)


def test_offer_met_with_interest(transfers):
    records = transfers("Russia also offered Pantsir-S1 air defence systems, in which the Serbian side expressed "
                        "interest.")
    assert {("Russia", "Serbia", "offered"), ("Russia", "Serbia", "interest")} <= keys(records)


def test_offer_met_with_no_interest_is_only_an_offer(transfers):
    records = transfers("Russia offered Pantsir-S1 systems to Serbia, which showed no interest.")
    assert ("Russia", "Serbia", "offered") in keys(records)
    assert ("Russia", "Serbia", "interest") not in keys(records)
