"""Events: coups, UN votes, sanctions and embargoes, killings, clashes, port access, training, local
assembly, industrial projects and statements of support, from trigger words and the parse around them.

A trigger (``data/event_types.tsv``) is a lemma or phrase of a given part of speech; each of its rows
lists what the parse must show for the mention to report an event: an object of the right kind ("seized
*power*", "toppled the *government*"), a governing verb ("*imposed* sanctions"), a target ("fired at
*boats*"), a commitment ("*committed to* strengthening ties") ... A mention under a threat, a call, a
wish or a hypothetical ("threatened to impose sanctions", "could face an embargo") is not an event, and
neither is a future one for the types that must have happened (planned exercises and local assembly
count: they are announced programmes). Events inside a direct quote count only when the speaker speaks
for a state or holds an office, or when nobody is named for the quote (a readout); an analyst's "Russia
is supporting the junta" is an opinion.

Precision over recall: one event per type per sentence, the same coup or invasion named again is the
same event (per document, unless the dates differ), and a mention that merely names the word ("since
the coup") adds nothing but a date.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from spacy import symbols
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from armstrack import settings
from armstrack.extract.context import HYPHENS, PAIR_NOUNS, PAIR_WORDS, DocContext, read_tsv, word_pattern, word_set
from armstrack.extract.registry import extractor
from armstrack.extract.syntax import ORIGIN_PARTICIPLES, conditional, has_auxiliary, made_in, negated
from armstrack.extract.dates import resolve_date
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import EVENT_TYPES, DocumentAnalysis, Event, Evidence

#: Relations followed upward when looking for a governing word or a blocking one.
UP_DEPS = {"dobj", "pobj", "prep", "xcomp", "pcomp", "acl", "advcl", "ccomp", "conj", "nsubjpass", "nmod",
           "compound", "amod", "attr", "oprd", "appos", "agent", "npadvmod", "relcl", "nsubj"}
#: Relations followed up from a clause to the verb of saying that reports it.
SAID_DEPS = UP_DEPS | {"acomp"}
#: Prepositions that add a party to an actor ("Alongside China, Russia ...", "together with France").
WITH_PREPS = word_set("event_words.tsv", "with_prep")
#: Names of a state's armed forces as a whole (not one branch or ministry).
ARMED_FORCES = word_pattern("event_words.tsv", "armed_forces")
#: Prepositions whose object only frames a clause in time or circumstance.
ADJUNCT_PREPS = word_set("event_words.tsv", "adjunct_prep")
#: Participles that make "Iranian-made" a country of origin, not a party.
#: Verbs whose object "training" is what their subject received ("cadets underwent training").
TRAINING_VERBS = word_set("event_words.tsv", "training_verb")
#: Verbs of staying somewhere that, with an "in" place, make a training noun on them the subject's own.
STAY_VERBS = word_set("event_words.tsv", "stay_verb")
#: Adjectives that make an event noun one like an event reported before ("a similar attack").
SIMILAR_WORDS = word_set("event_words.tsv", "similar")
#: Words joined by a hyphen before a verb that make it a trial of the act ("test-fired", "dry-fired").
PRACTICE_PREFIXES = word_set("event_words.tsv", "practice_prefix")
#: Modifiers that make a thing a practice target, not a foe ("two target drones", "a target ship").
PRACTICE_TARGETS = word_set("event_words.tsv", "practice_target")
#: Units of a length of time ("for one year": how long, not when).
DURATION_UNITS = word_set("event_words.tsv", "duration_unit")
PRODUCTION_SITES = word_set("event_words.tsv", "production_site")
#: Adverbs that make a present simple of licensed production work under way ("now produces it under licence").
CURRENT_MARKS = word_set("event_words.tsv", "current_mark")
#: Adverbs that make a present perfect a running total ("has now sanctioned 200 people").
TALLY_MARKS = word_set("event_words.tsv", "tally_mark")
#: Verbs of a monitor keeping count ("documented 41 strikes"): what they govern is a tally, not one act.
RECORD_VERBS = word_set("event_words.tsv", "record_verb")
#: Words of quantity or share whose "of" phrase names the thing itself ("several of the towns", "part of the base").
PARTITIVES = word_set("event_words.tsv", "partitive")
#: Words that open a clause of the same moment as the main one ("... were killed when soldiers raided").
SAME_TIME_MARKS = word_set("event_words.tsv", "same_time_mark")
#: Nouns that with a pronoun possessor stand for the speaker's state ("his country").
OWN_STATE_NOUNS = word_set("event_words.tsv", "own_state_noun")
#: prepositions whose object happened before the clause they frame ("after the clashes", "since the war")
ANTERIOR_PREPS = word_set("event_words.tsv", "anterior_prep")
#: Nouns of unarmed victims: an attack that killed them reports killings, not fighting ("killed 400 civilians").
CIVILIAN_VICTIMS = word_set("event_words.tsv", "civilian_victim")
#: Places and gatherings of unarmed people: a strike on one that killed "people" killed civilians ("on a market").
CIVILIAN_PLACES = word_set("event_words.tsv", "civilian_place")
#: Nouns of the dead that say nothing of who they were: on a civilian place they are its civilians.
UNMARKED_VICTIMS = word_set("event_words.tsv", "unmarked_victim")
#: Nouns of fighting between armed sides: anyone but civilians killed in or by it is its toll ("clashes killed 55 people").
FIGHT_NOUNS = word_set("event_words.tsv", "fight_noun")
#: Words of a strike from afar (an air strike, a bombing, missiles launched): one-sided, not fighting.
STRIKE_WORDS = word_set("event_words.tsv", "strike_word")
#: Words of an accident: deaths told with one are no killings ("died when their vehicle overturned").
ACCIDENT_WORDS = word_set("event_words.tsv", "accident_word")
#: Nouns of an armed attack on a force: troops it "lost in" one are the attack's toll ("lost 28 soldiers in an ambush").
ATTACK_NOUNS = word_set("event_words.tsv", "attack_noun")
#: modifiers that make a shipment one lot among others ("a further shipment", "another delivery")
SINGLE_LOT_MARKS = word_set("event_words.tsv", "single_lot")
#: Parts of a day: "later that morning", "the same day" go on with the day of the clause before.
DAY_PARTS = word_set("event_words.tsv", "day_part")
#: Verbs of a fight's beginning: "the fighting began on Wednesday" dates the fight told before to its start.
START_VERBS = word_set("event_words.tsv", "start_verb")
#: How many tokens back the story may have named the state whose trainees a sentence names with no state ("Ghana
#: took the boats in March. ... his crews trained on them in Salvador").
TRAINEE_WINDOW = 150
#: How many sentences after a clash an agentless toll with no date of its own still tells that clash's dead
#: ("... three days of fighting. The ministry said 140 were wounded. Officials said 35 had been killed").
TOLL_SENTENCES = 2
#: A clock time ("18:00", "9:30"): the stamp of a bulletin or a schedule, never a count.
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")
#: Words whose infinitive is an act scheduled, not done ("is due to call at X", "is scheduled to dock").
PLAN_GOVERNORS = word_set("event_words.tsv", "plan_governor")
#: Types whose mentions by the same first actor in one document are one measure told again.
REPEATED_TYPES = {"sanction", "embargo"}
#: Types whose bare definite noun ("the drills", "the plant") right after an event of the type, or in a story of one
#: such event, is that event again.
BARE_REFERENCE_TYPES = {"training", "industrial_project"}
#: Types recorded once per named speaker and document: one article reports one position of each person
#: who speaks, however many of its sentences voice it (the first is kept); a state's acts stay apart.
ONE_PER_SPEAKER = {"statement_of_support"}
# a word that reports one event may also report its companion: assembly under licence or from another state's kits
# is also an industrial project ("the plant assembles the guns from Korean kits")
COMPANION_TYPES = {("assembly", "industrial_project")}
#: Types that a subject of talks only proposes: "discussed joint exercises" is no exercise held (talks on
#: setting up a plant or opening bases are reported as the projects themselves, as the gold sets have them).
TOPIC_TYPES = {"training"}
#: Relations that lead from a noun up to the word whose topic its phrase is ("talks on joint training").
TOPIC_DEPS = {"conj", "pobj", "prep", "dobj", "obj", "compound", "appos", "nsubjpass"}
#: Possessives by which a verb's object is its subject's own ("trains its crew").
OWN_POSSESSIVES = {"its"}
#: The conditions a trigger row may list (each is a ``Checker._<name>`` method, or a flag).
CONDITIONS = {"obj", "people", "gov", "obj_of", "prep", "target", "actor", "un", "ship", "port", "trainee",
              "weapon", "licence", "commit", "regime", "partner", "affair", "criticism", "similar", "numbered",
              "happened", "main", "once", "drill", "voiced", "mod", "subject", "subj", "dated", "to_death", "near",
              "programme", "party", "praised", "owned", "finite", "onto", "violent", "not_gov", "not_obj", "head",
              "held", "firm", "stated", "signed", "two_states", "helped", "local", "to_come", "not_subj", "by",
              "edition", "abroad", "builder", "emblem", "act", "not_makers", "told", "not_own",
              "acknowledged", "not_tally", "for", "policy", "agentive", "where", "not_head_count", "not_under", "passive",
              "kills", "not_from", "bare", "not_deal", "not_near", "ahead", "away", "from", "not_beside",
              "under", "defends"}


@dataclass(frozen=True)
class Trigger:
    """A row of event_types.tsv: a trigger word or phrase of an event type, its part of speech, its conditions and
    codes."""

    type: str
    words: tuple[str, ...]
    pos: str
    needs: tuple[str, ...]
    plover: str | None
    cameo: str | None


@dataclass
class Lexicon:
    """The event triggers by (head word, part of speech) and the named word lists of event_types.tsv."""

    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    #: word list -> last words of its multi-word entries ("coast guard" -> "guard")
    heads: dict[str, frozenset[str]] = field(default_factory=dict)

    def has(self, name: str, tok_or_text: Token | str) -> bool:
        """Whether a word (a token by lemma or form, or its compound for a multi-word entry) is in the word list
        ``name``."""
        words = self.words.get(name, frozenset())
        if isinstance(tok_or_text, str):
            return tok_or_text.lower() in words
        tok = tok_or_text
        lemma = tok.lemma_.lower()
        return lemma in words or tok.lower_ in words or (
            lemma in self.heads.get(name, ()) and _compound_of(tok) in words)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event lexicon read from event_types.tsv (cached); ValueError on a bad row."""
    lex = Lexicon()
    words: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("event_types.tsv"):
        if row["type"].startswith("_"):
            words[row["type"]].add(row["trigger"].lower())
            continue
        parts = tuple(row["trigger"].lower().split())
        needs = tuple(n.strip() for n in row["needs"].split(";") if n.strip())
        unknown = [n for n in needs if n.partition(":")[0] not in CONDITIONS]
        if unknown or row["type"] not in EVENT_TYPES or row["pos"] not in ("VERB", "NOUN", "ADJ"):
            raise ValueError(f"event_types.tsv: bad row for {row['type']!r} {row['trigger']!r}: "
                             f"{unknown or row['pos'] or 'type'}")
        trigger = Trigger(row["type"], parts, row["pos"], needs, row["plover"] or None, row["cameo"] or None)
        lex.triggers[(parts[-1], row["pos"])].append(trigger)  # phrases are found by their head word
    lex.words = {k: frozenset(v) for k, v in words.items()}
    lex.heads = {k: frozenset(w.split()[-1] for w in v if " " in w) for k, v in words.items()}
    return lex


def _words(name: str) -> frozenset[str]:
    """A word list of event_types.tsv (``_saying``, ``_predicating`` ...)."""
    return lexicon().words.get(name, frozenset())


@functools.lru_cache(maxsize=4096)
def resolved_date(text: str, published: date | None) -> str | None:
    """A date expression resolved against the publication date (cached: dateparser is slow)."""
    return resolve_date(text, published)


def _compound_of(tok: Token) -> str:
    """ "security forces", "coast guard", "naval base": a noun with its compound or adjective before it."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    return f"{left[0].lower_} {tok.lemma_.lower()}" if left else tok.lemma_.lower()


def _name_compounds(tok: Token) -> list[Token]:
    """The compounds of a name's head, and theirs in turn ("the frigate HTMS X": "HTMS" and "frigate")."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "compound"]
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(k for k in c.children if k.dep_ == "compound")
    return out


def _pos(tok: Token) -> str | None:
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "X" and tok.tag_ == "FW":
        return "NOUN"  # "a coup d'etat": a borrowed noun the tagger calls foreign
    return "ADJ" if tok.pos_ == "ADJ" else None


def _subject(verb: Token) -> Token | None:
    """A verb's subject, inherited through "continued to support", "agreed to resume", conjoined verbs
    and participles ("..., calling the coup ...")."""
    tok = verb
    for _ in range(5):
        # the subject nearest the verb: a misparsed date ("In mid-June, X agreed") is not it
        subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("nsubj", "csubj") and c.ent_type_ != "DATE"
                     and not (c.i + 1 < len(c.doc) and c.nbor(1).ent_type_ == "DATE")),
                    next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None))
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "prep", "acomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def _own_state(subj: Token | None) -> bool:
    """ "his country", "our government": a noun that with a pronoun possessor stands for the speaker's state."""
    return subj is not None and subj.lemma_.lower() in OWN_STATE_NOUNS and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _calls_for(verb: Token) -> bool:
    """ "called for sanctions", "called on X to halt exports": a call for an act, not the act."""
    if verb.lemma_ != "call":
        return False
    # "called at Mombasa for three days": a "for" of time is how long a ship stayed, no call for anything
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep" and not (
        c.lower_ == "for" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))}
    # "called for the embargo to be eased": the parser makes "for" the mark of the clause called for
    preps |= {g.lower_ for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
              for g in c.children if g.dep_ == "mark"}
    return "for" in preps or bool(preps & {"on", "upon"}) and any(c.dep_ == "xcomp" for c in verb.children)


def _reporting_subject(pron: Token) -> Token | None:
    """The named subject of the verb of saying whose reported clause a pronoun is the subject of: "Britain
    said it had imposed ..." (a pronoun that cannot stand for the speaker's state, such as a plural after a
    singular, is left to the previous sentence)."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pron.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _words("_saying"):
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pron.i), None)
    if subj is None or subj.pos_ == "PRON" or (pron.lower_ == "it") != (subj.tag_ in ("NN", "NNP")):
        return None
    return subj


def _bare_participle(verb: Token) -> bool:
    """A past participle with no subject or auxiliary of its own, set off as a clause ("looked at the
    jet, jointly produced by A and B, ..."): it describes a noun, as a participle on it does."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _site_subject(verb: Token) -> bool:
    """Whether a verb's subject is a production site ("the state factory assembles ..."), a named plant the parser
    may read as a modifier before the verb ("Its Factory 200 assembles ...")."""
    return any((c.dep_ == "nsubj" or c.dep_ == "nmod" and c.i < verb.i)
               and (c.lemma_.lower() in PRODUCTION_SITES or c.lower_ in PRODUCTION_SITES) for c in verb.children)


def _object(verb: Token) -> Token | None:
    """The direct object, or the passive subject; for a finite verb the parser hung on the noun after it as
    a modifier ("since the military seized power", "have since fired rockets at ..."), that noun."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is None and _misparsed_modifier(verb):
        return verb.head
    if obj is None and verb.pos_ == "VERB":
        # "ships have rammed and water-cannoned Philippine boats": the parser may coordinate the shared object
        # with the first verb, which a noun never is; the noun conjunct after the verbs is their object
        obj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i
                    and any(k.dep_ == "cc" for k in verb.children)), None)
    return obj


def _counted_patient(verb: Token) -> bool:
    """Whether a past participle is a reduced relative on a counted noun that a verb of record governs, its
    patient ("the report counts 1,200 civilians killed in air strikes": a monitor's cumulative toll)."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "nummod" for c in noun.children) \
        and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in RECORD_VERBS


def _misparsed_modifier(verb: Token) -> bool:
    """A past-tense verb read as an adjective of the noun right after it: "the military seized power" parsed
    as one noun phrase. An adjectival participle ("the seized weapons") comes after its determiner or
    has none; this one follows a noun or adjective that is its subject ("military", "have since")."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    head = verb.head
    if head.pos_ != "NOUN" or head.i != verb.i + 1 or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") and before.dep_ != "compound" or before.lower_ in (
        "since", "after", "when")



def _subjects_before(tok: Token) -> list[Token]:
    """The subjects of the sentence before a token's, when both are in one paragraph (no line break between)."""
    sent = tok.sent
    doc = tok.doc
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws or doc[sent.start - 1].is_space:
        return []
    before = doc[sent.start - 1].sent
    return [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]

def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            # "along with X", "together with X"
            for inner in child.children:
                if inner.dep_ == "prep" and inner.lower_ == "with":
                    out.extend(c for c in inner.children if c.dep_ == "pobj")
    return out


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


# --- who: actors ----------------------------------------------------------------------------------------

_NOUN, _PROPN = symbols.IDS["NOUN"], symbols.IDS["PROPN"]


class Actors:
    """Names of the countries, organisations, militaries and people a phrase refers to."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.lex = lexicon()
        self.militaries = self._military_mentions()

    def _military_mentions(self) -> list[tuple[int, str]]:
        """(token, name) of every named military: "Sudan's army", a gazetteer military body.

        Only a noun whose lemma is a word or the last word of an entry of the list, or whose form is a word
        of it, can pass ``Lexicon.has``: that is read off the token arrays (each distinct lemma and form
        once), and Tokens are made for those nouns alone."""
        doc = self.ctx.doc
        if not len(doc):
            return []
        words, heads = self.lex.words.get("_military", frozenset()), self.lex.heads.get("_military", frozenset())
        strings = doc.vocab.strings
        pos, lemmas, lowers = doc.to_array([POS, LEMMA, LOWER]).T.tolist()
        possible: dict[tuple[int, int], bool] = {}
        out = []
        for i, (p, lemma, lower) in enumerate(zip(pos, lemmas, lowers)):
            if p != _NOUN and p != _PROPN:
                continue
            hit = possible.get((lemma, lower))
            if hit is None:
                folded = strings[lemma].lower()
                hit = possible[(lemma, lower)] = folded in words or strings[lower] in words or folded in heads
            if hit and self.lex.has("_military", doc[i]):
                name = self.military_name(doc[i])
                if name:
                    out.append((i, name))
        return out

    def military_name(self, head: Token) -> str | None:
        """ "Iran's security forces" -> "Iran security forces"; a national armed forces body -> "<country> military"."""
        names = self.military_names(head)
        return names[0] if names else None

    def military_names(self, head: Token) -> list[str]:
        """One name per country: "Indian and Chinese troops" -> India troops, China troops."""
        ent = self.ctx.ent_at.get(head.i)
        if ent is not None and ent.label_ == "MILITARY":
            org = self.ctx.gaz.organisation(ent.ent_id_ or ent.text)
            if org and org.country and (" " not in org.name or ARMED_FORCES.search(org.name)
                                        or ARMED_FORCES.search(ent.text)):
                return [f"{org.country} military"]  # a state's armed forces as a whole
            return [org.name if org else ent.text]
        countries: list[str] = []
        for t in head.subtree:
            c = self.ctx.token_country(t) if t.i < head.i else None
            if c and c not in countries:
                countries.append(c)
        compound = _compound_of(head)
        lemma = head.lemma_.lower()
        if compound in ("security force", "coast guard", "special force"):
            words = compound if compound == "coast guard" else compound + "s"
        elif lemma in ("junta", "regime", "military") or compound == "armed force":
            words = "military"
        else:
            words = head.lower_
        return [f"{c} {words}" for c in countries]

    def nearest_military(self, i: int, armed_forces_only: bool = False, window: int | None = None) -> str | None:
        """The military named nearest before token i (else after, unless a ``window`` of tokens before
        is given); ``armed_forces_only`` leaves out police and security forces (who do not stage coups)."""
        names = [(j, n) for j, n in self.militaries
                 if not armed_forces_only or n.endswith(("military", "armed forces", "army"))
                 or ARMED_FORCES.search(n) or n.endswith("Army")]
        before = [name for j, name in names if j < i and (window is None or i - j <= window)]
        after = [name for j, name in names if j > i] if window is None else []
        return before[-1] if before else (after[0] if after else None)

    def of(self, head: Token | None, armed_text: bool = False) -> list[str]:
        """Actors a noun phrase names, in order; pronouns "they"/"it" resolve to the previous sentence's
        subject; an unnamed armed group is kept as its words when ``armed_text``."""
        if head is None:
            return []
        ctx = self.ctx
        if head.pos_ == "PRON" and head.lower_ in ("they", "it"):
            reporter = _reporting_subject(head)
            if reporter is not None:
                return self.of(reporter)  # "Britain said it had imposed ...": the one who says so
            sent = head.sent
            if sent.start > 0:
                prev = ctx.doc[sent.start - 1].sent
                subj = next((t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
                return self.of(subj) if subj is not None and subj.pos_ != "PRON" else []
            return []
        found: list[str] = []

        def put(name: str | None) -> None:
            if name and name not in found:
                found.append(name)

        skip = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        if self.lex.has("_relational", head):  # "Egypt's suppliers" are not Egypt
            skip |= {t.i for c in head.children if c.dep_ in ("poss", "compound", "amod", "prep") for t in c.subtree}
        done: set[int] = set()
        origins: set[str | None] = set()
        if head.pos_ in ("NOUN", "PROPN") and self.lex.has("_military", head):
            for name in self.military_names(head):
                put(name)
                done.update(t.i for t in head.subtree if t.i <= head.i)
        tokens = [t for t in head.subtree if t.i not in skip]
        for tok in tokens:
            if tok.i in done:
                continue
            if tok.pos_ in ("NOUN", "PROPN") and self.lex.has("_military", tok) \
                    and tok.dep_ not in ("compound", "amod"):
                name = self.military_name(tok)
                if name:
                    put(name)
                    done.update(t.i for t in tok.subtree)
                    continue
            ent = ctx.ent_at.get(tok.i)
            if ent is not None:
                done.update(range(ent.start, ent.end))
                if ent.label_ in ("ORG",):
                    org = ctx.gaz.organisation(ent.ent_id_ or ent.text)
                    put(org.name if org else re.sub(r"^(?:the|The)\s+", "", ent.text))
                    continue
                if ent.label_ == "MILITARY":
                    put(self.military_name(tok))
                    continue
                if ent.label_ == "LOCATION" and not ctx.token_country(tok):
                    place = ctx.gaz.place(ent.ent_id_ or ent.text)  # "shelled Kharkiv": Ukraine
                    put(place.country if place else None)
                    continue
            person = ctx.person_at.get(tok.i)
            if person:
                put(person)
                continue
            if made_in(tok):
                origins.add(ctx.token_country(tok))
                continue  # "an Iranian-made drone" was made there, not sent by that state
            put(ctx.token_country(tok))
        if not found:  # "Cairo's main lenders, France and Italy": the apposition names them
            for a in (c for c in head.children if c.dep_ == "appos"):
                found.extend(n for n in self.of(a) if n not in found)
        if not found and not self.lex.has("_relational", head):
            found.extend(c for c in ctx.phrase_countries(head) if c not in found and c not in origins)
        if not found and armed_text and self.lex.has("_armed", head) and head.pos_ == "NOUN" \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            words = [t for t in head.subtree if t.i not in skip and t.i <= head.i and t.dep_ != "det"
                     and not t.is_punct]
            put(" ".join(t.text for t in words))
        if not found and head.pos_ == "NOUN":
            # "the commander said his crews had trained on them": the force of the official who says so
            put(next((self._sayer_country(c) for c in head.children
                      if c.dep_ == "poss" and c.lower_ in ("his", "her")), None))
        return found

    def _sayer_country(self, pron: Token) -> str | None:
        """The country of the named person who says the clause a possessive pronoun is in."""
        for verb in _saying_verbs(pron.head):
            subj = _subject(verb)
            name = self.ctx.person_at.get(subj.i) if subj is not None else None
            if name is None and subj is not None:  # "The commander of the Coast Guard, Brigadier X, said"
                name = next((self.ctx.person_at[c.i] for c in subj.children
                             if c.dep_ == "appos" and c.i in self.ctx.person_at), None)
            if name:
                return self.ctx.affiliation.get(name)
        return None


def _forms(tok: Token) -> set[str]:
    """A word's lemma and its form with a plain inflection stripped: the small model's lemmatiser
    misreads some ("hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.add(lower[:-len(suffix)] + repl)
    return forms


# --- conditions ---------------------------------------------------------------------------------------

def _ancestors(tok: Token, steps: int = 4) -> list[Token]:
    out = []
    for _ in range(steps):
        if tok.head.i == tok.i or tok.dep_ not in UP_DEPS:
            break
        tok = tok.head
        out.append(tok)
    return out


def _governor(tok: Token, words: frozenset[str]) -> Token | None:
    """A word in ``words`` above the trigger (within three steps), a relative clause on it, or a finite verb
    the parser read as its adjective."""
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and (child.lemma_.lower() in words or child.lower_ in words):
            return child
        if _misparsed_modifier(child) and (child.lemma_.lower() in words or child.lower_ in words):
            return child  # "has in the past blocked exports": the verb read as an adjective of its object
    for anc in _ancestors(tok, 3):
        if anc.lemma_.lower() in words or anc.lower_ in words or _phrasal(anc) in words \
                or _with_object(anc) in words:
            return anc
    if _of_gerund(tok) and _forms(tok.head.head) & words:
        return tok.head.head  # "extended the partial lifting of its embargo": the act told by its gerund noun
    return None


def _of_gerund(tok: Token) -> bool:
    """The trigger is the "of" object of a gerund noun ("the lifting of the embargo", "the easing of sanctions")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.lower_.endswith("ing")


def _origin(tok: Token) -> bool:
    """ "an Iranian-designed drone factory": a participle after a hyphen names where a thing comes from, no
    intent ("designed to" blocks, "-designed" does not)."""
    return tok.lower_ in ORIGIN_PARTICIPLES and tok.i > 0 and tok.nbor(-1).text == "-"


def _phrasal(tok: Token) -> str:
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {prt.lower_}" if prt is not None else tok.lemma_.lower()


def _with_object(tok: Token) -> str:
    """A verb with its bare object noun, as in a set phrase ("take part": the parser may take "part" for
    the object rather than a particle)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.n_lefts == 0), None) if tok.pos_ == "VERB" else None
    return f"{tok.lemma_.lower()} {obj.lower_}" if obj is not None else ""


def _titled(tok: Token, words: frozenset[str]) -> bool:
    """A person named with a title in ``words``: "ousted President X" is the government ousted."""
    return tok.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.lemma_.lower() in words
                                             for c in tok.children)


