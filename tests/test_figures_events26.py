"""Events and figures on sentences written for these tests (the own21 error analysis): a span "between the coup
and <date>" gives the coup no second date; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in analysed(text).events]


# --- a span from a coup ------------------------------------------------------------------------------------------

def test_span_from_the_coup_gives_the_coup_no_second_date():
    found = _events("Soldiers seized power in Gabon on 30 August 2023. By the monitor's reckoning, the army has "
                    "counted 640 farmers killed by drones between the coup and 30 June 2025.")
    assert [date for kind, date in found if kind == "coup"] == ["2023-08-30"]


def test_guard_a_date_on_the_coup_itself_still_dates_it():
    found = _events("The coup of 5 May 2024 was condemned by the neighbours.")
    assert [kind for kind, date in found if (date or "").startswith("2024-05")] == ["coup"]
