"""The implied buyer of a deal told without one is the state the story is about, when the article's "main" pair
rests on an aside about another state; sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2026, 3, 4)

STORY = """Chile shows off its first F-16 jets

SANTIAGO - Chile's air force presented its first four F-16 fighters on Monday at a base outside the capital.

Chilean officials said the remaining eight jets would arrive by the end of next year.

The air force has also received two C-130 transport aircraft bought from Norway, the last of which arrived in May.

Neighbouring Peru took delivery of six KT-1 trainers from South Korea in 2024, and South Korea has since delivered \
two more KT-1s to Peru.

Chile's defence minister said the country would keep buying second-hand aircraft to save money.

Critics in Chile say the spending comes at a bad time for the economy."""


def _pairs(records, system):
    return {(t.supplier, t.recipient) for t in records if t.system.startswith(system)}


def test_another_sellers_deal_goes_to_the_state_the_story_is_about(transfers):
    records = transfers(STORY)
    assert _pairs(records, "C-130") == {("Norway", "Chile")}  # not Peru, the buyer of the one told pair
    assert _pairs(records, "KT-1") == {("South Korea", "Peru")}


def test_a_state_guessed_at_in_one_sentence_is_no_story_subject(transfers):
    # the guessed state is named three times, in one sentence: the deal keeps no buyer it was not told
    text = ("Embraer wins an order for six trainers\n\n"
            "On Monday Embraer reported that an unnamed client has ordered six A-29 Super Tucano aircraft. "
            "Brazil sold four A-29s to Paraguay in 2024 and Brazil delivered two more A-29s to Paraguay this year. "
            "Some analysts think the buyer is Ghana, since the Ghanaian government and Ghanaian industry "
            "signed a cooperation pact with Embraer.")
    records = transfers(text)
    assert not any(t.recipient == "Ghana" for t in records)


def test_a_buyer_weighing_a_named_system_is_interest(transfers):
    records = transfers("Hungary is also considering the K2 tank and the Redback infantry fighting vehicle for its army.")
    assert {(t.supplier, t.recipient, t.system.split()[0], t.status) for t in records} == {
        ("South Korea", "Hungary", "K2", "interest"), ("South Korea", "Hungary", "Redback", "interest")}


def test_considering_a_state_a_partner_is_no_transfer(transfers):
    assert transfers("Peru considers Norway a reliable partner in naval training.") == []
