"""Sentence starts after headings, subheadings, bylines and captions (armstrack.nlp.pipeline.heading_breaks),
and hard-wrapped prose that must stay one sentence."""
from __future__ import annotations

import textwrap

from armstrack.nlp.pipeline import heading_breaks


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def _starts_line(nlp, text, line):
    """Whether the sentence splitter starts a sentence at the first word of ``line``."""
    doc = nlp(text)
    offset = text.index(line)
    return any(tok.idx == offset and tok.is_sent_start for tok in doc)


HEADLINE = (
    "Veridia orders twelve Kestrel trainers from Norland amid border tension\n"
    "By Tomas Ekwall and Ana Ruiz\n"
    "Veridia's air ministry signed a contract on Friday for twelve Kestrel jet trainers built by Norland "
    "Aero, officials in the capital said.\n"
)


def test_headline_byline_and_lead_are_three_sentences(nlp):
    sents = _sentences(nlp, HEADLINE)
    assert sents[0] == "Veridia orders twelve Kestrel trainers from Norland amid border tension"
    assert sents[1] == "By Tomas Ekwall and Ana Ruiz"
    assert sents[2].startswith("Veridia's air ministry signed")


def test_subheadings_in_the_middle_start_sentences(nlp):
    text = (
        "The navy of Ostrava took delivery of its second patrol boat on Monday.\n\n"
        "Delays at the yard\n\n"
        "The first boat arrived eight months late after a dispute over engines.\n"
        "Next steps\n"
        "“We expect the third hull before winter,” the commander said at the harbour in the port of Lemberg "
        "on the northern coast.\n"
    )
    assert _starts_line(nlp, text, "Delays at the yard")
    assert _starts_line(nlp, text, "The first boat arrived")
    assert _starts_line(nlp, text, "“We expect")
    assert "Next steps" in _sentences(nlp, text)


def test_a_caption_line_is_a_sentence_of_its_own(nlp):
    text = (
        "Soldiers of the Marovian army unload crates of rifles at the port of Delta City [Photo: archive]\n"
        "Marovia received its first shipment of rifles from Keldor last week, the defence ministry said in a "
        "statement issued on Tuesday evening.\n"
    )
    assert _starts_line(nlp, text, "Marovia received")
    assert not any("archive" in s and "Marovia received" in s for s in _sentences(nlp, text))


PROSE = (
    "The defence ministry of Arvland said on Thursday that it had signed a contract with the shipbuilder "
    "Halvor Marine for four offshore patrol vessels, the first of which is due in the spring of next year. "
    "The deal, which Defence Minister Petra Lindqvist described as the largest naval order in two decades, "
    "also covers training for crews and a stock of spare parts for ten years. Deputy Minister Jonas "
    "Berglund Olsen told reporters the vessels would patrol the northern fisheries zone."
)


def test_prose_hard_wrapped_at_70_columns_is_not_split(nlp):
    wrapped = textwrap.fill(PROSE, 70)
    assert wrapped.count("\n") >= 6
    assert heading_breaks(wrapped) == []
    assert len(_sentences(nlp, wrapped)) == len(_sentences(nlp, PROSE))


def test_a_wrapped_line_ending_with_a_name_stays_joined_to_its_verb(nlp):
    text = (
        "After a long debate in the assembly on the budget, Deputy Minister Jonas\n"
        "Berglund confirmed the order of four patrol vessels for the coast guard,\n"
        "which had asked the government for new ships since the storm of 2019,\n"
        "and said the first would arrive in the spring after sea trials ended.\n"
    )
    assert heading_breaks(text) == []
    assert len(_sentences(nlp, text)) == 1


def test_a_heading_needs_a_short_line_without_final_punctuation():
    text = "Talks resume in Norvik\nThe two delegations met again.\nThey agreed:\nA date was set.\n"
    starts = heading_breaks(text)
    assert text.index("The two delegations") in starts
    assert text.index("They agreed") not in starts  # after a full stop the parser splits by itself
    assert text.index("A date") not in starts  # a colon introduces what follows


def test_a_line_broken_after_an_article_preposition_or_dash_is_not_a_heading():
    for end in ("signed with the", "a shipment of", "CAPITAL CITY —", "Tanks and"):
        text = f"{end}\nKestrel Aero delivered the aircraft on time.\n"
        assert heading_breaks(text) == [], end


def test_a_lower_case_next_line_continues_the_sentence():
    assert heading_breaks("Frigate deal\nsigned in the capital\n") == []


def test_a_long_paragraph_without_final_punctuation_before_a_blank_line_ends_there():
    text = "Word " * 30 + "end\n\nThe next paragraph starts here.\n"
    assert heading_breaks(text) == []  # too long for a heading: left to the parser
    text = "A short standfirst about the frigate deal\n\nThe next paragraph starts here.\n"
    assert heading_breaks(text) == [text.index("The next")]


def test_a_headline_event_folds_into_the_lead_that_tells_it(parsed):
    from armstrack.extract.events import extract_events

    text = (
        "Norland, Veridia agree to hold joint naval exercises\n\n"
        "Norland and Veridia have agreed to hold a large joint naval exercise off the Veridian coast next "
        "spring, the two defence ministries said on Monday.\n"
    )
    found = [e for e in extract_events(*parsed(text)) if e.type == "training"]
    assert len(found) == 1
    assert found[0].evidence.sentence.startswith("Norland and Veridia have agreed")


def test_a_coup_told_in_a_main_clause_is_shown_over_a_relative_clause(parsed):
    from datetime import date

    from armstrack.extract.events import extract_events

    text = (
        "Critics accuse Keldor of arming the generals, who took over in a coup on March 3, with rifles.\n\n"
        "The army of Marovia seized control of the country in a coup on March 3, 2022.\n"
    )
    found = [e for e in extract_events(*parsed(text, published=date(2022, 6, 1))) if e.type == "coup"]
    assert len(found) == 1
    assert found[0].evidence.sentence.startswith("The army of Marovia seized control")


PARAGRAPHS = (
    "Ghana received four Mi-171 helicopters from Russia in 2019 as well as boats of its own.\n\n"
    "Nigeria, in turn, bought twelve Super Tucano jets from the United States.\n"
)


def test_a_paragraph_after_a_full_stop_starts_a_sentence(nlp):
    assert _starts_line(nlp, PARAGRAPHS, "Nigeria, in turn")
    assert "Nigeria" not in _sentences(nlp, PARAGRAPHS)[0]


def test_a_paragraph_after_a_closing_quote_and_a_full_stop_starts_a_sentence(nlp):
    text = "\"We have waited long enough for these jets.\"\n\nPakistan received the J-10C fighters in March.\n"
    assert _starts_line(nlp, text, "Pakistan received")
