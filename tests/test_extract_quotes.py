"""Direct quotations: finding the quoted stretches, and who said them (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.quotations import find_quote_spans, is_scare_quote, quoted_text
from armstrack.extract.quotes import extract_quotes


def quotes_of(parsed, text: str, **fields):
    return extract_quotes(*parsed(text, published=date(2023, 5, 10), **fields))


def by_text(quotes):
    return {q.text: q for q in quotes}


# --- quote marks, without the parse -------------------------------------------------------------------

def test_straight_curly_and_guillemet_marks_pair_up():
    text = 'A said "one two three four." B said “five six seven eight.” C said «nine ten eleven twelve.»'
    assert [quoted_text(text, s) for s in find_quote_spans(text)] == [
        "one two three four.", "five six seven eight.", "nine ten eleven twelve."]


def test_trailing_comma_is_dropped_and_final_stop_kept():
    text = '"The order is signed," she said. He said: "It will be built at home."'
    assert [quoted_text(text, s) for s in find_quote_spans(text)] == [
        "The order is signed", "It will be built at home."]


def test_stray_paragraph_break_stays_inside_the_quotation():
    text = '"The navy will receive the corvettes within two\n\nyears," the admiral said.'
    (span,) = find_quote_spans(text)
    assert quoted_text(text, span) == "The navy will receive the corvettes within two\n\nyears"


def test_quotation_reopened_in_next_paragraph_is_a_continuation():
    text = '"We have waited long enough for the tanks.\n\n"Now the factory must deliver them," he said.'
    first, second = find_quote_spans(text)
    assert quoted_text(text, first) == "We have waited long enough for the tanks."
    assert not first.closed and second.continues
    assert quoted_text(text, second) == "Now the factory must deliver them"


def test_short_term_in_quotes_is_a_scare_quote():
    text = 'Officials called the drill a "routine exercise" and the talks "productive."'
    assert all(is_scare_quote(text, s) for s in find_quote_spans(text))
    text = '"They are ready," she said.'
    assert not any(is_scare_quote(text, s) for s in find_quote_spans(text))


# --- speakers -----------------------------------------------------------------------------------------

def test_speaker_after_the_quotation_with_apposition(parsed):
    (q,) = quotes_of(parsed, '"The frigates will arrive before the monsoon season begins," said Anil Varma, '
                             'a naval analyst at the Coastal Studies Group in Chennai.')
    assert q.speaker == "Anil Varma"
    assert q.text == "The frigates will arrive before the monsoon season begins"
    assert q.cue == "say"
    assert q.evidence.sentence.endswith("in Chennai.")


def test_short_name_resolves_to_the_full_name(parsed):
    text = ("Anil Varma follows the navy's purchases closely.\n\n"
            '"We expect the first hull to be launched in the spring," Mr. Varma said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Anil Varma"


def test_speaker_before_the_quotation(parsed):
    text = ('Nguyen Thi Lan said: "Our coast guard needs more patrol boats this decade."\n\n'
            'Lan added that the talks in Hanoi had produced "a clear plan for joint training exercises".')
    quotes = by_text(quotes_of(parsed, text))
    assert quotes["Our coast guard needs more patrol boats this decade."].speaker == "Nguyen Thi Lan"
    second = quotes["a clear plan for joint training exercises"]
    assert second.speaker == "Nguyen Thi Lan" and second.cue == "add"


def test_quotation_split_by_its_attribution_gives_two_records(parsed):
    text = '"The radar is old," Kemal Aydin said, "but it still works well enough for the border units."'
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Kemal Aydin", "The radar is old"),
        ("Kemal Aydin", "but it still works well enough for the border units.")]


def test_multi_sentence_quotation_is_one_record(parsed):
    text = ('"The contract is done. Deliveries of the howitzers start next year," said Lucia Marquez, '
            'a procurement official in Madrid.')
    (q,) = quotes_of(parsed, text)
    assert q.text == "The contract is done. Deliveries of the howitzers start next year"
    assert q.speaker == "Lucia Marquez"


def test_pronoun_speaker_is_the_last_person_named(parsed):
    text = ("Maria Lopez, a researcher at the Andes Security Forum, described the purchase as overdue.\n\n"
            '"The air force has waited a decade for these jets," she said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Maria Lopez"


def test_pronoun_prefers_the_previous_quoted_speaker(parsed):
    text = ('"Our shipyards can build the submarines at home," said Hiroshi Tanaka, a retired admiral.\n\n'
            "The plan still needs approval from Prime Minister Kenji Sato.\n\n"
            '"Without that approval nothing will move this year," he said.')
    quotes = by_text(quotes_of(parsed, text))
    # Sato is only named in passing; the pronoun goes back to the one who was speaking
    assert quotes["Without that approval nothing will move this year"].speaker == "Hiroshi Tanaka"
    assert quotes["Our shipyards can build the submarines at home"].speaker == "Hiroshi Tanaka"


def test_role_speaker_resolves_to_the_title_holder(parsed):
    text = ("Defence Minister Rajiv Menon toured the shipyard in Kochi on Monday.\n\n"
            '"This yard will build four more corvettes for the fleet," the minister said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Rajiv Menon"


def test_unnamed_spokesman_of_a_state_body_is_the_body(parsed):
    text = ('"These sales will only prolong the fighting in the region," said a State Department spokesman.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker.endswith("State Department")


def test_unnamed_spokesperson_of_an_organisation_named_before(parsed):
    text = ("The U.S. State Department welcomed the agreement.\n\n"
            '"We support the right of every country to defend its waters," a department spokesperson said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker.endswith("State Department")


def test_named_spokesman_in_apposition_and_coordinated_reporting_verbs(parsed):
    text = ("A spokesman for China's foreign ministry, Lin Weiping, said Beijing \"respects normal cooperation "
            "between countries\" but warned against moves that \"harm the interests of third parties.\"")
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Lin Weiping", "Lin Weiping"]


def test_group_nouns_with_a_place_are_not_the_place(parsed):
    text = 'Critics in New Delhi called the agreed price "far too generous for such old ships."'
    assert quotes_of(parsed, text) == []


def test_country_speaker(parsed):
    text = 'Vietnam welcomed the agreement, calling it "an important step toward lasting peace in the region."'
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Vietnam"
    assert q.cue == "call"


def test_definite_description_and_pronoun_of_an_organisation(parsed):
    text = ("The Indian Defence Ministry announced the order on Monday.\n\n"
            '"The first regiment will be operational by the end of the year," the ministry said.\n\n'
            '"Training of the crews has already begun in two cities," it said.')
    quotes = quotes_of(parsed, text)
    assert len(quotes) == 2
    assert all(q.speaker and q.speaker.endswith("Defence Ministry") for q in quotes)


def test_according_to_names_the_speaker(parsed):
    text = '"The price was never the real problem," according to Arvind Rao, a former procurement chief.'
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Arvind Rao"


def test_no_identifiable_speaker_is_skipped(parsed):
    text = 'Critics said the plan was "a waste of public money that nobody asked for."'
    assert quotes_of(parsed, text) == []


# --- outlets ------------------------------------------------------------------------------------------

def test_outlet_of_told(parsed):
    (q,) = quotes_of(parsed, '"Production of the shells will double next year," Ivan Petrov told Reuters.')
    assert q.speaker == "Ivan Petrov"
    assert q.cue == "tell" and q.outlet == "Reuters"


def test_outlet_that_quoted_the_speaker(parsed):
    text = '“We are ready to sign more contracts with our partners,” TASS quoted Oleg Volkov as saying on Monday.'
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Oleg Volkov"
    assert q.outlet == "TASS"


def test_outlet_of_an_interview(parsed):
    text = ('In an interview with Reuters, Ahmet Yilmaz said: "The drones will be exported to three more '
            'countries by the end of the year."')
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Ahmet Yilmaz"
    assert q.outlet == "Reuters"


# --- mark styles, continuations, what is skipped ------------------------------------------------------

def test_curly_straight_and_guillemet_quotations(parsed):
    text = ("«We will not sell these missiles to anyone else,» said Olga Smirnova, a ministry adviser.\n\n"
            "“The first battery is already in service in the north,” Smirnova said.\n\n"
            '"The second one will follow after the summer," Smirnova added.')
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Olga Smirnova"] * 3
    assert quotes[0].text == "We will not sell these missiles to anyone else"


def test_unattributed_paragraph_after_an_attributed_one_continues_it(parsed):
    text = ('"The submarine deal is the largest the country has signed," said Jane Roe, an analyst at the '
            'Harbour Policy Centre.\n\n'
            '"It will shape the navy for thirty years."\n\n'
            "The navy has not commented.")
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Jane Roe", "The submarine deal is the largest the country has signed"),
        ("Jane Roe", "It will shape the navy for thirty years.")]


def test_quotation_continued_over_paragraphs_without_closing_mark(parsed):
    text = ('Lena Fischer, a researcher at the Rhine Security Institute, said: "The army ordered too few tanks.\n\n'
            '"The next government will have to order more of them."')
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Lena Fischer", "Lena Fischer"]
    assert quotes[0].text == "The army ordered too few tanks."


def test_scare_quotes_are_skipped_but_short_quoted_sentences_kept(parsed):
    text = ('The ministry called the test a "success" and described the convoy as a "peace mission."\n\n'
            'Carlos Mendes said the launchers were moved at night. "They are learning," he said.')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Carlos Mendes", "They are learning")]


def test_headline_quotation_is_skipped(parsed):
    text = ('# Minister says tank deal "is finally done and signed"\n\n'
            'Defence Minister Piotr Nowak said the tanks would arrive in June.')
    assert quotes_of(parsed, text) == []


def test_evidence_is_the_quoted_sentence_with_its_attribution(parsed):
    text = ('The talks ended on Friday. "We have agreed on the price of the jets," Ahmet Yilmaz said. '
            "The next round is in June.")
    doc, analysis, gaz = parsed(text)
    (q,) = extract_quotes(doc, analysis, gaz)
    assert q.evidence.sentence == '"We have agreed on the price of the jets," Ahmet Yilmaz said.'
    assert text[q.evidence.start:q.evidence.end] == q.evidence.sentence


@pytest.mark.parametrize("text", ["", "No quotations here at all.", 'An unpaired " mark in a sentence.'])
def test_texts_without_quotations(parsed, text):
    assert quotes_of(parsed, text) == []


def test_short_term_governed_by_a_reporting_verb_is_a_quotation(parsed):
    text = ('Describing the talks as "productive", Marta Kowalska said the two navies would train together.\n\n'
            'The navy bought two "Sea Hawk" boats last year.')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Marta Kowalska", "productive")]


def test_hard_wrapped_lines_are_no_paragraph_breaks(parsed):
    text = ('The frigate arrived at the base on Monday.\n'
            '“The crews will\ntrain together for\nthree months,” Admiral Tomas Berg said. “They will\nsail in June.”\n'
            'The navy says the port will be\nexpanded next year and the\ndocks rebuilt.')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Tomas Berg", "The crews will\ntrain together for\nthree months"),
        ("Tomas Berg", "They will\nsail in June.")]


def test_unnamed_official_gives_no_quotation(parsed):
    text = ('The Defence Ministry of Norland opened a new depot on Monday. '
            '"The depot will store fuel for the fleet," a defence official said.')
    assert quotes_of(parsed, text) == []


def test_the_statement_said_is_whoever_issued_the_statement(parsed):
    text = ('The Maritime Procurement Office said in a statement on Monday that the sale was approved.\n\n'
            '"The sale will support the coast guard in its patrols," the statement said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker.endswith("Maritime Procurement Office")


def test_the_agency_said_is_the_body_named_before_with_its_acronym_spelt_out(parsed):
    text = ('The frigates were ordered through the Naval Supply Administration (NSUA) last year. '
            'NSUA said the first ship would be handed over in 2026.\n\n'
            '"The deal will deepen ties between the two navies," the agency said.')
    (q,) = quotes_of(parsed, text)
    assert q.speaker == "Naval Supply Administration"


def test_unnamed_spokesman_of_a_national_body_speaks_for_the_body(parsed):
    text = ('"The trucks were handed over on Friday," the US Embassy said.\n\n'
            '"The frigate reached the port at dawn," said the Egyptian military spokesman.\n\n'
            'Later, Dana Voss, a spokesman for the shipyard, said the next frigate was ready.')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("US Embassy", "The trucks were handed over on Friday"),
        ("Egyptian military", "The frigate reached the port at dawn")]


def test_quotation_shared_by_two_named_speakers_gives_one_record_each(parsed):
    text = ('At the summit, Ana Ruiz and Tomas Lind hailed the new defence pact as a '
            '"turning point for both navies."')
    quotes = quotes_of(parsed, text)
    assert sorted(q.speaker for q in quotes) == ["Ana Ruiz", "Tomas Lind"]
    assert {q.text for q in quotes} == {"turning point for both navies."}


def test_curly_marks_typeset_the_wrong_way_round_and_double_primes():
    text = ('“The old jets will be phased out for the new F-35″ fighters, the minister said.\n\n'
            '”We will sell twelve of them to a partner,” he added.')
    assert [quoted_text(text, s) for s in find_quote_spans(text)] == [
        "The old jets will be phased out for the new F-35", "We will sell twelve of them to a partner"]


def test_inverted_attribution_with_an_adverb_before_the_name(parsed):
    text = ('“Our border is long, and the army needs these trucks. We expect the last trucks to arrive '
            'before winter”, said also Rebwar Khalid Aziz.')
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Rebwar Khalid Aziz"]


def test_short_term_deep_inside_a_reported_clause(parsed):
    text = ('However, Lena Marsh said she was certain the two countries would deepen their ties as Norland '
            'was one of Valdia’s “most trusted” partners.')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Lena Marsh", "most trusted")]


def test_quoted_term_hanging_from_another_quotation_and_quoted_names_skipped(parsed):
    text = ('Minister Elsa Brandt said on Monday that "long-range rockets are being shipped" to the islands to be '
            'mounted on "modern coastal" launchers. She stressed that the work went to the firm "Nordwerft".')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Elsa Brandt", "long-range rockets are being shipped"), ("Elsa Brandt", "modern coastal")]


def test_quotation_standing_alone_after_a_sentence_reporting_a_person(parsed):
    text = ('Defence Minister Piotr Malek told reporters the talks in the capital had gone well.\n\n'
            '"We agreed on the price and the delivery dates."\n\n'
            'The army received the tanks on Monday.\n\n"They are the best tanks in the region."')
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Piotr Malek", "We agreed on the price and the delivery dates.")]


def test_unnamed_official_of_a_named_country_gives_no_quotation(parsed):
    text = ('"The frigates will sail for the islands in May," a senior French defence official said. '
            '"The rest of the fleet stays home," one diplomat in Paris said.')
    assert quotes_of(parsed, text) == []


def test_a_body_named_with_its_document_speaks_as_the_body(parsed):
    text = 'The Nordic Council Statement underlines that "all parties must return to the talks without delay."'
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Nordic Council"]


def test_colon_clause_ending_the_paragraph_before(parsed):
    text = 'Defence Minister Jan Kowalczyk put it bluntly:\n\n"The jets are too old."'
    quotes = quotes_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Jan Kowalczyk", "The jets are too old.")]


def test_it_after_the_statement_said_is_the_statement_issuer(parsed):
    text = ('In a readout, Navy spokesman Captain Ines Duarte said the two fleets would train together.\n\n'
            '"The drills will start in the spring," the readout said.\n\n'
            'The fleets last trained together in 2019.\n\n'
            '"Both navies will send frigates," it stated.')
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Ines Duarte", "Ines Duarte"]


def test_quotations_are_found_once_and_shared_through_the_document_context(parsed):
    from armstrack.extract.context import DocContext

    text = 'The envoy said the talks were "useful and frank" and left. Nothing else was said.'
    doc, analysis, gaz = parsed(text)
    ctx = DocContext.of(doc, analysis, gaz)
    assert [doc[i].text for i in sorted(ctx.quoted_token_ids)] == ["useful", "and", "frank"]
    assert ctx.quotations is ctx.quotations  # computed once
    assert [quoted_text(ctx.flat_text, span) for span in ctx.quotations] == ["useful and frank"]


def test_underscored_and_believes_report_a_quotation(parsed):
    [q] = quotes_of(parsed, "Chile's Foreign Minister Ana Rojas underscored that “the accord is a step forward "
                            "for the whole region”.")
    assert q.speaker == "Ana Rojas"
    [q] = quotes_of(parsed, "The Andean Council met in Quito. The Council believes that “peace will only come "
                            "from talks between the parties”.")
    assert q.speaker == "Council"


def test_a_heading_run_into_the_sentence_is_not_the_speaker(parsed):
    """A heading without a stop becomes a second subject of the reporting verb: the nearer one speaks."""
    text = ("The Andean Council met in Quito on Monday.\nDialogue is the only way\n"
            "The Council believes that “peace will only come from talks between the parties”.")
    [q] = quotes_of(parsed, text)
    assert q.speaker == "Council"
