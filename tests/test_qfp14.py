"""Quotes, figures and people: general families found on own13's errors (sentences written for these tests)."""
from __future__ import annotations

import functools

import pytest

import readings

PUBLISHED = "2025-03-14"


_analyse = functools.partial(readings.analysed, published=PUBLISHED)
_people = functools.partial(readings.people, published=PUBLISHED)
_quotes = functools.partial(readings.quotes, published=PUBLISHED)
_figures = functools.partial(readings.figures, published=PUBLISHED)


# --- people: a name in apposition after a title and a comma that the NER took for a body as a whole, after an
# honorific, or after a title ending in its "for" phrase
def test_name_partly_tagged_in_apposition_to_a_title_is_a_person():
    text = ("Madrid, 4 Mar 2025 (EFA) – Spain signed on Monday a contract with Italy's Leonardo for 8 M-346 trainer "
            "aircraft worth €300 million, including spares and support, the Minister of Defence, Beatriz Carvalhal "
            "Mendes, announced today.\n\n“These jets will train our pilots for twenty years,” the minister told "
            "reporters.")
    assert "Beatriz Carvalhal Mendes" in _people(text)
    assert _quotes(text) == [("Beatriz Carvalhal Mendes", "These jets will train our pilots for twenty years")]


def test_name_after_a_title_for_a_region_is_a_person():
    text = "The ship was handed over in the presence of the group's director for Latin America, Rodrigo Esquivel Moura."
    assert "Rodrigo Esquivel Moura" in _people(text)


def test_name_after_a_courtesy_title_in_apposition_is_a_person():
    text = ("In the afternoon, Mr Sato was received by the Minister of Defence, Mr Idriss Daher Moussa, with whom "
            "he signed a memorandum.")
    assert "Idriss Daher Moussa" in _people(text)


def test_a_body_after_a_title_and_comma_stays_a_body():
    # guard: a catalogued company after a title's apposition comma is no person
    assert not _people("The contract was signed by the Minister of Defence, Lockheed Martin said on Friday.") \
        & {"Lockheed Martin"}


# --- quotes: "the Minister" is not a Vice-Minister or a Deputy Minister named just before
def test_the_minister_is_not_the_vice_minister_named_after_him():
    text = ("The Minister of Foreign Affairs, Mr Tomas Arvelo Ruiz, received the Vice-Minister of Defence of Peru, "
            "Mr Julio Pacheco Lara, on Monday.\n\nMr Pacheco thanked his hosts.\n\nThe Minister declared: "
            "\"Our ports are open to every friend of peace.\"")
    people = {p.name: [t.title for t in p.titles] for p in _analyse(text).people}
    assert any("Vice-Minister" in t for t in people["Julio Pacheco Lara"])
    assert _quotes(text) == [("Tomas Arvelo Ruiz", "Our ports are open to every friend of peace.")]


def test_the_deputy_minister_is_still_the_deputy():
    # guard: the rank word on the role noun names the lower office
    text = ("The Minister of Defence, Mr Tomas Arvelo Ruiz, met the Deputy Minister of Defence of Peru, "
            "Julio Pacheco Lara, on Monday.\n\nThe Deputy Minister said: \"We came to listen.\"")
    assert _quotes(text) == [("Julio Pacheco Lara", "We came to listen.")]


# --- figures: currency abbreviations written before an amount ("RD$", "SI$"; "KM", "Nu" only before one)
def test_currency_signs_before_an_amount():
    assert _figures("Kosovo's arms exports reached a record KM 2.3 billion in 2023, according to the report.") \
        == {(2300000000.0, "BAM")}
    assert (1500000000.0, "DOP") in _figures("The tender budget was RD$1,500 million, equivalent to about US$25 "
                                             "million.")
    assert _figures("The trucks, worth about Nu 120 million, were handed over as a gift.") == {(120000000.0, "BTN")}
    assert _figures("The equipment was worth Nu. 45 million.") == {(45000000.0, "BTN")}
    assert _figures("The boats will be maintained under a contract worth about SI$8 million over two years.") \
        == {(8000000.0, "SBD")}


def test_a_word_sign_takes_no_bare_small_number():
    # guard: "km" before a small bare number is a road marker, and after a number a distance
    assert not any(unit == "BAM" for _, unit in _figures("The ambush took place at km 40 of the northern highway."))
    assert not any(unit == "BAM" for _, unit in _figures("The convoy drove 150 km to the border."))


