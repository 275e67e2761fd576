"""Events: each type from its triggers and the parse around them, and what must not become one
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events
from armstrack.records import EVENT_TYPES

PUBLISHED = date(2023, 5, 10)  # a Wednesday


def events_of(parsed, text: str, published: date | None = PUBLISHED):
    return extract_events(*parsed(text, published=published))


def one(parsed, text: str, kind: str, **kwargs):
    found = [e for e in events_of(parsed, text, **kwargs) if e.type == kind]
    assert len(found) == 1, found
    return found[0]


# --- each type -------------------------------------------------------------------------------------

def test_coup_with_its_date_and_military(parsed):
    ev = one(parsed, "Soldiers in Niger seized power on July 26, 2022, detaining the president.", "coup")
    assert ev.date == "2022-07-26" and ev.actors == ["Niger military"]
    assert ev.plover == "COERCE" and ev.cameo == "170"


def test_the_same_coup_named_again_is_one_event_with_the_most_precise_date(parsed):
    text = ("Sudan's army has ruled since the coup. Protests against the coup continue. "
            "The army's Oct. 25 coup ended a power-sharing deal.")
    (ev,) = [e for e in events_of(parsed, text) if e.type == "coup"]
    assert ev.date == "2022-10-25"
    assert ev.actors == ["Sudan military"]


def test_the_coup_is_shown_by_the_sentence_that_states_it(parsed):
    text = ("Exports continued despite the coup in Mali in May. "
            "In that coup, the army seized power from the transitional president.")
    (ev,) = [e for e in events_of(parsed, text) if e.type == "coup"]
    assert "seized power" in ev.evidence.sentence and ev.date == "2023-05"


def test_un_vote(parsed):
    ev = one(parsed, "On Monday, the UN General Assembly adopted a resolution condemning the annexation.",
             "un_vote")
    assert ev.date == "2023-05-08" and ev.actors[0] == "UN General Assembly"
    assert ev.plover == "ACCUSE" and ev.cameo == "111"


def test_sanction_and_a_similar_measure_the_same_day(parsed):
    text = ("The European Union imposed sanctions on four Iranian drone makers on Tuesday. "
            "Canada announced similar measures.")
    first, second = [e for e in events_of(parsed, text) if e.type == "sanction"]
    assert first.actors == ["European Union"] and first.date == "2023-05-09"
    assert second.actors == ["Canada"] and second.date == "2023-05-09"
    assert first.plover == "SANCTION" and first.cameo == "163"


def test_sanctions_named_with_their_imposer_and_target(parsed):
    ev = one(parsed, "Headwinds include British sanctions on Belarusian arms exporters.", "sanction")
    assert ev.actors == ["United Kingdom"]


def test_embargo(parsed):
    ev = one(parsed, "Canada and Norway have maintained an arms embargo on Belarus since 2014.", "embargo")
    assert ev.actors == ["Canada", "Norway"] and ev.date == "2014"


def test_killings_with_perpetrator_and_as_of_date(parsed):
    ev = one(parsed, "Iran's security forces have killed 76 protesters as of Monday, a rights group said.",
             "killings")
    assert ev.actors == ["Iran security forces"] and ev.date == "2023-05-08"


def test_killings_without_perpetrator(parsed):
    ev = one(parsed, "More than 40 people were killed in the market on Sunday.", "killings")
    assert ev.actors == [] and ev.date == "2023-05-07"


def test_clash_with_an_unnamed_armed_group(parsed):
    ev = one(parsed, "On Tuesday, Chadian troops clashed with a rebel group near the border.", "clash")
    assert ev.actors == ["Chad troops", "rebel group"] and ev.date == "2023-05-09"


def test_clash_firing_at_a_target(parsed):
    ev = one(parsed, "In March, Chinese coast guard ships fired water cannon at two Vietnamese fishing boats.",
             "clash")
    assert ev.actors == ["China", "Vietnam"] and ev.date == "2023-03"


def test_port_access(parsed):
    ev = one(parsed, "In 2019 the two navies agreed on the entry of Indian warships to Omani ports.",
             "port_access")
    assert set(ev.actors) >= {"India", "Oman"} and ev.date == "2019"


def test_training(parsed):
    ev = one(parsed, "Last year Turkey trained 300 Somali officers at its base in Mogadishu.", "training")
    assert ev.actors[:2] == ["Turkey", "Somalia"] and ev.date == "2022"


@pytest.mark.parametrize("text", [
    "Kenya and Uganda will hold joint naval exercises on Lake Victoria in June.",
    "Troops from nine states took part in exercise Golden Falcon near Muscat.",
    "Rabat and Paris agreed to conduct a large exercise in the desert next spring.",
    "The accord will permit joint patrols and exercises in both countries.",
])
def test_exercises_held_or_planned_are_training(parsed, text):
    one(parsed, text, "training")


def test_an_exercise_of_judgement_is_not_training(parsed):
    assert [e for e in events_of(parsed, "The court urged the minister to exercise restraint.")
            if e.type == "training"] == []


def test_training_given_as_aid_names_its_trainees_in_the_giving_clause(parsed):
    text = "Japan provided $4 million worth of training and radios to the Ghana Armed Forces in May."
    ev = one(parsed, text, "training")
    assert "Japan" in ev.actors


def test_a_training_package_for_no_one_named_is_no_training_event(parsed):
    text = "The firm won a $90 million military equipment and training package in 2021."
    assert [e for e in events_of(parsed, text) if e.type == "training"] == []


def test_trained_in_a_state(parsed):
    one(parsed, "The crews of the new patrol boats were trained in Italy.", "training")


def test_assembly(parsed):
    ev = one(parsed, "Technicians in Algeria have been assembling armoured vehicles from German kits.",
             "assembly")
    assert "Algeria" in ev.actors


def test_industrial_project_by_licence(parsed):
    ev = one(parsed, "From 2025 the howitzers are to be produced under licence at a plant near Cairo.",
             "industrial_project")
    assert ev.date == "2025"


@pytest.mark.parametrize("text", [
    "Peru has been building the patrol boats under licence from Spain since 2019.",
    "The rifles will be made under licence at a new factory near Lima.",
])
def test_licence_production_under_way_or_to_come_is_a_project(parsed, text):
    one(parsed, text, "industrial_project")


def test_units_that_were_built_under_licence_are_provenance_not_a_project(parsed):
    text = "The twelve helicopters, bought from a Chilean firm, were manufactured under licence from a Spanish company."
    assert [e for e in events_of(parsed, text) if e.type == "industrial_project"] == []


def test_industrial_project_development(parsed):
    ev = one(parsed, "Belarus and Serbia agreed to build a joint venture for drone engines.", "industrial_project")
    assert ev.actors[:2] == ["Belarus", "Serbia"]


@pytest.mark.parametrize("text, actors", [
    ("Beijing considers Islamabad a reliable strategic partner, the foreign ministry said.", ["China"]),
    ("Moscow backs the junta in Bamako.", ["Russia"]),
    ("Alongside Iran, Russia has shielded Syria from condemnation at the UN.", ["Russia", "Iran"]),
    ("China has called the crackdown an internal affair of Nicaragua.", ["China"]),
    ("Hanoi is committed to deepening defence ties with New Delhi, the minister said.", ["Vietnam"]),
])
def test_statements_of_support(parsed, text, actors):
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors[:len(actors)] == actors


@pytest.mark.parametrize("text, actors", [
    ("The Dutch minister reaffirmed Peru's firm support for the peace plan.", None),
    ("Finland pledged support for Moldova in defending its borders.", ["Finland"]),
    ("Kenya reiterated its full commitment to the regional force.", ["Kenya"]),
    ("Chile appreciates Spain's supportive position, the ministry said.", ["Chile"]),
    ("Oslo has condemned the missile strikes on Ukrainian power plants.", ["Norway"]),
])
def test_voiced_support(parsed, text, actors):
    ev = one(parsed, text, "statement_of_support")
    if actors:
        assert ev.actors[:len(actors)] == actors


def test_a_participle_clause_is_not_under_the_main_verbs_call(parsed):
    text = ("Japan's Foreign Minister Ken Sato urged closer coordination with Manila when he visited the city, "
            "pledging support for its coast guard.")
    ev = one(parsed, text, "statement_of_support")
    assert "Ken Sato" in ev.actors


def test_agreeing_to_deepen_ties_is_a_statement_but_agreeing_to_supply_is_not(parsed):
    ev = one(parsed, "Peru and Chile held talks in Lima. In March the two nations agreed to reinforce their naval "
                     "cooperation.", "statement_of_support")
    assert ev.actors == ["Peru", "Chile"]
    assert [e for e in events_of(parsed, "In March, Spain agreed to supply Chile with radars.")
            if e.type == "statement_of_support"] == []


@pytest.mark.parametrize("text", [
    "Chile intends to expand its naval cooperation with Peru, the admiral said.",
    "Lima seeks to deepen defence ties with Quito.",
    "The Peruvian ministry stands ready to support Chilean shipbuilders.",
    "Uruguay aims to strengthen military relations with Paraguay.",
])
def test_an_intention_or_a_readiness_is_no_statement_of_support(parsed, text):
    """A plan or a wish to deepen ties is not yet a stated commitment or endorsement."""
    assert [e for e in events_of(parsed, text) if e.type == "statement_of_support"] == []


def test_a_pledge_or_a_resolve_to_deepen_ties_is_a_statement(parsed):
    one(parsed, "Quito has pledged to deepen defence ties with Lima.", "statement_of_support")
    one(parsed, "Lima is determined to deepen defence ties with Quito.", "statement_of_support")


def test_the_same_sanctions_told_again_are_one_event_with_the_better_date(parsed):
    text = ("Canada has imposed sanctions on three Ruritanian generals. "
            "Ottawa announced on Monday that the sanctions also freeze their bank accounts.")
    (ev,) = [e for e in events_of(parsed, text) if e.type == "sanction"]
    assert ev.actors[:1] == ["Canada"] and ev.date == "2023-05-08"


def test_sanctions_on_different_dates_stay_apart(parsed):
    text = ("Norway imposed sanctions on the Ruritanian junta in 2019. "
            "In March, Norway imposed sanctions on two Ruritanian generals.")
    assert sorted(e.date for e in events_of(parsed, text) if e.type == "sanction") == ["2019", "2023-03"]


def test_a_relative_clause_is_not_dated_by_its_main_clause(parsed):
    text = "In June, reporters visited the village where soldiers killed 40 villagers."
    ev = one(parsed, text, "killings")
    assert ev.date is None


def test_her_country_is_committed_to_supporting(parsed):
    text = ("Austria's Defence Minister Eva Gruber met her Czech counterpart. "
            "Gruber said that her country remains committed to supporting the joint training centre.")
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors[:1] == ["Austria"]


def test_the_speaker_of_a_long_reported_clause(parsed):
    text = ("Italy's Defence Minister Marta Conti met Peru's Defence Minister Luis Soto in Rome. "
            "Ahead of her talks with Soto, Conti said Italy is ready to sell more jets to Peru if it asks "
            "and that her country is committed to supporting the Peruvian shipyards.")
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors[:2] == ["Italy", "Marta Conti"]


def test_one_of_a_states_main_partners(parsed):
    text = ("Brazil's Defence Minister Jose Mucio visited Rome. "
            "Mucio said Italy was one of Brazil's main partners in naval construction.")
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors == ["Brazil", "Jose Mucio"]


def test_standing_with_a_state_in_a_quote(parsed):
    text = ('Poland\'s Defence Minister Jan Nowak travelled to Vilnius. '
            '"We stand with Lithuania," Nowak said.')
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors == ["Poland", "Jan Nowak"]


def test_support_in_a_relative_clause_is_background(parsed):
    text = "Both Britain and Iran, which has long backed the Syrian government, said they were watching."
    assert [e for e in events_of(parsed, text) if e.type == "statement_of_support"] == []


def test_support_without_a_voicing_verb_is_no_statement(parsed):
    assert [e for e in events_of(parsed, "The agency runs a support office in Lagos.")
            if e.type == "statement_of_support"] == []


# --- more trigger families ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The militia has killed hundreds of villagers.", "killings"),
    ("Civilian deaths have doubled since the mercenaries arrived.", "killings"),
    ("Officers beat the student to death in a cell.", "killings"),
    ("The UN General Assembly passed the treaty by 130 votes to 4.", "un_vote"),
    ("Ottawa imposed an arms export ban on Riyadh in 2019.", "embargo"),
    ("The package includes targeted sanctions on five officials.", "sanction"),
    ("Ethiopia's army defeated rebel forces near the town.", "clash"),
    ("The militia launched an assault on the city in May.", "clash"),
    ("Veterans of the 1999 war marched in Asmara.", "clash"),
    ("The conflict with Eritrea cost the country dearly.", "clash"),
    ("Chad's army joined the fight against Boko Haram in 2015.", "clash"),
    ("The treaty allowed Britain to base warships in Oman.", "port_access"),
    ("The two firms signed a memorandum of understanding on industrial cooperation in April.",
     "industrial_project"),
    ("The rifle was jointly developed with Italy.", "industrial_project"),
    ("The firm will set up a helicopter repair centre near Nairobi.", "industrial_project"),
    ("Lima is in talks with Seoul on the setting up of a tank maintenance centre.", "industrial_project"),
    ("The rebels pushed back an offensive on the port by government troops.", "clash"),
    ("Tank production is under way at the plant in Izmir.", "industrial_project"),
])
def test_trigger_families(parsed, text, kind):
    one(parsed, text, kind)


@pytest.mark.parametrize("text, kind", [
    ("The army took power in Bamako in August.", "coup"),
    ("The military takeover was condemned across the region.", "coup"),
    ("China abstained when the UN Security Council voted on the text in June.", "un_vote"),
    ("Russia vetoed the draft resolution at the UN Security Council on Friday.", "un_vote"),
    ("Brussels froze the assets of four generals in June.", "sanction"),
    ("Sudan has been under a UN arms embargo since 2004.", "embargo"),
    ("The coalition carried out airstrikes on rebel positions near the port.", "clash"),
    ("A Chinese destroyer visited the port of Colombo in May.", "port_access"),
])
def test_more_general_triggers(parsed, text, kind):
    one(parsed, text, kind)


def test_a_delivered_ship_arriving_is_no_port_visit(parsed):
    assert [e for e in events_of(parsed, "The new corvette is to arrive at the port of Durban in June.")
            if e.type == "port_access"] == []


def test_a_condition_mixes_words_and_word_lists():
    from armstrack.extract.events import Checker, lexicon
    checker = Checker.__new__(Checker)
    checker.lex = lexicon()
    assert {"relation", "cooperation", "support"} <= checker._words("_ties,support")


def test_the_council_after_the_un_security_council_is_a_un_vote(parsed):
    text = ("The UN Security Council met on Monday. "
            "By a resolution adopted without a vote, the Council renewed the mission's mandate.")
    one(parsed, text, "un_vote")


def test_a_conflict_between_the_army_and_protesters_is_no_clash(parsed):
    text = "The envoy spoke of the conflict between the military and unarmed protesters."
    assert [e for e in events_of(parsed, text) if e.type == "clash"] == []


def test_ties_at_a_new_level_but_not_any_new_level(parsed):
    text = ("Mongolia's Defence Minister Bat Erdene met his Korean counterpart. "
            "Erdene said relations between the two armies had reached a new level.")
    one(parsed, text, "statement_of_support")
    assert [e for e in events_of(parsed, "Erdene said tension on the border had reached a new level.")
            if e.type == "statement_of_support"] == []


def test_the_fight_against_a_group_only_when_someone_joins_it(parsed):
    text = "The donors discussed the fight against Boko Haram in Abuja."
    assert [e for e in events_of(parsed, text) if e.type == "clash"] == []


def test_a_conflict_of_interest_with_a_company_is_no_clash(parsed):
    assert [e for e in events_of(parsed, "The minister denied any conflict of interest with Thales.")
            if e.type == "clash"] == []


def test_planned_assembly_of_weapons_named_in_the_sentence(parsed):
    text = "Hanwha makes four of the howitzers at home; the other nine will be assembled in Egypt."
    one(parsed, text, "assembly")


def test_an_end_date_is_not_the_event_date(parsed):
    ev = one(parsed, "On Monday the EU extended until 30 June 2026 its arms embargo on Belarus.", "embargo")
    assert ev.date == "2023-05-08"


# --- what is not an event -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Washington has threatened to impose sanctions on Ankara over the purchase.",
    "The EU could impose an embargo if the talks fail.",
    "Lawmakers called for sanctions on the arms dealers.",
    "The sanctions were lifted in 2016.",
    "Analysts warn that a coup could follow if the army loses patience.",
    "The pilots will begin training in Spain next year.",
    "The factory near Lyon is still producing engines for the navy.",
    "Parliament assembled on Monday to debate the budget.",
    "The two countries have 14 agreements and a long history of trade.",
    "Russia is supporting the junta, an analyst said, calling it a dangerous bet.",
])
def test_mentions_that_are_not_events(parsed, text):
    assert [e for e in events_of(parsed, text) if e.type != "coup" or "coup" not in text] == []


def test_an_analysts_quote_is_not_a_statement_of_support(parsed):
    text = '"Turkey is a reliable partner for them," said Lena Ford, an analyst at the Hanseatic Policy Forum.'
    assert [e for e in events_of(parsed, text) if e.type == "statement_of_support"] == []


def test_an_unattributed_quote_of_a_readout_reports_facts(parsed):
    text = 'According to the readout, the ministers "agreed to hold joint naval drills in the Red Sea in May."'
    one(parsed, text, "training")


def test_an_analysts_quote_reports_no_event(parsed):
    text = '"The two navies held joint drills off Crete," said Tom Reyes, an analyst at the Lisbon Institute.'
    assert [e for e in events_of(parsed, text) if e.type == "training"] == []


def test_an_officials_quote_is(parsed):
    text = ("Bulgaria's Defence Minister Ivan Petrov visited Athens. "
            '"Greece is a trusted strategic partner," Mr. Petrov told reporters.')
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors == ["Bulgaria", "Ivan Petrov"]


def test_events_carry_codes_summary_and_evidence(parsed):
    text = "The United States sanctioned two Chinese shipping firms in March."
    ev = one(parsed, text, "sanction")
    assert ev.type in EVENT_TYPES
    assert ev.summary and len(ev.summary) <= 125
    assert text[ev.evidence.start:ev.evidence.end] in text and ev.evidence.sentence == text


def test_events_run_after_quotes_so_a_quoted_activist_is_known(parsed):
    """A quote of several sentences is attributed after its end: the events extractor finds its speaker
    among the quotes, so the quotes must be extracted first."""
    from armstrack.extract import extract_records
    from armstrack.extract.registry import run_order

    order = [spec.assigns for spec in run_order()]
    assert order.index("quotes") < order.index("events")
    doc, analysis, gaz = parsed(
        "Ana Lopez, a founder of the Coastal Watch rights group, criticised the trip. "
        '"This trip shows that Ruritania is supporting the cruel Valdorian army. Ruritania must stop '
        'arming generals who have committed war crimes," she said.')
    extract_records(doc, analysis, gaz)
    assert [q.speaker for q in analysis.quotes] == ["Ana Lopez"]
    assert [e for e in analysis.events if e.type == "statement_of_support"] == []


def test_a_body_quoted_as_itself_states_its_own_support(parsed):
    from armstrack.extract import extract_records

    doc, analysis, gaz = parsed("The Andean Council met in Quito on Monday. The Council believes that “peace lies "
                                "in talks. In this context, the Council reaffirms its strong support for Bolivia”.")
    extract_records(doc, analysis, gaz)
    [q] = analysis.quotes
    assert q.speaker == "Council"
    assert [e.actors for e in analysis.events if e.type == "statement_of_support"] == [["Council"]]


def test_an_office_holder_quoted_states_support_even_when_his_state_is_unsaid(parsed):
    from armstrack.extract import extract_records

    doc, analysis, gaz = parsed("Foreign Minister Marco Bianchi underscored that “the accord is a good step: stronger "
                                "European support for the Valdorian opposition at every level”.")
    extract_records(doc, analysis, gaz)
    [ev] = [e for e in analysis.events if e.type == "statement_of_support"]
    assert "Marco Bianchi" in ev.actors


def test_the_founder_of_a_group_quoted_is_no_state_voice(parsed):
    from armstrack.extract import extract_records

    doc, analysis, gaz = parsed(
        "Ana Lopez, founder of the Free Coast Coalition, spoke to reporters. "
        '"This trip shows that Ruritania is supporting the cruel Valdorian army. Ruritania must stop '
        'arming generals who have committed war crimes," she said.')
    extract_records(doc, analysis, gaz)
    assert [e for e in analysis.events if e.type == "statement_of_support"] == []


def test_a_new_sanction_by_the_same_state_stays_apart(parsed):
    text = ("Canada has imposed sanctions on three Ruritanian generals. "
            "Canada also sanctioned two Ruritanian arms firms, officials said.")
    assert len([e for e in events_of(parsed, text) if e.type == "sanction"]) == 2


# --- general forms of each type (sentences written for these tests) ------------------------------------

def test_one_statement_of_support_per_named_speaker(parsed):
    text = ("Polish Defence Minister Jan Kowal said Poland remains committed to deepening defence ties with Lithuania. "
            "Kowal later called Lithuania a reliable ally of his country.")
    found = [e for e in events_of(parsed, text) if e.type == "statement_of_support"]
    assert len(found) == 1 and "committed" in found[0].evidence.sentence


def test_a_states_acts_of_support_stay_apart_from_its_ministers_words(parsed):
    text = ("Polish Defence Minister Jan Kowal said Poland remains committed to deepening defence ties with Lithuania. "
            "Poland has also continued to support the government in Vilnius.")
    assert len([e for e in events_of(parsed, text) if e.type == "statement_of_support"]) == 2


def test_ousting_a_titled_head_of_state_is_a_coup(parsed):
    ev = one(parsed, "Army officers in Niger ousted President Amadou Sani on Wednesday.", "coup")
    assert ev.actors == ["Niger military"] and ev.date == "2023-05-10"


def test_an_announced_embargo(parsed):
    ev = one(parsed, "Japan announced an embargo on exports of dual-use goods to Ruritania last month.", "embargo")
    assert ev.actors == ["Japan"] and ev.date == "2023-04"


def test_shot_dead_is_a_killing(parsed):
    ev = one(parsed, "Soldiers shot dead at least 12 protesters in the capital on Saturday.", "killings")
    assert ev.date == "2023-05-06"
    assert [e for e in events_of(parsed, "The pilot was shot down over the sea.") if e.type == "killings"] == []


def test_support_for_a_states_sovereignty(parsed):
    ev = one(parsed, "The minister said India fully supports Armenia's sovereignty and territorial integrity.",
             "statement_of_support")
    assert ev.actors == ["India"]


def test_a_state_that_says_it_stands_with_another(parsed):
    ev = one(parsed, "China said on Tuesday it stands firmly with Pakistan in safeguarding its sovereignty.",
             "statement_of_support")
    assert ev.actors == ["China"]


def test_describing_a_state_as_a_strategic_partner(parsed):
    ev = one(parsed, "Japan described the Philippines as an indispensable strategic partner.", "statement_of_support")
    assert ev.actors == ["Japan"]
    assert [e for e in events_of(parsed, "Japan described the talks as useful.")
            if e.type == "statement_of_support"] == []


def test_training_by_no_named_party_is_no_military_assistance(parsed):
    for text in ("The army chief attended a parade of 300 cadets who completed their training.",
                 "The programme also helped the training of staff for disaster relief and health care."):
        assert [e for e in events_of(parsed, text) if e.type == "training"] == [], text


def test_crews_trained_in_a_state_name_it(parsed):
    ev = one(parsed, "The crews who will fly the new helicopters have been trained in Italy.", "training")
    assert ev.actors == ["Italy"]


def test_a_weapons_purpose_is_no_attack(parsed):
    for text in ("The frigate is designed to attack submarines and surface ships.",
                 "The drone is capable of striking targets far behind the front."):
        assert [e for e in events_of(parsed, text) if e.type == "clash"] == [], text


def test_the_parties_of_a_dated_war(parsed):
    ev = one(parsed, "The drone was used in the 2020 war between Armenia and Azerbaijan.", "clash")
    assert ev.actors == ["Armenia", "Azerbaijan"] and ev.date == "2020"


def test_ties_praised_by_an_official(parsed):
    text = ("Indian Defence Minister Rajesh Kumar arrived in Paris on Monday. "
            "Kumar said the strategic partnership between India and France was now more important than ever.")
    ev = one(parsed, text, "statement_of_support")
    assert ev.actors == ["India", "Rajesh Kumar"]


@pytest.mark.parametrize("text", [
    "Relations between the two countries are close, an analyst said.",
    "Relations between Ruritania and Valdoria are close.",
    "Indian Defence Minister Rajesh Kumar said relations with Berlin are not good.",
])
def test_ties_described_by_no_official_or_denied_are_no_support(parsed, text):
    assert [e for e in events_of(parsed, text) if e.type == "statement_of_support"] == []


def test_a_vetoed_draft_resolution_is_a_un_vote(parsed):
    ev = one(parsed, "Russia vetoed a draft resolution on Monday that would have extended the sanctions.", "un_vote")
    assert ev.actors == ["Russia"] and ev.date == "2023-05-08"
    assert [e for e in events_of(parsed, "The governor vetoed the budget bill on Monday.") if e.type == "un_vote"] == []


def test_firms_added_to_a_blacklist_are_sanctioned(parsed):
    ev = one(parsed, "The US Commerce Department added 12 Ruritanian companies to its Entity List on Tuesday.",
             "sanction")
    assert ev.date == "2023-05-09"
    assert [e for e in events_of(parsed, "The navy added two frigates to its fleet on Tuesday.")
            if e.type == "sanction"] == []


def test_troops_that_exchanged_fire_clashed(parsed):
    ev = one(parsed, "Indian and Chinese troops exchanged fire along the border on Sunday.", "clash")
    assert ev.actors == ["India troops", "China troops"]
    assert [e for e in events_of(parsed, "The two ministers exchanged views on Sunday.") if e.type == "clash"] == []


def test_access_to_another_states_bases(parsed):
    ev = one(parsed, "The agreement gives the US military access to four more bases in the Philippines.", "port_access")
    assert "Philippines" in ev.actors
    assert [e for e in events_of(parsed, "Journalists were given access to the archive.")
            if e.type == "port_access"] == []


def test_renewed_sanctions_dated_by_the_day_after_a_duration(parsed):
    ev = one(parsed, "The European Union renewed its sanctions against Ruritania for another six months on Monday.",
             "sanction")
    assert ev.actors == ["European Union"] and ev.date == "2023-05-08"


def test_a_war_pointed_back_to_is_no_new_event(parsed):
    text = ("Chile is part of a coalition fighting in the north. "
            "Sweden has banned arms exports to Chile because of this war with Peru.")
    assert [e for e in events_of(parsed, text) if e.type == "clash"] == []
    one(parsed, "Sweden has banned arms exports to Chile because of its war against Peru.", "clash")


def test_support_voiced_for_a_state_names_that_state(parsed):
    ev = one(parsed, "Defence Minister Tea Seiha on Monday reaffirmed Cambodia's firm support for the regional plan.",
             "statement_of_support")
    assert ev.actors[0] == "Cambodia" and "Tea Seiha" in ev.actors


def test_kits_assembled_in_a_state_name_it(parsed):
    ev = one(parsed, "The first two submarines will be built in Germany, and the remaining four will be assembled "
                     "in Pakistan.", "assembly")
    assert ev.actors == ["Pakistan"]


@pytest.mark.parametrize("text", [
    "The attack left 30 soldiers dead and dozens wounded.",
    "The death toll from the crackdown rose to 540 on Monday.",
])
def test_killings_told_by_their_toll(parsed, text):
    one(parsed, text, "killings")


def test_no_killings_without_people_dead(parsed):
    for text in ("The storm left 30 villages without power.", "The toll of the sanctions on the economy is heavy."):
        assert [e for e in events_of(parsed, text) if e.type == "killings"] == [], text


def test_who_killed_in_a_participle_clause(parsed):
    ev = one(parsed, "Myanmar troops opened fire on demonstrators in the capital, killing at least nine.", "killings")
    assert ev.actors == ["Myanmar troops"]


def test_a_named_warship_visiting_a_port(parsed):
    ev = one(parsed, "The frigate INS Talwar visited the port of Mombasa on Monday.", "port_access")
    assert ev.date == "2023-05-08"


def test_a_port_call_next_month_is_dated_ahead(parsed):
    ev = one(parsed, "The Japanese destroyer will make a port call in Manila next month.", "port_access")
    assert ev.date == "2023-06"
