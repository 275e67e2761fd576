"""Meetings, visits, conferences, calls and signings between named people, from the dependency parse.

Every word in the cue lexicon (``data/meeting_cues.tsv``) is read through its frame: a reciprocal verb
("met with", "held talks with") gives its subject and one record per counterpart; a hosting verb
("hosted", "received", "showed him") its subject and object; a visit or motion verb ("visited",
"arrived in Hanoi", "was in Cairo") a visit by its subject; an event noun ("the minister's visit
to Seoul", "a meeting with X", "talks between A and B") the people in its possessor and its
"by"/"with"/"between" phrases, else the subject of the clause it sits in. Only meetings the text
reports as having happened are kept: a negated, modal, planned, refused or future one is dropped.

Participants are the document's canonical names (``analysis.people``): pronouns ("he", "him"),
descriptions ("the Iranian president") and "the two" resolve to the people most recently named,
subjects first. Place is the city or site the clause gives (a bare country is no place); "while
there" takes the previous record's place. The date is a DATE entity attached to the cue's clause.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass, field

from spacy import symbols
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from armstrack import settings
from armstrack.extract.context import HYPHENS, DocContext, read_tsv, token_memo, word_set
from armstrack.extract.dates import WEEKDAYS
from armstrack.extract.registry import extractor
from armstrack.extract.syntax import conditional, function_words, modal, negated
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis, Meeting

#: Relations that stay inside one name phrase ("Foreign Minister Jane Roe", "the envoy, X,").
NAME_DEPS = {"compound", "appos", "flat", "nmod", "amod"}
#: Relations that open a clause of its own below a word.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
#: Relations through which a clause without its own subject takes its governor's.
SUBJECT_INHERIT = {"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "relcl", "npadvmod"}
#: First prepositions under a cue that can name where it happened.
PLACE_PREPS = word_set("meeting_words.tsv", "place_prep")
#: Prepositions that never lead to the place of the meeting.
NOT_PLACE_PREPS = word_set("meeting_words.tsv", "not_place_prep")
PLACE_LABELS = {"LOCATION", "GPE", "LOC", "FAC"}
#: Prepositions whose date is a bound, not the date of the meeting ("the first visit since 2019").
NOT_WHEN_PREPS = word_set("meeting_words.tsv", "not_when_prep")
PERIOD_PREPS = word_set("meeting_words.tsv", "period_prep")
SITE_PREPS = word_set("meeting_words.tsv", "site_prep")
#: Prepositions after which an event noun is the setting of its clause's subject ("said at a meeting").
SETTING_PREPS = word_set("meeting_words.tsv", "setting_prep")
#: Kinds that one trip's mentions share: a later "his visit" may refer back to a reported meeting.
IN_PERSON = {"meeting", "visit", "conference"}
#: Prepositions that give a trip's other travellers ("a visit to C, alongside General Y").
COMPANION_PREPS = word_set("meeting_words.tsv", "companion_prep")
#: Prepositions that make a trip noun the occasion of a travel verb's own trip ("arrived in C on a visit to R").
TRIP_OCCASION_PREPS = word_set("meeting_words.tsv", "trip_occasion_prep")
#: Last words of an event's name, which is never the place of a meeting ("the Shangri-La Dialogue").
EVENT_NAMES = word_set("meeting_words.tsv", "event_name")
#: "after the signing": the occasion only dates another act
TIME_PREPS = word_set("meeting_words.tsv", "time_prep")
#: "I", "me": the speaker of the turn they are said in (a transcript, an interview)
SPEAKER_PRONOUNS = word_set("meeting_words.tsv", "speaker_pronoun")
#: Subject pronouns that stand for one person ("he met X"): one may refer on through the same pronoun before it.
SUBJECT_PRONOUNS = word_set("meeting_words.tsv", "subject_pronoun")
#: The longest speaker label opening a turn ("The Minister of Defence (Hon. X Y):"), in tokens.
TURN_LABEL_TOKENS = 14


@dataclass(frozen=True)
class Cue:
    """A row of meeting_cues.tsv: a lemma and part of speech that signal a meeting of a kind, its frame and
    prepositions."""

    lemma: str
    pos: str
    kind: str
    frame: str
    preps: frozenset[str]

    @property
    def object_is_counterpart(self) -> bool:
        """Whether the cue's direct object is the other party ("met X", "hosted X", "called X")."""
        return "obj" in self.preps or self.frame in ("host", "call", "tell")


@dataclass(frozen=True)
class Lexicon:
    """The meeting cues by (lemma, part of speech), and the word lists of meeting_cues.tsv's non-cue rows."""

    cues: dict[tuple[str, str], Cue]
    words: dict[str, frozenset[str]]  # frame of a non-cue row -> lemmas


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The meeting lexicon read from meeting_cues.tsv (cached)."""
    cues: dict[tuple[str, str], Cue] = {}
    words: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("meeting_cues.tsv"):
        lemma, pos = row["lemma"].lower(), row["pos"].upper()
        if row["kind"] == "-":
            words[row["frame"]].add(lemma)
            continue
        preps = frozenset(p for p in row.get("preps", "").split("|") if p)
        cues[(lemma, pos)] = Cue(lemma, pos, row["kind"], row["frame"], preps)
    return Lexicon(cues, {k: frozenset(v) for k, v in words.items()})


_CUE_POS = {"VERB": "VERB", "AUX": "AUX", "NOUN": "NOUN", "PROPN": "NOUN"}


def cue_of(tok: Token) -> Cue | None:
    """The meeting cue a token is (by lemma or form), or None; a prefix the tokenizer split off with its
    hyphen ("co-chaired" as "co", "-", "chaired") is read with the word."""
    pos = _CUE_POS.get(tok.pos_)
    if not pos:
        return None
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha:
        prefixed = _cue(f"{doc[tok.i - 2].lower_}-{tok.lemma_}", f"{doc[tok.i - 2].lower_}-{tok.lower_}", pos)
        if prefixed is not None:
            return prefixed
    return _cue(tok.lemma_, tok.lower_, pos)


#: ``_CUE_POS`` by the part-of-speech ids of ``Doc.to_array``
_CUE_POS_IDS = {symbols.IDS[k]: v for k, v in _CUE_POS.items()}


def _cues(doc: Doc) -> list[tuple[Token, Cue]]:
    """(token, cue) of every token that is a meeting cue, in order: ``cue_of`` read from the token arrays,
    each distinct (part of speech, lemma, form) looked up once, Tokens made only for the cues."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    seen: dict[tuple[int, int, str], Cue | None] = {}
    out = []
    hyphen = strings["-"]
    rows = doc.to_array([POS, LEMMA, LOWER]).tolist()
    for i, (pos_id, lemma, lower) in enumerate(rows):
        pos = _CUE_POS_IDS.get(pos_id)
        if pos is None:
            continue
        if i >= 2 and rows[i - 1][2] == hyphen:
            cue = cue_of(doc[i])  # "co-chaired": a prefix split off with its hyphen is read with the word
        elif (key := (lemma, lower, pos)) in seen:
            cue = seen[key]
        else:
            cue = seen[key] = _cue(strings[lemma], strings[lower], pos)
        if cue is not None:
            out.append((doc[i], cue))
    return out


@functools.lru_cache(maxsize=4096)
def _cue(lemma: str, lower: str, pos: str) -> Cue | None:
    cues = lexicon().cues
    return cues.get((lemma.lower(), pos)) or cues.get((lower, pos))


def words(frame: str) -> frozenset[str]:
    """The lemmas of a word list (a frame of meeting_cues.tsv's non-cue rows); empty if unknown."""
    return lexicon().words.get(frame, frozenset())


@dataclass
class Draft:
    """A meeting found in one clause, before resolution against the rest of the document."""

    participants: list[str]
    kind: str
    cue: Token
    date: str | None = None
    date_text: str | None = None
    place: str | None = None
    again: bool = False  # "was again in X": a new occurrence, never merged
    evidence_span: Span | None = None
    inherits_there: bool = False
    #: a trip reported in its own right ("X arrived in C", "on a two-day visit to C"), not a back
    #: reference to one ("X's visit marked...", "was in the capital")
    trip: bool = False
    #: presence at a ceremony or occasion ("was present at the handover ceremony"): the document's
    #: mentions of it make one record, kept only when people of two sides are named there
    gathering: bool = False
    #: a meeting with named counterparts and no named other side ("the programme included talks with
    #: X"): during a trip just reported, the traveller is that side
    needs_visitor: bool = False
    joins_previous: bool = False  # "the meeting was attended by X": X joins the meeting reported before
    #: "X, who was in C for the signing": X, on a trip of their own, also joins the signing reported before
    joins_signing: bool = False
    #: "The document was signed by X": one signer of an agreement told just before joins that signing
    #: (or the ceremony it was signed at), not a signing of X alone
    signs_again: bool = False
    #: the country a visit went to ("to Israel", "in Riyadh"): visits to two countries are two trips
    destination: str | None = None
    #: a visit whose traveller is only referred back to ("he", "the delegation", "the Norwegian official"):
    #: a stop on the trip told before rather than a trip of its own
    referred: bool = False
    #: the date phrase of this draft's own part of a coordinated clause ("visited A in May and B in June"): B's date
    own_date: Span | None = None


#: The longest line read as a heading, in words.
HEADING_WORDS = 10


def _heading(sent: Span) -> bool:
    """A short line standing alone as a heading: no closing punctuation, a line break after it."""
    words = [t for t in sent if not t.is_space]
    after = sent[-1].text + sent[-1].whitespace_ + (sent.doc[sent.end].text if sent.end < len(sent.doc) else "\n")
    return 0 < len(words) <= HEADING_WORDS and not words[-1].is_punct and "\n" in after


@dataclass
class People:
    """Who a pronoun, a description or "the two" stands for: the people the text named just before."""

    ctx: DocContext
    person_at: dict[int, str] = field(default_factory=dict)  # token -> canonical name
    mentions: list[tuple[int, str, bool]] = field(default_factory=list)  # (token, name, is subject)
    sent_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        doc = self.ctx.doc
        self.person_at = _person_tokens(self.ctx)
        # a heading between two paragraphs ("The facts found by the court") is no sentence of the telling: the
        # people named before it are as near to what follows as they were without it
        # (nor is a closing quote mark the parser left as a sentence of its own: '"' before a paragraph break)
        self.sent_starts = [s.start for s in doc.sents if not _heading(s) and any(t.is_alpha or t.like_num for t in s)]
        last: tuple[int, str] | None = None
        for i in sorted(self.person_at):
            name = self.person_at[i]
            if last and last[1] == name and last[0] == i - 1:
                last = (i, name)
                self.mentions[-1] = (self.mentions[-1][0], name, self.mentions[-1][2] or _is_subject(doc[i]))
                continue
            self.mentions.append((i, name, _is_subject(doc[i])))
            last = (i, name)
        self.title_holders = self._introduced_titles()
        self.turns = _turns(doc, self.person_at, [p.name for p in self.ctx.analysis.people])

    def _introduced_titles(self) -> dict[str, set[str]]:
        """The people each qualified title or bracketed acronym introduced ("The Vice-Minister for X, General A",
        "the Chief of Defence Staff (CDS), General B"): {"vice-minister": {A}, "cds": {B}}, read from a name set off
        by a comma right after its title (the parser makes it the title's apposition, or a second subject)."""
        doc = self.ctx.doc
        found: dict[str, set[str]] = defaultdict(set)
        for i, name in self.person_at.items():
            tok = doc[i]
            if self.person_at.get(tok.head.i) == name and tok.head.i != i:
                continue  # one entry per name phrase: its head word
            left = tok.left_edge.i
            if left < 2 or doc[left - 1].text != "," or doc[left - 2].i in self.person_at:
                continue
            # (an apposition the parser hung on a common noun that is no title is not introduced by it: "paid a
            # call on the Second Minister of Defence, A")
            title = tok.head if tok.dep_ == "appos" and tok.head.i < left \
                and (not tok.head.is_lower or self._title_word(tok.head)) else doc[left - 2]
            chain = [title]
            while title.dep_ in ("pobj", "prep", "compound", "punct") and title.head.i != title.i \
                    and title.head.i < left:
                title = title.head  # "the Head of the Office of the Navy, General A": up to the title word
                chain.append(title)
            # (not past it: "a call on the Second Minister of Defence, A" is the minister's, not the call's)
            title = next((t for t in reversed(chain) if self._title_word(t)), title)
            if title.pos_ not in ("NOUN", "PROPN") or title.i in self.person_at:
                continue
            key = _title_key(title) or _bare_title_key(title, self._title_word(title))
            if key is not None:
                found[key].add(name)
            # "(CDS)": an acronym in brackets inside the title phrase, before the name
            for t in doc[title.left_edge.i:left]:
                if t.text.isupper() and t.is_alpha and len(t.text) >= 2 and t.i > 0 and doc[t.i - 1].text == "(" \
                        and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
                    found[t.text.lower()].add(name)
        return found

    def _title_word(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (self.ctx.gaz.is_title(tok.lemma_) or self.ctx.gaz.is_title(tok.text))

    def introduced(self, tok: Token) -> str | None:
        """ "the Vice-Minister", "the CDS": the one person the document introduced with that qualified title or
        acronym (a bare "the minister" may be anyone's title, and is left to the nearest antecedent); None when
        another person's stated title holds it too."""
        key = _title_key(tok) or _bare_title_key(tok, self._title_word(tok))
        if key is None and tok.text.isupper() and tok.is_alpha and len(tok.text) >= 2:
            key = tok.text.lower()
        names = self.title_holders.get(key, set()) if key else set()
        if len(names) != 1:
            return None
        [name] = names
        word = key.removeprefix(BARE_TITLE)
        if any(p.name != name and any(word in t.title.lower().replace(" - ", "-") for t in p.titles)
               for p in self.ctx.analysis.people):
            return None
        return name

    def _window_start(self, i: int) -> int:
        k = max(0, bisect.bisect_right(self.sent_starts, i) - 1 - settings.current().meeting_sentence_window)
        return self.sent_starts[k] if self.sent_starts else 0

    def antecedent(self, tok: Token, exclude: set[str] = frozenset(), fits=lambda name: True) -> str | None:
        """The most recent named person before ``tok``: a subject if there is one, else anyone. A third-person
        "he"/"she" in a transcript's turn is never the one speaking it ("I spoke to X. He met Y": "he" is X)."""
        start = self._window_start(tok.i)
        if tok.lower_ in function_words("singular_pronoun") and (speaker := self.speaker_at(tok.i)):
            exclude = exclude | {speaker}
        before = [(name, subj) for i, name, subj in reversed(self.mentions)
                  if start <= i < tok.i and name not in exclude and fits(name)]
        for name, subj in before:
            if subj:
                return name
        if not before and tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            # "X said ... '...,' he said. He met Y": with no one named in the window, a subject pronoun stands for
            # whom the same subject pronoun before it stood for (a quotation of several sentences in between)
            doc = tok.doc
            same = next((doc[i] for i in range(tok.i - 1, start - 1, -1) if doc[i].lower_ == tok.lower_
                         and doc[i].dep_ in ("nsubj", "nsubjpass")), None)
            if same is not None:
                return self.antecedent(same, exclude, fits)
        return before[0][0] if before else None

    def speaker_at(self, i: int) -> str | None:
        """The speaker of the transcript turn that holds token ``i`` (None outside turns or for an unnamed one)."""
        k = bisect.bisect_right(self.turns, i, key=lambda turn: turn[0]) - 1
        return self.turns[k][1] if k >= 0 else None

    def pair(self, tok: Token, fits=lambda name: True) -> list[str]:
        """ "the two", "both": the two people most recently named (that ``fits`` accepts)."""
        start = self._window_start(tok.i)
        found: list[str] = []
        for i, name, _ in reversed(self.mentions):
            if start <= i < tok.i and name not in found and fits(name):
                found.append(name)
            if len(found) == 2:
                break
        return list(reversed(found)) if len(found) == 2 else []

    def description(self, tok: Token, holders_only: bool = False) -> str | None:
        """ "the general", "the Iranian president": a title standing for someone named before."""
        gaz = self.ctx.gaz
        if tok.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None  # "the officials", "a minister": not one person named before
        if any(c.dep_ == "poss" for c in tok.children):
            return None  # "Iran's navy chief" is someone else, described
        introduced = self.introduced(tok)
        if introduced is not None:
            return introduced  # "the Vice-Minister", "the CDS": whom that title introduced, however far back
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        title = " ".join([*(m.text for m in mods if not self.ctx.token_country(m)), tok.text])
        countries = {self.ctx.token_country(m) for m in mods} - {None}
        # "the Turkish official": a word for any official, with a nationality, stands for someone of that country
        if not (gaz.is_title(tok.lemma_) or gaz.is_title(tok.text) or gaz.is_title(title)) \
                and not (countries and tok.lemma_.lower() in words("official")):
            return None
        holders = self._holders_of(tok, title)
        if holders_only and not holders:
            return self._sole_holder(tok, mods)  # "the President": the story's one president, however far back
        named_before = [n for i, n, _ in self.mentions if i < tok.i and n in holders]
        if len(set(named_before)) == 1:
            return named_before[0]  # the one holder of the full title ("the Minister of Defense"), however far back

        office = gaz.title(tok.lemma_) or gaz.title(tok.text)
        word = tok.lemma_.lower() if countries and office is not None and office.kind == "office" else None

        def fits(name: str) -> bool:
            aff = self.ctx.affiliation.get(name)
            if word is not None and not self._may_hold(name, word):
                return False  # "the US president": not a US analyst with another stated title
            return not (countries and aff and aff not in countries) and (not holders or name in holders)

        return self.antecedent(tok, fits=fits) or self._sole_holder(tok, mods)

    def _may_hold(self, name: str, word: str) -> bool:
        """Whether a person may hold an office word: no title stated, or one stated that has the word."""
        titles = [t.title.lower().replace("-", " ").split() for p in self.ctx.analysis.people if p.name == name
                  for t in p.titles]
        return not titles or any(word in t for t in titles)

    def _sole_holder(self, tok: Token, mods: list[Token]) -> str | None:
        """ "the President", with no one named in the window: the one person named before whose stated title has
        that word, however far back (a qualified description, "the Iranian president", is left alone)."""
        if mods or any(c.dep_ == "prep" for c in tok.children):
            return None
        word = tok.lemma_.lower()
        holders = {p.name for p in self.ctx.analysis.people
                   if any(word in t.title.lower().replace("-", " ").split() for t in p.titles)}
        named_before = {n for i, n, _ in self.mentions if i < tok.i and n in holders}
        return named_before.pop() if len(holders) == 1 and len(named_before) == 1 else None

    def _holders_of(self, tok: Token, title: str) -> set[str]:
        """The people given a title with an "of" phrase in full ("the Minister of Defense" is not the
        Minister of National Defense named after him); empty when the description has no such phrase."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return set()
        full = " ".join([title, *(t.text for t in of.subtree)]).lower()
        return {p.name for p in self.ctx.analysis.people
                if any(t.title.lower() == full or t.title.lower().endswith(f" {full}") for t in p.titles)}


def _visitor_word(tok: Token) -> bool:
    """ "the visiting admiral", "the guest", "the visitor": a definite singular description of the one
    who came on a visit."""
    if tok.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return False
    return tok.lemma_.lower() in words("visitor") or any(
        c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in words("visiting") for c in tok.children)


def _bare_subject_title(tok: Token) -> bool:
    """ "the minister" as a clause's subject: a definite singular noun with no other word of its own."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" and [c.lower_ for c in tok.children] == ["the"]


def _set_off_name(tok: Token, subjects: list[Token]) -> bool:
    """ "After a meeting attended by the Commander of X, General Y, the two ministers signed": a name set off by
    commas before another subject of the same verb is the apposition of a title before it, not a subject."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    return tok.pos_ == "PROPN" and left > 0 and right + 1 < len(doc) and doc[left - 1].text == "," \
        and doc[right + 1].text == "," and any(o.i > tok.i for o in subjects)


def _visiting_group(tok: Token) -> bool:
    """ "the delegation", "the Spanish delegation", "the Norwegian official": a definite singular group or party that
    may have come on the trip told before (a party only with the traveller's country, see Reader._visiting_group)."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NN", "NNP") and (lemma in words("visiting_group") or lemma in words("party")) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _pair_head(head: Token) -> bool:
    """A noun that with "the two"/"both" can stand for two people: a party ("the two ministers") or the sides
    of a meeting ("the two sides")."""
    lemma = head.lemma_.lower()
    return lemma in words("party") or lemma in words("pair_party")


def _the_sides(head: Token) -> bool:
    """ "the sides", "the parties": a bare definite plural that in protocol wording stands for the two sides
    of the meeting told before, as "the two sides" does ("the relevant parties" or "all sides" do not)."""
    return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in words("sides") \
        and [c.lower_ for c in head.children if c.i < head.i] == ["the"]


def _recalls_meeting(sent: Span) -> bool:
    """ "After the talks, ...", "At the end of the meeting, ...": a sentence that points back to a meeting
    told before, whose sides "the two" then are."""
    return any(tok.pos_ == "NOUN" and (cue := cue_of(tok)) is not None and cue.frame == "event"
               and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children)
               for tok in sent)


def _misparsed_subject(tok: Token) -> bool:
    """ "Rask, on a visit to Norland, called on X": a name before a verb that has no subject, which
    the parser read as an adverb."""
    verb = tok.head
    return tok.pos_ == "PROPN" and tok.dep_ in ("advmod", "npadvmod", "dep") and tok.i < verb.i \
        and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _title_words(head: Token) -> str:
    """ "the general manager of X": a title noun with the modifiers before it, for titles of two words."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    return " ".join([*(c.lower_ for c in mods), head.lower_])


def _title_key(head: Token) -> str | None:
    """ "Vice-Minister", "Deputy Minister": a title noun with the words before it that qualify it, lower case (a
    hyphenated word joined); None for a bare title ("minister"), a country ("Russia's") or no title at all."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if not mods or any(c.ent_type_ in ("COUNTRY", "GPE", "ORG", "NORP") for c in mods):
        return None
    words_ = head.doc[mods[0].i:head.i + 1]
    if any(t.i not in {m.i for m in mods} | {head.i} and t.text != "-" for t in words_):
        return None
    return " ".join(t.lower_ for t in words_).replace(" - ", "-")


BARE_TITLE = "the "


def _bare_title_key(head: Token, is_title: bool) -> str | None:
    """ "The Minister" capitalised with nothing before it but "the": the key of that bare title ("the minister"), which
    stands for the one person the text introduced with a title of that word ("The Minister of National Defence,
    A"); None for anything else (a bare "the minister" in lower case may be anyone's)."""
    if not is_title or head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < head.i for c in head.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return BARE_TITLE + head.lemma_.lower()


def _subject_in_date(verb: Token) -> list[Token]:
    """ "On 4 May the Commander of the Navy, Admiral X, visited ...", "March 2025 – C's Deputy Minister, X,
    visits ..." (a timeline entry): with no subject of the verb, the parser may hang a capitalised title phrase
    on the opening date as its apposition."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    dates = [date for prep in verb.children if prep.dep_ == "prep" and prep.i < verb.i
             for date in prep.children if date.dep_ == "pobj" and date.ent_type_ == "DATE"]
    dates += [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < verb.i]
    return [a for date in dates for a in date.children if a.dep_ == "appos" and a.ent_type_ != "DATE" and a.i < verb.i]


def _subject_in_fronted_phrase(verb: Token) -> list[Token]:
    """ "On a visit to C, D's deputy minister, General X, holds talks with Y": with no subject of the verb, the
    parser may hang the subject, set off by commas, on the place closing the phrase fronted before it as that
    place's apposition; an apposition in a fronted phrase that ends right before the verb (or its comma) is its
    subject."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    end = verb.i - 1 if verb.i > 0 and verb.doc[verb.i - 1].text == "," else verb.i
    return [a for prep in verb.children if prep.dep_ == "prep" and prep.i < verb.i
            for a in prep.subtree if a.dep_ == "appos" and a.head.dep_ == "pobj" and a.ent_type_ != "DATE"
            and a.right_edge.i + 1 == end][:1]


def _dateline(tok: Token) -> bool:
    """A word of the dateline that opens a story ("HANOI —", "CAIRO –"): upper case, at the start of its
    sentence, before a dash."""
    if not tok.text.isupper() or len(tok.text) < 2:
        return False  # (before ``tok.sent``, which slices the Doc twice: most words end here)
    sent = tok.sent
    if tok.i - sent.start > 4:
        return False
    doc = tok.doc
    words = doc[sent.start:tok.i + 1]
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ == "DATE":
        k += 1  # "CITY, Tuesday –": the dateline's day after the place
        while k < len(doc) and doc[k].ent_type_ == "DATE" and k - tok.i < 6:
            k += 1
    after = doc[k] if k < len(doc) else None
    return all(t.text.isupper() or t.is_punct or t.is_space for t in words) and after is not None \
        and after.text in ("—", "–", "-", "--")


def _is_subject(tok: Token) -> bool:
    if _misparsed_subject(tok):
        return True
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "flat", "appos", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _person_tokens(ctx: DocContext) -> dict[int, str]:
    """Tokens naming a person: the people module's mentions, and untagged name words that belong to
    exactly one person the document names in full ("Prabowo" for Prabowo Subianto, given name first)."""
    things = words("thing")
    doc = ctx.doc
    # "X Airport", "Y Roadmap", "the Z district": names the people module took for persons'
    not_people = {name for i, name in ctx.person_at.items() if name.split()[-1].lower() in things
                  or (doc[i].dep_ == "compound" and doc[i].head.i not in ctx.person_at
                      and doc[i].head.lower_ in things)}
    found = {i: name for i, name in ctx.person_at.items() if name not in not_people}
    owners: dict[str, set[str]] = defaultdict(set)
    for person in ctx.analysis.people:
        if person.name in not_people:
            continue
        for word in person.name.split():
            if len(word) > 2 and word[0].isupper():
                owners[word].add(person.name)
    unique = {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}
    titles = {i for span in ctx.doc.spans.get("titles", []) for i in range(span.start, span.end)}
    # the few tokens spelt as one of those words, found through the token arrays (same hash as ORTH)
    spelt = {hash_string(word) for word in unique}
    hits = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in spelt] if spelt and len(doc) else []
    for tok in (doc[i] for i in hits):
        name = unique.get(tok.text)
        if name and tok.i not in found and tok.i not in titles and tok.pos_ == "PROPN" \
                and (tok.ent_type_ in ("", "PERSON") or not (ctx.gaz.country(tok.text) or ctx.gaz.place(tok.text))):
            # a given name the tagger read as a place or group ("Prabowo" as GPE) unless it is one
            found[tok.i] = name
    found.update(_turn_speakers(doc, found, [p.name for p in ctx.analysis.people if p.name not in not_people]))
    return found


