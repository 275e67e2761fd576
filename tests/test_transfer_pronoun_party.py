"""A party named by a pronoun or hidden by a misparsed participle: "It received two frigates from A" after a
sentence about a state, and "received a frigate gifted by the A government" where the tagger reads the
participle as the verb's object. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = date(2025, 6, 2)


def _transfers(text: str):
    return analyse_text(text, published=PUBLISHED).transfers


@pytest.mark.parametrize("text, expected", [
    # "it" opening a sentence stands for the state (or its force) the sentence before was about, also when a
    # second verb of the same clause names another seller
    ("Uruguay has rebuilt its coastal defences. It bought three radars from Spain in 2019 and operates Exocet "
     "missiles purchased from France.",
     [("Spain", "Uruguay", "radar", "delivered", 3), ("France", "Uruguay", "Exocet", "delivered", None)]),
    ("The Kenyan Navy has been renewing its fleet since 2010. It received two patrol boats from France and "
     "flies four Mi-17 helicopters bought from Russia.",
     [("France", "Kenya", "patrol boat", "delivered", 2), ("Russia", "Kenya", "Mi-17", "delivered", 4)]),
])
def test_it_stands_for_the_state_the_sentence_before_was_about(text, expected):
    assert_exactly(_transfers(text), expected)


def test_it_in_a_relative_clause_is_not_read_back_to_an_earlier_sentence():
    # "the missiles it has long wanted": the pronoun of a relative clause is the buyer named in its own sentence
    text = ("The minister spoke to reporters in Oslo. Asked whether Estonia would get the Norwegian NSM missiles "
            "it has long wanted, he said no decision had been made.")
    assert all(t.recipient != "Norway" for t in _transfers(text))


def test_a_company_before_it_is_not_a_state():
    text = "Hanwha has opened a new plant. It delivered twelve K9 howitzers to Estonia last year."
    assert_exactly(_transfers(text), [("South Korea", "Estonia", "K9", "delivered", 12)])


@pytest.mark.parametrize("text", [
    "The Peruvian Navy received a frigate gifted by the Japanese government.",
    "The Peruvian Navy on Monday formally took over a frigate gifted by the Japanese government at a ceremony "
    "in Yokosuka, the navy said.",
])
def test_a_participle_with_an_agent_is_passive_whatever_its_parse(text):
    # the tagger may read "a frigate gifted" as "gifted" being the object: the "by" agent still names the giver
    assert_exactly(_transfers(text), [("Japan", "Peru", "frigate", "delivered", None)])


@pytest.mark.parametrize("text, seller", [
    ("Ghana flies three C295 transport aircraft bought from Airbus of Spain.", "Spain"),
    ("Peru ordered two patrol boats from Damen of the Netherlands.", "Netherlands"),
])
def test_a_company_of_a_state_sells_from_that_state(text, seller):
    # a multinational's arm named with its state ("Airbus of Spain") is the seller, not the group's home state
    assert {t.supplier for t in _transfers(text)} == {seller}


@pytest.mark.parametrize("text, category", [
    ("The United States gave Vietnam a former Coast Guard cutter.", "ship"),
    ("Japan handed two survey vessels to the Philippine Navy in March.", "ship"),
])
def test_common_ship_types_are_systems(text, category):
    assert [t.category for t in _transfers(text)] == [category]
