"""Meetings, quotes and people of agency copy, on sentences written for these tests: an envoy's title with its
posting ("Ambassador to Chile X"), a signer's title with its portfolio ("State Secretary for Defence X"), a
participle "describing them as '...'" set off after a denial of reports, a company's unnamed spokesperson, a quote
"expressed" by its speaker, and byline labels ("Reporter: X") that are no people of the story; with the near misses
that stay as they were."""

from __future__ import annotations

import readings

from armstrack.ingest.boilerplate import is_boilerplate_line


# --- "Ambassador to C X": the envoy's name after the posting ------------------------------------------------------

def test_ambassador_to_a_country_names_the_holder():
    text = ("VALPARAISO — The frigate was commissioned on Friday in the presence of Navy Commander Admiral Juan Ortiz "
            "and British Ambassador to Chile Louise Harding-Pryce.")
    assert {"Juan Ortiz", "Louise Harding-Pryce"} <= readings.people(text)
    assert ("Juan Ortiz", "Louise Harding-Pryce") in readings.meeting_people(text)


def test_to_a_country_after_a_title_with_no_name_after_it_names_nobody():
    text = "VALPARAISO — The frigate sailed on Friday, the navy said, and the ambassador flew back to Chile."
    assert not readings.people(text)


# --- "signed by Minister X and the State Secretary for Defence Y" ----------------------------------------------

def test_signers_titled_with_their_portfolio_sign_together():
    text = ("RIGA, May 5 (BNW) – Latvia on Friday signed a contract with Saab for radars. The document was signed in "
            "Riga by Minister of Defence Andris Kalnins and the Swedish State Secretary for Defence Olof Berg.")
    assert ("signing", ("Andris Kalnins", "Olof Berg")) in readings.meetings(text)


# --- "denied reports that ..., describing them as '...'" ----------------------------------------------------------

def test_participle_after_denied_reports_is_the_deniers():
    text = ("Navy spokesman Captain Marek Zielinski denied reports that Warsaw had signed a deal to buy Korean "
            "frigates, describing them as 'premature'.")
    assert ("Marek Zielinski", "premature") in readings.quotes(text)


def test_participle_after_dismissed_claims_is_the_dismissers():
    text = ("Deputy Minister Lena Vos met the delegation. Vos dismissed claims by some newspapers that The Hague was "
            "in talks to buy Turkish drones, calling them 'fiction'.")
    assert ("Lena Vos", "fiction") in readings.quotes(text)


def test_participle_on_a_plain_clause_keeps_its_own_subject():
    # no reporting verb above the noun: the participle's subject is the clause's own
    text = "General Ivo Marek visited the plant that builds the tanks, calling the line 'a model' for the region."
    found = readings.quotes(text)
    assert all(speaker != "Ivo Marek" for speaker, _ in found) or ("Ivo Marek", "a model") in found


# --- "a company spokesperson said" --------------------------------------------------------------------------------

def test_company_spokesperson_speaks_for_the_firm_named_before():
    text = ('Rheinmetall said it was in talks with Chile over the Lynx vehicle. "We are close to a deal," a '
            'company spokesperson said.')
    assert ("Rheinmetall", "We are close to a deal") in readings.quotes(text)


def test_company_official_unnamed_gives_no_speaker():
    text = ('Rheinmetall said it was in talks with Chile over the Lynx vehicle. "We are close to a deal," a '
            'company official said.')
    assert not readings.quotes(text)


# --- "'...,' expressed the minister" -------------------------------------------------------------------------------

def test_expressed_after_a_quote_reports_it():
    text = ("Lima (ANDINA). – The Minister of Defence, Mr. Carlos Vera Puente, informed this Monday that the army will "
            "receive trucks. “The army needs to recover its mobility in the mountains,” expressed the Minister during "
            "the press conference.")
    assert ("Carlos Vera Puente", "The army needs to recover its mobility in the mountains") in readings.quotes(text)


# --- byline labels -------------------------------------------------------------------------------------------------

def test_byline_labels_are_boilerplate():
    assert is_boilerplate_line("Reporter: Bima Santoso")
    assert is_boilerplate_line("Editor: Rina Kusuma")
    assert is_boilerplate_line("Editors: A. Smith and B. Jones")


def test_a_sentence_after_a_label_is_kept():
    assert not is_boilerplate_line("Editor: The ministry said it would buy twelve trainers.")
    assert not is_boilerplate_line("Editor-in-chief Maria Lopez said the paper would close.")
