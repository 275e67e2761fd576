"""own25 second pass over events, meetings, quotes and people: general families (sentences written for these
tests)."""
from __future__ import annotations

from tests.readings import analysed


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analysed(text).quotes]


def _trainings(text: str) -> list[list[str]]:
    return [e.actors for e in analysed(text).events if e.type == "training"]


def test_crews_to_train_alongside_another_states_forces_is_training():
    # a plan told in a reported future counts, like a planned exercise
    found = _trainings("The Belgian paratroopers will train alongside Kenyan units in Laikipia next month.")
    assert len(found) == 1 and "Kenya" in found[0]
    found = _trainings("Commander Ilse Vermeer said her crews would spend the next week training alongside "
                       "Norwegian sailors in mine-clearing drills.")
    assert len(found) == 1 and "Norway" in found[0]


def test_training_alongside_no_forces_or_only_a_wish_is_no_event():
    # near negatives: a hypothesis, and people who are no forces of a state
    assert _trainings("The Belgian paratroopers could train alongside Kenyan units next year, an analyst "
                      "said.") == []
    assert _trainings("The Belgian athletes trained alongside Kenyan runners in Iten.") == []


def _clashes(text: str) -> list[str | None]:
    return [e.date for e in analysed(text).events if e.type == "clash"]


def test_forces_named_as_such_that_have_fought_is_a_clash():
    # a capitalised plural force name ("Armed Forces") is no listed lemma, yet names the armed
    assert _clashes("The Malian Armed Forces and the Azawad Liberation Front have fought since "
                    "March 2024.") == ["2024-03"]
    assert _clashes("Gao lies on the Niger river, where the Malian Armed Forces and the Azawad Liberation "
                    "Front have fought since March 2024.") == ["2024-03"]


def test_forces_named_as_such_that_fight_no_foe_give_no_clash():
    # near negatives: a fight over a thing or with an abstract object is no clash
    assert _clashes("The Malian Armed Forces have fought corruption in their ranks since 2020.") == []
    assert _clashes("The Malian Armed Forces met the Azawad Liberation Front in Algiers in March 2024.") == []


def test_the_ministry_of_a_minister_titled_in_lower_case_speaks():
    # "X's defence minister, Y, ... The ministry said": Y's ministry, though the title is written in lower case
    found = _speakers("Kenya's defence minister, Peter Mwangi, met India's ambassador, Rahul Sen, in Nairobi "
                      "on Monday. The ministry said they discussed \"maritime security in the region\" but "
                      "gave no details.")
    assert found == [("Kenyan Defence Ministry", "maritime security in the region")]


def test_no_ministry_from_a_prime_minister_in_lower_case():
    # near negative: a prime minister heads no ministry
    found = _speakers("Peter Mwangi, the prime minister, met India's ambassador, Rahul Sen, in Nairobi on "
                      "Monday. The ministry said they discussed \"maritime security in the region\" but gave no "
                      "details.")
    assert found == []


def _people(text: str) -> list[str]:
    return sorted(p.name for p in analysed(text).people)


def test_a_title_set_off_after_a_noun_of_a_work_is_no_person():
    # "the report, X,", "her new book, Y": the work's own title
    assert "Harbour Lights" not in _people("Her new book, Harbour Lights, describes the navy's decline.")


def test_a_person_set_off_after_a_phrase_about_a_work_stays_a_person():
    # near negative: the apposition is on the author, not on the work
    assert "Jane Whitfield" in _people("The lead author of the report, Jane Whitfield, said the count was low.")
    assert "Jane Whitfield" in _people("The study's author, Jane Whitfield, said the count was low.")
