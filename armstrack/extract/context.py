"""What every extractor needs to know about one document: who and where each token refers to.

Resolving a noun phrase to a country is shared by transfers, meetings and events: a country or its
demonym, a capital used as a metonym ("Moscow"), a military or state body ("Tatmadaw"), a person
whose affiliation the document states ("Mr. Shoigu" -> Russia), or "the two" after "Russia and China".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from armstrack import wordlists
from armstrack.extract.dates import resolve_date
from armstrack.extract.quotations import QuoteSpan, find_all_quote_spans, unwrap
from armstrack.nlp.entities import _doc_text, evidence
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis, Evidence

DATA_DIR = Path(__file__).resolve().parent / "data"
T = TypeVar("T")

#: Clauses inside a noun phrase that do not name what the phrase refers to.
CLAUSAL_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "punct"}
#: Where a document's context is kept between extractors: spaCy's own per-document storage.
CONTEXT_KEY = "armstrack.extract.context"
#: Side remarks of a clause: what they name is not a party to the clause's event.
ASIDE_DEPS = {"advcl", "parataxis", "appos", "ccomp"}
#: The hyphen and the en dash, as a token joining two words ("Franco-Italian", "truck-mounted").
HYPHENS = frozenset({"-", "\u2013"})


def _capitals(gaz: Gazetteers) -> frozenset[str]:
    """Every capital's name in the gazetteer's countries, collected once per gazetteer (and again if
    its country list is replaced or grows)."""
    countries = gaz.countries
    memo = gaz.__dict__.get("_capitals_memo")
    if memo is None or memo[0] is not countries or memo[1] != len(countries):
        memo = gaz.__dict__["_capitals_memo"] = (countries, len(countries),
                                                 frozenset(cap for c in countries for cap in c.capitals))
    return memo[2]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file under extract/data (``#`` lines are comments)."""
    return wordlists.read_rows(DATA_DIR / name)


def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """Words by class, in file order, from a data file of (word, class) rows under extract/data."""
    return wordlists.word_lists(DATA_DIR / name)


def word_set(name: str, word_class: str) -> frozenset[str]:
    """One class of a word-list data file under extract/data (a class the file lacks is an error)."""
    return wordlists.word_set(DATA_DIR / name, word_class)


def word_kinds(name: str, prefix: str) -> dict[str, str]:
    """Each word of the classes named ``<prefix><kind>`` in a word-list data file, mapped to its kind
    ("phrasal_land" rows give {"touch down": "land", ...}); no such class is an error, as in ``word_set``."""
    kinds = {word: word_class.removeprefix(prefix) for word_class, words in word_lists(name).items()
             if word_class.startswith(prefix) for word in words}
    if not kinds:
        raise KeyError(f"{DATA_DIR / name}: no words of a class starting {prefix!r}")
    return kinds


def word_pattern(name: str, word_class: str) -> re.Pattern[str]:
    """A case-blind regex matching any phrase of one class as whole words, tried in file order."""
    if word_class not in word_lists(name):
        raise KeyError(f"{DATA_DIR / name}: no words of class {word_class!r}")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in word_lists(name)[word_class]) + r")\b", re.I)


#: Determiners and words that make a noun phrase an unnamed party ("one of the members", "a buyer").
INDEFINITE = word_set("context_words.tsv", "indefinite")
#: "the two", "both": the last pair of coordinated countries.
PAIR_WORDS = word_set("context_words.tsv", "pair")
#: "the two sides", "both nations": nouns that with a pair word refer back to the last two countries.
PAIR_NOUNS = word_set("context_words.tsv", "pair_noun")
PRONOUNS = word_set("context_words.tsv", "pronoun")
#: "from Asian country": a headline's party noun with no determiner.
PARTY_KINDS = word_set("context_words.tsv", "party_kind")
#: "foreign countries", "overseas customers": adjectives that leave plural party nouns unnamed.
UNNAMED_KINDS = word_set("context_words.tsv", "unnamed_kind")
#: Words that make a demonym right after them a region's ("South American", "Latin American").
REGION_QUALIFIERS = word_set("context_words.tsv", "region_qualifier")


