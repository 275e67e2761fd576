"""One spec per record kind (armstrack.kinds, issue 14): every stage covers every registered kind through it,
and a kind registered later (a throwaway one here) is picked up by the derived tables, models, exports and
queries without touching them."""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import DeclarativeBase

from armstrack import kinds, records
from armstrack.kinds import FieldSpec, KindSpec


def _annotation(f: FieldSpec) -> str:
    """How the record dataclass must annotate a field of the spec (annotations are strings here)."""
    if f.type is list:
        return "list[str]"
    name = (f.vocabulary or f.type).__name__
    return name if f.required else f"{name} | None"


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_dataclass_matches_the_spec(name):
    spec = kinds.KINDS[name]
    declared = {f.name: f.type for f in dataclasses.fields(spec.record) if f.name != "evidence"}
    assert set(declared) == set(spec.field_names)
    for f in spec.fields:
        assert declared[f.name] == _annotation(f), (name, f.name)
    # the extractors fill one list per kind on DocumentAnalysis, named as the kind
    lists = {f.name: f.type for f in dataclasses.fields(records.DocumentAnalysis)}
    assert lists.get(name) == f"list[{spec.record.__name__}]"


def test_every_kind_is_covered_by_every_stage():
    from armstrack.cli.common import describe
    from armstrack.resolve import rules
    from armstrack.serve import api, pages, schemas, views
    from armstrack.query import alerts, export, queries
    from armstrack.store import models

    names = list(kinds.KINDS)
    assert list(models.RECORD_MODELS) == names
    assert list(schemas.RECORD_SCHEMAS) == names
    assert list(schemas.DocumentRecords.model_fields) == names
    assert list(export.RECORD_FIELDS) == names and export.list_kinds()[3:] == tuple(names)
    assert list(views.COLUMNS) == list(views.DATE_FIELD) == list(views.KIND_SINGULAR) == names
    assert list(queries.KINDS) == list(queries.PREFIX) == names
    assert set(rules.KIND_RULES) == set(names)
    assert set(pages.RECORD_PAGES) == {n for n in names if kinds.KINDS[n].page_columns is not None}
    paths = {getattr(r, "path", None) for r in api.router.routes}
    for name in names:
        spec = kinds.KINDS[name]
        assert f"/api/{name}" in paths and f"/api/{name}/{{record_id}}" in paths, name
        # the table: id, the spec's fields in order, then the document and its evidence
        columns = models.RECORD_MODELS[name].__table__.columns
        assert [c.name for c in columns][:len(spec.fields) + 1] == ["id", *spec.field_names]
        assert {c.name for c in columns} - {"id", *spec.field_names} == {
            "doc_id", "start", "end", "sent_start", "sent_end", "sentence"}
        for f in spec.fields:
            assert columns[f.name].nullable == (not f.required), (name, f.name)
        # the API model: the spec's fields after id and mentions
        assert list(schemas.RECORD_SCHEMAS[name].model_fields) == ["id", "mentions", *spec.field_names]
        assert views.label(name, {"id": "x1", "value": 1}) != "x1", f"serve.views.label has no line for {name}"
        assert describe(name, {"id": "x1", "value": 1}) != "x1", f"cli.common.describe has no line for {name}"
    assert queries.TIMELINE_KINDS == ("transfers", "meetings", "events")
    assert alerts.FILTERS["transfers"] == ("supplier", "recipient", "system", "country")


def test_tables_keep_their_column_types():
    """The generated tables are the ones written before the specs (String lengths, Text, indexes)."""
    from armstrack.store import models as m

    t = m.Transfer.__table__.columns
    assert isinstance(t["supplier"].type, String) and t["supplier"].type.length == 128 and t["supplier"].index
    assert isinstance(t["system"].type, Text) and not t["system"].nullable
    assert isinstance(t["quantity"].type, Integer)
    e = m.Event.__table__.columns
    assert e["type"].index and e["type"].type.length == 32 and not e["actors"].nullable
    assert m.Quote.__tablename__ == "quotes" and m.RECORD_MODELS["figures"] is m.Figure


def test_status_phase_is_one_table():
    from armstrack.extract import transfers
    from armstrack.resolve import deals

    assert set(kinds.STATUS_PHASE) == set(records.STATUSES)
    assert transfers.STATUS_PHASE is kinds.STATUS_PHASE
    assert deals.PHASES == sorted(set(kinds.STATUS_PHASE.values()))


def test_register_refuses_a_taken_name_or_prefix_and_unknown_columns():
    spec = kinds.KINDS["quotes"]
    with pytest.raises(ValueError, match="already registered"):
        kinds.register(spec)
    with pytest.raises(ValueError, match="prefix 'q'"):
        kinds.register(dataclasses.replace(spec, name="sayings"))
    with pytest.raises(ValueError, match="not among its fields"):
        kinds.register(dataclasses.replace(spec, name="sayings", prefix="y", columns=("speaker", "colour")))
    assert "sayings" not in kinds.KINDS
    with pytest.raises(KeyError, match="unknown record kind 'sayings'"):
        kinds.get("sayings")


