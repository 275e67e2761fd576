"""own25 pass over events, meetings, quotes and people: general families (sentences written for these tests)."""
from __future__ import annotations

from tests.readings import analysed


def _visits(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return sorted((tuple(m.participants), m.place) for m in analysed(text).meetings if m.kind == "visit"
                  and len(m.participants) == 1)


def test_a_stop_on_a_trip_in_the_same_country_is_one_visit():
    # "flew to C ... and toured a plant in D" (D in C's country, same time): one trip, to C
    assert _visits("Defence Minister Lars Vikholm flew to Tokyo last week for talks with officials and toured "
                   "a Mitsubishi plant in Nagoya.") == [(("Lars Vikholm",), "Tokyo")]
    assert _visits("Navy chief Admiral Pieter Wolters flew to Paris last month for preparatory talks and "
                   "visited the Naval Group yard in Lorient.") == [(("Pieter Wolters",), "Paris")]


def test_stops_in_two_countries_or_on_days_told_apart_stay_two_visits():
    # near negatives: another country is another trip; days told apart are two visits
    assert len(_visits("Defence Minister Lars Vikholm flew to Tokyo last week and then travelled on "
                       "to Seoul.")) == 2
    assert len(_visits("Defence Minister Lars Vikholm flew to Tokyo on Monday and visited a shipyard "
                       "in Osaka on Thursday.")) == 2
    # a site list with dates of their own stays two trips
    assert len(_visits("Defence Minister Lars Vikholm visited a shipyard in Kiel in May and a plant "
                       "in Toulon in June.")) == 2

