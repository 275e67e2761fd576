"""The typed resolve queue (armstrack.store.queue): entries keep the ``what`` values databases already hold."""

from __future__ import annotations

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from armstrack.store import models as m
from armstrack.store import queue
from armstrack.store.queue import Entry, Kind


def _session(tmp_path) -> Session:
    engine = create_engine(f"sqlite:///{tmp_path / 'q.db'}")
    m.Base.metadata.create_all(engine)
    return Session(engine)


def test_kinds_are_the_stored_column_values() -> None:
    # a database written before the typed API holds these strings: renaming one would orphan its queue
    assert {k.value for k in Kind} == {"doc", "key", "fact", "dupdoc", "pblock", "eblock"}
    assert Kind.DOCUMENT == "doc" and Kind("pblock") is Kind.PERSON_BLOCK
    assert all(len(k.value) <= m.ResolveQueue.__table__.c.what.type.length for k in Kind)


def test_key_entries_round_trip_and_read_old_values() -> None:
    entry = Entry.key("transfers", "sup|rec|tank", True)
    assert entry.row() == {"what": "key", "value": "transfers\tsup|rec|tank\t1"}
    assert queue.parse_key(entry.value) == ("transfers", "sup|rec|tank", True)
    assert queue.parse_key(Entry.key("quotes", "k", False).value) == ("quotes", "k", False)
    assert queue.parse_key("events\tk") == ("events", "k", False)  # queued before probe flags existed


def test_take_returns_typed_entries_in_order_and_empties_the_queue(tmp_path) -> None:
    with _session(tmp_path) as s:
        assert queue.is_empty(s) and queue.size(s) == 0
        # rows as an older armstrack wrote them, straight into the table
        s.execute(m.ResolveQueue.__table__.insert(), [{"what": "doc", "value": "a"},
                                                      {"what": "key", "value": "transfers\tk"}])
        queue.enqueue_documents(s, ["b", "a"])
        queue.enqueue(s, [Entry(Kind.FACT, "t3"), Entry(Kind.ENTITY_BLOCK, "w:tank")])
        queue.enqueue(s, [])  # nothing to write
        assert not queue.is_empty(s) and queue.size(s) == 6
        assert queue.queued_documents(s) == {"a", "b"}
        taken = queue.take(s)
        assert [(e.kind, e.value) for e in taken] == [
            (Kind.DOCUMENT, "a"), (Kind.KEY, "transfers\tk"), (Kind.DOCUMENT, "b"), (Kind.DOCUMENT, "a"),
            (Kind.FACT, "t3"), (Kind.ENTITY_BLOCK, "w:tank")]
        assert queue.is_empty(s) and queue.take(s) == []


def test_all_documents_and_clear(tmp_path) -> None:
    with _session(tmp_path) as s:
        s.add_all([m.Document(id=i, text="x", content_hash=i) for i in ("d2", "d1")])
        s.flush()
        queue.enqueue(s, [Entry(Kind.PERSON_BLOCK, "b")])
        queue.clear(s)
        queue.enqueue_all_documents(s)
        assert s.execute(select(m.ResolveQueue.what, m.ResolveQueue.value)
                         .order_by(m.ResolveQueue.id)).all() == [("doc", "d1"), ("doc", "d2")]
        assert queue.document_rows(["x"]) == [{"what": "doc", "value": "x"}]
