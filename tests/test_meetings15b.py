"""Meetings and the people they need, own14 error analysis continued: sentences in our own words for each family
fixed, with guards."""

from tests.readings import analysed, meetings, people


# --- a double-barrelled surname with a catalogue word in it ("Abrams-Singh") stays a person's name ------------

def test_hyphenated_surname_with_a_weapon_name_is_a_person():
    text = ("The deal was signed on Monday by the army chief, Colonel Marcus Abrams-Whitfield. Colonel "
            "Abrams-Whitfield visited the maker's plant in Bengaluru last month.")
    assert "Marcus Abrams-Whitfield" in people(text)
    assert ("visit", ("Marcus Abrams-Whitfield",)) in meetings(text)


def test_catalogue_word_opening_a_surname_after_a_title_and_comma():
    text = "The order was signed by the navy chief, Commodore Tom Javelin-Hart, on Monday."
    assert "Tom Javelin-Hart" in people(text)


def test_weapon_names_stay_weapons_beside_a_name():
    # guard: a designation glued by a hyphen to digits or capitals is the catalogue's, not half of a name
    analysis = analysed("Colonel Ravi Menon said the army will buy more Abrams tanks and Su-30MKI jets.")
    assert {p.name for p in analysis.people} == {"Ravi Menon"}
    assert any(e.name.startswith("Abrams") for e in analysis.entities if e.type == "WEAPON_SYSTEM")


# --- a title whose office lists its portfolios between commas ---------------------------------------------------

def test_title_with_a_list_of_portfolios_before_the_name():
    analysis = analysed("The Minister of Defence, Veterans and Civil Protection, General Oumar Saleh Ahmat, "
                        "opened the new barracks.")
    [person] = [p for p in analysis.people if p.name == "Oumar Saleh Ahmat"]
    assert any(t.title == "Minister of Defence, Veterans and Civil Protection" for t in person.titles)


def test_apposed_list_of_people_is_no_portfolio():
    # guard: names listed before a comma are people, not an office's portfolios
    analysis = analysed("Among the guests were the Minister of Defence, Aisha Bello and Tunde Okafor, "
                        "General Musa Danladi, and the press.")
    [person] = [p for p in analysis.people if p.name == "Musa Danladi"]
    assert not any("Bello" in t.title for t in person.titles)


# --- "the two ministers signed": the two ministers the document named, however far back ------------------------

def test_the_two_ministers_signed_a_few_sentences_after_their_names():
    text = ("The President received in audience on Tuesday a Slovak delegation led by the Minister of State for "
            "Defence, Mr Pavol Hrebik. The Minister of the Armed Forces, Veterans and War Victims, General Ousmane "
            "Idriss Barka, attended the audience.\n\n"
            "Mr Hrebik, who arrived in the capital on Monday for a working visit, conveyed a message of friendship "
            "from his government to the Head of State.\n\n"
            "The two parties reviewed the progress of the training programme agreed last year.\n\n"
            "At the end of the audience, the two ministers signed, before the Head of State, a protocol on the "
            "training of pilots.")
    assert ("signing", ("Ousmane Idriss Barka", "Pavol Hrebik")) in meetings(text)


def test_the_two_ministers_with_three_ministers_named_before_stay_unresolved_far_back():
    # guard: three ministers named long before leave "the two ministers" to the nearest pair only
    text = ("Defence Minister Anna Kowal met Foreign Minister Jan Brzek in Warsaw on Monday. Interior Minister "
            "Piotr Lis was not there.\n\nThe weather was cold.\n\nThe roads were closed.\n\nTraffic was slow.\n\n"
            "Later, the two ministers signed a protocol.")
    assert not any(kind == "signing" and "Piotr Lis" in people_ for kind, people_ in meetings(text))


# --- an official attending the audience of an unnamed host meets the guest; a weekday before a full date ---------

def test_official_attending_the_audience_meets_the_guest_on_its_day():
    text = ("The Head of State received in audience on Thursday 12 March 2026 at the palace a Czech delegation led "
            "by the Deputy Minister of Defence, Mr Karel Dvorsky. The Minister of Defence, General Issa Mahamat "
            "Abdelkerim, attended the audience.")
    found = [m for m in analysed(text).meetings if len(m.participants) == 2]
    assert [(sorted(m.participants), m.date) for m in found] == [
        (["Issa Mahamat Abdelkerim", "Karel Dvorsky"], "2026-03-12")]


