"""Figures, quotes and people on sentences written for these rules (own words, several phrasings each)."""
import pytest

from armstrack.core import analyse_text


def _figures(text):
    return {(f.value, f.unit) for f in analyse_text(text, published="2025-03-10").figures}


def _people(text):
    return {p.name for p in analyse_text(text, published="2025-03-10").people}


# --- currencies completed from ISO 4217: names, codes before an amount, and signs several states share
@pytest.mark.parametrize("text, expected", [
    ("Angola will pay 50 billion kwanzas for the helicopters.", (50e9, "AOA")),
    ("The Maldives paid 300 million rufiyaa for the patrol boats.", (300e6, "MVR")),
    ("Uzbekistan set aside 9 trillion soums for its armed forces.", (9e12, "UZS")),
    ("The Lebanese army received 40 billion Lebanese pounds from donors.", (40e9, "LBP")),
    ("Guatemala's congress approved 600 million quetzales for the army's trucks.", (600e6, "GTQ")),
    ("Mozambique spent 2 billion meticais on patrol craft.", (2e9, "MZN")),
])
def test_currency_names_of_iso_4217(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text, expected", [
    ("The radars cost USD 12 million, or around MVR 185 million, according to the ministry.", (185e6, "MVR")),
    ("Sarajevo set aside BAM 40 million for helicopters.", (40e6, "BAM")),
    ("The deal is worth GTQ 300 million.", (300e6, "GTQ")),
])
def test_every_iso_code_before_an_amount(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text, expected", [
    ("Botswana's army chief said the ministry wants P2.5 billion for new trucks next year.", (2.5e9, "BWP")),
    ("Manila approved P5 billion for the radars.", (5e9, "PHP")),
    ("Moldova plans to spend 3 billion lei on air defence radars this year, the Moldovan minister said.",
     (3e9, "MDL")),
    ("Bucharest will spend 10 billion lei on Romania's new air defence.", (10e9, "RON")),
    ("Malawi's army was granted 20 billion kwacha for trucks by Malawi's parliament.", (20e9, "MWK")),
])
def test_shared_signs_follow_the_state(text, expected):
    assert expected in _figures(text)


def test_indian_rupees_stay_indian_beside_island_customers():
    text = ("India exported patrol boats to Seychelles and Mauritius. Seychelles and Mauritius also took radars. "
            "Exports reached Rs 9,000 crore last year, the Indian ministry said.")
    assert all(unit != "SCR" and unit != "MUR" for _, unit in _figures(text))


# --- people counted as trained: trades and crews, and a purpose clause of their own verb
@pytest.mark.parametrize("text, expected", [
    ("Some 40 engineers and 15 mechanics have been trained in France since May.", (40, "people")),
    ("The navy trained 25 drivers and mechanics at the base last year.", (25, "people")),
    ("France also provided training for 45 drivers at its base.", (45, "people")),
    ("Fifty crew members will travel to Italy in June to begin training on the frigate.", (50, "people")),
    ("Some 35 instructors are heading to Texas to train on the new jets.", (35, "people")),
])
def test_trained_people(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "Ten officers will travel to Rome to sign the contract.",
    "Twelve engineers work at the new plant.",
])
def test_people_without_a_cue_are_no_figure(text):
    assert not _figures(text)


# --- designations under sanctions
@pytest.mark.parametrize("text, expected", [
    ("The Treasury designated seven entities and three individuals in Turkey for supplying drone engines.",
     {(7, "entities"), (3, "people")}),
    ("Washington is designating 11 firms in Hong Kong over the sale of engines to Tehran.", {(11, "companies")}),
])
def test_designations_are_sanctions(text, expected):
    assert expected <= _figures(text)


# --- aircraft named by a designator the tokenizer splits are machines, not fighters counted as people
@pytest.mark.parametrize("text", [
    "The air force took delivery of twelve Sukhoi Su-30K fighters ordered from Russia in 2013.",
    "Kyiv received six Mirage 2000-5F fighters from France.",
])
def test_fighter_aircraft_are_no_people(text):
    assert (12, "people") not in _figures(text) and (6, "people") not in _figures(text)


def test_fighters_killed_stay_people():
    assert (40, "people") in _figures("Insurgents said 40 fighters were killed in the clash.")


