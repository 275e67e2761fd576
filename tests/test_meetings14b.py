"""Meeting structures of the second own13 wave, on sentences written for these tests: the speaker of a transcript's
or interview's turn behind "I", names after a long title the NER missed or took for a body, the presider of a
ceremony another state's official attended; and the guards that keep near-misses as they were."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from armstrack.nlp import people

import readings


_result, _meetings, _people = readings.analysed, readings.meetings, readings.meeting_people


def _names(text: str) -> set[str]:
    return {p.name for p in _result(text).people}


# --- meetings: "I" in a transcript or interview is the speaker of the turn --------------------------------------

HEARING = ("SENATE | Record of Proceedings | Tuesday, March 3, 2026\n\n"
           "Ms. Laila Osei (Northern Ward): Can the Minister tell the House when the frigates will arrive?\n\n"
           "The Minister of Defence (Hon. Tomas Ferreira Lind): Madam President, the first ship is due in June. ")


def test_i_in_a_hansard_turn_is_the_minister_who_holds_it():
    text = HEARING + "I went to the shipyard in Gdansk in January to see the hull before launch."
    assert ("Tomas Ferreira Lind",) in _people(text)


def test_i_in_a_later_paragraph_of_the_same_turn():
    text = HEARING + "\n\nThe contract price is unchanged. I myself visited the yard in February."
    assert ("Tomas Ferreira Lind",) in _people(text)


INTERVIEW = ("Interview: the navy's procurement head on patrol boats\n\n"
             "Rear Admiral Nadia Okonkwo-Bello has run the navy's purchasing office since 2023.\n\n"
             "SEAWATCH: When does the first boat arrive?\n\n")


def test_i_in_an_interview_answer_is_the_surname_in_capitals():
    text = INTERVIEW + "OKONKWO-BELLO: Next spring. I was at the builder's yard in Toulon in January to check the schedule."
    assert ("Nadia Okonkwo-Bello",) in _people(text)


def test_we_met_in_a_turn_gives_the_speaker_and_the_person_met():
    text = ("Host: Ida Lund. Guests: Jens Olsen Dahl, chair of the defence committee.\n\n"
            "LUND: Jens, you travelled to Vilnius in May.\n\n"
            "DAHL: We met the deputy foreign minister, Rasa Petrauskaite, on the first day.")
    assert ("Jens Olsen Dahl", "Rasa Petrauskaite") in _people(text)


def test_i_after_the_interviewer_label_is_nobody():
    # the interviewer's label names no person: an "I" in that turn is not the guest's
    text = INTERVIEW + "SEAWATCH: I was in Toulon in January myself. Is the schedule holding?"
    assert not _people(text)


def test_i_in_an_ordinary_article_is_no_one():
    text = ("Rear Admiral Nadia Okonkwo-Bello spoke to reporters on Monday.\n\n"
            "Readers wrote to us: I visited the museum in Toulon in January and liked it.")
    assert ("Nadia Okonkwo-Bello",) not in _people(text)


def test_a_label_with_a_verb_is_no_turn():
    text = ("Minister Tomas Ferreira Lind said on Monday: the schedule holds.\n\n"
            "I visited the yard in Gdansk in January, a reader wrote.")
    assert ("Tomas Ferreira Lind",) not in _people(text)


# --- meetings: being in a stage of talks is no being in the country the talks are with ----------------------------

def test_in_the_final_stage_of_talks_with_a_country_is_no_visit():
    text = "Minister Carla Duarte Neves said on Friday that she was in the last phase of negotiations with Norway on the boats."
    assert not _meetings(text)


def test_was_in_a_country_is_still_a_visit():
    text = "Minister Carla Duarte Neves said on Friday that she was in Norway last week."
    assert ("Carla Duarte Neves",) in _people(text)


# --- people: a name after a long title the NER missed or took for a body ------------------------------------------

def test_honorific_name_after_a_title_is_a_person():
    text = ("Later, Mr Kenji Arakawa was received by the Minister of the Interior, Mr Idriss Moussa Guedi, with "
            "whom he signed a protocol on coast guard training.")
    assert "Idriss Moussa Guedi" in _names(text)
    assert ("Idriss Moussa Guedi", "Kenji Arakawa") in _people(text)


# The NER's misreadings of unfamiliar names depend on wording it rarely repeats, so the rules are tested on Docs
# built by hand (spaCy's own way: a model change cannot break them): (word, head, dependency, part of speech, entity).

def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    words, heads, deps, pos, ents = zip(*rows)
    # (an English vocabulary: the rules read lexical attributes such as is_punct and is_alpha)
    return Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), ents=list(ents))


# "the Minister of Defence, Mr Ali Daher Said, spoke": the NER took one word of the name for a body
HONORIFIC_AFTER_TITLE = [
    ("the", 1, "det", "DET", "O"), ("Minister", 10, "nsubj", "PROPN", "O"), ("of", 1, "prep", "ADP", "O"),
    ("Defence", 2, "pobj", "PROPN", "O"), (",", 1, "punct", "PUNCT", "O"), ("Mr", 8, "compound", "PROPN", "O"),
    ("Ali", 8, "compound", "PROPN", "O"), ("Daher", 8, "compound", "PROPN", "B-ORG"),
    ("Said", 1, "appos", "PROPN", "O"), (",", 1, "punct", "PUNCT", "O"), ("spoke", 10, "ROOT", "VERB", "O"),
    (".", 10, "punct", "PUNCT", "O")]


def test_an_honorific_after_the_comma_of_a_title_opens_the_name():
    doc = _doc(HONORIFIC_AFTER_TITLE)
    found = {words for _, _, words in people._missed_names(doc, [], {1, 2, 3})}
    assert ("Ali", "Daher", "Said") in found


def test_an_honorific_before_a_single_word_is_no_name():
    # "the Minister of Defence, Mr Said, spoke": one word after the honorific is a surname the NER handles
    doc = _doc([
        ("the", 1, "det", "DET", "O"), ("Minister", 8, "nsubj", "PROPN", "O"), ("of", 1, "prep", "ADP", "O"),
        ("Defence", 2, "pobj", "PROPN", "O"), (",", 1, "punct", "PUNCT", "O"), ("Mr", 6, "compound", "PROPN", "O"),
        ("Said", 1, "appos", "PROPN", "O"), (",", 1, "punct", "PUNCT", "O"), ("spoke", 8, "ROOT", "VERB", "O"),
        (".", 8, "punct", "PUNCT", "O")])
    found = {words for _, _, words in people._missed_names(doc, [], {1, 2, 3})}
    assert not any("Said" in w for w in found)


# "Saab's vice-president for Europe, Joao Tavares Lemos, spoke": the NER took the whole name for a body
FOR_TITLE = [
    ("Saab", 2, "poss", "PROPN", "B-ORG"), ("'s", 0, "case", "PART", "O"), ("president", 10, "nsubj", "NOUN", "O"),
    ("for", 2, "prep", "ADP", "O"), ("Europe", 3, "pobj", "PROPN", "B-LOC"), (",", 4, "punct", "PUNCT", "O"),
    ("Joao", 8, "compound", "PROPN", "B-ORG"), ("Tavares", 8, "compound", "PROPN", "I-ORG"),
    ("Lemos", 4, "appos", "PROPN", "I-ORG"), (",", 2, "punct", "PUNCT", "O"), ("spoke", 10, "ROOT", "VERB", "O"),
    (".", 10, "punct", "PUNCT", "O")]


def test_a_name_the_ner_took_for_a_body_after_a_for_title_is_a_person():
    doc = _doc(FOR_TITLE)
    found = {words for _, _, words in people._missed_names(doc, [], {2})}
    assert ("Joao", "Tavares", "Lemos") in found


def test_a_body_with_a_body_word_after_a_for_title_stays_a_body():
    rows = list(FOR_TITLE)
    rows[8] = ("Systems", 4, "appos", "PROPN", "I-ORG")
    doc = _doc(rows)
    found = {words for _, _, words in people._missed_names(doc, [], {2})}
    assert not any(w[-1] == "Systems" for w in found)


def test_a_company_after_a_title_stays_a_body():
    text = "The minister of industry, Rheinmetall Defence Systems, and the navy signed the plan on Monday."
    assert "Rheinmetall Defence Systems" not in _names(text)


# --- meetings: the presider of a ceremony another state's official attended -----------------------------------------

CEREMONY = "The Ghanaian Air Force on Monday took delivery of two transport aircraft during a ceremony in Tamale.\n\n"


def test_presiding_over_the_ceremony_meets_the_foreign_envoy_who_attended():
    text = CEREMONY + ("Presiding over the ceremony, the Minister of Defence, Mr Kwame Asante Boadu, said the aircraft "
                       "would serve the northern bases.\n\nSpain's ambassador in Accra, Mrs Lucia Herrero, who "
                       "attended the ceremony, welcomed the partnership.")
    assert ("Kwame Asante Boadu", "Lucia Herrero") in _people(text)


def test_presiding_alone_is_no_meeting():
    text = CEREMONY + ("Presiding over the ceremony, the Minister of Defence, Mr Kwame Asante Boadu, said the aircraft "
                       "would serve the northern bases.")
    assert not _meetings(text)


def test_presiding_over_a_budget_is_no_meeting():
    text = ("The Minister of Defence, Kwame Asante Boadu, has presided over a rise in spending. Spain's ambassador, "
            "Lucia Herrero, praised it.")
    assert not _meetings(text)


# --- meetings: an official who "also attended" the talks, or in whose presence they were held, met the other side -

VISIT = ("Chile's Defence Minister Laura Paz Ortega arrived in Lima on Monday for a two-day visit. Peru's Defence "
         "Minister, Jorge Salas Quispe, received her at the ministry. ")


def test_also_attended_by_gives_the_attendee_and_the_guest():
    text = VISIT + ("The meeting, which was also attended by the Commander of the Peruvian Army, General Hugo Tello "
                    "Rivas, covered border patrols.")
    found = _people(text)
    assert ("Jorge Salas Quispe", "Laura Paz Ortega") in found
    assert ("Hugo Tello Rivas", "Laura Paz Ortega") in found


def test_in_the_presence_of_gives_the_attendee_and_the_guest():
    text = VISIT + ("The meeting, which took place in the presence of the Chief of the Joint Command, Admiral Ruth "
                    "Mendez Soto, covered border patrols.")
    found = _people(text)
    assert ("Laura Paz Ortega", "Ruth Mendez Soto") in found
    assert ("Jorge Salas Quispe", "Laura Paz Ortega") in found


def test_attendees_of_both_sides_each_meet_the_other_principal():
    text = ("Chile's Defence Minister Laura Paz Ortega arrived in Lima on Monday for a two-day visit. She held talks "
            "with Peru's Defence Minister Jorge Salas Quispe. Before the signing, the two ministers held closed-door "
            "talks which were also attended by Peruvian Army Commander General Hugo Tello Rivas and Chilean Navy "
            "Commander Admiral Pedro Ruiz Lagos.")
    found = _people(text)
    assert ("Hugo Tello Rivas", "Laura Paz Ortega") in found
    assert ("Jorge Salas Quispe", "Pedro Ruiz Lagos") in found


def test_a_bare_attended_by_list_joins_the_one_meeting():
    # guard: "The meeting was attended by X and officers of both sides" lists the delegations (one record)
    text = VISIT + "The meeting was attended by the Commander of the Peruvian Army, General Hugo Tello Rivas."
    found = _people(text)
    assert ("Hugo Tello Rivas", "Laura Paz Ortega") not in found
    assert any(len(p) == 3 for p in found)


# --- meetings: talks held "before the signing" are the signing's lead-up, not a second encounter -------------------

def test_talks_before_the_signing_fold_into_it():
    text = ("Chile's Defence Minister Laura Paz Ortega and Peru's Defence Minister Jorge Salas Quispe signed a plan "
            "on joint border patrols in Lima on Tuesday. Before the signing, the two ministers held talks on "
            "cadet exchanges.")
    found = _meetings(text)
    assert ("signing", ("Jorge Salas Quispe", "Laura Paz Ortega")) in found
    assert ("meeting", ("Jorge Salas Quispe", "Laura Paz Ortega")) not in found


def test_talks_after_which_they_signed_stay_a_meeting():
    # guard: "At the end of the meeting they signed" tells the talks and the signing apart
    text = ("Peru's Defence Minister Jorge Salas Quispe held talks in Lima on Tuesday with Chile's Defence Minister "
            "Laura Paz Ortega. At the end of the meeting they signed a plan on joint border patrols.")
    found = _meetings(text)
    assert ("meeting", ("Jorge Salas Quispe", "Laura Paz Ortega")) in found
    assert ("signing", ("Jorge Salas Quispe", "Laura Paz Ortega")) in found


# --- meetings: a heading between paragraphs does not push "the two men" out of reach -------------------------------

TRIAL = ("Daniel Borg Azzopardi, 54, of Qormi, director of the shipping firm Delta Marine Ltd, was found guilty of "
         "brokering arms without a licence. His co-accused, Libyan national Karim Saleh Mansour, 47, was convicted "
         "in his absence.\n\n")


def test_the_two_men_after_a_heading_are_the_two_named_before_it():
    text = TRIAL + ("What the court established\n\nAccording to the judgment, the two men met in Tunis in June 2018, "
                    "where Mansour asked Azzopardi to find rifles.")
    assert ("Daniel Borg Azzopardi", "Karim Saleh Mansour") in _people(text)


def test_the_two_men_beyond_several_sentences_are_still_no_one():
    # guard: a heading is skipped, a sentence of the telling is not
    text = TRIAL + ("The case took two years. Witnesses from three countries were heard. The court sat in Valletta "
                    "for forty days.\n\nAccording to the judgment, the two men met in Tunis in June 2018.")
    assert ("Daniel Borg Azzopardi", "Karim Saleh Mansour") not in _people(text)
