"""Cue lexicons completed from general English news usage (not from any set's wording): transfer cues, status
governors, speech verbs and meeting cues. Each addition has a sentence written for this test that it makes pass,
and guards for the senses of the same words that must not report anything."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = date(2024, 5, 15)
US, DE, FR, SE, KR = "United States", "Germany", "France", "Sweden", "South Korea"


def _transfers(text: str):
    return analyse_text(text, published=PUBLISHED).transfers


#: transfer_cues.tsv: verbs and nouns of giving, selling, sending and receiving arms.
TRANSFER_CUES = [
    ("The Netherlands dispatched 18 PzH 2000 howitzers to Ukraine.",
     [("Netherlands", "Ukraine", "PzH 2000", "delivered", 18)]),
    ("The Netherlands despatched 18 PzH 2000 howitzers to Ukraine.",
     [("Netherlands", "Ukraine", "PzH 2000", "delivered", 18)]),
    ("The dispatch of 18 PzH 2000 howitzers from Germany to Ukraine began in May.",
     [(DE, "Ukraine", "PzH 2000", "delivered", 18)]),
    ("Iran smuggled Shahed-136 drones to Russia.",
     [("Iran", "Russia", "Shahed-136", "delivered", None)]),
    ("Germany furnished Ukraine with 30 Gepard guns.",
     [(DE, "Ukraine", "Gepard", "delivered", 30)]),
    ("Spain rented 4 A400M aircraft to Indonesia.",
     [("Spain", "Indonesia", "A400M", "delivered", 4)]),
    ("Poland will resell 20 Leopard 2 tanks to Ukraine.",
     [("Poland", "Ukraine", "Leopard 2", "agreed", 20)]),
    ("France touted 24 Rafale jets to Colombia.",
     [(FR, "Colombia", "Rafale", "offered", 24)]),
    ("The induction of 36 Rafale jets from France by India was completed.",
     [(FR, "India", "Rafale", "delivered", 36)]),
    ("Norway's resale of 32 F-16 jets to Romania was completed.",
     [("Norway", "Romania", "F-16", "agreed", 32)]),
    ("Egypt is a purchaser of 24 Rafale jets from France.",
     [(FR, "Egypt", "Rafale", "agreed", 24)]),
    ("Morocco snapped up 24 Apache helicopters from the United States.",
     [(US, "Morocco", "Apache", "delivered", 24)]),
]

#: status_governors.tsv: words that, governing a cue, set the status.
STATUS_GOVERNORS = [
    ("Switzerland nixed the purchase of 36 F-35 jets from the United States.",
     [(US, "Switzerland", "F-35", "cancelled", 36), (US, "Switzerland", "F-35", "agreed", 36)]),
    ("Switzerland revoked the purchase of 36 F-35 jets from the United States.",
     [(US, "Switzerland", "F-35", "cancelled", 36), (US, "Switzerland", "F-35", "agreed", 36)]),
    ("Germany paused the sale of 40 Leopard 2 tanks to Turkey.",
     [(DE, "Turkey", "Leopard 2", "cancelled", 40), (DE, "Turkey", "Leopard 2", "agreed", 40)]),
    ("Turkey reneged on the purchase of 100 F-35 jets from the United States.",
     [(US, "Turkey", "F-35", "cancelled", 100), (US, "Turkey", "F-35", "agreed", 100)]),
    ("Colombia is pursuing the purchase of 24 Gripen jets from Sweden.",
     [(SE, "Colombia", "Gripen", "interest", 24)]),
    ("Colombia needs to buy 24 Gripen jets from Sweden.",
     [(SE, "Colombia", "Gripen", "interest", 24)]),
    ("Colombia envisages buying 24 Gripen jets from Sweden.",
     [(SE, "Colombia", "Gripen", "interest", 24)]),
    ("Colombia envisions buying 24 Gripen jets from Sweden.",
     [(SE, "Colombia", "Gripen", "interest", 24)]),
    ("South Korea is slated to deliver 24 K2 tanks to Poland.",
     [(KR, "Poland", "K2", "agreed", 24)]),
    ("Poland anticipates receiving 24 K2 tanks from South Korea.",
     [(KR, "Poland", "K2", "agreed", 24)]),
    ("Russia was haggling with India over the sale of 10 Su-30 jets.",
     [("Russia", "India", "Su-30", "negotiating", 10)]),
    ("The United States authorised Lockheed Martin to deliver 40 F-16 jets to Turkey.",
     [(US, "Turkey", "F-16", "agreed", 40)]),
    ("The United States authorized Lockheed Martin to deliver 40 F-16 jets to Turkey.",
     [(US, "Turkey", "F-16", "agreed", 40)]),
    ("Parliament endorsed selling 40 F-16 jets to Turkey.",
     [(US, "Turkey", "F-16", "agreed", 40)]),
    ("Poland aborted the purchase of 96 Apache helicopters from the United States.",
     [(US, "Poland", "Apache", "cancelled", 96), (US, "Poland", "Apache", "agreed", 96)]),
    ("Poland discontinued the purchase of 96 Apache helicopters from the United States.",
     [(US, "Poland", "Apache", "cancelled", 96), (US, "Poland", "Apache", "agreed", 96)]),
    ("Poland killed the purchase of 96 Apache helicopters from the United States.",
     [(US, "Poland", "Apache", "cancelled", 96), (US, "Poland", "Apache", "agreed", 96)]),
    ("Poland is renegotiating the purchase of 96 Apache helicopters from the United States.",
     [(US, "Poland", "Apache", "negotiating", 96)]),
    # refusals: no deal is reported
    ("Germany barred the sale of 40 Leopard 2 tanks to Saudi Arabia.", []),
    ("Germany forbade the sale of 40 Leopard 2 tanks to Saudi Arabia.", []),
    ("Germany turned down the sale of 40 Leopard 2 tanks to Saudi Arabia.", []),
    ("Germany rebuffed the sale of 40 Leopard 2 tanks to Saudi Arabia.", []),
    ("Germany spurned the sale of 40 Leopard 2 tanks to Saudi Arabia.", []),
]

#: Other senses of the new words, and unchanged readings, that must stay as they are.
TRANSFER_GUARDS = [
    ("The minister fielded questions about the Rafale jets.", []),
    ("The defence minister dispatched a letter to his French counterpart about the Rafale jets.", []),
    ("He furnished details of the F-16 programme.", []),
    ("France touted the Rafale as the best jet in Europe.", []),
    ("The induction ceremony for the new chief of staff was held on Monday.", []),
    ("Denmark delivered 19 F-16 jets to Ukraine, a move that needed months of work.",
     [("Denmark", "Ukraine", "F-16", "delivered", 19)]),
    ("The Pentagon said it had killed 20 militants in Syria.", []),
    ("Poland received 24 K2 tanks from South Korea, after a pause in talks.",
     [(KR, "Poland", "K2", "delivered", 24)]),
]


@pytest.mark.parametrize("text, expected", TRANSFER_CUES + STATUS_GOVERNORS + TRANSFER_GUARDS)
def test_transfer_lexicons(text, expected):
    assert_exactly(_transfers(text), expected)


MINISTER = "Defence Minister Anna Berg"

#: speech_cues.tsv: reporting verbs of a quotation.
SPEECH_VERBS = ["confessed", "concurred", "protested", "objected", "grumbled", "scoffed", "opined", "posited",
                "averred", "mused", "wondered", "swore", "threatened", "confided", "divulged", "estimated",
                "speculated", "reckoned", "shouted", "whispered", "muttered", "demanded", "pleaded", "advised",
                "recommended", "reassured"]


@pytest.mark.parametrize("verb", SPEECH_VERBS)
def test_speech_verbs(verb):
    text = f'"The new jets will arrive next spring," {MINISTER} {verb} on Monday.'
    quotes = analyse_text(text, published=PUBLISHED).quotes
    assert [q.speaker for q in quotes] == ["Anna Berg"]


@pytest.mark.parametrize("text", [
    f"{MINISTER} threatened to cancel the order.",
    f"{MINISTER} estimated the cost at $2 billion.",
    "Anna Berg advised Jan Nowak to buy more tanks.",
])
def test_speech_verbs_without_quotation(text):
    assert analyse_text(text, published=PUBLISHED).quotes == []


#: meeting_cues.tsv: verbs and nouns of meeting, calling and travelling; (text, kind, participants).
MEETINGS = [
    (f"{MINISTER} consulted with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} huddled with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} interacted with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} chatted with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} liaised with Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} rendezvoused with Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} held discussions with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} had a chat with her Polish counterpart Jan Nowak in Warsaw on Monday.", "meeting"),
    (f"{MINISTER} held a teleconference with her Polish counterpart Jan Nowak on Monday.", "call"),
]
TRIPS = [
    f"{MINISTER}'s journey to Warsaw ended on Monday.",
    f"{MINISTER} journeyed to Warsaw on Monday.",
    f"{MINISTER} sailed to Warsaw on Monday.",
    f"{MINISTER} drove to Warsaw on Monday.",
    f"{MINISTER} stopped in Warsaw on Monday.",
]


def _meetings(text: str):
    return [(m.kind, sorted(m.participants)) for m in analyse_text(text, published=PUBLISHED).meetings]


@pytest.mark.parametrize("text, kind", MEETINGS)
def test_meeting_cues(text, kind):
    assert _meetings(text) == [(kind, ["Anna Berg", "Jan Nowak"])]


@pytest.mark.parametrize("text", TRIPS)
def test_travel_cues(text):
    assert _meetings(text) == [("visit", ["Anna Berg"])]


@pytest.mark.parametrize("text", [
    f"{MINISTER} said discussions with Poland on the tanks were going well.",
    "Discussions between Anna Berg and Jan Nowak are planned for next week.",
    "Anna Berg told reporters in a chat after the ceremony that the jets would arrive.",
    "The convoy stopped in Warsaw on Monday.",
    f"{MINISTER} stopped the tank programme on Monday.",
    f"{MINISTER} drove home the point that the jets were needed.",
    f"{MINISTER} will consult her lawyers about the deal.",
    f"{MINISTER} plans to journey to Warsaw next week.",
    f"{MINISTER} sailed through the vote.",
])
def test_meeting_guards(text):
    assert _meetings(text) == []


#: event_types.tsv: verbs and nouns of killing, fighting and seizing power; (text, event type).
EVENTS = [
    ("Gunmen murdered 12 villagers in northern Mali on Sunday.", "killings"),
    ("Militants slew 30 farmers in Borno state on Sunday.", "killings"),
    ("Soldiers slaughtered 40 civilians in the village on Sunday.", "killings"),
    ("Russian forces bombarded Kharkiv on Sunday.", "clash"),
    ("Russian jets strafed Ukrainian positions near Bakhmut on Sunday.", "clash"),
    ("Russian troops besieged Mariupol in March 2022.", "clash"),
    ("Ukrainian forces launched a raid on Crimea on Sunday.", "clash"),
    ("The incursion into Kursk began in August.", "clash"),
    ("The shelling of Kharkiv continued on Sunday.", "clash"),
    ("The bombardment of Kharkiv continued on Sunday.", "clash"),
    ("A skirmish between Indian and Chinese troops took place in Ladakh.", "clash"),
    ("The battle for Bakhmut lasted ten months.", "clash"),
    ("Army officers unseated the government of Niger in July 2023.", "coup"),
]


def _event_types(text: str):
    return [str(e.type) for e in analyse_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, kind", EVENTS)
def test_event_types(text, kind):
    assert _event_types(text) == [kind]


@pytest.mark.parametrize("text", [
    "The senator torpedoed the deal on Sunday.",
    "The company was bombarded with questions about the jets.",
    "The party unseated the governor in the election.",
    "The raid on the company's offices found documents.",
    "He faced a battle with cancer.",
])
def test_event_guards(text):
    assert _event_types(text) == []


#: licence_cues.tsv (production verbs) and lot_words.tsv (ordinals that pick one system out of a lot).
PRODUCTION_AND_LOTS = [
    ("India fabricated 200 INSAS rifles under licence from Israel.",
     [("Israel", "India", "INSAS", "licensed_production", 200)]),
    ("The fourth of 12 Type 26 frigates from the United Kingdom was delivered to Norway in May.",
     [("United Kingdom", "Norway", "Type 26", "delivered", 1)]),
    ("South Korea delivered the fifth of 18 K9 howitzers to Estonia in May.",
     [(KR, "Estonia", "K9", "delivered", 1)]),
]


@pytest.mark.parametrize("text, expected", PRODUCTION_AND_LOTS)
def test_production_and_lots(text, expected):
    assert_exactly(_transfers(text), expected)


#: event_words.tsv origin_participle: a demonym joined to one of these names where arms came from, not a party.
@pytest.mark.parametrize("participle", ["developed", "engineered", "provided", "donated", "sourced"])
def test_origin_participles(participle):
    events = analyse_text(f"Iranian-{participle} drones struck Kharkiv on Sunday.", published=PUBLISHED).events
    assert [(str(e.type), e.actors) for e in events] == [("clash", ["Ukraine"])]


def test_origin_participle_assembled():
    events = analyse_text("Turkish-assembled drones struck Kharkiv on Sunday.", published=PUBLISHED).events
    assert ("clash", ["Ukraine"]) in [(str(e.type), e.actors) for e in events]


def test_origin_participle_guard():
    events = analyse_text("Iranian drones struck Kharkiv on Sunday.", published=PUBLISHED).events
    assert [(str(e.type), e.actors) for e in events] == [("clash", ["Iran", "Ukraine"])]