def _has_people(tok: Token | None, lex: Lexicon) -> bool:
    if tok is None:
        return False
    for _ in range(3):  # "hundreds of villagers", "dozens of civilians": the noun after the "of"s
        if tok.like_num or lex.has("_people", tok) or any(c.dep_ == "nummod" for c in tok.children) \
                and tok.pos_ == "NOUN":
            return True
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if tok is None:
            return False
    return False


def _is_target(tok: Token, ctx: DocContext, lex: Lexicon) -> bool:
    for t in _conjuncts(tok):
        if any(c.dep_ in ("compound", "amod") and c.lower_ in PRACTICE_TARGETS for c in t.children):
            continue  # "hitting two target drones over the range": a drill, not an attack
        ent = ctx.ent_at.get(t.i)
        if ent is not None and ent.label_ in ("COUNTRY", "GPE", "LOCATION", "LOC", "FAC", "MILITARY"):
            return True
        if lex.has("_target", t) or lex.has("_armed", t) or lex.has("_military", t):
            return True
    return False


def _is_weapon(tok: Token, ctx: DocContext) -> bool:
    if tok.ent_type_ == "WEAPON_SYSTEM" or tok.lemma_.lower() == "kit":
        return True
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i]
    # the phrase, then its shorter tails down to the noun alone: "a 45-metre patrol vessel" is a patrol vessel
    return any(ctx.gaz.category_of(" ".join(words[k:])) for k in range(len(words)))


#: Relations down from a verb through its object and place phrases, to where the parser may hang its "under"
#: phrase: "building jets at its plant under licence", "frigates based on the X design under a licence".
NOUN_PHRASE_DEPS = {"dobj", "obj", "prep", "pobj", "acl", "nmod", "compound", "appos"}


#: Relations up from a fight's word to the clause it is told in ("uses to shell", "uses in its war", "say have
#: been launched"): a weapon that clause describes is what the fight is told about.
WEAPON_CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "prep", "pobj", "dobj", "obj"}


def _transfer_of_technology(tok: Token) -> bool:
    """ "a transfer of technology (programme)": the spelled-out form of a technology transfer agreement."""
    return tok.lemma_.lower() == "transfer" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(t.lemma_.lower() == "technology" for t in p.subtree)
        for p in tok.children)


def _nested_under(verb: Token, depth: int = 5) -> list[Token]:
    """The objects of "under" phrases inside a verb's object, place and agent phrases (not inside a clause of its
    own: a participle on a noun is the only verb passed through); the parser may hang "under a licence" on the
    agent ("will be assembled by the state firm X under a licence agreement"), or on a name it leaves unlabelled
    on the verb ("by the state company X", X a "dep")."""
    out: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ in ("dobj", "obj", "prep", "agent")
                or c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")]
    for _ in range(depth):
        below: list[Token] = []
        for t in frontier:
            if t.dep_ == "acl" and t.tag_ != "VBN":
                continue
            if t.dep_ == "prep" and t.lower_ == "under":
                out.extend(c for c in t.children if c.dep_ == "pobj")
                continue
            below.extend(c for c in t.children if c.dep_ in NOUN_PHRASE_DEPS)
        frontier = below
    return out


def _clause_tokens(tok: Token) -> Span:
    """The clause around a trigger: the subtree of its nearest governing verb."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return tok.doc[verb.left_edge.i:verb.right_edge.i + 1]


def _subject_words(tok: Token) -> list[Token]:
    """The words of a verb's subject, inherited ("the destroyer was allowed to dock"), or for "they"/"it" the
    previous sentence's main subject and object ("The navy sent three warships. They docked ...")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    subj = _subject(tok)
    if subj is None and tok.dep_ == "xcomp":  # "the destroyer was allowed to dock": the passive subject
        subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return []
    if subj.pos_ == "PRON" and subj.lower_ in ("they", "it") and subj.sent.start > 0:
        prev = tok.doc[subj.sent.start - 1].sent
        return [t for h in prev if h.dep_ in ("nsubj", "dobj") and h.head.dep_ == "ROOT" for t in h.subtree]
    return list(subj.subtree)


@dataclass
class Match:
    """A trigger mention that meets its conditions: the word that licenses it and what was found."""

    trigger: Trigger
    token: Token
    anchor: Token  # the verb (or noun) whose clause states the event
    supporter: list[str] = field(default_factory=list)  # for statements: who speaks
    partners: list[Token] = field(default_factory=list)  # other parties: "clashed with X", targets


