"""Events on sentences written for these tests (the r26ev pass over own26's events): an offensive named in passing
by its year ("Ethiopia's 2021 offensive") is a clash, as a dated war is; a charm offensive is none."""

from __future__ import annotations

from readings import analysed


def _clashes(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date, tuple(e.actors)) for e in analysed(text).events if e.type == "clash"]


def test_offensive_named_by_its_year_in_passing_is_a_clash():
    found = _clashes("Since Ethiopia's 2021 offensive in the Amhara region, Washington has withheld new licences "
                     "for rifles.")
    assert [d for d, _ in found] == ["2021"]
    assert "Ethiopia" in found[0][1]


def test_guard_a_dated_charm_offensive_is_no_clash():
    assert _clashes("Since the 2019 charm offensive in Brussels, Ankara has bought more Italian helicopters.") == []


# --- a proposed measure that lawmakers voted down or turned down is no measure -----------------------------------

def _embargoes(text: str) -> list[str | None]:
    return [e.date for e in analysed(text).events if e.type == "embargo"]


def test_motion_voted_down_to_suspend_licences_is_no_embargo():
    assert _embargoes("Lawmakers in Oslo on Tuesday voted down a motion to suspend export licences for arms bound "
                      "for Israel.") == []


def test_bill_turned_down_to_halt_arms_sales_is_no_embargo():
    assert _embargoes("The senate turned down a bill to halt arms sales to Egypt on Monday.") == []


def test_guard_a_motion_voted_for_still_reports_the_measure():
    assert _embargoes("Lawmakers in Oslo on Tuesday voted for a motion to suspend export licences for arms bound "
                      "for Israel.") != []


# --- licences for a kind of arms that a government stopped issuing are an embargo ---------------------------------

def test_stopped_issuing_permits_for_arms_is_an_embargo():
    assert _embargoes("In 2021 Ottawa stopped issuing new permits for rifles and ammunition.") == ["2021"]


def test_guard_stopped_issuing_permits_for_civilian_goods_is_no_embargo():
    assert _embargoes("In 2021 Ottawa stopped issuing new permits for fishing boats.") == []


def test_guard_permits_for_arms_issued_are_no_embargo():
    assert _embargoes("Ottawa issued new permits for rifles and ammunition in 2021.") == []
