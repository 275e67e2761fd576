"""The spaCy pipeline: a pretrained English pipeline plus armstrack's gazetteer components.

Components (registered by name, assembled in `build_pipeline`):
- ``entity_ruler`` (spaCy's), placed before ``ner`` and fed from the gazetteers, so curated names win
  over the statistical NER (which tags capitals as PERSON and misses most weapon designators);
- ``armstrack_titles``: titles and ranks as ``doc.spans["titles"]``;
- ``armstrack_designators``: weapon designators next to a category noun ("Kestrel-7B reconnaissance
  drones", "four Project 31450 coastal corvettes") become WEAPON_SYSTEM entities even when uncatalogued;
- ``armstrack_ner_stand_in`` / ``armstrack_ner_stand_in_restore`` around ``ner``: the gazetteer's own
  labels pass the NER as one it knows, so its output layer keeps its trained size (``armstrack.nlp.ner_labels``).

The model's own ``attribute_ruler`` keeps its rules but finds their matches through lookup tables
(``armstrack.nlp.attributes``: the same annotations, several times faster).
"""

from __future__ import annotations

import contextlib
import functools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from armstrack import settings
from armstrack.nlp.attributes import speed_up_attribute_rulers
from armstrack.nlp.lemmas import speed_up_lemmatizers
from armstrack.nlp.ner_labels import keep_ner_labels
from armstrack.nlp.gazetteers import DATA_DIR, LEAD_DESIGNATOR_RE, Gazetteers, WeaponSystem, capital_places, load_gazetteers
from armstrack.nlp.people import HONORIFICS, NAME_PARTICLES, not_person_words
from armstrack.wordlists import read_rows, word_set

#: a version numeral closing a system's name ("Tiger II", "Harrier II"): the word before it is the short name
ROMAN_NUMERAL_RE = re.compile(r"II|III|IV|V|VI|VII|VIII|IX|X")

#: Entity labels the gazetteer ruler assigns (ORG is shared with spaCy's own NER).
GAZETTEER_LABELS = ("COUNTRY", "LOCATION", "MILITARY", "ORG", "WEAPON_SYSTEM")

if not Doc.has_extension("weapon_attrs"):
    # canonical weapon name -> {"family", "category", "origin"} for systems found by pattern
    Doc.set_extension("weapon_attrs", default=None)


class ModelNotFound(RuntimeError):
    """The requested spaCy pipeline is not installed; the message says how to get it."""


#: A name closing on a production lot ("... Batch 2", "... Block III"), a word of letters before the lot.
_LOT_TAIL = re.compile(r"^(.*[A-Za-z]{3})( (?:Batch|Block|Flight|Tranche) [0-9IVX][0-9A-Za-z+]*)$")


def _spellings(name: str) -> set[str]:
    """A designation and its usual spelling variants: hyphen, space or nothing between parts."""
    forms = {name}
    if "-" in name:
        forms |= {name.replace("-", " "), name.replace("-", "")}
    # plurals of names and designators: "K9s", "Shahed-136s", "Rafales"
    forms |= {f"{f}s" for f in forms if f[-1].isalnum() and not f.endswith("s")}
    # a name closing on a production lot takes the plural on the word before the lot ("Littoral Mission Ships
    # Batch 2", "Tomahawks Block V"): the plural of the system, the lot kept after it
    forms |= {f"{m.group(1)}s{m.group(2)}" for f in list(forms)
              if (m := _LOT_TAIL.match(f)) is not None and not m.group(1).endswith("s")}
    # an upgraded version marked by a plus, which the tokenizer keeps on the word: "T-6C+", "J-10C+"
    forms |= {f"{f}+" for f in forms if re.search(r"[0-9][A-Z]$", f)}
    return {f for f in forms if f.strip()}


def gazetteer_patterns(gaz: Gazetteers) -> list[dict]:
    """Entity-ruler patterns for every country, place, organisation and weapon system.

    The pattern id carries the canonical name, so ``ent.ent_id_`` resolves an alias (Burma -> Myanmar).
    """
    seen: set[tuple[str, str]] = set()
    patterns: list[dict] = []

    def add(label: str, text: str, canonical: str) -> None:
        text = text.strip()
        if not text or (label, text) in seen:
            return
        seen.add((label, text))
        patterns.append({"label": label, "pattern": text, "id": canonical})

    for c in gaz.countries:
        for alias in (c.name, *c.aliases, *c.demonyms):
            add("COUNTRY", alias, c.name)
        for alias in (c.name, *c.aliases):
            # a name set in capitals, as a lead-in or a dateline does ("WHEN THAILAND signed ...")
            if len(alias) >= 4 and not alias.isupper():
                add("COUNTRY", alias.upper(), c.name)
        for code in (c.iso3,):
            # ISO3 codes only in capitals; two-letter codes collide with too many words.
            if code and code.isupper():
                add("COUNTRY", code, c.name)
        for city in capital_places(c):  # spellings of one city share its name; two capitals stay two
            for alias in (city.name, *city.aliases):
                add("LOCATION", alias, city.name)
    for p in gaz.places:
        for alias in (p.name, *p.aliases):
            add("LOCATION", alias, p.name)
    for o in gaz.organisations:
        for alias in (o.name, *o.aliases):
            add(o.type, alias, o.name)
    for w in gaz.weapons:
        for alias in (w.name, *w.variants):
            for form in _spellings(alias):
                add("WEAPON_SYSTEM", form, w.name)
    return patterns


@Language.component("armstrack_apostrophe_norms")
def apostrophe_norms(doc: Doc) -> Doc:
    """A word written with a typographic apostrophe reads to the model as the same word with a straight one:
    the tagger and parser see a word's norm, and a norm they never met in training ("d’affaires" in "Chargé
    d’Affaires X and Y signed") may be read as a verb and break the clause, where "d'affaires" is a name part.
    Only the norm changes, never the text (offsets and evidence stay as written)."""
    if "\u2019" not in doc.text:
        return doc  # most texts: one scan of the string instead of a norm lookup per token
    for tok in doc:
        if "\u2019" in tok.norm_:
            tok.norm_ = tok.norm_.replace("\u2019", "'")
    return doc


#: Capitalised words that open a title and that the parser, reading their everyday sense, takes for something else:
#: "Under Secretary of Defense X" read with "Under" as a preposition cuts the title from the name ("signed with US
#: Under Secretary of Defense X": the "with" phrase then ends at "US"). Word -> (the title words that may follow it,
#: the norm that makes it read as a title's modifier).
TITLE_OPENERS = {"Under": (("Secretary", "Secretary-General"), "deputy")}


@Language.component("armstrack_title_norms")
def title_norms(doc: Doc) -> Doc:
    """A word opening a title reads to the model as a title's modifier ("Under Secretary": "deputy"), so the tagger
    and parser keep the title whole. Only the norm changes, never the text (offsets and evidence stay as written)."""
    for tok in doc[:-1]:
        opener = TITLE_OPENERS.get(tok.text)
        if opener is not None and doc[tok.i + 1].text in opener[0]:
            tok.norm_ = opener[1]
    return doc


@Language.component("armstrack_designation_glue")
def designation_glue(doc: Doc) -> Doc:
    """Keep a model's numeric suffix in the sentence of its name: no sentence starts at a token that begins
    with a digit right after a word with only a space between ("Leopard 2A8 tanks"), where the parser
    otherwise may cut "Peru bought Leopard | 2A8 tanks" in two."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text[:1].isdigit() and prev.is_alpha and prev.whitespace_ == " ":
            tok.is_sent_start = False
        elif tok.text[:1].isalpha() and prev.whitespace_ == " " and _designator_like(prev.text):
            # nor at a word right after a designator with no mark between ("operates C-27J | Spartan transports"):
            # a designator ends no sentence
            tok.is_sent_start = False
    return doc


def _designator_like(text: str) -> bool:
    """A model designator as one token: letters and a digit joined by a hyphen ("C-27J", "Su-35", "F-16V")."""
    return "-" in text and any(c.isdigit() for c in text) and text[:1].isalpha() and text[-1:].isalnum()


#: Brackets that close an aside inside a sentence.
_ASIDE_CLOSERS = frozenset(")]")


@Language.component("armstrack_aside_glue")
def aside_glue(doc: Doc) -> Doc:
    """A bracketed aside with no sentence end in it or before it does not end a sentence: no sentence starts
    at the word after its closing bracket when only a space comes between ("said Lt. Gen. (retd) A B",
    "Major General (rtd) A B attended"), where the parser otherwise may cut the name from its title."""
    for tok in doc[2:]:
        close = doc[tok.i - 1]
        if close.text not in _ASIDE_CLOSERS or close.whitespace_ != " " or not tok.text[:1].isalnum():
            continue
        inner = doc[tok.i - 2]
        # a mark of its own ends a sentence; an abbreviation keeps its period ("Gen.", "ret.")
        if inner.text in _ASIDE_CLOSERS or inner.text in _SENTENCE_END or inner.text in _CLOSERS:
            continue
        opener = next((t for t in reversed(doc[max(0, close.i - 6):close.i]) if t.text in ("(", "[")), None)
        if opener is None or "\n" in doc[opener.i:close.i].text or opener.i == 0 \
                or doc[opener.i - 1].text in _SENTENCE_END | _CLOSERS or "\n" in doc[opener.i - 1].text:
            continue
        tok.is_sent_start = False
    return doc


@Language.factory("armstrack_titles", default_config={"spans_key": "titles"})
def make_title_matcher(nlp: Language, name: str, spans_key: str) -> TitleMatcher:
    """spaCy factory of the component that marks titles and ranks as spans in ``doc.spans[spans_key]``."""
    return TitleMatcher(nlp, load_gazetteers(), spans_key)


class TitleMatcher:
    """Marks titles and ranks (Defence Minister, Senior General, chief of staff) as ``doc.spans``."""

    def __init__(self, nlp: Language, gaz: Gazetteers, spans_key: str = "titles") -> None:
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # a title written with a typographic apostrophe is the same title ("chargé d’affaires", "Dato’")
        forms = {f for t in gaz.titles for f in (t.title, t.title.replace("'", "’"))}
        self.matcher.add("TITLE", [nlp.make_doc(f) for f in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label="TITLE") for _, s, e in self.matcher(doc)]
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc


# A designator: letters-hyphen-digits (Su-30SME, Orlan-10E, MQ-9B, Pantsir-S1, Mi-17V-5), letters
# glued to digits (TB2, K9, J10C), or a numbered project/type/class (Project 22160, Type 054A).
DESIGNATOR_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:Project|Type|Class)\s+\d{2,5}[A-Z]{0,2}(?:[.-]\d+)?"
    r"|[A-Z][A-Za-z]{0,11}(?:-[A-Z]{0,3}\d{1,4}[A-Za-z0-9]*)(?:-[A-Z0-9]{1,4})*"
    r"|[A-Z][A-Za-z]{0,11}-[A-Z]{1,2}\d{0,3}(?:-[A-Z0-9]{1,4})*"
    r"|[A-Z]{1,4}\d{1,4}[A-Z]{0,3}"
    r")(?![\w-])"
)


# A ship class named before the word "class" ("Reis-class submarines", "Quang Trung class frigates"): up
# to three capitalised words; the category noun after it is still required (see DesignatorFinder).
CLASS_RE = re.compile(r"(?<![\w-])([A-Z][\w]*(?:[ -][A-Z][\w]*){0,2})[ -]class(?![\w-])")


#: Markers that open an item of a bulleted list at the start of a line.
BULLETS = frozenset({"-", "•", "*", "–", "·", "▪"})


@Language.component("armstrack_list_items")
def list_items(doc: Doc) -> Doc:
    """An item of a bulleted list ("\n- Qatar has received ...") starts a sentence of its own, whatever the
    line before it ends with (set before the parser, which keeps preset boundaries)."""
    for i in _space_tokens(doc):
        if "\n" in doc[i].text and i + 1 < len(doc) and (doc[i + 1].text in BULLETS or _enumerator_at(doc, i + 1)):
            doc[i + 1].is_sent_start = True
    return doc


#: The label of an enumerated item: a roman numeral, a letter or a number ("(ii)", "b)", "3."); the pattern is
#: shared with the list reader of the transfer extractor.
ENUMERATOR_LABEL = r"(?:[ivx]{1,4}|[a-h]|\d{1,2})"
_ENUMERATOR = re.compile(ENUMERATOR_LABEL)


def _enumerator_at(doc: Doc, i: int) -> bool:
    """Whether an enumerated list item's label starts at token ``i``: "(ii)", "(b)", "2)" or "3." and a word."""
    if doc[i].text == "(" and i + 3 < len(doc) and _ENUMERATOR.fullmatch(doc[i + 1].text) and doc[i + 2].text == ")":
        return True
    text = doc[i].text
    if _ENUMERATOR.fullmatch(text[:-1]) and text[-1:] in ".)" and i + 1 < len(doc) and doc[i + 1].is_alpha:
        return True
    return i + 2 < len(doc) and _ENUMERATOR.fullmatch(text) is not None and doc[i + 1].text in ".)" \
        and doc[i + 2].is_alpha


