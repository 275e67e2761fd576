"""Figures and events on sentences written for these tests (the own16 error analysis, checked against the same
families in the older sets): an attack noun the tagger leaves as the conjunct of its first modifier, a thing
struck from a record, port calls that are only scheduled, a ship berthed at a dockyard, aircrew counted and
trained, delegations attending an event, a group's armed members, rupees in a story of two rupee states, a
planned output per year, a share price in won, a subsidiary set up abroad, a strike later the same day as a
fight, "the plant" told again, "the group" after its full name as a supporter; and the guards that keep
near-misses as they were."""

from __future__ import annotations

from tests.readings import analysed, figures


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- events: an attack that killed people is a clash, even when the tagger splits "missile and drone attack" ---

def test_missile_and_drone_attack_told_in_a_clause_of_time():
    types = _types("The summit opened hours after an Iranian missile and drone attack on Haifa killed three people.")
    assert types.count("clash") == 1 and "killings" not in types


def test_missile_and_drone_attack_as_the_main_clause():
    types = _types("A Russian missile and drone attack on Lviv killed five people overnight.")
    assert types.count("clash") == 1 and "killings" not in types


def test_guard_gunmen_and_soldiers_killing_villagers_stay_a_killing():
    assert "killings" in _types("Rebels and soldiers killed four villagers in the raid on Monday.")


# --- events: striking a thing from a record is no attack ----------------------------------------------------

def test_frigates_struck_from_an_inventory():
    assert "clash" not in _types("Parliament voted last week to strike the old frigates from the navy's inventory.")


def test_helicopters_struck_from_a_register():
    assert "clash" not in _types("The ministry struck three obsolete helicopters from the register of the air force in May.")


def test_guard_jets_striking_positions_from_the_air():
    assert "clash" in _types("Two jets struck rebel positions from the air on Monday.")


# --- events: a port call that is only scheduled has not happened (a planned exercise stays: the gold counts it) ---

def test_destroyer_due_to_call():
    assert "port_access" not in _types("The Indian destroyer is due to call at Mombasa later this month.")


def test_submarine_due_to_visit_a_port():
    assert "port_access" not in _types("A Brazilian submarine is due to visit the port of Lagos in June.")


def test_guard_destroyer_that_called():
    assert "port_access" in _types("The destroyer called at Mombasa on Monday.")


def test_guard_a_planned_exercise_is_still_told():
    assert "training" in _types("The two navies agreed to hold a joint exercise off Zanzibar next spring.")


# --- events: a warship berthed at a dockyard or a pier ----------------------------------------------------------

def test_frigate_berthed_at_a_naval_dockyard():
    text = "The guests included the Indian frigate INS Tabar, which berthed at Mombasa's naval dockyard on Monday."
    assert "port_access" in _types(text)


def test_training_ship_moored_at_a_pier():
    assert "port_access" in _types("The Chilean training ship Esmeralda moored at the pier of Callao on Friday.")


# --- figures and events: aircrew ---------------------------------------------------------------------------------

def test_aircrew_who_passed_through_a_centre():
    assert (450.0, "people") in figures("Roughly 450 aircrew have passed through the simulator centre since 2019.")


def test_aircrew_who_completed_a_course_abroad():
    text = "Some 40 Nigerian aircrew completed their conversion course in Italy last year."
    assert (40.0, "people") in figures(text)
    assert "training" in _types(text)


# --- figures: delegations present at an event ---------------------------------------------------------------

def test_ceremony_attended_by_delegations():
    assert (35.0, "delegations") in figures("Some 35 delegations attended the closing ceremony in Accra.")


def test_air_show_received_delegations():
    assert (30.0, "delegations") in figures("The air show received more than 30 official delegations this year.")


def test_summit_drew_delegations():
    assert (25.0, "delegations") in figures("The summit drew 25 national delegations to Accra.")


def test_guard_a_delegation_of_officials_is_its_size():
    assert figures("The delegation of 12 officials arrived on Monday.") == {(12.0, "people")}


def test_guard_delegations_voting_are_votes():
    assert (40.0, "delegations") not in figures("Forty delegations voted in favour of the text.")


# --- figures: a group's armed members are its fighters -----------------------------------------------------

def test_armed_members_of_a_gang():
    assert (80.0, "people") in figures("Police estimate the gang still has some 80 armed members in the hills.")


def test_armed_members_of_a_movement():
    assert (300.0, "people") in figures("The rebel movement now has about 300 armed members, the army said.")


def test_guard_members_of_a_club_are_its_size():
    assert figures("The club has 400 members.") == {(400.0, "members")}


# --- figures: a rupee amount in a story of India and Pakistan is the rupee of the state its sentence names ----

def test_rupees_after_a_sentence_on_india():
    text = ("Pakistan raised defence spending to 2.55 trillion Pakistani rupees. India's defence ministry was given "
            "6.81 trillion Indian rupees for the year. In May it ordered 40 more Tejas jets worth about 480 billion rupees.")
    assert (480000000000.0, "INR") in figures(text)


