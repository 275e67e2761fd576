"""The record vocabularies as StrEnums (armstrack.records): the old tuples, records that refuse values
outside them, extractors that cannot emit one, and the API and CLI that refuse one in a filter."""

from __future__ import annotations

import dataclasses
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.records import (CATEGORIES, EVENT_TYPES, MEETING_KINDS, STATUSES, Category, Event, EventType,
                               Evidence, Meeting, MeetingKind, Status, Transfer, VocabularyError)

EVIDENCE = Evidence(doc="t", start=0, end=5, sentence="Words")


def test_the_tuples_are_the_enums_values_in_their_order():
    assert STATUSES == ("offered", "interest", "negotiating", "agreed", "ordered", "delivered",
                        "in_production", "licensed_production", "cancelled")
    assert MEETING_KINDS == ("meeting", "visit", "conference", "call", "signing")
    assert CATEGORIES[0] == "aircraft" and CATEGORIES[-1] == "other" and len(CATEGORIES) == 11
    assert EVENT_TYPES[0] == "coup" and EVENT_TYPES[-1] == "statement_of_support" and len(EVENT_TYPES) == 11
    for vocabulary, values in ((Status, STATUSES), (Category, CATEGORIES), (MeetingKind, MEETING_KINDS),
                               (EventType, EVENT_TYPES)):
        assert tuple(vocabulary) == values and all(type(v) is str for v in values)


def test_records_hold_members_that_behave_and_serialise_as_their_values():
    t = Transfer(supplier="Russia", recipient="India", system="T-90", family="T-90", category="armoured_vehicle",
                 status="ordered", evidence=EVIDENCE)
    assert t.status is Status.ORDERED and t.category is Category.ARMOURED_VEHICLE
    assert t.status == "ordered" and f"{t.status}" == "ordered" and {"ordered": 1}[t.status] == 1
    assert json.dumps(dataclasses.asdict(t)["status"]) == '"ordered"'
    assert Transfer(supplier=None, recipient=None, system="x", family=None, category=None, status="offered",
                    evidence=EVIDENCE).category is None
    assert Meeting(participants=["India"], kind="visit", evidence=EVIDENCE).kind is MeetingKind.VISIT
    assert Event(type="coup", evidence=EVIDENCE).type is EventType.COUP


@pytest.mark.parametrize("make, message", [
    (lambda: Transfer(supplier=None, recipient=None, system="x", family=None, category=None, status="shipped",
                      evidence=EVIDENCE), "status 'shipped' is not one of: offered, interest"),
    (lambda: Transfer(supplier=None, recipient=None, system="x", family=None, category="tanks", status="ordered",
                      evidence=EVIDENCE), "category 'tanks' is not one of: aircraft"),
    (lambda: Meeting(participants=[], kind="dinner", evidence=EVIDENCE), "meeting kind 'dinner' is not one of"),
    (lambda: Event(type="parade", evidence=EVIDENCE), "event type 'parade' is not one of"),
])
def test_a_record_refuses_a_value_outside_its_vocabulary(make, message):
    with pytest.raises(VocabularyError, match=message):
        make()


def test_an_extractor_cannot_emit_an_unknown_status(parsed, monkeypatch):
    import armstrack.extract as extract
    from armstrack.extract.registry import run_order

    real = run_order()
    transfers = next(s for s in real if s.assigns == "transfers")

    def assigns_after_construction(doc, analysis, gaz):  # a rule that sets a status the records never saw
        found = transfers.func(doc, analysis, gaz)
        for t in found:
            t.status = "shipped"
        return found

    doc, analysis, gaz = parsed("Russia delivered twelve T-90 tanks to India in March 2021.")
    assert transfers.func(doc, analysis, gaz)  # the sentence does give a transfer
    broken = tuple(dataclasses.replace(s, func=assigns_after_construction) if s is transfers else s for s in real)
    monkeypatch.setattr(extract, "run_order", lambda: broken)
    with pytest.raises(VocabularyError, match="status 'shipped'"):
        extract.extract_records(doc, analysis, gaz)


def test_api_refuses_an_unknown_status_or_category_naming_the_allowed_values(sqlite_url):
    from armstrack.serve.app import create_app

    with TestClient(create_app(sqlite_url)) as client:
        bad = client.get("/api/transfers", params={"status": "shipped"})
        assert bad.status_code == 422
        assert "status 'shipped' is not one of: " + ", ".join(STATUSES) in bad.text
        assert client.get("/api/transfers", params={"category": "tanks"}).status_code == 422
        assert client.get("/api/transfers", params={"status": "delivered"}).status_code == 200
        assert client.get("/api/transfers", params={"status": ""}).status_code == 200  # empty: no filter


def test_cli_refuses_an_unknown_status_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["transfers", "--status", "shipped", "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "--status 'shipped' is not one of: offered" in lines[0]