# --- names that are no people: ships by their navies' prefixes, atolls, examples of a class of things
@pytest.mark.parametrize("text, person, thing", [
    ("The Italian frigate ITS Luigi Rizzo docked in Piraeus on Monday, while Admiral Marco Bellini met the Greek "
     "navy chief.", "Marco Bellini", "Luigi Rizzo"),
    ("The Polish ship ORP Kazimierz Pulaski joined the exercise, Commander Anna Nowak said.", "Anna Nowak",
     "Kazimierz Pulaski"),
    ("The boats arrived at the harbour in Baa Atoll on Friday, said Colonel Ahmed Shareef.", "Ahmed Shareef",
     "Baa Atoll"),
    ("Air forces from the region train together in drills such as Red Flag and Cope North, said analyst John "
     "Carter.", "John Carter", "Cope North"),
])
def test_things_named_like_people(text, person, thing):
    names = _people(text)
    assert person in names and thing not in names


@pytest.mark.parametrize("text, names", [
    ("Several leaders, such as President Ali Hassan and Prime Minister Sara Mendes, attended the summit.",
     {"Ali Hassan", "Sara Mendes"}),
    ("Officials including Defence Minister Peter Okafor met the delegation.", {"Peter Okafor"}),
])
def test_people_listed_as_examples_stay_people(text, names):
    assert names <= _people(text)


def _quotes(text):
    return {(q.speaker, q.text) for q in analyse_text(text, published="2025-03-10").quotes}


# --- a light verb and its adjective report speech
@pytest.mark.parametrize("text, speaker, said", [
    ('Deputy Secretary Mark Thornton travelled to Lima on Monday. The Deputy Secretary made clear that the United '
     'States "will not abandon its partners".', "Mark Thornton", "will not abandon its partners"),
    ('General Omar Diallo made plain that the army "will not retreat".', "Omar Diallo", "will not retreat"),
    ('General Omar Diallo made clear that the army "will not retreat".', "Omar Diallo", "will not retreat"),
])
def test_made_clear_reports_speech(text, speaker, said):
    assert (speaker, said) in _quotes(text)


# --- "the <nationality> official": the one person of that state named before
@pytest.mark.parametrize("text, speaker", [
    ("Deputy Defence Minister Laura Fenwick of Britain met Polish officials in Warsaw. The British official assured "
     "her hosts of London's \"steadfast backing for the eastern flank\".", "Laura Fenwick"),
    ("Norwegian State Secretary Jonas Berg met the Lithuanian minister. The Norwegian official said Oslo would "
     "offer \"every possible help\".", "Jonas Berg"),
])
def test_national_official_is_the_one_named(text, speaker):
    assert speaker in {s for s, _ in _quotes(text)}


def test_national_official_ambiguous_between_two():
    text = ("Norwegian State Secretary Jonas Berg met Norwegian Army chief General Tor Lund. The Norwegian official "
            "said Oslo would offer \"every possible help\".")
    speakers = {s for s, _ in _quotes(text)}
    assert "Jonas Berg" not in speakers and "Tor Lund" not in speakers


# --- a name in apposition to a title, which the NER ran into one body with the title's tail
@pytest.mark.parametrize("text", [
    "Cadets marched past the Chilean Secretary of State for Defence, Inés Calvo Ruiz.",
    "The new hangar was opened by the Peruvian Secretary of State for Defence, Inés Calvo Ruiz.",
])
def test_name_after_title_and_comma(text):
    assert "Inés Calvo Ruiz" in _people(text)


# --- a company's chief officers are titles, not names
@pytest.mark.parametrize("text, name", [
    ("On the call were Maria Lopes Duarte, Chief Financial Officer; and Tom Baker, an analyst at Acme Securities.",
     "Maria Lopes Duarte"),
    ("Chief Operating Officer Karin Vogt said deliveries would rise.", "Karin Vogt"),
])
def test_chief_officers_are_titles(text, name):
    names = _people(text)
    assert name in names and not any("Officer" in n for n in names)


# --- an unsigned commentary's closing note on its author is metadata; documents named like people are not
def test_closing_author_note_is_metadata():
    text = ("Navies in the region are buying more drones, said Admiral Joseph Tan.\n\n"
            "Maria Kovacs Lindqvist is a Senior Fellow at the Institute for Defence Studies, Oslo.")
    names = _people(text)
    assert "Joseph Tan" in names and "Maria Kovacs Lindqvist" not in names


