"""Events told in general ways the extractor missed or over-read: sentences written for these tests
(invented people and firms, real countries and systems), each with the event types it must (or must not) give."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)  # a Wednesday


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_licence_hung_on_the_plant_or_the_design(parsed):
    """ "building jets at its plant under licence", "frigates based on a design under a licence": the parser
    hangs "under" on the noun before it, not on the verb of building."""
    assert _types(parsed, "Tata Advanced Systems is now building 20 C-295 transport aircraft at its Vadodara "
                          "plant under licence from Spain.") == ["industrial_project"]
    assert _types(parsed, "In Gdynia, the naval yard PGZ Stocznia is building three frigates based on the "
                          "British Type 31 design under a licence from Babcock.") == ["industrial_project"]


def test_an_annual_exercise_is_an_exercise(parsed):
    assert _types(parsed, "The annual exercise with Japanese troops will run from 3 to 14 August in East "
                          "Java.") == ["training"]


def test_participants_joining_the_drills_are_no_second_exercise(parsed):
    """ "the drills" with nothing of their own, right after an exercise is told, is that exercise."""
    text = ("Ghanaian and US troops held the Flintlock exercise near Accra in March. Some 900 soldiers took part, "
            "with Dutch and Belgian units joining parts of the drills.")
    assert _types(parsed, text) == ["training"]


def test_an_exercise_edition_is_an_exercise_held(parsed):
    """An exercise's edition, named with the exercise or right after it, and a second edition of the same
    sentence when its date differs."""
    text = ("Kenya will host the fourth edition of the regional Justified Accord exercise in November. "
            "The previous edition, held in 2023, focused on peacekeeping and disaster relief.")
    assert _types(parsed, text) == ["training", "training"]
    text = ("Omani and British soldiers will hold the Desert Lance exercise in Oman again in December, the "
            "ministry said, after the 2024 edition was held near Salalah with some 300 troops.")
    dates = [e.date for e in extract_events(*parsed(text, published=PUBLISHED))]
    assert len(dates) == 2 and "2024" in dates


def test_an_edition_of_a_show_is_no_exercise(parsed):
    assert _types(parsed, "The 2024 edition of the Eurosatory show was held in Paris with 2,000 exhibitors.") == []


def test_a_ban_on_arms_exports_imposed(parsed):
    """ "the ban on exports of weapons, imposed in May": a ban on the arms trade itself, not only an "arms ban"."""
    text = ("Officials said the temporary ban on exports of ammunition, imposed by the cabinet in May, would stay "
            "in force until the end of the year.")
    assert _types(parsed, text) == ["embargo"]
    assert _types(parsed, "The cabinet imposed a ban on exports of cheese to Norway in May.") == []


def test_a_buyer_stating_it_will_stop_buying_arms(parsed):
    text = "The Bolivian government has said it will stop buying Russian weapons after the dispute over spare parts."
    assert _types(parsed, text) == ["embargo"]
    assert _types(parsed, "The Bolivian government has said it will stop buying Russian wheat.") == []


def test_a_heading_restating_a_body_event_is_no_second_event(parsed):
    """A heading line naming no party, or only parties the body's sentence names, tells the body's event."""
    text = ("Crews begin training as ammunition export halt stays in place\n\n"
            "The Slovak government on Monday halted exports of ammunition to Azerbaijan, officials said.")
    assert _types(parsed, text).count("embargo") == 1
    text = "Chad embargo extended\n\nOn Friday the UN Security Council extended the arms embargo on Chad for another year."
    assert _types(parsed, text) == ["embargo"]


def test_a_base_kept_in_another_state_is_port_access(parsed):
    text = "France maintains a military base in Djibouti under a 1977 treaty, officials said."
    assert _types(parsed, text) == ["port_access"]
    assert _types(parsed, "France maintains a large air base in Lyon.") == []


def test_a_vote_told_right_after_the_un_body_acts(parsed):
    """ "The resolution was adopted by 13 votes ...": a passive sentence with no body of its own goes on about
    the UN body named just before; a parliament's own vote does not."""
    text = ("On Friday, the UN Security Council renewed the arms embargo on Libya for a further year. The "
            "resolution was adopted by 13 votes in favour, with two abstentions.")
    assert "un_vote" in _types(parsed, text)
    text = "The UN Security Council met on Monday. The senate adopted a resolution by 61 votes to 30."
    assert "un_vote" not in _types(parsed, text)


def test_a_yard_starting_to_build_a_warship(parsed):
    text = "Separately, Ghana Naval Dockyards in Sekondi has begun building a 50-metre patrol vessel for the navy."
    assert _types(parsed, text) == ["industrial_project"]
    assert _types(parsed, "The navy has begun building a new pier at Sekondi.") == []


