"""Events and figures on sentences written for these tests (the own21 error analysis): a toll a monitor counts
("the report counts N civilians killed in ...") is a killings event, and a span "between the coup and <date>"
gives the coup no second date; a paused arms trade is an embargo; people an employer has hired are a figure; and
the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed, figures


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in analysed(text).events]


# --- a monitor's cumulative toll, told over a span from a coup ---------------------------------------------------

def test_toll_counted_by_a_monitor_is_a_killings_event():
    found = _events("The watchdog tallies 415 villagers killed in shelling since the takeover.")
    assert any(kind == "killings" for kind, _ in found)


def test_span_from_the_coup_gives_the_coup_no_second_date():
    found = _events("Soldiers seized power in Gabon on 30 August 2023. By the monitor's reckoning, the army has "
                    "counted 640 farmers killed by drones between the coup and 30 June 2025.")
    assert [date for kind, date in found if kind == "coup"] == ["2023-08-30"]
    assert any(kind == "killings" for kind, _ in found)


def test_guard_a_date_on_the_coup_itself_still_dates_it():
    found = _events("The coup of 5 May 2024 was condemned by the neighbours.")
    assert [kind for kind, date in found if (date or "").startswith("2024-05")] == ["coup"]


def test_guard_attacks_counted_by_a_monitor_stay_no_event():
    assert not _events("Over 2024 the charity logged 41 raids on hospitals.")


def test_guard_a_headline_toll_is_no_killings_event():
    assert not any(kind == "killings" for kind, _ in _events("Three soldiers and 6 rebels killed in Basilan clash"))


# --- an arms trade paused ----------------------------------------------------------------------------------------

def test_arms_sales_paused_are_an_embargo():
    found = _events("In 2020 Rome paused its exports of attack helicopters to Qatar; they resumed three years on.")
    assert ("embargo", "2020") in found


def test_guard_production_paused_is_no_embargo():
    assert not _events("The firm paused production of its trucks in 2020.")


# --- people an employer has hired --------------------------------------------------------------------------------

def test_people_hired_are_a_figure():
    assert (850.0, "people") in figures("Since March the shipbuilder has hired 850 people for its two yards.")


def test_guard_hires_ruled_out_are_no_figure():
    # (hires yet to come are a figure, unit people, as own18's and own26's gold count them: test_mixed40d.py)
    assert not figures("Before the launch the yard will not have to hire roughly 300 people.")


def test_guard_a_workforce_to_come_stays_jobs():
    assert (300.0, "jobs") in figures("The plant will employ 300 people.")
