"""Figures and events on sentences written for these tests (the own14 error analysis): currencies whose sign or
name several states share or that are ordinary words, numbers that are clock times or part of a counted whole,
people counted as members of a force or as the trainees of a course, and the guards that keep near-misses as
they were."""

from __future__ import annotations

from tests.readings import analysed, figures


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- currencies: "CFA francs" of the state named, "C$" of Nicaragua, Congolese francs, "GY$", "TOP 120" -------

def test_cfa_francs_of_a_central_african_state():
    assert (20e9, "XAF") in figures("Cameroon ordered the patrol boats in May for 20 billion CFA francs. Cameroon "
                                    "hopes to take delivery next year.")


def test_cfa_francs_of_a_west_african_state_stay_west_african():
    assert (20e9, "XOF") in figures("Senegal ordered the patrol boats in May for 20 billion CFA francs.")


def test_cordoba_sign_in_a_nicaraguan_story():
    assert (3.9e9, "NIO") in figures("Nicaragua's army budget is C$3.9 billion this year, and Nicaragua does not "
                                     "publish what it buys.")


def test_canadian_dollar_sign_in_a_canadian_story():
    assert (3.9e9, "CAD") in figures("Canada's army budget is C$3.9 billion this year.")


def test_congolese_francs_are_dr_congo_currency():
    assert (9e11, "CDF") in figures("Kinshasa allocates 900 billion Congolese francs to defence this year.")


def test_guyanese_dollar_sign():
    assert (8.6e9, "GYD") in figures("The contract, worth about GY$8.6 billion, was signed in Georgetown.")


def test_code_that_is_a_word_in_capitals_before_an_amount():
    assert {(120.0, "TOP"), (150.0, "TOP")} <= figures("In July the monthly pension rose from TOP 120 to TOP 150.")


def test_guard_code_word_stressed_after_a_determiner():
    assert figures("He named his TOP 10 picks for the year.") == set()


def test_guard_code_word_in_a_headline_in_capitals():
    assert figures("TOP 10 PICKS FOR 2024") == set()


def test_guard_code_word_before_a_count_of_things():
    assert figures("PEN 24 jets were grounded.") == set()


# --- numbers that count no people: a clock time, part of a whole of things ----------------------------------

def test_guard_entry_time_of_a_live_page_is_no_number():
    assert figures("14:30 - Turkish mission meets chief of staff") == set()


def test_guard_part_of_a_lot_of_vehicles_is_no_people_count():
    assert figures("The last 20 of the 50 armoured vehicles had reached the capital in June.") == set()


def test_part_of_a_group_of_people_still_counts():
    assert (12.0, "people") in figures("Twelve of the 40 villagers were killed in the raid.")


# --- people: members of an armed force, the size of a force, trainees on a course ---------------------------

def test_members_of_an_armed_force():
    assert (32.0, "people") in figures("Thirty-two members of the Fijian armed forces came home on Friday from the "
                                       "exercise.")


def test_members_of_a_named_force_written_in_capitals():
    assert (40.0, "people") in figures("Forty members of the Royal Armed Forces returned from the drills.")


def test_guard_members_of_a_council_are_no_people_count():
    assert (5.0, "people") not in figures("Five members of the city council visited the port.")


def test_size_of_a_force_without_a_noun():
    assert (1000.0, "people") in figures("Kenya will send a force of 1,000 to the island.")


def test_officers_following_courses():
    assert (14.0, "people") in figures("The minister met the 14 officers currently following courses at the "
                                       "academy.")


def test_officers_who_attend_courses():
    assert (14.0, "people") in figures("The minister met 14 officers who are attending courses at the academy.")


def test_guard_officers_planning_a_course():
    assert figures("The minister met 14 officers who are planning a course.") == set()


def test_guard_instructors_giving_courses():
    assert figures("He thanked the 30 instructors giving courses to the cadets.") == set()


# --- events: a verb the tagger took for a plural noun, a warship berthed or entering a port, gunfire between
# armed groups and its toll told next, an economic blockade, an embargo that stays in force -----------------

def test_sanctions_as_a_present_tense_verb():
    assert "sanction" in _types("The US Treasury sanctions two senior army officers and a state bank.")


def test_sanctions_as_a_verb_in_a_timeline_entry():
    assert "sanction" in _types("May 2024 – The US Treasury sanctions two senior army officers and the army's "
                                "pension fund, accusing them of fraud.")


def test_guard_sanctions_noun_with_its_own_phrase_still_one_event():
    assert _types("The EU sanctions on two senior army officers took effect.") == ["sanction"]


def test_warship_berthed_told_in_the_passive():
    assert "port_access" in _types("From 4 to 7 March the Indian Navy destroyer INS Delhi was berthed at Port Louis "
                                   "harbour.")


def test_warship_berthed_at_a_wharf():
    assert "port_access" in _types("The Chilean frigate Almirante Lynch was berthed at Prince Wharf last week.")


def test_warship_berthing_read_as_a_participle_on_the_sentence_noun():
    assert "port_access" in _types("The Indian destroyer INS Delhi berthed at Port Louis harbour on Monday.")


def test_warship_entering_a_port():
    assert "port_access" in _types("The Chilean frigate Almirante Lynch entered the port of Callao on Sunday.")


def test_guard_protesters_entering_a_port():
    assert "port_access" not in _types("The protesters entered the port of Callao on Sunday.")


def test_guard_trucks_moored_at_a_harbour():
    assert "port_access" not in _types("The trucks were moored at the harbour for a week.")


def test_gunfire_between_armed_groups_is_a_clash():
    assert "clash" in _types("Residents report heavy gunfire in Misrata between two armed groups.")


def test_guard_celebratory_gunfire_is_no_clash():
    assert _types("Celebratory gunfire was heard in Misrata on Friday.") == []


def test_toll_told_right_after_a_clash_is_that_clash():
    assert _types("Residents report heavy gunfire in Misrata between two armed groups. The health ministry says "
                  "four people were killed and six wounded.") == ["clash"]


def test_guard_killing_by_a_named_killer_after_a_clash_stays():
    assert "killings" in _types("Two militias clashed in Misrata on Friday. Gunmen shot dead four farmers on "
                                "Saturday.")


def test_economic_blockade_is_an_embargo():
    assert "embargo" in _types("The assembly again condemned the US economic blockade of Venezuela.")


def test_call_for_an_end_to_a_blockade_presupposes_it():
    assert "embargo" in _types("The resolution called for an end to the US economic and financial blockade of "
                               "Venezuela.")


def test_guard_call_for_sanctions_is_no_sanction():
    assert _types("Lawmakers called for sanctions on the generals.") == []


def test_guard_naval_blockade_is_no_embargo():
    assert "embargo" not in _types("The naval blockade of the port continued for a week.")


def test_embargo_remaining_in_force():
    assert "embargo" in _types("The arms embargo on the rebel militias remains in force.")


def test_guard_embargo_judged_necessary_is_no_event():
    assert _types("He said the embargo remained necessary while fighting continued.") == []
