"""Boilerplate removal: each rule, the data files, language detection, and clean()'s properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armstrack.ingest import boilerplate
from armstrack.ingest.boilerplate import clean, detect_language, foreign_language, is_credit

LEAD = "The defence ministry said it had received the first batch of armoured trucks on Monday."
MORE = "Further deliveries are expected before the end of the year, officials added."


def with_junk(junk: str) -> str:
    return f"{LEAD}\n\n{junk}\n\n{MORE}"


@pytest.mark.parametrize(
    "junk",
    [
        # comment prompts
        "Be the first to comment",
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "12 Comments",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        # copyright / reprint notices
        "© 2022 Example Media Group. All rights reserved.",
        "Copyright 2022 Example Media Group",
        "All rights reserved.",
        "Unauthorized use and/or duplication of this material without written permission is strictly prohibited.",
        "Reprints and permissions",
        # subscription teasers
        "Already a Example Weekly subscriber? Log in to read on",
        "Already a subscriber? Log in to read the full analysis.",
        "Not yet a member? Start your free trial today.",
        "Log in to continue reading",
        "Subscribe to keep reading our coverage. Your first month is free.",
        "Subscribe to our daily briefing",
        "Interested in subscribing, see our plans",
        "Sign up for our newsletter",
        "Read the full article on our partner site",
        # link lines
        "Related article: Another country buys trucks",
        "Read more: Why trucks matter",
        "Also read: A history of the programme",
        "RELATED: The earlier order",
        # share prompts
        "Share this article",
        "Follow us on Twitter and Facebook",
        "Facebook Twitter Email",
        "Share:",
        "Advertisement",
        # page furniture and agency footers
        "Tags: Navy, Shipbuilding",
        "Home > World > Asia",
        "4 min read",
        "Skip to content",
        "Reporting by Ann Example; Editing by Bo Sample",
        "(Additional reporting by Cy Tester in Example City)",
        "Image source, Getty Images",
    ],
)
def test_boilerplate_lines_are_removed(junk):
    assert clean(with_junk(junk)) == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(
    "keep",
    [
        "Copyright law was also discussed at the meeting.",
        "Comments by the minister were not reported.",
        "Shares of the manufacturer rose after the announcement.",
        "The subscription model of the leasing deal was criticised by auditors, who said the costs were unclear.",
        "Read the statement above, he told reporters.",
        "Reporting by the local press showed the army was short of fuel.",
        "Email records show the contract was changed twice.",
    ],
)
def test_similar_real_sentences_stay(keep):
    assert clean(with_junk(keep)) == with_junk(keep)


def test_boilerplate_in_the_same_paragraph_as_text_only_loses_its_line():
    assert clean(f"{LEAD}\nShare this article\n{MORE}") == f"{LEAD}\n{MORE}"


# --- photo credits ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "caption, credit",
    [
        ("A new truck on parade in the capital.", "Ann Example / Ministry Press Service / TASS"),
        ("Two officers shake hands before the talks.", "Ann Example/Ministry of Defence of Exampleland/Handout via REUTERS"),
        ("Soldiers unload crates at the port.", "(Photo: Bo Sample/AFP)"),
        ("A helicopter lands on the ship.", "AFP via Getty Images"),
        ("A radar unit on display.", "Photo by Cy Tester"),
        ("The delegation at the airport.", "© Example Agency"),
        ("A missile system at a parade.", "REUTERS/Ann Example/File Photo"),
        ("Sailors on deck.", "Credit: Ann Example for The Example Times"),
    ],
)
def test_trailing_photo_credit_is_removed_and_caption_kept(caption, credit):
    assert clean(f"{caption} {credit}\n\n{LEAD}") == f"{caption}\n\n{LEAD}"


def test_single_share_buttons_one_a_line():
    assert clean(f"{LEAD}\n\nShare this:\nFacebook\nTwitter\n\n{MORE}") == f"{LEAD}\n\n{MORE}"


def test_credit_on_its_own_line_disappears():
    assert clean(f"{LEAD}\n\nAnn Example / Reuters\n\n{MORE}") == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told Reuters.",
        "Officials spoke to AFP on Friday about the delivery.",
        "Routes run via Turkey / Iran",
        "Trade with the region rose. Imports / Exports",
        "The plant was built with help from the Associated Press Building Fund, which paid for the roof.",
    ],
)
def test_sentences_mentioning_agencies_are_not_credits(text):
    assert clean(text) == text


def test_is_credit():
    assert is_credit("Ann Example / TASS")
    assert is_credit("REUTERS/Ann Example")
    assert is_credit("(Photo: Ann Example/AFP)")
    assert not is_credit("the minister told Reuters")
    assert not is_credit("Russia / Ukraine")


# --- repeated paragraphs ------------------------------------------------------------------------

def test_paragraph_repeating_an_earlier_one_is_dropped():
    caption = "Officers inspect a truck at the depot on May 3, 2021."
    text = f"{caption}\n\n{LEAD}\n\n{MORE}\n\n{caption}"
    assert clean(text) == f"{caption}\n\n{LEAD}\n\n{MORE}"


def test_lead_printed_twice_is_dropped():
    assert clean(f"{LEAD}\n\n{LEAD}\n\n{MORE}") == f"{LEAD}\n\n{MORE}"


def test_repeat_with_other_quote_marks_and_spacing_is_dropped():
    first = "The country's navy said \"two\" boats  arrived."
    again = "The country’s navy said “two” boats arrived."
    assert clean(f"{first}\n\n{MORE}\n\n{again}") == f"{first}\n\n{MORE}"


def test_repeat_after_credit_removal_is_dropped():
    caption = "A truck at the depot."
    text = f"{caption} Ann Example / Reuters\n\n{LEAD}\n\n{caption} Ann Example/REUTERS"
    assert clean(text) == f"{caption}\n\n{LEAD}"


# --- other languages ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "foreign",
    [
        "Este es el portal oficial de noticias del ministerio y de sus agencias",
        "Ceci est le site officiel du ministère et de ses services",
        "Dies ist die offizielle Seite der Regierung und des Ministeriums",
        "Este é o portal oficial do governo e dos seus ministérios",
        "Это официальный сайт министерства обороны",
        "这是国防部的官方网站",
    ],
)
def test_foreign_line_is_removed(foreign):
    assert clean(with_junk(foreign)) == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("tail", ["es el portal oficial de noticias del ministerio", "es un portal oficial del Ministerio Nacional"])
def test_short_foreign_tail_is_removed(tail):
    last = "“It is good for both of us,” the minister said."
    assert clean(f"{LEAD}\n\n{last} {tail}") == f"{LEAD}\n\n{last}"


def test_foreign_tail_glued_to_the_last_line_is_removed():
    last = "“We will keep buying,” the minister said. “It is good for both of us.”"
    text = f"{LEAD}\n\n{last} es el portal oficial de noticias del ministerio"
    assert clean(text) == f"{LEAD}\n\n{last}"


@pytest.mark.parametrize(
    "english",
    [
        "The minister met Juan de la Vega and Ana da Silva in the capital.",
        "Officials from the Organización de los Estados Americanos attended the ceremony.",
        "He ended his speech with “la lucha continúa” and left the room.",
        "A crowd chanted “no pasarán” outside the embassy. The police watched.",
        "The plant near the city of Moskva-Reka will build the vehicles.",
        "The company, known in Russian as Рособоронэкспорт, signed the deal.",
        "The delegation included Juan de la Vega, Maria de los Santos y Pedro del Campo.",
        "Juan de la Vega y Maria de los Santos",
        "Fabrica Argentina de Aviones y Astilleros del Sur",
        "Pieter van der Berg and Ana da Silva met in the capital.",
    ],
)
def test_english_with_foreign_names_or_quotes_stays(english):
    assert clean(f"{LEAD}\n\n{english}") == f"{LEAD}\n\n{english}"


def test_mostly_foreign_document_is_not_emptied():
    text = "El ministerio de defensa confirmó la compra de los camiones.\n\nLa entrega será en mayo y no hay más datos."
    assert clean(text) == text
    assert detect_language(text) == "es"


def test_foreign_language():
    assert foreign_language("es un sitio oficial de la empresa y de sus socios") == "es"
    assert foreign_language("Это официальный сайт") == "xx"
    assert foreign_language("The boats will arrive in the spring.") is None
    assert foreign_language("Juan de la Vega") is None


def test_detect_language():
    assert detect_language(f"{LEAD} {MORE}") == "en"
    assert detect_language("") is None


# --- whitespace ---------------------------------------------------------------------------------

def test_whitespace_is_normalised_but_line_breaks_kept():
    text = "\n\n  First line   \nsecond line\t\n\n\n\n\nNext paragraph.   \n\n"
    assert clean(text) == "First line\nsecond line\n\nNext paragraph."


def test_empty_and_whitespace_only():
    assert clean("") == ""
    assert clean(" \n\n \t\n") == ""
    assert clean("Be the first to comment\n\n© Someone") == ""


# --- data files ---------------------------------------------------------------------------------

def test_pattern_file_rows_have_kind_pattern_and_comment():
    rows = [r for r in boilerplate.PATTERNS_FILE.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith("#")]
    assert rows[0].split("\t")[0] == "kind"
    for row in rows[1:]:
        cols = row.split("\t")
        assert len(cols) == 3 and cols[0] in ("line", "tail", "agency", "credit") and cols[2].strip(), row
    loaded = boilerplate.load_patterns()
    assert all(loaded[k] for k in ("line", "tail", "agency", "credit"))


def test_bad_pattern_file_is_reported(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("kind\tpattern\tcomment\nline\t(unclosed\toops\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:2"):
        boilerplate.load_patterns(bad)
    bad.write_text("nonsense\tx\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind"):
        boilerplate.load_patterns(bad)


def test_function_words_cover_the_languages():
    words = boilerplate.load_function_words()
    assert {"en", "es", "fr", "de", "pt", "it", "nl", "id"} <= set(words)


# --- properties ---------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Be the first to comment", "©", "Reuters", "/", "AFP", " via ", "Photo:", "(", ")", "\n", "\n\n", " ",
    "The ministry said.", "es un", " de la ", "del", "Это", "“", "”", ".", "Share this", "Read more:", "\r\n",
    "Ann Example", "Handout", "2021", "\t", "All rights reserved",
])
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_clean_never_raises_and_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once
    assert "\n\n\n" not in once
    assert once == once.strip()
    assert all(line == line.rstrip() for line in once.split("\n"))


def test_the_language_of_a_cleaned_text_is_judged_once():
    from armstrack.ingest.text import parse_text

    detect_language.cache_clear()
    raw = ("Frigate order for Valdoria\n\nThe navy of Valdoria ordered two frigates from a shipyard in Spain, "
           "and the first of them will be delivered in 2027, the ministry said on Monday.\n\n"
           "It is the largest order that the navy has placed in a decade.\n")
    article = parse_text(raw, "frigates")
    assert article.language == "en"
    # clean()'s last pass judged the same text the reader then labels: answered from the cache
    assert detect_language.cache_info().hits >= 1


def test_first_lines_are_tested_for_credits_once():
    from armstrack.ingest.text import parse_text

    boilerplate._strip_credit.cache_clear()
    raw = ("Corvettes for Tarlandia\n\nBy Imre Voskuhl\n\nThe coast guard of Tarlandia will receive three corvettes "
           "from a yard in Italy next year, officials said.\n\nThe ships replace patrol boats bought in 1998. "
           "Photo: Imre Voskuhl/Reuters\n")
    article = parse_text(raw, "corvettes")
    assert "Reuters" not in article.text and "patrol boats" in article.text
    # the reader tested the body's first lines for a bare credit; clean() asks again about the same lines
    assert boilerplate._strip_credit.cache_info().hits >= 1


def test_an_unchanged_line_is_matched_against_whole_line_boilerplate_once(monkeypatch):
    calls = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def fullmatch(self, s):
            calls.append(s)
            return self.pattern.fullmatch(s)

    monkeypatch.setattr(boilerplate, "_LINE", Counting(boilerplate._LINE))
    line = "The navy of Valdoria took delivery of its second frigate on Friday."
    assert boilerplate._clean_line(line, True) == line
    assert len(calls) == 1
    calls.clear()
    assert boilerplate._clean_line("Share this article", True) == ""
