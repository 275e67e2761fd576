"""Mixed fixes of round 26 (helper r26mg): our own sentences, each with a near negative."""

from __future__ import annotations

from armstrack.core import analyse_text


def _meetings(text: str) -> list:
    return analyse_text(text).meetings


def _pairs(text: str) -> list[set[str]]:
    return [set(m.participants) for m in _meetings(text)]


# --- "X said at a ceremony at the base, which was attended by Y": the clause hangs on the place -------------

CEREMONY_AT_SITE = """Patrol ships handed over

June 3, 2025

"These ships will guard our waters for thirty years," Navy Minister Tomas Kalnins said at a ceremony at the shipyard, which was also attended by Norway's ambassador, Ingrid Solheim.
"""

BUILT_AT_SITE = """Patrol ships handed over

June 3, 2025

"These ships will guard our waters for thirty years," Navy Minister Tomas Kalnins said at a ceremony at the shipyard, which was built by a Norwegian firm owned by Ingrid Solheim.
"""


def test_speaker_at_a_ceremony_meets_who_attended_it_when_the_clause_hangs_on_the_site():
    assert {"Tomas Kalnins", "Ingrid Solheim"} in _pairs(CEREMONY_AT_SITE)


def test_a_relative_clause_on_the_site_that_tells_no_attendance_gives_no_meeting():
    assert not any("Ingrid Solheim" in p for p in _pairs(BUILT_AT_SITE))


# --- "The two men flew to C, where they signed ...": "they" in a "where" clause is the travellers ----------

PAIR_WHERE = """Chilean minister in Lima

May 14, 2025

Chile's defence minister, Paula Orrego, arrived in Lima on Monday and held talks with Peru's defence minister, Julio Salcedo. The two ministers flew together to Arequipa on Tuesday, where they signed an accord on joint naval patrols.
"""

ONE_WHERE = """Chilean minister in Lima

May 14, 2025

Chile's defence minister, Paula Orrego, arrived in Lima on Monday and held talks with Peru's defence minister, Julio Salcedo. The navy flew its new helicopters to Arequipa on Tuesday, where they were shown to reporters.
"""


def test_they_in_a_where_clause_are_the_pair_who_travelled_and_signed():
    kinds = {(frozenset(m.participants), m.kind.value) for m in _meetings(PAIR_WHERE)}
    assert (frozenset({"Paula Orrego", "Julio Salcedo"}), "signing") in kinds


def test_they_in_a_where_clause_about_things_gives_no_second_meeting():
    pairs = [m for m in _meetings(ONE_WHERE) if {"Paula Orrego", "Julio Salcedo"} <= set(m.participants)]
    assert len(pairs) == 1  # the talks in Lima only

