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
