"""Quote speakers after an abbreviated title (round 20): a rank with a bracketed aside ("Lt. Gen. (retd)") and the
engineer's title "Eng." are no speaker and cut no sentence (sentences written for these tests)."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text


def _quotes(text: str) -> set[tuple[str, str]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(q.speaker, q.text) for q in result.quotes}


def test_speaker_after_a_rank_with_a_retired_aside_is_the_person():
    found = _quotes("The border talks stalled again this week over the old dispute about the frontier.\n\n"
                    "\"Islamabad is asking for guarantees that nobody in the region is able to give,\" said Lt. Gen. "
                    "(retd) Haroon Akhtar Mirza, a former corps commander now with a research centre in Lahore.")
    assert {s for s, _ in found} == {"Haroon Akhtar Mirza"}


def test_speaker_after_the_engineer_title_is_the_person():
    found = _quotes("The two firms first agreed to cooperate on drones in 2023.\n\n\"By next spring the first "
                    "airframe will come off a line staffed by our own engineers,\" said Eng. Faisal Al-Qahtani, a "
                    "deputy governor at the industries authority.")
    assert {s for s, _ in found} == {"Faisal Al-Qahtani"}


def test_speaker_after_the_abbreviated_engineer_title_is_the_person():
    found = _quotes("The plant opened in the spring.\n\n\"The plant will double its output next year,\" said Engr. "
                    "Hamid Al-Rashed, the director of the works.")
    assert {s for s, _ in found} == {"Hamid Al-Rashed"}


def test_sentence_ending_after_a_bracket_still_ends():
    # a full stop before the bracket ends the sentence: the next one has its own speaker
    found = _quotes("The navy took delivery of the ship in May (see below). \"We are ready,\" said Admiral Omar "
                    "Tariq Khan.")
    assert {s for s, _ in found} == {"Omar Tariq Khan"}


def test_a_name_containing_eng_is_kept_whole():
    found = _quotes("\"The corvettes will arrive on time,\" said Defence Minister Ng Eng Hock.")
    assert {s for s, _ in found} == {"Ng Eng Hock"}


# --- meetings -------------------------------------------------------------------------------------------------

def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


def test_who_clause_hung_on_a_title_without_of_is_the_holders_trip():
    found = _meetings("The fourth frigate built for the navy was launched at a shipyard in Shanghai on Monday. Rear "
                      "Admiral Samir Hadi Qadri, Commander Egyptian Fleet, who travelled to Shanghai for the "
                      "occasion, was the chief guest.")
    assert ("visit", ("Samir Hadi Qadri",)) in found


def test_who_clause_on_a_title_without_motion_is_no_trip():
    assert _meetings("Rear Admiral Samir Hadi Qadri, Commander Egyptian Fleet, who spoke for an hour, said the "
                     "frigates were late.") == set()


def test_touring_with_an_officer_of_vanuatus_force_meets_him():
    found = _meetings("New Zealand's Defence Minister, Helen Carrow-Smith, toured the flooded airfield with Vanuatu "
                      "Mobile Force commander Colonel Joel Narua Kalsakau on Friday.")
    assert ("visit", ("Helen Carrow-Smith", "Joel Narua Kalsakau")) in found


# --- quotations in single marks running over paragraphs ---------------------------------------------------------

def test_single_marked_quotation_left_open_and_reopened_goes_on():
    found = _quotes("Colonel Joel Narua said the boat had carried food to the islands.\n\n'Without it, some villages "
                    "would have waited for weeks,' he said. 'We had water on the boats within a day.\n\n'That is "
                    "what this help is for, whatever the critics say.'\n\nThe relief effort continues.")
    assert found == {("Joel Narua", "Without it, some villages would have waited for weeks"),
                     ("Joel Narua", "We had water on the boats within a day."),
                     ("Joel Narua", "That is what this help is for, whatever the critics say.")}


def test_single_marked_heading_is_still_no_quotation():
    found = _quotes("Minister hails 'new era' for the navy\n\nThe navy took delivery of two ships on Monday.")
    assert found == set()


def test_unclosed_single_mark_not_reopened_is_no_quotation():
    found = _quotes("Colonel Joel Narua said the boat was late. 'Rock and roll era ships are old.\n\nThe relief "
                    "effort continues on Monday.")
    assert found == set()