def _turn_label(doc: Doc, start: int) -> tuple[int, int] | None:
    """The speaker label opening the line at ``start`` ("Hon. X Y:", "SURNAME:", "The Minister (Mr X Y):"): a
    few words with no verb before a colon, all on that line; None when the line opens otherwise."""
    for tok in doc[start:min(len(doc), start + TURN_LABEL_TOKENS)]:
        if "\n" in tok.text or tok.pos_ in ("VERB", "AUX") or tok.is_quote:
            return None
        if tok.is_punct and tok.text.endswith(":"):  # the tokenizer may keep a bracket with it ("(Hon. X Y):")
            return (start, tok.i) if tok.i > start and (tok.i + 1 == len(doc) or tok.whitespace_) else None
    return None


def _turn_speaker(label: Span, found: dict[int, str], people: list[str]) -> str | None:
    """The one person a turn label names: a person mention inside it, else a surname written as the label
    ("ROE:", "Ms Roe:"), compared without case; None for a label naming nobody ("Madam Speaker:", "Q:")."""
    named = {found[t.i] for t in label if t.i in found}
    if not named:
        # (the tokenizer splits a hyphenated surname: "ROE-DOE" is three tokens)
        words = set(label.text.lower().replace(".", " ").split())
        named = {p for p in people if p.split()[-1].lower() in words}
    return next(iter(named)) if len(named) == 1 else None


def _turns(doc: Doc, found: dict[int, str], people: list[str]) -> list[tuple[int, str | None]]:
    """The turns of a transcript or interview, in text order, as (first token, speaker): each speaker label opens
    one; the speaker is the person the label names, None for a label naming nobody (the interviewer, the chair)."""
    out: list[tuple[int, str | None]] = []
    line_start = True
    for tok in doc:
        if line_start and not tok.is_space:
            label = _turn_label(doc, tok.i)
            if label is not None:
                out.append((tok.i, _turn_speaker(doc[label[0]:label[1]], found, people)))
            line_start = False
        if "\n" in tok.text or "\n" in tok.whitespace_:
            line_start = True
    return out


def _turn_speakers(doc: Doc, found: dict[int, str], people: list[str]) -> dict[int, str]:
    """First-person words ("I", "me") of a transcript or interview, each mapped to the speaker of its turn."""
    out: dict[int, str] = {}
    for (start, speaker), (end, _) in zip(turns := _turns(doc, found, people), [*turns[1:], (len(doc), None)]):
        if speaker:
            out.update((tok.i, speaker) for tok in doc[start:end]
                       if tok.lower_ in SPEAKER_PRONOUNS and tok.pos_ == "PRON" and tok.i not in found)
    return out


