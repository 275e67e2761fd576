"""Ships and kinds told back: hulls listed in apposition to a counted phrase of a class are that class, not systems of
their own; "the first of six vessels" is a part of a lot whose count of one is no restated named lot; "a second
frigate of the type" is of the kind named before. Sentences written for these tests."""

from __future__ import annotations

from armstrack.core import analyse
from armstrack.nlp.pipeline import parse_long
from armstrack.records import Article


def _transfers(nlp, text):
    return analyse(parse_long(nlp, text), Article(doc_id="t", text=text)).transfers


def test_hulls_listed_beside_counted_ships_are_the_class(nlp):
    text = ("LIMA: The Peruvian Navy on Friday launched BAP Ferre, the last of four Arequipa-class frigates ordered "
            "from Spain in 2019 under a deal worth about $900 million. The first two ships, BAP Grau and BAP "
            "Bolognesi, were built at the Ferrol yard and have already been delivered.\n")
    records = _transfers(nlp, text)
    assert not [r for r in records if r.system.startswith("BAP")]
    assert [(r.quantity, r.status) for r in records if r.status == "delivered"] == [(2, "delivered")]


def test_hulls_named_alone_stay(nlp):
    text = ("LIMA (Wire) -- Peru's navy took delivery of BAP Grau and BAP Bolognesi from Spain last year, officials "
            "said.\n")
    assert sorted(r.system for r in _transfers(nlp, text)) == ["BAP Bolognesi", "BAP Grau"]


def test_first_of_a_counted_lot_is_no_named_lot_of_one(nlp):
    text = ("FERROL (Wire) -- Navantia launched the first of four offshore patrol vessels for the Peruvian Navy at "
            "its Ferrol yard on Friday. Navantia earlier delivered two Avante-class corvettes and one Alvarez-class "
            "frigate to Peru.\n")
    records = [r for r in _transfers(nlp, text) if r.system == "offshore patrol vessels"]
    assert [(r.supplier, r.recipient, r.status, r.quantity) for r in records] == [("Spain", "Peru", "in_production", 1)]


def test_same_count_of_the_kind_is_still_the_named_lot(nlp):
    text = ("LIMA (Wire) -- Peru ordered 24 F-16 fighters from the United States in 2020. The United States sold 24 "
            "aircraft to Peru under the deal.\n")
    assert [r.system for r in _transfers(nlp, text)] == ["F-16"]


def test_second_ship_of_the_type_is_the_named_kind(nlp):
    text = ("LIMA (Wire) -- Peru operates a MEKO A-200 frigate delivered by Germany in 2019. The navy wants a second "
            "frigate of the type from Germany, but has no money yet.\n")
    wanted = [r for r in _transfers(nlp, text) if r.status == "interest"]
    assert [(r.family, r.supplier) for r in wanted] == [("MEKO", "Germany")]


def test_type_with_a_clause_of_its_own_is_not_referred_back(nlp):
    text = ("LIMA (Wire) -- Peru operates a MEKO A-200 frigate delivered by Germany in 2019. The navy wants a frigate "
            "of the type that Chile flies from Germany, but has no money yet.\n")
    wanted = [r for r in _transfers(nlp, text) if r.status == "interest"]
    assert [r.family for r in wanted] == [None]