@pytest.mark.parametrize("text", [
    "Navies in the region are buying more drones.\n\nMaria Kovacs Lindqvist is a Senior Fellow at the Institute "
    "for Defence Studies. She argued that drones were cheap, and Admiral Joseph Tan agreed.",
    "Maria Kovacs Lindqvist is a senior fellow at the institute. She said drones were cheap.\n\n"
    "Navies in the region are buying more drones.",
])
def test_a_person_introduced_in_the_body_stays(text):
    assert "Maria Kovacs Lindqvist" in _people(text)


def test_transcript_title_is_no_person():
    text = "Q2 2024 Investor Call Transcript (abridged)\n\nRevenue rose, said Chief Executive Ola Nordmann."
    assert _people(text) == {"Ola Nordmann"}


# --- amounts written in words before a currency's name
@pytest.mark.parametrize("text, expected", [
    ("The old tanks were sold for a token price of one euro each.", (1, "EUR")),
    ("The old tanks were sold for a token price of two euros each.", (2, "EUR")),
    ("The frigates were sold for a symbolic one dollar.", (1, "USD")),
    ("The ministry paid two million euros for the radar.", (2e6, "EUR")),
    ("Kenya paid ten million Kenyan shillings for the boats.", (10e6, "KES")),
])
def test_amount_in_words(text, expected):
    assert expected in _figures(text)


# --- tallies of events and bodies a report counts
@pytest.mark.parametrize("text, expected", [
    ("Observers logged more than 300 violations of the truce in March.", (300, "violations")),
    ("The two air forces will hold 30 joint activities next year.", (30, "activities")),
    ("The drone has been sold to 15 customers worldwide.", (15, "customers")),
    ("The navy reported 12 incidents with foreign vessels.", (12, "incidents")),
])
def test_tallies_of_events_and_bodies(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "The two companies signed a deal in May.",
    "The two missions met in May.",
    "These three sites were inspected again.",
])
def test_a_definite_small_count_refers_back(text):
    assert not _figures(text)


def test_a_definite_count_with_news_stays():
    assert (4, "sites") in _figures("The talks covered the four new training sites near the coast.")


def test_the_two_countries_are_no_reach_count():
    assert (2, "countries") not in _figures("Of the twelve jets the two countries ordered jointly, seven are for "
                                            "the Danes.")
    assert (14, "countries") in _figures("The rifle has been ordered by 14 countries.")


# --- the signer of a letter, under the office in capitals
@pytest.mark.parametrize("text, name", [
    ("Dear President,\n\nThe minister met the Polish envoy on Monday.\n\nTHE MINISTER OF DEFENCE,\n\nK.H. Brekelmans",
     "K.H. Brekelmans"),
    ("I will keep the House informed.\n\nTHE STATE SECRETARY FOR DEFENCE,\n\nG.P. ter Horst", "G.P. ter Horst"),
])
def test_letter_signer(text, name):
    assert name in _people(text)


def test_a_closing_greeting_signs_no_person():
    assert not _people("The talks went well.\n\nWITH KIND REGARDS,\n\nThe Editors")


# --- a ranking's size is a rank position, not a tally
@pytest.mark.parametrize("text", [
    "The deal made Chile one of Spain's top five customers last year.",
    "Egypt is among the ten largest customers of French arms.",
    "Norway's top three companies by sales grew.",
])
def test_a_ranking_is_no_tally(text):
    assert not _figures(text)


# --- a list of people with their jobs ("X Y, Chief Financial Officer; ...") where the NER took names for bodies
def test_list_of_people_with_titles():
    names = _people("Call participants: Paulo Costa Lima, Chief Executive Officer; Beatriz Nunes Prado, Chief "
                    "Financial Officer; Lars Holm, analyst, Fjord Capital.")
    assert {"Beatriz Nunes Prado", "Lars Holm"} <= names


def test_a_body_before_a_title_and_a_name_stays_a_body():
    assert _people("The deal was signed by Lockheed Martin, chief executive Jim Taiclet said.") == {"Jim Taiclet"}
