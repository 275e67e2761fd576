"""Direct quotations: the words inside quote marks, who said them, the reporting verb and the outlet.

Quotations are found on the characters, not the parse: straight, curly and guillemet marks are
paired, a straight mark's side told by its neighbours (space before: opening). A quotation may run
over a stray paragraph break; one left open at the end of a paragraph and reopened at the start of the
next is one speaker's quotation continuing (each paragraph's stretch is one record, as gold keeps it).

The attribution is read from the parse around each quotation: a reporting verb from the cue lexicon
(``data/speech_cues.tsv``) that governs the quoted words ("X said that ... '...'", "'...,' said X"),
or sits beside them ("'...,' he said, '...'"), or a clause ending in a colon ("X put it bluntly: '...'").
Its subject is resolved to a person (canonical name from ``analysis.people``), through a pronoun to
the nearest preceding speaker, through a role noun ("the spokesperson") to the person holding that
title, and to the organisation or country when no person is named ("a State Department spokesman",
"the US Embassy", "the statement said" -> whoever said it in that statement); an unnamed official or
source gives no speaker. An unattributed quotation right after an attributed one continues it, and one
standing alone after a sentence reporting a named person speaking is that person's. A quotation shared
by coordinated speakers ("X and Y hailed it as '...'") gives one record each. Short terms in quote marks
are quotations only when a reporting verb governs them ("described the talks as 'excellent'"); names in
quote marks and quotations in the headline are skipped. Hard-wrapped texts are read with their wrapped
line breaks as spaces (``unwrap``).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from armstrack import settings
from armstrack.extract.context import DocContext, read_tsv, word_pattern, word_set
from armstrack.extract.quotations import (ANY_MARK_RE, HEADING_END, MARKS_RE, SINGLE_RE, WORD_RE, QuoteSpan,
                                          is_headline, is_scare_quote, line_bounds, quoted_text, starts_sentence)
from armstrack.extract.registry import extractor
from armstrack.extract.syntax import function_words
from armstrack.nlp.gazetteers import Country, Gazetteers, load_honorifics
from armstrack.records import DocumentAnalysis, Evidence, Quote


PERSON_PRONOUNS = word_set("quote_words.tsv", "person_pronoun")
#: Verbs of wording in "'...' - that is how X put it" (with "how", they give the quotation's speaker).
MANNER_VERBS = word_set("quote_words.tsv", "manner_verb")
#: Nouns of issued texts whose subject verb, any verb, reports their words ("the statement blamed ... on '...'").
DOCUMENTS = word_set("quote_words.tsv", "document")
#: verbs whose agent wrote a document ("the memo, signed by X")
AUTHORSHIP_VERBS = word_set("quote_words.tsv", "authorship")
#: Adjectives of attitude: "X is 'deeply concerned'" quotes X on X's own state of mind.
ATTITUDES = word_set("quote_words.tsv", "attitude")
#: Linking verbs of such a predicate ("is", "remains", "feels").
COPULAS = word_set("quote_words.tsv", "copula")
#: Words of a minister's title that are his rank ("Deputy"), and words of titles that head no ministry ("Prime").
MINISTER_RANKS = word_set("quote_words.tsv", "minister_rank")
NOT_MINISTRY = word_set("quote_words.tsv", "not_ministry")
#: Words that make a lower office of the title word after them ("Deputy Minister", "Vice-Minister").
LESSER_RANKS = word_set("quote_words.tsv", "lesser_rank")
#: Reporting verbs that only mark aspect before an infinitive ("would continue to support").
ASPECT_VERBS = word_set("quote_words.tsv", "aspect_verb")
#: Pronouns that point back at a quotation ("that is how X put it", "which was how").
DEMONSTRATIVES = word_set("quote_words.tsv", "demonstrative")
INDEFINITE = word_set("quote_words.tsv", "indefinite")
#: Nouns of a state's armed or police forces ("the army said"): a state's body, never a company's.
STATE_FORCES = word_set("quote_words.tsv", "state_force")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Possessive pronouns that stand for a body, not a person ("its spokesman", "their representative").
BODY_POSSESSIVES = {"its", "their"}
#: Relations through which a participle or infinitive takes its subject from the clause above it.
INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "prep"}
#: Names of state bodies, which an unnamed spokesman's quotation is attributed to with their country.
STATE_BODY = word_pattern("quote_words.tsv", "state_body")
ACRONYM_RE = re.compile(r"[A-Z][A-Z.&]{1,9}")
#: The most words a quoted term may have to be read as an echo of a speaker's own quotation.
ECHO_MAX_WORDS = 3
#: An acronym with lower-case letters among its capitals ("MApN", "MoD"): at least two capitals.
MIXED_ACRONYM_RE = re.compile(r"(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z.&]{1,9}")
#: Lower-case words inside a name in quote marks ("Make in India").
NAME_WORDS = word_set("quote_words.tsv", "name_word")
#: Nouns of a claim whose owner says the words quoted in its clause ("the defence's argument that ...").
CLAIM_NOUNS = word_set("quote_words.tsv", "claim_noun")
#: Words with their apostrophe endings ("No’s" is one word).
NAME_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
GAP_RE = re.compile(r'^[\s.,;:!?—–"”»’\']*$')


@dataclass(frozen=True)
class Cue:
    """A row of speech_cues.tsv: a word of a kind (verb, noun, ...) and where its speaker and outlet are found."""

    word: str
    kind: str  # verb, noun, prep, role, medium
    speaker: str  # subject, object, pobj or ""
    outlet: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """The cue lexicon keyed by (word, kind)."""
    out = {}
    for row in read_tsv("speech_cues.tsv"):
        outlet = tuple(s for s in row.get("outlet", "").split("|") if s)
        out[(row["cue"].lower(), row["kind"])] = Cue(row["cue"].lower(), row["kind"], row.get("speaker", ""), outlet)
    return out


@functools.lru_cache(maxsize=1)
def prep_cues() -> dict[str, tuple[str, Cue]]:
    """The two-word reporting phrases ("according to", "based on") keyed by their first word."""
    return {c.word.split()[0]: (c.word.split()[-1], c) for (word, kind), c in cues().items()
            if kind == "prep" and len(word.split()) == 2}


def cue_of(tok: Token) -> Cue | None:
    """The reporting verb or phrase a token is, if any ("according" with its "to" is one)."""
    phrase = prep_cues().get(tok.lower_)
    if phrase is not None and any(c.lower_ == phrase[0] for c in tok.children):
        return phrase[1]
    if tok.pos_ == "VERB":
        lemma = tok.lemma_.lower()
        if lemma in ASPECT_VERBS and any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "would continue to support": no reporting verb
        # by lemma, else by the form a row lists where the lemmatiser misreads it ("precised": "precis")
        return cues().get((lemma, "verb")) or cues().get((tok.lower_, "verb")) or _light_verb_cue(tok, lemma)
    return None


def _light_verb_cue(tok: Token, lemma: str) -> Cue | None:
    """A reporting phrase of a light verb and its adjective ("made clear that", "made it plain that"), listed
    in speech_cues.tsv as the two words."""
    for child in tok.children:
        if child.pos_ == "ADJ" and child.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "dobj"):
            cue = cues().get((f"{lemma} {child.lower_}", "verb"))
            if cue is not None:
                return cue
    return None


def speech_cue(tok: Token) -> Cue | None:
    """A cue that names a speaker (not one that names only the outlet, like "reported")."""
    cue = cue_of(tok)
    return cue if cue is not None and cue.speaker else None


def lexicon_word(tok: Token, kind: str) -> Cue | None:
    """The quote cue of a kind a token is (by lemma or form), or None."""
    return cues().get((tok.lemma_.lower(), kind)) or cues().get((tok.lower_, kind))


@dataclass(frozen=True)
class Speaker:
    """Who a quotation is attributed to, and whether that is a person."""

    name: str
    person: bool  # a person (a later pronoun may refer to them), not an organisation or country


def _person(name: str | None) -> Speaker | None:
    return Speaker(name, True) if name else None


@dataclass
class Draft:
    """A quotation found in the text, with its attribution so far."""

    span: QuoteSpan
    text: str
    tokens: range  # token indices of the quotation, marks included
    speaker: str | None = None
    cue: str | None = None
    outlet: str | None = None
    person: bool = False  # whether the speaker is a person (a pronoun may then refer to them)
    attribution_end: int | None = None  # offset where the attribution ends (for continuations)
    cue_tok: Token | None = None
    others: list[str] | None = None  # further people the quotation is shared by ("X and Y hailed it as '...'")


class QuoteReader:
    """Attribution of the quotations in one document."""

    def __init__(self, doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> None:
        self.doc = doc
        self.ctx = DocContext.of(doc, analysis, gaz)
        self.text = self.ctx.text
        self.flat = self.ctx.flat_text  # paragraphs as the layout means them (no wrapped line breaks)
        self.gaz = gaz
        self.starts = self.ctx.token_starts
        self.in_quote: dict[int, int] = {}
        titles = doc.spans["titles"] if "titles" in doc.spans else []
        self.title_tokens = {i for span in titles for i in range(span.start, span.end)}
        self.people = {p.name: p for p in analysis.people}
        self.done: list[Draft] = []
        #: the gender (an index into PRONOUN_GENDERS) of each person a gendered pronoun was read as before
        self.genders: dict[str, int] = {}
        self.headline = False  # attributing a headline's quotation (its role nouns refer forward)

    def token_at(self, char: int) -> int:
        """The index of the token holding (or starting just after) a character offset."""
        i = bisect.bisect_right(self.starts, char) - 1
        return max(i, 0)

    # --- windows: where an attribution may stand ---------------------------------------------------

    def breaks_at(self, tok: Token) -> bool:
        """Whether a token holds a paragraph break (not the line break of a wrapped line)."""
        return "\n" in tok.text and "\n" in self.flat[tok.idx:tok.idx + len(tok.text)]

    def until_quote(self, toks: list[Token]) -> list[Token]:
        """The tokens up to the next quotation or paragraph break."""
        out = []
        for tok in toks:
            if tok.i in self.in_quote or self.breaks_at(tok):
                break
            out.append(tok)
        return out

    def before_window(self, draft: Draft) -> list[Token]:
        """The tokens of the sentence before the quotation, back to another quotation or paragraph."""
        first = draft.tokens.start
        sent = self.doc[first].sent
        toks = []
        for i in range(first - 1, sent.start - 1, -1):
            if i in self.in_quote or self.breaks_at(self.doc[i]):
                break
            toks.append(self.doc[i])
        return toks[::-1]

    def after_window(self, draft: Draft) -> list[Token]:
        """The tokens of the sentence after the quotation, up to another quotation or paragraph."""
        last = draft.tokens.stop - 1
        sent = self.doc[last].sent
        end = sent.end
        toks = self.until_quote([self.doc[i] for i in range(last + 1, end)])
        if not any(not t.is_punct for t in toks) and end < len(self.doc) and not draft.text.endswith(HEADING_END):
            # the parser may cut '"...,"' from 'he said.'; the attribution is then the next sentence
            toks = self.until_quote(toks + list(self.doc[end:self.doc[end].sent.end]))
        return toks

    # --- the cue ------------------------------------------------------------------------------------

    def find_cue(self, draft: Draft, governing: bool = False) -> tuple[Token, Cue] | None:
        """The reporting verb of a quotation: one that governs it or hangs from it, the nearest first.

        With ``governing``, only a cue the parse links to the quoted words counts (not one merely beside them).
        """
        before, after = self.before_window(draft), self.after_window(draft)
        window = {t.i for t in before + after}
        inside = set(draft.tokens)
        if governing:
            # a quoted term may hang from another quotation of its sentence ('X said "..." to be fitted
            # into "a term" drones'): the verb above both reports both
            sent = self.doc[draft.tokens.start].sent
            window |= set(range(sent.start, sent.end)) - inside
        best: tuple[tuple[int, int, int], Token] | None = None

        def consider(tok: Token, steps: int, group: int) -> None:
            nonlocal best
            distance = min(abs(tok.i - draft.tokens.start), abs(tok.i - draft.tokens.stop))
            key = (group, steps, distance)
            if best is None or key < best[0]:
                best = (key, tok)

        # a cue governing the quoted words: walk up from each word whose head is outside them; the walk may pass
        # through the sentence's other quotations, whose cue reports this one too ('called them "a provocation"
        # that "does nothing"', 'said the pact was "..." and that the country "..."')
        sent = self.doc[draft.tokens.start].sent
        through = {i for i in range(sent.start, sent.end) if i in self.in_quote and i not in inside}
        for i in draft.tokens:
            tok = self.doc[i]
            if tok.head.i in inside or ANY_MARK_RE.fullmatch(tok.text):
                continue  # the marks themselves hang anywhere
            up, steps, passed, below = tok.head, 1, False, tok
            while steps <= settings.current().quote_max_steps:
                # a clause that holds another quotation of the sentence as well ('said the pact was "..." and
                # that the country "..."': "was" holds the first) is passed like that quotation
                holds = through and any(c.i in through for c in up.children)
                if up.i in through:
                    passed = True
                elif not (up.i in window or (passed or holds) and sent.start <= up.i < sent.end):
                    break
                elif _second_complement(below, up):
                    # 'said talks were continuing but that "..."': the verb above reports both clauses
                    passed = True
                elif speech_cue(up) or _document_verb(up):
                    # a document's verb reports what it quotes, a short term too ("a report by X found that
                    # troops and 'foreign fighters' burned the village")
                    consider(up, steps, 0)
                    break
                else:
                    passed = passed or bool(holds)
                    # "The talks, X said, were '...'": a parenthetical cue on the clause that holds the quotation
                    aside = next((c for c in up.children if c.dep_ == "parataxis" and c.i not in inside
                                  and speech_cue(c) and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
                    if aside is not None:
                        consider(aside, steps + 1, 0)
                        break
                    # 'accepted the decision "with regret", according to X': the phrase reports the clause
                    per = next((c for c in up.children if governing and c.i in window and c.i not in inside
                                and (c_cue := speech_cue(c)) is not None and c_cue.kind == "prep"), None)
                    if per is not None:
                        consider(per, steps + 1, 0)
                        break
                if up.head.i == up.i:
                    break
                up, steps, below = up.head, steps + 1, up
        # a parenthetical cue whose own head lies inside the quotation ("..., he said, ..."): it has
        # a subject of its own, unlike a verb misparsed as coordinated with the quoted one
        for tok in before + after:
            if not speech_cue(tok) or not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
                continue
            up = tok
            for steps in range(1, 4):
                if up.head.i == up.i:
                    break
                up = up.head
                if up.i in inside:
                    consider(tok, steps, 1)
                    break
        if best is None and not governing:
            best = self._adjacent_cue(before, after)
        if best is None:
            return None
        tok = best[1]
        if tok.dep_ in ("pcomp", "advcl") and tok.head.lower_ == "as" and speech_cue(tok.head.head):
            tok = tok.head.head  # "quoted X as saying": the frame is the quoting verb's
        elif tok.dep_ == "advcl" and any(c.lower_ == "as" for c in tok.children) and speech_cue(tok.head):
            tok = tok.head
        return tok, speech_cue(tok) or Cue(tok.lemma_.lower(), "verb", "subject", ())

    def _adjacent_cue(self, before: list[Token], after: list[Token]):
        """A cue right next to the quotation with no other clause between (a parse that missed it)."""
        for tok in after:
            if speech_cue(tok):
                return ((2, 0, 0), tok)
            if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.lower_ in ("while", "as", "but", "and"):
                break
        for tok in reversed(before):
            if speech_cue(tok):
                return ((2, 0, 0), tok)
            if tok.pos_ in ("VERB", "AUX", "SCONJ"):
                break
        return None

    def colon_clause(self, draft: Draft) -> Token | None:
        """ "X put it bluntly: '...'": the main verb of the clause that ends in a colon before the quotation."""
        before = self.before_window(draft)
        if not before:
            # the clause may end the paragraph before ("X put it bluntly:\n\n'...'")
            i = draft.tokens.start - 1
            while i >= 0 and self.doc[i].is_space:
                i -= 1
            if i >= 0 and self.doc[i].text == ":" and i not in self.in_quote:
                before = [t for t in self.doc[self.doc[i].sent.start:i + 1] if t.i not in self.in_quote]
        if not before or before[-1].text != ":":
            return None
        ids = {t.i for t in before}
        verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in t.children)]
        tops = [t for t in verbs if t.head.i not in ids or t.head.i == t.i]
        return (tops or verbs or [None])[-1]

    def colon_document_author(self, draft: Draft) -> tuple[Speaker | None, Token | None]:
        """ "I quote from the letter signed by its director, X: '...'": the author a document noun of the clause
        ending in a colon names (by a possessor, "by" or a participle's agent) wrote the words quoted."""
        before = self.before_window(draft)
        if not before or before[-1].text != ":":
            return None, None
        for tok in reversed(before):
            if not (lexicon_word(tok, "noun") or tok.lemma_.lower() in DOCUMENTS) or tok.pos_ != "NOUN":
                continue
            author = _author_of(tok)
            if author is None:
                continue
            # ("its director, Mr. X": the name in apposition to the role noun is the author, however parsed)
            j = author.right_edge.i + 1
            if j < len(self.doc) and self.doc[j].text == ",":
                j += 1
            while j < len(self.doc) and (self.doc[j].text.rstrip(".") in HONORIFIC_WORDS or self.doc[j].text == "."):
                j += 1
            named = self.ctx.person_at.get(j) if j < len(self.doc) and j < before[-1].i else None
            speaker = Speaker(named, True) if named else self.resolve(author)
            return (speaker, tok) if speaker else (None, None)
        return None, None

    def how_clause(self, draft: Draft) -> Token | None:
        """ "'...' - that is how X put it": the verb of a "how" clause that a demonstrative after the
        quotation is equated with ("that was how", "which is how"), when it is a verb of wording."""
        for tok in self.after_window(draft):
            if tok.lower_ != "how" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in MANNER_VERBS:
                continue
            verb, be = tok.head, tok.head.head
            if be.lemma_ == "be" and verb.dep_ in ("ccomp", "attr", "advcl") and any(
                    c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES for c in be.children):
                return verb
        return None

    def attitude_holder(self, draft: Draft) -> Token | None:
        """ "The bloc remains 'gravely worried by ...'": the subject of a copula whose quoted predicate is an
        adjective of attitude said of oneself (concerned, pleased, determined) holds, and voiced, it."""
        inner = [self.doc[i] for i in draft.tokens if not ANY_MARK_RE.fullmatch(self.doc[i].text)]
        words = [t for t in inner if t.pos_ != "ADV"]
        if not words or words[0].pos_ != "ADJ" or words[0].lemma_.lower() not in ATTITUDES:
            return None
        be = words[0].head
        if be.i in draft.tokens or be.lemma_.lower() not in COPULAS or words[0].dep_ not in ("acomp", "attr", "xcomp"):
            return None
        return next((c for c in be.children if c.dep_ == "nsubj" and c.i not in self.in_quote), None)

    # --- the speaker ---------------------------------------------------------------------------------

    def speaker_head(self, cue_tok: Token, cue: Cue, draft: Draft | None = None) -> Token | None:
        """The noun phrase that names the speaker of a cue."""
        if cue.kind == "prep":
            last = cue.word.split()[-1]
            to = next((c for c in cue_tok.children if c.lower_ == last), None)
            return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue_tok.children)
        owner = _claim_owner(cue_tok, draft) if draft is not None else None
        if owner is not None:
            return owner
        if cue.speaker == "object":
            deps = ("nsubjpass",) if passive else ("dobj", "obj")
            return next((c for c in cue_tok.children if c.dep_ in deps), None)
        if passive:
            agent = next((c for c in cue_tok.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        subj = _clause_subject(cue_tok, self.in_quote)
        prev = cue_tok.i - 1
        if subj is None and prev >= 0 and prev not in self.in_quote \
                and (self.ctx.person_at.get(prev) or self.doc[prev].ent_type_ == "PERSON"):
            # '"...," Reinhardt told a news conference': a name right before the verb the parser took for
            # an adverb or modifier
            subj = self.doc[prev]
        if subj is not None and subj.i > cue_tok.i and subj.i not in self.ctx.person_at:
            # '"...," said X, a researcher at a Buenos Aires think tank': the parser may make the phrase's last
            # noun the head of an inverted subject; the person named right after the verb is the speaker
            after = cue_tok.i + 1
            while after < subj.i and self.doc[after].pos_ == "ADV":
                after += 1
            if self.ctx.person_at.get(after) and subj.left_edge.i <= after and not _possessor(self.doc[after], subj):
                subj = self.doc[after]  # (not "said X's lawyer, Y": X owns the speaker's role)
        if subj is not None and subj.i > cue_tok.i and subj.i in self.title_tokens \
                and subj.i not in self.ctx.person_at:
            # '"...," said Lt. Gen. (retd) X': the parser may take the rank for the inverted subject; the person
            # named right after it (past a bracketed aside) is the speaker
            j = subj.i + 1
            while j < len(self.doc) and j in self.title_tokens:
                j += 1
            if j < len(self.doc) and self.doc[j].text in ("(", "["):
                close = next((k for k in range(j + 1, min(j + 6, len(self.doc)))
                              if self.doc[k].text in (")", "]")), None)
                j = close + 1 if close is not None else j
            if self.ctx.person_at.get(j):
                subj = self.doc[j]
        if subj is None:
            # an inverted "said X" the parser did not take for the subject
            subj = next((c for c in cue_tok.rights if c.dep_ in ("dobj", "attr", "npadvmod", "appos")
                         and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is None and cue_tok.i + 1 < len(self.doc):
            # '"...," said also X': a name right after the verb (past adverbs), however the parser took it
            j = cue_tok.i + 1
            while j + 1 < len(self.doc) and self.doc[j].pos_ == "ADV":
                j += 1
            if self.ctx.person_at.get(j) or self.doc[j].ent_type_ == "PERSON":
                subj = self.doc[j]
        if subj is None and draft is not None and cue_tok.i > draft.tokens.stop:
            # '"...," a spokesperson for X said' with the phrase misattached into the quotation
            between = range(draft.tokens.stop, cue_tok.i)
            subj = next((self.doc[i] for i in between if self.doc[i].pos_ in ("NOUN", "PROPN", "PRON")
                         and self.doc[i].head.i not in between), None)
        return subj

    def resolve(self, head: Token) -> Speaker | None:
        """The speaker a noun phrase names: person, pronoun, role, organisation or country."""
        if head.lower_ in PERSON_PRONOUNS:
            found = self.antecedent(head.i)
            gender = _gender(head)
            if found is not None and found.person and gender is not None:
                self.genders.setdefault(found.name, gender)  # "'...,' she said": a later "he" is someone else
            return found
        if head.lower_ == "it" and head.dep_ in SUBJECT_DEPS:
            return self.body_antecedent(head.i)
        if head.pos_ == "PRON":
            return None
        name = self.person_in(head) or self.acronym_holder(head)
        if name:
            return Speaker(name, True)
        named = _name_after_kind_noun(head)
        if named:
            # "the pro-Russian channel X wrote", "the newspaper Y reported": the outlet or body so named, not
            # the country of its modifiers
            return Speaker(named, False)
        if lexicon_word(head, "noun") and head.pos_ == "NOUN":
            # "the ministry's statement", "a statement by X": the statement's author
            for child in head.children:
                if child.dep_ in ("poss", "compound"):
                    found = self.resolve(child)
                    if found is None and lexicon_word(child, "body"):
                        # "a Polish government statement": the country's word hangs on the statement
                        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
                        if any(self.ctx.entity_country(self.ctx.ent_at[m.i]) for m in mods if m.i in self.ctx.ent_at):
                            return Speaker(self.doc[mods[0].i:mods[-1].i + 1].text, False)
                        # "a ministry statement said": the ministry named before
                        found = self.named_body(child)
                    return found
                if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.resolve(obj)
            # "the ministry issued a statement saying ...": whoever issued it
            verb = head.head if head.dep_ in ("dobj", "obj") else None
            subj = _clause_subject(verb) if verb is not None and verb.pos_ == "VERB" else None
            if subj is not None:
                return self.resolve(subj)
            # "the statement said": the one who "said in a statement" before
            return self.earlier_issuer(head) if _definite(head) else None
        role = self.is_role(head)
        if role and _indefinite(head) and not lexicon_word(head, "voice"):
            return None  # "a defence official said", "one diplomat said": an unnamed source gives no speaker
        if not role and _indefinite(head) and head.pos_ == "NOUN" and not lexicon_word(head, "body") \
                and not lexicon_word(head, "medium"):
            return None  # "a survivor of the X raid told ...": an unnamed person, not the place or body of the phrase
        # an unnamed role's body may stand in a phrase ("a spokesman for X"); "critics in X" are not X
        # "a department spokesperson" speaks for the department named before; "a defence official" names
        # no body at all (the noun must be the head of the body's name when the role is indefinite)
        org = self.organisation_in(head, with_country=role, keep_preps=role)
        if org is not None and self.gaz.country(org) is not None and not role and _definite(head) \
                and lexicon_word(head, "company"):
            # "the Korean group said": the firm of that state named just before, not a body of the state
            org = self.previous_organisation(head) or org
        if org is None or self.gaz.country(org) is not None:
            # "the US Embassy", "the Egyptian military spokesman": the body as the phrase names it
            org = self.body_phrase(head, role) or org
        org = org or self.definite_organisation(head, head_word=role and _indefinite(head))
        if org is None and role and lexicon_word(head, "voice") \
                and any(c.dep_ == "compound" and lexicon_word(c, "company") for c in head.children):
            # "a company spokesperson said": the voice of the firm named just before
            org = self.previous_organisation(head)
        if org is None and _definite(head) and lexicon_word(head, "body"):
            org = _introduced_name(head)  # "The Group for X (GX), a campaign group,": a body named here
            if org is None:
                # "the army said": the army named before ("the Chilean Army"), else the body named just before
                named = self.named_body(head)
                org = named.name if named is not None else (self.ministers_ministry(head) or self.home_force(head)
                                                             or self.previous_organisation(head))
        org = org or self.spelt_body(head)
        if org is None and not role and lexicon_word(head, "body") \
                and any(c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES for c in head.children):
            # "X has protested, and its foreign ministry has called them '...'": the body of the state or
            # organisation the pronoun stands for, named as the phrase names it
            owner = self.body_antecedent(head.i, sentences=2)
            if owner is not None and not owner.person:
                mods = [c.text for c in head.lefts if c.dep_ in ("amod", "compound")]
                return Speaker(" ".join([f"{owner.name}'s", *mods, head.text]), False)
        unnamed = Speaker(org, False) if org else None
        if role and not _indefinite(head) and head.tag_ not in ("NNS", "NNPS") and self.person_owner(head):
            return None  # "his lawyer said", "X's aide said": someone unnamed who works for the person, not that person
        if role and not _indefinite(head) and head.tag_ not in ("NNS", "NNPS"):
            holder = _person(self.title_holder(head)) or _person(self.national_holder(head)) or unnamed
            # "its spokesman": the spokesman of the body the sentence before is about, not the last person named
            if holder is None and any(c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES for c in head.children):
                return self.body_antecedent(head.i, sentences=2)
            # "the analyst" is the last person named, but not "the official, who asked not to be named"
            if holder is None and not any(c.dep_ in ("relcl", "acl") for c in head.children):
                found = self.antecedent(head.i)
                holder = found if found is not None and found.person else None
            return holder
        return unnamed

    def person_owner(self, head: Token) -> bool:
        """Whether a role's possessor is a person ("his lawyer", "X's aide"), not a body or a state."""
        for c in head.children:
            if c.dep_ != "poss":
                continue
            if c.tag_ == "PRP$" and c.lower_ in function_words("singular_pronoun"):
                return True  # "his", "her" ("its" is a body's)
            if any(t.i in self.ctx.person_at or t.ent_type_ == "PERSON" for t in _phrase(c)):
                return True
        return False

    def earlier_issuer(self, head: Token) -> Speaker | None:
        """Who issued the statement (readout, communique) that "the statement" refers back to: the subject
        of the clause an earlier mention of the same noun hangs from ("X said in a statement")."""
        lemma = head.lemma_.lower()
        first = max(0, head.sent.start - 400)
        for i in range(head.i - 1, first - 1, -1):
            tok = self.doc[i]
            if tok.lemma_.lower() != lemma or i in self.in_quote:
                continue
            author = _author_of(tok)
            if author is not None and author.i < head.i:
                # "a report published today by X", "X's report": the author the earlier mention names
                found = self.resolve(author)
                name = _proper_name(author)
                if found is not None and not found.person and self.gaz.country(found.name) is not None \
                        and name and self.gaz.country(name) is None:
                    # "by the Zimbabwe Arms Monitor": a body's name the NER missed, not the state it names
                    return Speaker(name, False)
                return found
            up = tok
            speaks = False  # an earlier "the readout said": it names no issuer, one further back may
            for _ in range(4):
                if up.head.i == up.i:
                    break
                up = up.head
                if up.pos_ == "VERB" and up.dep_ == "acl" and up.tag_ == "VBN":
                    speaks = True  # "figures quoted in the report": what it holds, not who issued it
                    break
                if up.pos_ == "VERB":
                    signer = _passive_author(up, tok)
                    if signer is not None and signer.i < head.i:
                        found = self.resolve(signer)  # "the memo is signed by X": X's words, if a person's
                        if found is not None and found.person:
                            return found
                    subj = _clause_subject(up, self.in_quote)
                    if subj is not None and subj.i != tok.i and subj.i < head.i:
                        return self.resolve(subj)
                    speaks = subj is not None and subj.i == tok.i
                    break
            if speaks:
                continue
            # the parse did not reach the verb ("In a statement, Brig. Gen. X said '...'"): the speaker of
            # the quotation that follows the noun in its paragraph
            para_end = line_bounds(self.flat, tok.idx)[1]
            for prior in self.done:
                if prior.speaker and tok.idx < prior.span.open < min(para_end, head.idx):
                    return Speaker(prior.speaker, prior.person)
            return None
        return None

    def body_phrase(self, head: Token, role: bool) -> str | None:
        """A body the phrase names by a country and a kind of body: "the US Embassy", "the Egyptian military
        spokesman" -> "Egyptian military" (a role's modifiers, the role noun dropped)."""
        poss = next((c for c in head.lefts if c.dep_ == "poss" and c.i in self.ctx.ent_at), None)
        if not role and poss is not None and lexicon_word(head, "body") \
                and self.ctx.entity_country(self.ctx.ent_at[poss.i]):
            return self.doc[poss.left_edge.i:head.i + 1].text  # "Serbia's government said": the body, as named
        if role:
            mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
        elif lexicon_word(head, "body"):
            mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")] + [head]
        else:
            return None
        if not mods or not any(lexicon_word(m, "body") for m in mods):
            return None
        if not any(self.ctx.entity_country(self.ctx.ent_at[m.i]) for m in mods if m.i in self.ctx.ent_at):
            # "the finance ministry in Nairobi": the body of the country whose capital or city it sits in
            if not role and _definite(head):
                for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                    place = next((o for o in prep.children if o.dep_ == "pobj" and o.i in self.ctx.ent_at), None)
                    country = self.ctx.entity_country(self.ctx.ent_at[place.i]) if place is not None else None
                    if country:
                        return f"{country} {self.doc[mods[0].i:mods[-1].i + 1].text}"
            return None  # "the military" alone names no body
        return self.doc[mods[0].i:mods[-1].i + 1].text

    def named_body(self, word: Token) -> Speaker | None:
        """The body a bare body noun stands for ("a ministry statement"): the last organisation named before
        it, outside quotations, whose name holds that noun ("the Defence Ministry")."""
        for ent in reversed([e for e in self.ctx.ents if e.end <= word.i]):
            if ent.label_ in ("ORG", "MILITARY") and ent.start not in self.in_quote \
                    and word.lemma_.lower() in ent.text.lower().split():
                return Speaker(self.organisation_name(ent), False)
        for tok in reversed(self.doc[:word.i]):  # a name the entity ruler lacks: "the Thai Defence Ministry"
            if tok.lower_ == word.lower_ and tok.text[0].isupper() and tok.i not in self.in_quote:
                left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.text[0].isupper()]
                return Speaker(self.doc[left[0].i if left else tok.i:tok.i + 1].text, False)
        return None

    def ministers_ministry(self, head: Token) -> str | None:
        """ "the ministry said" where no ministry is named: the ministry of a minister named before it, of the
        state the article names most when ministers of several are named ("Defence Minister X" of Greece ->
        "Greek Defence Ministry")."""
        if head.lemma_.lower() != "ministry":
            return None
        found: list[tuple[str, str | None]] = []  # (ministry, country), most recent first
        for i in sorted((i for i in self.ctx.person_at if i < head.i), reverse=True):
            person = self.people.get(self.ctx.person_at[i])
            for title in person.titles if person is not None else []:
                # "Kenya's defence minister": the state's possessive is no word of the ministry (the affiliation
                # holds the state), and a title in lower case names the ministry as a capitalised one does
                words = [w for w in title.title.split() if w.lower() not in MINISTER_RANKS
                         and not (w[-2:] in ("'s", "’s") and self.gaz.country(w[:-2]) is not None)]
                if "minister" in words and all(w.islower() for w in words):
                    words = [w if w in ("of", "for", "and") else w.capitalize() for w in words]
                if "Minister" not in words or len(words) > 4 or any(w.lower() in NOT_MINISTRY for w in words):
                    continue
                ministry = " ".join("Ministry" if w == "Minister" else w for w in words)
                stated = title.affiliation or self.ctx.affiliation.get(person.name)
                country = self.gaz.country(stated) if stated else None
                forms = (country.name, *country.aliases, *country.demonyms) if country is not None else ()
                if country is not None and country.demonyms and not any(f in ministry.split() for f in forms):
                    ministry = f"{country.demonyms[0]} {ministry}"  # "French Armed Forces Ministry" stays as it is
                found.append((ministry, country.name if country is not None else None))
        if not found:
            return None
        named = self.ctx.country_counts
        top = named.most_common(1)[0][0] if named else None
        # a minister of the state the article names most; else one of no stated state (a foreign one is
        # usually introduced by his country); the most recent among equals
        return max(found, key=lambda f: 2 if f[1] and f[1] == top else 1 if f[1] is None else 0)[0]

    def home_force(self, head: Token) -> str | None:
        """ "the army said" where no army is named: the force of the state the article names most ("Malian army"),
        not the company or armed group named just before (a state's force speaks for that state); None when
        two states are named equally often."""
        if head.lemma_.lower() not in STATE_FORCES or not self.ctx.country_counts:
            return None
        (top, most), *rest = self.ctx.country_counts.most_common(2)
        country = self.gaz.country(top)
        if country is None or rest and rest[0][1] == most:
            return None
        return f"{country.demonyms[0] if country.demonyms else country.name} {head.lower_}"

    def previous_organisation(self, head: Token) -> str | None:
        """The organisation named last before a definite body noun ("the agency", "the company"): a subject
        first, else any organisation outside quotations, within a few sentences."""
        found = self.body_antecedent(head.i)
        if found is not None and not found.person and self.gaz.country(found.name) is None:
            return found.name
        first = self.doc[head.i].sent.start
        for _ in range(3):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        for ent in reversed([e for e in self.ctx.ents if first <= e.start and e.end <= head.i]):
            if ent.label_ == "ORG" and ent.start not in self.in_quote and not self.ctx.person_at.get(ent.start):
                return self.organisation_name(ent)
        return None

    def person_in(self, head: Token) -> str | None:
        """The canonical name of the person a phrase names: its head, compounds, then appositions."""
        order = [head] + [c for c in head.children if c.dep_ in ("compound", "flat")]
        order += [t for c in head.children if c.dep_ == "appos" for t in _phrase(c)]
        # "a spokesman for the ministry, Jane Roe,": the parser may hang the name on the inner noun
        order += [t for p in _phrase(head, keep_preps=True) if p is not head
                  for c in p.children if c.dep_ == "appos" for t in _phrase(c)]
        for tok in order:
            name = self.ctx.person_at.get(tok.i)
            if name:
                return name
        for tok in order:
            if tok.ent_type_ == "PERSON":
                ent = self.ctx.ent_at.get(tok.i)
                if ent is not None:
                    return _bare_name(ent)
        name = _name_like(head)
        if name is None and head.pos_ == "PROPN" and any(
                c.dep_ == "appos" and lexicon_word(c, "role") for c in head.children):
            # "Jan Kowal, a defence analyst, said": the role says it is a person, whatever the NER made of it
            words = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [head]
            name = " ".join(w.text for w in words)
        return name

    def organisation_in(self, head: Token, with_country: bool = False, keep_preps: bool = True) -> str | None:
        """An organisation or a country that the phrase names, for unnamed speakers ("a ministry spokesman")."""
        countries: list[str] = []
        # the phrase's own body before a possessor's ("the Navy's Fleet Support Command" is the command)
        for tok in sorted(_phrase(head, keep_preps=keep_preps), key=lambda t: t.i != head.i):
            ent = self.ctx.ent_at.get(tok.i)
            if ent is None:
                continue
            if ent.label_ in ("ORG", "MILITARY"):
                return self.organisation_name(ent) if with_country else self.expand(_strip_determiner(ent.text))
            country = self.ctx.entity_country(ent)
            if country and country not in countries:
                countries.append(country)
        return countries[0] if countries else None

    def definite_organisation(self, head: Token, head_word: bool = False) -> str | None:
        """ "the ministry said", "a ministry spokesman": the nearest organisation named before whose
        name holds the noun."""
        if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            nouns = [head]
        elif self.is_role(head):
            nouns = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        else:
            return None
        for noun in nouns:
            word = noun.lower_
            for ent in reversed([e for e in self.ctx.ents if e.end <= head.i and e.label_ in ("ORG", "MILITARY")]):
                words = ent.text.lower().split()
                if word in (words[-1:] if head_word else words):
                    return self.organisation_name(ent)
        return None

    def expand(self, name: str) -> str:
        """An acronym's full name where the text spells it out ("Defence Procurement Agency (DPA)")."""
        if not ACRONYM_RE.fullmatch(name):
            return name
        found = re.search(r"((?:[A-Z][\w’'.&-]*|of|for|and|the|on|de)(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|on|de))*)"
                          r"\s*\(\s*" + re.escape(name) + r"\s*\)", self.text)
        if found is None:
            return name
        words = found.group(1).split()
        letters = name.replace(".", "").upper()
        for start in range(len(words) - 1, -1, -1):
            initials = "".join(w[0] for w in words[start:] if w[0].isupper()).upper()
            if not words[start][0].isupper() or len(initials) != len(letters):
                continue
            # the acronym of the name in its own language may order the words otherwise ("Ministry of National
            # Defence (MDN)", from "Ministère de la Défense nationale"): the same initials in any order
            if initials == letters or len(letters) >= 3 and sorted(initials) == sorted(letters):
                return " ".join(words[start:])
        return name

    def organisation_name(self, ent: Span) -> str:
        """An organisation as the text names it, prefixed by its country when the gazetteer knows it."""
        text = self.expand(_strip_determiner(ent.text))
        org = self.gaz.organisation(ent.ent_id_ or ent.text) or self.gaz.organisation(text)
        country = self.gaz.country(org.country) if org and org.country else None
        if country is None or not (org.type == "MILITARY" or STATE_BODY.search(org.name)):
            return text  # companies, agencies and think tanks go by their own name
        forms = (country.name, *country.aliases, *country.demonyms)
        if any(f.lower() in text.lower() for f in forms if len(f) > 1):
            return text
        initials = "".join(w[0] for w in country.name.split()).upper()
        dotted = sorted((a for a in country.aliases if "." in a and a.replace(".", "") == initials), key=len)
        prefix = dotted[0] if dotted else (country.demonyms[0] if country.demonyms else country.name)
        return f"{prefix} {text}"

    def is_role(self, head: Token) -> bool:
        """Whether a noun names a person by their job ("spokesperson", a title from the gazetteer)."""
        return head.pos_ in ("NOUN", "PROPN") and (lexicon_word(head, "role") is not None
                                                 or head.i in self.title_tokens)

    def title_holder(self, head: Token) -> str | None:
        """The person whose stated title holds the role noun ("the spokesperson" -> its holder)."""
        words = {head.lower_, head.lemma_.lower()}
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
        nationalities = {c.lower_ for c, _ in self._nationalities(head)}
        best: tuple[int, int, str] | None = None
        for person in self.people.values():
            for title in person.titles:
                title_words = {w.lower() for w in WORD_RE.findall(title.title)} | self._country_words(title.affiliation)
                if not words & title_words or self._lesser_office(title.title, words, modifiers):
                    continue
                fit = len(modifiers & title_words)
                # a nationality does not contradict a title that names no country ("the Polish minister" for a
                # "Minister of Defence" named with no state)
                contrary = modifiers - title_words - (nationalities if not title.affiliation else set())
                seen = max((m.start for m in person.mentions if m.start < head.idx), default=-1)
                if self.headline:  # a headline's role noun looks forward, to the first holder named below
                    seen = -min((m.start for m in person.mentions), default=len(self.text))
                    if modifiers and not fit and contrary and not any(lexicon_word(c, "role") for c in head.children):
                        continue  # "UME chief" is not the holder of a "regional emergency chief" named below
                elif seen < 0 or modifiers and not fit and contrary and not \
                        any(lexicon_word(c, "role") for c in head.children):
                    continue  # a role noun refers back, to a title its modifiers do not contradict
                key = (fit, seen, person.name)
                if best is None or key > best:
                    best = key
        return best[2] if best else None

    def spelt_body(self, head: Token) -> str | None:
        """ "the MDN rejected it as '...'": a body's acronym the NER left untyped, by the name the text spells
        out for it in brackets ("Ministry of National Defence (MDN)") when that name is a body's (its words
        hold a body noun: ministry, council, staff)."""
        if not MIXED_ACRONYM_RE.fullmatch(head.text) or head.ent_type_ == "PERSON" or self.gaz.country(head.text):
            return None
        spelt = self.expand(head.text) if ACRONYM_RE.fullmatch(head.text) else head.text
        if spelt == head.text:
            # an acronym of the name in its own language ("Ministry of Defence (MApN)"): the capitalised name
            # right before it in brackets
            found = re.search(r"([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|de))*)\s*\(\s*"
                              + re.escape(head.text) + r"\s*\)", self.text)
            spelt = found.group(1) if found else head.text
        if spelt == head.text or not any(cues().get((w.lower(), "body")) for w in WORD_RE.findall(spelt)):
            return None
        return spelt

    def acronym_holder(self, head: Token) -> str | None:
        """ "the CDS said": the one person whose stated title the acronym stands for, as the text spells it out
        ("Chief of Defence Staff (CDS)"): a title that opens with those words. A body's acronym inside a title
        ("the EU" of a "High Representative of the European Union (EU)") is no title's."""
        if not ACRONYM_RE.fullmatch(head.text) or head.ent_type_ == "PERSON":
            return None
        spelt = self.expand(head.text).lower()
        if spelt == head.lower_:
            return None
        holders = {person.name for person in self.people.values() for title in person.titles
                   if title.title.lower().startswith(spelt)}
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def _lesser_office(title: str, words: set[str], modifiers: set[str]) -> bool:
        """Whether a title is a lower office of the role noun, which the noun without that rank word does not
        name ("the minister" is not the "Vice-Minister of Defence" nor a "Deputy Minister")."""
        title_words = [w.lower() for w in WORD_RE.findall(title)]
        return any(w in words and i and title_words[i - 1] in LESSER_RANKS and title_words[i - 1] not in modifiers
                   for i, w in enumerate(title_words))

    def _nationalities(self, head: Token) -> list[tuple[Token, Country]]:
        """The nationality words before a role noun, with their states ("the German official")."""
        return [(c, country) for c in head.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                for country in [self.gaz.country(c.text)] if country is not None]

    def national_holder(self, head: Token) -> str | None:
        """The one person of a state named before a role noun of that state's nationality ("the German
        official" after a German minister was named): no one when two or more of that state were named."""
        countries = {country.name for _, country in self._nationalities(head)}
        if len(countries) != 1:
            return None
        found = {person.name for person in self.people.values()
                 if any(title.affiliation in countries for title in person.titles)
                 and any(m.start < head.idx for m in person.mentions)}
        return found.pop() if len(found) == 1 else None

    def _country_words(self, affiliation: str | None) -> set[str]:
        """The lower-case words naming a title's country ("the Spanish minister" fits a minister of Spain)."""
        country = self.gaz.country(affiliation) if affiliation else None
        if country is None:
            return set()
        return {w.lower() for form in (country.name, *country.demonyms) for w in WORD_RE.findall(form)}

    def antecedent(self, before: int) -> Speaker | None:
        """Who a pronoun stands for: the nearest preceding subject (a name, a definite role noun whose holder was
        named earlier, or an unnamed spokesman's body) or quoted speaker."""
        sent = self.doc[before].sent
        fallback = None
        crossed = False  # whether the search has left the quote's own paragraph
        gender = _gender(self.doc[before])
        paragraphs = fallback_paragraphs = 0  # paragraph breaks crossed so far, and before the fallback was met
        for _ in range(settings.current().quote_antecedent_sentences):
            found: list[tuple[int, Speaker | None, bool]] = []
            for tok in sent:
                if tok.i >= before or tok.i in self.in_quote:
                    continue
                name = self.ctx.person_at.get(tok.i)
                if name:
                    found.append((tok.i, _person(name), _is_subject(tok) or _reported_source(tok)))
                elif tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" \
                        and not _capitalised_common_word(self.ctx.ent_at[tok.i]):
                    ent = self.ctx.ent_at[tok.i]  # a name the people list missed
                    found.append((tok.i, _person(_bare_name(ent)), _is_subject(ent.root)))
                elif tok.dep_ in SUBJECT_DEPS and _same_pronoun(tok, self.doc[before]):
                    # "During a visit she discussed X with Y. '...,' she said": the subject pronoun before stands for
                    # the same person, not Y
                    found.append((tok.i, self.antecedent(tok.i), True))
                elif tok.dep_ in SUBJECT_DEPS and _name_like(tok):
                    found.append((tok.i, _person(_name_like(tok)), True))  # a name the NER missed
                elif (tok.dep_ in SUBJECT_DEPS or _reported_source(tok)) and _definite(tok) and self.is_role(tok) \
                        and self.title_holder(tok):
                    # "The director said that ... what he called '...'", "According to the director, ...": the
                    # holder of the role named earlier
                    found.append((tok.i, _person(self.title_holder(tok)), True))
                elif tok.dep_ in SUBJECT_DEPS and _definite(tok) and self.acronym_holder(tok):
                    found.append((tok.i, _person(self.acronym_holder(tok)), True))  # "The CDS thanked ...": its holder
                elif tok.dep_ in SUBJECT_DEPS and _indefinite(tok) and self.is_role(tok):
                    # "A spokesman for the minister, X, said ... '...,' he said": the unnamed source speaks, not X;
                    # "A Kongsberg spokesman denied it. '...,' he said": the body an unnamed spokesman speaks for
                    found.append((tok.i, self.resolve(tok) if lexicon_word(tok, "voice") else None, True))
                elif tok.dep_ in SUBJECT_DEPS and _definite(tok) and tok.i not in self.title_tokens \
                        and lexicon_word(tok, "role") and not lexicon_word(tok, "voice") \
                        and tok.tag_ not in ("NNS", "NNPS"):
                    # "The army official said ... Asked about X, the official said '...'": an unnamed official
                    # no one named before holds (a title holder is found above) speaks, not the last name
                    found.append((tok.i, None, True))
            for prior in self.done:
                if prior.person and sent.start <= prior.tokens.start < sent.end \
                        and prior.tokens.start < before:
                    found.append((prior.tokens.start, Speaker(prior.speaker, True), True))
            # a subject of the main clause first ("X told reporters that the Kfir fleet would fly. '...,' he
            # said" is X's): a name in a clause it reports or governs is what is spoken of, not who speaks
            ranked = [(2 if subject and self._in_main_clause(i) else int(subject), i, name)
                      for i, name, subject in found if not self._other_gender(name, gender)]
            for rank, _, name in sorted(ranked, key=lambda r: r[:2], reverse=True):
                if rank and fallback is not None and paragraphs > fallback_paragraphs \
                        and gender is not None and self.genders.get(fallback.name) == gender \
                        and (name is None or name.name not in self.genders):
                    # "...Halime's son draws the aircraft. / '...,' she said", with a speaker of unknown gender
                    # a paragraph further back: the nearer person the pronoun was read as before speaks
                    return fallback
                if rank:
                    return name
                if fallback is None and name is not None and name.person:
                    fallback, fallback_paragraphs = name, paragraphs
            if sent.start == 0:
                break
            new_paragraph = _paragraph_break_before(sent)
            paragraphs += new_paragraph
            if fallback is not None and new_paragraph and not crossed:
                # "Some perspective from X, an analyst. '...,' she told us.": the person the quote's own paragraph
                # names is the one it quotes, not a subject of the paragraph before (a name met only in passing
                # in an earlier paragraph stays a fallback)
                break
            crossed = crossed or new_paragraph
            sent = self.doc[sent.start - 1].sent
        return fallback

    def _other_gender(self, name: Speaker | None, gender: int | None) -> bool:
        """Whether a person was read before as a pronoun of the other gender ("he said") than this one ("she")."""
        known = self.genders.get(name.name) if name is not None and name.person else None
        return known is not None and gender is not None and known != gender

    def _in_main_clause(self, i: int) -> bool:
        """Whether the name or quotation at token ``i`` stands in its sentence's main clause: as the subject of
        the root verb or of one coordinated with it (a quoted speaker always does)."""
        if i in self.in_quote:
            return True
        tok = self.doc[i]
        while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def body_antecedent(self, before: int, sentences: int = 3) -> Speaker | None:
        """What "it said" stands for: the nearest preceding subject that is an organisation or country, in this
        sentence or the ``sentences`` - 1 before it."""
        sent = self.doc[before].sent
        for _ in range(sentences):
            for tok in reversed(sent):
                if tok.i >= before or tok.i in self.in_quote:
                    continue
                if tok.dep_ not in SUBJECT_DEPS and _reported_source(tok) and not self.ctx.person_at.get(tok.i):
                    # "A met B, according to a ministry statement. '...,' it said": the body the sentence before
                    # was reported from, not its subject
                    found = self.resolve(tok)
                    if found is not None and not found.person:
                        return found
                    continue
                if tok.dep_ not in SUBJECT_DEPS:
                    continue
                if self.ctx.person_at.get(tok.i) or tok.lower_ in PERSON_PRONOUNS:
                    return None
                if tok.pos_ == "NOUN" and lexicon_word(tok, "noun") and _definite(tok):
                    # "'...,' the statement said. '...,' it added": whoever issued the statement
                    issuer = self.earlier_issuer(tok)
                    if issuer is not None:
                        return issuer
                org = self.organisation_in(tok) or self.definite_organisation(tok)
                if org is not None and self.gaz.country(org) is not None:
                    # "The Russian embassy denied it. '...,' it said": the embassy as named, as for "the Russian
                    # embassy said" (the country alone is a body it does not name)
                    org = self.body_phrase(tok, False) or org
                if org:
                    return Speaker(org, False)
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return None

    # --- the outlet ---------------------------------------------------------------------------------

    def outlet(self, cue_tok: Token, cue: Cue, draft: Draft) -> str | None:
        """The news outlet the words were given to: "told X", "X quoted", "in an interview with X"."""
        for slot in cue.outlet:
            for head in self._slot(cue_tok, slot):
                name = self.outlet_name(head)
                if name:
                    return name
        for prep in (c for c in cue_tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "during")):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                noun_cue = lexicon_word(noun, "noun")
                for slot in noun_cue.outlet if noun_cue else ():
                    for head in self._slot(noun, slot):
                        name = self.outlet_name(head)
                        if name:
                            return name
        # "..., X said, RIA reported" / "according to Tass": an outlet-only cue beside the quotation
        for tok in self.before_window(draft) + self.after_window(draft):
            other = cue_of(tok)
            if tok is cue_tok or other is None:
                continue
            if other.kind == "verb" and not other.speaker:
                subj = _clause_subject(tok)
                if subj is not None and self.outlet_name(subj):
                    return self.outlet_name(subj)
            if other.kind == "prep":
                head = self.speaker_head(tok, other)
                if head is not None and self.outlet_name(head):
                    return self.outlet_name(head)
        return None

    def _slot(self, tok: Token, slot: str) -> list[Token]:
        """The phrase heads in one slot of a cue's frame (a lexicon outlet column value)."""
        if slot == "subject":
            return [c for c in tok.children if c.dep_ == "nsubj"]
        if slot == "object":
            return [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
        if slot == "dative":
            return [c for c in tok.children if c.dep_ == "dative"]
        if slot == "agent":
            return [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return [o for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == slot
                for o in c.children if o.dep_ == "pobj"]

    def outlet_name(self, head: Token) -> str | None:
        """The outlet a phrase names: an organisation entity, or a phrase headed by a media noun."""
        if self.ctx.person_at.get(head.i) or head.pos_ == "PRON" or head.ent_type_ == "PERSON":
            return None
        for tok in _phrase(head):
            ent = self.ctx.ent_at.get(tok.i)
            if ent is not None and ent.label_ == "ORG":
                return _strip_determiner(ent.text)
        if lexicon_word(head, "medium") or (head.pos_ == "PROPN"
                                             and head.ent_type_ not in ("COUNTRY", "GPE", "LOCATION", "NORP")):
            span = self.doc[head.left_edge.i:head.i + 1]
            return _strip_determiner(span.text)
        return None

    # --- the whole document -------------------------------------------------------------------------

    def read(self) -> list[Quote]:
        """Every attributed quotation of the document, in order."""
        text = self.text
        title = self.ctx.analysis.article.title
        drafts: list[Draft] = []
        for span in self.ctx.quotations:
            start, stop = self.token_at(span.open), self.token_at(max(span.end - 1, span.open))
            draft = Draft(span, quoted_text(text, span), range(start, stop + 1))
            for i in draft.tokens:
                self.in_quote.setdefault(i, len(drafts))
            drafts.append(draft)
        previous: Draft | None = None
        terms: list[Draft] = []  # quoted terms no reporting verb attributes
        for draft in drafts:
            span = draft.span
            if draft.text and is_headline(self.flat, span.open, title):
                self.attribute_headline(draft)
                if draft.speaker:
                    self.done.append(draft)
                previous = None
                continue
            if not draft.text or self.flat[span.open] in "‘'" and not _in_sentence(self.flat, span):
                previous = None
                continue
            if is_scare_quote(self.flat, span):
                # a term in quote marks is a quotation only when a reporting verb governs it ("described the
                # talks as 'excellent'", "X said Y was a 'reliable' friend"); otherwise it is a name or a term
                self.attribute_term(draft)
                if draft.speaker:
                    self.done.append(draft)
                else:
                    terms.append(draft)
                previous = None
                continue
            self.attribute(draft, previous)
            previous = draft
            self.done.append(draft)
        for draft in terms:
            if self.echoed(draft):
                self.done.append(draft)
        self.done.sort(key=lambda d: d.span.open)
        # a stretch left open at a paragraph end takes the speaker of the stretch that continues it
        for i in range(len(drafts) - 1, 0, -1):
            cur, prev = drafts[i], drafts[i - 1]
            if cur.span.continues and cur.speaker and not prev.speaker and any(prev is d for d in self.done):
                prev.speaker, prev.person, prev.cue, prev.outlet = cur.speaker, cur.person, cur.cue, cur.outlet
                prev.others = cur.others
        out = []
        for d in self.done:
            if d.speaker:
                out.append(self.record(d))
                out.extend(self.record(d, other) for other in d.others or ())
        return out

    def echoed(self, term: Draft) -> bool:
        """ "X flew to Y on an 'urgent' mission" with X quoted elsewhere saying "... some urgent tasks ...": a
        quoted term no verb reports that echoes words of one person's quotations in the document is that
        person's (the term gets the speaker; a word of several speakers' quotations gets none)."""
        words = WORD_RE.findall(term.text)
        if not words or len(words) > ECHO_MAX_WORDS or all(len(w) <= 3 for w in words) or _quoted_name(term.text):
            return False
        pattern = re.compile(r"(?<!\w)" + re.escape(term.text.strip()) + r"(?!\w)", re.IGNORECASE)
        sources = {d.speaker for d in self.done if d is not term and d.person and d.speaker
                   and len(WORD_RE.findall(d.text)) > len(words) and pattern.search(d.text)}
        if len(sources) != 1:
            return False
        term.speaker, term.person = sources.pop(), True
        return True

    def attribute(self, draft: Draft, previous: Draft | None) -> None:
        """Speaker, cue and outlet: from a reporting verb, a colon clause, or the quotation just before."""
        found = self.find_cue(draft)
        if found is not None:
            self.attribute_to_cue(draft, *found)
        if draft.speaker is None:
            verb = self.colon_clause(draft)
            if verb is not None:
                subj = _clause_subject(verb)
                speaker = self.resolve(subj) if subj is not None else None
                if speaker:
                    draft.speaker, draft.person = speaker.name, speaker.person
                    draft.cue, draft.cue_tok = verb.lemma_.lower(), verb
        if draft.speaker is None:
            speaker, doc_noun = self.colon_document_author(draft)
            if speaker:
                draft.speaker, draft.person = speaker.name, speaker.person
                draft.cue, draft.cue_tok = doc_noun.lemma_.lower(), doc_noun
        if draft.speaker is None:
            verb = self.how_clause(draft)
            subj = _clause_subject(verb) if verb is not None else None
            speaker = self.resolve(subj) if subj is not None else None
            if speaker:
                draft.speaker, draft.person = speaker.name, speaker.person
                draft.cue, draft.cue_tok = verb.lemma_.lower(), verb
        if draft.speaker is None and found is None:
            holder = self.attitude_holder(draft)
            speaker = self.resolve(holder) if holder is not None else None
            if speaker:
                draft.speaker, draft.person = speaker.name, speaker.person
                draft.cue, draft.cue_tok = holder.head.lemma_.lower(), holder.head
        if draft.speaker is None and found is None and previous is not None and previous.speaker \
                and self.stands_alone(draft):
            gap_start = previous.attribution_end or previous.span.end
            if gap_start <= draft.span.open and GAP_RE.match(self.text[gap_start:draft.span.open]):
                draft.speaker, draft.person = previous.speaker, previous.person
                draft.cue, draft.outlet, draft.others = previous.cue, previous.outlet, previous.others
        if draft.speaker is None and found is None and starts_sentence(self.flat, draft.span.open) \
                and all(t.is_punct for t in self.after_window(draft)):
            # a quotation standing alone after a sentence that reports a person speaking ("X told reporters
            # the talks went well.\n\n'We agreed on the price.'") is that person's
            speaker = self.previous_sentence_speaker(draft)
            if speaker is not None:
                draft.speaker, draft.person = speaker.name, speaker.person
        after = self.after_window(draft)
        if draft.cue_tok is not None and after and draft.cue_tok.i >= after[0].i:
            draft.attribution_end = after[-1].idx + len(after[-1])
        else:
            draft.attribution_end = draft.span.end

    def previous_sentence_speaker(self, draft: Draft) -> Speaker | None:
        """The person a reporting verb of the sentence just before a quotation names as speaking."""
        i = draft.tokens.start - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or i in self.in_quote:
            return None  # after another quotation: a continuation or not, decided elsewhere
        for tok in self.doc[i].sent:
            cue = speech_cue(tok) if tok.i not in self.in_quote else None
            if cue is None or cue.kind != "verb":
                continue
            head = self.speaker_head(tok, cue)
            speaker = self.resolve(head) if head is not None else None
            if speaker is not None and speaker.person:
                return speaker
        return None

    def attribute_headline(self, draft: Draft) -> None:
        """A quotation in the headline is kept only when a reporting verb there governs it and names a person
        ("Minister says debt 'closed'"): a role noun is the holder of that title named in the story below."""
        self.headline = True
        try:
            self.attribute_term(draft)
            if draft.speaker is None:
                # a headline is parsed poorly (it runs into the line below): the reporting verb nearest before
                # the quotation in its line
                line_start = line_bounds(self.flat, draft.span.open)[0]
                for i in range(draft.tokens.start - 1, self.token_at(line_start) - 1, -1):
                    cue = speech_cue(self.doc[i])
                    if cue is not None and cue.kind == "verb":
                        self.attribute_to_cue(draft, self.doc[i], cue)
                        break
        finally:
            self.headline = False
        if draft.speaker and (not draft.person or draft.speaker not in self.people or self.repeated(draft)):
            draft.speaker = None  # a name the story does not give, or the headline echoing a quotation below

    def repeated(self, draft: Draft) -> bool:
        """Whether the same words are quoted again elsewhere in the document (a headline's echo)."""
        words = WORD_RE.findall(draft.text.lower())
        return any(span.open != draft.span.open and WORD_RE.findall(quoted_text(self.text, span).lower()) == words
                   for span in self.ctx.quotations)

    def attribute_term(self, draft: Draft) -> None:
        """Speaker and cue of a short quoted term, from a reporting verb the parse links to it."""
        if _quoted_name(draft.text):
            return  # a name in quote marks (a company, a ship, a programme: "Make in India"), not someone's words
        found = self.find_cue(draft, governing=True)
        if found is None:
            return
        self.attribute_to_cue(draft, *found)
        draft.attribution_end = draft.span.end

    def attribute_to_cue(self, draft: Draft, cue_tok: Token, cue: Cue) -> None:
        """Speaker, cue and outlet from the reporting word found for a quotation (and its co-speakers)."""
        head = self.speaker_head(cue_tok, cue, draft)
        speaker = self.resolve(head) if head is not None else None
        if speaker is None and (reporter := _misattached_conjunct_reporter(cue_tok)) is not None:
            # "X said the plan was costly and accused the ministry of '...'": the parser hung the second
            # reporting verb on the reported clause, whose subject names no speaker; it is X's
            above = self.speaker_head(reporter, speech_cue(reporter), draft)
            found = self.resolve(above) if above is not None else None
            if found is not None and found.person:
                head, speaker = above, found
        pair = self.plural_holders(head) if head is not None and speaker is None else []
        if pair:  # "the ministers reaffirmed that ... '...'": each of the two said it
            speaker = Speaker(pair[0], True)
        if speaker:
            draft.speaker, draft.person, draft.cue, draft.cue_tok = speaker.name, speaker.person, cue.word, cue_tok
            draft.outlet = self.outlet(cue_tok, cue, draft)
            draft.others = pair[1:] or self.co_speakers(head, speaker)

    def plural_holders(self, head: Token) -> list[str]:
        """The two people a definite plural role noun stands for ("the ministers", "both ministers"): the only
        two named before it whose titles hold the noun (not a lower office of it); none when more or fewer."""
        if head.tag_ not in ("NNS", "NNPS") or not self.is_role(head) or not _definite(head) \
                and not any(c.lower_ in ("both", "two") for c in head.children):
            return []
        words = {head.lower_, head.lemma_.lower()}
        found = [person.name for person in self.people.values()
                 if any(m.start < head.idx for m in person.mentions)
                 and any(words & {w.lower() for w in WORD_RE.findall(t.title)}
                         and not self._lesser_office(t.title, words, set()) for t in person.titles)]
        return found if len(found) == 2 else []

    def co_speakers(self, head: Token, speaker: Speaker) -> list[str]:
        """People coordinated with the speaker ("X and Y hailed the deal as '...'"): each said it too."""
        if not speaker.person:
            return []
        out = []
        for conj in head.conjuncts:
            if conj.i in self.in_quote or conj.pos_ != "PROPN":
                continue
            other = self.resolve(conj)
            if other is not None and other.person and other.name != speaker.name and other.name not in out:
                out.append(other.name)
        return out

    def stands_alone(self, draft: Draft) -> bool:
        """A quoted sentence with nothing after it in its sentence (a continuation, not a missed attribution)."""
        return draft.text.endswith((".", "!", "?", "…")) and all(t.is_punct for t in self.after_window(draft))

    def record(self, draft: Draft, speaker: str | None = None) -> Quote:
        """The Quote of a draft: its evidence spans the sentences of the quotation and cue, within the paragraph."""
        toks = [self.doc[draft.tokens.start], self.doc[draft.tokens.stop - 1]]
        if draft.cue_tok is not None:
            toks.append(draft.cue_tok)
        text = self.text
        para_start = line_bounds(self.flat, draft.span.open)[0]
        para_end = line_bounds(self.flat, max(draft.span.end - 1, draft.span.open))[1]
        start = max(min(t.sent.start_char for t in toks), para_start)
        end = max(min(max(t.sent.end_char for t in toks), para_end), draft.span.end)
        while end > start and text[end - 1].isspace():
            end -= 1
        while end < len(text) and text[end] in '"”»’\'' and not text[end - 1].isspace():
            end += 1  # a closing mark the sentence splitter left outside
        evidence = Evidence(self.ctx.doc_id, start, end, self.text[start:end], start, end)
        return Quote(speaker=speaker or draft.speaker, text=draft.text, evidence=evidence, cue=draft.cue,
                     outlet=draft.outlet)


# --- small helpers ----------------------------------------------------------------------------------

def _quoted_name(text: str) -> bool:
    """Whether quoted words are a name (a company, a ship, a programme: "Make in India"): all capitalised."""
    words = [w for w in NAME_WORD_RE.findall(text) if w.lower() not in NAME_WORDS]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _in_sentence(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation stands in a punctuated line: a heading ("X at 'breaking point', UN warns") is
    no report of anyone's words (headings quote in single marks)."""
    start, end = line_bounds(text, span.open)
    line = text[start:end].rstrip()
    # a sentence's stop before a straight closing mark ("... a day.'") ends a punctuated line too
    return line.endswith(HEADING_END) or line.endswith("'") and line[-2:-1] in (".", "!", "?")


def _document_verb(verb: Token) -> bool:
    """A verb whose subject is a statement or communique ("the ministry's communique blamed the slip on
    '...'"): the document's words are quoted, whatever the verb."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in DOCUMENTS
                                       for c in verb.children)


def _clause_subject(verb: Token, quoted: dict[int, int] | None = None) -> Token | None:
    """A verb's subject, inherited through participles, infinitives and relative clauses.

    A verb outside a quotation that the parser coordinated with a verb inside it ("said China 'respects
    ...' but warned") does not share the quoted clause's subject: it takes the one above the quotation.
    """
    tok = _reporter_of_participle(verb)
    for _ in range(5):
        if quoted and tok.dep_ == "conj" and tok.i not in quoted and tok.head.i in quoted:
            tok = tok.head.head
            continue
        # a word of the quotation is never the subject of the verb that reports it
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not c.is_punct
                    and not (quoted and c.i in quoted)]
        # two subjects are a misparse (a heading run into the sentence): the one nearest the verb
        subj = next((c for c in reversed(subjects) if c.i < tok.i), subjects[0] if subjects else None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "officials who said", "a statement saying"
        if tok.dep_ not in INHERIT_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "ADP":
            tok = tok.head
    return None


def _misattached_conjunct_reporter(cue_tok: Token) -> Token | None:
    """The reporting verb above a verb coordinated into its reported clause: a reporting verb with no subject of
    its own, the conjunct of the reported clause's verb (a complement of a reporting verb), or None."""
    if cue_tok.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in cue_tok.children):
        return None
    clause = cue_tok.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i == clause.i or speech_cue(reporter) is None:
        return None
    return reporter if speech_cue(reporter).kind == "verb" else None


def _possessor(tok: Token, phrase_head: Token) -> bool:
    """Whether ``tok`` lies in the possessor of ``phrase_head`` ("X's lawyer": X)."""
    return any(c.dep_ == "poss" and c.left_edge.i <= tok.i <= c.right_edge.i for c in phrase_head.children)


def _claim_owner(cue_tok: Token, draft: Draft) -> Token | None:
    """The owner of a claim the quotation stands in ("rejected the defence's argument that the rifles were
    '...'"): the words are the owner's, not those of whoever rejects the claim."""
    for noun in (c for c in cue_tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = [t.i for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") for t in c.subtree]
        if owner is not None and owner.pos_ != "PRON" and any(i in draft.tokens for i in clause):
            return owner
    return None


#: The person pronouns of each gender: a pronoun refers on to the one before it only when the two agree.
PRONOUN_GENDERS = (word_set("quote_words.tsv", "masculine_pronoun"), word_set("quote_words.tsv", "feminine_pronoun"))


def _gender(tok: Token) -> int | None:
    """The gender of a person pronoun (an index into PRONOUN_GENDERS), or None."""
    return next((k for k, words in enumerate(PRONOUN_GENDERS) if tok.lower_ in words), None)


def _same_pronoun(tok: Token, other: Token) -> bool:
    """Whether two tokens are person pronouns of one gender ("she ... she said")."""
    return any(tok.lower_ in words and other.lower_ in words for words in PRONOUN_GENDERS)


def _proper_name(head: Token) -> str | None:
    """The capitalised name a proper noun heads ("the Zimbabwe Arms Monitor" -> "Zimbabwe Arms Monitor"), its
    joining words ("and", "of", "for") included; None for a lone word or a common noun."""
    if head.pos_ != "PROPN":
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
    if len(words) < 2 or words[-1].i - words[0].i + 1 != len(words) \
            or not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "for", "&") for t in words):
        return None
    return head.doc[words[0].i:head.i + 1].text


def _passive_author(verb: Token, noun: Token) -> Token | None:
    """The agent of a passive verb of authorship whose subject is the document noun ("the memo is signed by X",
    "the letter, written by Y, ...")."""
    if verb.lemma_.lower() not in AUTHORSHIP_VERBS or noun.head.i != verb.i or noun.dep_ not in ("nsubjpass", "nsubj"):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    # "by X", "by the deputy secretary for equipment, X": the person the agent's phrase names (not a role's holder
    # guessed elsewhere), before any other verb of the sentence (the parser may hang the name on a later noun)
    for tok in verb.doc[agent.i + 1:verb.sent.end]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return None
        if tok.ent_type_ == "PERSON" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
            return tok  # the last word of the name
    return None


def _author_of(noun: Token) -> Token | None:
    """The author a document noun names on itself: its possessor ("X's report"), a "by" phrase ("a report by X")
    or the agent of a participle on it ("a report published by X")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _reporter_of_participle(verb: Token) -> Token:
    """The reporting verb a participle after a comma belongs to, where the parser hung it on the clause reported
    ("X denied that the army was buying drones, calling the reports '...'": X calls them so, not the army);
    else the verb itself."""
    head = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","):
        return verb
    if head.dep_ == "ccomp" and head.head.i != head.i and speech_cue(head.head) is not None:
        return head.head
    if speech_cue(head) is None:
        # "X dismissed reports that the navy had agreed to buy jets, calling them '...'": hung on a verb of the
        # clause that tells the reports' content, the participle belongs to the reporting verb above the noun
        return _reporter_above_content(head) or verb
    return verb


#: The links from a verb of a noun's content clause up to that noun ("reports that C had signed a deal to buy").
CONTENT_LINKS = frozenset({"acl", "relcl", "xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "conj"})


def _reporter_above_content(tok: Token) -> Token | None:
    """The reporting verb (deny, dismiss, reject ...) whose object noun's content clause holds ``tok``, or None:
    the climb must pass a clause hung on a noun ("claims that ...") and stops at the first reporting verb."""
    through_noun = False
    for _ in range(8):
        if tok.dep_ not in CONTENT_LINKS or tok.head.i == tok.i:
            return None
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            through_noun = True
        tok = tok.head
        if tok.pos_ == "VERB" and speech_cue(tok) is not None:
            return tok if through_noun and any(c.dep_ in SUBJECT_DEPS for c in tok.children) else None
    return None


def _phrase(head: Token, keep_preps: bool = False) -> list[Token]:
    """The tokens of a noun phrase without its clauses (and, unless asked, prepositional phrases but "of")."""
    drop = {"relcl", "acl", "advcl", "ccomp", "punct"}
    out = [head]
    for child in head.children:
        if child.dep_ in drop or (child.dep_ == "prep" and not keep_preps and child.lower_ != "of"):
            continue
        out.extend(_phrase(child, keep_preps))
    return sorted(out, key=lambda t: t.i)


def _paragraph_break_before(sent: Span) -> bool:
    """Whether a line break stands between a sentence and the one before it (a new paragraph or entry)."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    return i >= 0 and "\n" in doc[i].whitespace_ or any("\n" in t.text for t in doc[sent.start:sent.start + 1]
                                                          if t.is_space)

def _is_subject(tok: Token) -> bool:
    """Whether a name is (in) the subject of its clause: "X said", "Y, an analyst at X, said" does not count X."""
    while (tok.dep_ in ("compound", "flat", "appos") or _on_a_place(tok) or _name_taken_for_preposition(tok)) \
            and tok.head.i != tok.i:
        if _on_a_place(tok):
            # "The chair of the committee, X, said": a person's name hung on the body a title is "of" names the
            # title's holder (a body is no person), however the parser attached it
            tok = tok.head.head.head
            continue
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS


#: Conjunctions that open a reported clause ("said A, but that B").
COMPLEMENT_MARKS = frozenset({"that", "whether"})


def _second_complement(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is a second reported clause coordinated with ``verb``'s own ("X said the air force had
    told Y of its interest, but that '...'", "X said talks were continuing but that '...'"): its "that" shows it
    is reported by the verb that reports ``verb``'s clause, not by ``verb``."""
    return clause.dep_ == "conj" and clause.head.i == verb.i and verb.dep_ == "ccomp" \
        and any(c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKS for c in clause.children)


def _name_taken_for_preposition(tok: Token) -> bool:
    """Whether a name's first word is one the parser read as a preposition ("Than" of "Than Zaw Oo", hung on
    "General" as "than"): the name's words belong together, so it stands where that word is hung."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head  # (the name's last word as the object of its own first word)
    if tok.dep_ != "prep" or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    # the word is in the name the NER tagged, or a capitalised "preposition" right before one
    return tok.ent_type_ == "PERSON" and any(t.ent_iob_ == "I" for t in tok.subtree) \
        or any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" and c.left_edge.i == tok.i + 1 for c in tok.children)


def _capitalised_common_word(ent: Span) -> bool:
    """Whether a one-word PERSON entity is a common word capitalised only by opening its sentence ("Strikes
    also continued ..."): a plural proper noun, or a word the text also writes in lower case."""
    if len(ent) != 1 or not ent[0].is_sent_start:
        return False
    word = ent[0]
    return word.tag_ == "NNPS" or any(t.text == word.lower_ for t in word.doc)


def _on_a_place(tok: Token) -> bool:
    """Whether a name is hung on the body or place that ends a title's phrase ("the chair of the committee, X",
    "the attaché in Y, X"): as its apposition, or as a conjunct with no "and" (an apposition misparsed)."""
    head = tok.head
    if head.dep_ != "pobj" or head.ent_type_ not in PLACE_LABELS:
        return False
    return tok.dep_ == "appos" or tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children) \
        and tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _reported_source(tok: Token) -> bool:
    """Whether a name or role noun is the source a reporting phrase cites ("according to X, ..."): like a
    subject of "said", the one a following "he said" most likely refers to."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    cue = cue_of(tok.head.head) if tok.head.head.i != tok.head.i else None
    return cue is not None and cue.kind == "prep" and cue.speaker == "pobj"


#: Entity labels of bodies, which a person's name in apposition cannot stand for.
BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "COUNTRY", "MILITARY"})


#: Entity labels of the bodies and places a title's phrase may end in ("attaché in X", "chair of Y").
PLACE_LABELS = BODY_LABELS | {"LOCATION"}

NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")


def _name_like(head: Token) -> str | None:
    """A capitalised multi-word name with no entity type, as a subject ("Nay San Lwin said"): a person."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("", "PERSON"):
        return None
    words = [c for c in head.lefts if c.dep_ in ("compound", "flat")] + [head]
    if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
        return None
    if not all(NAME_WORD.match(w.text) and not w.ent_type_ or w.ent_type_ == "PERSON" for w in words):
        return None
    if any(lexicon_word(w, "role") or lexicon_word(w, "medium") for w in words):
        return None
    return " ".join(w.text for w in words)


def _name_after_kind_noun(head: Token) -> str | None:
    """The proper name that follows, with no comma, a definite noun of an outlet's or body's kind ("the channel
    X", "the pro-government newspaper Y Z"), whichever of the two the parser made the head; else None."""
    def kind_noun(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and (lexicon_word(tok, "medium") is not None or lexicon_word(tok, "body") is not None)

    def name_from(first: Token, last: Token) -> str | None:
        words = head.doc[first.i:last.i + 1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            return None
        return words.text

    if kind_noun(head) and _definite(head):
        for appos in (c for c in head.children if c.dep_ == "appos"):
            words = [appos] + [c for c in appos.children if c.dep_ in ("compound", "flat")]
            first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
            if first.i == head.i + 1:
                return name_from(first, last)
        return None
    if head.pos_ == "PROPN":
        kind = next((c for c in head.children if c.dep_ == "compound" and kind_noun(c) and _definite(head)
                     and c.i < head.i), None)
        if kind is None:
            return None
        return name_from(head.doc[kind.i + 1], head)
    return None


def _introduced_name(head: Token) -> str | None:
    """The name of a body introduced where it stands: a capitalised body word heading a name ("The Group for
    X", "The Council on Y") that an indefinite apposition describes ("X, a campaign group,") names a body of
    its own, not one told before; its words up to the first comma or bracket, else None."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    doc = head.doc
    end = head.i + 1
    while end < len(doc) and end <= head.right_edge.i and doc[end].text not in (",", "(", ";") \
            and doc[end].dep_ != "appos":
        end += 1
    # (the parser may hang the apposition on the last word of the name: "The Alliance against X, a network,")
    described = any(t.dep_ == "appos" and head.i <= t.head.i < end and t.i >= end and _indefinite(t)
                    for t in head.subtree)
    return doc[head.i:end].text if described else None


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _indefinite(head: Token) -> bool:
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in head.children)


def _strip_determiner(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    # "Ministry of Defence (MoD": an entity cut inside its bracketed acronym is the name before the bracket
    text = re.sub(r"\s*\([^)]*$", "", text) or text
    text = re.sub(r"(['’]s|['’])$", "", text).strip()
    # "the Council Conclusions", "the Ministry Statement": the body, not its document
    words = text.split()
    while len(words) > 1 and cues().get((words[-1].lower(), "noun")):
        words.pop()
    return " ".join(words) if len(words) < len(text.split()) else text


#: Honorifics (nlp/data/honorifics.tsv, as written) before a speaker's name, stripped from it.
HONORIFIC_WORDS = frozenset(load_honorifics())
HONORIFIC_RE = re.compile(r"^(?:(?:%s)\.?\s+)+" % "|".join(sorted(load_honorifics(), key=len, reverse=True)))


def _bare_name(ent: Span) -> str:
    return HONORIFIC_RE.sub("", _strip_determiner(ent.text))


@extractor("quotes", assigns="quotes", requires=("entities", "people"))
def extract_quotes(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> list[Quote]:
    """Direct quotations with an identifiable speaker, each quoted stretch one record."""
    text = analysis.article.text  # the Doc's text (Doc.text would join every token again)
    if not MARKS_RE.search(text) and not SINGLE_RE.search(text):
        return []
    return QuoteReader(doc, analysis, gaz).read()
