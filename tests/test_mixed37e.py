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


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analysed(text).quotes]


MARKET = """Amina Dauda, a 40-year-old trader, has sold vegetables in the market for a decade.

"The drones come at night now," she said on Friday.

The interior minister, {minister}, toured the market on Monday. "Nobody here is safe from this war," {cue}.

Most traders have left. In the market, Amina Dauda's youngest daughter draws the drones in the sand.

"She knows every one," {pronoun} said."""


def test_a_pronoun_goes_to_the_nearer_person_it_was_read_as_before():
    # "she" was Amina Dauda's pronoun; the minister a paragraph further back has no known gender
    found = _speakers(MARKET.format(minister="Paul Okonkwo", cue="Okonkwo told reporters", pronoun="she"))
    assert found[-1] == ("Amina Dauda", "She knows every one")


def test_a_pronoun_skips_a_speaker_read_before_as_the_other_gender():
    found = _speakers(MARKET.format(minister="Paul Okonkwo", cue="he told reporters", pronoun="she"))
    assert found[-1] == ("Amina Dauda", "She knows every one")


def test_a_pronoun_of_the_other_gender_keeps_the_earlier_speaker():
    # near negatives: "he" is not the woman "she" stood for; a speaker of the same known gender still wins
    found = _speakers(MARKET.format(minister="Grace Okonkwo", cue="Okonkwo told reporters", pronoun="he"))
    assert found[-1] == ("Grace Okonkwo", "She knows every one")
    found = _speakers(MARKET.format(minister="Paul Okonkwo", cue="he told reporters", pronoun="he"))
    assert found[-1] == ("Paul Okonkwo", "She knows every one")


def _event_types(text: str) -> list[str]:
    return [str(e.type.value) for e in analysed(text).events]


def test_hitting_target_drones_on_a_range_is_no_clash():
    assert "clash" not in _event_types("Greek air defence crews fired Patriot missiles for the first time on "
                                       "Tuesday, hitting two target drones over the Crete range.")


def test_hitting_a_foes_drones_stays_a_clash():
    # near negative: drones of a named side are a foe, not a practice target
    assert "clash" in _event_types("Greek air defence crews fired Patriot missiles on Tuesday, hitting two "
                                   "Turkish drones over the Aegean.")


def test_when_one_item_was_assembled_is_no_assembly_event():
    assert "assembly" not in _event_types("Investigators found a Shahed-136 drone whose data plate showed it "
                                          "was assembled in 2024.")


def test_a_passive_assembly_with_a_place_maker_or_manner_stays_an_event():
    # near negatives: a place, a maker or "locally" tells local assembly of a lot
    assert "assembly" in _event_types("Six of the Anka drones are being assembled in Bandung by a state firm.")
    assert "assembly" in _event_types("The remaining eight K9 howitzers will be assembled locally.")
    assert "assembly" in _event_types("The first four Hurjet trainers were assembled in 2024 at the plant "
                                      "in Cheongju.")

