"""A refresh reaches the stored facts a new document's affiliation gives a country link (issue 11): a
person's meetings and quotes are found by the countries any document affiliates them with, so a title
first given by a later report changes facts no new record joins."""

from __future__ import annotations

from sqlalchemy import select

from armstrack.resolve import database
from armstrack.resolve.resolver import Resolver
from armstrack.store import db
from armstrack.store import models as m
from test_growth_incremental import _analyses, _assert_as_rebuilt


# A remark by a minister first quoted without her office; a later report of a meeting (not of the remark)
# names her country: the stored quote must gain that country's link though no new record joins it.
REMARK = """Navy to grow

May 4 2023

Defence Minister Mira Holt toured a shipyard on Tuesday.

"Our navy will need more patrol boats to guard the coast," Holt said.
"""

TALKS = """Ministers meet in Copenhagen

June 12 2023

Norwegian Foreign Minister Mira Holt met Danish Foreign Minister Sven Aalto in Copenhagen on Monday.
"""


def test_a_new_affiliation_reaches_stored_facts(tmp_path, db_url, nlp):
    analyses = _analyses(nlp, tmp_path / "in", {"remark": REMARK, "talks": TALKS})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            for name in ("remark", "talks"):
                database.write_batch(session, [analyses[name]])
                Resolver(session).refresh()
            links = set(session.execute(select(m.FactLink.role, m.FactLink.value).join(
                m.Fact, m.Fact.id == m.FactLink.fact_id).where(m.Fact.kind == "quotes")).all())
            assert ("country", "norway") in links
            _assert_as_rebuilt(session)
    finally:
        engine.dispose()
