"""Event structures on sentences written for these tests (second wave of the own6-own13 error analysis): a
warship's port call the parser tells in odd shapes, an exercise the parser reads as a verb, and the guards
that keep near-misses as they were."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text


def _types(text: str) -> list[str]:
    return [e.type for e in analyse_text(text, published=datetime.date(2026, 3, 4)).events]


# --- port calls: the ship named in apposition, or as the subject of a clause on its own class noun ----------

def test_call_by_a_ship_named_in_apposition():
    assert "port_access" in _types("A Chilean corvette, the Almirante Riveros, called at Mombasa for four days "
                                   "last week.")


def test_call_for_a_number_of_days_is_no_call_for_anything():
    assert "port_access" in _types("The frigate Almirante Riveros called at Mombasa for four days last week.")


def test_warship_visit_told_by_its_class():
    assert "port_access" in _types("It was the first Chilean warship visit to Kenya in more than a decade.")


def test_ship_in_port_for_a_supply_stop():
    assert "port_access" in _types("The officials then toured the corvette Almirante Riveros, which has been in "
                                   "the port of Mombasa since Friday for a refuelling stop.")


def test_guard_calling_for_days_of_protest_is_no_port_call():
    assert _types("The opposition called for two days of protests in the capital.") == []


def test_guard_a_minister_calling_at_a_ministry():
    assert "port_access" not in _types("A Chilean minister, Ana Soto, called at the ministry on Friday.")


def test_guard_a_delegation_refuelling_stop_is_no_port_call():
    assert "port_access" not in _types("The delegation made a refuelling stop in Nairobi on its way home.")


def test_guard_a_navy_chief_visit():
    assert "port_access" not in _types("The navy chief's visit to Kenya was his first since 2019.")


# --- exercises: "held the special forces exercise", the noun after a plural modifier read as a verb --------

def test_exercise_after_a_plural_modifier_read_as_a_verb():
    assert "training" in _types('Chile, Peru and Ecuador held the trilateral "Southern Cross" special forces '
                                "exercise in Arica in May 2022.")


def test_guard_holding_troops_to_exercise_restraint():
    assert "training" not in _types("The ministers urged both armies to exercise restraint along the border.")


# --- a stop told in a "where" clause on a place the sentence gives access to: two events -------------------

def test_access_and_a_stop_in_a_where_clause_are_two_port_events():
    text = ("Chile, which signed a defence pact with Peru in 2021, also has access to the naval base at Callao, "
            "where the frigate Almirante Lynch stopped last month.")
    assert _types(text).count("port_access") == 2


def test_guard_one_stop_in_a_where_clause_is_one_event():
    assert _types("The talks were held in Callao, where the frigate Almirante Lynch stopped last month."
                  ).count("port_access") == 1


# --- a plant "producing X": the parser hangs the plant on the participle and makes X the verb's object -------

def test_opened_a_factory_producing_drones():
    assert "industrial_project" in _types("Armenia, in turn, opened a factory producing Indian Pinaka-2 rockets "
                                          "near Gyumri in 2024, which angered Baku.")


def test_guard_visiting_a_factory_producing_vehicles():
    assert "industrial_project" not in _types("Officials in turn visited a factory producing Indian Pinaka-2 "
                                              "rockets near Gyumri in 2024.")


# --- a state's pledge to train a number of another state's troops ---------------------------------------------

def test_state_will_train_a_number_of_foreign_soldiers():
    assert "training" in _types("Kenya said the trucks would arrive in two lots and that Germany would also train "
                                "80 Kenyan mechanics in their upkeep.")


def test_guard_training_set_out_under_an_agreement():
    assert "training" not in _types("Under the accord, Turkish instructors will train Ethiopian officers in "
                                    "logistics.")


def test_guard_training_that_only_could_happen():
    assert "training" not in _types("Germany could train 80 Kenyan mechanics, the paper said.")


# --- readiness and conversations: training offered or talked about is no training -------------------------

READY = "She added that Lima was ready to extend cooperation to coastal patrols and to the training of naval personnel. "


def test_training_deep_in_a_phrase_under_readiness_is_an_offer():
    assert "training" not in _types(READY)


def test_course_told_after_an_offer_of_training_is_training():
    text = READY + ("The two sides also assessed the training of Bolivian pilots and mechanics, 18 of whom "
                    "completed a course in Arequipa last year.")
    events = analyse_text(text, published=datetime.date(2026, 3, 4)).events
    assert [e.summary.split()[:3] for e in events if e.type == "training"] == [["The", "two", "sides"]]


def test_guard_agreed_to_extend_cooperation_to_training_stays():
    assert "training" in _types("Lima agreed to extend cooperation to coastal patrols and to the training of "
                                "Bolivian naval personnel.")


def test_phone_conversation_about_an_exercise_is_a_topic():
    assert "training" not in _types("On Friday the minister also had a phone conversation with his Chilean "
                                    "counterpart about the joint naval exercise under way off Iquique.")


# --- a topic noun the parser joins to the verb of a relative clause ------------------------------------------

def test_training_joined_to_a_relative_clause_stays_a_topic():
    assert "training" not in _types("The two sides also reviewed the use of the unspent funds of a 200 million USD "
                                    "defence loan that Japan extended to Peru in 2018, as well as training for "
                                    "Peruvian pilots and submarine crews in Japan.")


def test_guard_training_told_as_done_beside_a_relative_clause():
    assert "training" in _types("France trained Senegalese pilots and tank crews in 2024, using the remaining "
                                "funds of a credit line that Paris extended to Dakar in 2019.")


# --- demands listed under a lead line that calls for them ------------------------------------------------------

def test_sanctions_called_for_in_a_bulleted_list_are_a_demand():
    text = ("The monitor calls on:\n- the Security Council to impose targeted sanctions on the firms involved in the "
            "flights;\n- all states to publish their export licences for Chad.")
    assert "sanction" not in _types(text)


def test_guard_acts_listed_under_a_plain_lead_line_stay():
    text = ("In the past year:\n- the Security Council imposed targeted sanctions on the firms involved in the "
            "flights;\n- Chad's army seized power in a coup.")
    assert {"sanction", "coup"} <= set(_types(text))


# --- a coordinated clause of its own, dated apart: a second event of the type in the sentence -----------------

def test_second_killing_in_a_coordinated_clause_dated_apart():
    text = ("Police shot dead four people in Lusaka on 3 May 2021, and at least 11 died during the June 2022 fuel "
            "riots, the report said.")
    assert _types(text).count("killings") == 2


def test_guard_coordinated_clause_with_no_date_of_its_own_is_the_same_event():
    text = "Police shot dead four people in Lusaka on 3 May 2021, and at least 11 died in the crush that followed."
    assert _types(text).count("killings") == 1


# --- a finite verb the parser reads as an adjective of the noun it acts on -----------------------------------

def test_has_in_the_past_blocked_exports():
    assert "embargo" in _types("Brazil is said to be weighing more Gripen jets from Sweden, although Germany has "
                               "in the past blocked exports of the aircraft to Lima.")


def test_guard_exports_with_an_adjectival_participle_after_the_article():
    assert "embargo" not in _types("The halted exports of rifles to Lima were resumed in May.")
