"""A plural category noun after a system's name ("Super Tucano turboprops") which the tagger read as a verb:
the nlp repair makes it the group's head noun, so the phrases after it ("from Brazil") tell the seller.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 5, 4)

PIPE = "armstrack_category_verbs"


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _untouched(nlp, text):
    """Whether the repair leaves the parse of ``text`` as the parser gave it."""
    with nlp.select_pipes(disable=[PIPE]):
        doc = nlp(text)
    before = [(t.head.i, t.dep_, t.pos_) for t in doc]
    nlp.get_pipe(PIPE)(doc)
    return before == [(t.head.i, t.dep_, t.pos_) for t in doc]


# (text, the noun's head, the noun's dependency) once mended
MENDED = [
    ("In 2019 Kenya took delivery of six Super Tucano turboprops from Brazil under a loan.", "of", "pobj"),
    ("Mali took delivery of four Super Tucano turboprops from the United States.", "of", "pobj"),
    # the parser split the name: "A-29" the object of "of", "Tucano" the verb's subject
    ("Back in 2019 it took delivery of six A-29 Super Tucano turboprops from the United States under a loan.",
     "of", "pobj"),
]


@pytest.mark.parametrize("text,head,dep", MENDED)
def test_category_noun_read_as_verb_is_mended(nlp, text, head, dep):
    assert not _untouched(nlp, text)
    doc = nlp(text)
    n, name = _token(doc, "turboprops"), _token(doc, "Tucano")
    assert (n.pos_, n.head.text, n.dep_) == ("NOUN", head, dep)
    assert (name.head, name.dep_) == (n, "compound")
    assert _token(doc, "from").head == n


def test_seller_after_the_mended_noun(transfers):
    text = ("Ghana bought two Bell 412 helicopters from Canada on Friday. Back in 2019 it took delivery of six "
            "A-29 Super Tucano turboprops from the United States under a loan.")
    assert_exactly(transfers(text), [("Canada", "Ghana", "Bell 412", ANY, ANY),
                                     ("United States", "Ghana", "Super Tucano", "delivered", 6)])


def test_a_verb_with_its_own_subject_is_left_alone(nlp):
    # "tanks" here is no noun of the group: the name is its subject ("the plan tanks")
    assert _untouched(nlp, "Analysts fear the Leopard deal tanks if the budget is cut again.")


def test_a_noun_already_tagged_a_noun_is_left_alone(nlp):
    assert _untouched(nlp, "Chile took delivery of eight Hermes 900 drones from Israel in 2020.")