# --- figures: people trained on a course, trained after a verb the tagger took for an adjective, killed by
# being "neutralised", and the members of a delegation
def test_people_who_complete_or_attend_a_course_are_a_figure():
    assert _figures("Thirty-six officers and sailors completed a six-week conversion course at the yard in Kiel "
                    "before the ships sailed.") == {(36.0, "people")}
    assert _figures("Some 90 Nepali officers and cadets attend courses at Chinese military schools every year.") \
        == {(90.0, "people")}


def test_people_trained_under_a_verb_tagged_as_an_adjective():
    assert _figures("He said the rifles would follow after 45 PNGDF officers complete weapons training with the "
                    "Australian Army.") == {(45.0, "people")}


def test_assailants_neutralised_and_a_delegation_of_officials():
    assert _figures("Four policemen were wounded and six assailants were neutralised, the army said.") \
        >= {(6.0, "people")}
    assert _figures("The minister arrived at the head of a delegation of twelve officials for a two-day visit.") \
        == {(12.0, "people")}


def test_officials_alone_are_no_count():
    # guard: officials counted outside a delegation need a harm cue as other people do
    assert _figures("Washington imposed sanctions on the army chief and three senior officials on Friday.") == set()
    assert _figures("The ship changed course twice before it reached the port.") == set()


# --- people: a hyphenated surname in apposition to a title is one name, not its first half
def test_hyphenated_name_after_a_title_is_whole():
    text = "The Minister of Defence, Nadine Welter-Thill, made a working visit to Romania on 12 and 13 June 2025."
    assert _people(text) == {"Nadine Welter-Thill"}


# --- quotes: "the ministers" (definite, plural) are the two ministers named before, one quote each
def test_the_two_ministers_share_a_quoted_phrase():
    text = ("The Minister of Defence, Mr Pieter Van Aalst, met the Estonian Minister of Defence, Kadri Tamm, in "
            "Tallinn on Monday.\n\nThe ministers stressed that both countries would keep helping Ukraine \"for as long "
            "as needed\".")
    assert sorted(_quotes(text)) == [("Kadri Tamm", "for as long as needed"),
                                     ("Pieter Van Aalst", "for as long as needed")]


def test_plural_role_with_three_holders_gives_no_speaker():
    # guard: three ministers named before: "the ministers" is no pair
    text = ("The Minister of Defence, Mr Pieter Van Aalst, met the Estonian Minister of Defence, Kadri Tamm, and the "
            "Latvian Minister of Defence, Andris Ozols, in Tallinn on Monday.\n\nThe ministers stressed that the "
            "region would stay \"on guard\".")
    assert _quotes(text) == []


# --- quotes: "the report notes that '...'" is its author's, named on an earlier mention of the report
def test_the_report_speaks_for_the_body_that_published_it():
    text = ("Ghana spent more on arms in 2024, according to a report published today by the Accra-based Institute "
            "for Security Watch (ISW).\n\nThe army received 40 trucks, and the report notes that “nobody has checked "
            "where the trucks went”.")
    assert _quotes(text) == [("Institute for Security Watch", "nobody has checked where the trucks went")]


def test_the_report_by_a_body_the_ner_missed_is_not_the_state_it_names():
    text = ("The 30-page report by the Malawi Peace and Arms Monitor (MPAM) relies on customs records.\n\nThe "
            "report lists six jets, and SIPRI figures quoted in the report show more.\n\nOn helicopters, the report "
            "found \"no sign that they were ever delivered\".")
    assert _quotes(text) == [("Malawi Peace and Arms Monitor", "no sign that they were ever delivered")]


def test_a_report_with_no_author_named_gives_no_speaker():
    # guard: no author on any earlier mention of the report
    text = "A report circulated on Monday.\n\nThe report notes that “nobody has checked where the trucks went”."
    assert _quotes(text) == []


# --- quotes: "the official" no one named holds is an unnamed source, not the last person named
def test_the_unnamed_official_is_no_named_speaker():
    text = ("\"Our two navies have never been closer,\" Admiral Tomas Lindqvist told reporters after the talks.\n\n"
            "The navy official said Norway had also asked about two patrol boats.\n\nAsked about reports of a "
            "submarine deal, the official said there was \"no such plan\" at present.")
    assert _quotes(text) == [("Tomas Lindqvist", "Our two navies have never been closer")]


def test_a_titled_holder_still_speaks_as_the_role_noun():
    # guard: "the admiral" is the admiral named before
    text = ("Admiral Tomas Lindqvist arrived in Oslo on Monday.\n\nAsked about a submarine deal, the admiral said "
            "there was \"no such plan\" at present.")
    assert _quotes(text) == [("Tomas Lindqvist", "no such plan")]


