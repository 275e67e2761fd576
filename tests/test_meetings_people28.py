"""Names that are no people though the NER tags them so: a name followed by an apposition headed by a body's or
craft's noun ("X, a consortium led by ...", "Y, the second of four patrol ships"), the first words of a longer
company name ("X Y Company Limited"), a mission's name, and a Spanish party's name; and a person named right after
an office whose portfolio opens with "the" ("Minister for the Pacific Islands X Y"). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

from armstrack.core import analyse_text, build_pipeline, parse_long, settings
from armstrack.nlp.people import _classified

PUBLISHED = date(2024, 5, 3)


def _analyse(text: str):
    return analyse_text(text, published=PUBLISHED)


def _names(text: str) -> set[str]:
    return {p.name for p in _analyse(text).people}


def test_a_name_apposed_to_a_consortium_is_no_person():
    assert _names("In 2019 the navy signed a deal with Mar Azul, a consortium led by Spain's Navantia, "
                  "for two frigates.") == set()


def test_a_name_apposed_to_an_ordinal_of_ships_is_the_ships():
    assert _names("Early next year the navy plans to commission Laksamana Tun Hamzah, the second of four "
                  "offshore patrol ships built at Penang.") == set()


def test_a_name_apposed_to_a_role_stays_a_person():
    # near negative: the apposition after the comma names a role, and a later one the parser may hang there
    # ("..., the state agency ...") does not count
    assert "Karim Yusof" in _names("Karim Yusof, a senior analyst, said the deal was too costly.")


def test_the_first_words_of_a_company_name_are_no_traveller():
    a = _analyse("The designations cover Tenaga Jaya Company Limited, a Penang firm, and Rahim Osman, the managing "
                 "director of Tenaga Jaya, who flew to Minsk in May 2023 to sign the contracts.")
    assert {p.name for p in a.people} == {"Rahim Osman"}
    assert [m.participants for m in a.meetings] == [["Rahim Osman"]]


def test_a_spanish_party_name_is_no_person():
    assert "Frente Popular" not in _names("Lucas Ferreira Lima, a lawyer running for Frente Popular, said the "
                                          "jets were too expensive.")


def test_a_mission_name_is_classified():
    doc = parse_long(build_pipeline(settings.model_name(None)),
                     "The troops now serve under the Joint Support and Stabilization Mission in Chad.")
    start = next(t.i for t in doc if t.text == "Stabilization")
    assert _classified(doc, start, start + 2, set())
    assert not _classified(doc, start - 2, start - 1, set())  # "Support" alone: no classifier


def test_a_name_after_a_portfolio_opening_with_the_is_a_person():
    text = "Minister for the Pacific Islands Rosalind Fenwick said:\n\n\"We will not supply these engines again.\""
    assert "Rosalind Fenwick" in _names(text)


def test_a_body_after_a_portfolio_opening_with_the_is_no_person():
    # near negative: "for the X Y Government's ...": the run ends in a body's name, not a person's
    assert _names("“We will not give up,” said a spokesperson for the National Unity Government’s defence "
                  "ministry.") == set()