def test_guard_rupees_after_a_sentence_on_another_state_with_a_subject_of_its_own():
    text = ("Sri Lanka's navy took over a Chinese frigate. Sri Lanka's coast guard got two boats. India had also "
            "offered a patrol aircraft. The navy says it needs about Rs. 300 million for the refit.")
    assert (300000000.0, "LKR") in figures(text)


def test_rupees_in_a_sentence_on_pakistan_in_a_story_mostly_on_india():
    text = ("India's air force has ordered more jets, and India's army wants new guns. Pakistan's navy will spend "
            "300 billion rupees on four frigates this year.")
    assert (300000000000.0, "PKR") in figures(text)


def test_guard_rupees_in_a_story_of_one_rupee_state():
    assert (50000000000.0, "INR") in figures("India's army will spend 50 billion rupees on new rifles.")


# --- figures: a planned output per unit of time is a plant's capacity ---------------------------------------

def test_howitzers_per_month():
    assert (40.0, "howitzers") in figures("The new line should manufacture 40 howitzers per month from 2027.")


def test_vehicles_annually():
    assert (60.0, "vehicles") in figures("The plant will produce 60 armoured vehicles annually.")


def test_guard_planned_output_with_no_rate():
    assert figures("The company will produce 30 missiles.") == set()


def test_guard_a_school_producing_pilots():
    assert figures("The school will produce 200 pilots a year.") == set()


# --- figures: a share price in won, which the tagger reads as the verb -------------------------------------

def test_stock_rose_to_a_price_in_won():
    assert (131000.0, "KRW") in figures("The company's stock rose to 131,000 won on Tuesday.")


def test_shares_closed_at_a_price_in_won():
    assert (187400.0, "KRW") in figures("LIG Nex1 shares closed at 187,400 won after the order.")


def test_guard_a_year_before_the_verb_won():
    assert figures("Hanwha in 2023 won an order for 18 guns.") == set()


# --- events: a subsidiary set up abroad -----------------------------

def test_subsidiary_registered_abroad():
    assert "industrial_project" in _types("Saab registered a local subsidiary in Brazil to support the Gripen fleet.")


def test_subsidiary_set_up_abroad():
    assert "industrial_project" in _types("Rheinmetall set up a subsidiary in Lithuania last year to make shells.")


def test_guard_a_subsidiary_reporting_sales():
    assert "industrial_project" not in _types("The company's subsidiary in Brazil reported higher sales.")


# --- events: a strike later the same day, right after a fight, is part of that fight ------------------------

def test_helicopters_struck_later_that_day():
    text = ("Three soldiers were killed in a firefight with rebels near Goma on Sunday, the army said. Two helicopters "
            "of the Congolese air force struck the rebels' positions later that day.")
    assert _types(text).count("clash") == 1


def test_jets_bombed_later_in_the_morning():
    text = "Gunmen attacked a checkpoint near Marawi at dawn on Tuesday. Army jets bombed their hideout later in the morning."
    assert _types(text).count("clash") == 1


def test_guard_a_strike_days_later_is_another_clash():
    text = "Rebels ambushed an army convoy near Gao on Friday. Days later, jihadists attacked a police post in Niger."
    assert _types(text).count("clash") == 2


def test_guard_a_strike_by_the_other_side_with_no_same_day_mark():
    text = "Russian forces shelled Kharkiv on Monday. Ukrainian drones struck an oil depot in Russia."
    assert _types(text).count("clash") == 2


# --- events: "the plant" told again right after its project is that project ---------------------------------

def test_the_plant_built_with_an_investment():
    text = ("Leonardo inaugurated a helicopter plant near Ankara on Monday. The plant was built with an investment of "
            "90 million euros and will employ 400 people.")
    assert _types(text).count("industrial_project") == 1


def test_the_factory_built_with_state_funds_beside_another_project():
    text = ("Hanwha opened an ammunition factory in Australia last year. The factory has been built with state funds. "
            "In a separate move, Rheinmetall plans to set up a shell plant in Lithuania.")
    assert _types(text).count("industrial_project") == 2


# --- events: a body a definite common noun refers back to states its support -------------------------------

def test_the_community_after_its_full_name():
    text = ("Leaders gathered for a summit of the Southern African Development Community. The community reaffirmed "
            "its support for Mozambique's territorial integrity.")
    assert "statement_of_support" in _types(text)


def test_the_group_after_its_full_name():
    text = "Officials of the Lima Group met on Monday. The group reaffirmed its support for Venezuela's sovereignty."
    assert "statement_of_support" in _types(text)


def test_guard_a_group_named_nowhere_before():
    assert "statement_of_support" not in _types("The group reaffirmed its support for Georgia's sovereignty.")
