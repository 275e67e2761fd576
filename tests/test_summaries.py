"""The API's summaries (armstrack.store.summaries) stay equal to a recount from the merged facts, after
ingests, replacements and rebuilds, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from armstrack import settings
from armstrack.query import export
from armstrack.resolve import database
from armstrack.store import db, summaries
from armstrack.store import models as m
from tests.test_serve_api import ARTICLES, ingest_files

#: More small invented articles: a three-way meeting, another flow, a person under two spellings.
MORE = {
    "trio.txt": """Defence chiefs meet in Lisbon

By Test Writer

June 4, 2023

Portuguese Defence Minister Ana Varela met Spanish Defence Minister Tomas Ibarra and French Defence Minister Luc Morvan in Lisbon on June 3, 2023.

France will supply 18 Caesar howitzers to Portugal, Varela said.
""",
}


def _edges_now(session) -> Counter:
    return Counter({(e.source, e.target, e.kind): e.n for e in session.scalars(select(m.SummaryEdge)) if e.n})


def _edges_recount(session) -> Counter:
    total: Counter = Counter()
    for kind, data in session.execute(select(m.Fact.kind, m.Fact.data)):
        total.update(summaries.edge_rows(kind, data))
    return total


def _people_now(session) -> dict:
    return {p.canonical_id: (p.name, p.aliases, p.mention_count, p.document_count,
                             [(t["title"], t["affiliation"]) for t in p.titles], p.conflicts)
            for p in session.scalars(select(m.SummaryPerson))}


def _people_recount(session) -> dict:
    out = {}
    for p in export.people(session):
        distinct = list(dict.fromkeys((t["title"], t["affiliation"]) for t in p["titles"]))
        out[int(p["id"][1:])] = (p["name"], p["aliases"], len(p["mentions"]),
                                 len({x["doc"] for x in p["mentions"]}), distinct, p["conflicts"])
    return out


def _check(url: str) -> None:
    engine = database.open_engine(url)
    try:
        with db.session_factory(engine)() as session:
            edges = _edges_now(session)
            assert edges == _edges_recount(session)
            assert _people_now(session) == _people_recount(session)
            from armstrack.query import queries

            assert queries.overview(session)["counts"] == queries.record_counts(session)
            return edges
    finally:
        engine.dispose()


def test_summaries_follow_ingest_replacement_and_rebuild(db_url, nlp, tmp_path):
    ingest_files(db_url, nlp, tmp_path / "a", ARTICLES)
    edges = _check(db_url)
    assert edges[("Sweden", "Brazil", "flow")] == 1
    assert edges[("country:Sweden", "country:Brazil", "transfer")] == 1
    ingest_files(db_url, nlp, tmp_path / "b", MORE)
    edges = _check(db_url)
    assert any(k == "meeting" for _, _, k in edges)
    # a replaced article: its facts are deleted and made again; the counts follow
    changed = {"s400-india.txt": ARTICLES["s400-india.txt"].replace("third regiment", "fourth regiment")
               + "\nRussia will also supply 4 Su-30 fighter jets to India.\n"}
    ingest_files(db_url, nlp, tmp_path / "a", changed)
    _check(db_url)
    engine = database.open_engine(db_url)
    try:
        from armstrack.resolve.resolver import rebuild

        with db.session_factory(engine)() as session:
            rebuild(session)
    finally:
        engine.dispose()
    _check(db_url)


def test_triggers_missing_are_recreated_and_counts_rebuilt(sqlite_url, nlp, tmp_path):
    ingest_files(sqlite_url, nlp, tmp_path / "a", ARTICLES)
    engine = database.open_engine(sqlite_url)
    with engine.begin() as conn:  # a database written before the summaries existed
        for name in summaries.SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.execute(m.SummaryEdge.__table__.delete())
        conn.execute(m.SummaryPerson.__table__.delete())
    engine.dispose()
    edges = _check(sqlite_url)  # open_engine put them back
    assert edges[("Russia", "India", "flow")] == 1


def test_streamed_export_is_byte_identical(db_url, nlp, tmp_path):
    import io

    from armstrack.query import export_stream
    from armstrack.query.export import build_export, write_csv, write_json

    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            expected = write_json(build_export(session), None) + "\n"
            previous = settings.activate(settings.current().replace(export_batch=2))  # several batches on three articles
            try:
                buf = io.StringIO()
                export_stream.write_json(session, buf)
                write_csv(build_export(session), tmp_path / "old")
                export_stream.write_csv(session, tmp_path / "new")
            finally:
                settings.activate(previous)
    finally:
        engine.dispose()
    assert buf.getvalue() == expected
    for old in sorted((tmp_path / "old").iterdir()):
        assert (tmp_path / "new" / old.name).read_bytes() == old.read_bytes(), old.name


def test_bounded_views_page_in_sql(sqlite_url, nlp, tmp_path):
    from armstrack.query import queries

    ingest_files(sqlite_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(sqlite_url)
    try:
        with db.session_factory(engine)() as session:
            everything = queries.timeline(session)
            assert len(everything) == queries.timeline_total(session) >= 3
            dates = [e["date"] for e in everything]
            assert dates == sorted(dates, key=lambda d: (d is None, d or ""))
            pages = [queries.timeline(session, limit=2, offset=o) for o in range(0, len(everything), 2)]
            assert [e for p in pages for e in p] == everything
            net = queries.network(session)
            small = queries.network(session, max_edges=1, max_nodes=0)
            assert len(small["edges"]) == 1 and small["edges"][0]["weight"] == max(e["weight"] for e in net["edges"])
            assert {n["id"] for n in small["nodes"]} == {small["edges"][0]["source"], small["edges"][0]["target"]}
            # q= finds records through the full-text index, with the same exact test as before
            hits, total = queries.list_records(session, "transfers", q="gripen")
            assert total == 1 and hits[0]["system"].startswith("Gripen")
            assert queries.list_records(session, "transfers", q="gripe")[1] == 1  # a word's beginning
            assert queries.list_records(session, "transfers", q="zzzz")[1] == 0
            people, total = queries.list_people(session, q="jonson")
            assert total == 1 and people[0]["name"].endswith("Jonson") and people[0]["mention_count"] >= 2
    finally:
        engine.dispose()


def test_filtered_lists_walk_in_order_or_order_matches_alike(db_url, nlp, tmp_path, monkeypatch):
    """A filtered page is the same whether the matches are ordered or the kind's facts are walked in order
    and probed (queries._walk_first chooses by counts; here both ways are forced)."""
    from armstrack.query import queries

    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE})
    engine = database.open_engine(db_url)
    cases = [("transfers", {}), ("transfers", {"supplier": "Sweden"}), ("transfers", {"recipient": "India"}),
             ("transfers", {"country": "Portugal"}), ("transfers", {"system": "S-400"}),
             ("meetings", {"person": "Jonson"}), ("meetings", {"country": "Spain"}),
             ("quotes", {"person": "Pal Jonson"}), ("transfers", {"supplier": "Sweden", "recipient": "Brazil"})]
    try:
        with db.session_factory(engine)() as session:
            def pages(walk: bool) -> list:
                monkeypatch.setattr(queries, "_walk_threshold", lambda *a: 1 if walk else None)
                out = []
                for kind, filters in cases:
                    for sort in (None, "-date", "date"):
                        for offset in range(3):
                            out.append(queries.list_records(session, kind, sort=sort, limit=1, offset=offset,
                                                            **filters))
                names = {"Pal Jonson", "Jose Mucio", "Ana Varela", "Tomas Ibarra", "Luc Morvan", "Nobody Else"}
                out.append(queries.quotes_by(session, names))  # more names than a probe looks up one by one
                out.append(queries.quotes_by(session, {"Pal Jonson"}))
                return out

            ordered, walked = pages(False), pages(True)
            assert walked == ordered
            assert sum(1 for rows, total in ordered[:-2] if rows) >= 20  # the cases do find records
            assert ordered[-1] and ordered[-1] == ordered[-2]
    finally:
        engine.dispose()


def test_person_profile_lists_the_first_mentions_of_every_spelling(db_url, nlp, tmp_path, tune):
    """A profile's mentions are the first ones (document, offset) over all the person's spellings, as the
    export lists them, however few a page shows."""
    from armstrack.query import queries

    spelled = {"initial.txt": "Minister speaks\n\nBy Test Writer\n\nJune 19, 2023\n\n"
                              "Swedish Defence Minister P. Jonson spoke in Stockholm on June 18, 2023.\n"}
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE, **spelled})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            people = export.people(session)
            assert any(len(p["merged"]) for p in people)  # a person under two spellings
            for limit in (1, 2, 50):
                tune(profile_records=limit)
                for p in people:
                    expected = sorted(p["mentions"], key=lambda x: (x["doc"], x["start"]))[:limit]
                    got = queries.get_person(session, p["id"])
                    assert got["mentions"] == expected, p["name"]
                    assert got["totals"]["mentions"] == len(p["mentions"])
    finally:
        engine.dispose()


#: Two reports of each of two deliveries that disagree on how many (invented).
DISAGREEING = {
    "nasams-a.txt": """Launchers for Tallinn