class Reader:
    """Reads the participants, place, date and modality of cues in one document."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.people = People(ctx)
        self.person_at = self.people.person_at
        self._dates: dict[str, str | None] = {}
        #: the traveller of the last one-person trip reported, and where: whom "the visiting admiral" and
        #: "the guest" stand for
        self.visitor: tuple[int, str] | None = None
        #: the last meeting of two named people reported, and where: whom "the two sides" stands for
        self.last_pair: tuple[int, list[str]] | None = None
        #: bare titles resolved as subjects ("the minister"), in text order: (token, lemma, person)
        self._chain: list[tuple[int, str, str]] = []

    # --- people ------------------------------------------------------------------------------------

    def names(self, head: Token, exclude: set[str] = frozenset(), with_conj: bool = True) -> list[str]:
        """Named people a noun phrase refers to, conjunct by conjunct (unless ``with_conj`` is False);
        a conjunct naming nobody may be a pronoun or a description of someone named before."""
        found: list[str] = []
        for conj in (_conjuncts(head) if with_conj else [head]):
            own = [n for t in _name_phrase(conj) for n in [self.person_at.get(t.i)] if n]
            if not own and _is_party(conj, self.ctx):
                # "his counterparts from A and B, X and Y": the parser may hang the names on the countries; "a
                # delegation led by X visited C": the group stands for its leader
                own = self._title_of_names(conj) or self._detached_holder(conj) or (
                    self._misattached_conjuncts(conj) if conj.tag_ in ("NNS", "NNPS") else []) \
                    or self.leaders(conj, exclude)
            if not own and conj.pos_ in ("NOUN", "PROPN") and (self.ctx.gaz.is_title(conj.lemma_)
                                                                or self.ctx.gaz.is_title(_title_words(conj))):
                # "the American ambassador in Rabat, X": the holder's name hung inside the title's place phrase
                # or portfolio ("State Secretary for Defence X"), or set off after the title's comma and hung
                # elsewhere ("a call on the Second Minister of Defence, Yang Mulia Dato X, at the ministry")
                own = self._title_of_names(conj, ("of", "in", "for")) or self._detached_holder(conj)
            if not own and conj.pos_ == "PROPN" and any(
                    c.dep_ == "nmod" and c.i < conj.i and self.ctx.gaz.is_title(c.lemma_)
                    and any(t.text == "(" for t in conj.doc[c.i:conj.i]) for c in conj.children):
                # "Joint Secretary (Defence Production), X": the parser may make the portfolio in brackets the
                # head of the title; the name after the bracket's comma is the title's holder
                own = self._detached_holder(conj)
            if not own and conj.lemma_.lower() in words("counterpart"):
                # "talks between A and his Czech counterpart, B, the ministry said": the holder's name set off
                # after the comma, which the parser hung elsewhere
                own = self._detached_holder(conj)
            if not own:
                # "His Royal Highness the Minister of Defence": an honorific whose apposition is the description
                resolved = self._resolve(conj, exclude) or next(
                    (r for a in conj.children if a.dep_ == "appos" and a.i > conj.i and a.i not in self.person_at
                     for r in [self._resolve(a, exclude)] if r), None)
                own = [resolved] if resolved else self._earlier_leaders(conj, exclude)
            if not own:
                own = self._apposed_tail(conj)
            found.extend(n for n in own if n not in found)
            if with_conj and own:
                found.extend(n for n in self._misattached_conjuncts(conj) if n not in found)
        return found

    def _misattached_conjuncts(self, head: Token) -> list[str]:
        """ "A of Argentina and B of Denmark": the parser may hang B on the country in A's "of" phrase (or in a
        plural title's "from" phrase: "counterparts from A and B, X and Y"); or hang a title's holder, named right
        after its portfolio, on the portfolio's last word ("Minister of Ports and Shipping X": X a conjunct of
        "Ports")."""
        return [n for word in _name_phrase(head) for prep in word.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                for pobj in prep.children if pobj.dep_ == "pobj" and (
                    self.ctx.token_country(pobj) or prep.lower_ == "of" and self.ctx.gaz.is_title(word.lemma_)
                    and pobj.i not in self.person_at)
                for c in pobj.children if c.dep_ == "conj" and not _negated_conj(c)
                for n in [self.person_at.get(c.i)] if n]

    def _title_of_names(self, title: Token, preps: tuple[str, ...] = ("of",)) -> list[str]:
        """ "the secretary of the Security Council Nikolai X", "Chief of Staff of the Army, General Y":
        the parser hangs the name of a long title's holder inside its "of" phrase (or another of ``preps``)."""
        found: list[str] = []
        queue = [p for c in title.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj"]
        while queue:
            tok = queue.pop(0)
            found.extend(n for t in _name_phrase(tok) for n in [self.person_at.get(t.i)] if n and n not in found)
            queue.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
            queue.extend(p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                         for p in c.children if p.dep_ == "pobj")
        return found

    def _apposed_tail(self, subject: Token) -> list[str]:
        """ "The Flag Officer Commanding-in-Chief of the X Command, Vice Admiral Y, ended a visit": the parser
        may hang the holder of a long title deep inside the title's own phrases; the name in apposition that
        closes the subject, set off by a comma just before its verb, is the subject (and the name that closes a
        title's prepositional phrase is its holder: "received by the Chairman of the X Authority, Z")."""
        verb = subject.head
        doc = subject.doc
        end = subject.right_edge.i
        if doc[end].text == ",":
            end -= 1  # the comma may hang on the subject itself
        if subject.dep_ in ("nsubj", "nsubjpass") and verb.i > subject.i:
            closed = end + 2 == verb.i and doc[end + 1].text == ","
        else:
            # "was received by the Chairman of the X Authority for Y, Z.": a title's phrase that the holder's name
            # closes, at a comma or the end of the sentence
            closed = subject.dep_ == "pobj" and _is_party(subject, self.ctx) and (
                end + 1 >= len(doc) or doc[end + 1].text in (",", ".", ";") or doc[end].is_sent_end)
        if not closed or end not in self.person_at:
            return []
        name = self.person_at[end]
        head = doc[end]
        while head.head.i != head.i and self.person_at.get(head.head.i) == name:
            head = head.head
        return [name] if head.dep_ == "appos" else []  # set in apposition within the subject

    def _detached_holder(self, title: Token) -> list[str]:
        """ "met the chief of staff of the army, General X, in C": the parser may hang the name that
        follows a long title after a comma on the verb; the name just after the title's comma is its holder."""
        end = title.right_edge.i
        doc = title.doc
        if doc[end].text == "," and end > title.i:
            end -= 1  # the comma may hang on the title itself
        first = title
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "between A and his counterpart, B": the title is the last of the pair
        if end + 1 < len(doc) and (office := doc[end + 1]).dep_ == "prep" and office.lower_ in ("in", "at") \
                and office.head.i < title.i and office.right_edge.i + 1 < len(doc) \
                and doc[office.right_edge.i + 1].text == "," and any(
                    p.dep_ == "pobj" and p.ent_type_ == "ORG" for p in office.children):
            # "talks with the Additional Secretary in the Ministry of Defence, X,": the parser may hang the
            # title's office on the event noun; the name after the office's comma is still the title's holder
            end = office.right_edge.i
        # "A and the Minister of Defence of C, H.E. B, attended": in a subject the parser may hang the name after the
        # conjoined title's comma on the first conjunct, as its apposition (checked once the name is found)
        subject_pair = first.dep_ in ("nsubj", "nsubjpass") and title.dep_ == "conj" and first.i < title.i
        if end + 2 >= len(doc) or doc[end + 1].text != "," or (first.dep_ not in ("dobj", "obj", "pobj")
                                                                 and not subject_pair):
            return []
        k = end + 2
        while k < len(doc) and k not in self.person_at and doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound":
            k += 1  # the holder's rank or title words ("General", "Major General")
        name = self.person_at.get(k)
        if name is None:
            return []
        head = doc[k]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.i in self.person_at:
            head = head.head
        if subject_pair and first.dep_ not in ("dobj", "obj", "pobj") and not (
                head.dep_ == "appos" and head.head.i == first.i):
            return []
        names = [name]
        if title.tag_ in ("NNS", "NNPS"):
            # "his Malian and Nigerien counterparts, General A and General B": one holder per conjunct
            for conj in head.conjuncts:
                last = max((t.i for t in conj.subtree if t.i in self.person_at), default=None)
                if last is not None and self.person_at[last] not in names:
                    names.append(self.person_at[last])
            after = max([head.i] + [c.right_edge.i for c in head.conjuncts]) + 1
        else:
            after = head.i + 1
        # hung on a verb as an adverb, or as a second subject of a later verb ("..., X, ..., the ministry said")
        second_subject = head.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.i != head.i for c in head.head.children)
        # "held talks with the commander of X, Colonel Y,": or as an object of the verb whose phrase holds the title
        second_object = head.dep_ in ("dobj", "obj") and title.dep_ == "pobj"
        # (or on the comma before it, which no word of a sentence hangs on when it is parsed right)
        on_comma = head.head.is_punct and head.head.i == end + 1
        attached = (head.dep_ in ("npadvmod", "advmod", "appos", "dep") or second_subject or second_object
                    or on_comma) and not (title.i <= head.head.i <= end)
        closed = after >= len(doc) or doc[after].text in (",", ".", ";") or doc[after].is_sent_end
        return names if attached and closed else []

    def _resolve(self, tok: Token, exclude: set[str]) -> str | None:
        """A pronoun ("he", "him", "his") or a description ("the general") standing for a person."""
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if tok.lower_ in ("it", "he", "she") and (where := self._where_subject(tok, exclude)):
                return where
            if tok.lower_ in function_words("singular_pronoun"):
                # "the minister travelled to C. She was received by X": a bare title told as the subject just
                # before is nearer than anyone named
                told = [(i, n) for i, _, n in self._chain if i < tok.i and n not in exclude
                        and _next_sentence(tok.doc[i], tok) and tok.dep_ in ("nsubj", "nsubjpass")]
                return self._cataphor(tok, exclude) or self._reporter(tok, exclude) or (told[-1][1] if told and not any(
                    told[-1][0] < i < tok.i for i in self.person_at) else None) or self.people.antecedent(tok, exclude) \
                    or self._own_subject(tok, exclude)
            return None
        if tok.lower_ in ("former", "latter") and any(c.lower_ == "the" for c in tok.children):
            # "the former's visit": the first named of the sentence (its subject), else of the last pair
            named = [n for i, n in sorted(self.person_at.items()) if tok.sent.start <= i < tok.i]
            if tok.lower_ == "former" and named:
                return named[0]
            pair = self.people.pair(tok)
            return (pair[0] if tok.lower_ == "former" else pair[1]) if pair else None
        if tok.pos_ == "NOUN" and tok.i not in self.person_at and _visitor_word(tok):
            return self._visitor(tok, exclude)
        if tok.pos_ == "NOUN" and tok.i not in self.person_at and _visiting_group(tok) \
                and (group := self._visiting_group(tok, exclude)):
            return group
        if tok.pos_ == "NOUN" and tok.i not in self.person_at:
            if _bare_subject_title(tok):
                # "the minister held talks with the Lithuanian minister, X. ... the minister travelled to C": a
                # bare title told again as a subject stands for whom it stood for before, the story's protagonist
                chained = [(i, n) for i, lemma, n in self._chain if i < tok.i and lemma == tok.lemma_.lower()]
                found = chained[-1][1] if chained and chained[-1][1] not in exclude else None
            else:
                found = None
            found = found or self.people.description(tok) or self._counterpart(tok, exclude)
            if found and _bare_subject_title(tok) and (tok.i, tok.lemma_.lower(), found) not in self._chain:
                self._chain.append((tok.i, tok.lemma_.lower(), found))
            return found
        if tok.pos_ == "PROPN" and tok.i not in self.person_at:
            # "the Minister of Defense", capitalised as a title: only someone given that full title before
            return self.people.description(tok, holders_only=True)
        return None

    def _own_subject(self, pronoun: Token, exclude: set[str]) -> str | None:
        """ "he had raised it during his visit", with no one named in the window: a possessive stands for the subject
        pronoun of its own clause, told before it (and that for whom it stands)."""
        if pronoun.dep_ != "poss":
            return None
        verb = _governing_verb(pronoun.head)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        pair = {"his": "he", "her": "she"}.get(pronoun.lower_)
        if len(subj) != 1 or subj[0].lower_ != pair or subj[0].i > pronoun.i:
            return None
        return self._resolve(subj[0], exclude)

    def _reporter(self, pronoun: Token, exclude: set[str]) -> str | None:
        """ "The Vice-Minister recalled that in April he travelled to C": the subject pronoun of a reported clause
        stands for the one person who reports it (named, or a description of someone named before)."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if len(subj) != 1 or subj[0].pos_ == "PRON" or subj[0].tag_ in ("NNS", "NNPS"):
            return None
        named = {self.person_at[t.i] for t in _name_phrase(subj[0]) if t.i in self.person_at}
        found = (named.pop() if len(named) == 1 else None) if named else self._resolve(subj[0], exclude)
        return found if found not in exclude else None

    def visitor_near(self, tok: Token) -> bool:
        """Whether a trip was told within reach before ``tok`` (its traveller in ``visitor``)."""
        return self.visitor is not None and 0 <= tok.i - self.visitor[0] <= settings.current().meeting_trip_reach

    def _visitor(self, tok: Token, exclude: set[str]) -> str | None:
        """ "the visiting admiral", "the guest": the traveller of the trip the story told last (within
        reach); none told, no one (not the last person named, who may be a host or an envoy)."""
        if self.visitor is None or self.visitor[1] in exclude or self.visitor[0] > tok.i:
            return None
        # "the visiting dignitary" names its referent's role outright: the story's traveller however far
        # back the trip was told; a bare "the guest" only within reach of it
        outright = any(c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in words("visiting")
                       for c in tok.children)
        return self.visitor[1] if outright or self.visitor_near(tok) else None

    def _where_subject(self, pronoun: Token, exclude: set[str]) -> str | None:
        """ "The delegation visited the base, where it was received by X": "it" as the subject of a "where"
        clause stands for the one person who made the visit (the subject of the verb the clause hangs on)."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("relcl", "advcl") \
                or not any(c.lower_ == "where" for c in clause.children):
            return None
        verb = clause.head if clause.head.pos_ in ("VERB", "AUX") else _governing_verb(clause.head)
        if verb is None or verb.i > pronoun.i:
            return None
        found = [n for h in self.subjects(verb) for n in self.group(h, exclude)]
        return found[0] if len(found) == 1 else None

    def _visiting_group(self, tok: Token, exclude: set[str]) -> str | None:
        """ "the delegation", "the Turkish delegation": the traveller of the trip told last, when no leader was
        named for the group; a bare group only within reach of the trip, one qualified by the traveller's
        own country anywhere after it."""
        if self.visitor is None or self.visitor[0] > tok.i or self.visitor[1] in exclude \
                or self._earlier_leaders(tok, exclude):
            return None
        countries = {c for m in tok.children if m.dep_ in ("amod", "compound") and m.i < tok.i
                     for c in [self.ctx.token_country(m)] if c}
        if not countries:
            # "the delegation"; not "the official", who may be anyone
            return self.visitor[1] if self.visitor_near(tok) and tok.lemma_.lower() in words("visiting_group") else None
        # "the Turkmen delegation" is the hosts', not the Turkish visitor's
        return self.visitor[1] if countries == {self.country_of(self.visitor[1])} else None

    def country_of(self, name: str) -> str | None:
        """A person's country: the affiliation, else the one country a word of their titles names ("the
        Spanish Secretary of State")."""
        if name in self.ctx.affiliation:
            return self.ctx.affiliation[name]
        gaz = self.ctx.gaz
        found = {c.name for p in self.ctx.analysis.people if p.name == name for t in p.titles
                 for w in t.title.replace(",", " ").split() if w[:1].isupper() for c in [gaz.country(w)] if c}
        return found.pop() if len(found) == 1 else None

    def _cataphor(self, pronoun: Token, exclude: set[str]) -> str | None:
        """ "During his visit to C, X met Y": a possessive in a phrase that opens the clause, before its
        subject, stands for that subject."""
        if pronoun.dep_ != "poss":
            return None
        tok = pronoun.head
        for _ in range(5):
            if tok.head.i == tok.i or tok.dep_ not in ("pobj", "prep", "poss", "compound") or (
                    tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX")):
                break
            tok = tok.head
        verb = tok.head if tok.dep_ == "prep" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or tok.i > pronoun.i:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i]
        if len(subj) != 1 or any(i in self.person_at for i in range(verb.sent.start, pronoun.i)):
            return None
        found = [n for t in _name_phrase(subj[0]) for n in [self.person_at.get(t.i)] if n and n not in exclude]
        return found[0] if len(set(found)) == 1 else None

    def _counterpart(self, tok: Token, exclude: set[str]) -> str | None:
        """ "his Egyptian counterpart": the one person of that country the document names, or the one
        whose title is the title of the person met ("Russian President X ... his Egyptian counterpart"
        is Egypt's president)."""
        if tok.lemma_.lower() not in words("counterpart"):
            return None
        named = self.person_at.get(tok.i + 1)
        if named is not None and named not in exclude and tok.i + 1 < tok.sent.end:
            return named  # "his Vietnamese counterpart Tran Van Minh": the name right after the title, which the
            # parser may have hung elsewhere (as the next verb's subject)
        countries = {c for m in tok.children if m.dep_ in ("amod", "compound") for c in [self.ctx.token_country(m)] if c}
        if len(countries) != 1:
            return None
        [country] = countries
        aff = self.ctx.affiliation
        candidates = [p for p in self.ctx.analysis.people if aff.get(p.name) == country and p.name not in exclude]
        if len(candidates) > 1:
            own = {t.title.lower() for p in self.ctx.analysis.people if p.name in exclude for t in p.titles}
            candidates = [p for p in candidates if any(t.title.lower() in own for t in p.titles)]
        return candidates[0].name if len(candidates) == 1 else None

    def leaders(self, party: Token, exclude: set[str]) -> list[str]:
        """Who leads an unnamed group: "a delegation led by General X", "a team headed by Y"."""
        # "a delegation from the ministry led by X": the parser may hang the participle on the "from" phrase
        holders = [party, *(p for c in party.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                            for p in c.children if p.dep_ == "pobj")]
        return list(dict.fromkeys(
            n for h in holders for acl in h.children if acl.dep_ == "acl" and acl.lemma_.lower() in words("lead")
            for agent in acl.children if agent.dep_ == "agent"
            for p in agent.children if p.dep_ == "pobj" for n in self.names(p, exclude) if n not in exclude))

    def _earlier_leaders(self, party: Token, exclude: set[str]) -> list[str]:
        """ "The delegation also visited X": the leader of the delegation "led by Y" named before it."""
        lemma = party.lemma_.lower()
        if lemma not in words("party") or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                  for c in party.children):
            return []
        for tok in reversed(party.doc[max(0, party.i - 200):party.i]):
            if tok.lemma_.lower() == lemma:
                found = self.leaders(tok, exclude)
                if found:
                    return found
        return []

    def group(self, head: Token, exclude: set[str] = frozenset()) -> list[str]:
        """A phrase's people, with "the two"/"both" resolved to the last pair named."""
        if head.lower_ in function_words("pair") or _the_sides(head) or (
                _pair_head(head) and any(c.lower_ in function_words("pair") for c in head.children)):
            own = self.names(head, exclude)  # "the two presidents, A and B,": the pair the phrase names
            if len(own) > 1:
                return own
            titled = self._titled_pair(head)
            if titled:
                return titled
            if head.lemma_.lower() in words("pair_party"):
                return self._met_pair(head)  # "the two sides": of a meeting, never just the last two named
            return self._met_pair(head) or self.people.pair(head)
        if head.lower_ in function_words("plural_pronoun") and head.dep_ in ("nsubj", "nsubjpass"):
            # "At the end of the meeting they signed": in a sentence that points back to the meeting just
            # told, "they" are its two sides
            return self._plural_subject(head) or (self._met_pair(head, pronoun=True) if _recalls_meeting(head.sent)
                                                  else [])
        return self.names(head, exclude)

    def _titled_pair(self, head: Token) -> list[str]:
        """ "the two ministers", "the two generals": the two people named last whose stated title has that
        word, unless the meeting just told is of two such holders already (a host and a guest named after
        the sides may hold other titles: "received by the minister and by General X")."""
        word = head.lemma_.lower()
        if not self.ctx.gaz.is_title(word) or word in words("sides"):
            return []
        holders = {p.name for p in self.ctx.analysis.people
                   if any(word in t.title.lower().replace("-", " ").split() for t in p.titles)}
        met = self._met_pair(head)
        if met and all(n in holders for n in met):
            return met
        # exactly two holders named before: "the two ministers" are they, however far back they were named
        named_before = list(dict.fromkeys(n for i, n, _ in self.people.mentions if i < head.i and n in holders))
        if len(named_before) == 2:
            return named_before
        return self.people.pair(head, fits=lambda name: name in holders)

    def _met_pair(self, head: Token, pronoun: bool = False) -> list[str]:
        """ "the two sides", "the two ministers" (or a ``pronoun``, "they"): the two people of the meeting told in
        this sentence or the one before (the last two people named may be a spokesman and an aide, not the sides)."""
        if self.last_pair is None or not (pronoun or _pair_head(head)):
            return []
        # ("the two sides reviewed X and signed Y": the act may be a later conjunct of the subject's verb)
        verbs = [cue_of(v) for v in (head.head, *head.head.conjuncts)] if head.dep_ in ("nsubj", "nsubjpass") else []
        if not any(v is not None and v.frame in ("sign", "take_part", "meet") for v in verbs):
            return []  # "the two sides welcomed the signing (by others)": only a meeting or signing of their own
        cue, names = self.last_pair
        # the sentence after the meeting's, or a later one when no one else was named in between
        quiet = not any(head.doc[cue].sent.end <= i < head.i for i in self.person_at)
        near = _next_sentence(head.doc[cue], head) or quiet and head.sent.start - head.doc[cue].sent.end < 80
        return list(names) if near or _recalls_meeting(head.sent) else []

    def _plural_subject(self, pronoun: Token) -> list[str]:
        """ "A and B agreed ... when they met": "they" in a clause under a verb whose subject names two or
        more people is those people."""
        verb = pronoun.head
        for _ in range(4):
            if verb.dep_ == "relcl" and any(c.tag_ == "WRB" and c.lower_ in ("where", "when") for c in verb.children):
                # "A and B flew to C on Tuesday, where they signed": a "where"/"when" clause on a place or date
                # of a verb; "they" is that verb's subject
                up = verb.head
                while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i != up.head.i:
                    up = up.head.head
                if up.pos_ not in ("VERB", "AUX") or up.i == verb.i:
                    return []
                verb = up
            elif verb.dep_ not in ("advcl", "ccomp", "conj", "xcomp") or verb.head.i == verb.i:
                return []
            else:
                verb = verb.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
            if subj:
                found = list(dict.fromkeys(n for h in subj for n in (
                    self.group(h) if h.lower_ not in function_words("plural_pronoun") else self.names(h))))
                return found if len(found) > 1 else []
        return []

    def _who_holder(self, pronoun: Token, head: Token) -> Token | None:
        """ "X, deputy commander of the Y Command, who arrived in C", "X, Commander Y Fleet, who travelled to C":
        the parser may hang a "who" clause on the last noun of a named person's title; "who" stands for the
        title's holder."""
        if pronoun.lower_ != "who" or head.i in self.person_at:
            return None
        tok = head
        while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        return tok.head if tok.dep_ == "appos" and tok.head.i in self.person_at else None

    def subjects(self, verb: Token) -> list[Token]:
        """The subject phrases of a verb, inherited through "and met", "to attend", "after chairing"."""
        tok, came_by = verb, ""
        for _ in range(5):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if len(subj) > 1:
                subj = [c for c in subj if not _set_off_name(c, subj)] or subj
            if subj and _dateline(subj[0]):
                # "CITY — Party member, Minister of Defence General X received ...": the parser made the
                # dateline the subject and the titled name its apposition
                named = [t for t in subj[0].subtree if t.i > subj[0].i and t.i in self.person_at
                         and (t.i + 1 >= len(t.doc) or self.person_at.get(t.i + 1) != self.person_at[t.i])]
                # "CITY – A and B yesterday signed ...": with no name, the apposed phrase is the subject
                apposed = [c for c in subj[0].children if c.dep_ == "appos" and c.i > subj[0].i]
                subj = named[:1] or apposed[:1] or subj
            if subj:
                if subj[0].tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    head = self._who_holder(subj[0], tok.head) or tok.head
                    while head.dep_ == "conj" and head.head.i != head.i and not self.names(head, with_conj=False):
                        head = head.head  # "X and his delegation, who are visiting": all of them
                    return [head]  # "X, who visited Y"
                return subj
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if passive and tok is not verb and came_by == "conj":
                return passive  # "X was received by Y and later met Z": X met Z
            if passive:
                return []
            misread = [c for c in tok.children if c.i in self.person_at and _misparsed_subject(c)]
            if misread:
                return misread[:1]
            in_date = _subject_in_date(tok) or _subject_in_fronted_phrase(tok)
            if in_date:
                return in_date[:1]
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return [tok.head]  # "the first leader to visit"
            to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            before = tok.doc[to.i - 1] if to is not None and to.i > 0 else None
            if before is not None and before.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "amod" and (c.lower_ in function_words("ordinal") or c.tag_ == "JJS")
                    for c in before.children):
                return [before]  # "the first jet to arrive in C", misread as a purpose clause
            if tok.dep_ not in SUBJECT_INHERIT or tok.head.i == tok.i:
                break
            came_by = tok.dep_
            # "was received by X and later met Y": the parser may join the second verb to the agent X
            up = _governing_verb(tok.head) if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") else None
            tok = up if up is not None and any(c.dep_ == "nsubjpass" for c in up.children) else tok.head
        return []

    def subject_names(self, verb: Token) -> list[str]:
        """Named people in a verb's subject."""
        names = list(dict.fromkeys(n for h in self.subjects(verb) for n in self.group(h)))
        if verb.dep_ == "acl" and len(names) > 1:
            # "X, received on Monday ... Y": the parser may read the verb as a participle on X and join the
            # guest named after it to X; a name told only after the verb is not its subject
            before = {n for i, n in self.person_at.items() if verb.sent.start <= i < verb.i}
            names = [n for n in names if n in before] or names
        return names

    def counterparts(self, cue_tok: Token, cue: Cue, exclude: set[str]) -> tuple[list[list[str]], bool]:
        """One group of names per counterpart ("with A and B" -> [[A], [B]]); and whether an unnamed
        counterpart ("officials", "a delegation") is there."""
        groups: list[list[str]] = []
        unnamed = False
        objects = [c for c in cue_tok.children if c.dep_ in ("dobj", "dative", "obj", "iobj")] \
            if cue.object_is_counterpart else []
        if cue.frame == "host" and not objects:
            objects = [o for c in cue_tok.children if _is_visiting(c) for o in c.children if o.dep_ in ("dobj", "obj")]
        if cue.frame == "call" and not objects:
            # "called X on Tuesday": the parser may read the person called as a predicate ("called it a mistake")
            objects = [c for c in cue_tok.children if c.dep_ == "oprd" and c.i in self.person_at]
        if cue.object_is_counterpart and not objects:
            # "received in Riyadh today the Minister of Defence of X, Y": an object put after the place and
            # time may be taken for an adverb of the verb
            objects = [c for c in cue_tok.children if c.dep_ == "npadvmod" and c.i > cue_tok.i
                       and c.pos_ in ("PROPN", "NOUN") and self.names(c, exclude)]
        if cue.object_is_counterpart and not any(t.i in self.person_at for o in objects for t in o.subtree):
            # "received on Tuesday Minister X (and his delegation)": the parser may run the day into the object
            # after it, making the name the object of the day's preposition
            objects = [o for c in cue_tok.children if c.dep_ == "prep" and c.i > cue_tok.i
                       for o in c.children if o.dep_ == "pobj" and o.i in self.person_at
                       and any(t.ent_type_ == "DATE" and t.i < o.i for t in o.subtree)] + objects
        if cue.object_is_counterpart and not objects and cue_tok.dep_ == "acl" \
                and not any(c.dep_ == "agent" for c in cue_tok.children):
            objects = self.stranded_object(cue_tok)
        holders = [cue_tok]
        if cue.frame == "event":  # "a summit held with X"
            holders += [c for c in cue_tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if cue.frame == "meet":  # "discussed the deal with X": the parser may hang "with" on the object
            holders += [c for c in cue_tok.children if c.dep_ in ("dobj", "obj") and not self.names(c)]
        holders += _place_nouns(holders)
        preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in cue.preps
                 and not negated(c)]
        if cue.frame == "meet" and not objects:
            # "discussed with the chief of staff, General X": the parser may make the name the object
            objects = [c for c in cue_tok.children if c.dep_ in ("dobj", "obj") and c.i in self.person_at
                       and not any(g.dep_ == "case" for g in c.children)]
        pobjs = [p for prep in preps for p in prep.children if p.dep_ in ("pobj", "pcomp")]
        # "Y, with whom X held talks": the relative pronoun stands for the noun its clause is on
        pobjs = [_relative_antecedent(p) or p for p in pobjs]
        # "with A and B": the parser may make A a possessor of B ("A and B" with no "'s")
        pobjs += [c for o in objects + pobjs for c in o.children if c.dep_ == "poss" and c.i in self.person_at
                  and not any(g.dep_ == "case" for g in c.children) and any(g.dep_ == "cc" for g in c.children)]
        # "Y, whom X met": the relative pronoun stands for the noun the clause is on
        objects = [cue_tok.head if o.tag_ in ("WP", "WDT") and cue_tok.dep_ == "relcl" else o for o in objects]
        if objects and cue.object_is_counterpart:
            objects += [c for c in _gapped_objects(cue_tok, self.person_at) if c.i > objects[0].i]
        # "for visiting President X": the parser makes the participle the phrase's head, X its object
        pobjs = [next((o for o in p.children if o.dep_ in ("dobj", "obj")), p)
                 if p.dep_ == "pcomp" and p.tag_ == "VBG" and p.lemma_.lower() == "visit" else p for p in pobjs]
        for obj in objects + pobjs:
            if obj.head.lower_ == "between":
                # not inside a clause on one of them ("between A and B, who also met C")
                names = list(dict.fromkeys(n for t in _phrase_tokens(obj) for n in [self.person_at.get(t.i)] if n))
                if not names and _is_party(obj, self.ctx):
                    names = self._detached_pair(obj, exclude)
                if len(names) == 1:
                    names += [n for n in self._second_of_pair(obj) if n not in names]
                if len(names) == 1:
                    # "between A and his Czech counterpart, B, ...": B set off after the title, hung elsewhere
                    names += [n for c in obj.conjuncts if c.i > obj.i and c.lemma_.lower() in words("counterpart")
                              for n in self._detached_holder(c) if n not in names][:1]
                if names:
                    groups.append(names)
                else:
                    unnamed = True
                continue
            for conj in _conjuncts(obj):
                names = [n for n in self.names(conj, exclude, with_conj=False) if n not in exclude] \
                    if conj.lower_ not in function_words("pair") else self.group(conj)
                if len(names) > 1 and (any(c.dep_ == "cc" for t in _name_phrase(conj) for c in t.children)
                                       or conj.tag_ in ("NNS", "NNPS")):
                    # "with A and B", the parser nesting B inside A's phrase; "with his counterparts, A and B"
                    groups.extend([n] for n in names)
                elif names:
                    groups.append(names)
                elif _is_party(conj, self.ctx) and self.leaders(conj, exclude):
                    groups.append(self.leaders(conj, exclude))  # "received a delegation led by X"
                elif _is_party(conj, self.ctx):
                    unnamed = True
        return groups, unnamed

    def stranded_object(self, verb: Token) -> list[Token]:
        """ "General X received at the command today General Y and his delegation": the parser may read a
        hosting verb after its subject's name as a participle on that name and hang the object it lost on
        another word; the name that opens the words right after the verb's own phrases is its object."""
        doc = verb.doc
        titled = self._titled_tail(verb)
        if titled is not None:
            return [titled]
        for tok in doc[verb.right_edge.i + 1:]:  # the parser may also break the sentence before the name
            if tok.i in self.person_at:
                head = tok
                while head.dep_ in ("compound", "flat") and head.head.i in self.person_at \
                        and self.person_at[head.head.i] == self.person_at[tok.i]:
                    head = head.head
                return [head]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", ".", "!", "?") or "\n" in tok.text \
                    or (tok.pos_ == "ADP" and tok.lower_ not in LIST_PREPS):
                return []
        return []

    def _detached_pair(self, title: Token, exclude: set[str]) -> list[str]:
        """ "between the Minister of Defence of C, General X, and the visiting delegation": the parser may hang
        the name after a long title on the verb, with the other side as its conjunct; the holder, then the
        people that conjunct stands for."""
        holder = self._detached_holder(title)
        if len(holder) != 1:
            return []
        head = next((t for t in title.doc[title.right_edge.i + 1:title.sent.end] if self.person_at.get(t.i) == holder[0]), None)
        while head is not None and head.dep_ in ("compound", "flat") and self.person_at.get(head.head.i) == holder[0]:
            head = head.head
        if head is None:
            return holder
        return list(dict.fromkeys([*holder, *(n for c in head.conjuncts for n in self.names(c, exclude, with_conj=False))]))

    def _titled_tail(self, verb: Token) -> Token | None:
        """ "X, received on Monday at his office in C the Spanish Secretary of State, Mr Y, who ...": the parser
        may end the verb's phrase with the guest's title (a definite title noun no person holds) and leave the
        name after its comma outside; that name, closed by a comma or the end of the sentence, is the object."""
        doc = verb.doc
        end = verb.right_edge.i
        if end + 2 >= len(doc) or doc[end + 1].text != "," or verb.dep_ != "acl":
            return None
        gaz = self.ctx.gaz
        title = next((t for t in reversed(doc[verb.i + 1:end + 1]) if t.pos_ in ("NOUN", "PROPN")
                      and t.i not in self.person_at and (gaz.is_title(t.lemma_) or gaz.is_title(t.text))
                      and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)), None)
        if title is None:
            return None
        k = end + 2
        while k < len(doc) and k not in self.person_at and doc[k].pos_ == "PROPN" and k - end < 5:
            k += 1  # an honorific or rank before the name ("Mr", "General")
        name = self.person_at.get(k)
        if name is None:
            return None
        last = k
        while last + 1 < len(doc) and self.person_at.get(last + 1) == name:
            last += 1
        if last + 1 < len(doc) and doc[last + 1].text not in (",", ".", ";") and not doc[last].is_sent_end:
            return None
        head = doc[k]
        while head.head.i != head.i and self.person_at.get(head.head.i) == name:
            head = head.head
        return head

    def _second_of_pair(self, first: Token) -> list[str]:
        """ "between A and B was held": the parser may make B the clause's subject; the person named in
        the words right after "and" (up to the next verb or punctuation) is the other side."""
        doc = first.doc
        i = max(t.i for t in _name_phrase(first)) + 1
        if i >= len(doc) or doc[i].lower_ != "and":
            return []
        for tok in doc[i + 1:min(len(doc), i + 12)]:
            if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and tok.text not in HYPHENS:
                return []
            name = self.person_at.get(tok.i)
            if name:
                return [name]
        return []

    # --- place -------------------------------------------------------------------------------------

    def place(self, tok: Token, skip: set[int], with_object: bool = False) -> str | None:
        """The first city or site under a cue, through its place phrases ("in Hanoi", "to a plant
        in Kharkiv"); participant phrases (in ``skip``) are not searched."""
        queue = [c for c in tok.children if (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
                 or (with_object and c.dep_ in ("dobj", "obj"))
                 or (c.dep_ == "npadvmod" and c.ent_type_ in PLACE_LABELS)]
        seen: set[int] = set()
        while queue:
            node = queue.pop(0)
            if node.i in seen or node.i in skip:
                continue
            seen.add(node.i)
            found = self.place_of(node)
            if found:
                return found
            for child in node.children:
                if child.dep_ in ("pobj", "compound", "appos", "prep", "nmod", "amod", "conj") \
                        and not (child.dep_ == "prep" and child.lower_ in NOT_PLACE_PREPS):
                    queue.append(child)
                elif child.dep_ == "pcomp" and (arrival := cue_of(child)) is not None and arrival.frame == "travel":
                    queue.append(child)  # "upon arriving in C, X met Y": where the arrival was
        # "hosted X in Hanoi": the parser may hang the place on the guest's name
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")] + \
            [p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
        # "met A, B and C in Tokyo", "with his counterpart, X, in C": the parser hangs the place on the
        # last name of the list or on the apposition
        objects += [c for o in objects for c in _conjuncts(o)[1:] if c.i in self.person_at]
        objects += [c for o in objects for c in o.children if c.dep_ == "appos" and c.i in self.person_at]
        for obj in objects:
            if not any(t.i in self.person_at for t in _name_phrase(obj)) and not _is_party(obj, self.ctx):
                continue  # "discussed the situation in Darfur": a topic's place is not the meeting's
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for pobj in prep.children:
                        found = self.place_of(pobj)
                        if found:
                            return found
        if tok.dep_ in ("advcl", "relcl") and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            # "was in Washington, where he held talks": the place of the clause "where" hangs on
            return self.place_of(tok.head) or self.place(tok.head, skip | {t.i for t in tok.subtree})
        return None

    def place_of(self, tok: Token) -> str | None:
        """The place named by the entity a token heads (without "the" or a possessive), or None; a country alone is no
        place."""
        ent = self.ctx.ent_at.get(tok.i)
        if ent is None or ent.label_ not in PLACE_LABELS or tok.i != ent.root.i or ent[-1].lower_ in EVENT_NAMES:
            return None
        gaz = self.ctx.gaz
        text = ent.text
        for prefix in ("the ", "The "):
            if text.startswith(prefix):
                text = text[len(prefix):]
        for suffix in ("'s", "’s"):
            if text.endswith(suffix):
                text = text[:-len(suffix)]
        if ent.label_ != "LOCATION" and not gaz.place(text) and gaz.country(text):
            return None  # a country alone is not a place
        return text.strip() or None

    # --- date --------------------------------------------------------------------------------------

    def date(self, cue_tok: Token) -> tuple[str | None, str | None]:
        """(resolved date, its text) of the DATE entity attached closest to the cue's clause."""
        chain = [cue_tok]
        tok = cue_tok
        for _ in range(8):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            chain.append(tok)
        rank = {t.i: n for n, t in enumerate(chain)}
        best: tuple[int, Span] | None = None
        for ent in self.ctx.ents_in(cue_tok.sent):
            if not _dating(ent) or ent.root.head.lower_ in NOT_WHEN_PREPS | PERIOD_PREPS or _in_dateline(ent):
                continue  # "the first since 2020", "the plan for 2026", "MOSCOW, Oct 5 (Reuters) -" are not when it happened
            if _how_long_or_often(ent):
                continue
            tok = ent.root
            for _ in range(6):
                if tok.i in rank:
                    if best is None or rank[tok.i] < best[0]:
                        best = (rank[tok.i], ent)
                    break
                if tok.head.i == tok.i or (tok is not ent.root and tok.pos_ in ("VERB", "AUX")
                                           and not _led_by(tok)):
                    break
                tok = tok.head
        if best is None:
            return None, None
        text = best[1].text
        if text not in self._dates:  # resolving is slow (dateparser); drafts share their dates
            self._dates[text] = self.ctx.date_of(text)
        return self._dates[text], text

    # --- modality ----------------------------------------------------------------------------------

    def verb_happened(self, verb: Token) -> bool:
        """Whether a verb reports something that happened: not negated, modal, planned or refused."""
        tok = verb
        via = ""  # the relation last climbed: a coordinate verb ("called on X and met Y") governs nothing
        for step in range(5):
            if negated(tok) or modal(tok) or conditional(tok):
                return False
            if any(c.lower_ == "yet" for c in tok.children):
                return False  # "has yet to visit"
            if step == 0 and any(c.lower_ in function_words("habitual") or (c.lemma_ == "time" and c.dep_ == "npadvmod")
                                 for c in tok.children):
                return False  # "has visited China five times", "often meets": no one occasion
            if step == 0 and any(c.dep_ in ("npadvmod", "advmod") and any(d.lower_ in ("every", "each") for d in c.children)
                                 for c in tok.children):
                return False  # "visits Kyiv every year": a habit, no one occasion
            if step == 0 and tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return False  # headline "X to visit Y"
            if step > 0 and via != "conj" and _lemmas(tok) & words("prospective"):
                return False
            if tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                gov = _governing_verb(tok.head)
                if gov is not None and (modal(gov) or negated(gov)):
                    return False  # "would be the first leader to visit C": a hypothetical
            if tok.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "acl", "ccomp") or tok.head.i == tok.i:
                break
            if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "aux", "nsubjpass") for c in tok.children):
                break  # "arrived ... and will meet": the second verb has its own tense
            if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < tok.head.i and not modal(tok.head) \
                    and not any(c.dep_ == "mark" for c in tok.children):
                break  # "Meeting in C on Monday, A and B agreed to...": the participle reports its own event
            if tok.dep_ == "ccomp":
                if _lemmas(tok.head) & words("denial"):
                    return False  # "denied that he had met X"
                break  # "said he met": the reported clause keeps its own tense
            time_words = function_words("time_subordinator")
            if tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in time_words for c in tok.children):
                if tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                    return False  # "will meet X when he travels to C": a present time clause looks ahead
                break  # "urged X when he met Y": a time clause reports what happened, not what was urged
            if tok.dep_ == "acl" and not _lemmas(tok.head) & words("prospective"):
                break  # "the first leader to visit": not a plan
            via = tok.dep_
            tok = tok.head
        return True

    def noun_happened(self, noun: Token) -> bool:
        """Whether an event noun reports a meeting that happened ("a planned visit", "no talks",
        "cancelled the trip", "plans for a summit", "the visit scheduled for May" did not)."""
        if any(c.dep_ in ("amod", "det", "compound", "nummod") and (c.lemma_.lower() in words("planned")
                                                                   or c.lower_ in words("planned"))
               for c in noun.children):
            return False
        if any(c.dep_ == "acl" and _lemmas(c) & words("prospective") for c in noun.children):
            return False
        tok = noun
        for _ in range(4):
            head = tok.head
            if head.i == tok.i:
                return True
            if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "obj") and head.pos_ in ("VERB", "AUX") \
                    and _lemmas(head) & words("prospective"):
                return False
            if tok.dep_ == "pobj" and head.lower_ in ("for", "to", "of", "on", "about") \
                    and _lemmas(head.head) & words("prospective") - ({"call"} if head.lower_ != "for" else set()):
                return False  # "plans for a summit", "called for talks" (not "called on X, on a visit")
            if head.pos_ in ("VERB", "AUX"):
                if negated(head) or conditional(head):
                    return False
                if tok.dep_ in ("nsubj", "nsubjpass") and _lemmas(head) & words("venue") and not self.verb_happened(head):
                    return False  # "the summit will take place in C"
                if tok.dep_ == "prep" and tok.lower_ in SETTING_PREPS and modal(head):
                    return False  # "could meet at the summit": a setting of a modal verb is not reported
                cue = cue_of(head)
                if cue is not None and cue.frame != "event" and (
                        tok.dep_ in ("dobj", "obj") or (tok.dep_ == "prep" and tok.lower_ in ("for", "to"))):
                    return self.verb_happened(head)  # "will attend the summit", "will host X for talks"
                return True
            if tok.dep_ not in ("pobj", "prep", "conj", "appos", "compound", "dobj", "nsubj", "nsubjpass"):
                return True
            tok = head
        return True


