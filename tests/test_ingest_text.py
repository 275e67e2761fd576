"""Saved-article .txt files: markdown leftovers, title, byline, date line, URL trailer, body shape; real seeds."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from armstrack.ingest import iter_articles, read_file
from armstrack.ingest.text import clean_markdown, first_sentence, parse_byline, parse_text
from armstrack.records import Article, IngestFailure

SHARED = Path(__file__).resolve().parents[2] / "shared"

BODY = (
    "The navy of a coastal state has taken delivery of two patrol boats built abroad, officials said.\n\n"
    "The boats will be based at the main harbour and used for fisheries protection.\n\n"
    "A third vessel is planned but no contract has been signed, a spokesperson added."
)


def parse(text: str, doc_id: str = "doc") -> Article:
    result = parse_text(text, doc_id, "doc.txt")
    assert isinstance(result, Article), result
    return result


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# --- markdown -----------------------------------------------------------------------------------

def test_markdown_links_bold_headings_and_escapes_are_removed():
    text, headings = clean_markdown(
        "# A headline\n\nBy [Ann Example](#) and [Bo Sample](https://example.org/bo)\n\n"
        "**Related:** [another story](https://example.org/x_(y)) here, ![a chart](img.png) costs \\$5 *now*."
    )
    assert text.startswith("A headline\n")
    assert headings == {0}
    assert "By Ann Example and Bo Sample" in text
    assert "Related: another story here,  costs $5 now." in text
    assert "](" not in text and "**" not in text and "\\$" not in text


def test_markdown_is_cleaned_before_offsets_exist():
    a = parse("# Patrol boats delivered\n\nThe [ministry](https://example.org) said **two** boats arrived.\n")
    assert a.title == "Patrol boats delivered"
    assert a.text == "The ministry said two boats arrived."


def test_markdown_reference_links():
    text, _ = clean_markdown("See [the report][1] for details.\n\n[1]: https://example.org/r \"Report\"\nA [sic] note.")
    assert "See the report for details." in text and "example.org" not in text and "A [sic] note." in text


def test_page_furniture_above_the_headline_is_skipped():
    a = parse("Skip to content\nMenu\n\nCoastal navy receives patrol boats\n\n" + BODY)
    assert a.title == "Coastal navy receives patrol boats"
    assert a.text == BODY


def test_underscores_and_asterisks_inside_words_survive():
    text, _ = clean_markdown("The file_name_here and 5*3*2 stay; so does a lone * star.")
    assert text == "The file_name_here and 5*3*2 stay; so does a lone * star."


# --- title --------------------------------------------------------------------------------------

def test_title_is_first_line_and_body_keeps_paragraphs():
    a = parse("Coastal navy receives patrol boats\n\n" + BODY + "\n")
    assert a.title == "Coastal navy receives patrol boats"
    assert a.text == BODY
    assert a.doc_id == "doc" and a.path == "doc.txt"


def test_repeated_title_is_dropped():
    a = parse("Coastal navy receives patrol boats\n\nCoastal navy receives patrol boats\n\n" + BODY)
    assert a.title == "Coastal navy receives patrol boats"
    assert "receives patrol boats" not in a.text
    assert a.text.startswith("The navy of a coastal state")


def test_standfirst_after_title_stays_in_body():
    a = parse("Coastal navy receives patrol boats\n\nThe deal shows a shift away from old suppliers\n\n" + BODY)
    assert a.text.startswith("The deal shows a shift away from old suppliers\n\n")


def test_short_question_headline_is_a_title():
    a = parse("Will the navy buy more boats?\n\n" + BODY)
    assert a.title == "Will the navy buy more boats?"
    assert a.text == BODY


def test_file_without_shape_is_all_body_with_first_sentence_as_title():
    long_first = (
        "The air force of a landlocked country has ordered four light transport aircraft from a European "
        "manufacturer, according to a statement published by the defence ministry on its website this week. "
        "Deliveries are expected next year."
    )
    a = parse(long_first + "\n\nA second paragraph follows.\n")
    assert a.text == long_first + "\n\nA second paragraph follows."
    assert a.title.startswith("The air force of a landlocked country")
    assert a.title.endswith("this week.")


def test_first_line_ending_with_a_full_stop_is_body():
    a = parse("Two boats arrived on Monday.\n\nA third one is due in spring.\n")
    assert a.text == "Two boats arrived on Monday.\n\nA third one is due in spring."
    assert a.title == "Two boats arrived on Monday."


def test_hard_wrapped_paragraph_is_not_a_title():
    a = parse("The ministry confirmed that the first\nbatch of trucks had been delivered\nto the border units.\n")
    assert a.text.startswith("The ministry confirmed that the first\nbatch")
    assert a.title == "The ministry confirmed that the first"


def test_long_first_sentence_title_is_cut():
    sentence = " ".join(["word"] * 80) + "."
    a = parse(sentence + "\n")
    assert len(a.title) <= 201 and a.title.endswith("…")


def test_first_sentence_skips_abbreviations():
    assert first_sentence("Mr. Example met Gen. Sample in the U.S. capital. Then he left.") == (
        "Mr. Example met Gen. Sample in the U.S. capital."
    )


# --- byline -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, names",
    [
        ("By Ann Example", ["Ann Example"]),
        ("By Ann Example and Bo Sample", ["Ann Example", "Bo Sample"]),
        ("by Ann Example, Bo Sample and Cy Tester", ["Ann Example", "Bo Sample", "Cy Tester"]),
        ("By: Maria de la Prueba", ["Maria de la Prueba"]),
        ("By Ann Example, Staff Writer", ["Ann Example"]),
        ("By Ann Example in Lisbon", ["Ann Example"]),
        ("Written by J. R. Sample", ["J. R. Sample"]),
        ("By Ann Example, Asia Correspondent", ["Ann Example"]),
        ("By Ann Example, special to the Daily", ["Ann Example"]),
        ("By Ann Example and Bo Sample • 5 min read", ["Ann Example", "Bo Sample"]),
        ("By Staff Writer", []),
        ("By Reuters", []),
        ("By ANN EXAMPLE", ["ANN EXAMPLE"]),
    ],
)
def test_byline_names(line, names):
    assert parse_byline(line) == (names, None)


def test_byline_with_date_on_the_same_line():
    assert parse_byline("by Ann Example Sep 7, 2021, 14:25 PM") == (["Ann Example"], date(2021, 9, 7))
    assert parse_byline("Posted on 12 August 2022 by Ann Example") == (["Ann Example"], date(2022, 8, 12))
    assert parse_byline("By Ann Example | Updated March 3, 2020") == (["Ann Example"], date(2020, 3, 3))


@pytest.mark.parametrize(
    "line",
    ["By the end of the year the fleet will double.", "By Monday, the boats had left.", "By 2030", "Bypass road"],
)
def test_sentences_starting_with_by_are_not_bylines(line):
    assert parse_byline(line) is None


def test_byline_leaves_the_body():
    a = parse("Coastal navy receives patrol boats\n\nBy Ann Example and Bo Sample\n\n" + BODY)
    assert a.authors == ["Ann Example", "Bo Sample"]
    assert "Ann Example" not in a.text and "Bo Sample" not in a.text
    assert a.text == BODY


def test_byline_and_date_on_one_line_give_authors_and_published():
    a = parse("Coastal navy receives patrol boats\n\nby Ann Example Sep 7, 2021, 14:25 PM\n\n" + BODY)
    assert a.authors == ["Ann Example"]
    assert a.published == date(2021, 9, 7)
    assert a.text == BODY


def test_sentence_starting_with_by_stays_in_body():
    a = parse("Coastal navy receives patrol boats\n\nBy the end of the year the fleet will double.\n\n" + BODY)
    assert a.authors == []
    assert a.text.startswith("By the end of the year")


# --- date line ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, expected",
    [
        ("March 26, 2021", date(2021, 3, 26)),
        ("26 March 2021", date(2021, 3, 26)),
        ("2021-03-26", date(2021, 3, 26)),
        ("Sep 7, 2021, 14:25 PM", date(2021, 9, 7)),
        ("Friday, 26 March 2021 10:15 GMT", date(2021, 3, 26)),
        ("Updated: March 27, 2021", date(2021, 3, 27)),
        ("Published: March 26, 2021 | Updated: March 27, 2021", date(2021, 3, 26)),
        ("Mon 22 Jun 2021 12.35 BST", date(2021, 6, 22)),
        ("Posted: 6/22/2021 10:35:12 AM", date(2021, 6, 22)),
        ("Last modified on Tue 23 Jun 2021 05.10 BST", date(2021, 6, 23)),
        ("June 22nd, 2021", date(2021, 6, 22)),
        ("**Updated:** 5/14/2023, 9:12 AM", date(2023, 5, 14)),
    ],
)
def test_date_line_gives_published_and_leaves_body(line, expected):
    a = parse(f"Coastal navy receives patrol boats\n\n{line}\n\n{BODY}")
    assert a.published == expected
    assert a.text == BODY


def test_published_line_wins_over_updated_line():
    a = parse("Coastal navy receives patrol boats\n\nUpdated: May 2, 2021\nMay 1, 2021\n\n" + BODY)
    assert a.published == date(2021, 5, 1)


def test_date_in_a_caption_does_not_count():
    caption = "Sailors stand on the deck of a new boat in the harbour on June 2, 2021."
    a = parse(f"Coastal navy receives patrol boats\n\n{caption}\n\n{BODY}")
    assert a.published is None
    assert a.text.startswith(caption)


def test_date_line_far_below_the_top_does_not_count():
    paras = "\n\n".join(f"Paragraph number {n} of the story." for n in range(8))
    a = parse(f"Coastal navy receives patrol boats\n\n{paras}\n\nMarch 26, 2021\n")
    assert a.published is None
    assert "March 26, 2021" in a.text


def test_year_alone_is_not_a_date_line():
    a = parse("Coastal navy receives patrol boats\n\n2021\n\n" + BODY)
    assert a.published is None


# --- trailers -----------------------------------------------------------------------------------

def test_original_url_trailer_on_next_line_in_angle_brackets():
    a = parse("Coastal navy receives patrol boats\n\n" + BODY + "\n\nOriginal url:\n\n<https://www.example.com/news/2021/03/26/boats-a1>\n")
    assert a.url == "https://www.example.com/news/2021/03/26/boats-a1"
    assert a.source == "example.com"
    assert a.published == date(2021, 3, 26)  # no date line: the URL's date
    assert a.text == BODY


@pytest.mark.parametrize("label", ["Source", "URL", "Original URL", "Link"])
def test_url_trailer_on_same_line(label):
    a = parse(f"Coastal navy receives patrol boats\n\n{BODY}\n\n{label}: https://news.example.org/a/b?id=3\n")
    assert a.url == "https://news.example.org/a/b?id=3"
    assert a.source == "news.example.org"
    assert a.published is None
    assert "http" not in a.text


def test_source_without_url_stays():
    a = parse(f"Coastal navy receives patrol boats\n\n{BODY}\n\nSource: ministry statement\n")
    assert a.url is None and a.source is None
    assert a.text.endswith("Source: ministry statement")


def test_date_line_wins_over_url_date():
    a = parse(f"Boats\n\nMarch 27, 2021\n\n{BODY}\n\nURL: https://example.com/2021/03/26/boats/\n")
    assert a.published == date(2021, 3, 27)


def test_lone_url_on_the_last_line_is_the_url():
    a = parse(f"Boats arrive\n\n{BODY}\n\nhttps://www.example.net/story/1\n")
    assert a.url == "https://www.example.net/story/1"
    assert a.source == "example.net"


# --- body ---------------------------------------------------------------------------------------

def test_line_breaks_inside_a_paragraph_are_kept_and_blank_lines_collapsed():
    a = parse("Boats arrive\n\n\n\nA quote that runs over\ntwo lines, she said.   \n\n\n\nNext paragraph.\n")
    assert a.text == "A quote that runs over\ntwo lines, she said.\n\nNext paragraph."


def test_crlf_and_bom_are_normalised():
    a = parse("\ufeffBoats arrive\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
    assert a.title == "Boats arrive"
    assert a.text == "First paragraph.\n\nSecond paragraph."


def test_title_only_is_a_failure():
    result = parse_text("Boats arrive\n\nBy Ann Example\n", "doc", "doc.txt")
    assert isinstance(result, IngestFailure)
    assert "no article text" in result.reason


def test_language_is_detected():
    a = parse("Boats arrive\n\n" + BODY)
    assert a.language == "en"


def test_read_file_txt(tmp_path):
    p = write(tmp_path, "story-1.txt", "Boats arrive\n\nMarch 26, 2021\n\n" + BODY)
    (a,) = list(read_file(p))
    assert isinstance(a, Article)
    assert a.doc_id == "story-1" and a.path == str(p) and a.line is None
    assert a.published == date(2021, 3, 26)
    assert a.meta["ingest"] == {"format": "txt", "encoding": "utf-8"}


# --- the real seed articles ---------------------------------------------------------------------

def _normalise(s: str) -> str:
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
    return " ".join(s.translate(table).split())


@pytest.mark.seeds
@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").is_dir(), reason="shared seed corpus not available")
def test_real_seeds():
    seeds = SHARED / "corpus" / "seeds"
    results = list(iter_articles([seeds]))
    failures = [r for r in results if isinstance(r, IngestFailure)]
    articles = {a.doc_id: a for a in results if isinstance(a, Article)}
    assert failures == []
    assert len(articles) == 4

    for stem, a in articles.items():
        raw = (seeds / f"{stem}.txt").read_text(encoding="utf-8")
        headline = next(line for line in raw.split("\n") if line.strip()).lstrip("# ").strip()
        assert a.title == headline

        gold_file = SHARED / "gold" / "seeds" / f"{stem}.json"
        if gold_file.exists():
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            expected = date.fromisoformat(gold["published"]) if gold.get("published") else None
            assert a.published == expected, stem

        for name in a.authors:
            assert name not in a.text, (stem, name)
        for junk in ("Already a", "Be the first to comment", "©", "Related article", "Original url", "sitio web"):
            assert junk not in a.text, (stem, junk)
        assert not re.search(r"\]\(|\*\*", a.text), stem
        assert "\n\n\n" not in a.text

        # every paragraph repeated in the source (a caption printed twice, a lead printed twice) occurs once
        raw_paras = [_normalise(p) for p in re.split(r"\n\s*\n", raw) if p.strip()]
        cleaned = _normalise((a.title or "") + "\n\n" + a.text)
        for para in {p for p in raw_paras if raw_paras.count(p) > 1 and len(p.split()) > 8}:
            probe = " ".join(para.split()[:10])
            assert cleaned.count(probe) == 1, (stem, probe)
        paras = [_normalise(p) for p in a.text.split("\n\n")]
        assert len(paras) == len(set(paras)), stem

    by_prefix = {stem[:3]: a for stem, a in articles.items()}
    assert len(by_prefix["001"].authors) == 2
    assert len(by_prefix["003"].authors) == 1
    assert by_prefix["001"].source is not None and by_prefix["001"].url is not None
    assert by_prefix["002"].published is None and by_prefix["004"].published is None


# --- properties ---------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "# ", "By ", "Ann Example", " and ", "March 26, 2021", "\n", "\n\n", " ", "[x](y)", "**", "Original url:",
    "<https://www.example.com/2021/03/26/a>", "Source: ", "The navy bought boats.", "Be the first to comment",
    "©", "Updated:", "14:25 PM", "Reuters", "/", "“", "”", ".", "es un sitio", "\r\n", "\ufeff", "*",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map("".join)))
def test_parse_text_never_raises(text):
    result = parse_text(text, "doc", "doc.txt")
    assert isinstance(result, (Article, IngestFailure))
    if isinstance(result, Article):
        assert result.text and result.text == result.text.strip()
        assert "\n\n\n" not in result.text
