"""Events: a fight told in a clause on a weapon, and a warship sailing into a port (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2024, 5, 10)


def events_of(parsed, text: str):
    return extract_events(*parsed(text, published=PUBLISHED))


def kinds(parsed, text: str, kind: str):
    return [e for e in events_of(parsed, text) if e.type == kind]


def test_a_weapon_described_by_what_it_is_used_for_is_no_clash(parsed):
    assert not kinds(parsed, "Rebels in Kordovia are still receiving the rockets that the militia uses to shell "
                             "villages.", "clash")
    assert not kinds(parsed, "Prosecutors say the chips ended up in weapons that Moravia uses in its war against "
                             "Kordovia.", "clash")
    assert not kinds(parsed, "The jets that the report links to strikes on villages in Oltenia were delivered "
                             "in 2019.", "clash")


def test_a_dated_strike_in_a_clause_on_a_weapon_stays_a_clash(parsed):
    (ev,) = kinds(parsed, "Kordovia says the drones that struck the port of Belport on 3 March came from Moravia.",
                  "clash")
    assert ev.date == "2024-03-03"


def test_a_strike_in_a_main_clause_stays_a_clash(parsed):
    (ev,) = kinds(parsed, "Moravian troops fired rockets at Kordovian border posts on Monday.", "clash")
    assert ev.date == "2024-05-06"


def test_warships_sailing_into_a_harbour_is_a_port_call(parsed):
    (ev,) = kinds(parsed, "Two Japanese destroyers sailed into the harbour of Cebu on Friday.", "port_access")
    assert ev.date == "2024-05-10"  # the Friday of publication


def test_sailing_into_a_storm_is_no_port_call(parsed):
    assert not kinds(parsed, "Two Japanese destroyers sailed into a storm on Friday.", "port_access")


def test_a_war_dated_by_its_year_in_a_clause_on_a_weapon_stays_a_clash(parsed):
    assert kinds(parsed, "Norland bought the howitzers, which were used during the 2016 war with Moravia.", "clash")
