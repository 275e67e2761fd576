"""Hyphenated given names (Korean and others written "Surname Given-name") that the statistical NER cuts at the
hyphen are one person: "Kang Tae-" + "seok", "Kim" + "Do-hyun". Sentences are our own."""

import pytest

from spacy.tokens import Span

from armstrack.nlp.pipeline import PersonNameRepair, build_pipeline
from armstrack.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(DEFAULT_MODEL)


def persons(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("General Tran Van Binh held talks with Minister of National Defense of the Republic of Korea (RoK) "
     "Kang Tae-seok in Busan on May 3.", "Kang Tae-seok"),
    ("Kim Do-hyun said the howitzer order was on track.", "Kim Do-hyun"),
    ("Defence chief Lee Tae-ho met Minister Choi Jae-won in Seoul.", "Choi Jae-won"),
])
def test_a_hyphenated_given_name_stays_whole(nlp, text, name):
    assert name in persons(nlp, text)


def test_a_hyphenated_common_word_after_a_name_is_not_taken_in(nlp):
    names = persons(nlp, "Minister Kim said anti-tank missiles would follow in June.")
    assert all("anti" not in n for n in names)



def _cut_at_hyphen(doc, word: str):
    """A PERSON span from ``word`` through the hyphen after it, as the statistical NER sometimes cuts one."""
    i = next(t.i for t in doc if t.text == word)
    return Span(doc, i, i + 2, label="PERSON")


def test_a_name_cut_at_its_hyphen_runs_on_over_the_syllable(nlp):
    doc = nlp("Minister Park Jae-sung opened the plant.")
    ent = Span(doc, 1, 4, label="PERSON")  # "Park Jae-"
    assert doc[ent.start:PersonNameRepair._past_name_hyphen(doc, ent)].text == "Park Jae-sung"


def test_a_place_built_compound_is_no_name(nlp):
    doc = nlp("A Nexter spokeswoman dismissed talk of a Romanian order for the Roanne-built guns.")
    ent = _cut_at_hyphen(doc, "Roanne")
    assert PersonNameRepair._past_name_hyphen(doc, ent) == ent.end
