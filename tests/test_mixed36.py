"""Events on sentences written for these tests (the x25ev cross-set pass): a member state's veto in a UN body is a UN
vote whatever it blocked, and the guards that keep a head of state's veto of a bill out."""

from __future__ import annotations

from tests.readings import analysed


def _types(text: str) -> set[str]:
    return {str(getattr(e.type, "value", e.type)) for e in analysed(text).events}


def test_veto_of_a_renewal_in_a_un_body_is_a_vote():
    found = _types("Since China vetoed, in May 2023, the extension of the United Nations monitoring mission, "
                   "reports on the ceasefire have dried up.")
    assert "un_vote" in found


def test_veto_of_a_mandate_at_the_security_council_is_a_vote():
    found = _types("France vetoed the continuation of the observer mandate at the UN Security Council in June.")
    assert "un_vote" in found


def test_guard_a_president_vetoing_a_bill_is_no_un_vote():
    # near negative: a head of state's veto of a law, with the UN named in the sentence
    found = _types("President Alvarez vetoed the arms export bill on Monday, a week after the United Nations "
                   "criticised it.")
    assert "un_vote" not in found


def test_guard_a_veto_with_no_un_body_is_no_vote():
    found = _types("The coalition partner vetoed the tank purchase in June.")
    assert "un_vote" not in found
