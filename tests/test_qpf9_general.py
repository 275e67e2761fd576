"""Figures, quotes and people on unseen text (helper qpf9): money in less common currencies, written with an
ISO code, a local sign or a nationality and a shared currency name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text


def _money(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in analyse_text(text, published=date(2024, 5, 3)).figures
            if f.value >= 1_000_000]


@pytest.mark.parametrize("text, money", [
    # an ISO code written before the amount
    ("Sofia agreed to pay BGN 1.5 billion for the radars.", [(1.5e9, "BGN")]),
    ("The budget sets aside ZMW 800 million for air defence.", [(8e8, "ZMW")]),
    # a currency name several states share, read by the state the story names
    ("Kyrgyzstan will spend 4.2 billion soms on new border posts.", [(4.2e9, "KGS")]),
    ("Uzbekistan's army will receive 900 billion soms next year.", [(9e11, "UZS")]),
    ("Bolivia signed a contract worth Bs 150 million for the trucks.", [(1.5e8, "BOB")]),
    # a one-letter sign glued to the amount before a scale word
    ("Zambia paid K2.5 billion for the radar, the air force said.", [(2.5e9, "ZMW")]),
    ("Myanmar's military council allotted K300 billion to the air force.", [(3e11, "MMK")]),
    # a marked dollar
    ("The new barracks in Fiji will cost FJ$8m.", [(8e6, "FJD")]),
])
def test_money_in_a_less_common_currency(text, money):
    assert _money(text) == money


@pytest.mark.parametrize("text, money", [
    ("The corvette cost 40 million Libyan dinars, the navy said.", [(4e7, "LYD")]),
    ("The hangar is worth 12 million Fijian dollars.", [(1.2e7, "FJD")]),
    ("The grant, some 30 million Omani rials, pays for the boats.", [(3e7, "OMR")]),
])
def test_a_nationality_names_whose_shared_currency_it_is(text, money):
    assert _money(text) == money


def test_a_rupee_state_named_once_among_other_destinations_is_no_home():
    # Nepal is one of several buyers named once each: the rupee is the default (India's)
    text = ("Exports of patrol craft reached Rs 2,000 crore this year, the ministry said. Boats went to Nepal, "
            "Mauritius and Mozambique.")
    assert _money(text) == [(2e10, "INR")]


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in analyse_text(text, published=date(2024, 5, 3)).figures]


@pytest.mark.parametrize("text, figure", [
    # citizens counted with a harm verb
    ("At least 14 citizens of the republic were killed in the shelling.", (14, "people")),
    ("Nearly 40 citizens died when the ferry sank.", (40, "people")),
    # people reached by aid through a noun of care ("treatment to N residents")
    ("Army doctors gave treatment to some 2,500 villagers in the flooded district.", (2500, "people")),
])
def test_people_counted_by_a_harm_or_care_cue(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "The citizens of the republic will vote on Sunday.",
    "Some 12 citizens' groups have written to the ministry.",
])
def test_citizens_without_a_harm_cue_are_no_figure(text):
    assert not any(unit == "people" for _, unit in _figures(text))


@pytest.mark.parametrize("text, figure", [
    ("The court sentenced the broker to six years in prison for smuggling rifles.", (6, "years")),
    ("The dealer was jailed for three years over the rifle shipments.", (3, "years")),
    ("The judge handed the pilot a sentence of nine years.", (9, "years")),
])
def test_a_prison_term_is_a_figure_in_years(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "The broker was arrested three years ago in Vienna.",
    "The court will rule within two years of the arrest.",
])
def test_other_spans_of_years_are_no_prison_term(text):
    assert not any(unit == "years" for _, unit in _figures(text))


def test_a_unanimous_vote_of_a_body_counts_its_members_as_votes_in_favour():
    text = "In a vote on Friday, the 15-member council unanimously renewed the arms embargo for a year."
    assert (15, "votes") in _figures(text)


def test_a_unanimous_decision_outside_a_vote_is_still_the_bodys_size():
    figures = _figures("The 12-member board unanimously approved the budget for the shipyard.")
    assert (12, "votes") not in figures


@pytest.mark.parametrize("text, figure", [
    ("The agency issued 320 export authorisations to private firms last year.", (320, "authorisations")),
    ("Only 41 authorizations were granted in the first quarter.", (41, "authorizations")),
])
def test_export_authorisations_decided_on_are_counted(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("The agency issued 950 export licences in 2022, against 610 in 2020.", (610, "licences")),
    ("Some 45 companies took part this year, compared with 30 in 2019.", (30, "companies")),
])
def test_a_count_compared_with_an_earlier_one_keeps_its_unit(text, figure):
    assert figure in _figures(text)


def test_a_bare_number_against_no_counted_figure_stays_out():
    assert _figures("The team won 3 against 1 in the final on Sunday.") == []


@pytest.mark.parametrize("text, figure", [
    ("A total of 75 licence applications were refused last year.", (75, "applications")),
    ("A total of 140 drones were shot down overnight, the air force said.", (140, "drones")),
])
def test_a_total_of_counted_things_counts_them(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    'Wellington will pay for the depot upgrade, put at about FJ$7.5m.\n\n'
    '"The crews wanted lighter trucks for the hill roads, so that is what we bought," Ms Tane said.',
    'The frigate was refitted by Harbour Works Ltd.\n\n"The hull is sound and the crew is ready," Mr Ole said.',
])
def test_a_quotation_paragraph_after_a_glued_full_stop_starts_a_sentence(text):
    from armstrack.core import build_pipeline
    from armstrack import settings
    doc = build_pipeline(settings.model_name(None))(text)
    opening = next(t for t in doc if t.text == '"')
    assert opening.is_sent_start


def test_a_fijian_chiefly_title_is_no_part_of_the_name_and_the_titled_speaker_is_resolved():
    text = ("The patrol boat was handed over to the Minister for Defence, Ratu Jone Koroivuki, in Lautoka.\n\n"
            "At a press conference on the competing bid, Ratu Jone said the cabinet had \"made no choice yet\".")
    result = analyse_text(text, published=date(2024, 5, 3))
    assert [p.name for p in result.people] == ["Jone Koroivuki"]
    assert [(q.speaker, q.text) for q in result.quotes] == [("Jone Koroivuki", "made no choice yet")]


TITLED_TEXT = "The Minister of Fisheries, Mr. Tomas Oyelaran, opened the new dock on Friday."


def test_a_title_in_apposition_before_a_courtesy_title_and_name_is_the_persons():
    people = {p.name: [t.title for t in p.titles] for p in analyse_text(TITLED_TEXT, published=date(2024, 5, 3)).people}
    assert "Minister of Fisheries" in people["Tomas Oyelaran"]



def _people(text: str) -> list[str]:
    return [p.name for p in analyse_text(text, published=date(2024, 5, 3)).people]


def test_a_name_after_a_role_that_the_ner_takes_for_a_body_is_a_person():
    text = '"We were never consulted about the loan," opposition spokesperson Chanda Mwansa told reporters.'
    assert "Chanda Mwansa" in _people_with_org(text, "Chanda Mwansa")


def test_a_name_coordinated_with_a_person_and_given_a_title_is_a_person():
    text = ("Talks between Defence Minister Ana Ruiz and Olivier Charbonnel, chairman of the shipbuilder, ended on "
            "Monday.")
    assert "Olivier Charbonnel" in _people_with_org(text, "Olivier Charbonnel")


def test_a_company_after_a_title_stays_a_company():
    text = "Defence Minister Ana Ruiz visited Northern Shipyards on Monday."
    assert "Northern Shipyards" not in _people_with_org(text, "Northern Shipyards")


def _people_with_org(text: str, name: str) -> list[str]:
    """The people of a text whose NER took ``name`` for an organisation (as it does with unfamiliar names)."""
    from spacy.tokens import Span
    from armstrack import core
    from armstrack.records import Article
    from armstrack import settings
    doc = core.parse_long(core.build_pipeline(settings.model_name(None)), text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.ents = ents + [Span(doc, span.start, span.end, label="ORG")]
    result = core.analyse(doc, Article(doc_id="t", text=text, published=date(2024, 5, 3)))
    return [p.name for p in result.people]


def _people_with_labels(text: str, name: str | list[str], labels: list[str]) -> list[str]:
    """The people of a text whose NER gave the successive occurrences of ``name`` (or of each name in turn)
    these labels."""
    from spacy.tokens import Span
    from armstrack import core
    from armstrack.records import Article
    from armstrack import settings
    doc = core.parse_long(core.build_pipeline(settings.model_name(None)), text)
    spans, at = [], 0
    names = name if isinstance(name, list) else [name] * len(labels)
    for each, label in zip(names, labels):
        start = text.index(each, at)
        span = doc.char_span(start, start + len(each))
        spans.append(Span(doc, span.start, span.end, label=label))
        at = start + len(each)
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    result = core.analyse(doc, Article(doc_id="t", text=text, published=date(2024, 5, 3)))
    return [p.name for p in result.people]


def test_a_name_shown_once_to_be_an_exercise_is_no_person_anywhere_in_the_story():
    text = ("Golden Falcon wraps up\n\nTroops from nine nations finished the Golden Falcon exercise on Friday. "
            "Golden Falcon will return next spring with more ships.")
    assert _people_with_labels(text, "Golden Falcon", ["PERSON", "ORG", "PERSON"]) == []


def test_a_person_named_beside_an_exercise_stays_a_person():
    text = ("Colonel Maria Lopez led the Golden Falcon exercise. Maria Lopez said the drill went well.")
    assert "Maria Lopez" in _people_with_labels(text, "Maria Lopez", ["PERSON", "PERSON"])


@pytest.mark.parametrize("text, figure", [
    ("The state plant produced 240 armoured vehicles last year, the ministry said.", (240, "vehicles")),
    ("Domestic industry manufactured about 1.5 million drones in 2024.", (1_500_000, "drones")),
    ("Some 90 howitzers were produced at the Kragujevac works this year.", (90, "howitzers")),
])
def test_weapons_counted_as_produced_are_a_figure(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("The monitors identified at least 27 transport flights into the airport in March.", (27, "flights")),
    ("The watchdog identified 40 transport flights and 6 sea voyages to the port last year.", (6, "voyages")),
])
def test_flights_and_voyages_a_monitor_identified_are_a_figure(text, figure):
    assert figure in _figures(text)


def test_weapons_produced_for_a_buyer_count_no_production_figure_of_people():
    assert not any(unit == "people" for _, unit in _figures("The yard produced 12 fighters for the air force."))


def test_a_noun_coordinated_with_its_own_number_is_counted_apart():
    # the parser may hang the second number on the compound's first noun ("6" on "ship", not "voyages")
    from armstrack import core, settings
    from armstrack.records import Article
    text = "The watchdog identified 40 transport flights and 6 ship voyages to the port last year."
    doc = core.parse_long(core.build_pipeline(settings.model_name(None)), text)
    six, ship = (next(t for t in doc if t.text == w) for w in ("6", "ship"))
    six.head, six.dep_ = ship, "nummod"
    figures = [(f.value, f.unit) for f in
               core.analyse(doc, Article(doc_id="t", text=text, published=date(2024, 5, 3))).figures]
    assert (40, "flights") in figures and (6, "voyages") in figures


def test_a_planned_production_rate_is_a_capacity_figure():
    # a plant's planned rate is a value the text states (as the gold of own6 and own16 counts it)
    assert _figures("The new line will produce 20 howitzers a month from 2027.") == [(20.0, "howitzers")]


@pytest.mark.parametrize("text", [
    "The plant could manufacture 300 drones a week if it had the engines.",
    "The new line will produce 20 howitzers from 2027.",
])
def test_a_conditional_or_unrated_planned_output_is_no_figure(text):
    # what a plant would make under a condition, and a planned output told with no rate, state no capacity
    assert _figures(text) == []


@pytest.mark.parametrize("text, figure", [
    ("Defence firms signed 16 contracts worth $2.1 billion at the air show.", (16, "contracts")),
    ("Foreign firms won five deals worth €300 million, the organisers said.", (5, "deals")),
])
def test_contracts_counted_with_their_worth_are_a_figure(text, figure):
    assert figure in _figures(text)


def test_contracts_counted_without_their_worth_are_no_figure():
    assert not any(unit == "contracts" for _, unit in _figures("Peru signed two contracts for tanks last year."))


@pytest.mark.parametrize("text, figure", [
    ("The air force currently flies 14 Gripen jets from two bases.", (14, "aircraft")),
    ("The base belongs to Chile's navy, which operates four submarines from the south.", (4, "submarines")),
    ("Peru's navy operates six submarines and two older boats beside its frigates.", (2, "submarines")),
])
def test_a_force_operating_counted_weapons_states_its_fleet(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "The company operates 14 jets on charter routes.",
    "The navy will operate four submarines from 2030.",
])
def test_no_fleet_without_a_force_or_for_a_plan(text):
    assert not any(unit in ("aircraft", "submarines") for _, unit in _figures(text))


def test_a_nationality_does_not_contradict_a_title_that_names_no_country():
    text = ("Minister of Defence Tomasz Wierzba opened a tank repair depot near Vilnius on Friday.\n\n"
            "According to the Polish minister: \"Skilled jobs will follow on both sides of the border.\"")
    quotes = analyse_text(text, published=date(2024, 5, 3)).quotes
    assert [q.speaker for q in quotes] == ["Tomasz Wierzba"]


def test_a_headline_amount_rounded_from_the_storys_is_one_figure():
    text = ("Norway's tank deal tops $2 billion\n\n"
            "Norway will spend about $2.2 billion on 54 tanks, the defence ministry said on Friday.")
    result = analyse_text(text, published=date(2024, 5, 3), title="Norway's tank deal tops $2 billion")
    assert [(f.value, f.unit) for f in result.figures] == [(2.2e9, "USD")]


def test_a_headline_amount_that_differs_from_the_storys_stays():
    text = ("Norway's tank deal tops $2 billion\n\n"
            "Norway will spend about $3.4 billion on 54 tanks, the defence ministry said on Friday.")
    result = analyse_text(text, published=date(2024, 5, 3), title="Norway's tank deal tops $2 billion")
    assert sorted((f.value, f.unit) for f in result.figures) == [(2e9, "USD"), (3.4e9, "USD")]


def test_a_year_after_an_exercise_name_does_not_keep_its_other_mentions_a_person():
    text = ("Bright Falcon 2019 gets under way\n\nSome 2,000 sailors joined Bright Falcon 2019 on Monday. "
            "The commander said Bright Falcon now draws navies from three continents.")
    names = ["Bright Falcon 2019", "Bright Falcon 2019", "Bright Falcon"]
    assert _people_with_labels(text, names, ["PERSON", "PERSON", "PERSON"]) == []


def test_a_name_ending_in_defence_is_a_programme_or_body_not_a_person():
    text = ("Minister of Defence Ana Kis said on Monday that the Rakoczi Defence and Forces Programme would buy "
            "new trucks.")
    assert _people_with_labels(text, ["Ana Kis", "Rakoczi Defence"], ["PERSON", "PERSON"]) == ["Ana Kis"]


def test_one_more_soldier_as_a_figure_of_speech_is_no_figure():
    assert _figures("The pledge looks good on paper, but it does not send one more soldier to the border.") == []


def test_one_soldier_harmed_is_still_counted():
    assert (1, "people") in _figures("One soldier was killed when the convoy was ambushed on Monday.")
