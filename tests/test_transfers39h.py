"""A system first named by a letters-and-digits designator and a weapon noun ("K2 tanks"), then by the
designator in the plural alone ("K2s"): the plural is the same system. Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 6, 2)


def _weapon_words(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "WEAPON_SYSTEM"]


def test_plural_designator_after_designator_and_noun_is_the_system(nlp):
    text = "Twelve K2 tanks reached the port of Constanta. The army wants 40 more K2s by 2028."
    assert _weapon_words(nlp, text) == ["K2 tanks", "K2s"]


def test_plural_designator_tells_the_order(transfers):
    text = ("The first 20 K2 tanks were shipped to Bucharest in May. "
            "Romania signed a deal for 150 K2s in January.")
    assert_exactly(transfers(text), [("South Korea", "Romania", "K2", "delivered", 20),
                                     ("South Korea", "Romania", "K2", ANY, 150)])


def test_plural_designator_before_the_full_name_is_left_alone(nlp):
    # before the full name the bare designator may be another maker's: nothing tells it yet
    text = "Romania signed a deal for 150 K2s in January. The first 20 K2 tanks were shipped in May."
    assert _weapon_words(nlp, text) == ["K2 tanks"]


def test_singular_designator_after_designator_and_noun_is_left_alone(nlp):
    # the singular names a part of a programme as often as the system
    text = "Twelve K2 tanks reached the port of Constanta. A K2 training centre will open next year."
    assert _weapon_words(nlp, text) == ["K2 tanks"]


def test_designator_before_a_common_word_gives_no_plural(transfers):
    # "K2 report" is no system: its plural later is nothing
    text = "The K2 report was published on Monday. Romania signed a deal for 150 K2s in January."
    assert_exactly(transfers(text), [])


# --- "put X on offer": a seller, the subject, offers the system to the "to" party ---

def test_put_on_offer_is_an_offer(transfers):
    assert_exactly(transfers("Navantia has put three F-110 frigates on offer to the Philippine navy."),
                   [("Spain", "Philippines", "F-110", "offered", 3)])


def test_have_on_offer_is_an_offer(transfers):
    assert_exactly(transfers("Saab has the Gripen E on offer to Peru."),
                   [("Sweden", "Peru", "Gripen", "offered", ANY)])


def test_on_the_offer_list_is_no_offer(transfers):
    # "on the offer list" is a place in a document, not the bare "on offer" of a seller
    assert_exactly(transfers("The Peruvian navy has put its two old corvettes on the offer list."), [])


def test_put_on_display_is_no_offer(transfers):
    assert_exactly(transfers("Navantia put three F-110 frigates on display for the Peruvian navy."), [])
