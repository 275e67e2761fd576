"""Figures: the numbers an article states that a reader would look up — money, shares, people killed
or arrested, vote tallies, quantities with a unit of measure (not the specifications of a machine, nor ranks).

Every number-like token is read as a *number phrase* (qualifier, currency, digits or number words,
scale, unit). Money and percentages say what they are by their form. Any other number is a figure only
when the parse says what it counts (cue lexicon ``data/figure_cues.tsv``): a unit of measure it
modifies ("a 5,000-tonne frigate", "70 kilometres"), people with a harm or arrest cue ("troops shot
dead at least 40 people", "64 civilians have died", "three casualties"), personnel ("800 troops"), one
side of a vote in a sentence about a vote ("98 states supporting it", "voted 87 to 9", "the only
nation to vote against"), or an ordinal before a superlative ("fifth-largest exporter"). Counts of
anything else — weapons in a transfer, "both sides", "three provinces" — are not figures.

Each figure also gets, where the text gives them: the organisation it is attributed to ("according
to X", "X figures show", "X said"), its period ("from 2012 to 2021", "in 2017-21", "over the decade"
with one stated year), and its as-of date ("as of Monday", the day a tally was reported).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import numpy as np
from spacy.attrs import DEP, IS_ALPHA, LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.symbols import NUM
from spacy.tokens import Doc, Span, Token

from armstrack.extract.context import HYPHENS, DocContext, read_tsv, word_set
from armstrack.extract.registry import extractor
from armstrack.extract.events import resolved_date
from armstrack.extract.quotations import HEADING_END, WORD_RE, is_headline, line_bounds
from armstrack.extract.numbers import CURRENCIES, NUMBER_WORDS, SCALES, parse_money, word_number
from armstrack.extract.syntax import MAKING_PARTICIPLES, conditional, negated
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis, Evidence, Figure

#: Entity labels whose numbers are names, not quantities ("Su-30", "Project 22160", "Covid-19").
NAME_LABELS = {"WEAPON_SYSTEM", "ORG", "MILITARY", "PERSON", "LOCATION", "GPE", "FAC", "LAW", "PRODUCT",
               "WORK_OF_ART", "EVENT", "COUNTRY", "NORP", "TIME", "ORDINAL"}
#: Entity labels of a nationality or country word that modifies a counted noun ("3,000 Latvian troops").
NATIONALITY_LABELS = {"COUNTRY", "NORP", "GPE"}
_YEAR = r"(?:19|20)\d{2}"
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
_RANGE = re.compile(rf"\b({_YEAR})\s*(?:-|–|—|/|to|through|until|till)\s*((?:19|20)?\d{{2}})\b")
_BETWEEN = re.compile(rf"\bbetween\s+({_YEAR})\s+and\s+({_YEAR})\b", re.IGNORECASE)
_SINGLE_YEAR = re.compile(rf"\b{_YEAR}\b")
#: Words just before a year range that make it the baseline of a comparison, not the figure's period.
_BASELINE = re.compile(r"(?:compared (?:with|to)|than|versus|vs\.?|\bon|relative to)\s*(?:the\s+)?(?:period\s+)?$",
                       re.IGNORECASE)
CURRENCY_SYMBOLS = {k for k in CURRENCIES if not k.isalpha()}
CURRENCY_WORDS = {k for k in CURRENCIES if k.isalpha()}
#: Tokens written before an amount that name its currency ("$", "Rs", "USD 40 million").
#: (every ISO code of the currency table is one: "MVR 570 million", "BAM 40 million")
#: Abbreviations of a currency read only right before an amount ("KM 40 million"; "150 km" is a distance).
ONLY_BEFORE = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "before"}
CURRENCY_BEFORE = CURRENCY_SYMBOLS | word_set("figure_words.tsv", "currency_before") \
    | {k for k, code in CURRENCIES.items() if k.upper() == code} | set(ONLY_BEFORE)
#: Adjectives that make a period noun the frame of a statement ("over the past ten years").
TIME_FRAME_WORDS = word_set("figure_words.tsv", "time_frame")
#: Relations from a number up to the word it counts.
COUNT_DEPS = {"nummod", "compound", "quantmod", "amod", "nmod", "appos", "npadvmod"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: The kinds of rows in figure_cues.tsv (its header comment says what each is).
CUE_KINDS = {"strength", "plight_verb", "hire_verb", "load_verb", "specification_verb", "unit", "scale", "personnel", "people", "harm_noun", "harm_verb", "toll", "vote_for", "vote_against",
             "vote_abstain", "vote_context", "vote_sole", "voter", "qualifier", "source_verb", "source_noun",
             "period_span", "org_head", "spec_unit", "spec_attribute", "not_people_verb", "export_verb", "calendar",
             "machine_modifier", "country_frame", "strike_verb", "strike_noun", "fleet_noun", "fleet_unit",
             "machine_count", "force_noun", "group_member", "ordinal_count", "sighting_verb", "sighting_noun",
             "permit_verb", "permit_noun", "remaining", "reach_unit",
             "handover_verb", "sanction_context", "sanction_breach", "sanction_noun", "plight", "production_verb",
             "source_participle", "deal_noun", "operate_verb",
             "armed_force", "place_noun", "port_call_verb", "change", "seize_verb", "capacity_noun",
             "audience", "audience_body", "fighter_modifier", "workforce_noun", "employ_verb", "populated_place",
             "charge_noun", "charge_verb", "term_verb", "purchase_noun", "display_verb", "display_event", "display_noun"}
VOTE_SIDES = ("vote_against", "vote_abstain", "vote_for")
SIDE_LABELS = {"vote_for": "votes in favour", "vote_against": "votes against", "vote_abstain": "abstentions"}


@dataclass(frozen=True)
class Lexicon:
    """The figure cues of figure_cues.tsv: {kind: {cue (lower case): label}}."""

    by_kind: dict[str, dict[str, str]]

    def get(self, kind: str, key: str) -> str | None:
        """The label of a cue of a kind, or None."""
        return self.by_kind.get(kind, {}).get(key)

    def has(self, kind: str, key: str) -> bool:
        """Whether ``key`` is a cue of ``kind``."""
        return key in self.by_kind.get(kind, {})

    def words(self, kind: str) -> frozenset[str]:
        """The cues of a kind."""
        return frozenset(self.by_kind.get(kind, ()))

    def phrases(self, kind: str) -> list[tuple[str, ...]]:
        """Multi-word cues of a kind as word tuples, longest first."""
        return sorted((tuple(k.split()) for k in self.by_kind.get(kind, {})), key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The figure cues read from figure_cues.tsv (cached); ValueError on an unknown kind."""
    by_kind: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv("figure_cues.tsv"):
        if row["kind"] not in CUE_KINDS:
            raise ValueError(f"figure_cues.tsv: unknown kind {row['kind']!r} for {row['cue']!r}")
        by_kind[row["kind"]][row["cue"].lower()] = row["label"]
    return Lexicon(dict(by_kind))


@functools.lru_cache(maxsize=1)
def _unit_rules() -> dict[str, tuple[str, frozenset[str]]]:
    """unit cue -> (unit, nouns one of which must govern it; empty when none is needed)."""
    out = {}
    for cue, label in lexicon().by_kind.get("unit", {}).items():
        unit, _, requires = label.partition("|")
        out[cue] = (unit, frozenset(w for w in requires.split(",") if w))
    return out


@dataclass
class NumberPhrase:
    """A number as written: its tokens, value, and the words around it that qualify it."""

    start: int  # first token (qualifier or currency included)
    end: int  # one past the last token
    head: Token  # the token whose relations say what the number counts
    value: float
    qualifier: str | None = None
    currency: str | None = None
    percent: bool = False


# --- reading numbers -------------------------------------------------------------------------------

def _lower(tok: Token) -> str:
    return tok.lower_.replace("’", "'")


def _number_candidates(ctx: DocContext) -> list[int]:
    """Indices of the document's tokens that look like numbers or are tagged NUM (once per document)."""
    cached = ctx.memo.get("number_candidates")
    if cached is None:
        doc = ctx.doc
        arrays = doc.to_array([LIKE_NUM, POS, IS_ALPHA, ORTH, LOWER, DEP])
        found = set(np.flatnonzero((arrays[:, 0] == 1) | (arrays[:, 1] == NUM)).tolist())
        # amounts glued to a currency or scale ("A$3.4", "12bn") are no numbers to the tokenizer; "a dozen"
        # (_is_dozen): read from the token arrays, each distinct word's text matched once
        strings = doc.vocab.strings
        dozen, nummod = strings["dozen"], strings["nummod"]
        glued: dict[int, bool] = {}
        orths = arrays[:, 3].tolist()
        for i in np.flatnonzero(arrays[:, 2] == 0).tolist():  # not alphabetic
            orth = orths[i]
            hit = glued.get(orth)
            if hit is None:
                hit = glued[orth] = GLUED_MONEY.match(strings[orth]) is not None
            if hit:
                found.add(i)
        found.update(np.flatnonzero((arrays[:, 4] == dozen) & (arrays[:, 5] == nummod)).tolist())
        cached = ctx.memo["number_candidates"] = sorted(found)
    return cached


#: A clock time or a ratio written with a colon ("12:10", "3:1"): no quantity.
_COLON_NUMBER = re.compile(r"^\d+:\d+$")


def _is_number_token(tok: Token) -> bool:
    if _COLON_NUMBER.match(tok.text):
        return False  # (a live page's "12:10 - ..." entry time read as one number would sum its parts)
    return tok.like_num or tok.pos_ == "NUM" and word_number(tok.text) is not None or _is_dozen(tok)


def _is_dozen(tok: Token) -> bool:
    """ "a dozen soldiers": "dozen" counting a noun (the tagger takes it for a noun, not a number)."""
    return tok.lower_ == "dozen" and tok.dep_ == "nummod"


#: Short currency signs glued to an amount only before a scale word ("P28 billion", "MK158 billion").
LETTER_CURRENCIES = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "letter"}
#: The one-character currency signs of the table ("€", "₴", "৳"), as a regular-expression class.
_SIGN_CLASS = "".join(sorted(re.escape(k) for k in CURRENCY_SYMBOLS if len(k) == 1 and k not in "$¢"))
#: An amount written as one token with its currency or scale glued on ("A$3.4", "RM1.2", "12bn", "S$3bn",
#: "GH¢180", Peru's "S/12.6").
GLUED_MONEY = re.compile(rf"^(?P<cur>[^\W\d]{{0,3}}[$¢]|[^\W\d_]{{1,3}}/?|[{_SIGN_CLASS}])?(?P<num>\d[\d,]*(?:\.\d+)?)"
                         r"(?P<scale>bln|mln|trln|bil|mil|bn|mn|tn|m|b|k)?$", re.IGNORECASE)


def _glued_money(tok: Token, before: Token | None) -> str | None:
    """The currency of an amount glued to its currency or scale in one token ("A$3.4", "12bn" after "$").

    Only a currency (glued on or written just before) makes such a token money: "300m" alone may be metres.
    """
    m = GLUED_MONEY.match(tok.text)
    if m is None or not (m.group("cur") or m.group("scale")):
        return None
    cur = (m.group("cur") or "").lower()
    if len(cur) == 1 and cur.isalpha() or cur in LETTER_CURRENCIES:
        # a one-letter sign ("P28 billion", "a P28-billion deal") only before a scale word: "P8" alone is a
        # designator (and "Mk2" a weapon's mark)
        offset = _scale_offset(tok)
        after = tok.nbor(offset).lower_ if tok.i + offset < len(tok.doc) else ""
        return cur if cur in LETTER_CURRENCIES and after in SCALES and len(after) > 2 else None
    if cur:
        return cur if cur in CURRENCY_BEFORE else None
    prev = _lower(before) if before is not None else ""
    return prev if prev in CURRENCY_BEFORE else None


#: Signs of a number that names a thing in a series ("No. 12", "Nos. 3", "Nr. 7", "#4"), written before it.
NUMBER_SIGNS = {"no", "nos", "nr", "#"}


def _numbered_id_end(doc: Doc, i: int, sent: Span) -> int | None:
    """The end of an identifier's number at token ``i`` ("No. 340-06", "No 12/2024": the digits joined to it by a
    hyphen or slash), or None when no number sign stands before it (capitalised or with its full stop: "no 5"
    may be a determiner's)."""
    j = i - 1
    if j > sent.start and doc[j].text == "." and not doc[j - 1].whitespace_:
        j -= 1
    if j < sent.start or doc[j].lower_.rstrip(".") not in NUMBER_SIGNS:
        return None
    sign = doc[j]
    if sign.text[:1].islower() and j == i - 1 and not sign.text.endswith("."):
        return None
    end = i + 1
    while end + 1 < sent.end and doc[end].text in ("-", "/", "–") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isdigit():
        end += 2
    return end


#: ISO codes that are also English words ("TOP", "PEN"): a currency only in capitals right before an amount.
CAPITAL_CODES = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "capital_code"}


def _capital_code(tok: Token) -> bool:
    """ "TOP 120", "PEN 3.1 billion": a code of CAPITAL_CODES written in capitals, not inside a run of capitals
    (a headline in capitals: "TOP 10 JETS") nor after a determiner (the word stressed: "his TOP 10 picks")."""
    if tok.text != tok.text.upper() or tok.lower_ not in CAPITAL_CODES:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    amount = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    counts = amount is not None and amount.dep_ == "nummod" and amount.head.i > amount.i \
        and amount.head.pos_ in ("NOUN", "PROPN") and amount.head.lower_ not in SCALES  # "PEN 24 jets": a count
    return not counts and not any(t is not None and t.is_alpha and t.text.isupper() and len(t) > 1
                                  for t in (before, after)) \
        and not (before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$"))


def _sized_amount(words: Span) -> bool:
    """Whether an amount is written as money is, with a scale word or thousands ("40 million", "250,000"): a
    sign that is also a word takes no bare small number ("at km 40 of the road")."""
    return any(lexicon().has("scale", t.lower_) or t.lower_ in SCALES or "," in t.text for t in words)


def _scale_offset(tok: Token) -> int:
    """How far after an amount its scale word stands: 1, or 2 past a hyphen glued to both ("P36-billion")."""
    doc = tok.doc
    glued = tok.i + 2 < len(doc) and doc[tok.i + 1].text in HYPHENS and not tok.whitespace_ \
        and not doc[tok.i + 1].whitespace_
    return 2 if glued else 1


def _is_calendar(tok: Token, ctx: DocContext) -> bool:
    """A number that is (part of) a date or a span of time: "2019", "Feb. 1", "three years ago"."""
    ent = ctx.ent_at.get(tok.i)
    # a year is never written with a thousands separator: "2,000 soldiers" is a count
    if _YEAR_ONLY.match(tok.text) and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("%", "percent")):
        return True
    if ent is None or ent.label_ != "DATE":
        return False
    if ent.start == tok.i and _is_digits(tok) and tok.i + 1 < ent.end and tok.nbor(1).like_num \
            and not _YEAR_ONLY.match(tok.nbor(1).text):
        return False  # "against 81 four years earlier": a count the NER ran into the span after it
    words = {t.lower_.rstrip(".") for t in ent}
    return bool(words & lexicon().words("calendar")) or any(_YEAR_ONLY.match(t.text) for t in ent)


def _is_duration_unit(tok: Token) -> bool:
    """ "a term of ten years": a span of time that is a measure, so a figure, not a date."""
    noun = tok.head if tok.dep_ == "nummod" else None
    if noun is None:
        return False
    rule = _unit_rules().get(_lemma(noun))
    return rule is not None and bool(rule[1]) and _unit_of(noun) is not None


@functools.lru_cache(maxsize=1)
def _qualifiers_ending_in() -> dict[str, list[tuple[str, ...]]]:
    """Qualifier phrases by their last word, longest first."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(lexicon().phrases("qualifier"), key=len, reverse=True):
        by_last.setdefault(words[-1], []).append(words)
    return by_last


def _qualifier_before(doc: Doc, i: int) -> tuple[str | None, int]:
    """A qualifier ending just before token i ("more than", "at least", "roughly"): (label, start)."""
    lex = lexicon()
    if i == 0:
        return None, i
    for words in _qualifiers_ending_in().get(_lower(doc[i - 1]), ()):
        n = len(words)
        if i - n < 0:
            continue
        if tuple(_lower(t) for t in doc[i - n:i]) == words:
            return lex.get("qualifier", " ".join(words)), i - n
    return None, i


#: Signs and names several states' currencies share ("Rs", "Sh", "pesos", "dinars"), and their family.
SHARED_SIGNS = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "shared"}
#: Per family, its states and the code of each, in the order listed (the first is the default).
FAMILY_STATES: dict[str, dict[str, str]] = defaultdict(dict)
for _row in read_tsv("currencies.tsv"):
    if _row["kind"].endswith("_state"):
        FAMILY_STATES[_row["kind"].removesuffix("_state")][_row["text"]] = _row["code"]


def _named_states(ctx: DocContext, in_lists: bool = True) -> Counter[str]:
    """How often the document names each state as a country (once per mention, not per token), in the order
    the states are first named; counted once per document for the currency guesses below. Without
    ``in_lists``, a state named only in a list of states ("to Mauritius, Nepal and Mozambique") is left out:
    one of several buyers or partners is no sign of the story's home."""
    key = "currency:states" if in_lists else "currency:home_states"
    if key not in ctx.memo:
        # (a state's forces name it too: "the Sri Lanka Navy" in a story that names India's gift once)
        ctx.memo[key] = Counter(c for ent in ctx.ents if ent.label_ in ("COUNTRY", "MILITARY")
                                for c in [ctx.entity_country(ent)]
                                if c and (in_lists or not (ent.label_ == "COUNTRY" and _in_state_list(ent, ctx))))
    return ctx.memo[key]


