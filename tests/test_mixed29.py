"""Quotes, meetings, figures and events on sentences written for these tests (the round-23 cross-set pass over
meetings, quotes, people, figures and events: families seen in at least three sets), and the near-misses that
must stay as they were."""

from __future__ import annotations

from tests.readings import quotes


# --- a short quoted term under a document's verb ("a report by X found that ... 'term'") --------------------------

def test_term_under_a_report_by_an_agency():
    found = quotes('A report by Amnesty International found that the soldiers had "acted without orders" in the '
                   'village.')
    assert ("Amnesty International", "acted without orders") in found


def test_term_under_a_report_of_a_named_body():
    found = quotes('A report by the Lutheran World Federation in April found that militias and "hired guards" had '
                   'emptied three villages.')
    assert any(text == "hired guards" and speaker and "Lutheran World Federation" in speaker
               for speaker, text in found)


def test_guard_a_quoted_name_under_a_document_verb_is_no_quote():
    assert quotes('The report found that the "Red Hand" group had taken the town.') == []


def test_guard_a_report_with_no_author_gives_no_speaker():
    assert quotes('The report found that the soldiers had "acted without orders" in the village.') == []
