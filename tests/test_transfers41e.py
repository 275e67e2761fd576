"""Supplier scope in coordinated clauses (own26 family, probed in sentences written for these tests): a clause
saying where a lot was built ("although those were assembled in C") hangs in one coordinated clause and tells
that lot's source only, not the source of a lot told in the other clause ("A bought six in 2014, and B received
ten in 2020, although those were assembled in C")."""

from __future__ import annotations


def test_build_clause_of_the_second_conjunct_leaves_the_first_lot_to_its_maker(transfers):
    records = transfers("The Bayraktar TB2 has sold well in Asia. Bangladesh bought four in 2022, and Indonesia "
                        "received nine in 2024, although those drones were assembled in Malaysia by a local partner.")
    bangladesh = [r for r in records if r.recipient == "Bangladesh"]
    assert [(r.supplier, r.quantity) for r in bangladesh] == [("Turkey", 4)]


def test_build_clause_still_names_the_source_of_its_own_lot(transfers):
    # near negative: the lot whose clause holds the build clause keeps the build state as its source
    records = transfers("The Bayraktar TB2 has sold well in Asia. Indonesia received nine in 2024, although those "
                        "drones were assembled in Malaysia by a local partner.")
    assert ("Malaysia", "Indonesia") in {(r.supplier, r.recipient) for r in records if r.status == "delivered"}