def _in_state_list(ent: Span, ctx: DocContext) -> bool:
    """Whether a country's name is coordinated with another country's ("Nepal and Mauritius")."""
    return any((other := ctx.ent_at.get(t.i)) is not None and other.label_ == "COUNTRY" and other != ent
               for t in ent.root.conjuncts)


def _dateline_state(ctx: DocContext) -> str | None:
    """The state of the city a dateline near the top names ("OTTAWA —", "KATHMANDU, March 27 –"), if any."""
    key = "currency:dateline"
    if key not in ctx.memo:
        ctx.memo[key] = ctx.dateline_state()
    return ctx.memo[key]


def _shared_currency(ctx: DocContext, family: str) -> str | None:
    """The currency of a sign several states share: that of the family's state the story is datelined in,
    else the one the document names most (a tie to the state named first, the one the story opens on),
    else the family's first state."""
    states = FAMILY_STATES.get(family)
    if not states:
        return None
    default = next(iter(states.values()))
    key = f"currency:{family}"
    if key not in ctx.memo:
        home = _dateline_state(ctx)
        if home in states:
            ctx.memo[key] = states[home]
            return ctx.memo[key]
        named = _named_states(ctx, in_lists=False)
        order = {state: n for n, state in enumerate(named)}  # (a Counter keeps the order of first mention)
        counts = {code: 0 for code in states.values()}
        first = {}
        for state, code in states.items():
            counts[code] += named[state]
            if state in order:
                first[code] = min(first.get(code, order[state]), order[state])
        best = max(counts, key=lambda c: (counts[c], -first.get(c, len(order)), c == default))
        ctx.memo[key] = best if counts[best] else default
    return ctx.memo[key]


#: The states other than the United States whose currency is called the dollar, and its code.
DOLLARS = FAMILY_STATES["dollar"]
#: Their web domains: a bare "$" on a site under one of them is that state's dollar.
DOLLAR_DOMAINS = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "dollar_domain"}
#: Signs that mark the US dollar or another state's dollar: a text that writes them keeps the bare "$" apart.
_MARKED_DOLLAR = re.compile(r"(?<![\w$])(?:US|U\.S\.|A|AU|C|CA|NZ|S|HK|NT|FJ)\$")
#: A note that the text's amounts are in US dollars ("Figures are in current US dollars unless stated", "all amounts
#: in U.S. dollars"): a bare "$" is then the US dollar whatever the paper's address, dateline or home state.
_US_DOLLAR_NOTE = re.compile(r"\bin (?:current |constant |nominal )?(?:US|U\.S\.|American) dollars\b", re.I)


def _home_dollar(ctx: DocContext) -> str:
    """Which dollar a bare "$" is: the US dollar, unless the article is a paper of another dollar state:
    its address is in that state's web domain, its dateline is a city of that state, or (with no dateline or
    masthead of another state) it names that state most among the dollar states, at least twice outside lists of
    states, and the United States no more often; and it marks no dollar sign ("A$", "US$") that would tell the
    currencies apart, nor notes that its amounts are in US dollars."""
    key = "currency:dollar"
    if key not in ctx.memo:
        ctx.memo[key] = "USD"
        host = urlsplit(ctx.analysis.article.url or "").hostname or ""
        by_domain = DOLLAR_DOMAINS.get(host.rsplit(".", 1)[-1]) if "." in host else None
        home = _dateline_state(ctx)
        if _US_DOLLAR_NOTE.search(ctx.text):
            pass
        elif by_domain:
            ctx.memo[key] = by_domain
        elif _MARKED_DOLLAR.search(ctx.text):
            pass
        elif home in DOLLARS:
            ctx.memo[key] = DOLLARS[home]  # a story datelined in a dollar state's city
        elif home is None and ctx.masthead_state() is None:
            # a paper writes its own dollar bare and names its own state, whatever partner the story is about
            # (Japan building Australia's frigates, Saudi Arabia buying Canada's vehicles); the United States, the
            # usual supplier, may be named as often; a state named only in a list of buyers is no sign of home
            counts = _named_states(ctx, in_lists=False)
            top = max((n for c, n in counts.items() if c in DOLLARS), default=0)
            own = [c for c in counts if counts[c] == top and c in DOLLARS]
            if len(own) == 1 and top >= 2 and counts.get("United States", 0) <= top:
                ctx.memo[key] = DOLLARS[own[0]]
    return ctx.memo[key]


def _shared_sign(symbol: str, currency: str, ctx: DocContext, sent: Span | None = None) -> str:
    """A currency read from a sign that several states share ("Rs", "Sh", "pesos"), resolved by the document
    (or, in a story of two of the family's states, by its sentence); a bare "$" in an Australian or Canadian
    paper is its own dollar."""
    if currency == "USD" and symbol.lower() in ("$", "dollar", "dollars"):
        return _home_dollar(ctx)
    family = SHARED_SIGNS.get(symbol.lower().rstrip("."))
    if family and sent is not None:
        local = _sentence_family_state(ctx, family, sent)
        if local:
            return local
    return (_shared_currency(ctx, family) if family else None) or currency


def _sentence_family_state(ctx: DocContext, family: str, sent: Span) -> str | None:
    """In a story that names two or more states of a currency family and is datelined in none of them
    ("India ... Pakistan ... 630 billion rupees"), the currency of the one family state the amount's sentence
    names, else, when the subject of its main clause is a pronoun, the one the sentence before it names ("India's
    ministry was allotted ... In April it signed a contract worth 630 billion rupees"); None when that tells
    nothing."""
    states = FAMILY_STATES.get(family) or {}
    if _dateline_state(ctx) in states or sum(1 for state in _named_states(ctx) if state in states) < 2:
        return None
    doc = sent.doc
    # (the main clause's own subject: "the navy says it needs Rs 400 million" keeps the navy as its subject)
    pronoun_subject = any(t.dep_ in SUBJECT_DEPS and t.lower_ in ("it", "they") for t in sent.root.children)
    before = doc[sent.start - 1].sent if sent.start > 0 and pronoun_subject else None
    for span in (sent, before):
        if span is None:
            return None
        named = {c for ent in ctx.ents if span.start <= ent.start < span.end and ent.label_ in ("COUNTRY", "MILITARY")
                 for c in [ctx.entity_country(ent)] if c in states}
        if len(named) == 1:
            return states[named.pop()]
        if named:
            return None
    return None


def _national_currency(adjective: Token, name: Token, ctx: DocContext) -> str | None:
    """The currency a nationality and a currency's name make ("Libyan dinars", "Fijian dollars"): the code of
    that state's currency of the family the name belongs to, else the name's own code when it is no family's."""
    word = _lower(name)
    if word not in CURRENCY_WORDS or not adjective.text[:1].isupper():
        return None
    country = ctx.gaz.country(adjective.text)
    if country is None:
        return None
    family = "dollar" if word in ("dollar", "dollars") else SHARED_SIGNS.get(word)
    if family is None:
        return CURRENCIES[word]
    if family == "dollar" and country.name == "United States":
        return "USD"
    return FAMILY_STATES.get(family, {}).get(country.name)


def number_phrases(sent: Span, ctx: DocContext) -> list[NumberPhrase]:
    """The number phrases of a sentence, left to right, dates and names left out."""
    doc = sent.doc
    out: list[NumberPhrase] = []
    candidates = _number_candidates(ctx)
    k = bisect_left(candidates, sent.start)
    i = sent.start
    while i < sent.end:
        # jump to the next token that can be a number (found for the whole document in one pass)
        while k < len(candidates) and candidates[k] < i:
            k += 1
        if k == len(candidates) or candidates[k] >= sent.end:
            break
        i = candidates[k]
        tok = doc[i]
        glued = _glued_money(tok, doc[i - 1] if i > sent.start else None)
        if glued is not None:
            out.append(_glued_phrase(doc, i, sent, glued, ctx))
            i = out[-1].end
            continue
        if not _is_number_token(tok) or tok.lower_ == "one" and tok.dep_ != "nummod" and not _tally_end(doc, i, sent) \
                or _is_calendar(tok, ctx) and not _is_duration_unit(tok):
            i += 1
            continue
        numbered = _numbered_id_end(doc, i, sent)
        if numbered:
            i = numbered  # "Law No. 340-06", "Resolution No. 12": an identifier, not a count or a tally
            continue
        ent = ctx.ent_at.get(i)
        after_currency = i > sent.start and (_lower(doc[i - 1]) in CURRENCY_BEFORE or _capital_code(doc[i - 1]))
        # (hours flown or logged are a count the NER takes for a time: "the fleet flew 700 hours a year")
        flown = ent is not None and ent.label_ == "TIME" and tok.head.lemma_.lower() == "hour" \
            and tok.head.dep_ != "pobj" and _unit_of(tok.head) is not None  # ("can fly for 30 hours": a time)
        if ent is not None and ent.label_ in NAME_LABELS and not after_currency and not flown:
            i += 1  # (an amount after a currency is one, whatever the NER took it for: "TL 12 billion")
            continue
        if "-" in tok.text and not tok.text.replace(",", "").replace(".", "").isdigit():
            i += 1  # "Su-30", "22160-class": a designation, not a quantity
            continue
        end = i + 1
        # "1.2 million", "5,000 crore", "two dozen": digits and scale words run together ("€300m": a
        # one-letter scale only glued to an amount after a currency)
        while end < sent.end and (_is_number_token(doc[end]) or lexicon().has("scale", doc[end].lower_)
                                  or doc[end].lower_ in SCALES and doc[end].lower_ not in ("m", "b", "k")
                                  or after_currency and not doc[end - 1].whitespace_
                                  and doc[end].lower_.rstrip(".") in ("m", "b", "k")):
            if _is_digits(doc[end]) and _is_digits(doc[end - 1]):
                break  # "12 20-foot containers": two numbers side by side, not one
            if _is_digits(doc[end - 1]) and doc[end].is_alpha and doc[end].lower_ not in SCALES \
                    and not lexicon().has("scale", doc[end].lower_):
                break  # "against 81 four years earlier": digits, then the number word of another phrase
            end += 1
        if _hyphen_at(doc, end, sent) and _tens_and_unit(doc[end - 1], doc[end + 1]):
            end += 2  # "forty-one", which the tokenizer splits at the hyphen: one number
        # "a $3-billion deal": a hyphen between the digits and their scale word; "a 13-billion-baht
        # project": a second hyphen before the currency's name
        if _hyphen_at(doc, end, sent) and doc[end + 1].lower_ in SCALES and doc[end + 1].lower_ not in ("m", "b", "k"):
            if _lower(doc[i - 1] if i > sent.start else doc[i]) in CURRENCY_BEFORE:
                end += 2
            elif _hyphen_at(doc, end + 2, sent) and _lower(doc[end + 3]) in CURRENCY_WORDS:
                end += 3
        start = i
        number_end = end  # (the amount's own words, before a currency's name after it)
        currency = None
        if start - 1 > sent.start and doc[start - 1].text == "." and not doc[start - 2].whitespace_ \
                and _lower(doc[start - 2]) + "." in CURRENCY_BEFORE:
            start -= 1  # "Rs. 500 crore" with the abbreviation's period split off: the period is the sign's
        if currency is None and start > sent.start and _capital_code(doc[start - 1]) and _is_digits(doc[i]):
            start -= 1  # "TOP 120": an ISO code that is also a word, in capitals before the digits
            currency = CAPITAL_CODES[doc[start].lower_]
        elif start > sent.start and _lower(doc[start - 1]) in CURRENCY_BEFORE \
                and (_lower(doc[start - 1]) not in ONLY_BEFORE or _sized_amount(doc[i:end])):
            start -= 1
            symbol = _lower(doc[start]).rstrip(".")
            currency = CURRENCIES.get(symbol) or ONLY_BEFORE.get(symbol) \
                or ("INR" if symbol == "rs" else symbol.upper())
            currency = _shared_sign(symbol, currency, ctx, sent)
        money_ent = ent is not None and ent.label_ == "MONEY"
        if currency is None and end + 1 < sent.end and f"{_lower(doc[end])} {_lower(doc[end + 1])}" in CURRENCIES:
            name = f"{_lower(doc[end])} {_lower(doc[end + 1])}"
            # "600 million Swiss francs"; "36 billion CFA francs": the CFA franc of the state the story names most
            currency = _shared_sign(name, CURRENCIES[name], ctx, sent)
            end += 2
        if currency is None and end + 1 < sent.end:
            currency = _national_currency(doc[end], doc[end + 1], ctx)  # "40 million Libyan dinars"
            end += 2 if currency else 0
        if currency is None and end < sent.end and _lower(doc[end]) in CURRENCY_WORDS \
                and (doc[end].pos_ != "VERB" or money_ent or _grouped_digits(doc[i:number_end])) \
                and not (end + 1 < sent.end and doc[end + 1].lower_ == "of"):  # "2,000 pounds of explosives"
            currency = CURRENCIES[_lower(doc[end])]  # "3 trillion won" ("won" may be tagged a verb)
            currency = _shared_sign(_lower(doc[end]), currency, ctx, sent)
            end += 1
        text = doc[start:end].text
        value = None
        if currency:
            money = parse_money(text.replace("-", " ").replace("–", " "))
            # ("two euros", "one dollar": an amount in words, which only the number's own words tell)
            value = money[0] if money else word_number(doc[i:number_end].text)
            if value is None and start == i:
                start, value = _article_amount(doc, i, number_end, sent, start, value)
        else:
            words = [t.text for t in doc[i:end] if not lexicon().has("scale", t.lower_)]
            value = word_number(" ".join(words)) if words else 1.0 if _is_dozen(doc[i]) else None  # "a dozen"
            if value is None:
                start, value = _article_amount(doc, i, end, sent, start, value)
        if value is None:
            i = end
            continue
        for t in doc[i:end]:
            factor = lexicon().get("scale", t.lower_)
            if factor:
                value *= float(factor)
        percent = _percent_sign_at(doc, end, sent) or not currency and _percent_range_at(doc, end, sent)
        qualifier, qstart = _qualifier_before(doc, start)
        head = _head_of(doc[i:end])
        out.append(NumberPhrase(qstart, end, head, float(value), qualifier, currency, percent))
        i = end
    return out


def _article_amount(doc: Doc, i: int, end: int, sent: Span, start: int, value: float | None) -> tuple[int, float | None]:
    """(start, value) of a scale word whose "one" is the article: "more than a billion dollars", "about half a
    million people" (the phrase's start moved back over the article, and over "half")."""
    if i - 1 < sent.start or doc[i - 1].lower_ != "a" or doc[i:end].text.lower() not in ("million", "billion",
                                                                                           "trillion"):
        return start, value
    if i - 2 >= sent.start and doc[i - 2].lower_ == "half":
        return i - 2, SCALES[doc[i].lower_] / 2
    return i - 1, float(SCALES[doc[i].lower_])


def _tally_end(doc: Doc, i: int, sent: Span) -> bool:
    """Whether the word "one" at i is the second count of a tally ("voted 119 to one", "by 119 votes to one"), not a
    pronoun."""
    if i - 2 < sent.start or doc[i - 1].lower_ not in ("to", "-", "–"):
        return False
    if i + 1 < sent.end and doc[i + 1].lower_ == "another":
        return False  # "to one another": a pronoun, whatever count stands before it
    first = doc[i - 2]
    if first.lower_ in ("vote", "votes") and i - 3 >= sent.start:
        first = doc[i - 3]  # (the first count's noun between: "119 votes to one")
    return _is_digits(first)


def _percent_sign_at(doc: Doc, i: int, sent: Span) -> bool:
    """Whether a percent sign or word starts at token i ("%", "percent", "per cent")."""
    return i < sent.end and doc[i].lower_ in ("%", "percent", "pct") or \
        i + 1 < sent.end and doc[i].lower_ == "per" and doc[i + 1].lower_ == "cent"


def _percent_range_at(doc: Doc, i: int, sent: Span) -> bool:
    """Whether the low end of a range of percentages ends at token i ("16 to 20 percent", "between 12 and 15
    per cent"): the sign written once after the high end is the low end's too."""
    return i + 2 < sent.end and doc[i].lower_ in ("to", "and", "-", "–") and _is_digits(doc[i + 1]) \
        and _percent_sign_at(doc, i + 2, sent)


