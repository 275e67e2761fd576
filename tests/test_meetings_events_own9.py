"""Meeting and event structures seen on unseen articles, on sentences written for these tests: signings of a
"document", a "who" clause the parser hangs on the last noun of a title, a lone signer of an agreement told
just before, and a Joint Chiefs of Staff that belongs to no one state."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text

PUBLISHED = datetime.date(2024, 6, 12)  # a Wednesday


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=PUBLISHED)
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


@pytest.mark.parametrize("text", [
    "The document was signed at the ministry by Defence Minister Jorge Alvarado Rivas and Pierre Lambert, "
    "vice-president for sales of the French manufacturer.",
    "At the airbase event last Thursday, US Ambassador Karen Miller and Air Force Commander Brig. Gen. Ahmad "
    "Saleh signed the transfer documents.",
])
def test_signing_a_document_is_a_signing(text):
    found = _meetings(text)
    assert any(kind == "signing" and len(people) == 2 for kind, people in found)


def test_a_who_clause_on_a_title_is_the_holders_trip():
    text = ("Army chief General Omar Haddad and Lt. Gen. John Smith, deputy commander of the US Central Command, "
            "who arrived in Amman on Monday, attended the closing ceremony.")
    assert ("visit", ("John Smith",)) in _meetings(text)


def test_a_who_clause_on_a_place_is_no_trip():
    text = "Defence Minister Rafael Ortiz spoke to soldiers at the base near Lima, who arrived there on Monday."
    assert ("visit", ("Rafael Ortiz",)) not in _meetings(text)


def test_the_lone_signer_of_the_document_joins_the_ceremony():
    text = ("The ceremony at the Ministry of Defence in Lima was attended by Defence Minister Carlos Ortega Rojas "
            "and Spain's ambassador Lucia Ferrer Gil. The document was signed on the Spanish side by Navantia "
            "director Pablo Serrano Vidal.")
    found = _meetings(text)
    assert not any(people == ("Pablo Serrano Vidal",) for _, people in found)
    assert any("Pablo Serrano Vidal" in people and "Carlos Ortega Rojas" in people for _, people in found)


def test_a_chairman_of_the_joint_chiefs_is_no_american_by_that_title():
    text = ("Chairman of the Joint Chiefs of Staff Lt. Gen. Omar Haddad and Lt. Gen. John Smith, deputy commander "
            "of the US Central Command, attended the closing ceremony in Amman.")
    assert any(people == ("John Smith", "Omar Haddad") for _, people in _meetings(text))


def test_one_signer_alone_is_no_signing_record():
    text = "Defence Minister Rafael Ortiz signed the helicopter contract at the ministry on Monday."
    assert not any(kind == "signing" for kind, _ in _meetings(text))


def test_flying_out_for_a_signing_still_tells_a_presence():
    text = "Anna de Vries, the Dutch defence minister, flew out on Monday for the signing of the frigate contract."
    assert any("Anna de Vries" in people for _, people in _meetings(text))


def test_a_ceremony_both_attended_folds_into_their_talks():
    text = ("The ceremony in Accra on Monday was attended by Ghanaian Defence Minister Kofi Mensah and Turkish "
            "deputy minister Selin Kaya. During the visit, Mensah and Kaya also held talks on training.")
    found = _meetings(text)
    pair = ("Kofi Mensah", "Selin Kaya")
    assert ("conference", pair) not in found
    assert any(people == pair for _, people in found)


def test_talks_added_to_a_signing_are_no_second_meeting():
    text = ("Defence Minister Kofi Mensah signed a memorandum with Turkish deputy minister Selin Kaya on Monday. "
            "The two ministers also discussed maritime security.")
    found = _meetings(text)
    assert ("signing", ("Kofi Mensah", "Selin Kaya")) in found
    assert ("meeting", ("Kofi Mensah", "Selin Kaya")) not in found


def test_talks_held_later_than_a_signing_stay_a_meeting():
    text = ("Defence Minister Kofi Mensah signed a memorandum in Accra in the presence of Turkish deputy minister "
            "Selin Kaya, with whom he later held talks on training.")
    assert any(kind != "signing" and people == ("Kofi Mensah", "Selin Kaya") for kind, people in _meetings(text))


def _event_types(text: str) -> list[str]:
    return [e.type.value for e in analyse_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    "The EU has banned the sale of arms and related military equipment to Belarus since June 2011.",
    "Canada stopped the export of weapons to Myanmar in 2021.",
])
def test_banning_the_sale_of_arms_is_an_embargo(text):
    assert "embargo" in _event_types(text)


@pytest.mark.parametrize("text", [
    "A further shipment of 300 rifle scopes was stopped by customs at Antwerp in May 2023.",
    "The ministry briefly halted the shipment of 200 guided bombs sold to Cairo under a 2016 contract.",
])
def test_one_lot_stopped_on_its_way_is_no_embargo(text):
    assert "embargo" not in _event_types(text)


def test_halting_arms_shipments_stays_an_embargo():
    assert "embargo" in _event_types("Germany halted arms shipments to Turkey in 2019.")


def test_a_warship_calling_at_a_named_city_is_port_access():
    text = "The Chinese navy hospital ship Silk Road called at Apia, where it treated patients for a week."
    assert "port_access" in _event_types(text)


def test_a_minister_calling_at_an_embassy_is_no_port_access():
    assert "port_access" not in _event_types("The minister called at the embassy in Paris on Monday.")


@pytest.mark.parametrize("text", [
    '"Japan supports Kenya\'s contribution to peace in Haiti," Minister Kenji Sato said.',
    'Austin assured the minister that the United States "fully supports" Poland\'s plans to expand its army.',
])
def test_a_state_backing_another_states_plans_or_role_is_support(text):
    assert "statement_of_support" in _event_types(text)


def test_backing_a_party_plan_at_home_is_no_support_between_states():
    assert "statement_of_support" not in _event_types("The opposition supports the government's plan to raise taxes.")


def test_the_exercise_told_again_later_is_the_same_exercise():
    text = ("The navies of Chile and Peru ended a joint naval exercise off Callao on Tuesday. "
            "Admiral Juan Soto praised the crews. "
            "He said the two fleets had worked well together. "
            "Officials from both ministries attended a dinner afterwards. "
            "The exercise, which began on May 20, focused on mine clearance and search and rescue.")
    assert _event_types(text).count("training") == 1


def test_clashes_on_the_border_of_two_states_name_both_even_under_a_plan():
    text = ("The minister said that after the armed clashes on the Armenian-Azerbaijani border at the end of May "
            "the army would receive new rifles.")
    events = analyse_text(text, published=PUBLISHED).events
    clash = next(e for e in events if e.type.value == "clash")
    assert set(clash.actors) >= {"Armenia", "Azerbaijan"}


def test_clashes_on_a_border_of_one_state_name_no_border_clash():
    text = "The minister said that after the armed clashes on the northern border the army would receive new rifles."
    assert "clash" not in _event_types(text)


def test_training_after_which_a_ship_will_sail_is_still_to_come():
    text = "The frigate will sail to Mombasa later this year after sea training for its crew in Kenya."
    assert "training" not in _event_types(text)


def test_training_in_a_main_clause_after_an_expected_delivery_is_kept():
    text = ("The first launchers are expected in 2026, and Estonian soldiers will begin training on them in the "
            "United States next year.")
    assert "training" in _event_types(text)


def test_training_someone_only_hopes_for_is_no_training():
    text = ("The minister hopes that the talks succeed and that Estonian soldiers begin training in the United "
            "States next year.")
    assert "training" not in _event_types(text)


def test_saying_a_weapon_will_make_a_state_a_stronger_ally_is_support():
    text = ('General John Smith of the US Air Force said the jet would make Romania "a stronger ally on NATO\'s '
            'eastern flank".')
    assert "statement_of_support" in _event_types(text)


def test_standing_beside_a_named_official_is_an_encounter():
    text = ("Deputy Defence Minister Ana Petrova, who flew to the United States for the ceremony, stood beside "
            "Brigadier General Dana Miller of the US Air Force as the jet left the hangar.")
    assert any(people == ("Ana Petrova", "Dana Miller") for _, people in _meetings(text))


def test_standing_beside_a_jet_or_a_state_is_no_meeting():
    for text in ("Defence Minister Ana Petrova stood beside the new jet as it left the hangar.",
                 "Poland will stand alongside Ukraine, Defence Minister Ana Petrova said."):
        assert not any(kind == "meeting" for kind, _ in _meetings(text))


def test_banning_gun_sales_to_civilians_is_no_embargo():
    assert "embargo" not in _event_types("The government banned the sale of weapons to civilians in 2019.")


def _embargo_dates(text: str) -> set[str | None]:
    return {e.date for e in analyse_text(text, published=PUBLISHED).events if e.type.value == "embargo"}


def test_a_measure_imposed_then_renewed_on_its_own_date_is_two_events():
    text = "The Council imposed an arms embargo on Libya in 2011 and extended it in May 2023."
    assert _embargo_dates(text) == {"2011", "2023-05"}


def test_a_measure_renewed_with_no_date_of_its_own_is_one_event():
    text = "The EU imposed an arms embargo on Syria in 2011 and renewed it every year."
    assert _embargo_dates(text) == {"2011"}
