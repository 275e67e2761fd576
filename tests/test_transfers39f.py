"""A variant designator of letters and digits with no hyphen ("XR4", "Mk2") after a system's name, which the
parser read as a verb whose object is the weapon noun: the nlp repair mends the tree (the noun takes the group's
place in the clause, the name and the designator modify it), so every extractor reads it. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 5, 4)


def _token(doc, text):
    return next(t for t in doc if t.text == text)


# (text, designator, noun, the noun's head, the noun's dependency) once mended
MENDED = [
    ("Spain cancelled a 2023 order for Israeli Spike LR2 anti-tank missiles last year.",
     "LR2", "missiles", "for", "pobj"),
    ("Asked whether Spike LR2 anti-tank missiles would still be made in Spain, the minister said no.",
     "LR2", "missiles", "made", "nsubjpass"),
]


@pytest.mark.parametrize("text,designator,noun,head,dep", MENDED)
def test_designator_read_as_verb_is_mended(nlp, text, designator, noun, head, dep):
    assert not _untouched(nlp, text)
    doc = nlp(text)
    d, n = _token(doc, designator), _token(doc, noun)
    assert (d.dep_, d.head, d.pos_) == ("compound", n, "PROPN")
    assert (n.dep_, n.head.text) == (dep, head)


def _untouched(nlp, text):
    """Whether the repair leaves the parse of ``text`` as the parser gave it."""
    with nlp.select_pipes(disable=["armstrack_variant_designators"]):
        doc = nlp(text)
    before = [(t.head.i, t.dep_, t.pos_) for t in doc]
    nlp.get_pipe("armstrack_variant_designators")(doc)
    return before == [(t.head.i, t.dep_, t.pos_) for t in doc]


def test_a_true_verb_after_a_name_is_left_alone(nlp):
    # "bought" is no designator: a verb of its own clause
    assert _untouched(nlp, "Last year Peru bought anti-tank missiles from Israel.")


def test_designator_over_a_non_weapon_group_is_left_alone(nlp):
    # neither the name nor the noun is a weapon: not the repair's business
    assert _untouched(nlp, "The school cancelled a 2023 order for Japanese Canon LR2 colour printers last year.")


def test_mended_group_tells_the_cancelled_order(transfers):
    assert_exactly(transfers("Spain cancelled a 2023 order for Israeli Spike LR2 anti-tank missiles last year."),
                   [("Israel", "Spain", "Spike", "cancelled", ANY), ("Israel", "Spain", "Spike", "ordered", ANY)])