#: Prepositions that stay inside a list of titled names ("the Minister of Defence of Peru, X, and Y", "the
#: ambassador of Italy to Kuwait, Z").
LIST_PREPS = {"of", "from", "to"}
#: Words that list members of a group just named ("delegations, among them A and B", "ministers including A").
MEMBER_PREPS = word_set("meeting_words.tsv", "member_prep")


def _place_nouns(holders: list[Token]) -> list[Token]:
    """ "held talks at the ministry of defence with X": the parser may hang the counterpart's "with" on
    the place just before it; the nouns of the holders' place phrases, which hold it then."""
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
            for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]


def _misplaced_agents(verb: Token, person_at: dict[int, str] | None = None) -> list[Token]:
    """ "was signed at the ministry by X": the parser may hang a passive's "by" phrase on the place before
    it; the people in it are the verb's agents (a name the tagger left untagged or read as a body counts when
    the document's people hold it: ``person_at``)."""
    person_at = person_at or {}
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
            for place in c.children if place.dep_ == "pobj"
            for by in place.children if by.dep_ == "prep" and by.lower_ == "by"
            for p in by.children if p.dep_ == "pobj"
            and any(t.ent_type_ == "PERSON" or t.i in person_at for t in p.subtree)]


def _stranded_agents(verb: Token) -> list[Token]:
    """ "was received at the ministry by Minister X": the parser may hang "by" on the place with no object
    and attach X elsewhere (a second object of "at", an object of the verb); the first name after "by",
    before the next verb, is the agent."""
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    for by in (b for h in [verb, *places] for b in h.children if b.dep_ == "prep" and b.lower_ == "by"):
        if any(o.dep_ == "pobj" for o in by.children):
            continue
        for tok in verb.doc[by.i + 1:verb.sent.end]:
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.ent_type_ == "PERSON" and tok.dep_ not in ("compound", "flat"):
                return [tok]
    return []


def _listed_after(prep: Token, reader: Reader) -> list[str]:
    """ "attended by the chief of staff, General A, and Ambassador B": the parser scatters a list of titled
    names after "by" over the sentence (an apposition on the verb, a subject of the next verb); the people
    named from the preposition to the end of the list (a verb, another preposition, a relative word, a
    semicolon or the sentence's end) are all in it; "by A and by B": the preposition repeated after "and"
    goes on with the list."""
    found: list[str] = []
    for tok in prep.doc[prep.i + 1:prep.sent.end]:
        repeated = tok.lower_ == prep.lower_ and prep.doc[tok.i - 1].lower_ == "and"
        if _post_of_title(tok) or _inside_title(tok, reader):
            continue  # "the ambassador of X in C, Mr. A": the place is part of the title, the list goes on
        if tok.dep_ == "prep" and tok.lower_ in MEMBER_PREPS or tok.dep_ == "quantmod":
            # "by more than 40 delegations, among them A and B", "by ministers including A": members of the group
            continue
        if tok.pos_ == "ADP" and _in_named_apposition(tok, reader):
            continue  # "A, head of the office in charge of X, and by B": the title set off after A goes on with it
        # (a verb form that modifies a title noun, "managing director", does not end it)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("compound", "amod") \
                or (tok.pos_ == "ADP" and tok.lower_ not in LIST_PREPS and not repeated) \
                or tok.tag_ in ("WDT", "WP") or tok.pos_ == "SCONJ" or tok.text in (";", ":", "(", "—", "–"):
            break  # (a subordinate clause, "by A while B stayed home", ends the list too)
        name = reader.person_at.get(tok.i)
        if name and name not in found:
            found.append(name)
    return found


def _in_named_apposition(prep: Token, reader: Reader) -> bool:
    """Whether a preposition belongs to a title set off in apposition after a name ("A, the minister delegate in
    charge of X,"): up through its phrase's nouns and prepositions to an apposition whose head is the name."""
    tok = prep
    for _ in range(8):
        if tok.dep_ == "appos" and tok.head.i in reader.person_at and tok.head.i < tok.i:
            return True
        if tok.dep_ not in ("prep", "pobj", "compound", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _inside_title(prep: Token, reader: Reader) -> bool:
    """ "Airbus's head of services for Latin America, X": a preposition of a title's own phrase (hung on the
    title noun, or on a noun of its "of" phrase), which goes on to the name set off after it."""
    if prep.pos_ != "ADP" or prep.dep_ != "prep":
        return False
    tok = prep.head
    for _ in range(3):
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if reader.ctx.gaz.is_title(tok.lemma_) or reader.ctx.gaz.is_title(tok.text):
            after = prep.right_edge.i + 1
            # (the name, maybe after a rank: ", Rear Admiral X")
            return after < len(prep.doc) and prep.doc[after].text == "," \
                and any(i in reader.person_at for i in range(after + 1, min(after + 5, len(prep.doc))))
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
    return False


def _post_of_title(prep: Token) -> bool:
    """ "the ambassador of X in C": an "in" phrase on a title noun naming a place, the seat of the post."""
    return prep.lower_ == "in" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") \
        and prep.head.ent_type_ != "DATE" and any(c.dep_ == "pobj" and c.ent_type_ in ("LOCATION", "COUNTRY", "GPE")
                                                  for c in prep.children)


def _gapped_objects(verb: Token, person_at: dict[int, str]) -> list[Token]:
    """ "met A on Tuesday and B on Wednesday": the gapped second object B, which the parser hangs on the
    verb or on the date phrase before it as a conjunct (a name of a person, with no clause of its own)."""
    heads = [verb] + [o for p in verb.children if p.dep_ == "prep" for o in p.children
                      if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
    return [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i in person_at
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _led_by(verb: Token) -> bool:
    """Whether a verb is a participle naming who leads a party ("a delegation led by X", "a team headed by Y"): the
    parser hangs the occasion's date on it ("hosted a delegation led by X on Monday"), but the date is the
    occasion's, not the leading's."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "agent" for c in verb.children)


def _gapped_date(draft: Draft, reader: Reader) -> Span | None:
    """ "met A on Tuesday and B on Wednesday": the date phrase after a gapped counterpart B is B's."""
    gapped = [c for c in _gapped_objects(draft.cue, reader.person_at) if reader.person_at[c.i] in draft.participants]
    if not gapped:
        return None
    for prep in draft.cue.children:
        if prep.dep_ != "prep" or prep.i < gapped[0].i:
            continue
        for obj in prep.children:
            ent = reader.ctx.ent_at.get(obj.i)
            if obj.dep_ == "pobj" and ent is not None and ent.label_ == "DATE":
                return ent
    return None


def _future(date_text: str | None) -> bool:
    """ "next week", "in the coming days", "later this year": a date after the story's own."""
    words = (date_text or "").lower().split()
    if "later" in words and "this" in words:
        return True
    return any(w in function_words("future_time") and not (w == "next" and i > 0 and words[i - 1] == "the")
               for i, w in enumerate(words))


def _in_dateline(ent: Span) -> bool:
    """A date in a wire dateline ("MOSCOW, Oct 5 (Reuters) -"): the story's date, not the event's."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or not doc[ent.start - 2].is_upper:
        return False
    after = doc[ent.end:ent.end + 5]
    return any(t.text in ("(", "-", "–", "—", "--") for t in after)


def _how_long_or_often(ent: Span) -> bool:
    """A date phrase that tells how often or how long, not when: an adjective ("an annual exercise"), or a
    hyphenated phrase on a noun, which the parser may also read as a compound ("a two-day visit")."""
    root = ent.root
    return root.dep_ == "amod" and root.pos_ == "ADJ" or (
        root.dep_ in ("compound", "nummod", "amod") and any(t.text == "-" for t in ent))


def _lemmas(tok: Token) -> set[str]:
    """A word's lemma and its form with a plain inflection stripped (the small model's lemmatiser
    misreads some: "hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower}
    forms |= {f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt"}  # "put off", "rule out"
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.add(lower[:-len(suffix)] + repl)
    return forms


def _negated_conj(tok: Token) -> bool:
    """ "A and B, but not C": a conjunct the text excludes."""
    if negated(tok):
        return True
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].lower_ in function_words("negation")


@token_memo  # read again for every name, conjunct and party test
def _name_phrase(head: Token) -> list[Token]:
    """The tokens of one name phrase: the head and its compounds and appositions, not conjuncts."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in NAME_DEPS)
    return out


@token_memo  # read again for every reader of a clause
def _conjuncts(tok: Token) -> list[Token]:
    """A phrase's conjuncts; the parser may hang "and B" on the name in an apposition ("the minister,
    A, and his counterpart B"), so conjuncts are looked for on every word of the name phrase."""
    out = [tok]
    for word in _name_phrase(tok):
        for child in word.children:
            if child.dep_ == "conj" and not _negated_conj(child) and child.i not in {t.i for t in out}:
                out.extend(_conjuncts(child))
    return out


def _is_visiting(tok: Token) -> bool:
    """ "received visiting Minister X": a participle the parser hangs on a hosting verb; the host reads it."""
    cue = cue_of(tok)
    head_cue = cue_of(tok.head) if tok.head.i != tok.i else None
    return cue is not None and cue.frame == "visit" and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "amod", "acl") \
        and head_cue is not None and head_cue.frame == "host" and not any(c.dep_ == "aux" for c in tok.children)


def _is_party(tok: Token, ctx: DocContext) -> bool:
    """An unnamed person or group ("officials", "a delegation", "Iran's defence minister")."""
    lemma = tok.lemma_.lower()
    return lemma in words("party") or ctx.gaz.is_title(lemma) or ctx.gaz.is_title(tok.text)


def _is_person_like(tok: Token, reader: Reader) -> bool:
    return bool(reader.group(tok)) or _is_party(tok, reader.ctx) or tok.pos_ in ("PRON",)


def _phrase_tokens(head: Token) -> list[Token]:
    """A noun phrase with its prepositional attachments, without the clauses inside it
    ("X, who visited Y,")."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return out


def _phrase_ids(heads: list[Token]) -> set[int]:
    return {t.i for h in heads for t in _phrase_tokens(h)}


def _remote(tok: Token) -> bool:
    """A conversation by phone or video ("spoke by phone", "joined by video link")."""
    remote = words("remote")
    return any(t.lemma_.lower() in remote or t.lower_ in remote for t in tok.subtree)


# --- frames ----------------------------------------------------------------------------------------

@dataclass
class Clause:
    """A verb cue with the parties its clause names."""

    verb: Token
    cue: Cue
    subjects: list[str]  # named people in the subject (for a passive: in the "by" phrase)
    subject_heads: list[Token]
    passive: list[Token]  # passive subjects ("X was received by Y": X)
    skip: set[int]  # participant phrases, never searched for the place

    def draft(self, participants: list[str], kind: str, place: str | None) -> Draft:
        """A meeting Draft of this clause with the given participants (each once), kind and place."""
        return Draft(list(dict.fromkeys(participants)), kind, self.verb, place=place)

    def object(self) -> Token | None:
        """The direct object of the clause's verb, or None."""
        objects = [c for c in self.verb.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            # "signed, before the Head of State, a protocol": an object set off from its verb by a phrase between
            # commas, which the parser leaves unlabelled
            doc = self.verb.doc
            objects = [c for c in self.verb.children if c.dep_ == "dep" and c.pos_ == "NOUN" and c.i > self.verb.i
                       and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
        if not objects:
            return None
        head = objects[0]
        # "received the Vice-Minister of X": the parser may split a hyphenated noun into objects of their own,
        # word by word; the last of that run is the phrase's head
        for nxt in objects[1:]:
            if nxt.i != head.i + 1 or not any(t.text == "-" for t in (head, nxt)):
                break
            head = nxt
        return head


def _verb_drafts(tok: Token, cue: Cue, reader: Reader, read: set[int]) -> list[Draft]:
    """Drafts for a verb cue, by its frame; event nouns it reads in full go into ``read``."""
    if not reader.verb_happened(tok) or _is_visiting(tok):
        return []
    subject_heads = reader.subjects(tok)
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    # "the ceremony, which was attended by X": the relative pronoun stands for the noun the clause is on
    relative = bool(passive) and tok.dep_ == "relcl" and passive[0].tag_ in ("WDT", "WP")
    if relative:
        passive = [_occasion_of(tok.head)]
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
        or (_misplaced_agents(tok, reader.person_at) or _stranded_agents(tok) if passive else [])
    if cue.frame == "take_part":
        # "The talks were chaired by A and attended by B": two passives of one occasion share its subject and
        # tell one gathering of everyone in their "by" phrases
        shared = _shared_passive(tok)
        if shared is not None and not passive:
            return []  # the first verb tells the gathering, with this verb's agents
        if shared is not None:
            agents = list(dict.fromkeys(agents + shared))
    if not passive and agents and any(c.dep_ == "auxpass" for c in tok.children):
        passive, subject_heads = subject_heads, []  # "X arrived and was received by Y": X is received
    elif not passive and agents and tok.tag_ in ("VBN", "VBD") and not any(c.dep_ == "auxpass" for c in tok.children) \
            and (tok.dep_ in ("acl", "advcl") or _joined_participle(tok)):
        # "rites attended by X and Y", "a ceremony ... attended by X": a reduced passive on the noun before
        passive, subject_heads = [_participle_noun(tok)], []
    subjects = list(dict.fromkeys(n for a in agents for n in [*reader.group(a), *_listed_after(a.head, reader)])) \
        if passive else reader.subject_names(tok)
    clause = Clause(tok, cue, subjects, subject_heads, passive, _phrase_ids(subject_heads + passive + agents))
    if cue.frame == "tell":
        # "X told his Egyptian counterpart Y that...": speaking to one's counterpart is meeting them
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")), None)
        obj_cue = cue_of(obj) if obj is not None else None
        if obj_cue is not None and obj_cue.frame == "event" and obj_cue.kind in ("conference", "meeting") and not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in words("not_event") for c in obj.children):
            return _take_part_drafts(clause, reader, read)  # "told the summit that...": X addressed it
        if obj is None or not any(t.lemma_.lower() in words("counterpart") for t in _name_phrase(obj)):
            return []
        return _encounter_drafts(clause, reader)
    if cue.frame in ("meet", "host", "call"):
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _lemmas(tok) & words("companion"):
            return []  # "X, accompanied by Y, visited C": Y travelled with X (see _companions), not met
        return _encounter_drafts(clause, reader)
    if cue.frame in ("visit", "travel", "be"):
        return _visit_drafts(clause, reader)
    if cue.frame == "take_part":
        return _take_part_drafts(clause, reader, read)
    if cue.frame == "sign":
        return _sign_drafts(clause, reader)
    if cue.frame == "handover":
        item = clause.object() or (clause.passive[0] if clause.passive else None)
        return _handover_drafts(clause, reader, item) if item is not None and _handed(item, reader) else []
    return []


def _shared_passive(verb: Token) -> list[Token] | None:
    """For a passive take-part verb joined by "and" to another ("was chaired by A and attended by B"), sharing
    its subject: the other verb's agents; None when the verb stands alone."""
    first = verb.head if verb.dep_ == "conj" else verb
    joined = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if len(joined) < 2 or verb not in joined:
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not all((c := cue_of(v)) is not None and c.frame == "take_part" for v in joined):
        return None
    others = [p for v in joined if v.i != verb.i for c in v.children if c.dep_ == "agent"
              for p in c.children if p.dep_ == "pobj"]
    return others or None


def _pair_verb_read_as_noun(sent: Span, reader: Reader) -> list[Draft]:
    """ "The two sign a plan of cooperation": in the historic present of a timeline the parser may read "sign"
    (or "meet") after "the two" as a noun, the sentence's root, with the plan as its object; "the two" are
    then the sides of the meeting told just before."""
    root = sent.root
    if root.pos_ != "NOUN" or reader.last_pair is None:
        return []
    cue = _cue(root.lemma_, root.lower_, "VERB")
    objects = [c for c in root.children if c.dep_ in ("dobj", "obj")]
    pair = [c for c in root.children if c.i < root.i and c.lower_ in function_words("pair")]
    if cue is None or cue.frame not in ("sign", "meet") or not objects or not pair \
            or cue.frame == "sign" and not _is_agreement(objects[0]):
        return []
    cue_at, names = reader.last_pair
    if not _next_sentence(root.doc[cue_at], root):
        return []
    return [Draft(list(names), cue.kind, root)]


def _ceremonial_act_drafts(sent: Span, reader: Reader) -> list[Draft]:
    """ "A and B cut the ribbon together", "the plaque was unveiled by A and B", "A and B inaugurated the
    plant": people who performed one ceremonial act together were at one occasion (kept, like a ceremony,
    only when they are of two sides)."""
    drafts = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        # (the word lists first: the modality walk of verb_happened is the dearer test, and few verbs pass them)
        if tok.lemma_.lower() not in words("ceremonial_act") and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in words("ceremonial_object")
                for c in tok.children):
            continue
        if not reader.verb_happened(tok):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        heads = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"] \
            if passive else reader.subjects(tok)
        names = list(dict.fromkeys(n for h in heads for n in reader.group(h)))
        if len(names) < 2:
            continue
        draft = Draft(names, "conference", tok, place=reader.place(tok, _phrase_ids(heads)))
        draft.gathering = True
        drafts.append(draft)
    return drafts


def _hosted_setting_drafts(sent: Span, reader: Reader) -> list[Draft]:
    """ "X defended the budget in a session chaired by Y", "X spoke at a dinner hosted by Y": the clause's subject
    was at the occasion its setting phrase names, and met who chaired or hosted it (a verb of taking part reads
    "attended a meeting chaired by Y" itself)."""
    drafts = []
    for occasion in sent:
        if occasion.pos_ != "NOUN":
            continue
        hosts = _hosts(occasion, reader, set())
        verb = _governing_verb(occasion) if hosts else None
        if verb is None or not _is_setting(occasion, verb) or not reader.verb_happened(verb):
            continue
        cue = cue_of(verb)
        if cue is not None and cue.frame == "take_part":
            continue
        subjects = [n for n in reader.subject_names(verb) if n not in hosts]
        if len(subjects) == 1:
            drafts.append(Draft([subjects[0], *hosts], "meeting", verb))
    return drafts


def _verb_or_presence_drafts(tok: Token, cue: Cue, reader: Reader, read: set[int]) -> list[Draft]:
    """A verb cue's drafts; when a hosting or handover verb reads none ("received them at a ceremony together
    with Y"), the subject and Y at one occasion."""
    drafts = _verb_drafts(tok, cue, reader, read)
    if drafts or cue.frame not in ("host", "handover") or not reader.verb_happened(tok):
        return drafts
    heads = reader.subjects(tok)
    # "X greeted the crew together with Y": welcoming arrivals side by side is an occasion of its own
    # (and "received them alongside Y": whoever "they" are, X and Y received them side by side)
    jointly = cue.frame == "host" and any(c.dep_ in ("dobj", "obj") and (not _is_person_like(c, reader)
                                                                       or c.lower_ in function_words("plural_pronoun"))
                                          for c in tok.children)
    return _presence_with(Clause(tok, cue, reader.subject_names(tok), heads, [], _phrase_ids(heads)), reader, jointly)


def _encounter_drafts(clause: Clause, reader: Reader) -> list[Draft]:
    """ "A met B and C", "A hosted B", "B was received by A", "A phoned B": one record per counterpart."""
    tok, cue = clause.verb, clause.cue
    frame, kind = cue.frame, cue.kind
    obj = clause.object()
    obj_cue = cue_of(obj) if obj is not None else None
    item = obj if obj is not None else (clause.passive[0] if clause.passive else None)
    if cue.lemma == "receive" and item is not None and _handed(item, reader):
        return _handover_drafts(clause, reader, item)  # "received the jets from X"
    if frame == "host" and obj_cue is not None and obj_cue.frame == "event":
        if obj_cue.kind != "call":
            return []  # "hosted a summit": the noun's own frame reads it, with this subject
        frame, kind = "call", "call"  # "received a phone call from X"
        if any(c.dep_ in ("amod", "compound") and c.lower_ == "courtesy" for c in obj.children):
            kind = "meeting"  # "received a courtesy call from X": a visit in person
    elif frame == "host" and obj is not None and (_lemmas(obj) & words("message") or (
            cue.lemma == "receive" and not _is_person_like(obj, reader))):
        return []  # "received a letter from X", "received the warrant from the president" are no meetings
    if frame == "meet" and "obj" in cue.preps and obj is not None and not _is_person_like(obj, reader):
        return []  # "met the requirements"
    if frame == "meet" and cue.lemma == "exchange" and obj is not None and _lemmas(obj) & words("message"):
        return []  # "exchanged views with X" is talks; "exchanged letters with X" no meeting
    groups, unnamed = reader.counterparts(tok, cue, set(clause.subjects))
    if frame == "host" and obj is not None and not groups and obj.lemma_.lower() in words("meal"):
        # "hosted a dinner for X", "gave a banquet in honour of X": the guest is met
        for_cue = Cue(cue.lemma, cue.pos, kind, frame, frozenset({"for"}))
        honour = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("honour", "honor")]
        for holder in [obj, *honour]:
            more, _ = reader.counterparts(holder, for_cue if holder is obj else Cue(
                cue.lemma, cue.pos, kind, frame, frozenset({"of"})), set(clause.subjects))
            groups += more
    if frame == "call" and obj_cue is not None and not groups:  # "a phone call from X"
        from_cue = Cue(cue.lemma, cue.pos, kind, frame, obj_cue.preps | {"from"})
        groups, unnamed = reader.counterparts(obj, from_cue, set(clause.subjects))
    if not groups and frame == "meet":
        # "spoke by phone with X": the parser may hang the counterpart's "with" on the means, not the verb
        remote = words("remote")
        for means in (p for c in tok.children if c.dep_ == "prep" for p in c.children
                      if p.dep_ == "pobj" and p.lemma_.lower() in remote):
            more, unnamed = reader.counterparts(means, cue, set(clause.subjects))
            groups += more
    passive_names = [n for p in clause.passive for n in reader.group(p) or reader.leaders(p, set(clause.subjects))]
    if passive_names:  # "X was received by Y"; "a delegation led by X was received by Y"
        groups.append(passive_names)
    if frame == "call" and (not groups or _predicative(tok)):
        return []  # "called for talks", "called it a success", "called X a friend"
    skip = clause.skip | {t.i for c in tok.children if c.dep_ in ("dobj", "dative", "obj")
                          and _is_person_like(c, reader) for t in c.subtree}
    skip |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in cue.preps for t in c.subtree}
    # the object is searched only when it is the party met ("met X in Hanoi"), not a topic ("discussed
    # the situation in Darfur")
    place = reader.place(tok, skip, with_object=cue.object_is_counterpart)
    if frame in ("meet", "tell") and _remote(tok):
        kind = "call"
    if frame == "call" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "on":
        if any(t.dep_ in ("xcomp", "acl", "advcl", "ccomp", "relcl")
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in tok.subtree):
            return []  # "called on X to resign" is an appeal
        kind = "meeting"  # "called on the prime minister" is a visit to them, not a phone call
    host_place = reader.place_of(clause.subject_heads[0]) if clause.subject_heads else None
    if frame == "host" and not clause.subjects and host_place:
        return [clause.draft(g, "visit", host_place) for g in groups]  # "Hanoi hosted X": X visited
    host_ent = reader.ctx.ent_at.get(clause.subject_heads[0].i) if clause.subject_heads else None
    if frame == "host" and not clause.subjects and host_ent is not None and host_ent.label_ == "COUNTRY":
        # "Russia hosted X in Moscow": X, from another country, visited
        host_country = reader.ctx.token_country(clause.subject_heads[0])
        return [clause.draft(g, "visit", place) for g in groups
                if host_country is None or any(reader.ctx.affiliation.get(n) != host_country for n in g)]
    if not clause.subjects:
        if frame == "host" and len(groups) == 1 and len(groups[0]) == 1 and reader.verb_happened(tok):
            # "The President received X": the host unnamed, X is the guest whom a later "the audience was
            # attended by Y" pairs with Y
            reader.visitor = (tok.i, groups[0][0])
        return []  # "officials welcomed X", "the video showed X": no named host or party
    if not groups:
        if unnamed or (frame == "meet" and len(clause.subjects) >= 2):
            return [clause.draft(clause.subjects, kind, place)]  # "X met officials", "the two met"
        return []
    if passive_names and len(groups) == 1 and len(clause.subjects) > 1 and _hosts_apart(tok, reader):
        # "X was received by A and by B": each host met X, one record per counterpart
        return [clause.draft([host, *passive_names], kind, place) for host in clause.subjects]
    drafts = [clause.draft(clause.subjects + g, kind, place) for g in groups]
    if frame == "host" and obj is not None and drafts and reader.verb_happened(tok):
        met = [n for g in groups for n in g if n not in clause.subjects]
        for name in _received_delegation_heads(obj, reader, set(clause.subjects), met):
            trip = clause.draft([name], "visit", place)
            trip.trip = True
            drafts.append(trip)
    return drafts


