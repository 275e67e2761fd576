from __future__ import annotations

from tests.readings import analysed, figures


def _types(text: str) -> list[str]:
    return [e.type.value if hasattr(e.type, "value") else str(e.type) for e in analysed(text).events]


# --- a strike on a place of civilians that killed people is a killing, not a fight ------------------------------

def test_strike_on_a_market_that_killed_people_is_a_killing():
    assert _types("A Sudanese drone strike on a crowded market in Darfur killed 27 people in April.") == ["killings"]


def test_strike_on_an_apartment_block_by_a_named_side_is_a_killing():
    assert _types("A Russian missile strike on an apartment block in Odesa killed 11 people.") == ["killings"]


def test_guard_strike_on_a_car_stays_a_fight():
    assert _types("An Israeli drone strike on a truck near the border killed three people.") == ["clash"]


def test_guard_strike_on_a_village_that_killed_soldiers_stays_a_fight():
    assert _types("A Russian drone strike on a village killed four soldiers.") == ["clash"]


# --- an asset freeze a court orders in a criminal case is no sanction ----------------------------------------

def test_guard_judge_freezing_defendants_assets_is_no_sanction():
    text = ("The judge barred the three defendants from leaving the country and froze assets worth $4 million, but "
            "turned down the prosecutor's call to jail them.")
    assert "sanction" not in _types(text)


def test_state_freezing_assets_of_arms_brokers_stays_a_sanction():
    assert _types("The European Union froze the assets of two arms brokers on Monday.") == ["sanction"]


# --- "fighters" a relative clause buys or builds are machines, not people --------------------------------------

def test_fighters_a_state_agreed_to_buy_are_no_people():
    assert not figures("Still to come are the 40 new fighters Cairo agreed to buy from Paris in May.")
    assert not figures("Further off are the 40 fighters the air force agreed to buy from Sweden last year.")
    assert not figures("Further off are the 30 Falco fighters Lima agreed to buy from Rome in June.")


def test_guard_fighters_who_agreed_to_buy_food_stay_people():
    assert (300.0, "people") in figures("About 300 fighters agreed to buy food from the villagers.")


def test_guard_fighters_who_joined_a_militia_stay_people():
    assert (300.0, "people") in figures("The 300 fighters who joined the militia last month were disarmed.")


# --- units the lists lacked: basis points, refusals; states an exporter has sold to --------------------------

def test_basis_points_of_a_rate_cut_are_a_figure():
    assert (50.0, "basis points") in figures("The bank lowered its main rate by 50 basis points to 6 percent.")


def test_refusals_an_export_report_lists_are_a_figure():
    assert (40.0, "refusals") in figures("The annual report lists 40 refusals, worth 30 million euros.")


def test_states_an_exporter_has_sold_to_are_countries():
    assert (12.0, "countries") in figures("The company has sold its drones to at least 12 Asian states since 2019.")


def test_guard_states_of_a_federation_are_no_export_count():
    assert not figures("Heavy rain hit 12 states in the south of the country.")


# --- people driven from their homes when the parser hangs "from" on the people ----------------------------------

def test_people_forced_from_homes_after_a_dateline_are_displaced():
    found = figures("QUITO, Jan 9 (CPA) — Mudslides triggered by heavy rains forced about 1,700 people from their "
                    "homes in the Andes on Friday, the agency said.")
    assert (1700.0, "people") in found
    assert (3100.0, "people") in figures("Fires forced about 3,100 people from their homes near the coast, the fire "
                                         "service said.")


def test_guard_people_moved_from_towns_are_no_displacement_count():
    assert not figures("LIMA, March 3 (CPA) — Floods forced some 3,400 people from the coastal towns to the hills "
                       "on Monday, officials said.")