def _grouped_digits(span: Span) -> bool:
    """Whether an amount is written with thousands groups or decimals ("248,500", "1.5"): no year or count that a
    verb "won" could follow ("in 2019 won a contract"), so a currency word after it is the currency."""
    return any(re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+", t.text) for t in span)


def _tens_and_unit(tens: Token, unit: Token) -> bool:
    """Whether two number words make one number across a hyphen ("forty" + "one", "twenty" + "five")."""
    return NUMBER_WORDS.get(tens.lower_, 0) in range(20, 100, 10) and 1 <= NUMBER_WORDS.get(unit.lower_, 0) <= 9


def _hyphen_at(doc: Doc, i: int, sent: Span) -> bool:
    """A hyphen at i glued to the words either side of it, both inside the sentence ("3-billion")."""
    return i + 1 < sent.end and doc[i].text in HYPHENS and doc[i].whitespace_ == "" \
        and doc[i - 1].whitespace_ == ""


def _glued_phrase(doc: Doc, i: int, sent: Span, symbol: str, ctx: DocContext) -> NumberPhrase:
    """The number phrase of an amount glued to its currency or scale ("RM1.2 billion", "$ 12bn")."""
    start = i if GLUED_MONEY.match(doc[i].text).group("cur") else i - 1
    currency = CURRENCIES.get(symbol.rstrip(".")) or LETTER_CURRENCIES.get(symbol) or symbol.upper()
    currency = _shared_sign(symbol, currency, ctx, sent)
    end = i + 1
    if _scale_offset(doc[i]) == 2 and doc[i + 2].lower_ in SCALES and i + 3 <= sent.end:
        end += 1  # "a P36-billion contract": the hyphen between the amount and its scale
    while end < sent.end and (doc[end].lower_ in SCALES and doc[end].lower_ not in ("m", "b", "k")
                              or end == i + 1 and not doc[i].whitespace_
                              and doc[end].lower_.rstrip(".") in ("m", "b", "k")):
        end += 1  # "RM1.2 billion", "FJ$7m." (a one-letter scale only glued on, its period may end the sentence)
    m = GLUED_MONEY.match(doc[i].text)
    value = float(m.group("num").replace(",", ""))
    for scale in [m.group("scale")] + [t.lower_.rstrip(".") for t in doc[i + 1:end] if t.text not in HYPHENS]:
        if scale:
            value *= SCALES[scale.lower()]
    qualifier, qstart = _qualifier_before(doc, start)
    return NumberPhrase(qstart, end, _head_of(doc[i:end]), value, qualifier, currency, False)


def _is_digits(tok: Token) -> bool:
    return tok.text.replace(",", "").replace(".", "").isdigit()


def _head_of(tokens: Span) -> Token:
    """The token of a number phrase whose head lies outside it ("1.2 million" -> "million")."""
    for tok in tokens:
        if not (tokens.start <= tok.head.i < tokens.end) or tok.head.i == tok.i:
            return tok
    return tokens[-1]


# --- what a number counts --------------------------------------------------------------------------

def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _counted_noun(num: NumberPhrase) -> Token | None:
    """The noun a number counts: its head through nummod ("450 protesters"), else the noun right after it
    that it modifies ("5,000-tonne")."""
    head = num.head
    doc = head.doc
    if head.dep_ in COUNT_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        noun = head.head
        if noun.ent_type_ in NATIONALITY_LABELS and noun.dep_ in ("nmod", "amod", "compound") \
                and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            return noun.head  # "3,000 Latvian, US and Polish troops": the number hung on the first nationality
        return noun
    nxt = num.end
    while nxt < len(doc) and doc[nxt].text in HYPHENS:
        nxt += 1
    if nxt < head.sent.end and doc[nxt].pos_ == "NOUN" and doc[nxt].dep_ in ("compound", "nmod", "amod") \
            and doc[nxt].head.i > nxt:
        return doc[nxt]
    return None


def _unit_of(noun: Token) -> str | None:
    """The unit a noun names ("tonnes" -> tons), if its required governor is there."""
    rules = _unit_rules()
    doc = noun.doc
    key = None
    if noun.i > 0 and f"{_lemma(doc[noun.i - 1])} {_lemma(noun)}" in rules:
        key = f"{_lemma(doc[noun.i - 1])} {_lemma(noun)}"
    elif _lemma(noun) in rules:
        key = _lemma(noun)
    elif noun.lower_ in rules:
        key = noun.lower_
    if key is None:
        return None
    unit, requires = rules[key]
    if requires:
        gov = noun.head.head if noun.dep_ == "pobj" else noun.head
        if _lemma(gov) not in requires and not _is_payment_term(noun, gov, unit):
            return None
    return unit


def _is_payment_term(noun: Token, gov: Token, unit: str) -> bool:
    """ "repaid over twelve years", "paid from the budget over four years": the span a sum is paid or drawn
    over is the term of the payment. A framed span ("paid over the past four years") is when it happened."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "over" and lexicon().get("term_verb", _lemma(gov)) == unit \
        and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)


def _is_weapon_noun(noun: Token, ctx: DocContext) -> bool:
    """ "jet fighters", "Su-30 fighters", "Russian-made fighters": a weapon, not people."""
    if noun.ent_type_ == "WEAPON_SYSTEM":
        return True
    heads = [noun] + ([noun.head] if noun.dep_ == "compound" and noun.head.i > noun.i else [])
    for child in (c for head in heads for c in head.lefts):
        # "50 F-35 fighters" (the parser takes the designator for a number), "17 Gripen E/F fighter aircraft"
        if child.dep_ not in ("compound", "amod", "nmod") and not (
                child.dep_ == "nummod" and child.ent_type_ == "WEAPON_SYSTEM"):
            continue
        # (a compound's own modifiers too: "Su-30 K fighters", the variant letter split off the designator)
        if child.ent_type_ == "WEAPON_SYSTEM" or any(ch.isdigit() for ch in child.text) \
                or child.dep_ == "compound" and any(t.ent_type_ == "WEAPON_SYSTEM" for t in child.subtree) \
                or ctx.gaz.category_of(f"{child.lower_} {noun.lower_}") or child.lower_.endswith("-made") \
                or lexicon().has("machine_modifier", child.lemma_.lower()):
            return True
    return False


def _same_count_of_a_weapon(num: NumberPhrase, ctx: DocContext) -> bool:
    """Whether the document counts a weapon with the same number elsewhere ("17 fighters" in a headline,
    "17 Gripen fighter aircraft" in the story): the ambiguous noun then names those machines."""
    for tok in ctx.doc:
        if tok.i in range(num.start, num.end) or tok.dep_ != "nummod" or not tok.like_num:
            continue
        if word_number(tok.text) == num.value and tok.head.pos_ in ("NOUN", "PROPN") \
                and (_is_weapon_noun(tok.head, ctx) or any(t.ent_type_ == "WEAPON_SYSTEM" for t in tok.head.lefts)):
            return True
    return False


def _harm_word(tok: Token) -> str | None:
    """The harm cue a word is, by its lemma or else by its form: the parser lemmatises the adjective "missing"
    (listed as it is) to "miss"."""
    lex = lexicon()
    # (the parser may hang the "from" phrase on the people the verb drives out: "forced 5,000 people from their homes")
    if tok.pos_ == "VERB" and _lemma(tok) in UPROOTING_VERBS and any(
            o.lemma_.lower() in HOME_NOUNS for o in _prep_objects_of(tok, "from") + [
                h for c in tok.children if c.dep_ in ("dobj", "obj") for h in _prep_objects_of(c, "from")]):
        return "displaced"  # "driven 20,000 from their homes", "forced thousands of families from their homes"
    return lex.get("harm_verb", _lemma(tok)) if lex.has("harm_verb", _lemma(tok)) else (
        lex.get("harm_verb", tok.lower_) if lex.has("harm_verb", tok.lower_) else None)


#: Nouns of a sovereign state that "sold to N ..." counts ("countries", "nations", "African states").
COUNTRY_NOUNS = word_set("figure_words.tsv", "country_noun")
#: Verbs that displace people when told with "from their homes".
UPROOTING_VERBS = word_set("figure_words.tsv", "uprooting_verb")
#: Nouns of a dwelling people are driven from ("from their homes").
HOME_NOUNS = word_set("figure_words.tsv", "home_noun")


def _prep_objects_of(tok: Token, prep: str) -> list[Token]:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]


def _harm_near(noun: Token) -> str | None:
    """A harm or arrest cue on a counted noun: its verb ("people were killed"), a modifier ("people
    killed", "dead civilians"), or a relative clause ("people who died")."""
    lex = lexicon()
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "relcl", "compound") and (harm := _harm_word(child)):
            return harm
        # "14 officers following courses", "cadets who are attending a course": a training they receive as the
        # object of a verb of receiving it (the events' list) in a clause on the noun whose subject they are (a
        # present participle, or a relative clause on "who")
        if child.lemma_.lower() in TRAINING_VERBS and (child.dep_ == "acl" and child.tag_ == "VBG" or child.dep_ == "relcl"
                                                      and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that")
                                                              for g in child.children)):
            for obj in (g for g in child.children if g.dep_ == "dobj"):
                if lex.get("harm_verb", _lemma(obj)) in OWN_ACT_LABELS:
                    return lex.get("harm_verb", _lemma(obj))
    # "5,000 Fijians able to enlist": an act of their own in the open clause of an adjective on the noun (or of
    # which the noun is the subject)
    adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "ADJ":
        adjectives.append(noun.head)
    for adjective in adjectives:
        clause = next((g for g in adjective.children if g.dep_ == "xcomp"), None)
        if clause is not None and lex.get("harm_verb", _lemma(clause)) in OWN_ACT_LABELS:
            return lex.get("harm_verb", _lemma(clause))
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        # "killed 2,100 civilians since the coup, including 480 children": a part of the people counted before
        # it (wherever the parser hung "including"), harmed as they were
        whole = next((t for t in reversed(noun.doc[noun.sent.start:noun.head.i]) if t.pos_ == "NOUN"
                      and (lex.has("people", _lemma(t)) or lex.has("personnel", _lemma(t)))
                      and any(c.dep_ == "nummod" for c in t.children)), None)
        if whole is not None:
            return _harm_near(whole)
    if _on_board(noun):
        return "on board"
    tok = noun
    for _ in range(3):
        if tok.dep_ not in SUBJECT_DEPS + ("dobj", "pobj", "attr", "conj", "appos", "prep", "dative") \
                or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "ADJ", "AUX", "NOUN") and (harm := _harm_word(tok)):
            return harm
        if noun.dep_ in SUBJECT_DEPS and tok.lemma_.lower() in ("be", "remain"):
            # "40 people were missing", "12 sailors remain missing": the harm as the copula's complement
            state = next((c for c in tok.children if c.dep_ == "acomp" and _harm_word(c)), None)
            if state is not None:
                return _harm_word(state)
        # (a word with a direct object is a verb the tagger took for an adjective: "after 45 officers complete
        # weapons training")
        if (tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children)) and tok.dep_ not in ("conj",):
            # "were killed or wounded": conjoined harm verbs count too; "received training": a cue as the object
            # of the people's own verb, or of a verb that gives it to them ("gave treatment to 400 villagers");
            # "remain in need": a plight in its phrase
            recipients = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == tok.i
            for child in tok.children:
                if (child.dep_ == "conj" or child.dep_ == "dobj" and (noun.dep_ in SUBJECT_DEPS or recipients)) \
                        and lex.has("harm_verb", _lemma(child)):
                    return lex.get("harm_verb", _lemma(child))
                plight = next((g for g in child.children if g.dep_ == "pobj" and lex.has("plight", _lemma(g))), None) \
                    if child.dep_ == "prep" and noun.dep_ in SUBJECT_DEPS else \
                    child if child.dep_ == "dobj" and noun.dep_ in SUBJECT_DEPS and (
                        lex.has("plight", _lemma(child)) or lex.has("plight", f"{_lemma(tok)} {_lemma(child)}")) \
                    else None  # "25 million people face hunger", "need help": the plight as the object of their verb
                if plight is not None:
                    return lex.get("plight", _lemma(plight)) or lex.get("plight", f"{_lemma(tok)} {_lemma(plight)}")
            break
    return _purpose_cue(noun)


#: Harm-verb labels of acts the counted people do themselves, so that a verb they set out to do counts them
#: ("40 cadets will travel to Spain to begin training"); harm done to them ("killed") needs its own verb.
OWN_ACT_LABELS = frozenset({"trained", "studying", "graduated", "enlisted"})
#: Verbs whose object is a training their subject receives ("followed a course"), as the events read them.
TRAINING_VERBS = word_set("event_words.tsv", "training_verb")
#: Verbs of being taught, a cue only as the open clause of the counted people's own verb ("spent months learning").
SCHOOLING_VERBS = word_set("figure_words.tsv", "schooling_verb")


def _on_board(noun: Token) -> bool:
    """People counted as on board a ship ("with 580 sailors on board", "94 cadets were aboard"): "aboard" or "on
    board" on the noun, on the word it hangs on, or on the verb of the clause whose subject it is; a load a vessel
    is built to carry is no count ("can carry 200 passengers on board")."""
    if _is_load_or_product(noun):
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "on board are a crew of 260 and 94 cadets"
    holders = [noun, noun.head, first.head]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holders.append(noun.head.head)  # "arrived with 180 sailors on board"
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for h in holders for c in h.children) \
            or any(lexicon().has("load_verb", _lemma(h)) for h in holders):
        return False
    for holder in holders:
        for c in holder.children:
            if c.lower_ == "aboard" and c.dep_ in ("prep", "advmod", "prt"):
                return True
            if c.lower_ == "on" and c.dep_ == "prep" and any(g.lower_ == "board" for g in c.children):
                return True
    return False


def _ship_company(crew: Token, value: float) -> bool:
    """Whether "a crew of N" counts the people aboard, not a machine's complement: ten or more (a tank's or a
    jet's crew is a few), and not the object of a verb of having or carrying ("the ships carry a crew of 120",
    "it has a crew of 64": a specification)."""
    verb = crew.head
    return value >= 10 and not (crew.dep_ == "dobj" and (lexicon().has("specification_verb", _lemma(verb))
                                                         or lexicon().has("not_people_verb", _lemma(verb))))


#: Verbs whose object is an audience an event or its host takes in ("the fair received 40 delegations").
HOSTING_VERBS = word_set("figure_words.tsv", "hosting_verb")
#: Verbs whose subject or passive agent is an audience present ("300 guests attended", "600 guests filled the hall").
ATTENDING_VERBS = word_set("figure_words.tsv", "attending_verb")
#: Attending verbs of looking on: people of any kind who watch something happen are a crowd ("watched by 200 pilots").
VIEWING_VERBS = word_set("figure_words.tsv", "viewing_verb")


def _attends(noun: Token, hosted: bool = False, verbs: frozenset[str] = ATTENDING_VERBS) -> bool:
    """Whether an audience noun is the one attending an event: the subject of an attending verb ("300 guests
    attended", "600 guests filled the hall"), its passive's agent ("attended by 300 guests"), or the subject of a
    relative clause of it ("guests who attended"); with ``hosted``, also the object of a verb of hosting ("the fair
    drew 40 delegations")."""
    if hosted and noun.dep_ in ("dobj", "obj") and _lemma(noun.head) in HOSTING_VERBS:
        return True
    if noun.dep_ in SUBJECT_DEPS and _lemma(noun.head) in verbs:
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and _lemma(noun.head.head) in verbs:
        return True
    return any(c.dep_ in ("relcl", "acl") and _lemma(c) in verbs for c in noun.children)


def _onlookers(noun: Token, value: float) -> bool:
    """Whether people of any kind counted are a crowd looking on ("watched by about 200 former mechanics and
    pilots"): a viewing verb's subject or agent, one of the nouns a people noun, and ten or more of them (three
    inspectors who witnessed a test are no crowd)."""
    lex = lexicon()
    return value >= 10 and _attends(noun, verbs=VIEWING_VERBS) \
        and any(lex.has("people", _lemma(t)) for t in (noun, *noun.conjuncts))


def _purpose_cue(noun: Token) -> str | None:
    """A cue of an act of their own that the counted people go on to do: the verb of an open clause of their
    verb ("will travel to Italy to train", "went abroad to begin training"), two clauses deep at most."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "eight pilots and 30 mechanics began training": the first conjunct is the subject
    if noun.dep_ not in SUBJECT_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    lex = lexicon()
    frontier = [noun.head]
    for depth in range(2):
        frontier = [c for verb in frontier for c in verb.children if c.dep_ in ("xcomp", "advcl")]
        if depth == 0:
            # "spent five months in Kure learning to operate ...": the parser may hang the participle on the place's
            # preposition
            frontier += [g for c in noun.head.children if c.dep_ == "prep" for g in c.children
                         if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
        for clause in frontier:
            for tok in (clause, *(c for c in clause.children if c.dep_ in ("dobj", "xcomp"))):
                label = lex.get("harm_verb", _lemma(tok))
                if label in OWN_ACT_LABELS:
                    return label
                if tok is clause and _lemma(tok) in SCHOOLING_VERBS:
                    return "trained"  # "spent five months learning to operate the ships"
    return None


def _demonym_plural(noun: Token, ctx: DocContext) -> str | None:
    """ "30 Malians", "5,000 Papua New Guineans": people named by their nationality, counted with the same cues as
    "people" (a harm, an arrest, training); the demonym as written, else None."""
    if noun.pos_ != "PROPN" or not noun.text.endswith("s"):
        return None
    # the noun with the capitalised words compounded onto it ("Papua New Guineans", which the NER may take for
    # a body)
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].head.i > start - 1 \
            and noun.doc[start - 1].pos_ == "PROPN" and noun.i - start < 3:
        start -= 1
    text = noun.doc[start:noun.i + 1].text
    country = ctx.gaz.country(text)
    if country is None or text.lower() in {f.lower() for f in (country.name, *country.aliases)}:
        return None  # "the Philippines": a state's name, not its people
    return text


def _with_counted_personnel(noun: Token, ctx: DocContext) -> bool:
    """Whether people counted by a noun that needs a cue are coordinated with counted personnel ("14 pilots and 40
    mechanics", "40 mechanics and 14 pilots"): one count of people, told by trade."""
    lex = lexicon()
    return any(lex.has("personnel", _lemma(c)) and any(g.dep_ == "nummod" and g.like_num for g in c.children)
               and not _is_weapon_noun(c, ctx) and not _is_load_or_product(c) for c in noun.conjuncts)


def _elided_people(num: NumberPhrase) -> tuple[str, bool] | None:
    """(what, is a tally) of a bare number that is the subject of "be" (the noun left out, as people are after a
    first count: "21 are missing", "12,300 are in relief camps"): a harm word as what they are, or a shelter
    they are in; else None. (The parser may hang the number on the auxiliary of "are missing".)"""
    verb = num.head.head
    if num.head.dep_ != "nsubj" or _lemma(verb) != "be":
        return None
    if verb.dep_ == "aux":
        verb = verb.head  # "21 are missing" read as the subject of the auxiliary
    states = [verb] if verb.pos_ == "VERB" else [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    harm = next((h for h in map(_harm_word, states) if h), None)
    if harm:
        return f"people {harm}", True
    shelter = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                    for o in p.children if o.dep_ == "pobj" and _lemma(o) in SHELTER_NOUNS), None)
    return (f"people in {shelter.lower_}", False) if shelter is not None else None


#: Units that count acts done ("flew 38 sorties", "312 missions"): a tally even when machines do them.
ACT_UNITS = word_set("figure_words.tsv", "act_unit")
#: Places people stay in after fleeing a harm ("12,300 are in relief camps").
SHELTER_NOUNS = word_set("figure_words.tsv", "shelter_noun")