class Checker:
    """Evaluates a trigger row's conditions on a token."""

    def __init__(self, ctx: DocContext, actors: Actors) -> None:
        self.ctx = ctx
        self.actors = actors
        self.lex = lexicon()
        #: event type -> index of the last sentence that reported one (for "similar measures")
        self.last_sentence: dict[str, int] = {}
        # the last sentence that names an event of a type again ("took part in the exercise"): type -> its index
        self.referred: dict[str, int] = {}
        self.sentence_index = 0

    def check(self, trig: Trigger, tok: Token) -> Match | None:
        """A Match if the token meets every condition of the trigger and is not blocked, else None."""
        match = Match(trig, tok, tok)
        for need in trig.needs:
            name, _, arg = need.partition(":")
            ok = name in ("once", "party") or getattr(self, f"_{name}")(tok, arg, match)
            if not ok:
                return None
        if trig.pos == "NOUN" and match.anchor is tok:
            match.anchor = next((a for a in _ancestors(tok) if a.pos_ in ("VERB", "AUX")), tok)
        if self._blocked(match):
            return None
        return match

    # each condition: (trigger token, argument, match) -> bool

    def _words(self, arg: str) -> frozenset[str]:
        """Comma-separated words and word list names ("_ties,support")."""
        out: set[str] = set()
        for w in (w.strip() for w in arg.split(",")):
            if w.startswith("_"):
                out |= self.lex.words.get(w, frozenset())
            elif w:
                out.add(w)
        return frozenset(out)

    def _obj(self, tok: Token, arg: str, m: Match) -> bool:
        obj = _object(tok)
        if obj is None:
            return False
        if arg == "any":
            return True
        if arg == "+A":  # a trade in arms: "banned arms sales to X", "a law banning the arms trade with X"
            return self._arms_trade(obj)
        if arg == "+AS":  # ... with or to a state ("banned the sale of weapons to civilians" is no embargo)
            return self._arms_trade(obj) and any(  # (the parser may hang "to X" on the verb)
                p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
                and any(self.ctx.token_country(o) for o in p.subtree) for p in [*obj.subtree, *tok.children])
        words = self._words(arg)
        # "shot down 40 of the 52 drones": the noun after the quantity; "froze $14 million in assets": the goods a
        # sum is held in
        heads = [next(iter(_prep_objects(t, {"of"} | ({"in"} if t.ent_type_ == "MONEY" else set()))), t)
                 if t.like_num or t.pos_ == "NUM" else t for t in _conjuncts(obj)]
        # "the patrol ship HMS X was berthed at ...": a named ship is what its compound says, however deep the
        # parser nests the compounds of the name ("the frigate HTMS X": "frigate" on "HTMS", on the name's head)
        return any(t.lemma_.lower() in words or _compound_of(t) in words or _titled(t, words) or t.pos_ == "PROPN"
                   and any(c.lemma_.lower() in words for c in _name_compounds(t)) for t in heads)

    def _not_obj(self, tok: Token, arg: str, m: Match) -> bool:
        """The object is none of LIST: "killed 12 protesters", not "killed 12 militants" (fighting)."""
        return not self._obj(tok, arg, m)

    def _under(self, tok: Token, arg: str, m: Match) -> bool:
        """An "under" phrase whose noun is in LIST: "under the agreement, X will build the parts in Y"."""
        words = self._words(arg)
        return any(t.lemma_.lower() in words for t in _prep_objects(tok, {"under"}))

    def _not_under(self, tok: Token, arg: str, m: Match) -> bool:
        """No "under" phrase whose noun is in LIST: "under the protocol, X will train Y" tells what an
        agreement provides for (the agreement is the event)."""
        return not self._under(tok, arg, m)

    def _not_beside(self, tok: Token, arg: str, m: Match) -> bool:
        """Not where one stands: "said at the signing, standing beside the British minister X" (a named person as
        the object of "beside" or "next to" tells a place, not a side taken)."""
        return not any(t.ent_type_ == "PERSON" for o in _prep_objects(tok, {"beside", "next"}) for t in o.subtree)

    def _from(self, tok: Token, arg: str, m: Match) -> bool:
        """A "from" phrase whose noun is in LIST: "suspended X from the bloc's activities" (a membership)."""
        words = self._words(arg)
        objs = _prep_objects(tok, {"from"})
        objs += [o for h in objs for o in _prep_objects(h, {"of"})]  # "from all of its activities"
        return any(t.lemma_.lower() in words or t.lower_ in words for t in objs)

    def _not_from(self, tok: Token, arg: str, m: Match) -> bool:
        """No "from" phrase whose noun is in LIST: "voted to strike the tanks from the inventory" removes
        them from a record ("struck the port from the sea" keeps its attack)."""
        words = self._words(arg)
        return not any(t.lemma_.lower() in words for t in _prep_objects(tok, {"from"}))

    def _people(self, tok: Token, arg: str, m: Match) -> bool:
        if tok.lemma_.lower() == "die":
            return _has_people(next((c for c in tok.children if c.dep_ == "nsubj"), None), self.lex)
        if _counted_patient(tok):
            return _has_people(tok.head, self.lex)  # "counts 1,200 civilians killed in air strikes"
        return _has_people(_object(tok), self.lex)

    def _policy(self, tok: Token, arg: str, m: Match) -> bool:
        """A trade as a whole ("halted arms shipments", "stopped deliveries of F-35 parts"), not one lot
        stopped on its way ("a further shipment of 200 sights was stopped", "the shipment of 400 bombs")."""
        if tok.tag_ in ("NNS", "NNPS"):
            return True
        one = any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.lower_ in SINGLE_LOT_MARKS
                  for c in tok.children)
        counted = any(t.like_num or t.pos_ == "NUM" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for t in p.subtree)
        return not (one or counted)

    def _not_deal(self, tok: Token, arg: str, m: Match) -> bool:
        """No purchase above the noun ("a deal valued at $1bn, which also covered training of the crews",
        "the contract, worth $41m with spares and pilot training", "offsets including training for engineers"):
        what a sale includes is still to come. Six steps: a price or a relative clause lies in between."""
        return not any(self.lex.has("_deal", a) for a in _ancestors(tok, 6) if a.pos_ in ("NOUN", "PROPN"))

    def _bare(self, tok: Token, arg: str, m: Match) -> bool:
        """A trade named with no goods of its own ("halted exports to X"): in a story of arms, the country's
        arms trade; "halted oil exports to X", "exports of grain to X" name other goods."""
        return not any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                       or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)

    def _numbered(self, tok: Token, arg: str, m: Match) -> bool:
        # a clock time is no count ("18:00 - Death toll rises": a bulletin's time stamp)
        return any((c.dep_ == "nummod" or c.like_num) and not _CLOCK.fullmatch(c.text) for c in tok.children)

    def _gov(self, tok: Token, arg: str, m: Match) -> bool:
        gov = _governor(tok, self._words(arg))
        if gov is None:
            return False
        if _of_gerund(tok) and gov.i == tok.head.head.i and not (
                gov.dep_ in ("dobj", "obj", "nsubjpass") and self.lex.has("_measure_act", gov.head)):
            return False  # "welcomed the easing of the embargo": a reaction to a change, not the change
        m.anchor = gov if gov.pos_ in ("VERB", "AUX") else next(
            (a for a in [gov, *_ancestors(gov)] if a.pos_ in ("VERB", "AUX")), gov)
        return True

    def _agentive(self, tok: Token, arg: str, m: Match) -> bool:
        """The governing verb says who acted: not an agentless passive ("the embargo was lifted in 2019"
        names no one who lifted it; "X lifted its embargo", "X's decision to lift" do)."""
        verb = m.anchor
        return not (any(c.dep_ == "auxpass" for c in verb.children)
                    and not any(c.dep_ == "agent" for c in verb.children))

    def _kills(self, tok: Token, arg: str, m: Match) -> bool:
        """One attack told as what killed people: "an Israeli drone strike on a car killed two people" (the
        strike is the subject of the killing verb, so its dead are its toll); strikes in the plural that
        "have killed 2,000 civilians" are a tally of killings."""
        verb = tok.head
        return tok.dep_ == "nsubj" and tok.tag_ == "NN" and verb.pos_ == "VERB" and verb.lemma_.lower() == "kill" \
            and not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)

    def _head(self, tok: Token, arg: str, m: Match) -> bool:
        """The trigger heads its phrase: "an attack helicopter", "an assault rifle" name no attack."""
        return tok.dep_ not in ("compound", "amod", "nmod")

    def _held(self, tok: Token, arg: str, m: Match) -> bool:
        """Not what a place or thing is for or named after: "ports and airfields for joint training", "a
        flight training school" (_training_place) name no training held."""
        if tok.dep_ in ("compound", "amod", "nmod") and self._is_place(tok.head):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and self._is_place(tok.head.head):
            return False  # (not the verb "docked ... for a joint exercise": the ships came for the exercise)
        return not self._enabled_by_place(tok) and not self._part_of_exercise(tok)

    def _enabled_by_place(self, tok: Token) -> bool:
        """ "the two new bases will support joint drills and training": what places make possible (_enable
        verbs with a place for subject), not an exercise held."""
        subj = self._subject_acting_on(tok, "_enable")
        return subj is not None and self._is_place(subj)

    def _part_of_exercise(self, tok: Token) -> bool:
        """ "the programme includes field exercises and command-post training": the parts of an exercise or
        programme (_part verbs with such a subject), not another exercise held."""
        subj = self._subject_acting_on(tok, "_part")
        return subj is not None and (self.lex.has("_exercise_noun", subj) or self.lex.has("_programme_noun", subj))

    def _subject_acting_on(self, tok: Token, verbs: str) -> Token | None:
        """The subject of a verb of the word list ``verbs`` whose object is ``tok`` (or the list it ends)."""
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ not in ("dobj", "obj") or not self.lex.has(verbs, head.head):
            return None
        return _subject(head.head)

    def _is_place(self, tok: Token) -> bool:
        return any(self.lex.has(name, t) for t in _conjuncts(tok) for name in ("_training_place", "_port", "_base"))

    def _not_gov(self, tok: Token, arg: str, m: Match) -> bool:
        """No word in LIST governs the trigger: "accused of planning a coup", "plotted a coup"."""
        words = self._words(arg)
        above = _ancestors(tok, 3)
        # "ready to extend cooperation to patrols and to the training of X": a noun deep in the phrase of an
        # infinitive is governed by what governs the infinitive
        verb = next((a for a in _ancestors(tok, 6) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and tok.dep_ == "pobj" and tok.head.lower_ == "for":
            above.append(verb)  # "relies on a fleet of jets for strike missions": what the verb's things are for
        while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
            above.append(verb)
        return not any(_forms(a) & words for a in above)

    def _for(self, tok: Token, arg: str, m: Match) -> bool:
        """A "for" phrase whose noun is in LIST: "a centre for the repair of armoured vehicles"."""
        words = self._words(arg)
        objs = _prep_objects(tok, {"for"})
        if not objs and tok.dep_ in ("dobj", "obj"):
            objs = _prep_objects(tok.head, {"for"})  # the phrase hung on the verb by the parser
        return any(o.lemma_.lower() in words for o in objs)

    def _not_tally(self, tok: Token, arg: str, m: Match) -> bool:
        """Not a running total: "has now sanctioned more than 200 people", "has so far blacklisted 40 firms",
        "to date", "in total" (a present perfect with a mark of the total so far)."""
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            return True
        marks = [c for c in tok.children if c.dep_ in ("advmod", "npadvmod", "prep")]
        marks += [p for c in marks if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return not any(t.lower_ in TALLY_MARKS for c in marks for t in (c, *c.children))

    def _not_head_count(self, tok: Token, arg: str, m: Match) -> bool:
        """Not a head count of the moment: "60 officers are (currently) studying at X" counts who is there
        now (a figure); "have studied since 2016" and "will study" tell a programme."""
        progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
        subj = _subject(tok)
        counted = subj is not None and any(c.dep_ == "nummod" or c.like_num for c in subj.children)
        return not (progressive and counted)

    def _violent(self, tok: Token, arg: str, m: Match) -> bool:
        """The deaths are no accident or disaster: "a helicopter crash killed five", "died in a flood"."""
        causes = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if tok.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in causes):
            causes.append(tok.head)  # "the earthquake, which killed 300": the noun the clause is about
        verbs = [tok, *(c for c in tok.conjuncts if c.pos_ in ("VERB", "AUX"))]
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(tok.head)  # "the death toll rose ... as floods spread": the toll's verb
        for verb in verbs:
            # "56 have died and 21 are missing after the rains": the cause hung on a coordinated verb
            causes += _prep_objects(verb, {"in", "from", "after", "during", "by", "of"})
            # "... as floods spread", "... after the storm hit": the subject of a clause of time or cause
            causes += [s for a in verb.children if a.dep_ == "advcl"
                       for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]
        # "after three days of heavy rain": a stretch of time of the cause
        causes += [o for c in list(causes) if c.ent_type_ == "DATE" for o in _prep_objects(c, {"of"})]
        if not causes:
            # a toll told with no cause of its own right after a disaster is the subject of the sentence before
            # ("The quake hit two provinces at midnight. Officials said 2,200 people had been killed.")
            causes = _subjects_before(tok)
        return not any(self.lex.has("_accident", t) for c in causes for t in _conjuncts(c))

    def _obj_of(self, tok: Token, arg: str, m: Match) -> bool:
        words = self._words(arg)
        head = tok
        while head.dep_ == "conj":  # "a mine and plant": the plant shares the mine's governor
            head = head.head
        gov = None
        if head.dep_ in ("dobj", "obj", "nsubjpass"):
            gov = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.pos_ == "NOUN":
            gov = head.head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.pos_ == "VERB":
            gov = _subject(head.head.head)  # "construction began on a new plant"
        elif head.dep_ == "npadvmod" and head.head.tag_ == "VBG" and head.head.dep_ == "amod" \
                and head.head.i == head.i + 1 and head.head.head.dep_ in ("dobj", "obj"):
            # "opened a factory producing drones": the parser hangs the noun on its participle, read as an
            # adjective of the participle's object, which it makes the verb's object
            gov = head.head.head.head
        elif head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() == "open" \
                and "open" in words and not any(c.dep_ in ("dobj", "obj") for c in head.head.children):
            gov = head.head  # "a drone factory opened in X in 2022": the plant opened, told intransitively
        if gov is None or not (gov.lemma_.lower() in words or _phrasal(gov) in words):
            # "the repair workshop that X opened in July": the noun is the object of its relative clause
            gov = next((c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                        and (c.lemma_.lower() in words or _phrasal(c) in words)
                        and any(k.dep_ == "nsubj" for k in c.children)
                        and all(k.lower_ in ("that", "which") for k in c.children if k.dep_ in ("dobj", "obj"))),
                       None)
        if gov is None or not (gov.lemma_.lower() in words or _phrasal(gov) in words):
            # "the drone line that X agreed in 2017 to set up near Y": the clause's verb takes the work on as
            # its complement, whose object the noun is
            gov = next((x for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                        and any(k.dep_ == "nsubj" for k in c.children)
                        and any(k.dep_ in ("dobj", "obj") and k.lower_ in ("that", "which") for k in c.children)
                        for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                        and (x.lemma_.lower() in words or _phrasal(x) in words)
                        and not any(k.dep_ in ("dobj", "obj") for k in x.children)), None)
        if (gov is None or not (gov.lemma_.lower() in words or _phrasal(gov) in words)) and "open" in words:
            # "a new plant in Gyor, which opened in 2021": the parser hangs the clause on the town; a place
            # does not open, told intransitively, so the plant before it did
            gov = next((c for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "outside")
                        for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "LOCATION")
                        for c in o.children if c.dep_ == "relcl" and c.lemma_.lower() == "open"
                        and any(k.dep_ == "nsubj" and k.lower_ in ("which", "that") for k in c.children)
                        and not any(k.dep_ in ("dobj", "obj", "nsubjpass") for k in c.children)), None)
        if gov is None or not (gov.lemma_.lower() in words or _phrasal(gov) in words):
            return False
        m.anchor = gov if gov.pos_ in ("VERB", "AUX") else next(
            (a for a in _ancestors(gov) if a.pos_ in ("VERB", "AUX")), gov)
        return True

    def _prep(self, tok: Token, arg: str, m: Match) -> bool:
        preps, _, target = arg.partition("+")
        objs = _prep_objects(tok, set(preps.split(",")))
        if not objs and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ in preps.split(",") for c in tok.children):
            # "stopped off Helguvik": the parser reads the preposition as a particle and its object as the verb's
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not objs and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
            # the phrase hung on the verb by the parser: "repelled an attack on the town"
            objs = _prep_objects(tok.head, set(preps.split(",")))
        if not objs and tok.pos_ == "NOUN":
            # "the restrictions Britain has placed on arms exports": the phrase hung on the relative clause
            # whose object the noun is
            objs = [o for v in tok.children if v.dep_ == "relcl" and v.pos_ == "VERB"
                    and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children)
                    for o in _prep_objects(v, set(preps.split(",")))]
        if not objs and tok.pos_ == "VERB":
            # the phrase hung on the weapons fired: "launched 40 drones and six missiles at the port"
            obj = _object(tok)
            objs = [o for w in (_conjuncts(obj) if obj is not None else []) if _is_weapon(w, self.ctx)
                    for o in _prep_objects(w, set(preps.split(",")))]
        # "access to two of its bases", "attacks on several of the towns": the noun after the quantity
        # ("access to part of the base": a share of it)
        objs = [next(iter(_prep_objects(o, {"of"})), o) if o.like_num or o.pos_ == "NUM"
                or o.lower_ in PARTITIVES else o for o in objs]
        # "clashes between February and April": a span of time, no parties
        objs = [o for o in objs if not (o.head.lower_ == "between" and o.ent_type_ == "DATE")]
        if target == "T":
            objs = [o for o in objs if _is_target(o, self.ctx, self.lex)]
        elif target == "C":  # a named party: "the border conflict with Eritrea", not "with protesters"
            objs = [o for o in objs if any(t.ent_type_ in ("COUNTRY", "GPE", "MILITARY")
                                           or self.ctx.token_country(t) for t in _conjuncts(o))]
        elif target == "S":  # a state or its people: "stand with Cuba", "stand by its Syrian allies"
            # "India will stand with it": a pronoun for the state or force named before it
            objs = [self._state_antecedent(o) or o if o.pos_ == "PRON" else o for o in objs]
            objs = [o for o in objs if any(self.ctx.token_country(k) for t in _conjuncts(o) for k in (
                t, *(c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod"))))]
        elif target == "B":  # "access to four more bases", "access to its air bases"
            objs = [o for o in objs if any(self.lex.has("_base", t) for t in _conjuncts(o))]
        elif target == "F":  # "the acquisition of the Italian aircraft maker X", "of a stake in X"
            objs = [o for o in objs if any(self._is_firm(t) for t in _conjuncts(o))]
        elif target == "P":  # "to be built at the Gliwice plant"; not "at the company's yard", its own
            objs = [o for o in objs if any(self.lex.has("_plant", t) and not any(
                c.dep_ == "poss" and (c.pos_ == "PRON" or self.lex.has("_company", c)) for c in t.children)
                for t in _conjuncts(o))]
        elif target == "A":  # "a ban on exports of weapons and ammunition", "a freeze on arms sales"
            objs = [o for o in objs if self._arms_trade(o)]
        elif target == "R":  # a border two named states share: "on the Kyrgyz-Tajik border"
            objs = [o for o in objs if self.lex.has("_border", o) and len({
                c for t in o.subtree if t.i < o.i for c in [self.ctx.token_country(t)] if c}) >= 2]
        elif target == "W":  # arms themselves: "the sale of arms and military equipment", "of weapons"
            objs = [o for o in objs if any(self.lex.has("_arms_word", t) or _is_weapon(t, self.ctx)
                                           for t in _conjuncts(o))]
        m.partners.extend(objs)
        return bool(objs)

    def _state_antecedent(self, pron: Token) -> Token | None:
        """The state or armed force a third-person pronoun object stands for: the last one its sentence names
        before it outside its verb's subject ("Whatever the army needs, India will stand with it"), else the
        last one the sentence before names."""
        if pron.lower_ not in ("it", "them"):
            return None
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        own = {t.i for t in subject.subtree} if subject is not None else set()
        sent = pron.sent
        before = [t for t in sent if t.i < pron.i and t.i not in own]
        if sent.start > 0:
            before = list(self.ctx.doc[sent.start - 1].sent) + before
        plural = pron.lower_ == "them"
        for t in reversed(before):
            if t.pos_ == "PROPN" and (t.tag_ == "NNPS") == plural and t.dep_ not in ("compound", "poss") \
                    and self.ctx.token_country(t) and (t.i >= sent.start or not own or all(
                        self.ctx.token_country(t) != self.ctx.token_country(k) for k in subject.subtree)):
                return t
        return None

    def _where(self, tok: Token, arg: str, m: Match) -> bool:
        """A "where" clause on a target ("Lombrum, where the destroyer stopped"): the act was at that place."""
        if tok.dep_ != "relcl" or not any(c.lower_ == "where" for c in tok.children) \
                or not _is_target(tok.head, self.ctx, self.lex):
            return False
        m.partners.append(tok.head)
        return True

    def _arms_trade(self, tok: Token) -> bool:
        """A trade noun (_arms_trade) whose phrase names arms: an _arms_word or a weapon system."""
        return any(self.lex.has("_arms_trade", t) and any(
            self.lex.has("_arms_word", w) or w.pos_ in ("NOUN", "PROPN") and _is_weapon(w, self.ctx)
            for w in t.subtree if w.i != t.i) for t in _conjuncts(tok))

    def _signed(self, tok: Token, arg: str, m: Match) -> bool:
        """A document its parties signed ("signed a joint declaration", "a declaration signed by A and B"),
        not one of intent or war (_not_declared); the signers are the supporters."""
        words = self._words(arg)
        if any(c.lemma_.lower() in self.lex.words.get("_not_declared", ()) for c in tok.subtree if c.i != tok.i):
            return False
        verb = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in words), None)
        if verb is None and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in words:
            verb = tok.head
        if verb is None:
            return False
        signers = _agent(verb) if verb.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in verb.children) \
            else _subject(verb)
        m.supporter = [a for a in self.actors.of(signers) if a]
        if signers is not None:  # "by ministers A of X, B of Y and C of Z": the states after the names too
            m.supporter += [c for t in signers.subtree for c in [self.ctx.token_country(t)] if c and c not in m.supporter]
        m.anchor = verb  # "signed a declaration", "a declaration signed by": the signing is the act reported
        return bool(m.supporter)

    def _two_states(self, tok: Token, arg: str, m: Match) -> bool:
        """The clause names two states or more (a firm's state included): work done for or with another
        state ("production of the gun financed by Denmark"), not a state's own industry."""
        clause = _clause_tokens(tok)
        states = {c for t in clause for c in [self.ctx.token_country(t)] if c}
        for ent in self.ctx.ents_in(clause):
            org = self.ctx.gaz.organisation(ent.ent_id_ or ent.text) if ent.label_ in ("ORG", "MILITARY") else None
            if org is not None and org.country:
                states.add(org.country)
        return len(states) >= 2

    def _helped(self, tok: Token, arg: str, m: Match) -> bool:
        """Built with another state's help ("with French assistance", "with technology supplied by X"): a
        "with" phrase whose noun is in LIST and that names a state or one of its firms."""
        words = self._words(arg)
        # "built at a yard in X with French assistance": the phrase may hang on the place
        places = _prep_objects(tok, {"at", "in", "by"})
        for obj in _prep_objects(tok, {"with"}) + [o for p in places for o in _prep_objects(p, {"with"})]:
            if not any(t.lemma_.lower() in words for t in _conjuncts(obj)):
                continue
            if any(self.ctx.token_country(t) for t in obj.subtree) or any(
                    (org := self.ctx.gaz.organisation(e.ent_id_ or e.text)) is not None and org.country
                    for e in self.ctx.ents_in(obj.doc[obj.left_edge.i:obj.right_edge.i + 1])
                    if e.label_ in ("ORG", "MILITARY")):
                m.partners.append(obj)
                return True
        return False

    def _firm(self, tok: Token, arg: str, m: Match) -> bool:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        return obj is not None and any(self._is_firm(t) for t in _conjuncts(obj))

    def _builder(self, tok: Token, arg: str, m: Match) -> bool:
        """The verb's subject is a firm or a yard: "Kenya Shipyards Limited has begun building a patrol vessel"
        (a _company or _plant word in the name, in any inflection, or a company the gazetteer knows)."""
        subj = _subject(tok)
        if subj is None:
            return False
        words = self.lex.words.get("_company", frozenset()) | self.lex.words.get("_plant", frozenset())
        name = [t for t in subj.subtree if t.i <= subj.i]
        return self._is_firm(subj) or any(_forms(t) & words for t in name)

    def _is_firm(self, tok: Token) -> bool:
        """A firm: a noun of _company (on the head or as its compound: "aircraft maker X"), or a company the
        gazetteer knows (an organisation of a state that is no military body)."""
        if any(self.lex.has("_company", t) for t in [tok, *tok.children] if t.dep_ in ("compound", "nmod", "appos")
               or t is tok):
            return True
        ent = self.ctx.ent_at.get(tok.i)
        org = self.ctx.gaz.organisation(ent.ent_id_ or ent.text) if ent is not None and ent.label_ == "ORG" else None
        return bool(org and org.type == "ORG" and org.country)

    def _onto(self, tok: Token, arg: str, m: Match) -> bool:
        """A "to"/"on" phrase whose object is in LIST: "added five firms to its Entity List"."""
        words = self._words(arg)
        # ("added seven people and four firms to its list": the parser may hang the phrase on the last object)
        holders = [tok, *(c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "conj")]
        # ("added him and four of his firms to its list": or on an object it reads as a conjunct of the verb)
        holders += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN", "PROPN")
                    and any(k.dep_ == "cc" for k in tok.children)]
        # ("added X and the firms it supplied to its Entity List": or on a relative clause on an object; a list
        # word as the place something is supplied or sold to is no sense, so the phrase is the adding verb's)
        holders += [r for h in holders[1:] + [c for c in tok.children if c.dep_ == "dobj"]
                    for r in h.children if r.dep_ == "relcl"]
        return any((o.lemma_.lower() in words or o.lower_ in words) and self._says_what_it_lists(o)
                   for h in holders for o in _prep_objects(h, {"to", "on", "onto"}))

    def _says_what_it_lists(self, noun: Token) -> bool:
        """A bare "list" must say what it lists (_listing): "its sanctions list", "its list of sanctioned
        entities", not "its staff list", unless a sanction was told just before; any other noun passes."""
        if noun.lemma_.lower() != "list":
            return True
        if 0 <= self.sentence_index - self.last_sentence.get("sanction", -9) <= 2:
            return True  # "... sanctioned six firms. In March it added four more to its list": that list
        listing = self._words("_listing")
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in listing for c in noun.children) or any(
            t.lemma_.lower() in listing or t.lower_.startswith("sanction")
            for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)

    def _dated(self, tok: Token, arg: str, m: Match) -> bool:
        """A date on the noun itself: "the 1999 war"."""
        return any(c.dep_ in ("nummod", "compound", "amod", "nmod") and c.ent_type_ == "DATE" for c in tok.children)

    def _to_death(self, tok: Token, arg: str, m: Match) -> bool:
        """ "tortured him to death", "beaten to death"."""
        return any(o.lemma_.lower() == "death" for o in _prep_objects(tok, {"to"}))

    def _near(self, tok: Token, arg: str, m: Match) -> bool:
        """A word in LIST in the trigger's clause ("an MoU to co-produce shells for the defence industry")."""
        words = self._words(arg)
        return any(t.lemma_.lower() in words or t.lower_ in words for t in _clause_tokens(tok) if t.i != tok.i)

    def _not_near(self, tok: Token, arg: str, m: Match) -> bool:
        """No word in LIST in the trigger's sentence: "the judge froze the defendants' assets" is a court's order in
        a case, no sanction (the judge may be a pronoun's referent, so the whole sentence is read)."""
        words = self._words(arg)
        return not any(t.lemma_.lower() in words or t.lower_ in words for t in tok.sent if t.i != tok.i)

    def _target(self, tok: Token, arg: str, m: Match) -> bool:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not _is_target(obj, self.ctx, self.lex):
            return False
        m.partners.append(obj)
        return True

    def _actor(self, tok: Token, arg: str, m: Match) -> bool:
        return any(c.dep_ in ("poss", "compound", "amod", "nmod") and self.actors.of(c) for c in tok.lefts)

    def _un(self, tok: Token, arg: str, m: Match) -> bool:
        sent = tok.sent
        orgs = self._orgs_in(sent)
        if any(self._un_body(ent) for ent in orgs):
            return True
        # "the Council" or "the Assembly" in a document that has named the UN body before
        if any(t.lower_ in ("council", "assembly") and t.pos_ == "PROPN" for t in sent):
            return self._un_named_before(sent.start)
        # "The Security Council extended the embargo. The resolution was adopted by 9 votes ...": a passive
        # sentence naming no body of its own goes on about the UN body of the sentence before
        verb = m.anchor if m.anchor.pos_ in ("VERB", "AUX") else tok
        if not orgs and sent.start > 0 and not any(c.dep_ == "nsubj" for c in verb.children):
            return any(self._un_body(ent) for ent in self._orgs_in(self.ctx.doc[sent.start - 1].sent))
        return False

    def _orgs_in(self, sent: Span) -> list[Span]:
        """The organisations a sentence names."""
        ents = {e.start: e for i in range(sent.start, sent.end) for e in [self.ctx.ent_at.get(i)] if e}
        return [e for e in ents.values() if e.label_ == "ORG"]

    def _un_body(self, ent: Span) -> bool:
        """Whether an organisation is a UN body (_un_body, or a name with "general assembly"/"security council")."""
        org = self.ctx.gaz.organisation(ent.ent_id_ or ent.text)
        name = (org.name if org else re.sub(r"^(?:the|The)\s+", "", ent.text)).lower()
        return name in self.lex.words.get("_un_body", ()) or any(w in name for w in ("general assembly",
                                                                                      "security council"))

    def _un_named_before(self, before: int) -> bool:
        for ent in self.ctx.ents:
            if ent.start >= before:
                break
            if ent.label_ == "ORG" and any(w in ent.text.lower() for w in ("general assembly", "security council")):
                return True
        return False

    def _ship(self, tok: Token, arg: str, m: Match) -> bool:
        return any(self.lex.has("_ship", t) for t in _clause_tokens(tok)) or any(
            self.lex.has("_ship", t) for t in _subject_words(tok))

    def _port(self, tok: Token, arg: str, m: Match) -> bool:
        return any(self.lex.has("_port", t) for t in _clause_tokens(tok))

    def _trainee(self, tok: Token, arg: str, m: Match) -> bool:
        scope = list(tok.head.subtree) if tok.dep_ in ("nmod", "compound", "amod") else list(tok.subtree)
        subj = _subject(tok) if tok.pos_ == "VERB" else None
        if subj is None and tok.dep_ == "advcl" and tok.tag_ in ("VBG", "NN"):
            subj = _subject(tok.head)  # "the pilots are in Korea, training on the T-50" (a participle, or so tagged)
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" \
                and (subj is None and tok.head.dep_ == "ROOT"
                     or tok.head.dep_ == "conj" and tok.head.head.pos_ in ("VERB", "AUX")) \
                and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
            # "Forty cadets trained in Spain last year." read as one noun phrase (or, after "and", as a clause's
            # conjoined noun: "..., and Latvian crews trained in Sweden"): the noun is the verb's subject
            subj = tok.head
        if subj is not None:
            scope += list(subj.subtree)
        obj = _object(tok) if tok.pos_ == "VERB" else None
        if obj is not None:
            scope += list(obj.subtree)
        elif tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "sent pilots to train in Russia": who trains is the object of the verb that sends them
            scope += [t for c in tok.head.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj", "xcomp") and tok.head.pos_ == "VERB":
            # "cadets spent a month training", "officers received training", "training to pilots" ("spent the
            # year in X training on the type": the noun read as the verb's complement)
            verb_subj = _subject(tok.head)
            if verb_subj is None and tok.head.dep_ == "acl" and tok.head.tag_ == "VBG":
                verb_subj = tok.head.head  # "trainees completing a six-week course": the noun the participle is on
            if verb_subj is not None and tok.head.lemma_.lower() in TRAINING_VERBS:
                scope += list(verb_subj.subtree)
            for o in _prep_objects(tok.head, {"to", "for"}):
                scope += list(o.subtree)
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" \
                and tok.head.head.lemma_.lower() in TRAINING_VERBS:
            verb_subj = _subject(tok.head.head)  # "soldiers graduated from a course"
            scope += list(verb_subj.subtree) if verb_subj is not None else []
        stay = _stay_to_train(tok)
        if stay is not None:
            # "40 officers are in Spain training on the radar", "cadets remain in Spain for training": where
            # the subject is, it trains
            verb_subj = _subject(stay)
            scope += list(verb_subj.subtree) if verb_subj is not None else []
        if tok.pos_ == "NOUN":
            # training given as aid: "gave radios and training to the X Armed Forces", "its
            # help with the training of pilots": the giving word's clause names the trainees
            giver = next((a for a in _ancestors(tok, 6) if self.lex.has("_give", a)), None)
            if giver is not None:
                scope += list(giver.subtree)
        if tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "the crews were trained in Italy": trained in or by a state
            scope += [t for o in _prep_objects(tok, {"in", "by"}) for t in o.subtree
                      if self.ctx.token_country(t) or t.ent_type_ == "MILITARY"]
            if any(self.ctx.token_country(t) for t in scope) and not any(
                    self.lex.has("_trainee", t) or t.ent_type_ == "MILITARY" for t in scope if t.i != tok.i):
                return True
        for t in scope:
            if t.i == tok.i:
                continue
            if (self.lex.has("_trainee", t) and t.pos_ in ("NOUN", "PROPN")) or t.ent_type_ == "MILITARY":
                m.partners.append(t)  # "the military", not "military equipment and training"
                return True
        return False

    def _supporters(self, subj: Token | None) -> list[str]:
        """Who a subject names, each person preceded by the country he speaks for; "the two sides" are
        the pair of countries named last."""
        if subj is None:
            return []
        if subj.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS for c in subj.children):
            return self.ctx.last_pair(subj.i)
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "we", "its", "their", "our"):
            # "China said it stands with X", "the ministry said the visit showed its support": the state or
            # body that says so
            for verb in _saying_verbs(subj.head):
                speaker = _subject(verb)
                if speaker is not None and speaker.pos_ != "PRON":
                    found = self._supporters(speaker)
                    if found:
                        return found
        out: list[str] = []
        for name in self.actors.of(subj):
            country = self.ctx.affiliation.get(name)
            if country and country not in out:
                out.append(country)
            if name not in out:
                out.append(name)
        return out or self._named_before(subj)

    def _named_before(self, subj: Token) -> list[str]:
        """A body a definite common noun refers back to by the last words of its name: "the contact group"
        after "the Ukraine Defence Contact Group", "the alliance" after "the Atlantic Alliance"."""
        if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return []
        words = [t.lower_ for t in subj.lefts if t.dep_ == "compound"] + [subj.lower_]
        doc = subj.doc
        # the last earlier run of capitalised words ending in those words ("... of the Ukraine Defence Contact
        # Group"), with at least one word of its own before them
        for end in range(subj.i - len(words), 0, -1):
            span = doc[end:end + len(words)]
            if [t.lower_ for t in span] != words or not all(t.is_title for t in span):
                continue
            start = end
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            return [doc[start:end + len(words)].text] if start < end else []
        return []

    def _voiced(self, tok: Token, arg: str, m: Match) -> bool:
        """ "pledged support for X", "reaffirmed their commitment": the noun is what a verb of voicing
        (_voice) states; its subject is the supporter (or, when unnamed, the speaker)."""
        head = tok
        while head.dep_ == "conj":
            head = head.head
        voices = ("_voice",)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and self.lex.has("_support_carrier", head.head.head):
            head = head.head.head  # "sent a message of support": the message carries it
            voices = ("_voice", "_carry_voice")
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
            # "assured X of its support": the voicing verb's "of" phrase (which the parser may hang on
            # the person assured) states it
            holder = head.head.head
            holder = holder.head if holder.dep_ in ("dobj", "obj") else holder
            if holder.pos_ == "VERB" and self.lex.has("_voice", holder):
                # the verb's child the phrase hangs in: the "of" itself, or the person assured
                head = next(c for c in holder.children if c.dep_ in ("dobj", "obj", "prep") and head in c.subtree)
        verb = head.head
        if head.dep_ not in ("dobj", "obj", "prep") or not any(self.lex.has(v, verb) for v in voices):
            return False
        m.anchor = verb
        m.supporter = self._supporters(_subject(verb))
        # "X reaffirmed Cambodia's support": the state whose support it is, before its voice
        owners = [c for p in tok.children if p.dep_ == "poss" for c in self.ctx.phrase_countries(p)]
        m.supporter = [c for c in owners if c not in m.supporter] + m.supporter
        return True

    def _praised(self, tok: Token, arg: str, m: Match) -> bool:
        """ "the partnership is more relevant than ever", "relations remain excellent": the noun is the
        subject of a copula whose complement praises it; the supporter is who says so."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in ("be", "remain", "become") or negated(verb):
            return False
        words = self._words(arg)
        # "cooperation is at the forefront of the ties": a place of honour after "at"
        if any(o.lemma_.lower() in words for o in _prep_objects(verb, {"at"})):
            m.anchor = verb
            return True
        for comp in (c for c in verb.children if c.dep_ in ("acomp", "attr")):
            if any(t.lemma_.lower() in words or t.lower_ in words
                   for t in [comp, *(c for c in comp.children if c.dep_ == "amod")]):
                m.anchor = verb
                return True
        return False

    def _emblem(self, tok: Token, arg: str, m: Match) -> bool:
        """Ties of named states called the emblem of something: "described the programme as a symbol of the
        friendship between A and B", "the deal is a testament to the Chile-Peru partnership" (_emblem nouns);
        the subject of the verb (or, for a copula, the speaker) is the supporter."""
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ not in ("of", "to"):
            return False
        emblem = head.head.head
        if not self.lex.has("_emblem", emblem) or not self.ctx.phrase_countries(tok):
            return False  # the ties of named states ("between A and B"), not "a partnership beyond hardware"
        first = emblem.head if emblem.dep_ == "pobj" and emblem.head.lower_ == "as" else emblem
        verb = first.head
        if first.dep_ not in ("attr", "oprd", "prep", "dobj", "xcomp", "ccomp") or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in _words("_predicating") or negated(verb):
            return False
        m.anchor = verb
        if verb.lemma_.lower() not in ("be", "remain", "become"):
            m.supporter = self._supporters(_subject(verb))
        return True

    def _mod(self, tok: Token, arg: str, m: Match) -> bool:
        words = self._words(arg)
        # "oprd"/"acomp": the complement of a verb ("shot dead"); "prt": its particle ("shot down")
        mods = list(tok.children)
        obj = _object(tok) if tok.pos_ == "VERB" else None
        if obj is not None:
            # "shot dead 11 villagers": the verb's complement parsed as an adjective of the object after it
            mods += [c for c in obj.children if c.dep_ == "amod" and c.i == tok.i + 1]
        # "build them together in Hungary": the parser may hang the adverb on the place phrase after it
        mods += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod" and g.i < c.i]
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "remain"):
            mods += [c for c in tok.head.children if c.dep_ == "acomp"]  # "our support for X is unwavering"
        if tok.pos_ == "NOUN":
            # "a maintenance, repair and overhaul centre", "a maintenance and training centre": nouns coordinated
            # before their head modify it each (the parser hangs the first as "nmod", the others as its conjuncts)
            mods += [k for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                     for k in c.conjuncts if k.i < tok.i]
        return any((c.dep_ in ("amod", "compound", "advmod", "acomp", "oprd", "prt")
                    or (tok.pos_ == "NOUN" and c.i < tok.i and c.dep_ in ("nmod", "conj")))
                   and (c.lemma_.lower() in words or c.lower_ in words) for c in mods)

    def _by(self, tok: Token, arg: str, m: Match) -> bool:
        """The noun's possessor or "by"/"of" phrase is in LIST: "a visit by the frigate X", "the destroyer's
        visit" (not "the navy chief's visit": his title only names his service)."""
        words = self._words(arg)
        heads = [c for c in tok.children if c.dep_ == "poss"] + _prep_objects(tok, {"by", "of"})
        # "the frigate Prairial": a named ship is what its compound says
        names = [t for h in heads for c in _conjuncts(h) for t in (c, *(k for k in c.children if c.pos_ == "PROPN"
                                                                        and k.dep_ in ("compound", "amod", "appos")))]
        return any(t.lemma_.lower() in words for t in names)

    def _passive(self, tok: Token, arg: str, m: Match) -> bool:
        """A verb in the passive ("the frigate was berthed at ..."): its object is its subject, no agent acts on it."""
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)

    def _not_subj(self, tok: Token, arg: str, m: Match) -> bool:
        """The subject is no named person and none of LIST: "the president clashed with lawmakers" is a quarrel."""
        subj = _subject(tok)
        if subj is None:
            return True
        words = self._words(arg)
        return not any(t.i in self.ctx.person_at or t.lemma_.lower() in words for t in _conjuncts(subj))

    def _subj(self, tok: Token, arg: str, m: Match) -> bool:
        """The subject of the trigger's verb (or of the verb it is the object of) is in LIST: "relations
        have risen to a new level"."""
        verb = m.anchor if m.anchor.pos_ in ("VERB", "AUX") else tok
        subj = _subject(verb)
        if subj is None and verb.dep_ == "acl" and (verb.head.pos_ == "PROPN" or verb.head.dep_ == "ROOT"
                                                    and verb.head.pos_ == "NOUN" and verb.tag_ == "VBD") \
                and not any(c.dep_ in ("dobj", "obj", "agent") for c in verb.children):
            # "the frigate X berthed at ...", read as a participle on the named ship (or on the noun the parser made
            # the sentence's head, the verb in the past tense its only one): the ship did it (not "41 vessels
            # called at C in 2024", a count)
            subj = verb.head
        if subj is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and not (verb.head.head.pos_ in ("VERB", "AUX") and has_auxiliary(verb.head.head, "future")):
            # "became the first Chilean warship to call at X": the noun an infinitive clause is on does the act
            # (not "will become the first warship to call at X": to come)
            subj = verb.head
        words = self._words(arg)
        if subj is None:
            return False
        names = _conjuncts(subj)
        # "the frigate Almirante X entered ...": a ship's class noun and its name both taken for subjects
        names += [c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i]
        if subj.dep_ == "appos":
            names.append(subj.head)  # "a Greek frigate, the X, called at ...": the name stands for the noun
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be", "become") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "she became the first warship to call at X" (the infinitive read on the verb): what the subject is
            names += [c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i]
        if verb.dep_ in ("ccomp", "conj") and verb.head.i < subj.i < verb.i and subj.left_edge.i == verb.head.i + 1:
            # "The Navy frigate INS X spent ...": the parser made the ship's noun the sentence's head (a noun or
            # a verb) and its name the subject of the verb after it: the name stands for the noun
            names.append(verb.head)
        if verb.dep_ == "relcl" and subj.pos_ == "PROPN" and subj.left_edge.i == verb.head.i + 1:
            # "The frigate X called at ...": the parser made the ship's name the subject of a relative clause
            # on the noun it names
            names.append(verb.head)
        # "the Sudanese Armed Forces have fought since ...": a force named as such is one of the armed (the
        # lemmatiser leaves a capitalised plural name whole, so its head word is no listed lemma)
        armed = "_armed" in arg.split(",")
        # "the frigate INS X": a named ship is what its compound says
        return any(t.lemma_.lower() in words or armed and t.ent_type_ == "MILITARY" or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in t.children) for t in names)

    def _subject(self, tok: Token, arg: str, m: Match) -> bool:
        """The supporter is the verb's subject (or, when it names no one, the speaker); a noun's is the
        subject of the verb it hangs under ("stand side by side with X")."""
        subj = _subject(tok)
        if subj is None and tok.pos_ == "NOUN" and m.anchor is not tok:
            subj = _subject(m.anchor)
        m.supporter = self._supporters(subj)
        return True

    def _acknowledged(self, tok: Token, arg: str, m: Match) -> bool:
        """Support someone is thanked for ("thanked Greece for its support", "expressed gratitude to the Greek
        side for its support"): the thanked party is the supporter; the row holds despite the thanks."""
        gratitude = self.lex.words.get("_gratitude", frozenset())
        verb = next((a for a in _ancestors(tok, 3) if a.pos_ == "VERB"), None)
        if verb is None:
            return False
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        felt = [o for o in objs if _forms(o) & gratitude]  # "expressed gratitude to X for ..."
        if not (_forms(verb) & gratitude or felt):
            return False
        thanked = [] if felt else objs  # "thanked X for ..."
        thanked += _prep_objects(verb, {"to"}) + [t for f in felt for t in _prep_objects(f, {"to"})]
        m.supporter = next((s for s in (self._supporters(t) for t in thanked) if s), [])
        return bool(m.supporter)

    def _drill(self, tok: Token, arg: str, m: Match) -> bool:
        """A military exercise: "joint naval exercises", "exercise Cobra Gold", "hold an exercise"."""
        heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "joint patrols and exercises"
        if any(c.dep_ in ("amod", "compound", "nmod") and self.lex.has("_exercise_mod", c)
               for h in heads for c in h.children):
            return True
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or any(
                c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "PERSON")
                for c in tok.children):
            return True  # a named exercise
        before = tok.i - 1
        if before > 0 and tok.doc[before].like_num:
            before -= 1  # "the Sea Shield 2024 exercise": the name before its year
        if before >= 0 and tok.doc[before].pos_ == "PROPN" and tok.doc[before].ent_type_ in (
                "", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "MILITARY"):
            return True  # a named exercise the parser did not hang on the noun
        return self._gov(tok, "_exercise_verb", m)

    def _edition(self, tok: Token, arg: str, m: Match) -> bool:
        """An exercise's edition that is held: "will host the sixth edition of the X exercise", or, right after
        an exercise is told, "the 2025 edition was held near Y", "the previous edition, held in 2024"."""
        of_exercise = any(self.lex.has("_exercise_noun", o) for o in _prep_objects(tok, {"of"}))
        # (or named again: "... took part in the exercise. The last edition was held in X")
        just_told = 0 <= self.sentence_index - max(self.last_sentence.get("training", -9),
                                                   self.referred.get("training", -9)) <= 1
        return (of_exercise or just_told) and (self._gov(tok, "_exercise_verb", m) or self._sized(tok, m))

    def _sized(self, tok: Token, m: Match) -> bool:
        """An edition told by whom it brought together ("last year's edition involved 900 troops"): it was
        held."""
        if tok.dep_ != "nsubj" or not self.lex.has("_exercise_size", tok.head):
            return False
        m.anchor = tok.head
        return True

    def _weapon(self, tok: Token, arg: str, m: Match) -> bool:
        scope = [_object(tok)] if tok.pos_ == "VERB" else [c for c in tok.children if c.dep_ in
                                                           ("compound", "prep", "nmod")]
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and (
                tok.head.lemma_ == "line" or self.lex.has("_plant", tok.head)) \
                and not self._obj_of(tok.head, "_develop", Match(m.trigger, tok, tok)):
            # "inaugurated the assembly line for K9 howitzers" (a line opened or built is an industrial project)
            scope += [c for c in tok.head.children if c.dep_ == "prep"]
        if tok.pos_ == "VERB" and scope[0] is None and tok.dep_ in ("acl", "amod"):
            scope = [tok.head]  # "the first drones assembled in X": the noun the participle describes
        elif tok.pos_ == "VERB" and scope[0] is None and tok.tag_ == "VBN":
            # "the first drone assembled under licence at X was rolled out": the participle read as the main verb
            # with the noun it describes as its subject (a weapon assembles nothing: it is what was assembled)
            scope = [next((c for c in tok.children if c.dep_ == "nsubj"), None)]
        obj = scope[0] if tok.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and obj is None and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "ADJ" \
                and tok.head.dep_ == "npadvmod":
            # "the boat was launched, the first of its kind to be assembled in X": the ordinal stands for the
            # noun the sentence is about
            obj = tok.head
        if obj is not None and (obj.like_num or obj.pos_ in ("NUM", "PRON", "DET") or obj.tag_ == "JJS"):
            # ("most were assembled at X", "all will be built"): a quantifier stands for the weapons too
            # "the other six will be assembled": the weapons the sentence names
            scope = [t for t in tok.sent if t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")]
        for head in (s for s in scope if s is not None):
            for t in head.subtree:
                if t.pos_ in ("NOUN", "PROPN") and _is_weapon(t, self.ctx) or t.ent_type_ == "WEAPON_SYSTEM":
                    return True  # a named system, however tagged ("three Anka drones": an adjective)
        return any(t.lemma_.lower() == "kit" for t in tok.subtree)

    def _licence(self, tok: Token, arg: str, m: Match) -> bool:
        """ "under licence", or, for work under way or to come ("is being built", "will be built"), under a
        technology transfer agreement; "submarines built under a technology transfer deal" tells where
        finished boats came from."""
        under = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                 if o.dep_ == "pobj"]
        nested = under + _nested_under(tok)
        if any(o.lower_ in ("licence", "license") for o in nested):
            return True
        if any(c.dep_ == "compound" and c.lower_ in ("licence", "license") for o in nested for c in o.children):
            return True  # "under a licence agreement"
        return any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() == "transfer" for o in under for c in o.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(_transfer_of_technology(o)
                                                                              for o in under)

    def _commit(self, tok: Token, arg: str, m: Match) -> bool:
        words = self.lex.words.get("_commit", frozenset()) | (self._words(arg) if arg else frozenset())
        for anc in _ancestors(tok, 4):
            if anc.lemma_.lower() in words or anc.lower_ in words:
                holder = next((c for c in anc.children if c.dep_ == "poss"), None) if anc.pos_ == "NOUN" else \
                    next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # its own subject
                subj = holder if holder is not None else _subject(anc) if anc.pos_ in ("VERB", "AUX", "ADJ") \
                    else None
                if subj is None and anc.pos_ == "ADJ":
                    subj = next((c for c in anc.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                m.supporter = self._supporters(subj)
                m.anchor = anc if anc.pos_ in ("VERB", "AUX") else next(
                    (a for a in _ancestors(anc) if a.pos_ in ("VERB", "AUX")), anc)
                with_ = [o for t in (tok, _object(tok)) if t is not None for o in _prep_objects(t, {"with"})]
                m.partners.extend(with_)
                # "his country remains committed to ...": the speaker's country
                return bool(m.supporter) or _own_state(subj)
        return False

    def _defends(self, tok: Token, arg: str, m: Match) -> bool:
        """A named state helped to defend itself ("chose to help Moldova defend itself", "will keep helping
        Georgia protect its borders"): a complement of the trigger in LIST whose subject (or the trigger's
        object) is a state."""
        words = self._words(arg)
        for comp in tok.children:
            if comp.dep_ in ("ccomp", "xcomp") and comp.lemma_.lower() in words:
                # (the parser may hang the state on the complement as a compound: "help Armenia defend")
                helped = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "compound")] \
                    + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
                states = [h for h in helped if self.ctx.token_country(h)]
                if states:
                    m.partners.extend(states)
                    return True
        return False

    def _owned(self, tok: Token, arg: str, m: Match) -> bool:
        """The object (of a noun trigger: the noun) belongs to a named state: "X's efforts", "the sovereignty of
        Laos", "Laotian sovereignty"."""
        obj = tok if tok.pos_ == "NOUN" else _object(tok)
        if obj is None:
            return False
        owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        for owner in _prep_objects(obj, {"of"}):  # "the sovereignty of Laos", "the efforts of the Malian government"
            owners += [owner, *(c for c in owner.children if c.dep_ in ("poss", "compound", "amod", "nmod"))]
        found = [o for o in owners if self.ctx.token_country(o)]
        m.partners.extend(found)
        return bool(found)

    def _regime(self, tok: Token, arg: str, m: Match) -> bool:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.pos_ == "PRON":
            return False
        backed = self.ctx.token_country(obj) or self.lex.has("_regime", obj)
        subj = _subject(tok)
        m.supporter = self.actors.of(subj)
        m.partners.append(obj)
        return bool(backed and (m.supporter or _own_state(subj)))  # "his country backs ...": the speaker's

    def _partner(self, tok: Token, arg: str, m: Match) -> bool:
        mods = self.lex.words.get("_ally_mod", frozenset())
        heads = [tok, *(t for t in tok.conjuncts)]
        if not any(c.dep_ == "amod" and (c.lower_ in mods or c.lemma_.lower() in mods)
                   for h in heads for c in h.children):
            return False
        first = tok
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ == "one":
            first = first.head.head  # "X is one of Y's main partners"
        if first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.dep_ == "prep":
            first = first.head  # "described X as a strategic partner"
        if first.dep_ not in ("attr", "oprd", "ccomp", "xcomp", "dobj", "prep") or first.head.pos_ not in ("VERB", "AUX") \
                or first.head.lemma_.lower() not in _words("_predicating"):
            return False
        verb = first.head
        if negated(verb):
            return False
        m.anchor = verb
        if verb.lemma_.lower() not in ("be", "remain", "become") and not any(
                c.dep_ == "nsubjpass" for c in verb.children):  # "X is considered a partner": by the speaker
            m.supporter = self.actors.of(_subject(verb))
        else:
            # "X is a reliable partner for/to/of Y": Y holds X to be one
            m.supporter = self.actors.of(next((o for o in _prep_objects(first, {"for", "to", "of"})), None))
        return True  # a copula's speaker is found from the quote or the saying verb

    def _affair(self, tok: Token, arg: str, m: Match) -> bool:
        if not any(c.dep_ == "amod" and self.lex.has("_affair_mod", c) for c in tok.children):
            return False
        for anc in _ancestors(tok, 4):
            if anc.pos_ == "VERB" and anc.lemma_.lower() in _words("_predicating") | _words("_saying"):
                m.anchor = anc
                m.supporter = self.actors.of(_subject(anc))
                owners = [c for t in tok.subtree for c in [self.ctx.token_country(t)] if c]
                if owners:  # "a domestic matter for X": support for X, unless X speaks of itself
                    return bool(m.supporter) and not set(owners) <= set(m.supporter)
                called = next((c for c in anc.children if c.dep_ in ("dobj", "obj")), None)
                return bool(m.supporter) and called is not None and self.lex.has("_affair_obj", called)
        return False

    def _criticism(self, tok: Token, arg: str, m: Match) -> bool:
        objs = _prep_objects(tok, {"from"})
        if not any(self.lex.has("_criticism", o) for o in objs):
            return False
        m.supporter = self.actors.of(_subject(tok))
        for other in _prep_objects(tok, WITH_PREPS):
            m.supporter += [a for a in self.actors.of(other) if a not in m.supporter]
        return bool(m.supporter)

    def _similar(self, tok: Token, arg: str, m: Match) -> bool:
        if not any(c.dep_ == "amod" and c.lemma_.lower() in SIMILAR_WORDS for c in tok.children):
            return False
        last = self.last_sentence.get(m.trigger.type)
        return last is not None and 0 < self.sentence_index - last <= 2

    def _happened(self, tok: Token, arg: str, m: Match) -> bool:
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ANTERIOR_PREPS and (
                tok.head.lower_ != "after" or _anaphoric(tok)):
            # "since the war", "after the clashes in May, the army will get ...": known, so come first ("will
            # sail after sea training" may be to come)
            return True
        start = m.anchor if m.anchor is not tok else tok
        if start.pos_ not in ("VERB", "AUX"):
            start = next((a for a in _ancestors(start) if a.pos_ in ("VERB", "AUX")), start)
        verb = start
        for _ in range(3):  # "will be made", "is expected to ... will": the verb group up to its clause
            if has_auxiliary(verb, "future"):
                return False
            if verb.dep_ not in ("xcomp", "conj", "pcomp") or verb.head.pos_ not in ("VERB", "AUX", "ADJ"):
                break
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_GOVERNORS:
                return False  # "is due to call at X", "is scheduled to dock": to come, not done
            verb = verb.head
        return True

    def _programme(self, tok: Token, arg: str, m: Match) -> bool:
        """Production under way or to come ("are to be built", "is producing", "has made since 2015"), not
        the finished provenance of delivered units ("the jets were built under licence by X") nor how a type has
        long been made ("has been built under licence for years"); with arg "passive", nor a present passive
        ("the jet is co-produced by X and Y"); with arg "present", only not a present (simple, active or
        passive) with no production site in a relative clause ("the aircraft, which are assembled in X")."""
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        at_site = any(p.lower_ in ("at", "in") and any(o.lemma_.lower() in PRODUCTION_SITES for o in p.children
                                                         if o.dep_ == "pobj") for p in tok.children if p.dep_ == "prep") \
            or any(c.lower_ == "where" for c in tok.children) \
            or tok.dep_ == "relcl" and tok.head.lemma_.lower() in PRODUCTION_SITES \
            or _site_subject(tok)
        # ("the plant, where X assembles the jets under licence"; "the plant that makes the jets under licence"; "the
        # state factory assembles the guns under licence": work under way at a site)
        under_way = any(c.dep_ == "advmod" and c.lower_ in CURRENT_MARKS for c in tok.children)
        if arg == "present":  # only a present without a site in a relative clause: "the jets, which are assembled in X"
            return at_site or tok.dep_ != "relcl" or not (tok.tag_ in ("VBZ", "VBP") and not auxes
                                                          or _present_passive(tok, auxes))
        if tok.tag_ == "VBD" and not auxes:
            return False
        if tok.tag_ in ("VBZ", "VBP") and not auxes and not at_site and not under_way:
            # "X builds the howitzer under licence" tells how a type is made, unlike "at a state factory" or
            # "X now builds it under licence" (work under way)
            return False
        if tok.tag_ == "VBN" and auxes and {a.lower_ for a in auxes} in ({"has", "been"}, {"have", "been"}):
            return False  # how a type has long been made ("has been built under licence in Y for years")
        if arg == "passive" and tok.tag_ == "VBN" and (
                _present_passive(tok, auxes)
                or not auxes and tok.dep_ in ("acomp", "attr") and tok.head.lower_ in ("is", "are")):
            return False  # how a type is made ("the jet is co-produced by X and Y"), joint production only
        return not (tok.tag_ == "VBN" and auxes and all(a.lower_ in ("was", "were") for a in auxes))

    def _topic(self, tok: Token) -> bool:
        """Whether a trigger is (in) what talks are about: "discussed joint exercises and training",
        "held talks on the frigate programme and on joint training", "the talks covered joint training", "an
        agreement covering the training of officers"."""
        if self._covered_item(tok):
            return True
        for _ in range(8):
            # "discussed holding joint exercises": a gerund passes its object up to the talks
            gerund = tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "pcomp", "dobj", "obj")
            if (tok.dep_ not in TOPIC_DEPS and not gerund) or tok.head.i == tok.i:
                return False
            if tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.dep_ == "relcl":
                # "discussed the use of a credit line that X extended, as well as training for Y": the parser
                # joins the noun to the verb of the relative clause; it goes with the noun the clause is on
                tok = tok.head
            via, tok = tok, tok.head
            if self.lex.has("_topic", tok):
                return True
            if self.lex.has("_cooperation", tok) and tok.pos_ == "NOUN" and via.dep_ == "prep" \
                    and via.lower_ in ("in", "on"):
                return True  # "cooperation in the fields of training and logistics": a field of work, no act
            if self.lex.has("_part", tok) and any(
                    self.lex.has("_topic", o) or self.lex.has("_accord", o) or self.lex.has("_cooperation", o)
                    for o in [*(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                              *[tok.head] * (tok.dep_ == "acl")]):
                # "the talks covered officer training", "a memorandum covering the training of officers", "defence
                # cooperation covering joint patrols and training": what talks or an agreement take in is their topic
                return True
        return False

    def _covered_item(self, tok: Token) -> bool:
        """A noun of the list a "covering"/"including" phrase on an agreement or on cooperation opens ("a memorandum
        on cooperation covering border patrols, information sharing and the training of officers"), read along the
        words, as the parser hangs the list's later items anywhere above (no verb between)."""
        if tok.pos_ != "NOUN":
            return False
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            if t.dep_ == "acl" and self.lex.has("_part", t):
                return any(self.lex.has(name, a) for a in [t.head, *_ancestors(t.head, 3)]
                           for name in ("_accord", "_cooperation", "_topic"))
            if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
                return False
        return False

    def _scheduled(self, tok: Token) -> bool:
        """An exercise told as set to take place, even as a topic of talks: "discussed the annual exercise,
        which will be held in May" (a relative clause after it with a verb of holding one, not "could be")."""
        if tok.pos_ != "NOUN":
            return False
        for verb in tok.sent:
            if verb.i <= tok.i or verb.dep_ not in ("relcl", "acl") or not self.lex.has("_exercise_verb", verb) \
                    or has_auxiliary(verb, "possibility"):
                continue
            # the clause follows the noun, or its name ("a joint exercise, Blue Reef 2027, which will be held"),
            # wherever the parser hung it
            between = tok.doc[tok.i + 1:verb.left_edge.i]
            if all(t.pos_ in ("PROPN", "NUM", "PUNCT", "DET") for t in between):
                return True
        return False

    def _to_come(self, tok: Token, arg: str, m: Match) -> bool:
        """Work still to come ("will be built", "most to be built at the plant"), not where finished units
        are made ("the jets, which are built at the X plant")."""
        return has_auxiliary(tok, "future") or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    def _ahead(self, tok: Token, arg: str, m: Match) -> bool:
        """Work planned or that a site does ("will assemble", "are to be assembled", "the plant assembles"), not
        work told as done or going on ("has assembled", "began assembling", "a drone assembled under licence"), nor
        the units a relative clause names ("the first of 15 the company will assemble")."""
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.tag_ in ("VBG", "VBD") or auxes & {"has", "have", "had", "'s", "'ve"} \
                or tok.tag_ == "VBN" and not auxes:
            return False
        if tok.tag_ in ("VBZ", "VBP") and not auxes and not _site_subject(tok):
            return False  # "at X, where Embraer assembles the jets under licence": how a type is made there
        # ("the first of its type to be assembled in X under licence": a passive infinitive on an ordinal tells the
        # work itself, not units an object-less active clause counts)
        return not (tok.dep_ == "relcl" and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass")
                                                    for c in tok.children)
                    and not any(c.lower_ == "where" for c in tok.children))

    def _finite(self, tok: Token, arg: str, m: Match) -> bool:
        """A verb with a clause of its own, not a participle on a noun ("the third of four submarines built
        under a technology-transfer deal" names their provenance)."""
        return not (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))

    def _not_makers(self, tok: Token, arg: str, m: Match) -> bool:
        """Not a system's makers named as the agents of a passive ("the radar was jointly developed by A and
        B", "the fighter is jointly produced by A and B"): who made it, background to the story."""
        agent = _agent(tok) if any(c.dep_ == "nsubjpass" for c in tok.children) or tok.dep_ in ("acl", "amod") \
            or _bare_participle(tok) else None
        return agent is None or not agent.conjuncts

    def _not_own(self, tok: Token, arg: str, m: Match) -> bool:
        """The object is not the subject's own people ("the navy sent officers abroad to train its crew"):
        a force training its own staff is no cooperation between states."""
        obj = _object(tok)
        return obj is None or not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)

    def _told(self, tok: Token, arg: str, m: Match) -> bool:
        """A verb with a clause of its own, not a participle on a noun, even a progressive one ("took delivery
        of the first of eight submarines being built with Chinese help": how the boat delivered was made)."""
        return tok.dep_ not in ("acl", "amod")

    def _act(self, tok: Token, arg: str, m: Match) -> bool:
        """Not a purpose ("meant the motors for assembling frigates abroad", "tools for assembling drones"), nor
        what a plant or line is set up for ("will set up a production line to assemble the vehicles": the
        project the plant is, told on its own)."""
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "for":
            return False
        purpose = tok.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        plants = [tok.head] if tok.head.pos_ == "NOUN" else [
            c for c in tok.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        return not (purpose and any(self.lex.has("_plant", p) or p.lemma_.lower() == "line" for p in plants))

    def _main(self, tok: Token, arg: str, m: Match) -> bool:
        return tok.dep_ != "relcl"

    def _countries(self, objs: list[Token]) -> set[str]:
        """The states phrases name or lie in: countries, organisations, militaries and places ("in Doha")."""
        out: set[str] = set()
        for o in objs:
            for t in o.subtree:
                c = self.ctx.token_country(t)
                ent = self.ctx.ent_at.get(t.i)
                if c is None and ent is not None and ent.label_ in ("LOCATION", "GPE"):
                    place = self.ctx.gaz.place(ent.ent_id_ or ent.text)
                    c = place.country if place else None
                if c is None and ent is not None and ent.label_ == "MILITARY":
                    org = self.ctx.gaz.organisation(ent.ent_id_ or ent.text)
                    c = org.country if org else None
                if c:
                    out.add(c)
        return out

    def _local(self, tok: Token, arg: str, m: Match) -> bool:
        """Assembled in the buyer's country, not the maker's: "frigates put together in Shanghai for a Gulf navy" is
        a ship built abroad for its buyer."""
        where = self._countries(_prep_objects(tok, {"in", "at"}))
        buyer = self._countries(_prep_objects(tok, {"for"}))
        return not (where and buyer and not where & buyer)

    def _abroad(self, tok: Token, arg: str, m: Match) -> bool:
        """A base one state keeps in another: the subject of the verb (``m.anchor``) names a state, and the
        base's "in"/"at" place lies in another one ("Turkey maintains a military base in Doha")."""
        subj = _subject(m.anchor) if m.anchor.pos_ in ("VERB", "AUX") else None
        owners = self._countries([subj]) if subj is not None else set()
        # ("maintains a base in Doha": the place may hang on the verb)
        places = {"in", "at", "near"}
        where = self._countries(_prep_objects(tok, places) or _prep_objects(m.anchor, places))
        return bool(owners and where and not owners & where)

    def _away(self, tok: Token, arg: str, m: Match) -> bool:
        """A skill learned in another state: the subject names a state ("Kenyan crews") and an "in"/"at" place on
        the verb, on its open clause ("learned to fly the jets at a base in X") or, for a purpose clause, on the
        verb it serves ("worked at X to learn the changes"), lies in another one (a city, region or base of the
        gazetteer counts for its state). A verb that tells news ("learned that ...", "learned of the plan") or
        has nothing learned is no skill."""
        if any(c.dep_ == "ccomp" for c in tok.children) or _prep_objects(tok, {"of", "about"}) \
                or not any(c.dep_ in ("xcomp", "dobj", "obj") for c in tok.children):
            return False
        subj = _subject(tok)
        owners = self._countries([subj]) if subj is not None else set()
        hosts = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
        if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            hosts.append(tok.head)
        where = self._countries([o for h in hosts for o in _prep_objects(h, {"in", "at"})])
        return bool(owners and where and not owners & where)

    def _stated(self, tok: Token, arg: str, m: Match) -> bool:
        """Not what a place does ("a plant where howitzers are assembled"), unless the clause names who
        does it or under whose licence ("where Embraer assembles the jets under licence"); nor when one item was
        made ("a data card showing it was assembled in 2023": a passive with no place, maker, licence or kits)."""
        if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
                c.dep_ in ("agent", "advmod") or c.dep_ == "prep" and any(
                    o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
                for c in tok.children):
            return False
        if tok.dep_ != "relcl" or not any(c.lower_ == "where" for c in tok.children):
            return True
        clause = _clause_tokens(tok)
        return self._licence(tok, "", m) or any(t.ent_type_ in ("ORG", "COUNTRY", "GPE") for t in clause
                                                if t.i != tok.i)

    def _weapon_described(self, tok: Token) -> bool:
        """A fight told in a clause on a weapon, with no date of its own: "the rockets that the militia uses to
        shell villages", "missiles fired at X", "the engines that X uses in its war against Y" say what the
        weapon is for or has done in general ("the missiles that struck the port in March" is dated: an act)."""
        clause = tok
        for _ in range(6):
            if clause.dep_ in ("relcl", "acl") and clause.pos_ in ("VERB", "AUX"):
                break
            if clause.head.i == clause.i or clause.dep_ not in WEAPON_CLAUSE_DEPS:
                return False
            clause = clause.head
        else:
            return False
        noun = clause.head
        if noun.pos_ not in ("NOUN", "PROPN") or not (self.lex.has("_arms_word", noun) or _is_weapon(noun, self.ctx)):
            return False
        if clause.tag_ == "VBD":
            return False  # "the jets, which flew combat missions against rebels": a past act the clause tells
        # ("the rifles, which were used during the 2020 war": a year, however tagged, dates it too)
        return not any(t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20") or (
            (ent := self.ctx.ent_at.get(t.i)) is not None and ent.label_ == "DATE") for t in clause.subtree)

    def _gov_words(self, m: Match) -> frozenset[str]:
        """The governors a row asks for ("gov:lift,ease")."""
        return frozenset(w for need in m.trigger.needs if need.startswith("gov:")
                         for w in self._words(need.removeprefix("gov:")))

    def _blockers(self, m: Match) -> frozenset[str]:
        """The words that block a match; a vote that fails or is rejected was still cast ("the Council failed
        to adopt the draft"), so _vote_outcome words do not block a UN vote."""
        blockers = self.lex.words.get("_block", frozenset())
        # a row that asks for a governor ("gov:lift": an embargo lifted) is not blocked by that governor
        blockers = blockers - {w for need in m.trigger.needs if need.startswith("gov:")
                               for w in self._words(need.removeprefix("gov:"))}
        if m.trigger.type == "un_vote":
            return blockers - self.lex.words.get("_vote_outcome", frozenset())
        return blockers

    def _blocked(self, m: Match) -> bool:
        """Negated, hypothetical, or under a threat, call, wish or denial."""
        blockers = self._blockers(m)
        tok = m.token
        scheduled = m.trigger.type in TOPIC_TYPES and self._scheduled(tok)
        if m.trigger.type in TOPIC_TYPES and self._topic(tok) and not scheduled:
            return True
        for t in {tok, m.anchor}:
            if t is m.anchor and t is not tok and _bound_by_measure(tok, m):
                continue  # "X is not bound by the EU embargo on Y": the binding denied, not the embargo
            if negated(t) or has_auxiliary(t, "possibility"):
                return True
            if any(c.dep_ in ("amod", "mark") and _forms(c) & blockers and not _origin(c) for c in t.children):
                return True
            if any(c.dep_ == "advcl" and conditional(c) and not any(
                    g.lower_ in ("even", "as") for g in c.children if g.dep_ == "advmod") for c in t.children):
                return True  # "will produce the tanks locally if the contract is signed"
        if any(c.dep_ == "advmod" and self.lex.has("_habitual", c) for t in {tok, m.anchor} for c in t.children):
            return True  # "such posts are often followed by strikes": what tends to happen, no event
        if m.trigger.type == "statement_of_support" and _thanked_for(tok) and "acknowledged" not in m.trigger.needs:
            return True  # "we thank the American people for standing with Kenya": the thanked party's act
        if _listed_call(tok, self.lex, self.ctx.doc_text):
            return True  # "The group calls on:\n- the Council to impose sanctions ...": a demand in a list
        if tok.pos_ == "VERB" and _used_for(tok):
            return True  # "the missiles are used to shoot down drones": what a weapon is for, no event
        if m.trigger.type == "clash" and self._weapon_described(tok):
            return True  # "the rockets that the militia uses to shell villages": what a weapon does, no event
        if tok.pos_ == "VERB" and _compared(tok):
            return True  # "mines have killed more soldiers than any other weapon": a comparison, no event
        # ("extended the lifting of the embargo": a row asking for that lifting reports it, so a call for it blocks)
        in_force = m.trigger.type in REPEATED_TYPES and _ended_by(tok) and not (
            _of_gerund(tok) and _forms(tok.head.head) & self._gov_words(m))
        if not in_force and (tok.head.lower_ == "for" and tok.head.head.lemma_ == "call" or _calls_for(m.anchor)
                             or m.anchor.dep_ in ("advcl", "ccomp", "xcomp") and _calls_for(m.anchor.head)):
            return True  # "called for sanctions", "urged a stop to weapons shipments"
        if m.anchor.dep_ in ("csubj", "csubjpass") and (has_auxiliary(m.anchor.head, "future")
                                                        or has_auxiliary(m.anchor.head, "possibility")):
            return True  # "lifting the embargo would send the wrong message": an act weighed, not done
        if m.anchor is not tok and _forms(m.anchor) & blockers:
            return True  # "warning of an embargo": the noun's own verb is a threat or a wish
        if tok.pos_ == "NOUN":
            # "discussed the prospects of joint exercises", "talks on sanctions": a topic of talks, not an act
            # (an industrial project under negotiation is reported as one: "in talks on setting up a plant")
            topics = blockers | (self.lex.words.get("_topic", frozenset())
                                 if m.trigger.type != "industrial_project" and not scheduled else frozenset())
            up, steps = tok, 0
            while up.head.i != up.i and (up.i != m.anchor.i or up is tok) and up.dep_ in UP_DEPS and steps < 8 \
                    and not (up is not tok and up.pos_ in ("VERB", "AUX")):
                steps += 1
                if up.head.i == m.anchor.i and up.dep_ == "prep" and up.lower_ in ("on", "about", "over") and any(
                        c.dep_ in ("dobj", "obj") and _forms(c) & topics for c in m.anchor.children):
                    return True  # "held talks with X on joint exercises"
                up = up.head
                if (up.pos_ == "NOUN" or up.i == m.anchor.i) and _forms(up) & topics:
                    return True
        if tok.pos_ == "NOUN" and tok.head.lower_ in ("of", "about") and tok.dep_ == "pobj" \
                and tok.head.head.pos_ == "NOUN" and _forms(tok.head.head) & blockers:
            return True  # "the fear of a coup", "the threat of sanctions": a noun of threat or wish over it
        if m.anchor is not tok and m.anchor.dep_ == "acl" and m.anchor.tag_ == "VBN" and m.anchor.head.i == tok.i:
            # "fearing it could fall foul of U.S. sanctions imposed on Moscow": the participle on the noun states
            # the act as done; the doubt of the clause above is about something else
            return False
        below = m.anchor
        for anc in _ancestors(m.anchor, 4):
            if below.dep_ == "advcl" and below.pos_ == "VERB" and not any(
                    c.dep_ == "mark" for c in below.children):
                break  # "..., promising aid": a participle clause states its own act, not the main verb's
            if below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") and anc.dep_ == "ROOT" and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
                # "the jets are expected in May, and crews will begin training": a main clause of its own
                # ("he hopes the talks end and the armies hold drills" stays under the hope)
                break
            below = anc
            if _forms(anc) & blockers or any(f"{anc.lemma_.lower()} {c.lower_}" in blockers for c in anc.children
                                             if c.dep_ == "prt" or c.tag_ == "RP"):
                return True  # ("voted down a motion to revoke the licences": a phrasal verb of rejection; its particle
                # may be parsed as a preposition over the object)
            if anc.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
                return True  # "had no plans to impose sanctions", "no intention of attacking"
            if _calls_for(anc) and not in_force:
                return True
            if anc.pos_ in ("VERB", "AUX") and has_auxiliary(anc, "possibility"):
                return True
            if anc.pos_ in ("VERB", "AUX") and anc.dep_ == "ROOT":
                break
        return False