# --- a throwaway kind: adding a kind is its spec (and its dataclass and extractor) ------------------------

@dataclass
class Widget:
    name: str
    evidence: records.Evidence
    count: int | None = None
    owners: list[str] = field(default_factory=list)
    seen: str | None = None


WIDGETS = KindSpec(
    name="widgets", singular="widget", prefix="w", record=Widget,
    fields=(FieldSpec("name", str, required=True, size=64), FieldSpec("count", int), FieldSpec("owners", list),
            FieldSpec("seen", str, size=10, description="YYYY[-MM[-DD]]")),
    date_field="seen", columns=("seen", "name", "count", "owners"), title="Widgets",
    page_columns=("seen", "name"))


@pytest.fixture
def widgets():
    kinds.register(WIDGETS)
    try:
        yield WIDGETS
    finally:
        kinds.unregister("widgets")
    assert "widgets" not in kinds.KINDS


def test_a_new_kind_is_picked_up_by_the_derived_tables(widgets):
    from armstrack.resolve import rules
    from armstrack.serve import data, pages, views
    from armstrack.query import export, queries

    assert export.RECORD_FIELDS["widgets"] == ("name", "count", "owners", "seen")
    assert export.list_kinds()[-1] == "widgets"
    assert views.COLUMNS["widgets"] == ("seen", "name", "count", "owners")
    assert views.DATE_FIELD["widgets"] == queries.DATE_FIELD["widgets"] == "seen"
    assert views.KIND_SINGULAR["widgets"] == "widget" and queries.PREFIX["widgets"] == rules.PREFIX["widgets"] == "w"
    assert views.kind_of("w12") == "widgets" and views.kind_of("t12") == "transfers"
    assert pages.RECORD_PAGES["widgets"] == ("Widgets", ("seen", "name"))
    assert "widgets" in queries.KINDS
    assert data.sortable("widgets")[:4] == ("seen", "name", "count", "owners")


def test_a_new_kind_gets_a_table_and_an_api_model(widgets):
    from armstrack.serve.schemas import record_schema
    from armstrack.store.models import record_model

    class Scratch(DeclarativeBase):  # its own metadata: the real one is left as it is
        pass

    model = record_model(widgets, Scratch)
    columns = model.__table__.columns
    assert model.__name__ == "Widget" and model.__tablename__ == "widgets"
    assert [c.name for c in columns][:5] == ["id", "name", "count", "owners", "seen"]
    assert columns["name"].type.length == 64 and not columns["name"].nullable
    assert isinstance(columns["count"].type, Integer) and columns["count"].nullable
    assert not columns["owners"].nullable and columns["seen"].type.length == 10

    schema = record_schema(widgets)
    item = schema.model_validate({"id": "w1", "name": "gear", "mentions": [], "extra": 1})
    assert item.owners == [] and item.count is None and item.model_dump()["extra"] == 1
    assert schema.model_fields["seen"].description == "YYYY[-MM[-DD]]"
    assert typing.get_args(schema.model_fields["count"].annotation) == (int, type(None))


