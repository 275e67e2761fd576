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


# --- "A met B, according to a ministry statement. ... '...', it said": "it" is the statement's body ----------

IT_SAID = """Colombian general in Quito

March 2, 2025

Colombia's army chief held talks in Quito on Friday on border security, Ecuador's defence ministry said.

General Andres Rojas, who flew in on Thursday, met the Ecuadorean army commander, General Luis Vera, according to a ministry statement. The two sides agreed on "closer coordination along the shared border", it said.
"""

IT_SAID_COMPANY = """Colombian general in Quito

March 2, 2025

Colombia's army chief visited a truck plant in Quito on Friday, Ecuador's defence ministry said.

General Andres Rojas, who flew in on Thursday, toured the plant with its owner, according to his office. The factory will make "up to forty trucks a month", it said.
"""


def _quotes(text: str) -> list:
    return analyse_text(text).quotes


def test_it_said_after_a_sentence_reported_from_a_ministry_statement_is_the_ministry():
    speakers = {q.speaker.lower() for q in _quotes(IT_SAID) if q.text.startswith("closer coordination")}
    assert speakers and all("ministry" in s for s in speakers)


def test_it_said_after_a_sentence_reported_from_a_persons_office_names_no_person():
    assert not any(q.speaker == "Andres Rojas" for q in _quotes(IT_SAID_COMPANY))
