"""Generality of quotes, people, figures and meetings: name forms of protocol releases, speakers named
by role or pronoun, currencies told by their country (sentences written for these tests, names invented)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

PUBLISHED = date(2024, 5, 10)


def people_of(parsed, text):
    return {p.name for p in parsed(text, published=PUBLISHED)[1].people}


# --- people ------------------------------------------------------------------------------------------

def test_his_excellency_written_as_spaced_or_dotted_letters_is_no_part_of_a_name(parsed):
    text = ("Separately, the chief of staff received a telephone call from Greek Defence Minister H E Nikos "
            "Pappas. Also present was the Spanish Ambassador to Oman, H.E. Lucia Gomez.")
    names = people_of(parsed, text)
    assert {"Nikos Pappas", "Lucia Gomez"} <= names, names
    assert not any(n.startswith(("H ", "E ", "H.E")) for n in names), names


def test_he_as_a_surname_stays_a_name(parsed):
    names = people_of(parsed, "Chinese Vice Premier He Lifeng met the delegation in Beijing on Monday.")
    assert any("He" in n.split() for n in names), names


def test_a_name_the_ner_began_at_its_particle_takes_back_its_given_name(nlp, gaz):
    from armstrack.nlp.people import _bare_name, _title_tokens

    doc = nlp("The Chief of Staff, Major General (Pilot) Hamdan bin Saeed Al Marri, attended.")
    at = [t.text for t in doc].index("bin")
    span = Span(doc, at, at + 4, label="PERSON")
    start, end = _bare_name(span, _title_tokens(doc))
    assert doc[start:end].text == "Hamdan bin Saeed Al Marri"


# --- quote speakers ----------------------------------------------------------------------------------

def quotes_of(parsed, text):
    from armstrack.extract.quotes import extract_quotes

    return [(q.speaker, q.text) for q in extract_quotes(*parsed(text, published=PUBLISHED))]


def test_a_pronoun_speaker_is_the_main_clause_subject_not_a_name_in_the_reported_clause(parsed):
    text = ('The navy chief, Admiral Tomas Kral, told reporters on Friday that the Kfir fleet would keep flying '
            'until the new jets arrive. "There will be no gap," he said.')
    assert quotes_of(parsed, text) == [("Tomas Kral", "There will be no gap")]


def test_the_minister_named_by_nationality_is_the_minister_of_that_country(parsed):
    text = ('Kenyan Defence Minister Otieno Wamalwa received Spanish Minister of Defence Lucia Ferrer-Vidal in '
            'Nairobi on Tuesday.\n\n"Kenya has been a steady partner for a decade," the Spanish minister said.')
    assert quotes_of(parsed, text) == [("Lucia Ferrer-Vidal", "Kenya has been a steady partner for a decade")]


def test_a_body_with_a_possessor_speaks_for_itself(parsed):
    text = "The Navy's Fleet Support Command said a new tender would be issued \"in the coming months\"."
    assert quotes_of(parsed, text) == [("Fleet Support Command", "in the coming months")]


def test_an_acronym_in_the_order_of_another_language_is_spelt_out(parsed):
    text = ('The Ministry of National Defence (MDN) said on Monday it was "ready". Later, the MDN confirmed that '
            'talks with the shipyard were "almost finished".')
    assert quotes_of(parsed, text) == [("Ministry of National Defence", "ready"),
                                       ("Ministry of National Defence", "almost finished")]


# --- figures -----------------------------------------------------------------------------------------

def figures_of(parsed, text):
    from armstrack.extract.figures import extract_figures

    return sorted((round(f.value), f.unit) for f in extract_figures(*parsed(text, published=PUBLISHED)))


def test_the_yen_sign_is_the_yen_in_a_story_about_japan_and_the_yuan_in_one_about_china(parsed):
    assert figures_of(parsed, "Japan will give ¥2.5 billion for the patrol boats to Vietnam.") == [(2.5e9, "JPY")]
    assert figures_of(parsed, "China raised its defence budget to ¥1.6 trillion.") == [(1.6e12, "CNY")]


def test_a_one_letter_sign_with_a_hyphenated_scale_is_money(parsed):
    assert figures_of(parsed, "The navy signed a P18-billion contract for two corvettes.") == [(1.8e10, "PHP")]


def test_currencies_named_in_words(parsed):
    assert figures_of(parsed, "Yerevan set aside 650 billion drams for its armed forces.") == [(6.5e11, "AMD")]


def test_an_amount_whose_currency_is_left_out_after_money_takes_its_currency(parsed):
    text = ("The budget of Chile stands at 9.1 trillion pesos, of which 1.3 trillion is set aside for new "
            "equipment. The country has 1.2 million reservists.")
    assert figures_of(parsed, text) == [(1.3e12, "CLP"), (9.1e12, "CLP")]


# --- meetings ----------------------------------------------------------------------------------------

def meetings_of(parsed, text):
    from armstrack.extract.meetings import extract_meetings

    return [sorted(m.participants) for m in extract_meetings(*parsed(text, published=PUBLISHED))]


def test_a_guest_received_after_the_day_is_the_hosts_counterpart(parsed):
    text = ("Manama: Deputy Prime Minister and Minister of State for Defence Affairs H E Sheikh Rashid bin Salman "
            "Al Khalifa received at his office on Wednesday Portuguese Minister of Defence H E Duarte Mendes-Pinto, "
            "who is on an official visit to the country, and the delegation accompanying him.")
    assert ["Duarte Mendes-Pinto", "Rashid bin Salman Al Khalifa"] in meetings_of(parsed, text)


def test_what_the_two_discussed_after_a_call_is_the_call(parsed):
    text = ("On Monday, Defence Minister Hugo Brandt held a telephone conversation with Chilean Defence Minister "
            "Marta Solis Vega, the ministry said. The two discussed the delivery schedule of the frigates.")
    assert meetings_of(parsed, text) == [["Hugo Brandt", "Marta Solis Vega"]]


def test_an_official_of_another_state_along_on_a_visit_was_met(parsed):
    text = ("Defence Minister Petar Jovic, who visited the Mont-de-Marsan air base on Monday with French Armed Forces "
            "Minister Claire Morel, said six pilots were now in France.")
    assert ["Claire Morel", "Petar Jovic"] in meetings_of(parsed, text)
    own = ("Serbian Defence Minister Petar Jovic visited the Batajnica air base on Monday with Serbian Army chief "
           "General Milan Ilic.")
    assert ["Milan Ilic", "Petar Jovic"] not in meetings_of(parsed, own)


def test_someone_who_attended_a_ceremony_along_with_the_subject_was_there_too(parsed):
    text = ("Chief of the Naval Staff Admiral Tariq Rahim attended the launch ceremony along with Vice Admiral "
            "Zhou Bin of the People's Liberation Army Navy, the navy said.")
    assert ["Tariq Rahim", "Zhou Bin"] in meetings_of(parsed, text)


def kinds_of(parsed, text):
    from armstrack.extract.meetings import extract_meetings

    found = extract_meetings(*parsed(text, published=PUBLISHED))
    return sorted((m.kind.value, tuple(sorted(m.participants))) for m in found)


def test_with_whom_stands_for_the_person_the_clause_is_on(parsed):
    text = ("Defence Minister Ana Ruiz spoke to the press in Madrid after a dinner with Turkish Defence Minister "
            "Kemal Aydin, with whom she had held talks on training earlier that day.")
    assert ("meeting", ("Ana Ruiz", "Kemal Aydin")) in kinds_of(parsed, text)


def test_a_signing_in_the_presence_of_someone_is_a_signing_of_both(parsed):
    text = ("Defence Minister Ana Ruiz signed the contract in Madrid on Friday in the presence of Turkish Defence "
            "Minister Kemal Aydin.")
    got = kinds_of(parsed, text)
    assert ("signing", ("Ana Ruiz", "Kemal Aydin")) in got, got
    assert ("signing", ("Ana Ruiz",)) not in got, got


def test_a_signing_told_twice_is_one_signing_of_everyone_at_it(parsed):
    text = ("Defence Minister Ana Ruiz signed a contract with Navantia in Madrid on Friday. Ruiz signed the contract "
            "at the ministry in the presence of Turkish Defence Minister Kemal Aydin.")
    from armstrack.extract.meetings import extract_meetings

    signings = [m for m in extract_meetings(*parsed(text, published=PUBLISHED)) if m.kind.value == "signing"]
    assert [sorted(m.participants) for m in signings] == [["Ana Ruiz", "Kemal Aydin"]]
    assert signings[0].date == "2024-05-10"


def test_a_classifier_the_ner_left_out_before_a_name_says_it_is_no_person(nlp):
    from armstrack.nlp.people import _not_a_person, _title_tokens

    doc = nlp("The battalion served in the north under Operation Amani Pamoja until 2019.")
    at = [t.text for t in doc].index("Amani")
    assert _not_a_person(doc, at, at + 2, _title_tokens(doc))


def test_a_name_shown_once_to_be_a_place_is_no_person_elsewhere(parsed):
    text = ("Kivu Tembo plant to double output as Kenya deepens ties\n\nNAIROBI – The vehicle factory at Kivu Tembo "
            "will double its output. Analyst Mira Holm said Kivu Tembo gave the army what it lacked.")
    assert "Kivu Tembo" not in people_of(parsed, text)


def test_a_newsletter_or_monitor_is_no_person(parsed):
    text = ("Small Arms Trade Monitor — April 2026: embargo renewals and new sanctions\n\nOur monthly round-up of "
            "developments. Compiled by the Monitor's editors.")
    assert people_of(parsed, text) == set()


def test_a_headline_quotation_with_a_reporting_verb_is_the_role_holders_named_below(parsed):
    title = 'First K9 howitzers arrive in Estonia; minister says spare parts "secured"'
    text = (title + '\n\nTALLINN, May 9. The first K9 howitzers have arrived, Defence Minister Karl Tamm said on '
            'Thursday. "The spare parts are secured for ten years," Tamm said.')
    from armstrack.extract.quotes import extract_quotes

    got = [(q.speaker, q.text) for q in extract_quotes(*parsed(text, published=PUBLISHED, title=title))]
    assert ("Karl Tamm", "secured") in got, got
    untitled = 'Navy chief warns of "serious gaps" in fleet'
    text = untitled + "\n\nThe navy lacks sailors, the ministry said on Monday."
    assert extract_quotes(*parsed(text, published=PUBLISHED, title=untitled)) == []


def test_a_headline_echoing_a_quotation_below_gives_it_once(parsed):
    title = 'Estonia buys more K9 howitzers; minister calls deal "a good one"'
    text = (title + '\n\nTALLINN, May 9. Estonia will buy 12 more K9 howitzers, Defence Minister Karl Tamm said on '
            'Thursday. He called the deal "a good one".')
    from armstrack.extract.quotes import extract_quotes

    got = [(q.speaker, q.text) for q in extract_quotes(*parsed(text, published=PUBLISHED, title=title))]
    assert got == [("Karl Tamm", "a good one")]


def test_a_person_called_by_the_first_word_of_their_name_is_that_person(parsed):
    text = ("Defense Minister Hendro Santoso welcomed the pilots on Monday.\n\nIn 2024, the country cancelled a plan "
            "to buy 12 used fighters, citing fiscal constraints.\n\nHendro said the government would honour all "
            "existing contracts.")
    (person,) = parsed(text, published=PUBLISHED)[1].people
    assert person.name == "Hendro Santoso" and len(person.mentions) == 2


def test_a_headline_figure_the_story_states_again_is_one_figure(parsed):
    title = "Budget lifts Norway over 3% spending goal"
    text = (title + "\n\nOSLO — The budget will lift defence spending above three per cent of GDP this year, the "
            "finance ministry said.")
    from armstrack.extract.figures import extract_figures

    got = [(f.value, f.unit) for f in extract_figures(*parsed(text, published=PUBLISHED, title=title))]
    assert got == [(3.0, "percent")]
