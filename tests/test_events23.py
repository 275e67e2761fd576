"""Events on sentences written for these tests (the x20ev cross-set pass over own6, own7, own14, own16-own19 and
dev): a halt of a state's exports or arms transfers to another is an embargo; pilots a state sends to train
abroad are trainees; a US state or base names the United States as the place of training."""

from __future__ import annotations

from readings import analysed


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, tuple(e.actors)) for e in analysed(text).events]


def _types(text: str) -> list[str]:
    return [e.type for e in analysed(text).events]


# --- a state that halts its exports, or its transfers of arms, to another imposes an embargo ---------------------

def test_exports_halted_to_a_named_state_with_no_goods_named():
    assert "embargo" in _types("Norway has since said it stopped exports to Chile when the junta took over.")


def test_transfers_of_arms_ended_to_a_state_named_before():
    assert "embargo" in _types("Canada abstained on the resolution but announced later that it had halted "
                               "transfers of weapons to the regime.")


def test_guard_exports_of_other_goods_halted_are_no_embargo():
    assert "embargo" not in _types("Norway has since said it stopped exports of salmon to Chile.")


def test_guard_exports_named_by_their_goods_are_no_embargo():
    assert "embargo" not in _types("Norway halted fertiliser exports to Chile in March.")


def test_guard_one_further_transfer_of_arms_stopped_is_no_policy():
    assert "embargo" not in _types("A further transfer of weapons to Chile was halted at the border.")


# --- pilots sent to train abroad: the object of the sending verb is who trains -----------------------------------

def test_pilots_a_state_sends_to_train_abroad():
    assert "training" in _types("Kenya has sent twelve pilots to train in France on the new jets.")


def test_guard_goods_sent_to_train_nobody_named():
    assert "training" not in _types("Kenya has sent two tanks to train in France.")


# --- a US state or a US base names the United States as where crews trained --------------------------------------

def test_crews_trained_at_a_base_in_a_us_state():
    assert ("training", ("United States",)) in _events(
        "Gunners trained on the rocket launchers at Fort Bliss before the first battery arrived.")


def test_crews_trained_in_a_us_state():
    assert ("training", ("United States",)) in _events("Its crews trained in Arizona before the delivery.")


def test_guard_crews_trained_at_home_name_no_other_state():
    assert _types("Crews trained on the launchers at the home range before the first battery arrived.") == []


# --- a fight with no party and no date of its own, told after a clash, is that clash told again -------------------

def test_a_shelling_told_after_the_attack_just_reported_is_no_second_clash():
    assert _types("Rebels attacked an army post near the river on Tuesday. A police spokesman said officers had "
                  "shelled rebel positions in the hills.") == ["clash"]


def test_losses_in_the_exchanges_told_later_are_no_second_clash():
    assert _types("Rebels attacked an army post near the river on Tuesday. The army said nine of its men died in "
                  "the exchanges and more than 40 rebels were killed.").count("clash") == 1


def test_guard_an_earlier_fight_with_a_date_of_its_own_stays_apart():
    assert _types("Rebels attacked an army post near the river on Tuesday. Two summers ago, clashes over grazing "
                  "land near the same river killed 30 people.").count("clash") == 2


# --- a coordinated verb with a subject or object of its own is no renewal of the measure ---------------------------

def test_another_state_ending_its_own_programme_is_no_renewal_of_the_embargo():
    found = [(e.type, e.date) for e in analysed(
        "Canada has kept an arms embargo on Chile since 1999, and Norway ended its Chile aid programme in 2021.").events]
    assert found.count(("embargo", "2021")) == 0 and ("embargo", "1999") in found


def test_guard_an_embargo_extended_again_is_a_renewal():
    found = [(e.type, e.date) for e in analysed(
        "The council imposed an arms embargo on the islands in 2004 and extended it in 2024.").events]
    assert ("embargo", "2004") in found and ("embargo", "2024") in found


# --- training a sale includes is a part of the deal still to come, no training held -------------------------------

def test_training_a_deal_also_covered():
    assert "training" not in _types("Quito signed for the pair in May in a deal valued at €300 million, which also "
                                    "covered training of the crews in Spain.")


def test_guard_training_received_under_a_deal_was_held():
    assert "training" in _types("Forty Ecuadorian engineers received training in Ferrol last year under the deal.")


# --- a strike from afar whose sentence tells the people it killed is that killing, not also a fight ---------------

def test_air_strikes_that_killed_civilians_are_killings_only():
    assert _types("Monitors say air strikes on farming villages have killed hundreds of civilians.") == ["killings"]


def test_drones_launched_against_a_city_killing_people_are_killings_only():
    assert _types("The army launched 300 drones against the capital overnight on Monday, killing at least nine "
                  "people.") == ["killings"]


def test_guard_fighting_that_killed_people_stays_a_clash_beside_its_toll():
    assert "clash" in _types("Fighting between rival militias in the port city on Monday killed at least 30 people.")


def test_guard_a_strike_with_no_deaths_told_stays_a_clash():
    assert _types("Jets struck rebel positions near the border on Monday.") == ["clash"]


# --- a plant opened, told in a relative clause on it or with the plant as the subject --------------------------------

def test_a_workshop_named_as_what_a_firm_opened_in_a_relative_clause():
    assert "industrial_project" in _types("Officials toured the repair workshop that Navantia opened at Mombasa "
                                          "in June.")


def test_a_factory_that_opened_told_intransitively():
    assert "industrial_project" in _types("In Kenya, a drone factory opened near Mombasa in May 2022.")


def test_guard_a_workshop_a_firm_runs_is_no_project():
    assert _types("The workshop that Navantia runs at Mombasa repairs patrol boats.") == []


def test_guard_a_factory_that_opened_its_doors_to_visitors():
    assert "industrial_project" not in _types("The factory opened its doors to reporters on Monday.")


def test_a_plant_of_foreign_design_is_no_plant_designed_for_later():
    assert "industrial_project" in _types("In Kenya, an Iranian-designed Mohajer-6 drone factory opened near "
                                          "Mombasa in May 2022.")


def test_guard_a_plant_designed_to_open_later_is_still_blocked():
    assert "industrial_project" not in _types("A factory designed to build drones may open near Mombasa.")
