"""Events on sentences written for these tests (the r21ev pass over own21 and the training families of other
sets): people who are in a state training there, or stay there for training, are trainees and the state hosts
them; training that goes on ("will continue to train together") is under way, whatever the tense."""

from __future__ import annotations

from readings import analysed


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, tuple(e.actors)) for e in analysed(text).events]


def _training(text: str) -> list[tuple[str, ...]]:
    return [actors for kind, actors in _events(text) if kind == "training"]


# --- people who are in a state, training there (the participle read as a noun after the place) ----------------

def test_officers_in_a_state_training_on_a_system():
    assert ("Pakistan", "Kenya") in _training("Some 25 Kenyan pilots are now in Pakistan training on the JF-17.")


def test_personnel_in_a_state_training_with_no_state_of_their_own_named():
    assert ("Russia",) in _training("Another 40 army officers are currently in Russia training on air defence "
                                    "systems.")


def test_cadets_who_remain_in_a_state_for_training():
    assert ("Ghana", "Morocco") in _training("About 30 Ghanaian cadets remain in Morocco for training at the air "
                                             "academy.")


def test_guard_a_thing_in_a_state_for_training_purposes_is_no_trainee():
    assert not _training("The radar is in Poland for training purposes.")


def test_guard_officers_in_a_state_for_talks_on_training():
    assert not _training("The officers were in Ankara for talks on training.")


def test_guard_training_as_the_complement_of_a_copula_with_no_place():
    assert not _training("The main hurdle for the cadets is training in the field.")


# --- training that goes on is under way -----------------------------------------------------------------------

def test_two_countries_that_would_continue_to_train_together():
    assert ("Kenya", "Uganda") in _training("Kenya and Uganda signed a border pact. The minister said the two "
                                            "countries would continue to train troops together.")


def test_sailors_of_two_states_who_will_keep_training_together():
    assert ("India", "France") in _training("Indian and French sailors will keep training together off Goa.")


def test_guard_training_together_that_only_could_go_on():
    assert not _training("Kenya and Uganda signed a border pact. The two countries could continue to train "
                         "together.")


def test_guard_a_force_that_goes_on_training_its_own_recruits():
    assert not _training("The army must continue to train its own recruits.")


def test_guard_training_together_with_no_going_on_in_a_condition():
    assert not _training("Kenya and Uganda signed a border pact. The two countries would train troops together "
                         "if the treaty passes.")