def _received_delegation_heads(obj: Token, reader: Reader, hosts: set[str], met: list[str]) -> list[str]:
    """ "A received a delegation of the Israeli Ministry of Defence led by B", "A received B and his accompanying
    delegation": B came at the head of another state's delegation, a trip of B's own (a one-person visit besides
    the meeting). Not a firm's team ("a delegation of Boeing led by its vice-president"): the delegation's own
    words name a state, or the guest's stated country is not the host's. ``met``: the people the verb met."""
    ctx = reader.ctx
    out: list[str] = []
    for conj in _conjuncts(obj):
        if conj.lemma_.lower() != "delegation":
            continue
        own = [t for c in conj.children if c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "prep"
               and c.lower_ in ("of", "from") for t in c.subtree if t.dep_ != "acl" and t.head.dep_ != "acl"]
        states = {c for t in own if t.ent_type_ in ("COUNTRY", "GPE", "NORP", "MILITARY") or t.pos_ == "ADJ"
                  for c in [ctx.token_country(t)] if c}
        if states and not any(ctx.affiliation.get(h) in states for h in hosts):
            # (a leader whose long title pushes the name out of the phrase: the one person the verb met)
            leaders = reader.leaders(conj, hosts) or (met if len(_conjuncts(obj)) == 1 and len(met) == 1 else [])
            out += [n for n in leaders if n not in out]
        elif any(c.dep_ == "poss" and c.pos_ == "PRON" for c in conj.children) and conj.dep_ == "conj":
            # "received B and his accompanying delegation": B, the person the delegation is conjoined with
            guests = [n for n in reader.names(conj.head, hosts, with_conj=False) if n not in out]
            home = {ctx.affiliation.get(h) for h in hosts} - {None}
            # the guest's state: stated for the person, or by the guest's own title ("Spanish armament chief B")
            titled = {c for t in conj.head.subtree if t.i < conj.head.i and t.dep_ in ("amod", "compound", "nmod")
                      and (t.ent_type_ in ("COUNTRY", "GPE", "NORP", "MILITARY") or t.pos_ == "ADJ")
                      for c in [ctx.token_country(t)] if c}
            out += [n for n in guests if home and (({ctx.affiliation.get(n)} - {None}) or titled) - home
                    and not home & (({ctx.affiliation.get(n)} - {None}) or titled)]
    return out


def _hosts_apart(verb: Token, reader: Reader) -> bool:
    """A passive whose "by" phrases name their people each on their own ("by A, and by B", "by A and B"),
    not one phrase that names a pair ("by the two presidents")."""
    # (a "by" phrase the parser hung on the place before it counts: "received at the ministry by A and by B")
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
        or _misplaced_agents(verb, reader.person_at)
    return bool(agents) and not any(a.lower_ in function_words("pair") or _pair_head(a) and any(
        c.lower_ in function_words("pair") for c in a.children) for a in agents)


def _predicative(verb: Token) -> bool:
    """ "called X a friend": a noun right after the object (no comma) says what X was called."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        for c in [*obj.children, *verb.children]:
            if c.dep_ in ("appos", "oprd") and c.pos_ in ("NOUN", "ADJ") and c.i > obj.i \
                    and c.doc[c.left_edge.i - 1].text != ",":
                return True
    return False


def _handed(item: Token, reader: Reader) -> bool:
    """Whether a noun phrase names something handed over in person: military equipment (a weapon
    category or system) or a token of office ("the keys", "his credentials"), not a letter or support."""
    gaz = reader.ctx.gaz
    if item.lemma_.lower() in words("handed") or item.lower_ in words("handed"):
        return True
    # "the patrol boats": the category may be named by the noun with its compounds only
    compounds = " ".join([*(c.text for c in item.children if c.dep_ == "compound" and c.i < item.i), item.text])
    if gaz.category_of(item.text) or gaz.category_of(item.lemma_) or gaz.category_of(compounds):
        return True
    return any(t.pos_ == "PROPN" and gaz.weapon(t.text) for t in _phrase_tokens(item))


def _joined_participle(participle: Token) -> bool:
    """ "were presented in a ceremony held in C and attended by X": the parser may join the second participle
    of an event noun to the main verb; it is one when an event noun comes before it in that verb's phrases."""
    if participle.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in participle.children):
        return False
    return _participle_noun(participle).pos_ in ("NOUN", "PROPN")


def _occasion_of(noun: Token) -> Token:
    """ "a ceremony in Cairo, which was attended by X": the parser may hang the relative clause on the place
    inside an event noun's phrase; the event noun is what the clause is about."""
    tok = noun
    for _ in range(2):
        if (c := cue_of(tok)) is not None and c.frame == "event":
            return tok
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = tok.head.head
    return tok if (c := cue_of(tok)) is not None and c.frame == "event" else noun


def _participle_noun(participle: Token) -> Token:
    """The noun a reduced passive ("attended by X") is on: its head, or when the parser hangs the participle on
    the verb ("were handed over at a ceremony in C attended by X"), the event noun just before it in that
    verb's phrases."""
    head = participle.head
    if participle.dep_ == "conj" and head.dep_ == "acl" and head.tag_ == "VBN":
        return _participle_noun(head)  # "a ceremony presided over by X and attended by Y": the first one's noun
    if head.pos_ not in ("VERB", "AUX"):
        return head
    before = [t for t in head.subtree if t.i < participle.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj"
              and (c := cue_of(t)) is not None and c.frame == "event"]
    return before[-1] if before else head


def _setting_place(noun: Token, reader: Reader, skip: set[int]) -> str | None:
    """ "were delivered in C at a ceremony": the place of the verb an occasion is the setting of is the
    occasion's place; "the ceremony ... took place in C": the place of the verb it is the subject of."""
    if noun.dep_ in ("nsubj", "nsubjpass") and _lemmas(noun.head) & words("venue"):
        return reader.place(noun.head, skip | {t.i for t in noun.subtree})
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return reader.place(prep.head, skip | {prep.i})


def _handover_drafts(clause: Clause, reader: Reader, item: Token) -> list[Draft]:
    """ "X received the jets from Y", "the corvettes were received by X, together with Y", "Y handed over
    the aircraft to X": a handover is an occasion; everyone named at it is there (a gathering, kept only
    with people of two sides, and joined by the document's other mentions of the ceremony)."""
    tok, cue = clause.verb, clause.cue
    present = list(clause.subjects)
    by = [p for t in _phrase_tokens(tok) if t.dep_ == "prep" and t.lower_ == "by" and t.i > tok.i
          for p in t.children if p.dep_ == "pobj"] if clause.passive and not present else []
    present += [n for p in by for n in reader.group(p) if n not in present]  # "received at the base by X"
    # the giver ("from Y", "to X") and those beside the receiver ("together with Y", "alongside Y")
    sides = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, cue.preps | COMPANION_PREPS | {"with"})
    holders = [tok, *(p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), *by]
    for holder in holders:
        groups, _ = reader.counterparts(holder, sides, set(present))
        present += [n for g in groups for n in g if n not in present]
    # "the credentials of X"; "received the jets from X": the parser may hang "from" on the thing
    owner = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, frozenset({"of", "from"}))
    present += [n for g in reader.counterparts(item, owner, set(present))[0] for n in g if n not in present]
    # "received by the minister, Dr A, together with the chief of staff, General B, and the ambassador,
    # Mr C": the parser scatters a list of titled names over the clause; everyone it names was there
    present += [n for n in _clause_names(tok, reader) if n not in present]
    if not present:
        return []
    skip = clause.skip | _phrase_ids([item]) | {t.i for h in holders[1:] for t in _phrase_tokens(h)}
    # "received the jets in C": the parser may hang the place on the thing handed over
    # ("received by X from Y in C": or on the people's phrases)
    place = reader.place(tok, skip) or _city_in(item, reader) or next(
        (c for h in holders[1:] for c in [_city_in(h, reader)] if c), None)
    draft = clause.draft(present, "meeting", place)
    draft.gathering = True
    return [draft]


def _hosts(occasion: Token, reader: Reader, exclude: set[str]) -> list[str]:
    """Who hosts an occasion, from a participle on its noun: "a dinner hosted by X", "a meeting chaired by Y"."""
    return list(dict.fromkeys(
        n for acl in occasion.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
        and acl.lemma_.lower() in words("host_by")
        for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"
        for n in reader.group(p, exclude) if n not in exclude))


def _caption_drafts(sent: Span, reader: Reader) -> list[Draft]:
    """A photo caption without a verb: "General A (left) with Admiral B in Colombo on Monday" shows A and B
    together."""
    root = sent.root
    if any(t.pos_ in ("VERB", "AUX") for t in sent) or root.pos_ not in ("NOUN", "PROPN"):
        return []
    shown = reader.names(root, with_conj=False)
    if not shown:
        return []
    withs = [p for c in root.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
             for p in c.children if p.dep_ == "pobj"]
    drafts = []
    for head in withs:
        for conj in _conjuncts(head):
            met = [n for n in reader.names(conj, set(shown), with_conj=False) if n not in shown]
            if met:
                skip = _phrase_ids([root, head]) - {t.i for t in head.subtree if t.dep_ == "prep" or t.head.dep_ == "prep"}
                drafts.append(Draft([*shown, *met], "meeting", root, place=reader.place(head, skip) or reader.place(root, skip)))
    return drafts


def _clause_names(verb: Token, reader: Reader) -> list[str]:
    """The people named in a verb's own clause, not in a clause below it ("the jets, ordered by X,")."""
    found: list[str] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        name = reader.person_at.get(tok.i)
        if name and name not in found:
            found.append(name)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return found


def _visit_drafts(clause: Clause, reader: Reader) -> list[Draft]:
    """ "X visited C", "X toured a plant in C", "X arrived in C", "X was in C": a visit by X."""
    tok, frame = clause.verb, clause.cue.frame
    subjects = clause.subjects
    if frame == "visit" and tok.dep_ == "amod" and tok.tag_ == "VBG":
        # "the visiting Saudi minister, X": X's own trip
        names = reader.names(tok.head, with_conj=False)
        after = tok.head.right_edge.i + 1
        if not names and after + 1 < len(tok.doc) and tok.doc[after].text == ",":
            # the parser may hang the apposition on another word of the sentence
            names = [n for n in [reader.person_at.get(after + 1)] if n]
        draft = clause.draft(names, "visit", None)
        draft.trip = True
        return [draft] if draft.participants else []
    fronted = _fronted_presence(clause, reader) if frame == "be" else []
    if fronted or not subjects:
        return fronted
    obj = clause.object()
    if frame == "visit" and obj is not None:
        met = [g for conj in _conjuncts(obj) for g in [reader.names(conj, set(subjects), with_conj=False)] if g]
        if met:  # "visited President X": a meeting
            place = reader.place(tok, clause.skip | _phrase_ids([obj]))
            return [clause.draft(subjects + g, "meeting", place) for g in met]
    at_occasion = _presence_with(clause, reader) if frame == "be" else []
    if at_occasion:
        return at_occasion
    if frame == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in tok.children):
        # "A, B and C were present": everyone the subject lists was there
        present = [reader.person_at[t.i] for h in clause.subject_heads for t in h.subtree if t.i in reader.person_at]
        draft = clause.draft(subjects + present, "conference", reader.place(tok, clause.skip))
        draft.gathering = True
        return [draft]
    if frame == "travel" and tok.lemma_.lower() in words("return"):
        return _return_drafts(clause, reader)
    party_trip = frame == "travel" and tok.lemma_.lower() in words("party_trip")
    if party_trip and (obj is None or not _is_party(obj, reader.ctx)):
        return []  # "led a delegation to C" is a trip; "led troops into C" is not
    stay = frame == "travel" and tok.lemma_.lower() in words("stay")
    if stay and (obj is None or obj.lemma_.lower() not in words("stay_span")):
        return []  # "spent two days in C" is a trip; "spent $2 billion in C", "spent two years in C" are not
    # "led his country's delegation to C": the parser may hang the destination on the party led
    place = reader.place(tok, clause.skip, with_object=frame == "visit" or party_trip)
    if frame == "travel" and obj is not None and not stay and not _is_party(obj, reader.ctx) \
            and obj.ent_type_ not in PLACE_LABELS and not reader.ctx.token_country(obj):
        return []  # "heads procurement at the ministry", "landed a contract in C": no motion
    # "X flew in for the final day", "X, who flew in from C on Monday, said": an arrival here, where the story is
    # written, with no place of its own ("flew in from C after a visit to D" tells its trip by the visit's noun);
    # "arrived in the capital": the bare definite capital is that place too
    here_noun = place is None and _here_destination(tok, frame)
    here = here_noun or frame == "travel" and place is None and _flew_in_from(tok) and not any(
        (trip := cue_of(p)) is not None and trip.frame == "event" and trip.kind == "visit"
        for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
    if frame in ("travel", "be"):
        destination = place is not None or any(
            reader.ctx.token_country(t) for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
            for t in c.subtree if t.ent_type_ in ("COUNTRY", "GPE", "LOCATION")
            and (frame != "be" or not _inside_other_noun(t, c)))
        # "X, who travelled with the Prime Minister's delegation, ...": going along with a delegation is a trip
        # even where the text names its destination elsewhere
        with_party = frame == "travel" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.lemma_.lower() in words("travel_party")
                                                          for p in c.children) for c in tok.children)
        if not destination and not with_party and not here and not _arrived_to_be_met(tok):
            return []  # "came to power", "went to war"
        if frame == "be" and any(c.dep_ in ("acomp", "attr") for c in tok.children):
            return []  # "was happy in Hanoi", "was the host in X"
    if here:
        place = reader.ctx.dateline_city()
    draft = clause.draft(subjects, clause.cue.kind, place)
    draft.destination = _destination(tok, place, reader)
    companions = [d for h in clause.subject_heads for d in _companions(h, reader, subjects, place)]
    if frame == "visit":
        # "X visited the base with French Minister Y": an official of another state along on the visit was met
        hosts = _foreign(_along_with(tok, reader, subjects, frozenset({"with", "alongside"})), subjects, reader)
        companions += [clause.draft(subjects + [n], clause.cue.kind, place) for n in hosts]
        # "visited A's plant in C and B's in D": a possessive joined to the first site, its noun elided, with a
        # place of its own is a second site visited, a trip to that place too
        for t in (obj.subtree if obj is not None else []):
            if t.dep_ == "conj" and t.i > obj.i and any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'")
                                                        for c in t.children):
                # its place phrase follows it, wherever the parser hangs it (on it, on the first place, on the verb)
                near = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
                if near is None or near.dep_ != "prep" or near.lower_ not in ("in", "at"):
                    continue
                other = next((found for p in near.children if p.dep_ == "pobj" and (found := reader.place_of(p))), None)
                first = reader.place(obj, clause.skip | {x.i for x in near.subtree})
                if other and first and other != first:
                    draft.place = place = first
                    second = clause.draft(list(subjects), clause.cue.kind, other)
                    second.trip = True
                    companions.append(second)
        if obj is not None and not any(c.place and c.participants == subjects for c in companions):
            companions += _second_site(clause, reader, obj, draft)
    draft.joins_signing = any(
        c.dep_ == "prep" and c.lower_ == "for" and (noun_cue := cue_of(p)) is not None and noun_cue.kind == "signing"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in p.children)
        for c in tok.children for p in c.children if p.dep_ == "pobj")
    draft.trip = frame in ("visit", "travel") or here_noun or any(  # "has been on a visit to C"
        cue_of(p) is not None and cue_of(p).kind == "visit"
        for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
    draft.referred = bool(clause.subject_heads) and not any(
        t.i in reader.person_at for h in clause.subject_heads for t in _name_phrase(h))
    return [draft, *companions] if draft.trip else [draft]


def _second_site(clause: Clause, reader: Reader, obj: Token, draft: Draft) -> list[Draft]:
    """ "visited A's yard at C in May and B's shipyard at D in June": a second site with a place of its own, joined
    by "and" after the first, is a second trip to that place, dated by its own date phrase. Read in word order, as
    the parser hangs the second site anywhere (on the verb, on the first site, on the first date)."""
    tok, doc = clause.verb, clause.verb.doc
    end = tok.sent.end
    for cc in (t for t in doc[obj.i + 1:end] if t.lower_ == "and" and t.pos_ == "CCONJ"):
        # the noun phrase that opens right after "and": its words up to its head noun, no verb among them
        site = None
        for u in doc[cc.i + 1:min(end, cc.i + 6)]:
            if u.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "PRON") or u.i in reader.person_at:
                break
            if u.pos_ == "NOUN":
                site = u
                break
        if site is None or site.i + 2 >= end:
            return []
        prep = doc[site.i + 1]
        if prep.lower_ not in ("at", "in") or prep.pos_ != "ADP":
            return []
        other = reader.place_of(doc[site.i + 2])
        first = draft.place or reader.place(obj, clause.skip)
        if not other or not first or other == first:
            return []
        second = clause.draft(list(clause.subjects), clause.cue.kind, other)
        second.trip = True
        place_end = reader.ctx.ent_at[site.i + 2].end
        if place_end + 1 < end and doc[place_end].lower_ in ("in", "on") and place_end + 1 in reader.ctx.ent_at \
                and reader.ctx.ent_at[place_end + 1].label_ == "DATE":
            second.own_date = reader.ctx.ent_at[place_end + 1]
        draft.place = draft.place or first
        return [second]
    return []


