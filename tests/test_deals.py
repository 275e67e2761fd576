"""The deal register: grouping transfer facts into deals (follow-on orders, deliveries to the order they
fulfil, facts naming no model), the user's splits and joins across re-ingest, incremental = rebuild
(SQLite and PostgreSQL), the SIPRI-layout CSV and XLSX, and the seeds' and dev articles' deals."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.core import Ingester
from armstrack.resolve import deals
from armstrack.resolve.deals import Part, group
from armstrack.resolve.resolver import Resolver
from armstrack.resolve import database
from armstrack.store import db
from armstrack.query.export import build_export
from armstrack.query.register import COLUMNS, csv_text, register_rows, write_csv, write_xlsx

from conftest import DEV
from test_resolve import _no_ids

# --- grouping on its own (facts written here) -------------------------------------------------------


def part(fid: str, status: str, when: str | None, qty: int | None, doc: str, family: str | None = "Su-30",
         start: int = 0) -> Part:
    data = {"id": fid, "supplier": "Russia", "recipient": "Vietnam", "system": family or "jets", "family": family,
            "category": "aircraft", "quantity": qty, "status": status, "when": when, "value": None, "currency": None,
            "conflicts": [], "mentions": [{"doc": doc, "start": start, "end": start + 10, "text": f"{doc} says"}]}
    block = f"t|russia|vietnam|{'f:' + family.lower() if family else 'c:aircraft'}"
    return Part(fid, block, data, {doc}, {doc}, [f"{doc}#{fid}"], [family or "jets"])


def ids(deal_list) -> list[set[str]]:
    return sorted(({p.fact_id for p in d} for d in deal_list), key=lambda s: sorted(s))


def test_follow_on_orders_are_two_deals_and_deliveries_go_to_the_order_they_fulfil():
    parts = [part("t1", "agreed", "2018-03", 6, "a"), part("t2", "delivered", "2020-06", 2, "b"),
             part("t3", "ordered", "2023-05", 10, "c"), part("t4", "delivered", "2024-07", 10, "d"),
             part("t5", "delivered", "2021", 4, "e")]
    # the 2024 delivery of ten fits only the 2023 order (the first has room for four); 2021's precedes it
    assert ids(group(parts)) == [{"t1", "t2", "t5"}, {"t3", "t4"}]


def test_a_delivery_prefers_the_order_its_own_story_reports():
    parts = [part("t1", "agreed", "2018", 6, "a"), part("t2", "agreed", "2019", 6, "b"),
             part("t3", "delivered", "2020", 2, "a", start=50)]
    assert ids(group(parts)) == [{"t1", "t3"}, {"t2"}]
    # without a shared story: the latest order placed before it
    parts[2] = part("t3", "delivered", "2020", 2, "c")
    assert ids(group(parts)) == [{"t1"}, {"t2", "t3"}]


def test_talks_before_an_order_belong_to_it_later_talks_do_not():
    parts = [part("t1", "negotiating", "2016", None, "a"), part("t2", "agreed", "2018", 6, "b"),
             part("t3", "interest", "2024", None, "c"), part("t4", "offered", None, None, "d")]
    assert ids(group(parts)) == [{"t1", "t2"}, {"t3", "t4"}]


def test_deliveries_without_a_reported_order_are_one_deal():
    parts = [part("t1", "delivered", "2020", 2, "a"), part("t2", "delivered", "2021", 4, "b")]
    assert ids(group(parts)) == [{"t1", "t2"}]


def test_facts_naming_no_model_stay_apart_unless_one_story_or_same_quantity_and_date():
    named = part("t1", "agreed", "2020", 4, "a")
    jets_order = part("t2", "agreed", "2020", 4, "a", family=None, start=40)
    jets_other = part("t3", "delivered", "2021", 2, "b", family=None)
    jets_same = part("t4", "delivered", "2021-05", 2, "c", family=None)
    jets_own_story = part("t5", "delivered", "2022", 1, "a", family=None, start=80)
    got = ids(group([named, jets_order, jets_other, jets_same, jets_own_story]))
    # never with the named deal; a delivery of its own story joins the generic order; two others
    # reports agree on quantity and date: one deal
    assert got == [{"t1"}, {"t2", "t5"}, {"t3", "t4"}]


def test_user_split_and_join_in_the_grouping():
    parts = [part("t1", "agreed", "2018", 6, "a"), part("t2", "delivered", "2020", 2, "b"),
             part("t3", "delivered", "2021", 4, "c"), part("t9", "delivered", "2021", 3, "x", family=None)]
    assert ids(group(parts)) == [{"t1", "t2", "t3"}, {"t9"}]
    split = [("c#t3", "a#t1", "split"), ("c#t3", "b#t2", "split")]
    assert ids(group(parts, split)) == [{"t1", "t2"}, {"t3"}, {"t9"}]
    join = [("x#t9", "a#t1", "join")]
    assert ids(group(parts, join)) == [{"t1", "t2", "t3", "t9"}]
    assert ids(group(parts, split + join)) == [{"t1", "t2", "t9"}, {"t3"}]
    assert ids(group(parts, [("zz#gone", "a#t1", "join")])) == [{"t1", "t2", "t3"}, {"t9"}]


def test_deal_row_numbers_status_and_conflicts():
    parts = [part("t1", "agreed", "2018-03", 6, "a"), part("t2", "delivered", "2020-06", 2, "b"),
             part("t3", "delivered", "2021", 4, "c"), part("t4", "delivered", "2022", 3, "d")]
    docs = {d: {"published": f"202{i}-01-01", "url": f"https://example.org/{d}"} for i, d in enumerate("abcd")}
    row = deals.deal_row(parts, docs)
    assert (row["order_year"], row["number_ordered"], row["number_delivered"]) == (2018, 6, 9)
    assert row["delivery_years"] == [2020, 2021, 2022] and row["status"] == "delivered"
    assert [c["field"] for c in row["conflicts"]] == ["number_delivered"]
    assert row["evidence"] == {"doc_id": "a", "url": "https://example.org/a", "sentence": "a says", "start": 0,
                               "end": 10}
    assert row["sources"] == ["a", "b", "c", "d"] and row["first_reported"] == "2020-01-01"
    row = deals.deal_row(parts[:2], docs)
    assert row["status"] == "partly_delivered" and row["deliveries"][0]["sources"] == ["b"]
    generic = deals.deal_row([part("t9", "delivered", None, None, "x", family=None)], {})
    assert generic["family"] is None and generic["designation"] == "unspecified jets"


# --- in a database (articles written here) ----------------------------------------------------------

ORDER = """Hanoi buys Russian fighters