def _part_of_things(num: NumberPhrase) -> bool:
    """ "the last 20 of the 50 vehicles": a number that counts part of a whole named in its "of" phrase, when that
    whole is not people (so "20 ... reached the capital" counts vehicles, not people reached)."""
    lex = lexicon()
    wholes = [g for c in num.head.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    return any(not (lex.has("people", _lemma(w)) or lex.has("personnel", _lemma(w))) for w in wholes)


#: Words after "N of" that refer back to the people counted before ("11 of them children", "six of whom were women").
PART_REFERENTS = word_set("figure_words.tsv", "part_referent")


def _part_of_the_harmed(num: NumberPhrase) -> tuple[str, int] | None:
    """(what, end token) of a bare number told as a part of people harmed before it in its sentence, by "of them"
    and a people noun ("killed 37 people, 11 of them children", "..., six of whom were women"): that kind of
    people among the harmed; else None."""
    doc, lex = num.head.doc, lexicon()
    i = num.end
    if i + 2 >= num.head.sent.end or doc[i].lower_ != "of" or doc[i + 1].lower_ not in PART_REFERENTS:
        return None
    i += 2
    if _lemma(doc[i]) == "be" and i + 1 < num.head.sent.end:
        i += 1
    part = doc[i]
    if part.pos_ != "NOUN" or not lex.has("people", _lemma(part)):
        return None
    whole = next((t for t in reversed(doc[num.head.sent.start:num.start]) if t.pos_ == "NOUN"
                  and (lex.has("people", _lemma(t)) or lex.has("personnel", _lemma(t)))
                  and any(c.dep_ == "nummod" for c in t.children)), None)
    harm = _harm_near(whole) if whole is not None else None
    return (f"{lex.get('people', _lemma(part))} among those {harm}", part.i + 1) if harm else None


def _toll_of(num: NumberPhrase) -> str | None:
    """ "the death toll rose to 64", "the toll stood at 40": the number is the toll's value."""
    head = num.head
    lex = lexicon()
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "at") else \
        head.head if head.dep_ in ("attr", "dobj", "npadvmod") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        words = " ".join(_lemma(t) for t in subj.subtree)
        for cue in lex.by_kind.get("toll", {}):
            if cue in words:
                return lex.get("toll", cue)
    return None


# --- votes -----------------------------------------------------------------------------------------

def _vote_sentences(doc: Doc, text: str, sents: list[Span]) -> list[bool]:
    """Whether each sentence is about a vote: a token whose lemma is a vote-context cue, or a cue of
    several words in its text (``text``: the document's, as the context holds it; Span.text would join
    its tokens again for every sentence). The lemmas are read from the token arrays, each distinct one
    checked once."""
    cues = lexicon().by_kind.get("vote_context", {})
    phrases = [cue for cue in cues if " " in cue]
    lemmas = doc.to_array(LEMMA).tolist() if len(doc) else []
    strings = doc.vocab.strings
    cue_lemmas = {lemma for lemma in set(lemmas) if strings[lemma].lower() in cues}
    at = [i for i, lemma in enumerate(lemmas) if lemma in cue_lemmas] if cue_lemmas else []  # cue tokens
    out = []
    for sent in sents:
        k = bisect_left(at, sent.start)
        found = k < len(at) and at[k] < sent.end
        if not found and phrases:
            lowered = text[sent.start_char:sent.end_char].lower()
            found = any(cue in lowered for cue in phrases)
        out.append(found)
    return out


def _vote_cue_at(doc: Doc, i: int, end: int) -> tuple[str, int] | None:
    """A vote-side cue starting at token i: (kind, length)."""
    lex = lexicon()
    for kind in VOTE_SIDES:
        for words in lex.phrases(kind):
            n = len(words)
            if i + n <= end and tuple(_lemma(t) if len(words) == 1 else _lower(t) for t in doc[i:i + n]) == words:
                return kind, n
    return None


def _vote_side(num: NumberPhrase, sent: Span, numbers: list[NumberPhrase]) -> str | None:
    """Which side of a vote a number counts, from the words after it, then its head chain."""
    doc = sent.doc
    lex = lexicon()
    noun = _counted_noun(num)
    if noun is not None and lex.has("vote_abstain", _lemma(noun)):
        return "vote_abstain"
    # the words after the number, up to the next number: "98 states supporting", "41, ..., abstaining"
    next_start = min((n.start for n in numbers if n.start >= num.end), default=sent.end)
    for i in range(num.end, min(next_start, num.end + 9, sent.end)):
        if doc[i].text in (";",):
            break
        if doc[i].lower_ in ("for", "no", "yes") and not (i == num.end or i == num.end + 1
                                                         and lex.has("voter", _lemma(doc[num.end]))):
            continue  # "for" and "no" only right after the count: "87 for", "9 no"
        cue = _vote_cue_at(doc, i, sent.end)
        if cue:
            return cue[0]
    # the second count of a tally, before the head chain, whose verb is the first count's ("backed by 87 votes to 9")
    if noun is None and num.start - 2 >= sent.start and doc[num.start - 1].lower_ == "to" \
            and _lemma(doc[num.start - 2]) == "vote" and _is_tally_number(doc[num.start - 2]):
        return "vote_against"
    # the head chain: "backed by 87 nations", "the vote was 87 in favour"
    tok = noun or num.head
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        for kind in VOTE_SIDES:
            if lex.has(kind, _lemma(tok)) and tok.pos_ in ("VERB", "NOUN", "ADP"):
                return kind
    # "voted 87 to 9", "adopted by 87 votes to 9", "passed 87-9": for, then against
    head = num.head
    counted = noun if noun is not None else head
    if counted.dep_ == "pobj" and counted.head.lower_ == "to" and (
            _lemma(counted.head.head) == "vote" or _is_tally_number(counted.head.head)):
        return "vote_against"
    if head.dep_ == "dobj" and _lemma(head.head) == "vote":
        return "vote_for"
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(_is_tally_number(o) for o in c.children)
           for c in counted.children):
        return "vote_for"
    # the same read linearly, whatever the parse: "N (votes) to M", "N-M"
    end = counted.i + 1 if counted.i >= num.end else num.end
    if end + 1 < sent.end and doc[end].lower_ in ("to", "-", "–") and doc[end + 1].like_num:
        return "vote_for"
    if num.start - 2 >= sent.start and doc[num.start - 1].lower_ in ("to", "-", "–") and (
            doc[num.start - 2].like_num or _is_tally_number(doc[num.start - 2])):
        return "vote_against"
    return None


def _is_tally_number(tok: Token) -> bool:
    """A vote count: a number, or "votes" counted by one."""
    return tok.like_num or _lemma(tok) == "vote" and any(c.dep_ == "nummod" for c in tok.children)


def _sole_voters(sent: Span) -> list[tuple[Token, str]]:
    """ "the sole country to oppose": a count of one on that side of the vote, as (voter noun, side)."""
    lex = lexicon()
    out = []
    for tok in sent:
        if not lex.has("voter", _lemma(tok)) or not any(c.dep_ == "amod" and lex.has("vote_sole", c.lower_)
                                                          for c in tok.children):
            continue
        if any(c.dep_ == "nummod" for c in tok.children):
            continue  # "the only two countries ...": the numeral is read as a number phrase
        verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
        if tok.dep_ == "attr":
            verbs += [c for c in tok.head.children if c.dep_ == "xcomp"]
        side = next((kind for verb in verbs
                     for word in [verb, *(c for c in verb.children if c.dep_ in ("prep", "advmod", "prt"))]
                     for kind in VOTE_SIDES
                     if lex.has(kind, _lemma(word)) and (word.lower_ != "for" or _lemma(verb) == "vote")), None)
        if side:
            out.append((tok, side))
    return out


def _zero_tallies(sent: Span) -> list[tuple[Token, str]]:
    """ "10 in favour to none against", "with no abstentions": a count of nought on that side of the vote, as
    (the word "none" or "no", side)."""
    doc = sent.doc
    lex = lexicon()
    out = []
    for tok in sent:
        if tok.lower_ == "none":
            cue = _vote_cue_at(doc, tok.i + 1, sent.end) if tok.i + 1 < sent.end else None
            if cue:
                out.append((tok, cue[0]))
        elif tok.lower_ == "no" and tok.dep_ == "det" and lex.has("vote_abstain", _lemma(tok.head)):
            out.append((tok, "vote_abstain"))
    return out


# --- source, period, as-of -------------------------------------------------------------------------

def _np_text(head: Token, max_tokens: int = 12, leave_out: range = range(0), keep_clauses: bool = False) -> str:
    """A noun phrase without its determiner, relative clauses, appositions and ``leave_out`` tokens."""
    cut = ("appos", "punct", "cc", "conj") if keep_clauses else ("relcl", "acl", "appos", "punct", "cc", "conj")
    skip = {t.i for c in head.children if c.dep_ in cut for t in c.subtree} | set(leave_out)
    toks = [t for t in head.subtree if t.i not in skip]
    while toks and (toks[0].dep_ == "det" and toks[0].lower_ in ("the", "a", "an") or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) > max_tokens:
        left = [t for t in toks if t.i <= head.i][-max_tokens:]
        toks = left + [t for t in toks if t.i > head.i][:max(0, max_tokens - len(left))]
    parts = []
    for a, b in zip(toks, toks[1:] + [None]):
        # a left-out token between two kept ones leaves a space ("package for Taiwan including ...")
        parts.append(a.text_with_ws if b is None or b.i == a.i + 1 else a.text + " ")
    return "".join(parts).strip()


def _source_from_phrase(head: Token, ctx: DocContext) -> str | None:
    """The organisation a noun phrase names: an ORG entity in it, a person, an unnamed body."""
    lex = lexicon()
    if head.pos_ == "PRON":
        return None
    for tok in head.subtree:
        ent = ctx.ent_at.get(tok.i)
        if ent is not None and ent.label_ in ("ORG", "MILITARY"):
            org = ctx.gaz.organisation(ent.ent_id_ or ent.text)
            return org.name if org else re.sub(r"^(?:the|The)\s+", "", ent.text).removesuffix("'s").removesuffix("’s")
    name = ctx.person_at.get(head.i)
    if name:
        return name
    if lex.has("org_head", _lemma(head)) or lex.has("org_head", head.lower_):
        if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) and not any(
                c.dep_ in ("amod", "compound") for c in head.children):
            named = _last_org_named(head, ctx)
            if named:
                return named
        return _np_text(head)
    if lex.has("source_noun", _lemma(head)):
        for child in head.children:
            if child.dep_ in ("poss", "compound") or child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                inner = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    found = _source_from_phrase(inner, ctx)
                    if found:
                        return found
    if ctx.token_country(head) and head.ent_type_:
        return ctx.token_country(head)
    if head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "DATE") and not ctx.token_country(head):
        return _np_text(head)  # a body the gazetteers do not know: "Iran Human Rights said"
    return None


def _last_org_named(head: Token, ctx: DocContext) -> str | None:
    """ "the institute" -> the last organisation before it whose name has that word."""
    word = head.lower_
    for ent in reversed([e for e in ctx.ents if e.end <= head.i and e.label_ in ("ORG", "MILITARY")]):
        if word in ent.text.lower():
            org = ctx.gaz.organisation(ent.ent_id_ or ent.text)
            return org.name if org else re.sub(r"^(?:the|The)\s+", "", ent.text)
    return None


def _according_to(tok: Token) -> Token | None:
    """The object of "according to" or "citing" hanging on a token."""
    for child in tok.children:
        if child.lemma_.lower() == "accord" or child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None)
        if child.lower_ == "citing" or (child.lemma_ == "cite" and child.dep_ in ("advcl", "xcomp")):
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _verb_chain(tok: Token) -> list[Token]:
    """The token and its heads up to the root."""
    chain = [tok]
    while tok.head.i != tok.i and len(chain) < 12:
        tok = tok.head
        chain.append(tok)
    return chain


def _source(num: NumberPhrase, sent: Span, ctx: DocContext) -> tuple[str | None, Token | None]:
    """(source, the reporting verb it came from) for a number."""
    lex = lexicon()
    for tok in _verb_chain(num.head):
        obj = _according_to(tok)
        if obj is not None:
            src = _source_from_phrase(obj, ctx)
            if src:
                return src, None
        if tok.pos_ in ("VERB", "AUX") and lex.has("source_verb", _lemma(tok)):
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.i not in range(num.start, num.end):
                src = _source_from_phrase(subj, ctx)
                if src:
                    return src, tok
    for tok in sent:  # "according to X" anywhere in the sentence covers all its numbers
        obj = _according_to(tok)
        if obj is not None:
            src = _source_from_phrase(obj, ctx)
            if src:
                return src, None
    return None, None


