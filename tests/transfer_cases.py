"""Matching extracted transfers against a test's expected tuples (supplier, recipient, system, status,
quantity), shared by the sentence-probe test files. ``ANY`` leaves a field unchecked."""

from __future__ import annotations

ANY = object()


def matches(record, expected) -> bool:
    """Whether a record is the expected one: the system may be given by its family, name or category."""
    supplier, recipient, system, status, quantity = expected
    names = (record.family, record.system, record.category)
    return record.supplier == supplier and record.recipient == recipient \
        and (status is ANY or record.status == status) \
        and (system in names or system.lower() in (record.system or "").lower()) \
        and (quantity is ANY or record.quantity == quantity)


def assert_exactly(records, expected, match=matches) -> None:
    """Each expected tuple matches a record of its own (by ``match``), and no record is left over."""
    left = list(records)
    for item in expected:
        hit = next((r for r in left if match(r, item)), None)
        assert hit is not None, f"missing {item} in {[vars(r) for r in records]}"
        left.remove(hit)
    assert not left, f"unexpected {[vars(r) for r in left]}"


def rows(records) -> set[tuple]:
    """The (supplier, recipient, family or system, status) of each record, as a set."""
    return {(t.supplier, t.recipient, t.family or t.system, t.status) for t in records}
