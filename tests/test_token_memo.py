"""Per-token memos of the extractors' parse questions (armstrack.extract.context.token_memo): computed once
per token while a document is analysed, the same answers as the plain functions. Sentences in our own words."""

from __future__ import annotations

from armstrack.extract import meetings as meeting_rules, transfers as transfer_rules
from armstrack.extract.context import CONTEXT_KEY, DocContext, token_memo

TEXTS = [
    "Peru signed for eight attack helicopters in May, and the first two were handed over to its army in June.",
    "Defence Minister Olek Varga met his counterpart Ines Duarte and the navy chief in Lisbon on Tuesday.",
    "The frigates will go to Chile next year, while 12 K9 howitzers built under licence arrived in Oslo.",
]


def test_a_memoised_function_runs_once_per_token_in_an_analysis(parsed):
    calls = []

    @token_memo
    def probe(tok):
        calls.append(tok.i)
        return tok.lower_

    doc, analysis, gaz = parsed(TEXTS[0])
    assert [probe(t) for t in doc] == [t.lower_ for t in doc]  # no context yet: runs every time
    assert len(calls) == len(doc)
    DocContext.of(doc, analysis, gaz)
    calls.clear()
    for _ in range(3):
        assert [probe(t) for t in doc] == [t.lower_ for t in doc]
    assert calls == list(range(len(doc)))  # once per token
    doc.user_data.pop(CONTEXT_KEY)  # the analysis is over: the memo goes with its context
    calls.clear()
    probe(doc[0])
    assert calls == [0]


def test_memoised_parse_questions_answer_as_the_plain_functions(parsed):
    memoised = [transfer_rules.cue_of, transfer_rules._count, meeting_rules._name_phrase, meeting_rules._conjuncts]
    assert all(hasattr(f, "__wrapped__") for f in memoised)
    for text in TEXTS:
        doc, analysis, gaz = parsed(text)
        DocContext.of(doc, analysis, gaz)
        for f in memoised:
            for _ in range(2):
                assert [f(t) for t in doc] == [f.__wrapped__(t) for t in doc]
        doc.user_data.pop(CONTEXT_KEY)
