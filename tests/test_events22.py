"""Figures and events on sentences written for these tests (the own19 error analysis, checked against the same
families in the older sets).

First, the resolver: a figure whose subject names no country takes the countries of its sentence, and those name
the sentence's other actors too (the source's own nationality, a buyer beside its seller). One such set nested in
another is no sign of one subject: two values from one source merge as a conflict only with the same countries."""

from __future__ import annotations



def _share(gaz, i, doc, sentence, subject, value):
    from armstrack.resolve import rules

    rec = rules.Rec("figures", i, doc, 0, 1, sentence,
                    {"what": "share", "value": value, "unit": "percent", "subject": subject,
                     "source": "Institute for Trade Studies", "period": "2019-2023"})
    rules.prepare(rec, rules.Canon(gaz))
    return rec


_REGION = ("The institute, a Norwegian research body, estimates that the islands took less than 2 percent of "
           "world weapons imports in 2019-2023.")
_PAIR = ("Brazil sold Chile 35 percent of its weapons imports over 2019-2023, according to the Norwegian "
         "institute.")


def test_a_region_share_and_a_supplier_share_told_by_one_source_are_two_figures(gaz):
    from armstrack.resolve import rules

    a = _share(gaz, 1, "a", _REGION, "world weapons imports", 2.0)
    b = _share(gaz, 2, "b", _PAIR, "its weapons imports", 35.0)
    assert a.norm["countries"] < b.norm["countries"]  # the source's nationality is all the first one names
    assert len(rules.cluster([a, b])) == 2


def test_guard_the_same_number_with_nested_sentence_countries_still_merges(gaz):
    from armstrack.resolve import rules

    a = _share(gaz, 1, "a", "Brazil took 35 percent of the total, the Norwegian institute said.",
               "the total weapons imports", 35.0)
    b = _share(gaz, 2, "b", _PAIR, "its weapons imports", 35.0)
    assert len(rules.cluster([a, b])) == 1


def test_guard_two_values_with_the_same_sentence_countries_stay_one_figure_in_conflict(gaz):
    from armstrack.resolve import rules

    a = _share(gaz, 1, "a", "Brazil supplied 35 percent of Chile's weapons imports, the institute said.",
               "its weapons imports", 35.0)
    b = _share(gaz, 2, "b", "Brazil sold Chile 36 percent of its weapons imports, the institute said.",
               "its weapons imports", 36.0)
    assert len(rules.cluster([a, b])) == 1