def _return_drafts(clause: Clause, reader: Reader) -> list[Draft]:
    """ "X returned from Kigali", "after returning from C": a trip to the place X came back from, told by its
    end. Only a place named right in the "from" phrase (not "returned from exile in C", not "returned to C":
    one returns home)."""
    places = [p for c in clause.verb.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in c.children if p.dep_ == "pobj"]
    place = next((found for p in places for found in [reader.place_of(p)] if found), None)
    if place is None and not any(reader.ctx.token_country(p) for p in places):
        return []
    draft = clause.draft(clause.subjects, "visit", place)
    draft.trip = True
    draft.destination = place
    return [draft]


def _inside_other_noun(tok: Token, prep: Token) -> bool:
    """Whether ``tok`` hangs below ``prep`` through another noun's preposition ("was in the final stage of talks
    with C"): being in that stage is no being in C, unlike "was in C" or "was in the capital, C"."""
    head = tok
    while head.i != prep.i and head.head.i != head.i:
        if head.dep_ == "pobj" and head.head.i != prep.i:
            return True
        head = head.head
    return False


def _arrived_to_be_met(verb: Token) -> bool:
    """ "X, who arrived on Sunday, was received by Y", "X, who flew in from C for the occasion, signed ...",
    "attended by A and by B, who flew in from C": an arrival told of a guest whose clause tells the meeting,
    signing or occasion they came for; the place is where that was (an arrival word, or a motion verb with
    "in" and a "from" phrase: "X, who came to power in 2019, met Y" tells no trip)."""
    if verb.dep_ != "relcl" or not (verb.lemma_.lower() in words("arrival") or _flew_in_from(verb)):
        return False
    guest = verb.head
    while guest.dep_ in ("appos", "compound", "flat", "conj") and guest.head.i != guest.i:
        guest = guest.head  # "Chile's army chief, General X, who arrived ...": the title heads the subject
    if guest.dep_ in ("nsubj", "nsubjpass"):
        main = guest.head
    elif guest.dep_ in ("pobj", "npadvmod", "dep", "appos"):
        # "attended by A and by B, who flew in": B in the "by" phrase (repeated after "and", hanging on the verb),
        # or B's name set off after the title in it ("by C's ambassador, B, who ..."), which the parser hangs on
        # the verb itself
        main = guest.head
        if guest.dep_ == "pobj":
            if main.lower_ != "by" or main.dep_ not in ("agent", "conj"):
                return False
            main = main.head.head if main.head.dep_ == "agent" else main.head
        main_cue = cue_of(main)
        # the occasion attended is the passive's subject, or the noun the participle modifies ("a ceremony
        # attended by A and B, who flew in for it")
        occasion = any(c.dep_ == "nsubjpass" for c in main.children) or (
            main.dep_ == "acl" and (main.head.lemma_.lower() in words("gathering") or (
                (held := cue_of(main.head)) is not None and held.frame == "event")))
        return main_cue is not None and main_cue.frame == "take_part" and occasion and any(
            c.dep_ == "agent" and c.i < guest.i for c in main.children)
    else:
        return False
    main_cue = cue_of(main)
    if main_cue is not None and main_cue.frame == "take_part":
        # "X, who arrived on Sunday, held talks with Y": a verb holding a meeting noun tells the meeting too
        return any(c.dep_ in ("dobj", "obj") and (held := cue_of(c)) is not None and held.kind in ("meeting", "signing")
                   for c in main.children)
    return main_cue is not None and main_cue.frame in ("meet", "host", "sign")


def _here_destination(verb: Token, frame: str) -> bool:
    """ "arrived in the capital", "was in the city to inspect the base": a bare definite "the capital" or "the city"
    as the destination names where the story is written from; with "be" only when a purpose clause tells why the
    person was there ("was in the capital when the coup began" tells no trip)."""
    if frame not in ("travel", "be"):
        return False
    for p in (p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
              for p in c.children if p.dep_ == "pobj"):
        if p.lemma_.lower() not in words("here_place") or [d.lower_ for d in p.children if d.dep_ != "acl"] != ["the"]:
            continue
        if frame == "travel":
            return True
        # the purpose clause, hung on the verb or on the place noun
        return any(c.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in [*verb.children, *p.children])
    return False


def _flew_in_from(verb: Token) -> bool:
    """ "flew in from C", "came in from C", "flew in on Thursday", "flew in for the handover": a motion verb with the
    particle "in" and a "from" phrase naming a place, or a date, an occasion or the clause's end right after it,
    tells an arrival here, wherever "here" is ("came in for criticism", "came in second" tell none)."""
    cue = cue_of(verb)
    if cue is None or cue.frame != "travel" or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "in" and c.i == verb.i + 1 for c in verb.children):
        return False
    after = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) else None
    dated = after is None or after.is_punct or after.ent_type_ == "DATE" or (
        after.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in after.children))
    # "flew in for the ceremony", "came in for the talks": the occasion the guest came for ("came in for
    # criticism" names none)
    dated = dated or (after.dep_ == "prep" and after.lower_ == "for" and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in words("gathering") or (
            (held := cue_of(p)) is not None and held.frame == "event")) for p in after.children))
    return dated or any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.dep_ == "pobj" and p.ent_type_ in PLACE_LABELS | {"COUNTRY"} for p in c.children) for c in verb.children)


def _fronted_presence(clause: Clause, reader: Reader) -> list[Draft]:
    """ "Present at the handover were A and B", "Also present were A", "Watching the flypast were A and B":
    a predicate fronted before "be" says everyone named after it was at the occasion (a gathering: kept only
    with people of two sides)."""
    tok = clause.verb
    if _spectator_aux(tok):
        # "Observing the drill were A and B": the parser may read "were" as the participle's auxiliary
        tok = tok.head
        fronted = [tok]
        listed = [c for h in (tok, clause.verb) for c in h.children
                  if c.i > clause.verb.i and c.dep_ in ("dobj", "attr", "nsubj")]
    else:
        fronted = [c for c in tok.children if c.i < tok.i and (
            (c.dep_ == "acomp" and c.lower_ == "present")
            or (c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in words("spectate"))
            # "Among those present were A and B"
            or (c.dep_ == "prep" and c.lower_ == "among" and any(t.lower_ == "present" for t in c.subtree)))]
        listed = [c for c in tok.children if c.i > tok.i and c.dep_ in ("attr", "nsubj")]
    if not fronted or not listed:
        return []
    names = list(dict.fromkeys(n for h in listed for n in reader.group(h)))
    if not names:
        return []
    skip = clause.skip | _phrase_ids(listed)
    draft = clause.draft(names, "conference", reader.place(tok, skip))
    draft.gathering = True
    return [draft]


def _spectator_aux(be: Token) -> bool:
    """ "Watching the parade were ...": "were" read as the auxiliary of a sentence-initial spectator's participle
    that has no subject of its own."""
    head = be.head
    return be.dep_ == "aux" and head.tag_ == "VBG" and head.i < be.i and head.i == head.sent.start \
        and head.lemma_.lower() in words("spectate") and not any(c.dep_ == "nsubj" and c.i < be.i for c in head.children)


def _taken_delivery(obj: Token | None) -> Token | None:
    """ "took delivery of the jets": the thing delivered, or None."""
    if obj is None or obj.lemma_.lower() != "delivery":
        return None
    return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def _presence_with(clause: Clause, reader: Reader, jointly: bool = False) -> list[Draft]:
    """ "X was at the ceremony together with Y", "X was present at the handover alongside Y": X and Y were at
    one occasion (a gathering: kept only with people of two sides); ``jointly``: the verb's act is itself the
    occasion ("greeted the crew together with Y"), only "together with" or a companion word joins Y to it."""
    tok = clause.verb
    holders = [tok, *(c for c in tok.children if c.dep_ == "acomp")]
    occasions = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in words("gathering")]
    if not (occasions or jointly) or not clause.subjects:
        return []
    preps = COMPANION_PREPS | ({"with"} if occasions else set())
    beside = list(dict.fromkeys(n for h in holders for n in _along_with(h, reader, clause.subjects, preps)))
    if not beside:
        return []
    skip = clause.skip | {t.i for n in beside for t in _phrase_tokens(tok) if reader.person_at.get(t.i) == n}
    draft = clause.draft(clause.subjects + beside, "conference",
                         (reader.place(occasions[0], skip) if occasions else None) or reader.place(tok, skip))
    draft.gathering = True
    return [draft]


def _take_part_drafts(clause: Clause, reader: Reader, read: set[int]) -> list[Draft]:
    """ "X held talks with Y", "X attended a summit in C", "X chaired a meeting of the group"."""
    tok, cue = clause.verb, clause.cue
    subjects = clause.subjects
    if not subjects:
        return []
    obj = clause.object()
    if obj is not None and obj.lemma_ == "part":  # "took part in"
        obj = None
    delivered = _taken_delivery(obj)
    if cue.lemma == "take" and delivered is not None and _handed(delivered, reader):
        # "took delivery of the jets from X": a handover, received from X
        receive = Clause(tok, Cue(cue.lemma, cue.pos, "meeting", "handover", frozenset({"from"})), subjects,
                         clause.subject_heads, clause.passive, clause.skip | {obj.i})
        return _handover_drafts(receive, reader, delivered)
    if obj is None:
        pobjs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in cue.preps
                 for p in c.children if p.dep_ == "pobj"]
        # "took part in Bamako in a meeting of ...": the gathering, not the city before it
        obj = next((p for p in pobjs if (c := cue_of(p)) is not None and c.frame == "event"), pobjs[0] if pobjs else None)
    if obj is None and clause.passive:  # "the summit was attended by X"
        obj = clause.passive[0]
    if obj is None:
        return _attended_with(clause, reader)
    noun_cue = cue_of(obj)
    if noun_cue is None or noun_cue.frame != "event":
        met = [g for conj in _conjuncts(obj) for g in [reader.names(conj, set(subjects), with_conj=False)] if g] \
            if cue.lemma in words("join_person") and obj.i not in clause.skip else []
        if met:  # "X joined General Y and his team at the base": X was with Y
            place = reader.place(tok, clause.skip | _phrase_ids([obj]))
            return [clause.draft(subjects + g, "meeting", place) for g in met]
        if cue.lemma not in words("attend_any"):
            return []
        hosts = _hosts(obj, reader, set(subjects))
        if hosts:  # "attended a dinner hosted by X": X was met
            place = reader.place(tok, clause.skip | _phrase_ids([obj]))
            return [clause.draft(subjects + hosts, "meeting", place)]
        # "attended the handover alongside Minister X" (the parser may hang the phrase on the place before
        # it): X was there too
        beside = _along_with(tok, reader, subjects, COMPANION_PREPS)
        companions = [p for p in tok.subtree if p.dep_ == "prep" and (p.lower_ in COMPANION_PREPS or _together_with(p))]
        skip = clause.skip | {t.i for p in companions for t in p.subtree}
        # "the handover in C was witnessed by X": the place of the occasion, a passive subject
        place = reader.place(tok, skip, with_object=True) or reader.place(obj, skip - _phrase_ids([obj])) \
            or _city_in(obj, reader)  # "the commissioning of the ship in C"
        draft = clause.draft(subjects + beside, cue.kind, place)
        draft.gathering = obj.lemma_.lower() in words("gathering")  # "graced the occasion"
        return [draft]
    if not (clause.verb.dep_ == "relcl" and obj.i in (clause.verb.head.i, _occasion_of(clause.verb.head).i)):
        # "said at the ceremony, which was attended by X" (or "at a ceremony at the base, which ...", the clause
        # hung on the place in the occasion's phrase): the noun's own clause is read too
        read.add(obj.i)
    if not reader.noun_happened(obj):
        return []
    kind = _noun_kind(obj, noun_cue, reader)
    groups, _ = reader.counterparts(obj, noun_cue, set(subjects))
    if not groups:  # "held talks ... with X": the parser may hang the counterpart on the verb
        on_verb = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, noun_cue.preps)
        groups, _ = reader.counterparts(tok, on_verb, set(subjects))
    skip = (clause.skip - _phrase_ids([obj])) | {t.i for c in obj.children if c.dep_ == "prep"
                                                 and c.lower_ in noun_cue.preps for t in c.subtree}
    # "witnessed the signing of the accord in C": a city deeper in the occasion's phrase
    place = reader.place(obj, skip) or reader.place(tok, skip | {obj.i}) or _setting_place(obj, reader, skip) \
        or _city_in(obj, reader)
    hosts = _hosts(obj, reader, set(subjects))
    if not groups and hosts:  # "attended a meeting chaired by X"
        groups = [hosts]
    gathering = obj.lemma_.lower() in words("gathering")
    # "attended the ceremony with Ambassador Y": at an occasion, the one "with" the subject was there too
    beside = _along_with(tok, reader, subjects, COMPANION_PREPS | ({"with"} if gathering else set())) \
        if not groups else []
    if beside and (cue.lemma in words("attend_any") or gathering):
        # "attended the ceremony along with Admiral Y": Y was there too
        draft = clause.draft(subjects + beside, kind, place)
        draft.gathering = kind == "conference" and obj.lemma_.lower() in words("gathering")
        return [draft]
    if groups:
        kind = "meeting" if kind == "conference" else kind  # "a summit with X" is a meeting of two
        return [clause.draft(subjects + g, kind, place) for g in groups]
    if cue.frame == "tell" or cue.lemma == "address":
        kind = "conference"  # "told the meeting", "addressed the meeting": a speaker before a gathering
    travellers = _came_for(obj, clause, reader, set(subjects)) if gathering else []
    if travellers:
        # "A travelled to C for the ceremony, which was also attended by B": both were at the ceremony
        return [clause.draft(travellers + [n], "visit", place) for n in subjects]
    draft = clause.draft(subjects, kind, place)
    draft.gathering = kind == "conference" and obj.lemma_.lower() in words("gathering")
    # "The meeting was attended by X": the meeting just reported, with X there too
    draft.joins_previous = kind == "meeting" and bool(clause.passive) and obj.i == clause.passive[0].i \
        and (any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children) or _held_talks(obj, tok))
    # "The Minister, General Y, attended the audience": the audience just reported, Y there too
    draft.joins_previous = draft.joins_previous or kind == "meeting" and obj.dep_ in ("dobj", "obj") \
        and obj.head.i == tok.i and _bare_definite(obj)
    return [draft]


def _came_for(occasion: Token, clause: Clause, reader: Reader, exclude: set[str]) -> list[str]:
    """ "A flew to C for the ceremony, which was attended by B": the people whose trip the occasion was the
    purpose of ("for"/"to" the occasion on a travel or visit verb), when the attending clause hangs on the
    occasion noun as a relative clause."""
    if clause.verb.dep_ != "relcl" or occasion.i != clause.verb.head.i or occasion.dep_ != "pobj" \
            or occasion.head.lower_ not in ("for", "to") or occasion.head.dep_ != "prep":
        return []
    trip = occasion.head.head
    trip_cue = cue_of(trip)
    if trip.pos_ not in ("VERB", "AUX") or trip_cue is None or trip_cue.frame not in ("travel", "visit") \
            or not reader.verb_happened(trip):
        return []
    return [n for h in reader.subjects(trip) for n in reader.group(h, exclude) if n not in exclude]


def _attended_with(clause: Clause, reader: Reader) -> list[Draft]:
    """ "X attended with Minister Y", "X attended alongside Y": attending with no occasion named is presence at
    the one just told, and a companion of another state was there with X (a ceremony counts with officials of
    two states named as present)."""
    tok, subjects = clause.verb, clause.subjects
    if clause.cue.lemma not in words("attend_any") or clause.passive or not reader.verb_happened(tok):
        return []
    home = {reader.country_of(s) for s in subjects}
    if None in home and len(home - {None}) == 1 and not clause.passive and all(
            _posted_envoy(s, reader) for s in subjects if reader.country_of(s) is None) \
            and _occasion_told_before(tok) and not _along_with(tok, reader, subjects, COMPANION_PREPS | {"with"}):
        # "Ambassador A and the Minister of Defence of C, B, attended": an ambassador is posted to another state
        # than his own, so beside one state's official he is the other side, his state unsaid
        home = {*(home - {None}), "(envoy)"}
    if None in home:
        return []  # a subject of no stated state: whether the two sides differ is unknown
    # "with her deputy, Y": one of the subject's own party, whatever state the text leaves unsaid for Y
    own_party = any(c.dep_ == "poss" and c.pos_ == "PRON" for p in tok.children if p.dep_ == "prep"
                    for o in p.children if o.dep_ == "pobj" for c in o.children)
    beside = [n for n in _along_with(tok, reader, subjects, COMPANION_PREPS | {"with"})
              if reader.country_of(n) not in home and not (own_party and reader.country_of(n) is None)]
    if not beside and len(home) >= 2 and _occasion_told_before(tok):
        # "The handover ceremony was held at the base in C. Ambassador A and Minister B attended and delivered
        # speeches.": officials of two states attending the occasion just told, together
        draft = clause.draft(subjects, "conference", reader.place(tok, clause.skip))
        draft.gathering = True
        return [draft]
    if not beside:
        return []  # "attended with his wife": no official of a second state
    return [clause.draft(subjects + beside, "meeting", reader.place(tok, clause.skip))]


def _posted_envoy(name: str, reader: Reader) -> bool:
    """Whether the document titles a person ambassador (an envoy posted to a state other than his own)."""
    return any(p.name == name and any("ambassador" in t.title.lower() for t in p.titles)
               for p in reader.ctx.analysis.people)


def _occasion_told_before(verb: Token) -> bool:
    """Whether an occasion noun (a gathering: "ceremony", "handover") is told in the verb's sentence before it or
    in the sentence before: what an object-less "attended" refers to."""
    sent = verb.sent
    start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words("gathering") for t in verb.doc[start:verb.i])


def _held_talks(noun: Token, verb: Token) -> bool:
    """ "A and B held talks which were also attended by X", "After a meeting, which was also attended by X, ...":
    a relative clause on talks the clause's own verb reports (a meeting verb with a subject of its own), or that
    only date the clause's act (the meeting just told), which X joined."""
    gov = _governing_verb(noun)
    cue = cue_of(gov) if gov is not None else None
    if verb.dep_ != "relcl" or verb.head.i != noun.i:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS:
        return True  # "After a meeting at the ministry, which was also attended by X, ...": the one just told
    return cue is not None and cue.frame in ("take_part", "meet") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                          for c in gov.children)


#: Prepositions that name a co-signer beside the signer ("signed the accord alongside X").
SIGN_BESIDE = frozenset({"alongside"})


def _sign_drafts(clause: Clause, reader: Reader) -> list[Draft]:
    """ "A and B signed an agreement", "the contract was signed by A", "A signed a deal with B"."""
    obj = clause.object()
    about = obj if obj is not None else (clause.passive[0] if clause.passive else None)
    described = None
    if about is not None and obj is None and clause.verb.dep_ == "acl" and not _is_agreement(about):
        described = _described_agreement(about)
        about = described or about
    behalf = _signatory_phrases(clause.verb, reader)
    # "where he signed alongside X": a co-signer named beside the signer makes a signing with no document named
    beside = [p for p in clause.verb.children if p.dep_ == "prep" and p.lower_ in SIGN_BESIDE
              and any(t.i in reader.person_at for t in p.subtree)]
    if about is None and not behalf and not beside \
            or about is not None and about is not described and not _is_agreement(about):
        return []  # "signed a law", "signed off"; "signed for Kenya" is a signatory's act
    signers = list(clause.subjects)
    head = clause.verb.head
    if behalf and clause.verb.dep_ == "conj" and (head_cue := cue_of(head)) is not None and head_cue.frame == "sign":
        # "A signed the accord for C, and B signed for D": B signed the same accord with A
        signers = [*reader.subject_names(head), *(n for n in signers if n not in reader.subject_names(head))]
    # "A signed on behalf of C and B for D": the parser hangs the gapped second signer in the first phrase
    signers += [n for p in behalf for t in p.subtree for n in [reader.person_at.get(t.i)] if n and n not in signers]
    cue = clause.cue
    with_cue = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, frozenset({"with"}) | SIGN_BESIDE)
    # "signed a contract for 48 jets with X": the parser may hang "with" anywhere in the object or
    # in the verb's other phrases
    phrases = [about] * (about is not None) + [c for c in clause.verb.children if c.dep_ == "prep"]
    holders = [clause.verb] + [t for p in phrases for t in _phrase_tokens(p) if t.pos_ in ("NOUN", "PROPN")]
    for holder in holders:
        groups, _ = reader.counterparts(holder, with_cue, set(signers))
        signers += [n for g in groups for n in g if n not in signers]
    if not signers and about is not None:
        signers = _signers_for_states(clause, reader, about)
    if not signers:
        return []
    place = reader.place(clause.verb, clause.skip) or (_city_in(about, reader) if about is not None else None)
    draft = clause.draft(signers, cue.kind, place)
    draft.signs_again = len(signers) == 1 and about is not None and _definite(about)
    return [draft]


def _signers_for_states(clause: Clause, reader: Reader, about: Token) -> list[str]:
    """ "A and B signed an accord at the end of talks between X and Y", "... at the ministry, where X hosted
    Y": two states sign, and the clause names the two people who met for them elsewhere in its phrases;
    each named person may belong to one of the states, none to a third one."""
    states = {c for h in clause.subject_heads for t in _conjuncts(h) for c in [reader.ctx.token_country(t)] if c}
    if len(states) < 2 or any(t.i in reader.person_at for h in clause.subject_heads for t in h.subtree):
        return []
    skip = {t.i for h in clause.subject_heads for t in h.subtree} | {t.i for t in about.subtree}
    names = list(dict.fromkeys(reader.person_at[t.i] for t in clause.verb.subtree
                               if t.i not in skip and t.i in reader.person_at))
    affiliations = [reader.ctx.affiliation.get(n) for n in names]
    if len(names) != 2 or any(a and a not in states for a in affiliations) or (
            all(affiliations) and affiliations[0] == affiliations[1]):
        return []
    return names


