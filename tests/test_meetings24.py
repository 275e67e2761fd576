"""Round 24 (own20, second pass): readout talks with titled officials, two sites of one trip, a trip along with a
mission (sentences written for these tests)."""

from __future__ import annotations

from readings import analysed as _analyse, meetings as _meetings, people as _people


def _visits(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return sorted((tuple(sorted(m.participants)), m.place) for m in _analyse(text).meetings if m.kind == "visit")


# --- a named round of talks: the capitalised plural keeps its cue ("Foreign Office Consultations") ------------

def test_named_round_of_consultations_with_a_titled_official():
    text = ("Trade Minister Lena Korvald paid a working visit to Tallinn on Monday. She held the sixth round of "
            "Economic Policy Consultations with Deputy Secretary (Europe), Ms Maria Lehtinen, on Tuesday.")
    assert any(set(p) == {"Maria Lehtinen", "Lena Korvald"} for _, p in _meetings(text))


def test_named_round_of_consultations_without_a_person_gives_no_pair():
    text = ("Trade Minister Lena Korvald paid a working visit to Tallinn on Monday. The sixth round of Economic "
            "Policy Consultations is planned for next year.")
    assert not any(len(p) > 1 for _, p in _meetings(text))


# --- a title with its portfolio in brackets and its office, then the holder's name after a comma --------------

def test_title_with_bracketed_portfolio_and_office_then_name():
    text = ("Trade Minister Lena Korvald paid a working visit to Tallinn on Monday. While there, Minister Korvald "
            "held discussions with Joint Secretary (Energy) in the Ministry of Economy, Mr Thomas Berger, on "
            "gas storage.")
    assert any(set(p) == {"Thomas Berger", "Lena Korvald"} for _, p in _meetings(text))


def test_bracketed_portfolio_and_office_with_no_name_gives_no_pair():
    text = ("Trade Minister Lena Korvald paid a working visit to Tallinn on Monday. While there, Minister Korvald "
            "held discussions with Joint Secretary (Energy) in the Ministry of Economy on gas storage.")
    assert not any(len(p) > 1 for _, p in _meetings(text))


# --- "visited A's plant in C and B's in D": the second possessive's noun elided, a second place ---------------

def test_two_sites_with_elided_noun_give_a_visit_per_place():
    text = ("Defence Minister Pavel Horak briefed the senate on Tuesday. He visited Rheinmetall's works in Unterluss "
            "and Nexter's in Bourges last month.")
    places = {place for people, place in _visits(text) if people == ("Pavel Horak",)}
    assert {"Unterluss", "Bourges"} <= places


def test_one_site_with_a_possessive_owner_gives_one_visit():
    text = ("Defence Minister Pavel Horak briefed the senate on Tuesday. He visited Rheinmetall's works in Unterluss "
            "last month.")
    assert len([v for v in _visits(text) if v[0] == ("Pavel Horak",)]) == 1


# --- "flew with the mission": going along with a travelling mission is a trip ---------------------------------

def test_flew_with_the_mission_is_a_trip():
    text = ("Two air force transports left for Herat on Friday with tents and medicine. Deputy Health Minister "
            "Dana Iskakova flew with the mission and will tour the camps before returning on Monday.")
    assert any(v[0] == ("Dana Iskakova",) for v in _visits(text))


def test_pleased_with_the_mission_is_no_trip():
    text = ("Two air force transports left for Herat on Friday with tents and medicine. Deputy Health Minister "
            "Dana Iskakova said she was pleased with the mission.")
    assert not any(v[0] == ("Dana Iskakova",) for v in _visits(text))


# --- a ship prefix before an abbreviated honorific or initial: the whole is the ship, no person ----------------

def test_ship_named_after_a_doctor_is_no_person():
    text = ("Rear Admiral Budi Santoso, who led the parade, waved from the deck of KRI Dr. Wahidin. \"We are ready,\" "
            "he told reporters.")
    assert _people(text) == {"Budi Santoso"}


def test_doctor_without_a_ship_prefix_stays_a_person():
    text = ("Rear Admiral Budi Santoso, who led the parade, thanked Dr. Wahidin Sudiro, the fleet's surgeon. \"We are "
            "ready,\" he told reporters.")
    assert "Wahidin Sudiro" in _people(text)