_BULLETS = ("-", "\u2013", "\u2022", "*", "\u00b7")


#: Nouns of a measure's end, whose "of" phrase names a measure in force ("the lifting of the embargo").
ENDING_NOUNS = word_set("event_words.tsv", "ending_noun")


def _ended_by(tok: Token) -> bool:
    """A measure whose end is called for or reported ("an end to the blockade", "the lifting of the embargo"):
    the measure is in force, so a call about its end is no call for it."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    holder = tok.head.head
    return tok.head.lower_ == "to" and holder.lemma_.lower() == "end" and holder.pos_ == "NOUN" \
        or tok.head.lower_ == "of" and holder.lemma_.lower() in ENDING_NOUNS


def _listed_call(tok: Token, lex: Lexicon, text: str) -> bool:
    """Whether a trigger is in a bulleted item under a lead line that ends with a colon and calls for what
    it lists ("X calls on:", "The report recommends:"): each item is a demand, not an act. ``text`` is the
    Doc's text (``DocContext.doc_text``)."""
    start = text.rfind("\n", 0, tok.idx) + 1
    if not text[start:tok.idx].lstrip().startswith(_BULLETS):
        return False
    while start > 0:  # back over the items before this one to the lead line
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start].strip()
        if line and not line.startswith(_BULLETS):
            if not line.endswith(":"):
                return False
            lead = tok.doc.char_span(prev, start - 1, alignment_mode="expand")
            return lead is not None and any(lex.has("_list_call", t) for t in lead)
        start = prev
    return False


