"""The name a transfer merged across reports is given: the name most of its reports give; on a tie, a class or
variant name over the bare name of the family it belongs to, so the register row says what was bought and keeps
the family beside it."""

from __future__ import annotations

from armstrack.resolve import rules


def _merged(gaz, rows):
    base = {"supplier": "Spain", "recipient": "Peru", "category": "ship", "status": "delivered",
            "quantity": 2, "when": "2024"}
    recs = []
    for i, (doc, fields) in enumerate(rows):
        r = rules.Rec("transfers", i, doc, 10 * i, 10 * i + 5, "s", {**base, **fields})
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    clusters = rules.cluster(recs)
    assert len(clusters) == 1, "the reports describe one delivery"
    return rules.merge("transfers", clusters[0])[0]


def test_a_tie_between_a_class_and_its_design_name_goes_to_the_class(gaz):
    merged = _merged(gaz, [("early", {"system": "Avante 2200", "family": "Avante 2200"}),
                           ("later", {"system": "Bonpland-class", "family": "Avante 2200"})])
    assert merged["system"] == "Bonpland-class"
    assert merged["family"] == "Avante 2200"


def test_the_name_most_reports_give_still_wins(gaz):
    merged = _merged(gaz, [("a", {"system": "Avante 2200", "family": "Avante 2200"}),
                           ("b", {"system": "Avante 2200", "family": "Avante 2200"}),
                           ("c", {"system": "Bonpland-class", "family": "Avante 2200"})])
    assert merged["system"] == "Avante 2200"


def test_two_variant_names_tied_keep_the_first_report_s(gaz):
    merged = _merged(gaz, [("a", {"system": "Avante 2200M", "family": "Avante 2200"}),
                           ("b", {"system": "Avante 2200P", "family": "Avante 2200"})])
    assert merged["system"] == "Avante 2200M"