def _period(num: NumberPhrase, sent: Span) -> str | None:
    """ "from 2010 to 2019", "in 2016-20", "between 2011-15 and 2016-20" (the later), "for the decade"
    with one stated year: the span nearest the number that is not a comparison's baseline."""
    text = sent.text
    offset = sent.start_char
    at = sent.doc[num.start].idx - offset
    ranges: list[tuple[int, str]] = []
    for m in _BETWEEN.finditer(text):
        ranges.append((m.start(), f"{m.group(1)}-{m.group(2)}"))
    for m in _RANGE.finditer(text):
        start, end = m.group(1), m.group(2)
        if len(end) == 2:
            end = start[:2] + end
        if not start < end or _BASELINE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        if re.search(r"\bbetween\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE) \
                and re.match(rf"\s*and\s*{_YEAR}", text[m.end():]):
            continue  # "between 2011-15 and 2016-20": the figure is for the later span
        ranges.append((m.start(), f"{start}-{end}"))
    if ranges:
        return min(ranges, key=lambda r: abs(r[0] - at))[1]
    lex = lexicon()
    span_years = next((int(lex.get("period_span", _lemma(t))) for t in sent if lex.has("period_span", _lemma(t))), None)
    years = sorted(set(_SINGLE_YEAR.findall(text)))
    if span_years and len(years) == 1:
        end = int(years[0])
        return f"{end - span_years + 1}-{end}"
    return None


def _full_date(value: str | None) -> str | None:
    return value if value and len(value) == 10 else None


def _as_of(num: NumberPhrase, sent: Span, ctx: DocContext, report_verb: Token | None, tally: bool) -> str | None:
    """ "as of Thursday"; for tallies and reported figures, the day the clause or its report states;
    "X says ... has pledged" (present report of a running total): the publication date."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ == "as" and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of":
            ent = ctx.ent_at.get(tok.i + 2)
            if ent is not None and ent.label_ == "DATE":
                return _full_date(resolved_date(ent.text, ctx.published))
    if not tally and report_verb is None:
        return None
    chain = {t.i for t in _verb_chain(num.head)}
    for ent in ctx.ents_in(sent):
        if ent.label_ != "DATE" or _RANGE.search(ent.text):
            continue
        tok = ent.root
        for _ in range(3):  # the date hangs on a verb of the chain directly or through a preposition
            if tok.head.i in chain and tok.head.pos_ in ("VERB", "AUX"):
                resolved = _full_date(resolved_date(ent.text, ctx.published))
                if resolved:
                    return resolved
                break
            if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
                break
            tok = tok.head
    if report_verb is not None and report_verb.tag_ in ("VBZ", "VBP") and ctx.published:
        clause = num.head
        for tok in _verb_chain(num.head):
            if tok.pos_ in ("VERB", "AUX"):
                clause = tok
                break
        if any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in clause.children):
            return ctx.published.isoformat()
    return None


# --- building records --------------------------------------------------------------------------------

def _topic(num: NumberPhrase, tally: bool, vote: bool = False, unit_noun: Token | None = None) -> str | None:
    """What the figure is about: the "of" phrase of a share, the noun a sum modifies, who did the
    killing for a tally, else the clause subject."""
    head = num.head
    doc = head.doc
    own = range(num.start, num.end)
    if tally:
        for tok in _verb_chain(head)[1:4]:
            if tok.pos_ in ("VERB", "ADJ") and lexicon().has("harm_verb", _lemma(tok)):
                agent = _perpetrator(tok, own)
                if agent is not None:
                    how = "at the hands of" if agent.head.head.lower_ == "hands" else "by"
                    return f"{lexicon().get('harm_verb', _lemma(tok))} {how} {_np_text(agent)}"
                break
    if unit_noun is not None:
        owner, attribute = _measured_by(unit_noun)
        if owner is not None and owner.pos_ != "PRON":
            first = attribute.head.i if attribute is not None and attribute.dep_ == "pobj" else num.start
            return _np_text(owner, leave_out=range(min(first, num.start), unit_noun.i + 1))
    if vote:
        voted = next((t for t in head.sent if t.pos_ == "VERB" and _lemma(t) == "vote"), None)
        motion = max(_vote_motions(head.sent, voted is None), key=lambda t: len(list(t.subtree)), default=None)
        if motion is not None:
            return _np_text(motion, max_tokens=14, keep_clauses=True)
        purpose = next((c for c in voted.children if c.dep_ in ("xcomp", "advcl", "acl")), None) if voted else None
        if purpose is not None:  # "the Assembly voted ... to condemn X": the vote to condemn X
            words = " ".join(t.text for t in purpose.subtree if not t.is_punct)
            return f"vote {words}"[:120]
    noun = None
    if head.pos_ in ("NOUN", "PROPN") and head.i not in own:
        noun = head
    elif num.end < len(doc) and doc[num.end].lower_ in ("%", "percent"):
        noun = doc[num.end]
    elif head.dep_ in COUNT_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i not in own:
        noun = head.head  # "$2.1 billion contract", "Rs 8,000 crore deal"
    if noun is not None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return _np_text(pobj)
        if noun.lower_ not in ("%", "percent") and not noun.like_num:
            text = _np_text(noun, leave_out=range(num.start, noun.i if noun.i >= num.end else num.end))
            if text and text.lower() != noun.lower_ or noun.pos_ == "NOUN" and not tally:
                return text
    for tok in _verb_chain(head):
        if tok.pos_ in ("VERB", "AUX"):
            # a sum is the price of what the verb deals in ("approved a sale to X of ... at a cost of $1bn"),
            # not of whoever acts
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                        and num.start not in range(c.left_edge.i, c.right_edge.i + 1)), None) if num.currency else None
            if obj is not None:
                # its buyer may hang on the verb ("approved a sale to X of ..."), the parser's choice
                to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i), None)
                buyer = next((c for c in to.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if to else None
                return _np_text(obj) + (f" to {_np_text(buyer)}" if buyer is not None else "")
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.pos_ != "PRON" and subj.i not in own:
                return _np_text(subj)
    return None


def _unit_noun(num: NumberPhrase, unit: str) -> Token | None:
    noun = _counted_noun(num)
    return noun if noun is not None and unit not in ("people", "votes", "percent") and not num.currency \
        else None


def _measured_by(unit_noun: Token) -> tuple[Token | None, Token | None]:
    """(what the measure belongs to, the attribute measured): "the rocket has a range of 70 km" ->
    (missile, range); "a loan with a term of ten years" -> (loan, term); "a 5,000-tonne frigate" -> (frigate,
    None); "shells, which can fly 40 km" -> (missiles, None)."""
    if unit_noun.dep_ == "pobj" and unit_noun.head.lower_ == "of" and unit_noun.head.head.pos_ == "NOUN":
        attribute = unit_noun.head.head
        owner = None
        if attribute.dep_ == "pobj" and attribute.head.head.pos_ in ("NOUN", "PROPN"):
            owner = attribute.head.head
        elif attribute.dep_ in ("dobj", "attr") and attribute.head.pos_ in ("VERB", "AUX"):
            owner = next((c for c in attribute.head.children if c.dep_ == "nsubj"), None)
        return owner, attribute
    if unit_noun.dep_ in ("nmod", "compound", "amod") and unit_noun.head.pos_ == "NOUN":
        return unit_noun.head, None
    verb = _measure_verb(unit_noun)
    if verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head, None
        return subj, None
    return None, None


def _perpetrator(verb: Token, own: range) -> Token | None:
    """Who did the harm: the active subject, the passive agent, "at the hands of X"."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ != "PRON" and not any(t.i in own for t in child.subtree):
            return child
        if child.dep_ == "agent":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "at":
            hands = next((p for p in child.children if p.dep_ == "pobj" and p.lower_ == "hands"), None)
            of = next((p for p in hands.children if p.lower_ == "of"), None) if hands is not None else None
            if of is not None:
                return next((p for p in of.children if p.dep_ == "pobj"), None)
    return None


#: Determiners before a number written in words that make it a reference to things named before ("the two
#: companies signed", "these three sites"), not a count the text states.
BACK_REFERENCE = {"the", "these", "those", "both"}


def _refers_back(num: NumberPhrase, noun: Token) -> bool:
    """Whether a small count in words follows a definite determiner and comes right before its bare noun ("the
    two missions met"); "the four new sites" tells something new of them, so it stays a count."""
    doc = noun.doc
    first = doc[num.start]
    return num.start > 0 and doc[num.start - 1].lower_ in BACK_REFERENCE and first.is_alpha and num.value < 10 \
        and noun.i == num.end


def _proportion(num: NumberPhrase, noun: Token) -> bool:
    """Whether "one" counts a noun in a proportion ("one job in eight", "one soldier in ten"): a ratio, no count."""
    doc = noun.doc
    i = noun.i + 1
    if num.value != 1 or i + 1 >= len(doc) or doc[i].lower_ not in ("in", "out"):
        return False
    i += 2 if doc[i].lower_ == "out" and doc[i + 1].lower_ == "of" else 1
    return i < len(doc) and doc[i].like_num  # (read linearly: the parser may hang "in ten" on the verb)


def _ranking(num: NumberPhrase, noun: Token) -> bool:
    """Whether a count is the size of a ranking ("its top five customers", "the ten largest exporters"): a rank
    position, not a tally of things."""
    doc = noun.doc
    return num.start > 0 and doc[num.start - 1].lower_ == "top" \
        or any(c.dep_ == "amod" and c.tag_ == "JJS" and c.i > num.start for c in noun.children)


def _vote_motions(sent: Span, look_back: bool = True) -> list[Token]:
    """The resolution or motion a vote is on, in this sentence or the one before."""
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 and look_back else None
    found = []
    for s in (sent, before):
        if s is None:
            continue
        found += [t for t in s if t.pos_ == "NOUN" and _lemma(t) in ("resolution", "motion")
                  and t.dep_ != "compound"]
    return found


#: Prepositions that make a percentage after a word of change the level reached or left ("rose to 2.5 percent").
LEVEL_PREPOSITIONS = frozenset({"to", "at", "from", "of"})


def _percent_is_change(num: NumberPhrase) -> bool:
    """Whether a percentage measures a change ("fell by 26 percent", "a 30% rise", "grew 5 percent") rather than
    a share ("accounted for 11 percent of"): a word of change governs the percent sign or its number within two
    steps up the parse (through prepositions and nouns), or is the noun the percentage modifies."""
    lex = lexicon()
    doc = num.head.doc
    end = num.end + 1 if num.end + 1 < len(doc) and doc[num.end].lower_ == "per" else num.end
    sign = doc[end] if end < len(doc) and doc[end].lower_ in ("%", "percent", "pct", "cent") else num.head
    for start in (sign, num.head):
        tok = start
        for _ in range(2):
            if tok.head is tok:
                break
            tok = tok.head
            if lex.has("change", _lemma(tok)):
                return True
            # "rose to 2.5 percent", "stood at 12 percent": a level reached, not the size of a change
            if tok.pos_ not in ("ADP", "NUM", "NOUN", "SYM") or tok.lower_ in LEVEL_PREPOSITIONS:
                break
    return False


def _force_strength(num: NumberPhrase) -> str | None:
    """ "the army, some 9,000 strong", "the armed forces, about 9,000 strong, ...", "the militia is 3,000 strong": the
    size in people of the armed force the number and its adjective (``strength``) describe."""
    lex = lexicon()
    doc = num.head.doc
    if num.end >= len(doc) or not lex.has("strength", doc[num.end].lower_):
        return None
    adj, last = doc[num.end], doc[num.end - 1]
    if adj.head.i == last.i:  # "9,000" in apposition with the force, "strong" hung on the number
        holder = last.head if last.dep_ in ("appos", "amod", "npadvmod") else None
    elif last.head.i == adj.i:  # "strong" modifies the force, or is the predicate of its clause
        holder = adj.head if adj.dep_ in ("amod", "appos") else \
            next((c for c in adj.head.children if c.dep_ == "nsubj"), None) if adj.dep_ == "acomp" else None
    else:
        holder = None
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or not lex.has("armed_force", _lemma(holder)):
        return None
    mods = [t.text for t in holder.lefts if t.dep_ in ("amod", "compound") and t.i < num.start]
    return f"{lex.get('strength', adj.lower_)} of the {' '.join(mods + [holder.text])}"


def _classify(num: NumberPhrase, sent: Span, numbers: list[NumberPhrase], vote_sentence: bool,
              ctx: DocContext) -> tuple[str, str, int, bool] | None:
    """(unit, what, end token, is a tally) for a number phrase, or None when it is not a figure."""
    lex = lexicon()
    doc = sent.doc
    end = num.end
    if num.currency:
        return num.currency, "amount", end, False
    if num.percent:
        what = "change" if _percent_is_change(num) else "share"
        return "percent", what, end + (2 if doc[end].lower_ == "per" else 1), False
    noun = _counted_noun(num)
    if noun is not None and _proportion(num, noun):
        return None
    if noun is not None:
        unit = _unit_of(noun)
        if unit and (_refers_back(num, noun) or _ranking(num, noun)):
            return None
        if unit:
            owner, attribute = _measured_by(noun)
            if _is_specification(noun, unit, owner, attribute, ctx) or _is_time_frame(noun):
                return None
            if num.qualifier and noun.head.i == num.start and noun.dep_ == "pobj" \
                    and _is_payment_term(noun, noun.head.head, unit):
                # "repaid over twelve years": the "over" is the term's preposition, not "more than"
                num.qualifier, num.start = None, num.start + 1
            return unit, attribute.lower_ if attribute is not None else unit, noun.i + 1, False
        lemma = _lemma(noun)
        if lex.has("harm_noun", lemma):
            mods = " ".join(t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i >= end)
            return "people", f"{mods} {lex.get('harm_noun', lemma)}".strip(), noun.i + 1, True
        phrase = f"{_lemma(doc[noun.i - 1])} {lemma}"
        personnel = lex.get("personnel", phrase) or lex.get("personnel", lemma)
        if personnel and not _is_weapon_noun(noun, ctx) and not _is_load_or_product(noun) \
                and not (lex.has("machine_count", lemma) and (_same_count_of_a_weapon(num, ctx)
                                                              or _bought_by_noun(noun))):
            if num.value >= 2:
                return "people", personnel, noun.i + 1, False
            harm = _harm_near(noun)
            # "one soldier was killed": a tally of one; "(not) one more soldier" is a figure of speech whatever
            # the verb ("does not send one more soldier"), and so is a single person for their own sake
            if harm and not (end < len(doc) and doc[end].lower_ == "more"):
                return "people", f"{personnel} {harm}", noun.i + 1, True
        label = lex.get("people", lemma) or _demonym_plural(noun, ctx)
        if label:
            harm = _harm_near(noun)
            if harm:
                return "people", f"{label} {harm}", noun.i + 1, True
            if num.value >= 2 and _with_counted_personnel(noun, ctx):
                return "people", label, noun.i + 1, False
    charges = _charges(noun) if noun is not None else None
    if charges:
        return charges, charges, noun.i + 1, False
    workforce = _workforce(num, noun) if num.value >= 2 else None
    if workforce:
        return workforce[0], workforce[1], noun.i + 1 if noun is not None and noun.i >= end else end, False
    # (a population inside a quotation is rhetoric: "a lot of money for a country of six million people")
    population = _population(num, noun) if num.value >= 2 and num.head.i not in ctx.quoted_token_ids else None
    if population:
        return "people", population, noun.i + 1 if noun is not None and noun.i >= end else end, False
    strength = _force_strength(num) if num.value >= 2 else None
    if strength:
        return "people", strength, end + 1, False
    if noun is not None and num.value >= 2 and lex.has("audience", _lemma(noun)) and _attends(noun, hosted=True):
        # "300 guests attended", "the museum drew 78,000 visitors": people present at an event or a place
        return "people", f"{lex.get('audience', _lemma(noun))} attending", noun.i + 1, False
    if noun is not None and _onlookers(noun, num.value) and not _refers_back(num, noun):
        return "people", "people watching", noun.i + 1, False
    if noun is not None and num.value >= 2 and lex.has("people", _lemma(noun)) and _attends(noun) \
            and not _refers_back(num, noun) and any(lex.has("audience", _lemma(c)) for c in noun.conjuncts):
        # "a ceremony attended by about 300 sailors, officials and guests": people of any kind counted with an
        # audience present at an event ("two generals attended the parade" is no crowd)
        return "people", f"{lex.get('people', _lemma(noun))} attending", noun.i + 1, False
    if noun is not None and num.value >= 2 and lex.has("audience_body", _lemma(noun)) and _attends(noun, hosted=True):
        # "attended by more than 40 delegations", "the show received 40 official delegations": bodies present
        unit = lex.get("audience_body", _lemma(noun))
        return unit, f"{unit} attending", noun.i + 1, False
    targets = _sanctioned(noun, sent) if noun is not None else None
    if targets:
        return targets, f"{targets} sanctioned", noun.i + 1, False
    if noun is not None and (lex.has("people", _lemma(noun)) or lex.has("group_member", _lemma(noun))) \
            and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and lex.has("force_noun", _lemma(noun.head.head)):
        return "people", f"{lex.get('force_noun', _lemma(noun.head.head))} size", noun.i + 1, False  # "a force of 5,000 men"
    if noun is None and num.head.dep_ == "pobj" and num.head.head.lower_ == "of" \
            and lex.has("force_noun", _lemma(num.head.head.head)) and num.value >= 2 \
            and (_lemma(num.head.head.head) != "crew" or _ship_company(num.head.head.head, num.value)):
        # "a force of 5,000", "a crew of 180": the number is the size of the body of people
        return "people", f"{lex.get('force_noun', _lemma(num.head.head.head))} size", end, False
    fact = _fact_box_count(num)
    if fact:  # "• Personnel: about 17,400", "• Combat aircraft: 44"
        return fact[0], fact[1], end, False
    part = _part_of_the_harmed(num) if noun is None else None
    if part:  # "killed 37 people, 11 of them children"
        return "people", part[0], part[1], True
    toll = _toll_of(num)
    if toll:
        return "people", toll, end, True
    if noun is None and num.head.dep_ in SUBJECT_DEPS + ("dobj",) and _harm_word(num.head.head) \
            and not _part_of_things(num) and not _reached_by_output(num.head.head):
        return "people", f"people {_harm_word(num.head.head)}", end, True
    elided = _elided_people(num) if noun is None and num.value >= 2 and not _part_of_things(num) else None
    if elided:  # "56 people have died and 21 are missing", "... and 12,300 are in relief camps"
        return "people", elided[0], end, elided[1]
    plight = next((c for c in num.head.head.children if c.dep_ == "dobj" and lex.has("plight", _lemma(c))), None) \
        if noun is None and num.head.dep_ == "nsubj" and num.head.head.pos_ == "VERB" and num.value >= 2 else None
    if plight is not None:  # "nearly 25 million face acute hunger"
        return "people", f"people {lex.get('plight', _lemma(plight))}", end, False
    misread = noun.head if noun is not None and lexicon().has("plight_verb", _lemma(noun)) and noun.dep_ in ("compound", "nmod") \
        and noun.head.i > noun.i else noun
    if misread is not None and num.value >= 2 and lex.has("plight", _lemma(misread)) \
            and any(lexicon().has("plight_verb", _lemma(t)) for t in doc[end:misread.i]):
        # the same with the verb misread as a noun before the plight ("2 million face famine", "25 million face
        # acute hunger": "face" parsed as a compound of the plight, the number on either)
        return "people", f"people {lex.get('plight', _lemma(misread))}", end, False
    if vote_sentence and (noun is None or lex.has("voter", _lemma(noun)) or lex.has("vote_abstain", _lemma(noun))):
        side = _vote_side(num, sent, numbers)
        if side:
            return "votes", SIDE_LABELS[side], noun.i + 1 if noun is not None and noun.i >= end else end, False
    if noun is not None and _lemma(noun) in COUNTRY_NOUNS and noun.dep_ == "pobj" \
            and noun.head.lower_ == "to" and lex.has("export_verb", _lemma(noun.head.head)):
        # "sold to nine countries", "exported to ten African states": how many states a supplier has sold to
        return "countries", f"countries {noun.head.head.lower_} to", noun.i + 1, False
    verb = _permits_to(noun) if noun is not None else None
    if verb is not None:
        # "issued 1,200 export permits to 58 countries", "refused permits to three countries"
        return "countries", f"countries {verb.lower_} permits", noun.i + 1, False
    if noun is not None and _reached_countries(noun) and not _refers_back(num, noun):
        return "countries", "countries reached", noun.i + 1, False
    if noun is not None and num.value >= 3 and _from_countries(noun) and not _refers_back(num, noun):
        return "countries", "countries reached", noun.i + 1, False
    states = _counted_states(num, noun)
    if states is not None:
        return "countries", "states", states.i + 1, False
    if noun is not None and _lemma(noun) == "member" and noun.dep_ in ("compound", "nmod") \
            and lex.has("force_noun", _lemma(noun.head)):
        # "a twelve-member delegation": the size of a group of people, not of a body of states (an "nmod" when
        # adjectives or compounds stand between: "a 40-member medical rescue team")
        return "people", f"{lex.get('force_noun', _lemma(noun.head))} size", noun.i + 1, False
    places = _places_for_people(noun) if noun is not None and num.value >= 2 else None
    if places:
        return "people", places, noun.i + 1, False
    force = _force_members(noun) if noun is not None and num.value >= 2 else None
    if force:
        return "people", f"members of the {force}", noun.i + 1, False
    if noun is not None and _members(noun):
        if vote_sentence and _unanimous(noun):
            return "votes", "votes in favour (unanimous)", noun.i + 1, False
        if any(c.dep_ == "amod" and lex.has("fighter_modifier", _lemma(c)) for c in noun.children):
            return "people", "armed members", noun.i + 1, False  # "fewer than 50 armed members left": fighters
        return "members", "members", noun.i + 1, False
    if noun is None:
        strike = _strike_share(num)
        if strike:
            return strike[0], f"{strike[0]} {strike[1]}", end, False
    if noun is not None and noun.dep_ == "compound" and noun.head.i == noun.i + 1 and any(
            lex.has(f"{kind}_noun", _lemma(noun.head)) for kind in ("strike", "sighting", "permit")):
        noun = noun.head  # "6 sea voyages", "40 drone missiles": the number counts the compound's head
    strike = _strike_count(noun, end) or _strike_count(noun, end, "sighting") or _strike_count(noun, end, "permit") \
        if noun is not None else None
    if strike:
        return strike[0], f"{strike[0]} {strike[1]}", noun.i + 1, False
    if noun is not None and num.value >= 2 and lex.has("deal_noun", _lemma(noun)) and _worth_told(noun, sent):
        # "signed eight contracts worth $1 billion", "sent 37 consignments worth about $2 million"
        verb = noun.head.lower_ if noun.dep_ in ("dobj", "nsubjpass") else "signed"
        return noun.lower_, f"{noun.lower_} {verb}", noun.i + 1, False
    if noun is not None and num.value >= 2 and _port_calls(noun, end):
        return "ships", "port calls", noun.i + 1, False
    made = _production_count(noun, end, ctx) if noun is not None else None
    if made:
        return made, f"{made} produced", noun.i + 1, False
    shown = _displayed_count(noun, end, ctx) if noun is not None and num.value >= 2 else None
    if shown:
        return shown, f"{shown} taking part", noun.i + 1, False
    seized = _seized_count(noun, end) if noun is not None and num.value >= 2 else None
    if seized:
        return seized[0], f"{seized[0]} {seized[1]}", noun.i + 1, False
    capacity = _capacity_count(noun, end, ctx) if noun is not None else None
    if capacity:
        return capacity, f"{capacity} (capacity)", noun.i + 1, False
    fleet = _fleet_size(num, ctx) or (_operated_fleet(noun, end, ctx) if noun is not None else None)
    if fleet:
        return fleet, "fleet size", end, False
    fleet = _remaining_fleet(num, noun, ctx) if noun is not None else None
    if fleet:
        return fleet, "remaining fleet", noun.i + 1, False
    fleet = _fleet_in_service(num, noun, ctx)
    if fleet:
        return fleet, "fleet in service", noun.i + 1 if noun is not None else end, False
    return None


def _charges(noun: Token) -> str | None:
    """The unit of counted criminal charges ("pleaded guilty to four counts of exporting ...", "faces 11 charges of
    smuggling"): a charge noun with an "of" phrase of the offence, or the object of a verb of the court; else None
    ("40 demolition charges" are explosives)."""
    lex = lexicon()
    if not lex.has("charge_noun", _lemma(noun)):
        return None
    offence = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ in ("pcomp", "pobj") for o in c.children)
                  for c in noun.children)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    court = verb is not None and lex.has("charge_verb", _lemma(verb))
    return lex.get("charge_noun", _lemma(noun)) if court or offence else None


