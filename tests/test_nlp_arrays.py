"""Scans that read token attribute arrays instead of making a Token for every word give what the token
walks they replaced gave. Each old walk is kept here, as it was, and compared with the new code on
sentences of our own (the components before the parser, number candidates, vote sentences, money
amounts), and the year spans that skip dateparser are checked against dateparser itself."""

from __future__ import annotations

import re
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from dateparser.date import DateDataParser
from spacy.attrs import SENT_START

from armstrack.extract import dates, figures, numbers
from armstrack.extract.dates import _clean, _parser, resolve_date
from armstrack.nlp import pipeline

TEXTS = [
    "Defence Minister Tomasz Wrobel met Arvid Kessel in Warsaw. Kessel said the Leopard 2A8 tanks and 14 "
    "K9 howitzers would arrive by March.",
    "REPORT ON ARMOURED VEHICLES\nBy Lena Ostrova and Piet Van Dam\n\n- Chile has received two "
    "frigates.\n- Ghana ordered 6 patrol boats worth US$120m.\n• Kenya bought a dozen drones.",
    "Sofia Marchetti, Italy's undersecretary for defence, said Rome would buy two dozen A$3.4 billion "
    "vessels; Marchetti added that 12bn euros and 300m were set aside between 2017 and 2021.",
    "The Spanish minister, Ana Ruiz Gil, said the army of Peru bought Leopard 2A4 tanks; Ruiz Gil "
    "spoke to Joaquim Tavares. Tavares, a general, nodded.\n\nNEW ORDERS\n\nThe navy ordered Type 054A "
    "frigates for 9.5 billion yuan and 40 % more rupees.",
    "",
    "x",
    "1990 2 3 Alpha 4 Beta\n\n\n-",
]


def _old_list_items(doc):
    for tok in doc[:-1]:
        line_end = tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_
        if line_end and doc[tok.i + 1].text in pipeline.BULLETS:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _old_headings(doc):
    starts = {tok.idx: tok for tok in doc}
    for offset in pipeline.heading_breaks(doc.text):
        tok = starts.get(offset)
        if tok is not None and tok.i > 0:
            tok.is_sent_start = True
    return doc


@pytest.mark.parametrize("new, old", [(pipeline.list_items, _old_list_items),
                                      (pipeline.headings, _old_headings)])
def test_sentence_start_components_equal_the_token_walks(nlp, new, old):
    for text in TEXTS + [t.replace("\n", " \n ") for t in TEXTS]:
        a, b = nlp.make_doc(text), nlp.make_doc(text)
        assert new(a).to_array([SENT_START]).tolist() == old(b).to_array([SENT_START]).tolist()


def test_number_candidates_equal_the_token_walk(nlp):
    for doc in nlp.pipe(TEXTS):
        old = set(i for i, t in enumerate(doc) if t.like_num or t.pos_ == "NUM")
        old.update(t.i for t in doc if not t.is_alpha and figures.GLUED_MONEY.match(t.text))
        old.update(t.i for t in doc if figures._is_dozen(t))
        assert figures._number_candidates(SimpleNamespace(doc=doc, memo={})) == sorted(old)


def _old_vote_sentences(doc, sents):
    cues = figures.lexicon().by_kind.get("vote_context", {})
    phrases = [cue for cue in cues if " " in cue]
    out = []
    for sent in sents:
        found = any(t.lemma_.lower() in cues for t in sent)
        if not found and phrases:
            lowered = sent.text.lower()
            found = any(cue in lowered for cue in phrases)
        out.append(found)
    return out


def test_vote_sentences_equal_the_token_walk(nlp):
    texts = TEXTS + ["The assembly voted 120 to 14 on the resolution, with 9 abstentions. Delegates left early. "
                     "The motion passed in favour of the embargo; the council adopted it by a show of hands."]
    seen = set()
    for doc in nlp.pipe(texts):
        sents = list(doc.sents) if len(doc) else []
        new = figures._vote_sentences(doc, doc.text, sents)
        assert new == _old_vote_sentences(doc, sents)
        seen.update(new)
    assert seen == {True, False}


def _old_parse_money(text):
    lowered = text.lower().replace("\u00a0", " ")
    currency = None
    for symbol, code in sorted(numbers.CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        if symbol in "$€£¥₹₽" and symbol in lowered or re.search(rf"(?<![a-z]){re.escape(symbol)}(?![a-z])", lowered):
            currency = code
            break
    m = numbers._NUMERIC.search(lowered)
    if m is None:
        return None
    amount = float(m.group().replace(",", ""))
    rest = lowered[m.end():]
    scale = re.match(r"\s*(hundred|thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|m|b|k)\b", rest)
    if scale:
        amount *= numbers.SCALES[scale.group(1)]
    return (amount, currency or "USD") if currency or scale else None


def test_parse_money_equals_the_uncompiled_loop():
    texts = ["$807 million", "US$1.2bn", "€2.5 billion", "375 million dollars", "9.5 billion yuan", "40 rupees",
             "Rs 300 crore", "12bn", "300m", "about 3 trillion won", "A$3.4 billion", "£12", "¥4,000",
             "600 million Swiss francs", "₹ 20,000 crore", "twelve", "", "the euros", "euro12", "5 eurobonds"]
    texts += [f"{n} {word}" for n in ("14", "2.5 million") for word in sorted(numbers.CURRENCIES)]
    for text in texts:
        assert numbers.parse_money(text) == _old_parse_money(text), text


@pytest.mark.parametrize("text", ["between 2017 and 2021", "Between 1998 and 2003.", "between 2030 and 2012",
                                  "between  2019 and   2023,", "BETWEEN 2000 AND 2099"])
@pytest.mark.parametrize("ref", [None, date(2024, 2, 29), date(2019, 7, 1)])
def test_year_spans_resolve_as_dateparser_resolves_them(text, ref):
    """dateparser reads no date in a span of years; resolve_date now says so without asking it."""
    cleaned = _clean(text)
    assert dates._YEAR_SPAN.fullmatch(cleaned)
    parser = _parser() if ref is None else DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)})
    assert parser.get_date_data(cleaned).date_obj is None
    assert resolve_date.__wrapped__(text, ref) is None