def test_ties_of_named_states_called_a_symbol(parsed):
    text = "Chilean Defence Minister Rosa Vidal described the frigate deal as a symbol of the friendship between Chile and Spain."
    assert _types(parsed, text) == ["statement_of_support"]
    text = ("The Spanish envoy, Pablo Serrano, described the handover as proof of a partnership that goes beyond "
            "hardware.")
    assert _types(parsed, text) == []


def test_a_comparison_of_causes_of_death_is_no_killing(parsed):
    text = "Roadside bombs have killed more of our troops than any other weapon in the Sahel, the colonel said."
    assert "killings" not in _types(parsed, text)
    assert _types(parsed, "Gunmen killed more than 30 villagers in Zamfara on Sunday.") == ["killings"]


def test_training_set_to_begin(parsed):
    """Training set to begin is a programme under way, as a planned exercise is; a mere possibility is not."""
    assert _types(parsed, "Moroccan pilots will begin training at Eglin Air Force Base in Florida next year.") \
        == ["training"]
    assert _types(parsed, "Polish crews will start training on the K2 tanks in Korea in March.") == ["training"]
    assert _types(parsed, "Indonesian pilots could begin training in France next year.") == []


def test_a_stand_one_is_thanked_for_is_not_the_speakers(parsed):
    text = '"We thank the Japanese people for standing with Fiji," said Defence Minister Mele Tavola.'
    assert _types(parsed, text) == []


def test_cooperation_at_the_forefront_of_relations(parsed):
    text = ("Moroccan army chief Youssef Alaoui told his guest that defence cooperation was at the forefront of "
            "ties between Rabat and Paris.")
    assert _types(parsed, text) == ["statement_of_support"]


def test_one_speakers_position_told_again_after_a_joint_one(parsed):
    """A joint statement of two ministers, then one of them praising the ties again: one position each."""
    text = ('Chilean Defence Minister Rosa Vidal and her Peruvian counterpart Jorge Salas reaffirmed their '
            'commitment to deeper defence cooperation. "The partnership between Chile and Peru is vital for '
            'both our countries," Vidal said.')
    assert _types(parsed, text) == ["statement_of_support"]


def test_final_assembly_carried_out_locally(parsed):
    text = "Part of the final assembly and servicing will be carried out by Patria in Tampere, the minister said."
    assert _types(parsed, text) == ["assembly"]
    assert _types(parsed, "Saab has offered its Gripen E to Peru, with final assembly in Lima.") == []
    assert _types(parsed, "The final assembly of the drones could be carried out in Poland.") == []


def test_the_toll_of_an_attack_is_the_attack(parsed):
    """ "an attack on X that killed one civilian": the killing is the attack's toll, one clash."""
    text = "Rebels fired mortars at the base in Gao on Friday, in an attack that killed two civilians."
    assert _types(parsed, text) == ["clash"]


def test_the_killings_of_clashes_told_in_a_passive_clause_are_killings(parsed):
    """ "the clashes, in which more than 80 people were killed": the clause reports the killings themselves."""
    text = "Both armies moved tanks to the border after the 2021 clashes between Armenia and Azerbaijan, in which " \
           "more than 80 people were killed."
    assert "killings" in _types(parsed, text)


def test_exercises_a_place_makes_possible_are_none_held(parsed):
    text = "Officials said the three new sites would enable combined training, drills and disaster relief."
    assert _types(parsed, text) == []
    assert _types(parsed, "Thai and US marines held a combined exercise at the Sattahip base in May.") == ["training"]


def test_assembling_as_a_purpose_is_no_assembly(parsed):
    text = "The Danish firm refused to ship the engines after hearing they would serve for assembling frigates for export."
    assert _types(parsed, text) == []
    assert _types(parsed, "Workers at the Ankara plant are assembling 20 Kirpi vehicles for the Qatari army.") \
        == ["assembly"]


def test_makers_named_as_agents_are_background(parsed):
    """ "was jointly developed by A and B": the system's makers, background; the act reported stays one."""
    assert _types(parsed, "The Kaplan tank, jointly developed by FNSS and Pindad, entered service in 2021.") == []
    assert _types(parsed, "The radar was jointly developed by Sweden and Norway.") == []
    assert _types(parsed, "Turkey and Indonesia jointly developed the Kaplan tank.") == ["industrial_project"]


def test_a_boat_being_built_with_help_told_of_a_delivered_one(parsed):
    """ "the first of six corvettes being built with Turkish assistance": how the delivered boat was made."""
    text = ("The Ukrainian Navy on Friday took delivery of the Hetman, the first of four corvettes being built "
            "with Turkish assistance, at a ceremony in Istanbul.")
    assert "industrial_project" not in _types(parsed, text)
    text = "Two more corvettes are being built at the Okean yard in Mykolaiv with Turkish assistance."
    assert _types(parsed, text) == ["industrial_project"]