def test_a_new_kind_is_exported_and_queried(widgets, tmp_path):
    from armstrack.query import export, queries
    from armstrack.store import models as m
    from armstrack.resolve.database import open_engine
    from armstrack.store.db import session_factory
    from armstrack.store import summaries

    engine = open_engine(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with session_factory(engine)() as session:
            session.add(m.Document(id="d1", text="A widget was seen.", content_hash="h"))
            record = {"id": "w1", "name": "gear", "count": 2, "owners": ["Ann"], "seen": "2020",
                      "mentions": [{"doc": "d1", "start": 2, "end": 8, "text": "A widget was seen."}]}
            session.add(m.Fact(id="w1", kind="widgets", block_key="w|gear", data=record, date="2020",
                               sort_key='["d1", 2, 8, "w1"]'))
            session.flush()
            summaries.update_counts(session.connection())  # as every resolver refresh does after writing facts
            session.commit()
            out = export.build_export(session)
            assert out["widgets"] == [record]
            assert list(out)[list(out).index("events") + 1] == "widgets"
            written = export.write_csv(out, tmp_path / "csv")
            assert (tmp_path / "csv" / "widgets.csv") in written
            rows, total = queries.list_records(session, "widgets", sort="seen")
            assert (rows, total) == ([record], 1)
            assert queries.timeline(session, kinds=("widgets",)) == [{"date": "2020", "kind": "widgets",
                                                                      "record": record}]
    finally:
        engine.dispose()


def test_a_new_kind_gets_a_line_and_default_merge_rules(widgets):
    """Without a label of its own a kind's line is its columns' values; without rules of its own its
    records merge when every field agrees once folded (case, accents, a list's order)."""
    from armstrack.cli.common import describe
    from armstrack.resolve import rules
    from armstrack.serve import views

    record = {"id": "w1", "name": "gear", "count": 2, "owners": ["Ann", "Bo"], "seen": "2020"}
    assert views.label("widgets", record) == describe("widgets", record) == "Widget: 2020, gear, 2, Ann; Bo"
    assert views.label("widgets", {"id": "w2"}) == "Widget"
    assert views.label("transfers", {"id": "t1", "supplier": "A", "recipient": "B", "system": "X",
                                     "status": "delivered"}) == "A → B: X (delivered)"
    labelled = dataclasses.replace(WIDGETS, name="gizmos", prefix="z", label=lambda r: f"gizmo {r['name']}",
                                   describe=lambda r: r["name"].upper())
    kinds.register(labelled)
    try:
        assert views.label("gizmos", record) == "gizmo gear" and describe("gizmos", record) == "GEAR"
    finally:
        kinds.unregister("gizmos")

    assert rules.KIND_RULES["widgets"] is rules.DEFAULT_RULES and rules.KIND_RULES["events"] is not rules.DEFAULT_RULES
    with pytest.raises(KeyError):
        rules.KIND_RULES["gizmos"]
    canon = rules.Canon(None)

    def rec(i, doc, **fields):
        r = rules.Rec("widgets", i, doc, 0, 5, "s", {"name": "gear", "count": 2, "owners": ["Ann", "Bo"],
                                                      "seen": "2020", **fields})
        rules.prepare(r, canon)
        return r

    a, b = rec(1, "d1"), rec(2, "d2", name="GEAR", owners=["bo", "ann"])
    c, d = rec(3, "d3", count=3), rec(4, "d4", seen=None)
    assert a.keys == b.keys and rules.compatible(a, b) and rules.signature(a) == rules.signature(b)
    assert not rules.compatible(a, c) and not rules.compatible(a, d) and a.keys != c.keys
    merged, conflicts, series = rules.merge("widgets", [b, a])
    assert merged == {"name": "gear", "count": 2, "owners": ["Ann", "Bo"], "seen": "2020"}
    assert conflicts == [] and series is None


def _widget_extractor(doc, analysis, gaz):
    """The throwaway kind's extractor: "a <word> gadget" is a widget named by the word; the countries of
    its sentence own it."""
    from armstrack.nlp.entities import span_evidence

    found = []
    for token in doc:
        if token.lower_ == "gadget" and token.i > 0:
            sent = token.sent
            owners = [e.canonical for e in analysis.entities if e.type == "COUNTRY"
                      and sent.start_char <= e.evidence.start < sent.end_char]
            found.append(Widget(name=doc[token.i - 1].lower_, evidence=span_evidence(doc[token.i - 1:token.i + 1],
                                                                                    analysis.article.doc_id),
                                owners=list(dict.fromkeys(owners))))
    return found


def test_a_new_kind_flows_from_its_extractor_to_the_export(widgets, nlp, tmp_path):
    """A kind registered with its spec, its dataclass and its extractor (all here) is extracted, stored,
    merged across documents (the default rules), exported, listed and labelled; no other module knows it."""
    from armstrack.cli.common import describe
    from armstrack.core import Ingester
    from armstrack.extract import registry
    from armstrack.query import export, queries
    from armstrack.resolve.database import open_engine
    from armstrack.serve import views
    from armstrack.store import models as m
    from armstrack.store.db import session_factory

    m.add_record_model(widgets)
    registry.extractor("widgets", assigns="widgets", requires=("entities",))(_widget_extractor)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Officials in Portugal unveiled a brass gadget at a fair on Monday.\n",
                                    encoding="utf-8")
    (folder / "two.txt").write_text("A crowd saw Portugal show a brass gadget during the week. Nobody bought it.\n",
                                    encoding="utf-8")
    engine = open_engine(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with session_factory(engine)() as session:
            report = Ingester(session, nlp, triage=False).run([str(folder)])
            assert report.ok, report.failures
            stored = session.scalars(select(m.RECORD_MODELS["widgets"].name)).all()
            assert stored == ["brass", "brass"]  # one per document
            out = export.build_export(session)
            [record] = out["widgets"]
            assert record["name"] == "brass" and record["owners"] == ["Portugal"] and record["count"] is None
            assert record["id"].startswith("w") and {mn["doc"] for mn in record["mentions"]} == {"one", "two"}
            rows, total = queries.list_records(session, "widgets")
            assert (rows, total) == ([record], 1)
            # the default rules link it to the countries its fields name
            assert queries.list_records(session, "widgets", country="Portugal") == ([record], 1)
            assert queries.list_records(session, "widgets", country="Spain") == ([], 0)
            assert views.label("widgets", record) == describe("widgets", record) == "Widget: brass, Portugal"
            assert out["transfers"] == []
    finally:
        engine.dispose()
        registry.unregister("widgets")
        m.drop_record_model("widgets")
    assert "widgets" not in m.RECORD_MODELS and "widgets" not in m.Base.metadata.tables