def test_attending_a_named_session_joins_no_audience():
    # guard: a session with its own description is another occasion, not the audience just told
    text = ("The Head of State received in audience on Thursday a Czech delegation led by Mr Karel Dvorsky. "
            "General Issa Mahamat Abdelkerim attended the opening session of the national assembly.")
    assert not any(len(people_) == 2 for _, people_ in meetings(text))


def test_weekday_before_a_full_date_dates_the_visit():
    analysis = analysed("Admiral Pedro Lunardi arrived in Montevideo on Tuesday, February 3, 2026, for talks.")
    assert [(m.participants, m.date) for m in analysis.meetings] == [(["Pedro Lunardi"], "2026-02-03")]
    analysis = analysed("Admiral Pedro Lunardi arrived in Montevideo on Tuesday 3 February for talks.")
    assert [(m.participants, m.date) for m in analysis.meetings] == [(["Pedro Lunardi"], "2026-02-03")]


def test_weekday_alone_still_dates_back_from_publication():
    # guard: a bare weekday is the latest such day up to the publication date (Wednesday 4 March 2026)
    analysis = analysed("Admiral Pedro Lunardi arrived in Montevideo on Monday for talks.")
    assert [(m.participants, m.date) for m in analysis.meetings] == [(["Pedro Lunardi"], "2026-03-02")]


# --- a trip told by its return: "after returning from C" --------------------------------------------------------

def test_return_from_a_city_is_a_trip_there():
    analysis = analysed("The general spoke to reporters in Lisbon on Monday, days after General Ana Ruiz returned "
                        "from Kigali.")
    assert [(m.kind, m.participants, m.place) for m in analysis.meetings] == [("visit", ["Ana Ruiz"], "Kigali")]


def test_return_after_a_participle_takes_the_main_subject():
    text = "Lieutenant General Paulo Cossa received us at his headquarters on Monday, a week after returning from Harare."
    assert [(m.participants, m.place) for m in analysed(text).meetings] == [(["Paulo Cossa"], "Harare")]


def test_return_to_a_city_or_from_exile_is_no_trip():
    # guard: one returns home ("to C"), and exile is no visit
    assert meetings("General Ana Ruiz returned to Madrid on Friday.") == set()
    assert meetings("General Ana Ruiz returned from exile in London in 2019.") == set()


# --- a span of days dates from its first day ----------------------------------------------------------------------

def test_span_of_days_dates_the_visit_from_its_first_day():
    # the second day is no year ("11" is not 2011)
    analysis = analysed("Admiral Pedro Lunardi was in Montevideo on February 10 and 11.")
    assert [m.date for m in analysis.meetings] == ["2026-02-10"]
    analysis = analysed("Admiral Pedro Lunardi visited Montevideo on 17-18 January 2025.")
    assert [m.date for m in analysis.meetings] == ["2025-01-17"]


# --- a signing "by A and B, in the presence of C and D" is one record of all four ---------------------------------

def test_signers_and_those_present_make_one_signing():
    text = ("The contract was signed at the yard by its managing director, Lars Eriksen Holm, and the navy's head "
            "of procurement for small vessels, Rear Admiral Tomas Vidal Ortega, in the presence of Peru's Minister of "
            "Defence, Walter Quispe Huaman, and Norway's ambassador, Ingrid Solberg.")
    found = meetings(text)
    assert ("signing", ("Ingrid Solberg", "Lars Eriksen Holm", "Tomas Vidal Ortega", "Walter Quispe Huaman")) in found
    assert not any(kind == "signing" and len(people_) < 4 for kind, people_ in found)


# --- "CITY – A and B signed X at C, where Y hosted Z": the states' signing by the two who met there ------------------

def test_states_signing_after_a_dateline_is_the_hosts_and_guests():
    text = ("TEGUCIGALPA – Honduras and Colombia on Tuesday signed a naval cooperation accord at the Defence "
            "Ministry, where Defence Minister Ramon Castillo Flores hosted Colombia's Minister of Defence, General "
            "Andres Pardo Rincon.")
    assert meetings(text) == {("signing", ("Andres Pardo Rincon", "Ramon Castillo Flores"))}


