"""Scraped pages' shape: hard-wrapped paragraphs, header lines above the body, a byline run on into the dateline."""

import textwrap

from armstrack.ingest import boilerplate
from armstrack.ingest.jsonl import article_from_record

PARAGRAPHS = [
    "Norland's defence ministry said on Tuesday it had signed a contract for twelve coastal patrol boats with "
    "a shipyard in the south of the country, the largest naval order the small state has placed in a decade.",
    "The first two hulls are to be handed over next spring, a ministry spokesman told reporters, while the "
    "remaining ten would follow at a rate of three a year from a second slipway that is still being built.",
    "Officials declined to give the value of the deal, but a budget document seen last month put the "
    "programme at around 400 million crowns, spread over five years of payments to the yard.",
]


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in PARAGRAPHS)


def _record(text: str, **fields) -> dict:
    return {"id": "s1", "title": "Norland orders twelve patrol boats from a southern shipyard", "text": text, **fields}


def test_hard_wrapped_paragraphs_read_as_the_paragraphs_they_were():
    original = boilerplate.clean("\n\n".join(PARAGRAPHS))
    for width in (60, 70, 78):
        assert boilerplate.clean(_wrapped(width)) == original


def test_a_short_text_has_no_column_to_unwrap():
    text = "The navy said on Monday that both of its older frigates would be\nrefitted at the northern yard."
    assert boilerplate.clean(text) == text
    assert boilerplate.clean("First line\nsecond line") == "First line\nsecond line"


def test_header_lines_lists_and_one_sentence_lines_stay_lines():
    header = ("Norland orders twelve patrol boats from a southern shipyard after a decade of delays and cuts\n"
              "Published : 12 March 2019 10:42 IST\nBy Ann Example, Staff Writer")
    assert boilerplate.clean(header) == header
    bullets = "\n".join(f"- Patrol boat number {n} of the new class, for the coast guard squadron" for n in range(6))
    assert boilerplate.clean(bullets) == bullets
    sentences = "\n".join(PARAGRAPHS)
    assert boilerplate.clean(sentences) == sentences
    byline = "By Ann Example\nann.example@norland-news.test"
    assert boilerplate.clean(byline) == byline


def test_headline_published_line_and_byline_above_the_body_are_taken_off():
    text = ("Norland orders twelve patrol boats from a southern shipyard\n"
            "Published : 12 March 2019 10:42 IST\nBy Ann Example, Staff Writer\n\n"
            "Norland orders twelve patrol boats from a southern shipyard\n\n" + "\n\n".join(PARAGRAPHS))
    a = article_from_record(_record(text), "s1", "p")
    assert a.text.startswith("Norland orders twelve patrol boats from a southern shipyard\n\nNorland's defence")
    assert str(a.published) == "2019-03-12" and a.authors == ["Ann Example"]
    a = article_from_record(_record(text, published="2019-03-13"), "s1", "p")
    assert str(a.published) == "2019-03-13"  # the record's own date comes first
    single = text.split("\n\n", 1)[1]  # the headline once, no header lines: the text is left as it came
    assert article_from_record(_record(single), "s1", "p").text == boilerplate.clean(single)


def test_a_date_line_inside_the_body_is_not_the_page_date():
    text = PARAGRAPHS[0] + "\n\nThursday, 05 March 2015\n\n" + PARAGRAPHS[1]
    a = article_from_record(_record(text), "s1", "p")
    assert a.published is None and "05 March 2015" in a.text


def test_byline_run_on_into_the_dateline_is_split_off():
    text = "By Ann Example, Reuters OSLO, May 2 — " + PARAGRAPHS[0]
    a = article_from_record(_record(text), "s1", "p")
    assert a.text.startswith("OSLO, May 2 — Norland's") and a.authors == ["Ann Example"]


def test_a_sentence_opening_with_by_is_not_a_byline():
    text = "By the end of MAY — the ministry said — all twelve boats will have been ordered."
    a = article_from_record(_record(text), "s1", "p")
    assert a.text == text


def test_headings_captions_and_sentence_lines_are_not_joined():
    heading = ("Peru buys trainers\nBy Ann Example\n\n"
               "Peru has ordered twelve KT-1 trainers from South Korea, the air force said on Monday.\n\n"
               "The jets will replace older aircraft.")
    assert boilerplate.clean(heading) == heading
    items = ("The package includes the following items for the navy of Peru:\n"
             "- two patrol boats built by a yard in Spain for coastal duty\n"
             "- spare parts and training for crews over three years of work\n"
             "Photo: navy\n"
             "Peru signed the contract with the Spanish yard on Monday, officials said.")
    assert boilerplate.clean(items) == items
    sentences = ("Peru has ordered twelve KT-1 trainers from South Korea, the air force said on Monday.\n"
                 "Deliveries start next year.")
    assert boilerplate.clean(sentences) == sentences