def token_memo(func: Callable[[Token], T]) -> Callable[[Token], T]:
    """``func`` of a Token remembered per token while its document is analysed (in the ``DocContext``'s
    memo, so it lives and dies with one analysis). Only for functions of the parse alone (no record, no
    setting): the extractors ask the same questions of a token many times ("is this verb a transfer cue?"
    is asked ~4 times per verb). Without a context for the Doc (a direct call) ``func`` just runs."""
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def memoised(tok: Token) -> T:
        ctx = tok.doc.user_data.get(CONTEXT_KEY)
        if ctx is None:
            return func(tok)
        memo = ctx.memo.get(name)
        if memo is None:
            memo = ctx.memo[name] = {}
        i = tok.i
        if i in memo:
            return memo[i]
        value = memo[i] = func(tok)
        return value

    return memoised


#: A dateline or letterhead opening a line near the top: "OTTAWA —", "SYDNEY (AAP) -", "WELLINGTON, Jan 5:",
#: "REPUBLIC OF NORLAND – MINISTRY OF DEFENCE".
DATELINE = re.compile(r"^([A-Z][A-Z'.\- ]{2,30}?)(?:,[^\n—–:(]{0,30})?\s*(?:\([^)\n]{0,40}\)\s*)?[—–:-]", re.M)
#: A dateline in title case opening a paragraph, set off by a dash: "Skopje – The minister said ...".
TITLE_DATELINE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) [—–] ", re.M)
#: A masthead or byline row whose fields, parted by bars, give the city of writing before a date:
#: "THE DAILY | Politics | Lima, Thursday 10 July 2025", "Jane Roe | Oslo, 4 May 2024".
MASTHEAD_DATELINE = re.compile(
    r"^[^\n]*\|\s*([A-Z][A-Za-z'.\- ]{2,30}?),\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)",
    re.M)
