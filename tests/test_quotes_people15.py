"""Quotes and people, own14 error analysis: sentences in our own words for each family fixed, with guards."""

from tests.readings import analysed, people, quotes


def _titles(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles] for p in analysed(text).people}


# --- a qualified title set before the name it introduces: "The Vice-Minister for X of Y, General Z," -------------

def test_title_word_tagged_proper_noun_before_the_name_is_the_persons_title():
    text = ("The Vice-Minister for Logistics and Supply of the Ministry of the People’s Power for National Defence, "
            "Major General Oscar Pelaez Duarte, appeared before the committee on Monday.")
    assert "Vice-Minister for Logistics and Supply of the Ministry of the People’s Power for National Defence" \
        in _titles(text)["Oscar Pelaez Duarte"]


def test_title_with_bracketed_acronyms_keeps_its_closing_bracket():
    text = ("The Chief of Naval Staff (CNS) of the Republic of Upper Volta Armed Forces (RUVAF), Vice Admiral Kofi "
            "Mensah Boateng, began a visit to Lisbon.")
    assert "Chief of Naval Staff (CNS) of the Republic of Upper Volta Armed Forces (RUVAF)" \
        in _titles(text)["Kofi Mensah Boateng"]


def test_pronoun_speaker_is_the_title_holder_not_the_last_named_deputy():
    text = ("The Vice-Minister for Logistics of the Ministry of Defence, Major General Oscar Pelaez Duarte, appeared "
            "before the committee. Deputy Lucia Ferrer Abad asked about the budget. Deputy Ferrer insisted: \"We "
            "want the figures.\"\n\nThe Vice-Minister recalled that in January he travelled to Minsk, where he held "
            "talks with Belarus's First Deputy Minister of Defence, Lieutenant General Pavel Morozik. Dozens of "
            "officers now study in Belarus. \"Our ties with Minsk are nobody else's business,\" he told the deputies.")
    found = quotes(text)
    assert ("Oscar Pelaez Duarte", "Our ties with Minsk are nobody else's business") in found
    assert ("Lucia Ferrer Abad", "We want the figures.") in found


def test_acronym_of_a_stated_title_speaks_for_its_holder():
    text = ("The Chief of Naval Staff (CNS) of the Republic of Upper Volta Armed Forces, Vice Admiral Kofi Mensah "
            "Boateng, began a visit to Lisbon on Monday. He held talks with Admiral Rui Costa Neves.\n\n"
            "\"These boats will change how we patrol our waters,\" the CNS said after the talks.")
    assert ("Kofi Mensah Boateng", "These boats will change how we patrol our waters") in quotes(text)


def test_body_acronym_is_not_a_person_whose_title_names_the_body():
    # guard: "the EU" is the body, not its High Representative
    text = ("The High Representative of the European Union (EU), Karin Holmqvist, met the minister on Monday.\n\n"
            "\"The embargo stays,\" the EU said in a statement on Tuesday.")
    assert all(speaker != "Karin Holmqvist" for speaker, _ in quotes(text))


def test_deputy_before_a_name_is_a_title_not_part_of_the_name():
    text = "Deputy Lucia Ferrer Abad asked whether the navy had bought two patrol boats from Spain."
    assert people(text) == {"Lucia Ferrer Abad"}


# --- no people: masthead fields, a report's signature, a month run into a name, berths, papers ------------------

def test_name_in_a_masthead_row_of_fields_is_no_person():
    text = ("Frigate calls at Matanzas\n\nTV Yumuri Matanzas | Local news | Tuesday, 5 March 2024, 18:10\n\n"
            "A Russian frigate entered the bay of Matanzas on Monday, said its commander, "
            "Captain Ilya Sorokin.")
    assert people(text) == {"Ilya Sorokin"}


def test_report_signature_at_the_foot_is_no_person():
    text = ("The Russian frigate entered the bay on Monday, said its commander, Captain Ilya Sorokin. The ship "
            "will be open to visitors on Wednesday.\n\nReport: Yanelis Cruz Morales")
    assert people(text) == {"Ilya Sorokin"}


def test_month_after_a_day_number_opens_no_name():
    text = ("NEWSLETTER\n\nOn 12 June Aerolan and Airbus Defence and Space signed an agreement that makes our campus "
            "the authorised service centre for C295 operators. Aerolan will carry out scheduled checks.")
    assert people(text) == set()


def test_given_name_may_still_names_a_person():
    # guard: "May" with no day's number before it is a given name
    text = "Defence Minister May Thandar Aung said the army had bought two radars from India."
    assert "May Thandar Aung" in people(text)


def test_berth_named_after_a_queen_is_no_person():
    text = "The French frigate was berthed at Queen Mata Aho Wharf from 2 to 5 September, the navy said."
    assert not any("Mata" in name for name in people(text))


def test_paper_in_another_language_is_no_person():
    text = ("The spokesman, Colonel Didier Mbala Kasongo, told Bukavu Hebdo that the army would buy four more "
            "drones.")
    assert people(text) == {"Didier Mbala Kasongo"}


# --- bodies as speakers: a general staff, a foreign-language acronym spelt out in brackets ----------------------

def test_general_staff_statement_speaks_for_the_staff():
    text = ("Gunmen attacked a border post of the Armed Forces of Ruritania on Sunday night. In a statement, the "
            "general staff says that \"the attackers fled after a short exchange of fire\". Calm has returned.")
    found = dict((words, speaker) for speaker, words in quotes(text))
    assert found.get("the attackers fled after a short exchange of fire") in ("General Staff", "Armed Forces of Ruritania")


def test_acronym_of_a_body_in_its_own_language_names_the_body():
    text = ("According to a press release of the Ministry of Defence (MApR), the trucks will go to the engineer "
            "battalion.\n\nThe Russian Embassy in Tiraspol criticised the drill, calling it \"a step towards war\", a "
            "claim that the MApR rejected as \"propaganda\".")
    assert ("Ministry of Defence", "propaganda") in quotes(text)


def test_acronym_spelt_out_as_no_body_names_no_speaker():
    # guard: the acronym of a programme is no body that speaks
    text = ("The Joint Strike Programme (JSPr) will run until 2030.\n\nThe Russian Embassy criticised the deal, calling "
            "it \"a step towards war\", a claim that the JSPr rejected as \"propaganda\".")
    assert all(words != "propaganda" for _, words in quotes(text))


# --- a quoted term that echoes one speaker's own words ----------------------------------------------------------

def test_term_echoing_one_speakers_quotation_is_theirs():
    text = ("Defence Minister Arnold Vesterberg flew to Ankara on Monday on an \"urgent\" military mission.\n\n"
            "\"I have some urgent business with our partners there,\" Vesterberg told reporters before leaving.")
    assert ("Arnold Vesterberg", "urgent") in quotes(text)


def test_term_echoing_two_speakers_is_nobodys():
    # guard: a word both speakers used is no one's in particular
    text = ("The talks were called \"urgent\" in the capital.\n\n\"This is urgent for us,\" said Defence Minister "
            "Arnold Vesterberg. \"It is urgent for everyone,\" said Foreign Minister Lena Dahlgren.")
    assert all(words != "urgent" for _, words in quotes(text))


def test_quoted_name_echoing_a_quotation_is_no_quote():
    # guard: a firm's name in quote marks is a name, even where a speaker said it
    text = ("The rifles came through \"Armexco\", the state exporter.\n\n\"We buy only through Armexco and its "
            "partners,\" said General Dario Montalvo.")
    assert all(words != "Armexco" for _, words in quotes(text))
