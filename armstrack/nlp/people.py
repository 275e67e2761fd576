"""People in one document: one canonical name per person, every mention, and their stated titles.

"Field Marshal Asim Munir", "General Asim Munir", "Asim Munir" and "Munir" are one person: titles and
honorifics are peeled off each PERSON mention, and a shorter name is resolved to the nearest preceding
full name that contains its words. Titles come from the words before a name ("India's Defence Minister
Rajnath Singh") and from appositions on either side ("Jake Sullivan, the national security adviser of
the United States"; "Turkey's ambassador to NATO, Basat Ozturk").

The statistical NER tags many other capitalised names as PERSON: the words around a name
(``data/not_person.tsv``) show when it names a place, body, outlet, ship, exercise or document ("the port
X", "X Airport", "Exercise X"), and names in quote marks, bylines and source lines are no people. An
editor's bracketed given name ("Secretary (Jane) Roe") joins the surname.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from armstrack.nlp.entities import evidence
from armstrack.nlp.gazetteers import Gazetteers, load_gazetteers, load_honorifics
from armstrack.records import Person, PersonTitle
from armstrack.wordlists import read_rows

#: Words before a name that are no part of it (Mr, Gen, Sen, ...), lower case: nlp/data/honorifics.tsv.
HONORIFICS = frozenset(h.lower() for h in load_honorifics())
POSSESSIVES = {"'s", "’s", "'", "’"}
#: Lower-case words inside names ("Faisal bin Farhan", "Abdel Fattah el-Sisi", "Ursula von der Leyen").
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "das", "dos", "di", "du", "van", "von", "der", "den",
                  "le", "la", "ter", "abu", "ben", "y"}
#: A word of a name: a capital letter of any script ("Šimkus", "Øberg"), then letters, apostrophes, periods, hyphens.
NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")
#: Honorifics written letter by letter ("H E", "H.E." for His or Her Excellency), as their letters ("HE").
HONORIFIC_INITIALS = frozenset(load_honorifics(with_initials=True))
#: A token of such an honorific: capital letters, each alone or followed by a period ("H", "E.", "H.E.").
INITIALS_TOKEN = re.compile(r"^(?:[A-Z]\.?)+$")


@dataclass
class _Mention:
    start: int  # token offsets of the bare name
    end: int
    words: tuple[str, ...]
    person: str | None = None
    titles: list[PersonTitle] = field(default_factory=list)


def _letter_token(text: str) -> bool:
    """Whether a token can be part of an honorific written letter by letter: one capital, or capitals with
    periods ("H", "E.", "H.E."); a one-word "He" is a pronoun or a surname ("He Lifeng")."""
    return bool(INITIALS_TOKEN.match(text)) and (len(text) == 1 or "." in text)


_LETTER_INDEX: tuple[Doc | None, frozenset[int]] = (None, frozenset())


def _letter_tokens(doc: Doc) -> frozenset[int]:
    """The tokens ``_letter_token`` accepts, found once per document from its ORTH array (each distinct word
    tested once): ``_initials_end`` is asked about most tokens of names and titles, and answers "no" at once
    for a token outside this set."""
    global _LETTER_INDEX
    cached_doc, cached = _LETTER_INDEX  # (read once: another thread may replace it meanwhile)
    if cached_doc is doc:
        return cached
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist() if len(doc) else []
    letters = {o for o in set(orths) if _letter_token(strings[o])}
    found = frozenset(i for i, o in enumerate(orths) if o in letters)
    _LETTER_INDEX = (doc, found)
    return found


def _initials_end(doc: Doc, i: int) -> int:
    """The end of an honorific written letter by letter starting at token ``i`` ("H E", "H.E."), else ``i``.

    The letters must be spaced or dotted: a one-word "He" is a pronoun or a surname ("He Lifeng")."""
    marked = _letter_tokens(doc)
    if i not in marked:
        return i
    letters = ""
    for j in range(i, min(len(doc), i + 4)):
        if j not in marked:
            return i
        letters += doc[j].text.replace(".", "")
        if letters in HONORIFIC_INITIALS:
            return j + 1
    return i


def _initials_start(doc: Doc, end: int) -> int:
    """The start of an honorific written letter by letter that ends right before token ``end``, else ``end``."""
    for i in range(max(0, end - 4), end):
        if _initials_end(doc, i) == end:
            return i
    return end


def _title_tokens(doc: Doc) -> set[int]:
    spans = doc.spans["titles"] if "titles" in doc.spans else []
    return {i for s in spans for i in range(s.start, s.end)}


def _bare_name(span: Span, title_tokens: set[int]) -> tuple[int, int] | None:
    """Token range of the name itself: leading titles, honorifics and trailing possessives removed."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        past = _initials_end(doc, start)  # past an honorific written letter by letter ("H E"), else start
        if not (past > start or start in title_tokens or doc[start].lower_.rstrip(".") in HONORIFICS
                or doc[start].is_punct or doc[start].pos_ == "DET" or _dated_month(doc, start)):
            break
        start = max(start + 1, past)
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    if start == span.start and doc[start].lower_ in NAME_PARTICLES \
            and _untagged_given_name(doc, start - 1, title_tokens):
        start -= 1  # "[Ali] bin Said": the NER began the name at its particle, leaving the given name out
    tokens = doc[start:end]
    for t in tokens:
        glued = t.i > start and not doc[t.i - 1].whitespace_  # "Ji-woo": parts of one hyphenated word
        inner = start < t.i < end - 1
        if t.like_num or not (_name_token(t.text) or glued and (t.is_alpha or t.text in "-‑")
                              or inner and t.lower_ in NAME_PARTICLES):
            return None
    return start, end