#: A masthead named after its city, as the first line of a page: "THE HARBOUR TIMES | ...", "Lima Review" (the
#: city read off the name's first one or two words after an article).
MASTHEAD_CITY = re.compile(r"\A\s*(?:THE |The )?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
#: How far into a document its dateline or letterhead may stand.
DATELINE_REACH = 600


#: The entity labels ``DocContext._entity_country`` reads a country from.
_COUNTRY_LABELS = frozenset({"COUNTRY", "MILITARY", "ORG", "LOCATION", "GPE", "NORP"})


def _initials(span: Span) -> str:
    """The initials of a name's capitalised words ("Zambia Air Force" -> "ZAF"), leading article left out."""
    return "".join(t.text[0] for t in span if t.text[:1].isupper())


class DocContext:
    """Per-document lookups: entity spans by token, people and their affiliations, the dominant pair.

    Built once per document and shared by every extractor (``DocContext.of``).
    """

    @classmethod
    def of(cls, doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> DocContext:
        """The document's context, built on first use and kept in ``doc.user_data`` (so it lives and
        dies with the Doc, and a new analysis of the same Doc gets a fresh one)."""
        ctx = doc.user_data.get(CONTEXT_KEY)
        if ctx is None or ctx.analysis is not analysis or ctx.gaz is not gaz:
            ctx = doc.user_data[CONTEXT_KEY] = cls(doc, analysis, gaz)
        return ctx

    def __init__(self, doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> None:
        self.doc = doc
        self.analysis = analysis
        self.gaz = gaz
        self.doc_id = analysis.article.doc_id
        self.text = analysis.article.text  # the Doc was made from it; Doc.text would re-join every token
        #: the Doc's text, what spans' texts are slices of (``Doc.text`` joins every token again on each call)
        self.doc_text = _doc_text(doc, self.text)
        self.attrs_at = {e.evidence.start: e.attrs for e in analysis.entities}  # entity attrs by start char
        self._country_cache: dict[tuple, str | None] = {}
        self.memo: dict[str, object] = {}  #: what an extractor computes once per document
        self.capitals = _capitals(gaz)
        self.published: date | None = analysis.article.published
        #: the document's entities in order, built once: ``Doc.ents`` and ``Span.ents`` rebuild every
        #: Span on each access, and the extractors ask for them sentence by sentence
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self._ent_starts = [e.start for e in self.ents]
        self.ent_at: dict[int, Span] = {t: ent for ent in self.ents for t in range(ent.start, ent.end)}
        self.person_at: dict[int, str] = {}
        self.affiliation: dict[str, str] = {}
        #: every token's start character, in order (from the token arrays: no Token objects made)
        self.token_starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        char_to_token = dict(zip(self.token_starts, range(len(self.token_starts))))  # (built in C)
        for person in analysis.people:
            for ev in person.mentions:
                i = char_to_token.get(ev.start)
                if i is None:
                    continue
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                for t in range(span.start, span.end) if span is not None else (i,):
                    self.person_at[t] = person.name
            for title in person.titles:
                country = self.gaz.country(title.affiliation) if title.affiliation else None
                if country and person.name not in self.affiliation:
                    self.affiliation[person.name] = country.name
        self._defined = self._acronym_definitions()
        self.country_counts = Counter(c for ent in self.ents for c in [self.entity_country(ent)] if c)

    def _acronym_definitions(self) -> dict[str, Span]:
        """Acronyms the document defines in brackets after a named body ("the Zambia Air Force (ZAF)"): {acronym:
        the body}. In this document the acronym stands for that body, whatever else the gazetteer knows it as (ZAF
        is also South Africa's ISO code)."""
        defined: dict[str, Span] = {}
        for before, ent in zip(self.ents, self.ents[1:]):
            if ent.start < 2 or ent.end >= len(self.doc) or self.doc[ent.start - 1].text != "(" \
                    or self.doc[ent.end].text != ")" or before.end != ent.start - 1:
                continue
            text = ent.text
            if text.isupper() and len(text) >= 2 and " " not in text and text != before.text \
                    and before.label_ in ("MILITARY", "ORG"):
                defined.setdefault(text, before)
        for body in self.ents:
            # the tagger may leave the bracketed acronym untagged, often when a title follows it ("the Zambia Air
            # Force (ZAF) commander"): an uppercase word whose letters are the body's initials
            if body.label_ not in ("MILITARY", "ORG") or body.end + 2 >= len(self.doc) \
                    or self.doc[body.end].text != "(" or self.doc[body.end + 2].text != ")":
                continue
            text = self.doc[body.end + 1].text
            if text.isupper() and len(text) >= 2 and text == _initials(body):
                defined.setdefault(text, body)
        for ent in self.ents:
            # "Norland Aviation Industry (NAI)": a firm the gazetteer does not know, its name led by a state's name,
            # defines its acronym as that state's (whatever other firm the gazetteer knows by the same letters)
            if ent.label_ not in ("MILITARY", "ORG") or ent.start < 3 or ent.end >= len(self.doc) \
                    or self.doc[ent.start - 1].text != "(" or self.doc[ent.end].text != ")" or ent.text in defined:
                continue
            text = ent.text
            name_start = ent.start - 1
            while name_start > 0 and self.doc[name_start - 1].text[:1].isupper() \
                    and self.doc[name_start - 1].ent_type_ in ("", "COUNTRY", "ORG"):
                name_start -= 1
            lead = self.ent_at.get(name_start)
            if not text.isupper() or len(text) < 2 or " " in text or lead is None or lead.label_ != "COUNTRY" \
                    or lead.start != name_start or ent.start - 1 - name_start < 2 \
                    or _initials(self.doc[name_start:ent.start - 1]) != text:
                continue
            defined.setdefault(text, lead)
        return defined

    # --- the document as a whole -------------------------------------------------------------------

    def _dateline_name(self, states: bool = False) -> str | None:
        """The name an upper-case dateline near the top begins with ("OTTAWA —"); with ``states``, also one a
        letterhead or a title-case dateline gives ("REPUBLIC OF NORLAND – MINISTRY OF DEFENCE", "Oslo – ")."""
        head = self.text[:DATELINE_REACH]
        dateline = DATELINE.search(head) or (TITLE_DATELINE.search(head) or MASTHEAD_DATELINE.search(head)
                                             if states else None)
        return dateline.group(1).strip() if dateline is not None else None

    def dateline_state(self, states: bool = False) -> str | None:
        """The state of the city a dateline near the top names ("OTTAWA —", "KATHMANDU, March 27 –"), if any; with
        ``states``, also a state a letterhead names there itself ("REPUBLIC OF NORLAND – MINISTRY OF DEFENCE") and a
        dateline in title case ("Oslo – ")."""
        name = self._dateline_name(states)
        if name is None:
            return None
        place = self.gaz.place(name)
        if place is not None:
            return place.country
        country = self.gaz.country(name) if states else None
        return country.name if country is not None else None

    def dateline_city(self) -> str | None:
        """The city an upper-case dateline near the top names ("TAIF —", "OSLO, May 2 –"), as the gazetteer spells
        it, if it knows it: where the story is written from."""
        name = self._dateline_name()
        if name is None:
            return None
        place = self.gaz.place(name) or self.gaz.place(name.title())
        return place.name if place is not None else None

    def masthead_state(self) -> str | None:
        """The state of the city a paper's name on the first line begins with ("THE HARBOURTOWN COURIER | News" ->
        the city's state): a paper named after its city is written from and mostly about that city's state. Only a
        city the gazetteer places in a state (a region's name, "Asia Pacific Wire", names none)."""
        first = self.text.lstrip().split("\n", 1)[0]
        match = MASTHEAD_CITY.match(first)
        if match is None:
            return None
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            place = self.gaz.place(name) or self.gaz.place(name.title())
            if place is not None and place.country:
                return place.country
        return None

    @functools.cached_property
    def home_state(self) -> str | None:
        """The state a document is written from and about: the one its dateline or letterhead names, when no state
        is named more often in it. A state's body the text names without its state ("the ministry", "the army") and
        with no other body near is that state's: a paper or a ministry calls its own state's bodies so."""
        home = self.dateline_state(states=True)
        if home is None or not self.country_counts:
            return None
        return home if self.country_counts[home] == max(self.country_counts.values()) else None

    # --- single tokens and spans -------------------------------------------------------------------

    def ents_in(self, span: Span) -> list[Span]:
        """The entities wholly inside a span, in order (what ``span.ents`` gives, without rebuilding them)."""
        i = bisect_left(self._ent_starts, span.start)
        out = []
        for ent in self.ents[i:]:
            if ent.start >= span.end:
                break
            if ent.end <= span.end:
                out.append(ent)
        return out

    def entity_country(self, ent: Span, any_org: bool = False) -> str | None:
        """The country an entity stands for, or None (cached per span; see ``_entity_country``)."""
        key = (ent.start, ent.end, ent.label_, any_org)
        if key not in self._country_cache:
            self._country_cache[key] = self._entity_country(ent, any_org)
        return self._country_cache[key]

    def _entity_country(self, ent: Span, any_org: bool = False) -> str | None:
        """The country an entity stands for: itself, a capital's state, a state body's state (and with
        ``any_org`` a company's, "BrahMos Aerospace" -> India, for the parties of a deal)."""
        if ent.label_ not in _COUNTRY_LABELS:
            return None  # a date, number, person ...: no need to join its text (Span.text) for a key
        body = self._defined.get(ent.text) if hasattr(self, "_defined") else None
        if body is None and hasattr(self, "_defined") and ent.label_ in ("MILITARY", "ORG") and " " in ent.text:
            # "the ZAF Air Wing": a unit named after a defined acronym belongs to that body (unless the gazetteer
            # knows the unit itself)
            lead = self._defined.get(ent.text.split()[0])
            if lead is not None and self.gaz.organisation(ent.ent_id_ or ent.text) is None:
                body = lead
        if body is not None and body.start != ent.start:
            return self.entity_country(body, any_org)  # "the Zambia Air Force (ZAF)": ZAF is Zambia's air force
        key = ent.ent_id_ or ent.text
        if ent.label_ == "COUNTRY":
            if ent.start > 0 and self.doc[ent.start - 1].lower_ in REGION_QUALIFIERS and ent.text[:1].isupper() \
                    and ent.text.lower().endswith(("an", "ans")):
                return None  # "the South American country", "Latin American states": a region, not the US
            c = self.gaz.country(key)
            return c.name if c else None
        if ent.label_ in ("MILITARY", "ORG"):
            if not ent.ent_id_ and ent.text.islower():
                return None  # "Chile's marine corps", "the air force": a service named by common nouns is nobody's
                # in particular (the gazetteer's "Marine Corps" is the US one, written as a name)
            org = self.gaz.organisation(key)
            if org is not None and not org.country and any_org and org.name in BLOC_PARTIES:
                return org.name  # "the European Union will deliver shells": a bloc as a deal's party
            if org is None or not org.country:
                return None
            return org.country if any_org or org.type == "MILITARY" or _is_state_body(org.name) else None
        if ent.label_ in ("LOCATION", "GPE"):
            place = self.gaz.place(key)
            if place and place.country and place.name in self.capitals:
                return place.country
            c = self.gaz.country(key)
            return c.name if c else None
        if ent.label_ == "NORP":
            c = self.gaz.country(key)
            return c.name if c else None
        return None

    def token_country(self, tok: Token) -> str | None:
        """The country of the entity at a token (any organisation counts), else the affiliation of the person there,
        else None."""
        ent = self.ent_at.get(tok.i)
        if ent is not None:
            country = self.entity_country(ent, any_org=True)
            if country:
                return country
        name = self.person_at.get(tok.i)
        if name:
            return self.affiliation.get(name)
        return None

    def combined_country(self, tok: Token) -> str | None:
        """The state of a combining form hyphened onto the nationality at a token ("Franco-Italian" at "Italian":
        France), else None; the form names a state only so ("Franco" alone is a name)."""
        doc = tok.doc
        if tok.i < 2 or tok.ent_type_ != "COUNTRY" or doc[tok.i - 1].text not in HYPHENS \
                or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
            return None
        return self.gaz.combining_forms.get(doc[tok.i - 2].text)

    def phrase_tokens(self, head: Token, max_tokens: int = 40, skip: frozenset[str] | set[str] = None) -> list[Token]:
        """The tokens of a phrase without its side clauses ("one of the members, among which is X")."""
        skip = CLAUSAL_DEPS if skip is None else skip
        out: list[Token] = []
        stack = [head]
        while stack and len(out) < max_tokens:
            tok = stack.pop()
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ not in skip)
        return sorted(out, key=lambda t: t.i)

    def phrase_countries(self, head: Token, max_tokens: int = 40) -> list[str]:
        """Countries a noun phrase refers to, in order ("Russia and China" -> both)."""
        found: list[str] = []
        for tok in self.phrase_tokens(head, max_tokens):
            c = self.token_country(tok)
            if c and c not in found:
                found.append(c)
            partner = self.combined_country(tok) if c else None
            if partner and partner not in found:
                found.append(partner)  # "the Franco-Italian consortium": both states
        if not found and (head.lower_ in PAIR_WORDS or head.lemma_ in PAIR_NOUNS
                          and any(c.lower_ in PAIR_WORDS for c in head.children)):
            return self.last_pair(head.i)
        return found

    def is_unnamed_party(self, head: Token) -> bool:
        """ "one of the ASEAN members", "a customer": a party the text does not name."""
        if head.pos_ not in ("NOUN", "NUM", "PRON") or head.lower_ in PRONOUNS \
                or head.ent_type_ in ("MONEY", "DATE", "TIME", "PERCENT", "QUANTITY"):
            return False  # "for some $300 million" is a price, not a buyer
        tokens = self.phrase_tokens(head)
        if any(self.token_country(t) for t in tokens):
            return False
        bare = head.tag_ == "NN" and head.lower_ in PARTY_KINDS \
            and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in head.children)
        # ("enquiries from friendly foreign countries": buyers of no name)
        unnamed_kind = head.tag_ == "NNS" and head.lemma_.lower() in PARTY_KINDS and any(
            c.lower_ in UNNAMED_KINDS and c.dep_ == "amod" for c in head.children)
        return bare or unnamed_kind or head.lower_ in INDEFINITE or any(
            c.lower_ in INDEFINITE and c.dep_ in ("det", "nummod", "amod") for c in head.children)

    def last_pair(self, before: int) -> list[str]:
        """The most recent pair of coordinated countries before a token ("Russia and China")."""
        for tok in reversed(self.doc[:before]):
            if tok.dep_ == "conj":
                a, b = self.token_country(tok.head), self.token_country(tok)
                if a and b and a != b:
                    return [a, b]
        return []

    # --- quotations ---------------------------------------------------------------------------------

    @functools.cached_property
    def flat_text(self) -> str:
        """The text with hard-wrapped line breaks read as spaces (same length, same offsets)."""
        return unwrap(self.text)

    @functools.cached_property
    def quotations(self) -> list[QuoteSpan]:
        """Every quoted stretch of the document, found once for every extractor."""
        return find_all_quote_spans(self.flat_text)

    @functools.cached_property
    def quoted_token_ids(self) -> frozenset[int]:
        """Tokens inside a quotation (its marks excluded)."""
        starts = self.token_starts
        inside: set[int] = set()
        for span in self.quotations:
            first = bisect_left(starts, span.open + 1)
            last = bisect_left(starts, span.close)
            inside.update(range(first, last))
        return frozenset(inside)

    # --- dates, evidence ---------------------------------------------------------------------------

    def date_of(self, text: str, ahead: bool = False) -> str | None:
        """A date expression resolved against the publication date (YYYY[-MM[-DD]]), or None; ``ahead`` when the
        clause it dates is in the future tense."""
        return resolve_date(text, self.published, ahead)

    def ent_date(self, ent: Span) -> str | None:
        """A DATE entity resolved against the publication date, a month or day with no year read forward when the
        clause it dates is in the future tense ("the jets will arrive in November")."""
        return self.date_of(ent.text, ahead=future_clause(ent.root))

    def sentence_dates(self, sent: Span, prefer: list[Token] = ()) -> str | None:
        """The date of a clause: a DATE entity attached to one of ``prefer`` (the cue), else the sentence's."""
        dates = [e for e in self.ents_in(sent) if e.label_ == "DATE"]
        if not dates:
            return None
        prefer_ids = {t.i for t in prefer}

        def attached(ent: Span) -> bool:
            tok = ent.root
            for _ in range(4):
                if tok.head.i in prefer_ids or tok.i in prefer_ids:
                    return True
                if tok.head.i == tok.i:
                    break
                tok = tok.head
            return False

        for ent in sorted(dates, key=lambda e: not attached(e)):
            resolved = self.ent_date(ent)
            if resolved:
                return resolved
        return None

    def evidence(self, start_char: int, end_char: int) -> Evidence:
        """Evidence for a character span, with the sentence or sentences that hold it."""
        return evidence(self.doc, self.doc_id, start_char, end_char)

    def sentence_evidence(self, sent: Span) -> Evidence:
        """Evidence whose span is a whole sentence."""
        start, end = sent.start_char, sent.end_char
        return Evidence(self.doc_id, start, end, self.doc_text[start:end], start, end)  # Span.text joins its tokens


#: Auxiliaries of the future tense ("will arrive"), words a "to" clause hangs on that put it ahead ("is to arrive",
#: "due to arrive"), and verbs whose passive is itself ahead ("the jets are expected in May").
FUTURE_AUXILIARIES = word_set("context_words.tsv", "future_aux")
FUTURE_FRAMES = word_set("context_words.tsv", "future_frame")
FUTURE_PASSIVES = word_set("context_words.tsv", "future_passive")


def future_clause(tok: Token) -> bool:
    """Whether the verb a word hangs on (within four steps up) is in the future tense: "will arrive in November",
    "is to arrive", "due to arrive", "expected in May"."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.lower_ == "due":
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return True
    if verb.lower_ == "due" or verb.lemma_.lower() in FUTURE_PASSIVES \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and (verb.head.lemma_.lower() in FUTURE_FRAMES or verb.head.lower_ == "due") and verb.head.i != verb.i


#: Words inside a name that make it a state body's, not a company's.
STATE_BODY_WORDS = word_lists("context_words.tsv")["state_body"]
#: International bodies that are parties of arms deals of their own ("the European Union will deliver ...").
BLOC_PARTIES = word_set("context_words.tsv", "bloc_party")


def _is_state_body(name: str) -> bool:
    lowered = name.lower()
    return any(w in lowered for w in STATE_BODY_WORDS)


