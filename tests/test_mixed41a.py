"""r26eg: event shapes of everyday coverage (sentences written for these tests): a plant that "opened", told in a
relative clause the parser hangs on the town, and a measure's change told by a gerund noun ("extended the lifting of
its embargo")."""

from __future__ import annotations

from tests.readings import analysed


def _events(text: str, kind: str) -> list[str]:
    """The sentence of each event of one type found."""
    return [e.evidence.sentence.strip() for e in analysed(text).events if e.type.value == kind]


def test_plant_in_a_town_which_opened_is_an_industrial_project():
    text = "Warsaw ordered 96 tanks in 2021; the rest are being built at a new Hyundai plant in Gliwice, which opened in 2024."
    assert _events(text, "industrial_project") == [text]


def test_town_clause_with_an_object_or_a_school_is_no_plant_opened():
    # near negatives: the clause opens something else, and a training centre is no plant
    assert _events("Warsaw ordered 96 tanks in 2021; the rest are being built at a plant in Gliwice, "
                   "which opened a museum in 2024.", "industrial_project") == []
    assert _events("Warsaw ordered 96 tanks in 2021; the crews trained at a new centre in Gliwice, "
                   "which opened in 2024.", "industrial_project") == []


def test_extended_lifting_of_an_embargo_is_an_embargo_event():
    text = "Britain has extended the partial lifting of its arms embargo on Argentina for another year, officials said."
    assert _events(text, "embargo") == [text]
    text = "The EU announced the easing of its arms embargo on Libya on Monday."
    assert _events(text, "embargo") == [text]


def test_lifting_called_for_or_welcomed_is_no_embargo_event():
    # near negatives: a lifting urged or greeted is not one carried out
    assert _events("Chile urged the lifting of the arms embargo on Bolivia, the ministry said on Monday.",
                   "embargo") == []
    assert _events("Spain welcomed the easing of the arms embargo on Libya on Monday.", "embargo") == []


def test_edition_after_the_exercise_named_again_is_a_training():
    text = ("Chilean and Peruvian marines ended a joint exercise near Arica on Friday. About 300 troops took part in "
            "the exercise, which included a beach landing. The last edition was held in Peru in May 2024.")
    assert _events(text, "training")[-1] == "The last edition was held in Peru in May 2024."


def test_edition_far_from_any_exercise_is_no_training():
    # near negative: an edition of something else, told sentences after the exercise
    text = ("Chilean and Peruvian marines ended a joint exercise near Arica on Friday. About 300 troops took part in "
            "the exercise, which included a beach landing. Peru bought two frigates in 2020. "
            "The last edition of the magazine was printed in Peru in May 2024.")
    assert len(_events(text, "training")) == 1


def test_missions_a_fleet_is_relied_on_for_are_no_clash():
    assert _events("Kenya's air force relies on a handful of old F-5 jets for strike missions against militants "
                   "along the Somali border.", "clash") == []


def test_missions_flown_are_a_clash():
    # near positive kept: the missions were flown
    text = "Kenyan F-5 jets flew strike missions against militants along the Somali border last week."
    assert _events(text, "clash") == [text]


def test_measures_retold_after_a_listing_are_no_second_sanction():
    text = ("The European Union on Monday added three Belarusian generals to its sanctions list. "
            "The sanctions freeze any assets the generals hold in the bloc.")
    assert _events(text, "sanction") == ["The European Union on Monday added three Belarusian generals to its "
                                         "sanctions list."]


def test_another_state_freezing_assets_is_a_sanction_of_its_own():
    # near negative: a named state freezes assets, no measure pointed back to
    text = ("The European Union on Monday added three Belarusian generals to its sanctions list. "
            "Britain froze the assets of two more generals on Tuesday.")
    assert len(_events(text, "sanction")) == 2
