"""A deal noun under a modal copula ("the missiles would be its largest export") tells a deal still to come, not a
delivery. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from armstrack.core import analyse_text


def test_a_would_be_export_is_no_delivery():
    text = ("Thailand is negotiating with Sweden for six Gripen E fighters. The jets would be Sweden's biggest "
            "export to Asia.")
    records = analyse_text(text, published=date(2025, 4, 1)).transfers
    assert {(t.supplier, t.recipient, t.status) for t in records} <= {("Sweden", "Thailand", "negotiating"),
                                                                       ("Sweden", "Thailand", "agreed")}
    assert ("Sweden", "Thailand", "negotiating") in {(t.supplier, t.recipient, t.status) for t in records}