def _thanked_for(tok: Token) -> bool:
    """A trigger in what someone is thanked for ("thanked X for standing with Y", "grateful for the
    support"): the speaker's gratitude for another's act, not the speaker's own position."""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "for" and _forms(tok.head.head) & _words("_gratitude")


def _comparative(obj: Token) -> bool:
    """ "more", "fewer soldiers": a comparative itself or a noun it comes before (one with a "than" phrase of
    its own, "more than 40", is a count)."""
    return obj.tag_ in ("JJR", "RBR") or any(
        c.dep_ == "amod" and c.tag_ == "JJR" and c.lower_ in ("more", "fewer") and c.i < obj.i
        and not any(k.lower_ == "than" for k in c.children) for c in obj.children)


def _used_for(verb: Token) -> bool:
    """A verb saying what something is used for ("are used to shoot down drones"): the purpose of a passive
    "use"."""
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "use" and any(
        c.dep_ == "auxpass" for c in head.children)


def _compared(verb: Token) -> bool:
    """A verb whose object is a comparative set against something other than a number: "have killed more
    of our soldiers than any other weapon" compares causes ("killed more than 40 people" is a tally)."""
    obj = _object(verb)
    if obj is None or not _comparative(obj):
        return False
    thans = [p for t in (verb, obj) for p in t.children if p.dep_ == "prep" and p.lower_ == "than"]
    return any(not o.like_num and o.pos_ != "NUM" for p in thans for o in p.children if o.dep_ == "pobj")


