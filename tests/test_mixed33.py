"""Round 24 helper r24mq (own24 meetings, quotes, people, figures): sentences written for these tests in the
helper's own words."""

from __future__ import annotations

from tests.readings import analysed


def _visits(text: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(sorted(m.participants)), m.place) for m in analysed(text).meetings if m.kind == "visit"}


# --- a bare title ("the Premier") and a pronoun in its reported clause stand for the one holder of that title
#     named in the story, however many sentences back ---------------------------------------------------------

_SPEECH = ("Premier Dalia Vennholm opened the new session of the assembly on Monday with a long speech on the "
           "harvest and on the rail strike.\n\n"
           "\"We will not spend what we do not have. We will spend what keeps the country safe, and nothing more,\" "
           "she said.\n\n")


def test_the_title_far_back_and_her_trip_are_the_one_holder():
    text = _SPEECH + "The Premier added that she had raised the question of spare parts during her official visit " \
                     "to Vilnius in October."
    assert (("Dalia Vennholm",), "Vilnius") in _visits(text)


def test_the_title_far_back_as_the_subject_of_a_trip():
    text = _SPEECH + "The Premier also said she had discussed fuel prices during her short trip to Tallinn in May."
    assert (("Dalia Vennholm",), "Tallinn") in _visits(text)


def test_guard_a_title_no_one_named_holds_is_nobody_far_back():
    # the one person named holds another title: "the Chancellor" is someone else, unnamed
    text = _SPEECH + "The Chancellor added that he had raised the question of spare parts during his official " \
                     "visit to Vilnius in October."
    assert not any(place == "Vilnius" for _, place in _visits(text))


def test_guard_two_holders_of_the_title_give_no_one_far_back():
    text = ("Premier Dalia Vennholm greeted the former Premier Oskar Lindqvist-Raam at the assembly on Monday.\n\n"
            "The session then turned to the harvest. The rail strike took up the rest of the morning.\n\n"
            "\"We will not spend what we do not have. We will spend what keeps the country safe,\" the speaker "
            "said.\n\n"
            "The Premier added that she had raised the question of spare parts during her official visit to Vilnius "
            "in October.")
    assert not any(place == "Vilnius" for _, place in _visits(text))


def test_the_capitalised_title_far_back_is_the_one_holder():
    text = ("President Ilkka Raunio opened parliament on Tuesday with a speech on the economy.\n\n"
            "The session then turned to the harvest. The rail strike took up the rest of the morning.\n\n"
            "The President added that he had asked for Danish help with radar training during his state visit to "
            "Copenhagen in June.")
    assert (("Ilkka Raunio",), "Copenhagen") in _visits(text)


# --- a quotation "said X's lawyer, Y" (or "his aide said") is not X's: the role's possessor is someone else ------

def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analysed(text).quotes]


_CHARGED = "Shipping agent Henrik Aaltonen was charged in Gdansk on Friday with forging end-user papers. "


def test_the_named_lawyer_of_a_possessor_speaks():
    text = _CHARGED + "\"He never opened a single crate in his life,\" said Aaltonen's lawyer, Marta Kowalczyk."
    assert ("Marta Kowalczyk", "He never opened a single crate in his life") in _quotes(text)


def test_guard_an_unnamed_lawyer_of_a_possessor_gives_no_quote():
    assert not any(s == "Henrik Aaltonen" for s, _ in _quotes(
        _CHARGED + "\"He never opened a single crate in his life,\" said Aaltonen's lawyer."))
    assert not any(s == "Henrik Aaltonen" for s, _ in _quotes(
        _CHARGED + "\"He never opened a single crate in his life,\" his lawyer told reporters."))


def test_guard_the_person_himself_still_speaks():
    text = _CHARGED + "\"I never opened a single crate in my life,\" said Aaltonen, a former harbour pilot."
    assert ("Henrik Aaltonen", "I never opened a single crate in my life") in _quotes(text)


# --- people: a "film-maker" is a person (a "drone-maker" still a firm); a "... Railway" is no person --------------

def _people(text: str) -> set[str]:
    return {p.name for p in analysed(text).people}


def test_a_film_maker_named_is_a_person():
    assert "Karen Holm" in _people("The Danish film-maker Karen Holm shot the film with the Thai journalist "
                                   "Somchai Boonmee over three winters.")


def test_a_policy_maker_named_is_a_person():
    assert "Rasmus Egholm" in _people("The veteran policy-maker Rasmus Egholm warned that the frigates would "
                                      "arrive late.")


def test_guard_a_drone_maker_named_is_no_person():
    assert not _people("The Turkish drone-maker Baykar said on Monday it had delivered the aircraft.")


def test_a_railway_named_is_no_person():
    assert not any("Railway" in n for n in _people(
        "Japan will lend money for the next section of the Metro Manila East-West Commuter Railway."))


# --- "the US president's visit" is not the visit of the last American named who holds another office ------------

def test_a_qualified_office_is_not_someone_with_another_title():
    text = ("Laura Whitcombe, a former deputy assistant secretary at the US State Department, was sceptical. She "
            "said the radar deal announced during the US president's visit in March was \"mostly a brochure\".")
    assert not any("Laura Whitcombe" in people for people, _ in _visits(text))


def test_guard_the_qualified_office_of_its_holder_is_still_hers():
    text = ("US President Joan Halvorsen met veterans in Ohio on Friday. She said the radar deal announced during "
            "the US president's visit to Warsaw in March was only a first step.")
    assert (("Joan Halvorsen",), "Warsaw") in _visits(text)


# --- "X arrived in C on her first trip to the region": one trip, not a second visit to the region -----------------

def test_an_arrival_on_a_trip_to_the_region_is_one_visit():
    visits = _visits("Chancellor Maren Falk landed in Hanoi on Monday on her first trip to Asia since the election.")
    assert visits == {(("Maren Falk",), "Hanoi")}


def test_guard_an_earlier_visit_told_after_a_flight_stays():
    visits = _visits("Chancellor Maren Falk flew to Oslo on Monday after her visit to Riga.")
    assert (("Maren Falk",), "Riga") in visits
