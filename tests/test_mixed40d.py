"""Mixed fixes of round 26 (helper r26mf): our own sentences, each with a near negative."""

from __future__ import annotations

from pathlib import Path

from armstrack.core import Ingester
from armstrack.query.export import build_export
from armstrack.resolve import database
from armstrack.store import db


def _export(tmp_path: Path, db_url: str, nlp, files: dict[str, str]) -> dict:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            report = Ingester(session, nlp).run([str(folder)])
            assert report.ok, report.failures
            return build_export(session)
    finally:
        engine.dispose()


# --- two spellings of a name with ranks of two services are two officers ---------------------------------

AIR = """Thai air chief visits Jakarta

March 3, 2024

Thailand's air force commander, Air Chief Marshal Somchai Rattanakul, arrived in Jakarta on Monday for talks on pilot training.

"Our pilots have much to learn from each other," Rattanakul said.
"""

ARMY = """Thai army delegation tours Korean plant

June 11, 2025

Thailand's deputy army commander, Lieutenant General Somchai Ratanakul, toured a tank factory near Changwon on Tuesday.

"We came to see the production line for ourselves," Ratanakul said.
"""

ARMY_LATER = ARMY.replace("Thailand's deputy army commander, Lieutenant General", "Thailand's army commander, General")


def test_near_spellings_with_air_and_army_ranks_stay_two_people(tmp_path, db_url, nlp):
    data = _export(tmp_path, db_url, nlp, {"air": AIR, "army": ARMY})
    names = {p["name"] for p in data["people"]}
    assert {"Somchai Rattanakul", "Somchai Ratanakul"} <= names
    speakers = {q["speaker"] for q in data["quotes"]}
    assert {"Somchai Rattanakul", "Somchai Ratanakul"} <= speakers


def test_near_spellings_with_ranks_of_one_ladder_are_one_person(tmp_path, db_url, nlp):
    # a lieutenant general promoted general a year later: one officer under two spellings
    data = _export(tmp_path, db_url, nlp, {"army": ARMY, "later": ARMY_LATER.replace("Ratanakul", "Rattanakul")})
    names = {p["name"] for p in data["people"]}
    assert len(names & {"Somchai Rattanakul", "Somchai Ratanakul"}) == 1


# --- weapons operated and told with their maker's country are a transfer's lot, not a fleet size ----------

FLEET = """Manila buys more patrol craft

May 2, 2025

Manila signed for four more patrol craft in March, and its navy already operates three Japanese-built frigates.

The Malaysian navy operates six modern corvettes, officials said.
"""


def _figures(text: str) -> list:
    from armstrack.core import analyse_text

    return analyse_text(text).figures


def test_operated_weapons_with_the_makers_country_are_no_fleet_size():
    values = {f.value for f in _figures(FLEET) if f.what == "fleet size"}
    assert 3 not in values  # "three Japanese-built frigates": how they came, the count is the lot's
    assert 6 in values  # "six modern corvettes": the navy's fleet, as before


# --- a workforce told in the passive, and hires an employer plans, are people counted -------------------

WORKFORCE = """Yard to take on welders

May 2, 2025

About 240 Chilean workers are employed on the frigate refit, the yard said.

The shipbuilder plans to hire 300 more staff next year, its chief executive said.

About 90 people are expected at the launch ceremony, organisers said.

A rival yard said it would not hire 70 staff after all.
"""


def test_passive_workforce_and_planned_hires_are_people_counts():
    people = {f.value for f in _figures(WORKFORCE) if f.unit == "people"}
    assert 240 in people  # "240 workers are employed on the refit"
    assert 300 in people  # "plans to hire 300 more staff"
    assert 90 not in people  # people expected at a ceremony are no workforce
    assert 70 not in people  # hires ruled out are no count