#: Auxiliaries and modals that put a verb in the future: the jobs a project will bring, not staff it has.
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "could", "should", "may", "might"})


def _workforce(num: NumberPhrase, noun: Token | None) -> tuple[str, str] | None:
    """(unit, what) of an employer's staff: "the yard's 1,150 employees" (a workforce noun its employer owns), "about
    800 of the yard's 1,150 employees" (a part of such a count), "employed more than 3,200 people" (people the
    object of a verb of employing); "will employ 350 people" is the jobs a project brings (unit jobs)."""
    lex = lexicon()
    if noun is None:
        # "800 of the yard's 1,150 employees": a part of a workforce counted in the same phrase
        of = next((c for c in num.head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if whole is None or not _owned_staff(whole) or not any(c.dep_ == "nummod" for c in whole.children):
            whole = None
        if whole is not None:
            return "people", lex.get("workforce_noun", _lemma(whole))
        verb = num.head.head if num.head.dep_ == "dobj" else None  # "the yard employs 3,200"
    else:
        if _owned_staff(noun):
            return "people", lex.get("workforce_noun", _lemma(noun))
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and (lex.has("people", _lemma(noun))
                                                                     or lex.has("workforce_noun", _lemma(noun))) \
            else None  # "employed 3,200 people"; "150 workers are employed on the programme"
    if verb is None or negated(verb):
        return None
    hire = lex.get("hire_verb", _lemma(verb))
    if hire is None and not lex.has("employ_verb", _lemma(verb)):
        return None
    first = verb.head if verb.dep_ == "conj" else verb  # "will produce 100 vehicles and employ 350 people"
    if first.dep_ == "xcomp" and negated(first.head):
        return None  # "will not have to hire 300 people": hires ruled out
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for v in {verb, first} for c in v.children) \
            or first.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        # (hires yet to come are the people an employer means to take on: "would need to hire about 500 people")
        return ("people", f"{hire} (planned)") if hire else ("jobs", "jobs (people to be employed)")
    return "people", hire or lex.get("employ_verb", _lemma(verb))


def _owned_staff(noun: Token) -> bool:
    """Whether a workforce noun has its employer as a possessor ("the yard's employees", "its workers")."""
    return lexicon().has("workforce_noun", _lemma(noun)) and any(c.dep_ == "poss" for c in noun.children)


def _population(num: NumberPhrase, noun: Token | None) -> str | None:
    """What a count of a place's people is: a bare number or people in the "of" or "with" phrase of a populated
    place ("a town of about 36,000", "a country of six million people", "three countries with six million people
    between them")."""
    lex = lexicon()
    counted = noun if noun is not None else num.head
    if noun is not None and not (lex.has("people", _lemma(noun)) and _lemma(noun) in ("people", "person", "inhabitant",
                                                                                      "resident")):
        return None
    prep = counted.head if counted.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "with") or prep.dep_ != "prep":
        return None
    if prep.lower_ == "of" and noun is None and num.value < 100:
        return None  # "a nation of two halves": a small bare number is no population
    place = prep.head
    if not lex.has("populated_place", _lemma(place)) or place.pos_ != "NOUN":
        place = prep.doc[prep.i - 1]  # "a bill for two countries with ...": the parser may hang "with" higher up
        if not lex.has("populated_place", _lemma(place)) or place.pos_ != "NOUN":
            return None
    return lex.get("populated_place", _lemma(place))


def _worth_told(noun: Token, sent: Span) -> bool:
    """Whether the worth of counted deals or lots follows them: "worth" right after the noun or modifying it, or
    told of the verb's object after an aside ("signed eight contracts with local firms, X among them, worth
    ...")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "worth":
        return True
    worth = next((t for t in doc[noun.i + 1:sent.end] if t.lower_ == "worth"), None)
    if worth is None:
        return False
    if worth.head.i == noun.i:
        return True
    # after an aside, whatever the parser hangs "worth" on: no verb or conjunction between the count and it
    return not any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.dep_ == "relcl" for t in doc[noun.i + 1:worth.i])


#: Scale words large enough that a bare amount with one, after money, is more of that money.
MONEY_SCALES = {"million", "billion", "trillion", "mn", "bn", "crore", "lakh"}


def _elided_currencies(numbers: list[NumberPhrase]) -> list[NumberPhrase]:
    """Amounts whose currency is left out after money in the same sentence take its currency ("59.6 trillion
    pesos, of which 4.2 trillion is for investment"; "$5 billion, up from 4.1 billion"): a number with a
    large scale word that counts no noun and is no percentage."""
    money: str | None = None
    last: NumberPhrase | None = None
    out = []
    for num in numbers:
        doc = num.head.doc
        if num.currency:
            if not (money and num.currency != money and last is not None and _conversion(last, num)):
                money, last = num.currency, num
        elif money and not num.percent and _counted_noun(num) is None \
                and any(t.lower_ in MONEY_SCALES for t in doc[num.start:num.end]) \
                and not (num.end < len(doc) and doc[num.end].lower_ in ("per", "%", "percent", "pct")):
            num = replace(num, currency=money)
        out.append(num)
    return out


#: Phrases of a correction note that tell what an earlier text wrongly said (figure_words.tsv, superseded_mark).
SUPERSEDED_MARKS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, word_set("figure_words.tsv", "superseded_mark")),
                                                         key=len, reverse=True)) + r")\b", re.IGNORECASE)


#: A wire service's exchange-rate note in brackets: one unit of a currency equals an amount of another
#: ("($1 = 9.41 Swedish crowns)", "(1 euro = $1.08)", "(($1 = 83.2 rupees))").
EXCHANGE_NOTE = re.compile(r"\((?:\s*\()?\s*(?:[A-Z]{0,3}[$€£¥]\s?1|1\s+[A-Za-z][A-Za-z .]{0,20}?)\s*=\s*[^()=\n]{1,40}\)(?:\s*\))?")


def _superseded(text: str) -> bool:
    """Whether a sentence tells what an earlier version of the text wrongly said (a correction note): its
    numbers are withdrawn, and the note's "the correct figure is ..." restates the story's own."""
    return SUPERSEDED_MARKS.search(text) is not None


def _conversion(first: NumberPhrase, other: NumberPhrase) -> bool:
    """Whether an amount in another currency right after an amount is its conversion, set off by a comma, a
    bracket or "or" ("38 billion francs this year, about 62 million dollars,"; "€2bn ($2.2bn)"): an aside that
    a later amount with no currency does not take its currency from."""
    between = first.head.doc[first.end:other.start]
    return len(between) <= 4 and any(t.text in (",", "(", "or") for t in between)


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


def _ordinal_tokens(ctx: DocContext) -> list[int]:
    """Indices of the document's tokens written as a numeral ordinal ("18th"), found once per document from the
    ORTH array, each distinct word matched once."""
    cached = ctx.memo.get("ordinal_tokens")
    if cached is None:
        doc = ctx.doc
        strings = doc.vocab.strings
        ordinal: dict[int, bool] = {}
        cached = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist() if len(doc) else []):
            hit = ordinal.get(orth)
            if hit is None:
                hit = ordinal[orth] = _ORDINAL.match(strings[orth]) is not None
            if hit:
                cached.append(i)
        ctx.memo["ordinal_tokens"] = cached
    return cached


def _ordinal_counts(sent: Span, ctx: DocContext) -> list[tuple[Token, Token]]:
    """(ordinal, noun) for a numbered instalment that counts those before it ("an 18th aid package", "the
    package is the 41st approved"): so many of them (``ordinal_count`` nouns). An ordinal on a possessed
    instalment ("Sweden's 18th package", "its 16th support package") names which one it is, as a rank does,
    and counts nothing."""
    lex = lexicon()
    out = []
    ordinals = _ordinal_tokens(ctx)
    for i in ordinals[bisect_left(ordinals, sent.start):bisect_left(ordinals, sent.end)]:
        tok = sent.doc[i]
        noun = tok.head if tok.dep_ in ("amod", "nummod", "compound") else None
        if noun is not None and any(c.dep_ == "poss" for c in noun.children):
            continue  # "Sweden's 18th package", "its 16th support package": the owner's instalment by its number
        if noun is None and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            noun = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "the package is the 41st"
        if noun is not None and lex.has("ordinal_count", _lemma(noun)):
            out.append((tok, noun))
    return out


def _reached_countries(noun: Token) -> bool:
    """ "contracts from about 40 countries", "in service with 12 countries": the states a supplier or a
    system has reached (the preposition hangs on the noun, or on the verb of such an object); and the states
    that take part in something ("18 countries took part", "took part alongside 30 partner nations", "15
    countries contributed funds"), unless a determiner makes them the parties named before ("the two countries")."""
    if _lemma(noun) not in ("country", "nation"):
        return False
    for c in noun.children:
        # "13 countries taking part", "participating countries" (a verb with its particle noun: "take part")
        if c.dep_ in ("acl", "relcl", "amod") and _frames(c):
            return True
    # "the two countries took part", "both nations": the parties, known by now, not a count
    parties = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:  # "alongside the French Navy and 30 nations"
        first = first.head
    if not parties and (first.dep_ in SUBJECT_DEPS and first.head.pos_ in ("VERB", "AUX") and _frames(first.head)
                        or _taking_part_alongside(first, noun)):
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("from", "in", "with", "by"):
        return False
    gov = noun.head.head
    if noun.head.lower_ == "from" and gov.pos_ == "VERB":  # "has drawn 250 exhibitors from 30 countries"
        gov = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), gov)
    if noun.head.lower_ == "from" and gov.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in gov.children):
        return not parties  # "250 exhibitors from 30 countries", "8,000 troops from 13 countries"
    if noun.head.lower_ == "from" and gov.pos_ == "NOUN" and not parties and _attending_body(gov):
        return True  # "the ceremony was attended by delegations from 60 countries", "drew delegations from 30 countries"
    if noun.head.lower_ == "from" and gov.pos_ == "NOUN" and not parties and _gathered(gov):
        return True  # "hosted the exercise with soldiers from 24 countries", "delegations from 32 countries were there"
    frames = lexicon().words("country_frame")
    return _lemma(gov) in frames or gov.pos_ == "VERB" and any(
        c.dep_ == "dobj" and _lemma(c) in frames for c in gov.children)


def _from_countries(noun: Token) -> bool:
    """ "a meeting of defence ministers from around 50 countries", "visited by official delegations from 78
    countries", "aircraft from at least five countries were landing": people, bodies or machines told by a plural
    noun with no number, determiner or possessor of its own, whose "from" phrase counts the states they came from
    (the states an occasion drew). A determiner or possessor ties them to parties told before ("its soldiers from 12
    countries", "troops from the two countries"); a count on the plural is the other rule's ("250 exhibitors from 30
    countries"); the object of a verb other than one of hosting is what someone met ("met delegations from 12
    countries"). The parser may hang "from" on the occasion or its verb, past the plural right before it."""
    if _lemma(noun) not in ("country", "nation") or noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return False
    gov = noun.head.head
    before = noun.doc[noun.head.i - 1] if noun.head.i > 0 else gov
    if before.dep_ == "pobj" and before.head.head == gov and before.tag_ in ("NNS", "NNPS"):
        gov = before  # "a meeting of defence ministers from 50 countries": the parser hangs "from" on the meeting
    if gov.pos_ not in ("NOUN", "PROPN") or gov.ent_type_ or gov.dep_ == "compound":
        return False
    # plural: its tag, or a verb that agrees with a plural subject ("aircraft ... were landing")
    plural = gov.tag_ in ("NNS", "NNPS") or gov.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in gov.head.children) \
        or gov.dep_ in SUBJECT_DEPS and gov.head.lower_ in ("were", "are", "have")
    tied = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.lower_ == "other"
               for c in noun.children) \
        or any(c.dep_ in ("det", "poss", "nummod") for c in gov.children)
    # the object of a verb other than one of hosting is what someone met or handled ("the minister met delegations
    # from 12 countries"), not those an occasion drew
    handled = gov.dep_ in ("dobj", "obj") and _lemma(gov.head) not in HOSTING_VERBS
    return plural and not tied and not handled


def _state_word(noun: Token) -> Token | None:
    """The word that names sovereign states in a counted noun ("countries", "nations", "member states"), or
    "parties" of "states parties" (the number hangs on "states", the compound); None for any other noun."""
    if _lemma(noun) == "state" and noun.dep_ == "compound" and _lemma(noun.head) == "party":
        return noun.head
    if _lemma(noun) == "party" and any(c.dep_ == "compound" and _lemma(c) == "state" for c in noun.children):
        return noun
    return noun if _lemma(noun) in COUNTRY_NOUNS else None


def _counted_states(num: NumberPhrase, noun: Token | None) -> Token | None:
    """The word of the states a count of states is told by, where the count is a figure of its own: the part
    and the whole of a partitive ("98 of the treaty's 116 states parties"), the states a group speaks for ("on
    behalf of 43 states"), states that do something ("41 states reported", "44 states that fielded drones"),
    and a table's line ("Turkey: 34 states"). A determiner, a possessor or "other" makes them parties told
    before or left unnamed ("the three states quit", "two other countries"), and a pair is no count; None
    otherwise."""
    if noun is None:  # "98 of the 116 states parties": the part, its noun left to the whole
        whole = next((o for c in num.head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), None)
        word = _state_word(whole) if whole is not None and whole.i >= num.end else None
        counted = word is not None and any(t.dep_ == "nummod" and t.like_num for t in word.subtree)
        return word if counted and num.value >= 2 and num.head.dep_ in ("pobj", "dobj") + SUBJECT_DEPS else None
    word = _state_word(noun)
    if word is None:
        return None
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.like_num \
            and (word.head.head.i < num.start or word.head.head == num.head) and num.value >= 2:
        return word  # "98 of the treaty's 116 states parties": the whole the part is of, or the part
    if num.value < 3 or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.lower_ == "other"
                            for c in word.children):
        return None
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ == "behalf":
        return word  # "a statement on behalf of 43 states"
    if word.dep_ == "nsubj" and word.head.pos_ == "VERB" or any(
            c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)
            for c in word.children):
        return word  # "41 states reported", "44 states that fielded armed drones"
    return word if word.i == num.end and _table_line(num, word) else None


def _table_line(num: NumberPhrase, noun: Token) -> bool:
    """Whether a number and its noun stand right after a short label that opens its line and a colon, with no
    verb after them on the line ("• Turkey: 34 states / 48%"): a table's or a fact box's row, not a sentence
    after a label ("Note: 12 states are shown ...")."""
    doc = num.head.doc
    if num.start < 2 or doc[num.start - 1].text != ":":
        return False
    for tok in doc[noun.i + 1:]:
        if "\n" in tok.text:
            break
        if tok.pos_ in ("VERB", "AUX"):
            return False
    text = doc.text
    colon = doc[num.start - 1].idx
    label = text[text.rfind("\n", 0, colon) + 1:colon].strip().lstrip("•*-–—").strip()
    return bool(label) and label[0].isupper() and len(label.split()) <= 4


def _attending_body(noun: Token) -> bool:
    """Whether a noun (or the first of the nouns it is coordinated with) is an audience body or audience that
    attends an event or that an event takes in ("attended by delegations and observers from N countries", "the
    forum drew delegations from N countries"): the countries they come from are the event's."""
    lex = lexicon()
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    bodies = [t for t in {noun, first} if lex.has("audience_body", _lemma(t)) or lex.has("audience", _lemma(t))]
    return bool(bodies) and _attends(first, hosted=True)


