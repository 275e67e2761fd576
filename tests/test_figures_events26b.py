from __future__ import annotations

from tests.readings import analysed, figures


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in analysed(text).events]


# --- a bare "$" in a paper of another dollar state ------------------------------------------------------------

def test_bare_dollar_in_a_story_about_its_own_dollar_state_is_that_dollar():
    found = figures("Canada will spend $3.2 billion on nine tanker aircraft from Airbus, officials said.\n\n"
                    "Canada expects the first of them at Trenton in 2027, and Spain will build the rest.")
    assert (3.2e9, "CAD") in found


def test_guard_bare_dollar_stays_usd_when_washington_is_named_more():
    found = figures("The United States approved the sale of nine tanker aircraft to Canada for $3.2 billion.\n\n"
                    "The United States Air Force flies the type, and the United States expects more buyers. "
                    "Canada has not said when it will sign.")
    assert (3.2e9, "USD") in found


def test_guard_a_dollar_state_named_once_leaves_the_dollar_usd():
    assert (3.2e9, "USD") in figures("Canada will spend $3.2 billion on nine tanker aircraft, officials said.")


# --- a part of the people harmed, told by "of them" --------------------------------------------------------------

def test_part_of_the_killed_told_by_of_them_is_a_figure():
    found = figures("On 4 March, shelling of a bus depot in Dornbach district killed at least 23 people, 9 of them "
                    "children, according to the governor.")
    assert (9.0, "people") in found and (23.0, "people") in found


def test_part_of_the_wounded_told_by_of_whom():
    assert (5.0, "people") in figures("The blast wounded 31 villagers, 5 of whom were children.")


def test_guard_part_of_a_lot_of_boats_is_no_people_figure():
    assert (4.0, "people") not in figures("The navy lost 12 boats in the storm, 4 of them corvettes.")


# --- a warship alongside in a port for a time ---------------------------------------------------------------------

def test_warship_spending_days_alongside_in_a_port_is_port_access():
    found = _events("The Chilean frigate Almirante Lynch spent four days alongside in Mombasa in May.")
    assert any(kind == "port_access" for kind, _ in found)


def test_guard_a_warship_alongside_another_ship_is_no_port_access():
    assert not _events("The destroyer spent a week alongside the tanker before the storm.")


def test_guard_a_minister_spending_days_in_a_port_city_is_no_port_access():
    assert not any(kind == "port_access" for kind, _ in _events("The minister spent four days in Mombasa in May."))


# --- the permits for a named state halted ------------------------------------------------------------------------

def test_permits_for_a_named_state_frozen_are_an_embargo():
    assert ("embargo", "2019") in _events("Oslo froze new export permits for Qatar in 2019 and lifted the freeze a "
                                          "year later.")


def test_licences_for_a_named_state_no_longer_issued_are_an_embargo():
    assert any(kind == "embargo" for kind, _ in _events("Last May the ministry stopped issuing new licences for "
                                                        "Pakistan."))


def test_guard_building_permits_halted_are_no_embargo():
    assert not _events("The city stopped issuing building permits for the district.")


def test_guard_permits_issued_are_no_embargo():
    assert not _events("Oslo issued 40 new export permits for Qatar in 2019.")


# --- voters in a sentence that names sanctions ------------------------------------------------------------------

def test_council_members_voting_are_votes_not_people_sanctioned():
    found = figures("April 3 — Moscow blocks the renewal of the UN monitors who tracked sanctions on Iran; 12 Security "
                    "Council members vote in favour and India abstains.")
    assert (12.0, "votes") in found and (12.0, "people") not in found


def test_guard_people_the_sanctions_fall_on_stay_people_sanctioned():
    assert (14.0, "people") in figures("The bloc imposed sanctions on 14 people and three firms on Monday.")


def test_guard_people_sanctioned_in_the_passive_stay_people_sanctioned():
    assert (14.0, "people") in figures("Fourteen people were sanctioned by the Treasury on Tuesday.")