March 10, 2018

Russia agreed to supply Vietnam with six Su-30 fighter jets in March 2018, the defence ministry in Hanoi said on Saturday.
"""
FIRST = """First Russian jets land in Vietnam

June 15, 2020

Russia delivered two Su-30 fighter jets to Vietnam in June 2020, the air force said.
"""
FOLLOW_ON = """Vietnam returns for more jets

May 2, 2023

Vietnam ordered ten more Su-30 fighter jets from Russia in May 2023, officials said.
"""
SECOND = """Ten fighters handed over

August 1, 2024

Russia delivered ten Su-30 fighter jets to Vietnam in July 2024, the ministry said.
"""
DRONES = """Drones for Hanoi

September 3, 2024

China delivered four drones to Vietnam in August 2024, state media said.
"""
ARTICLES = {"order": ORDER, "first": FIRST, "follow": FOLLOW_ON, "second": SECOND, "drones": DRONES}


def _files(tmp_path: Path, files: dict[str, str], folder: str) -> Path:
    out = tmp_path / folder
    out.mkdir(exist_ok=True)
    for name, text in files.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
    return out


def _ingest(session, nlp, *folders: Path) -> None:
    report = Ingester(session, nlp).run([str(f) for f in folders])
    assert report.ok, report.failures


def _shape(rows: list[dict]) -> list[tuple]:
    return sorted((r["supplier"], r["recipient"], r["family"], r["order_date"], r["number_ordered"],
                   tuple((d["date"], d["number"]) for d in r["deliveries"]), tuple(r["sources"])) for r in rows)


def _content(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(_no_ids(r), sort_keys=True) for r in rows)


def test_register_from_articles_follow_on_and_generic(tmp_path, nlp):
    engine = database.open_engine(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, _files(tmp_path, ARTICLES, "in"))
            rows = register_rows(session)
            assert _shape(rows) == [
                ("China", "Vietnam", None, None, None, (("2024-08", 4),), ("drones",)),
                ("Russia", "Vietnam", "Su-30", "2018-03", 6, (("2020-06", 2),), ("order", "first")),
                ("Russia", "Vietnam", "Su-30", "2023-05", 10, (("2024-07", 10),), ("follow", "second")),
            ]
            assert [r["designation"] for r in rows if not r["family"]] == ["unspecified drones"]
            assert len(register_rows(session, named_only=True)) == 2
            assert {r["supplier"] for r in register_rows(session, supplier="Russian Federation")} == {"Russia"}
            assert [r["order_date"] for r in register_rows(session, supplier="Russia", since="2022")] == ["2023-05"]
            assert [r["order_date"] for r in register_rows(session, supplier="Russia", until="2019")] == ["2018-03"]
            assert [r["order_date"] for r in register_rows(session, supplier="Russia", since="2020-06",
                                                           until="2020-06")] == ["2018-03"]
            assert build_export(session)["register"] == rows
    finally:
        engine.dispose()


def test_split_and_join_survive_reingest_and_rebuild(tmp_path, db_url, nlp):
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, _files(tmp_path, ARTICLES, "in"))
            first = next(r for r in register_rows(session) if r["order_date"] == "2018-03")
            delivery = next(p["id"] for p in first["parts"] if p["status"] == "delivered")
            with pytest.raises(deals.NotFound):
                deals.split(session, first["deal_id"], ["t999999"])
            got = deals.split(session, first["deal_id"], [delivery])
            assert sorted(len(d["parts"]) for d in got) == [1, 1]
            drones = next(r for r in register_rows(session) if r["family"] is None)
            follow = next(r for r in register_rows(session) if r["order_date"] == "2023-05")
            joined = deals.join(session, follow["deal_id"], drones["deal_id"])
            assert {p["system"] for p in joined["parts"]} >= {"drones", "Su-30"}
            expected = _content(register_rows(session))
            assert len(expected) == 3  # order | its delivery, split off | follow-on + the drones
            # every article again, changed (new rows, new ids): the decisions still hold
            changed = {k: v.replace("said", "stated") for k, v in ARTICLES.items()}
            _ingest(session, nlp, _files(tmp_path, changed, "changed"))
            _ingest(session, nlp, _files(tmp_path, ARTICLES, "again"))
            assert _content(register_rows(session)) == expected
            Resolver(session).rebuild()
            assert _content(register_rows(session)) == expected
            # a join undoes an earlier split between the same deals
            parts_of = {r["order_date"]: r for r in register_rows(session)}
            lone = next(r for r in register_rows(session) if r["order_date"] is None)
            deals.join(session, parts_of["2018-03"]["deal_id"], lone["deal_id"])
            assert len(register_rows(session)) == 2
    finally:
        engine.dispose()


def test_incremental_equals_rebuild(tmp_path, db_url, nlp):
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            for name in ("second", "drones", "order", "follow", "first"):  # deliveries before their orders
                _ingest(session, nlp, _files(tmp_path, {name: ARTICLES[name]}, name))
            incremental = _content(register_rows(session))
            database.delete_document(session, "follow")
            session.commit()
            Resolver(session).refresh()
            after_delete = _content(register_rows(session))
            Resolver(session).rebuild()
            assert _content(register_rows(session)) == after_delete
            _ingest(session, nlp, _files(tmp_path, {"follow": FOLLOW_ON}, "back"))
            assert _content(register_rows(session)) == incremental
            Resolver(session).rebuild()
            assert _content(register_rows(session)) == incremental
    finally:
        engine.dispose()
    # the 2024 delivery went to the follow-on order; without it, to the first, which has no room for it
    assert len(incremental) == 3 and len(after_delete) == 2
    su30 = next(json.loads(r) for r in after_delete if json.loads(r)["family"])
    assert (su30["number_ordered"], su30["number_delivered"]) == (6, 12)
    assert [c["field"] for c in su30["conflicts"]] == ["number_delivered"]


def test_deals_of_a_database_built_before_the_register(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = database.open_engine(url)
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, _files(tmp_path, ARTICLES, "in"))
            expected = _content(register_rows(session))
            from armstrack.store import models as m
            from sqlalchemy import delete

            session.execute(delete(m.DealMember))
            session.execute(delete(m.Deal))
            session.execute(delete(m.Meta).where(m.Meta.name == "deals_layout"))
            session.commit()
    finally:
        engine.dispose()
    engine = database.open_engine(url)  # opening it builds the deals
    try:
        with db.session_factory(engine)() as session:
            assert _content(register_rows(session)) == expected
    finally:
        engine.dispose()


# --- SIPRI-layout files ---------------------------------------------------------------------------

HOSTILE = {"deal_id": 7, "supplier": "=cmd|' /C calc'!A0", "recipient": "@SUM(1+1)", "family": None,
           "designation": "+unspecified “jets”", "designations": ["-jets"], "category": "aircraft",
           "description": "aircraft", "order_date": "2021", "order_year": 2021, "number_ordered": 3,
           "deliveries": [], "number_delivered": None, "delivery_years": [], "status": "agreed", "value": None,
           "currency": None, "sources": ["d1"], "first_reported": "2021-02-01", "last_reported": "2021-02-01",
           "conflicts": [{"field": "quantity", "phase": "agreed", "values": [{"value": 3, "doc": "d1"},
                                                                             {"value": 4, "doc": "d2"}]}],
           "evidence": {"doc_id": "d1", "url": "https://example.org/a", "sentence": "=HYPERLINK(\"x\") “quoted”",
                        "start": 0, "end": 5}, "parts": [], "mentions": []}


def test_csv_has_a_bom_sipri_columns_and_no_formulas(tmp_path):
    path = write_csv([HOSTILE], tmp_path / "register.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0][:3] == ["Recipient", "Supplier", "Year of order"]
    cells = dict(zip(COLUMNS, rows[1]))
    assert cells["Recipient"] == "'@SUM(1+1)" and cells["Supplier"].startswith("'=")
    assert cells["Weapon designation"] == "'+unspecified “jets”" and cells["Evidence"].startswith("'=HYPERLINK")
    assert rows[1][3] == "" and rows[1][5] == "?"  # SIPRI's uncertainty flag: the sources disagree on the number
    assert not any(c.startswith(("=", "+", "-", "@")) for c in rows[1])
    assert csv_text([]).splitlines() == [",".join(COLUMNS)]


def test_xlsx_opens_with_openpyxl_and_holds_text_not_formulas(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx([HOSTILE], tmp_path / "register.xlsx")
    ws = load_workbook(path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert tuple(v or "" for v in values[0]) == COLUMNS
    cells = dict(zip(COLUMNS, values[1]))
    assert cells["Supplier"].startswith("'=") and cells["Number ordered"] == "3"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert cells["Evidence"].endswith("“quoted”")


def test_cli_register_formats(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = database.open_engine(url)
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, _files(tmp_path, ARTICLES, "in"))
    finally:
        engine.dispose()
    runner = CliRunner()
    out = runner.invoke(app, ["register", "--db", url, "--json", "--named-only"])
    assert out.exit_code == 0, out.output
    assert {r["order_date"] for r in json.loads(out.stdout)} == {"2018-03", "2023-05"}
    out = runner.invoke(app, ["register", "--db", url, "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")])
    assert out.exit_code == 0 and (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"
    out = runner.invoke(app, ["register", "--db", url, "--format", "csv"])
    assert out.exit_code == 0 and "Vietnam,Russia,2018,,6" in out.stdout
    assert runner.invoke(app, ["register", "--db", url, "--since", "last year"]).exit_code == 2
    assert runner.invoke(app, ["register", "split", "999999", "--part", "t1", "--db", url]).exit_code == 1
    table = runner.invoke(app, ["register", "--db", url])
    assert table.exit_code == 0 and "deals (3)" in table.stdout


# --- the seeds and the dev articles (read from ../shared) -----------------------------------------

@pytest.mark.seeds
def test_seeds_pantsir_agreement_is_one_deal_with_three_sources(tmp_path, nlp, seeds):
    engine = database.open_engine(f"sqlite:///{tmp_path / 's.db'}")
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, seeds)
            pantsir = [r for r in register_rows(session) if r["family"] == "Pantsir"]
            texts = {d["id"]: d["text"] for d in build_export(session)["documents"]}
    finally:
        engine.dispose()
    assert len(pantsir) == 1
    deal = pantsir[0]
    assert (deal["supplier"], deal["recipient"], deal["order_date"]) == ("Russia", "Myanmar", "2021-01")
    assert len(deal["sources"]) == 3 and deal["evidence"]["doc_id"] == deal["sources"][0]
    ev = deal["evidence"]
    assert ev["sentence"] in texts[ev["doc_id"]] and "Pantsir" in texts[ev["doc_id"]][ev["start"]:ev["end"]] + ev["sentence"]


@pytest.mark.seeds
def test_dev_orders_and_their_deliveries_in_one_article_are_one_deal(tmp_path, nlp):
    """An article reporting an order and deliveries under it gives one deal holding both, with the
    numbers of its facts (how many are right depends on extraction: see the README)."""
    if not DEV.is_file():
        pytest.skip("../shared/corpus/dev is not beside the project")
    wanted = {"da08", "da12", "db01", "db13"}
    folder = tmp_path / "dev"
    folder.mkdir()
    lines = [line for line in DEV.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in wanted]
    (folder / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    engine = database.open_engine(f"sqlite:///{tmp_path / 'd.db'}")
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, folder)
            rows = register_rows(session)
    finally:
        engine.dispose()
    checked = 0
    for doc in sorted(wanted):
        for r in rows:
            mine = [p for p in r["parts"] if doc in p["sources"]]
            phases = {p["phase"] for p in mine}
            if {"agreed", "delivered"} <= phases:
                checked += 1
                order = next(p for p in mine if p["phase"] == "agreed")
                assert r["number_ordered"] == order["quantity"]
                assert r["number_delivered"] == sum(p["quantity"] or 0 for p in r["parts"] if p["phase"] == "delivered")
        # no order of this article is left in a deal apart from a delivery it reports under it
        orders = [r for r in rows if any(doc in p["sources"] and p["phase"] == "agreed" for p in r["parts"])
                  and r["family"]]
        deliveries = [r for r in rows if any(doc in p["sources"] and p["phase"] == "delivered" for p in r["parts"])
                      and r["family"]]
        for o in orders:
            for d in deliveries:
                if o["family"] == d["family"] and o["deal_id"] != d["deal_id"]:
                    assert d["deliveries"][0]["date"] < (o["order_date"] or ""), (doc, o, d)
    assert checked >= 4
    # an order of the lot and a delivery of part of it ("the first of 36 jets bought", "33 jets out of 36")
    # are one deal with both numbers; db13's order (a sales programme) gives no count, its first batch six
    numbers = {(doc, r["family"]): (r["number_ordered"], r["number_delivered"])
               for r in rows for doc in r["sources"] if r["family"] and len(r["parts"]) > 1}
    assert numbers[("da08", "Gripen")] == (36, 1)
    assert numbers[("da12", "FREMM")] == (2, 1)
    assert numbers[("db01", "Rafale")] == (36, 33)
    assert numbers[("db13", "Super Tucano")] == (None, 6)


HELICOPTERS = """Helicopters for Vientiane