def _gathered(noun: Token) -> bool:
    """Whether a noun counts troops or delegations gathered from many states, told without a number of their own
    ("with soldiers from 24 countries", "foreign delegations from 32 countries"): the states that sent them are a
    count of participants. Delegations count so only as present at the event ("were in the stands"); those a
    minister met or that visited a show are no gathering the text counts. A determiner or possessor ties them to
    parties told before ("the troops from both countries", "its soldiers from two countries"), so no count."""
    lex = lexicon()
    present = noun.dep_ in SUBJECT_DEPS and noun.head.lemma_ == "be"
    if not (lex.has("personnel", _lemma(noun)) or lex.has("audience_body", _lemma(noun)) and present):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _taking_part_alongside(first: Token, noun: Token) -> bool:
    """ "took part in the drills alongside 30 partner nations": the nations (``noun``, the last of the coordinated
    nouns that start at ``first``) are with the subject in a frame verb ("take part", "participate")."""
    prep = first.head if first.dep_ == "pobj" and first.head.lower_ in ("alongside", "with") else next(
        (c for c in first.children if c.dep_ == "prep" and c.lower_ in ("alongside", "with") and c.i < noun.i
         and first is not noun), None)  # the parser may hang "alongside X and N nations" on the noun before
    if prep is None:
        return False
    verb = prep.head
    for _ in range(3):  # "took part in the exercise alongside N nations": up to the verb of the phrase
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and _frames(verb)


def _permits_to(noun: Token) -> Token | None:
    """The verb of an export authority's decision on permits for "N countries" ("issued 900 permits to 40
    countries", "refused permits to three countries"): the countries the permits were for; None otherwise."""
    lex = lexicon()
    if _lemma(noun) not in ("country", "nation") or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    gov = noun.head.head
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj":  # "refused permits for sales to three countries"
        gov = gov.head.head
    if gov.pos_ == "NOUN" and lex.has("permit_noun", _lemma(gov)) and gov.dep_ == "dobj":
        gov = gov.head
    permits = any(c.dep_ == "dobj" and lex.has("permit_noun", _lemma(c)) for c in gov.children)
    return gov if gov.pos_ == "VERB" and lex.has("permit_verb", _lemma(gov)) and permits else None


def _frames(word: Token) -> bool:
    """Whether a word is a country frame (figure_cues.tsv), alone or with its object ("take part")."""
    part = next((g.lower_ for g in word.children if g.dep_ == "dobj"), "")
    return lexicon().has("country_frame", _lemma(word)) or lexicon().has("country_frame", f"{_lemma(word)} {part}")


def _sanctioned(noun: Token, sent: Span) -> str | None:
    """The unit of the targets a sentence about sanctions counts ("120 entities", "nine individuals and
    entities", "six people"): the body noun as written, joined by a numberless one coordinated with it;
    "people" for persons counted alone. None when the sentence is not about sanctions or counts no target."""
    lex = lexicon()
    lemma = _lemma(noun)
    if not (lex.has("sanction_noun", lemma) or lex.has("people", lemma)):
        return None
    cues = [t for t in sent if lex.has("sanction_context", _lemma(t)) and not _broken_sanction(t)]
    if not lex.has("sanction_noun", lemma):
        # people are targets only in the clause of the sanction ("imposed restrictive measures on 14
        # individuals", "added five people to its list of those sanctioned"), not anywhere in its sentence ("a
        # restrictive policy, and 300 students applied")
        clause = _clause_verb(noun)
        cues = [t for t in cues if clause.left_edge.i <= t.i <= clause.right_edge.i and t in clause.subtree]
        if noun.dep_ == "nsubj" and noun.head == clause and _lemma(clause) != "be" \
                and not any(t == clause or t.head == clause or t.head.head == clause for t in cues):
            # people who act ("13 members vote in favour") are no targets of sanctions a deeper clause names;
            # they are when their own verb takes the sanction ("six officials face sanctions")
            return None
    if not cues:
        return None
    joined = [c for c in noun.children if c.dep_ == "conj" and lex.has("sanction_noun", _lemma(c))
              and not any(g.dep_ == "nummod" for g in c.children)]
    if joined:
        return " and ".join(n.lower_ for n in [noun, *joined])
    return noun.lower_ if lex.has("sanction_noun", lemma) else "people"


def _broken_sanction(cue: Token) -> bool:
    """A sanction told as broken, not imposed: the object of a verb of breaking ("charged with breaching EU
    sanctions", "sanctions were evaded") or the "of" phrase of its noun ("violations of UN sanctions"), or its
    modifier ("sanctions violations")."""
    lex = lexicon()
    head = cue.head
    if cue.dep_ in ("dobj", "nsubjpass") and lex.has("sanction_breach", _lemma(head)):
        return True
    if cue.dep_ == "pobj" and head.lower_ == "of" and lex.has("sanction_breach", _lemma(head.head)):
        return True
    return cue.dep_ in ("compound", "amod") and lex.has("sanction_breach", _lemma(head))


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above a token (itself if it is one), else its sentence's root."""
    up = tok
    for _ in range(12):
        if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
            return up
        up = up.head
    return up


def _port_calls(noun: Token, end: int) -> bool:
    """ "41 foreign vessels called at X in 2024", "ships have visited the port since 2003": ships counted as calling
    at a port within a time frame (a date or "since" on the verb), a tally of visits, not a group of ships."""
    lex = lexicon()
    if noun.i < end or not lex.has("sighting_noun", _lemma(noun)) \
            or _lemma(noun) in ("aircraft", "plane", "balloon", "flight"):
        return False
    # the ships as the verb's subject, or the verb as a participle on them ("41 vessels called at X in 2024"), or
    # the visits as the object of a light verb ("20 vessels have made visits")
    verbs = [noun.head] if noun.dep_ == "nsubj" else [c for c in noun.children if c.dep_ == "acl"]
    verb = next((v for v in verbs if lex.has("port_call_verb", _lemma(v)) or _lemma(v) in ("make", "pay") and any(
        c.dep_ == "dobj" and lex.has("port_call_verb", _lemma(c)) for c in v.children)), None)
    if verb is None:
        return False
    # a time frame: a date after "in" or "during", or any "since" ("since 2003", "since then")
    frames = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "since", "during")]
    return any(p.lower_ == "since" or any(t.ent_type_ == "DATE" for t in p.subtree) for p in frames)


def _places_for_people(noun: Token) -> str | None:
    """ "40 places a year for officers", "slots for cadets": places set aside for people (the "for" phrase on the
    noun, or on the verb the noun is the object of) count people; what they are, else None."""
    lex = lexicon()
    label = lex.get("place_noun", _lemma(noun))
    if label is None:
        return None
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if lex.has("people", _lemma(obj)) or lex.has("personnel", _lemma(obj)):
                return f"{label} for {obj.lower_}"
    return None


def _members(noun: Token) -> bool:
    """ "which now has 24 members", "its 27 member states": the size of a body (not "two members of
    the crew", nor members who were harmed)."""
    lemma = _lemma(noun)
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    if lemma == "member":
        if compounds:
            return False
    elif not (lemma == "state" and [_lemma(c) for c in compounds] == ["member"]):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and _harm_near(noun) is None


def _force_members(noun: Token) -> str | None:
    """ "32 members of the armed forces", "200 members of the Kenya Navy": personnel counted as members of an armed
    force (its name or an armed-force noun in the "of" phrase); the force's head word as written, else None."""
    if _lemma(noun) != "member":
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for force in (g for g in prep.children if g.dep_ == "pobj"):
            # (a capitalised name's last word keeps its plural as its lemma: "Armed Forces")
            if any(lexicon().has("armed_force", w) for w in (_lemma(force), force.lower_.removesuffix("s"))) \
                    or force.ent_type_ == "MILITARY":
                return force.lower_
    return None


def _unanimous(member: Token) -> bool:
    """ "the 15-member council unanimously extended ...": a body of that many members that decided as one (so,
    in a vote, every member voted for it)."""
    body = member.head if member.dep_ == "compound" else member
    verb = body.head if body.dep_ in SUBJECT_DEPS else None
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "unanimously" for c in verb.children)


def _strike_count(noun: Token, end: int, kind: str = "strike") -> tuple[str, str] | None:
    """(unit, verb) for weapons counted as launched or intercepted ("launched 90 drones and missiles", "shot
    down 40 drones"): the unit is the counted noun as written, with the nouns coordinated with it.
    kind "sighting": craft counted as detected near a country ("19 aircraft were detected"); kind "permit":
    requests counted as decided ("refused four applications")."""
    lex = lexicon()
    if not lex.has(f"{kind}_noun", _lemma(noun)) or noun.i < end:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:  # "100 drones and seven missiles"
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and _lemma(first.head.head) in ("total", "number"):
        first = first.head.head  # "a total of 90 drones were shot down": the total stands in the clause
    if first.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = first.head
    if not (lex.has(f"{kind}_verb", _lemma(verb)) or any(
            c.dep_ in ("prt", "advmod") and lex.has(f"{kind}_verb", c.lower_) for c in verb.children)):
        return None
    # (a coordinated noun with a number of its own anywhere before it, "and 6 sea voyages", is a count apart)
    nouns = [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                      and not any(g.like_num and g.i < c.i for g in c.subtree)]
    return " and ".join(n.lower_ for n in nouns), verb.lower_


def _production_count(noun: Token, end: int, ctx: DocContext) -> str | None:
    """The unit of weapons counted as an industry's output ("produced 450 shells last year", "90 howitzers were
    manufactured"): the weapon noun as written, the object or passive subject of a production verb."""
    verb = noun.head
    if noun.i < end or noun.dep_ not in ("dobj", "nsubjpass") or not lexicon().has("production_verb", _lemma(verb)):
        return None
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        # output stated, not planned ("will produce 30 missiles"); but a planned rate is a plant's capacity, whatever
        # it makes ("will produce 100 vehicles a year"), though people are no output
        rated = (_at_a_rate(verb) or _at_a_rate(noun)) and not _under_a_condition(verb)
        lex = lexicon()
        return noun.lower_ if rated and not (lex.has("people", _lemma(noun)) or lex.has("personnel", _lemma(noun))) \
            else None
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    weapon = ctx.gaz.category_of(noun.lower_) or any(ctx.gaz.category_of(f"{m.lower_} {noun.lower_}") for m in mods) \
        or lexicon().has("strike_noun", _lemma(noun)) or _is_weapon_noun(noun, ctx)
    return noun.lower_ if weapon else None


#: Words of a time unit a rate is given per ("100 vehicles a year", "30 shells per day").
RATE_UNITS = word_set("figure_words.tsv", "rate_unit")
#: Adverbs of a rate ("produces 40 engines annually").
RATE_ADVERBS = word_set("figure_words.tsv", "rate_adverb")


def _under_a_condition(verb: Token) -> bool:
    """Whether a verb's clause holds only under a condition told beside it ("could make 300 drones a week if it had
    the engines"): what it would do, not a capacity stated."""
    return any(c.dep_ == "advcl" and conditional(c) for c in verb.children)


def _at_a_rate(verb: Token) -> bool:
    """Whether a verb's output is told per unit of time: "a year", "each month", "per day", "annually"."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and _lemma(c) in RATE_UNITS and any(d.dep_ == "det" for d in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "per" and any(_lemma(o) in RATE_UNITS for o in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in RATE_ADVERBS:
            return True
    return False


def _seized_count(noun: Token, end: int) -> tuple[str, str] | None:
    """(unit, verb) for things counted as seized by an authority ("31 fishing boats were detained", "impounded 12
    trucks"): the object or passive subject of a seizing verb, the unit the counted noun as written; people
    seized are counted by their own cues."""
    lex = lexicon()
    if noun.i < end or noun.pos_ != "NOUN" or lex.has("people", _lemma(noun)) or lex.has("personnel", _lemma(noun)) \
            or lex.has("group_member", _lemma(noun)) or lex.has("sanction_noun", _lemma(noun)):
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("dobj", "nsubjpass") or not lex.has("seize_verb", _lemma(first.head)):
        return None
    return noun.lower_, first.head.lower_


def _displayed_count(noun: Token, end: int, ctx: DocContext) -> str | None:
    """The unit of craft counted as taking part in a display or an exercise ("more than 30 warships and 15 aircraft
    sailed past", "12 frigates joined the drill", "troops will parade with 900 vehicles"): the subject of a verb of
    taking part whose object or phrase is a display or exercise, or whose clause is on one; or the "with" phrase of
    a verb that tells a display by itself. The unit is the craft's fleet unit ("warships": ships); "joined the
    fleet" is a delivery, not a display, and people are counted by their own cues."""
    lex = lexicon()
    if noun.i < end or noun.pos_ != "NOUN":
        return None
    unit = lex.get("display_noun", _lemma(noun)) or lex.get("fleet_unit", _lemma(noun))
    if unit is None:
        category = ctx.gaz.category_of(noun.lower_) or next(
            (c for m in noun.lefts if m.dep_ == "compound" for c in [ctx.gaz.category_of(f"{m.lower_} {noun.lower_}")]
             if c), None)
        unit = lex.get("fleet_unit", category) if category else None
    if unit is None:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:  # "40 warships and 20 aircraft"
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "with":
        verb = first.head.head  # "will march, with 900 vehicles"
        return unit if verb.pos_ == "VERB" and lex.get("display_verb", _lemma(verb)) == "self" else None
    verb = first.head
    if first.dep_ != "nsubj" or verb.pos_ != "VERB" or not lex.has("display_verb", _lemma(verb)):
        return None
    if lex.get("display_verb", _lemma(verb)) == "self":
        return unit
    # the display the craft take part in: the verb's object or a noun of its phrases ("joined the drills", "took
    # part in the parade", "sailed past in the review")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for h in [verb, *objects] for p in h.children if p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj"]
    if any(lex.has("display_event", _lemma(o)) for o in objects):
        return unit
    # "a fleet review in the bay, where 40 warships passed": a clause on the display's phrase
    if verb.dep_ in ("relcl", "advcl"):
        holder = verb.head
        for _ in range(3):
            if lex.has("display_event", _lemma(holder)):
                return unit
            if holder.dep_ != "pobj":
                break
            holder = holder.head.head
    return None


def _capacity_count(noun: Token, end: int, ctx: DocContext) -> str | None:
    """The unit of what a plant can make ("an annual capacity of 100 vehicles", "an output of 25 engines a
    month"): things counted in the "of" phrase of a capacity noun, the unit the noun as written; a vehicle's
    capacity ("the ship has a capacity of 200 passengers") is a specification, and people are no output."""
    lex = lexicon()
    if noun.i < end or noun.dep_ != "pobj" or noun.head.lower_ != "of" or lex.has("people", _lemma(noun)) \
            or lex.has("personnel", _lemma(noun)):
        return None
    holder = noun.head.head
    if not lex.has("capacity_noun", _lemma(holder)):
        return None
    verb = holder.head
    owner = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if holder.dep_ == "dobj" else None
    if owner is not None and (_is_weapon_noun(owner, ctx) or ctx.gaz.category_of(owner.lower_)
                              or ctx.gaz.category_of(_lemma(owner))):
        return None
    return noun.lower_


def _strike_share(num: NumberPhrase) -> tuple[str, str] | None:
    """ "81 of the drones had been shot down": part of the weapons launched, counted by the verb."""
    head = num.head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or head.dep_ not in ("dobj", "nsubjpass") or not lexicon().has("strike_noun", _lemma(noun)):
        return None
    verb = head.head
    lex = lexicon()
    if lex.has("strike_verb", _lemma(verb)) or any(
            c.dep_ in ("prt", "advmod") and lex.has("strike_verb", c.lower_) for c in verb.children):
        return noun.lower_, verb.lower_
    return None


def _fleet_size(num: NumberPhrase, ctx: DocContext) -> str | None:
    """The unit of a fleet's stated size ("the fighter fleet will number 14", "bringing its fleet of the
    type to 16"), by the weapon category of the fleet's systems; None when it is no fleet's size."""
    lex = lexicon()
    head = num.head
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else \
        head.head if head.dep_ in ("dobj", "attr", "npadvmod", "nummod") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    fleet = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS + ("dobj",) and c.i < head.i
                  and lex.has("fleet_noun", _lemma(c))), None)
    if fleet is None:
        return None
    categories = set()
    for tok in fleet.subtree:  # "fighter jet fleet", "fleet of Rafales"
        if tok.ent_type_ == "WEAPON_SYSTEM":
            system = ctx.gaz.weapon(tok.ent_id_ or tok.text)
            categories.add(system.category if system else None)
        elif tok.dep_ == "compound" and tok.head.i == fleet.i:
            categories.add(ctx.gaz.category_of(" ".join(t.lower_ for t in _words_before(tok, fleet))))
    if not categories - {None}:  # "its fleet of the type": the systems the sentence names
        categories = {ctx.gaz.weapon(t.ent_id_ or t.text).category for t in head.sent
                      if t.ent_type_ == "WEAPON_SYSTEM" and ctx.gaz.weapon(t.ent_id_ or t.text)}
    categories.discard(None)
    if len(categories) != 1:
        return None
    return lex.get("fleet_unit", categories.pop())


def _operated_fleet(noun: Token, end: int, ctx: DocContext) -> str | None:
    """The unit of the weapons an armed force says it operates now ("the navy, which operates six frigates",
    "the air force flies 14 jets"): by the weapon's own fleet unit, else its category's; a noun coordinated
    after the first ("and two older boats") is counted in the first one's unit."""
    lex = lexicon()
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head
    if noun.i < end or first.dep_ != "dobj" or not lex.has("operate_verb", _lemma(verb)) \
            or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return None
    subject = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "MILITARY" or lex.has("armed_force", _lemma(subject))):
        return None
    if _acquired_lot(first):
        return None
    unit = lex.get("fleet_unit", _lemma(first))
    if unit is None:
        category = ctx.gaz.category_of(first.lower_) or next(
            (c for m in first.lefts if m.dep_ == "compound" for c in [ctx.gaz.category_of(f"{m.lower_} {first.lower_}")]
             if c), None)
        unit = lex.get("fleet_unit", category) if category else None
    return unit


