"""own25 third pass over figures: counts of states as figures of their own (sentences written for these tests)."""
from __future__ import annotations

from tests.readings import analysed


def _states(text: str) -> list[float]:
    return sorted(f.value for f in analysed(text).figures if f.unit == "countries")


def test_part_and_whole_of_a_partitive_count_of_states():
    assert _states("The review meeting drew envoys from 61 of the convention's 87 states parties.") == [61, 87]
    assert _states("Only 14 of the 52 member states have filed their reports.") == [14, 52]


def test_states_a_group_speaks_for_or_that_act():
    assert _states("Norway's envoy spoke on behalf of 27 states urging a moratorium.") == [27]
    assert _states("The study finds 38 countries that operate long-range drones, up from 19 in 2018.") == [19, 38]
    assert _states("The index, to which 63 states contributed data in 2023, is published yearly.") == [63]


def test_a_table_line_of_states_supplied():
    text = "Main exporters (states supplied):\n\n• France: 21 states / 30%\n• Italy: 9 states / 12%\n"
    assert _states(text) == [9, 21]


def test_states_told_before_left_unnamed_or_a_pair_are_no_count():
    # near negatives: a determiner refers back, "other" leaves them unnamed, two states are a pair, and a
    # count of states with no act, table or partitive stays no figure
    assert _states("The three states left the customs union in January.") == []
    assert _states("Talks are under way with four other countries, the minister said.") == []
    assert _states("Two countries signed the accord on Friday.") == []
    assert _states("The 27 member countries adopted the text.") == []
    assert _states("Arms imports by five Gulf states grew sharply.") == []
    assert _states("Note: 12 states are shown in the chart below, which gives the totals.") == []