def _definite(noun: Token) -> bool:
    """ "the document", "this agreement": a noun that refers back to something named before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
        and not any(c.dep_ in ("amod", "compound", "nummod") for c in noun.children)


def _signatory_phrases(verb: Token, reader: Reader) -> list[Token]:
    """A signing verb's phrases that say whom a signer signed for: "on behalf of C", "for C" (a state);
    also one the parser joins to the verb as a conjunct ("and on behalf of D by B")."""
    found = []
    for prep in verb.children:
        if prep.dep_ not in ("prep", "conj") or prep.pos_ != "ADP":
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            # "for C", or "for C and B for D" with the gapped signer B made the phrase's head
            if prep.lower_ == "for" and any(reader.ctx.token_country(t) for t in _name_phrase(pobj)):
                found.append(prep)
            elif prep.lower_ == "on" and pobj.lower_ == "behalf":
                found.append(prep)
    return found


def _city_in(obj: Token, reader: Reader) -> str | None:
    """ "signed a memorandum on X in Hanoi": the parser may hang the place inside the agreement's
    phrase; only a gazetteer city there ("in"/"at"), not a region a topic is about."""
    for tok in obj.subtree:
        ent = reader.ctx.ent_at.get(tok.i)
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and ent is not None and ent.label_ == "LOCATION":
            return reader.place_of(tok)
    return None


def _described_agreement(noun: Token) -> Token | None:
    """The agreement a reduced passive set off by a comma describes when the parser hung it on the last noun of
    the agreement's phrase ("Norway's contract for four aircraft, signed in Oslo by A and B": "aircraft"): the
    noun the "for" or "of" phrase is on; a purchase "order for" goods counts as its contract."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("for", "of") \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        goods, prep, noun = noun, noun.head, noun.head.head
        if _is_agreement(noun) or noun.lemma_.lower() == "order" and prep.lower_ == "for" \
                and any(c.dep_ == "nummod" for c in goods.children):
            return noun  # (an "order for four aircraft", not an "order for the call-up of reservists")
    return None


def _is_agreement(tok: Token) -> bool:
    agreements = words("agreement")
    # "a letter of intent": the document is an agreement by what its "of" phrase names
    return tok.lemma_.lower() in agreements or any(
        c.dep_ == "compound" and c.lemma_.lower() in agreements for c in tok.children) or any(
        p.lemma_.lower() in agreements for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


def _noun_kind(noun: Token, cue: Cue, reader: Reader) -> str:
    """An event noun's kind, refined by its modifiers and context."""
    for child in noun.children:
        sub = cue_of(child) if child.dep_ in ("compound", "amod", "nmod") else None
        if sub is not None and sub.frame == "event" and sub.kind in ("signing", "call"):
            return sub.kind  # "signing ceremony", "phone conversation"
    if cue.kind == "meeting" and any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            t.i in reader.person_at for t in c.subtree) for c in noun.children):
        return "conference"  # "a meeting of the contact group", "talks of defence ministers"
    if cue.lemma == "ceremony":
        sent = noun.sent
        prev = noun.doc[sent.start - 1].sent if sent.start > 0 else sent
        if any(t.lemma_.lower() == "sign" for t in (*prev, *sent)):
            return "signing"  # the ceremony a signing was just reported at
    if cue.kind in ("conference", "meeting") and any(
            _lemmas(c) & words("remote") for c in noun.children if c.dep_ in ("compound", "amod", "prep")):
        return "call"  # "a video conference with X", "a virtual summit"
    return cue.kind


def _noun_drafts(noun: Token, cue: Cue, reader: Reader, consumed: bool) -> list[Draft]:
    """Drafts for an event noun: "X's visit to C", "a meeting with Y", "talks between A and B".

    A ``consumed`` noun sits under a verb cue that was already read ("arrived for a summit", "met on
    the sidelines of the summit"): it only adds a record when it names its own people."""
    if not reader.noun_happened(noun):
        return []  # "a planned visit"
    if cue.kind == "call" and _call_in_person(noun):
        cue = Cue(cue.lemma, cue.pos, "meeting", cue.frame, cue.preps | {"on", "to"})  # "paid a courtesy call on X"
    # "said at a news conference" is no meeting; "a joint news conference with X" is one with X
    not_event = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in words("not_event") for c in noun.children)
    owners: list[str] = []
    owner_heads: list[Token] = []
    plural_owner = False
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in function_words("plural_pronoun"):
                plural_owner = True
                continue
            owner_heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "of") and cue.kind in ("visit", "meeting", "conference"):
            for p in child.children:
                if p.dep_ == "pobj" and (reader.group(p) or _is_party(p, reader.ctx)):
                    owner_heads.append(p)
        elif child.dep_ == "agent":
            owner_heads.extend(p for p in child.children if p.dep_ == "pobj")
    told_in_full = False
    if not owner_heads and cue.kind == "visit":
        # "the official visit to Viet Nam of the Indian minister": the parser hangs the visitor's "of" phrase on
        # the destination before it; a visit named with its destination and its visitor is the trip told in full,
        # not a reference back to one told before ("during his visit")
        owner_heads.extend(p for to in noun.children if to.dep_ == "prep" and to.lower_ == "to"
                           for dest in to.children if dest.dep_ == "pobj"
                           and (reader.place_of(dest) or reader.ctx.token_country(dest))
                           for of in dest.children if of.dep_ == "prep" and of.lower_ == "of" and of.i > dest.i
                           for p in of.children if p.dep_ == "pobj" and reader.group(p))
        told_in_full = bool(owner_heads)
    if not owner_heads and cue.kind == "visit" and noun.dep_ in ("dobj", "obj"):
        # "follows a visit to C last week by X": the parser hangs the "by" phrase after the date on the verb
        doc = noun.doc
        for by in noun.head.children:
            if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i > noun.right_edge.i + 1 and all(
                    t.ent_type_ == "DATE" for t in doc[noun.right_edge.i + 1:by.i]):
                owner_heads.extend(p for p in by.children if p.dep_ == "pobj" and reader.group(p))
    for h in owner_heads:
        antecedent = _relative_owner(h)
        found = reader.group(h) if antecedent is None else _who_names(antecedent, reader)
        owners.extend(n for n in found if n not in owners)
    groups, _ = reader.counterparts(noun, cue, set(owners))
    visited = False
    if not groups and cue.kind == "visit":
        # "a courtesy visit to President X": the person visited is met (a place stays the place)
        to = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, frozenset({"to"}))
        groups = reader.counterparts(noun, to, set(owners))[0]
        verb = _governing_verb(noun)
        if groups and verb is not None and noun.i < verb.i:
            # "On a visit to C, D's minister, X, held talks": the subject the parser hung on the place is the
            # visitor, not someone visited
            subjects = set(reader.subject_names(verb))
            groups = [g for g in groups if not subjects & set(g)]
        visited = bool(groups)
    if not_event and not groups:
        return []
    verb = _governing_verb(noun)
    if not groups and verb is not None and (cue_of(verb) is None or noun.dep_ == "nsubjpass"):
        # "talks in Cairo, between A and B", "talks were held between A and B": the parser may hang the phrase on
        # the clause's verb
        between = Cue(cue.lemma, cue.pos, cue.kind, cue.frame, frozenset({"between"}))
        groups, _ = reader.counterparts(verb, between, set(owners))
    if not groups and verb is not None and cue_of(verb) is None and cue.kind in ("call", "meeting") \
            and _is_setting(noun, verb):
        # "reviewed the plan in a phone call last week with Y": a date between them, the parser may hang the
        # noun's "with" phrase on the clause's verb
        groups, _ = reader.counterparts(verb, cue, set(owners))
    if consumed and not groups and not owners:
        return []  # "arrived for a summit": the visit already says it; "during Y's visit" still counts

    # the clause the noun sits in: its subject attends ("said at a meeting", "was in X for a summit")
    inherited: list[str] = []
    setting = verb is not None and (_is_setting(noun, verb) or _call_on_addressee(noun, verb, cue, reader))
    if not owner_heads and verb is not None and (plural_owner or setting):
        inherited = reader.subject_names(verb)
        if inherited and not groups and cue.kind != "visit" and setting:
            # "X told Y in the meeting": the person spoken to was there too
            addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
            inherited += [n for h in addressees for n in reader.names(h, set(inherited)) if n not in inherited]
    if inherited and cue.kind == "visit" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.i == verb.i and (host := cue_of(verb)) is not None and host.frame == "host":
        # "X hosted Y for a working visit": the visit is the guest's
        guests = [n for c in verb.children if c.dep_ in ("dobj", "obj") for n in reader.names(c, set(inherited))]
        inherited = guests or inherited
    unnamed_speaker = verb is not None and any(
        _is_party(h, reader.ctx) or h.lower_ in function_words("singular_pronoun") | function_words("plural_pronoun")
        for h in reader.subjects(verb))
    if groups and not owner_heads and not inherited and not unnamed_speaker \
            and noun.head.lower_ in ("during", "at", "in"):
        # "the message from General X during talks with Y": the clause has no named subject, and the
        # one person named before the talks in the sentence is the other side
        before = [n for i, n in sorted(reader.person_at.items())
                  if noun.sent.start <= i < noun.i and n not in {m for g in groups for m in g}]
        inherited = list(dict.fromkeys(before))[-1:] if len(set(before)) == 1 else []
    if groups and not owners and not inherited:
        # "a summit with his Peruvian counterpart, X": the one whose counterpart X is was there
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
        inherited = [n for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in cue.preps
                     for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in words("counterpart")
                     for poss in p.children if poss.dep_ == "poss" for n in reader.group(poss)
                     if not any(n in g for g in groups)][:1]
    if not owner_heads and not inherited:
        # "X, held talks with Y": the folded verb's one subject is the other side of the counterpart named
        inherited = _folded_subjects(noun, reader, 1 if groups else 2)
        inherited = [n for n in inherited if not any(n in g for g in groups)]
    holder = _apposed_holder(noun, reader) if groups and not owners and not inherited else None
    if holder is not None:
        inherited = [reader.person_at[holder.i]]  # "X, in Moscow for talks with Y, said"
    participants = owners or inherited
    skip = _phrase_ids(owner_heads) | {t.i for c in noun.children if c.dep_ == "prep"
                                               and c.lower_ in cue.preps for t in c.subtree}
    kind = _noun_kind(noun, cue, reader)
    place = reader.place(noun, skip)
    if place is None and holder is not None:
        place = reader.place(holder, skip | {t.i for t in noun.subtree})
    if place is None and verb is not None and _is_setting(noun, verb):
        skip |= {t.i for t in noun.subtree}
        subj_heads = reader.subjects(verb)
        place = reader.place(verb, skip | _phrase_ids(subj_heads))
    if place is None and verb is not None and noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubjpass") \
            and _lemmas(verb) & words("venue"):
        place = reader.place(verb, skip | {t.i for t in noun.subtree})  # "talks were held in C"
    if groups:
        if kind == "conference" or visited:
            kind = "meeting"  # "a summit with X" is a meeting between two; "a visit to President X" meets X
        drafts = [Draft(list(dict.fromkeys(participants + g)), kind, noun, place=place) for g in groups]
        for d in drafts:
            d.needs_visitor = not participants  # "the programme included talks with X": whose talks?
        return drafts
    if not participants or (kind in ("meeting", "call") and len(participants) < 2):
        return []  # "X's call for talks", "X said after the meeting": no one met is named
    draft = Draft(participants, kind, noun, place=place)
    draft.destination = _destination(noun, place, reader) if kind == "visit" else None
    draft.gathering = kind == "conference" and cue.lemma in words("gathering")
    draft.trip = kind == "visit" and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
                                      or _own_trip_told(noun) or told_in_full)
    return [draft, *(_companions(noun, reader, participants, place) if kind == "visit" else [])]


def _relative_owner(pronoun: Token) -> Token | None:
    """ "Y, who was on his third visit": "his" in a "who" clause is the clause's antecedent, Y."""
    if pronoun.tag_ != "PRP$":
        return None
    tok = pronoun
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ in CLAUSE_DEPS - {"relcl"}:
            return None
        tok = tok.head
        if tok.dep_ == "relcl":
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in tok.children):
                return tok.head
            return None
    return None


def _who_names(antecedent: Token, reader: Reader) -> list[str]:
    """The people a "who" clause is about: its antecedent's, or, when the parser hung the clause on the last
    word of a title ("General X, commander of US Africa Command, who was ..."), the titled person's."""
    tok = antecedent
    for _ in range(4):
        names = reader.group(tok)
        if names or tok.dep_ not in ("pobj", "prep", "appos", "compound") or tok.head.i == tok.i:
            return names
        tok = tok.head
    return []


def _own_trip_told(noun: Token) -> bool:
    """ "X, who was on his third visit to C", "X was on his visit to C": a possessed visit that someone "is on" is
    the trip itself, not a reference back to one told already ("during his visit"). (A copula's "it was his first
    visit to C" is left out: the reference scorer's greedy pairing lets a pair record listed before it take the
    one-person gold visit, which lowers own7 though the records are right.)"""
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_ == "be" or _spanned_trip(noun)


def _spanned_trip(noun: Token) -> bool:
    """ "as part of his official visit to C from 13 to 16 May": a visit given its own days, from the first to
    the last, is the trip told in full, not a reference back to one told before."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(p.ent_type_ == "DATE" for p in c.children)
               and any(t.lower_ in ("to", "until", "till") and t.ent_type_ == "DATE" or t.dep_ == "pobj"
                       and t.head.lower_ in ("to", "until") for t in c.subtree if t.i != c.i)
               for c in noun.children)


def _destination(cue_tok: Token, place: str | None, reader: Reader) -> str | None:
    """The country a visit went to: its place's country, else a country in a "to"/"in" phrase of the cue."""
    known = reader.ctx.gaz.place(place) if place else None
    if known is not None and known.country:
        return known.country
    for prep in cue_tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
            for pobj in prep.children:
                ent = reader.ctx.ent_at.get(pobj.i)
                if pobj.dep_ == "pobj" and ent is not None and ent.label_ == "COUNTRY":
                    return reader.ctx.token_country(pobj)
    return None


def _apposed_holder(noun: Token, reader: Reader) -> Token | None:
    """The person whose name a phrase set off by commas hangs on ("X, in Moscow for talks with Y,"), or None."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        path, tok = tok, tok.head
        if tok.i in reader.person_at:
            commas = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.i <= path.i
                      and tok.doc[c.i - 1].text == ","]
            # the event noun is the setting phrase's own object ("for talks", not "in favour of talks")
            setting = path.dep_ == "prep" and path.lower_ in SETTING_PREPS and noun.head.i == path.i
            return tok if setting and commas else None
    return None


def _call_in_person(noun: Token) -> bool:
    """ "paid a courtesy call on X", "paid a call to X": a call paid to someone ("on" him) is a visit in person,
    not a phone call; "to" him only when the call is a courtesy one or is paid ("made a call to X" is a phone
    call)."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    courtesy = any(c.dep_ in ("amod", "compound") and c.lower_ == "courtesy" for c in noun.children)
    object_of = noun.head.lemma_.lower() if noun.dep_ in ("dobj", "obj") else None
    if "on" in preps:
        return courtesy or object_of in words("light")
    return "to" in preps and (courtesy or object_of in words("call_paid"))


def _folded_subjects(noun: Token, reader: Reader, least: int = 2) -> list[str]:
    """ "A and B held talks in C": the parser may read the verb as an adjective of the event noun
    ("held talks") and the names before it as the noun's modifiers; the people named before the folded
    verb (not inside a preposition's phrase or a clause) are the ones who held the talks (at least ``least``
    of them: one when the noun names the counterpart itself)."""
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.tag_ in ("VBD", "VBN")
                 and (c.lemma_.lower() == "hold" or c.lemma_.lower() in words("light"))
                 and all(t.pos_ in ("DET", "ADJ") for t in noun.doc[c.i + 1:noun.i])), None)
    if verb is None:
        return []
    found: list[str] = []
    for i in range(noun.sent.start, verb.i):
        name = reader.person_at.get(i)
        if not name or name in found:
            continue
        tok, free = noun.doc[i], True
        while tok.i < verb.i and tok.head.i != tok.i:
            if tok.dep_ in ("relcl", "acl", "advcl", "ccomp") or (tok.dep_ == "pobj" and tok.head.lower_ != "of"):
                free = False
                break
            tok = tok.head
        if free:
            found.append(name)
    return found if len(found) >= least else []


def _presence_drafts(noun: Token, cue: Cue, reader: Reader) -> list[Draft]:
    """ "X spoke at the handover, with Y in attendance", "in the presence of Y": X and Y were at one
    occasion (a gathering: kept only with people of two sides)."""
    # "the ceremony counted with the presence of Y" (translated Spanish "contó con la presencia de"): Y was there
    counted = noun.head.lower_ == "with" and noun.head.head.lemma_.lower() == "count"
    if noun.head.lower_ != "in" and not counted or noun.dep_ != "pobj":
        return []
    holder = noun.head.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):  # "in the presence of Y"
        ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        # "in the presence of X and of Y": the parser may hang the second "of" on the first or on "in"
        ofs += [c for o in [*ofs, noun.head, holder] for c in o.children if c.dep_ == "conj" and c.lower_ == "of"]
        present = [p for c in ofs for p in c.children if p.dep_ == "pobj"]
        verb = holder
    elif holder.dep_ == "pobj" and holder.head.lower_ == "with":  # "with Y in attendance"
        present, verb = [holder], holder.head.head
    else:
        return []
    met: set[str] = set()
    anchor = noun  # the word the record's date and order are read from
    if verb.pos_ not in ("VERB", "AUX"):
        # "X received Y, in the presence of Z": the parser may hang the phrase on a word that is no verb; the
        # cue verb before it in the sentence is where Z was (with X: Y has a record of his own)
        verb = next((t for t in reversed(noun.doc[_clause_start(noun):noun.i]) if t.pos_ == "VERB" and t.dep_ != "amod"
                     and (c := cue_of(t)) is not None and c.frame in ("host", "meet", "sign")), verb)
        met = {n for o in reader.stranded_object(verb) for n in reader.names(o)} if verb.dep_ == "acl" else set()
        anchor = verb
    if verb.pos_ not in ("VERB", "AUX") or not reader.verb_happened(verb):
        return []
    # "in the presence of the navy chief, Admiral A, and Ambassador B": the whole list; "was commissioned by X
    # in the presence of Y": the agent was there too
    listed = [n for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for n in _listed_after(c, reader)]
    by = [a for a in verb.children if a.dep_ == "agent"] + [p.head for p in _misplaced_agents(verb, reader.person_at)]
    # (the signers as the signing's own clause reads them: the agent phrase's group, then the list after "by")
    agents = [n for a in by for p in a.children if p.dep_ == "pobj" for n in reader.group(p)] \
        + [n for a in by for n in _listed_after(a, reader)]
    names = [n for n in dict.fromkeys([*reader.subject_names(verb), *agents, *(n for p in present for n in reader.group(p)),
                                       *listed]) if n not in met]
    # "was signed in Hanoi in the presence of the Korean minister X": X was there from abroad, a visit
    place = reader.place(verb, {t.i for h in [noun, *present] for t in h.subtree})
    # an ambassador is posted there, not visiting
    visits = [Draft([n], "visit", anchor, place=place) for p in present
              if not any(t.lemma_.lower() in words("resident") for t in _phrase_tokens(p))
              for n in reader.group(p) if _abroad(n, place, reader)]
    for visit in visits:
        visit.trip = True
    recalled = _recalled_meeting(verb)
    if recalled and present and len(names) < 3:
        # "The meeting, which took place in the presence of X, ...": X joins the meeting told before
        draft = Draft([n for p in present for n in reader.group(p)], "meeting", anchor, place=place)
        draft.joins_previous = bool(draft.participants)
        return [draft] if draft.participants else visits
    if len(names) < 2:
        return visits
    verb_cue = cue_of(verb)
    if verb_cue is not None and verb_cue.kind == "signing":
        # "X signed the contract in the presence of Y": Y was at the signing
        return [Draft(names, "signing", anchor, place=place), *visits]
    draft = Draft(names, cue.kind, anchor, place=place)
    draft.gathering = True
    return [draft, *visits]