# --- quotes, dates, summaries -------------------------------------------------------------------------

def _speaker(tok: Token, ctx: DocContext, quoted: set[int]) -> tuple[str | None, str | None]:
    """(person, country) who says the clause a token is in: the subject of a saying verb above it, or
    the person named outside the quote in the same sentence."""
    for anc in _saying_verbs(tok):
        subj = _subject(anc)  # "X declined to comment, but said ...": the subject is shared
        if subj is not None:
            name = ctx.person_at.get(subj.i) or _person_by_word(subj, ctx)
            if name:
                return name, ctx.affiliation.get(name)
    for t in tok.sent:
        if t.i in quoted:
            continue
        name = ctx.person_at.get(t.i)
        if name:
            return name, ctx.affiliation.get(name)
    if tok.i in quoted:  # a quote of several sentences: its attribution comes after it
        for q in ctx.analysis.quotes:
            if q.speaker and q.evidence.doc == ctx.doc_id and q.evidence.start <= tok.idx < q.evidence.end:
                # the speaker as the quote names him ("Nowak"): the person's full name
                name = next((p.name for p in ctx.analysis.people if p.name == q.speaker), None) or next(
                    (p.name for p in ctx.analysis.people if p.name.split()[-1] == q.speaker.split()[-1]), None) \
                    or next((p.name for p in ctx.analysis.people  # "Hashim" for Hashim Ariffin: a given name
                             if set(q.speaker.split()) <= set(p.name.split())), q.speaker)
                return name, ctx.affiliation.get(name)
    return None, None


def _person_by_word(tok: Token, ctx: DocContext) -> str | None:
    """The one person of the document a bare name refers to ("Nowak" -> Jan Nowak)."""
    if tok.pos_ != "PROPN":
        return None
    found = {p.name for p in ctx.analysis.people if tok.text in p.name.split()}
    return found.pop() if len(found) == 1 else None


def _official(name: str | None, ctx: DocContext) -> bool:
    """Whether a speaker with no country holds an office (a general, a ministry's spokesman), so that
    the events he reports are facts he vouches for; an unnamed source or a commentator does not."""
    if not name:
        return False
    person = next((p for p in ctx.analysis.people if p.name == name), None)
    titles = [t.title for t in person.titles if t.title] if person else []
    lex = lexicon()
    return bool(titles) and not any(lex.has("_commentator", w) for t in titles for w in t.lower().split())


def _saying_verbs(tok: Token) -> list[Token]:
    """Verbs of saying that report a clause: above it ("X said that ..."), or hung on it ("..., X said")."""
    out = []
    chain = [tok]
    while len(chain) < 8 and chain[-1].head.i != chain[-1].i and chain[-1].dep_ in SAID_DEPS:
        chain.append(chain[-1].head)  # through "is willing to sell ... if asked, and is committed to"
    saying = _words("_saying")
    for anc in chain:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in saying and anc not in out:
            out.append(anc)
        out.extend(c for c in anc.children if c.dep_ == "parataxis" and c.lemma_.lower() in saying and c not in out)
    return out


def _said_by_commentator(tok: Token, ctx: DocContext) -> bool:
    """Whether a clause is reported by an analyst, expert or activist rather than a state's voice."""
    lex = lexicon()
    for anc in _saying_verbs(tok):
        subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        name = ctx.person_at.get(subj.i)
        if name:
            person = next((p for p in ctx.analysis.people if p.name == name), None)
            titles = person.titles if person else []
            # a name with no title at all is unknown, not a commentator (whose title says what he is)
            # (an officer's post in a body, "Deputy Chief of the Joint Staff Department" under his rank, is
            # still a state's voice)
            ranked = any((title := ctx.gaz.title(t.title)) is not None and title.kind == "rank" for t in titles)
            return not ctx.affiliation.get(name) and titles != [] and (any(
                lex.has("_commentator", w) for t in titles for w in t.title.lower().split()) or not ranked and any(
                t.affiliation and not ctx.gaz.country(t.affiliation) for t in titles))
        heads = [subj, *(c for c in subj.children if c.dep_ == "appos")]
        return any(lex.has("_commentator", h) for h in heads)
    return False


def _dates_in(sent: Span, ctx: DocContext) -> list[Span]:
    """The DATE entities of a sentence (read from the context's index: ``Span.ents`` rebuilds them)."""
    seen: dict[int, Span] = {}
    for i in range(sent.start, sent.end):
        ent = ctx.ent_at.get(i)
        if ent is not None and ent.label_ == "DATE":
            seen.setdefault(ent.start, ent)
    return list(seen.values())


def _attached_dates(tok: Token, ctx: DocContext) -> list[Span]:
    """DATE entities hanging on a token directly or through prepositions and their nouns ("on
    Tuesday", "in 2018", "in a raid on Saturday"), not through another verb."""
    out = []
    for ent in _dates_in(tok.sent, ctx):
        t = ent.root
        if t.dep_ == "pobj" and t.head.lower_ in ("until", "till", "through", "to"):
            continue  # "renewed until 30 June 2026": when it ends, not when it happened
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "within") and _duration(ent):
            continue  # "renewed the embargo for one year": how long, not when
        if _span_end_date(ent, tok):
            continue
        for _ in range(4):
            if t.head.i == tok.i and t.i != tok.i:
                out.append(ent)
                break
            # a verb that is a preposition's object is a noun the tagger misread ("at the border crossing on Sunday")
            if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "pobj" \
                    or t.dep_ not in ("pobj", "prep", "npadvmod", "nmod", "compound", "nummod"):
                break
            t = t.head
    # a date inside a noun phrase: "the Sept. 30 coup", "the April coup"
    for child in tok.children:
        ent = ctx.ent_at.get(child.i)
        if ent is not None and ent.label_ == "DATE" and child.dep_ in ("compound", "nmod", "amod", "npadvmod",
                                                                      "nummod") \
                and ent not in out and not _span_end_date(ent, tok):
            out.append(ent)
    # the nearest first: "in 2014, and again in March, when X ousted ..." -> March
    return sorted(out, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)))


def event_date(m: Match, ctx: DocContext) -> str | None:
    """The date of an event: "as of X" for a tally, then a date on the trigger, its anchor, or the verbs
    above them up to the sentence's main verb (a report's date for a reported event)."""
    sent = m.token.sent
    if m.trigger.type == "killings":
        for tok in sent:
            if tok.lower_ == "as" and tok.i + 2 < sent.end and ctx.doc[tok.i + 1].lower_ == "of":
                ent = ctx.ent_at.get(tok.i + 2)
                if ent is not None and ent.label_ == "DATE":
                    return resolved_date(ent.text, ctx.published)
    chain = [m.token]
    if m.token.dep_ == "acl" and m.token.head.dep_ in ("nsubj", "nsubjpass"):
        chain.append(m.token.head.head)  # "the first drones assembled in X rolled out in April"
    if _misparsed_modifier(m.token):
        chain.append(m.token.head)  # "since the military seized power in 2022": the date hangs on the noun
    if m.token.dep_ in ("nsubj", "nsubjpass") and m.token.head.pos_ == "VERB":
        chain.append(m.token.head)  # "the incursion began on 3 May"
    if m.trigger.type == "statement_of_support" and m.token.head.i == m.anchor.i != m.token.i:
        chain.append(m.anchor)  # "signed a joint declaration on Monday": the signing dates it
    if "once" not in m.trigger.needs:  # a coup named in passing takes no date from the sentence
        for t in [m.anchor, *_ancestors(m.anchor, 6)]:
            if t not in chain:
                chain.append(t)
            if t.dep_ == "relcl":
                break  # "the troops that Spain sent": the noun's clause does not date the relative clause
    for relcl in (c for c in m.token.children if c.dep_ in ("relcl", "acl")):
        chain.insert(1, relcl)
    # "eight were killed when soldiers raided the village on Sunday": the clause of the same moment dates it
    chain += [c for t in chain[:2] for c in t.children if c.dep_ == "advcl" and c not in chain
              and any(k.dep_ in ("mark", "advmod") and k.lower_ in SAME_TIME_MARKS for k in c.children)]
    for tok in chain:
        for ent in _attached_dates(tok, ctx):
            resolved = resolved_date(ent.text, ctx.published) or _tail_date(ent, ctx)
            if resolved:
                return resolved
    return None


def _span_end_date(ent: Span, tok: Token) -> bool:
    """Whether a date is coordinated with an event's word, the other end of a span from it ("between the coup and
    the end of 2025", "between the coup and 30 June 2025"), not when the event was."""
    t = ent.root
    return t.head.i == tok.i and (t.dep_ == "conj" or any(c.dep_ == "cc" and tok.i < c.i < ent.start
                                                          for c in tok.children))


def _duration(ent: Span) -> bool:
    """ "one year", "another 12 months": a length of time with no day, month or year of the calendar in it."""
    words = [t.lower_ for t in ent]
    return bool(set(words) & DURATION_UNITS) and not any(
        t.pos_ == "ADP" or t.pos_ == "PROPN" or t.like_num and len(t.text) == 4 for t in ent)


def _tail_date(ent: Span, ctx: DocContext) -> str | None:
    """A duration and a day read as one date ("another six months on Monday"): the day after the last
    preposition inside it."""
    cut = next((t for t in reversed(ent) if t.pos_ == "ADP" and t.lower_ in ("on", "in")), None)
    if cut is None or cut.i + 1 >= ent.end:
        return None
    return resolved_date(ctx.doc[cut.i + 1:ent.end].text, ctx.published)


def _present_passive(tok: Token, auxes: list[Token]) -> bool:
    """Whether a participle with these auxiliaries is a present passive ("are assembled", "is co-produced")."""
    return tok.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in auxes)


def _trimmed(text: str) -> str:
    """A summary's text cut at a word to the configured length, marked " …" when cut."""
    limit = settings.current().event_max_summary
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _summary(m: Match, doc: Doc) -> tuple[str, int, int]:
    """(one line, start char, end char): the clause that states the event, trimmed."""
    anchor = m.anchor
    while anchor.dep_ in ("xcomp", "pcomp", "acomp") and anchor.head.pos_ in ("VERB", "AUX", "ADJ"):
        anchor = anchor.head  # "continued to support X": the whole verb group
    if anchor.dep_ == "relcl" and m.token.pos_ == "NOUN" and m.token.i < anchor.i:
        anchor = m.token  # "the embargo that X has imposed": the noun's phrase
    if _misparsed_modifier(anchor):
        anchor = anchor.head  # "the military seized power in 2022", read by the parser as one noun phrase
    start, end = anchor.left_edge.i, anchor.right_edge.i + 1
    if m.token.i < start or m.token.i >= end:
        start, end = min(start, m.token.left_edge.i), max(end, m.token.right_edge.i + 1)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    span = doc[start:end]
    return _trimmed(" ".join(span.text.split())), span.start_char, span.end_char


# --- extraction ---------------------------------------------------------------------------------------

def _held_noun_as_verb(tok: Token, lex: Lexicon) -> bool:
    """ "held the special forces exercise in X": the parser reads the noun after a plural modifier as a verb
    whose clause is the object of the verb of holding; a verb with an object of its own ("hold troops to
    exercise restraint") is a verb."""
    return tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "xcomp", "dobj") and lex.has("_exercise_verb", tok.head) \
        and tok.i > tok.head.i and not any(c.dep_ in ("aux", "mark") for c in tok.children) \
        and not any(c.dep_ in ("dobj", "obj") and not _place_after_particle(tok, c) for c in tok.children)


def _place_after_particle(verb: Token, obj: Token) -> bool:
    """ "held the X exercise off Tangier": the parser reads the preposition as the verb's particle and the place
    after it as its object; a place right after a particle is where the exercise was held, no object of its own."""
    return obj.ent_type_ in ("GPE", "LOCATION", "LOC", "FAC", "COUNTRY") and any(
        c.dep_ == "prt" and c.i == obj.left_edge.i - 1 for c in verb.children)


def _verb_read_as_noun(tok: Token) -> bool:
    """ "The Treasury sanctions three officers": a verb in the present tense that the tagger took for a plural noun
    after its subject, shown by the direct object the parser still hangs on it."""
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "appos") and any(c.dep_ == "dobj" for c in tok.children) \
        and tok.i > 0 and tok.nbor(-1).pos_ in ("PROPN", "NOUN")


def _trigger_rows(tok: Token) -> list[Trigger]:
    """Rows whose trigger is this token (a phrase's last word with the words before it)."""
    pos = _pos(tok)
    if pos is None:
        return []
    lex = lexicon()
    rows = lex.triggers.get((tok.lemma_.lower(), pos), []) + (
        lex.triggers.get((tok.lower_, pos), []) if tok.lower_ != tok.lemma_.lower() else [])
    if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        rows = rows + lex.triggers.get((tok.lower_, "NOUN"), [])  # "Fighting between A and B resumed": a noun
    if tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        rows = rows + lex.triggers.get((tok.lemma_.lower(), "NOUN"), [])  # "stage joint drills": a plural noun
    if _held_noun_as_verb(tok, lex):
        rows = rows + lex.triggers.get((tok.lemma_.lower(), "NOUN"), [])
    if _verb_read_as_noun(tok):
        rows = rows + lex.triggers.get((tok.lemma_.lower(), "VERB"), [])
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in HYPHENS and not doc[tok.i - 2].whitespace_ \
            and doc[tok.i - 2].lower_ in PRACTICE_PREFIXES:
        return []  # "test-fired at the range", "dry-fired": a trial, not the act
    out = []
    for row in rows:
        n = len(row.words)
        if n > 1:
            if tok.i - n + 1 < 0:
                continue
            before = doc[tok.i - n + 1:tok.i]
            if tuple(t.lemma_.lower() for t in before) != row.words[:-1] and \
                    tuple(t.lower_ for t in before) != row.words[:-1]:
                continue
        out.append(row)
    return out


def _war_scene(verb: Token, ctx: DocContext) -> list[str]:
    """The state a fight told by "where" or "there" takes place in: the state the clause hangs on ("South Sudan,
    where civil war had broken out", "Mali, which has been unstable since fighting broke out there")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "advmod" and c.lower_ in ("where", "there")
                                                   for c in verb.children):
        return []
    for anc in _ancestors(verb, 4):
        if anc.ent_type_ in ("COUNTRY", "GPE") and ctx.token_country(anc):
            return [ctx.token_country(anc)]
    return []


def _actors_for(m: Match, actors: Actors, ctx: DocContext) -> list[str]:
    t = m.trigger.type
    tok, anchor = m.token, m.anchor
    found: list[str] = []

    def add(names: list[str]) -> None:
        for n in names:  # "Iran" adds nothing after "Iran troops"
            if n not in found and not any(f.startswith(f"{n} ") for f in found):
                found.append(n)

    if t == "statement_of_support":
        add(m.supporter)
    elif tok.pos_ == "NOUN":
        for child in tok.lefts:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                add(actors.of(child))
    if t != "statement_of_support":
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else None
        if t == "killings":
            perpetrator = None
            if tok.pos_ == "VERB":
                # "troops opened fire, killing nine": the participle's subject is the clause's
                perpetrator = _agent(tok) if any(c.dep_ == "nsubjpass" for c in tok.children) else (
                    next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.lemma_.lower() not in ("die", "leave")
                    else None)
                if perpetrator is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
                    perpetrator = _subject(tok.head)
                hands = [o for o in _prep_objects(tok, {"at"}) if o.lower_ == "hands"]
                if hands:
                    perpetrator = next(iter(_prep_objects(hands[0], {"of"})), perpetrator)
            if perpetrator is not None and lexicon().has("_military", perpetrator) and not actors.of(perpetrator):
                name = actors.nearest_military(perpetrator.i, window=80)  # "the regime": named just before
                add([name] if name else [])
            else:
                add(actors.of(perpetrator))
        elif verb is not None and not (tok.pos_ == "NOUN" and verb is not tok and (t == "coup" or _adjunct(tok, verb))):
            subj = _agent(verb) if any(c.dep_ == "nsubjpass" for c in verb.children) else _subject(verb)
            add(actors.of(subj, armed_text=t == "clash"))
            for other in _prep_objects(verb, WITH_PREPS - {"with"}):
                add(actors.of(other))
            if subj is not None:
                for other in _prep_objects(subj, WITH_PREPS):
                    add(actors.of(other))
        if t == "clash" and tok.pos_ == "VERB":
            m.partners.extend(_prep_objects(tok, {"with", "against"}))
        if t == "clash" and tok.pos_ == "NOUN":  # "the 2020 war between A and B"
            m.partners.extend(o for o in _prep_objects(tok, {"between"}) if o not in m.partners)
            if tok.dep_ == "nsubj":  # "fighting erupted between A and B": the phrase hangs on the verb
                m.partners.extend(o for o in _prep_objects(tok.head, {"between", "with", "against"})
                                  if o not in m.partners)
        if t in ("training", "assembly") and tok.pos_ == "VERB" and (
                tok.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in tok.children)):
            # "the crews were trained in Italy", "four will be assembled in Pakistan": the state that does it
            add([c for o in _prep_objects(tok, {"in", "by"}) for c in ctx.phrase_countries(o)])
        for partner in m.partners if t not in ("sanction", "embargo") else []:
            add(actors.of(partner, armed_text=t == "clash"))
        if t == "clash" and not found and tok.pos_ == "NOUN":
            add(_war_scene(anchor, ctx))
        if t in ("port_access", "assembly", "industrial_project", "training"):
            add(_scene_countries(_clause_tokens(tok), ctx))
            if t == "industrial_project":  # the companies involved, and their countries
                for ent in ctx.ents_in(_clause_tokens(tok)):
                    org = ctx.gaz.organisation(ent.ent_id_ or ent.text) if ent.label_ in ("ORG", "MILITARY") else None
                    if org is not None:
                        add([org.name] + ([org.country] if org.country else []))
        if t == "training" and not found and tok.dep_ == "advcl":
            # "our pilots are already in Korea, training on the T-50": the state they train in takes part
            add([c for o in _prep_objects(tok.head, {"in"}) for c in ctx.phrase_countries(o)])
        if t == "training" and "away" in m.trigger.needs:
            # "Kenyan crews learned to fly the jets in Italy": the state the skill was learned in takes part (the
            # place on the verb, its open clause, or the verb a purpose clause serves, as ``_away`` reads it)
            hosts = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
            if tok.dep_ in ("advcl", "xcomp"):
                hosts.append(tok.head)
            add([c for h in hosts for o in _prep_objects(h, {"in", "at"}) for c in ctx.phrase_countries(o)])
        stay = _stay_to_train(tok) if t == "training" else None
        if stay is not None:
            # "40 officers are in Spain training on the radar", "cadets remain in Spain for training": the
            # state they stay in to train takes part
            add([c for o in _prep_objects(stay, {"in"}) if o is not tok for c in ctx.phrase_countries(o, 3)])
        if t == "training" and not found:
            # "its crew trained in Japan", "whose staff completed a training course in Italy": the state
            # they train in takes part (the verb's or the course's "in" phrase)
            # told as done (a verb in the past), not training to come ("will begin training in Spain")
            hosts = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "compound" else [])
            hosts += [h.head for h in list(hosts) if h.pos_ == "NOUN" and h.dep_ == "dobj"]
            if any(h.tag_ in ("VBD", "VBN") for h in hosts):
                add([c for h in hosts for o in _prep_objects(h, {"in"}) for c in ctx.phrase_countries(o)])
        trainee = m.partners[0] if t == "training" and tok.pos_ == "VERB" and m.partners else None
        if not found and trainee is not None and _trains(trainee, tok) and tok.i not in ctx.quoted_token_ids:
            # "his crews had trained on them in April", "21 marines trained on the system": trainees that no state
            # names, told training, are of the state the story has just named
            add(next(([c] for t2 in reversed(tok.doc[max(0, trainee.i - TRAINEE_WINDOW):trainee.i])
                       for c in [ctx.token_country(t2)] if c), []))
        if t == "coup":
            found[:] = [f"{a} military" if ctx.gaz.country(a) else a for a in found]  # "soldiers in Niger"
        if t == "coup" and not found and tok.pos_ == "VERB":
            obj = _object(tok)  # "toppled the government of Sudan": Sudan's military
            found.extend(f"{c} military" for c in (ctx.phrase_countries(obj) if obj is not None else [])[:1])
        if t == "coup" and not found:
            name = actors.nearest_military(tok.i, armed_forces_only=True)
            add([name] if name else [])
        if t == "un_vote":
            add(_un_voters(tok, actors))
    return found


def _trains(trainee: Token, verb: Token) -> bool:
    """Whether a trainee noun is the subject of a verb of training ("his crews had trained"), or the noun a
    sentence's verb was read as a modifier of ("Twenty marines trained on ...", "About 300 aircrew and maintainers
    have trained there": the parser's noun phrase)."""
    if trainee.i > verb.i:
        return False
    if trainee.dep_ == "nsubj" and trainee.head.i == verb.i:
        return True
    return verb.dep_ in ("acl", "conj") and verb.head.i == trainee.i and trainee.dep_ == "ROOT" \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _stay_to_train(tok: Token) -> Token | None:
    """The verb of being somewhere a training noun hangs on, with the place ("are in Spain training on the
    radar", the participle read as a noun after the place or as the verb's complement; "remain in Spain for
    training"): the subject stays there to train."""
    if tok.pos_ != "NOUN":
        return None
    verb = tok.head if tok.dep_ in ("attr", "acomp") else tok.head.head if tok.dep_ == "pobj" \
        and tok.head.dep_ == "prep" else None
    if verb is None or verb.lemma_.lower() not in STAY_VERBS:
        return None
    return verb if any(o is not tok for o in _prep_objects(verb, {"in"})) else None


