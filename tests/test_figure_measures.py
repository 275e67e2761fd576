"""A percentage is a share ("accounted for 11 percent of") or a change ("fell by 26 percent"): the figure says which
in ``what``, and the resolver keeps a share and a change of one subject apart rather than calling them a conflict
between sources. Sentences of our own."""

from __future__ import annotations

import pytest

from readings import analysed


def _percent_measures(text: str) -> list[tuple[float, str]]:
    return sorted((f.value, f.what.split(" (")[0]) for f in analysed(text).figures if f.unit == "percent")


@pytest.mark.parametrize("text, expected", [
    ("Ruritania's arms imports fell by 26 percent between 2015-19 and 2020-24, according to the institute.",
     [(26.0, "change")]),
    ("Exports from the yard rose 17% over the period, the institute said.", [(17.0, "change")]),
    ("The institute recorded a 30 percent increase in the country's arms imports.", [(30.0, "change")]),
    ("Imports grew by almost 40 per cent in five years, the institute said.", [(40.0, "change")]),
    ("The procurement budget was cut by 8 percent this year, the ministry said.", [(8.0, "change")]),
])
def test_a_percentage_governed_by_a_word_of_change_is_a_change(text, expected):
    assert _percent_measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ruritania accounted for 11 percent of the region's arms imports in 2020-2024, the institute said.",
     [(11.0, "share")]),
    ("The country's share of global arms exports was 4.2 percent, the institute said.", [(4.2, "share")]),
    ("France supplied 45 percent of the country's arms imports, followed by Spain with 20 percent.",
     [(20.0, "share"), (45.0, "share")]),
    # a level reached after a word of change is no change
    ("The defence budget will increase to 2.5 percent of GDP next year, the minister said.", [(2.5, "share")]),
])
def test_any_other_percentage_is_a_share(text, expected):
    assert _percent_measures(text) == expected


def _figure(gaz, i, doc, what, value):
    from armstrack.resolve import rules

    rec = rules.Rec("figures", i, doc, 0, 1, "The institute published its figures.",
                    {"what": what, "value": value, "unit": "percent", "subject": "Peru's arms imports",
                     "source": "SIPRI", "period": "2020-2024"})
    rules.prepare(rec, rules.Canon(gaz))
    return rec


def test_a_share_and_a_change_of_one_subject_are_two_figures(gaz):
    from armstrack.resolve import rules

    assert len(rules.cluster([_figure(gaz, 1, "a", "share", 11.0), _figure(gaz, 2, "b", "change", 26.0)])) == 2


def test_two_shares_of_one_subject_that_disagree_stay_one_figure_in_conflict(gaz):
    from armstrack.resolve import rules

    assert len(rules.cluster([_figure(gaz, 1, "a", "share", 11.0), _figure(gaz, 2, "b", "share", 12.0)])) == 1
    # a figure stored before the two measures were told apart still merges with either
    assert len(rules.cluster([_figure(gaz, 1, "a", "share or change", 11.0), _figure(gaz, 2, "b", "change", 11.0)])) == 1
