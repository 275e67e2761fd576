"""Figures and events on sentences written for these tests (the own15 error analysis, checked against the same
families in the older sets): posts created, people on board, a ship's company, an event's audience, people facing
hunger, people of a coordinated subject who begin training, things seized, a plant's capacity, operated weapons
told with how they came, Peru's sol sign, a federation's dollar; sanctions stated by a participle under a doubt
about something else, plants inaugurated, repair workshops, forces training together, an embargo covering a
region, an exercise told in the lead and again below, a participle misread as the main verb, a headline's
mention giving way to the story's; and the guards that keep near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed, figures


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- figures: posts a programme creates ------------------------------------------------------------------

def test_jobs_a_plant_will_create():
    assert (1500.0, "jobs") in figures("The shipyard contract will create about 1,500 jobs over the next decade.")


def test_jobs_a_programme_supports():
    assert (4000.0, "jobs") in figures("The programme is expected to support more than 4,000 jobs in the region.")


# --- figures: people on board, a ship's company ---------------------------------------------------------------

def test_sailors_on_board_a_visiting_ship():
    assert (180.0, "people") in figures("The frigate arrived in Durban with 180 sailors on board.")


def test_cadets_aboard_a_training_ship():
    assert (60.0, "people") in figures("About 60 cadets were aboard the training ship when it docked in Lisbon.")


def test_students_on_board_told_first():
    assert (25.0, "people") in figures("On board were 40 officers and 25 students from the naval school.")


def test_guard_passengers_a_ferry_can_carry_on_board():
    assert (300.0, "people") not in figures("The ferry can carry 300 passengers on board.")


def test_crew_of_a_ship_sailing_home():
    assert (45.0, "people") in figures("The patrol vessel sailed for home with a crew of 45.")


def test_guard_crew_of_a_tank_is_a_specification():
    assert figures("The tank has a crew of three.") == set()


def test_guard_crew_a_class_of_ships_carries_is_a_specification():
    assert (90.0, "people") not in figures("The old corvettes each displace 1,500 tons and carry a crew of about 90.")


# --- figures: an event's audience ------------------------------------------------------------------------------

def test_guests_who_attended_a_ceremony():
    assert (400.0, "people") in figures("Some 400 guests attended the launch ceremony at the shipyard.")


def test_guests_as_the_agent_of_attended():
    assert (250.0, "people") in figures("The commissioning was attended by about 250 guests, including the minister.")


def test_visitors_in_a_relative_clause():
    assert (150.0, "people") in figures("The corvette was handed over at a ceremony that 150 visitors attended.")


def test_guard_generals_attending_a_parade_are_no_audience_count():
    assert figures("Two generals attended the parade.") == set()


# --- figures: people facing hunger -----------------------------------------------------------------------------

def test_people_facing_hunger():
    assert (3e6, "people") in figures("Nearly 3 million people face severe hunger in the region, the UN says.")


def test_number_alone_facing_famine():
    assert (2e6, "people") in figures("Aid agencies say some 2 million face famine this winter.")


def test_guard_people_facing_an_election_are_no_plight():
    assert figures("Five million people face an uncertain winter.") == set()


# --- figures: people of a coordinated subject who begin training --------------------------------------------

def test_second_trade_of_a_subject_that_begins_training():
    assert (25.0, "people") in figures("Ten instructors and 25 engineers will begin training in Spain next year.")


def test_guard_trade_coordinated_with_a_group_that_started_training_still_counts():
    assert (20.0, "people") in figures("A group of six pilots and about 20 technicians started training in Italy "
                                       "in March.")


def test_guard_things_coordinated_with_trainees_are_no_people():
    assert (25.0, "people") not in figures("Ten instructors and 25 trucks will arrive in Spain next year.")


# --- figures: things seized, a plant's capacity -----------------------------------------------------------------

def test_vessels_seized_and_the_year_before():
    found = figures("The coast guard said 45 fishing vessels were seized in the bay last year, up from 30 in 2023.")
    assert {(45.0, "vessels"), (30.0, "vessels")} <= found


def test_count_compared_before_the_span_that_dates_it():
    assert (81.0, "incidents") in figures("Monitors recorded 18 incidents in the strait in 2024, against 81 four years "
                                          "earlier.")


def test_count_up_from_one_before_a_span():
    assert (22.0, "boats") in figures("The navy detained 31 boats last year, up from 22 two years earlier.")


def test_guard_day_of_a_date_before_a_span_is_no_count():
    assert figures("The exercise ended on 3 June two years earlier.") == set()


def test_guard_digits_and_scale_words_still_run_together():
    assert (36.0, "people") in figures("Some 3 dozen troops were killed.")


def test_people_facing_hunger_with_the_verb_read_as_a_noun():
    assert (2.5e7, "people") in figures("The UN says nearly 25 million face acute hunger.")


def test_trucks_impounded():
    assert (12.0, "trucks") in figures("Customs officers impounded 12 trucks carrying rifles near the border.")


def test_guard_people_detained_stay_people():
    found = figures("Police detained 14 protesters outside the ministry.")
    assert (14.0, "people") in found and (14.0, "protesters") not in found


def test_annual_capacity_of_a_plant():
    assert (120.0, "vehicles") in figures("The new factory will have an annual capacity of 120 armoured vehicles.")


def test_guard_capacity_of_a_warship_is_a_specification():
    assert figures("The frigate has a capacity of 12 helicopters.") == set()


def test_operated_weapons_told_with_their_purchase_are_no_fleet_figure():
    assert figures("The Royal Navy operates five patrol vessels that were bought from Denmark in 2019.") == set()


def test_operated_weapons_without_their_purchase_stay_a_fleet():
    assert (6.0, "ships") in figures("The navy operates six frigates, the minister said.")


# --- figures: currencies ----------------------------------------------------------------------------------------

def test_peruvian_sol_sign_glued_to_the_amount():
    assert (4.2e9, "PEN") in figures("The loan, worth roughly S/4.2 billion, would pay for the new trainers.")


def test_peruvian_sol_sign_apart_from_the_amount():
    assert (9e8, "PEN") in figures("Lima will spend S/ 900 million on the radars.")


def test_guard_slash_word_before_a_number():
    assert figures("The and/or 4 units were listed.") == set()


def test_bare_dollar_of_a_federation_whose_partner_is_named_more():
    text = ("Australia has picked Japan to build its frigates. The federal government said Japan would build the "
            "first three in Japan and Australia would build the rest. Japan beat Germany. The government has set "
            "aside up to $10 billion for the ships, and Australia expects Japan to deliver on time, Australia's "
            "minister said.")
    assert (1e10, "AUD") in figures(text)


# --- events -----------------------------------------------------------------------------------------------------

def test_sanctions_stated_by_a_participle_under_a_doubt_about_else():
    assert "sanction" in _types("Manila cancelled a contract for Russian helicopters, fearing it could fall foul of "
                                "U.S. sanctions imposed on Moscow.")


def test_guard_sanctions_that_could_be_imposed():
    assert "sanction" not in _types("Washington could impose sanctions on the firm next month.")


def test_guard_sanctions_that_might_be_imposed():
    assert "sanction" not in _types("The minister said new sanctions might be imposed on Minsk.")


def test_plant_inaugurated():
    assert "industrial_project" in _types("The company inaugurated its new ammunition plant near Ankara on Monday.")


def test_guard_school_year_inaugurated():
    assert "industrial_project" not in _types("The minister inaugurated the new school year on Monday.")


def test_repair_workshop_opened():
    assert "industrial_project" in _types("Rheinmetall opened a repair workshop for tanks in Lviv in May.")


def test_guard_workshop_on_leadership():
    assert "industrial_project" not in _types("The embassy opened a workshop on leadership for young officers.")


def test_warships_of_two_states_train_together():
    assert "training" in _types("French and Indian warships train together every year, most recently in the "
                                "Arabian Sea in May.")


def test_guard_forces_that_could_train_together():
    assert "training" not in _types("Both navies could train together next year if funding allows.")


def test_embargo_covering_a_region():
    assert "embargo" in _types("A European arms embargo has covered the country since 2011.")


def test_exercise_told_in_the_lead_and_again_is_one():
    text = ("BANGKOK, May 5 - Thai and American troops opened their annual drills on Tuesday amid tension at sea. "
            "The Cobra Gold exercise, which began on Tuesday, involves 9,000 personnel from Thailand, the United "
            "States and Japan.")
    assert _types(text).count("training") == 1


def test_guard_two_exercises_of_other_parties_on_one_day_stay_two():
    text = ("Indian and French troops began a joint exercise in Rajasthan on Monday. Separately, Chinese and "
            "Russian warships started joint naval drills in the Sea of Japan on Monday.")
    assert _types(text).count("training") == 2


def test_participle_misread_as_the_main_verb_still_tells_an_assembly():
    assert "assembly" in _types("The first Hürjet trainer assembled under licence from Turkish Aerospace at the new "
                                "plant of Indonesian Aerospace near Bandung was unveiled in April.")


def test_guard_firm_that_assembled_nothing_named_is_no_assembly():
    assert "assembly" not in _types("Turkish Aerospace assembled at the new plant near Bandung last year.")


def test_headline_mention_gives_way_to_the_story_sentence():
    text = ("First Polish-assembled K2 tanks roll out at Gliwice\n\nWARSAW – Bumar on May 3 presented the first two "
            "K2 tanks assembled at its plant in Gliwice under a licence from Hyundai Rotem, marking the start of "
            "serial production.")
    found = [e for e in analysed(text).events if e.type == "assembly"]
    assert len(found) == 1 and found[0].evidence.sentence.rstrip().endswith(".")
