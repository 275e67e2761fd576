"""Profiles at 100k articles (issue 11): the totals of several lists counted in one statement, a country's
transfer totals from the flow summary, and a person's quotes read a page at a time give what the one-by-one
reads give, on SQLite and PostgreSQL."""

from __future__ import annotations

from armstrack.query import queries
from armstrack.resolve import database
from armstrack.store import db
from tests.test_serve_api import ARTICLES, ingest_files
from tests.test_summaries import MORE

#: Invented articles with quotes of three people (their first quotes interleave in the order of first mention).
QUOTES = {"quotes-lisbon.txt": """Portugal and Spain weigh joint air patrols

By Test Writer

June 12, 2023

Portuguese Defence Minister Ana Varela said on Monday that the two navies would train together.

"We will share what we learn at sea," Varela said.

Spanish Defence Minister Tomas Ibarra welcomed the plan on Tuesday.

"Our crews are ready for the first exercise," Ibarra said.

"The budget for the patrols is already approved," Varela added.
""", "quotes-madrid.txt": """Madrid hosts talks on coastal radars

By Test Writer

July 3, 2023

"Radar coverage of the straits comes first," Spanish Defence Minister Tomas Ibarra told reporters in Madrid.

French Defence Minister Luc Morvan said Paris would send two engineers.

"We can help with the software," Morvan said.
"""}

#: Lists with the filters a profile and the register use (rare and common, one role and two, dates).
LISTS = [("transfers", {"supplier": "Sweden"}), ("transfers", {"recipient": "India"}),
         ("transfers", {"country": "Portugal"}), ("transfers", {"system": "Gripen"}),
         ("transfers", {"supplier": "Sweden", "recipient": "Brazil"}), ("transfers", {"supplier": "Nowhere"}),
         ("meetings", {"country": "Spain"}), ("meetings", {"person": "Jonson"}), ("events", {"country": "Brazil"}),
         ("quotes", {"person": "Pal Jonson"}), ("transfers", {}), ("meetings", {"since": "2023-06"}),
         ("transfers", {"supplier": "Sweden", "until": "2023"}), ("figures", {})]


def test_list_totals_in_one_statement_are_list_records_totals(db_url, nlp, tmp_path):
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            alone = [queries.list_records(session, kind, limit=1, **filters)[1] for kind, filters in LISTS]
            assert queries.list_totals(session, LISTS) == alone
            assert sum(alone) >= 10 and 0 in alone  # the lists do find records, and one finds none
            # and a total passed in is the one a list reports, its page the same as when counted
            for (kind, filters), total in zip(LISTS, alone):
                for sort in (None, "-date"):
                    assert queries.list_records(session, kind, limit=2, sort=sort, total=total, **filters) == \
                        queries.list_records(session, kind, limit=2, sort=sort, **filters)
    finally:
        engine.dispose()


def test_country_totals_from_the_flows_are_the_lists_totals(db_url, nlp, tmp_path):
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            seen = 0
            for country in ("Sweden", "India", "Brazil", "Russia", "France", "Portugal", "Spain", "Atlantis"):
                profile = queries.country_profile(session, country, limit=1)
                if profile is None:
                    continue
                for key, kind, role in (("supplied", "transfers", "supplier"), ("received", "transfers", "recipient"),
                                        ("meetings", "meetings", "country"), ("events", "events", "country")):
                    total = queries.list_records(session, kind, limit=1, **{role: country})[1]
                    assert profile["totals"][key] == total, (country, key)
                    seen += total
            assert seen >= 4
    finally:
        engine.dispose()


def test_quotes_by_reads_past_quotes_of_other_spellings(db_url, nlp, tmp_path, monkeypatch):
    """quotes_by gives the first ``limit`` of the first 2 * limit quotes linked to the names (case-folded) whose
    speaker is one of the names as written; it reads ``limit`` at a time, and the second part only when the first
    holds a quote of another spelling."""
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE, **QUOTES})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            quotes = [q for q in queries.list_records(session, "quotes", limit=1000)[0] if q.get("speaker")]
            speakers = list(dict.fromkeys(q["speaker"] for q in quotes))  # in order of their first quote
            assert len(quotes) >= 3 and len(speakers) >= 2

            def expected(names: set[str], limit: int) -> list[dict]:
                folded = {n.casefold() for n in names}
                linked = [q for q in quotes if q["speaker"].casefold() in folded]
                return [q for q in linked[:2 * limit] if q["speaker"] in names][:limit]

            first, second = speakers[0], speakers[1]
            cases = [{first.upper()}, {first}, {first.upper(), second}, {first, second}, set(speakers),
                     {s.upper() for s in speakers}, {first.upper(), *speakers[1:]}]
            for walk in (False, True):
                monkeypatch.setattr(queries, "_walk_threshold", lambda *a, walk=walk: 1 if walk else None)
                for names in cases:
                    for limit in (0, 1, 2, 20):
                        assert queries.quotes_by(session, names, limit=limit) == expected(names, limit), \
                            (walk, names, limit)
            assert queries.quotes_by(session, {first.upper(), second}, limit=1) == expected({first.upper(), second}, 1)
    finally:
        engine.dispose()


def test_link_probes_have_their_covering_index_and_the_narrower_one_goes(db_url):
    from sqlalchemy import inspect, text

    engine = database.open_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE INDEX ix_fact_links_role_fact ON fact_links (role, fact_id)"))  # as before
    finally:
        engine.dispose()
    engine = database.open_engine(db_url)  # opened again: the narrower index is dropped
    try:
        indexes = {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("fact_links")}
        assert indexes["ix_fact_links_role_fact_value"] == ["role", "fact_id", "value"]
        assert "ix_fact_links_role_fact" not in indexes
    finally:
        engine.dispose()
