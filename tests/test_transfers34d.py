"""own24 families, in sentences written for these tests. Each text must give exactly the records listed (ANY:
the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

# A verb with the repetition prefix ("re-exported", "re-sold") is one word whose lemma is its stem's: split into
# "re" / "-" / "exported" it broke the parse, and the maker of "Chinese-made" was taken for the supplier.
REPETITION_PREFIX = [
    ("The Tanzanian army operates Chinese-made Type 63 tanks that had been re-exported by Pakistan.",
     [("Pakistan", "Tanzania", "Type 63", "delivered", ANY)]),
    ("The Kenyan navy flies Italian-built AW139 helicopters that were re-exported by Egypt.",
     [("Egypt", "Kenya", "AW139", "delivered", ANY)]),
]

REPETITION_PREFIX_GUARDS = [
    # the verb in the sentence's own clause, which the split did not break: it stays as it was
    ("Pakistan re-exported 20 Al-Khalid tanks to Tanzania in 2019.",
     [("Pakistan", "Tanzania", "Al-Khalid", "delivered", 20)]),
    ("Jordan re-sold its AH-1F Cobra attack helicopters to the Philippines in 2019.",
     [("Jordan", "Philippines", "AH-1", "delivered", ANY)]),
    # a repeated action that is no transfer gives none; the maker stays the supplier of an undated holding
    ("The Tanzanian army operates Chinese-made Type 63 tanks that were re-painted by Pakistani engineers.",
     [("China", "Tanzania", "Type 63", "delivered", ANY)]),
    ("Pakistan exported 20 Al-Khalid tanks to Tanzania in 2019.",
     [("Pakistan", "Tanzania", "Al-Khalid", "delivered", 20)]),
]


@pytest.mark.parametrize("text,expected", REPETITION_PREFIX + REPETITION_PREFIX_GUARDS)
def test_repetition_prefix_verb(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_repetition_prefix_tokens(nlp):
    doc = nlp("Pakistan re-exported the tanks, and the Re-Horizon plan was re-armed.")
    words = [t.text for t in doc]
    assert "re-exported" in words and "re-armed" in words
    assert next(t for t in doc if t.text == "re-exported").lemma_ == "export"
    assert "Re-Horizon" not in words  # a capitalised stem is a name, split as before


# The state right after "ex-" ("ex-US Air Force airframes") is whose the systems were before: never their buyer,
# whatever clause the parser hangs the name in.
FORMER_OWNER = [
    ("F-16 jets bought from Portugal, all ex-US Air Force airframes, arrived last year.", []),
    ("F-5 fighters bought from Switzerland, all ex-US Navy airframes, arrived in 2020.", []),
]

FORMER_OWNER_GUARDS = [
    # the buyer named stays the buyer, and the former owner the seller it is named as
    ("Kenya bought ex-Jordanian F-5 fighters from Jordan in 2019.",
     [("Jordan", "Kenya", "F-5", "delivered", ANY)]),
    ("The Peruvian Air Force flies ex-Belarusian MiG-29 fighters bought from Belarus in 1996.",
     [("Belarus", "Peru", "MiG-29", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", FORMER_OWNER + FORMER_OWNER_GUARDS)
def test_former_owner_is_no_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)
