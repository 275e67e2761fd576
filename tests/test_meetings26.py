"""Round 26 (own21, second pass): a transcript turn's "he" is never its speaker; a subject the parser hung on a
fronted visit's place (sentences written for these tests)."""

from __future__ import annotations

from readings import meetings as _meetings


def _pairs(text: str) -> set[tuple[str, ...]]:
    return {p for _, p in _meetings(text) if len(p) > 1}


# --- a transcript: "he" in a correspondent's turn is the official the turn talks about, not the correspondent ---

_TURN = ("Anna Berg, presenter: Good evening. Our reporter Tom Lake has been at the summit in Vienna all day. Tom, "
         "what came of it?\n\n"
         "Tom Lake, reporter: Anna, the talks ran late. I caught up with the Austrian defence minister, Karl Huber, "
         "who stood in for the chancellor. He told me, \"We need more shells.\" {sentence}\n\n"
         "Berg: Tom Lake in Vienna, thank you.")


def test_he_in_a_reporters_turn_is_the_official_not_the_reporter():
    pairs = _pairs(_TURN.format(sentence="He met the Italian minister Paolo Russo after lunch to go over the order."))
    assert ("Karl Huber", "Paolo Russo") in pairs
    assert ("Paolo Russo", "Tom Lake") not in pairs


def test_i_in_a_reporters_turn_is_still_the_reporter():
    pairs = _pairs(_TURN.format(sentence="I met the Italian minister Paolo Russo after lunch as well."))
    assert ("Paolo Russo", "Tom Lake") in pairs


# --- "On a visit to C, D's minister, X, holds talks with Y": the parser hangs the subject on the fronted place ----

def test_subject_hung_on_a_fronted_visit_place_is_the_visitor():
    text = ("March 3 — On a visit to Lisbon, Chile's deputy navy minister, Rear Adm. Jorge Pardo, holds talks with "
            "Portuguese Secretary of State Rui Valente on corvettes.")
    got = _meetings(text)
    assert ("meeting", ("Jorge Pardo", "Rui Valente")) in got
    assert any(kind == "visit" and people == ("Jorge Pardo",) for kind, people in got)


def test_courtesy_visit_to_a_named_person_still_meets_them():
    text = "On a courtesy visit to President Ana Ferreira, Jorge Pardo discussed corvettes."
    assert ("Ana Ferreira", "Jorge Pardo") in _pairs(text)


# --- "X, who flew in on Thursday, held talks with Y": an arrival told of the guest of the talks -----------------

def _trips(text: str) -> set[tuple[str, ...]]:
    return {p for kind, p in _meetings(text) if kind == "visit"}


def test_flew_in_on_a_day_then_held_talks_is_a_trip():
    text = ("Austria's army chief, General Petra Lindner, who flew in on Monday, held talks on Tuesday with her "
            "Slovak counterpart, General Marek Hudak, on air policing.")
    assert ("Petra Lindner",) in _trips(text)
    assert ("Marek Hudak", "Petra Lindner") in _pairs(text)


def test_arrived_then_held_talks_is_a_trip():
    text = ("Austria's army chief, General Petra Lindner, who arrived on Monday, held talks on Tuesday with her "
            "Slovak counterpart, General Marek Hudak, on air policing.")
    assert ("Petra Lindner",) in _trips(text)


def test_came_in_for_criticism_is_no_trip():
    text = ("Austria's army chief, General Petra Lindner, who came in for criticism last week, held talks on "
            "Tuesday with her Slovak counterpart, General Marek Hudak, on air policing.")
    assert ("Petra Lindner",) not in _trips(text)


def test_took_office_then_held_talks_is_no_trip():
    text = ("Austria's army chief, General Petra Lindner, who took office on Monday, held talks on Tuesday with "
            "her Slovak counterpart, General Marek Hudak, on air policing.")
    assert ("Petra Lindner",) not in _trips(text)


# --- "toured the plant with X, head of a foreign firm's division": the firm's state makes X a host ---------------

def test_toured_with_an_executive_of_a_foreign_firm_is_met():
    text = ("Greek Deputy Defence Minister Nikos Pappas toured the Kiel assembly halls on Tuesday with Jonas Weber, "
            "head of Rheinmetall's naval systems division.")
    assert ("Jonas Weber", "Nikos Pappas") in _pairs(text)


def test_toured_with_an_official_of_no_stated_state_is_no_pair():
    text = ("Greek Deputy Defence Minister Nikos Pappas toured the Kiel assembly halls on Tuesday with Jonas Weber, "
            "head of the ministry's procurement division.")
    assert not _pairs(text)


def test_toured_with_an_executive_of_a_home_firm_is_no_pair():
    text = ("Swedish Deputy Defence Minister Erik Lund toured the Linkoping assembly halls on Tuesday with Jonas "
            "Weber, head of Saab's aeronautics division.")
    assert not _pairs(text)