def _recalled_meeting(verb: Token) -> bool:
    """ "The meeting, which took place ...", "The talks were held ...": a verb whose subject (or the noun its
    relative clause is on) is a definite meeting noun pointing back to one told before."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = [verb.head]
    if len(subj) != 1:
        return False
    cue = cue_of(subj[0])
    return cue is not None and cue.frame == "event" and cue.kind == "meeting" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj[0].children)


def _clause_start(tok: Token) -> int:
    """Where tok's sentence starts, or the sentence before it when the parser broke a sentence that has no
    full stop (or line break) between them."""
    start = tok.sent.start
    doc = tok.doc
    if start > 0 and not (doc[start - 1].text in (".", "!", "?", ":") or "\n" in doc[start - 1].text):
        return doc[start - 1].sent.start
    return start


def _abroad(name: str, place: str | None, reader: Reader) -> bool:
    """Whether a person's country is known and is not the country of a city named as where they were."""
    known = reader.ctx.gaz.place(place) if place else None
    home = reader.ctx.affiliation.get(name)
    return bool(known is not None and known.country and home and home != known.country)


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun ("whom", "which") stands for: the head of its relative clause."""
    if pronoun.tag_ not in ("WP", "WDT"):
        return None
    tok = pronoun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "relcl":
            return tok.head
    return None


def _along_with(verb: Token, reader: Reader, subjects: list[str], preps: frozenset[str]) -> list[str]:
    """People named in "along with X", "together with X" or one of ``preps`` ("alongside X") on a verb or on
    the objects of its prepositions (where the parser may hang the phrase)."""
    # "X, together with Y, attended": the phrase may hang on the subject
    holders = [verb, *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"),
               *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"))]
    # "witnessed the handover of the jets in C alongside Y": the parser may hang the phrase deeper
    holders += [t for t in _phrase_tokens(verb) if t.pos_ in ("NOUN", "PROPN") and t not in holders
                and any(c.dep_ == "prep" and (c.lower_ in COMPANION_PREPS or _together_with(c)) for c in t.children)]
    heads = []
    listed: list[str] = []
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in preps or _together_with(prep):
            heads += [p for p in prep.children if p.dep_ == "pobj"]
            listed += _listed_after(prep, reader)  # "with the ambassador of Italy to Kuwait, X"
        elif prep.lower_ in ("along", "together"):
            heads += [p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                      for p in w.children if p.dep_ == "pobj"]
    return list(dict.fromkeys([*(n for h in heads for n in reader.names(h, set(subjects)) if n not in subjects),
                               *(n for n in listed if n not in subjects)]))


def _together_with(prep: Token) -> bool:
    """ "together with X", "along with X" read as a "with" phrase the adverb modifies."""
    return prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in prep.children)


def _foreign(names: list[str], subjects: list[str], reader: Reader) -> list[str]:
    """The people of ``names`` whose stated state is not that of any subject (a host or a guest, not one of
    the subject's own party); a person whose title names a company or body of the gazetteer has its state
    ("head of X's naval division", X a firm of another state: the one showing the visitor round)."""
    home = {reader.ctx.affiliation.get(s) for s in subjects}
    found = []
    for n in names:
        state = reader.ctx.affiliation.get(n) or next(
            (org.country for p in reader.ctx.analysis.people if p.name == n for t in p.titles if t.affiliation
             for org in [reader.ctx.gaz.organisation(t.affiliation)] if org is not None and org.country), None)
        if state and state not in home:
            found.append(n)
    return found


def _companions(trip: Token, reader: Reader, travellers: list[str], place: str | None) -> list[Draft]:
    """ "X's visit to C, alongside General Y": Y made the trip too, a trip of their own."""
    heads = [p for c in trip.children if c.dep_ == "prep" and c.lower_ in COMPANION_PREPS
             for p in c.children if p.dep_ == "pobj"]
    heads += [p for c in trip.children if c.dep_ == "acl" and _lemmas(c) & words("companion")
              for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    out = []
    for name in dict.fromkeys(n for h in heads for n in reader.group(h) if n not in travellers):
        draft = Draft([name], "visit", trip, place=place)
        draft.trip = True
        out.append(draft)
    return out


def _setting_date(verb: Token, reader: Reader) -> tuple[str | None, str | None]:
    """ "shake hands at the start of their talks in Tehran, Iran, February 14, 2023": the date of an event
    noun in the verb's own phrases (not in a clause below it) dates the verb's meeting."""
    for tok in verb.subtree:
        cue = cue_of(tok) if tok.i != verb.i and tok.pos_ in ("NOUN", "PROPN") else None
        if cue is None or cue.frame != "event":
            continue
        up, bound = tok, False
        while up.i != verb.i and up.dep_ in ("pobj", "prep", "dobj", "obj", "compound", "conj"):
            bound = bound or (up.dep_ == "prep" and up.lower_ in NOT_WHEN_PREPS)  # "ahead of talks next week"
            up = up.head
        if up.i == verb.i and not bound:
            found = reader.date(tok)
            if found[1] and not _future(found[1]):
                return found
    return None, None


def _governing_verb(noun: Token) -> Token | None:
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and not _participle_prep(tok):
            return tok
    return None


def _participle_prep(tok: Token) -> bool:
    """ "following talks with X, Y said": a participle read as a setting preposition, not a verb of its own."""
    return tok.dep_ == "prep" and tok.tag_ == "VBG" and tok.lower_ in SETTING_PREPS


def _call_on_addressee(noun: Token, verb: Token, cue: Cue, reader: Reader) -> bool:
    """ "X informed Y of the decision in a telephone call": the parser may hang a call's setting phrase on the
    person object (or on a noun of the object's own phrase); a call has two ends, the subject and the person
    spoken to, so the call is still where the clause happened."""
    if cue.kind != "call" or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return False
    tok = noun.head
    while tok.head.i != verb.i:
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_ in ("dobj", "obj", "dative") and any(t.i in reader.person_at for t in _name_phrase(tok))


def _is_setting(noun: Token, verb: Token) -> bool:
    """Whether an event noun is where its clause's subject was: in a setting phrase ("at a meeting",
    "on the sidelines of the summit", "prior to the talks") or the object of a light or hosting verb
    ("paid a visit", "hosted a summit")."""
    tok = noun
    while tok.head.i != verb.i:
        object_of_prep = tok.dep_ in ("dobj", "obj") and _participle_prep(tok.head)
        if (tok.dep_ not in ("pobj", "prep", "conj", "appos", "advmod", "pcomp") and not object_of_prep) \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ in ("prep", "advmod"):
        # "returned from a visit to C": the subject was on it
        return tok.lower_ in SETTING_PREPS or (tok.lower_ == "from" and verb.lemma_.lower() in words("return"))
    if tok.dep_ in ("dobj", "obj"):
        cue = cue_of(verb)
        return verb.lemma_.lower() in words("light") or (cue is not None and cue.frame == "host")
    return False


# --- the document ----------------------------------------------------------------------------------

def _date_compatible(a: Draft, b: Draft, strict: bool = False) -> bool:
    """Whether two drafts may be about the same day. ``strict``: two different date expressions that
    do not both resolve ("in July", "the next day") are taken as different days."""
    if strict and a.date_text and b.date_text and a.date_text.lower() != b.date_text.lower() \
            and not (a.date and b.date):
        return False
    if not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One record per happening: repeated mentions (a caption and the text, "the meeting" again) are
    merged; a record that adds nothing to another about the same people (no place, same date) goes."""
    kept: list[Draft] = []
    for d in drafts:
        same = next((k for k in kept if set(k.participants) == set(d.participants) and k.kind == d.kind
                     and not d.again and (not k.place or not d.place or k.place == d.place)
                     and (not k.destination or not d.destination or k.destination == d.destination)
                     # one trip to one city told twice ("arrived in X on Tuesday", "came to X the day
                     # after Y"): two date phrases that do not resolve are no two trips
                     and _date_compatible(k, d, strict=not (k.kind == "visit" and k.place and k.place == d.place))),
                    None)
        if same is not None:
            same.date = same.date or d.date
            same.place = same.place or d.place
            continue
        kept.append(d)
    kept = _fold_gatherings(kept)
    out: list[Draft] = []
    for d in kept:
        if d.kind == "visit" and len(d.participants) == 1 and d.cue.pos_ in ("NOUN", "PROPN") and any(
                o is not d and o.kind == "visit" and o.participants == d.participants and o.cue.pos_ == "VERB"
                and d.cue.dep_ == "pobj" and d.cue.head.lower_ in TRIP_OCCASION_PREPS
                and (gv := _governing_verb(d.cue)) is not None and gv.i == o.cue.i for o in kept):
            continue  # "X arrived in C on his first visit to the region": the arrival's trip, told once
        if d.trip and len(d.participants) == 1 and d.referred and any(
                o.trip and not o.referred and o.participants == d.participants
                and (not d.place or d.place == o.place) for o in kept):
            continue  # "X arrived in C on Monday ... The delegation visited the base": one trip
        if d.trip and len(d.participants) == 1 and any(_stop_on_trip(d, o) for o in out):
            continue  # "X flew to C for talks and toured a yard in D": D is a stop on the trip to C, told once
        if d.trip and len(d.participants) == 1:
            out.append(d)  # a trip reported in its own right stands beside the meetings held during it
            continue
        fuller = next((o for o in kept if d.kind == "signing" and o.kind == "signing"
                       and set(d.participants) < set(o.participants) and _date_compatible(o, d)
                       and (not o.place or not d.place or o.place == d.place)), None)
        if fuller is not None:
            # "X signed in the presence of Y": the signing of both, not one of X alone (its day and place kept)
            fuller.date, fuller.place = fuller.date or d.date, fuller.place or d.place
            continue
        if d.kind == "meeting" and not d.place and any(
                o.kind == "call" and set(o.participants) == set(d.participants)
                and (o.cue.sent.start == d.cue.sent.start or not d.date and _next_sentence(o.cue, d.cue))
                for o in kept):
            # "A and B spoke by telephone, discussing X"; "A called B. The two discussed X": the call, not a
            # second, in-person meeting (one with a day or place of its own is one)
            continue
        if _told_as_another(d, kept):
            continue
        if not d.place and not d.again and any(
                o is not d and set(d.participants) <= set(o.participants) and _date_compatible(o, d)
                # the same people told again ("During the visit, A and B reviewed ..."): the one with a place
                and (len(o.participants) > len(d.participants) or o.place and len(d.participants) > 1)
                and (o.kind == d.kind or {o.kind, d.kind} <= IN_PERSON)
                and not _aside_at_gathering(d, o) for o in kept):
            continue
        out.append(d)
    return out


def _stop_on_trip(d: Draft, o: Draft) -> bool:
    """Whether one person's trip ``d`` is a stop on their trip ``o`` told in the same clause: its verb joined to
    ``o``'s by "and", a place of its own in the same country, on the same day ("flew to C last week and toured
    a plant in D"). Stops in two countries ("flew to C and then on to E") or on days told apart are two trips."""
    return (o.trip and o.participants == d.participants and d.cue.dep_ == "conj" and d.cue.head.i == o.cue.i
            and bool(o.place and d.place) and o.place != d.place
            and o.destination is not None and o.destination == d.destination and _date_compatible(o, d, strict=True))


def _aside_at_gathering(d: Draft, o: Draft) -> bool:
    """ "The talks were attended by A, B and C. ... On the sidelines, B held talks with C": two of a gathering's
    people meeting in a sentence of its own is an encounter of its own, not the gathering told again."""
    return len(d.participants) == 2 and len(o.participants) >= 3 and d.cue.sent.start != o.cue.sent.start


def _fold_gatherings(kept: list[Draft]) -> list[Draft]:
    """A ceremony both sides attended, when the same people also held talks or paid a visit then: their
    encounter is told by the talks or visit, which take the ceremony's day and place."""
    out: list[Draft] = []
    for d in kept:
        same = [o for o in kept if d.gathering and len(d.participants) > 1 and not o.gathering
                and o.kind in IN_PERSON and set(o.participants) == set(d.participants) and _date_compatible(o, d)]
        for o in same:
            o.date, o.place = o.date or d.date, o.place or d.place
        if not same:
            out.append(d)
    return out


def _told_as_another(d: Draft, kept: list[Draft]) -> bool:
    """Whether talks only restate a signing of the same people: "A and B signed X. The two also discussed
    Y" (talks with no day or place of their own, added to the signing)."""
    if d.kind == "meeting" and len(d.participants) >= 2 and _setting_of_signing(d, kept):
        return True
    if d.kind != "meeting" or len(d.participants) < 2 or d.again or d.place or d.date:
        return False
    verb = d.cue if d.cue.pos_ in ("VERB", "AUX") else _governing_verb(d.cue)
    if verb is None or not (any(c.dep_ == "advmod" and c.lower_ in function_words("additive") for c in verb.children)
                            or _before_the_signing(verb)):
        return False
    return any(o is not d and o.kind == "signing" and set(o.participants) == set(d.participants)
               and _date_compatible(o, d) for o in kept)


def _setting_of_signing(d: Draft, kept: list[Draft]) -> bool:
    """ "A and B signed an accord at the ministry, where X hosted Y": the hosting in a "where" clause on the
    signing's own place is the setting of the signing by the same two people, not another meeting."""
    verb = d.cue
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return False
    return any(o is not d and o.kind == "signing" and set(o.participants) == set(d.participants)
               and o.cue.pos_ in ("VERB", "AUX") and verb in o.cue.subtree and _date_compatible(o, d) for o in kept)


def _before_the_signing(verb: Token) -> bool:
    """ "Before the signing, A and B held talks": talks set by the signing they led to, told as its lead-up."""
    return any(c.dep_ == "prep" and c.lower_ in ("before", "ahead", "prior") and any(
        (noun_cue := cue_of(p)) is not None and noun_cue.kind == "signing" and _definite(p)
        for p in c.subtree if p.dep_ == "pobj") for c in verb.children)


def _received_guest(d: Draft) -> str | None:
    """ "A received B", "B was received by A": B, the guest a later "the guest" or "the visiting admiral"
    stands for (a hosting verb's draft lists the host first)."""
    cue = cue_of(d.cue) if d.cue.pos_ in ("VERB", "AUX") else None
    if cue is None or cue.frame != "host" or len(d.participants) != 2 or d.gathering:
        return None
    return d.participants[1]


def _bare_passive_subject(verb: Token) -> bool:
    """ "The meeting was attended by ...", "Y attended the audience": the meeting is only pointed back to ("the
    meeting of the council" or "the opening session" may be another one)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return len(subj) == 1 and _bare_definite(subj[0])


def _bare_definite(noun: Token) -> bool:
    """ "the audience", "this meeting": a noun with a definite article and nothing else of its own."""
    return noun.pos_ == "NOUN" and bool(list(noun.children)) and all(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def _attendee_pairs(earlier: Draft, d: Draft, reader: Reader) -> list[Draft] | None:
    """ "A received B. The meeting was also attended by C": C, an official of one side, met the other side's
    principal (one record per new pair, as "met X and Y" gives one per counterpart). The side is C's country
    when the document states it and the two principals' differ, else the guest's host side (an attendee of a
    visitor's meeting is the host's official). None when that cannot be told: C then joins the meeting."""
    if len(earlier.participants) != 2 or not _added_presence(d.cue):
        return None
    a, b = earlier.participants
    aff = reader.ctx.affiliation
    guest = reader.visitor[1] if reader.visitor is not None and reader.visitor[1] in (a, b) else None
    out = []
    for name in (n for n in d.participants if n not in earlier.participants):
        side = aff.get(name)
        if side and aff.get(a) == side != aff.get(b):
            partner = b
        elif side and aff.get(b) == side != aff.get(a):
            partner = a
        elif guest is not None and (not side or side not in (aff.get(guest), None)):
            partner = guest
        else:
            return None
        out.append(Draft([partner, name], earlier.kind, d.cue, earlier.date, earlier.date_text, earlier.place))
    return out or None


def _added_presence(cue: Token) -> bool:
    """Whether an attendance is told as an addition to the meeting's two sides: "in the presence of X", "was also
    attended by X" (a bare "the meeting was attended by X, Y and officers of both sides" lists the delegations,
    who join the one record)."""
    noun_cue = cue_of(cue)
    if noun_cue is not None and noun_cue.frame == "presence":
        return True
    verb = cue if cue.pos_ in ("VERB", "AUX") else _governing_verb(cue)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in function_words("additive") for c in verb.children)


def _with_visitor(d: Draft, visitor: str, sent: Span) -> list[Draft]:
    """One record of the visitor with each person who attended a meeting of theirs (``d``'s people)."""
    out = []
    for name in (n for n in d.participants if n != visitor):
        one = Draft([visitor, name], d.kind, d.cue, d.date, d.date_text, d.place)
        one.evidence_span = sent
        out.append(one)
    return out


def _dates_an_act(noun: Token) -> bool:
    """ "X told reporters after the signing", "At the signing, X said": the occasion noun only says when or where
    X's own act was, and so names no signer (unlike "X flew out for the signing")."""
    return noun.dep_ == "pobj" and (noun.head.lower_ in TIME_PREPS or noun.head.lower_ in ("at", "during"))


def _next_sentence(a: Token, b: Token) -> bool:
    """Whether b is in a's sentence or the one after it."""
    return b.sent.start == a.sent.start or (a.sent.end < len(a.doc) and b.sent.start == a.sent.end)


def _indefinite_occasion(cue: Token) -> bool:
    """Whether the occasion a gathering's cue stands on is introduced as a new one ("a ceremony attended by X",
    "attended a ceremony"), not referred back to ("the ceremony")."""
    noun = cue.head if cue.pos_ in ("VERB", "AUX") and cue.dep_ == "acl" else cue
    if noun.pos_ in ("VERB", "AUX"):
        noun = next((c for c in noun.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in words("gathering")), noun)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words("gathering") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _gather(drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """The mentions of a ceremony ("spoke at the ceremony", "X and Y were present", "graced the
    occasion") make one record of everyone named there; mentions on two different days are two
    occasions. A ceremony counts as a meeting only when people of two sides are named at it (one side
    alone is a celebration, not an encounter)."""
    gatherings = [d for d in drafts if d.gathering]
    if not gatherings:
        return drafts
    occasions: list[Draft] = []
    for other in gatherings:
        # "at a ceremony attended by X": an indefinite occasion is a new one, not the ceremony told before
        first = None if _indefinite_occasion(other.cue) else next(
            (o for o in occasions if not (o.date and other.date) or _date_compatible(o, other)), None)
        if first is None:
            occasions.append(other)
            continue
        first.participants += [n for n in other.participants if n not in first.participants]
        first.place = first.place or other.place
        first.date, first.date_text = first.date or other.date, first.date_text or other.date_text
    out = [d for d in drafts if not d.gathering]
    for first in occasions:
        signing = next((d for d in reversed(out) if d.kind == "signing" and len(d.participants) > 1
                        and d.cue.i < first.cue.i and _next_sentence(d.cue, first.cue)), None)
        if signing is not None:
            # "A and B signed the accord. C was present at that ceremony too": the signing's ceremony
            signing.participants += [n for n in first.participants if n not in signing.participants]
            continue
        sides = {ctx.affiliation.get(n) for n in first.participants}
        if len(first.participants) >= 2 and not (len(sides) == 1 and None not in sides):
            out.append(first)
    return out


@extractor("meetings", assigns="meetings", requires=("entities", "people"))
def extract_meetings(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> list[Meeting]:
    """Meetings, visits, conferences, calls and signings the document reports as having happened."""
    ctx = DocContext.of(doc, analysis, gaz)
    if not analysis.people:
        return []
    reader = Reader(ctx)
    cues = _cues(doc)  # one pass over the doc
    cue_starts = [tok.i for tok, _ in cues]
    drafts: list[Draft] = []
    last: Draft | None = None
    last_trip: Draft | None = None  # the last one-person trip reported: whose "programme" follows
    for sent in doc.sents:
        in_sent = cues[bisect.bisect_left(cue_starts, sent.start):bisect.bisect_left(cue_starts, sent.end)]
        found: list[Draft] = [] if in_sent else _caption_drafts(sent, reader)
        found += _pair_verb_read_as_noun(sent, reader)
        found += _ceremonial_act_drafts(sent, reader)
        found += _hosted_setting_drafts(sent, reader)
        if not in_sent and not found:
            continue
        consumed: set[int] = set()
        read: set[int] = set()
        for tok, cue in in_sent:
            if cue.pos in ("VERB", "AUX"):
                verb_drafts = _verb_or_presence_drafts(tok, cue, reader, read)
                if verb_drafts:  # event nouns under it are its setting or purpose ("arrived for a summit");
                    # a trip noun under a meeting verb is a trip of its own ("on a visit to C, met X")
                    consumed.update(t.i for t in tok.subtree if t.i != tok.i and t.pos_ in ("NOUN", "PROPN")
                                    and (cue.frame in ("visit", "travel", "be") or cue_of(t) is None
                                         or cue_of(t).kind != "visit"))
                found.extend(verb_drafts)
        for tok, cue in in_sent:
            if cue.pos == "NOUN" and cue.frame == "event" and tok.i not in read:
                found.extend(_noun_drafts(tok, cue, reader, tok.i in consumed))
            elif cue.pos == "NOUN" and cue.frame == "presence":
                found.extend(_presence_drafts(tok, cue, reader))
        found.sort(key=lambda d: d.cue.i)
        by_cue = {d.cue.i: d for d in found}
        for d in found:
            verb = d.cue if d.cue.pos_ in ("VERB", "AUX") else _governing_verb(d.cue)
            if verb is not None:
                d.again = any(c.lower_ == "again" for c in verb.children)
                d.inherits_there = any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children)
            d.date, d.date_text = reader.date(d.cue)
            own = d.own_date or _gapped_date(d, reader)
            if own is not None:
                d.date_text, d.date = own.text, ctx.date_of(own.text)
            if d.date_text is None and d.cue.pos_ in ("VERB", "AUX"):
                d.date, d.date_text = _setting_date(d.cue, reader)
            head = d.cue.head if d.cue.dep_ == "conj" else None
            if head is not None and head.i in by_cue and d.date_text in (None, by_cue[head.i].date_text):
                # "attended a conference in X and met Y": same time, same place (not "and the next day")
                d.place = d.place or by_cue[head.i].place
                d.date, d.date_text = by_cue[head.i].date, by_cue[head.i].date_text
            if d.cue.dep_ == "relcl" and any(c.lower_ == "where" for c in d.cue.children):
                # "a trip to Kyiv, where he met X"; "in Hanoi, where he met X"
                earlier = [o.place for o in found if o.cue.i < d.cue.i and o.place]
                d.place = d.place or reader.place_of(d.cue.head) or (earlier[-1] if earlier else None)
            if d.inherits_there and last is not None:  # "while there"
                d.place = d.place or last.place
                if not d.date_text:
                    d.date, d.date_text = last.date, last.date_text
            if (ctx.published and d.date and d.date > ctx.published.isoformat()[:len(d.date)]) or \
                    _future(d.date_text):
                continue  # dated after publication, or "next week": planned
            if not d.participants:
                continue
            if d.needs_visitor and last_trip is not None and last_trip.participants[0] not in d.participants \
                    and sent.start - last_trip.cue.sent.start < settings.current().meeting_trip_reach:
                d.participants.insert(0, last_trip.participants[0])
            earlier = next((o for o in reversed(drafts) if o.kind == "meeting" and len(o.participants) > 1), None) \
                if d.joins_previous else None
            if earlier is not None:
                pairs = _attendee_pairs(earlier, d, reader)
                if pairs is not None:
                    for one in pairs:
                        one.evidence_span = sent
                    drafts.extend(pairs)
                    continue
                earlier.participants += [n for n in d.participants if n not in earlier.participants]
                continue
            if d.joins_previous and reader.visitor_near(d.cue) and _bare_passive_subject(d.cue):
                # "X, on a visit, was received by the minister. The audience was attended by A and B": the
                # host unnamed, the visitor met each named attendee, on the day of the audience
                if d.date_text is None:
                    d.date, d.date_text = reader.date(doc[reader.visitor[0]])
                drafts.extend(_with_visitor(d, reader.visitor[1], sent))
                continue
            told = next((o for o in reversed(drafts) if (o.kind == "signing" or o.gathering)
                         and _next_sentence(o.cue, d.cue)), None) if d.signs_again and not d.date_text else None
            if told is not None:
                told.participants += [n for n in d.participants if n not in told.participants]
                continue
            signing = next((o for o in reversed(drafts) if o.kind == "signing"), None) if d.joins_signing else None
            if signing is not None:
                signing.participants += [n for n in d.participants if n not in signing.participants]
            d.evidence_span = sent
            drafts.append(d)
            guest = _received_guest(d)
            if guest is not None:
                reader.visitor = (d.cue.i, guest)
            if len(d.participants) == 2 and not d.gathering:
                # two different pairs met in one sentence: "the two sides" after it is no one pair
                same_sent = reader.last_pair is not None and reader.last_pair[0] >= sent.start
                other = same_sent and set(reader.last_pair[1]) != set(d.participants)
                reader.last_pair = None if other else (d.cue.i, list(d.participants))
            if d.trip and len(d.participants) == 1:
                last_trip = d
                reader.visitor = (d.cue.i, d.participants[0])
            if d.place:
                last = d  # where "while there" points
    drafts = _gather(drafts, ctx)
    # one person's own trip first, then the meetings it includes: a stable order for readers, and the
    # record a one-participant reference is compared with first
    kept = sorted(_merge(drafts), key=lambda d: len(d.participants) > 1)
    # a meeting, call or signing needs two named sides: "the agency's chief met X" names only one of them,
    # and so does "X signed the deal" (its other signer unnamed); "X flew out for the signing" still tells
    # X's presence at the occasion
    kept = [d for d in kept if len(d.participants) > 1 or d.kind not in ("meeting", "call", "signing")
            or d.kind == "signing" and (d.trip or d.cue.pos_ not in ("VERB", "AUX") and not _dates_an_act(d.cue))]
    return [Meeting(participants=d.participants, kind=d.kind, evidence=ctx.sentence_evidence(d.evidence_span),
                    date=d.date, place=d.place) for d in kept]


def _dating(ent: Span) -> bool:
    """A DATE entity, or a TIME one that names its day ("on Tuesday night", "Friday morning"): the tagger
    reads a weekday with a part of the day as a time, the day it names is the date."""
    return ent.label_ == "DATE" or ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in ent)