# --- people: bodies and programmes ending in "Police", "Shield" or a Turkish firm's "Sanayi"; titles before a
# name ("Chief Operations Officer", "Police Commissioner", the courtesy "Honourable")
def test_police_forces_programmes_and_firms_are_no_people():
    assert _people("INTERVIEWER: Which contracts has Finland placed under Sky Shield so far?") == set()
    assert _people("Lot 3 – Ten armoured trucks for the Army: awarded to Nurol Makina ve Sanayi A.Ş. (Türkiye) for "
                   "US$7.2 million.") == set()


def test_titles_and_courtesy_words_before_a_name_are_no_part_of_it():
    text = ("The rifles were handed over to the Minister of Police, Honourable Peter Kenilorea Jr, on Monday. Police "
            "Commissioner Samuel Manetoali was also present. He later met the Chief Operations Officer of the army, "
            "Major General Ravi Tamang.")
    assert _people(text) == {"Peter Kenilorea Jr", "Samuel Manetoali", "Ravi Tamang"}


# --- figures: the number of a law or resolution ("No. 340-06") is an identifier, not a vote tally
def test_a_numbered_law_is_no_vote_tally():
    assert _figures("Bidders may appeal against this resolution under Law No. 118-09 on state purchases.") == set()
    assert _figures("Under resolution No. 2231 the council voted 14 in favour.") == {(14.0, "votes")}


def test_votes_after_a_numbered_decree_still_count():
    # guard: the tally after the identifier is read as before
    assert _figures("The decree No. 45 was adopted by 120 votes to 3.") == {(120.0, "votes"), (3.0, "votes")}


# --- quotes: words quoted after "the letter signed by X:" are the signer's
def test_a_colon_quote_from_a_signed_letter_is_the_signers():
    text = ("On May 2 the yard wrote to confirm the dates. Let me read out the letter signed by its managing director, "
            "Mr. Henrik Aalto: “The third and fourth hulls are afloat and will be handed over before the end of "
            "2026.”")
    assert _quotes(text) == [("Henrik Aalto", "The third and fourth hulls are afloat and will be handed over before "
                                              "the end of 2026.")]


def test_a_colon_quote_from_an_unsigned_letter_has_no_signer():
    # guard: no author on the document noun
    text = "Let me read out the letter: “The third and fourth hulls are afloat.”"
    assert all(speaker is None or speaker != "Henrik Aalto" for speaker, _ in _quotes(text))


# --- people: a rank's service letter in brackets ("Captain (N)") is no given name; the name follows it
def test_a_bracketed_service_letter_after_a_rank_is_no_given_name():
    text = ("5. Appeals. Bidders may appeal within ten days.\n\nCommander (N) Lucía Ferreyra Ocampo\nHead, "
            "Procurement Board")
    assert _people(text) == {"Lucía Ferreyra Ocampo"}


def test_a_bracketed_given_name_after_a_title_is_still_read():
    # an editor's bracketed given name (more than one letter) is read as a name (also missed before)
    assert _people("Secretary (Janet) Holloway said the deal was done.") == {"Janet Holloway"}


# --- people: a name after a title whose body's name holds commas, taken by the NER for a body, a facility, or
# a body running on over the post-nominal "MP"
@pytest.mark.parametrize("committee, name", [
    ("Trade, Energy and Industry Committee", "Olwen Pritchard"),
    ("Science, Skills and Technology Committee", "Bronwen Haddock"),
])
def test_chair_of_a_committee_with_commas_in_its_name_is_a_person(committee, name):
    text = (f"MPs debated the export licences on Wednesday.\n\nChair of the {committee}, {name} MP, said:\n\n"
            "“These sales cannot go on while the inquiry is open.”")
    assert _people(text) == {name}
    assert _quotes(text) == [(name, "These sales cannot go on while the inquiry is open.")]


# --- figures: a tender's tally of bids
def test_bids_of_a_tender_are_counted():
    assert _figures("2. Offers. Nine bids were received by the closing date of 3 March 2025.") == {(9.0, "bids")}


def test_bid_as_a_verb_and_named_bidders_are_no_count():
    # guards: the verb names no tally; "two bidders, X and Y" names the two
    assert _figures("The two companies will bid for the contract next year.") == set()
    assert _figures("Lima has narrowed its frigate tender to two bidders, Spain's Navantia and Italy's Fincantieri.") \
        == set()