April 2, 2022

Russia and China delivered helicopters to Laos in March 2022, officials said.

Russia agreed to supply Laos with four Mi-17 helicopters in 2021, the ministry added.
"""


def test_joining_an_unspecified_deal_with_a_named_one_takes_only_that_deal(tmp_path, nlp):
    """One sentence, two suppliers' deliveries: joining Russia's with its named order leaves China's apart."""
    engine = database.open_engine(f"sqlite:///{tmp_path / 'h.db'}")
    try:
        with db.session_factory(engine)() as session:
            _ingest(session, nlp, _files(tmp_path, {"heli": HELICOPTERS}, "in"))
            rows = register_rows(session, recipient="Laos")
            named = next(r for r in rows if r["family"])
            russian = next(r for r in rows if not r["family"] and r["supplier"] == "Russia")
            assert [r["designation"] for r in rows if not r["family"]] == ["unspecified helicopters"] * 2
            joined = deals.join(session, russian["deal_id"], named["deal_id"])
            assert (joined["supplier"], joined["family"], joined["order_year"]) == ("Russia", named["family"], 2021)
            assert [d["date"] for d in joined["deliveries"]] == ["2022-03"] and joined["status"] == "delivered"
            after = register_rows(session, recipient="Laos")
            assert len(after) == 2 and any(r["supplier"] == "China" and len(r["parts"]) == 1 for r in after)
            Resolver(session).rebuild()
            assert _content(register_rows(session, recipient="Laos")) == _content(after)
    finally:
        engine.dispose()