def _adjunct(noun: Token, verb: Token) -> bool:
    """ "Since Armenia's invasion, Georgia has bought ...": the noun only dates or frames the clause, so
    the clause's subject is not its actor."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in ADJUNCT_PREPS:
            return True
        tok = tok.head
    return False


def _scene_countries(clause: Span, ctx: DocContext) -> list[str]:
    """Countries a clause names as parties (not as the place it happens: "in Germany"), including
    "the two countries" and the countries of named places ("at the works in Izmir")."""
    out: list[str] = []
    for tok in clause:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside") and tok.ent_type_ in (
                "COUNTRY", "GPE"):
            continue
        country = ctx.token_country(tok)
        if country is None and tok.lemma_.lower() == "country" and any(c.lower_ in ("two", "both")
                                                                        for c in tok.children):
            for c in ctx.last_pair(tok.i):
                if c not in out:
                    out.append(c)
            continue
        if country is None and tok.ent_type_ in ("LOCATION", "GPE") and tok.i == ctx.ent_at[tok.i].root.i:
            place = ctx.gaz.place(ctx.ent_at[tok.i].ent_id_ or ctx.ent_at[tok.i].text)
            country = place.country if place else None
        if country and country not in out:
            out.append(country)
    return out


def _un_voters(tok: Token, actors: Actors) -> list[str]:
    """The UN body in the clause, then the countries named in the tally that follows."""
    out: list[str] = []
    sent = tok.sent
    for ent in actors.ctx.ents_in(sent):
        if ent.label_ == "ORG":
            out += [a for a in actors.of(ent.root) if a not in out]
    doc = tok.doc
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        words = {t.lemma_.lower() for t in nxt}
        if words & {"oppose", "abstain", "against", "favour", "favor", "abstention"}:
            for t in nxt:
                c = actors.ctx.token_country(t)
                if c and c not in out:
                    out.append(c)
    return out


@functools.lru_cache(maxsize=1)
def _trigger_ids() -> frozenset[int]:
    """String ids of every trigger's head word (lower case, capitalised, upper case)."""
    words = {w for w, _ in lexicon().triggers}
    return frozenset(hash_string(v) for w in words for v in (w, w.capitalize(), w.upper()))


@extractor("events", assigns="events", requires=("entities", "people", "quotes"))
def extract_events(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> list[Event]:
    """Every event the document reports, deduplicated per document."""
    ctx = DocContext.of(doc, analysis, gaz)
    actors = Actors(ctx)
    quoted = ctx.quoted_token_ids
    out: list[Event] = []
    # killings whose victims are troops, or told as an attack's toll (ids of the events)
    soldiers_killed: set[int] = set()
    # killings of armed men (with or without others) told in the fighting that killed them
    fight_tolls: set[int] = set()
    # tolls of a fight told before ("died in those clashes"): that fight's, already recorded
    retold_tolls: set[int] = set()
    # anyone killed by or in a fight the sentence tells only as the killer ("clashes killed 55 people"): that
    # fight; with the fight told in its own right, the toll stays a killings event beside it
    fight_only_tolls: set[int] = set()
    # killings told in an agentless passive ("three people were killed"): id of the event -> its sentence's index
    bare_tolls: dict[int, int] = {}
    # clashes told by a strike from afar (ids): with people it killed told in their sentence, the killing is the event
    strikes: set[int] = set()
    checker = Checker(ctx, actors)
    # embargoes named only as in force ("under an embargo", "in breach of the embargo"): ids of the events
    embargo_refs: set[int] = set()
    once: dict[str, list[Event]] = defaultdict(list)
    people = {p.name for p in analysis.people}
    # once-events shown by a sentence that states the act: 2 in a main clause ("the army seized power"),
    # 1 in a relative clause ("the council, which took over in a coup, ...")
    stated: dict[int, int] = {}
    # the few tokens that can trigger anything, found in one pass over the token arrays
    ids = _trigger_ids()
    arrays = doc.to_array([LOWER, LEMMA])
    # set lookups on the rows: numpy's isin sorts both arrays, ten times slower on an article's tokens
    candidates = [i for i, (lower, lemma) in enumerate(arrays.tolist()) if lower in ids or lemma in ids]
    position = 0
    for index, sent in enumerate(doc.sents):
        checker.sentence_index = index
        types_here: set[str] = set()
        here = []
        while position < len(candidates) and candidates[position] < sent.end:
            if candidates[position] >= sent.start:
                here.append(doc[candidates[position]])
            position += 1
        for tok in here:
            ent = ctx.ent_at.get(tok.i)
            if ent is not None and ent.label_ in ("ORG", "LAW", "WORK_OF_ART", "WEAPON_SYSTEM", "EVENT", "MILITARY") \
                    and not (ent.label_ == "EVENT" and tok.pos_ == "NOUN" and tok.is_lower):
                continue  # "General Assembly", "Sanctions Act": names, not reports ("the 2020 war" is one)
            made = None  # the type of the event this word has reported
            for trig in _trigger_rows(tok):
                if made is not None and (made, trig.type) not in COMPANION_TYPES:
                    continue
                if trig.type in types_here and "once" not in trig.needs and not _told_apart(trig, tok) \
                        and trig.type != "embargo":  # (an embargo of another party: other_party below)
                    continue
                m = checker.check(trig, tok)
                if m is None:
                    continue
                if _demonstrative(tok) and "once" not in trig.needs and trig.type not in REPEATED_TYPES:
                    continue  # "because of this war", "that exercise": a reference to one told before
                if trig.type == "clash" and _civilian_toll_setting(tok):
                    continue  # "gunmen killed nine villagers in a raid on ...": the raid is that killing, no fight
                if trig.type == "killings" and _accident(tok):
                    continue  # "two firefighters died when their truck overturned": an accident, no killing
                if trig.type == "clash" and _counted_over_a_year(m, ctx):
                    continue  # "carried out more than 1,600 air strikes in 2025": a year's count (a figure)
                if trig.type in ("clash", "killings") and _attack_tally(m):
                    continue  # "has carried out 2,900 airstrikes since the coup": a running count (a figure)
                if trig.type in BARE_REFERENCE_TYPES and _bare_definite(tok) \
                        and (0 <= index - checker.last_sentence.get(trig.type, -9) <= 2
                             or sum(e.type == trig.type for e in out) == 1):
                    # "... with Japanese forces joining parts of the drills": the exercise just told; "The
                    # exercise, which began on May 2, ...": the one exercise the story is about
                    checker.referred[trig.type] = index
                    continue
                if trig.type == "sanction" and tok.pos_ == "VERB" and _retold_measure(tok) \
                        and 0 < index - checker.last_sentence.get("sanction", -9) <= 2:
                    continue  # "... added five officers to its list. The measures freeze their assets": what it does
                if "licence" in trig.needs and 0 < index - checker.last_sentence.get("assembly", -9) <= 2 \
                        and _anaphoric(_object(tok) or tok):
                    continue  # "... assembled in X rolled off the line. The drones are built under licence": one programme
                if trig.type == "statement_of_support" and not m.supporter and tok.pos_ == "NOUN":
                    # "the ministry said the shipment reflected its firm support for X": the sayer's own support
                    m.supporter = next((checker._supporters(c) for c in tok.children
                                        if c.dep_ == "poss" and c.pos_ == "PRON"), [])
                if tok.i in quoted or m.anchor.i in quoted:
                    person, country = _speaker(tok, ctx, quoted)
                    if not country:
                        # an analyst's or activist's words are not a state's; but a state's own text states
                        # its position, an official vouches for the facts he reports, and a quote nobody is
                        # named or cited for (a readout, a communiqué) reports facts
                        if trig.type == "statement_of_support":
                            # a body quoted as itself (a council's conclusions) states its own position
                            body = person is not None and not any(p.name == person for p in ctx.analysis.people)
                            keep = (person is None or body) and bool(m.supporter)
                            if not keep and _official(person, ctx):
                                # an office holder whose state the text leaves unsaid still speaks for it
                                m.supporter = m.supporter or [person]
                                keep = True
                        else:
                            keep = _official(person, ctx) or person is None and not any(
                                t.i not in quoted and t.pos_ == "VERB" and t.lemma_.lower() in _words("_saying")
                                for t in sent)
                        if not keep:
                            continue
                    if trig.type == "statement_of_support" and country:
                        m.supporter = [country, person]
                if trig.type == "statement_of_support" and _said_by_commentator(m.anchor, ctx):
                    continue  # "X is backing the regime, an analyst said": an opinion about X
                if trig.type == "statement_of_support" and not m.supporter:
                    person, country = _speaker(m.anchor, ctx, quoted)
                    if not country:
                        continue
                    m.supporter = [country, person]
                elif trig.type == "statement_of_support":
                    person, country = _speaker(m.anchor, ctx, quoted)
                    if person and country and country in m.supporter and person not in m.supporter:
                        m.supporter.append(person)
                date = event_date(m, ctx)
                same_sentence = [e for e in out if e.type == trig.type and e.evidence.sent_start == sent.start_char]
                coordinated = _coordinated_clause(tok) or _in_coordinated_clause(tok)
                # "despite the EU embargo, ..., and a separate UN embargo": an embargo by another party than the
                # sentence's others is another embargo
                parties = _actors_for(m, actors, ctx) if trig.type == "embargo" and same_sentence else []
                other_party = bool(parties) and not any(_actors_agree(e.actors, parties) for e in same_sentence)
                if ("edition" in trig.needs or coordinated) and trig.type in types_here and not other_party \
                        and not _dated_apart(date, same_sentence, undated=coordinated):
                    # "the sixth edition of the X exercise": the exercise itself; but "X imposed sanctions, and Y
                    # suspended its aid in August": a clause of its own with a date of its own is another act
                    continue
                if trig.type == "sanction" and "similar" in trig.needs and date is None:
                    date = next((e.date for e in reversed(out) if e.type == "sanction"), None)
                summary, start, end = _summary(m, doc)
                evidence = Evidence(ctx.doc_id, start, end, sent.text, sent.start_char, sent.end_char)
                event = Event(type=trig.type, evidence=evidence, date=date,
                              actors=_actors_for(m, actors, ctx), summary=summary,
                              plover=trig.plover, cameo=trig.cameo)
                if "party" in trig.needs and not event.actors:
                    continue
                checker.last_sentence[trig.type] = index
                if "once" in trig.needs:
                    states = (2 if tok.dep_ != "relcl" else 1) if tok.pos_ == "VERB" else 0
                    if _merge_once(event, once[trig.type], trig.type in types_here, stated, states):
                        continue
                    once[trig.type].append(event)
                    if tok.pos_ == "VERB":
                        stated[id(event)] = states
                elif trig.type == "embargo" and _embargo_reference(tok):
                    # "while X was under a UN arms embargo", "in breach of the embargo": an embargo in force named
                    # again: one of the embargoes the story tells, unless its own phrase dates it ("the embargo first
                    # imposed in 2011"); the sentence's date ("was sentenced yesterday") is no date of it
                    dated = _dated_phrase(tok)
                    same = [e for e in out if e.type == "embargo" and _actors_agree(e.actors, event.actors)]
                    if same and not dated:
                        continue
                    refs = [e for e in same if id(e) in embargo_refs]
                    if refs:
                        # the one told before only named it: this mention, which dates it, shows it
                        refs[0].evidence, refs[0].summary, refs[0].date = event.evidence, event.summary, event.date
                        refs[0].actors.extend(a for a in event.actors if a not in refs[0].actors)
                        embargo_refs.discard(id(refs[0]))
                        continue
                    if not dated:
                        embargo_refs.add(id(event))
                elif trig.type in REPEATED_TYPES and event.actors and _anaphoric(tok):
                    # "X has imposed sanctions on ... . The sanctions target ...": the same measures by the same
                    # state referred to again, unless the dates differ ("X also sanctioned Y" is a new act)
                    same = [e for e in out if e.type == trig.type and e.actors[:1] == event.actors[:1]]
                    if _merge_once(event, same, False):
                        continue
                if not other_party and any(e.type == event.type and e.evidence.sentence == event.evidence.sentence
                       and not (_told_apart(trig, tok) and e.evidence.sent_start == sent.start_char) for e in out):
                    continue  # a sentence printed twice (a lead repeated under the headline)
                speakers = {a for a in event.actors if a in people}
                if trig.type in ONE_PER_SPEAKER and speakers and any(
                        e.type == trig.type and speakers <= {a for a in e.actors if a in people} for e in out):
                    # the same person's position told again, alone or with others ("A and B reaffirmed ...
                    # A called it important")
                    continue
                out.append(event)
                out.extend(_renewals(event, m, checker, ctx))
                types_here.add(trig.type)
                if trig.type == "killings" and (_soldiers_killed(m) or _toll_of_attack(m)):
                    soldiers_killed.add(id(event))
                if trig.type == "killings" and _killed_in_fighting(m):
                    fight_tolls.add(id(event))
                elif trig.type == "killings" and (_toll_of_fight(m) or _losses_in_attack(m) or _troops_killed_in_attack(m)):
                    if _retold_fight(m) and any(e.type == "clash" for e in out):
                        retold_tolls.add(id(event))
                    else:
                        fight_only_tolls.add(id(event))
                if trig.type == "killings" and _bare_toll(m):
                    bare_tolls[id(event)] = index
                if trig.type == "clash" and tok.lemma_.lower() in STRIKE_WORDS:
                    strikes.add(id(event))
                if made is not None:
                    break
                made = trig.type
    # "20 soldiers were killed when gunmen overran their post", "an attack on the town that killed one
    # civilian": troops killed in the fighting the sentence reports, or anyone an attack it reports killed,
    # are that clash's toll, not a killing of people
    clash_sentences = {(e.evidence.sent_start, e.evidence.sent_end) for e in out if e.type == "clash"}
    out = [e for e in out if id(e) not in soldiers_killed | fight_tolls
           or (e.evidence.sent_start, e.evidence.sent_end) not in clash_sentences]
    # "Heavy gunfire broke out between two militias. Three people were killed.": an agentless toll right after
    # a clash, with no date of its own, is that clash's toll
    sentence_index = {sent.start_char: n for n, sent in enumerate(doc.sents)}
    clash_indices = {sentence_index.get(e.evidence.sent_start) for e in out if e.type == "clash"}
    out = [e for e in out if id(e) not in bare_tolls or e.date is not None
           or not any(bare_tolls[id(e)] - k in clash_indices for k in range(1, TOLL_SENTENCES + 1))]
    # with no clash of its own in the sentence, such a toll tells the fight itself
    clash_sentences = {(e.evidence.sent_start, e.evidence.sent_end) for e in out if e.type == "clash"}
    out = [_as_clash(e) if id(e) in fight_tolls or id(e) in fight_only_tolls and (
        e.evidence.sent_start, e.evidence.sent_end) not in clash_sentences else e
        for e in out if id(e) not in retold_tolls]
    # "air strikes on villages have killed thousands of civilians", "launched 400 drones against X, killing six
    # people": a strike whose sentence tells the people it killed is that killing (as the gold sets code it), not
    # also a fight; fighting that killed people ("clashes killed 50") is both
    killing_sentences = {e.evidence.sent_start for e in out if e.type == "killings"}
    out = [e for e in out if not (id(e) in strikes and e.type == "clash" and e.evidence.sent_start in killing_sentences)]
    out = _follow_up_strikes(out, doc, sentence_index)
    _date_fight_to_its_start(out, doc, ctx, sentence_index)
    out = _one_exercise_a_day(out)
    out = _retold_fights(out, doc)
    return [e for e in out if not _headline_of(e, out)]


def _retold_fights(events: list[Event], doc: Doc) -> list[Event]:
    """ "Fighting broke out on the border on Wednesday ... 'We lost four soldiers and killed eleven of the
    attackers,' the spokesman said.": a fight with no party of its own and no date in its sentence, told after a
    clash the document has reported, is that clash told again (a detail, a quote, its toll), not another fight
    ("In April last year, clashes near the village killed 55": a date of its own tells another one)."""
    first = min((e.evidence.sent_start for e in events if e.type == "clash"), default=None)

    def undated(e: Event) -> bool:
        span = doc.char_span(e.evidence.sent_start, e.evidence.sent_end, alignment_mode="expand")
        return e.date is None and span is not None and not any(ent.label_ in ("DATE", "TIME") for ent in span.ents)

    return [e for e in events if not (e.type == "clash" and first is not None and e.evidence.sent_start > first
                                      and not e.actors and undated(e))]


def _date_fight_to_its_start(events: list[Event], doc: Doc, ctx: DocContext, sentence_index: dict[int, int]) -> None:
    """ "At least 46 people have been killed in three days of fighting, the ministry said on Saturday. ... The
    fighting began on Wednesday with an exchange of fire ...": a sentence whose subject is a fight referred back
    to ("the fighting", "the assault") and whose verb tells its beginning on a date of its own tells the one fight
    the document reported first: that clash is shown by this sentence and dated to its start (once)."""
    for index, sent in enumerate(doc.sents):
        verb = sent.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in START_VERBS or subject is None \
                or not (_bare_definite(subject) and _clash_word(subject)):
            continue
        fight = next((e for e in events if e.type == "clash"
                      and sentence_index.get(e.evidence.sent_start, index) < index), None)
        dates = [d for ent in _attached_dates(verb, ctx) for d in [resolved_date(ent.text, ctx.published)] if d]
        if fight is None or not dates or fight.date and not (
                dates[0] < fight.date or len(dates[0]) > len(fight.date) and dates[0].startswith(fight.date)):
            return  # a fight dated as early already, or another fight's start
        fight.date = dates[0]
        fight.evidence = Evidence(ctx.doc_id, sent.start_char, sent.end_char, sent.text, sent.start_char, sent.end_char)
        fight.summary = _trimmed(" ".join(sent.text.split()))
        return


def _later_that_day(sent: Span) -> bool:
    """Whether a sentence goes on with the same day: "later that day", "later in the morning", "the same day"."""
    words = [t.lower_ for t in sent]
    for i, word in enumerate(words):
        after = words[i + 1:i + 4]
        if word == "later" and (after[:1] == ["that"] and after[1:2] and after[1] in DAY_PARTS
                                or after[:2] == ["in", "the"] and after[2:3] and after[2] in DAY_PARTS):
            return True
        if word == "same" and i > 0 and words[i - 1] == "the" and after[:1] and after[0] in DAY_PARTS:
            return True
    return False


def _follow_up_strikes(events: list[Event], doc: Doc, sentence_index: dict[int, int]) -> list[Event]:
    """A clash with no date of its own told after another clash, going on with the same day ("later that day",
    "later in the morning") and naming no party the last clash told leaves out ("... were killed in a firefight
    on Monday. ... Two attack planes struck the gunmen's positions later in the morning"), is part of that
    fight: its parties join the first's."""
    out: list[Event] = []
    for event in events:
        here = sentence_index.get(event.evidence.sent_start, -9)
        fight = next((e for e in reversed(out) if e.type == "clash" and sentence_index.get(
            e.evidence.sent_start, here) < here), None) if event.type == "clash" and event.date is None else None
        if fight is not None and not _later_that_day(doc.char_span(event.evidence.sent_start, event.evidence.sent_end,
                                                                  alignment_mode="expand")):
            fight = None
        if fight is not None and (not fight.actors or _parties(event) <= _parties(fight)):
            fight.actors.extend(a for a in event.actors if a not in fight.actors)
            continue
        out.append(event)
    return out


def _parties(event: Event) -> set[str]:
    """An event's actors as states or bodies, less the word for their troops ("Philippines troops")."""
    return {a.rsplit(" ", 1)[0] if a.endswith((" troops", " forces", " personnel")) else a for a in event.actors}


def _one_exercise_a_day(events: list[Event]) -> list[Event]:
    """Training events told twice, in the lead ("as Filipino and American troops opened their annual exercise")
    and again below ("The X exercise, which began on Monday, involves ..."): two trainings of the same day with a
    party in common are one exercise, kept where it names the most parties (the earlier one on a tie)."""
    drop: set[int] = set()
    for i, first in enumerate(events):
        if first.type != "training" or not first.date or len(first.date) != 10 or id(first) in drop:
            continue
        for later in events[i + 1:]:
            if later.type == "training" and later.date == first.date and id(later) not in drop \
                    and _parties(first) & _parties(later) \
                    and later.evidence.sent_start != first.evidence.sent_start:
                drop.add(id(later) if len(later.actors) <= len(first.actors) else id(first))
                if id(first) in drop:
                    break
    return [e for e in events if id(e) not in drop]


def _told_apart(trig: Trigger, tok: Token) -> bool:
    """Mentions that can be a second event of their type in a sentence: an exercise's edition dated apart
    ("the 2024 edition of the X exercise"), a stop told in a "where" clause on a place ("has access to X,
    where the destroyer stopped last month": the access and the stop), a coordinated clause of its own
    dated apart ("troops shot dead six people in 2018, and 17 died in the 2019 riots")."""
    return "edition" in trig.needs or "where" in trig.needs or _coordinated_clause(tok) or _in_coordinated_clause(tok)


def _in_coordinated_clause(tok: Token) -> bool:
    """A noun in the object of a verb that heads a coordinated clause of its own: "..., and Y suspended its
    aid"."""
    verb = next((a for a in _ancestors(tok, 3) if a.pos_ in ("VERB", "AUX")), None) if tok.pos_ == "NOUN" else None
    return verb is not None and _coordinated_clause(verb)


def _coordinated_clause(tok: Token) -> bool:
    """A verb that heads a clause of its own joined to another one: "..., and at least 17 died in ..."."""
    return tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _renewals(event: Event, m: Match, checker: Checker, ctx: DocContext) -> list[Event]:
    """ "The embargo was first imposed in 2004 and last renewed in September 2024": a measure a second,
    coordinated verb of its row acts on again, on a date of its own, is a second event."""
    if event.type.value not in REPEATED_TYPES or m.token.pos_ != "NOUN" or m.anchor is m.token:
        return []
    acts = frozenset().union(*(checker._words(need.partition(":")[2]) for need in m.trigger.needs
                               if need.startswith("gov:")))
    out: list[Event] = []
    # a verb with a subject or an object of its own (not "it", the measure again) acts on something else ("X has
    # kept an embargo since 2002, and Y ended its sanctions programme in 2024": Y's act, not the embargo ended)
    for verb in (c for c in m.anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.lemma_.lower() in acts and not negated(c)
                 and not any(k.dep_ in ("nsubj", "nsubjpass") or k.dep_ in ("dobj", "obj") and k.pos_ != "PRON"
                             for k in c.children)):
        dates = [d for ent in _attached_dates(verb, ctx) for d in [resolved_date(ent.text, ctx.published)] if d]
        if dates and dates[0] != event.date and all(e.date != dates[0] for e in out):
            out.append(Event(type=event.type, evidence=event.evidence, date=dates[0], actors=list(event.actors),
                             summary=event.summary, plover=event.plover, cameo=event.cameo))
    return out


def _attack_tally(m: Match) -> bool:
    """Whether an attack or a killing is a count kept by a monitor, or attacks a count kept over a span, not one
    act: "the group documented 41 strikes on schools", "a monitor that records attacks on civilians" (a verb of
    record above it); "has carried out 2,900 airstrikes since it took power" (attacks in a present perfect with a
    "since" phrase or clause, or a mark of the total so far)."""
    tok = m.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in _ancestors(tok) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if (verb.lemma_.lower() in RECORD_VERBS or any(a.lemma_.lower() in RECORD_VERBS for a in _ancestors(tok, 3)
                                                    if a.pos_ == "VERB")) and not _people_counted_killed(m):
        return True
    if m.trigger.type != "clash" or any(a.lower_ == "since" for a in _ancestors(tok, 4)) \
            or tok.pos_ == "VERB" and tok.lemma_.lower() in _words("_war_verb"):
        # ("the militia that has fought the army since 2023": a war waged since then, no count of attacks)
        # a toll kept since a date stays a killings event ("strikes have killed 2,100 civilians since the
        # coup"); the war or invasion a "since" phrase names is no count ("since the invasion in 2022")
        return False
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "..., killing 2,100 civilians": the participle of the clause it hangs on
        if verb.dep_ == "advcl" and _since_clause(verb):
            verb = verb.head  # the parser hangs the participle on the "since" clause before it
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    # since a year, an event or a clause ("since 2021", "since the coup", "since it seized power"); not since a
    # day of the week just past ("have killed 40 soldiers since Monday": one fight's toll so far)
    since = any(c.dep_ == "prep" and c.lower_ == "since" and any(
        o.ent_type_ != "DATE" or _YEAR_IN.search(o.sent.text[o.left_edge.idx - o.sent.start_char:
                                                             o.right_edge.idx + len(o.right_edge) - o.sent.start_char])
        for o in c.children if o.dep_ == "pobj") for c in verb.children) \
        or any(c.dep_ == "advcl" and _since_clause(c) for c in verb.children)
    marks = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")]
    marks += [p for c in marks if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return since or any(t.lower_ in TALLY_MARKS for c in marks for t in (c, *c.children))


def _people_counted_killed(m: Match) -> bool:
    """Whether a verb of record counts people killed ("the report counts 1,200 civilians killed in air strikes"):
    a cumulative toll, which the gold keeps as a killings event, unlike attacks counted ("documented 41 strikes")."""
    return m.trigger.type == "killings" and m.token.pos_ == "VERB" and _counted_patient(m.token)


def _counted_over_a_year(m: Match, ctx: DocContext) -> bool:
    """Whether attacks are counted over a whole year or more: a count on the attack noun ("1,600 air strikes")
    with the event dated to a year alone ("in 2025") or undated; many acts so told are a tally, not one attack."""
    tok = m.token
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    # (a year before the noun names the attacks, it does not count them: "its 2022 border clashes")
    counts = [c for c in tok.children if c.dep_ == "nummod" and c.like_num and c.ent_type_ != "DATE"
              and not _YEAR_IN.fullmatch(c.text)]
    if not counts:
        return False
    date = event_date(m, ctx)
    return date is None or len(date) == 4


def _accident(tok: Token) -> bool:
    """Whether a killing verb tells deaths in an accident: its subject or a phrase on it is an accident ("a road
    accident killed three", "died in a crash"), a clause on it tells one ("died when their truck overturned"), or it
    is the participle of a clause that does ("four crashed, killing two crew members")."""
    def accident(t: Token) -> bool:
        return t.lemma_.lower() in ACCIDENT_WORDS or t.lower_ in ACCIDENT_WORDS
    around = [tok, *tok.children]
    around += [g for c in tok.children if c.dep_ in ("prep", "advcl", "nsubj", "nsubjpass") for g in c.children
               if g.dep_ in ("pobj", "compound", "amod")]
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG":
        around.append(tok.head)
    return any(accident(t) for t in around)


def _since_clause(verb: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "since" for g in verb.children)


def _toll_of_attack(m: Match) -> bool:
    """Whether a killing verb is a relative clause on an attack noun: "an attack on Smara that killed one
    civilian" tells the attack's toll (the attack kills); "the clashes, in which dozens of people were
    killed" reports the killings themselves."""
    tok = m.token
    if tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # "an attack on Smara that killed one civilian", "a drone strike on a car killed two people"
    # "a missile and drone attack on Kyiv killed two": the tagger may make the first modifier the subject and
    # the attack noun its conjunct
    attacks = [tok.head] if tok.dep_ == "relcl" else [t for c in tok.children if c.dep_ == "nsubj"
                                                      for t in _conjuncts(c) if t.tag_ == "NN"]
    victims = _object(tok)
    if tok.dep_ != "relcl" and victims is not None and any(v.lemma_.lower() in CIVILIAN_VICTIMS for v in _conjuncts(victims)):
        return False  # "an assault on the camp killed 400 civilians": a killing of civilians
    if tok.dep_ != "relcl" and victims is not None and any(_civilians_killed(a, victims) for a in attacks):
        return False  # "a drone strike on a market killed 42 people": a killing of the civilians there
    return any(row.type == "clash" for a in attacks for row in _trigger_rows(a))


def _bound_by_measure(tok: Token, m: Match) -> bool:
    """A measure in force named as the agent of the verb of its clause, which no condition of the row asks
    for: "X is not bound by the EU arms embargo on Y", "is not covered by the sanctions on Z" deny that the
    measure applies to X, not that it exists."""
    if m.trigger.type not in REPEATED_TYPES or tok.pos_ != "NOUN":
        return False
    if any(need.startswith("gov:") for need in m.trigger.needs):
        return False
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i == m.anchor.i


def _killing_verb(tok: Token) -> bool:
    """A verb that reports people killed (a killings trigger: "killed", "shot dead", "died")."""
    return tok.pos_ == "VERB" and any(row.type == "killings" for row in _trigger_rows(tok))


def _victims(verb: Token) -> Token | None:
    """Who a killing verb reports dead: its object or passive subject, or the subject of "died"."""
    if verb.lemma_.lower() == "die":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _object(verb)


def _civilian_toll_setting(tok: Token) -> bool:
    """Whether an attack word is the killing of unarmed people the sentence reports: the subject or the
    "in"/"during" setting of a killing verb whose victims are civilians ("an assault on the camp killed 400
    civilians", "rebels shot dead 14 villagers during a raid on the hamlet"): a killing, not a fight."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in FIGHT_NOUNS or tok.lower_ in FIGHT_NOUNS:
        return False  # "civilians killed in fighting between the army and rebels": a fight besides the killing
    verb = None
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "during"):
        verb = tok.head.head
    else:
        # "an assault on the camp killed 19 herders" misparsed as "the camp killed ...": a participle with an
        # object of its own on the attack's target is the attack's verb
        verb = next((v for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                     for v in o.children if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN")
                     and any(c.dep_ == "dobj" for c in v.children)), None)
    if verb is None or not _killing_verb(verb):
        return False
    victims = _victims(verb)
    return victims is not None and _civilians_killed(tok, victims)


def _civilians_killed(attack: Token, victims: Token) -> bool:
    """Whether the dead an attack killed were unarmed: named so ("400 civilians"), or people with no word of who
    they were killed by a strike on a place of civilians ("a drone strike on a weekly market killed 42 people"; a
    strike on a car or a city stays a fight's toll)."""
    dead = list(_conjuncts(victims))
    if all(v.lemma_.lower() in CIVILIAN_VICTIMS for v in dead):
        return True
    if not all(v.lemma_.lower() in UNMARKED_VICTIMS or v.lower_ in UNMARKED_VICTIMS for v in dead):
        return False
    targets = [o for p in attack.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
               for o in p.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in CIVILIAN_PLACES or w.lower_ in CIVILIAN_PLACES
               for o in targets for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))])