def _acquired_lot(noun: Token) -> bool:
    """Whether weapons counted as operated are told with how they came ("three drones that were bought from X",
    "four patrol vessels built by Y", "helicopters, which arrived from X", "six Russian-built submarines"): a
    clause on the noun whose verb buys, builds or hands over, or that names the country they came from, or the
    maker's country on a participle of making, so the count is that transfer's quantity, not a fleet figure."""
    lex = lexicon()
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    # "operates three frigates, bought second-hand in 2008": the parser may make the participle set off after the
    # noun a conjunct of the verb that counts it (tagged a participle or a past tense, with no subject of its own
    # nor an object with a number or determiner: "bought second-hand", not "bought two corvettes")
    verb = noun.head
    clauses += [c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") and c.i == noun.i + 2
                and noun.doc[noun.i + 1].text == ","
                and not any(s.dep_ in SUBJECT_DEPS or s.dep_ in ("dobj", "obj") and any(
                    d.dep_ in ("det", "nummod", "poss") for d in s.children) for s in c.children)]
    for c in clauses:
        if any(lex.has(kind, _lemma(c)) for kind in ("export_verb", "not_people_verb", "handover_verb",
                                                     "production_verb")) and _lemma(c) not in (
                "carry", "transport", "accommodate", "seat", "staff", "crew", "man", "sign"):
            return True
        # "helicopters, which arrived from the United States": where they came from is the transfer's supplier
        if c.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ == "from" and any(
                o.dep_ == "pobj" and o.ent_type_ == "COUNTRY" for o in p.children) for p in c.children):
            return True
    # "six Russian-built submarines", "four German-made frigates": the maker's country on a participle of making
    # (or of another source: "six US-supplied jets")
    return any(c.dep_ == "amod" and c.tag_ == "VBN"
               and (c.lower_ in MAKING_PARTICIPLES or lex.has("source_participle", _lemma(c)))
               and any(m.ent_type_ in ("COUNTRY", "NORP", "GPE") and m.i < c.i for m in c.children)
               for c in noun.children)


def _remaining_fleet(num: NumberPhrase, noun: Token, ctx: DocContext) -> str | None:
    """The unit of an owner's remaining fleet ("the air force's remaining 11 Rooivalks"): a weapon counted
    after a "remaining" modifier, owned by a possessive; None otherwise."""
    lex = lexicon()
    if not any(c.dep_ == "amod" and c.i < num.start and lex.has("remaining", c.lower_) for c in noun.children) \
            or not any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = _lemma(noun.head)
    if any(lex.has(kind, verb) for kind in ("export_verb", "not_people_verb", "handover_verb")):
        return None  # "its remaining 20 tanks will be donated": a lot handed over, a transfer's quantity
    system = ctx.gaz.weapon(noun.ent_id_ or noun.text) if noun.ent_type_ == "WEAPON_SYSTEM" else None
    category = system.category if system else ctx.gaz.category_of(noun.lower_)
    return lex.get("fleet_unit", category) if category else None


def _fleet_in_service(num: NumberPhrase, noun: Token | None, ctx: DocContext) -> str | None:
    """The unit of weapons told as still in service now ("only 14 Mirage jets remain in service", "the T-72s, of
    which about 120 remain in service"): the subject of a present-tense verb of remaining (_remaining) with an "in
    service" phrase, counted by its weapon's category; a bare number in an "of which" clause counts the one
    weapon category its sentence names (the parser may hang the clause on another noun)."""
    lex = lexicon()
    subject = noun if noun is not None else num.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VBZ") \
            or not lex.has("remaining", _lemma(verb)) or negated(verb) \
            or not any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ == "service"
                                                                   for o in c.children) for c in verb.children):
        return None
    if noun is not None:
        system = ctx.gaz.weapon(noun.ent_id_ or noun.text) if noun.ent_type_ == "WEAPON_SYSTEM" else None
        category = system.category if system else ctx.gaz.category_of(noun.lower_) or ctx.gaz.category_of(_lemma(noun))
        if category is None:
            category = next((ctx.gaz.weapon(t.ent_id_ or t.text).category for t in noun.lefts
                             if t.ent_type_ == "WEAPON_SYSTEM" and ctx.gaz.weapon(t.ent_id_ or t.text)), None)
        return lex.get("fleet_unit", category) if category else None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "which" for o in c.children)
               for c in verb.children):
        return None
    categories = {ctx.gaz.weapon(t.ent_id_ or t.text).category for t in verb.sent
                  if t.ent_type_ == "WEAPON_SYSTEM" and ctx.gaz.weapon(t.ent_id_ or t.text)}
    categories.discard(None)
    return lex.get("fleet_unit", categories.pop()) if len(categories) == 1 else None


def _words_before(first: Token, last: Token) -> Span:
    """The tokens from ``first`` up to ``last`` (a compound's words before its head, head excluded)."""
    return first.doc[first.i:last.i]


def _is_specification(noun: Token, unit: str, owner: Token | None, attribute: Token | None,
                      ctx: DocContext) -> bool:
    """A technical specification, which is no figure: a speed ("26 knots"), a measured attribute of a
    machine ("a range of 70 km", "a displacement of 2,500 tonnes") or a measure on a weapon ("a 5,000-tonne
    frigate"); a plant's capacity is a figure."""
    lex = lexicon()
    if lex.has("spec_unit", unit.lower()):
        return True
    if attribute is not None and lex.has("spec_attribute", _lemma(attribute)):
        return True
    if _lemma(noun) in ACT_UNITS:
        return False  # "the helicopters flew 38 sorties": acts counted, which no machine has as a measure
    if (noun.head.pos_ in ("VERB", "AUX") or noun.dep_ == "dobj") and lex.has("spec_attribute", _lemma(noun.head)):
        # "the frigate displaces 4,000 tonnes", "it weighs 62 tons": a verb of measure (the object's head is
        # its verb even when the tagger took it for a noun)
        return True
    if lex.has("reach_unit", unit.lower()) and (_capability_of(noun) or _locates(noun)):
        return True
    if owner is None and attribute is not None:
        # "the frigate is 80 metres long, with a capacity of 900 tons": the clause's subject owns it
        verb = attribute
        while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        owner = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return owner is not None and (_is_weapon_noun(owner, ctx) or bool(ctx.gaz.category_of(owner.lower_))
                                  or bool(ctx.gaz.category_of(_lemma(owner))))


def _measure_verb(noun: Token) -> Token:
    """The word a measure's noun hangs on: its head, or the verb past an adverb head ("which can strike
    targets 120 km away": the measure hangs on the adverb)."""
    head = noun.head
    return head.head if head.pos_ == "ADV" and head.head.pos_ == "VERB" else head


def _capability_of(noun: Token) -> bool:
    """A measure of what something can do ("which can strike targets 120 km away", "it could fly 900 km"):
    the verb it hangs on (through an adverb) has the modal "can" or "could"; read for distances only."""
    verb = _measure_verb(noun)
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)


#: Words of direction that make a distance a place's position ("60 km west of the capital").
DIRECTIONS = word_set("figure_words.tsv", "direction")


def _locates(noun: Token) -> bool:
    """A distance that places something ("a base some 60 km west of the capital", "a port 30 km from the
    border", "an island 12 miles offshore"): the measure hangs on a word of direction."""
    return noun.head.lower_ in DIRECTIONS or any(c.lower_ in DIRECTIONS and c.dep_ in ("advmod", "prep")
                                                 for c in noun.children)


def _is_time_frame(noun: Token) -> bool:
    """ "over the past ten years": the frame of a statement, not a measure."""
    nouns = [noun, noun.head] if noun.dep_ in ("compound", "nmod", "amod") else [noun]  # "the previous ten-year period"
    return any(c.dep_ == "amod" and c.lower_ in TIME_FRAME_WORDS for n in nouns for c in n.children)


def _is_load_or_product(noun: Token) -> bool:
    """People (or "fighters") a vehicle carries or a crew that staffs it ("designed to carry 14
    troops", "crewed by 90 personnel"), or fighters that are built ("the last 20 fighters will be
    assembled"): a specification or a machine, not a count of people."""
    if any(_object_clause_of(c) for c in noun.children if c.dep_ in ("relcl", "acl")):
        return True  # "the 48 fighters the air force agreed to buy": what a relative clause buys or builds
    if noun.dep_ == "nsubj" and any(x.dep_ == "xcomp" and lexicon().has("not_people_verb", _lemma(x))
                                    and not any(o.dep_ in ("dobj", "obj") for o in x.children)
                                    for x in noun.head.children):
        # the same clause misparsed with the noun as the subject of the clause's verb ("the 48 X fighters Jakarta
        # agreed to buy", the state read as an apposition): an infinitive of buying with no object of its own
        # buys the noun
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj":  # "up to 14 personnel"
            verb = verb.head.head
        elif verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubj", "nsubjpass"):
            verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and lexicon().has("not_people_verb", _lemma(verb))


def _fact_box_count(num: NumberPhrase) -> tuple[str, str] | None:
    """(unit, what) of a number alone after a fact box's label on a line of its own ("• Personnel: about 17,400",
    "Combat aircraft: 44"): personnel counted are people, a weapon category counted is a fleet (fleet_unit)."""
    doc = num.head.doc
    if num.start < 2 or doc[num.start - 1].text != ":" or doc[num.start - 2].pos_ != "NOUN":
        return None
    label = doc[num.start - 2]  # (read by position: the parser may hang the number on a bracketed source after it)
    if num.end < len(doc) and not (doc[num.end].is_space or "\n" in doc[num.end].text or doc[num.end].text == "("):
        return None  # the label's value is the number alone, perhaps with its source in brackets
    i = label.i - 1
    while i >= 0 and doc[i].head == label and doc[i].dep_ in ("compound", "amod"):
        i -= 1
    if i >= 0 and not ("\n" in doc[i].text or not (doc[i].is_alpha or doc[i].like_num) and (i == 0 or "\n" in doc[i - 1].text)):
        return None  # the label opens its line, or a bullet does
    lex, lemma = lexicon(), _lemma(label)
    what = doc[i + 1:label.i + 1].text.lower()
    if lex.has("personnel", lemma):
        return "people", what
    if lex.has("fleet_unit", lemma):
        return lex.get("fleet_unit", lemma), what
    return None


def _reached_by_output(verb: Token) -> bool:
    """ "output reached 2,700 a month": what a plant's output or capacity reaches is things made, not people."""
    return any(c.dep_ in SUBJECT_DEPS and lexicon().has("capacity_noun", _lemma(c)) for c in verb.children)


def _bought_by_noun(noun: Token) -> bool:
    """ "a tender for 24 fighters", "an order for 12 fighters": what a purchase is for are machines."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    # (the parser may hang the "for" phrase on the verb of the purchase noun: "opened a tender for 24 fighters")
    owners = [prep.head] + [o for o in prep.head.children if o.dep_ in ("dobj", "obj") and o.i < prep.i]
    return any(o.pos_ == "NOUN" and lexicon().has("purchase_noun", _lemma(o)) for o in owners)


def _object_clause_of(clause: Token) -> bool:
    """Whether a relative clause on a noun has a subject of its own (the noun is its object, not its subject) and its
    verb, or the infinitive it governs, is a not_people_verb ("the 48 fighters Jakarta agreed to buy", "the fighters
    the plant will assemble"); "troops who man the post" is said of the people themselves."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.lower_ in ("that", "which", "who"):
        return False
    verbs = [clause] + [x for x in clause.children if x.dep_ == "xcomp"]
    return any(lexicon().has("not_people_verb", _lemma(v)) for v in verbs)


@extractor("figures", assigns="figures", requires=("entities", "people"))
def extract_figures(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> list[Figure]:
    """Every figure stated in the document, once per (value, unit, description)."""
    ctx = DocContext.of(doc, analysis, gaz)
    out: list[Figure] = []
    seen: set[tuple[float, str, str]] = set()

    def add(num: NumberPhrase, end: int, unit: str, what: str, sent: Span, tally: bool) -> None:
        what = f"{what} ({num.qualifier})" if num.qualifier else what
        key = (round(num.value, 6), unit, what)
        if key in seen:
            return  # a figure repeated (a lead sentence printed twice, a recap) is one figure
        seen.add(key)
        source, verb = _source(num, sent, ctx)
        out.append(Figure(
            what=what, value=num.value, unit=unit,
            evidence=Evidence(ctx.doc_id, doc[num.start].idx, doc[end - 1].idx + len(doc[end - 1].text), sent.text,
                              sent.start_char, sent.end_char),
            period=_period(num, sent), as_of=_as_of(num, sent, ctx, verb, tally),
            subject=_topic(num, tally, unit == "votes", _unit_noun(num, unit)), source=source))

    sents = list(doc.sents)
    about_votes = _vote_sentences(doc, ctx.text, sents)
    for si, sent in enumerate(sents):
        if _superseded(ctx.text[sent.start_char:sent.end_char]):
            continue  # "An earlier version of this story gave the budget as 424 billion": a number withdrawn
        numbers = _elided_currencies(number_phrases(sent, ctx))
        notes = [m.span() for m in EXCHANGE_NOTE.finditer(ctx.text, sent.start_char, sent.end_char)]
        if notes:  # "($1 = 9.41 Swedish crowns)": the wire's exchange-rate note states no figure of the story
            numbers = [n for n in numbers if not any(a <= doc[n.start].idx < b for a, b in notes)]
        vote_sentence = about_votes[si] or si > 0 and about_votes[si - 1]
        count: tuple[str, str, bool] | None = None  # the sentence's last count so far (unit, what, tally)
        for num in numbers:
            found = _classify(num, sent, numbers, vote_sentence, ctx)
            if found is None and count is not None and _compared(num):
                found = (count[0], count[1], num.end, count[2])  # "1,200 permits in 2020, against 900 in 2018"
            if found:
                unit, what, end, tally = found
                add(num, end, unit, what, sent, tally)
                if not num.currency and not num.percent and unit != "votes":
                    count = (unit, what, tally)
        for tok, noun in _ordinal_counts(sent, ctx):
            value = float(re.match(r"\d+", tok.text).group())
            unit = lexicon().get("ordinal_count", _lemma(noun)) or f"{noun.lower_}s"
            add(NumberPhrase(tok.i, tok.i + 1, tok, value), tok.i + 1, unit, f"{unit} (this is the {tok.text})", sent,
                False)
        if vote_sentence:
            for tok, side in _sole_voters(sent):
                start = next((c.i for c in tok.children if c.dep_ == "amod"), tok.i)
                add(NumberPhrase(start, tok.i + 1, tok, 1.0), tok.i + 1, "votes", SIDE_LABELS[side], sent, False)
            for tok, side in _zero_tallies(sent):
                add(NumberPhrase(tok.i, tok.i + 1, tok, 0.0), tok.i + 2, "votes", SIDE_LABELS[side], sent, False)
    return _without_headline_echoes(out, ctx)


def _compared(num: NumberPhrase) -> bool:
    """A bare number a count is set against ("against 900 in 2018", "compared with 30") or changes to ("from
    4,000 troops to 7,000"): the same measure, its noun left out."""
    tok = num.head
    span = _span_after(num)
    if span is not None:
        tok = span  # "against 81 four years earlier": the count before the span that dates it
    elif _counted_noun(num) is not None or tok.dep_ != "pobj":
        return False
    prep = tok.head
    # "grow from 4,000 personnel to 7,000": the end of a change from a count, its noun left out
    start = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < prep.i), None) \
        if prep.lower_ == "to" else None
    if start is not None and any(o.dep_ == "pobj" and any(g.dep_ == "nummod" for g in o.children)
                                 for o in start.children):
        return True
    if prep.lower_ == "from" and prep.head.lower_ in ("up", "down"):
        return True  # "31 boats were detained last year, up from 22 in 2024"
    return prep.lower_ in ("against", "versus", "vs", "vs.") \
        or prep.lower_ in ("with", "to") and _lemma(prep.head) == "compare"


def _span_after(num: NumberPhrase) -> Token | None:
    """For a bare count followed by the span of time that dates it ("against 81 four years earlier", "up from 22
    two years ago"), parsed as the span's number, the word of that span the preposition governs; else None."""
    doc = num.head.doc
    noun = num.head.head
    if noun.like_num and noun.i == num.end:
        noun = noun.head  # "81 four years": the parser hung the count on the span's number
    if num.head.dep_ not in ("nummod", "compound") or num.end >= len(doc) or not doc[num.end].like_num \
            or not lexicon().has("calendar", noun.lower_) or noun.i <= num.end:
        return None
    adverb = noun.head
    if adverb.pos_ not in ("ADV", "ADJ") or adverb.dep_ not in ("pcomp", "pobj"):
        return None
    return adverb


def _without_headline_echoes(figures: list[Figure], ctx: DocContext) -> list[Figure]:
    """The figures less those of the headline that the story states again ("over 2%" in the headline, "above
    two per cent" below): one figure, told in full where the story gives it."""
    title = ctx.analysis.article.title
    headline = [is_headline(ctx.flat_text, f.evidence.start, title) or _subhead(ctx.flat_text, f.evidence.start)
                for f in figures]  # once per figure
    body = {(round(f.value, 6), f.unit) for f, top in zip(figures, headline) if not top}
    return [f for f, top in zip(figures, headline)
            if not (top and any(unit == f.unit and _rounds_to(value, f.value) for value, unit in body))]


def _subhead(text: str, i: int) -> bool:
    """Whether offset ``i`` is in a subhead: a short line of its own with no closing punctuation ("18:00 - Death
    toll rises to 56 as floods spread" over a bulletin's item, "Budget up 9%" over a section)."""
    start, end = line_bounds(text, i)
    line = text[start:end].strip()
    return bool(line) and not line.endswith(HEADING_END + (",", ";", ":")) and len(WORD_RE.findall(line)) <= 20


def _rounds_to(exact: float, shown: float) -> bool:
    """Whether a value rounded to the significant digits another shows is that value ("$4.3 billion" in the
    story, "$4 billion" in the headline)."""
    if exact == shown:
        return True
    if shown <= 0 or exact <= 0:
        return False
    digits = len(f"{shown:.6g}".replace(".", "").lstrip("0").rstrip("0").split("e")[0])
    # (a count is exact: "12 soldiers" in the headline and "14" below are two figures)
    return float(f"{exact:.{max(digits, 1)}g}") == shown and shown >= 1000