def _dated_month(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a month after a day's number ("On 12 May X signed"): a date, not a given name."""
    return i > 0 and doc[i - 1].like_num and doc[i].lower_ in not_person_words().get("month", ())


def _name_token(text: str) -> bool:
    """Whether a token's text can be a word of a name (NAME_TOKEN, with a capital first letter)."""
    return text[:1].isupper() and NAME_TOKEN.match(text) is not None


def _untagged_given_name(doc: Doc, i: int, title_tokens: set[int]) -> bool:
    """Whether token ``i`` may be a given name the NER left out: a capitalised proper noun, no title,
    honorific or other entity's word."""
    if i < 0:
        return False
    tok = doc[i]
    return tok.pos_ == "PROPN" and _name_token(tok.text) and tok.is_alpha \
        and tok.ent_type_ in ("", "PERSON") \
        and i not in title_tokens and tok.lower_ not in HONORIFICS and _initials_start(doc, i + 1) > i


def _bracketed_given_name(doc: Doc, start: int, end: int) -> Token | None:
    """The given name an editor put in brackets before a lone surname ("(Jane) Roe", "[Jane] Roe"); a
    bracketed body or country before a full name ("(Navy) Jane Roe") is a gloss, not part of the name."""
    if end - start != 1 or start < 3 or doc[start - 1].text not in (")", "]") or doc[start - 3].text not in ("(", "["):
        return None
    given = doc[start - 2]
    if given.ent_type_ and given.ent_type_ != "PERSON":
        return None
    return given if _name_token(given.text) and given.is_alpha else None


#: Entity labels of the country after "of" in "Minister A of X and B of Y".
OF_PLACE_LABELS = ("COUNTRY", "GPE")
#: Entity labels the words of "Title [Given] Surname" may carry when the NER missed the name.
BRACKET_NAME_LABELS = ("", "PERSON", "ORG")
#: Entity labels a name the NER missed may not carry (it names a place, date or weapon).
NOT_NAME_LABELS = ("COUNTRY", "GPE", "LOCATION", "NORP", "DATE", "WEAPON_SYSTEM", "MILITARY")


def _name_run(doc: Doc, start: int, title_tokens: set[int], limit: int = 4) -> int:
    """The end of a run of capitalised name words from ``start`` (``start`` when there is none); a hyphen
    inside a word joins two of them ("Schmidt-Lange") and does not count against ``limit``."""
    end = start
    hyphens = 0
    while end < len(doc) and end - start - hyphens < limit:
        if end > start and _word_hyphen(doc, end) and _name_word_at(doc, end + 1, title_tokens):
            end += 1
            hyphens += 1
        if not _name_word_at(doc, end, title_tokens):
            break
        end += 1
    return end


def _name_word_at(doc: Doc, i: int, title_tokens: set[int]) -> bool:
    """Whether token ``i`` can be a word of a name the NER missed."""
    return i < len(doc) and _name_token(doc[i].text) and doc[i].is_alpha and i not in title_tokens \
        and doc[i].lower_ not in HONORIFICS and doc[i].ent_type_ not in NOT_NAME_LABELS and _initials_end(doc, i) == i


def _after_of_place(doc: Doc, i: int) -> int | None:
    """The offset after "of <country>" starting at ``i``, or None."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].ent_type_ not in OF_PLACE_LABELS:
        return None
    j = i + 2
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


#: A letter's closing signature: the signer's office in capitals on a line of its own, ending in a comma
#: ("THE MINISTER OF DEFENCE,"), then the signer's name ending the text ("A.B. van Dijk", "Anna Bakker").
_SIGNATURE_PARTICLES = r"(?:(?:van|von|de|der|den|du|da|di|le|la|ter|ten)[ \t]+)*"
SIGNATURE = re.compile(r"(?:^|\n)[ \t]*(?:THE[ \t]+)?(?P<office>[A-Z][A-Z' -]{3,60}?)[ \t]*,[ \t]*\n\s*"
                       rf"(?P<name>(?:[A-Z]\.)+[ \t]?{_SIGNATURE_PARTICLES}[A-Z][\w'’-]+"
                       rf"|[A-Z][a-z][\w'’-]*(?:[ \t]+{_SIGNATURE_PARTICLES}"
                       r"[A-Z][\w'’-]+){1,3})\s*$")


#: A letter's signature the other way round: the signer's name on a line of its own, opening a paragraph, and
#: the office in capitals on the line under it ("Anna Bakker\nMINISTER").
SIGNATURE_ABOVE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+"
                             rf"{_SIGNATURE_PARTICLES}[A-Z][\w'’-]+){{1,3}})[ \t]*\n[ \t]*"
                             r"(?:THE[ \t]+)?(?P<office>[A-Z][A-Z' -]{3,60}?)[ \t]*,?[ \t]*(?:\n|$)")


def _signature(doc: Doc, text: str | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """The signer of a letter: a name under its office in capitals that ends the text ("THE MINISTER OF
    DEFENCE,\n\nA.B. van Dijk"), whose initials and particles the NER often leaves out, or a name over its
    office in the letter's second half ("Anna Bakker\nMINISTER"; a byline stands at the top). ``text`` is
    ``doc.text`` when the caller already has it (spaCy joins every token again on each ``doc.text``)."""
    text = doc.text if text is None else text
    found = [m for m in [SIGNATURE.search(text)] if m is not None]
    found += [m for m in SIGNATURE_ABOVE.finditer(text) if m.start("name") > len(text) // 2]
    out = []
    for m in found:
        if not load_gazetteers().is_title(m.group("office")):
            continue
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, tuple(t.text for t in span)))
    return out


def _untagged_name(run: Span, last_words: frozenset[str]) -> bool:
    """Whether words in apposition to a title can be a name the NER missed: untagged (or taken for a body, which
    it does with unfamiliar names), at least one untagged, and none a word a body's name ends in ("Group")."""
    # (a body the NER ran on from the title over the comma into the name is such a guess too: "Secretary of
    # [State for Defence, X Y Z]")
    # (the NER may also tag part of such a name a person and the rest a body or nothing: "Mr X [Y]org [Z]person")
    return all(t.ent_type_ in ("", "ORG", "PERSON") and t.lower_ not in last_words for t in run) \
        and (any(not t.ent_type_ for t in run) or run[0].ent_iob_ == "I")


#: Particles of a patronymic ("son of", "daughter of") in Malay names, after the name the person goes by.
PATRONYMICS = {"bin", "binti", "bte", "bt"}

#: Prepositions whose object ends a title before a name in apposition ("Chair of X, A B", "ambassador to X, A B",
#: "vice-president for Europe, A B").
TITLE_PREPS = {"of", "to", "in", "for"}


def _guessed_place(run: Span, last_words: frozenset[str]) -> bool:
    """Whether name words are all one uncatalogued place the NER guessed (curated places carry an id): an
    unfamiliar name in apposition to a title, which the NER often takes for a place."""
    # (or a facility: "X Y MP" after a committee's name)
    return all(t.ent_type_ in ("GPE", "LOCATION", "FAC") and not t.ent_id_ and t.lower_ not in last_words
               for t in run) \
        and run[0].ent_iob_ == "B" and (run.end == len(run.doc) or run.doc[run.end].ent_iob_ != "I")


def _missed_names(doc: Doc, found: list[tuple[int, int]], title_tokens: set[int],
                  portfolio: list[tuple[int, int, tuple[str, ...]]] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """Names the NER did not tag as people, shown by their frame: a title before an editor's bracketed
    given name ("President [Jane] Roe"), and the second of two coordinated officials each followed by
    their country ("Minister Jane Roe of X and John Doe of Y")."""
    out = []
    titled = [doc[i] for i in sorted(title_tokens)]  # both frames start at a title word: no walk over the Doc
    for tok in titled:
        if tok.i + 4 >= len(doc) or tok.i + 1 in title_tokens:
            continue
        o, given, c = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
        # the NER may take the bracketed group for a body ("[Jane] Roe" as ORG); the title says otherwise
        # (one letter in brackets after a rank marks its service, "Captain (N)": no given name)
        if (o.text, c.text) in (("[", "]"), ("(", ")")) and _name_token(given.text) and given.is_alpha \
                and len(given.text) > 1 \
                and given.ent_type_ in BRACKET_NAME_LABELS:
            end = _name_run(doc, tok.i + 4, title_tokens, 2)
            if end > tok.i + 4 and doc[tok.i + 4].ent_type_ in BRACKET_NAME_LABELS:
                out.append((tok.i + 2, end, (given.text, *(t.text for t in doc[tok.i + 4:end]))))
    out.extend(_after_initials(doc, title_tokens))
    out.extend(_after_title(doc, title_tokens))
    out.extend(_after_portfolio(doc, title_tokens) if portfolio is None else portfolio)
    out.extend(_titled_partner(doc, title_tokens))
    last_words = not_person_words().get("last", frozenset())
    for tok in titled:
        # "the Spanish minister, Ana Ruiz Gil, said", "Its Defence Minister, Ana Ruiz Gil,": a name in
        # apposition to a title (the NER may take part of it for a body; a body's name ends in "Group" ...)
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in tok.children:
            if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i <= tok.i:
                continue
            start = child.left_edge.i
            run = doc[start:child.i + 1]
            if 2 <= len(run) <= 4 and doc[start - 1].text == "," and _untagged_name(run, last_words) and all(
                    _name_token(t.text) and t.is_alpha and t.i not in title_tokens and t.lower_ not in HONORIFICS
                    for t in run):
                out.append((start, child.i + 1, tuple(t.text for t in run)))
    # the title's own "of" phrase ends it too: "Chair of the Defence Committee, Ana Ruiz Gil MP, said"; so does
    # the post's place ("ambassador to X, Ana Ruiz Gil", "attaché in Y, ...")
    # ("Chair of the Business, Innovation and Skills Committee, X Y": a body's name with commas in it ends at its
    # last conjunct)
    title_ends = titled + [e for t in titled for p in t.children if p.dep_ == "prep" and p.lower_ in TITLE_PREPS
                           for o in p.children if o.dep_ == "pobj" and o.i not in title_tokens
                           for e in (o, *o.conjuncts) if e.i not in title_tokens]
    for tok in title_ends:
        # "and Chile's Deputy Minister of Defence, Ana Ruiz Gil, who ...": the same apposition where the parser
        # hangs the name on an earlier name rather than on the title (in a list of officials)
        start = tok.i + 2
        if start >= len(doc) or doc[tok.i + 1].text != "," or start in title_tokens:
            continue
        # ("the Minister of Defence, Mr A B C,": the honorific says a name follows; it is no part of it)
        while start + 1 < len(doc) and doc[start].lower_.rstrip(".") in HONORIFICS | {"."}:
            start += 1
        end = _name_run(doc, start, title_tokens)
        if end == start and doc[start].ent_iob_ == "B":
            end = _entity_at(doc)[start].end  # a whole entity, which _guessed_place may show to be a name
        run = doc[start:end]
        # (the NER takes an unfamiliar name for a body as a whole: a guess, not a catalogued body, whose words
        # end the apposition at a comma or full stop, as a name does)
        if 2 <= len(run) - sum(_word_hyphen(doc, t.i) for t in run) <= 4 \
                and (end == len(doc) or doc[end].is_punct or end in title_tokens) \
                and (_untagged_name(run, last_words) or _guessed_place(run, last_words)
                     or _body_guess(doc, start, end, title_tokens)
                     and end < len(doc) and (doc[end].text in (",", ".") or end in title_tokens)) \
                and all(t.pos_ == "PROPN" or _word_hyphen(doc, t.i) for t in run) \
                and not any(o[0] == start for o in out):
            out.append((start, end, tuple(t.text for t in run)))
    for ent in doc.ents:
        # a name the NER took for a body, shown a person's by a title in apposition ("X Y, general manager
        # of Z"; "its chief executive, X Y"); a body's own name ends in a word such as "Systems" or "Group"
        if ent.label_ not in ("ORG", "GPE", "LOCATION") or ent.ent_id_ or not 2 <= len(ent) <= 5 or any(
                not (_name_token(t.text) and t.is_alpha or _joining_hyphen(t, ent)) or t.i in title_tokens
                or t.lower_ in last_words or t.lower_ in HONORIFICS for t in ent):
            continue
        root = ent.root
        if ent.label_ == "ORG" and (
                # ("The Minister of Defence, X Y,": a capitalised title is a proper noun to the tagger)
                root.dep_ == "appos" and root.head.i in title_tokens and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.i < ent.start
                or any(c.dep_ == "appos" and c.i in title_tokens and c.pos_ == "NOUN" for c in root.children)
                or _title_after_comma(doc, ent.end, title_tokens)):
            out.append((ent.start, ent.end, tuple(t.text for t in ent)))
        elif ent.label_ != "ORG" and root.dep_ == "appos" and any(
                c.dep_ == "appos" and c.i in title_tokens and c.i < ent.start for c in root.head.children):
            # "the committee chair, Minister in the Presidency X Y,": a name beside a title in apposition to
            # the same noun, which the NER took for a place (an unlisted one: curated places carry an id)
            out.append((ent.start, ent.end, tuple(t.text for t in ent)))
    for start, end in found:
        # "Two other candidates, X Y and Z W, said": an untagged name the parser joins to a tagged one by "and",
        # the pair set off by commas as the apposition of a plural noun of people
        if end + 3 < len(doc) and doc[end].lower_ == "and" and doc[start - 1].text == "," if start > 0 else False:
            name_end = _name_run(doc, end + 1, title_tokens, 3)
            if name_end == end + 1 and doc[end + 1].ent_iob_ == "B":
                name_end = _entity_at(doc)[end + 1].end  # (an unfamiliar name the NER took for a place)
            run = doc[end + 1:name_end]
            if 2 <= len(run) <= 3 and all(_name_token(t.text) and t.is_alpha for t in run) \
                    and (all(not t.ent_type_ for t in run) or _guessed_place(run, last_words)) \
                    and run.root.dep_ == "conj" \
                    and start <= run.root.head.i < end and name_end < len(doc) and doc[name_end].text == "," \
                    and doc[start:end].root.dep_ == "appos" \
                    and doc[start:end].root.head.tag_ == "NNS":
                out.append((end + 1, name_end, tuple(t.text for t in run)))
        after = _after_of_place(doc, end)
        if after is None or after + 2 >= len(doc) or doc[after].lower_ != "and":
            continue
        name_end = _name_run(doc, after + 1, title_tokens)
        if name_end - (after + 1) >= 2 and _after_of_place(doc, name_end) is not None:
            out.append((after + 1, name_end, tuple(t.text for t in doc[after + 1:name_end])))
    return out


def _word_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word (no space on either side: "Vice-Minister")."""
    return doc[i].text in ("-", "‑") and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_


def _joining_hyphen(tok: Token, ent: Span) -> bool:
    """A hyphen inside a name, written without spaces between two of its words ("Krasniqi-Hoxha")."""
    return tok.text == "-" and ent.start < tok.i < ent.end - 1 and not tok.whitespace_ \
        and not tok.doc[tok.i - 1].whitespace_


def _title_after_comma(doc: Doc, end: int, title_tokens: set[int]) -> bool:
    """Whether a comma and a whole title follow a name, the title closing its item ("X Y, Chief Financial
    Officer; ..."): a list of people with their jobs. A name after the title ("Z, chief executive X Y")
    makes the first name a body's."""
    if end + 1 >= len(doc) or doc[end].text != "," or end + 1 not in title_tokens:
        return False
    j = end + 1
    while j < len(doc) and j in title_tokens:
        j += 1
    return j == len(doc) or doc[j].text in (";", ",", ".", ")") or "\n" in doc[j].text


def _after_title(doc: Doc, title_tokens: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    """A name the NER missed right after a full title ("Minister of State for Defence Ravi Deshpande visited"):
    two to four capitalised proper nouns no entity holds, ending the phrase."""
    out = []
    for i in sorted(title_tokens):
        start = i + 1
        if start + 3 < len(doc) and doc[start].text == "(" and doc[start + 2].text == ")" \
                and doc[start + 1].is_upper and len(doc[start + 1].text) <= 3:
            start += 3  # "Captain (N) X Y": the rank's service in brackets stands between it and the name
        if start in title_tokens or start >= len(doc):
            continue
        end = _name_run(doc, start, title_tokens)
        run = doc[start:end]
        if 2 <= len(run) and all(t.pos_ == "PROPN" for t in run) \
                and (all(not t.ent_type_ for t in run) or _body_guess(doc, start, end)) \
                and (end == len(doc) or not doc[end].is_title or doc[end].is_punct):
            out.append((start, end, tuple(t.text for t in run)))
    return out


#: Words that join the conjuncts of an office's portfolio ("Minister of Ports and Shipping").
PORTFOLIO_JOINS = ("and", "&")


def _after_portfolio(doc: Doc, title_tokens: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    """A name the NER missed right after an office whose portfolio the title list does not hold, written with no
    comma ("Minister of Fisheries and Ocean Resources Ana Ruiz said"): after the title word's "of"/"for", a run of
    capitalised words, the portfolio, ends with two name words; at least one portfolio word stands before them,
    and the name does not begin at a conjunct of the portfolio ("of Ports and Shipping X": "Shipping" is the
    portfolio's)."""
    out = []
    last_words = not_person_words().get("last", frozenset())
    for i in sorted(title_tokens):
        if i + 1 in title_tokens or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("of", "for"):
            continue
        words: list[int] = []  # the run's words, a hyphenated word as its first token
        j = i + 2
        if doc[j].lower_ == "the":  # "Minister for the Armed Forces X Y"
            j += 1
        while j < len(doc):
            if doc[j].lower_ in PORTFOLIO_JOINS and words and j + 1 < len(doc) and doc[j + 1].is_title \
                    and doc[j + 1].ent_type_ not in NOT_NAME_LABELS:  # (not "X Y and France's envoy")
                j += 1
                continue
            if words and _word_hyphen(doc, j) and _name_token(doc[j + 1].text):
                j += 2
                continue
            if not (doc[j].is_alpha and doc[j].is_title and doc[j].pos_ == "PROPN") or j in title_tokens:
                break
            words.append(j)
            j += 1
        end = j
        if len(words) < 3 or end >= len(doc) or doc[end].is_title and not doc[end].is_punct \
                or doc[end].lower_ in ("of", "for"):
            continue
        start = words[-2]
        run = doc[start:end]
        # (a place in the run makes it a constituency or a post's place: "Member of Parliament for C North"; a
        # region after "the" is a portfolio's: "Minister for the Indo-Pacific X Y"; but after "the" a body's name may
        # end the run, its last words no person's: "spokesperson for the National Unity Government's office")
        if doc[i + 2].lower_ == "the" and (any(doc[k].ent_type_ not in ("", "PERSON") for k in range(start, end))
                                          or doc[end].text in POSSESSIVES):
            continue
        checked = range(start, end) if doc[i + 2].lower_ == "the" else words
        if doc[start - 1].lower_ in PORTFOLIO_JOINS or any(doc[k].ent_type_ in NOT_NAME_LABELS for k in checked) \
                or any(t.lower_ in last_words or t.lower_ in HONORIFICS or t.lower_ in PORTFOLIO_JOINS
                       or not (t.is_alpha or _word_hyphen(doc, t.i)) for t in run):
            continue
        out.append((start, end, tuple(t.text for t in run)))
    return out


def _body_guess(doc: Doc, start: int, end: int, title_tokens: set[int] | None = None) -> bool:
    """Whether the words start..end are exactly one organisation the NER guessed (no curated body, no word a
    body's name ends in): what it makes of unfamiliar names, which a title or a person beside them corrects.
    With ``title_tokens``, the guess may run on over a title after the name ("X Y MP")."""
    ent = doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "B" and _entity_at(doc).get(start)
    ends = ent and (ent.end == end or title_tokens is not None and ent.end > end
                    and all(i in title_tokens for i in range(end, ent.end)))
    return bool(ends) and not ent.ent_id_ \
        and not any(t.lower_ in not_person_words().get("last", frozenset()) for t in doc[start:end])


def _titled_partner(doc: Doc, title_tokens: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    """A name the NER took for a body after "<person> and", given a title in apposition ("signed by Minister
    X Y and Ana Ruiz, chairman of the yard ..."): the pair are two people."""
    out = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if not (2 <= len(ent) <= 4 and start >= 2 and end + 1 < len(doc) and doc[start - 1].lower_ == "and"
                and doc[start - 2].ent_type_ == "PERSON" and doc[end].text == ","
                and _body_guess(doc, start, end)
                and all(_name_token(t.text) and t.is_alpha and t.pos_ == "PROPN" for t in ent)):
            continue
        after = [t for t in doc[end + 1:end + 5] if t.pos_ != "DET" and t.text not in ("-", "–")]
        if any(t.i in title_tokens for t in after[:3]):
            out.append((start, end, tuple(t.text for t in ent)))
    return out


def _after_initials(doc: Doc, title_tokens: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Names after an honorific written letter by letter ("Minister H E Ana Ruiz Gil"), which the NER often
    misses (it takes the letters for part of a body's name): the honorific says a person's name follows.
    Further honorifics and titles after it ("H E Sheikh", "H E Dr") are skipped; the name is two to five
    capitalised words, with lower-case particles inside ("Ali bin Said Al Harthy")."""
    out = []
    for i in sorted(i for i in _letter_tokens(doc) if len(doc[i].text) <= 4):
        start = _initials_end(doc, i)
        if start == i:
            continue
        while start < len(doc) and (start in title_tokens or doc[start].lower_.rstrip(".") in HONORIFICS):
            start += 1
        end = start
        while end < len(doc) and end - start < 6 and (
                _name_token(doc[end].text) and (doc[end].is_alpha or "-" in doc[end].text)
                and end not in title_tokens and doc[end].ent_type_ not in NOT_NAME_LABELS
                or doc[end].lower_ in NAME_PARTICLES and end > start):
            end += 1
        while end > start and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        if 2 <= end - start <= 5:
            out.append((start, end, tuple(t.text for t in doc[start:end])))
    return out


def _honoured(doc: Doc, start: int, title_tokens: set[int]) -> bool:
    """Whether a name is preceded by a title or honorific (a lone surname then still names a person)."""
    i = start - 1
    return i >= 0 and (i in title_tokens or doc[i].lower_.rstrip(".") in HONORIFICS
                       or _initials_start(doc, start) < start)


def _titled(doc: Doc, start: int, title_tokens: set[int]) -> bool:
    """Whether a title word stands right before a name (or opens it)."""
    return start in title_tokens or start > 0 and start - 1 in title_tokens


DATA_DIR = Path(__file__).resolve().parent / "data"
QUOTE_MARKS = set('"“”‘’\'«»')
#: Entities the statistical NER gives that may run into a name which is then no person's ("Camp X Y").
NAME_PART_LABELS = ("ORG", "FAC", "LOC")


@functools.lru_cache(maxsize=1)
def not_person_words() -> dict[str, frozenset[str]]:
    """The words of ``data/not_person.tsv`` by slot (last, before, after, lead)."""
    slots: dict[str, set[str]] = {}
    for row in read_rows(DATA_DIR / "not_person.tsv"):
        slots.setdefault(row["slot"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in slots.items()}


def _in_quote_marks(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is all a short quoted stretch holds (‘Sea Hawk’, "Gen. X" is not): a ship or product name."""
    i = start - 1
    while i >= max(0, start - 4) and doc[i].text[:1].isupper() and doc[i].text not in QUOTE_MARKS:
        i -= 1
    j = end
    # (an edition's year may close the quoted name: an exercise "X – 2023")
    while j < min(len(doc), end + 3) and (doc[j].text[:1].isupper() or doc[j].text in DASHES or doc[j].like_num) \
            and doc[j].text not in QUOTE_MARKS:
        j += 1
    return i >= 0 and j < len(doc) and doc[i].text in QUOTE_MARKS and doc[j].text in QUOTE_MARKS \
        and doc[i].text not in ("”", "’", "»") and doc[j].text not in ("“", "‘", "«")


def _only_placed(tagged: list[tuple[Span, tuple[int, int] | None, bool]], title_tokens: set[int]) -> set[tuple[str, ...]]:
    """The names every tagged mention of which is the object of a preposition of place, untitled ("a ceremony at
    X", "signed in X", "flew over X"): the NER's guess at a place's name, no person (one sense per document)."""
    preps = not_person_words().get("place_prep", frozenset())
    placed: dict[tuple[str, ...], bool] = {}
    for ent, bare, _ in tagged:
        if bare is None:
            continue
        doc = ent.doc
        root = doc[bare[0]:bare[1]].root
        words = tuple(t.text for t in doc[bare[0]:bare[1]])
        at_place = root.dep_ == "pobj" and root.head.lower_ in preps and root.head.i < bare[0] \
            and not _honoured(doc, bare[0], title_tokens) and not _titled(doc, bare[0], title_tokens) \
            and not any(c.dep_ in ("appos", "case") for c in root.children)
        placed[words] = placed.get(words, True) and at_place
    return {w for w, only in placed.items() if only}


def _numbered_names(doc: Doc) -> set[tuple[str, ...]]:
    """The words of PERSON-tagged names that end in a number ("X Y 2016", "X Y 18"): an exercise, event or
    product of that edition, never a person, so no person where the words stand without it either."""
    out = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].like_num:
            words = tuple(t.text for t in ent if not t.like_num)
            if words and all(_name_token(w) for w in words):
                out.add(words)
    return out


def _classified_elsewhere(doc: Doc, names: set[tuple[str, ...]], title_tokens: set[int]) -> set[tuple[str, ...]]:
    """The names (of two words or more) that a classifying word shows to be a thing where the NER did not tag
    them a person ("the annual X Y exercise" with "X Y" an ORG there): one sense per document."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        by_first[name[0]].append(name)
    out = set()
    for tok in doc:
        for name in by_first.get(tok.text, ()):
            end = tok.i + len(name)
            if name not in out and tok.ent_type_ != "PERSON" and end <= len(doc) \
                    and tuple(t.text for t in doc[tok.i:end]) == name and _classified(doc, tok.i, end, title_tokens):
                out.add(name)
    return out


def _classified(doc: Doc, start: int, end: int, title_tokens: set[int]) -> bool:
    """Whether a classifying word of the name or beside it says it is a place, body, event or thing ("X Airport",
    "Operation X", "the port X", "X exercise", "X air base")."""
    words = not_person_words()
    if doc[end - 1].lower_ in words.get("last", ()) and end - 1 not in title_tokens:
        return True
    bare = [t for t in doc[start:end] if t.i not in title_tokens and not t.is_punct]
    if bare and bare[0].lower_ in words.get("first", ()) and len(bare) > 1:
        return True
    if _runs_into_a_body(doc, start, end, title_tokens, words.get("last", ())):
        return True  # "X Y Company Limited" with the NER's name only "X Y"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_lower and before.lower_ in words.get("before", ()) \
            and not _hyphened_person_noun(doc, before.i):
        return True
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].is_lower \
            and doc[start - 2].lower_ in words.get("place_of", ()):
        return True  # "the village of X", "the district headquarters of Y"
    # the classifier right after the name or after up to two lower-case modifiers ("X naval air base")
    for k in range(end, min(end + 3, len(doc))):
        if not doc[k].is_lower:
            return False
        if doc[k].lower_ in words.get("after", ()):
            return True
        if doc[k].pos_ not in ("ADJ", "NOUN"):
            return False
    return False


def _hyphened_person_noun(doc: Doc, i: int) -> bool:
    """Whether the classifier at ``i`` ends a hyphened noun of a person's trade ("film-maker", "policy-maker"),
    its first half in the ``trade`` slot ("drone-maker X" still names a firm)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_lower:
        return False
    return doc[i - 2].lower_ in not_person_words().get("trade", ())


def _runs_into_a_body(doc: Doc, start: int, end: int, title_tokens: set[int], last_words: Iterable[str]) -> bool:
    """Whether a name is the first words of a longer capitalised name it modifies that ends in a body's or
    place's noun ("X Y Company Limited", "X Y Air Base" with only "X Y" tagged): the parser hangs the name
    on the longer name's head as a compound, every word between capitalised."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ != "compound" or head.i < end or head.i - end > 3:
        return False
    tail = doc[end:head.i + 1]
    return all(t.text[:1].isupper() and t.i not in title_tokens for t in tail) \
        and any(t.lower_ in last_words for t in tail)


def _apposition_names_a_thing(doc: Doc, start: int, end: int, title_tokens: set[int], classes: Iterable[str],
                              ordinals: Iterable[str]) -> bool:
    """Whether a name is followed by a comma and an apposition headed by a lower-case noun of a body, outlet,
    place or craft ("X, a Penang-based firm that ...", "Y, a consortium led by ...") or by an ordinal of such
    craft ("Z, the first of six patrol ships"): the apposition says what the name is, and it is no person
    (a person's apposition is headed by a title or a role: "X, a retired colonel", "Y, the firm's director")."""
    root = doc[start:end].root
    if end >= len(doc) or doc[end].text != ",":
        return False
    for noun in root.children:
        # (the apposition opens right after the comma: not a later one the parser hung on the name, "X, deputy head
        # of the agency, the state's arms exporter", "X, an analyst at the Y think tank")
        if noun.dep_ != "appos" or noun.left_edge.i != end + 1 or noun.i in title_tokens or not noun.is_lower:
            continue
        if noun.lower_ in ordinals:  # "the first of six patrol ships"
            noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), None)
            if noun is None or not noun.is_lower:
                continue
        if noun.pos_ == "NOUN" and (noun.lower_ in classes or noun.lemma_.lower() in classes):
            return True
    return False


def _not_a_person(doc: Doc, start: int, end: int, title_tokens: set[int], text: str | None = None) -> bool:
    """Whether the words around a PERSON-tagged name show it names a place, body, outlet, ship or
    document, or that it is a byline or credit (metadata, not the article's content). ``text`` is
    ``doc.text`` when the caller already has it."""
    words = not_person_words()
    if _classified(doc, start, end, title_tokens):
        return True  # "X Airport", "Operation X", "the port X", "X exercise", "X air base"
    bare = [t for t in doc[start:end] if t.i not in title_tokens and not t.is_punct]
    if len(bare) == 1 and bare[0].lower_ in words.get("name", ()) \
            or len(bare) > 1 and all(t.lower_ in words.get("date", ()) for t in bare):
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_ in words.get("first", ()) \
            and before.i not in title_tokens:
        return True  # "Operation X", "Camp Y" with the classifier left out of the NER's name
    if before is not None and before.text == ":" and start > 1 and doc[start - 2].lower_ in words.get("lead", ()):
        return True  # "Source: X", "Photo: X"
    if before is not None and before.text[:1].isupper() and before.i not in title_tokens \
            and before.ent_type_ in NAME_PART_LABELS and not before.ent_id_ \
            and before.lower_ not in words.get("last", ()):  # "the X Air Force Y Z": an affiliation, then a name
        return True  # the end of a longer name the NER split ("Camp Lira" + "Vega Sol")
    text = doc.text if text is None else text
    if _capitals_headline(doc, start, end, text):
        return True  # "MINISTER VISITS X AS BOATS BEGIN WORK": the NER's guess among the words of a headline in capitals
    if _dateline_outlet(doc, start, end):
        return True  # "CITY (Outlet) -": the agency or paper of a dateline
    if _masthead_line(doc, start, text):
        return True  # "Outlet | Section | Date": a header's fields, metadata
    # (a title right before the name says it is a person the parser hung on a place: "attaché in X, Captain Y Z")
    if not _titled(doc, start, title_tokens) and _coordinated_with_place_or_system(doc[start:end].root):
        return True  # "flights between Beijing and X": a place; "HMMWVs and X": a product
    if _example_of_a_thing(doc[start:end].root, words.get("before", ())):
        return True  # "exercises such as X and Y": examples of a class of things
    if _apposed_to_a_thing(doc, start, end, words.get("craft", frozenset()) | words.get("work", frozenset())):
        return True  # "the country's first nuclear-powered submarine, X", "the report, Y,": the thing's own name
    things = words.get("before", frozenset()) | words.get("craft", frozenset())
    # (not after a person's title: "with the Lao journalist X, the film, which ..., is" hangs the main clause's
    # subject on the titled name)
    if not _titled(doc, start, title_tokens) \
            and _apposition_names_a_thing(doc, start, end, title_tokens, things, words.get("ordinal", ())):
        return True  # "X, a Penang-based firm that ...", "Y, the first of six patrol ships": the thing's own name
    if _apposed_to_an_ordinal_craft(doc, start, end, words.get("craft", ()), words.get("ordinal", ())):
        return True  # "five frigates are being built, and the first, X, is due in 2026": the craft's own name
    return _in_quote_marks(doc, start, end)


DASHES = {"-", "–", "—", "--"}
#: Words a line in capitals must have to be a headline (a shorter one may be a name or a signature's office).
HEADLINE_WORDS = 5


def _capitals_headline(doc: Doc, start: int, end: int, text: str) -> bool:
    """Whether a name stands in a line written all in capitals of a headline's length: a headline's words, in
    which the NER guesses names at random (a person named there is named again in the story). ``text`` is
    ``doc.text``."""
    first = text.rfind("\n", 0, doc[start].idx) + 1
    last = text.find("\n", doc[end - 1].idx)
    line = text[first:last if last >= 0 else len(text)]
    return line.isupper() and len(line.split()) >= HEADLINE_WORDS


def _dateline_outlet(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is the outlet in brackets of a dateline opening a line ("OSLO (Nordic Wire) -")."""
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")" \
            or doc[end + 1].text not in DASHES:
        return False
    i = start - 2  # back over the place's words to the start of the line
    while i >= 0 and start - i < 7 and "\n" not in doc[i].text and doc[i].text[:1].isupper():
        i -= 1
    return i < start - 2 and (i < 0 or "\n" in doc[i].text)


#: Bars that part the fields of a masthead or header line ("Outlet | Provincial news | 4 May 2024, 19:40").
MASTHEAD_BARS = 2


def _masthead_line(doc: Doc, start: int, text: str) -> bool:
    """Whether a name stands in a line of fields parted by bars ("X Y | Section | Date"): a masthead, header or
    byline row, whose names are the outlet's or the author's, not the story's. ``text`` is ``doc.text``."""
    first = text.rfind("\n", 0, doc[start].idx) + 1
    last = text.find("\n", doc[start].idx)
    return text[first:last if last >= 0 else len(text)].count(" | ") >= MASTHEAD_BARS


#: Words that join the names of a byline ("By X and Y", "By X, Y & Z").
BYLINE_JOINERS = {"and", ",", "&"}


def _authored(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is one of the article's authors: in a byline opening a line ("By X and Y",
    "Reporting by X; editing by Y", "Jane Roe, Defence Correspondent") or after an authors label ("About the
    authors: X")."""
    words = not_person_words()
    if _desk_byline(doc, start, end, words.get("desk", frozenset())) or _dated_byline_row(doc, start, end) \
            or _reporter_credit(doc, start, end, words.get("desk", frozenset()), words.get("credit", frozenset())):
        return True
    labels = words.get("author", frozenset())
    i = start - 1
    # back over the earlier names of the same byline ("By X, Y and Z"), never across a line break
    while i >= 0 and start - i < 16 and "\n" not in doc[i].text and (
            doc[i].lower_ in BYLINE_JOINERS or doc[i].ent_type_ == "PERSON"
            or _name_token(doc[i].text) and doc[i].is_alpha and not doc[i].ent_type_
            and doc[i].lower_ not in labels):
        i -= 1
    if i < 0:
        return False
    # "By defence reporter X", "By our staff correspondent X": the author's desk between "By" and the name
    if doc[i].lower_ in words.get("desk", frozenset()) and doc[i].is_lower:
        k = i - 1
        while k >= 0 and i - k < 4 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "by":
            k -= 1
        if k >= 0 and doc[k].lower_ == "by" and "\n" not in doc[k:i].text:
            i = k
    opens_line = i == 0 or "\n" in doc[i - 1].text or doc[i - 1].lower_ in labels | {";", "("}
    if doc[i].lower_ == "by" and opens_line:
        return True
    # "– Photo by X", "(Video by X)": a credit label set off on its own (not "a report by X")
    if doc[i].lower_ == "by" and i > 0 and doc[i - 1].lower_ in words.get("lead", frozenset()) \
            and (i < 2 or "\n" in doc[i - 2].text or doc[i - 2].is_punct):
        return True
    # "Dakar, 12 March 2024 – By X": a capitalised "By" after a dash or bar, the names ending the line
    ends_line = end == len(doc) or "\n" in doc[end].text
    if doc[i].text == "By" and i > 0 and doc[i - 1].text in DASHES | {"|"} and ends_line:
        return True
    # "About the authors: X is a fellow ...; Y is ...": the label, then names after ":" or ";"
    if doc[i].text == ":":
        return any(t.lower_ in labels for t in doc[max(0, i - 3):i])
    return doc[i].text == ";" and _label_opens_line(doc, i, labels)


#: Verbs that open an author's note at the foot of an article ("X is a fellow at Y").
NOTE_VERBS = {"is", "are"}


def _author_note(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens the article's closing note on its author ("X is a research fellow at the Y
    Institute."): a last paragraph of one sentence that opens with the name and "is a"; the author of an
    unsigned commentary is metadata like a byline."""
    opens_line = start == 0 or "\n" in doc[start - 1].text
    if not opens_line or end + 2 >= len(doc) or doc[end].lower_ not in NOTE_VERBS \
            or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    sent = doc[start].sent
    rest = doc[sent.end:]
    return "\n" not in doc[start:sent.end].text.strip() and all(t.is_space or t.is_punct for t in rest)


def _dated_byline_row(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens a line of its own that a bar parts from a date, with no verb ("Jane Roe, Lisbon |
    12 May 2024", "Jane Roe | 12.05.2024"): the byline row of a web page, metadata."""
    if start > 0 and "\n" not in doc[start - 1].text:
        return False
    j = end
    while j < len(doc) and "\n" not in doc[j].text and j - end < 16:
        j += 1
    row = doc[end:j]
    bars = [t.i for t in row if t.text == "|"]
    return bool(bars) and not any(t.pos_ in ("VERB", "AUX") for t in row) \
        and (any(t.ent_type_ == "DATE" for t in doc[bars[0]:j])
             or re.search(r"(?<!\d)(19|20)\d\d(?!\d)", doc[bars[0]:j].text) is not None)


def _reporter_credit(doc: Doc, start: int, end: int, desks: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether a name is the outlet's reporter credited in the text ("Defence correspondent X reports that ...",
    "Our correspondent X writes"): a paragraph that opens with a journalist's job, then the name, then a
    reporting verb; the reporter is metadata like a byline, not a person of the story."""
    if start < 1 or end >= len(doc) or doc[start - 1].lower_ not in desks or doc[start - 1].is_title \
            or doc[end].lemma_.lower() not in verbs:
        return False
    i = start - 1
    while i > 0 and start - i < 4 and doc[i - 1].is_alpha and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _desk_byline(doc: Doc, start: int, end: int, desks: frozenset[str]) -> bool:
    """Whether a name is a byline line of its own with the author's desk after a comma ("Jane Roe, Defence
    Correspondent"): the line opens with the name and ends with a journalist's job."""
    if start > 0 and "\n" not in doc[start - 1].text or end >= len(doc) or doc[end].text != ",":
        return False
    j = end + 1
    while j < len(doc) and "\n" not in doc[j].text and j - end < 6:
        j += 1
    last = doc[j - 1]
    return j > end + 1 and (j == len(doc) or "\n" in doc[j].text) and last.lower_ in desks


def _label_opens_line(doc: Doc, i: int, labels: frozenset[str]) -> bool:
    """Whether the line holding token ``i`` opens with an authors label ("About the authors: ...")."""
    j = i
    while j > 0 and "\n" not in doc[j - 1].text:
        j -= 1
    return any(t.lower_ in labels for t in doc[j:min(j + 4, i)])


def _coordinated_with_place_or_system(root: Token) -> bool:
    """Whether a name is coordinated with a city or region the gazetteer knows ("Kazan and X"), or with a
    weapon system ("HMMWVs and Land Rovers": a product's name)."""
    kinds = ("LOCATION", "WEAPON_SYSTEM")  # the gazetteer's places only: the NER takes many names for GPEs
    if root.dep_ == "conj" and root.head.ent_type_ in kinds:
        return True
    return any(c.dep_ == "conj" and c.ent_type_ in kinds for c in root.children)


#: Prepositions that open a list of examples of the noun before them ("drills such as X", "ships like Y").
EXAMPLE_PREPOSITIONS = {"as", "like", "including"}


def _example_of_a_thing(root: Token, classes: Iterable[str]) -> bool:
    """Whether a name is one of the examples listed after a noun of things ("exercises such as X and Y",
    "warships like X", "operations including X"): the class noun names what the examples are."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in EXAMPLE_PREPOSITIONS:
        return False
    noun = prep.head.head if prep.head.lower_ == "such" else prep.head
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in classes


def _apposed_to_a_thing(doc: Doc, start: int, end: int, classes: Iterable[str]) -> bool:
    """Whether a name is set off in apposition right after a lower-case noun of a craft ("its newest frigate, X",
    "the second submarine, Y"): the name is the craft's, not a person's (a name with a title of its own after
    the comma, "aircraft, Defence Minister X", is a person's the parser hung there)."""
    root = doc[start:end].root
    noun = root.head
    # (the parser may read the name as the noun's conjunct: "submarine, X.")
    return root.dep_ in ("appos", "conj") and start >= 2 and noun.i == start - 2 and doc[start - 1].text == "," \
        and noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in classes


def _apposed_to_an_ordinal_craft(doc: Doc, start: int, end: int, classes: Iterable[str],
                                 ordinals: Iterable[str]) -> bool:
    """Whether a name is set off right after "the first,", "the fourth," in a sentence (or after one) that counts
    craft ("four boats are being built ...; the fourth, X, is due to be launched"): the ordinal stands for one
    of the craft, and the name is its own, not a person's (a titled name starts at its title, not the comma)."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in ordinals \
            or doc[start - 3].lower_ != "the":
        return False
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_.lower() in classes and t.pos_ == "NOUN" for t in doc[first:sent.end])


_ENTITY_INDEX: tuple[Doc | None, dict[int, Span]] = (None, {})


def _entity_at(doc: Doc) -> dict[int, Span]:
    """Token index -> its entity span, built once per document (``Doc.ents`` rebuilds every span)."""
    global _ENTITY_INDEX
    if _ENTITY_INDEX[0] is not doc:
        _ENTITY_INDEX = (doc, {i: e for e in doc.ents for i in range(e.start, e.end)})
    return _ENTITY_INDEX[1]


def _affiliation(tokens: list[Token] | Span, gaz: Gazetteers, prefer_org: bool = False) -> str | None:
    """The country (for officials) or organisation (for academics, NGOs) among the given tokens."""
    countries, orgs = [], []
    seen = set()
    titles: set[int] | None = None  # the title tokens, read once the first organisation needs them
    for tok in tokens:
        if not tok.ent_type_ or tok.i in seen:
            continue
        span = _entity_at(tok.doc).get(tok.i)
        if span is None:
            continue
        seen.update(range(span.start, span.end))
        if span.label_ == "ORG" and not span.ent_id_ and titles is None:
            titles = _title_tokens(tok.doc)
        if span.label_ == "ORG" and not span.ent_id_ and any(t.i in titles for t in span):
            continue  # "Defence" of "Defence Minister" is part of the title
        if span.label_ == "ORG" and not span.ent_id_ and len(span) == 1 and span.root.head.lower_ == "of" \
                and (span.root.head.head.lower_ == "charge" or span.root.head.head.i in titles):
            continue  # "in charge of Defence", "Minister of Defence": the portfolio, no body
        key = span.ent_id_ or span.text
        if span.label_ == "COUNTRY":
            c = gaz.country(key)
            countries.append(c.name if c else key)
        elif span.label_ in ("MILITARY", "ORG"):
            org = gaz.organisation(key)
            named = [c.name for t in span if t.text[:1].isupper() for c in [gaz.country(t.text)] if c] \
                if org is None and span.label_ == "MILITARY" else []
            if org and org.country and org.type == "MILITARY":
                countries.append(org.country)
            elif org:
                orgs.append(org.name)
            elif len(set(named)) == 1:
                countries.append(named[0])  # "the Malawi Defence Force": an armed force named after its country
            else:
                orgs.append(re.sub(r"^(the|The)\s+", "", span.text))
        elif span.label_ == "LOCATION":
            place = gaz.place(key)
            if place and place.country and not prefer_org:
                countries.append(place.country)
    if orgs and (prefer_org or not countries):
        return orgs[0]
    return countries[0] if countries else (orgs[0] if orgs else None)


def _titles_before(doc: Doc, start: int, title_tokens: set[int], gaz: Gazetteers) -> list[PersonTitle]:
    """Titles in the run of words just before a name: "Russia's Deputy Defence Minister"."""
    i = start - 1
    while i >= 0:
        letters = _initials_start(doc, i + 1)  # the start of an honorific written letter by letter ending at i
        if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper() \
                and doc[i - 1].is_alpha:
            i -= 3  # "the Kenya Defence Forces (KDF) Commander General X": a body's acronym in brackets
            continue
        if not (letters <= i or i in title_tokens or doc[i].ent_type_ in ("COUNTRY", "MILITARY", "ORG")
                or doc[i].is_space or doc[i].text in POSSESSIVES or doc[i].text in ("-", "–")
                or doc[i].lower_.rstrip(".") in HONORIFICS):
            break
        i = min(i, letters) - 1
    run = doc[i + 1:start]
    titled = [t for t in run if t.i in title_tokens]
    if not titled:
        return []
    title = doc[titled[0].i:titled[-1].i + 1].text
    affiliation = _affiliation(list(run), gaz)
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    if affiliation is None and end + 1 < len(doc) and doc[end].lower_ == "of":
        affiliation = _affiliation([doc[end + 1]], gaz)  # "Defence Minister Ivan Petrov of Bulgaria"
    return [PersonTitle(title, affiliation)]


def _apposition_title(doc: Doc, name_start: int, name_end: int, gaz: Gazetteers) -> list[PersonTitle]:
    """A title given by apposition, after the name or before it."""
    head = doc[name_start:name_end].root
    out = []
    titles = _title_tokens(doc)
    for child in head.children:
        if child.dep_ == "appos" and child.i >= name_end and child.pos_ in ("NOUN", "PROPN"):
            span = doc[child.left_edge.i:child.right_edge.i + 1]
            if any(t.ent_type_ == "PERSON" for t in span):
                continue
            if child.is_lower and child.lower_ in not_person_words().get("before", ()) and child.i not in titles:
                continue  # "the journalist X, the film, which ...": a thing the parser hung on the name, no title
            if all(t.pos_ == "PROPN" and t.i not in titles and t.ent_type_ in ("", "PERSON")
                   for t in span):
                continue  # "A and Chile's minister, B Y Z": a name the NER missed, hung on the first name
            out.append(PersonTitle(_clean_title(span), _affiliation(span, gaz, prefer_org=_is_expert(span))))
    name_start = _initials_start(doc, name_start)  # "the ambassador, H E X": the title stands before the letters
    # "the Minister of Defence, Mr. X": the title stands before the courtesy title too
    while name_start >= 3 and (doc[name_start - 1].lower_.rstrip(".") in HONORIFICS
                               or doc[name_start - 1].text == "." and not doc[name_start - 2].whitespace_
                               and doc[name_start - 2].lower_ in HONORIFICS):
        name_start -= 1
    while name_start >= 3 and doc[name_start - 1].i in titles and doc[name_start - 1].pos_ == "PROPN" \
            and doc[name_start - 1].text[:1].isupper():
        name_start -= 1  # "X's Chief of the General Staff, Admiral Y": the rank before the name is its own title
    if not out and name_start >= 2 and doc[name_start - 1].text == ",":
        # "Turkey's ambassador to NATO, Basat Ozturk": read off the words when the parse attaches oddly
        left = name_start - 2
        # (not into another person's name: "X and Mozambique's Chief of the General Staff, Admiral Y")
        # (a hyphen inside a word joins it: "Vice-Minister", "Commander-in-Chief")
        while left > doc[name_start].sent.start and (not doc[left - 1].is_punct or _word_hyphen(doc, left - 1)) \
                and doc[left - 1].pos_ not in ("VERB", "AUX", "SCONJ") and name_start - left < 12 \
                and not (doc[left - 1].ent_type_ == "PERSON"
                         or doc[left - 1].pos_ == "CCONJ" and left >= 2 and doc[left - 2].ent_type_ == "PERSON"
                         or doc[left - 1].dep_ == "agent"):
            left -= 1  # (back to a verb or clause, to another person's name or the "and" after it, or a "by")
        span = portfolios = doc[left:name_start - 1]
        if _portfolio_list(span, titles):
            # "the Minister of the Armed Forces, Veterans and War Victims, General X": the office's list of
            # portfolios is set off by a comma of its own; the title stands before it
            left -= 1
            while left > doc[name_start].sent.start and not doc[left - 1].is_punct \
                    and doc[left - 1].pos_ not in ("VERB", "AUX", "SCONJ") and name_start - left < 20 \
                    and doc[left - 1].ent_type_ != "PERSON" and doc[left - 1].dep_ != "agent":
                left -= 1
            span = doc[left:name_start - 1]
            if any(t.i in titles for t in span) and not any(t.ent_type_ == "PERSON" for t in span):
                # the portfolios ("Veterans") are no body the holder belongs to
                title = _trimmed_title(span, titles, gaz)
                return [PersonTitle(title.title, _affiliation(list(doc[left:portfolios.start]), gaz))]
        if len(span) and any(t.i in titles for t in span) and not any(t.ent_type_ == "PERSON" for t in span):
            return [_trimmed_title(span, titles, gaz)]
        # a long title, or one with bracketed acronyms ("The Vice-Minister for X of the Ministry of Y for Z, General
        # A"), where the parser took the name for a second subject: up the parse from the word before the comma
        title = _title_above(doc[name_start - 2], name_start, titles)
        if title is not None and head.dep_ != "appos":
            span = doc[title.left_edge.i:name_start - 1]
            # (a clause or a line break inside is no title's phrase: "X received in his office ..., Y")
            if "\n" not in span.text and not any(t.pos_ in ("VERB", "AUX") for t in span) \
                    and not any(t.ent_type_ == "PERSON" and not _not_a_person_entity(t) for t in span):
                return [_trimmed_title(span, titles, gaz)]
    if head.dep_ == "appos" and head.head.i < name_start and (head.head.pos_ == "NOUN"
                                                              or _proper_title_before(doc, head.head, name_start)):
        noun = head.head
        left = noun.left_edge.i
        span = doc[left:name_start]
        titles = _title_tokens(doc)
        # the rank right before the name is a title of its own ("his counterpart, General X")
        while len(span) and span[-1].i in titles:
            span = span[:-1]
        # (a closing bracket stays with its opening one: "Chief of Defence Staff (CDS) of the Y Armed Forces (YAF)")
        while len(span) and (span[-1].is_punct or span[-1].is_space) \
                and not (span[-1].text == ")" and "(" in span.text):
            span = span[:-1]
        if len(span) and not any(t.ent_type_ == "PERSON" for t in span):
            out.append(_trimmed_title(span, titles, gaz))
    return out


def _portfolio_list(span: Span, titles: set[int]) -> bool:
    """Words set off by commas that continue an office's "of" phrase before them: capitalised nouns joined by
    "and" ("Veterans and War Victims" after "Minister of the Armed Forces,"), with no title of their own."""
    if len(span) < 2 or span.start < 3 or span.doc[span.start - 1].text != "," \
            or not any(t.lower_ in ("and", "&") for t in span) or any(t.i in titles for t in span):
        return False
    if not all(t.lower_ in ("and", "&") or t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
               for t in span):
        return False
    before = span.doc[span.start - 2]  # the last word of the office's phrase
    return before.is_alpha and before.text[:1].isupper() and any(
        t.i in titles and t.nbor(1).lower_ == "of" for t in span.doc[max(before.sent.start, span.start - 9):span.start])


def _proper_title_before(doc: Doc, title: Token, name_start: int) -> bool:
    """Whether a title word the tagger took for a proper noun opens a title phrase set off by a comma before the
    name it introduces ("The Vice-Minister for X of Y, Major General Z"): a title word, no clause inside the
    phrase, and a comma (with any rank after it) right before the name."""
    titles = _title_tokens(doc)
    if title.i not in titles:
        return False
    end = name_start
    while end > title.i and (doc[end - 1].i in titles or doc[end - 1].is_space):
        end -= 1
    phrase = doc[title.left_edge.i:end]
    return doc[end - 1].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in phrase)


#: Relations that lead from a word of a title's phrase up to the title word ("for" -> "Minister", "Defence" -> "for").
TITLE_PHRASE_DEPS = {"pobj", "prep", "compound", "conj", "cc", "poss", "case", "punct", "appos", "nmod"}


def _title_above(tok: Token, before: int, titles: set[int]) -> Token | None:
    """The title word whose phrase holds ``tok`` (all before token ``before``): the highest title word reached up
    the parse through a noun phrase's own relations ("Defence" in "the Vice-Minister for X of the Ministry of
    Defence" -> "Minister"), else None."""
    found = None
    while True:
        if tok.i in titles and tok.pos_ in ("NOUN", "PROPN"):
            found = tok
        if tok.dep_ not in TITLE_PHRASE_DEPS or tok.head.i == tok.i or tok.head.i >= before:
            return found
        tok = tok.head


def _not_a_person_entity(tok: Token) -> bool:
    """Whether a PERSON-tagged token's entity ends in a word that names a thing ("National Defence")."""
    ent = _entity_at(tok.doc).get(tok.i)
    return ent is not None and ent[-1].lower_ in not_person_words().get("last", ())


#: Parts of speech of the words that may stand before a title's first word inside its own noun phrase
#: ("Peru's new ambassador", "the Navy's top officer", "the Spanish Secretary of State").
TITLE_MODIFIER_POS = {"ADJ", "PROPN", "NOUN", "NUM", "PART"}


def _title_phrase(span: Span, titles: set[int]) -> Span:
    """The noun phrase of a title inside the words before a name in apposition: from the first title word back
    over its modifiers to (and with) its determiner ("at the quay by the Minister of X" -> "the Minister of
    X"; "a lunch in X on Monday for Peru's ambassador" -> "Peru's ambassador"). A span with no title word is
    kept whole."""
    first = next((t for t in span if t.i in titles), None)
    if first is None:
        return span
    start = first.i
    while start > span.start:
        prev = span.doc[start - 1]
        if prev.pos_ == "DET" or prev.tag_ == "PRP$":
            start -= 1  # "the", "its": the phrase opens here
            break
        if not (prev.pos_ in TITLE_MODIFIER_POS or prev.text in POSSESSIVES or prev.text in ("-", "–")
                or prev.i in titles):
            break
        start -= 1
    return span.doc[start:span.end]


def _trimmed_title(span: Span, titles: set[int], gaz: Gazetteers) -> PersonTitle:
    """A title before a name, cut to the title's own noun phrase; its affiliation read from that phrase, else
    (a country or body named earlier in the words, "the head of Myanmar's air force") from all the words."""
    phrase = _title_phrase(span, titles)
    return PersonTitle(_clean_title(phrase), _affiliation(phrase, gaz) or _affiliation(span, gaz))


EXPERT_WORDS = {"professor", "analyst", "specialist", "researcher", "fellow", "expert", "scholar", "director",
                "founder", "co-founder", "lecturer"}


def _is_expert(span: Span) -> bool:
    return any(t.lower_ in EXPERT_WORDS for t in span)


def _clean_title(span: Span) -> str:
    text = span.text.strip(" ,;")
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def resolve_people(doc: Doc, doc_id: str, gaz: Gazetteers) -> list[Person]:
    """The people a document names, each once, with every mention and the titles it gives them."""
    title_tokens = _title_tokens(doc)
    text = doc.text  # read by several frames below; spaCy joins every token again on each ``doc.text``
    mentions: list[_Mention] = []
    surface: dict[tuple[str, ...], str] = {}
    authors: set[frozenset[str]] = set()  # the names of bylines: metadata wherever they stand
    # one sense per document: a name its words show to be a place, body or ship once ("the X plant",
    # "Operation X") is that elsewhere too, unless a title or honorific there says it is a person
    # (entity, its bare name, whether its words show it is no person), read once for both passes
    tagged = [(ent, bare, bare is not None and _not_a_person(doc, ent.start, ent.end, title_tokens, text))
              for ent in doc.ents if ent.label_ == "PERSON" for bare in [_bare_name(ent, title_tokens)]]
    others = {tuple(t.text for t in doc[bare[0]:bare[1]]) for _, bare, not_person in tagged if not_person}
    others |= _numbered_names(doc)
    others |= _only_placed(tagged, title_tokens)
    others |= _classified_elsewhere(doc, {tuple(t.text for t in doc[bare[0]:bare[1]]) for _, bare, _ in tagged
                                          if bare is not None and bare[1] - bare[0] > 1}, title_tokens)
    for ent, bare, not_person in tagged:
        if bare is not None and (_authored(doc, ent.start, ent.end) or _author_note(doc, ent.start, ent.end)):
            authors.add(frozenset(t.text for t in doc[bare[0]:bare[1]]))
            continue
        if bare is None or not_person:
            continue
        if tuple(t.text for t in doc[bare[0]:bare[1]]) in others and not _honoured(doc, bare[0], title_tokens):
            continue
        s, e = bare
        s = _untagged_given_names(doc, s, e, title_tokens)
        # a lone word is kept only if it meets a full name below or follows a title or honorific
        words = tuple(t.text for t in doc[s:e])
        surface.setdefault(words, doc[s:e].text)  # "Kassym-Jomart Tokayev" keeps its hyphen
        given = _bracketed_given_name(doc, s, e)
        if given is not None:  # "Secretary (Jane) Roe", "President [Jane] Roe": the editor's insertion
            words = (given.text, *words)
            surface.setdefault(words, " ".join(words))
            s = given.i - 1
        mentions.append(_Mention(s, e, words))
    mentions = _join_abbreviated_given_names(doc, mentions, surface)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for s, e, words in _signature(doc, text):
        # the signer's full name replaces the part of it the NER tagged ("ter Horst" of "G.P. ter Horst")
        mentions = [m for m in mentions if not (s <= m.start and m.end <= e)]
        mentions.append(_Mention(s, e, words))
        surface.setdefault(words, " ".join(words))
    portfolio = _after_portfolio(doc, title_tokens)
    portfolio_names = set(portfolio)
    for s, e, words in _missed_names(doc, [(m.start, m.end) for m in mentions], title_tokens, portfolio):
        if (s, e, words) in portfolio_names:
            # "Minister of Roads [Roads X Y]": the NER ran the portfolio's last word into the name after it
            ran_in = [m for m in mentions if m.start < s < m.end and m.end == e]
            mentions = [m for m in mentions if m not in ran_in]
            taken -= {i for m in ran_in for i in range(m.start, m.end)}
        inside = [m for m in mentions if s <= m.start and m.end <= e and (m.end - m.start) < e - s]
        if inside and not any(m.start < e and s < m.end for m in mentions if m not in inside):
            # the frame's whole name replaces the part of it the NER tagged a person ("Mr X Y [Z]")
            mentions = [m for m in mentions if m not in inside]
            taken -= {i for m in inside for i in range(m.start, m.end)}
        if not taken & set(range(s, e)):
            # "Arben Krasniqi-Hoxha" keeps its hyphen
            surface.setdefault(words, doc[s:e].text if len(words) == e - s else " ".join(words))
            mentions.append(_Mention(s if len(words) == e - s else s - 1, e, words))

    # Full names first: a multi-word name is its own canonical form unless a longer one contains it.
    full = sorted({m.words for m in mentions if len(m.words) > 1}, key=len, reverse=True)
    canon: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in full:
        container = next((c for c in full if len(c) > len(words) and _contains(c, words)), None)
        canon[words] = canon.get(container, container) if container else words

    # Surnames on their own ("Hlaing", "Mr. Shoigu") that NER did not tag are mentions too.
    covered = {i for m in mentions for i in range(m.start, m.end)}
    names = set(canon.values())  # the canonical full names, read by every surname and mention below
    surnames = {(c[-1],) for c in names} | {_surname(c) for c in names}
    # a full name's first word alone, as a subject ("Hendro said"): where names go by the given name, or by a
    # surname written first; only one person's, and no other's last word
    firsts = Counter(c[0] for c in names if len(c) > 1)
    given = {(w,) for w, n in firsts.items() if n == 1 and (w,) not in surnames and w.lower() not in NAME_PARTICLES}
    # a Malay name goes by the name before its patronymic ("Ali bin Hassan": "Ali"), after any courtesy words
    given |= {(c[i - 1],) for c in names for i in range(2, len(c)) if c[i].lower() in PATRONYMICS
              and c[i - 1].lower() not in NAME_PARTICLES} - surnames
    surnames |= given
    # a name of two surnames goes by the first of them ("Ana Ruiz Vidal": "Ruiz"), after a title or honorific
    # ("Deputy Ruiz insisted"); only one person's, and no other's surname or given name
    seconds = Counter(c[-2] for c in names if len(c) > 2 and "-" not in c[-3:])
    paternal = {(w,) for w, n in seconds.items() if n == 1 and w.lower() not in NAME_PARTICLES} - surnames
    surnames |= paternal
    # a name of three words or more goes by its first two as a subject ("Mohd Azhar said" for "Mohd Azhar
    # Kamaruddin"): only one person's
    pairs = Counter(c[:2] for c in names if len(c) > 2 and "-" not in c[:3] and not any(
        w.lower() in NAME_PARTICLES for w in c[:2]))
    given |= {w for w, n in pairs.items() if n == 1} - surnames
    surnames |= given
    ents = _entity_at(doc)
    # Tokens only where a surname starts (ORTH hashes from the token array), not for every word
    wanted = {doc.vocab.strings[s[0]] for s in surnames}
    at = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted] if wanted else []
    for tok in (doc[i] for i in at):
        for surname in sorted((s for s in surnames if s[0] == tok.text), key=len, reverse=True):
            end = tok.i + len(surname)
            if tuple(t.text for t in doc[tok.i:end]) != surname or covered & set(range(tok.i, end)) \
                    or not all(_name_token(w) for w in surname if w != "-"):
                continue
            # (a given name ending in "s" may be tagged a plural noun, a nationality or a body: "Yohannes
            # described ...", which no state's demonym is)
            proper = tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "ORG") and gaz.country(tok.text) is None
            subject = doc[tok.i:end].root.dep_ in ("nsubj", "nsubjpass")
            if surname in given and not (proper and subject):
                continue
            # (the first of two surnames as a clause's subject, too: "Ruiz told lawmakers")
            if surname in paternal and not (proper and (_honoured(doc, tok.i, title_tokens) or subject)):
                continue
            # the NER may tag a lone surname as an organisation ("Petrov said", "Novak-Reyes met"): an ORG that
            # is just the surname of a person named in full is that person
            ent = ents.get(tok.i)
            # ("Ratu Jone said": the ORG may hold the title before the name too)
            lone_org = tok.ent_type_ == "ORG" and ent is not None and ent.end == end \
                and all(i in title_tokens for i in range(ent.start, tok.i))
            if lone_org or tok.ent_type_ not in ("COUNTRY", "ORG", "MILITARY", "LOCATION", "WEAPON_SYSTEM"):
                mentions.append(_Mention(tok.i, end, surname))
                covered.update(range(tok.i, end))
                break
    mentions.sort(key=lambda m: m.start)

    last_seen: dict[tuple[str, ...], int] = {}
    # (where a short name fits several full names none of which came before, the one named soonest after it: a
    # choice by the document, not by the set's hash order)
    first_named: dict[tuple[str, ...], int] = {}
    for m in mentions:
        if m.words in canon:
            first_named.setdefault(canon[m.words], m.start)
    for m in mentions:
        if m.words in canon:
            target = canon[m.words]
        else:
            candidates = [c for c in names if _contains(c, m.words)]
            if len(candidates) > 1:
                preceding = [c for c in candidates if c in last_seen]
                candidates = [max(preceding, key=lambda c: last_seen[c])] if preceding else \
                    [min(candidates, key=lambda c: (first_named.get(c, len(doc)), c))]
            if candidates:
                target = candidates[0]
            elif len(m.words) == 1 and _honoured(doc, m.start, title_tokens):
                target = m.words
            else:
                continue
        last_seen[target] = m.start
        m.person = surface.get(target, " ".join(target))
        m.titles = _titles_before(doc, m.start, title_tokens, gaz) + _apposition_title(doc, m.start, m.end, gaz)

    people: dict[str, Person] = {}
    for m in mentions:
        if m.person is None or any(a <= set(m.person.split()) or set(m.person.split()) <= a for a in authors):
            continue
        person = people.setdefault(m.person, Person(m.person))
        span = doc[m.start:m.end]
        person.mentions.append(evidence(doc, doc_id, span.start_char, span.end_char))
        if span.text != m.person and span.text not in person.aliases:
            person.aliases.append(span.text)
        for title in m.titles:
            if all(t.title != title.title for t in person.titles):
                person.titles.append(title)
    return list(people.values())


def _surname(words: tuple[str, ...]) -> tuple[str, ...]:
    """The last name of a name's words with the names a hyphen joins to it ("Ana Ruiz - Vidal": "Ruiz - Vidal")."""
    i = len(words) - 1
    while i >= 3 and words[i - 1] == "-":  # a given name stays before the joined surname
        i -= 2
    return words[i:]


def _untagged_given_names(doc: Doc, start: int, end: int, title_tokens: set[int]) -> int:
    """The start of a name with the given names the NER left out before the surname it tagged
    ("Secretary for Defence [Ingrid] Solberg"): capitalised proper nouns compounded onto the name."""
    while start > 0 and end - start < 4:
        tok = doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and start <= tok.head.i < end
                and _name_token(tok.text) and tok.is_alpha and not tok.ent_type_
                and tok.i not in title_tokens and tok.lower_ not in HONORIFICS
                and _initials_start(doc, start) == start
                and tok.lower_ not in not_person_words().get("first", ())):
            break
        start -= 1
    return start


def _join_abbreviated_given_names(doc: Doc, mentions: list[_Mention],
                                  surface: dict[tuple[str, ...], str]) -> list[_Mention]:
    """One name where the NER split a full name at an abbreviated given name ("Jose Ma. | Luis Cruz",
    "Ma." for Maria): a name of two words or more ending in a short abbreviation, and a name right after it."""
    out: list[_Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and len(prev.words) >= 2 and m.start == prev.end + 1 \
                and doc[prev.end].text == "." and not doc[prev.end - 1].whitespace_ \
                and len(doc[prev.end - 1].text) <= 3 and doc[prev.end].whitespace_:
            words = prev.words + m.words
            surface.setdefault(words, doc[prev.start:m.end].text)
            out[-1] = _Mention(prev.start, m.end, words)
            continue
        out.append(m)
    return out


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether every word of a shorter name form is in the longer one (surname, or given+surname)."""
    return set(shorter) <= set(longer)