def _killed_in_fighting(m: Match) -> bool:
    """ "four soldiers and seven rebels were killed when their patrol was ambushed", "two troops and a
    smuggler died in a firefight", "repulsed the attack, killing nine of the attackers": armed men among
    the dead, killed in fighting the clause tells (a setting noun or a clause with a clash trigger)."""
    tok = m.token
    if tok.pos_ != "VERB" or tok.lemma_.lower() == "lose":
        return False  # "the army has lost 35 soldiers in operations": a force's losses stay killings
    victims = _object(tok) if tok.lemma_.lower() != "die" else next(
        (c for c in tok.children if c.dep_ == "nsubj"), None)
    if victims is None:
        return False
    lex = lexicon()
    nouns = [t for c in _conjuncts(victims) for t in [c, *(p for o in c.children if o.dep_ == "prep"
                                                           and o.lower_ == "of" for p in o.children if p.dep_ == "pobj")]]
    if not any(lex.has(name, t) for t in nouns for name in ("_troops", "_combatant", "_armed")):
        return False
    settings_ = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                 for p in c.children if p.dep_ == "pobj"]
    clauses = [c for c in tok.children if c.dep_ == "advcl"]
    around = [tok.head] if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" else []
    return any(_clash_word(t) for t in (*settings_, *clauses, *around))


def _toll_of_fight(m: Match) -> bool:
    """ "clashes on the border killed 55 people", "the fighting, in which 40 people were killed", "died in
    three days of fighting": people other than civilians killed by, or in, fighting between armed sides
    (a _fight_noun) are the toll of that fight; civilians killed in clashes stay a killing."""
    tok = m.token
    if tok.pos_ != "VERB" or tok.lemma_.lower() == "lose":
        return False
    victims = _victims(tok)
    if victims is None or any(v.lemma_.lower() in CIVILIAN_VICTIMS for v in _conjuncts(victims)):
        return False
    settings_ = [c for c in tok.children if c.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.children)]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            if p.tag_ == "WDT" and tok.dep_ == "relcl":
                p = tok.head  # "the fighting, in which ...": the noun the clause is on
            settings_.extend([p, *(o for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for o in c.children if o.dep_ == "pobj")])
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in FIGHT_NOUNS or t.lower_ in FIGHT_NOUNS
               for s in settings_ for t in _conjuncts(s))


def _losses_in_attack(m: Match) -> bool:
    """ "Benin, which lost 28 soldiers in a jihadist attack": a force's losses in an attack on it are that attack's
    toll (a clash); losses "in operations" (its own) stay a killings event."""
    tok = m.token
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "lose" and any(
        p.lemma_.lower() in ATTACK_NOUNS for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
        for p in prep.children if p.dep_ == "pobj")


def _troops_killed_in_attack(m: Match) -> bool:
    """ "an ambush on 9 August killed three soldiers", "a raid killed 11 troops": troops an attack (an attack_noun
    as the subject of the killing verb) killed are that attack's toll, a clash, as "lost 28 soldiers in an attack";
    civilians or people it killed stay a killing."""
    tok = m.token
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "kill" or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    attackers = [t for c in tok.children if c.dep_ == "nsubj" for t in _conjuncts(c)]
    return bool(attackers) and all(a.pos_ == "NOUN" and a.lemma_.lower() in ATTACK_NOUNS for a in attackers) \
        and _soldiers_killed(m)


def _retold_fight(m: Match) -> bool:
    """ "30 people died in those clashes": the toll of a fight told before, pointed back to (no fight of its
    own)."""
    tok = m.token
    return any(_demonstrative(p) and p.lemma_.lower() in FIGHT_NOUNS
               for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
               for p in prep.children if p.dep_ == "pobj")


def _bare_toll(m: Match) -> bool:
    """A killing told in the passive with no killer named ("three people were killed and nine wounded")."""
    tok = m.token
    return tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and _agent(tok) is None \
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "during", "by") for c in tok.children)


def _clash_word(tok: Token) -> bool:
    """A word that can report fighting: a clash trigger ("ambushed", "a firefight") or a _combat noun."""
    return any(row.type == "clash" for row in _trigger_rows(tok)) or (
        tok.pos_ == "NOUN" and lexicon().has("_combat", tok))


def _as_clash(event: Event) -> Event:
    """A killings event retold as the clash it was the toll of."""
    # the codes of the row for killing armed men in fighting ("troops killed 12 militants")
    row = next((r for r in lexicon().triggers.get(("kill", "VERB"), []) if r.type == "clash"), None)
    return replace(event, type="clash", actors=list(event.actors), plover=row.plover if row else event.plover,
                   cameo=row.cameo if row else event.cameo)


def _soldiers_killed(m: Match) -> bool:
    """Whether the people a killing verb reports killed are all troops ("20 soldiers were killed")."""
    tok = m.token
    if tok.pos_ != "VERB":
        return False
    victims = _object(tok) if tok.lemma_.lower() != "die" else next(
        (c for c in tok.children if c.dep_ == "nsubj"), None)
    lex = lexicon()
    return victims is not None and all(lex.has("_troops", t) for t in _conjuncts(victims))


#: A heading line ends without the final punctuation of a sentence.
_SENTENCE_FINAL = tuple('.!?"”’\'')


def _heading(event: Event) -> bool:
    """Whether an event's mention is in a heading line (no final punctuation)."""
    return not event.evidence.sentence.rstrip().endswith(_SENTENCE_FINAL)


def _headline_of(event: Event, events: list[Event]) -> bool:
    """Whether ``event`` comes from a heading line (no final punctuation) that announces another event of
    the document: the same type, with all of the heading's actors, or none ("Chile, Peru to stage naval
    drills" over "Chile and Peru plan to hold an exercise ...")."""
    if event.evidence.sentence.rstrip().endswith(_SENTENCE_FINAL):
        return False
    return any(other is not event and other.type == event.type and _restates(event, other)
               and other.evidence.sentence.rstrip().endswith(_SENTENCE_FINAL) for other in events)


def _restates(heading: Event, other: Event) -> bool:
    """Whether a heading's event can be another event told again: it names no party the other lacks, either
    among its actors or in its sentence ("South Sudan embargo renewed" over "the Council extended the
    embargo on South Sudan"); a heading naming no party at all ("Export halt") restates any."""
    return all(a in other.actors or a in other.evidence.sentence for a in heading.actors)


def _dated_apart(date: str | None, others: list[Event], undated: bool = False) -> bool:
    """Whether an event's date is stated and differs from every other one's ("the 2025 edition" beside the
    exercise "in July"); with ``undated``, an other one with no date differs too."""
    return bool(date) and all((e.date or undated) and e.date != date for e in others)


def _bare_definite(tok: Token) -> bool:
    """ "the drills", "the exercise": a definite noun with no modifier, name or date of its own, which refers
    back to one just told."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "nmod", "nummod", "appos", "poss") for c in tok.children)


def _demonstrative(tok: Token) -> bool:
    """A noun pointed back to by a demonstrative: "this war", "these exercises"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those")
                                      for c in tok.children)


def _anaphoric(tok: Token) -> bool:
    """A noun that refers back to something named before: "the sanctions", "these measures"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that", "such")
                                      for c in tok.children)


def _retold_measure(verb: Token) -> bool:
    """The verb's subject points back to a measure told before ("the sanctions", "these measures"): what that
    measure does, no act of its own."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _anaphoric(subj) and subj.lemma_.lower() in _words("_retold_measure")


def _embargo_reference(tok: Token) -> bool:
    """ "while X was under a UN arms embargo", "violating the embargo", "in breach of the UK's embargo": the noun
    names an embargo in force (through at most a preposition), it tells no act on it."""
    words = _words("_embargo_reference")
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pobj", "dobj", "obj", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in words or t.lower_ in words:
            return True
    return False


def _dated_phrase(tok: Token) -> bool:
    """The noun's own phrase names a time ("the embargo first imposed in February 2011", "the 2014 embargo"), or a
    phrase set off by commas right after it does ("the EU embargo, in force since 2011, and ...": the parser may
    hang it on the verb)."""
    if any(t.ent_type_ == "DATE" for t in tok.subtree if t.i != tok.i):
        return True
    doc, end = tok.doc, tok.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].pos_ not in ("ADP", "VERB", "ADV"):
        return False
    aside = []
    for t in doc[end + 1:min(end + 10, tok.sent.end)]:
        if t.text == ",":
            return any(a.ent_type_ == "DATE" for a in aside)
        aside.append(t)
    return False


def _actors_agree(a: list[str], b: list[str]) -> bool:
    """Two events' actors: one side names none, or they share one."""
    return not a or not b or bool(set(a) & set(b))


def _merge_once(event: Event, earlier: list[Event], same_sentence: bool, stated: dict[int, int] | None = None,
                states: int = 0) -> bool:
    """Fold a repeated mention of a once-per-document event into the earlier one, keeping the more
    precise date. Returns True when merged; a mention whose date differs from every earlier one is a
    different event ("the army took power in 2014 and again in March"). ``stated`` maps the events shown
    by a sentence that states the act with a verb to how plainly (2: main clause, 1: relative clause);
    ``states``: how plainly this mention does (0: not with a verb)."""
    stated = stated if stated is not None else {}
    for prev in earlier:
        if event.date and prev.date and not (event.date.startswith(prev.date) or prev.date.startswith(event.date)):
            continue
        better_date = bool(event.date) and (not prev.date or len(event.date) > len(prev.date))
        shown = stated.get(id(prev), 0)
        # a headline's mention gives way to the story's sentence that tells it ("First X-assembled drones roll
        # out" over "KAI presented the first two drones assembled at its plant ...")
        over_heading = _heading(prev) and not _heading(event) and states >= shown
        if states > shown or better_date and not shown or over_heading:
            # the mention to show: one that states the act ("in that coup, the army seized power"), in a main
            # clause rather than a relative one, else the one that dates it best ("the Sept. 30 coup")
            prev.evidence, prev.summary = event.evidence, event.summary
            if states > shown:
                stated[id(prev)] = states
        if better_date:
            prev.date = event.date
        if not prev.actors:
            prev.actors.extend(event.actors)
        return True
    return same_sentence and not (event.date and earlier)