def _space_tokens(doc: Doc) -> list[int]:
    """The positions of whitespace tokens, read from the token array: a line ends in one holding "\n" (a
    word's own trailing ``whitespace_`` is " " or ""), so the components that look for line breaks make no
    Token for the words between."""
    return [i for i, space in enumerate(doc.to_array(IS_SPACE).tolist()) if space] if len(doc) else []


#: Marks that end a sentence; a closing quote or bracket may follow them.
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset('"”’\')»')


@Language.component("armstrack_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A paragraph (after a blank line) starts a sentence when the one before it ended with a full stop, a
    question or an exclamation mark: the parser, which ignores line breaks, sometimes runs the paragraph on
    into the last sentence of the one before (set before the parser, which keeps preset boundaries)."""
    for i in _space_tokens(doc):
        tok = doc[i]
        if not (0 < i < len(doc) - 1 and tok.text.count("\n") > 1):
            continue
        k = i - 1
        while k > 0 and doc[k].text in _CLOSERS:
            k -= 1
        nxt = doc[i + 1]
        # (a paragraph that opens with a quote is left to the parser: its speaker may be named after it; but
        # not after a word that holds its own full stop ("$7m.", "Ltd."): the parser takes that stop for an
        # abbreviation's and runs the quotation on into the sentence before)
        glued_stop = len(doc[k].text) > 1 and doc[k].text[-1:] == "." and k == i - 1
        if doc[k].text[-1:] in _SENTENCE_END and not nxt.is_space \
                and (nxt.text not in _OPENING_QUOTES or glued_stop):
            nxt.is_sent_start = True
    return doc


#: A line that ends with one of these is not a heading: it ends a sentence or a clause, or it opens a quote.
_LINE_END_PUNCT = frozenset('.!?:;,"”’\'…')
#: A line that ends with a word of these parts of speech (or a dash) breaks in mid-phrase: wrapped prose.
_OPEN_WORDS = frozenset(
    "a an the this that these those its his her their our my your some any each every no "
    "and or but nor so yet as than if because while although though whether "
    "of in on at to for from by with about into onto over under after before between against among "
    "through during without within via per near like including such".split()
)
#: Quote marks that may open the sentence after a heading.
_OPENING_QUOTES = frozenset('"“‘\'')
#: A heading, subheading, byline or caption line has at most this many words.
HEADING_MAX_WORDS = 25


def _lines(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of ``text`` as (offset of the first character, stripped text)."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((pos + len(raw) - len(raw.lstrip()), stripped))
        pos += len(raw) + 1
    return out


def heading_breaks(text: str) -> list[int]:
    """Offsets of the lines of ``text`` that start a sentence because the line before them is a heading,
    subheading, byline or caption: short, without final punctuation, not broken off in mid-phrase (after
    "the", "of", "and", a dash), followed by a line opening with a capital letter or a quote mark.

    Hard-wrapped prose is left alone: after a line break without a blank line, the line before is a wrap
    when a neighbouring line of its paragraph is about as long (a column width) and the next line's first
    word would not have fitted within the longest of those lines."""
    lines = _lines(text)
    blank_before = [i > 0 and text.count("\n", lines[i - 1][0] + len(lines[i - 1][1]), start) > 1
                    for i, (start, _) in enumerate(lines)]
    breaks = []
    for k in range(1, len(lines)):
        prev, (start, line) = lines[k - 1][1], lines[k]
        if not (line[0].isupper() or line[0] in _OPENING_QUOTES):
            continue
        words = prev.split()
        if prev[-1] in _LINE_END_PUNCT or prev[-1] in "-–—" or len(words) > HEADING_MAX_WORDS \
                or words[-1].lower() in _OPEN_WORDS:
            continue
        if not blank_before[k] and _wrapped(lines, blank_before, k):
            continue
        breaks.append(start)
    return breaks


def _wrapped(lines: list[tuple[int, str]], blank_before: list[bool], k: int) -> bool:
    """Whether the line break before line ``k`` (no blank line) wraps a paragraph at a column width."""
    prev = len(lines[k - 1][1])
    others = []
    for i in (k - 3, k - 2, k, k + 1):  # up to two lines either side of the break, in the same paragraph
        if 0 <= i < len(lines) and not any(blank_before[j] for j in range(min(i, k - 1) + 1, max(i, k - 1) + 1)):
            others.append(len(lines[i][1]))
    if not any(n >= prev - 10 for n in others):
        return False  # no other line about as long: no column width to wrap at
    width = max(others + [prev])
    return prev + 1 + len(lines[k][1].split()[0]) > width


@Language.component("armstrack_headings")
def headings(doc: Doc) -> Doc:
    """The line after a heading, subheading, byline or caption starts a sentence (see ``heading_breaks``):
    the parser ignores line breaks and would run the heading into the sentence after it."""
    breaks = heading_breaks(doc.text)
    if breaks:  # token by start character, from the token array (no Token made for every word)
        starts = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}
        for offset in breaks:
            i = starts.get(offset)
            if i is not None and i > 0:
                doc[i].is_sent_start = True
    return doc


@Language.factory("armstrack_designators")
def make_designator_finder(nlp: Language, name: str) -> DesignatorFinder:
    """spaCy factory of the component that finds weapon systems the catalogue's names miss (designators)."""
    return DesignatorFinder(load_gazetteers())


class DesignatorFinder:
    """Weapon systems the catalogue's names miss: a designator ("Zarya-12K"), a ship class ("Ada-class"),
    or a catalogued family name on its own ("Akash", "Arjun"), followed within a few modifiers by a
    category noun of its kind. A family name alone is often also a word or a given name, so it counts
    only before such a noun. A navy's ship prefix and a name ("KRI Harimau Laut", "HMS Westminster") is a
    ship on its own (the statistical NER takes such names for people or companies)."""

    MAX_GAP = 4  # modifier tokens allowed between the designator and its category noun
    CURATED = {"WEAPON_SYSTEM", "COUNTRY", "LOCATION", "MILITARY"}  # labels only the gazetteer gives
    #: categories a writer mixes up for one system ("Akash missiles" for an air-defence system)
    RELATED = ({"air_defence", "missile"}, {"artillery", "missile"})
    #: categories whose systems make up a fleet: a family name right before a fleet noun is one of them
    FLEET_CATEGORIES = frozenset({"aircraft", "helicopter", "uav", "ship", "armoured_vehicle"})

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz
        # in tokens: "surface-to-air systems" is two words and six tokens
        self.max_phrase = max((len(p.replace("-", " - ").split()) for p in gaz.category_nouns), default=1)
        self.families: dict[str, WeaponSystem] = {}
        for w in gaz.weapons:
            if w.family and w.family[:1].isupper() and (w.family not in self.families or w.name == w.family):
                self.families[w.family] = w
        self.max_family = max((len(f.split()) for f in self.families), default=1)
        self.family_starts = {f.split()[0] for f in self.families}
        # the last word of the category phrases and the category they agree on ("boats" ends "patrol boats" and
        # "fast attack boats", all ships): the head noun of a class's noun group the catalogue has no phrase for
        heads: dict[str, set[str]] = {}
        for phrase, category in gaz.category_nouns.items():
            if " " in phrase:
                heads.setdefault(phrase.rsplit(" ", 1)[1], set()).add(category)
        self.head_categories = {w: next(iter(c)) for w, c in heads.items() if len(c) == 1}
        self._start_ids: frozenset[int] | None = None  # their string ids, to find candidates in one pass
        prefixes = sorted(gaz.ship_prefixes, key=len, reverse=True)
        # prefix + one to four capitalised name words ("BRP Antonio Luna", "HMS Queen Elizabeth"); a word may follow
        # an initial or an abbreviated rank or honorific with its period ("USS John F. Kennedy", "KRI Dr. X"), which
        # never ends the name (a period there ends the sentence)
        word = r"(?:(?:[A-Z]|Dr|St|Gen|Adm|Capt|Cdr|Lt)\.[ \u00a0]+)?[A-Z][\w-]*"
        self.ship_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, prefixes)) + r")[ \u00a0]+" + word + r"(?: " + word + r"){0,3}"
        ) if prefixes else None

    def _fits(self, system: WeaponSystem, category: str) -> bool:
        return system.category == category or any({system.category, category} <= r for r in self.RELATED)

    def family_mentions(self, doc: Doc) -> list[tuple[Span, WeaponSystem]]:
        """Catalogued family names standing alone before a category noun of their kind."""
        if self._start_ids is None:
            self._start_ids = frozenset(doc.vocab.strings.add(w) for w in self.family_starts)
        out = []
        skip_to = 0
        # a set lookup per token: for a few hundred tokens several times faster than numpy's isin
        starts = self._start_ids
        for i in [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in starts]:
            if i < skip_to:
                continue
            for n in range(min(self.max_family, len(doc) - i), 0, -1):
                span = doc[i:i + n]
                system = self.families.get(span.text)
                if system is None or any(t.ent_type_ in self.CURATED or t.ent_id_ for t in span):
                    continue  # a curated name stands; a statistical guess ("Akash" a PERSON) does not
                category = self.category_after(doc, span.end)
                if not category and self.model_number_end(doc, span.end) is not None:
                    category = system.category  # a model number after it: "ordered the King Air 360 from A"
                if not category and system.category in self.FLEET_CATEGORIES and span.end < len(doc) \
                        and doc[span.end].lower_ in FLEET_NOUNS:
                    category = system.category  # a fleet of it: "replace its ageing Kfir fleet"
                if category and self._fits(system, category):
                    out.append((span, system))
                    skip_to = i + n
                    break
        return out

    def category_after(self, doc: Doc, end: int) -> str | None:
        """The category of the first category-noun phrase within MAX_GAP tokens of ``end``."""
        limit = min(len(doc), end + self.MAX_GAP + self.max_phrase)
        for j in range(end, limit):
            tok = doc[j]
            hyphenated = j > 0 and doc[j - 1].text in "-–" and not doc[j - 1].whitespace_  # "surface-to-air"
            if tok.is_punct and tok.text not in "-–" or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "DET") \
                    and not hyphenated and not self._participle_modifier(doc, j):
                return None
            for size in range(min(self.max_phrase, j - end + 1), 0, -1):
                phrase = doc[j - size + 1:j + 1].text.lower()
                category = self.gaz.category_of(phrase) or self.gaz.category_of(phrase.replace(" - ", "-"))
                if category:
                    # the phrase must end a noun group, not sit inside a longer one ("radar systems")
                    nxt = doc[j + 1] if j + 1 < len(doc) else None
                    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct:
                        continue
                    return category
        return None

    def head_category_after(self, doc: Doc, end: int) -> str | None:
        """The category of a noun group right after a class name whose head noun ends category phrases of one
        category only, though the group itself is no catalogued phrase: "Defender-class response boats" (the
        catalogue has "patrol boats"), "an Ada-class anti-submarine vessel"."""
        for j in range(end, min(len(doc), end + self.MAX_GAP + 1)):
            tok = doc[j]
            if tok.text in "-–" and not tok.whitespace_ and j > end:
                continue  # "anti-submarine"
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ") and not self._participle_modifier(doc, j):
                return None
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in "-–" and not tok.whitespace_):
                continue  # a modifier of the group: its head comes later
            return self.head_categories.get(tok.lower_) if tok.pos_ in ("NOUN", "PROPN") else None
        return None

    @staticmethod
    def _participle_modifier(doc: Doc, j: int) -> bool:
        """A participle inside a noun group ("protected mobility vehicles", "guided bombs"): the tagger often
        takes it for a verb, but a noun follows it, so no clause starts there."""
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        return doc[j].tag_ in ("VBN", "VBG") and nxt is not None and nxt.pos_ in ("NOUN", "ADJ")

    #: labels that end a ship's or a class's name ("KRI Harimau Laut Indonesia's", "Indonesian Harimau Laut class")
    NAME_STOP = {"COUNTRY", "MILITARY", "LOCATION", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"}

    def _ship_noun_before(self, doc: Doc, start: int) -> int:
        """Start of a ship noun right before a named ship ("the frigate KRI Harimau Laut", "the Offshore
        Patrol Vessel (OPV) HMNZS Otago"), so that the noun and the name make one mention; else ``start``."""
        j = start - 1
        if j >= 0 and doc[j].text == ")":
            k = j - 1
            while k >= 0 and doc[k].text != "(" and j - k <= 3:
                k -= 1
            if k < 0 or doc[k].text != "(":
                return start
            j = k - 1
        for size in (3, 2, 1):
            if j - size + 1 >= 0 and doc[j - size + 1:j + 1].sent == doc[start].sent \
                    and self.gaz.category_of(doc[j - size + 1:j + 1].text.lower()) == "ship":
                return j - size + 1
        return start

    def named_ships(self, doc: Doc, text: str | None = None) -> list[tuple[Span, str]]:
        """(span, ship name) for a navy prefix and a ship's name. After "at" the name is a shore
        establishment ("a ceremony at INS Kestrel"), not a ship. ``text`` is ``doc.text``, if at hand."""
        if self.ship_re is None:
            return []
        out = []
        for match in self.ship_re.finditer(doc.text if text is None else text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is None or len(span) < 2:
                continue
            end = span.end
            while end > span.start + 1 and (doc[end - 1].ent_type_ in self.NAME_STOP or not doc[end - 1].is_alpha):
                end -= 1
            if end < span.start + 2 or any(t.ent_type_ == "WEAPON_SYSTEM" for t in doc[span.start:end]):
                continue
            if span.start > 0 and doc[span.start - 1].lower_ == "at":
                continue
            name = doc[span.start:end]
            out.append((doc[self._ship_noun_before(doc, span.start):end], name.text))
        return out

    def ship_classes(self, doc: Doc, text: str | None = None) -> list[tuple[Span, str, str]]:
        """(span, class name, category) for "X-class"/"X class" before a category noun."""
        out = []
        for match in CLASS_RE.finditer(doc.text if text is None else text):
            span = doc.char_span(match.start(1), match.end(), alignment_mode="strict")
            if span is None or any(t.ent_type_ == "WEAPON_SYSTEM" for t in span):
                continue
            start = span.start
            while start < span.end - 3 and (doc[start].ent_type_ in self.NAME_STOP or doc[start].is_sent_start
                                             and doc[start].pos_ not in ("PROPN",)):
                start += 1  # "Indonesian Harimau Laut class": the nationality is no part of the name
            category = self.category_after(doc, span.end) or self.head_category_after(doc, span.end)
            if not category:
                continue
            words = [t.text for t in doc[start:span.end - 1] if t.text not in "-–"]
            if not words or not words[0][:1].isupper():
                continue
            out.append((doc[start:span.end], " ".join(words) + " class", category))
        return out

    def maker_country(self, doc: Doc, start: int) -> str | None:
        """The state of a catalogued company named right before a designator, the maker of an
        uncatalogued model ("Norinco VN-99", "Baykar's TB9")."""
        j = start - 1
        if j >= 0 and doc[j].tag_ == "POS":
            j -= 1
        if j < 0 or doc[j].ent_type_ != "ORG":
            return None
        ent = next((e for e in doc.ents if e.start <= j < e.end), None)
        org = self.gaz.organisation(ent.ent_id_ or ent.text) if ent is not None else None
        return org.country if org and org.type == "ORG" else None

    def category_before(self, doc: Doc, start: int) -> str | None:
        """The category of a category noun in apposition right before a designator: "the drone
        CH-95", "two frigates, the F-22P" (a determiner and one comma may stand between)."""
        j = start - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j < 0 or doc[j].pos_ != "NOUN" or doc[j].sent != doc[start].sent:
            return None
        for size in range(min(self.max_phrase, j + 1), 0, -1):
            category = self.gaz.category_of(doc[j - size + 1:j + 1].text.lower())
            if category:
                return category
        return None

    def __call__(self, doc: Doc) -> Doc:
        attrs = dict(doc._.weapon_attrs or {})
        found: list[Span] = []
        text = doc.text  # once: Doc.text joins every token again on each access
        ships = self.named_ships(doc, text)
        classes: dict[str, dict[str, WeaponSystem]] = {}  # prefix -> ship name -> its class
        for span, name in ships:
            found.append(Span(doc, span.start, span.end, label="WEAPON_SYSTEM", span_id=name))
            # a class is named after its first ship: "INS Kalvari" is a Kalvari-class submarine
            lead = self.gaz.weapon(name.split(" ", 1)[1] + " class")
            if lead is not None and lead.category == "ship":
                classes.setdefault(name.split(" ", 1)[0], {})[name] = lead
        for span, name in ships:
            known = classes.get(name.split(" ", 1)[0], {})
            # sister ships of one navy named with a lead ship are taken for the same class (one delivery)
            lead = known.get(name) or (next(iter(known.values())) if len({w.name for w in known.values()}) == 1 else None)
            attrs.setdefault(name, {"family": lead.family, "category": lead.category, "origin": lead.origin}
                             if lead else {"family": None, "category": "ship", "origin": None})
        for span, name, category in self.ship_classes(doc, text):
            known = self.gaz.weapon(name)
            canonical = known.name if known else name
            found.append(Span(doc, span.start, span.end, label="WEAPON_SYSTEM", span_id=canonical))
            if not known:
                attrs[canonical] = {"family": name, "category": category, "origin": None}
        for match in DESIGNATOR_RE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if span is None or any(t.ent_type_ == "WEAPON_SYSTEM" for t in span):
                continue
            category = self.category_after(doc, span.end) or self.category_before(doc, span.start)
            if not category:
                continue
            text = match.group(0)
            known = self.gaz.weapon(text)
            canonical = known.name if known else text
            ent = Span(doc, span.start, span.end, label="WEAPON_SYSTEM", span_id=canonical)
            found.append(ent)
            if not known:
                attrs[canonical] = {"family": family_of(text), "category": category,
                                    "origin": self.maker_country(doc, span.start)}
        found = filter_spans(found)
        taken = {t for e in found for t in range(e.start, e.end)}
        for span, system in self.family_mentions(doc):
            if not taken.intersection(range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label="WEAPON_SYSTEM", span_id=system.name))
        if found:
            kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
            doc.ents = filter_spans(kept + found)
        self.model_numbers(doc, attrs)
        self.short_names(doc)
        doc._.weapon_attrs = attrs
        return doc

    #: the shortest last word of a system's name that may stand for the system on its own later
    SHORT_NAME_MIN = 4

    def short_names(self, doc: Doc) -> None:
        """A system named in full, then by the last word of its name alone ("48 Eurofighter Typhoon fighters" ...
        "the 24 Typhoons it flies"; "six MH-60R Seahawks" ... "two more Seahawks"), or by its first word when the
        catalogue names it with one word of its kind after ("the Lynx vehicle" ... "218 Lynx"): the short name
        after the full one is the same system. Only a capitalised word of letters that names nothing else in the
        catalogue, and only after the full name (before it, "Typhoon" may be a storm or another maker's vehicle);
        not a named ship's."""
        ents = list(doc.ents)
        short: dict[str, tuple[str, int]] = {}  # short form -> (canonical, end of the first full name)
        clashing: set[str] = set()
        for ent in ents:
            if ent.label_ != "WEAPON_SYSTEM" or len(ent) < 2 or not ent.ent_id_:
                continue
            if ent[0].text in self.gaz.ship_prefixes:
                continue  # a ship's name ("PNS Hangor"): its last word alone is as often its class
            last = ent[-1].text
            if ROMAN_NUMERAL_RE.fullmatch(last) and len(ent) >= 3:
                last = ent[-2].text  # "F-5E Tiger II" ... "72 Tigers": the version numeral is no part of the short name
                if last in VERSION_WORDS:
                    last = ""  # "AIM-9X Block II": "Block" leads a lot's number ("Block 50 F-16s"), names no system
            forms = set()
            if last[:1].isupper() and last.isalpha() and len(last) >= self.SHORT_NAME_MIN and last[1:].islower():
                forms |= {last, last + "s"} | ({last[:-1]} if last.endswith("s") else set())
            lead = ent[0].text
            if len(ent) == 2 and ent[1].is_alpha and ent[1].is_lower and ent[1].pos_ == "NOUN" and lead.isalpha() \
                    and lead[:1].isupper() and lead[1:].islower() and len(lead) >= self.SHORT_NAME_MIN:
                # "Rheinmetall's Lynx vehicle" ... "ordered 218 Lynx": a name the catalogue knows with one word of its
                # kind after it is the system alone, after the pair (before it the name may be another maker's)
                forms |= {lead, lead + "s"}
            if LEAD_DESIGNATOR_RE.fullmatch(lead) and (ent[1].text[:1].isupper() and ent[1].is_alpha
                                                       or len(ent) == 2 and self.gaz.category_of(ent[1].text)):
                # "K2 Black Panther tanks" ... "talks over 216 K2s": a letters-and-digits designator leading a
                # name of words stands for the system in the plural after it (alone, before the full name, it may
                # be another maker's: the gazetteer keys no bare designator two systems share); in the singular it
                # as often names a part of a programme ("the K2 export book", "a K2 training centre"). The word
                # after it may be one weapon noun, the catalogue having told the system by the pair ("18 K2
                # tanks" ... "a contract for 180 K2s"); kept to the pair, as a longer noun group ("K2 main battle
                # tanks") is the formal name a report opens with before a recap of earlier lots in the plural,
                # which the gold sums into one record the store does not yet merge
                forms.add(lead + "s")
            for form in forms:
                if form in short and short[form][0] != ent.ent_id_:
                    clashing.add(form)
                short.setdefault(form, (ent.ent_id_, ent.end))
        short = {form: hit for form, hit in short.items() if form not in clashing and self.gaz.weapon(form) is None
                 and self.gaz.country(form) is None and self.gaz.place(form) is None
                 and self.gaz.organisation(form) is None}
        if not short:
            return
        found = []
        for tok in doc:
            hit = short.get(tok.text)
            if hit is None or tok.i < hit[1] or tok.ent_type_ in self.CURATED or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            if tok.ent_iob_ == "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
                continue  # a word of a longer name ("Typhoon Holdings")
            found.append(Span(doc, tok.i, tok.i + 1, label="WEAPON_SYSTEM", span_id=hit[0]))
        if found:
            kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
            doc.ents = filter_spans(kept + found)

    #: entity labels a number after a system's name may carry and still be its model number (the NER's guesses)
    NUMBER_LABELS = {"", "CARDINAL", "PRODUCT", "ORG"}

    def model_number_end(self, doc: Doc, end: int) -> int | None:
        """End of a model number right after a system's name ending at ``end``: digits, or a version word and
        digits ("King Air 360", "F-15EX Block 2", "Typhoon Tranche 3"), with one space between. It is the
        name's and no count when a version word leads it, when a noun group of a category follows it ("two King
        Air 360 surveillance aircraft") or when it ends the phrase ("ordered the King Air 360 from A")."""
        j = end
        if j >= len(doc) or doc[j - 1].whitespace_ != " ":
            return None
        versioned = doc[j].text in VERSION_WORDS and j + 1 < len(doc) and doc[j].whitespace_ == " "
        if versioned:
            j += 1
        tok = doc[j] if j < len(doc) else None
        if tok is None or not re.fullmatch(r"\d{1,4}[A-Z]{0,3}", tok.text) or tok.ent_type_ not in self.NUMBER_LABELS \
                or not versioned and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100:
            return None  # a year ("the F-16 2024 order"), a date, a sum of money
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and not tok.whitespace_ and (nxt.text in "-–/" or nxt.is_alpha):
            return None  # a range or a pair of numbers, a calibre ("K9 Thunder 155mm howitzers")
        if nxt is not None and nxt.lower_ in MEASURE_WORDS:
            return None  # "the K9 155 mm howitzer", "the Su-35 100 km away"
        if versioned or self.category_after(doc, j + 1) or self.head_category_after(doc, j + 1):
            return j + 1
        ends_phrase = nxt is None or nxt.is_punct and nxt.text not in "-–/" or nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX")
        if ends_phrase and len(tok.text) >= 2 and nxt is not None and nxt.text != "%":
            return j + 1
        return None

    def model_numbers(self, doc: Doc, attrs: dict) -> None:
        """Extend a system's name over the model number after it (``model_number_end``), so that the number
        is read as part of the name, not as a count of the system."""
        ents = list(doc.ents)
        changed = False
        for n, ent in enumerate(ents):
            if ent.label_ != "WEAPON_SYSTEM" or (n + 1 < len(ents) and ents[n + 1].start == ent.end
                                                 and ents[n + 1].label_ in self.CURATED):
                continue
            end = self.model_number_end(doc, ent.end)
            if end is None or any(e.start < end and ent.end < e.end and e.label_ in self.CURATED for e in ents):
                continue
            canonical = ent.ent_id_ or ent.text
            known = self.gaz.weapon(canonical)
            if canonical not in attrs and known is not None:
                attrs[canonical] = {"family": known.family, "category": known.category, "origin": known.origin}
            ents[n] = Span(doc, ent.start, end, label="WEAPON_SYSTEM", span_id=canonical)
            changed = True
        if changed:
            doc.ents = filter_spans(ents)


def _system_name_words(word_class: str) -> frozenset[str]:
    """The words of one class of ``data/system_name_words.tsv``, as written."""
    return word_set(Path(__file__).resolve().parent / "data" / "system_name_words.tsv", word_class)


#: Words that lead a model's version number after its name ("F-16 Block 70", "Typhoon Tranche 3", "Mk 2").
VERSION_WORDS = _system_name_words("version")


#: Units a number before them measures (a calibre, a range): no model number.
MEASURE_WORDS = _system_name_words("measure")


#: Participles a count puts before a system as adjectives of its state ("24 used F-16s", "12 refurbished tanks"),
#: which the tagger often takes for verbs.
STATE_PARTICIPLES = _system_name_words("state_participle")


#: Nouns for the body of vehicles a force operates ("the Kfir fleet"): a family name right before one is the system.
FLEET_NOUNS = _system_name_words("fleet_noun")


#: Verbs whose passive tells a system handed over ("which were delivered last year", "that were shipped in May").
HANDOVER_VERBS = _system_name_words("handover_verb")


#: Verbs telling a system's arrival ("which arrived in May").
ARRIVAL_VERBS = _system_name_words("arrival_verb")


@Language.factory("armstrack_contact_relatives")
def make_contact_relative_repair(nlp: Language, name: str) -> ContactRelativeRepair:
    """spaCy factory of the component that mends the parse of a relative clause with no relative pronoun."""
    return ContactRelativeRepair(load_gazetteers())


class ContactRelativeRepair:
    """A relative clause without "that" whose subject is a country, right after a weapon noun ("the jets
    Russia began delivering in 2017", "the gun Norland and Talora ordered"), is often misparsed: the country
    becomes an apposition (or the head) of the noun and the clause's verb hangs off the main verb with no
    subject, so the purchase or delivery it tells is lost. The clause is mended: its verb modifies the noun
    (relcl) and the country, with any countries coordinated to it, is its subject. Only when the verb is a
    past-tense verb right after the countries, has no subject nor object of its own (the noun is its gap;
    "began delivering" counts through its complement) and is not the sentence's root, and the noun is a
    weapon (a category noun or part of a catalogued system's name).

    The parser may also make the noun the verb's subject and the country an apposition of the noun or a second
    subject of the verb ("42 - jets Talora has ordered from A", "missiles A agreed to sell to B"): the noun is
    then mended in the same way, when it is a common noun, the country follows it with no comma, only the
    verb's auxiliaries stand between the country and the verb, and the verb (or its complement) has no object
    (the noun is its gap). The noun takes the verb's place in the sentence, as its root or as the object of
    the verb above ("whether to buy the jets B ordered").

    A reduced relative clause set off by a comma after a clause's object ("delivered six radars to B, ordered
    in 2020") that the parser hung off the clause's verb is mended to modify the weapon noun (see
    ``_reduced_relative_noun``): the order and its date are then not read as the delivery's."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz

    @staticmethod
    def _countries_end(doc: Doc, start: int) -> int | None:
        """The index after a run of country names joined by commas or "and" that starts at ``start``."""
        j, end = start, None
        while j < len(doc):
            if doc[j].lower_ == "the" and j + 1 < len(doc):
                j += 1
            if doc[j].ent_type_ != "COUNTRY" or doc[j].ent_iob_ != "B":
                return end
            j += 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            end = j
            if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "and":
                j += 2
            elif j < len(doc) and (doc[j].text == "," or doc[j].lower_ == "and"):
                j += 1
            else:
                return end
        return end

    def _weapon(self, tok: Token) -> bool:
        return weapon_group(self.gaz, tok.doc, tok.i, tok)  # the noun alone as its group

    #: The relation a noun phrase takes in the place of a clause it stood for ("to buy [the jets B ordered]").
    CLAUSE_TO_NOUN_DEPS = {"ccomp": "dobj", "xcomp": "dobj"}

    @staticmethod
    def _subject_noun_state(verb: Token) -> tuple[Token, Token] | None:
        """(noun, country) when the parser made the noun a verb's subject and the country that did what the verb
        tells an apposition of the noun or a second subject of the verb, the country right after the noun."""
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ == "COUNTRY":
            return None
        state = next((c for c in [*noun.children, *verb.children] if c.dep_ in ("appos", "nsubj") and c.i > noun.i
                      and c.left_edge.i == noun.i + 1), None)
        if state is None or state.ent_type_ != "COUNTRY":
            return None
        if any(t.dep_ not in ("aux", "neg", "advmod") or t.head != verb
               for t in verb.doc[state.right_edge.i + 1:verb.i]):
            return None
        # the noun is the clause's gap: neither the verb nor its complement ("agreed to sell") has an object
        tok = verb
        while tok is not None:
            if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
                return None
            tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        return noun, state

    def _mend_subject_read_as_noun(self, doc: Doc) -> None:
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            found = self._subject_noun_state(verb)
            if found is None:
                continue
            noun, state = found
            # the sentence's closing mark stays on its root
            moved = [t for t in verb.children if t.dep_ == "punct" and t.i == verb.sent.end - 1] \
                if verb.dep_ == "ROOT" else []
            before = [(t, t.head, t.dep_) for t in (noun, verb, state, *moved)]
            if verb.dep_ == "ROOT":
                noun.head, noun.dep_ = noun, "ROOT"
            else:
                noun.head, noun.dep_ = verb.head, self.CLAUSE_TO_NOUN_DEPS.get(verb.dep_, verb.dep_)
            verb.head, verb.dep_ = noun, "relcl"
            state.head, state.dep_ = verb, "nsubj"
            for t in moved:
                t.head = noun
            undo_if_broken(before)

    def _reduced_relative_noun(self, part: Token) -> Token | None:
        """The weapon noun a past participle set off by a comma right after the clause's object describes, when
        the parser read it as an adverbial clause of the clause's verb ("delivered six radars to B, ordered in
        2020, in 2023"): the participle has no subject, auxiliary nor object of its own, and the object ends
        right before the comma. An object "the first of six radars" gives its counted noun."""
        verb = part.head
        if part.dep_ != "advcl" or part.tag_ != "VBN" or part.i < 2 or part.doc[part.i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for c in part.children):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < part.i), None)
        if obj is None or any(t.text == "," for t in part.doc[obj.i:part.i - 1]):
            return None
        # the comma closes the object, or a phrase of the verb after it ("six radars to Chile, ordered ...")
        closing = {t.i for t in obj.subtree} | {t.i for c in verb.children if c.dep_ == "prep" and c.i > obj.i
                                                for t in c.subtree}
        if part.i - 2 not in closing:
            return None
        if not self._weapon(obj):
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        return obj if obj is not None and self._weapon(obj) else None

    def _mend_reduced_relatives(self, doc: Doc) -> None:
        for part in doc:
            noun = self._reduced_relative_noun(part)
            if noun is None:
                continue
            before = [(part, part.head, part.dep_)]
            part.head, part.dep_ = noun, "acl"
            undo_if_broken(before)

    def _maker_relative_noun(self, rel: Token) -> Token | None:
        """The weapon noun a relative clause of handover or arrival describes when the parser hung it on the company
        a participle on the noun names as its maker ("three radars made by A's firm X, which were delivered last
        year": the radars were delivered, not the firm): the clause's subject is its relative pronoun, its verb a
        passive of handing over or an arrival with no object, and the company is the "by" object of a past
        participle on a weapon noun."""
        if rel.dep_ != "relcl" or rel.pos_ != "VERB":
            return None
        lemma = rel.lemma_.lower()
        subject = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ != "WDT" or subject.i > rel.i:
            return None
        passive = subject.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in rel.children)
        if not (passive and lemma in HANDOVER_VERBS or not passive and lemma in ARRIVAL_VERBS
                and not any(c.dep_ in ("dobj", "dative") for c in rel.children)):
            return None
        company = rel.head
        if company.ent_type_ != "ORG" or company.dep_ != "pobj" or company.head.dep_ != "agent":
            return None
        participle = company.head.head
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            return None
        noun = participle.head
        return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < participle.i and self._weapon(noun) else None

    def _mend_maker_relatives(self, doc: Doc) -> None:
        for rel in doc:
            noun = self._maker_relative_noun(rel)
            if noun is None:
                continue
            before = [(rel, rel.head, rel.dep_)]
            rel.head = noun
            undo_if_broken(before)

    def __call__(self, doc: Doc) -> Doc:
        self._mend_subject_read_as_noun(doc)
        self._mend_reduced_relatives(doc)
        self._mend_maker_relatives(doc)
        for noun in doc:
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 2 >= len(doc) or not self._weapon(noun):
                continue
            end = self._countries_end(doc, noun.i + 1)
            if end is None or end >= len(doc):
                continue
            verb = doc[end]
            first = doc[noun.i + 1] if doc[noun.i + 1].lower_ != "the" else doc[noun.i + 2]
            if verb.tag_ != "VBD" or verb.dep_ == "ROOT" or verb.sent != noun.sent or verb.head == noun:
                continue
            objects = [c for t in (verb, *[x for x in verb.children if x.dep_ == "xcomp"]) for c in t.children
                       if c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp")]
            if objects or noun in verb.subtree:
                continue
            before = [(t, t.head, t.dep_) for t in (noun, verb, first)]
            if noun.head == first:
                # the noun was read as a modifier of the country: it takes the country's place
                noun.head = first.head if first.head != first else noun
                noun.dep_ = first.dep_ if first.head != first else "ROOT"
            verb.head = noun
            verb.dep_ = "relcl"
            first.head = verb
            first.dep_ = "nsubj"
            undo_if_broken(before)
        return doc


def in_cycle(tok: Token) -> bool:
    """Whether walking up from a token loops before it reaches a root."""
    seen = {tok.i}
    while tok.head != tok:
        tok = tok.head
        if tok.i in seen:
            return True
        seen.add(tok.i)
    return False


def undo_if_broken(before: list[tuple[Token, Token, str]]) -> bool:
    """Put back the heads and relations a parse repair changed (``before``: each token with its old head and
    relation) when the repair left a loop in the tree: never a broken tree, the parse as it was. Whether it did."""
    if not any(in_cycle(t) for t, _, _ in before):
        return False
    for t, old_head, old_dep in before:
        t.head = old_head
        t.dep_ = old_dep
    return True


def weapon_group(gaz: Gazetteers, doc: Doc, start: int, head: Token) -> bool:
    """Whether the noun group from ``start`` to its ``head`` names a weapon: its head is a category noun, or a
    word of it is a catalogued system's name."""
    return bool(gaz.category_of(head.lower_)) or any(t.ent_type_ == "WEAPON_SYSTEM" for t in doc[start:head.i + 1])


@Language.factory("armstrack_count_participles")
def make_count_participle_repair(nlp: Language, name: str) -> CountParticipleRepair:
    """spaCy factory of the component that mends the parse of a count, a state participle and a system."""
    return CountParticipleRepair(load_gazetteers())


class CountParticipleRepair:
    """A count, a participle of the system's state and the system ("sold 24 used F-16AM/BM fighters",
    "delivery of two used AH-1F helicopters") is one noun group; the parser often reads the participle as a
    verb whose object is the system ("24" the seller's object, "used fighters" a clause of its own), or leaves
    the count outside the group, so the transfer loses its system or its quantity. The group is mended: the
    system's head noun takes the count's place in the clause, the count and the participle modify it. Only
    when the count comes right before the participle, is no subject nor a date, no determiner follows the
    participle ("24 used the new engines" is a clause), and the group's head is a weapon (a category noun or
    a catalogued system's name)."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz

    def _group_head(self, doc: Doc, start: int) -> Token | None:
        """The head noun of the noun group that starts at ``start``: the last noun before a token that
        is neither a noun, an adjective, a number, a hyphen nor a slash ("F-16AM/BM fighters")."""
        head = None
        for j in range(start, min(len(doc), start + 8)):
            tok = doc[j]
            if tok.pos_ in ("NOUN", "PROPN") or tok.ent_type_ == "WEAPON_SYSTEM":
                head = tok
            elif not (tok.pos_ in ("ADJ", "NUM", "SYM") or tok.text in "-–/"):
                break
        return head

    def __call__(self, doc: Doc) -> Doc:
        for u in doc:
            if u.lower_ not in STATE_PARTICIPLES or u.i == 0 or u.i + 1 >= len(doc):
                continue
            count = doc[u.i - 1]
            if count.pos_ != "NUM" or count.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") \
                    or count.dep_ in ("nsubj", "nsubjpass") or not count.whitespace_:
                continue
            if doc[u.i + 1].pos_ == "DET" or doc[u.i + 1].is_punct:
                continue
            head = self._group_head(doc, u.i + 1)
            if head is None or head.sent != count.sent or not weapon_group(self.gaz, doc, u.i + 1, head):
                continue
            if count.head == head and u.head == head:
                continue  # parsed right
            if any(c.i < u.i and c != count for c in u.children) or u in count.ancestors and count.head != u \
                    or any(a == u or a == head for a in count.head.ancestors):
                continue  # the participle heads a clause the count sits in ("the deal for 24 used ... was"): left
            if head.head != u and count.head != head and head.dep_ not in ("dobj", "pobj", "appos", "attr", "conj"):
                continue  # the group's head is some other verb's subject ("jets and ... transports from A"): left
            before = [(t, t.head, t.dep_) for t in (count, u, head, *u.children)]
            if count.head != head:
                outer = count.head
                if count.i <= outer.i <= head.i or outer in head.subtree:
                    continue  # the count's place is inside the group, or it heads the clause: no place to take
                if head.head == u:
                    # the participle's phrases after the group belong to the clause the group sits in
                    for c in list(u.children):
                        if c.i > head.i:
                            c.head = outer if outer.pos_ in ("VERB", "AUX") else head
                # the group's head takes the count's place in the clause ("for 24" -> "for ... fighters")
                head.head = outer
                head.dep_ = count.dep_
                count.head = head
                count.dep_ = "nummod"
            if u.head != head:
                u.head = head
                u.dep_ = "amod"
            undo_if_broken(before)
        return doc


#: Words of a relative date after a bare count ("ordered four last year"): the shift and the unit.
DATE_SHIFTS = _system_name_words("date_shift")
DATE_UNITS = _system_name_words("date_unit")


@Language.factory("armstrack_count_before_date")
def make_count_date_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The repair of a bare count read as part of the relative date after it; see count_before_date."""
    return count_before_date


def _year_number(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4


def _date_of_its_own(rest: Span) -> bool:
    """Whether the words after a number in a DATE entity are a date by themselves, one a number before cannot
    count: a relative date ("last year"; "earlier this year", a shift and a unit after at most one adverb), or a
    time preposition leading a year or a range of years ("in 2021", "between 2019 and 2022")."""
    if len(rest) >= 2 and rest[-2].lower_ in DATE_SHIFTS and rest[-1].lower_ in DATE_UNITS \
            and len(rest) <= 3 and all(t.pos_ in ("ADV", "ADJ") for t in rest[:-2]):
        return True
    return rest[0].pos_ == "ADP" and any(_year_number(t) for t in rest[1:])


def count_before_date(doc: Doc) -> Doc:
    """A bare count right before a date of its own ("Chile signed for four last year", "Peru received two this
    year", "Kenya took delivery of three between 2015 and 2017") is the lot the clause tells of, named before; the
    tagger often reads it as part of the date ("four last year" one DATE, "four" the number of years), so the
    clause loses its object. The count leaves the date entity (a CARDINAL of its own) and, when it was parsed as
    a word of the date, takes the date's place in the clause; the date then hangs on the clause's verb (its
    preposition, when it has one, as the verb's). Only a number (not a year) leading the entity, before a relative
    date ("last", "this", "next" and a unit: "year", "month", "spring") or a time preposition with a year
    ("between 2019 and 2022", "in 2021"); no word before the count belonging to the date ("the past four last
    years"), none a number counts ("four years", "three months in 2021")."""
    changed = False
    ents = list(doc.ents)
    for k, ent in reversed(list(enumerate(ents))):
        if ent.label_ != "DATE" or len(ent) < 3:
            continue
        count, rest = ent[0], ent[1:]
        if count.pos_ != "NUM" or _year_number(count) or not _date_of_its_own(rest):
            continue
        ents[k:k + 1] = [Span(doc, count.i, count.i + 1, label="CARDINAL"),
                         Span(doc, rest.start, rest.end, label="DATE")]
        changed = True
        if count.head not in rest:
            continue  # parsed as a word of the clause already ("bought eight | between 2014 and 2016")
        date = next((t for t in rest if t.head not in rest or t.head == t), None)
        if date is None or date.dep_ not in ("pobj", "dobj", "npadvmod"):
            continue
        verb = next((a for a in date.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        lead = rest[0]
        before = [(t, t.head, t.dep_) for t in (count, date, lead)]
        if date.dep_ == "npadvmod":
            if any(c.dep_ in ("dobj", "obj") for c in verb.children):
                continue
            count.head, count.dep_ = verb, "dobj"
        else:
            count.head, count.dep_ = date.head, date.dep_
            date.head, date.dep_ = verb, "npadvmod"
        if lead.pos_ == "ADP" and lead != date and lead.head == date:
            # the date's preposition leads it on the verb ("taking delivery of four | between 2019 and 2022")
            lead.head, lead.dep_ = verb, "prep"
            date.head, date.dep_ = lead, "pobj"
        undo_if_broken(before)
    if changed:
        doc.ents = ents
    return doc


@Language.factory("armstrack_variant_designators")
def make_variant_designator_repair(nlp: Language, name: str) -> VariantDesignatorRepair:
    """The repair of a variant designator read as a verb; see VariantDesignatorRepair."""
    return VariantDesignatorRepair(load_gazetteers())


#: A variant designator written as one word of letters and digits with no hyphen ("LR2", "Mk3", "H225").
_VARIANT_DESIGNATOR_RE = re.compile(r"[A-Z][A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,2}")


#: The dependents that make a word a verb of its own clause: a subject or an auxiliary.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl"})


class VariantDesignatorRepair:
    """A system's name, a variant designator and the head noun ("Spike LR2 anti-tank missiles", "VAB Mk3
    carriers") are one noun group; the parser may read the designator, a word it never met, as a verb whose
    object is the head noun, so the name is cut from its noun and the clause the group sits in loses its
    system. The group is mended: the head noun takes the group's place in the clause, the name and the
    designator modify it. Only when the designator comes right after a capitalised name, the head noun is its
    object, only modifiers stand between them, and the head is a weapon (a category noun or a catalogued
    system's name)."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz

    def __call__(self, doc: Doc) -> Doc:
        for d in doc:
            if d.pos_ not in ("VERB", "AUX") or not _VARIANT_DESIGNATOR_RE.fullmatch(d.text) or d.i == 0:
                continue
            name = doc[d.i - 1]
            if name.pos_ != "PROPN" or not name.text[:1].isupper() or not name.whitespace_ or name.sent != d.sent:
                continue
            # the designator's object, whose modifiers fill the words between ("LR2 anti-tank missiles")
            head = next((c for c in d.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                         and c.left_edge.i == d.i + 1), None)
            if head is None or not weapon_group(self.gaz, doc, name.i, head):
                continue
            if any(c != name and c.dep_ in _CLAUSE_DEPS for c in d.children):
                continue  # the designator has a subject or an auxiliary of its own: a true clause, left
            # the group's place in the clause: the name's, when it hangs outside the group, else the designator's
            outer = name if name.head != d else d
            place_head, place_dep = outer.head, outer.dep_
            if place_head in (d, name, head):
                continue  # the designator heads the sentence: no place for the group to take
            before = [(t, t.head, t.dep_) for t in (name, d, head, *d.children)]
            # the designator's other words ("whether", "last year") belong to the clause the group sits in
            clause = next((t for t in (place_head, *place_head.ancestors) if t.pos_ in ("VERB", "AUX")), head)
            for c in list(d.children):
                if c not in (name, head):
                    c.head = clause
            head.head = place_head
            head.dep_ = place_dep
            for t in (name, d):
                t.head = head
                t.dep_ = "compound"
            if undo_if_broken(before):
                continue
            d.pos_ = "PROPN"
            d.tag_ = "NNP"
        return doc


@Language.factory("armstrack_category_verbs")
def make_category_verb_repair(nlp: Language, name: str) -> CategoryVerbRepair:
    """The repair of a plural category noun read as a verb after a system's name; see CategoryVerbRepair."""
    return CategoryVerbRepair(load_gazetteers())


class CategoryVerbRepair:
    """A catalogued system's name and a plural category noun ("12 Super Tucano turboprops from Brazil",
    "two Hermes 900 drones") are one noun group; the tagger may read the plural noun as a verb ("turboprops"
    a present-tense verb), so the name ends the group alone and the phrases after the noun ("from Brazil")
    hang on that verb, lost to the transfer. The group is mended: the noun takes the name's place in the
    clause (or its own, when the name hangs on it), the name modifies it, the noun's phrases stay on it.
    Only a plural category noun right after a system's name, with no subject nor auxiliary of its own ("the
    F-16 ships next year": a clause, left) but a word of the name when another word of it hangs elsewhere
    (the parser splitting the name between the clause and the verb)."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz

    def __call__(self, doc: Doc) -> Doc:
        for n in doc:
            if n.pos_ not in ("VERB", "AUX") or n.i == 0 or n.tag_ != "VBZ" or not self.gaz.category_of(n.lower_):
                continue
            name = doc[n.i - 1]
            if name.ent_type_ != "WEAPON_SYSTEM" or not name.whitespace_ or name.sent != n.sent:
                continue
            ent = next(e for e in doc.ents if e.start <= name.i < e.end)
            if ent.end != n.i:
                continue
            # the name's words that hang outside it: on the noun, or on a word of the clause ("of" in "delivery
            # of six A-29 Super Tucano turboprops", the parser taking "Tucano" for the verb's subject)
            tops = [t for t in ent if t.head == t or not ent.start <= t.head.i < ent.end]
            outside = [t for t in tops if t.head != n]
            subjects = [c for c in n.children if c.dep_ in _CLAUSE_DEPS]
            if len(outside) > 1 or any(c not in ent for c in subjects) or subjects and not outside:
                continue  # the noun has a subject or an auxiliary of its own: a true clause, left
            place_head, place_dep = (outside[0].head, outside[0].dep_) if outside else (n.head, n.dep_)
            if place_head in (n, *outside) or ent.start <= place_head.i < ent.end:
                continue  # the group heads the sentence: no place for it to take
            before = [(t, t.head, t.dep_) for t in (*tops, n)]
            for t in tops:
                t.head, t.dep_ = n, "compound"
            n.head, n.dep_ = place_head, place_dep
            if undo_if_broken(before):
                continue
            n.pos_ = "NOUN"
            n.tag_ = "NNS"
        return doc


@Language.factory("armstrack_person_names")
def make_person_name_repair(nlp: Language, name: str) -> PersonNameRepair:
    """spaCy factory of the component that repairs person names the statistical NER cuts short or mislabels."""
    return PersonNameRepair(load_gazetteers())


class PersonNameRepair:
    """Person names the small statistical NER cuts short or mislabels.

    - a title followed by capitalised names is a person ("Defence Minister Sofia Petrova", where the
      gazetteer took "Sofia" for the capital);
    - a PERSON span extends over the capitalised name words right after it ("Aung Kyaw" + "Min") and
      over hyphenated parts ("Han Ji-woo");
    - a one-word gazetteer or NORP match glued to a PERSON span joins it ("Sofia" + "Petrova"), and a
      country glued to one as its compound ("Israel" + "Katz");
    - an unlabelled full name whose last word recurs on its own is a person ("Joaquim Tavares ... Tavares").
    """

    MAX_NAME = 4
    #: the statistical NER's labels other than PERSON that it puts on unusual personal names
    GUESSED_LABELS = ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT", "LOC")
    KEEP_LABELS = ("COUNTRY", "ORG", "MILITARY", "WEAPON_SYSTEM", "DATE", "MONEY", "CARDINAL", "PERCENT")

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz

    @staticmethod
    def _name_word(tok) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha

    @staticmethod
    def _surname_half(tok) -> bool:
        """A word that can be one half of a double-barrelled surname: capitalised, then lower case."""
        return tok.is_alpha and len(tok) >= 3 and tok.text[0].isupper() and tok.text[1:].islower()

    @classmethod
    def _hyphened_name_part(cls, doc: Doc, i: int) -> bool:
        """A single catalogued word (a weapon, a place) glued by a hyphen to a capitalised word, both
        written as names ("Abrams-Singh", "Kamara-Bangura"): half of a double-barrelled surname inside a
        name run, not the catalogue's entry. Designations keep digits or capitals after the hyphen
        ("Su-30", "Kalibr-NK") and so stay catalogue words."""
        tok = doc[i]
        if tok.ent_type_ not in ("WEAPON_SYSTEM", "LOCATION") or not cls._surname_half(tok) \
                or tok.ent_iob_ != "B" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            return False
        after = i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not tok.whitespace_ \
            and not doc[i + 1].whitespace_ and cls._surname_half(doc[i + 2])
        before = i >= 2 and doc[i - 1].text in ("-", "‑") and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and cls._surname_half(doc[i - 2])
        return after or before

    def _run_end(self, doc: Doc, start: int, title_tokens: set[int]) -> int:
        """End of the name words from ``start``: capitalised proper nouns and hyphenated parts."""
        end = start
        while end < len(doc) and end - start < self.MAX_NAME + 2:
            tok = doc[end]
            # a gazetteer match stops a name; the statistical NER's ORG guesses on name words do not, nor
            # does a catalogue word that is one half of a hyphenated surname ("Abrams-Singh")
            kept = tok.ent_type_ in self.KEEP_LABELS and (tok.ent_type_ != "ORG" or tok.ent_id_) \
                and not self._hyphened_name_part(doc, end)
            # a title word right after a name particle is a name ("Khalid bin Sultan")
            after_particle = end > 0 and doc[end - 1].lower_ in NAME_PARTICLES and end - 1 >= start - 1
            if self._name_word(tok) and (tok.i not in title_tokens or after_particle) and not kept:
                end += 1
            elif tok.lower_ in NAME_PARTICLES and end > start and end + 1 < len(doc) \
                    and (self._name_word(doc[end + 1]) or doc[end + 1].text == "-" and not tok.whitespace_):
                end += 1  # "Faisal bin Farhan", "el-Sisi"
            elif tok.text in ("-", "‑") and end > start and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                    and doc[end + 1].is_alpha and not tok.whitespace_:
                end += 2  # "Ji-woo"
            else:
                break
        return end

    @staticmethod
    def _past_name_hyphen(doc: Doc, ent: Span) -> int:
        """Where a PERSON span really ends when the statistical NER cut it at the hyphen of a hyphenated given
        name ("Kang Tae-" + "seok", "Kang Tae" + "-seok", "Kim" + "Do-hyun" where the tagger calls "Do" a common
        noun). The part after the hyphen is a lower-case syllable of at most five letters that the tagger does
        not read as a participle or adjective ("Redbank-built", "Kyiv-based" are no names)."""
        def syllable(tok) -> bool:
            return tok.is_alpha and tok.text.islower() and len(tok) <= 5 and tok.tag_ not in ("VBN", "VBD", "VBG", "JJ")

        def glued_hyphen(i: int) -> bool:
            return doc[i].text in ("-", "‑") and not doc[i].whitespace_ and not doc[i - 1].whitespace_

        end = ent.end
        if end < len(doc) and glued_hyphen(ent.end - 1) and syllable(doc[end]):
            return end + 1
        if end + 1 < len(doc) and glued_hyphen(end) and syllable(doc[end + 1]):
            return end + 2
        if end + 2 < len(doc) and ent[-1].whitespace_ == " " and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and doc[end].text[1:].islower() and len(doc[end]) <= 4 and glued_hyphen(end + 1) \
                and syllable(doc[end + 2]):
            return end + 3
        return end

    def _after_title(self, doc: Doc, end: int) -> int:
        """Where the name after a title starts: past a line break and the office's "of" phrases
        ("Minister of Defence of Ukraine X", "chief of the Air Force X", "Commander of the Armed Forces X")."""
        body_nouns = not_person_words().get("body", frozenset())
        i = end
        while i < len(doc) and doc[i].is_space:
            i += 1
        while i + 1 < len(doc) and doc[i].lower_ == "of":
            j = i + 1
            if doc[j].lower_ == "the":
                j += 1
            if j >= len(doc):
                break
            # a body's name ends with a body noun ("the Armed Forces", "the Syrian National Coalition")
            k, last_body = j, None
            while k < len(doc) and k - j < 6 and doc[k].text[:1].isupper():
                if doc[k].lower_ in body_nouns:
                    last_body = k
                k += 1
            if last_body is not None:
                j = last_body + 1
            elif doc[j].ent_type_ in ("COUNTRY", "MILITARY") or doc[j].ent_type_ == "ORG" and doc[j].ent_id_:
                j += 1  # past a catalogued country or body
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
            else:
                break
            i = j
        # an envoy's posting: "Ambassador to Chile X", "Special Envoy to Sudan X" (a catalogued country only)
        if i == end and i + 2 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].ent_type_ == "COUNTRY" \
                and doc[i + 1].ent_iob_ == "B":
            j = i + 2
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j < len(doc) and self._name_word(doc[j]):
                i = j
        return i

    def _set_off_after_title(self, doc: Doc, titles, title_tokens: set[int]) -> list[Span]:
        """ "the Minister Delegate at the Presidency in charge of Defence, Jean-Marie Ekotto Mballa, and ...": name
        words set off by commas after a title's phrase (no verb between), which the statistical NER left
        unlabelled or guessed to be an organisation, are the title holder's name."""
        words = not_person_words()
        out = []
        for span in titles:
            j = span.end
            while j < len(doc) and j - span.end < 12 and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX") \
                    and not (doc[j].is_punct and doc[j].text not in ("-", "‑", "’", "'")) and not doc[j].is_space:
                j += 1
            if j + 2 >= len(doc) or doc[j].text != ",":
                continue
            start = j + 1
            end = self._run_end(doc, start, title_tokens)
            run = doc[start:end]
            # (closed by punctuation: "Police, National Security and Correctional Services" lists portfolios, and
            # a title right after the closing comma shows the words were one more of them)
            closed = end < len(doc) and doc[end].text in (",", ".", ";", ")") \
                and not (end + 1 < len(doc) and (end + 1 in title_tokens
                                                 or doc[end + 1].lower_.rstrip(".") in HONORIFICS))
            if 2 <= len(run) <= self.MAX_NAME + 2 and closed and all(self._unlabelled(t) for t in run) \
                    and run[-1].lower_ not in words.get("last", ()) and run[-1].lower_ not in words.get("body", ()) \
                    and run[0].lower_ not in words.get("first", ()) and any(t.ent_type_ for t in run):
                out.append(Span(doc, start, end, label="PERSON"))
        return out

    def _given_place(self, doc: Doc, i: int) -> bool:
        """A one-word place or country entity right before an unlabelled name word: a given name ("Sofia")."""
        tok = doc[i]
        return tok.ent_type_ in ("LOCATION", "COUNTRY", "NORP", "GPE") and tok.ent_iob_ == "B" \
            and i + 1 < len(doc) and doc[i + 1].ent_iob_ != "I" and self._name_word(tok) \
            and self._name_word(doc[i + 1]) and self._unlabelled(doc[i + 1])

    @staticmethod
    def _unlabelled(tok) -> bool:
        """No entity, or only the statistical NER's guess of an organisation (not a catalogued one)."""
        return not tok.ent_type_ or tok.ent_type_ == "ORG" and not tok.ent_id_

    def _named_again(self, doc: Doc, title_tokens: set[int]) -> list[Span]:
        """Unlabelled full names whose last word stands alone elsewhere ("Joaquim Tavares ... Tavares said").

        News names a person in full once and by surname after: a run of two or more capitalised proper nouns
        the NER left unlabelled (or guessed an organisation), whose last word recurs on its own, is a person.
        Its first word may be a one-word place or country the gazetteer took (a given name: "Israel Katz",
        "Sofia Marchetti").
        """
        lone: dict[str, int] = {}
        for tok in doc:
            if tok.pos_ in ("PROPN", "NOUN") and tok.is_alpha and tok.text[:1].isupper() \
                    and tok.ent_type_ in ("", "PERSON") \
                    and tok.dep_ not in ("compound", "amod", "nmod") \
                    and not (tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha) \
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha):
                lone[tok.text] = lone.get(tok.text, 0) + 1
        if not lone:
            return []
        out = []
        i = 0
        while i < len(doc) - 1:
            tok = doc[i]
            first = i
            given_place = self._given_place(doc, i)
            if not (self._name_word(tok) and self._unlabelled(tok) or given_place) or i in title_tokens \
                    or (i > 0 and self._name_word(doc[i - 1])):
                i += 1
                continue
            end = self._run_end(doc, i + 1, title_tokens)
            run = doc[first:end]
            if 2 <= len(run) <= self.MAX_NAME and all(self._unlabelled(t) for t in run[1:]) \
                    and all(t.is_alpha for t in run) and lone.get(run[-1].text, 0) >= 1:
                out.append(Span(doc, first, end, label="PERSON"))
            i = max(end, i + 1)
        return out

    def _guessed_org_named_by_title(self, doc: Doc, i: int, title_tokens: set[int]) -> Span | None:
        """ "Yoon Chae-hyeon, minister of ...", "Ana Ruiz Soto, the ministry's secretary for ...": a run of name
        words the statistical NER guessed (whole) to be an organisation, set off by a comma and in apposition
        with a person's title (the appositive's head is a title word), is that title holder's name. No word of the
        run may be one that names a body, place or thing ("X Group", "Exercise Y")."""
        ent_end = i + 1
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        end = self._run_end(doc, i, title_tokens)
        if end != ent_end or not 2 <= end - i <= self.MAX_NAME or end + 1 >= len(doc) or doc[end].text != ",":
            return None
        run = doc[i:end]
        words = not_person_words()
        if any(t.lower_ in words.get("last", ()) or t.lower_ in words.get("body", ()) for t in run) \
                or run[0].lower_ in words.get("first", ()) or not all(t.is_alpha or t.text in ("-", "‑") for t in run):
            return None
        return Span(doc, i, end, label="PERSON") if self._title_apposed(run, title_tokens) else None

    @staticmethod
    def _title_apposed(run: Span, title_tokens: set[int]) -> bool:
        """Whether the parser hangs a title word after the name on it as its appositive ("X, the ministry's
        secretary for ...")."""
        return any(c.dep_ == "appos" and c.i > run.end and c.i in title_tokens for c in run.root.children)

    def _guessed_name_of_role(self, doc: Doc, ent: Span, title_tokens: set[int]) -> Span | None:
        """ "X Y, a Chadian national", "said Z's lawyer, X Y": a whole run of two to four name words the statistical
        NER guessed to be an organisation, a place, a group or a title (not a catalogued one), in apposition with a
        common noun of a person's standing or role (``role`` in not_person.tsv), is a person's name. No word of the
        run may be one that names a body, place or thing."""
        if ent.label_ not in self.GUESSED_LABELS or ent.ent_id_ or not 2 <= len(ent) <= self.MAX_NAME \
                or not all(self._name_word(t) and t.i not in title_tokens for t in ent):
            return None
        words = not_person_words()
        roles = words.get("role", frozenset())
        if any(t.lower_ in words.get("last", ()) or t.lower_ in words.get("body", ()) for t in ent) \
                or ent[0].lower_ in words.get("first", ()):
            return None
        root = ent.root
        # the role set off after the name ("X Y, a national of ..."), or the name set off after the role
        after = any(c.dep_ == "appos" and c.i > ent.end and c.lemma_.lower() in roles and c.pos_ == "NOUN"
                    and doc[ent.end].text == "," for c in root.children)
        before = root.dep_ == "appos" and root.head.i < ent.start and root.head.lemma_.lower() in roles \
            and root.head.pos_ == "NOUN" and doc[ent.start - 1].text == ","
        return Span(doc, ent.start, ent.end, label="PERSON") if after or before else None

    def __call__(self, doc: Doc) -> Doc:
        titles = doc.spans["titles"] if "titles" in doc.spans else []
        title_tokens = {i for s in titles for i in range(s.start, s.end)}
        new: list[Span] = []
        for span in titles:
            start = self._after_title(doc, span.end)
            if start < len(doc) and (span[0].text[:1].isupper() or start > span.end):
                end = self._run_end(doc, start, title_tokens)
                if end - start >= 2:
                    new.append(Span(doc, start, end, label="PERSON"))
        new.extend(self._set_off_after_title(doc, titles, title_tokens))
        # "Nay Lin Aung, co-founder of ...": unlabelled name words in apposition with a title
        skip_to = 0
        proper = doc.to_array([POS, IS_ALPHA])  # candidates in one pass: alphabetic proper nouns
        for i in np.flatnonzero((proper[:, 0] == PROPN) & (proper[:, 1] == 1)).tolist():
            if i < skip_to:
                continue
            # "Sofia Marchetti, Italy's undersecretary ...": a city as given name (a country before a name
            # and a comma is rather a document's: "the Chile-Ghana Joint Communique, released ...")
            given = self._given_place(doc, i) and doc[i].ent_type_ != "COUNTRY"
            if self._name_word(doc[i]) and (not doc[i].ent_type_ or given) and i not in title_tokens \
                    and (i == 0 or not self._name_word(doc[i - 1])):
                end = self._run_end(doc, i + 1 if given else i, title_tokens)
                if 2 <= end - i <= self.MAX_NAME and all(not t.ent_type_ for t in doc[i + 1 if given else i:end]) \
                        and end + 1 < len(doc) and doc[end].text == "," \
                        and (any(j in title_tokens for j in range(end + 1, min(end + 4, len(doc))))
                             or self._title_apposed(doc[i:end], title_tokens)):
                    new.append(Span(doc, i, end, label="PERSON"))
                skip_to = max(end, i + 1)
            elif self._name_word(doc[i]) and doc[i].ent_type_ == "ORG" and not doc[i].ent_id_ \
                    and doc[i].ent_iob_ == "B" and i not in title_tokens:
                guessed = self._guessed_org_named_by_title(doc, i, title_tokens)
                if guessed is not None:
                    new.append(guessed)
                    skip_to = guessed.end
        new.extend(self._named_again(doc, title_tokens))
        ents = doc.ents  # a tuple of new Spans on every access: read once
        for ent in ents:
            role_named = self._guessed_name_of_role(doc, ent, title_tokens)
            if role_named is not None:
                new.append(role_named)
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            start = ent.start
            glued_country = start > 0 and doc[start - 1].ent_type_ == "COUNTRY" \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start  # "Israel" + "Katz"
            if start > 0 and (doc[start - 1].ent_type_ in ("LOCATION", "NORP", "WEAPON_SYSTEM", "GPE")
                              or glued_country) \
                    and len([e for e in ents if e.start <= start - 1 < e.end][0]) == 1 \
                    and self._name_word(doc[start - 1]) and doc[start - 1].i not in title_tokens:
                start -= 1  # "Sofia" + "Petrova"
            end = max(ent.end, self._run_end(doc, self._past_name_hyphen(doc, ent), title_tokens))
            if (start, end) != (ent.start, ent.end):
                new.append(Span(doc, start, end, label="PERSON"))
        if new:
            new = filter_spans(new)
            kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
            doc.ents = filter_spans(kept + new)
        return doc


def family_of(designator: str) -> str:
    """The family of an uncatalogued designator: its variant suffix dropped (Orlan-10E -> Orlan-10)."""
    family = re.sub(r"(?<=\d)[A-Za-z]{1,3}$", "", designator)
    return family or designator


def _install_hint(model: str) -> str:
    return (f"spaCy pipeline {model!r} is not installed. The default pipeline is pinned in constraints.txt: "
            f"`pip install --require-hashes --no-deps -r constraints.txt`; any other installed pipeline can "
            f"be chosen with --model.")


@functools.lru_cache(maxsize=4)
def build_pipeline(model: str) -> Language:
    """Load ``model`` and add armstrack's components; built once per process and model."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(_install_hint(model)) from exc
    speed_up_attribute_rulers(nlp)
    speed_up_lemmatizers(nlp)
    gaz = load_gazetteers()
    add_title_abbreviations(nlp, gaz)  # before the scratch copy, so the title patterns split the same way
    nlp.add_pipe("armstrack_apostrophe_norms", first=True)  # before the tok2vec layer reads the norms
    nlp.add_pipe("armstrack_misspelt_norms", after="armstrack_apostrophe_norms")
    nlp.add_pipe("armstrack_title_norms", after="armstrack_misspelt_norms")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("armstrack_designation_glue", before="parser")
        nlp.add_pipe("armstrack_aside_glue", before="parser")
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    with _scratch_tokenizer(nlp):
        ruler = nlp.add_pipe("entity_ruler", name="armstrack_gazetteer", config={"overwrite_ents": True}, **before)
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(gazetteer_patterns(gaz))
        if len(ruler):  # spaCy's check for patterns counts them all on every document (len(ruler)): once here
            ruler._require_patterns = _has_patterns
        nlp.add_pipe("armstrack_designators", last=True)
        nlp.add_pipe("armstrack_titles", last=True)
        nlp.add_pipe("armstrack_person_names", last=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("armstrack_count_participles", last=True)
            nlp.add_pipe("armstrack_contact_relatives", last=True)
            nlp.add_pipe("armstrack_variant_designators", last=True)
            nlp.add_pipe("armstrack_count_before_date", last=True)
            nlp.add_pipe("armstrack_category_verbs", last=True)
    keep_ner_labels(nlp)  # the gazetteer's own labels would grow the NER's output layer
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("armstrack_list_items", before="parser")
        nlp.add_pipe("armstrack_paragraphs", before="parser")
        nlp.add_pipe("armstrack_headings", before="parser")
    add_glued_splits(nlp, gaz)  # on the article tokenizer, not the scratch one
    split_designator_periods(nlp)
    keep_repetition_prefix(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("armstrack_prefixed_lemmas", after="lemmatizer")
        nlp.add_pipe("armstrack_misspelt_lemmas", after="lemmatizer")
    return nlp


def _has_patterns() -> None:
    """The gazetteer ruler's pattern check, done once when the patterns were added."""


@contextlib.contextmanager
def _scratch_tokenizer(nlp: Language) -> Iterator[None]:
    """Tokenize the components' patterns (tens of thousands of gazetteer names) with a copy of the
    tokenizer. spaCy's tokenizer caches up to 10,000 chunks and never evicts one: filled with pattern
    strings, its cache would miss on nearly every word of the articles (tokenizing ~10x slower). The
    copy has the same rules and settings, so the patterns are tokenized exactly as before."""
    main = nlp.tokenizer
    if not isinstance(main, Tokenizer):  # a custom tokenizer: left as it is
        yield
        return
    scratch = Tokenizer(main.vocab)
    scratch.from_bytes(main.to_bytes())
    nlp.tokenizer = scratch
    try:
        yield
    finally:
        nlp.tokenizer = main


TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")


def add_title_abbreviations(nlp: Language, gaz: Gazetteers) -> None:
    """Tokenizer exceptions that keep the abbreviated ranks of titles.tsv whole ("Brig.", "Capt.", "Maj."):
    split off, their period ends a sentence inside "Brig. Gen. X said" and cuts the speaker from the verb."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return
    words = {w for title in gaz.titles for w in title.title.split() if TITLE_ABBREVIATION.fullmatch(w)}
    for word in sorted(words):
        if len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


#: Prepositions that copy-pasted text glues onto the noun before them ("two warshipsto Bangladesh").
GLUED_PREPOSITIONS = ("to", "from")


#: A sentence's full stop after a model designation ending in one capital ("the J-10C.", "the F-16V."), which
#: spaCy keeps on the word as it keeps the stop of an initial ("J.").
DESIGNATOR_STOP = r"|(?<=[0-9][A-Z])\.$"
#: A footnote's reference mark glued to the word or stop before it ("ammunition.[4]", "drones,[5]"), which spaCy
#: splits only at the closing bracket, leaving "ammunition.[4" one word: the mark is a token of its own.
FOOTNOTE_MARK = r"|\[\d{1,3}\]$"


def split_designator_periods(nlp: Language) -> None:
    """Split the full stop off a designation that ends in a digit and one capital ("bought the J-10C."), so the
    system is found and the sentence ends there; and a footnote's mark off the word it is glued to."""
    search = nlp.tokenizer.suffix_search if isinstance(nlp.tokenizer, Tokenizer) else None
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and DESIGNATOR_STOP not in pattern:
        nlp.tokenizer.suffix_search = re.compile(pattern + DESIGNATOR_STOP + FOOTNOTE_MARK).search


#: The hyphen of the repetition prefix at a word's start before a lowercase stem ("re-exported", "re-armed"),
#: which spaCy splits off as an infix: three tokens "re", "-", "exported" break the parse and the lemma.
REPETITION_HYPHEN = r"(?!(?<=^[Rr]e)-[a-z])"
#: A word made of the repetition prefix and a lowercase stem.
REPETITION_WORD = re.compile(r"[Rr]e-([a-z]+)")


def keep_repetition_prefix(nlp: Language) -> None:
    """Keep a word with the repetition prefix whole ("re-exported", "re-sold"): the parser reads it as one verb."""
    finditer = nlp.tokenizer.infix_finditer if isinstance(nlp.tokenizer, Tokenizer) else None
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and not pattern.startswith(REPETITION_HYPHEN):
        nlp.tokenizer.infix_finditer = re.compile(f"{REPETITION_HYPHEN}(?:{pattern})").finditer


def _word_lemmas(nlp: Language, lemmatizer_name: str) -> Callable[[str, str, str], str]:
    """The lemma the lemmatizer gives a word read with a part of speech and morphology, remembered per word."""
    lemmatizer = nlp.get_pipe(lemmatizer_name)
    memo: dict[tuple[str, str, str], str] = {}

    def word_lemma(word: str, pos: str, morph: str) -> str:
        key = (word, pos, morph)
        if key not in memo:
            tok = Doc(nlp.vocab, words=[word])[0]
            tok.pos_ = pos
            tok.set_morph(morph)
            lemmas = lemmatizer.rule_lemmatize(tok) if hasattr(lemmatizer, "rule_lemmatize") else [word]
            memo[key] = lemmas[0] if lemmas else word
        return memo[key]

    return word_lemma


@Language.factory("armstrack_prefixed_lemmas", default_config={"lemmatizer_name": "lemmatizer"})
def make_prefixed_lemmas(nlp: Language, name: str, lemmatizer_name: str):
    """A verb or noun with the repetition prefix takes the lemma of its stem ("re-exported": "export", "re-sold":
    "sell", "the re-export of": "export"): doing again what the stem tells, it reads as the stem's word (the
    lemmatizer, meeting the word whole, would give "re-exporte")."""
    stem_lemma = _word_lemmas(nlp, lemmatizer_name)

    def prefixed_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN") or "-" not in tok.text:
                continue
            match = REPETITION_WORD.fullmatch(tok.text)
            if match:
                tok.lemma_ = stem_lemma(match.group(1), tok.pos_, str(tok.morph))
        return doc

    return prefixed_lemmas


@functools.lru_cache(maxsize=1)
def misspellings() -> dict[str, str]:
    """``data/misspellings.tsv``: a common misspelling (lower case) -> the word it is written for."""
    return {row["misspelling"]: row["word"] for row in read_rows(DATA_DIR / "misspellings.tsv")}


def _misspelling_keys(nlp: Language) -> tuple[dict[str, str], np.ndarray]:
    """The misspellings and their lower-case forms' hashes in ``nlp``'s vocabulary (for one array test a doc)."""
    words = misspellings()
    return words, np.array([nlp.vocab.strings.add(w) for w in words], dtype=np.uint64)


def _misspelt(doc: Doc, keys: np.ndarray) -> Iterator[Token]:
    """The tokens of ``doc`` whose lower-case form is a known misspelling (one array test per document)."""
    if not len(doc):
        return
    for i in np.flatnonzero(np.isin(doc.to_array(LOWER), keys)).tolist():
        yield doc[i]


@Language.factory("armstrack_misspelt_norms")
def make_misspelt_norms(nlp: Language, name: str):
    """A known misspelling reads to the model as its word ("aggreement": "agreement"): the tagger and parser see
    a word's norm, and a form they never met may be tagged and attached as anything. Only the norm changes,
    never the text (offsets and evidence stay as written)."""
    words, keys = _misspelling_keys(nlp)

    def misspelt_norms(doc: Doc) -> Doc:
        for tok in _misspelt(doc, keys):
            tok.norm_ = words[tok.lower_]
        return doc

    return misspelt_norms


@Language.factory("armstrack_misspelt_lemmas", default_config={"lemmatizer_name": "lemmatizer"})
def make_misspelt_lemmas(nlp: Language, name: str, lemmatizer_name: str):
    """A known misspelling takes the lemma of its word ("recieved": "receive", "negociations": "negotiation"),
    which the extractors' lexicons match (the lemmatizer would give "recieve")."""
    words, keys = _misspelling_keys(nlp)
    word_lemma = _word_lemmas(nlp, lemmatizer_name)

    def misspelt_lemmas(doc: Doc) -> Doc:
        for tok in _misspelt(doc, keys):
            if tok.pos_ != "PROPN":  # a name is written as it is
                tok.lemma_ = word_lemma(words[tok.lower_], tok.pos_, str(tok.morph))
        return doc

    return misspelt_lemmas


def add_glued_splits(nlp: Language, gaz: Gazetteers) -> None:
    """Tokenizer exceptions that split a plural weapon noun glued to the preposition after it ("warshipsto",
    "tanksfrom"): the text keeps its characters, the parser sees two words."""
    for phrase in gaz.category_nouns:
        if " " in phrase or not phrase.endswith("s") or not phrase.isalpha():
            continue
        for prep in GLUED_PREPOSITIONS:
            for noun in {phrase, phrase.capitalize()}:
                nlp.tokenizer.add_special_case(noun + prep, [{ORTH: noun}, {ORTH: prep}])


#: Where a text may be cut for the parser, best first: a blank line, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?…][\"”’)\]]*\s+"), re.compile(r"\s+"))


def split_for_parser(text: str, limit: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back into it exactly.

    spaCy's memory grows with the characters parsed at once, so a long article is parsed a piece at a
    time: each cut is at a paragraph break if one is in reach, else a line break, a sentence end, a space
    (the whitespace stays with the piece before it), and only as a last resort inside a word.
    """
    limit = limit or settings.current().parse_chunk_chars
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() >= limit // 4]  # no crumbs
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


def merge_docs(docs: list[Doc]) -> Doc:
    """The parsed pieces of one text as one Doc: tokens, sentences, entities, span groups, weapon attributes."""
    if len(docs) == 1:
        return docs[0]
    with warnings.catch_warnings():  # W101: custom extensions are not merged by spaCy; weapon_attrs is, below
        warnings.simplefilter("ignore", UserWarning)
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    attrs: dict = {}
    for part in docs:
        attrs.update(part._.weapon_attrs or {})
    doc._.weapon_attrs = attrs
    return doc


def parse_long(nlp: Language, text: str) -> Doc:
    """One text parsed piece by piece (see ``split_for_parser``) into one Doc."""
    return merge_docs(list(nlp.pipe(split_for_parser(text), batch_size=1)))


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterable[Doc]:
    """Parse texts in batches (and worker processes when n_process > 1), in order."""
    return nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