def test_states_signing_without_the_two_people_gives_no_signing():
    # guard: the host meets a third person who is not of the other state: no signing of theirs
    text = ("TEGUCIGALPA – Honduras and Colombia on Tuesday signed a naval cooperation accord at the Defence "
            "Ministry, where Defence Minister Ramon Castillo Flores hosted the French envoy, Claire Dubois.")
    assert not any(kind == "signing" for kind, _ in meetings(text))


# --- a name set off by commas after a long title phrase, which the statistical NER took for a body ---------------

def test_name_set_off_after_a_title_phrase_is_a_person():
    analysis = analysed("Talks were held between the Minister Delegate at the Presidency in charge of Defence, "
                        "Jean-Marie Ekotto Mballa, and Gabon's Minister of Defence, Brice Nzoghe Mba.")
    assert "Jean-Marie Ekotto Mballa" in {p.name for p in analysis.people}
    [person] = [p for p in analysis.people if p.name == "Jean-Marie Ekotto Mballa"]
    assert all(t.affiliation != "Defence" for t in person.titles)  # the portfolio is no body


def test_portfolios_after_a_title_are_no_person():
    # guard: the office's list of portfolios set off by a comma names no one
    analysis = analysed("The boats went to the Minister of Police, National Security and Correctional Services, "
                        "Honourable Peter Kalu, on Friday.")
    assert {p.name for p in analysis.people} == {"Peter Kalu"}


# --- a dateline with its day ("CITY, Tuesday –") and a title holder's name hung on the verb -----------------------

def test_dateline_with_its_day_is_read_as_a_dateline():
    # the parser may make "CITY" of "CITY, Tuesday –" the subject of the lead's verb and hang the lead's titled
    # subject on the day; the dateline then gives way to the name after it (as "CITY –" does)
    from armstrack import settings
    from armstrack.extract.meetings import _dateline
    from armstrack.nlp.pipeline import build_pipeline, parse_long

    doc = parse_long(build_pipeline(settings.model_name(None)),
                     "PORT LOUIS, Monday – The Deputy Minister of Defence, General Peter Wafula, arrived today.")
    assert _dateline(doc[1]) and not _dateline(doc[5])


def test_dateline_with_a_day_is_no_participant():
    # guard: the dateline gives way to the subject after it; with no second person there is no meeting
    text = "PORT LOUIS, Monday – The navy's new patrol boat paid a call at the harbour today."
    assert meetings(text) == set()


# --- a state's procurement agency stands for its state: its head present at a signing abroad made a visit ---------

def test_procurement_agency_head_at_a_signing_abroad_visited():
    text = ("The frigate contract was signed in Manila on Monday in the presence of DAPA Minister Kim Jae-won and "
            "Philippine Defense Undersecretary Ramon Villareal.")
    found = meetings(text)
    assert ("visit", ("Kim Jae-won",)) in found
    assert ("signing", ("Kim Jae-won", "Ramon Villareal")) in found


def test_procurement_agency_head_at_home_made_no_visit():
    # guard: at home, no trip
    text = ("The frigate contract was signed in Seoul on Monday in the presence of DAPA Minister Kim Jae-won and "
            "Philippine Defense Undersecretary Ramon Villareal.")
    assert ("visit", ("Kim Jae-won",)) not in meetings(text)


# --- "The two sign a plan": a historic-present verb the parser read as a noun ----------------------------------------

def test_the_two_sign_in_a_timeline_entry():
    text = ("TIMELINE\n\nMay 2024 – Serbia’s Deputy Minister of Defence, Lieutenant General Milan Petkovic Vuk, "
            "visits Nairobi and holds talks with the army commander, General Joseph Mutua Kariuki. The two sign a "
            "plan of defence cooperation for 2024–2026.")
    assert ("signing", ("Joseph Mutua Kariuki", "Milan Petkovic Vuk")) in meetings(text)


def test_the_two_signs_of_a_noun_are_no_signing():
    # guard: "signs" as a plain noun ("two signs of progress") signs nothing
    text = ("TIMELINE\n\nMay 2024 – Serbia’s Deputy Minister of Defence, Lieutenant General Milan Petkovic Vuk, "
            "visits Nairobi and holds talks with the army commander, General Joseph Mutua Kariuki. The two signs of "
            "progress were clear.")
    assert not any(kind == "signing" for kind, _ in meetings(text))
