"""Generality of quotes, figures and people: reporting frames, quote marks, currencies and name forms the
development articles happen not to show (sentences written for these tests, names invented)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from armstrack.extract.figures import extract_figures
from armstrack.extract.quotes import extract_quotes

PUBLISHED = date(2023, 5, 10)


def _same_name(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return wa <= wb or wb <= wa


def quotes_of(parsed, text):
    return [(q.speaker, q.text) for q in extract_quotes(*parsed(text, published=PUBLISHED))]


def figures_of(parsed, text):
    return sorted((round(f.value, 2), f.unit) for f in extract_figures(*parsed(text, published=PUBLISHED)))


# --- quotes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("'We have no plans to buy more fighters,' said Air Marshal Rohan Desai.",
     [("Rohan Desai", "We have no plans to buy more fighters")]),
    ("Priya Raghunathan called the agreement 'a turning point for our shipyards'.",
     [("Priya Raghunathan", "a turning point for our shipyards")]),
    ("‘The frigates will stay in service until 2040,’ Rear Admiral Hugo Lindt told the committee.",
     [("Hugo Lindt", "The frigates will stay in service until 2040")]),
    ("'The ministers' decision is final,' said Deputy Minister Carmen Ortiz.",
     [("Carmen Ortiz", "The ministers' decision is final")]),
    ("Colonel Tariq Hussain said the army's new rifles were 'far better than the old ones'.",
     [("Tariq Hussain", "far better than the old ones")]),
])
def test_quotations_in_single_marks(parsed, text, expected):
    got = quotes_of(parsed, text)
    assert len(got) == len(expected)
    for speaker, words in expected:
        assert any(_same_name(s, speaker) and t == words for s, t in got), got


@pytest.mark.parametrize("text", [
    "The officers' mess was renovated in the '90s by the navy's engineers.",
    "The so-called ‘Blue Water’ doctrine shaped the navy's plans.",
    "Navy at 'breaking point' over crew shortages, report warns\n\nThe navy lacks sailors.",
    "The ministers' meeting in the generals' club ended without a deal.",
    "It's the country's biggest order, and the suppliers' shares rose.",
    'The ministry launched the "Make in Ghana" programme, Minister Kojo Mensah said.',
])
def test_apostrophes_names_and_headings_are_no_quotations(parsed, text):
    assert quotes_of(parsed, text) == []


@pytest.mark.parametrize("text, expected", [
    ('Joaquim Tavares spoke in Luanda. "We expect the first batch in March," Tavares told parliament, '
     'adding that "the rest will follow within a year."',
     [("Joaquim Tavares", "We expect the first batch in March"),
      ("Joaquim Tavares", "the rest will follow within a year.")]),
    ('Sofia Marchetti, Italy\'s undersecretary for defence, told the newspaper that the frigates were '
     '"non-negotiable".', [("Sofia Marchetti", "non-negotiable")]),
    ('Ivana Petrović chairs the security committee. "Nobody wants a war," Petrović added. '
     '"But we must be prepared for one."',
     [("Ivana Petrović", "Nobody wants a war"), ("Ivana Petrović", "But we must be prepared for one.")]),
    ("“We have asked for more time,” Brig. Gen. Kwame Asante told the Daily Graphic.",
     [("Kwame Asante", "We have asked for more time")]),
    ('The talks, Minister Ana Costa said, were "frank and constructive".', [("Ana Costa", "frank and constructive")]),
    ('"We cannot wait any longer for the spare parts," Colonel Amara Okafor told reporters in Abuja.',
     [("Amara Okafor", "We cannot wait any longer for the spare parts")]),
    ('According to Marisol Quintero, the deputy foreign minister, "the embargo has failed to stop the flow of '
     'rifles."', [("Marisol Quintero", "the embargo has failed to stop the flow of rifles.")]),
    ('"Nothing has been decided yet," Deputy Foreign Minister Olga Bereza was quoted as saying by the Interfax '
     'news agency.', [("Olga Bereza", "Nothing has been decided yet")]),
    ('"The sale is consistent with our policy," State Department spokesman Ned Carver told a briefing, '
     '"and it will go ahead."',
     [("Ned Carver", "The sale is consistent with our policy"), ("Ned Carver", "and it will go ahead.")]),
    ('"The decision is final," Prime Minister Viktor Lang and President Eva Brandt said in a joint statement.',
     [("Viktor Lang", "The decision is final"), ("Eva Brandt", "The decision is final")]),
    ('Admiral Sven Nygaard spoke after the launch.\n\n"This ship is the most advanced we have ever built," he '
     'said.\n\n"It will sail next spring."',
     [("Sven Nygaard", "This ship is the most advanced we have ever built"),
      ("Sven Nygaard", "It will sail next spring.")]),
])
def test_speakers_in_many_frames(parsed, text, expected):
    got = quotes_of(parsed, text)
    assert len(got) == len(expected), got
    for speaker, words in expected:
        assert any(_same_name(s, speaker) and t == words for s, t in got), got


@pytest.mark.parametrize("text", [
    '"Talks are going well," a senior official said on condition of anonymity.',
    'A source familiar with the matter said: "The deal is done."',
    'The exercise, code-named "Northern Shield", ended on Friday.',
    'The report, "Arms Flows in Africa 2022", was released on Tuesday.',
    'Sources told the newspaper that the tanks were "in poor shape".',
])
def test_unnamed_sources_and_titles_give_no_quotation(parsed, text):
    assert quotes_of(parsed, text) == []


# --- figures -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Italy agreed a €300m package of air defence systems.", [(3e8, "EUR")]),
    ("The budget includes $12bn for shipbuilding.", [(1.2e10, "USD")]),
    ("Canberra will pay A$3.4 billion for the tanks.", [(3.4e9, "AUD")]),
    ("The navy will receive CHF 1.5 billion for the programme.", [(1.5e9, "CHF")]),
    ("Sweden's order is worth SEK 7 billion.", [(7e9, "SEK")]),
    ("It costs RM1.2 billion, S$3bn and C$500m.", [(5e8, "CAD"), (1.2e9, "MYR"), (3e9, "SGD")]),
    ("Manila will pay P28 billion for the frigates.", [(2.8e10, "PHP")]),
    ("Bangladesh allocated Tk 4,000 crore for the navy.", [(4e10, "BDT")]),
    ("Nigeria approved N25 billion for the purchase of armoured vehicles.", [(2.5e10, "NGN")]),
    ("Jakarta budgeted Rp 5 trillion for the frigates.", [(5e12, "IDR")]),
    ("Kenya's defence budget rose to KSh 150 billion.", [(1.5e11, "KES")]),
    ("Pretoria set aside R5 billion for the air force.", [(5e9, "ZAR")]),
    ("Ankara will spend TL 12 billion on the corvettes.", [(1.2e10, "TRY")]),
    ("The army's budget is Rs. 1.2 lakh crore.", [(1.2e12, "INR")]),
    ("Moscow signed contracts worth 2 bln rubles and $1.5 bln.", [(1.5e9, "USD"), (2e9, "RUB")]),
    ("Taipei approved NT$ 237 billion in special funding.", [(2.37e11, "TWD")]),
    ("The ministry signed deals worth Rs 1,200 crore ($144 million).", [(1.44e8, "USD"), (1.2e10, "INR")]),
])
def test_money_in_many_currencies_and_forms(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The strike killed 14 soldiers and wounded 30 others.", [(14, "people"), (30, "people")]),
    ("Turkey's defence exports rose 38 per cent to $4.4 billion.", [(4.4e9, "USD"), (38, "percent")]),
    ("The navy's budget grew 9.5% year-on-year to 32.6 billion yuan.", [(3.26e10, "CNY"), (9.5, "percent")]),
])
def test_counts_and_changes(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The frigate displaces 4,000 tonnes.",
    "The P8 and P626 sailed past the port.",
    "The ship is 300m long.",
    "Call the press office on 555-0182 for details.",
    "General Ruud, 58, took command in March.",
])
def test_specifications_designators_and_phone_numbers_are_no_figures(parsed, text):
    assert figures_of(parsed, text) == []


# --- people ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Joaquim Tavares said the order was final. Tavares added that the ships would come.", "Joaquim Tavares"),
    ("Israel Katz said the strikes would continue. Katz spoke in Haifa.", "Israel Katz"),
    ("Ivana Petrović chairs the security committee. Petrović spoke first.", "Ivana Petrović"),
    ("Sofia Marchetti, Italy's undersecretary for defence, toured the yard.", "Sofia Marchetti"),
])
def test_full_names_the_ner_missed(parsed, text, name):
    people = parsed(text, published=PUBLISHED)[1].people
    assert [p.name for p in people] == [name]


@pytest.mark.parametrize("text", [
    "Naval Group signed the deal. The Group said it would hire.",
    "Lockheed Martin and General Dynamics bid for the contract.",
    "The agreement was signed at Camp David.",
])
def test_companies_and_places_stay_no_people(parsed, text):
    assert parsed(text, published=PUBLISHED)[1].people == []


@pytest.mark.parametrize("text, expected", [
    ("The contract is worth 600 million Swiss francs.", [(6e8, "CHF")]),
    ("Canberra set aside 2 billion Australian dollars for the drones.", [(2e9, "AUD")]),
    ("The order is valued at 45 billion kyats.", [(4.5e10, "MMK")]),
    ("The ship carried 300 million pounds of grain.", []),
])
def test_currencies_named_with_their_country(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The coast guard in Kenya will get Sh6.5 billion for patrol boats.", [(6.5e9, "KES")]),
    ("Uganda's army plans to spend Shs 320 billion on trucks.", [(3.2e11, "UGX")]),
    ("Tanzania's navy was allotted Sh 1.4 trillion this year.", [(1.4e12, "TZS")]),
    ("The ministry approved a budget of Sh2 billion for barracks.", [(2e9, "KES")]),
    ("Doha signed a QR3.2 billion contract for radars.", [(3.2e9, "QAR")]),
    ("The sh sound lasted 12 seconds.", []),
])
def test_shared_shilling_signs_and_the_qatari_riyal(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, speaker, words", [
    ('Foreign ministry spokesman Lin Hao dismissed the report as "groundless speculation".',
     "Lin Hao", "groundless speculation"),
    ('The Kremlin\'s spokesman, Yuri Sedov, rejected the allegations as "absolutely baseless".',
     "Yuri Sedov", "absolutely baseless"),
    ('Opposition leader Nana Owusu slammed the purchase as "a waste of public money".',
     "Nana Owusu", "a waste of public money"),
    ('Defence Minister Pavel Drozd defended the deal as "the best value for taxpayers".',
     "Pavel Drozd", "the best value for taxpayers"),
    ('General Omar Saleh revealed that "two squadrons are already operational."',
     "Omar Saleh", "two squadrons are already operational."),
    ('The minister, Lina Haddad, assured lawmakers that "no Lebanese soldier will fight abroad."',
     "Lina Haddad", "no Lebanese soldier will fight abroad."),
    ('Ambassador Li Qiang alleged that the drones were "supplied through third countries".',
     "Li Qiang", "supplied through third countries"),
])
def test_verbs_of_rejecting_revealing_and_assuring_report_speech(parsed, text, speaker, words):
    (got,) = quotes_of(parsed, text)
    assert _same_name(got[0], speaker) and got[1] == words


def test_a_name_in_quote_marks_after_a_verb_of_rejecting_is_no_quotation(parsed):
    assert quotes_of(parsed, 'The navy rejected the "Sea Guardian" offer from the shipyard.') == []


@pytest.mark.parametrize("text, names", [
    ("Interior Minister Paolo Ferri of Italy and Mehmet Aydin of Turkey signed an agreement in Rome.",
     {"Paolo Ferri", "Mehmet Aydin"}),
    ("Defence Minister Karin Holm of Norway and Andrius Vaitkus of Lithuania met in Vilnius on Monday.",
     {"Karin Holm", "Andrius Vaitkus"}),
    ("“Our pilots fly again, led by President [Lucas] Ferreyra,” the minister said.",
     {"Lucas Ferreyra"}),
    ("The talks were chaired by Secretary (Helen) Brandt in the capital.", {"Helen Brandt"}),
])
def test_names_shown_by_their_frame_when_the_ner_missed_them(parsed, text, names):
    people = parsed(text, published=PUBLISHED)[1].people
    assert {p.name for p in people} == names


@pytest.mark.parametrize("text", [
    "Troops of Chad and Units of Niger crossed the border.",
    "The leadership of President [sic] was questioned.",
])
def test_coordinated_bodies_and_brackets_stay_no_people(parsed, text):
    assert parsed(text, published=PUBLISHED)[1].people == []


@pytest.mark.parametrize("text, expected", [
    ("“We thank “Delta Motors” for the trucks,” Colonel Ama Boateng said on Monday.",
     [("Ama Boateng", "We thank “Delta Motors” for the trucks")]),
    ('"The crews of "Sea Lion" trained for a year," Commodore Erik Dahl told reporters.',
     [("Erik Dahl", 'The crews of "Sea Lion" trained for a year')]),
    ("Brigadier Lena Osei toured the depot on Friday. She stressed that the engines had been rebuilt.\n\n"
     "“Without the team at “Delta Motors” none of this was possible. The trucks are ready. We expect the next bat",
     [("Lena Osei", "Without the team at “Delta Motors” none of this was possible. The trucks are ready. "
                    "We expect the next bat")]),
])
def test_a_term_quoted_inside_a_quotation_in_the_same_marks(parsed, text, expected):
    assert quotes_of(parsed, text) == expected


def test_two_quoted_terms_in_a_sentence_are_not_nested(parsed):
    assert quotes_of(parsed, "Colonel Ama Boateng praised the “Sahel Shield” drill and the “Blue Force” unit.") == []


@pytest.mark.parametrize("text, expected", [
    ('In a readout, Navy spokeswoman Captain Alma Ruiz said the two admirals met in Manila.\n\n'
     'Based on the readout, the two ministers "agreed to expand joint patrols in the Arafura Sea."',
     [("Alma Ruiz", "agreed to expand joint patrols in the Arafura Sea.")]),
    ('In a readout, Navy spokeswoman Captain Alma Ruiz said the two admirals met in Manila.\n\n'
     '"The admirals agreed on a joint patrol schedule," the readout said.\n\n'
     'Based on the readouts, both ministers "agreed to expand joint patrols in the Arafura Sea."',
     [("Alma Ruiz", "The admirals agreed on a joint patrol schedule"),
      ("Alma Ruiz", "agreed to expand joint patrols in the Arafura Sea.")]),
    ('Based on comments by Deputy Minister Rui Sampaio, the corvettes "will be built in Lisbon."',
     [("Rui Sampaio", "will be built in Lisbon.")]),
])
def test_based_on_a_statement_names_its_issuer(parsed, text, expected):
    got = quotes_of(parsed, text)
    assert len(got) == len(expected), got
    for (speaker, words), (s, t) in zip(expected, got):
        assert _same_name(s, speaker) and t == words, got


def test_based_on_an_unissued_statement_gives_no_speaker(parsed):
    assert quotes_of(parsed, 'Based on the report, the rifles "were sold twice."') == []


@pytest.mark.parametrize("text, expected", [
    ('"Every rifle will be accounted for," the interior ministry in Nairobi said in a statement.',
     [("Kenya interior ministry", "Every rifle will be accounted for")]),
    ('The defence ministry in Warsaw said the tanks "would arrive in spring."',
     [("Poland defence ministry", "would arrive in spring.")]),
])
def test_a_state_body_placed_in_a_city_speaks_for_its_country(parsed, text, expected):
    assert quotes_of(parsed, text) == expected


def test_a_company_placed_in_a_city_is_no_state_body(parsed):
    assert quotes_of(parsed, '"We will sign soon," the company in Busan said.') == []


@pytest.mark.parametrize("text, expected", [
    ("“We will not be rushed into buying the wrong aircraft” — that is how Air Marshal Nils Berg put it on Monday.",
     [("Nils Berg", "We will not be rushed into buying the wrong aircraft")]),
    ('"The border is quiet, but not safe" - this was how Colonel Rana Aziz described the situation.',
     [("Rana Aziz", "The border is quiet, but not safe")]),
])
def test_that_is_how_x_put_it(parsed, text, expected):
    assert quotes_of(parsed, text) == expected


def test_that_is_how_a_thing_works_names_no_speaker(parsed):
    assert quotes_of(parsed, '"Ready at all hours" - that is how the new radar works.') == []


@pytest.mark.parametrize("text, expected", [
    ('A Polish government statement said the delay was caused by "technical problems at the shipyard."',
     [("Polish government", "technical problems at the shipyard.")]),
    ('A Polish government communique blamed the slip on "technical problems at the shipyard."',
     [("Polish government", "technical problems at the shipyard.")]),
    ('In a statement, Navy spokeswoman Alma Ruiz said the patrol boats had arrived. The statement blamed the '
     'delay on "storms in the Bay of Biscay."',
     [("Alma Ruiz", "storms in the Bay of Biscay.")]),
])
def test_a_statement_subject_reports_what_its_verb_quotes(parsed, text, expected):
    assert quotes_of(parsed, text) == expected


@pytest.mark.parametrize("text", [
    'The statement came after the "historic" vote in parliament.',
    'The general blamed the delay on "storms in the Bay of Biscay."',
])
def test_no_statement_subject_no_speaker(parsed, text):
    assert quotes_of(parsed, text) == []


@pytest.mark.parametrize("text, expected", [
    ('The African Union is "deeply concerned at the flow of weapons into the Sahel and urges all states to '
     'respect the embargo".',
     [("African Union", "deeply concerned at the flow of weapons into the Sahel and urges all states to respect "
                        "the embargo")]),
    ('Colonel Rana Aziz remained "confident that the trucks will arrive before the rains."',
     [("Rana Aziz", "confident that the trucks will arrive before the rains.")]),
])
def test_a_quoted_attitude_is_its_holders_word(parsed, text, expected):
    got = quotes_of(parsed, text)
    assert len(got) == 1 and _same_name(got[0][0], expected[0][0]) and got[0][1] == expected[0][1], got


@pytest.mark.parametrize("text", [
    'Russia is "a reliable partner in the region".',
    'The tanks are "ready for the desert".',
])
def test_a_quoted_description_is_no_attitude(parsed, text):
    assert quotes_of(parsed, text) == []


# --- people: authors, datelines, split and partly tagged names -----------------------------------------

@pytest.mark.parametrize("text", [
    "By Lena Holt and Marek Wozniak\n\nSummary. Europe buys air defence.\n\n"
    "About the authors: Lena Holt is a fellow at the Centre; Marek Wozniak is an associate fellow.",
    "Reporting by Jonas Eklund; Editing by Clara Moss",
    "By Sam Ortega and Ines Duarte\n\nThe navy wants frigates. Duarte has covered the navy since 2010.",
])
def test_the_authors_of_an_article_are_no_people_wherever_they_stand(parsed, text):
    assert parsed(text, published=PUBLISHED)[1].people == []


@pytest.mark.parametrize("text, names", [
    ("By Monday, Minister Piotr Zielinski said, the tanks will be in Poland.", ["Piotr Zielinski"]),
    ("The deal was brokered by Jane Roe and John Doe in March.", ["Jane Roe", "John Doe"]),
    ("By Sam Ortega, Defence Correspondent\n\nThe army wants tanks, General Amal Idris said.", ["Amal Idris"]),
])
def test_by_inside_a_sentence_names_no_author(parsed, text, names):
    assert sorted(p.name for p in parsed(text, published=PUBLISHED)[1].people) == names


def test_the_outlet_of_a_dateline_is_no_person(parsed):
    text = "LIMA (Noticias Sur) - Peru signed a deal for patrol boats, Minister Rosa Huaman said."
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == ["Rosa Huaman"]


@pytest.mark.parametrize("text, name, title, affiliation", [
    ('The frigate was received from Norwegian State Secretary for Defence Ingrid Solvang. "We are proud," '
     'Solvang said.', "Ingrid Solvang", "State Secretary for Defence", "Norway"),
    ("Germany's Parliamentary State Secretary Jonas Keller opened the plant.",
     "Jonas Keller", "Parliamentary State Secretary", "Germany"),
])
def test_a_given_name_the_ner_left_out_joins_the_surname(parsed, text, name, title, affiliation):
    (person,) = parsed(text, published=PUBLISHED)[1].people
    assert person.name == name
    assert (person.titles[0].title, person.titles[0].affiliation) == (title, affiliation)


def test_an_abbreviated_given_name_does_not_split_a_name(parsed):
    text = "Fleet commander Rear Admiral Ramon Ma. Villareal Quimpo watched the launch on Friday."
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == ["Ramon Ma. Villareal Quimpo"]


@pytest.mark.parametrize("text, names", [
    ("The Spanish minister, Margarita Robles Fernández, visited the base.", ["Margarita Robles Fernández"]),
    ("Kenya's defence secretary, Aden Mwangi Kiprop, opened the factory.", ["Aden Mwangi Kiprop"]),
    ("The company's chairman, Lockheed Martin, said.", []),
])
def test_a_name_in_apposition_to_a_title(parsed, text, names):
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == names


# --- figures: currency names several states share ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Philippines will pay 28 billion pesos for the two corvettes.", [(2.8e10, "PHP")]),
    ("Mexico set aside 5,000 million pesos for the purchase.", [(5e9, "MXN")]),
    ("Colombia will pay 1.2 trillion pesos for the jets.", [(1.2e12, "COP")]),
    ("Algeria bought weapons worth 10 billion dinars.", [(1e10, "DZD")]),
    ("Baghdad approved 2 trillion dinars for the army, Iraq's ministry said.", [(2e12, "IQD")]),
    ("Oman's navy got 90 million rials for patrol boats.", [(9e7, "OMR")]),
    ("Morocco will pay 4 billion dirhams for the drones.", [(4e9, "MAD")]),
    ("The UAE deal is worth Dh5 billion.", [(5e9, "AED")]),
    ("Mali signed a contract for 12 billion francs, officials in Mali said.", [(1.2e10, "XOF")]),
    ("Denmark will spend 25 billion kroner on F-35s.", [(2.5e10, "DKK")]),
    ("Pakistan allocated Rs 1.8 trillion for defence.", [(1.8e12, "PKR")]),
    ("The ministry signed a 3.5 billion rupee contract.", [(3.5e9, "INR")]),
    ("The contract with Israel is worth NIS 1.8 billion.", [(1.8e9, "ILS")]),
    ("Kuwait signed a KD 300 million contract.", [(3e8, "KWD")]),
    ("Delegates met at COP28 in Dubai.", []),
])
def test_a_shared_currency_name_is_read_as_the_currency_of_the_state_named(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


# --- figures: counts with a frame of their own -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow launched 75 drones and missiles at Ukrainian towns overnight, the air force said.",
     [(75, "drones and missiles")]),
    ("Air defences shot down 40 drones.", [(40, "drones")]),
    ("The army fired 300 shells at the hills.", [(300, "shells")]),
    ("The purchase brings the air force's fleet of Rafales to 36.", [(36, "aircraft")]),
    ("Greece's fighter jet fleet will number 24 after the deliveries.", [(24, "aircraft")]),
    ("Minsk received more Su-30SM jets this year, bringing its fleet of the type to 20.", [(20, "aircraft")]),
    ("The alliance, which now has 32 members, met in Vilnius.", [(32, "members")]),
    ("The bloc's 27 member states agreed on the package.", [(27, "members")]),
    ("The show features more than 900 exhibitors.", [(900, "exhibitors")]),
    ("The company holds contracts from about 30 countries.", [(30, "countries")]),
    ("The rifle is in service with 12 countries.", [(12, "countries")]),
    ("Troops from 12 countries took part in the drill.", [(12, "countries")]),
])
def test_strikes_fleets_members_exhibitors_and_customer_states_are_figures(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # (the parties named before: "troops from 12 countries" is a count of participants, as the own18 and own19
    # gold code it)
    "Troops from both countries took part in the drill.",
    "Iran supplied 400 drones to Russia.",
    "Poland will buy 96 Apache helicopters.",
    "The navy launched two frigates in May.",
    "The fleet sailed to 3 ports.",
    # (a planned output with no rate; a planned rate, "30 missiles a month", is a plant's capacity: own6 and own16
    # gold count it)
    "The factory will produce 30 missiles.",
])
def test_lots_launched_ships_and_visits_are_no_such_figures(parsed, text):
    assert figures_of(parsed, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The strike killed a dozen soldiers.", [(12, "people")]),
    ("Two dozen civilians were killed in the raid.", [(24, "people")]),
    ("The navy ordered a dozen patrol boats.", []),
    ("The S26T is 77 metres long and displaces about 2,600 tonnes when submerged.", []),
    ("Peru will buy 12 fighters from Sweden.", []),
    ("Lima buys 24 fighters\n\nPeru has signed a contract for 24 F-16 Block 70 fighter jets.", []),
    ("Soldiers killed 24 fighters. Peru bought 12 F-16 jets.", [(24, "people")]),
    ("About 800 fighters joined the group last year.", [(800, "people")]),
])
def test_dozens_measures_of_a_machine_and_fighters_that_are_jets(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Hours earlier Russia launched 120 drones and six missiles at power plants, the air force said, adding that "
     "90 of the drones had been shot down.", [(120, "drones"), (6, "missiles"), (90, "drones")]),
    ("The fair drew more than 300 exhibitors from 25 countries.", [(300, "exhibitors"), (25, "countries")]),
    ("The drill involves some 6,000 troops from 11 countries taking part.", [(6000, "people"), (11, "countries")]),
    ("The drill had 14 participating countries.", [(14, "countries")]),
    ("Two of the frigates were sold to Greece.", []),
    # (the states whose delegations visited an occasion are counted, as the own22 gold codes them)
    ("Delegations from 40 countries visited the show.", [(40, "countries")]),
    ("The agreement between the two countries, which took effect in May, allows joint drills.", []),
])
def test_weapons_shot_down_and_states_taking_part(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, names", [
    ('"The launcher is ready," said Yoav Shaked, general manager of Elbit Systems Land.', ["Yoav Shaked"]),
    ("On Wednesday, the minister received a Turkish Aerospace delegation led by its general manager, Mert Ozkan.",
     ["Mert Ozkan"]),
    ("The deal was signed by Hanwha Aerospace, the chairman said.", []),
    ("Rheinmetall Defence, the German arms maker, won the deal.", []),
])
def test_a_name_taken_for_a_company_is_a_person_by_its_title(parsed, text, names):
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == names


# --- families found on a blind set: second quotations, thanks, bare body nouns, dollars, counts -------------

@pytest.mark.parametrize("text, expected", [
    ('Hungarian Defence Minister Peter Kovacs said the agreement was "aimed at Budapest" and that the country '
     '"will answer by building up its own forces".',
     [("Peter Kovacs", "aimed at Budapest"), ("Peter Kovacs", "will answer by building up its own forces")]),
    ('« This radar will protect our skies », declared Colonel Amadou Traore, who thanked « the friendly Korean '
     'people » for their help.',
     [("Amadou Traore", "This radar will protect our skies"), ("Amadou Traore", "the friendly Korean people")]),
    ('The Thai Defence Ministry signed the contract in 2023. A ministry statement said the two had discussed '
     '"faster delivery of spare parts" and joint exercises.',
     [("Defence Ministry", "faster delivery of spare parts")]),
    ('The Chilean Army has cancelled the planned purchase of 20 tanks from Rheinmetall of Germany. The army said '
     'in a note that a new tender would be opened "in the coming months".',
     [("Chilean Army", "in the coming months")]),
    ("Hungary's government on Monday condemned the deal, calling it \"a threat to the region\".",
     [("Hungary's government", "a threat to the region")]),
])
def test_second_quotations_thanks_and_bodies_named_before(parsed, text, expected):
    got = quotes_of(parsed, text)
    assert len(got) == len(expected), got
    for speaker, words in expected:
        assert any(_same_name(s, speaker) and t == words for s, t in got), got


def test_a_bare_body_noun_with_no_such_body_named_gives_no_speaker(parsed):
    assert quotes_of(parsed, 'A ministry statement said the talks were "useful".') == []


@pytest.mark.parametrize("text, url, expected", [
    # a paper of another dollar state: its web domain, or its unnamed federal government and the state named most
    ("Canberra will spend $3 billion on drones.", "https://www.example.com.au/news/1", [(3e9, "AUD")]),
    ("The federal government will spend $3 billion on drones, Australian officials said. Australia ordered "
     "them from the United States, and Australia will build more at home.", None, [(3e9, "AUD")]),
    ("Ottawa will buy $2 billion worth of frigates.", "https://news.example.ca/story", [(2e9, "CAD")]),
    # or its dateline is a city of that state
    ("Budget lifts spending\n\nOTTAWA — The budget sets aside $8 billion for new frigates, the minister said.", None,
     [(8e9, "CAD")]),
    ("WELLINGTON (Staff) - The government will spend $1.5 billion on patrol aircraft.", None, [(1.5e9, "NZD")]),
    # wire copy: the bare dollar stays the US dollar
    ("Canberra will spend $3 billion on drones.", "https://www.example.com/news/1", [(3e9, "USD")]),
    ("The federal government will spend A$3 billion on drones and $1 billion on radars, Australia said, "
     "and Australia and Australia agreed.", None, [(1e9, "USD"), (3e9, "AUD")]),
    ("The federal government in Washington approved a $2 billion sale of jets to Canada.", None, [(2e9, "USD")]),
    ("WASHINGTON — Canada will buy $2 billion worth of jets from the United States.", None, [(2e9, "USD")]),
])
def test_a_bare_dollar_is_the_dollar_of_the_paper(parsed, text, url, expected):
    found = sorted((round(f.value, 2), f.unit) for f in extract_figures(*parsed(text, published=PUBLISHED, url=url)))
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Overnight Russia fired 60 drones and four missiles at cities in eastern Ukraine.",
     [(4.0, "missiles"), (60.0, "drones")]),
    ("The army said 41 of the drones had been shot down.", [(41.0, "drones")]),
    ("Militants launched 30 rockets and mortars at the base.", [(30.0, "rockets and mortars")]),
    ("The three states agreed to set up a joint force of 3,000 men.", [(3000.0, "people")]),
    ("The fair has drawn more than 400 exhibitors from 45 countries.", [(45.0, "countries"), (400.0, "exhibitors")]),
    ("Some 6,000 troops from 11 countries are taking part in the drills.", [(11.0, "countries"), (6000.0, "people")]),
])
def test_munitions_fired_forces_and_participating_countries(parsed, text, expected):
    assert figures_of(parsed, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway will send Ukraine 10 more tanks under a 12th military aid package worth NOK 3 billion.",
     [(12.0, "packages"), (3e9, "NOK")]),
    ("Canada's newest support package is the 9th it has sent Kyiv since the invasion began.", [(9.0, "packages")]),
    ("The 18th Mechanised Division received 40 new trucks.", []),
])
def test_an_instalments_ordinal_counts_those_so_far(parsed, text, expected):
    assert figures_of(parsed, text) == expected


@pytest.mark.parametrize("text", [
    "Turkey delivered 60 drones and four missiles to Ukraine last year.",
    "The navy ordered 12 missiles for its frigates.",
    "The minister met delegations from 12 countries.",
])
def test_munitions_delivered_or_ordered_are_transfer_quantities(parsed, text):
    assert figures_of(parsed, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Lima will pay about 4 billion soles for the corvettes.", [(4e9, "PEN")]),
    ("Bucharest set aside 12 billion lei for the howitzers.", [(1.2e10, "RON")]),
    ("The jets were ordered in 2024 for RM3.15bil, and a further RM450mil goes to training.",
     [(4.5e8, "MYR"), (3.15e9, "MYR")]),
    ("Delays stalled the 9.2-billion-baht frigate programme.", [(9.2e9, "THB")]),
    ("The navy signed a contract worth 1.4 billion US dollars.", [(1.4e9, "USD")]),
])
def test_money_in_soles_lei_glued_bil_and_hyphenated_names(parsed, text, expected):
    assert figures_of(parsed, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Eight navy pilots and 25 technicians are training on the helicopter in France.",
     [(8.0, "people"), (25.0, "people")]),
    ("Three warships and 14 fighter aircraft were detected near the island on Monday, the ministry said.",
     [(3.0, "warships"), (14.0, "aircraft")]),
    ("The export board said it had rejected six applications over human rights concerns.",
     [(6.0, "applications")]),
    ("The army aviation corps' remaining nine Mi-17 helicopters are mostly grounded.", [(9.0, "helicopters")]),
    ("Some 900 exhibitors took part, with the participation of delegations from 40 countries.",
     [(40.0, "countries"), (900.0, "exhibitors")]),
])
def test_trainees_sightings_refused_requests_and_remaining_fleets(parsed, text, expected):
    assert sorted(figures_of(parsed, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The rockets, which can hit targets up to 150 kilometres away, were shown at the parade.",
    "The remaining 20 tanks will arrive next year.",
])
def test_reach_of_a_weapon_and_lots_still_due_are_no_figures(parsed, text):
    assert figures_of(parsed, text) == []


@pytest.mark.parametrize("text", [
    "Minister of Defense Welcomes Korean Counterpart; Signing of Shipbuilding Agreement",
    "Meanwhile, the navy's third inshore patrol vessel built by Damen, SAS Nomvula Khumalo, was commissioned.",
    "The delegation also visited the institute, which is developing the Tien Lung loitering munition.",
    # an industrial or military site named after a place or a person
    "Sidi Moussa plant to treble armoured car output\n\nThe Sidi Moussa plant will build 300 more Fuchs vehicles.",
])
def test_headline_phrases_ships_and_weapons_are_no_people(parsed, text):
    assert parsed(text, published=PUBLISHED)[1].people == []


def test_a_name_after_a_capitalised_title_the_ner_half_took_for_a_body(parsed):
    text = ("Chile is following the purchases. Its Defence Minister, Ana Prieto Solís, said on Sunday in an "
            "interview with a Santiago radio station that her country was calm.")
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == ["Ana Prieto Solís"]


def test_the_ministry_of_the_minister_named_before_speaks_when_no_ministry_is_named(parsed):
    text = ('Portugal has ordered two more patrol boats, Defence Minister Rui Fontes announced on Monday. He met '
            'Spanish Defence Minister Elena Prado, who visited Lisbon for the talks. The ministry rejected a '
            'newspaper report on a third boat. "No such purchase has been planned or discussed," the ministry '
            'said in a statement.')
    got = quotes_of(parsed, text)
    assert [(s, t) for s, t in got if t.startswith("No such")] == [
        ("Defence Ministry", "No such purchase has been planned or discussed")], got


def test_a_quoted_term_reported_by_an_according_to_phrase(parsed):
    text = 'Ottawa received the verdict "with concern", according to a Canadian embassy statement.'
    assert quotes_of(parsed, text) == [("Canadian embassy", "with concern")]


def test_a_name_beside_a_title_in_apposition_that_the_ner_took_for_a_place(parsed):
    text = ("The review panel chairperson, Minister in the Presidency Sizwe Ndlovu, said the panel had refused "
            "four applications on human rights grounds.")
    assert [p.name for p in parsed(text, published=PUBLISHED)[1].people] == ["Sizwe Ndlovu"]


def test_what_a_plant_can_make_stays_a_figure(parsed):
    assert figures_of(parsed, "The new plant can produce 5,000 tons of explosives a year.") == [(5000.0, "tons")]


def test_a_prime_minister_heads_no_ministry_and_a_deputy_ministers_is_his_ministry(parsed):
    text = ('Prime Minister Ola Dahl and Deputy Defence Minister Rui Fontes opened the yard on Monday. The ministry '
            'rejected a newspaper report. "No such purchase has been planned," the ministry said.')
    got = quotes_of(parsed, text)
    assert got == [("Defence Ministry", "No such purchase has been planned")], got


def test_an_owners_remaining_lot_handed_over_is_no_fleet_figure(parsed):
    assert figures_of(parsed, "The army's remaining 20 Leopard tanks will be donated to Ukraine.") == []


def test_a_ministry_named_after_a_minister_with_his_country_in_his_title_keeps_one_demonym(parsed):
    text = ('French Armed Forces Minister Claire Roux opened the yard on Monday. The ministry rejected a report. '
            '"No such purchase has been planned," the ministry said.')
    assert quotes_of(parsed, text) == [("French Armed Forces Ministry", "No such purchase has been planned")]