By Test Writer

October 2, 2023

Norway has delivered 6 NASAMS launchers to Estonia, the Estonian defence ministry said on Monday.

Canada has delivered 20 LAV 6 armoured vehicles to Latvia, officials said.
""",
    "nasams-b.txt": """Estonia shows new air defence

By Test Writer

October 4, 2023

Norway has delivered 8 NASAMS launchers to Estonia, according to the ministry in Tallinn.

Canada has delivered 24 LAV 6 armoured vehicles to Latvia, a spokesperson said.
""",
}


def test_conflicts_walked_or_ordered_page_alike(db_url, nlp, tmp_path, monkeypatch):
    """The conflicts list is the flagged facts in (kind, first mention) order, paged, whether a kind's facts are
    walked in order and probed for a conflict link or its flagged facts are ordered (both ways forced)."""
    from armstrack.query import queries

    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE, **DISAGREEING})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            flagged = sorted(((f.kind, f.sort_key, f.id) for f in session.scalars(select(m.Fact))
                              if f.data.get("conflicts")))
            assert len(flagged) >= 2  # the two deliveries each have a disagreement

            def pages(walk: bool) -> list:
                monkeypatch.setattr(queries, "_walk_threshold", lambda *a: 1 if walk else None)
                out = [queries.list_conflicts(session)]
                for limit in (1, 2):
                    out += [queries.list_conflicts(session, limit=limit, offset=o) for o in range(len(flagged) + 1)]
                return out

            ordered, walked = pages(False), pages(True)
            assert walked == ordered
            assert [c["record"]["id"] for c in ordered[0] if c["kind"] != "people"] == \
                [i for *_, i in flagged for _ in session.get(m.Fact, i).data["conflicts"]]
            assert [c["record"]["id"] for c in ordered[1]] == [flagged[0][2]] * len(ordered[1])
    finally:
        engine.dispose()


def test_country_totals_count_each_fact_once_over_both_roles(db_url, nlp, tmp_path):
    """A country filter matches a fact as its country or as an event's actor; the total counts each fact once
    (queries._count_over_roles), as a scan of the links does."""
    from armstrack.query import queries

    drill = {"drill.txt": "Navies drill together\n\nBy Test Writer\n\nAugust 8, 2023\n\n"
                          "Indian and French warships held joint naval exercises in the Arabian Sea on August 7, 2023.\n"}
    ingest_files(db_url, nlp, tmp_path / "a", {**ARTICLES, **MORE, **DISAGREEING, **drill})
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            links = session.execute(select(m.FactLink.fact_id, m.FactLink.value).where(
                m.FactLink.role.in_(("country", "actor")))).all()
            assert any(f.startswith(queries.PREFIX["events"]) for f, _ in links)  # the drill's actors are linked
            for kind in queries.KINDS:
                for value in sorted({v for _, v in links}):
                    expected = len({f for f, v in links if v == value and f.startswith(queries.PREFIX[kind])})
                    assert queries.list_records(session, kind, country=value, limit=1)[1] == expected, (kind, value)
    finally:
        engine.dispose()


def _fact(fid: str, kind: str, data: dict) -> m.Fact:
    return m.Fact(id=fid, kind=kind, block_key=f"k|{fid}", data=data, conflicts=[], sort_key=fid)


def test_sqlite_triggers_are_per_kind_and_count_like_the_python_rule(sqlite_url):
    facts = [_fact("t1", "transfers", {"supplier": "Norway", "recipient": "Chile", "system": "NASAMS",
                                       "family": "NASAMS", "status": "ordered"}),
             _fact("t2", "transfers", {"supplier": "Norway", "recipient": "", "system": "Penguin", "family": "",
                                       "status": None}),
             _fact("t3", "transfers", {"supplier": "Norway", "recipient": "Chile", "system": "NASAMS",
                                       "family": "NASAMS", "status": "delivered"}),
             _fact("m1", "meetings", {"participants": ["Ida Brekkeli", "Tomas Quenral", "Ida Brekkeli", 7]}),
             _fact("e1", "events", {"actors": ["Chile", "Norway"], "type": "exercise"}),
             _fact("e2", "events", {"actors": ["Peru"], "type": ""}),
             _fact("q1", "quotes", {"speaker": "Ida Brekkeli", "text": "We are ready."})]
    engine = database.open_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            ddl = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                            "AND tbl_name = 'facts'").all())
        # one trigger per kind that has edges and per event, each fired by its own kind only
        assert set(ddl) == {f"summary_{k}_{e}" for k in ("transfers", "meetings", "events")
                            for e in ("insert", "delete")}
        for name, sql in ddl.items():
            kind, event = name.split("_")[1:]
            assert f"WHEN {'new' if event == 'insert' else 'old'}.kind = '{kind}'" in sql
        with db.session_factory(engine)() as session:
            session.add_all(facts)
            session.commit()
            expected: Counter = Counter()
            for f in facts:
                expected.update(summaries.edge_rows(f.kind, f.data))
            assert _edges_now(session) == +expected
            assert _edges_now(session)[("system:NASAMS", "", "node")] == 2
            for f in facts[::2]:
                session.delete(f)
            session.commit()
            left: Counter = Counter()
            for f in facts[1::2]:
                left.update(summaries.edge_rows(f.kind, f.data))
            assert _edges_now(session) == +left
    finally:
        engine.dispose()


def test_triggers_of_an_older_layout_are_replaced(sqlite_url, nlp, tmp_path):
    ingest_files(sqlite_url, nlp, tmp_path / "a", ARTICLES)
    engine = database.open_engine(sqlite_url)
    with engine.begin() as conn:  # a database of layout 3: one trigger per event for all kinds
        for name in summaries.SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        for name, event, row in zip(summaries.OLD_SQLITE_TRIGGERS, ("INSERT", "DELETE"), ("new", "old")):
            conn.exec_driver_sql(f"CREATE TRIGGER {name} AFTER {event} ON facts BEGIN INSERT INTO summary_edges"
                                 f"(source, target, kind, n) VALUES ({row}.id, '', 'old', 1) "
                                 f"ON CONFLICT(source, target, kind) DO UPDATE SET n = n + 1; END")
        conn.execute(m.Meta.__table__.update().where(m.Meta.name == "summaries_layout").values(value="3"))
    engine.dispose()
    ingest_files(sqlite_url, nlp, tmp_path / "b", MORE)  # opening it upgrades the layout
    engine = database.open_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            names = set(conn.scalars(select(m.Meta.value).where(m.Meta.name == "summaries_layout")))
            triggers = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
        assert names == {summaries.LAYOUT}
        assert not triggers & set(summaries.OLD_SQLITE_TRIGGERS)
    finally:
        engine.dispose()
    edges = _check(sqlite_url)
    assert not any(k == "old" for _, _, k in edges)
