"""Arms transfers: supplier, recipient, system, quantity, status and date, from the dependency parse.

For every weapon system mentioned (a catalogued or pattern-found WEAPON_SYSTEM entity, or a generic
category noun such as "helicopters" or "radar equipment"), walk up the parse to the words that report
a transfer (cue lexicon: "supply", "buy", "sale", "contract" ...). The cue's frame gives the parties:
its subject, "to"/"from" phrases, possessors; verbs that govern it ("agreed to", "expressed interest
in", "signed") and its tense give the status. A system with no transfer cue above it is only operated
or discussed, and yields nothing. Parties missing from the clause come from the sentence, then from
the article's dominant supplier/recipient pair.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy import symbols
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from armstrack.extract.context import ASIDE_DEPS, BLOC_PARTIES, DocContext, read_tsv, word_kinds, word_set
from armstrack.extract.context import HYPHENS, token_memo
from armstrack.extract.dates import MONTHS
from armstrack.extract.registry import extractor
from armstrack.extract.syntax import MAKING_PARTICIPLES, ORIGIN_PARTICIPLES, conditional, has_auxiliary, made_in
from armstrack.extract.syntax import hyphened_countries, modal, negated
from armstrack.extract.syntax import function_words, no_one_acting
from armstrack.extract.numbers import NUMBER_WORDS, parse_money, parse_quantity
from armstrack.kinds import STATUS_PHASE  # the phases of a deal: statuses in one phase are one step
from armstrack.nlp.gazetteers import LEAD_DESIGNATOR_RE, Country, Gazetteers, load_gazetteers
from armstrack.nlp.pipeline import ENUMERATOR_LABEL, HEADING_MAX_WORDS
from armstrack.records import DocumentAnalysis, Transfer

#: Relations followed upwards from a system to the word that governs it.
UP_DEPS = {"conj", "appos", "dobj", "pobj", "prep", "prt", "nsubjpass", "attr", "compound", "nmod", "dative", "oprd",
           "npadvmod", "obj", "acl", "amod", "pcomp", "nsubj"}
#: Verbs through which a system can stand as the object of a cue noun ("sales ... had radar systems").
LIGHT_VERBS = word_set("transfer_words.tsv", "light_verb")
#: Verbs that close a deal: as a purpose ("came to seal a deal") the deal is not closed yet. ("was there to
#: confirm the sale" presupposes the sale.)
CLOSING_VERBS = word_set("transfer_words.tsv", "closing_verb")
#: Subordinators of a clause whose delivery is still to come ("once the jets are delivered").
PENDING_MARKS = word_set("transfer_words.tsv", "pending_mark")
#: Words that put a closing still ahead ("is set to sign", "close to signing", "on the verge of sealing").
IMMINENT_WORDS = word_set("transfer_words.tsv", "imminent")
#: Prepositions and adjectives that set a system against the one transferred ("similar to Norway's NASAMS",
#: "after deciding against the F-18", "instead of the Rafale").
CONTRAST_WORDS = word_set("transfer_words.tsv", "contrast")
#: Nouns of a system bought to replace a fleet, whose "for" names the fleet retired ("a replacement for its F-5s").
REPLACEMENT_NOUNS = word_set("transfer_words.tsv", "replacement_noun")
#: Participles whose "from" names the design a system grew out of ("a design derived from the Soviet Y").
DERIVATION_WORDS = word_set("transfer_words.tsv", "derivation")
#: Participles whose "on" names the design a system is based on ("tanks based on the X design").
BASIS_WORDS = word_set("transfer_words.tsv", "basis")
#: Deal nouns that bind both sides alike ("X signed a deal with Y"), with no word for who sells.
SIGNED_DEALS = frozenset({"deal", "agreement", "contract"})
#: Nouns for a buyer, whose possessor is the seller ("Russia's biggest customer").
CLIENT_NOUNS = word_set("transfer_words.tsv", "client")
#: Verbs by which an owner parts with its own systems ("its jets were sold"): the owner is the seller.
GIVING_AWAY_VERBS = word_set("transfer_words.tsv", "giving_away")
GIVING_AWAY_NOUNS = word_set("transfer_words.tsv", "giving_away_noun")
#: Verbs that, in the past with a system as object and "from" a country, tell a delivery ("took 40 jets from A").
TAKING_VERBS = word_set("transfer_words.tsv", "taking")
#: Verbs by which a system, their subject, comes into a force's hands, and the nouns of that force they take
#: ("two helicopters joined the fleet", "the frigate entered service").
INDUCTION_VERBS = word_set("transfer_words.tsv", "induction")
FLEET_NOUNS = word_set("transfer_words.tsv", "fleet_noun")
SERVICE_KEEPING_VERBS = word_set("transfer_words.tsv", "service_keeping")
#: Adjectives of systems ready for use ("the radars are operational") and verbs that, passive, make them so ("the
#: battery was activated"): said of systems, now or in the past, a delivery.
SERVICE_STATES = word_set("transfer_words.tsv", "service_state")
ACTIVATING_VERBS = word_set("transfer_words.tsv", "activating")
#: Verbs by which a lot with a dated order arrives, with a fleet noun or one of the places (``arrival_place``) as
#: object ("the last of the boats ordered in 2021 entered the port").
ARRIVING_VERBS = word_set("transfer_words.tsv", "arriving")
ARRIVAL_PLACES = word_set("transfer_words.tsv", "arrival_place")
UNLOADING_VERBS = word_set("transfer_words.tsv", "unloading")
CARRIER_NOUNS = word_set("transfer_words.tsv", "carrier_noun")
#: Verbs by which a force takes a system "into" one of those nouns ("put into service the first ten vehicles").
PLACING_VERBS = word_set("transfer_words.tsv", "placing")
OFFER_PLACING_VERBS = word_set("transfer_words.tsv", "offer_placing")
#: Verbs of giving a contract, whose participle on a system names the seller with "to" ("radars: awarded to X").
AWARDING_VERBS = word_set("transfer_words.tsv", "awarding")
#: Verbs by which a buyer has systems "on order" ("Chile has six on order").
HOLDING_VERBS = word_set("transfer_words.tsv", "holding")
#: Nouns of a gathering whose "in"/"at" place is only its venue ("at a meeting in Brussels").
GATHERING_NOUNS = word_set("transfer_words.tsv", "gathering_noun")
#: Nouns of a state's backers, whose possessor receives what they give ("Ukraine's allies pledged drones").
PATRON_NOUNS = word_set("transfer_words.tsv", "patron_noun")
#: Auxiliaries that tell a purchase under a letter of intent as a possibility ("under which A would buy X").
HYPOTHETICAL_AUX = word_set("transfer_words.tsv", "hypothetical_aux")
#: Verbs that bind a party to a step ("the accord committed A to buy X"): they govern only the infinitive they bind to.
BINDING_VERBS = word_set("transfer_words.tsv", "binding")
#: Verbs of choosing, whose "over" sets the rejected system against the chosen one ("selected X over Y").
PREFERENCE_VERBS = word_set("transfer_words.tsv", "preference")


def _contrast_prep(tok: Token) -> bool:
    """Whether a preposition sets its object against the system transferred ("similar to", "against", a
    choice's "over", which the parser may hang on the system chosen: "picked the X over the Boeing Y")."""
    return tok.dep_ == "prep" and (tok.lower_ in CONTRAST_WORDS or tok.head.lower_ in CONTRAST_WORDS
                                   or _derived_from(tok)
                                   or tok.lower_ == "for" and tok.head.lemma_.lower() in REPLACEMENT_NOUNS
                                   or tok.lower_ == "over" and (tok.head.lemma_.lower() in PREFERENCE_VERBS
                                                                or tok.head.dep_ == "dobj"
                                                                and tok.head.head.lemma_.lower() in PREFERENCE_VERBS))


def _derived_from(tok: Token) -> bool:
    """Whether a "from" names the older design a system grew out of ("a design derived from the Soviet Y"), or an
    "on" the design it is based on ("Type 15 tanks based on the X design"), not a design that names the family of
    the goods themselves ("derived from the same X design", "frigates based on the X design")."""
    based = tok.lower_ == "on" and tok.head.lower_ in BASIS_WORDS
    if not (tok.lower_ == "from" and tok.head.lower_ in DERIVATION_WORDS or based):
        return False
    if not based and not any(c.dep_ == "pobj" and c.lemma_.lower() in DESIGN_NOUNS for c in tok.children):
        return True
    # the design names the family of goods with no name of their own ("the corvettes are derived from the same X
    # design"); goods named already, the participle on their noun ("12 Type 15 tanks, derived from the same X
    # design"), grew out of it
    derived = tok.head
    goods = derived.head if derived.dep_ == "acl" else None
    return goods is not None and any(t.ent_type_ == "WEAPON_SYSTEM" for t in goods.doc[goods.left_edge.i:derived.i])


def _with_basis(mention, mentions: list) -> str:
    """A named system's name, with the design it is based on when its phrase names one ("Six X-class boats based on
    the Y design": "X-class boats (Y)"), the design being no record of its own."""
    for c in mention.head.children:
        if c.dep_ == "acl" and c.lower_ in BASIS_WORDS:
            for on in c.children:
                if _derived_from(on):
                    design = next((m for m in mentions if m is not mention
                                   and any(o.dep_ == "pobj" and m.span.start <= o.i < m.span.end
                                           or o.dep_ == "pobj" and m.head.i == o.i for o in on.children)), None)
                    if design is not None and design.system not in mention.system:
                        return f"{mention.system} ({design.span.text})"
    return mention.system


#: Verbs by which a buyer sets one bid "against" another, verbs by which a winning bid puts a rival out, and the
#: nouns of the competition a rival is left "out of" ("leaving the Y out of the running").
RIVAL_WEIGHING_VERBS = word_set("transfer_words.tsv", "rival_weighing")
DEFEATING_VERBS = word_set("transfer_words.tsv", "defeating")
CONTEST_NOUNS = word_set("transfer_words.tsv", "contest_noun")
BID_NOUNS = word_set("transfer_words.tsv", "bid_noun")


def _bid_for(tok: Token) -> Token | None:
    """The bid noun a system phrase names the system of ("a proposal for the Y", "an offer of Y"), else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.dep_ == "prep" \
            and tok.head.head.lemma_.lower() in BID_NOUNS and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return None


def _rival_choice(head: Token) -> Token | None:
    """The verb of a choice that sets a system aside as a losing bid: "picked X over Y", "selected X from A over Y
    from B", "weighed X against Y", "leaving Y and Z out of the running", "X beat Y", "beat competition from Y"
    (None for any other system)."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "leaving the F-16 and the Rafale out": each conjunct is set aside alike
    bid = _bid_for(tok)
    if bid is not None:
        # "chosen over a proposal for the Y", "beat an offer of the Y": the bid stands for its system
        head = tok = bid
    if tok.dep_ == "pobj":
        prep, owner = tok.head, tok.head.head
        # (the parser may hang the "over" on the chosen system: "selected the X from A over the Y")
        verb = owner.head if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "dobj" else owner
        if verb.pos_ == "VERB" and (prep.lower_ == "over" and verb.lemma_.lower() in PREFERENCE_VERBS
                                    or prep.lower_ in ("against", "versus")
                                    and verb.lemma_.lower() in RIVAL_WEIGHING_VERBS):
            return verb
        # ("beat competition from the Y": the parser may hang the "from" on the verb)
        contest = owner if owner.dep_ == "dobj" else next((c for c in owner.children if c.dep_ == "dobj"), None)
        if prep.lower_ == "from" and contest is not None and contest.lemma_.lower() in CONTEST_NOUNS \
                and contest.head.lemma_.lower() in DEFEATING_VERBS:
            return contest.head
        return None
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    verb = tok.head
    before = head.left_edge.i - 1
    while before > 0 and head.doc[before].dep_ in ("det", "compound", "pobj") and head.doc[before].ent_type_ in ("", "ORG") \
            and head.doc[before].pos_ in ("DET", "PROPN"):
        before -= 1  # "picked the X over the Boeing Y": the parser may take the maker for the object of "over"
    if before > 0 and head.doc[before].lower_ == "over" and verb.lemma_.lower() in PREFERENCE_VERBS \
            and head.doc[before].head.i in (verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")):
        return verb
    # ("the X beat the Y offered by A", "beat the Y in the tender": a contest of bids, not of arms in battle)
    offered = any(c.dep_ in ("acl", "relcl") and cue_of(c) is not None and cue_of(c).status == "offered"
                  for t in head.subtree for c in t.children if t.i <= head.right_edge.i and c.head.i >= head.left_edge.i)
    if verb.lemma_.lower() in DEFEATING_VERBS and (offered or any(
            p.dep_ == "prep" and p.lower_ in ("in", "for") and o.dep_ == "pobj" and o.lemma_.lower() in CONTEST_NOUNS
            for p in verb.children for o in p.children)):
        return verb
    left_out = any(p.dep_ == "prep" and p.lower_ == "out" for p in verb.children for o in p.children
                   if o.lower_ == "of" for c in o.children if c.lemma_.lower() in CONTEST_NOUNS)
    return verb if left_out else None


COMPANION_PREPS = word_set("transfer_words.tsv", "companion")


def _own_fleet_beside(head: Token) -> bool:
    """Whether a system phrase is a state's own fleet set beside another ("bought from A alongside its ageing
    F-16s"): owned already, it is not part of the transfer ("jets alongside 50 Gepard guns" may be)."""
    if head.dep_ != "pobj" or head.head.lower_ not in COMPANION_PREPS:
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return True
    # a companion of a verb with no goods of its own ("crews flew alongside A's jets", "pilots trained beside Y
    # fighters"): the system others act beside, not goods handed over ("tanks were sent alongside Y guns" may be)
    verb = head.head.head
    return verb.pos_ == "VERB" and head.head.dep_ in ("prep", "advmod") \
        and not any(c.dep_ in ("dobj", "nsubjpass", "attr", "dative") for c in verb.children)


def _design_followed(head: Token) -> bool:
    """Whether a system phrase names the design a build follows ("building frigates to the British Type 26 design"):
    the design is licensed with the build, not transferred on its own."""
    return head.lemma_.lower() in DESIGN_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "to" \
        and head.head.head.lemma_.lower() in licence_words()["production"]


def _platform_for(head: Token, mentions: list) -> bool:
    """Whether a system phrase is the buyer's own platform that other goods are bought for ("ordered missiles for its
    F-35A fighters", "bought them for the navy's frigates", "the sale of pods for its F-16 fleet"): a possessed
    object of "for" on a verb whose object is another system, or a pronoun standing for one, or on a noun of a deal
    whose "of" names another system."""
    if head.dep_ != "pobj" or head.head.lower_ != "for" or not any(c.dep_ == "poss" for c in head.children):
        return False
    owner = head.head.head
    if owner.pos_ == "VERB":
        goods = [c for c in owner.children if c.dep_ == "dobj"]
        if not goods and owner.dep_ == "acl":
            goods = [owner.head]  # "missiles made by X for its F-16s": the participle's noun is the goods
    elif owner.pos_ == "NOUN":
        goods = [g for p in owner.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"]
    else:
        return False
    return any(c.i != head.i and (c.pos_ == "PRON" or any(m.head.i == c.i for m in mentions)) for c in goods)


#: Entities whose words are names, not weapon nouns ("Indo-Russia Rifles", "Sea Launch").
NAME_LABELS = {"ORG", "MILITARY", "PERSON", "FAC", "LOCATION", "GPE", "COUNTRY"}
ANAPHORIC_DETS = word_set("transfer_words.tsv", "anaphoric_det")
STATUS_PRIORITY = ("cancelled", "licensed_production", "in_production")
# the state a story is about is the implied buyer when it is named in this many sentences, and this many times as
# often as the buyer of the article's main pair (see _subject_buyer)
SUBJECT_MIN_SENTENCES = 4
SUBJECT_LEAD = 2
#: Prepositions that name members of a group ("drones, including Mohajer-6 models, were delivered").
MEMBER_PREPS = word_set("transfer_words.tsv", "member_prep")
#: Nouns a system may hang on by "of" and still be the thing transferred ("a batch of 12 jets").
CONTAINER_NOUNS = word_set("transfer_words.tsv", "container")


@dataclass(frozen=True)
class Cue:
    """A row of transfer_cues.tsv: a lemma and part of speech, whether its subject is the supplier or the
    recipient, and the status it signals."""

    lemma: str
    pos: str
    subject: str  # "supplier" or "recipient"
    status: str


@functools.lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """The transfer cues read from transfer_cues.tsv, by (lemma, part of speech) (cached)."""
    return {(r["lemma"], r["pos"]): Cue(r["lemma"], r["pos"], r["subject"], r["status"])
            for r in read_tsv("transfer_cues.tsv")}


@functools.lru_cache(maxsize=1)
def governors() -> dict[str, str]:
    """Words that, governing a transfer cue, set its status (status_governors.tsv): {lemma: status} (cached)."""
    return {r["lemma"]: r["status"] for r in read_tsv("status_governors.tsv")}


#: Relations only a verb can hold: a word in them is read as a verb even when tagged otherwise
#: ("helicopters that Russia ships" tags "ships" as a noun).
VERBAL_DEPS = {"relcl", "acl", "xcomp", "ccomp", "advcl"}
#: Relations only a noun can hold: a word in them tagged as a verb ("talks" as "VBZ") is read as a noun.
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}


def _misattached_interest(prep: Token, below: Token) -> bool:
    """Whether a gerund's "in" that the parser hung on a verb belongs to a noun of interest between them ("informed
    his hosts of the interest of the navy in acquiring two boats"): the noun governs the gerund."""
    if below.dep_ != "pcomp" or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    return any(n.pos_ == "NOUN" and verb.i < n.i < prep.i and governors().get(n.lemma_.lower()) == "interest"
               and not any(c.dep_ == "prep" and c.lower_ == "in" for c in n.children) for n in verb.subtree)


def _governor_lemma(tok: Token) -> str:
    """A governing word's lemma, with its particle when the phrasal verb is a governor ("called off"), with its
    preposition for an adjective ("close to signing"), or with its prepositional phrase ("put on hold")."""
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if prt is not None and f"{lemma} {prt}" in governors():
        return f"{lemma} {prt}"
    # ("pulled out of the deal": the parser may read the particle as a preposition)
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("out", "off", "down")), None)
    if prt is not None and tok.pos_ == "VERB" and f"{lemma} {prt}" in governors():
        return f"{lemma} {prt}"
    # ("the deal fell apart": the parser may read the particle as an adverb)
    prt = next((c.lower_ for c in tok.children if c.dep_ == "advmod" and f"{lemma} {c.lower_}" in governors()), None)
    if prt is not None and tok.pos_ == "VERB":
        return f"{lemma} {prt}"
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if tok.pos_ in ("ADJ", "ADV") and f"{lemma} {prep.lower_}" in governors():
            return f"{lemma} {prep.lower_}"  # (the adjective "close" is no closing verb: "closed a deal")
        if tok.pos_ in ("VERB", "NOUN") and f"{lemma} {prep.lower_}" in governors() \
                and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in prep.children):
            return f"{lemma} {prep.lower_}"  # "spoke of buying X", "talk about acquiring X": a purchase talked of
        phrase = next((f"{lemma} {prep.lower_} {o.lemma_.lower()}" for o in prep.children if o.dep_ == "pobj"), None)
        if tok.pos_ in ("VERB", "NOUN") and phrase in governors():
            return phrase  # ("put on hold"; a noun's: "a letter of intent")
    # (a form the tagger lemmatizes wrongly is listed as written: "hopes" -> "hop")
    return tok.lower_ if lemma not in governors() and tok.lower_ in governors() else lemma


#: Words that put a making at home ("to produce the jets locally").
LOCAL_WORDS = word_set("transfer_words.tsv", "local")
#: Nouns of an enterprise set up by two firms ("a joint venture"): making it does is no sale.
VENTURE_NOUNS = word_set("transfer_words.tsv", "venture")
#: Verbs of receiving a buyer's order or enquiry ("received an order from Talora").
RECEIVING_VERBS = word_set("transfer_words.tsv", "receiving")
#: Deal nouns whose receipt is a supplier's win ("Saab received an order from Thailand"), not a delivery.
WON_DEALS = word_set("transfer_words.tsv", "won_deal")
#: Deal nouns only the buyer holds and calls off ("Talora scraps Norlandic jet order"): the canceller buys.
BUYERS_DEALS = word_set("transfer_words.tsv", "buyers_deal")
#: Verbs that, with no object and a system after "for", sign a contract for it ("Ecuador signed for 6 jets").
SIGNING_VERBS = {"sign"}


#: Nouns of a state that, definite, refer back to one named before ("the kingdom", "the country").
STATE_NOUNS = word_set("transfer_words.tsv", "state_noun")


def _state_noun_ref(tok: Token) -> bool:
    """Whether a token is a definite noun of a state with nothing of its own ("the kingdom", not "the kingdom of X")."""
    return tok.lower_ in STATE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "compound", "amod", "appos") for c in tok.children)


def _off_carrier(verb: Token) -> bool:
    """Whether a verb has "off" a carrier ("rolled off a cargo ship", "driven off the ferry"): as its particle with
    the carrier its object, or as a preposition."""
    particle = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return any(c.dep_ == "dobj" and particle and c.lemma_.lower() in CARRIER_NOUNS
               or c.dep_ == "prep" and c.lower_ == "off" and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in CARRIER_NOUNS for o in c.children)
               for c in verb.children)
def _from_its_maker(obj: Token) -> bool:
    """Whether an object names a catalogued system and, in its own "from" phrase, the state that makes it ("the X
    helicopters from A"): goods held from their maker, not a place they are flown from ("drones from a base in B")."""
    gaz = load_gazetteers()
    makers = {w.origin for t in obj.subtree if t.ent_type_ == "WEAPON_SYSTEM" for w in [gaz.weapon(t.text)]
              if w is not None and w.origin}
    # (the parser may hang the "from" on the verb: "has X helicopters from A")
    sources = {c.name for p in (*obj.children, *obj.head.children) if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children
               if o.dep_ == "pobj" and o.ent_type_ == "COUNTRY" for c in [gaz.country(o.text)] if c is not None}
    return bool(sources) and sources <= makers


def _in_use_now(verb: Token) -> bool:
    """Whether a verb tells systems, its subject, in use now or since a past date: "the X radars are already
    operational", "the first battery became operational in May", "the first of seven X batteries was activated"
    (not "will be operational", "is not yet operational", nor "was activated" of a subject that names no system)."""
    lemma = verb.lemma_.lower()
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or modal(verb) or negated(verb) or (
            verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX") and modal(verb.head)):
        return False
    if any(c.lower_ == "yet" for c in verb.children):
        return False  # "is yet to be operational"
    if lemma in ("be", "become"):
        state = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in SERVICE_STATES), None)
        if state is None or any(c.lower_ in ("not", "yet", "never") for c in state.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    elif lemma in ACTIVATING_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif lemma in ARRIVING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in FLEET_NOUNS | ARRIVAL_PLACES
                                         for c in verb.children):
        # "the last of the boats ordered in 2021 entered the port": an arrival only for a lot with a dated order
        # of its own (a warship "entered the port" on a visit is no delivery)
        lots = [lot for s in verb.children if s.dep_ == "nsubj"
                for lot in (s, *(o for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"))]
        subjects = [lot for lot in lots if any(_buying_clause(c, ordering=True) for c in lot.children)]
    else:
        return False
    heads = _category_heads(load_gazetteers())
    return any(t.ent_type_ == "WEAPON_SYSTEM" or t.lower_ in heads for s in subjects for t in s.subtree)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, or shares one as a clause coordinated after a finite verb
    ("Talora received its first battery and has been operating Norlandic launchers"); a gerund needs its own
    auxiliary ("has been operating"), not a participle phrase ("operating from a base")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children)
    if _subject_in_fronted_place(verb) is not None:
        return True  # "In Asia, A and B operate X": the parser joined the subject to the place
    # (a finite verb coordinated after another shares its subject, "A took delivery of X and operates Italian
    # transports", when its object is a phrase of its own: "bought X and operates them", "... and operates the
    # jets" tell the same X again)
    finite = verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "dobj" and c.pos_ != "PRON" and not any(d.dep_ in ("det", "poss") and d.lower_ != "a"
                                                            for d in c.children) for c in verb.children)
    return verb.dep_ == "conj" and (any(c.dep_ == "aux" for c in verb.children) or finite) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)


def _closing_ahead(verb: Token) -> bool:
    """Whether a verb closing a deal tells a closing still ahead: in progress ("is finalising a contract"), in the
    future ("will sign a contract"), or under a word of nearness ("is set to sign", "close to signing a deal")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLOSING_VERBS:
        return False
    if modal(verb) or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb.head
    return verb.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in IMMINENT_WORDS


#: Documents that only prepare a deal ("a memorandum of understanding"): signed, they tell interest.
PRELIMINARY_DOCUMENTS = word_set("transfer_words.tsv", "preliminary_document")


def _content_participle(below: Token) -> bool:
    """Whether a subjectless participle of content hangs on a verb of signing ("signed a letter of intent on Tuesday
    covering the supply of X", "concerning the purchase of X"): it tells what the signed document holds."""
    return below.tag_ == "VBG" and below.dep_ in ("advcl", "prep", "acl") and below.lemma_.lower() in CONTENT_VERBS \
        and not any(c.dep_ in SUBJECT_DEPS for c in below.children)


def _signed_document(verb: Token, below: Token, below_is_cue: bool) -> str | None:
    """The status the document a verb of signing takes tells, or None when it takes none: the deal, contract or
    letter that is the cue, or the verb's object when the cue hangs on the verb ("signed a letter of agreement
    with A for the purchase of X", "signed an MoU for the purchase of X")."""
    # (a document reached through a clause, "a letter of intent whereby B will buy", is only the frame of it)
    # ("signed an MoU to buy X": the parser may hang the infinitive of purpose on the verb, beside the document)
    purpose = below.dep_ in ("advcl", "xcomp") and _infinitive_clause(below) or _content_participle(below)
    docs = [below] if below_is_cue and not purpose else \
        [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] if below.dep_ == "prep" or purpose else []
    for doc in docs:
        lemma = doc.lemma_.lower()
        if doc.pos_ not in ("NOUN", "PROPN"):
            continue
        if lemma in PRELIMINARY_DOCUMENTS:
            return "interest"
        cue = cue_of(doc) if lemma in SIGNED_DEALS or lemma == "letter" else None
        if cue is not None:
            return cue.status
    return None


def _local_build_agreed(verb: Token) -> bool:
    """Whether an infinitive of making is what an agreement is for, and the making is at home: "an agreement
    between A and X to manufacture the Y in the Kingdom", "signed a deal with X to produce the Y locally"."""
    if verb.dep_ not in ("acl", "xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in verb.children):
        return False
    deal = verb.head
    if verb.dep_ == "advcl" and deal.pos_ == "VERB":
        # "signed a deal with X to build the Y locally": the parser hangs the purpose on the verb of signing
        deal = next((c for c in deal.children if c.dep_ == "dobj"), deal)
    if governors().get(deal.lemma_.lower()) != "agreed" or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "an agreement with Turkey to build corvettes for A": built for a buyer
    return any(t.lower_ in LOCAL_WORDS or t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i != verb.i
               and t.ent_type_ in ("GPE", "COUNTRY") for t in verb.subtree) or any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "COUNTRY")
                                                      for o in p.children) for p in verb.children)


def _venture_making(verb: Token) -> bool:
    """Whether the maker of a verb of making is a joint venture: its subject ("the venture will produce X"), the
    noun it describes ("a joint venture that would produce X") or the object of the verb it is the purpose of ("set
    up a joint venture to produce X for Y"): an industrial project of two firms, no sale to a buyer."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in VENTURE_NOUNS for c in verb.children):
        return True
    if verb.dep_ in ("relcl", "acl"):
        return verb.head.lemma_.lower() in VENTURE_NOUNS
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" and c.lemma_.lower() in VENTURE_NOUNS
                                                  for c in verb.head.children)


def _made_for(verb: Token) -> bool:
    """Whether a verb of making has a "for" on itself or its theme ("built for A", "subs for A are being built", and
    "the first batch of tanks for A is being built", the buyer on the noun after the lot's "of")."""
    themes = [d for d in verb.children if d.dep_ in ("dobj", "nsubjpass")]
    themes += [o for d in themes if d.lemma_.lower() in CONTAINER_NOUNS for p in d.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "for" for o in (verb, *themes) for c in o.children):
        return True
    # ("built by A's yard for B's navy": the parser hangs the buyer's "for" on the maker; a party, not a purpose)
    makers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("COUNTRY", "MILITARY", "GPE") for o in c.children)
        for m in makers for c in m.children)


def _interest_clauses(system: Token, offer: Token) -> list[Token]:
    """Relative clauses telling an interest in an offered system, on the system or on the party it is offered to
    ("offered X, in which B expressed interest", "offered X to B, which showed interest")."""
    hosts = [system] + [o for p in offer.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj"]
    return [c for h in hosts for c in h.children if c.dep_ == "relcl" and c.pos_ == "VERB" and not negated(c)
            and not modal(c) and any(o.dep_ == "dobj" and governors().get(o.lemma_.lower()) == "interest"
                                     and not any(d.lower_ in ("no", "little") for d in o.children)
                                     for o in c.children)]  # (but "which showed no interest")


def _ordered_lot(subject: Token) -> bool:
    """Whether a subject is told as a lot someone ordered, by a participle or relative clause on it ("two frigates
    ordered in 2014", "the boats the navy contracted for"): goods with a buyer."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and not negated(c)
               and (cue_of(c) is not None and cue_of(c).status == "ordered"
                    or governors().get(c.lemma_.lower()) == "ordered") for c in subject.children)


def _part_in_progress(verb: Token) -> bool:
    """Whether a verb of making, in the passive progressive, has for subject a part of a lot told before, by a count
    or quantifier "of the"/"of those" boats ("three of the ships are being built at A", "two of them are being
    assembled"), by its order alone ("the first is being built") or as the rest ("the remaining two are being
    built"): those goods being made now for their buyer, not a factory's output."""
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return False
    if any(s.dep_ == "nsubjpass" and (_bare_ordinal(s) or _is_remainder(s)) for s in verb.children):
        return True  # "the first is being built at A", "the remaining two are being assembled": told by order or as
        # the rest
    if any(s.dep_ == "nsubjpass" and _ordered_lot(s) for s in verb.children):
        return True  # "two frigates ordered in 2014 are being built at A": an ordered lot is made for its buyer
    return any(s.dep_ == "nsubjpass" and (s.like_num or s.pos_ == "NUM" or s.lower_ in ("some", "most", "all", "rest"))
               and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                   o.dep_ == "pobj" and (o.lower_ in ("them", "these", "those")
                                         or any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                                for d in o.children))
                   for o in p.children) for p in s.children)
               for s in verb.children)


def _complementizer_subject(tok: Token) -> bool:
    """Whether the subject the parser gives a verb is the complementizer of its clause ("said in May that talks
    with A on X were continuing": "that" made the subject of "talks", a plural noun the tagger took for a verb);
    a complementizer is no subject, so the word is the clause's own subject noun."""
    return any(c.dep_ == "nsubj" and c.tag_ == "IN" and c.lower_ == "that" and c.i == tok.i - 1
               for c in tok.children)


def _that_clause(clause: Token) -> bool:
    """Whether a clause is introduced by "that": as its mark, or as the subject the parser gave it or its subject
    ("confirmed last week that talks on X were advanced")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or _complementizer_subject(clause) \
        or any(c.dep_ == "nsubj" and _complementizer_subject(c) for c in clause.children)


def _sequel_delivery(verb: Token) -> bool:
    """Whether an intransitive verb of coming after ("followed") has a system for its subject and is coordinated with a
    delivery told before it: "A delivered X in 2020, and the heavier Y followed in 2023" (not "talks followed", nor
    "Y followed the X into service", which has an object)."""
    if verb.lemma_.lower() not in SEQUEL_VERBS or verb.dep_ != "conj" or verb.head.pos_ != "VERB" \
            or modal(verb) or negated(verb) \
            or any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.ent_type_ == "WEAPON_SYSTEM" for t in subject.subtree):
        return False
    head = cue_of(verb.head)
    return head is not None and head.pos == "VERB" and head.status == "delivered"


def _present_read_as_base(verb: Token) -> bool:
    """A present plural the tagger read as a base form ("A and B fly X"): a "VB" with a subject of its own and no
    auxiliary, modal or "to" before it."""
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


@token_memo  # asked ~4 times per word by the readers of a clause
def cue_of(tok: Token) -> Cue | None:
    """The transfer cue a token is in its context, or None (a verb's cue may be refused or derived from the clause)."""
    verbal = tok.pos_ in ("VERB", "AUX") or (tok.dep_ in VERBAL_DEPS and tok.tag_ in ("NNS", "NN", "VBZ")) \
        or (tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)
            and any(c.dep_ == "dobj" for c in tok.children))
    # (a headline's verb the tagger took for a plural noun, given a subject and an object: "India eyes more X")
    # ("that talks with A on X were continuing": a plural noun the tagger took for a verb)
    # (but a verb with an object of its own is one the parser misplaced: a headline's "A orders X, announces Y")
    mistagged = tok.tag_ == "VBZ" and (tok.dep_ in NOMINAL_DEPS or _complementizer_subject(tok)) \
        and not any(c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp", "xcomp") or c.dep_ == "nsubj"
                    and not _complementizer_subject(tok) for c in tok.children)
    verbal = verbal and not mistagged
    pos = "VERB" if verbal else "NOUN" if tok.pos_ in ("NOUN", "PROPN") or mistagged else None
    if pos is None and tok.pos_ == "NUM" and _numbered_deal(tok) is not None:
        pos = "NOUN"  # "Contract KDF-AW-22-031": the parser may make the last piece of the number its head
    if pos is None and tok.pos_ == "ADJ" and tok.dep_ == "acomp" and not negated(tok) and not negated(tok.head) \
            and any(c.dep_ == "prep" and f"{tok.lower_} {c.lower_}" in INTEREST_ADJECTIVES for c in tok.children):
        # "A is interested in two X": the buyer's interest in the systems, as "expressed interest in" tells it
        return Cue(tok.lower_, "VERB", "recipient", "interest")
    if pos is None:
        return None
    lemma = tok.lemma_.lower()
    numbered = _numbered_deal(tok) if pos == "NOUN" else None
    if numbered is not None:
        lemma = numbered.lemma_.lower()  # "Contract JDF-17, signed in May, was terminated": the contract
    elif pos == "NOUN" and tok.dep_ == "compound" and _numbered_deal(_number_of(tok)) is not None:
        return None  # (the deal noun naming a numbered deal: its number is the deal's head)
    if pos == "VERB" and _gives_approval(tok):
        return None  # "gave the go-ahead for a sale of X": an approval governs the cue, it is none
    if pos == "VERB" and any(c.dep_ == "prt" for c in tok.children):
        # a phrasal verb that is a cue of its own ("touched down": landed)
        phrasal = f"{lemma} {next(c.lower_ for c in tok.children if c.dep_ == 'prt')}"
        if phrasal in TAKEOVER_PHRASES and not any(c.dep_ == "dobj" and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in tok.children):
            # "talks on taking over its retired jets": acquiring them ("the crew took over the vessel" takes charge
            # of one told before)
            phrasal = "buy up"
        lemma = PHRASAL_CUES.get(phrasal, lemma)
    elif pos == "VERB" and not modal(tok) and not negated(tok):
        # a verb with a preposition that is a cue of its own when its object names a system ("looking at the X-7")
        lemma = next((PREPOSITIONAL_CUES[f"{lemma} {p.lower_}"] for p in tok.children
                      if p.dep_ == "prep" and f"{lemma} {p.lower_}" in PREPOSITIONAL_CUES
                      and any(o.dep_ == "pobj" and any(t.ent_type_ == "WEAPON_SYSTEM" for t in o.subtree)
                              for o in p.children)), lemma)
    cue = cues().get((lemma, pos)) or cues().get((tok.lower_, pos))
    if pos == "VERB" and _held_foreign_make(tok):
        # "the Kenyan Air Force's Russian-made helicopters", "Kenya, whose transports are Chinese-built X": a system a
        # state holds, made by another state, came from that maker, as a verb of using tells ("operates Russian-made
        # helicopters"); the maker, hyphened or "by", is the giver, as in "Iranian-supplied drones"
        return Cue(lemma, "VERB", "supplier", "delivered")
    if cue is None and pos == "VERB" and _sequel_delivery(tok):
        cue = Cue(lemma, "VERB", "system", "delivered")
    if pos == "NOUN" and _making_stage(tok):
        return Cue(lemma, "NOUN", "supplier", "in_production")  # "are on the assembly line", "is in final assembly"
    if cue is not None and pos == "NOUN" and lemma in LENDING_NOUNS and _money_loan(tok):
        return None  # "a EUR 2 billion loan to pay for 17 jets": money lent for a purchase, no systems lent
    if cue is not None and pos == "NOUN" and lemma in REQUEST_NOUNS and not (
            tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in REQUEST_HANDLING):
        return None  # "Washington is weighing a request for X": interest; "repeated its request for X" is left
        # to the verbs of asking
    if cue is None and pos == "NOUN" and tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        cue = cues().get((tok.lower_[:-1], pos))  # "approved four Foreign Military Sales": a name keeps its plural
    if cue is not None and pos == "VERB" and cue.subject == "system" and _visiting(tok):
        return None  # "bombers arrived in X for joint drills", "warships landed troops for a port call"
    if cue is not None and pos == "VERB" and cue.subject == "recipient" and cue.status == "delivered" \
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WON_DEALS for c in tok.children):
        return None  # "Saab received an order from Thailand": the order is the cue, its receiver the supplier
        # (and "enquiries have been received from A for X": the enquiries)
    if cue is None and pos == "VERB" and lemma in SIGNING_VERBS \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PROPN") and cues().get((o.lemma_.lower(), "NOUN")) is None
                                      or o.pos_ == "NUM" and _bare_number(o))  # ("signed for six": six of those)
                for o in c.children) for c in _signing_preps(tok)):
        cue = Cue(lemma, "VERB", "recipient", "ordered")  # "Ecuador signed for six helicopters": a contract signed
    if cue is not None and pos == "VERB" and lemma in REACHING_VERBS and not any(
            c.dep_ == "dobj" and c.ent_type_ in ("COUNTRY", "GPE") for c in tok.children):
        return None  # "the first batch reached Egypt" is an arrival; "reached a deal" closes one
    if cue is not None and pos == "VERB" and lemma in DESTINATION_CUES and not any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                          for o in p.children) for p in tok.children):
        return None  # "the frigates will go to Chile" is a transfer; "the jet went down" is none
    if cue is not None and pos == "VERB" and lemma in ORIGIN_CUES and not (any(
            p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                            for o in p.children) for p in tok.children)
            and any(c.dep_ == "nsubj" and any(t.ent_type_ == "WEAPON_SYSTEM" or t.lower_ in _category_heads(
                load_gazetteers()) for t in c.subtree) for c in tok.children)):
        # "the fighters came from China" is a transfer; "the threat came from Somalia, where jets are based" is none
        return None
    if cue is not None and pos == "VERB" and lemma in MAKING_CUES and cue.status == "in_production" \
            and not _made_for(tok) \
            and not _under_licence(tok) and _helped_by(tok) is None and not _local_build_agreed(tok) \
            and not _part_in_progress(tok):
        return None  # "vessels built by Korean firms" names their maker; "built by X for Y", "subs for Y are
        # being built" is a transfer (so is "three of the boats are being built": part of a lot told before)
    if cue is not None and pos == "VERB" and cue.status == "in_production" and not _under_licence(tok) \
            and _venture_making(tok):
        return None  # "set up a joint venture to produce shells for the X launchers": a joint industrial project
    if cue is not None and pos == "VERB" and lemma in PREFERENCE_VERBS and cue.status == "negotiating":
        chosen = _chosen_systems(tok)
        if not chosen:
            return None  # "has chosen the aircraft again": a choice of a system told before, or of none named
        if any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)
               and cue_of(c) is not None and STATUS_PHASE[cue_of(c).status] != "prospective" for c in tok.children):
            return None  # "picked the X in 2023 and ordered 54 of them": the order that follows tells the step
        told = next((cue_of(c) for c in _told_of_chosen(chosen) if cue_of(c) is not None
                     and STATUS_PHASE[cue_of(c).status] != "prospective"), None)
        if told is not None:
            cue = Cue(lemma, "VERB", "recipient", told.status)  # "chose 12 X, ordered that year": the order tells it
    if cue is not None and pos == "VERB" and lemma in PAST_ONLY_CUES and tok.tag_ not in ("VBD", "VBN") \
            and not _arranged(tok) and not _future_from_state(tok) and not _headline_infinitive(tok) \
            and not (tok.tag_ == "VBZ" and _headline_line(tok)):
        return None  # "Ukraine got its first battery" reports a delivery; "whether it will get jets" does not
    if cue is None and pos == "VERB" and lemma in POSSESSION_VERBS and not modal(tok) and not negated(tok) \
            and (tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG") or _present_read_as_base(tok)) and _has_subject(tok):
        # "the navy operates Italian-made patrol boats": a state using a foreign-made system has it (the caller
        # keeps it only when the maker is named in the article and the user is a state of the clause)
        cue = Cue(lemma, "VERB", "recipient", "delivered")
    if cue is None and pos == "VERB" and lemma in HOLDING_VERBS and not modal(tok) and not negated(tok) \
            and tok.tag_ in ("VBZ", "VBP", "VBD", "VBN") and _has_subject(tok) \
            and any(c.dep_ == "dobj" and _from_its_maker(c) for c in tok.children):
        cue = Cue(lemma, "VERB", "recipient", "delivered")  # "the air force has the X helicopters from A", A their maker
    if cue is None and pos == "VERB" and lemma in PLEDGING_VERBS and not modal(tok) and not negated(tok) \
            and any(c.dep_ == "dobj" and (_further_lot(c) or _for_party(c)) for c in tok.children):
        # "Norland announced a further four", "announced 12 X-7 launchers for Talora": a pledge of the lot
        cue = Cue(lemma, "VERB", "supplier", "agreed")
    if cue is None and pos == "VERB" and lemma in AWAITING_VERBS and not negated(tok) \
            and any(c.dep_ == "dobj" and any(t.ent_type_ == "WEAPON_SYSTEM"
                                             or t.lower_ in _category_heads(load_gazetteers()) for t in c.subtree)
                    for c in tok.children) \
            and any(p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.ent_type_ in ("COUNTRY", "ORG")
                                                                   for o in p.children)
                    for p in (*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children))):
        cue = Cue(lemma, "VERB", "recipient", "agreed")  # "the army is expecting 40 X-7 vehicles from A": on order
        # (or a kind of system: "expecting a batch of armoured personnel carriers from A"; the package's category nouns)
    if cue is None and pos == "VERB" and lemma in INDUCTION_VERBS and tok.tag_ in ("VBD", "VBN") \
            and not modal(tok) and not negated(tok) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in FLEET_NOUNS for c in tok.children):
        cue = Cue(lemma, "VERB", "system", "delivered")  # "two X helicopters from A joined the fleet": handed over
    if cue is None and pos in ("VERB", "AUX") and _in_use_now(tok):
        cue = Cue(lemma, "VERB", "system", "delivered")  # "three X radars ordered in 2023 are already operational"
    if cue is None and pos in ("VERB", "AUX") and lemma in SERVICE_KEEPING_VERBS and _foreign_made_in_service(tok):
        cue = Cue(lemma, "VERB", "system", "delivered")  # "the Russian-made X systems remain in service": held
    if cue is None and pos == "VERB" and lemma in UNLOADING_VERBS and tok.tag_ in ("VBD", "VBN") \
            and not modal(tok) and not negated(tok) and _off_carrier(tok):
        cue = Cue(lemma, "VERB", "system", "delivered")  # "the first 38 tanks rolled off a cargo ship": unloaded
    if cue is None and pos == "VERB" and lemma in PLACING_VERBS and tok.tag_ in ("VBD", "VBN") \
            and not modal(tok) and not negated(tok) \
            and any(p.dep_ == "prep" and p.lower_ == "into" and any(o.dep_ == "pobj" and o.lemma_.lower() in FLEET_NOUNS
                                                                   for o in p.children) for p in tok.children):
        cue = Cue(lemma, "VERB", "recipient", "delivered")  # "the army put into service ten X-7 vehicles": handed over
    if cue is None and pos == "VERB" and lemma in HOLDING_VERBS and not negated(tok) and any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() == "order"
                                                         and not any(c.dep_ == "det" for c in o.children)
                                                         for o in p.children)
            # (the parser may hang "on order" on the object: "has six on order")
            for p in (*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children))):
        cue = Cue(lemma, "VERB", "recipient", "ordered")  # "Chile has six C-295s on order": ordered, not yet delivered
    if cue is None and pos == "VERB" and lemma in OFFER_PLACING_VERBS and not negated(tok) and _has_subject(tok) \
            and any(c.dep_ == "dobj" for c in tok.children) and any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ == "offer"
                                                         and not any(c.dep_ == "det" for c in o.children)
                                                         for o in p.children)
            for p in (*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children))):
        cue = Cue(lemma, "VERB", "supplier", "offered")  # "A has put two X on offer to B": the seller offers them
    if cue is None and pos == "VERB" and _awarded_system(tok):
        cue = Cue(lemma, "VERB", "recipient", "ordered")  # "Lot 2 - six radars: awarded to X (B)": ordered from X
    if cue is None and pos == "VERB" and lemma in TAKING_VERBS and tok.tag_ in ("VBD", "VBN") \
            and not modal(tok) and not negated(tok) \
            and any(c.dep_ == "dobj" and any(t.ent_type_ == "WEAPON_SYSTEM" for t in c.subtree) for c in tok.children) \
            and any(p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and _state_source(o)
                                                                   for o in p.children)
                    for p in (*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children))):
        cue = Cue(lemma, "VERB", "recipient", "delivered")  # "B took 40 X-7 jets from A": a delivery
    if (cue is None or cue.status == "in_production") and pos == "VERB" and lemma in licence_words()["production"] \
            and _under_licence(tok):
        # "will be made under licence", "manufactured under license from X": the maker is the buyer
        cue = Cue(lemma, "VERB", "recipient", "licensed_production")
    if cue is not None and cue.status == "in_production" and pos == "VERB" and lemma in licence_words()["production"] \
            and _local_build_agreed(tok):
        # "an agreement with X to manufacture the Y in the Kingdom": the buyer builds the maker's system at home
        cue = Cue(lemma, "VERB", "recipient", "licensed_production")
    if (cue is None or cue.status == "in_production") and pos == "VERB" and lemma in licence_words()["production"] \
            and _helped_by(tok) is not None:
        # "Spain is helping Peru build patrol boats": production with a foreign state's help is made under its licence
        cue = Cue(lemma, "VERB", "recipient", "licensed_production")
    if cue is None and pos == "NOUN" and lemma in SALES_PROGRAMMES and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("sale", "sales") for c in tok.children):
        # "a Foreign Military Sales programme / case": a sale being carried out, the order placed
        cue = Cue(lemma, "NOUN", "supplier", "ordered")
    if cue is None and pos == "NOUN" and lemma == "letter":
        # "a letter of intent" (interest), "a letter of agreement / of acceptance" (agreed), "a letter of offer"
        # "a letter of offer and acceptance" (a US LOA, signed by the buyer): the acceptance tells the deal
        kinds = [LETTER_KINDS[k] for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"
                 for k in [o.lemma_.lower(), *(c.lemma_.lower() for c in o.children if c.dep_ == "conj")]
                 if k in LETTER_KINDS]
        if kinds:
            cue = Cue(lemma, "NOUN", "recipient", "agreed" if "agreed" in kinds else kinds[0])
    if cue is None and pos == "NOUN" and lemma in PLAN_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                          and not _definite(o) for o in c.children)
            for c in tok.children):
        # "plans for two more submarines": a purchase planned (its governor may shelve it); "the plan for
        # the fleet" is about systems already held
        cue = Cue(lemma, "NOUN", "recipient", "interest")
    if cue is None and pos == "NOUN" and lemma in OPTION_NOUNS and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in EXERCISING_VERBS and not negated(tok.head):
        # "exercised an option for 24 more jets": the option taken up is an order placed
        cue = Cue(lemma, "NOUN", "recipient", "ordered")
    if cue is None and pos == "NOUN" and lemma in PERMIT_NOUNS and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in EXPORT_WORDS for c in tok.children):
        # "granted an export licence for 12 tanks to B": a government's approval of a sale
        cue = Cue(lemma, "NOUN", "supplier", "agreed")
    if cue is None and pos == "NOUN" and lemma in ARMS_PACTS and any(
            c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in ARMS_WORDS or c.lemma_.lower() in ARMS_WORDS)
            for c in tok.children):
        # "a $2-billion arms pact with B" is a deal; "a defence pact" is an alliance
        cue = Cue(lemma, "NOUN", "recipient", "agreed")
    return cue


def _money_loan(noun: Token) -> bool:
    """Whether a lending noun is a loan of money: a sum on it ("a $2 billion loan", "a loan of about EUR 90 million")
    or a purpose of paying on it ("a loan to pay for the jets", "a loan that will finance the frigates")."""
    sums = [t for c in noun.children if c.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
            for t in c.subtree]
    sums += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    if any(t.ent_type_ == "MONEY" for t in sums):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in FUNDING_VERBS for c in noun.children)


def _numbered_deal(tok: Token) -> Token | None:
    """The deal noun before a deal's number, the head of the phrase the parser made of both ("Contract JDF-AW-17",
    "Order 2023/45"): the numbered deal is that deal; None for any other word."""
    if tok.pos_ not in ("PROPN", "NOUN", "NUM") or tok.ent_type_ in ("WEAPON_SYSTEM", "DATE"):
        return None
    if tok.pos_ == "NOUN" and not any(ch.isdigit() for ch in tok.text):
        return None  # ("a $3 billion contract modification": a word, no number; asked of every noun, so first)
    deal = next((t for t in tok.subtree if t.i < tok.i and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")
                 and t.lemma_.lower() in SIGNED_DEALS | {"order"}), None)
    if deal is None or _number_of(deal).i != tok.i:
        return None
    # (the number may be cut at its hyphens: "JDF-AW-23-017" read as "JDF", then "AW-23" and "017" around it; every
    # word between the noun and its head is a piece of the number, "contract modification for X-3 missiles" is none)
    between = tok.doc[deal.i + 1:tok.i]
    if any(not (t.is_punct or t.is_upper or t.lower_ in ("no", "no.") or any(ch.isdigit() for ch in t.text))
           for t in between):
        return None
    number = [*tok.doc[deal.i + 1:tok.i + 1], *(c for c in tok.children if c.dep_ in ("appos", "nummod")
                                                 and tok.i < c.i <= tok.i + 2 and c.ent_type_ != "DATE")]
    return deal if any(ch.isdigit() for t in number for ch in t.text) else None


def _number_of(deal: Token) -> Token:
    """The head a deal noun's chain of modifiers leads to ("Contract" -> "JDF" -> "017")."""
    tok = deal
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


#: Nouns of the price of systems, which stand for them under a verb of asking or offering ("asked for a price on X").
PRICE_NOUNS = word_set("transfer_words.tsv", "price_noun")
#: Adjectives of a buyer's interest, with the preposition that takes the system ("interested in", "keen on").
INTEREST_ADJECTIVES = word_set("transfer_words.tsv", "interest_adjective")
#: Options of a contract, and the verbs that take them up ("exercised an option for 24 more jets": an order).
OPTION_NOUNS = word_set("transfer_words.tsv", "option_noun")
EXERCISING_VERBS = word_set("transfer_words.tsv", "exercising")
#: Nouns of a permit that, for export, approve a sale ("an export licence for 12 tanks"); the word "export".
PERMIT_NOUNS = word_set("transfer_words.tsv", "permit_noun")
EXPORT_WORDS = word_set("transfer_words.tsv", "export_word")
#: Nouns of a review a pending step is under ("the permit is still under review": not yet granted).
REVIEW_NOUNS = word_set("transfer_words.tsv", "review_noun")
#: Nouns of a plan whose "for" names what is to be bought ("plans for two more submarines").
PLAN_NOUNS = word_set("transfer_words.tsv", "plan_noun")
#: Nouns by which a later clause refers back to a deal or talks told before ("but the option was dropped").
CHOICE_NOUNS = word_set("transfer_words.tsv", "choice_noun")
#: Phrasal verbs that are a cue verb in other words ("touch down": land).
PHRASAL_CUES = word_kinds("transfer_words.tsv", "phrasal_")
#: Nouns of a buyer's request, a cue only when another party weighs or grants it (REQUEST_HANDLING).
REQUEST_NOUNS = frozenset({"request"})
REQUEST_HANDLING = word_set("transfer_words.tsv", "request_handling")
#: Verbs with a preposition that are a cue verb in other words when the preposition's object names a system
#: ("look at": consider).
PREPOSITIONAL_CUES = word_kinds("transfer_words.tsv", "prepverb_")
#: Phrasal verbs of taking possession, read as "buy" unless their object is a "the" phrase told before.
TAKEOVER_PHRASES = word_set("transfer_words.tsv", "takeover")
#: Intransitive verbs of a system coming after a delivery told in the clause before ("and Y followed in 2023").
SEQUEL_VERBS = word_set("transfer_words.tsv", "sequel_verb")
#: Verbs that, with a lot as their object, pledge it ("announced a further four"); verbs of awaiting a lot
#: "from" a seller ("expecting 40 vehicles from A"); adjectives of a further lot.
PLEDGING_VERBS = word_set("transfer_words.tsv", "pledging")
AWAITING_VERBS = word_set("transfer_words.tsv", "awaiting")
FURTHER_WORDS = word_set("transfer_words.tsv", "further")
#: Nouns of carrying out a deal ("talks on deliveries of X"): talks on them about a deal already made negotiate none.
EXECUTION_NOUNS = word_set("transfer_words.tsv", "execution_noun")
#: Nouns of what a visiting force comes for ("arrived for joint drills", "on a port call"): no delivery.
VISIT_PURPOSES = word_set("transfer_words.tsv", "visit_purpose")


def _signing_preps(verb: Token) -> list[Token]:
    """The prepositions of a verb of signing, with those the parser hangs on its "with" party ("signed in 2023
    with X for the Y": "for" on X)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return preps + [g for w in preps if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"
                    for g in o.children if g.dep_ == "prep" and g.lower_ == "for"]


def _further_lot(obj: Token) -> bool:
    """ "a further four", "another 12 launchers", "additional jets": a lot more of a system."""
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in FURTHER_WORDS for c in obj.children) \
        or any(c.dep_ == "nummod" and any(m.lower_ in FURTHER_WORDS for m in c.children) for c in obj.children)


#: Nouns of a lot that only with a word of a further lot refer back to a system ("a second lot"; "a lot of" counts).
FURTHER_LOT_NOUNS = word_set("transfer_words.tsv", "further_lot_noun")


def _further_lot_noun(tok: Token) -> bool:
    """ "a second lot", "a further batch", "additional firing units", "another tranche": an indefinite lot or unit
    noun told as more of a system, with no "of" phrase naming what it holds ("a further batch of X" names its own,
    "a lot of X" only counts) and no state's possessive ("Chile's second batch" is told by the definite reading)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    mods = [c for c in tok.lefts if c.dep_ not in ("punct",)]
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an", "another") for c in mods):
        return False
    further = any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in FURTHER_WORDS for c in mods) \
        or any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" and c.lower_ != "first" for c in mods)
    # (a verbal or plain noun modifier of the unit is its kind of unit: "firing units", "fire units"; a name or a
    # category noun before it names a system of its own)
    return further and all(c.dep_ in ("det", "amod", "nummod", "quantmod", "advmod")
                           or c.dep_ == "compound" and not c.ent_type_ and c.pos_ in ("NOUN", "VERB")
                           for c in mods)


def _no_other_seller(tok: Token, name: str, ctx: DocContext) -> bool:
    """Whether the sentence of a further lot names no state other than the system's maker where a seller stands:
    "is negotiating with B for a second lot" of A's X is a lot of another system, B's; so is one "B has offered"."""
    system = ctx.gaz.weapon(name)
    origin = system.origin if system is not None else None
    for t in tok.sent:
        country = ctx.token_country(t)
        if not country or country == origin:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "with", "by"):
            return False
        if t.dep_ == "nsubj" and (cue := cue_of(t.head)) is not None and cue.subject == "supplier":
            return False
    return True


def _for_party(obj: Token) -> bool:
    """A system object "for" or "to" a state: "12 X-7 launchers for Talora"."""
    return any(t.ent_type_ == "WEAPON_SYSTEM" for t in obj.subtree) and any(
        p.dep_ == "prep" and p.lower_ in ("for", "to") and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                              for o in p.children) for p in obj.children)


def _chosen_systems(verb: Token) -> list[Token]:
    """The phrases a verb of choice takes as what is chosen that name a system themselves ("picked the X",
    "the X, which A chose", "the X was selected"): a referring noun ("chose the aircraft") names none."""
    holders = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not holders and verb.dep_ == "relcl":
        holders = [verb.head]
    inner = {t.i for t in verb.subtree}
    return [h for h in holders if any(t.ent_type_ == "WEAPON_SYSTEM" and (h.i == verb.head.i) <= (t.i not in inner)
                                      for t in h.subtree)]


def _told_of_chosen(chosen: list[Token]) -> list[Token]:
    """The participles that tell more of a chosen system: one hung on its phrase ("chose the X, delivered in 2019"),
    or a subjectless one set off by a comma right after it, which the parser may hang on the main verb ("sat on the
    panel that chose 15 X, ordered that year")."""
    told = [c for h in chosen for c in h.children if c.dep_ == "acl"]
    for h in chosen:
        after = h.right_edge.i + 1
        if after + 1 < len(h.doc) and h.doc[after].lower_ == ",":
            verb = h.doc[after + 1]
            if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("advcl", "acl", "conj") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                told.append(verb)
    return told


def _visiting(verb: Token) -> bool:
    """Whether a motion verb's clause gives it the purpose of a visit or exercise ("arrived in X for drills",
    "landed to take part in an exercise", "arrived on a port call")."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advcl", "xcomp")):
        for tok in prep.subtree:
            if tok.lemma_.lower() in VISIT_PURPOSES and tok.pos_ in ("NOUN", "VERB"):
                return True
    return False


#: Nouns that, named after sales ("a sales programme", "a Foreign Military Sales case"), are an order carried out.
SALES_PROGRAMMES = word_set("transfer_words.tsv", "sales_programme")

#: Verbs of using a system: they tell the user has it, from its maker (cue_of, extract_transfers).
POSSESSION_VERBS = word_set("transfer_words.tsv", "possession")
#: What a letter "of" something tells of a deal: "letter of intent" -> interest, "letter of agreement" -> agreed.
LETTER_KINDS = word_kinds("transfer_words.tsv", "letter_")
#: Cue verbs of making whose passive with a maker ("built by X") only describes the system, unless "for" a buyer.
MAKING_CUES = word_set("transfer_words.tsv", "making_cue")
#: Cue verbs of motion that report a transfer only with a state as their destination ("will go to Pakistan").
DESTINATION_CUES = word_set("transfer_words.tsv", "destination_cue")
#: Cue verbs of motion that report a transfer only with a state as their origin ("the fighters came from China").
ORIGIN_CUES = word_set("transfer_words.tsv", "origin_cue")
#: Cue verbs too vague to report a transfer except in a past tense ("got", "has got").
PAST_ONLY_CUES = word_set("transfer_words.tsv", "past_only_cue")
#: Verbs of helping: "X helps Y build drones" tells production by Y with X's help.
HELPING_VERBS = word_set("transfer_words.tsv", "helping")


def _helped_by(verb: Token) -> Token | None:
    """The helper of a production verb: "Spain is helping Peru build patrol boats", "Italy helped Chile to
    produce the jets" -> the subject of the verb of helping (the production verb must have a party of its own)."""
    helper_verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or helper_verb.lemma_.lower() not in HELPING_VERBS:
        return None
    helped = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        or next((c for c in helper_verb.children if c.dep_ in ("dobj", "dative")), None)
    helper = next((c for c in helper_verb.children if c.dep_ == "nsubj"), None)
    if helped is None or helper is None or helped.ent_type_ != "COUNTRY" or helper.ent_type_ != "COUNTRY":
        return None
    return helper


#: Objects that make a verb of giving an approval ("gave the green light", "gave the go-ahead").
APPROVAL_OBJECTS = word_set("transfer_words.tsv", "approval_object")
#: Words of permitting a step: over talks they permit the talks ("approved opening talks with A on X").
APPROVING_WORDS = word_set("transfer_words.tsv", "approving")
#: Words on a system that make it one its holder parts with ("used F-16s", "surplus tanks").
SECOND_HAND_WORDS = word_set("transfer_words.tsv", "second_hand")


def _future_from_state(verb: Token) -> bool:
    """ "Taiwan will get 108 tanks from the United States": a future with its source state named (not "whether
    it will get jets")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return has_auxiliary(verb, "future") and not conditional(verb) and not negated(verb) and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                        for o in p.children) for h in holders for p in h.children)


def _headline_infinitive(verb: Token) -> bool:
    """ "Kenya to acquire Turkish drones": a headline's infinitive with a subject and no finite verb tells a
    step to come."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") \
            and verb.head.i == verb.sent.start:
        return True  # the parser hangs a headline's infinitive on its subject: "Morocco to buy drones"
    # ("Hanwha to export howitzers": the parser may give the headline's subject no subject relation)
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" or c.dep_ in ("dep", "npadvmod") and c.i < verb.i
                                       and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _headline_line(tok: Token) -> bool:
    """The token's sentence is a headline: a line of its own that does not end as a sentence ("Croatia gets first
    jets from A"), whose present tense tells what has happened."""
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text[-1] in ".!?\"'”:;,":
        return False
    after = sent.doc.text[sent.end_char:sent.end_char + 2] if sent.end < len(sent.doc) else "\n"
    before = sent.doc.text[max(0, sent.start_char - 1):sent.start_char] if sent.start else "\n"
    return "\n" in after and "\n" in before


def _roundup_segments(line: list[Token], mentions: list[SystemMention], ctx: DocContext) -> list[list[Token]]:
    """The items of a roundup headline line ("Exports: jets for A, B-ian tanks roll out, C talks on drones": three
    stories set side by side by commas, with no "and", each naming its own state, two at least a system); empty
    for any other line."""
    if not line or line[-1].text[-1] in ".!?\"'”:;," or any(t.pos_ == "CCONJ" for t in line):
        return []  # (a line ending as a sentence is body text; one with "and" lists one story's goods)
    segments: list[list[Token]] = [[]]
    for t in line:
        if t.text in (",", ";"):
            segments.append([])
        else:
            segments[-1].append(t)
    heads = {m.head.i for m in mentions}
    if len(segments) < 3 or not all(seg and any(ctx.token_country(t) for t in seg) for seg in segments) \
            or sum(any(t.i in heads or t.ent_type_ == "WEAPON_SYSTEM" for t in seg) for seg in segments) < 2:
        return []
    return segments


def _roundup_item(mention: SystemMention, mentions: list[SystemMention], ctx: DocContext) -> list[Token] | None:
    """The item of a roundup headline the system stands in, if it stands in one."""
    text = ctx.doc.text
    start = text.rfind("\n", 0, mention.span.start_char)
    line = [t for t in mention.span.sent if not t.is_space and text.rfind("\n", 0, t.idx) == start]
    return next((seg for seg in _roundup_segments(line, mentions, ctx) if seg[0].i <= mention.head.i <= seg[-1].i),
                None)


def _other_roundup_items(mention: SystemMention, mentions: list[SystemMention], ctx: DocContext) -> set[str]:
    """The states only the other items of a roundup headline name: none of them is a party of this item's system
    (nor of a system of a body line the parser ran into the headline)."""
    text = ctx.doc.text
    sent = mention.span.sent
    lines: dict[int, list[Token]] = {}
    for t in sent:
        if not t.is_space:
            lines.setdefault(text.rfind("\n", 0, t.idx), []).append(t)
    own_line = lines.get(text.rfind("\n", 0, mention.span.start_char), [])
    out: set[str] = set()
    for line in lines.values():
        segments = _roundup_segments(line, mentions, ctx)
        if not segments:
            continue
        countries = [{c for t in seg for c in [ctx.token_country(t)] if c} for seg in segments]
        own = next((cs for seg, cs in zip(segments, countries) if seg[0].i <= mention.head.i <= seg[-1].i), None)
        if own is None:  # a system on another line: the roundup's states it does not name itself
            own = {c for t in own_line for c in [ctx.token_country(t)] if c}
        out |= {c for cs in countries for c in cs} - own
    return out


def _arranged(verb: Token) -> bool:
    """ "Serbia is to receive jets", "Hungary is to get tanks": "be to" with an infinitive tells a step arranged."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _gives_approval(verb: Token) -> bool:
    return verb.lemma_.lower() in ("give", "grant") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_OBJECTS for c in verb.children)


#: Pact nouns that tell an arms deal only with an arms word on them ("weapons pact", not "defence pact").
ARMS_PACTS = word_set("transfer_words.tsv", "arms_pact")
ARMS_WORDS = word_set("transfer_words.tsv", "arms_word")


@functools.lru_cache(maxsize=1)
def licence_words() -> dict[str, frozenset[str]]:
    """The lemmas of licence_cues.tsv by role, "production" and "licence" (cached)."""
    rows = read_tsv("licence_cues.tsv")
    return {role: frozenset(r["lemma"] for r in rows if r["role"] == role) for role in ("production", "licence")}


def _under_licence(verb: Token) -> bool:
    """ "produced under licence", "built under a licensing agreement"."""
    return _licence_noun(verb) is not None


def _licensor(cue_toks: list[Token], ctx: DocContext) -> str | None:
    """The one state a production cue's licence names ("under licence from X", "under a Russian licence")."""
    found: set[str] = set()
    for tok in cue_toks:
        licence = _licence_noun(tok) if tok.pos_ == "VERB" else None
        if licence is None:
            continue
        heads = [o for p in licence.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                 for o in p.children if o.dep_ == "pobj"]
        heads += [c for c in licence.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        found.update(c for h in heads for c in ctx.phrase_countries(h))
        # "under a licence agreement with X": X licenses the build, unless X is a firm of the state the build is
        # done in ("produced in Poland under a technology transfer arrangement with a Polish plant"): the local
        # partner is the licensee
        partners = [c for p in licence.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)]
        if partners:
            found.update(set(partners) - set(_build_site_countries(tok, ctx)))
    return next(iter(found)) if len(found) == 1 else None


#: Dependencies through which a verb's "under licence" may hang lower in its own phrases.
LICENCE_REACH = frozenset({"prep", "pobj", "dobj", "acl"})


def _under_preps(verb: Token) -> list[Token]:
    """The "under" phrases of a verb, with those the parser hung on its object or site instead ("building jets at
    its plant under licence", "building frigates based on a British design under a licence from X"); the walk
    stops at a verb of its own clause (a relative clause, or a participle that is a transfer cue)."""
    found: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "under":
                found.append(child)
            elif child.dep_ in LICENCE_REACH and not (child.dep_ == "acl" and (
                    child.tag_ != "VBN" or cue_of(child) is not None)):
                todo.append(child)
    return sorted(found, key=lambda t: (t.head.i != verb.i, t.i))


def _licence_noun(verb: Token) -> Token | None:
    """The licence a verb's production is under ("under license from X" -> license)."""
    nouns = licence_words()["licence"]
    for prep in _under_preps(verb):
        for obj in prep.children:
            # (the licence word may modify a modifier: "under a technology transfer arrangement", or be the object
            # of its "of": "under a transfer-of-technology arrangement", "under a transfer of technology")
            if obj.dep_ == "pobj" and (obj.lemma_.lower() in nouns or any(
                    c.lemma_.lower() in nouns for c in obj.doc[obj.left_edge.i:obj.i]
                    if c.dep_ in ("compound", "amod") or c.dep_ == "pobj" and c.head.lower_ == "of") or any(
                    t.lemma_.lower() in nouns for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for t in p.subtree)):
                return obj
    # "licence-built", "license-produced": the licence word hyphened to the participle
    for c in verb.children:
        if c.lemma_.lower() in nouns and c.i + 2 == verb.i and c.doc[c.i + 1].text in HYPHENS:
            return c
    # "building six frigates in Adelaide to the British Type 26 design": a foreign state's design the build follows
    # is licensed like a licence (the design's state named on it)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in DESIGN_NOUNS and any(
                    c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("COUNTRY", "GPE", "NORP")
                    for c in obj.children):
                return obj
    return None


#: Nouns of a design a build follows ("built to a British design").
DESIGN_NOUNS = word_set("transfer_words.tsv", "design_noun")


@functools.lru_cache(maxsize=1)
def anaphoric_nouns() -> frozenset[str]:
    """Nouns that refer back to a system named before (anaphoric_nouns.tsv, cached)."""
    return frozenset(r["noun"] for r in read_tsv("anaphoric_nouns.tsv"))


@functools.lru_cache(maxsize=1)
def anaphoric_categories() -> dict[str, str]:
    """The one category an anaphoric noun can refer back to ("the vehicles": armoured vehicles), by noun (cached)."""
    return {r["noun"]: r["category"] for r in read_tsv("anaphoric_nouns.tsv") if r.get("category")}


@functools.lru_cache(maxsize=1)
def support_verbs() -> dict[str, str]:
    """Verbs that take a transfer noun as object (cue_support_verbs.tsv): {lemma: who their subject is:
    recipient, supplier, or "cue" (the noun cue's own subject role)} (cached)."""
    return {r["lemma"]: r["subject"] for r in read_tsv("cue_support_verbs.tsv")}


@dataclass
class SystemMention:
    """A weapon system phrase in a sentence: its head token, span and what it resolves to."""

    head: Token  # the noun the system phrase hangs on
    span: Span
    system: str
    family: str | None
    category: str | None
    named: bool = True  # False for a category noun ("helicopters", "radar equipment")
    lot_of: SystemMention | None = None  # for a bare count in a list ("8 from C"): the system it counts
    referring: bool = False  # "the jets", "it": a phrase that refers back to a system named before


@dataclass
class Frame:
    """The parties a clause names around a cue: suppliers, recipients, and hints about unnamed ones."""

    suppliers: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    unnamed_recipient: bool = False
    unnamed_supplier: bool = False  # "Ukraine's backers promised drones": givers the text does not name
    with_parties: list[str] = field(default_factory=list)  # read as suppliers from "a deal with X"
    group_recipient: bool = False  # "to 13 countries": many buyers, none named
    joint: list[tuple[str, str]] = field(default_factory=list)  # (role, country) "together with" the subject
    asked_by_other: bool = False  # "a senator urged the ministry to buy X": a third party asks, nothing is told


def _phrase_head(tok: Token) -> Token:
    """The noun a token's phrase hangs on: "Pantsir-S1" in "Pantsir-S1 missile systems" -> systems."""
    while tok.dep_ in ("compound", "amod", "nmod", "nummod") and tok.head.i != tok.i \
            and (tok.head.pos_ in ("NOUN", "PROPN") or _plural_read_as_verb(tok.head)):
        tok = tok.head
    return tok


def _plural_read_as_verb(tok: Token) -> bool:
    """Whether a word tagged as a verb is a plural noun in a noun's place ("of the two C295 transports that A ordered":
    "transports" tagged VBZ as the object of "of"), as ``cue_of`` reads such a word."""
    return tok.tag_ == "VBZ" and tok.dep_ in NOMINAL_DEPS \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "dative", "ccomp", "xcomp") for c in tok.children)


#: Nouns by which a name gives the model of a general noun's systems ("carriers of the type X", "of the X type").
TYPE_NOUNS = word_set("transfer_words.tsv", "type_noun")


def _typed_kind(ent: Span, head: Token, ctx: DocContext) -> Token | None:
    """The general noun of systems a name gives the model of through "of (the) type": "four armoured personnel
    carriers of the type X", "two boats of the X type", "trucks of type X" -> the general noun; else None."""
    typed = head if head.lemma_.lower() in TYPE_NOUNS and head.i >= ent.end else next(
        (c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in TYPE_NOUNS and c.i < ent.start),
        None)
    if typed is None or head.dep_ != "pobj" or head.head.lower_ != "of":
        return None
    kind = head.head.head
    if kind.pos_ != "NOUN" or kind.lower_ not in _category_heads(ctx.gaz):
        return None
    return kind


@functools.lru_cache(maxsize=4)
def _category_heads(gaz: Gazetteers) -> frozenset[str]:
    """The last words of the category noun phrases: only such a word can end a generic system."""
    last_words = {p.split()[-1] for p in gaz.category_nouns}
    return frozenset(last_words | {w.split("-")[-1] for w in last_words})


def _noun_after(ent: Span, window: int = 5) -> Token | None:
    """The noun closing a name's phrase ("FA-50 light combat aircraft" -> aircraft), read off the
    words when the parser attached the name elsewhere."""
    doc, i, last = ent.doc, ent.end, None
    # (a measure or a hyphen takes no room of the window: "K9 155 mm self-propelled howitzers")
    end = min(ent.end + window + sum(1 for t in ent.doc[ent.end:ent.end + 2 * window]
                                     if _measure_word(t) or t.text == "-"), ent.sent.end)
    # (a time phrase after the name closes it: "delivered 28 Typhoons last year" has no noun "year" of the name's)
    while i < end and doc[i].ent_type_ not in ("DATE", "TIME") \
            and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].text == "-" or _measure_word(doc[i])
                 or doc[i].tag_ == "VBN" and doc[i].dep_ == "amod"):
        if doc[i].pos_ in ("NOUN", "PROPN") and doc[i].ent_type_ not in ("COUNTRY", "WEAPON_SYSTEM") \
                and not _measure_word(doc[i]):
            last = doc[i]
        i += 1
    return last


def _measure_word(tok: Token) -> bool:
    """Whether a word is part of a measure inside a system's phrase ("K9 155 mm self-propelled howitzers"): a number
    with a unit after it, or the unit after a number."""
    doc = tok.doc
    if tok.like_num:
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_.strip("-") in MEASURE_UNITS
    return tok.lower_ in MEASURE_UNITS and tok.i > 0 and doc[tok.i - 1].like_num


#: Places a state's own forces are sent to ("tanks sent to Ukraine's front"): their owner is no buyer.
FRONT_NOUNS = word_set("transfer_words.tsv", "front_noun")
#: Verbs of paying for systems, whose agent funds a deal and is no party to it ("paid for by A").
FUNDING_VERBS = word_set("transfer_words.tsv", "funding_verb")
#: Nouns of lending systems that also name a loan of money ("a $2 billion loan to pay for X" lends no systems).
LENDING_NOUNS = word_set("transfer_words.tsv", "lending_noun")
#: Cue verbs that tell a step of a transfer only of a ship ("a frigate for A was launched").
SHIP_CUES = word_set("transfer_words.tsv", "ship_cue")
#: Verbs of a service done on or with a system ("train pilots on", "maintain", "repair"): no transfer of it.
SERVICE_VERBS = word_set("transfer_words.tsv", "service_verb")
#: Nouns a system name can modify that name people or services, not the system ("MiG-29 pilots").
SERVICE_HEADS = word_set("transfer_words.tsv", "service_head")


_NUM, _NOUN, _PROPN = (symbols.IDS[p] for p in ("NUM", "NOUN", "PROPN"))


def _system_candidates(ctx: DocContext, heads: frozenset[str], anaphoric: frozenset[str]) -> list[int]:
    """Indices of the tokens ``system_mentions`` can act on (a number, "it"/"they", a noun that ends a
    category phrase or refers back to a system), found for the whole document in one pass over the
    token arrays; every other token is passed over by each of its checks."""
    cached = ctx.memo.get("system_candidates")
    if cached is None:
        doc = ctx.doc
        strings = doc.vocab.strings
        kind: dict[int, tuple[bool, bool]] = {}  # lower -> ("it"/"they", a category head or anaphoric noun)
        cached = []
        rows = doc.to_array([POS, LOWER]).tolist() if len(doc) else []
        for i, (pos, lower) in enumerate(rows):
            k = kind.get(lower)
            if k is None:
                text = strings[lower]
                k = kind[lower] = (text in ("it", "they", "them", "which"), text in heads or text in anaphoric)
            if pos == _NUM or k[0] or (k[1] and pos in (_NOUN, _PROPN)) or pos == _NOUN and _number_noun(doc[i]):
                cached.append(i)
        ctx.memo["system_candidates"] = cached
    return cached


#: Nouns of the rest of a lot ("the rest will be assembled at home").
REMAINDER_NOUNS = word_set("transfer_words.tsv", "remainder")
#: Adjectives that make a noun or a count the rest of a lot ("the remaining hulls", "the remaining ten").
REMAINDER_MODIFIERS = word_set("transfer_words.tsv", "remainder_modifier")


def _is_remainder(tok: Token) -> bool:
    """ "the rest", "the remainder", or a noun or count told as the rest ("the remaining hulls", "the remaining
    ones")."""
    return tok.lower_ in REMAINDER_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in REMAINDER_MODIFIERS for c in tok.children)


def _mention_before(tok: Token, found: list[SystemMention]) -> SystemMention | None:
    """The system phrase told last before a token in its own sentence."""
    before = [m for m in found if m.span.end <= tok.i and m.head.sent.start == tok.sent.start]
    return max(before, key=lambda m: m.span.end, default=None)


def _part_of_lot(tok: Token, found: list[SystemMention]) -> SystemMention | None:
    """The counted lot a bare smaller count just after it in its sentence is a part of ("A financed 12 boats for
    B; five were built in A and the rest in B": five of the boats, whatever was named before)."""
    last = _mention_before(tok, found)
    if last is None or last.referring:
        return None
    part = _count(tok)
    whole = [_count(c) for c in last.head.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
    return last if part and len(whole) == 1 and whole[0] and part < whole[0] else None


def _rest_antecedent(tok: Token, category: str | None, ctx: DocContext) -> tuple[str, str | None, str] | None:
    """The system a definite phrase refers back to; the rest of a lot ("the remaining hulls") says outright that a
    lot was told, so it looks as far back as "of the same class" does."""
    return _antecedent(tok, category, ctx) or (
        _antecedent(tok, category, ctx, sentences=SAME_KIND_REACH) if _is_remainder(tok) or _the_same(tok) else None)


def _rest_size(rest: SystemMention, mentions: list[SystemMention]) -> int | None:
    """The count of the rest of a lot: the lot's count told before it in its sentence, less the counts of the parts
    told between them ("financed 14 boats; six were built in A and the rest in B": eight)."""
    same = [m for m in mentions if m.system == rest.system and m.span.end <= rest.head.i]
    lots = [m for m in same if not m.referring and _quantity(m, own=True)]
    if not lots:
        return None
    lot = lots[-1]
    parts = [_count(m.head) for m in same if m.referring and m.span.start >= lot.span.end and _is_number(m.head)]
    if not parts or None in parts:
        return None
    left = _quantity(lot, own=True) - sum(parts)
    return left if left > 0 else None


def _object_pronoun(tok: Token) -> bool:
    """ "them" as the thing a cue verb transfers: "China delivered them", "Manila received them" (not "supplied them
    with jets", whose "them" is the buyer)."""
    verb = tok.head
    return tok.lower_ == "them" and tok.dep_ == "dobj" and verb.pos_ == "VERB" and cue_of(verb) is not None \
        and cue_of(verb).subject in ("supplier", "recipient") \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _number_noun(tok: Token) -> bool:
    """A number word the tagger read as a noun ("the remaining ten will be built": "ten" as NN)."""
    return tok.pos_ == "NOUN" and tok.like_num and tok.ent_type_ == "CARDINAL" and tok.text.isalpha()


def _is_number(tok: Token) -> bool:
    """A number token, whether tagged as one or a number word read as a noun."""
    return tok.pos_ == "NUM" or _number_noun(tok)


def _speaking_people(tok: Token) -> bool:
    """Whether a noun of a kind of system is the subject of a verb of saying ("resistance fighters in the region said
    they had recovered the wreckage"): a system does not speak, so the word names people."""
    first = _first_conjunct(tok)  # (the parser may join the people to a system phrase before them by "and")
    return first.dep_ == "nsubj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() in STATEMENT_VERBS


#: Verbs whose passive subject (or, for "die", subject) is people ("200 fighters were killed", "nine fighters died").
CASUALTY_VERBS = word_set("transfer_words.tsv", "casualty_verb")


def _casualties(tok: Token) -> bool:
    """Whether a noun of a kind of system is the one killed or wounded ("more than 200 fighters were killed"): a
    system is destroyed, not killed, so the word names people."""
    first = _first_conjunct(tok)
    verb = first.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS:
        return False
    return first.dep_ == "nsubjpass" or first.dep_ == "nsubj" and not any(
        c.dep_ in ("dobj", "obj") for c in verb.children) and verb.lemma_.lower() == "die"


def system_mentions(sent: Span, ctx: DocContext) -> list[SystemMention]:
    """Weapon systems in a sentence: entities, then generic category nouns not covered by one."""
    out: list[SystemMention] = []
    covered: set[int] = set()
    previous_end = -1
    for ent in ctx.ents_in(sent):
        if ent.label_ != "WEAPON_SYSTEM":
            continue
        if ent.start == previous_end:
            previous_end = ent.end
            continue  # "AGM-84L Harpoon Block II": two names of one system side by side
        if ent.start == previous_end + 1 and ctx.doc[previous_end].text == "(" \
                and ent.end < len(ctx.doc) and ctx.doc[ent.end].text == ")":
            continue  # "Su-30SM (Flanker-H)": a second name of the system, in brackets
        previous_end = ent.end
        if ent.end < len(ctx.doc) and ctx.doc[ent.end].lower_ in SCALE_WORDS:
            continue  # "a reward of P1 million": a sum of money (a currency sign before its number), no system
        attrs = ctx.attrs_at.get(ent.start_char, {})
        head = _phrase_head(ent.root)
        if head.i < ent.end:
            head = _noun_after(ent) or head
        kind = _typed_kind(ent, head, ctx)
        if kind is not None:
            head = kind  # "four armoured personnel carriers of the type X": the lot the name gives the model of
        if head.i >= ent.end and head.lemma_.lower() in SERVICE_HEADS:
            covered.update(range(ent.start, head.i + 1))
            continue  # "to train Su-30 crews", "MiG-29 maintenance": people or a service, not the system
        # a short form the catalogue keys nothing under ("K2s" after "K2 Black Panther tanks") is told by the
        # full name it stands for, which the catalogue's origin and family are read from
        name = ent.ent_id_ if len(ent) == 1 and ent.ent_id_ and ctx.gaz.weapon(ent.text) is None \
            and LEAD_DESIGNATOR_RE.fullmatch(ent.text.removesuffix("s")) \
            and ctx.gaz.weapon(ent.ent_id_) is not None else ent.text
        out.append(SystemMention(head, ent, name, attrs.get("family"), attrs.get("category")))
        covered.update(range(head.left_edge.i, head.i + 1))
    heads = _category_heads(ctx.gaz)
    anaphoric = anaphoric_nouns()
    candidates = _system_candidates(ctx, heads, anaphoric | FURTHER_LOT_NOUNS)
    for i in candidates[bisect_left(candidates, sent.start):bisect_left(candidates, sent.end)]:
        tok = ctx.doc[i]
        if _is_number(tok) and tok.i not in covered:
            listed = _elided_count(tok, out, ctx)
            if listed is not None:
                # "36 jets from A, 24 from B and 8 from C": each bare count with a party of its own is
                # another lot of the system the list began with
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], listed.system, listed.family,
                                         listed.category, named=listed.named, lot_of=listed))
                covered.add(tok.i)
                continue
        if tok.lower_ in ("it", "they") and tok.dep_ == "nsubjpass" and cue_of(tok.head) is not None \
                and cue_of(tok.head).subject == "supplier" and not any(c.dep_ == "dobj" for c in tok.head.children):
            antecedent = _subject_antecedent(tok, ctx) or _antecedent(tok, None, ctx, sentences=1)
            if antecedent is not None:
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True))
            continue
        if tok.lower_ == "they" and tok.dep_ == "nsubj" and (lot := _arrival_lot_of_pronoun(tok, out)) is not None:
            # "the first two of six jets that B ordered from A as they arrive": the jets of the relative clause
            out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], lot.system, lot.family, lot.category,
                                     named=lot.named, referring=True))
            continue
        if tok.lower_ == "which":
            # "four radars ..., the first of which was handed over in 2023": one of the lot told just before
            lot = _mention_before(tok, out)
            ordinal = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if lot is not None and ordinal is not None and ordinal.ent_type_ == "ORDINAL" \
                    and ordinal.dep_ in ("nsubj", "nsubjpass") and ordinal.i not in covered:
                # (named as the lot is: a part of a named lot is no general phrase that the lot would absorb)
                out.append(SystemMention(ordinal, ctx.doc[ordinal.i:tok.i + 1], lot.system, lot.family, lot.category,
                                         named=lot.named, referring=True))
                covered.update(range(ordinal.i, tok.i + 1))
            continue
        ordinal = _ordinal_of_pronoun(tok)
        if ordinal is not None and ordinal.i not in covered:
            # "The second of them was launched": one of the systems, or of the kind, named just before
            antecedent = _antecedent(tok, None, ctx, sentences=1) or _kind_before(tok, ctx)
            if antecedent is not None:
                out.append(SystemMention(ordinal, ctx.doc[ordinal.i:tok.i + 1], *antecedent, named=False,
                                         referring=True))
                covered.update(range(ordinal.i, tok.i + 1))
            continue
        quantifier = _quantifier_of(tok)
        if quantifier is not None and quantifier.i not in covered:
            # "Most of them will be assembled at home", "All but the first 20 are built locally": part of the lot of
            # the system named just before
            antecedent = _antecedent(tok, None, ctx, sentences=1)
            if antecedent is not None:
                # (the part's own words only: the count after "all but" is the part not told of)
                out.append(SystemMention(quantifier, ctx.doc[quantifier.i:quantifier.i + 1], *antecedent, named=False,
                                         referring=True))
                covered.update(range(quantifier.i, tok.i + 1))
            continue
        if _object_pronoun(tok):
            antecedent = _antecedent(tok, None, ctx, sentences=1)  # "China delivered them in 2022": the jets
            if antecedent is not None:
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True))
            continue
        if _is_number(tok) and tok.i not in covered and _bare_number(tok):
            lot = _part_of_lot(tok, out)
            if lot is not None:
                # "financed 12 boats; five were built at home": five of that lot
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], lot.system, lot.family, lot.category,
                                         named=lot.named, referring=True))
                continue
            # "took delivery of six in 2019": six of those ("four of the same model": of a kind named further back)
            antecedent = _antecedent(tok, None, ctx, sentences=SAME_KIND_REACH if _of_same_kind(tok) else 2,
                                     several=(_count(tok) or 0) > 1 and not _further(tok)) \
                or _count_chain_antecedent(tok, ctx)
            if antecedent is not None:
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True))
            elif any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
                    c.dep_ == "amod" and c.lower_ == "other" for c in tok.children):
                # "The other two were launched last year", no system named: the rest of the
                # kind told before
                kind = _kind_antecedent(tok, None, ctx)
                if kind is not None:
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *kind, named=False, referring=True))
            continue
        if tok.pos_ == "NUM" and tok.i not in covered and tok.dep_ == "nummod" and tok.head.lower_ == "more" \
                and tok.head.pos_ == "ADJ" and tok.head.dep_ in ("dobj", "pobj", "nsubjpass") and _count(tok):
            antecedent = _antecedent(tok, None, ctx)  # "has ordered four more": four more of those
            if antecedent is not None:
                out.append(SystemMention(tok.head, ctx.doc[tok.head.i:tok.head.i + 1], *antecedent, referring=True))
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in covered \
                or (tok.lower_ not in heads and tok.lower_ not in anaphoric and tok.lower_ not in FURTHER_LOT_NOUNS):
            continue
        ent = ctx.ent_at.get(tok.i)
        if ent is not None and ent.label_ in NAME_LABELS:
            continue  # "Indo-Russia Rifles" is a company
        if _hyphened_modifier(tok):
            continue  # "truck-mounted guns", "ship-launched missiles": the noun tells how, the phrase's head what
        if _named_before(tok):
            continue  # "Su-35 fighters": the named system stands for the phrase
        if _speaking_people(tok):
            continue  # "rebel fighters said they had shot down a drone": people who speak, not aircraft
        if _casualties(tok):
            continue  # "40 rebel fighters were killed": people who die, not aircraft
        if not tok.ent_type_ and any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lower_ in ("most", "fewest", "least")
                                     for c in tok.children):
            continue  # "the bid that gives the state the most aircraft": an amount compared, no lot of a system
        if _whole_stock(tok, anaphoric):
            continue  # "almost every frigate and tank A bought came from B": all of a kind, no lot of a system
        pennant = _pennant(tok, sent)
        if pennant is not None and pennant.i not in covered:
            # "the offshore patrol vessel P714": a kind followed by its pennant number names one ship
            start = tok.i
            while start > sent.start and ctx.doc[start - 1].dep_ in ("compound", "amod") \
                    and start <= ctx.doc[start - 1].head.i <= pennant.i:
                start -= 1
            kinds = [ctx.gaz.category_of(ctx.doc[i:tok.i + 1].text.lower()) for i in range(start, tok.i + 1)]
            category = next((k for k in kinds if k), None)
            if category:
                named = ctx.doc[start:pennant.i + 1]
                out.append(SystemMention(pennant, named, named.text, None, category, named=False))
                covered.add(pennant.i)
                continue
        best = None
        modifiers = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "punct")]
        # "missile defense systems": a modifier's own modifiers belong to the phrase ("missile" hangs on "defense")
        nested = [m.left_edge for m in modifiers[:1] if m.left_edge.i < m.i
                  and all(t.dep_ in ("compound", "amod", "punct") for t in ctx.doc[m.left_edge.i:m.i])]
        for left in nested + modifiers + [tok]:
            phrase = ctx.doc[left.i:tok.i + 1]
            category = ctx.gaz.category_of(phrase.text.lower())
            if category:
                best = (phrase, category)
                break
        for mod in ([] if best is not None else modifiers):
            # "mine-protected patrol vehicles": a modifier's phrase and the head may name a kind without the
            # noun between them ("mine-protected vehicles")
            phrase = ctx.doc[mod.left_edge.i:mod.i + 1]
            category = ctx.gaz.category_of(f"{phrase.text.lower()} {tok.lower_}") if mod.i + 1 < tok.i else None
            if category:
                best = (ctx.doc[mod.left_edge.i:tok.i + 1], category)
                break
        if best is None and tok.pos_ == "NOUN" and _with_other_military(tok) \
                and ctx.gaz.category_of(f"military {tok.lower_}"):
            # "40 vehicles and other military stores": the vehicles are military ones
            best = (ctx.doc[tok.i:tok.i + 1], ctx.gaz.category_of(f"military {tok.lower_}"))
        if best is None:
            if tok.lower_ in anaphoric and _phrase_head(tok).i == tok.i and (_definite(tok) or _states_nth(tok)) \
                    and not _of_named_system(tok):
                # "the five regiments": of the system named before ("the vehicles": of an armoured one)
                # ("the first 18 howitzers were built in Korea; the rest will be assembled at home": the rest of the
                # lot told just before in its sentence, whichever system was named last)
                lot = _mention_before(tok, out) if _is_remainder(tok) else None
                antecedent = (lot.system, lot.family, lot.category) if lot is not None \
                    else _rest_antecedent(tok, anaphoric_categories().get(tok.lower_), ctx)
                if antecedent is not None:
                    # (the rest of a lot told in general words is told in general words too)
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True,
                                             named=lot.named if lot is not None else True))
                elif _of_same_kind(tok) and anaphoric_categories().get(tok.lower_):
                    # "a second vessel of the same type", the type told before in general words: a vessel
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], tok.text, None,
                                             anaphoric_categories()[tok.lower_], named=False))
                elif _launched_hull(tok) and (kind := _kind_told_before(tok, "ship", ctx)) is not None:
                    # "ordered a frigate from A; the ship was launched in March": the hull of the kind told
                    # just before, no model named
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *kind, named=False, referring=True))
                elif (_counted_lot(tok) or _one_of_lot(tok)) and (kind := _kind_antecedent(
                        tok, anaphoric_categories().get(tok.lower_) or None, ctx)) is not None:
                    # "two offshore patrol vessels ... The two vessels had been ordered": the kind told before
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *kind, named=False, referring=True))
                elif _uncounted_lot_subject(tok) and (kind := _kind_antecedent(
                        tok, anaphoric_categories().get(tok.lower_) or None, ctx, sentences=1, counted=True)) is not None:
                    # "the first of six patrol vessels ... The 2,400-ton ships were ordered": the lot told just before
                    out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *kind, named=False, referring=True))
            elif tok.lower_ in anaphoric and _phrase_head(tok).i == tok.i and _counted_lot(tok) \
                    and not _of_named_system(tok) and tok.lower_ not in anaphoric_categories() \
                    and (antecedent := _antecedent(tok, None, ctx, sentences=1)) is not None \
                    and _origin_agrees(tok, antecedent[0], ctx):
                # "Norway's X has sold well. Chile ordered ten batteries": units of a lot of the system named just
                # before (a unit noun is no weapon of its own; a bare count of units counts that system)
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, named=False, referring=True))
            elif (tok.lower_ in anaphoric or tok.lower_ in FURTHER_LOT_NOUNS) and _phrase_head(tok).i == tok.i \
                    and _further_lot_noun(tok) \
                    and (antecedent := _antecedent(tok, anaphoric_categories().get(tok.lower_) or None, ctx,
                                                   sentences=1)) is not None \
                    and _origin_agrees(tok, antecedent[0], ctx) and _no_other_seller(tok, antecedent[0], ctx):
                # "bought X from A in 2020 and is negotiating for a second lot", "has offered additional firing
                # units": a further lot of the system named just before, told by a lot or unit noun alone (as named
                # as the definite "the batteries": a lot of its own, not the named lot told again in general words)
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True))
            continue
        phrase, category = best
        if tok.lemma_.lower() in CARRIER_NOUNS and _off_carrier(tok.head if tok.dep_ == "dobj" else tok.head.head) \
                and tok.head.lemma_.lower() in UNLOADING_VERBS | {"off"}:
            continue  # "the tanks rolled off a cargo ship": the ship carries the goods
        if _phrase_head(tok).i != tok.i and not _cue_noun(_phrase_head(tok)):
            continue  # "helicopter" in "helicopter manufacturer" (but "a submarine deal" is a deal for one)
        if _definite(tok):
            # "the jets", "the missile": a system named just before, if one of that kind was
            antecedent = _antecedent(tok, category, ctx, sentences=SAME_KIND_REACH if _of_same_kind(tok) or _the_same(tok)
                                     else 2)
            if antecedent is None:
                antecedent = _same_count_antecedent(tok, category, ctx)
            if antecedent is None and phrase.start == tok.i:
                antecedent = _sole_antecedent(tok, category, ctx)
            if antecedent is not None:
                out.append(SystemMention(tok, phrase, *antecedent, referring=True))
                continue
            kind = _kind_antecedent(tok, category, ctx) if phrase.start == tok.i and _counted_lot(tok) else None
            if kind is None and phrase.start == tok.i and _uncounted_lot_subject(tok):
                # "launched the first of six patrol vessels. The 2,400-ton ships were ordered": the counted lot of
                # the kind told just before
                kind = _kind_antecedent(tok, category, ctx, sentences=1, counted=True)
            if kind is None and phrase.start == tok.i and category == "ship" and _launched_hull(tok):
                kind = _kind_told_before(tok, category, ctx)  # "ordered a frigate; the ship was launched"
            if kind is not None:
                # "three littoral mission ships ... The three ships were ordered": the kind told before
                out.append(SystemMention(tok, phrase, *kind, named=False, referring=True))
                covered.add(tok.i)
                continue
            if not any(c.dep_ in ("relcl", "acl") and cue_of(c) is not None for c in tok.children) \
                    and not _first_of_its_kind(tok, ctx) and not _of_same_kind(tok):
                continue
            # (no system named before: "the helicopters Russia delivered to Mali" names its own by the clause, "its
            # first frigate from A" by its order and its source, "a second ship of the same type" by its kind, told
            # before in general words)
        elif _counted_lot(tok) and phrase.start == tok.i:
            # "signed for 25 aircraft", "a further 12 jets" right after a named system of that kind: more of it
            antecedent = _antecedent(tok, category, ctx, sentences=1)
            if antecedent is not None and _origin_agrees(tok, antecedent[0], ctx):
                # (still a general phrase: a lot told again with the named one's count is that lot, not another)
                out.append(SystemMention(tok, phrase, *antecedent, named=False, referring=True))
                continue
        out.append(SystemMention(tok, phrase, phrase.text, None, category, named=False))
    for tok in sent:
        if tok.i not in covered and _bare_ordinal(tok):
            # "ordered two X; the first was handed over in May": one of the lot named just before
            antecedent = _antecedent(tok, None, ctx, sentences=1)
            if antecedent is not None:
                # (the named system itself, told again: no general phrase beside it)
                out.append(SystemMention(tok, ctx.doc[tok.i:tok.i + 1], *antecedent, referring=True))
                covered.add(tok.i)
        elif _named_ordinal(tok):
            # "ordered three X. The first, GNS A, was handed over; the second, GNS B, was launched": one of the lot,
            # its own name set off after the ordinal (the name of one hull is no system beside its class)
            antecedent, named = _antecedent(tok, "ship", ctx, sentences=2), True
            if antecedent is None:
                # ("ordered two patrol vessels. The first, GNS A, ...": one of the kind told before)
                antecedent, named = _kind_antecedent(tok, "ship", ctx), False
            if antecedent is not None and _named_before_ordinal(tok, antecedent, ctx):
                out = [m for m in out if m.head.i != tok.i]
                ordinal = next(c for c in tok.children if c.dep_ == "amod")
                out.append(SystemMention(tok, ctx.doc[ordinal.i:tok.i + 1], *antecedent, named=named,
                                         referring=True))
                covered.add(tok.i)
    return out


def _whole_stock(tok: Token, anaphoric: frozenset[str]) -> bool:
    """Whether a kind noun stands for all a state has or buys of a kind, no lot: "almost every frigate, tank and jet
    that A bought" ("every" on the list's first item), "most of its heavy weapons" (a share of an arsenal, told in
    words too general to name a lot: "most of its tanks were sent to B" still tells one)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    # (the parser may make "every" the phrase's head, the first item its modifier)
    if any(c.dep_ == "det" and c.lower_ == "every" for c in first.children) or first.head.lower_ == "every":
        return True
    return tok.lower_ in anaphoric and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lower_ in ("most", "much") and any(c.dep_ == "poss" for c in tok.children) \
        and not any(c.dep_ == "nummod" for c in tok.children)


def _named_ordinal(tok: Token) -> bool:
    """Whether a name is the subject of its clause as one of a lot: "the second, GNS B, was launched" (the
    parser hangs "the second" on the name, a comma between); a lot's step told of one hull by its name."""
    doc = tok.doc
    ordinals = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"]
    return tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and len(ordinals) == 1 \
        and ordinals[0].i + 1 < tok.i and doc[ordinals[0].i + 1].text == "," \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("nummod", "prep") for c in tok.children)


def _named_before_ordinal(tok: Token, antecedent: tuple[str, str | None, str], ctx: DocContext) -> bool:
    """Whether the name an ordinal sets off is one hull's own, not a system of its own: a ship's name, or a name
    the catalogue does not know (a catalogued system stands for itself: "the second, a Gowind, ...")."""
    ent = ctx.ent_at.get(tok.i)
    if ent is None or ent.label_ != "WEAPON_SYSTEM":
        return antecedent[2] == "ship"
    return _named_ship(ent.text, ctx) and not ctx.attrs_at.get(ent.start_char, {}).get("family")


def _launched_hull(tok: Token) -> bool:
    """ "the ship was launched", "the boat has been launched": one ship noun, "the" before it, the subject of a
    verb that tells a step of a ship's building (a plural or a bare noun may be any ships)."""
    return tok.tag_ == "NN" \
        and [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "nummod")] == ["the"] \
        and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in SHIP_CUES


def _kind_told_before(tok: Token, category: str, ctx: DocContext) -> tuple[str, str | None, str] | None:
    """The kind of system of ``category`` named last before a phrase that refers back: earlier in its own
    sentence ("ordered a frigate from A; the ship was launched") or, failing that, in the sentence before."""
    heads = _category_heads(ctx.gaz)
    for head in reversed(ctx.doc[tok.sent.start:tok.i]):
        if head.pos_ != "NOUN" or head.lower_ not in heads or head.ent_type_ in NAME_LABELS \
                or _named_before(head) or _phrase_head(head).i != head.i:
            continue
        first = head.i
        while first > head.left_edge.i and ctx.doc[first - 1].dep_ in ("compound", "amod", "nmod", "punct") \
                and first - 1 <= ctx.doc[first - 1].head.i <= head.i:
            first -= 1
        kind = next((k for i in range(first, head.i + 1)
                     if (k := ctx.gaz.category_of(ctx.doc[i:head.i + 1].text.lower()))), None)
        if kind == category:
            return ctx.doc[first:head.i + 1].text, None, kind
        if kind is not None:
            return None  # another kind told between: the phrase may mean either
    return _kind_antecedent(tok, category, ctx, sentences=1)


def _one_of_lot(tok: Token) -> bool:
    """ "the second vessel", "the first boat": one of a lot told before, by its ordinal (the noun alone, "the
    vessel", may be any)."""
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _bare_ordinal(tok: Token) -> bool:
    """Whether a token is an ordinal standing alone as its clause's subject ("the first was handed over", "the
    second is being built"): one of a lot told before, its noun left out (but "the first will be delivered this
    year" tells a step still to come of the deal told, no step of its own)."""
    return tok.ent_type_ == "ORDINAL" and tok.pos_ == "ADJ" and not modal(tok.head) and (
        tok.dep_ in ("nsubj", "nsubjpass") and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and any(c.dep_ == "det" for c in tok.children) or _ordinal_on_verb(tok))


def _ordinal_on_verb(tok: Token) -> bool:
    """Whether an ordinal right before a verb with no subject is that verb's subject, the parser having hung it and
    its "the" on the verb as modifiers ("the first landed at X last year"; a "first" of order, "first landed",
    takes no "the")."""
    doc, verb = tok.doc, tok.head
    return tok.dep_ in ("amod", "advmod") and verb.pos_ == "VERB" and verb.i == tok.i + 1 and tok.i > 0 \
        and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].head.i == verb.i and not tok.n_lefts + tok.n_rights \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _hyphened_modifier(tok: Token) -> bool:
    """Whether a noun is the first half of a hyphened modifier of another noun ("truck-mounted", "air-launched"):
    the participle or adjective after the hyphen governs it, and is itself a modifier; or a piece of a hyphened
    word that as a whole modifies the noun after it ("ship-to-ship transfers", "ship-to-shore craft")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in HYPHENS and tok.head.i == tok.i + 2 \
            and tok.head.pos_ in ("VERB", "ADJ") and tok.head.dep_ in ("amod", "compound"):
        return True
    word = _hyphened_word(tok)
    if len(word) < 3:
        return False
    # (the pieces hang together; the one that hangs outside the word modifies the noun right after it)
    outer = [t.head for t in word if t.head.i not in (w.i for w in word)]
    return len(outer) == 1 and outer[0].i == word[-1].i + 1 and outer[0].pos_ == "NOUN"


def _hyphened_word(tok: Token) -> list[Token]:
    """The tokens of the hyphened word a token is a piece of ("ship-to-ship": five tokens), or only the token."""
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in HYPHENS and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_:
        end += 2
    return list(doc[start:end + 1])


def _ordinal_of_lot(tok: Token) -> bool:
    """Whether a token is "the first" of "the first of which" or "the second of them": one of a lot told before."""
    return tok.ent_type_ == "ORDINAL" and tok.pos_ == "ADJ" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and (o.lower_ == "which" or o.lower_ in PARTITIVE_PRONOUNS) for o in c.children)
        for c in tok.children)


#: Adjectives that make a definite phrase introduce a system rather than refer back ("its new frigate").
NEWCOMER_WORDS = word_set("transfer_words.tsv", "newcomer")


def _first_of_its_kind(tok: Token, ctx: DocContext) -> bool:
    """Whether a definite phrase with nothing before it to refer to introduces its system: told by its order or
    newness ("its first frigate", "the new jets") and a state it comes from or goes to ("from A", "for A")."""
    fresh = any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in NEWCOMER_WORDS) for c in tok.children)
    # (the parser often hangs the "from" on the verb above the phrase: "took delivery of its first jet from A")
    holders = [tok]
    while holders[-1].pos_ not in ("VERB", "AUX") and holders[-1].head.i != holders[-1].i and len(holders) < 4:
        holders.append(holders[-1].head)
    # ("its first South Korean-built corvette": a maker hyphened to the phrase's participle names where it comes from)
    maker = any(m.dep_ == "amod" and m.lower_ in ORIGIN_PARTICIPLES and any(
        t.ent_type_ == "COUNTRY" and made_in(t) for t in m.children) for m in tok.children)
    return fresh and (maker or any(c.dep_ == "prep" and c.lower_ in ("from", "for") and any(
        o.dep_ == "pobj" and ctx.phrase_countries(o) for o in c.children) for h in holders for c in h.children))


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked among its kind by an ordinal or a superlative ("the first time", "its largest
    export", "the only warship")."""
    return any(c.dep_ == "amod" and (c.lower_ in ("first", "only") or c.tag_ == "JJS") for c in noun.children)


def _milestone(cue: Token) -> bool:
    """Whether a cue tells a milestone of a seller's record rather than a deal: "the first time A had given a
    warship to a foreign country", "the first transfer of A's ships to a foreign navy", "its largest export to
    any buyer". Its buyer is anyone of a kind; the deal it ranks, when the story tells it, has its own sentence."""
    if cue.pos_ == "NOUN":
        return _ranked(cue)
    return cue.dep_ in ("relcl", "acl") and cue.head.pos_ == "NOUN" and _ranked(cue.head)


def _other_kind_listed(mention: SystemMention, mentions: list[SystemMention]) -> bool:
    """A single general item ("a submarine") coordinated with a general item of another noun: "a submarine and four
    frigates" are two lots, the one no restatement of the other (a bare plural, "ships and four frigates", may be;
    a phrase of its own beside another of the same category, "1,200 bulletproof vests and night-vision goggles", is
    not)."""
    head = mention.head
    single = head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    phrase = len(mention.span) > 1 and mention.span.end == head.i + 1
    mates = _list_mates(head)
    return not mention.named and any(not m.named and m.head in mates
                                     and m.head.lemma_.lower() != head.lemma_.lower()
                                     and (single or phrase and m.category == mention.category) for m in mentions)


def _alternative_versions(mentions: list[SystemMention]) -> set[int]:
    """The later of two versions of one family offered as alternatives ("talks on Gripen C/D or Gripen E jets"):
    one deal for either, not two (but "Buk-M1 and Buk-M2" are two)."""
    later: set[int] = set()
    for first in mentions:
        if not first.family or not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.head.children):
            continue
        later |= {id(m) for m in mentions if m is not first and m.family == first.family
                  and m.head.dep_ == "conj" and m.head.head.i == first.head.i}
    return later


def _list_mates(head: Token) -> tuple[Token, ...]:
    """The phrases a phrase is listed with: its conjuncts, and the other objects of its verb, where the parser split a
    comma list into several objects ("will hand over 30 vans, night-vision goggles and radios": "vans" and "goggles"
    both read as objects of "hand")."""
    mates = list(head.conjuncts)
    if head.dep_ == "dobj":
        for other in head.head.children:
            if other.dep_ == "dobj" and other.i != head.i:
                mates += [other, *other.conjuncts]
    return tuple(mates)


def _appositive_twins(mentions: list[SystemMention], ctx: DocContext) -> set[int]:
    """Mentions that name again a system a mention beside them names: "PNS X, the second of two Y-class
    corvettes", "the first vessel, BRP X" (an apposition, directly or through "the second of"). Of such a pair
    the one with no family is left out, then the general one ("HMS X, a frigate handed over by A"), else the later.""" 
    by_head = {m.head.i: m for m in mentions}
    out: set[int] = set()
    for m in mentions:
        for app in (c for c in m.head.children if c.dep_ == "appos"):
            heads = [app] + [o for p in app.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"]
            other = next((by_head[h.i] for h in heads if h.i in by_head and by_head[h.i] is not m), None)
            if other is None or other.category != m.category or other.lot_of is not None or other.head.pos_ == "NUM":
                continue  # ("36 jets from A, 36 from B": a lot of its own, set beside the first)
            if m.family and other.family and m.family != other.family and m.category != "ship":
                continue  # "X jets from A, Y jets from B": two named systems, a list the parser read as an apposition
            if not _governing_cues(m) or not _governing_cues(other):
                continue  # ("showed the X, the drone that A is accused of selling": only one tells the transfer)
            # (a ship's own name may carry a family guessed from another ship of its navy: the class its
            # apposition states is the surer)
            rank = {id(x): (bool(x.family), x.named, not _named_ship(x.span.text, ctx)) for x in (m, other)}
            out.add(id(m) if rank[id(m)] < rank[id(other)] else id(other))
            if id(other) in out and other.head.i == app.i:
                # "the first two ships, HMS X and HMS Y": the hulls listed in the apposition are all the ships told
                out |= {id(by_head[c.i]) for c in app.conjuncts if c.i in by_head
                        and by_head[c.i].category == m.category and _named_ship(by_head[c.i].span.text, ctx)}
    return out


#: Verbs that give a hull its name in service in an "as" phrase ("commissioned in 2021 as UMS X").
NAMING_VERBS = word_set("transfer_words.tsv", "naming_verb")


def _named_as_twins(mentions: list[SystemMention], ctx: DocContext) -> set[int]:
    """Ship names given in service by a naming verb's "as" phrase ("a Type 035B submarine was transferred and
    commissioned in 2021 as UMS X"): the name is the hull its clause's subject or object tells, told by its class;
    it is left out when that phrase names a family (a general phrase, "the ship", keeps the name)."""
    out: set[int] = set()
    for m in mentions:
        prep = m.head.head
        if m.head.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or not _named_ship(m.span.text, ctx):
            continue
        verb = prep.head
        if verb.lemma_.lower() not in NAMING_VERBS:
            continue
        # the hull is the verb's own subject or object, or, for "transferred ... and commissioned as X", the first
        # conjunct's
        verbs = {verb.i, _first_conjunct(verb).i}
        # (or the noun a relative clause of the verb hangs on: "a frigate, which it commissioned as BNS X")
        hull = verb.head.i if verb.dep_ == "relcl" else None
        if any(o is not m and o.family and o.category == m.category and (
                o.head.head.i in verbs and o.head.dep_ in ("nsubj", "nsubjpass", "dobj") or o.head.i == hull)
               for o in mentions):
            out.add(id(m))
    return out


#: Participles that give a system another name in an "as" phrase ("drones, known as X").
ALIAS_PARTICIPLES = word_set("transfer_words.tsv", "alias_participle")


def _known_as_twins(mentions: list[SystemMention]) -> set[int]:
    """The other name a system is given in an "as" phrase: a participle of naming on the system's phrase ("its own
    Shahed-type drones, known as Geran-2", "the system, known at home as X") or the "as" phrase of the verb whose
    object the system is, set off by a comma ("builds the X drones under licence, as the Y"). One system, told by its
    first mention; the "as" name is left out (or the first, when only the "as" name has a family)."""
    out: set[int] = set()
    by_head = {m.head.i: m for m in mentions}
    for m in mentions:
        prep = m.head.head
        if m.head.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
            continue
        above = prep.head
        if above.lower_ in ALIAS_PARTICIPLES and above.dep_ == "acl":
            named = [above.head]  # "X, known as Y": the participle hangs on X
        elif above.pos_ == "VERB" and cue_of(above) is not None and above.lemma_.lower() not in NAMING_VERBS:
            named = [c for c in above.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i]
        elif above.i in by_head and prep.i > 0 and prep.doc[prep.i - 1].text == "," \
                and not any(c.lower_ in ("such", "well") for c in (*prep.children, prep.doc[prep.i - 1])):
            named = [above]  # (the parser may hang the verb's "as" phrase on its object: "builds X, as the Y")
        else:
            continue
        # (the system's phrase, whichever of its words the parser made its head: "Shahed-136 drones")
        other = next((o for h in named for o in mentions if o is not m
                      and (o.head.i == h.i or o.span.start <= h.i < o.span.end)), None)
        if other is None or other.category != m.category or other.lot_of is not None or _counted_of(other.head):
            continue  # ("four of those ships, known as the X class": the class names the lot counted)
        out.add(id(other) if m.family and not other.family and not other.referring else id(m))
    return out


def _counted_of(head: Token) -> bool:
    """Whether a noun is the "of" phrase of a count ("four of those ships")."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
        and (prep.head.like_num or prep.head.pos_ == "NUM")


#: Nouns of a procurement programme named by a system's other name ("under the CAVS programme").
PROGRAMME_NOUNS = word_set("transfer_words.tsv", "programme_noun")


def _programme_twins(mentions: list[SystemMention]) -> set[int]:
    """The mentions that name a programme after a system told beside it in the sentence ("Patria vehicles under the
    CAVS programme", CAVS a name of the Patria's): one system, told by its own mention."""
    return {id(m) for m in mentions if m.head.lemma_.lower() in PROGRAMME_NOUNS and m.family
            and any(o is not m and o.family == m.family and o.head.i != m.head.i for o in mentions)}


def _ship_name_classes(mentions: list[SystemMention], ctx: DocContext) -> dict[int, SystemMention]:
    """The phrase of ships a ship's name is one of, where the parser did not make the name its apposition: set
    off by a comma right after the phrase and hung on the verb ("received the first of two patrol ships from A's
    yard, KRI X, last year"), or in apposition to the ordinal ("the first of two frigates from A, HTMS X").
    Keyed by the id of the name's mention."""
    out: dict[int, SystemMention] = {}
    by_head = {m.head.i: m for m in mentions}
    for m in mentions:
        listed = by_head.get(m.head.head.i) if m.head.dep_ == "conj" else None
        if listed is not None and id(listed) in out and _named_ship(m.span.text, ctx):
            out[id(m)] = out[id(listed)]  # ("the two ships, HMS X and HMS Y": the next name of the list is one too)
            continue
        start = m.span.start
        while start > 0 and ctx.doc[start - 1].dep_ in ("det", "amod") and ctx.doc[start - 1].head.i == m.head.i:
            start -= 1  # "..., the former USS X"
        if not _named_ship(m.span.text, ctx) or start < 2 or ctx.doc[start - 1].text != ",":
            continue
        head = m.head
        for other in mentions:
            # (a named class is the phrase of ships too: "a Cyclone-class patrol ship from A, the former USS X")
            if other is m or other.category != m.category or other.span.end > start or other.named and not (
                    other.family and not _named_ship(other.span.text, ctx) and other.head.i >= other.span.end - 1
                    and other.head.lower_ in _category_heads(ctx.gaz)):
                continue
            phrase = {t.i for t in other.head.subtree}
            loose = head.dep_ in ("npadvmod", "dep", "advmod") \
                and all(i in phrase for i in range(other.span.end, start - 1))
            # ("a patrol ship from A, the former USS X": the parser hangs the name on the party phrase between)
            party = ctx.doc[other.span.end] if other.span.end < start - 1 else None
            loose = loose or party is not None and party.dep_ == "prep" and party.lower_ in PARTY_PREPS \
                and head.dep_ == "appos" and party.left_edge.i == party.i and party.i < head.head.i < start \
                and any(t.i == head.head.i for t in party.subtree)
            # ("a patrol ship, the former USS X": an apposition the parser read as a conjunct with no "and")
            loose = loose or head.dep_ == "conj" and head.head.i == other.head.i and start - 1 == other.head.i + 1 \
                and not any(c.dep_ == "cc" and other.head.i < c.i < head.i for c in other.head.children)
            # ("the first of two frigates ..., HTMS X": the name stands beside the ordinal whose "of" is the phrase)
            ordinal = head.dep_ == "appos" and other.head.dep_ == "pobj" and other.head.head.lower_ == "of" \
                and other.head.head.head.i == head.head.i
            if (loose or ordinal) and _governing_cues(other):
                out[id(m)] = other
    return out


def _class_phrase_seller(ships: SystemMention, frame: Frame, ctx: DocContext) -> None:
    """A ship's name takes the seller of the phrase of ships it is one of: "the first of two frigates from A's
    yard, HTMS X" comes from A (a yard the catalogue does not know is still named with its state)."""
    for prep in (c for c in ships.head.children if c.dep_ == "prep" and c.lower_ == "from"):
        countries = [c for o in prep.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)
                     if c not in frame.recipients]
        if countries:
            frame.suppliers = countries[:1]
            return


def _elided_count(tok: Token, found: list[SystemMention], ctx: DocContext) -> SystemMention | None:
    """The system a bare count in a list stands for: "8 from the UK" in "36 jets from A, 36 from B and 8
    from the UK" (the count is coordinated with, or set beside, a system phrase, and names a party of its
    own in a "from"/"to" phrase)."""
    if not _count(tok) or not _party_prep(tok, ctx):
        return None
    head = tok.head
    for _ in range(4 if tok.dep_ in ("conj", "appos") else 0):
        for mention in found:
            if mention.head.i == head.i:
                return mention.lot_of or mention
        if head.dep_ not in ("conj", "appos") or head.head.i == head.i:
            break
        head = head.head
    # the parser often breaks such a list: read it off the words, a count right after a comma or "and"
    # that closes an item of the same form ("20 jets from A, 12 from B")
    i = tok.i - 1
    while i > tok.sent.start and tok.doc[i].lower_ in (",", "and"):
        i -= 1
    if i == tok.i - 1:
        return None
    for mention in reversed(found):
        if mention.head.left_edge.i <= i <= mention.head.right_edge.i and _party_prep(mention.head, ctx) \
                and _party_prep(mention.head, ctx).right_edge.i == i:
            return mention.lot_of or mention
        # "delivered 14 jets to A and 12 to B": the first item's "to" hung on the verb, right after its object
        after = mention.head.right_edge.i + 1
        prep = tok.doc[after] if mention.head.dep_ == "dobj" and after < tok.i else None
        if prep is not None and prep.head.i == mention.head.head.i and prep.dep_ in ("prep", "dative") \
                and prep.lower_ in ("from", "to") \
                and any(o.dep_ == "pobj" and o.i == i and ctx.phrase_countries(o) for o in prep.children):
            return mention.lot_of or mention
    return None


def _party_prep(tok: Token, ctx: DocContext) -> Token | None:
    """A "from"/"to" phrase on a word that names a state ("from Spain", "to the Peruvian navy")."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "to") and any(
        o.dep_ == "pobj" and _names_party(o, ctx) for o in c.children)), None)


def _with_other_military(tok: Token) -> bool:
    """ "vans and other military stores": a noun coordinated with "other military ..." is military."""
    return any(c.dep_ == "conj" and {"other", "military"} <= {a.lower_ for a in c.children if a.dep_ == "amod"}
               for c in tok.children)


def _pennant(tok: Token, sent: Span) -> Token | None:
    """The designator right after a kind of ship ("vessel P714", "frigate F-310"), which the kind hangs on."""
    if tok.i + 1 >= sent.end:
        return None
    nxt = tok.doc[tok.i + 1]
    if tok.head.i != nxt.i or not any(ch.isdigit() for ch in nxt.text) or not nxt.text[:1].isalpha() \
            or not nxt.text[:1].isupper():
        return None
    return nxt


def _definite(tok: Token) -> bool:
    """ "the jets", "these regiments", "its drones", "two more ships of the same class": a noun phrase that refers
    back."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS and not _det_of_party_before(c, tok)
               for c in tok.children) or _of_same_kind(tok)


def _numbered_unit(tok: Token) -> bool:
    """ "first battery", "second K2 tanks": a system counted by an ordinal is one unit of a lot coming in turn (its
    owner's first is the owner's as buyer, not stock it parts with: "Latvia's first battery was handed over")."""
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children)


def _states_nth(tok: Token) -> bool:
    """ "Latvia's first battery", "Estonia's second launcher": a state's numbered unit is one of a lot told before
    (the state's possessive stands for "the", the ordinal counts the lot's units)."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("COUNTRY", "GPE") for c in tok.children) and _numbered_unit(tok)


def _det_of_party_before(det: Token, tok: Token) -> bool:
    """Whether a determiner the parser hangs on a counted noun belongs to a noun before the count: "handed over to
    the navy 20 patrol boats" (the parser reads one phrase, "the" on "boats"; it is the navy's)."""
    return any(m.dep_ in ("nmod", "compound", "npadvmod") and m.pos_ in ("NOUN", "PROPN") and det.i < m.i
               and any(n.dep_ == "nummod" and m.i < n.i < tok.i for n in (*tok.children, *m.children))
               for m in tok.children)


def _of_same_kind(tok: Token) -> bool:
    """ "four more boats of the same class", "a second ship of the type": a phrase that says outright it is of a kind
    named before (a bare "the type" refers back as "the same type" does; "of the type used by A" tells its own)."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lemma_.lower() in SAME_KIND_NOUNS
               and (any(a.lower_ == "same" for a in o.children) or _bare_definite(o))
               for p in tok.children for o in p.children)


def _bare_definite(tok: Token) -> bool:
    """Whether a noun is "the"/"this"/"that" with no words of its own after it but a party's phrase the parser may hang
    on it ("of the type from A"): a clause or "of" phrase ("the type used by A") tells which kind of its own."""
    kids = list(tok.children)
    return [c.lower_ for c in kids if c.dep_ == "det"] in (["the"], ["this"], ["that"]) \
        and all(c.dep_ == "det" or c.dep_ == "prep" and c.lower_ != "of" and c.i > tok.i for c in kids)


def _same_count_antecedent(tok: Token, category: str | None, ctx: DocContext
                           ) -> tuple[str, str | None, str] | None:
    """The named system of a lot told earlier with the same count that a definite counted phrase restates ("the 16
    F-16 fighters it ordered ... [paragraphs later] signed for the 16 jets in 2018"): the count says which lot, however
    far back (SAME_KIND_REACH sentences), when one named system of the phrase's kind was told with it."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    counts = [n for c in tok.children if c.dep_ == "nummod" and (n := _count(c)) and n > 1]
    if len(counts) != 1:
        return None
    found = set()
    for ent in _systems_before(tok, tok.i, ctx, SAME_KIND_REACH):
        attrs = ctx.attrs_at.get(ent.start_char, {})
        if category is not None and attrs.get("category") != category \
                and not (category == "aircraft" and attrs.get("category") in AIRCRAFT_KINDS):
            continue
        head = _phrase_head(ent.root)
        # (the count before the name, however the parser hung it: "the 16 F-16 Block 70 fighters")
        if any(t.like_num and _count(t) == counts[0] for t in ctx.doc[min(head.left_edge.i, ent.start):ent.start]):
            found.add((ent.text, attrs.get("family"), attrs.get("category")))
    return found.pop() if len({f[1] or f[0] for f in found}) == 1 else None


def _sole_antecedent(tok: Token, category: str | None, ctx: DocContext) -> tuple[str, str | None, str] | None:
    """The one named system of a bare definite plural subject's kind told anywhere before it in the story ("bought
    seven X helicopters ... [paragraphs later] The helicopters arrived in 2009"): with a single system of that kind
    named so far, "the helicopters" can only be its lot, however far back; with two or more (or none) the phrase
    says not which."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or category is None \
            or [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"]:
        return None  # (the lot as its clause's subject, the story's topic told again: "the jets" a report says
        # a state agreed to buy may be a lot of its own, or no lot at all)
    found = set()
    for ent in _systems_before(tok, tok.i, ctx, len(ctx.doc)):
        attrs = ctx.attrs_at.get(ent.start_char, {})
        # (of the phrase's own category only: "the jets" are no helicopters named before)
        if attrs.get("category") == category:
            if _contrasted(ent.root) or _replaced(ent) or _named_ship(ent.text, ctx):
                return None  # a fleet replaced, a system named to compare, one hull: not told as the story's lot
            found.add((ent.text, attrs.get("family"), attrs.get("category")))
    families = {f[1] or f[0] for f in found}
    return sorted(found)[0] if len(families) == 1 else None


def _the_same(tok: Token) -> bool:
    """ "the same missile system", "the same aircraft": a phrase that says outright it is a system named before."""
    return any(c.dep_ == "amod" and c.lower_ == "same" for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


#: How many sentences back "of the same class" looks for its class: it says outright that one was named.
SAME_KIND_REACH = 8


#: Nouns of a kind of system that "of the same ..." refers back to ("two more ships of the same class").
SAME_KIND_NOUNS = word_set("transfer_words.tsv", "same_kind_noun")


def _part_subject(tok: Token) -> bool:
    """Whether a count is the subject of an active clause told as a part of a lot, by an ordinal or a word of more
    ("the first four arrived in May", "six more landed in June"): of those named before (a count alone as a
    subject, "six said they", may count anything; a factbox's "first six delivered 2024" has no "the" and repeats a
    lot its row has named)."""
    ordinal = any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    # "the other four had arrived", "only 13 had arrived": the rest of the lot, or as much of it as came, when the
    # verb is one the system itself does (a count that speaks or acts is people)
    rest = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "amod" and (c.lower_ == "other" or c.lower_ in REMAINDER_MODIFIERS) for c in tok.children)
    only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children)
    arrived = tok.head.pos_ == "VERB" and (head_cue := cue_of(tok.head)) is not None and head_cue.subject == "system" \
        or bool(_made_state(tok.head))  # "the remaining 36 are in production": a state only a system is in
    return tok.dep_ == "nsubj" and (ordinal or (rest or only) and arrived or any(
        c.dep_ in ("amod", "advmod") and c.lower_ in FURTHER_WORDS for c in tok.children))


def _lot_part(mention: SystemMention) -> bool:
    """Whether a phrase referring back is told outright as a part of a lot by its own words, not a name or a kind told
    again: an ordinal, "the remaining N", "N more" ("the first of them are on the line", "the remaining 36 are in
    production"): a lot has a buyer, whether its own clause names one or not."""
    head = mention.head
    return mention.referring and not mention.named and (
        head.ent_type_ == "ORDINAL" or _is_remainder(head) or _is_number(head) and any(
            c.dep_ in ("amod", "advmod") and (c.ent_type_ == "ORDINAL" or c.lower_ in FURTHER_WORDS)
            for c in head.children) or head.lower_ in FURTHER_WORDS)


def _bare_number(tok: Token) -> bool:
    """A number standing for the things counted, named before: "took delivery of six", "ordered 12 more"."""
    if tok.dep_ not in ("dobj", "pobj", "nsubjpass") and not _part_subject(tok) \
            or tok.ent_type_ in ("DATE", "MONEY", "PERCENT", "TIME", "QUANTITY") or _day_of_month(tok):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and not _of_pronoun(c) for c in tok.children) \
            and not _of_same_kind(tok):
        return False  # "six of the helicopters": the helicopters are the mention (but "six of them" are six, and
        # so are "six of the same model")
    return bool(_count(tok))


#: How many bare counts back a bare count may be chained to the system the first of them referred to.
COUNT_CHAIN_DEPTH = 2


def _lot_count(tok: Token) -> bool:
    """Whether a bare count is the lot of a transfer verb: its object or passive subject ("bought six", "six were
    delivered"), or the object of the verb's preposition ("signed for six", "took delivery of four")."""
    verb = tok.head
    if tok.dep_ == "pobj":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "took delivery of four"
    return verb.pos_ == "VERB" and cue_of(verb) is not None


def _count_chain_antecedent(tok: Token, ctx: DocContext, depth: int = 0) -> tuple[str, str | None, str] | None:
    """The system a bare count refers back to through an earlier bare count, when no system is named near enough
    ("Africa has been a good market for the X. A bought six in 2013 ... B signed for six last year"): in a run of
    lots told by count alone, each count is of the system the run began with. The nearest earlier bare count of a
    transfer in the two sentences before decides (its own antecedent, or its own chain); none, no system."""
    if depth >= COUNT_CHAIN_DEPTH or not _lot_count(tok):
        return None
    sent = tok.sent
    first = sent
    for _ in range(2):
        if first.start == 0:
            break
        first = ctx.doc[first.start - 1].sent
    for prev in reversed(ctx.doc[first.start:tok.i]):
        if not (_is_number(prev) and _bare_number(prev) and _lot_count(prev)):
            continue
        return _antecedent(prev, None, ctx, sentences=2, several=(_count(prev) or 0) > 1 and not _further(prev)) \
            or _count_chain_antecedent(prev, ctx, depth + 1)
    return None


def _day_of_month(tok: Token) -> bool:
    """Whether a number is the day of a date beside a month name ("on 12 May", "May 12") that the tagger missed
    (it may read "May Aeroman" as a name): a day counts nothing."""
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].lower_ in MONTHS for j in (tok.i - 1, tok.i + 1))


def _arrival_lot_of_pronoun(tok: Token, mentions: list[SystemMention]) -> SystemMention | None:
    """The system a "they" stands for when it is the subject of a verb of arriving in a time clause ("as they
    arrive", "when they landed") hung on a relative clause of that system's noun ("the jets that B ordered from A as
    they arrive"): the lot the relative clause tells of, now arriving."""
    verb = tok.head
    cue = cue_of(verb) if verb.pos_ == "VERB" else None
    if cue is None or cue.subject != "system" or cue.status != "delivered" or verb.dep_ != "advcl" \
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when") and c.i < tok.i for c in verb.children):
        return None
    relcl = verb.head
    if relcl.dep_ != "relcl":
        return None
    return next((m for m in mentions if m.head.i == relcl.head.i), None)


def _ordinal_of_pronoun(tok: Token) -> Token | None:
    """For "them" in "the second of them" (subject or object of its clause): the ordinal it is counted by."""
    if tok.lower_ not in PARTITIVE_PRONOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    ordinal = tok.head.head
    if ordinal.ent_type_ != "ORDINAL" or ordinal.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return ordinal


#: Words of a part of a lot that stand for the things referred back to ("most of them", "all but the first 20").
PARTITIVE_QUANTIFIERS = word_set("transfer_words.tsv", "partitive_quantifier")


def _quantifier_of(tok: Token) -> Token | None:
    """For "them" in "most of them", or the count in "all but the first 20", as the subject or object of a clause:
    the word of a part of the lot it stands in."""
    if tok.lower_ in PARTITIVE_PRONOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        quantifier = tok.head.head
    elif _is_number(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("but", "except") \
            and tok.head.head.lower_ == "all":
        quantifier = tok.head.head
    else:
        return None
    if quantifier.lower_ not in PARTITIVE_QUANTIFIERS or quantifier.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return quantifier


def _kind_before(tok: Token, ctx: DocContext) -> tuple[str, str | None, str] | None:
    """The last kind of system (a category phrase: "two patrol vessels") named in the sentence before a pronoun,
    as (system, family, category): what "the second of them" counts when no system was named."""
    sent = tok.sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    heads = _category_heads(ctx.gaz)
    for head in reversed(before):
        if head.pos_ != "NOUN" or head.lower_ not in heads or head.ent_type_ in NAME_LABELS:
            continue
        for start in range(head.left_edge.i, head.i + 1):
            phrase = ctx.doc[start:head.i + 1]
            category = ctx.gaz.category_of(phrase.text.lower())
            if category:
                first = head.i  # the modifiers right before the head ("two multi-purpose patrol vessels")
                while first > head.left_edge.i and ctx.doc[first - 1].dep_ in ("compound", "amod", "nmod", "punct") \
                        and first - 1 <= ctx.doc[first - 1].head.i <= head.i:
                    first -= 1
                return ctx.doc[first:head.i + 1].text, None, category
        return None
    return None


def _kind_antecedent(tok: Token, category: str | None, ctx: DocContext, sentences: int = 2, depth: int = 0,
                     counted: bool = False) -> tuple[str, str | None, str] | None:
    """The kind of system (a category phrase with words of its own: "three littoral mission ships") named in the
    ``sentences`` before a definite phrase or count that refers back with no system named ("the three ships",
    "the other two"): (system, family, category), the category agreeing when one is given. A bare "the ships"
    on the way refers back itself and is passed over. ``counted``: only a kind told with a count of more than one
    ("six patrol vessels")."""
    heads = _category_heads(ctx.gaz)
    sent = tok.sent
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = ctx.doc[sent.start - 1].sent
        for head in reversed(sent):
            if head.pos_ != "NOUN" or head.lower_ not in heads or head.ent_type_ in NAME_LABELS \
                    or _named_before(head) or _phrase_head(head).i != head.i:
                continue
            first = head.i  # the modifiers right before the head ("two multi-purpose patrol vessels")
            while first > head.left_edge.i and ctx.doc[first - 1].dep_ in ("compound", "amod", "nmod", "punct") \
                    and first - 1 <= ctx.doc[first - 1].head.i <= head.i:
                first -= 1
            phrase = ctx.doc[first:head.i + 1]
            kind = next((k for i in range(first, head.i + 1)
                         if (k := ctx.gaz.category_of(ctx.doc[i:head.i + 1].text.lower()))), None)
            if kind is None or category is not None and kind != category:
                continue
            if counted and not any(c.dep_ == "nummod" and (_count(c) or 0) > 1 for c in head.children):
                return None  # the kind told last came with no count: not the lot
            if first == head.i and _definite(head):
                # "the ships", itself a phrase referring back: what it refers to (a chain of reference)
                return _kind_antecedent(head, kind, ctx, sentences, depth + 1) if depth < 2 else None
            return phrase.text, None, kind
    return None


def _uncounted_lot_subject(tok: Token) -> bool:
    """ "The ships were ordered", "the 2,400-ton vessels were launched": a plural subject with "the" and at most a
    measure of its own (no count, no word of a kind), which can only be a lot told before."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or tok.head.pos_ != "VERB" or modal(tok.head):
        return False  # ("the boats are to be delivered by 2026": a step still to come, told of whichever lot)
    mods = [c for c in tok.lefts if c.dep_ != "punct"]
    return [c.lower_ for c in mods if c.dep_ == "det"] == ["the"] and all(
        c.dep_ == "det" or c.dep_ == "compound" and c.lower_ in MEASURE_UNITS
        and all(n.dep_ in ("nummod", "punct") for n in c.children) for c in mods)


def _of_pronoun(prep: Token) -> bool:
    """An "of" whose object is a bare pronoun ("24 of them", "six of those"): the number counts what it refers to."""
    return any(o.dep_ == "pobj" and o.pos_ == "PRON" and o.lower_ in PARTITIVE_PRONOUNS for o in prep.children)


PARTITIVE_PRONOUNS = word_set("transfer_words.tsv", "partitive_pronoun")


#: Units after a number that make it a measure, not a count ("155mm", "122-millimetre", "40 km").
MEASURE_UNITS = word_set("transfer_words.tsv", "measure_unit")


@token_memo  # asked of the same number by the quantity, lot and mention readers
def _count(tok: Token) -> int | None:
    """The count a number token states; None for a year ("in 2024") or a measure ("155mm", "155-mm")."""
    text = tok.text
    if text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
        return None
    low = text.lower()
    if any(low.endswith(u) and low[:-len(u)].rstrip("-").replace(".", "").isdigit() for u in MEASURE_UNITS):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in HYPHENS and tok.i + 2 < len(doc):
        nxt = doc[tok.i + 2]
    if nxt is not None and nxt.lower_ in MEASURE_UNITS:
        return None
    return parse_quantity(text)


def _named_before(tok: Token, window: int = 6) -> bool:
    """Whether a weapon-system name stands among the modifiers right before a noun."""
    for i in range(tok.i - 1, max(tok.i - window, tok.sent.start) - 1, -1):
        prev = tok.doc[i]
        if prev.ent_type_ == "WEAPON_SYSTEM":
            return True
        if prev.pos_ == "ADP" and _hyphen_joined(prev):
            continue  # the "to" of a hyphenated modifier ("AIM-9X air-to-air missiles", "S-400 surface-to-air systems")
        if prev.pos_ in ("VERB", "AUX", "CCONJ", "ADP") or prev.text in (",", ";", ":"):
            return False
    return False


def _hyphen_joined(tok: Token) -> bool:
    """Whether a token stands between hyphens written without spaces, inside one hyphenated word ("air-to-air")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "-" and doc[tok.i + 1].text == "-" \
        and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _subject_antecedent(pron: Token, ctx: DocContext) -> tuple[str, str | None, str] | None:
    """What "it" stands for: a system that is the subject of the previous sentence ("The FA-50, derived from
    the T-50, ... It has been exported": the FA-50, not the nearer T-50)."""
    sent = pron.sent
    if sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    for ent in (e for e in ctx.ents if e.label_ == "WEAPON_SYSTEM" and prev.start <= e.start < prev.end):
        if _phrase_head(ent.root).dep_ in ("nsubj", "nsubjpass") and not _contrasted(ent.root):
            attrs = ctx.attrs_at.get(ent.start_char, {})
            return ent.text, attrs.get("family"), attrs.get("category")
    return None


def _of_named_system(tok: Token) -> bool:
    """Whether a noun's "of" phrase names a system itself ("the first batteries of the BrahMos system"): the noun
    refers to that system, not back to one named before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.ent_type_ == "WEAPON_SYSTEM" for t in c.subtree)
               for c in tok.children)


def _counted_lot(tok: Token) -> bool:
    """Whether a category noun is a counted lot with nothing of its own kind before it: "25 aircraft", "a further
    12 jets", "four more ships" (a bare count or a word of a further lot; no adjective or name of a kind)."""
    mods = [c for c in tok.lefts if c.dep_ not in ("det", "punct", "predet")]
    counted = any(c.dep_ == "nummod" and _count(c) for c in mods)
    further = any(c.lower_ in FURTHER_WORDS for c in tok.doc[tok.left_edge.i:tok.i])
    return (counted or further) and all(c.dep_ in ("nummod", "quantmod") or c.lower_ in FURTHER_WORDS
                                        or c.dep_ == "amod" and c.lower_ in FURTHER_WORDS | LOT_OPENING
                                        for c in mods)


#: Adjectives that open a counted lot of a system named before ("an initial four jets").
LOT_OPENING = word_set("transfer_words.tsv", "lot_opening")


def _origin_agrees(tok: Token, name: str, ctx: DocContext) -> bool:
    """Whether the sentence of a counted lot names no other supplier than the maker of the system it would refer
    back to: "Romania ordered 54 tanks from the United States" after "K2 tanks" is no lot of the K2."""
    system = ctx.gaz.weapon(name)
    origin = system.origin if system is not None else None
    if not origin:
        return False
    for t in tok.sent:
        if t.dep_ == "pobj" and t.head.lower_ == "from" or t.dep_ == "amod" and t.head.i == tok.i:
            country = ctx.token_country(t)
            if country and country != origin:
                return False
    return True


def _systems_before(tok: Token, end: int, ctx: DocContext, sentences: int) -> list[Span]:
    """The named systems that end by token ``end``, in the token's sentence and the ``sentences`` before it,
    nearest first: what a phrase may refer back to."""
    first_sent = tok.sent
    for _ in range(sentences):
        if first_sent.start == 0:
            break
        first_sent = tok.doc[first_sent.start - 1].sent
    return [e for e in reversed(ctx.ents)
            if e.label_ == "WEAPON_SYSTEM" and first_sent.start <= e.start and e.end <= end]


def _antecedent(tok: Token, category: str | None, ctx: DocContext, sentences: int = 2, several: bool = False
                ) -> tuple[str, str | None, str] | None:
    """The named system a definite noun phrase refers back to: the nearest earlier one of the same
    category (any category when None) in this or the previous ``sentences`` sentences. A count of ``several`` is
    of no system told as a single item ("donated a former X-class ship ... we got two")."""
    found: list[tuple[tuple[str, str | None, str], str | None]] = []
    # (a referring phrase's nationality adjective, "the Korean tank", names a make; its possessor, "Poland's
    # tanks", may be the buyer)
    own = _stated_states(tok, ctx, ("amod",))
    for ent in _systems_before(tok, tok.i, ctx, sentences):
        attrs = ctx.attrs_at.get(ent.start_char, {})
        if _contrasted(ent.root) or _replaced(ent) or _conveyor(ent.root):
            continue  # "similar to the Patriot", "to replace its F-5s": named for comparison, not referred back to
        if (tok.tag_ == "NNS" or several) and _named_ship(ent.text, ctx) and not _coordinated_name(ent):
            continue  # "the boats" are not one named vessel ("the frigate INS X"); "HMS A and HMS B" may be them
        if several and _told_as_one(ent, ctx):
            continue  # "the corvette X, a former Y-class ship": one hull, which no count of two or more is
        if own and (_stated_states(_phrase_head(ent.root), ctx) - own or attrs.get("origin") and attrs["origin"] not in own
                    and not any(ctx.token_country(t) in own for t in ent.sent)):
            # "picked Germany's X over the Korean tank": phrases of two stated makes are two systems; nor is a
            # system of another maker the Korean one, unless its sentence ties it to Korea ("F-16s from Jordan ...
            # the Jordanian jets": a seller's adjective)
            continue
        if category is None or attrs.get("category") == category \
                or category == "aircraft" and attrs.get("category") in AIRCRAFT_KINDS:
            found.append(((ent.text, attrs.get("family"), attrs.get("category")), attrs.get("origin")))
    if not found:
        return None
    # ("the Korean tank": the system of that make, when one was named)
    found = [entry for entry in found if entry[1] in own] or found
    classes = [entry for entry in found if not _named_ship(entry[0][0], ctx)]
    if classes and _named_ship(found[0][0][0], ctx):
        # "ordered two Gowind corvettes. The first, GNS X, was handed over; the second ship was launched": a
        # phrase of the lot refers to its class, not to the one sister named last (a ship's name is a system only
        # where no class is told)
        found = classes
    # "X chose the Gripen over the French Rafale. The Swedish company offered the aircraft": the seller's own
    # system, when one is named (a seller of another's system, second-hand, keeps the nearest)
    seller = _referring_seller(tok, ctx)
    return next((named for named, origin in found if seller and origin == seller), found[0][0])


def _further(tok: Token) -> bool:
    """Whether a count is told as more of a kind ("two more", "a further three"): more of one item named before
    is still of its kind."""
    return any(t.lower_ in FURTHER_WORDS for t in (*tok.children, tok.head))


def _told_as_one(ent: Span, ctx: DocContext) -> bool:
    """Whether a system is named as the class of one hull named beside it ("the corvette BRP X, a former Y-class
    ship"): the singular phrase set off after a ship's name describes that one ship (an indefinite kind alone, "An X
    helicopter lands ... the navy took delivery of 11", names the kind)."""
    head = _phrase_head(ent.root)
    if head.tag_ not in ("NN", "NNP") or head.dep_ != "appos":
        return False
    owner = ctx.ent_at.get(head.head.i)
    return owner is not None and owner.label_ == "WEAPON_SYSTEM" and _named_ship(owner.text, ctx) \
        and not _coordinated_name(owner)


def _coordinated_name(ent: Span) -> bool:
    """Whether a name is one of a pair or list of names ("HMS A and HMS B")."""
    head = _phrase_head(ent.root)
    return head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)


def _stated_states(head: Token, ctx: DocContext, deps: tuple[str, ...] = ("poss", "amod")) -> set[str]:
    """The states a phrase's own modifiers name: its possessor or nationality adjective ("Germany's X", "the
    Korean tank")."""
    return {c for m in head.children if m.dep_ in deps and m.ent_type_ == "COUNTRY"
            for c in [ctx.token_country(m)] if c}


def _referring_seller(tok: Token, ctx: DocContext) -> str | None:
    """The one country of the subject of the active supply verb a phrase is the object of ("The Swedish company
    offered the aircraft": Sweden)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "conj", "appos") \
            and verb.head.i != verb.i:
        verb = verb.head
    cue = cue_of(verb) if verb.pos_ == "VERB" else None
    if cue is None or cue.subject != "supplier" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = _clause_subject(verb)
    countries = ctx.phrase_countries(subj) if subj is not None else []
    return countries[0] if len(countries) == 1 else None


#: Verbs whose object is a fleet being retired ("to replace its ageing F-5s"): no antecedent of a later phrase.
REPLACING_VERBS = word_set("transfer_words.tsv", "replacing")


def _replaced(ent: Span) -> bool:
    """Whether a system is named as the fleet a purchase replaces ("to replace its ageing F-5 fleet")."""
    head = _phrase_head(ent.root)
    return head.dep_ == "dobj" and head.head.lemma_.lower() in REPLACING_VERBS


#: Words of a share whose "of" names the fleet replaced ("a replacement for part of its X fleet").
REPLACED_SHARES = word_set("transfer_words.tsv", "replaced_share")


def _retired_fleet(head: Token) -> bool:
    """Whether a system phrase is the fleet a purchase replaces: the object of a verb of replacing ("hopes to replace
    its ageing X fleet"), its passive subject, or the "for" of a replacement ("weighing a replacement for part of
    its X fleet", the parser hanging the "for" on the verb or the noun). The wish or the arrival above it tells
    nothing of the fleet; only a clause of its own does ("bought from A in 1990")."""
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in REPLACED_SHARES:
        head = head.head.head  # "part of its X fleet", "some of its X jets": the share replaced is of the fleet
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in REPLACING_VERBS:
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for":
        return False
    return prep.head.lemma_.lower() in REPLACEMENT_NOUNS or prep.head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REPLACEMENT_NOUNS for c in prep.head.children)


def _own_clause_of(mention: "SystemMention", cue_toks: list[Token]) -> list[Token]:
    """The cues among a system's that are clauses of its own: a participle or relative clause on its phrase ("the X
    fleet bought from A"), or a participle the parser hung on the verb of its phrase ("replace the X fleet, bought
    from A")."""
    own = {mention.head.i, *(t.i for t in mention.span)}
    reduced = _coordinated_participle(mention.head)
    return [t for t in cue_toks if t.dep_ in ("acl", "relcl") and t.head.i in own and t.i > mention.head.i
            or reduced is not None and t.i == reduced.i]


#: Categories of systems that "the aircraft" may refer back to besides aircraft: drones and helicopters fly too.
AIRCRAFT_KINDS = frozenset({"uav", "helicopter"})


#: Cue verbs that, as a participle on a noun, describe what it carries ("a vessel equipped with missiles").
FITTING_LEMMAS = word_set("transfer_words.tsv", "fitting")


#: Compounds that make a buyer's deal noun a service deal ("a support contract for the X fleet"): no transfer.
SERVICE_DEALS = word_set("transfer_words.tsv", "service_deal")


def _service_deal(cue_tok: Token) -> bool:
    """Whether a buyer's deal noun is for a service on systems held already ("a support contract for the jets"); an
    aid "support package" is a seller's noun and still gives its systems."""
    cue = cue_of(cue_tok)
    return cue_tok.pos_ == "NOUN" and cue is not None and cue.subject == "recipient" \
        and any(c.dep_ == "compound" and c.lemma_.lower() in SERVICE_DEALS for c in cue_tok.children)


def _describes(cue_tok: Token) -> bool:
    return cue_tok.lemma_.lower() in FITTING_LEMMAS and cue_tok.dep_ in ("acl", "amod", "relcl") \
        or cue_tok.lemma_.lower() in FITTING_LEMMAS and any(c.dep_ == "auxpass" for c in cue_tok.children) \
        and not any(c.dep_ == "agent" for c in cue_tok.children)


#: Cue verbs of sending that deploy a ship when no receiving state is named ("sent a destroyer").
DEPLOYING_VERBS = word_set("transfer_words.tsv", "deploying")


#: Verbs that give their object an assurance "of" a transfer ("assured Norland of the delivery of jets").
ASSURING_VERBS = word_set("transfer_words.tsv", "assuring")
#: Verbs by which a buyer thanks its seller for a transfer ("B thanked A for the jets").
THANKING_VERBS = word_set("transfer_words.tsv", "thanking")

#: Support verbs that only report a deal: their subject is a party of a deal noun, not of a delivery.
REPORTING_SUPPORT = word_set("transfer_words.tsv", "reporting_support")


def _event_date(ctx: DocContext, sent: Span, cues: list[Token], others: tuple[Token, ...] = ()) -> str | None:
    """The date of the transfer's own event: a date attached to its cue, else the date nearest the cue (not
    the first year the sentence names: "signed in 2019 ... delivered in 2022"); never a date inside the phrase of
    one of ``others``, the cues of other steps told in clauses of their own."""
    dates = [e for e in ctx.ents_in(sent) if e.label_ == "DATE"]
    if dates and others:
        dates = [e for e in dates if not any(o.left_edge.i <= e.start and e.end - 1 <= o.right_edge.i for o in others)]
        if not dates:
            return None  # "ordered four radars, which were delivered last year": the year is the delivery's
    if not dates or not cues:
        return ctx.sentence_dates(sent, prefer=cues)
    ids = {t.i for t in cues}

    def attached(ent: Span) -> bool:
        tok = ent.root
        for _ in range(4):
            if tok.i in ids or tok.head.i in ids:
                return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    anchor = cues[0].i
    for ent in sorted(dates, key=lambda e: (not attached(e), min(abs(e.start - anchor), abs(e.end - 1 - anchor)))):
        resolved = ctx.ent_date(ent)
        if resolved:
            return resolved
    return None


def _deal_behind(mention: SystemMention, cue_toks: list[Token]) -> list[Token]:
    """The deal a delivery belongs to: "helicopters that were part of a loan deal signed in 2011", "delivered
    under a 2019 contract" (the deal is a step of its own, with its own date)."""
    out: list[Token] = []
    holders = [c for t in (mention.head, *mention.head.ancestors) for c in t.children if c.dep_ == "relcl"][:2]
    holders += [t for t in cue_toks if t.pos_ == "VERB"]
    # ("took delivery of X, made by A, under a 2015 contract": the deal phrase hangs on the deal noun's verb)
    holders += [t.head for t in cue_toks if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ == "VERB"
                and t.head not in holders]
    for holder in holders:
        for tok in holder.subtree:
            if tok.dep_ != "pobj" or not _cue_noun(tok) or cue_of(tok).status not in ("agreed", "ordered"):
                continue
            prep = tok.head
            if prep.lower_ == "under" and prep.head.i == holder.i \
                    or prep.lower_ == "of" and prep.head.lemma_ == "part" \
                    and holder.i in (prep.head.head.i, prep.head.head.head.i):  # "(as) part of a deal"
                out.append(tok)
    # ("the remaining 18 aircraft of the contract for 20 signed in 2012": the lot's own "of" phrase names its deal)
    out += [o for p in mention.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and _cue_noun(o) and cue_of(o).status in ("agreed", "ordered") and o not in out
            and o not in cue_toks]
    return out


def _other_theme(verb: Token, mention: SystemMention) -> bool:
    """Whether a transfer verb already has an object that is neither the system nor a deal nor a container."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.i == mention.head.i or _cue_noun(obj) or obj.lemma_.lower() in CONTAINER_NOUNS or obj.like_num:
            return False
        if any(t.ent_type_ == "WEAPON_SYSTEM" for t in obj.subtree) or obj.pos_ == "PRON":
            return False
        # (a place as the object is a state named by its capital: "asked Washington for X")
        return obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("COUNTRY", "MONEY", "GPE", "LOCATION", "LOC")
    return False


#: Cue verbs whose "with" phrase names the partner, never the goods ("ready to share the X with B").
PARTNER_WITH_VERBS = word_set("transfer_words.tsv", "partner_with")


def _in_with_phrase(head: Token, verb: Token) -> bool:
    """Whether a word stands in a "with" phrase of a verb ("share the ramp with the F-16s")."""
    return any(a.dep_ == "prep" and a.lower_ == "with" and a.head.i == verb.i for a in (head, *head.ancestors))


def _cue_noun(tok: Token) -> bool:
    cue = cue_of(tok)
    return cue is not None and cue.pos == "NOUN"


def _clause_of_conjunct(mention: SystemMention, cue_tok: Token) -> bool:
    """Whether the cue is a participle or relative clause on another item of the system's list: in "the F-16,
    offered by A, and the French Rafale" the clause describes the F-16 only, so its party is not the Rafale's."""
    if cue_tok.dep_ not in ("acl", "relcl") or cue_tok.head.i == mention.head.i:
        return False
    if mention.span.start <= cue_tok.head.i < mention.span.end:
        return False  # a clause on a word of the system's own name
    return any(c.i == cue_tok.head.i for c in mention.head.conjuncts)


#: Participles that put one system "on" another ("mounted on", "installed on"): the other is its carrier.
MOUNTING_VERBS = word_set("transfer_words.tsv", "mounting")


def _carrier(mention: SystemMention) -> bool:
    """Whether the system is the vehicle another is mounted "on" ("Skyranger systems mounted on G5 vehicles")."""
    prep = mention.head.head
    if mention.head.dep_ != "pobj" or prep.lower_ not in ("on", "onto", "aboard"):
        return False
    verb = prep.head
    return verb.lemma_.lower() in MOUNTING_VERBS and verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN"


#: Verbs of moving goods whose passive agent is the vehicle that carried them ("transported by an An-124").
CONVEYING_VERBS = word_set("transfer_words.tsv", "conveying")
#: Verbs of goods coming in, whose "aboard" names the vehicle that brought them ("arrived aboard a cargo ship").
ARRIVING_VERBS = word_set("transfer_words.tsv", "arriving")


def _question(sent: Span) -> bool:
    """Whether a sentence is a question: it closes on a question mark (before any closing quote or space)."""
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote and t.text not in (")", "]")), None)
    return last is not None and last.text.endswith("?")


def _conveyor(tok: Token) -> bool:
    """Whether a system's phrase is the vehicle that carried the goods, as the agent of a passive verb of moving
    them ("the helicopters were transported by an An-124 cargo aircraft", "tanks ferried by a C-17") or "aboard"
    which a verb of moving them brought them ("flown in aboard an An-124")."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head  # the name before the phrase's head noun ("An-124 cargo aircraft")
    by = tok.head
    if tok.dep_ != "pobj":
        return False
    if by.lower_ == "aboard":
        # "the jets were flown in aboard an An-124", "shipped the tanks aboard a cargo ship", "the jets arrived
        # aboard a cargo ship": the vehicle they came in, whatever the verb's voice
        return by.head.lemma_.lower() in CONVEYING_VERBS | ARRIVING_VERBS
    if by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return False
    verb = by.head
    return verb.tag_ == "VBN" and verb.lemma_.lower() in CONVEYING_VERBS


#: Words that make a general vehicle or equipment noun riot-control gear, no weapon ("water-cannon trucks").
POLICE_GEAR = word_set("transfer_words.tsv", "police_gear")


#: Nouns of a police force, whose goods are no military transfer ("trucks that carry the police's patrols").
POLICE_BODIES = word_set("transfer_words.tsv", "police_body")


#: Words of an aircraft's or ship's phrase that make it a carrier of goods ("transport aircraft", "freighters").
CONVEYANCE_WORDS = word_set("transfer_words.tsv", "conveyance")


def _arrival_of_carrier(mention: SystemMention, cue_tok: Token, mentions: list[SystemMention]) -> bool:
    """Whether a system is the subject of a verb of arriving in a subordinate clause set beside a main clause that
    tells the transfer of another system ("when six X transports landed, A took delivery of Y missiles"): the
    arrival is the carrier's, which brought the goods; it is not sold itself."""
    cue = cue_of(cue_tok)
    words = [mention.head, *mention.span, *(c for c in mention.head.children if c.dep_ in ("compound", "amod"))]
    if not any(t.lemma_.lower() in CONVEYANCE_WORDS or t.lower_ in CONVEYANCE_WORDS for t in words):
        return False
    if cue is None or cue.subject != "system" or cue_tok.pos_ != "VERB" or cue_tok.dep_ != "advcl" \
            or not any(c.dep_ == "nsubj" and c.i == mention.head.i for c in cue_tok.children):
        return False
    main = cue_tok.head
    clause = {t.i for t in cue_tok.subtree}
    return any(m.head.i not in clause and m.head.i in {t.i for t in main.subtree}
               and (m.family or m.system) != (mention.family or mention.system) for m in mentions)


def _police_gear(mention: SystemMention) -> bool:
    """Whether a general phrase names riot-control gear ("two water-cannon trucks", "riot-control vehicles"): police
    goods, not military equipment."""
    if mention.named:
        return False
    words = " ".join(t.lower_ for t in mention.head.doc[mention.head.left_edge.i:mention.head.i] if t.text != "-")
    return any(f" {gear} " in f" {words} " for gear in POLICE_GEAR)


def _police_use(mention: SystemMention) -> bool:
    """Whether general goods serve a police force: "for the police", or as the subject of a verb whose object is the
    police's ("pickup trucks now carry the police's patrols")."""
    if mention.named:
        return False
    head = mention.head
    served = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if head.dep_ == "nsubj":
        served += [c for c in head.head.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in POLICE_BODIES or t.lower_ in POLICE_BODIES for o in served for t in o.subtree)


#: Goods of relief after a disaster ("water", "tents"), and the modifiers that make a general noun of goods relief
#: ("humanitarian aid", "medical supplies").
RELIEF_GOODS = word_set("transfer_words.tsv", "relief_goods")
RELIEF_MODIFIERS = word_set("transfer_words.tsv", "relief_modifier")
#: The people who work a vehicle ("crews"): sent with it, the vehicle is deployed, not handed over.
CARRIER_CREW = word_set("transfer_words.tsv", "carrier_crew")
#: Modifiers that keep goods military whatever else is said of them ("military aid", "lethal supplies").
ARMED_MODIFIERS = word_set("transfer_words.tsv", "armed_modifier")
#: Verbs by which vehicles bring goods ("brought water", "delivered tents").
RELIEF_CARRYING_VERBS = CONVEYING_VERBS | {"deliver"}
#: Categories of the vehicles that carry goods.
CARRIER_CATEGORIES = frozenset({"ship", "aircraft", "helicopter"})


def _relief_goods(tok: Token) -> bool:
    """Whether a noun names relief goods: a word of relief ("water", "tents"), or a general noun under a modifier of
    relief ("humanitarian aid", "medical supplies"); never one called military ("military aid")."""
    modifiers = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if modifiers & ARMED_MODIFIERS:
        return False
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in RELIEF_GOODS or tok.lower_ in RELIEF_GOODS
                                   or bool(modifiers & RELIEF_MODIFIERS))


def _relief_in_list(tok: Token) -> bool:
    """Whether a noun or an item of its list names relief goods; the parser may hang the first item on the last as a
    modifier ("food and building materials": "food" under "materials")."""
    if _relief_goods(tok):
        return True
    return any(c.dep_ in ("conj", "nmod", "compound") and _relief_in_list(c) for c in tok.children)


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a token (itself if a verb): the clause its phrase belongs to."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head == tok:
            return None
        tok = tok.head
    return tok


def _same_sending(verb: Token | None, other: Token | None) -> bool:
    """Whether two clause verbs tell one sending: the same verb, or one a clause coordinated with or set beside the
    other ("A sent X with medical teams, while B dispatched Y")."""
    if verb is None or other is None:
        return False
    return verb == other or (verb.dep_ in ("conj", "advcl") and verb.head == other) \
        or (other.dep_ in ("conj", "advcl") and other.head == verb)


def _crewed(mention: SystemMention) -> bool:
    """Whether a ship or aircraft is sent together with its crews ("lent two helicopters and crews", "sent a
    frigate with its crew"): a deployment of the sender's own people and vehicles, not a hand-over."""
    head = mention.head
    verb = _clause_verb(head)
    withs = [c for c in head.children if c.dep_ == "conj"]
    for above in (head, verb):
        if above is not None:
            withs += [o for p in above.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in CARRIER_CREW or t.lower_ in CARRIER_CREW for t in withs)


def _relief_carrier(mention: SystemMention) -> bool:
    """Whether a ship or aircraft is the vehicle of a relief its sentence tells: relief goods carried by a verb of
    conveying or "with" ("the ships and aircraft sent by A, which brought water and tents", "a plane carrying
    humanitarian aid", "a vessel loaded with food"). The vehicles stay their senders' own: no transfer. A named
    type ("a C-130 with medical teams") must carry the relief in its own sending, not elsewhere in the sentence."""
    if mention.named:
        if mention.category not in CARRIER_CATEGORIES:
            return False
        if _crewed(mention):
            return True
        verb = _clause_verb(mention.head)
        for tok in mention.span.sent:
            first = tok
            while first.dep_ == "conj":
                first = first.head
            carrier = first.head
            if _relief_goods(tok) and (first.dep_ == "dobj" and carrier.lemma_.lower() in RELIEF_CARRYING_VERBS
                                       or first.dep_ == "pobj" and carrier.lower_ == "with") \
                    and _same_sending(verb, _clause_verb(carrier)):
                return True
        return False
    if mention.category in CARRIER_CATEGORIES and _crewed(mention):
        return True
    # a load told by its vehicles ("25 trucks of food and tents", "two planes of medicine"): the goods are sent,
    # the vehicles only carry them, whatever their kind
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _relief_in_list(o) for o in p.children)
           for p in mention.head.children):
        return True
    if mention.category not in CARRIER_CATEGORIES:
        return False
    for tok in mention.span.sent:
        first = tok
        while first.dep_ == "conj":
            first = first.head  # "water, tents and medical supplies": the list hangs on its first item
        carrier = first.head
        if _relief_goods(tok) and (first.dep_ == "dobj" and carrier.lemma_.lower() in RELIEF_CARRYING_VERBS
                                   or first.dep_ == "pobj" and carrier.lower_ == "with"):
            return True
    return False


#: Adjectives that leave an origin unknown ("of undisclosed origin", "of unknown provenance").
UNKNOWN_ORIGIN = word_set("transfer_words.tsv", "unknown_origin")
ORIGIN_NOUNS = word_set("transfer_words.tsv", "origin_noun")


def _origin_unknown(mention: SystemMention) -> bool:
    """Whether a system's own phrase says its origin is not known ("Mi-24 helicopters of undisclosed origin"): no
    seller can be named for it, and a seller told for a system listed beside it is not its own."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ORIGIN_NOUNS
        and any(a.dep_ in ("amod", "compound") and a.lower_ in UNKNOWN_ORIGIN for a in o.children)
        for o in p.children) for p in mention.head.children)


#: Nouns of a seller that, indefinite, leave it unnamed ("from a European operator", "from another user").
UNNAMED_SELLER_NOUNS = word_set("transfer_words.tsv", "unnamed_seller")


def _unnamed_seller(mention: SystemMention, cue: Token, ctx: DocContext) -> bool:
    """Whether the systems come "from" a seller the text leaves unnamed: an indefinite seller noun with no state in
    its phrase ("an offer of second-hand F-16s from a European operator"), hung on the system, on the offer it is
    the object of, or on the verb: the seller is told to exist but not named, so the maker is not the seller."""
    holders = [mention.head, cue]
    bid = _bid_for(mention.head) or (cue if cue.pos_ == "NOUN" and cue.lemma_.lower() in BID_NOUNS else None)
    if bid is not None:
        holders += [bid, bid.head]
    for holder in holders:
        for p in holder.children:
            if p.dep_ != "prep" or p.lower_ != "from":
                continue
            for o in p.children:
                if o.dep_ != "pobj" or o.pos_ != "NOUN" or o.lemma_.lower() not in UNNAMED_SELLER_NOUNS \
                        or not any(d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in o.children):
                    continue
                # (its own relative clause may name others: "which he did not name")
                phrase = [t for c in o.children if c.dep_ not in ("relcl", "acl") for t in c.subtree]
                if not any(t.ent_type_ in ("COUNTRY", "GPE", "ORG") or t.ent_type_ == "NORP" and ctx.gaz.country(t.text)
                           for t in phrase):
                    return True
    return False


#: Verbs by which a platform has systems fitted on it ("the frigate features X radars").
PLATFORM_VERBS = word_set("transfer_words.tsv", "platform_verb")


def _fitted_on_platform(tok: Token, ctx: DocContext) -> bool:
    """Whether a system's phrase, alone or in a list, is the object of a verb by which a ship or an aircraft has it
    fitted ("the frigate features SAAM missiles, X radars and Y radars, all provided by A"): equipment of the
    platform, given no record of its own (a deal that "features" jets is no platform)."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head  # the list's first item
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in PLATFORM_VERBS:
        return False
    heads = _category_heads(ctx.gaz)
    return any(s.dep_ in SUBJECT_DEPS and (s.lower_ in heads or s.lemma_.lower() in heads
                                           or s.ent_type_ == "WEAPON_SYSTEM") for s in verb.children)


def _fitted_with(tok: Token, mentions: list[SystemMention]) -> bool:
    """Whether a system's phrase, alone or in a list, is what another system is "fitted/equipped with" ("a patrol
    aircraft fitted with a search radar"): equipment of the platform, given no record of its own."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head  # the list's first item
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return False
    participle = prep.head
    if participle.lemma_.lower() not in FITTING_LEMMAS or participle.dep_ not in ("acl", "amod"):
        return False
    carrier = participle.head
    return any(m.head.i == carrier.i or m.span.start <= carrier.i < m.span.end for m in mentions)


def _platform_fitted(tok: Token) -> bool:
    """Whether a system's phrase is the object of a fitting verb as the buyer's own platform, its fleet or a possessed
    one ("the package would arm the air force's F-16 fleet", "to equip its frigates with X missiles"): the platform
    the goods go on, given no record of its own (the party armed is the object: "arm B with X")."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in FITTING_LEMMAS:
        return False
    return tok.lemma_.lower() in FLEET_NOUNS or any(c.dep_ == "poss" for c in tok.children)


def _party_it_is_joined_to(mention: SystemMention, ctx: DocContext) -> str | None:
    """The state of a "from" phrase the parser coordinated a system into ("missiles from the United States as well
    as TB2s of its own"): that state is the other item's seller, not this system's."""
    head = mention.head
    if head.dep_ != "conj" or head.head.ent_type_ != "COUNTRY":
        return None
    state = head.head
    while state.dep_ == "conj" and state.head.ent_type_ == "COUNTRY":
        state = state.head
    if state.dep_ != "pobj" or state.head.lower_ != "from":
        return None
    return ctx.token_country(head.head)


def _own_clause_cue(tok: Token) -> bool:
    """Whether a noun has a transfer clause of its own after it ("a frigate bought from A", "jets that B sold")."""
    return any(c.dep_ in ("acl", "relcl") and c.i > tok.i and cue_of(c) is not None for c in tok.children)


def _sale_of_buyer(buyer: Token) -> Token | None:
    """The deal noun whose "to" phrase names a buyer the parser hung a system's "of" on: "a possible sale to Oman
    of six X", "approved a possible sale to the Government of Peru of six X" (the "to" hung on the verb)."""
    if buyer.dep_ == "pobj" and buyer.head.lower_ == "of" and buyer.head.head.dep_ == "pobj":
        buyer = buyer.head.head  # "the Government of Peru"
    if buyer.dep_ != "pobj" or buyer.head.lower_ not in ("to", "for"):
        return None
    holder = buyer.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder if _cue_noun(holder) else None
    return next((c for c in holder.children if c.dep_ == "dobj" and _cue_noun(c)), None) \
        if holder.pos_ == "VERB" else None


def _coordinated_participle(obj: Token) -> Token | None:
    """A past participle of a cue the parser coordinated with the verb of a system's object where it is a reduced
    relative on that object ("operates two ships built in A and delivered in 2015", "still flies the jets, bought
    from A in 1996"): it has no subject, auxiliary or object of its own ("has sold jets and delivered tanks" has)."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            or cue_of(verb) is not None and cue_of(verb).lemma not in POSSESSION_VERBS:
        return None  # "has received jets and signed for tanks": a perfect the two verbs share, two steps of their own
    for c in verb.children:
        # (the tagger may read the participle as a past tense: after a comma, "the jets, bought from A", or beside a
        # present verb it cannot be coordinated with, "operates ships built in A and delivered in 2015")
        participle = c.tag_ == "VBN" or c.tag_ == "VBD" and (c.doc[c.i - 1].text == "," or verb.tag_ in ("VBZ", "VBP"))
        # (or set off by a comma, which the parser may hang on the verb as an adverbial clause: "already flies the
        # X, bought from A in 2021")
        if (c.dep_ == "conj" or c.dep_ == "advcl" and c.doc[c.i - 1].text == ",") and c.i > obj.i and participle \
                and cue_of(c) is not None and not any(
                s.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for s in c.children) and not any(
                o.dep_ == "dobj" and o.doc[o.i - 1].text not in HYPHENS for o in c.children):
            return c  # (the piece of a hyphenated adverb is no object: "bought second-hand")
    return None


def _participle_on_object(verb: Token) -> bool:
    """Whether a verb is a participle on the object of the verb it is coordinated with ("operates ships built in A
    and delivered in 2015"): passive, the system its subject."""
    return verb.dep_ in ("conj", "advcl") and any(getattr(_coordinated_participle(o), "i", None) == verb.i
                                       for o in verb.head.children if o.dep_ == "dobj")


def _fill_object_frame(frame: "Frame", participle: Token, ctx: DocContext) -> None:
    """The parties of a participle on a verb's object ("A's navy operates ships built in B and delivered in 2015"):
    the verb's subject has the goods, and a state the object's own participles name ("built in B", "made by B")
    made them; each fills only a side the participle's own phrases left open."""
    verb = participle.head
    subject = _clause_subject(verb)
    holders = ctx.phrase_countries(subject) if subject is not None else []
    if not frame.recipients:
        frame.recipients = [c for c in holders if c not in frame.suppliers][:1]
    if not frame.suppliers:
        makers = [c for o in verb.children if o.dep_ == "dobj" for a in o.children
                  if a.dep_ == "acl" and a.tag_ == "VBN" and a.lower_ in ORIGIN_PARTICIPLES
                  for t in a.subtree for c in [ctx.token_country(t)] if c and c not in frame.recipients]
        frame.suppliers = makers[:1]


def _own_source(mention: SystemMention) -> bool:
    """Whether a system phrase (or the phrase a bare count counts: "four of them") names its own source state in a
    "from" ("the X helicopters from A, four of them, and the Y that was bought from B"): a clause on a later item of
    the list is that item's, not this one's."""
    heads = [mention.head] + ([mention.lot_of.head] if mention.lot_of is not None else [])
    if mention.referring and any(p.dep_ == "prep" and p.lower_ == "of" and _of_pronoun(p) for p in mention.head.children):
        # ("four of them": the system phrase named last before the count in its sentence)
        before = [t for t in mention.head.sent if t.i < mention.head.i and t.ent_type_ == "WEAPON_SYSTEM"]
        if before:
            last = before[-1]
            heads.append(last.head if last.dep_ in ("amod", "compound", "nmod") else last)
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                               for o in p.children)
               for h in heads for p in h.children)
def _stray_deal_noun(verb: Token) -> Token | None:
    """The one deal noun a verb that is no cue holds in its object or in a phrase of its prepositions (one or two deep:
    "pulled out of its deal with A"), with no "for" of its own: the noun a "for" phrase the parser hung on the verb
    belongs to ("pulled out of its deal with A for 22 X")."""
    if verb.pos_ != "VERB" or cue_of(verb) is not None:
        return None
    holders = [c for c in verb.children if c.dep_ == "dobj"]
    # (only phrases the deal is the matter of: "out of", "from", "on"; not a setting: "during the talks")
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("out", "from", "of", "on", "off")):
        holders += [o for o in p.children if o.dep_ == "pobj"]
        holders += [o for q in p.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]
    deals = [h for h in holders if h.pos_ == "NOUN" and cue_of(h) is not None and cue_of(h).pos == "NOUN"
             and not any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in h.children)]
    return deals[0] if len(deals) == 1 else None


def _split_apposition(tok: Token) -> list[Token]:
    """The names set off by a comma just after a system's phrase that the parser hung beside it (on its verb in the
    same role) or on it as a conjunct, rather than as an apposition ("joins two X-class boats, HMS A and HMS B,
    which ...")."""
    head = _phrase_head(tok)
    doc, after = head.doc, head.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    beside = [s for s in head.head.children if s.dep_ == head.dep_ and head.dep_ in ("dobj", "nsubj", "pobj")]
    return [s for s in (*beside, *head.children) if s.dep_ in ("conj", head.dep_) and s.left_edge.i == after + 1
            and s.pos_ == "PROPN" and s.ent_type_ not in ("COUNTRY", "GPE")]


def _part_beside(tok: Token) -> list[Token]:
    """ "part" set beside a system after a comma: its apposition ("X, part of a deal"), or a second object of the
    system's verb right after it ("loads X, part of an order ...")."""
    found = [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() == "part"]
    if tok.dep_ == "dobj":
        found += [c for c in tok.head.children if c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() == "part"
                  and c.doc[c.i - 1].text == "," and all(t.dep_ in ("advmod", "punct") or t.i == c.i - 1
                                                          for t in tok.doc[tok.right_edge.i + 1:c.i])]
    return found


def _governing_cues(mention: SystemMention) -> list[Token] | None:
    """Transfer cues above a system: relative clauses on it, then up the head chain (None when the parse shows
    the system is not the thing transferred)."""
    found: list[Token] = []
    tok = mention.head
    if _cue_noun(tok) and tok.i >= mention.span.end:
        found.append(tok)  # "the Rafale deal", "a submarine contract": the system names the deal
    found += _made_state(tok)  # "the first boat, under construction at a yard since 2020": it is being built
    # "Deliveries of TB2 drones to A were completed": the parser may hang the name on the deal noun and the
    # noun after it elsewhere; the name's own phrase still tells its transfer
    i = mention.span.start - 1
    while i > 0 and (mention.span.doc[i].dep_ in ("det", "nummod", "amod") and mention.span.doc[i].head.i >= i
                     or mention.span.doc[i].dep_ == "case" and mention.span.doc[i].head.dep_ == "poss"):
        # "deliveries of the 12 ...", "sale of new ...", "deliveries to A of B's ..."
        i = mention.span.doc[i].head.left_edge.i - 1 if mention.span.doc[i].dep_ == "case" else i - 1
    deal = mention.span.doc[i - 1] if i > 0 and mention.span.doc[i].lower_ == "of" else None
    sale = _sale_of_buyer(deal) if deal is not None and deal.ent_type_ == "COUNTRY" else None
    if sale is not None:
        # "a possible sale to Oman of six X": the parser hangs the "of" on the buyer, which is no system's owner
        found.append(sale)
        deal = None
    if deal is not None and deal.i != tok.i and _cue_noun(deal) and deal.pos_ == "NOUN" \
            and not any(t.i == deal.i for t in tok.ancestors):
        found.append(deal)
    # "the jets from an earlier order touched down": the parser hangs the system's own verb of arrival on the
    # noun of its "from" phrase (an order does not land)
    found += [a for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
              for a in o.children if a.dep_ == "acl" and a.tag_ in ("VBD", "VBN") and cue_of(a) is not None
              and cue_of(a).subject == "system" and not any(c.dep_ == "agent" for c in a.children)][:1]
    # "the eight of the same model that A delivered": the parser hangs the clause on the kind the count is of
    found += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.lemma_.lower() in SAME_KIND_NOUNS and any(a.lower_ == "same" for a in o.children)
              for c in o.children if c.dep_ in ("relcl", "acl") and cue_of(c) is not None][:1]
    # "the F-16 Block 70 offered by A": the parser may break a name and hang the clause on a later word of it
    found += [c for t in mention.span if t.i != tok.i for c in t.children
              if c.dep_ in ("acl", "relcl") and c.i >= mention.span.end and cue_of(c) is not None][:1]
    # "the frigates the kingdom ordered": a relative clause without "that", which the parser may hang on its
    # subject as a participle (and that subject on the system as an object, the plural read as a verb)
    found += [c for o in tok.children if o.dep_ in ("dobj", "appos") for c in o.children
              if c.dep_ == "acl" and _contact_subject(c) is not None][:1]
    # "X vehicles, part of an order A placed in 2023": the order the system is part of (the parser may hang "part"
    # beside the system as a second object of its verb); but "part of a package approved last year" tells no step
    # of its own beside the system's
    found += [o for part in _part_beside(tok) for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and _cue_noun(o) and o.pos_ == "NOUN"
              and cue_of(o).status == "ordered"][:1]
    # "HTMS X, a frigate handed over by A": a clause on the system's apposition tells of the system
    found += [c for app in tok.children if app.dep_ == "appos" for c in app.children
              if c.dep_ in ("acl", "relcl") and cue_of(c) is not None][:1]
    # "two X-class boats, HMS A and HMS B, which A gave B": the parser may hang the names beside the phrase as a
    # second object, and the clause on the last of them
    found += [c for app in _split_apposition(tok) for name in (app, *app.conjuncts) for c in name.children
              if c.dep_ == "relcl" and cue_of(c) is not None][:1]
    # "trucks and other stores given by Norland": a participle after the last conjunct covers the list
    # (and "the jets and submarines that Vietnam bought from Russia": a relative clause after the last one);
    # but a conjunct with a participle of its own keeps it ("a frigate bought from A in 2004 and a corvette
    # bought from B in 2006": each lot has its own seller and date)
    if not _own_clause_cue(tok) and not _own_source(mention):
        found += [c for conj in tok.children if conj.dep_ == "conj" and conj.i > tok.i for c in conj.children
                  if (c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl") and cue_of(c) and not c.i < conj.i][:1]
    if _carrier(mention):
        return []  # "air defence systems mounted on X vehicles": the carrier is part of the system sold
    reduced = _coordinated_participle(tok)
    if reduced is not None:
        found.append(reduced)  # "operates two ships built in A and delivered in 2015": delivered, the ships
    for _ in range(8):
        if _contrast_prep(tok):
            # "similar to Norway's NASAMS", "deciding against the F-18": not the system bought (but a clause of its
            # own tells its transfer: "heavier than the TB2s the air force has flown since 2022")
            return _own_clause_cues(mention.head)
        if not found and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and cue_of(tok.head) is not None \
                and cue_of(tok.head).subject != "system" and cue_of(tok.head).pos == "VERB" \
                and any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") and not (c.like_num and _count(c) is None)
                        and not c.doc[c.i - 1].text in HYPHENS for c in tok.head.children):
            # (a factbox's "X drones (A): delivered 2020" has a year where the parser wants an object; "bought
            # second-hand" has the piece of a hyphenated adverb)
            return None  # "a C-130 delivered aid to A": the system carries the goods, it is not them
        if tok.dep_ == "prep" and tok.lower_ in ("for", "to", "on") and tok.head.pos_ == "VERB" and cue_of(tok.head) \
                and _other_theme(tok.head, mention):
            # "to purchase an engine from Norland for the X-7", "provide support to the Y-9"; but a clause of
            # the system's own ("the X-7 being assembled for the navy") still tells its transfer
            own = [t for t in found if t.head.i == mention.head.i and t.dep_ in ("acl", "relcl")]
            return own or None
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and cue_of(child):
                found.append(child)  # "helicopters that Russia ships", "tanks bought by Poland"
            elif child.dep_ == "relcl" and child.lemma_.lower() in ACCUSING_VERBS:
                # "the drone that allies accused Norland of supplying": the gerund under the accusation
                found += [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pcomp" and cue_of(g)][:1]
            elif child.dep_ == "relcl" and child.pos_ == "VERB":
                # "the tanks it agreed to buy from A": the cue is the verb the relative clause's verb governs
                found += [g for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB" and cue_of(g)][:1]
            elif child.dep_ == "amod" and child.tag_ in ("VBN", "VBD") and cue_of(child) \
                    and cue_of(child).subject == "system":
                found.append(child)  # "the newly arrived batch of six jets"
            elif child.dep_ == "amod" and _hyphen_doers(child):
                found.append(child)  # "Iranian-supplied drones", "Danish-donated jets": given by that state
        if tok is not mention.head and tok.pos_ == "VERB" and cue_of(tok) and any(
                c.dep_ == "dobj" and cue_of(c) is not None and cue_of(c).lemma == "letter" for c in tok.children):
            break  # "gave the signed letter of agreement to X": the letter is handed, the letter tells the deal
        if tok is not mention.head and cue_of(tok) and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and not any(c.dep_ == "agent" for c in tok.children) and _cue_noun(tok.head) and tok.head.pos_ == "NOUN" \
                and cue_of(tok.head).status in ("agreed", "ordered") \
                and STATUS_PHASE.get(governors().get(tok.lemma_.lower(), "")) == "agreed":
            # "its contract with B, signed in 2024 for a frigate, ...": the participle dates the deal; the deal
            # noun, whose owner and "with" party are the buyer and seller, is the cue
            found.append(tok.head)
            break
        if tok is not mention.head and cue_of(tok):
            found.append(tok)
            if tok.pos_ == "VERB" and _subject_on_path(tok, mention.head):
                # "the jets were ordered in 2021 and arrived a year later": a coordinated cue verb with no subject
                # of its own tells another step of the same jets
                found.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and cue_of(c)
                             and not any(s.dep_ in SUBJECT_DEPS for s in c.children) and c not in found)
            if tok.pos_ == "VERB" or found[0].pos_ != "NOUN":
                break
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_ in ("begin", "start") and cue_of(tok.head):
            found.append(tok.head)  # "has provided drone technology since 2007, beginning with kits for X"
            break
        gapped = _gapped_deal_object(tok)
        if gapped is not None:
            found.append(gapped)  # "took delivery of X and, in May, a batch of Y": the delivery of Y too
            break
        client = _system_client(tok)
        if client is not None:
            found.append(client)  # "A remains the system's only export customer": a buyer of the system
            break
        aside = _source_aside(tok)
        if aside is not None:
            tok = aside  # "..., SIPRI data show, including X": the list is the cue verb's, not the source's
            continue
        if tok.head.i == tok.i or tok.dep_ not in UP_DEPS and not _ordinal_on_verb(tok):
            if tok.dep_ == "relcl" and cue_of(tok.head):
                found.append(tok.head)
            break
        stranded = _stranded_preposition(tok)
        if stranded is not None:
            tok = stranded  # the system is the object of the preposition the parser left without one
            continue
        head = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj":
            break  # "received jets and is waiting for howitzers": a coordinated clause of its own
        participle = _deal_participle_clause(head) if tok.dep_ == "prep" else None
        if participle is not None:
            found.append(participle[0])  # "a deal agreed with A for six X was suspended": the lot of the deal
            break
        stray = _stray_deal_noun(head) if tok.dep_ == "prep" and tok.lower_ == "for" else None
        if stray is not None:
            found.append(stray)  # "pulled out of its deal with A for 22 X": the lot of the deal, the "for" misplaced
            break
        if head.pos_ in ("VERB", "AUX") and not cue_of(head) and head.lemma_ in LIGHT_VERBS \
                and tok.dep_ in ("dobj", "attr", "obj"):
            subject = _clause_subject(head)
            if subject is not None and cue_of(subject):
                found.append(subject)
            elif subject is not None and head.lemma_ in INCLUDING_VERBS:
                found.extend(_inclusion_cue(subject))
            elif subject is None and tok.dep_ == "attr":
                found.extend(_class_cue(head))  # "Among the weapons Turkey sold to A were TB2 drones"
            break
        if head.lemma_ == "be" and tok.dep_ == "nsubj" and not cue_of(head) and _made_state(head):
            found.extend(_made_state(head))  # "a submarine for A is under construction": it is being built
            break
        if head.lemma_ == "be" and tok.dep_ == "nsubj" and not cue_of(head):
            # "the X-7 fleet for A is B's largest sales programme": the system is what the deal named after it sells
            deals = [a for a in head.children if a.dep_ == "attr" and cue_of(a) is not None]
            if deals:
                found.extend(deals)
                break
            described = _participle_on_copula(head, tok)
            if described is not None:
                found.append(described)  # "Among them is the navy's X, ordered from A in 2017": the X was ordered
                break
        if head.pos_ in ("VERB", "AUX") and not cue_of(head):
            if head.lemma_.lower() in SERVICE_VERBS and tok.dep_ in ("prep", "dobj"):
                # "a promise to train pilots on F-16 jets": a service on the system, not its transfer; but a clause
                # of the system's own still tells it ("trained crews on the jets that Vietnam bought from Russia")
                return [t for t in found if t.dep_ in ("acl", "relcl") and t.i > mention.head.i
                        and t.head.i in (mention.head.i, *(c.i for c in mention.head.conjuncts))]
            if tok.dep_ == "prep":
                # "signed a contract with France for 26 jets": the parser hangs "for" on the verb
                noun_cue = next((c for c in head.children if c.dep_ == "dobj" and cue_of(c)), None)
                if noun_cue is not None:
                    found.append(noun_cue)
                    break
                deal_subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and _cue_noun(c)
                                     and c.lemma_.lower() in SIGNED_DEALS), None) if tok.lower_ == "for" else None
                if deal_subject is not None:
                    # "contracts followed for X", "a deal came in May for X": the parser hangs the deal's "for" on
                    # the verb the deal is the subject of
                    found.append(deal_subject)
                    break
                if tok.lower_ in TOPIC_PREPS and tok.i < head.i:
                    # "On the X jets from A, the minister said talks were continuing": a fronted topic of talks
                    talks = [c for clause in head.children if clause.dep_ == "ccomp" for c in clause.children
                             if c.dep_ in SUBJECT_DEPS and _cue_noun(c) and cue_of(c).status == "negotiating"]
                    if talks:
                        found.append(talks[0])
                        break
                talks_noun = _talks_subject(head) if tok.lower_ in TOPIC_PREPS and tok.i > head.i else None
                if talks_noun is not None:
                    # "talks continued with A on X", "discussions were under way with A on X": the parser hangs the
                    # topic of the talks on the clause's verb, the talks its subject
                    found.append(talks_noun)
                    break
            if tok.dep_ in ("nsubj", "nsubjpass", "prep"):
                # "a batch of carriers was loaded on a ship to be transported to A": the shipment is the purpose
                found.extend(_loading_purpose(head))
            if tok.dep_ in ("nsubj", "nsubjpass"):
                # "the jets for A are due to arrive", "the tanks are expected to be delivered to A": the subject is
                # raised
                found.extend(c for c in _raised_cues(head, tok) if c not in found)
                # "the drones were paid for by A and delivered to B": a coordinated cue verb shares the subject
                found.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and cue_of(c)
                             and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
            if tok.dep_ == "nsubj":
                # "the JF-17s have become a cornerstone, figuring in a deal with A": a participle shares the subject
                found.extend(_participle_deal(head))
                found.extend(_class_cue(head))
            if tok.dep_ not in ("prep", "pobj", "pcomp"):
                break
        if tok.dep_ == "prep" and head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj":
            tok = head  # "the delivery in December of X": the parser hangs the "of" on the date
            continue
        if tok.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and not cue_of(head) \
                and (head.lemma_.lower() not in CONTAINER_NOUNS and head.lower_ not in CONTAINER_NOUNS
                     or head.ent_type_ in NAME_LABELS) \
                and tok.lower_ not in MEMBER_PREPS and not _such_as(tok) and not _price_of(tok) \
                and not _ordinal_partitive(tok):
            # (a company named "Group" is a party, not "a group of" systems; nor is "the third of" the six X one
            # of them: it is counted like "three of the six X", and the verb above it tells its step)
            # "the signing of a contract for X": the parser hangs "for" on the wrong noun
            noun_cue = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj" and cue_of(g)), None)
            party = head.head if head.dep_ == "appos" else head  # "with the Norland maker Vexa Works for 20 X"
            party_of = _first_conjunct(party.head).head \
                if party.dep_ == "pobj" and party.head.lower_ in ("with", "from") else None
            if party_of is not None and party_of.dep_ == "acl" and party_of.pos_ == "VERB" \
                    and _cue_noun(party_of.head):
                party_of = party_of.head  # "a deal concluded in 2020 with X for 30 Y": the contract's lot
            if noun_cue is not None:
                found.append(noun_cue)
            elif tok.lower_ == "for" and party_of is not None and _cue_noun(party_of) \
                    and (head.ent_type_ in ("ORG", "COUNTRY") or head.lemma_.lower() in PARTY_NOUNS):
                found.append(party_of)  # "placed an order with X for the Y": the parser hangs "for" on the party
            elif tok.lower_ == "for" and party_of is not None and party_of.pos_ == "VERB" and (
                    (head.ent_type_ in ("ORG", "COUNTRY") or head.lemma_.lower() in PARTY_NOUNS)
                    and (any(c.dep_ == "dobj" and _cue_noun(c) for c in party_of.children) or cue_of(party_of))
                    or party_of.lemma_.lower() in SIGNING_VERBS and cue_of(party_of) is not None):
                # "signed a contract in May with X for the Y": the deal is the verb's object ("signed in 2023 with
                # the maker X for the Y": the signing itself)
                found.append(next((c for c in party_of.children if c.dep_ == "dobj" and _cue_noun(c)), party_of))
            elif _talks_topic(tok, head, party_of):
                found.append(party_of)  # "negotiating with Turkish yards over two frigates": the topic of the talks
            elif _talks_topic(tok, head, _talks_subject(party_of)):
                found.append(_talks_subject(party_of))  # "talks continued with A on X and with B on Y"
            elif not found and tok.lower_ in ("to", "for") and head.dep_ == "dobj":
                return None  # "provide support to the MQ-9": the system receives the object, it is not it
            break  # "the entry of Russian ships to ports" is no transfer of ships
        tok = head
    return found or _awarded_deal(mention.head)


def _ordinal_partitive(prep: Token) -> bool:
    """Whether a preposition is the "of" of an ordinal noun ("received the third of the six X", "the first of four
    X ordered from A arrived"): one of the systems, which the verb above the ordinal tells of."""
    return prep.lower_ == "of" and prep.head.ent_type_ == "ORDINAL" and prep.head.pos_ == "NOUN"


def _gapped_deal_object(tok: Token) -> Token | None:
    """The deal noun a second object of its support verb stands for when the text leaves the noun out: in "took
    delivery of X and, in May, a batch of Y" the parser makes "batch" a second object of "took", whose first object
    is the noun "delivery" (so is "placed orders for X and, in 2020, for Y"); None otherwise."""
    verb = tok.head
    # (or a bare noun phrase the parser reads as an adverbial of the verb: "..., in May, a batch of Y")
    if tok.dep_ not in ("dobj", "npadvmod") or tok.pos_ != "NOUN" or tok.ent_type_ in ("DATE", "TIME") \
            or verb.pos_ != "VERB" or cue_of(verb) is not None or _cue_noun(tok):
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if first is None or not _cue_noun(first) or verb.lemma_.lower() not in support_verbs():
        return None
    return first


def _system_client(tok: Token) -> Token | None:
    """The buyer noun a system is the possessor of ("the system's only export customer", "the jet's first
    buyer"), or None (a state as possessor is the seller: "Russia's largest customer")."""
    if tok.dep_ != "poss" or tok.ent_type_ in ("COUNTRY", "GPE", "NORP", "ORG"):
        return None
    head = tok.head
    return head if head.lemma_.lower() in CLIENT_NOUNS and cue_of(head) is not None else None


#: Verbs of a source set off by commas inside a clause ("..., SIPRI data show, ...", "..., officials say, ...").
SOURCE_ASIDE_VERBS = word_set("transfer_words.tsv", "source_aside")


def _source_aside(tok: Token) -> Token | None:
    """The cue verb above a source aside the parser made the head of what follows it ("Russia supplied 60 percent
    of A's imports, SIPRI data show, including X and Y": "including" hung on "show"), or None."""
    if tok.dep_ not in ("dep", "parataxis", "conj", "ccomp") or tok.lemma_.lower() not in SOURCE_ASIDE_VERBS:
        return None
    head = tok.head
    if head.i >= tok.i or cue_of(head) is None or head.pos_ != "VERB" or tok.left_edge.i == 0 \
            or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    return head


def _stranded_preposition(tok: Token) -> Token | None:
    """The preposition left without an object right before a phrase the parser made a second subject of the verb
    ("an agreement signed with A for four X was cancelled in 2022, the colonel said": "X" read as a subject of
    "cancelled" beside "agreement", the "for" of the agreement empty), or None."""
    if tok.dep_ not in SUBJECT_DEPS or tok.left_edge.i == 0:
        return None
    prep = tok.doc[tok.left_edge.i - 1]
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    first = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    if first is None:
        clause = _deal_participle_clause(prep.head)
        if clause is not None and clause[1].i == tok.head.i:
            return prep  # "a contract agreed with A for six X has been terminated": "X" read as the ending's subject
    return prep if first is not None and any(a.i == first.i for a in prep.ancestors) else None


def _deal_participle_clause(verb: Token) -> tuple[Token, Token] | None:
    """The deal noun and its real verb when the parser read a participle describing the deal as the deal's own verb:
    "a deal agreed with A for six X was suspended in March" ("deal" the subject of "agreed", "was suspended" a clause
    under it with no subject of its own, or with the lot of the stranded "for" as one); None otherwise."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or cue_of(verb) is not None \
            or STATUS_PHASE.get(governors().get(verb.lemma_.lower(), "")) != "agreed" or negated(verb):
        return None
    deal = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and _cue_noun(c)
                 and cue_of(c).status in ("agreed", "ordered")), None)
    if deal is None:
        return None

    def stray(subject: Token) -> bool:  # the lot of a "for" the parser left without its object
        prep = subject.doc[subject.left_edge.i - 1]
        return prep.dep_ == "prep" and prep.head.i == verb.i \
            and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)

    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl", "conj") and c.i > verb.i
                   and c.pos_ == "VERB" and any(a.dep_ in ("aux", "auxpass") for a in c.children)
                   and not any(a.dep_ == "mark" for a in c.children)
                   and all(stray(s) for s in c.children if s.dep_ in SUBJECT_DEPS)), None)
    return (deal, clause) if clause is not None else None


def _signed_by_participle(deal: Token) -> bool:
    """Whether a deal noun is told signed by a past participle after it ("the contract for 36 guns signed with A in
    June", "the order placed in 2019"), the parser hanging it on the deal or on the lot of its "for"."""
    holders = [deal] + [o for p in deal.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"]
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > deal.i and governors().get(c.lemma_.lower()) == "ordered"
               and not negated(c) for h in holders for c in h.children)


def _letter_of(noun: Token) -> Token:
    """The letter a kind noun is "of" ("a letter of intent": the letter), or the noun itself."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    letter = prep.head if prep is not None else None
    return letter if letter is not None and letter.lemma_.lower() == "letter" and _cue_noun(letter) else noun


def _participle_on_copula(be: Token, subject: Token) -> Token | None:
    """A cue participle set off by a comma after the subject of "be", which the parser hangs on the copula ("Among
    them is the navy's X, ordered from A in 2017"): a reduced relative on the subject, with no subject, auxiliary
    or conjunction of its own."""
    for a in be.children:
        if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i > subject.i and a.doc[a.i - 1].text == "," \
                and cue_of(a) is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                                      for c in a.children):
            return a
    return None


def _participle_of_ended_deal(verb: Token) -> bool:
    """Whether a participle of making a deal describes a deal noun that a verb of ending takes ("an agreement reached
    in 2023 to buy X was called off", "scrapped the contract signed in 2019 for X")."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or STATUS_PHASE.get(governors().get(_governor_lemma(verb), "")) != "agreed":
        return False
    deal = _letter_of(verb.head)  # ("a letter of intent signed in 2024 to buy X was shelved": the letter)
    if not _cue_noun(deal) or cue_of(deal).status not in ("agreed", "ordered") and deal.i == verb.head.i \
            or negated(deal) or deal.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    ender = deal.head
    if deal.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in ender.children):
        return False  # a deal as the subject ends only intransitively ("the deal collapsed"), not "ended a contest"
    return ender.pos_ == "VERB" and governors().get(_governor_lemma(ender)) == "cancelled" and not negated(ender)


def _price_of(prep: Token) -> bool:
    """Whether a preposition names the systems a price is asked or given for ("asked A for a price on six X",
    "offered a price for the Y"): the price stands for them under the verb that tells the step (so does a noun the
    price names, "requested pricing information on the X", "price and availability data for Y")."""
    return prep.lower_ in ("on", "for") and (prep.head.lemma_.lower() in PRICE_NOUNS or any(
        c.dep_ in ("compound", "nmod") and (c.lemma_.lower() in PRICE_NOUNS
                                           or any(k.lemma_.lower() in PRICE_NOUNS for k in c.conjuncts))
        for c in prep.head.children))


def _participle_makers(mention: SystemMention, ctx: DocContext) -> set[str]:
    """The states a participle of making on the system names as its makers ("the X, jointly produced by A and B"),
    also when the parser hangs the participle after the system's comma on the clause's verb: they made the system,
    they are not the parties of the deal the clause tells. Its partner in the making is a maker too ("the X, built
    with A", "co-developed with A")."""
    end = max(mention.span.end, mention.head.i + 1)
    doc = mention.head.doc
    participles = [c for c in mention.head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if end + 1 < len(doc) and doc[end].text == ",":
        # (", jointly produced by A and B", ", co-developed with A": the first participle right after the comma,
        # past an adverb or a split prefix)
        for tok in doc[end + 1:end + 5]:
            if tok.tag_ == "VBN" and _making_lemma(tok) and tok.dep_ in ("acl", "advcl", "conj", "ccomp"):
                participles.append(tok)
                break
            if not (tok.dep_ == "advmod" or tok.text == "-" or tok.lower_ == "co"):
                break
    return {c for v in participles if _making_lemma(v) for a in v.children
            if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "with"
            for o in a.children if o.dep_ == "pobj" for c in _maker_site(v, o, ctx) or ctx.phrase_countries(o)}


#: Nouns of the works a firm makes or ships goods from ("from its plant in A").
WORKS_NOUNS = word_set("transfer_words.tsv", "works_noun")


def _maker_site(verb: Token, maker: Token, ctx: DocContext) -> list[str]:
    """The state a company making or handing over a system does it in, when the clause places it ("produced by B in
    A", "delivered by B from its plant in A", B a firm of another state): the goods come from A, where B works, not
    from B's home. [] when the maker is a state, or the clause names no one such place."""
    ent = ctx.ent_at.get(maker.i)
    if ent is None or ent.label_ != "ORG":
        return []
    sites = [o for holder in (verb, maker) for p in holder.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS
             for o in p.children if o.dep_ == "pobj"]
    # "from its plant in A": the place of the works the goods come from
    works = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in WORKS_NOUNS]
    sites += [o for w in works for p in w.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS | {"near"}
              for o in p.children if o.dep_ == "pobj"]
    found = list(dict.fromkeys(c for o in sites for t in ctx.phrase_tokens(o, 8) for c in [_place_country(t, ctx)]
                               if c))
    home = ctx.phrase_countries(maker)
    return found if len(found) == 1 and home and found != home[:1] else []


def _place_country(tok: Token, ctx: DocContext) -> str | None:
    """The state of a city or region of the gazetteer at a token (not of a firm)."""
    ent = ctx.ent_at.get(tok.i)
    if ent is None or ent.label_ not in ("LOCATION", "GPE", "COUNTRY"):
        return None
    if ent.label_ == "COUNTRY":
        return ctx.token_country(tok)
    place = ctx.gaz.place(ent.ent_id_ or ent.text)
    return place.country if place is not None and place.country else None


def _participle_sites(mention: SystemMention, ctx: DocContext) -> set[str]:
    """The states a participle of making on the system names as the place it was made in ("six jets, built in A",
    "boats assembled at A's yard"): where the system was built, not where it went; so is the place a participle of
    servicing names ("jets ordered from A and overhauled at a plant in B"): work done on the goods, B no buyer."""
    end = max(mention.span.end, mention.head.i + 1)
    doc = mention.head.doc
    # (on the name or on the noun its phrase hangs on: "ten Su-30 fighters ordered from A and overhauled in B")
    heads = {mention.head, _phrase_head(mention.head)}
    participles = [c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if end + 1 < len(doc) and doc[end].text == ",":
        # (", built in A": the participle right after the system's comma, which the parser may hang elsewhere, or
        # a second one coordinated with the first, ", ordered in 2022 and built in A")
        for tok in doc[end + 1:end + 5]:
            if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "conj", "ccomp"):
                participles.append(tok)
                break
            if not (tok.dep_ == "advmod" or tok.text == "-" or tok.lower_ == "co"):
                break
    participles += [c for v in participles for c in v.conjuncts if c.tag_ == "VBN"]
    return {c for v in participles if _making_lemma(v) or v.lemma_.lower() in SERVICE_VERBS for a in v.children
            if a.dep_ == "prep" and a.lower_ in ("in", "at")
            for o in a.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)}


def _making_lemma(tok: Token) -> bool:
    """Whether a verb is one of making a system ("built", "produced", "developed", "co-designed")."""
    lemma = tok.lemma_.lower()
    return lemma in PRODUCTION_LEMMAS or lemma in CO_MAKING or lemma.removeprefix("co-") in CO_MAKING


#: Verbs of making a system, whose agent on a participle names its makers ("jointly produced by A and B").
PRODUCTION_LEMMAS = frozenset(cue.lemma for cue in cues().values() if cue.pos == "VERB" and cue.status == "in_production")
#: Other verbs of making a system, whose participle on it names its makers ("the X, developed with A").
CO_MAKING = word_set("transfer_words.tsv", "co_making")


MULTINATIONAL_GROUPS = word_set("transfer_words.tsv", "multinational_group")


def _group_seller(supplier: str, mention: SystemMention, sent: Span, ctx: DocContext) -> str:
    """The seller of a system read off a multinational group's name: the catalogue's producing country of the system
    when it differs ("signed with Airbus for a C295": Spain, where the C295 is built, not the group's home); the
    supplier itself otherwise, and whenever the sentence names that state as such ("Airbus's French arm")."""
    weapon = ctx.gaz.weapon(mention.system)
    if weapon is None or not weapon.origin or weapon.origin == supplier:
        return supplier
    group = False
    for tok in sent:
        ent = ctx.ent_at.get(tok.i)
        if ent is None or ctx.token_country(tok) != supplier:
            continue
        if ent.label_ != "ORG" or ctx.entity_country(ent) is not None:
            return supplier  # the state named as a state, or by a body of its own
        org = ctx.gaz.organisation(ent.ent_id_ or ent.text)
        group = group or org is not None and org.name.lower() in MULTINATIONAL_GROUPS
    return weapon.origin if group else supplier


def _rival_seller(mention: SystemMention, ctx: DocContext) -> str | None:
    """The seller of a losing bid: the party of its own offer ("the Y offered by A"), of its own "from" ("the Y from
    A"), its phrase's nationality ("the French Y") or maker ("B's Y"), else the catalogue's maker."""
    offers = [c for t in mention.span for c in t.children if c.dep_ in ("acl", "relcl") and c.i >= mention.span.end
              and cue_of(c) is not None and cue_of(c).status == "offered"]
    offers += [c for c in mention.head.children if c.dep_ in ("acl", "relcl") and cue_of(c) is not None
               and cue_of(c).status == "offered"]
    for offer in offers:
        sellers = _read_frame(offer, ctx).suppliers
        if sellers:
            return sellers[0]
    sellers = [c for p in mention.head.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
               if o.dep_ == "pobj" and _names_party(o, ctx) for c in ctx.phrase_countries(o)]
    sellers += [c for p in mention.head.children if p.dep_ == "poss" and _is_company(p, ctx)
                for c in [ctx.token_country(p)] if c]
    return sellers[0] if sellers else _origin(mention, ctx, mentioned_only=False)


def _rival_buyers(choice: Token, mentions: list[SystemMention], ctx: DocContext) -> list[str] | None:
    """The buyer whose choice set a bid aside: the state (or the state's body) choosing ("the air force picked X
    over Y"); empty when a winning bid is the subject ("the X beat the Y": the buyer is the story's); None when
    the chooser is no buyer ("analysts weighed X against Y")."""
    chosen = next((c for c in choice.children if c.dep_ == "nsubjpass"), None)
    if chosen is not None:
        # the passive choice ("X was chosen over Y by the navy", "A's offer was selected over Y"): the agent is the
        # buyer, a chosen bid or system as the subject names none (the buyer is the story's)
        agents = [o for p in choice.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        if agents:
            return ctx.phrase_countries(agents[0]) or _home_body_state(agents[0], ctx) or None
        if chosen.ent_type_ == "WEAPON_SYSTEM" or chosen.lemma_.lower() in BID_NOUNS \
                or any(m.head.i == chosen.i for m in mentions):
            return []
    subject = _clause_subject(choice)
    if subject is None:
        return None
    if subject.ent_type_ == "WEAPON_SYSTEM" or _is_company(subject, ctx) or subject.lemma_.lower() in BID_NOUNS \
            or any(m.head.i == subject.i or m.span.start <= subject.i < m.span.end for m in mentions):
        return []
    buyers = ctx.phrase_countries(subject) or _home_body_state(subject, ctx)
    # ("the government", "the air force" of no state the passage names: the buyer of the sentence's own deal)
    return buyers or ([] if subject.lemma_.lower() in PARTY_NOUNS else None)


def _subject_on_path(verb: Token, head: Token) -> bool:
    """Whether a system's phrase is the subject of a verb above it ("the jets were ordered": the jets)."""
    path = {head.i} | {a.i for a in head.ancestors}
    return any(c.dep_ in SUBJECT_DEPS and c.i in path for c in verb.children)


def _awarded_deal(tok: Token) -> list[Token]:
    """The deal of a clause of award whose verb of motion takes the deal as its subject ("contracts went to A's
    maker for X and to B's for Y", however the parser hangs the list): the deal covers each system in the clause."""
    for verb in tok.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in DESTINATION_CUES and not negated(verb):
            return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and c.lemma_.lower() in WON_DEALS and cue_of(c) is not None][:1]
    return []


def _award_parties(verb: Token, ctx: DocContext) -> list[Token]:
    """The states of the parties a deal goes to in a clause of award: the states named below the verb, outside its
    subject ("went to A's maker for X, to a maker in B for Y": the parser may hang the later ones anywhere)."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return [t for t in verb.subtree if t.i not in subject and t.ent_type_ in ("COUNTRY", "ORG") and ctx.token_country(t)
            and (t.ent_iob_ == "B" or t.ent_type_ == "COUNTRY")]


#: Prepositions of a cue verb that name a party ("delivered to A", "built for A", "shipped from B").
PARTY_PREPS = frozenset({"to", "for", "from"})
RAISED_PARTY_PREPS = PARTY_PREPS | {"by"}  # with a passive's agent ("handed over by B")


def _raised_cues(verb: Token, subject: Token) -> list[Token]:
    """The cue of an infinitive whose subject is raised to a verb or adjective of timing above it ("the jets for
    A are due to arrive", "the tanks are expected to be delivered to A", "are set to be handed over by B"), read
    two ways, each its first such infinitive:
    - the infinitive tells of the system (a verb of arrival, or a passive) and a state is named as a party in
      the subject's phrase or the infinitive's, not only a place;
    - the infinitive is a passive with a party phrase of its own ("to A", "for A", "from B", "by B").
    "The boat is expected to be handed over in 2028" only dates a deal told elsewhere (it may be a navy's own),
    and "the jets are expected to fly" tells no transfer."""
    infinitives = [x for h in (verb, *(c for c in verb.children if c.dep_ == "acomp")) for x in h.children
                   if x.dep_ == "xcomp" and cue_of(x) is not None and not any(c.dep_ in SUBJECT_DEPS for c in x.children)
                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]
    passive = [x for x in infinitives if any(c.dep_ == "auxpass" for c in x.children)]
    of_system = [x for x in infinitives if x.pos_ == "VERB" and cue_of(x).pos == "VERB"
                 and (cue_of(x).subject == "system" or x in passive)][:1]
    with_state = [x for x in of_system if any(t.ent_type_ == "COUNTRY" and t.dep_ == "pobj"
                                              and t.head.lower_ in RAISED_PARTY_PREPS
                                              for t in (*subject.subtree, *x.subtree))]
    with_party = [x for x in passive if x.tag_ == "VBN" and (any(
        c.dep_ == "agent" or c.dep_ in ("prep", "dative") and c.lower_ in PARTY_PREPS for c in x.children)
        or _under_licence(x))][:1]  # ("are to be built under licence": the licence is a party's)
    return with_state + [x for x in with_party if x not in with_state]


def _awarded_system(tok: Token) -> bool:
    """Whether a verb is the participle of a contract's award on the systems it is for, with the maker it went
    "to" ("Lot 2 - six radars for the navy: awarded to X (B)", "four boats, awarded in May to X"); a deal noun
    awarded ("the contract was awarded to X") is that noun's cue instead."""
    if tok.lemma_.lower() not in AWARDING_VERBS or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl", "ROOT") \
            or modal(tok) or negated(tok):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in tok.children):
        return False  # "awarded Mowag a contract", "the contract was awarded": the deal noun tells it
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
               for c in tok.children)


def _reduced_relative_main(head: Token) -> Token | None:
    """The real verb of a system misparsed as the subject of a participle that describes it: "the jets promised
    to A were handed over", "the tanks A pledged last October have now been handed over" (the parser makes the
    participle the root and hangs the finite passive under it with no subject of its own); None otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or cue_of(verb) is None \
            or cue_of(verb).subject == "system":
        return None  # (a system can promise nothing: a cue of a party with a system subject is a participle)
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                 and cue_of(c) is not None and (
                     any(a.dep_ == "auxpass" for a in c.children)
                     and any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBP", "VBZ") for a in c.children)
                     # "the first three jets ordered from A landed at B": a past verb of arriving, whose subject
                     # can only be the systems
                     or c.tag_ == "VBD" and c.i > verb.i and cue_of(c).subject == "system")
                 and not any(a.dep_ in SUBJECT_DEPS for a in c.children)), None)


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts a token is one of ("... with A for X and with B": the first phrase, whose head is
    the one the gapped second pair shares)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _talks_topic(prep: Token, party: Token, talks: Token | None) -> bool:
    """Whether a topic phrase the parser hangs on the party of talks is the talks' topic: "negotiating with
    Turkish yards over two frigates", "talks with Embraer on more jets" (talks = the verb or noun of the talks
    that the party's "with" hangs on)."""
    if talks is None or prep.lower_ not in TOPIC_PREPS or party.head.lower_ != "with":
        return False
    cue = cue_of(talks)
    return cue is not None and cue.status == "negotiating"


def _talks_subject(verb: Token | None) -> Token | None:
    """The talks a clause that is no cue itself tells of: its subject, a noun of negotiating ("talks continued",
    "discussions were under way")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or cue_of(verb) is not None:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and _cue_noun(c)
                 and cue_of(c).status == "negotiating" and not negated(c)), None)


def _made_state(tok: Token) -> list[Token]:
    """A production noun in a state phrase on a word ("is under construction", "a frigate under construction"):
    the thing the word stands for is being built."""
    preps = [p for p in tok.children if p.dep_ == "prep"]
    # ("the boat, based on the X design and under construction": the parser coordinates the state with the
    # participle's preposition)
    preps += [c for a in tok.children if a.dep_ == "acl" for p in a.children if p.dep_ == "prep" for c in p.conjuncts]
    return [o for p in preps for o in p.children if (p.lower_ in STATE_PREPS or _making_stage(o))
            and o.dep_ == "pobj" and _cue_noun(o) and cue_of(o).status == "in_production"][:1]


def _state_holder(noun: Token) -> Token:
    """The word a state phrase's noun describes ("the boat, under construction": the boat), through a participle's
    preposition it is coordinated with ("the boat, based on X and under construction")."""
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    holder = prep.head
    return holder.head if holder.dep_ == "acl" and prep is not noun.head else holder


#: Prepositions of a state a thing is in ("under construction", "in production").
STATE_PREPS = word_set("transfer_words.tsv", "state_prep")
LINE_NOUNS = word_set("transfer_words.tsv", "line_noun")
LINE_KINDS = word_set("transfer_words.tsv", "line_kind")
FINAL_STAGES = word_set("transfer_words.tsv", "final_stage")


INCLUDING_VERBS = word_set("transfer_words.tsv", "including")
#: Participles telling what a signed document holds ("signed a letter of intent covering the purchase of X").
CONTENT_VERBS = word_set("transfer_words.tsv", "content")
LOADING_VERBS = word_set("transfer_words.tsv", "loading")


def _single_item(head: Token) -> bool:
    """Whether a phrase referring back to a system is one item: a singular common noun with no count ("the first
    jet", not "two jets" nor a name the tagger took for singular)."""
    return head.tag_ == "NN" and not any(c.dep_ == "nummod" for c in head.children)


def _making_stage(tok: Token) -> bool:
    """Whether a noun is a stage of making a system is in: "on the assembly line", "in final assembly" (a line of
    making a thing is on, or the last stage of its assembly, tells it is being built; "on the front line" does not)."""
    if tok.dep_ != "pobj":
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    lemma = tok.lemma_.lower()
    return (tok.head.lower_ == "on" and lemma in LINE_NOUNS and bool(mods & LINE_KINDS)) \
        or (tok.head.lower_ in STATE_PREPS and lemma in LINE_KINDS and bool(mods & FINAL_STAGES)) \
        or (tok.head.lower_ == "on" and lemma in LINE_NOUNS and not mods and _maker_line(tok))


def _maker_line(line: Token) -> bool:
    """Whether a bare "the line" is a maker's: its "at" names a firm ("are still on the line at Saab"; a front line is
    held at a place, not at a company)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in line.children) and any(
        p.dep_ == "prep" and p.lower_ == "at" and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in p.children)
        for p in line.children)


def _loading_purpose(verb: Token) -> list[Token]:
    """The delivery cue of a purpose clause on a loading verb: "was loaded on a ship to be transported to A",
    "started to be loaded ... in order to be shipped to A" (loading alone tells no transfer)."""
    loading = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    for load in (v for v in loading if v.lemma_.lower() in LOADING_VERBS):
        purposes = [c for c in load.children if c.dep_ in ("advcl", "xcomp")]
        # "in order to be shipped", which the parser may hang on "started" above "to be loaded"
        purposes += [a for v in {load.i: load, verb.i: verb}.values() for p in v.children
                     if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ == "order"
                     for a in o.children if a.dep_ in ("acl", "relcl", "advcl")]
        for purpose in purposes:
            cue = cue_of(purpose)
            if cue is not None and cue.status == "delivered" and cue.subject == "supplier" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
                return [purpose]
    return []


def _inclusion_cue(subject: Token) -> list[Token]:
    """What "X includes Y" hands on to Y: "the equipment donated includes trucks" (a cue on the subject), "It
    includes four launchers" and "the package includes ..." (a deal noun just told before)."""
    own = [c for c in subject.children if c.dep_ in ("acl", "relcl") and cue_of(c)]
    if own:
        return own[:1]
    if not (subject.pos_ == "PRON" and subject.lower_ in ("it", "this")
            or any(c.dep_ == "det" and c.lower_ in ("this", "these", "the") for c in subject.children)):
        return []
    sents = list(subject.doc.sents)
    here = subject.sent.start
    before = next((s for s in reversed(sents) if s.end <= here), None)
    if before is None:
        return []
    nouns = [t for t in before if _cue_noun(t)]
    return nouns[-1:]


def _class_cue(verb: Token) -> list[Token]:
    """The transfer clause on the class a subject is said to belong to: "X and Y were among the systems Talora
    acquired", "X is one of the jets Norland delivered"."""
    if verb.lemma_ != "be":
        return []
    classes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
               for o in p.children if o.dep_ == "pobj"]
    classes += [o for a in verb.children if a.dep_ == "attr" and a.lower_ in ("one", "part", "some")
                for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [c for n in classes for c in n.children if c.dep_ in ("relcl", "acl") and cue_of(c)][:1]


def _participle_deal(verb: Token) -> list[Token]:
    """Deal nouns in a participle clause on the verb ("..., figuring in a deal with A and a pact with B")."""
    out: list[Token] = []
    for part in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and not cue_of(c)):
        for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ in ("in", "into")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out.extend(t for t in (obj, *obj.conjuncts) if _cue_noun(t))
        if out:  # the parser may hang a second deal on the participle itself
            out.extend(c for c in part.children if c.dep_ == "conj" and _cue_noun(c))
    return out


def _such_as(prep: Token) -> bool:
    """ "weapons, such as X and Y": the members of a listed class are what the class is."""
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


#: Prepositions that set a phrase beside a verb's theme, not in it ("training on the X", "a visit in the X").
SCENE_PREPS = word_set("transfer_words.tsv", "scene_prep")


def _part_built_purchase(verb: Token) -> bool:
    """ "assembled most of the jets that B bought from A": a past purchase told in a relative clause (with its own
    subject) on the object of a partitive quantifier (most, some, many, half; not all or both)."""
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" and _past(verb) \
        and any(c.dep_ == "nsubj" for c in verb.children) and verb.head.dep_ == "pobj" \
        and verb.head.head.lower_ == "of" and verb.head.head.head.lower_ in PARTITIVE_QUANTIFIERS - {"all", "both"}


def _ordered_before_built(cue_tok: Token, status: str, main_status: str) -> bool:
    """ "The ship, ordered in 2020, was launched on Monday": a participle telling the order of a system whose
    building the clause reports is a step of its own; so is the contract a building is done under."""
    if main_status in ("in_production", "licensed_production") and status == "ordered" \
            and _cue_noun(cue_tok) and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "under" \
            and cue_tok.head.head.pos_ == "VERB" and cue_of(cue_tok.head.head) is not None \
            and _status(cue_tok.head.head) in ("in_production", "licensed_production") \
            and _licence_noun(cue_tok.head.head) is None:  # (a licence the building is under is no order)
        return True  # "four corvettes are being built under a contract signed in 2018": the order is a step too
    if main_status == "licensed_production" and STATUS_PHASE.get(status) in ("agreed", "delivered") \
            and _part_built_purchase(cue_tok):
        return True  # "assembled most of the jets that B bought from A": the purchase is a step of its own (the
        # share not built at home was delivered)
    if main_status == "licensed_production" and status == "ordered" and _cue_noun(cue_tok) \
            and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "under" and _part_built_purchase(cue_tok.head.head):
        return True  # "... that B bought from A under a 2012 contract": the contract is that purchase's order
    if main_status in ("in_production", "licensed_production") and status == "ordered" and _cue_noun(cue_tok) \
            and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "of" and cue_tok.head.head.pos_ == "NOUN" \
            and cue_tok.head.head.dep_ in ("nsubj", "nsubjpass") \
            and _status(cue_tok.head.head.head) in ("in_production", "licensed_production"):
        return True  # "the remaining 18 aircraft of the contract will be assembled under licence": the lot's order
    return main_status == "in_production" and STATUS_PHASE.get(status) == "agreed" and cue_tok.dep_ == "acl" \
        and cue_tok.tag_ == "VBN"


def _received_deal(verb: Token) -> Token | None:
    """The order or enquiry a receiving verb takes ("received an order", "enquiries were received"), if any."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WON_DEALS
                 and cue_of(c) is not None), None)


def _cue_before(mention: SystemMention) -> list[Token]:
    """When the parse gives no path, the nearest transfer verb before the system in the same clause,
    with only noun-phrase material between ("agreed to provide Russia with X and Y missiles")."""
    doc = mention.head.doc
    verb = mention.head.head
    if mention.head.dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.i > mention.head.i \
            and cue_of(verb) is None:
        return []  # "..., and two X helicopters crashed": the subject of a coordinated clause of its own
    for i in range(mention.span.start - 1, mention.head.sent.start - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            if cue_of(tok) and tok.pos_ == "VERB":
                return [tok]
            deal = _received_deal(tok)
            if deal is not None:
                return [deal]  # "enquiries were received from A for X": the enquiries are for X
            if tok.dep_ in ("amod", "aux", "auxpass") or tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "compound"):
                continue
            return []
        if tok.text in (";", ":", "(", ")") or tok.tag_ in ("WDT", "WP") or tok.dep_ == "mark" \
                or tok.pos_ == "ADP" and tok.lower_ in SCENE_PREPS:
            return []  # ("received training on the Javelin": the verb has a theme of its own)
    return []


def _bidder_item(mention: SystemMention, ctx: DocContext) -> tuple[Token, str | None, set[str]] | None:
    """An item of a list of bidders after a colon, each a maker or state "with" its system ("Three firms have made
    offers: A's X with the Y, Z with the W and B's V with the U"): the offer the colon closes tells each item's system,
    whatever the parser made of the list. (The offer, the item's bidding state, the states the whole list names.)"""
    doc = mention.head.doc
    sent = mention.head.sent
    i = mention.span.start - 1
    while i > sent.start and doc[i].dep_ in ("det", "poss") and doc[i].pos_ in ("DET", "PRON"):
        i -= 1  # "with the Y", "with its Y"
    if i <= sent.start or doc[i].lower_ != "with":
        return None
    bidder = ctx.ent_at.get(i - 1)
    if bidder is None or bidder.label_ not in ("ORG", "COUNTRY"):
        return None
    for k in range(bidder.start - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.text == ":":
            # (the offer before the colon, told by a noun or a verb of offering)
            offer = [t for t in doc[sent.start:k] if cue_of(t) is not None and cue_of(t).status == "offered"][-1:]
            if not offer:
                return None
            # the bidder's state: the firm's, or the state its possessive names ("A's Z with the W")
            state = ctx.entity_country(bidder, any_org=True)
            before = ctx.ent_at.get(bidder.start - 2) if bidder.start - 2 > k and doc[bidder.start - 1].tag_ == "POS" \
                else None
            state = state or (ctx.entity_country(before) if before is not None else None)
            listed = {c for t in doc[k + 1:sent.end] for c in [ctx.token_country(t)] if c}
            return offer[0], state, listed
        if tok.text in (";", "(", ")") or tok.pos_ in ("VERB", "AUX"):
            return None  # (only the list's items between: names, systems, "with", commas and "and")
    return None


def _scene_of(mention: SystemMention) -> Token | None:
    """The verb a system's phrase sets the scene of, as the object of a preposition of time or place hung on it
    ("hand over X, following the tanks it delivered"): the system is not that verb's theme."""
    tok = mention.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _subjectless_verb_after_rest(mention: SystemMention) -> list[Token]:
    """ "five were built by X and the rest were assembled in B": the parser may hang "the rest" on the name before
    it, leaving the verb just after it with no subject; the rest of a lot is that verb's subject."""
    head = mention.head
    if not _is_remainder(head) or head.dep_ != "conj":
        return []
    doc = head.doc
    i = head.i + 1
    while i < head.sent.end and doc[i].dep_ in ("aux", "auxpass"):
        i += 1
    verb = doc[i] if i < head.sent.end else None
    if verb is None or i == head.i + 1 or verb.pos_ != "VERB" or cue_of(verb) is None \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    return [verb]


#: Verbs whose object does what a gerund after "of" says ("accused Norland of supplying ...").
ACCUSING_VERBS = word_set("transfer_words.tsv", "accusing")


SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a coordinated verb that the parser hung on a clause between the two verbs: in "A bought X,
    while B, whose army is growing, has received Y" it may read B as a second subject of "is growing" and
    "received" as sharing A. A proper noun between the verbs that is one of two subjects of one verb is the
    later verb's own."""
    for tok in verb.doc[verb.head.i + 1:verb.i]:
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN" and tok.head.i not in (verb.i, verb.head.i) \
                and sum(c.dep_ in SUBJECT_DEPS for c in tok.head.children) > 1:
            return tok
    return None


def _accused_doer(tok: Token) -> Token | None:
    """The accused of "accused Norland of supplying drones", for the gerund after "of": the accused does the
    supplying, not the accuser. The parser may hang "of" on the accused itself ("accused Norlandic firms of
    selling")."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "of":
        return None
    holder = tok.head.head
    if holder.lemma_.lower() in ACCUSING_VERBS:
        return next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in ACCUSING_VERBS:
        # (the accused's phrase then holds the whole charge, "... to A through B": only its own words name it,
        # or a nationality the parser made a second object of the verb, "accused Norlandic firms")
        if holder.ent_type_:
            return holder
        return next((c for c in [*holder.lefts, *holder.head.children]
                     if c.ent_type_ == "COUNTRY" and c.i < holder.i), None)
    return None


def _accusers(tok: Token) -> list[Token]:
    """The subject of the verb of accusing whose charge a gerund after "of" tells ("A accused B of supplying X": A),
    when the gerund's doer is the accused."""
    if _accused_doer(tok) is None:
        return []
    holder = tok.head.head
    verb = holder if holder.lemma_.lower() in ACCUSING_VERBS else holder.head
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _contact_subject(verb: Token) -> Token | None:
    """The subject of a relative clause without "that" the parser read as a participle on its subject ("the
    frigates the kingdom ordered from A": not a kingdom that was ordered, but the kingdom that ordered)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i \
            or noun.ent_type_ == "WEAPON_SYSTEM" or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    cue = cue_of(verb)
    start = noun.left_edge
    if cue is None or cue.subject not in ("recipient", "supplier") or start.lower_ != "the" or start.i == 0:
        return None
    before = verb.doc[start.i - 1]
    # the described thing stands right before the subject's phrase ("frigates | the kingdom ordered")
    # (or is the word the parser hangs the subject on, when it read the plural noun as a verb: "frigates" VBZ)
    return noun if before.pos_ in ("NOUN", "PROPN") or before.i == noun.head.i else None


def _predicate_read_as_clause(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung as a clause on it ("A's ambassador, B, handed over two boats to
    C": "handed" read as a clause on "ambassador"): a past-tense form (not a participle) with an object of its own
    and no subject tells what the noun it hangs on did."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i \
            or noun.ent_type_ == "WEAPON_SYSTEM" or not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("agent", "nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    return noun


def _subject_in_fronted_place(verb: Token) -> Token | None:
    """The subject of a finite verb the parser left without one because it joined the subject to a fronted place
    ("In Asia, A and B fly X": "A" read as a second object of "In", after "Asia" and a comma): the first state
    coordinated after the comma is the verb's subject (with the states joined to it)."""
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ != "COUNTRY"):
            first = next((c for c in place.children if c.dep_ == "conj" and c.ent_type_ == "COUNTRY"
                          and c.doc[c.i - 1].text == ","), None)
            if first is not None:
                return first
    return None


def _second_hand(mention: SystemMention) -> bool:
    """Whether a system is named as one its holder parts with ("12 used F-16s", "surplus tanks", "second-hand
    jets")."""
    words = [c for c in mention.head.children if c.dep_ in ("amod", "compound", "advmod") and c.i < mention.head.i]
    words += [t for t in mention.span]
    text = mention.span.doc[mention.span.start - 3:mention.span.end].text.lower() if mention.span.start >= 3 \
        else mention.span.doc[:mention.span.end].text.lower()
    return any(t.lower_ in SECOND_HAND_WORDS for t in words) or any(
        w in text.replace(" - ", "-") for w in SECOND_HAND_WORDS if "-" in w)


def _approval_granted(verb: Token) -> Token | None:
    """The one an approval is given to, who is to do what an infinitive under it tells ("gave the ministry the
    green light to open talks", "granted B approval to buy X"): the giving verb's dative."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp", "acl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    giver = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if giver.pos_ != "VERB" or not _gives_approval(giver):
        return None
    return next((c for c in giver.children if c.dep_ in ("dative", "iobj")), None)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through "agreed to supply", "interest in buying", relative clauses."""
    contact = _contact_subject(verb) or _predicate_read_as_clause(verb)
    if contact is not None:
        return contact
    tok = verb
    for _ in range(6):
        accused = _accused_doer(tok)
        if accused is not None:
            return accused
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is None and tok is verb:
            subj = _subject_in_fronted_place(verb)
        if subj is None and tok is not verb:
            # "Slovakia was approved to purchase", "India is expected to receive": the passive
            # governor's subject controls the infinitive below it
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            stranded = _stranded_subject(tok)
            if stranded is not None:
                return stranded
        if tok.dep_ == "relcl" and not (cue_of(tok.head) or tok.head.lemma_.lower() in governors()):
            # "the first member to field drones": the noun the clause describes, or what it is said of
            # ("a deal to buy" describes the deal, whose parties are found further up)
            noun = tok.head
            return _clause_subject(noun.head) if noun.dep_ == "attr" else noun
        granted = _approval_granted(tok)
        if granted is not None:
            return granted  # "gave the ministry the green light to open talks": the one granted it is to do it
        urging = _urged(tok) if tok.dep_ in ("xcomp", "conj") and tok.pos_ == "VERB" else None
        if urging is not None:
            return urging[1]  # "A urged B to send jets": the one urged is to do it, not the one urging
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "prep", "pobj", "dobj", "acomp") \
                and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


#: Heads of noun phrases that stand for a state as a party to a deal ("the Egyptian navy", "Polish industry").
PARTY_NOUNS = word_set("transfer_words.tsv", "party_noun")


def _named_doer(verb: Token, ctx: DocContext) -> bool:
    """Whether a verb's own subject or agent is a state (or a body of one) in its own words, not a system whose
    phrase merely names its maker ("Chinese-made drones supplied ..."): a seller the clause names."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(d.ent_type_ != "WEAPON_SYSTEM" and not ctx.gaz.category_of(d.lower_) and _names_party(d, ctx)
               for d in doers if d.lower_ not in ("that", "which"))


def _maker_adjective(verb: Token, ctx: DocContext) -> bool:
    """Whether the goods a verb tells of (its subject, or the noun its clause describes) bear a maker's adjective
    naming a state, "Chinese-made drones" (also on the first of a pair, "Chinese-made drones and bombs that ...")."""
    goods = [verb.head] if verb.dep_ in ("relcl", "acl") else \
        [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which")]
    goods += [g.head for g in goods if g.dep_ == "conj"]
    return any(a.dep_ == "amod" and a.lower_ in ORIGIN_PARTICIPLES
               and any(c.ent_type_ == "COUNTRY" and made_in(c) for c in a.children)
               for g in goods for a in g.children)


#: Nouns of a seller that "the same ..." refers back to ("two corvettes from the same yard").
SAME_SELLER_NOUNS = word_set("transfer_words.tsv", "same_seller_noun")
#: How many sentences back "the same supplier" looks for the seller it refers to.
SAME_SELLER_REACH = 3


def _same_seller(tok: Token, ctx: DocContext) -> list[str]:
    """The state of the seller "the same supplier" (yard, maker, company ...) refers back to: the nearest one named
    before it, in its sentence or the few before: a firm of a known state ("Hyundai Heavy Industries ... from the
    same company"), or a state goods came "from" or were made "by" ("ordered from A ... on order from the same
    supplier"). [] for any other phrase, or when none is found."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SAME_SELLER_NOUNS \
            or not any(c.dep_ == "amod" and c.lower_ == "same" for c in tok.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return []  # ("the same yard that built A's frigates", "the same maker as B's": said by its own clause)
    memo = ctx.memo.setdefault("same_seller", {})
    if tok.i not in memo:
        memo[tok.i] = _read_same_seller(tok, ctx)
    return memo[tok.i]


def _read_same_seller(tok: Token, ctx: DocContext) -> list[str]:
    sents = ctx.memo.get("same_seller_sents") or ctx.memo.setdefault("same_seller_sents", list(ctx.doc.sents))
    here = next((n for n, sent in enumerate(sents) if sent.start <= tok.i < sent.end), 0)
    start = sents[max(0, here - SAME_SELLER_REACH)].start
    for t in reversed(ctx.doc[start:tok.i]):
        ent = ctx.ent_at.get(t.i)
        if ent is None or t.i != ent.end - 1:
            continue  # (each name once, at its last word)
        if ent.label_ == "ORG" and _is_company(ctx.doc[ent.start], ctx):
            country = ctx.entity_country(ent, any_org=True)
            return [country] if country else []
        if ent.label_ == "COUNTRY":
            root = ctx.doc[ent.start:ent.end].root
            if root.dep_ == "pobj" and root.head.lower_ in ("from", "by") \
                    or root.dep_ == "poss" and _is_company(root.head, ctx):
                country = ctx.token_country(root)
                return [country] if country else []
    return []


def _gapped_from(prep: Token) -> bool:
    """Whether a "from" phrase the parser hangs on a verb follows a second system coordinated into an earlier
    "through", "via" or "to" phrase of the verb ("drones supplied through A and Y from B", "X sent to A and Y
    from B"): the verb is left out before Y, and the "from" names Y's source, not the first goods'."""
    return any(p.dep_ == "prep" and p.lower_ in ("through", "via", "to") and p.i < prep.i
               and any(c.dep_ == "conj" and c.ent_type_ == "WEAPON_SYSTEM" and c.i < prep.i
                       for o in p.children if o.dep_ == "pobj" for c in o.children)
               for p in prep.head.children)


def _names_party(obj: Token, ctx: DocContext) -> bool:
    """Whether a prepositional object names a state (or a state's body) rather than a system."""
    if ctx.token_country(obj) or obj.lower_ in ("two", "both") or _same_seller(obj, ctx):
        return True
    return obj.lemma_.lower() in PARTY_NOUNS and bool(ctx.phrase_countries(obj))


HOME_BODIES = word_set("transfer_words.tsv", "home_body")
GOVERNING_BODIES = word_set("transfer_words.tsv", "governing_body")
#: Nouns of a deployment a purchase is "for" ("for the Somalia mission"): the place it names is no buyer.
MISSION_NOUNS = word_set("transfer_words.tsv", "mission_noun")


def _generic_force(tok: Token, ctx: DocContext) -> bool:
    """Whether a noun is a state's armed body named with "a" and nothing before it ("for a military stretched by
    insecurity", "for an army at war"): a force the sentence names no state of, no customer whose name is held back
    ("an African air force", "a foreign navy" say whose it is not, and stay an unnamed buyer)."""
    return tok.lower_ in HOME_BODIES and tok.lower_ not in GOVERNING_BODIES and tok.tag_ == "NN" \
        and all(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "compound" and c.is_lower and not c.ent_type_
                for c in tok.children if c.i < tok.i) \
        and any(c.dep_ == "det" for c in tok.children if c.i < tok.i) and not ctx.phrase_countries(tok)


def _bare_body_named_before(tok: Token, ctx: DocContext) -> list[str]:
    """The state of a body named bare, "the military", "the navy" (not "the navy of A", "the Talora navy"), when the
    article named the same body with one state before ("Talora's military ... to the military"): that state. A bare
    body never named with its state is left to the story's own buyer."""
    if tok.lower_ not in HOME_BODIES or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in tok.children):
        return []
    return _same_body_before(tok, ctx)


def _home_body_country(tok: Token, ctx: DocContext, sentences: int = 2) -> list[str]:
    """The state of "the government", "the navy" named without one: the state of the nearest military body or
    ministry the passage names (this sentence and ``sentences`` either side), if the phrase names no state."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or ctx.phrase_countries(tok):
        return []
    sents = list(tok.doc.sents)
    at = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    window = sents[max(0, at - sentences)].start, sents[min(len(sents) - 1, at + sentences)].end
    # (a body known only by a name several states use, "the Joint Staff", yields to one of a state the article names itself)
    named = {c for ent in ctx.ents if ent.label_ == "COUNTRY" for c in [ctx.entity_country(ent)] if c}
    best: tuple[bool, int, str] | None = None
    first = _first_bare(tok)
    for ent in ctx.ents:
        if ent.label_ == "MILITARY" and ent.start > first and ent[-1].lower_ == tok.lower_:
            continue  # "the navy bought frigates from the Royal Navy": a body of the same kind named in full only
            # after the story called its own one bare is another state's
        if ent.label_ == "MILITARY" and window[0] <= ent.start < window[1] and not _denied_presence(ent.root):
            country = ctx.entity_country(ent)
            rank = (country not in named, abs(ent.start - tok.i))
            if country and (best is None or rank < best[:2]):
                best = (*rank, country)
    return [best[2]] if best else (_body_holder_state(tok, ctx) or _same_body_before(tok, ctx))


def _denied_presence(tok: Token) -> bool:
    """Whether a name stands in a phrase whose "no" denies the thing ("there is no X in A", "no X fighters"): a
    body said to be absent is no antecedent of "the army" nearby."""
    return any(c.dep_ == "det" and c.lower_ == "no" for n in (tok, tok.head) if n is tok or tok.dep_ == "compound"
               for c in n.children)


def _same_body_before(tok: Token, ctx: DocContext) -> list[str]:
    """The one state whose body of the same name the article named before with its state ("the air force" after
    "the Burkinabe Air Force", however far back; not one named only after the story first called its own so)."""
    found = {c for t in tok.doc[:_first_bare(tok)] if t.lower_ == tok.lower_ for m in _body_namers(t)
             for c in [ctx.token_country(m)] if c}
    return sorted(found) if len(found) == 1 else []


def _first_bare(tok: Token) -> int:
    """Where the story first called a body of this name bare, "the navy" (``tok`` itself if it never did before):
    a story that calls a force "the navy" before naming any navy calls its own so, and the navies it names in full
    after that, "an exercise with the US Navy", are foreign ones."""
    return next((t.i for t in tok.doc[:tok.i] if t.lower_ == tok.lower_ and t.ent_type_ != "MILITARY"
                 and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                 and not _body_namers(t)), tok.i)


def _body_namers(body: Token) -> list[Token]:
    """The words of a body's phrase that may name its state: its modifiers ("the Burkinabe Air Force") and the
    object of its "of" ("the Army of the Republic of X")."""
    return [m for m in body.children if m.dep_ in ("compound", "amod", "nmod", "poss")] \
        + [o for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _home_body_state(tok: Token, ctx: DocContext) -> list[str]:
    """The state of "the government", "the navy" named without one: a body nearby, a body of that name named
    before, or the state the same body was reported speaking for (none for "the government of X", of a place
    that is no state)."""
    places = [c for c in tok.children if c.dep_ == "compound"] \
        + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(p.ent_type_ in ("GPE", "LOC", "LOCATION") for p in places):
        return []
    return _home_body_country(tok, ctx) or _named_body_before(tok, ctx) or _reporting_body_state(tok, ctx) \
        or _body_holder_state(tok, ctx) or _document_home(tok, ctx)


def _body_holder_state(tok: Token, ctx: DocContext) -> list[str]:
    """The state of "the air force" named without one, as the subject of a verb, in a sentence whose other clause has
    one state as the holder of arms ("Its neighbour A has relied on B for helicopters: the air force operates X"):
    that state's force, not the state the story is about."""
    if tok.dep_ not in SUBJECT_DEPS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    state = _sentence_holder(tok.head, None, ctx)
    return [state] if state else []


def _document_home(tok: Token, ctx: DocContext) -> list[str]:
    """The state of "the ministry", "the army" named without one and with no body of a state near or before it:
    the state the document is datelined in and names most (``DocContext.home_state``)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    return [ctx.home_state] if ctx.home_state else []


def _named_body_before(tok: Token, ctx: DocContext) -> list[str]:
    """The state of "the navy" named without one and with no body nearby: the first body named before it whose
    name ends in the same word ("The Pakistan Navy took delivery ... the navy commissioned"). A story calls its own
    subject's force "the navy" once it has named it; a foreign force it names in full each time."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    first = _first_bare(tok)  # (not a navy named only after the story called its own "the navy")
    for ent in ctx.ents:
        if ent.end <= first and ent.label_ == "MILITARY" and ent[-1].lower_ == tok.lower_:
            country = ctx.entity_country(ent)
            return [country] if country else []
    return []


STATEMENT_VERBS = word_set("transfer_words.tsv", "statement_verb")


def _reporting_body_state(tok: Token, ctx: DocContext) -> list[str]:
    """The state of "the government" named without one: the state whose plans the same body was reported stating
    before ("A will buy X, the government said. ... The government has signed contracts"): a body speaking of a
    state's acts in the third person speaks for that state."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    for t in reversed(tok.doc[:tok.i]):
        if t.lower_ != tok.lower_ or t.dep_ != "nsubj" or t.head.lemma_.lower() not in STATEMENT_VERBS:
            continue
        states = [c for clause in t.head.children if clause.dep_ == "ccomp" for s in clause.children
                  if s.dep_ in SUBJECT_DEPS for c in [ctx.token_country(s)] if c]
        return states[:1]
    return []


def _names_system(obj: Token, ctx: DocContext) -> bool:
    """Whether a noun phrase is a weapon system's: a catalogued name before its head or as its head, or a kind of
    weapon as its head (not "a total of 10 jets", whose buyer may still be unnamed)."""
    return obj.ent_type_ == "WEAPON_SYSTEM" or obj.lower_ in _category_heads(ctx.gaz) \
        or any(t.ent_type_ == "WEAPON_SYSTEM" for left in obj.lefts for t in left.subtree) \
        or _lot_of_system(obj, ctx)


def _lot_of_system(obj: Token, ctx: DocContext) -> bool:
    """Whether a noun is a lot of goods whose "of" names a system ("for a further batch of X missiles"): the
    goods, not a buyer left unnamed (a count, "a total of 10 jets", says nothing of the buyer either way)."""
    if obj.lemma_.lower() not in CONTAINER_NOUNS or obj.lemma_.lower() in UNCOUNTED_CONTAINERS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and _names_system(o, ctx)
               for p in obj.children for o in p.children)


#: Container nouns that only count what they hold ("a total of 10 jets", "a number of tanks").
UNCOUNTED_CONTAINERS = word_set("transfer_words.tsv", "uncounted_container")


def _own_clause_cues(head: Token) -> list[Token]:
    """The relative clauses on a system phrase that are transfer cues of a past step ("the TB2s the air force has
    operated since 2022", "the S-300 that Russia sold to B"): a system named for comparison still has the transfer
    its own clause tells."""
    return [c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB" and cue_of(c) is not None
            and c.tag_ in ("VBD", "VBN") and not modal(c) and not negated(c)]


def _contrasted(tok: Token, stop: Token | None = None) -> bool:
    """Whether a word stands in a comparison ("similar to Norway's NASAMS", "against the F-18") below ``stop``."""
    for _ in range(8):
        if stop is not None and tok.i == stop.i or tok.head.i == tok.i:
            return False
        if _contrast_prep(tok):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "pcomp"):
            return False
        tok = tok.head
    return False


def _party_countries(head: Token, ctx: DocContext) -> list[str]:
    """The countries of a party's phrase, leaving out those it is only compared with."""
    same = _same_seller(head, ctx)
    if same:
        return same  # "from the same yard": the seller named before
    countries = ctx.phrase_countries(head)
    if len(countries) == 1:
        # "a deal with a European country other than A": a state named only in a comparison inside the phrase is
        # not the party, even when it is the phrase's only state
        tokens = [t for t in ctx.phrase_tokens(head) if ctx.token_country(t) == countries[0]]
        return [] if tokens and all(_contrasted(t, head) for t in tokens) else countries
    if len(countries) < 2:
        return countries
    stated = _company_of_state(head, ctx)
    if stated is not None:
        return [stated]  # "bought from Airbus of Spain": the arm the text names, not the group's home state
    # (a system the parser coordinates into the party, "by the United States and the French Rafale", is no party:
    # its nationality is its maker's)
    systems = {t.i for c in head.children if c.dep_ == "conj" and c.ent_type_ == "WEAPON_SYSTEM"
               for t in c.subtree}
    # ("to Kenya's army for its Somalia mission": where the party serves is not a party)
    systems |= {t.i for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                and any(o.dep_ == "pobj" and o.lemma_.lower() in MISSION_NOUNS for o in p.children) for t in p.subtree}
    # (a combining form, "the Anglo-French firm", names its state beside the nationality it is hyphened to)
    keep = {c for t in ctx.phrase_tokens(head) if not _contrasted(t, head) and t.i not in systems
            for c in (ctx.token_country(t), ctx.combined_country(t))}
    return [c for c in countries if c in keep] or countries


def _company_of_state(head: Token, ctx: DocContext) -> str | None:
    """The state a company is said to be "of" ("Airbus of Spain", "Hanwha of South Korea") or that ends its name
    ("Airbus UK", "Thales-Australia"): a multinational's arm in that state is the seller, whatever home the gazetteer gives the group."""
    named = ctx.token_country(head) if head.ent_type_ == "COUNTRY" else None
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.text in HYPHENS and before.head.i == head.i and head.i > 1:
        before = head.doc[head.i - 2]  # "General Dynamics Land Systems-Canada": the state hyphened to the name
    if named and before is not None and before.dep_ == "compound" and before.head.i == head.i \
            and _is_company(before, ctx) and not any(c.dep_ == "conj" for c in head.children):
        return named  # "Airbus UK", "Thales Australia": the arm a company's name gives its state is the seller
    ent = ctx.ent_at.get(head.i)
    if ent is None or ent.label_ != "ORG" or ctx.entity_country(ent) is not None:
        return None  # (a state body, "the Ministry of Defence of X", names its state already)
    return next((ctx.token_country(o) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and ctx.token_country(o)), None)


#: Titles of a state's representatives abroad ("the US ambassador"), who stand for the giving side at a handover.
ENVOY_TITLES = word_set("transfer_words.tsv", "envoy")


def _without_envoys(head: Token, countries: list[str], ctx: DocContext) -> list[str]:
    """The countries of a receiving party's phrase less those only its envoys name: in "received by the defence
    secretary and US Ambassador X" the ambassador attends for the giver, not the buyer."""
    envoys = [t for t in ctx.phrase_tokens(head) if t.lemma_.lower() in ENVOY_TITLES or t.lower_ in ENVOY_TITLES]
    if not envoys:
        return countries
    # the envoy's own phrase: its modifiers ("US", "of Japan") and the name it titles or that stands beside it
    skip = {t.i for e in envoys for t in e.subtree}
    skip |= {t.i for e in envoys if e.dep_ == "compound" and ctx.person_at.get(e.head.i) for t in e.head.subtree}
    kept = {ctx.token_country(t) for t in ctx.phrase_tokens(head) if t.i not in skip}
    return [c for c in countries if c in kept]


def _read_frame(cue_tok: Token, ctx: DocContext) -> Frame:
    cue = cue_of(cue_tok)
    frame = Frame()
    subject_role = cue.subject
    # "radars: awarded to X (B)": a contract goes "to" the seller (the "to" phrases below)
    awarded = cue.lemma in AWARDING_VERBS and cue.pos == "VERB"
    # ("A has awarded a contract to X for ...": the deal noun's "to" on the awarding verb is the maker's too)
    awarded = awarded or cue.pos == "NOUN" and cue_tok.dep_ == "dobj" and cue_tok.head.pos_ == "VERB" \
        and cue_tok.head.lemma_.lower() in AWARDING_VERBS

    def put(role: str, tok: Token) -> None:
        if role == "supplier" and tok.lemma_.lower() in PATRON_NOUNS:
            # "Ukraine's backers promised drones": the backers give, unnamed (no record), and their state receives
            owners = [c for p in tok.children if p.dep_ == "poss" for c in ctx.phrase_countries(p)]
            if owners:
                frame.recipients.extend(c for c in owners if c not in frame.recipients)
                frame.unnamed_supplier = True
                return
        countries = _party_countries(tok, ctx)
        if role == "supplier" and countries:
            # "built by X's shipyard for Egypt": the buyer inside the maker's phrase; "transported by sea to
            # Iraq": the phrase names only the buyer
            buyers = [c for p in ctx.phrase_tokens(tok) if p.dep_ == "prep" and p.lower_ in ("for", "to")
                      for o in p.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)]
            if buyers and (set(buyers) != set(countries) or not ctx.token_country(tok)):
                frame.recipients.extend(c for c in buyers if c not in frame.recipients)
                countries = [c for c in countries if c not in buyers]
        if role == "recipient" and countries:
            countries = _without_envoys(tok, countries, ctx)
            # "the delivery of 26 carriers to A from B": the parser hangs the seller's "from" on the buyer
            sellers = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)]
            if sellers and set(sellers) != set(countries):
                frame.suppliers.extend(c for c in sellers if c not in frame.suppliers)
                countries = [c for c in countries if c not in sellers]
        if not countries and tok.lower_ in (HOME_BODIES if role == "recipient" else GOVERNING_BODIES):
            countries = _home_body_state(tok, ctx)  # "the government ordered ...", the RAAF named nearby
            if not countries and role == "supplier" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in tok.children):
                # "the government handed A 100 carriers", bare, no body of a state near: the state the story is about
                # (not "the government of X", a place's, which may be no state)
                countries = [c for c in [_story_state(ctx)] if c]
        if not countries and (tok.lemma_.lower() in ENVOY_TITLES or tok.lower_ in ENVOY_TITLES) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            countries = _same_body_before(tok, ctx)  # "the Norlandic ambassador met ... the ambassador offered"
        if not countries and tok.lower_ in ("it", "they", "we"):
            countries = _speaker_countries(tok, ctx)  # "Norland said it would hand over ..."
        if not countries and tok.lower_ == "we":
            countries = _quote_speaker_country(tok, ctx)
        if not countries and tok.lower_ == "it" and tok.dep_ == "nsubj" and _main_clause(tok.head):
            # "Talora rebuilt its navy. It received two frigates from A": the state a main clause just before
            # was about (none when a company, person or other named body was)
            owner = _possessor_antecedent(tok, ctx, sentences=2)
            countries = [ctx.token_country(owner)] if owner is not None else []  # "'We have given jets to X,' the Norlandic minister said"
        if not countries and tok.lower_ in ("it", "they") and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" \
                and tok.head.tag_ == "VBD" and not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that"
                            for t in tok.doc[tok.head.left_edge.i:tok.i]):
            # "A came second, mostly for the tanks it ordered in 2023", "B's wish to re-export shells for the guns
            # it gave A": a bare relative's "it" is the nearest state before it in its own sentence that is a
            # subject or an owner (not an object: "A asked B to pay for the jets it delivered"; a state named in a
            # sentence before may be another); a step told in the past ("the weapons it buys abroad" is a habit)
            owner = next((t for t in reversed(tok.doc[tok.sent.start:tok.head.left_edge.i])
                          if t.ent_type_ == "COUNTRY" and ctx.token_country(t)
                          and t.dep_ in ("nsubj", "nsubjpass", "poss") and _party_position(t)), None)
            countries = [ctx.token_country(owner)] if owner is not None else []
        if role == "supplier":
            frame.suppliers.extend(c for c in countries if c not in frame.suppliers)
        else:
            frame.recipients.extend(c for c in countries if c not in frame.recipients)
            if not countries and ctx.is_unnamed_party(tok):
                frame.unnamed_recipient = True
            elif not countries and _counted_group(tok) and not any(c.dep_ in ("det", "poss") for c in tok.children):
                # "selected by more than ten customers": many buyers, none named ("the two states" are a pair)
                frame.group_recipient = True

    buyers = _talks_with_buyers(cue_tok, cue, ctx)
    if cue.pos == "VERB" and cue.status == "negotiating" and subject_role == "recipient":
        subj = _clause_subject(cue_tok)
        if subj is not None and _is_company(subj, ctx):
            # "Saab is negotiating with A over jets": talks bind both sides alike, and a company in them sells (as
            # it signs a contract as the seller); its partner "with" buys
            subject_role = "supplier"
    if buyers:
        # "A is negotiating with several buyers, including B and C, over the sale": A sells to each of them
        subject_role = "supplier"
        frame.recipients.extend(c for c in buyers if c not in frame.recipients)
    other = "recipient" if subject_role == "supplier" else "supplier"
    # "Greece received an enquiry from India", "Saab won an order from Talora": the receiver of a buyer's request
    # or order is the seller, its "from" the buyer
    won = cue.pos == "NOUN" and cue_tok.lemma_.lower() in WON_DEALS and cue_tok.dep_ == "dobj" \
        and cue_tok.head.lemma_.lower() in RECEIVING_VERBS
    # "an order from the Netherlands", "a contract from Talora": whoever an order or enquiry comes from places
    # it, whatever the verb ("won", "booked", "was"), when "from" follows the noun; but "orders of equipment from
    # Paris" and "a contract for 24 jets from A" buy from it
    # (or on the verb the parser hangs it on: "Thales wins radar order from Asian country")
    from_buyer = cue.pos == "NOUN" and cue_tok.lemma_.lower() in WON_DEALS and cue_tok.i + 1 < len(cue_tok.doc) \
        and cue_tok.doc[cue_tok.i + 1].lower_ == "from" \
        and cue_tok.doc[cue_tok.i + 1].head.i in (cue_tok.i, cue_tok.head.i)
    if cue.status == "licensed_production" and cue.pos == "VERB":
        helper = _helped_by(cue_tok)
        if helper is not None:
            # "Spain is helping Peru build patrol boats": the helper supplies the know-how, the helped builds
            put("supplier", helper)
            put("recipient", next((c for c in cue_tok.children if c.dep_ == "nsubj"), None)
                or next(c for c in cue_tok.head.children if c.dep_ in ("dobj", "dative")))
            return frame
        licence = _licence_noun(cue_tok)
        for prep in (c for c in licence.children if c.dep_ == "prep" and c.lower_ in ("from", "of")) \
                if licence is not None else ():
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                put("supplier", obj)  # "under licence from X": the licensor
        for mod in (c for c in licence.children if c.dep_ in ("compound", "amod", "nmod", "poss")) \
                if licence is not None else ():
            if ctx.token_country(mod):
                put("supplier", mod)  # "made under U.S. licence", "under a Russian licence": the licensor
    if cue.pos == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cue_tok.children) \
            or (cue_tok.dep_ in ("acl", "amod") and cue_tok.tag_ == "VBN") \
            or (cue_tok.dep_ == "conj" and cue_tok.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in cue_tok.head.children)) \
            or (cue_tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in cue_tok.children)) \
            or _participle_on_object(cue_tok)
        # ("and the corvette X gifted by A": a participle with its agent, whatever tag the parser gave it)
        # ("were paid for and delivered by"; "received a frigate gifted by A", the participle misread as the object)
        if passive:
            agents = [c for c in cue_tok.children if c.dep_ == "agent"]
            agents += _coordinated_agents(cue_tok, agents)
            for prep in agents or _stray_agents(cue_tok):
                for obj in prep.children:
                    site = _maker_site(cue_tok, obj, ctx) if subject_role == "supplier" else []
                    if site:
                        # "delivered by B from its plant in A": the goods come from A, where the firm works
                        frame.suppliers.extend(c for c in site if c not in frame.suppliers)
                        continue
                    put(subject_role, obj)
            for doer in _hyphen_doers(cue_tok):
                put(subject_role, doer)
            holder = _holding_state(_phrase_head(cue_tok.head)) if _held_foreign_make(cue_tok) else None
            if holder is not None:
                # "Kenya, whose transports are Chinese-built Y-12s": the state holding the system received it (its
                # own name, not the countries of the clause on it)
                owned = [c for c in [ctx.token_country(holder)] if c] or ctx.phrase_countries(holder)[:1] \
                    or (_home_body_state(holder, ctx)[:1] if holder.lemma_.lower() in HOME_BODIES else [])
                frame.recipients.extend(c for c in owned if c not in frame.recipients and c not in frame.suppliers)
            if cue.status == "licensed_production" and not frame.recipients:
                for maker in _licensed_version_maker(cue_tok):
                    put("recipient", maker)
        elif subject_role != "system":
            subj = _clause_subject(cue_tok)
            if subj is not None:
                put(subject_role, subj)
        if subject_role == "supplier" and not any(c.dep_ in ("dative", "iobj") for c in cue_tok.children):
            first = _country_after(cue_tok, ctx)
            if first is not None and first.head.i != cue_tok.i and first.pos_ == "PROPN" \
                    and first.dep_ not in ("amod", "compound") and (first.i + 1 >= len(first.doc)
                                                                   or first.doc[first.i + 1].text not in HYPHENS):
                put("recipient", first)  # "to sell Saudi Arabia 84 jets": the parser reads a modifier
        for child in cue_tok.children:
            if child.dep_ in ("dative", "iobj") and not (awarded and child.lower_ == "to"):
                put("recipient", child)
            elif child.dep_ == "dobj" and subject_role == "supplier" and ctx.phrase_countries(child) \
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in cue_tok.children):
                put("recipient", child)  # "supply Myanmar with ..."
    else:
        signer = _signer_beside_nationality(cue_tok, ctx)
        for child in cue_tok.children:
            if signer is not None and child.dep_ == "amod" and ctx.token_country(child):
                put(other, child)  # "Kenya signs Turkish drone contract": the signer buys, the nationality sells
                continue
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                owner = _possessor_antecedent(child, ctx)  # "Talora ranked fifth. Its purchases included ..."
                if owner is None and cue_tok.dep_ == "dobj":
                    # "the government has cancelled its order": the subject of the clause, a state's own body
                    owner = _clause_subject(cue_tok.head)
                    owner = owner if owner is not None and owner.lower_ in HOME_BODIES else None
                if owner is not None:
                    put(subject_role, owner)
            named_before = _bare_body_named_before(child, ctx) if child.dep_ == "poss" else []
            if named_before:
                # "the military's purchase of X", after "the Talora military": that state's body
                side = frame.suppliers if subject_role == "supplier" else frame.recipients
                side.extend(c for c in named_before if c not in side)
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod") and ctx.token_country(child):
                ent = ctx.ent_at.get(child.i)
                company = ent is not None and ent.label_ == "ORG" and not ctx.entity_country(ent)
                # "the Leonardo helicopter contract": a company on a deal is its seller, a state its buyer; the owner
                # of a customer sells to it ("Russia's largest customer")
                client = child.dep_ == "poss" and cue_tok.lemma_.lower() in CLIENT_NOUNS
                put("supplier" if company or client else subject_role, child)
        thanked = _thanked_for(cue_tok)
        if thanked is not None:
            # "B thanked A for its aid package": A gives, B (or the state of the person thanking) receives
            frame.suppliers, frame.recipients = [], []
            for obj in (c for c in thanked.children if c.dep_ == "dobj"):
                put("supplier", obj)
            subj = _clause_subject(thanked)
            if subj is not None:
                put("recipient", subj)
        if not (frame.suppliers or frame.recipients):
            # "an order for X placed by an Asian customer": the participle of the noun's own support verb names its
            # party (the parser may hang it on the system the noun is for)
            for part in _support_participles(cue_tok):
                for obj in (o for agent in part.children if agent.dep_ == "agent" for o in agent.children):
                    put(support_verbs()[part.lemma_.lower()], obj)
        if not (frame.suppliers or frame.recipients):
            # "part of an order A placed in 2023", "the contract that B signed": the subject of a relative clause
            # of the noun's own support verb is its party
            for clause in (c for c in cue_tok.children if c.dep_ in ("relcl", "acl") and c.i > cue_tok.i
                           and c.pos_ == "VERB" and c.lemma_.lower() in support_verbs() and not negated(c)
                           and not any(a.dep_ in ("auxpass", "agent") for a in c.children)):
                for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")):
                    role = support_verbs()[clause.lemma_.lower()]
                    put(subject_role if role == "cue" else role, subj)
        if cue_tok.dep_ == "nsubj" and _awarded_deal(cue_tok) == [cue_tok]:
            # "contracts went to A's maker for X and to B's for Y": whoever a contract goes to sells
            for party in _award_parties(cue_tok.head, ctx):
                put("supplier", party)
        if not (frame.suppliers or frame.recipients or frame.unnamed_recipient) \
                and cue_tok.dep_ in ("nsubj", "nsubjpass"):
            verb = cue_tok.head
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for obj in agent.children:
                    put(subject_role, obj)  # "the contract was cancelled by Algeria"
        if (signer is not None or not (frame.suppliers or frame.recipients)) and cue_tok.dep_ in ("dobj", "pobj"):
            # "India took delivery of ...", "Poland placed an order for ...": the verb's subject
            verb = cue_tok.head if cue_tok.dep_ == "dobj" else cue_tok.head.head
            assured = None
            if cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "of" and verb.dep_ in ("dobj", "dative") \
                    and verb.lemma_.lower() not in support_verbs() and ctx.token_country(verb) \
                    and verb.head.lemma_.lower() in ASSURING_VERBS:
                assured, verb = verb, verb.head  # "assured Talora of the delivery": the party assured
            role = support_verbs().get(verb.lemma_.lower()) or _in_state_role(cue_tok, verb) \
                or ("cue" if signer is not None and verb.i == cue_tok.head.i else None)  # (a buyer calling it off)
            subj = _clause_subject(verb) if role and verb.pos_ in ("VERB", "AUX") else None
            if subj is not None and role == "cue" and verb.lemma_.lower() in REPORTING_SUPPORT \
                    and ctx.person_at.get(subj.i) and subject_role == "supplier":
                subj = None  # "the minister confirmed the delivery": an official reporting it, not the seller
            if subj is not None:
                role = subject_role if role == "cue" else "supplier" if won else role
                if role == "recipient" and _is_company(subj, ctx):
                    role = "supplier"  # "Embraer signed a contract for ...": a company signs as the seller
                    if cue.status == "negotiating":
                        subject_role, other = "supplier", "recipient"  # (and its partner in talks buys)
                put(role, subj)
            if assured is not None:
                put(other, assured)
    preps = [c for c in cue_tok.children if c.dep_ in ("prep", "dative")]
    if cue.pos == "NOUN" and cue_tok.dep_ == "dobj" and cue_tok.head.pos_ in ("VERB", "AUX") \
            and not cue_of(cue_tok.head):
        # "announced new sales of X to the Portuguese air force": the parser hangs the phrase on the verb
        # (and "granted export licences for X to B": a "to" the parser reads as the verb's dative)
        preps += [c for c in cue_tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "from")
                  and c.i > cue_tok.i]
    preps += _worth_preps(cue_tok)
    if cue.pos == "NOUN" and cue.status == "negotiating" and cue_tok.dep_ in SUBJECT_DEPS:
        # "talks on the jets were under way with A", "negotiations were held with A": the parser hangs the
        # partner on the verb
        preps += [c for c in cue_tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > cue_tok.i]
    if cue.pos == "NOUN" and cue_tok.dep_ == "nsubjpass" and cue_tok.lemma_.lower() in WON_DEALS \
            and cue_tok.head.lemma_.lower() in RECEIVING_VERBS:
        # "enquiries have been received from A for X": the passive's "from" is the noun's own buyer
        from_buyer = True
        preps += [c for c in cue_tok.head.children if c.dep_ == "prep" and c.lower_ == "from"]
    # "ordered X from A in a group with B and C", "as part of a consortium with B": the group's other members buy too
    heads = [o for p in cue_tok.children if p.dep_ == "prep" and p.lower_ in ("in", "as") for o in p.children
             if o.dep_ == "pobj"]
    heads += [o for h in heads if h.lower_ == "part" for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # ("as part of a consortium with B")
    for group in (o for o in heads if o.lemma_.lower() in JOINT_GROUP_NOUNS):
        members = [c for w in group.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children
                   if o.dep_ == "pobj" and _names_party(o, ctx) for c in _party_countries(o, ctx)]
        frame.joint += [(subject_role, c) for c in members]
    for prep in preps:
        word = prep.lower_
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            if word == "to" and awarded:
                # the maker the contract went to, its state in its phrase or beside it in brackets ("X (B)")
                for party in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                    put("supplier", party)
                continue
            if not _names_party(obj, ctx):
                client = obj.lemma_.lower() in CLIENT_NOUNS
                if word == "for" and subject_role == "supplier" and _generic_force(obj, ctx):
                    # "A's president promised new jets for a military stretched thin": a force the phrase names no
                    # state of is the promiser's own: the subject's state buys, from a seller the promise does not
                    # name (no record, as for "A's allies promised drones"; a seller named elsewhere tells its own)
                    frame.recipients.extend(c for c in frame.suppliers if c not in frame.recipients)
                    frame.suppliers = []
                    frame.unnamed_supplier = True
                    continue
                # (the members first: "sold to several countries, among them A and B" names its buyers)
                members = _members(obj, ctx) if word in ("to", "for") else []
                if members:  # "sold to five states, among them A, B and C"
                    frame.recipients.extend(c for c in members if c not in frame.recipients)
                    continue
                if (word in ("to", "for") or word == "from" and (won or from_buyer or client)) \
                        and ctx.is_unnamed_party(obj) and not _names_system(obj, ctx) \
                        and obj.lemma_.lower() not in CONTAINER_NOUNS:
                    # (but "an order for a seventh drone" names the system, not a buyer, and "talks for a further
                    # batch of missiles" the goods; an order "from a customer" comes from its buyer, whatever the verb)
                    frame.unnamed_recipient = True  # "the sale of two jets to an undisclosed customer"
                    continue
                if word == "to" and (_counted_group(obj) or _region_destination(obj, ctx)):
                    frame.group_recipient = True  # (or "to the Middle East", "to Gulf buyers": a region's states)
                if word == "with" and cue.status == "negotiating" and _counted_group(obj) \
                        and not any(c.dep_ == "det" for c in obj.children):
                    frame.unnamed_recipient = True  # "talks were under way with several more states": buyers unnamed
                if word == "with" and cue.pos == "NOUN" and (other == "recipient" or obj.lemma_.lower() in CLIENT_NOUNS) \
                        and ctx.is_unnamed_party(obj) and not _names_system(obj, ctx):
                    # "negotiating the sale of X with a customer it did not name"; "the contract with a foreign
                    # customer", whoever signs it: a customer is the buyer
                    frame.unnamed_recipient = True
                    continue
                # (only "to": "built for the navy" names the user of goods whose deal the story may tell elsewhere)
                named_before = _bare_body_named_before(obj, ctx) if word == "to" else []
                if named_before:
                    # "delivered jets to the military", after "the Talora military": that state's body
                    frame.recipients.extend(c for c in named_before if c not in frame.recipients)
                    continue
                owner = next((c for c in obj.children if c.dep_ == "poss" and ctx.token_country(c)), None)
                # ("to the military's procurement office", after "Talora's military": that state's)
                owned = [] if owner is not None or word != "to" else \
                    next((s for c in obj.children if c.dep_ == "poss" for s in [_bare_body_named_before(c, ctx)] if s), [])
                if word == "to" and (owner is not None or owned) and obj.ent_type_ != "WEAPON_SYSTEM" \
                        and not ctx.gaz.category_of(obj.lower_) and obj.lemma_.lower() not in FRONT_NOUNS:
                    if owner is not None:
                        put("recipient", owner)  # "gave jets to Talora's defence", "to Talora's war effort"
                    else:
                        frame.recipients.extend(c for c in owned if c not in frame.recipients)
                    continue
                owners = _countries_up_to_heads([obj], ctx) if word == "from" \
                    and obj.lemma_.lower() in STOCK_NOUNS else set()
                if len(owners) == 1:
                    # "to buy jets from A's own stocks": the state whose holdings they come from sells them
                    frame.suppliers.extend(c for c in owners if c not in frame.suppliers)
                    continue
                if word == "from" and owner is not None and obj.ent_type_ in ("ORG", "MILITARY") \
                        and not _names_system(obj, ctx):
                    # "boats ordered from South Korea's Daewoo": a firm or force named with its state's possessive
                    # is that state's (the seller; the buyer when an order is won from it)
                    put("recipient" if won or from_buyer else "supplier", owner)
                    continue
                first = _country_after(prep, ctx)
                if first and word in ("to", "from"):
                    # "from Denmark, Argentina's president announced": a mis-attached phrase still
                    # starts with the party
                    put("recipient" if word == "to" else "supplier", first)
                continue  # "an order for Russian fighters": the object is the system, not a party
            if word == "for" and obj.lemma_.lower() in MISSION_NOUNS:
                continue  # "vehicles for the Somalia mission": the place a force serves is not the buyer
            if word in ("to", "for"):
                put("recipient", obj)
            elif word == "from" and _gapped_from(prep):
                continue  # "drones supplied through A and Y from B": the "from" is Y's, its verb left out
            elif word == "from":
                put("recipient" if won or from_buyer else "supplier", obj)
            elif word == "through" and subject_role == "recipient":
                # "jets bought through the U.S. government": a sale run by a state's own channel is its sale
                # (goods sent "through" a state pass it in transit: only a purchase names its seller so)
                put("supplier", obj)
            elif word in ("through", "via") and subject_role == "supplier" and cue.pos == "VERB" \
                    and prep.head.i == cue_tok.i and ctx.token_country(obj) and _maker_adjective(cue_tok, ctx) \
                    and not _named_doer(cue_tok, ctx):
                # "Chinese-made drones supplied through A": when the only seller the clause has is the maker its
                # goods' own phrase names, the state they were sent through is the one that sent them ("A shipped
                # drones through B" keeps its own seller, and "the guns were shipped via B", the seller told
                # before, B only a stage on the way)
                frame.suppliers[:] = _party_countries(obj, ctx)
            elif word == "with" and any(c.dep_ == "advmod" and c.lower_ in JOINT_WITH for c in prep.children):
                # "negotiating a joint order, together with A and B": A and B buy too, beside the other buyers
                frame.joint += [(subject_role, c) for c in _party_countries(obj, ctx)]
            elif word == "with" and (cue.pos == "NOUN" or cue.status == "negotiating") and not buyers:
                put(other, obj)
                if other == "supplier":
                    frame.with_parties.extend(_party_countries(obj, ctx))
    if not frame.recipients and subject_role == "supplier":
        # "It was sold to five states so far, among them A and B": the members hang on the verb
        for prep in (c for c in cue_tok.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS):
            members = [c for obj in prep.children if obj.dep_ == "pobj" for c in _coordinated_countries(obj, ctx)]
            if members and any(p.lower_ == "to" for p in cue_tok.children if p.dep_ == "prep"):
                frame.recipients.extend(c for c in members if c not in frame.recipients)
    _asker_as_buyer(cue_tok, cue, frame, ctx)
    return frame


def _asker_as_buyer(cue_tok: Token, cue: Cue, frame: Frame, ctx: DocContext) -> None:
    """A step one party urges another to take ("Kyiv urged Berlin to send X") is the asker's interest when the asker
    is the buyer: the one asked gives, to the asker unless another buyer is named. Any other asker (a lawmaker
    pressing his own ministry, a state urging a seller to supply a third one) is a third party: no record."""
    urging = _urged(cue_tok) if cue.pos == "VERB" else None
    if urging is None:
        return
    asker = _clause_subject(urging[0])
    askers = _party_countries(asker, ctx) if asker is not None else []
    if cue.subject == "supplier" and askers and set(frame.recipients) <= set(askers) \
            and not set(askers) & set(frame.suppliers):
        frame.recipients[:] = askers
    else:
        frame.asked_by_other = True


def _support_participles(cue_tok: Token) -> list[Token]:
    """Past participles of a deal noun's support verb of the buyer's, with an agent, on the noun or on the system it
    is for ("an order for X placed by a customer", parsed with "placed" on X): they name the buyer."""
    return [t for t in cue_tok.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and cue_of(t) is None
            and support_verbs().get(t.lemma_.lower()) == "recipient"  # ("made by A" names a maker, not a party)
            and any(c.dep_ == "agent" for c in t.children)
            and (t.head.i == cue_tok.i or t.head.ent_type_ == "WEAPON_SYSTEM" or t.head.head.i == cue_tok.i
                 or any(a.i == cue_tok.i for a in t.head.ancestors) and t.head.dep_ in ("pobj", "appos"))]


def _signer_beside_nationality(cue_tok: Token, ctx: DocContext) -> Token | None:
    """The subject of the verb a deal noun is the object of ("Kenya signs Turkish drone contract"), when the noun
    also bears a nationality adjective and the subject names another party: the two are the deal's two sides, so
    the nationality is not the buyer a deal noun's own modifier would be ("the Indian contract"); so too for a buyer's
    order it calls off ("Talora cancels Norlandic drone order")."""
    if cue_of(cue_tok).subject != "recipient" or cue_tok.dep_ != "dobj" or cue_tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = cue_tok.head.lemma_.lower()
    called_off = governors().get(verb) == "cancelled" and cue_tok.lemma_.lower() in BUYERS_DEALS
    if support_verbs().get(verb) != "cue" and not called_off:
        return None
    adjectives = {ctx.token_country(c) for c in cue_tok.children if c.dep_ == "amod"} - {None}
    subj = _clause_subject(cue_tok.head)
    if not adjectives or subj is None or _is_company(subj, ctx):
        return None  # ("Navantia signs Saudi corvette contract": a company signs as the seller, the nationality buys)
    parties = set(_party_countries(subj, ctx))
    return subj if parties and not parties & adjectives else None


def _gapped_partner(mention: SystemMention, frame: Frame, ctx: DocContext) -> list[str]:
    """ "signed contracts with A for X and with B for Y" ("talks with A on X and with B on Y"): the deal's verb
    and noun are left out of the second pair,
    and the parser hangs "for Y" on the verb; Y's partner is the "with" phrase right before its "for", not the
    first one the deal noun holds. Returns the partners that are no party of this system's deal: the one replaced,
    or for X the later pairs' ones."""
    prep = mention.head.head
    if not frame.with_parties or mention.head.dep_ != "pobj" or prep.lower_ not in GAPPED_PREPS or prep.i == 0:
        return []
    last = mention.head.doc[prep.i - 1]
    partner = next((t for t in [last, *last.ancestors] if t.lower_ == "with"), None)
    if partner is None or partner.dep_ != "conj" or partner.i < last.i - 6:
        later = [t for t in mention.head.sent if t.i > mention.head.i and t.lower_ == "with" and t.dep_ == "conj"]
        return [c for t in later for o in t.children if o.dep_ == "pobj" for c in _party_countries(o, ctx)
                if c not in frame.with_parties]
    countries = [c for o in partner.children if o.dep_ == "pobj" for c in _party_countries(o, ctx)]
    if not countries or set(countries) & set(frame.with_parties):
        return []
    for side in (frame.suppliers, frame.recipients):
        if side and all(c in frame.with_parties for c in side):
            side[:] = countries
    replaced, frame.with_parties = frame.with_parties, countries
    return list(replaced)


def _gapped_clauses(verb: Token, ctx: DocContext) -> list[tuple[int, str]]:
    """The later clauses of a gapped coordination, each as (its first token, its country): in "A has offered X, B
    the Y and C Z" the verb is left out after the first clause, and each later clause is a country standing where
    the subject stood, followed by its own system. The parser reads such a country as another object, an apposition
    or a conjunct, so the clauses are found in the word order: a country (no possessive, in no prepositional
    phrase) right after a comma or "and", with a system within a few words after it (its article, its count, its
    maker's name). Empty when the verb has no country subject or no such clause follows it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (the subject may be a state's firm, "A's firm has pitched X, and B's firm the Y": each clause then leads with
    # its own state's firm)
    firms = any(_is_company(c, ctx) and any(p.dep_ == "poss" and ctx.token_country(p) for p in c.children)
                for c in subjects)
    if not any(ctx.token_country(c) for c in subjects) and not firms:
        return []
    sent = verb.sent
    out: list[tuple[int, str]] = []
    # (a buyer's clause may end on a date the parser joins the next buyer to: "A ordered X in May and B Y in July";
    # after a seller's "sold X to A in 2020 and B Y in 2021" B is another buyer, no seller)
    buyer_verb = cue_of(verb) is not None and cue_of(verb).subject == "recipient"
    i = verb.i + 1
    while i < sent.end:
        tok = verb.doc[i]
        ent = ctx.ent_at.get(i)
        if tok.ent_type_ != "COUNTRY" or tok.pos_ != "PROPN" or ent is None or ent.start != i:
            i += 1
            continue
        start = i - 1 if i > sent.start and verb.doc[i - 1].lower_ == "the" else i
        before = verb.doc[start - 1] if start > sent.start else None
        end = ent.end
        after = [t for t in verb.doc[end:min(end + 5, sent.end)]]
        country = ctx.token_country(tok)
        i = end
        owned = any(t.lower_ in ("'s", "’s") for t in after[:1])
        if before is None or before.lower_ not in (",", "and") or country is None \
                or owned and not (firms and len(after) > 1 and _is_company(after[1], ctx)):
            continue
        known = ctx.gaz.country(country)
        if known is not None and ent.text.lower() in {d.lower() for d in known.demonyms}:
            continue  # "X and Turkish drones": a maker's adjective on the next system, no clause of its own
        if (tok.head.dep_ == "prep" or any(a.dep_ == "prep" and a.i > verb.i for a in tok.ancestors if a.i < tok.i)) \
                and not (buyer_verb and _joined_to_date(tok, verb)):
            continue
        lead = 0
        while lead < len(after) and (after[lead].pos_ in ("DET", "PART") or after[lead].ent_type_ == "ORG"
                                   or after[lead].pos_ == "NUM" and after[lead].ent_type_ != "WEAPON_SYSTEM"):
            lead += 1
        if lead < len(after) and after[lead].ent_type_ == "WEAPON_SYSTEM":
            out.append((start, country))
    return out


def _joined_to_date(tok: Token, verb: Token) -> bool:
    """Whether the parser joined a state's clause to the date closing a verb's clause ("ordered X in May and B Y in
    July": B, or the Y it names, a conjunct of "May"), in a phrase on the verb itself."""
    node = tok
    while node.head.i != node.i and node.head.dep_ != "pobj" and node.i != verb.i:
        node = node.head
    date = node.head
    return node.dep_ == "conj" and date.dep_ == "pobj" and date.ent_type_ == "DATE" and date.head.dep_ == "prep" \
        and date.head.head.i == verb.i


def _hyphen_doers(participle: Token) -> list[Token]:
    """The state joined by a hyphen to a participle of giving on a system: "Iranian-supplied drones", "US-donated
    jets" (the giver, as "supplied by Iran" would name it; "Russian-made" names a maker, read elsewhere)."""
    cue = cue_of(participle)
    if participle.tag_ != "VBN" or cue is None or cue.subject != "supplier" or cue.status != "delivered":
        return []
    return hyphened_countries(participle)


def _held_foreign_make(participle: Token) -> bool:
    """Whether a participle of making names a maker state of a system a state or its force holds, with no verb of
    its own: "Kenya's Chinese-built Y-12s", "the Kenyan Air Force's Russian-made helicopters", "Kenya, whose
    transports are Chinese-built Y-12s", "the Kenyan navy's boats built by France's Piriou" (not "Chinese-built
    boats" alone, a kind of boat, nor "Kenya's Kenyan-built boats", made at home)."""
    if participle.tag_ != "VBN" or participle.lower_ not in MAKING_PARTICIPLES or negated(participle):
        return False
    if participle.dep_ == "amod":
        makers = hyphened_countries(participle)
    elif participle.dep_ == "acl":
        makers = [t for p in participle.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"
                  for t in o.subtree if t.ent_type_ == "COUNTRY"]
    else:
        return False
    holder = _holding_state(_phrase_head(participle.head))  # ("Chinese-built Y-12 transports": on the name)
    return bool(makers) and holder is not None and all(m.lower_ != holder.lower_ for m in makers)


def _foreign_made_in_service(verb: Token) -> bool:
    """Whether a verb of staying tells systems a maker's hyphened participle labels as held "in" a force's holdings,
    with no holder of their own named: "the Russian-made X systems remain in service", "French-built Y frigates are
    still in service" (not "remain in storage", "will remain in service", nor "Kenya's Russian-made X", whose
    possessor holds them)."""
    if modal(verb) or negated(verb) or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if not any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in FLEET_NOUNS
                                                             for o in p.children) for p in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "poss" for c in subject.children):
        return False
    return any(t.dep_ == "amod" and t.tag_ == "VBN" and t.lower_ in MAKING_PARTICIPLES and hyphened_countries(t)
               for t in subject.subtree)


def _holding_state(noun: Token) -> Token | None:
    """The state word of the state or force whose system a noun is: its possessor ("Kenya's", "the Kenyan Air
    Force's", "the Kenyan navy's"), or, for the noun after "be", the owner "whose" subject it is ("Kenya, whose
    transports are Y-12s")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.dep_ == "relcl":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children):
            owner = noun.head.head
    if owner is None:
        return None
    if owner.ent_type_ == "COUNTRY":
        return owner
    if owner.ent_type_ == "MILITARY":
        return owner  # "the Kenyan Air Force's": a state's force by its name
    if owner.lemma_.lower() in HOME_BODIES:
        # (a force's own phrase names its state, "the Kenyan navy"; or "the navy", whose state the story tells)
        named = next((t for t in owner.subtree if t.i < owner.i and t.ent_type_ == "COUNTRY"), None)
        bare = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children) \
            and not any(c.dep_ in ("amod", "prep") or c.dep_ == "compound" and c.ent_type_ for c in owner.children)
        return named if named is not None else owner if bare else None
    return None


def _licensed_version_maker(participle: Token) -> list[Token]:
    """The state a licensed version is made in, told by a nationality hyphened to a making participle on the version
    ("the Hungarian-built version of the X, produced under licence from A": Hungary builds it), whether the parser
    hangs the participle of licence on the version or on the system it is a version "of"."""
    holders = [participle.head]
    if participle.head.dep_ == "pobj" and participle.head.head.lower_ == "of":
        holders.append(participle.head.head.head)
    return [t for h in holders for m in h.children if m.dep_ == "amod" and m.lower_ in ORIGIN_PARTICIPLES
            for t in m.children if t.ent_type_ == "COUNTRY" and made_in(t)][:1]


def _stray_agents(cue_tok: Token) -> list[Token]:
    """The "by" phrase of a passive verb that the parser hung on the verb's object: "will be provided with ten jets
    by A", "was offered missiles by A" (the "by" on "jets"): the doer, as an agent on the verb would be."""
    objects = [c for c in cue_tok.children if c.dep_ == "dobj"] + [
        o for p in cue_tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > o.i][:1]


def _in_state_role(cue_tok: Token, verb: Token) -> str | None:
    """ "A and B are in advanced negotiations for X": the subject of "be in" a deal noun is the noun's own party
    (role "cue"), every state of it."""
    return "cue" if verb.lemma_ == "be" and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "in" else None


def _builds_foreign(cue_tok: Token, frame: Frame, maker: str | None, mention: SystemMention) -> bool:
    """Whether a verb of production has one builder for a named system whose maker is another state, and no buyer:
    the builder is then a licensee, not the system's seller."""
    cue = cue_of(cue_tok)
    # (a navy "launches" the ship it bought at the builder's yard: launching names no builder)
    return cue is not None and cue.status == "in_production" and cue_tok.pos_ == "VERB" and mention.named \
        and cue.lemma not in SHIP_CUES \
        and maker is not None and len(frame.suppliers) == 1 and maker not in frame.suppliers \
        and not frame.recipients


#: Adverbs that make a "with" phrase a party on the subject's own side ("together with A and B").
JOINT_WITH = word_set("transfer_words.tsv", "joint_with")
#: Nouns of a buying group whose "with" phrase names the other buyers ("in a group with A and B").
JOINT_GROUP_NOUNS = word_set("transfer_words.tsv", "joint_group")


def _talks_with_buyers(cue_tok: Token, cue: Cue, ctx: DocContext) -> list[str]:
    """The states named as the buyers a seller is in talks with ("negotiating with several buyers, including B
    and C"): the members of a buyer noun after "with" a verb of talks."""
    if cue.pos != "VERB" or cue.status != "negotiating":
        return []
    return [c for p in cue_tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in CLIENT_NOUNS for c in _members(o, ctx)]


def _worth_preps(cue_tok: Token) -> list[Token]:
    """The parties the parser hangs on a value after the cue ("the export of shells worth EUR 5 million to
    Talora", "a contract for jets worth $1 billion with Talora"): "worth" takes the cue's "to"/"from"/"with"."""
    tops = {cue_tok.i}
    if cue_tok.dep_ in ("dobj", "nsubjpass", "nsubj") and cue_tok.head.pos_ in ("VERB", "AUX"):
        tops.add(cue_tok.head.i)
    if cue_tok.dep_ == "pobj" and cue_tok.head.head.pos_ in ("VERB", "AUX"):
        tops.add(cue_tok.head.head.i)  # "gave the go-ahead for a sale of shells worth ..."
    out = []
    for tok in cue_tok.sent:
        if tok.lower_ != "worth" or tok.i <= cue_tok.i or not ({tok.head.i} | {a.i for a in tok.ancestors}) & tops:
            continue
        out += [c for c in tok.subtree if c.dep_ == "prep" and c.lower_ in ("to", "from", "with")]
    return out


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause (or a clause coordinated with it), not a relative or
    subordinate one ("the missiles it has long wanted")."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _possessor_antecedent(pron: Token, ctx: DocContext, sentences: int = 3, depth: int = 0) -> Token | None:
    """The country "its"/"their" stands for: the country that is (or owns) the subject of a main clause just
    before ("Talora's purchases grew. ... Its imports included ..."); none when a company, a person or another
    named body is the subject first."""
    doc = pron.doc
    sent = pron.sent
    owner = _clause_before_colon_subject(pron, ctx)
    if owner is not None:
        return owner
    candidates = [sent] if sent.root.i < pron.i else []
    while len(candidates) < sentences + (1 if candidates else 0) and sent.start > 0:
        sent = doc[sent.start - 1].sent
        candidates.append(sent)
    for s in candidates:
        found, stop = _main_subject_antecedent(pron, s.root, ctx, depth)
        if found is not None or stop:
            return found
        # "Six jets arrived in March, and A is due to receive more. It has also ...": when the main clause's subject
        # tells nothing, the subject of a main clause coordinated with it, the last one first
        for verb in sorted((c for c in s.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                            and c.i < pron.i), key=lambda c: -c.i):
            found, stop = _main_subject_antecedent(pron, verb, ctx, depth)
            if found is not None and _is_company(found, ctx):
                return None  # (a firm's, "and Norcorp will deliver more": no state's)
            if found is not None or stop:
                return found
    return None


def _main_subject_antecedent(pron: Token, verb: Token, ctx: DocContext, depth: int) -> tuple[Token | None, bool]:
    """The country a main clause's subject gives a later "its"/"it" (a state, a state's body, or "the kingdom" told
    of a state before it), and whether that subject ends the search (a company, a person or a thing named)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or pron.i in range(subj.left_edge.i, subj.right_edge.i + 1):
        return None, False
    for tok in (subj, *(c for c in subj.children if c.dep_ in ("poss", "compound", "amod"))):
        if ctx.token_country(tok) and _party_position(tok) or ctx.token_country(tok) and tok.dep_ == "poss":
            return tok, True
    ent = ctx.ent_at.get(subj.i)
    if ent is not None and ent.label_ in NAME_LABELS or ctx.person_at.get(subj.i):
        return None, True
    if depth == 0 and _state_noun_ref(subj):
        # "The kingdom is spreading its purchases. It is negotiating ...": "it" is the state "the kingdom" stands for
        return _possessor_antecedent(subj, ctx, depth=1), True
    if pron.lower_ == "it" and subj.tag_ == "NN" and subj.ent_type_ == "" and not ctx.phrase_countries(subj) \
            and subj.lower_ not in HOME_BODIES and subj.lemma_.lower() not in PARTY_NOUNS:
        return None, True  # "The factory belongs to a venture. It will assemble ...": "it" is the thing just named
    return None, False


def _clause_before_colon_subject(pron: Token, ctx: DocContext) -> Token | None:
    """The country subject of a clause that a colon or semicolon sets before the pronoun's own clause in its sentence
    ("A is in the middle of a purchase: it signed ..."), which the parser may hang below the pronoun's verb."""
    sent = pron.sent
    marks = [t.i for t in sent if t.text in (":", ";") and t.i < pron.i]
    if not marks:
        return None
    for clause in (c for c in sent.root.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < marks[-1]
                   and c.pos_ in ("VERB", "AUX")):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and ctx.token_country(subj) and _party_position(subj):
            return subj
    return None


#: Nouns for a group of states whose members a text may list ("six countries, including ...").
GROUP_NOUNS = word_set("transfer_words.tsv", "group_noun")
#: Quantifiers that, like a number, make "to several countries" a group of unnamed buyers.
VAGUE_COUNTS = word_set("transfer_words.tsv", "vague_count")


def _counted_group(obj: Token) -> bool:
    """A counted plural of buyers ("13 countries", "more than ten customers", "several states")."""
    return obj.lemma_.lower() in GROUP_NOUNS and obj.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in VAGUE_COUNTS) for c in obj.children)


def _thanked_for(cue_tok: Token) -> Token | None:
    """The verb of thanks a cue noun is the reason for ("thanked A for its aid package"), if any."""
    if cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "for" and cue_tok.head.head.lemma_.lower() in THANKING_VERBS:
        return cue_tok.head.head
    return None


def _pair_partner(cue_tok: Token, recipients: list[str], ctx: DocContext) -> list[str]:
    """The other state of a pair that agreed on a transfer to one of them: "A and B agreed that jets would be sold
    to B", "A and B signed a deal under which jets go to B": the subject pair of a clause above the cue."""
    tok = cue_tok
    for _ in range(5):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and tok is not cue_tok and any(c.dep_ == "conj" for c in subj.children):
            pair = _coordinated_countries(subj, ctx)
            if len(pair) == 2 and len(set(pair) & set(recipients)) == 1:
                return [c for c in pair if c not in recipients]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def _coordinated_agents(verb: Token, agents: list[Token]) -> list[Token]:
    """The further "by" phrases coordinated with a passive verb's agent: "ordered by A, in a deal last year, and by
    B", "ordered by A and later by B" (the parser hangs the second "by" on the verb, as a conjunct or a plain
    preposition after the "and")."""
    if len(agents) != 1:
        return []
    doc = verb.doc
    # ("ordered by A, in a deal last year, and by B": or as a conjunct of the preposition set between them)
    between = [c for p in verb.children if p.dep_ == "prep" and p.i > agents[0].i for c in p.children
               if c.dep_ == "conj" and c.lower_ == "by" and any(t.dep_ == "cc" for t in p.children)]
    return [c for c in verb.children if c.lower_ == "by" and c.i > agents[0].i and (
        c.dep_ == "conj" or c.dep_ == "prep"
        and any(t.dep_ == "cc" and t.head.i in (agents[0].i, verb.i) for t in doc[agents[0].i:c.i]))] + between


def _coordinated_with(countries: list[str], cue_tok: Token, ctx: DocContext) -> list[str]:
    """The countries coordinated with the one country in ``countries`` as the subject of a clause in the cue's
    sentence ("that A and B concluded"): each conjunct of that subject."""
    if len(countries) != 1:
        return []
    for t in cue_tok.sent:
        if t.dep_ in SUBJECT_DEPS and ctx.token_country(t) == countries[0] \
                and any(c.dep_ == "conj" for c in t.children):
            return _coordinated_countries(t, ctx)
    return []


def _coordinated_countries(tok: Token, ctx: DocContext) -> list[str]:
    """The countries of a coordination headed by ``tok`` ("A, B, and C"): each conjunct's own country."""
    found: list[tuple[int, str]] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        c = ctx.token_country(t)
        if c is None and t.pos_ in ("NOUN", "PROPN"):
            c = next((ctx.token_country(m) for m in t.children if m.dep_ in ("compound", "amod", "poss")
                      and ctx.token_country(m)), None)
        if c:
            found.append((t.i, c))
        stack.extend(ch for ch in t.children if ch.dep_ == "conj")
    out: list[str] = []
    for _, c in sorted(found):
        if c not in out:
            out.append(c)
    return out


def _members(obj: Token, ctx: DocContext) -> list[str]:
    """The listed members of a group noun ("six countries, including A and B", "customers such as A")."""
    if obj.lemma_.lower() not in GROUP_NOUNS:
        return []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS):
        members = [c for o in prep.children if o.dep_ == "pobj" for c in _coordinated_countries(o, ctx)]
        if members:
            return members
    return _members_after(obj, ctx) if obj.tag_ == "NNS" else []


def _members_after(obj: Token, ctx: DocContext) -> list[str]:
    """The members listed after a plural group noun when the parser hung the list elsewhere: "exported to ten
    states since 2021, including A and B" (the "including" put on the date), "sold to several countries, among
    them A and B" (the list made the head of "among them"). Only a comma and a time phrase may come between."""
    doc = obj.doc
    for t in doc[obj.i + 1:obj.sent.end]:
        if t.dep_ == "prep" and t.lower_ in MEMBER_PREPS:
            objs = [o for o in t.children if o.dep_ == "pobj"]
            if not objs or t.head.i < obj.i:
                return []  # (a list hung on a word before the group, such as the seller, is read there or not at all)
            if objs[0].lower_ in PARTITIVE_PRONOUNS and t.head.i > t.i:
                return _coordinated_countries(t.head, ctx)  # "among them A, B and C": the list heads the phrase
            return _coordinated_countries(objs[0], ctx)
        if t.is_punct or t.ent_type_ in ("DATE", "TIME") \
                or t.dep_ == "prep" and all(o.ent_type_ in ("DATE", "TIME") for o in t.children):
            continue
        return []
    return []


def _is_company(tok: Token, ctx: DocContext) -> bool:
    """Whether a subject is a company (not a state or its body), also through "it" in reported speech."""
    if tok.lower_ in ("it", "they"):
        verb = tok.head
        while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        tok = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), tok)
    ent = ctx.ent_at.get(tok.i)
    return ent is not None and ent.label_ == "ORG" and ctx.entity_country(ent) is None \
        and ctx.entity_country(ent, any_org=True) is not None


def _speaker_countries(pron: Token, ctx: DocContext) -> list[str]:
    """The state a subject pronoun stands for in reported speech: "Norland said it would hand over" ->
    Belarus (the subject of the verb of saying the clause depends on)."""
    verb = pron.head
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return []
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            # ("the government announced it would give ...": the state the body speaks for)
            countries = ctx.phrase_countries(subj)
            return countries or (_home_body_state(subj, ctx) if subj.lower_ in GOVERNING_BODIES else [])
    return []


def _quote_speaker_country(pron: Token, ctx: DocContext) -> list[str]:
    """The state "we" stands for inside a direct quotation: its speaker's country, or the speaking state."""
    text = ctx.text
    for quote in ctx.analysis.quotes:
        start = text.find(quote.text, quote.evidence.start)
        if start < 0 or not start <= pron.idx < start + len(quote.text) or not quote.speaker:
            continue
        country = ctx.affiliation.get(quote.speaker) or (
            ctx.gaz.country(quote.speaker).name if ctx.gaz.country(quote.speaker) else None)
        if country is None and any(p.name == quote.speaker for p in ctx.analysis.people) and ctx.home_state:
            # a person the text gives no state (a "Defence Minister" in a paper of its own state): the state the
            # document is written from and about
            country = ctx.home_state
        return [country] if country else []
    return []


def _country_after(prep: Token, ctx: DocContext) -> Token | None:
    """The country word right after a preposition ("from Denmark, ..."), skipping "the"."""
    doc = prep.doc
    i = prep.i + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and i < prep.sent.end and doc[i].ent_type_ == "COUNTRY" and ctx.token_country(doc[i]):
        ent = ctx.ent_at.get(i)
        last = doc[ent.end - 1] if ent is not None else doc[i]
        if last.i + 1 >= len(doc) or doc[last.i + 1].tag_ != "POS":
            return last
    return None


@functools.lru_cache(maxsize=1)
def offer_notifiers() -> tuple[str, ...]:
    """Lower-case names of bodies whose approval of a sale only notifies a possible one, an offer
    (offer_notifiers.tsv, cached)."""
    return tuple(r["name"] for r in read_tsv("offer_notifiers.tsv"))


def _notified_offer(sent: Span) -> bool:
    """Whether a sentence reports an approval by a body that notifies possible sales ("the Defense Security
    Cooperation Agency said ... was approved to purchase", "State Dept clears X package")."""
    if not any(t.lemma_.lower() in ("approve", "clear") for t in sent):
        return False
    low = sent.text.lower()
    return any(n in low if " " in n else n in {t.lower_ for t in sent} for n in offer_notifiers())


#: Governors that approve a sale: an approved "possible sale" is a government's real step (an export approval).
APPROVAL_WORDS = word_set("transfer_words.tsv", "approval")


def _ended_deal(cue_tok: Token) -> Token | None:
    """The deal (or talks) a cancellation ends, given a cancelled cue: the cue itself ("the end of a frigate
    deal"), the deal a cancelling verb takes ("suspended a deal to buy"), or a deal above the cue."""
    def made(tok: Token) -> bool:
        # (a letter of intent states a wish, and is ended as a deal is: "a letter of intent ... was shelved")
        return _cue_noun(tok) and (cue_of(tok).status in ("agreed", "ordered", "negotiating")
                                   or cue_of(tok).lemma == "letter") and not negated(tok) and not _given_up(tok)

    if made(cue_tok):
        # "talks on the purchase of X were suspended": the talks about the deal ended, not a deal made
        prep = cue_tok.head if cue_tok.dep_ == "pobj" else None
        talks = prep.head if prep is not None and prep.lower_ in TOPIC_PREPS else None
        if talks is not None and _cue_noun(talks) and cue_of(talks).status == "negotiating" and made(talks):
            return talks
        return cue_tok
    tok = cue_tok
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB" and governors().get(tok.lemma_.lower()) == "cancelled":
            return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and made(c)), None)
        if made(tok):
            return tok
    return None


def _ended_by_relative(noun: Token) -> bool:
    """Whether a deal noun's phrase ends in a relative clause that cancels what it refers to: "the purchase of six
    vans from A, which the ministry cancelled", "..., which was later scrapped" (the parser hangs the clause on the
    phrase's last noun); "jets from A, which cancelled its own order" has another subject, and "jets, which were
    withdrawn from service" left a fleet, not a deal."""
    def relative(t: Token) -> bool:
        # (the parser may read the relative "that" as a mark of a clause whose object is missing)
        return t.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that")
                                         for c in t.children) \
            or t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)

    return any(relative(t) and governors().get(_governor_lemma(t)) == "cancelled" and not negated(t)
               and not any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
               for t in noun.subtree)


def _ended_subject(noun: Token) -> bool:
    """Whether a deal or talks noun is the subject of an intransitive verb of ending ("talks to buy X collapsed", "the
    deal fell apart"): not when the verb takes an object ("the deal ended a long contest") or ends "with"/"in" a
    deal of its own ("talks ended with a contract")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or governors().get(_governor_lemma(verb)) != "cancelled" \
            or negated(verb) or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "in", "into") and any(
        o.dep_ == "pobj" and _cue_noun(o) for o in c.children) for c in verb.children)


def _agreed_plan_participle(noun: Token) -> Token | None:
    """The participle of making a plan noun's comma-set phrase tells, which the parser read as the clause's verb
    ("a plan to buy X from A, agreed in 2023, was cancelled": "plan" the subject of "agreed"): the plan made a
    deal; None otherwise."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in PLAN_NOUNS or verb.pos_ != "VERB" \
            or verb.tag_ not in ("VBD", "VBN") or verb.i <= noun.i or verb.doc[verb.i - 1].text != "," \
            or STATUS_PHASE.get(governors().get(verb.lemma_.lower(), "")) != "agreed" or negated(verb) \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    return verb


def _later_ending(cue_tok: Token) -> Token | None:
    """A coordinated verb of ending whose object (or passive subject) is the deal or the talks, on the clause of a
    deal: "agreed to buy jets from A, but suspended the talks in 2021", "..., but the deal was cancelled" (the
    deal, then its end, each a step of its own)."""
    clauses = [cue_tok]
    if _cue_noun(cue_tok) and cue_tok.dep_ == "dobj" and cue_tok.head.pos_ == "VERB":
        clauses.append(cue_tok.head)  # "signed a contract for X, but the contract was terminated"
    made = _agreed_plan_participle(cue_tok.head) if cue_tok.dep_ == "acl" else None
    if made is not None:
        clauses.append(made)  # "a plan to buy X, agreed in 2023, was cancelled": the clause of the plan's making
    for _ in range(2):
        if clauses[-1].dep_ not in ("xcomp", "ccomp") or clauses[-1].head.pos_ not in ("VERB", "AUX"):
            break
        clauses.append(clauses[-1].head)  # "agreed to purchase": the purchase is told by the agreeing clause

    def the_deal(noun: Token) -> bool:
        # (talks of their own, "the border talks", "talks with B", are another matter)
        plain = not any(c.dep_ in ("compound", "amod", "prep", "nmod") for c in noun.children)
        return noun.lower_ == "it" or plain and _cue_noun(noun) \
            and cue_of(noun).status in ("agreed", "ordered", "negotiating") \
            or plain and noun.lower_ in CHOICE_NOUNS  # "..., but the option was dropped": the deal as a choice

    def referring(noun: Token) -> bool:
        # ("both options were dropped": the two deals told before, each ended)
        return noun.lower_ == "it" or _definite(noun) \
            or noun.lower_ in CHOICE_NOUNS and any(c.dep_ in ("det", "predet") and c.lower_ == "both"
                                                   for c in noun.children)

    for verb in (c for clause in clauses for c in clause.children
                 if c.pos_ == "VERB" and (c.dep_ == "conj" or _sequel_infinitive(c))):
        if governors().get(verb.lemma_.lower()) != "cancelled" or negated(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if made is not None and verb.head.i == made.i and not subjects \
                and any(c.dep_ == "auxpass" for c in verb.children):
            return verb  # the plan's own clause ends it ("..., agreed in 2023, was cancelled")
        if subjects:
            # a clause with a subject of its own is about something else, unless the subject is the deal itself
            # referred back to ("agreed to buy X in 2010, but the deal was cancelled in 2013", "the order collapsed")
            if len(subjects) == 1 and the_deal(subjects[0]) and referring(subjects[0]):
                return verb
            if not any(c.dep_ == "dobj" and the_deal(c) and _definite(c) for c in verb.children):
                continue  # ("but the government cancelled the deal": the deal referred back, whoever ends it)
        if any(c.dep_ == "dobj" and the_deal(c) for c in verb.children):
            return verb
    return None


#: Adverbs that make an infinitive on a clause a later turn of events ("..., only to suspend the talks").
SEQUEL_ADVERBS = word_set("transfer_words.tsv", "sequel")


def _sequel_infinitive(verb: Token) -> bool:
    """An infinitive clause hung on another that tells what came of it ("signed for X in 2021, only to suspend the
    talks in 2022"): a step that happened, like a coordinated verb, not a purpose ("signed ... to buy X")."""
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS and c.i < verb.i for c in verb.children)


def _own_status(cue_tok: Token) -> str | None:
    """The status an adjective on a cue noun gives it ("the possible purchase", "the upcoming delivery")."""
    return next((governors()[c.lemma_.lower()] for c in cue_tok.children
                 if c.dep_ == "amod" and c.lemma_.lower() in governors()), None)


#: Verbs whose clause is a guess ("analysts speculate that ..."), people whose guesses report nothing, and
#: nouns that, denied, deny their clause ("no evidence that ...").
SPECULATION_VERBS = word_set("transfer_words.tsv", "speculation")
PUNDITS = word_set("transfer_words.tsv", "pundit")
UNVERIFIED = word_set("transfer_words.tsv", "unverified")
LACKING_PROOF = word_set("transfer_words.tsv", "lacking_proof")
RUMOURS = word_set("transfer_words.tsv", "rumour")
CLAIM_NOUNS = word_set("transfer_words.tsv", "claim_noun")
DENIALS = word_set("transfer_words.tsv", "denial")
DOWNPLAYING = word_set("transfer_words.tsv", "downplaying")
FALSITY = word_set("transfer_words.tsv", "falsity")
TRUTH_WORDS = word_set("transfer_words.tsv", "truth")
CLAIM_VERBS = word_set("transfer_words.tsv", "claim_verb")
#: How many sentences after a claim a denial of it may come ("... claimed that X bought jets. 'That is fake.'").
ANSWER_REACH = 2
BACKGROUND_PREPS = word_set("transfer_words.tsv", "background_prep")


def _denied_claim(clause: Token, head: Token) -> bool:
    """Whether a clause is the content of a denied claim: "denied reports that Norland was preparing to sell",
    "reports that Norland was negotiating for X were denied by the ministry",
    "dismissed a report that it planned to acquire", "called reports that Norland would sell jets a fabrication"
    (the parser may hang the clause on the verb itself, or on the source of the claim: "a report by a local paper
    that ...", and read its "that" as a relative pronoun)."""
    according = _according_to_claim(clause, head)
    if according is not None:
        head = according
    elif clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # ("rejects reports in the press that A bought X": the parser may read the noun as a verb and hang its
        # content clause on the denial as an adverbial one)
        return _denial_of_claim(head)
    elif clause.dep_ not in ("acl", "ccomp", "relcl") or clause.left_edge.lower_ != "that":
        return False
    head = _claim_of_source(head)
    if _claim_noun(head):
        return any(_falsity(t) or _denied_existence(t) for t in head.sent) \
            or head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in DENIALS \
            or _claim_rejected_above(head) \
            or _claim_called_false_after(head)
    return _denial_of_claim(head)


def _denial_of_claim(head: Token) -> bool:
    """Whether a word is a verb of denial with a claim for object ("denied reports", "dismisses claims"; the parser
    may tag a denial in the present as a plural noun, its object still hanging on it)."""
    if head.pos_ == "VERB":
        stems = {head.lemma_.lower()}
    elif head.tag_ == "NNS" and head.lower_.endswith("s"):
        word = head.lower_  # "rejects", "dismisses", "denies" read as nouns: the verb's stem
        stems = {word[:-1], word[:-2], word[:-3] + "y"}
    else:
        return False
    return bool(stems & DENIALS) and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in head.children)


def _according_to_claim(clause: Token, head: Token) -> Token | None:
    """The claim noun whose content a clause is through "according to which" ("reports according to which A was
    buying jets", "posts shared online according to which ..."): the parser hangs the clause on the
    "to"; None for any other clause."""
    if head.lower_ == "to" and head.head.lower_ == "according":
        according, to = head.head, head
    elif head.lower_ == "according":  # (or on "according", with the "to" on the clause's verb)
        according = head
        to = next((c for c in [*head.children, *clause.children] if c.lower_ == "to"), None)
    else:
        return None
    if clause.dep_ not in ("pcomp", "relcl") or to is None \
            or not any(c.dep_ == "pobj" and c.lower_ == "which" for c in to.children):
        return None
    holder = according.head
    if holder.dep_ == "acl" and holder.pos_ == "VERB":
        holder = holder.head  # "posts shared online according to which ...": the claim the participle is on
    if _claim_noun(holder):
        return holder
    # (the parser may hang "according" on the verb: "pressed on rumours according to which ...", whose "which" is
    # still the noun right before it)
    before = next((t for t in reversed(according.doc[according.sent.start:according.i]) if t.pos_ in ("NOUN", "PROPN")
                   or t.pos_ == "VERB" and t.dep_ != "acl"), None)
    return before if before is not None and _claim_noun(before) else None


def _claim_rejected_above(claim: Token) -> bool:
    """Whether the clause that holds a claim rejects claims ("Asked about reports that ..., the minister rejected
    these allegations"): a verb of denial above the claim whose object is a claim noun referring back to it."""
    return any(a.lemma_.lower() in DENIALS and a.pos_ == "VERB" and not negated(a) and any(
        c.dep_ == "dobj" and c.i > claim.i and _claim_referred_back(c) for c in a.children) for a in claim.ancestors)


def _claim_referred_back(noun: Token) -> bool:
    """Whether a claim noun refers back to a claim told before it ("these allegations", "the reports"), not to one
    of its own ("allegations of bribery", "the report that ...")."""
    return _claim_noun(noun) and any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS for c in noun.children) \
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)


def _sentences_after(tok: Token, reach: int = ANSWER_REACH):
    """The sentences right after a token's own, at most ``reach`` of them."""
    sent = tok.sent
    for _ in range(reach):
        if sent.end >= len(tok.doc):
            return
        sent = tok.doc[sent.end].sent
        yield sent


def _answered_false(claim: Token) -> bool:
    """Whether a claim is called false or denied to exist in its own sentence or the few after it ("That is fake
    news. There is no such order.")."""
    return any(_falsity(t) or _denied_existence(t) for sent in (claim.sent, *_sentences_after(claim))
               for t in sent if t.i > claim.i)


def _answered_untrue(claim: Token) -> bool:
    """Whether a sentence right after a claim denies its truth with a subject referring back to it ("That is not
    correct.", "Neither is right.", "None of this is true."): a truth word, the copula denied or its subject
    "neither" / "none"."""
    for sent in _sentences_after(claim):
        for t in sent:
            if t.dep_ != "acomp" or t.lower_ not in TRUTH_WORDS or t.head.lemma_ != "be":
                continue
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if subject.lower_ in ("neither", "none") or negated(t.head) and (
                    subject.lower_ in ("that", "this", "it") and subject.pos_ == "PRON"
                    or _claim_referred_back(subject)):
                return True
    return False


def _answered_not_done(claim: Token, cue_tok: Token) -> bool:
    """Whether the sentence right after a claim denies the very act it claimed ("It claimed that our jets were
    bought from A. They were not bought at all."): the claimed verb again, denied, with a pronoun for its subject
    (what the claim was about)."""
    if cue_tok.pos_ != "VERB":
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() == cue_tok.lemma_.lower() and negated(t)
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in t.children)
               for sent in _sentences_after(claim, 1) for t in sent)


def _claim_called_false_after(claim: Token) -> bool:
    """Whether a sentence right after a claim calls it false with a subject referring back to it ("There are
    reports that A wants jets. Those reports are false.", "... That is fake news.")."""
    for sent in _sentences_after(claim):
        for t in sent:
            if not _falsity(t):
                continue
            verb = t.head if t.dep_ in ("acomp", "attr") else None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if subject is not None and (_claim_referred_back(subject)
                                        or subject.lower_ in ("that", "this", "it") and subject.pos_ == "PRON"):
                return True
    return False


def _said_untrue(cue_tok: Token) -> bool:
    """Whether the cue's clause follows "it is not true that", "it is false that" in its sentence: the clause the
    sentence denies (the parser rarely hangs it on the "is")."""
    marks = [c.i for t in [cue_tok, *cue_tok.ancestors] for c in t.children if c.dep_ == "mark" and c.lower_ == "that"]
    for t in cue_tok.sent:
        if t.i >= cue_tok.i:
            break
        be = t.head
        if t.dep_ == "acomp" and be.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children) \
                and (t.lower_ in TRUTH_WORDS and negated(be) or _falsity(t)) and any(m > t.i for m in marks):
            return True
    return False


def _claim_noun(tok: Token) -> bool:
    """Whether a word is a claim noun ("report", "claims"), also where the parser tags it a verb in a noun's slot."""
    return tok.lemma_.lower() in CLAIM_NOUNS and (tok.pos_ == "NOUN" or tok.dep_ in ("dobj", "pobj", "nsubj"))


def _falsity(tok: Token) -> bool:
    """Whether a word calls a claim false ("a fabrication", "baseless", "dismissed as speculation"); not one in
    another phrase ("after months of speculation", which a confirmation may end)."""
    return tok.pos_ in ("NOUN", "ADJ") and (tok.lemma_.lower() in FALSITY or tok.lower_ in FALSITY) \
        and not (tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS)


def _denied_existence(tok: Token) -> bool:
    """Whether a noun is denied to exist ("there is no such offer", "no such deal was made"): said in the sentence
    of a claim, it answers the claim."""
    if tok.lower_ == "nothing":  # "there is nothing of the sort": nothing of the claim's kind exists
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in KIND_NOUNS for o in p.children) for p in tok.children)
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
        and any(c.dep_ in ("amod", "predet") and c.lower_ == "such" for c in tok.children)


#: Nouns of a kind, with which "nothing of the sort" denies that anything like a claim exists.
KIND_NOUNS = word_set("transfer_words.tsv", "kind_noun")


def _answered_no(clause: Token, head: Token) -> bool:
    """Whether a clause is a question its sentence answers "No" ("Asked whether A would buy jets, the minister
    replied: 'No.'"): what was asked about is denied, not reported."""
    if head.lemma_.lower() not in QUESTION_VERBS or not any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    reply = head.head if head.dep_ == "advcl" else head
    # (the parser reads a quoted "no" as an interjection or as the verb's object: 'answered "no"')
    return any(c.dep_ in ("intj", "dobj") and c.lower_ == "no" for c in reply.children)


#: Verbs that put a question to someone ("asked whether ...").
QUESTION_VERBS = word_set("transfer_words.tsv", "question_verb")
#: Verbs by which one party asks another to act ("urged B to send jets", "called on B to sell X").
URGING_VERBS = word_set("transfer_words.tsv", "urging")


def _urged(verb: Token) -> tuple[Token, Token] | None:
    """The verb of urging a cue verb's infinitive hangs on and the party urged ("A urged B to send X", "called on B
    to sell X", "appealed to B to supply X"); None when the verb is no such infinitive."""
    verb = _first_infinitive(verb)
    head = verb.head
    if verb.dep_ != "xcomp" or not _infinitive_clause(verb) or head.lemma_.lower() not in URGING_VERBS:
        return None
    urged = next((c for c in head.children if c.dep_ == "dobj"), None) or next(
        (o for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to") and p.i < verb.i
         for o in p.children if o.dep_ == "pobj"), None)
    return (head, urged) if urged is not None else None


def _claim_of_source(noun: Token) -> Token:
    """The claim noun a source hangs on ("a report by a website", "claims in the press"), else the noun itself:
    the parser may hang the claim's content clause on its source."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return noun
    holder = prep.head
    if prep.dep_ == "agent" and holder.dep_ == "acl" and holder.tag_ == "VBN":
        holder = holder.head  # "a report published by a weekly": the source is the agent of the claim's participle
    return holder if _claim_noun(holder) else noun


def _guessed(cue_tok: Token) -> bool:
    """Whether a cue stands in a guess or a claim denied: "analysts speculate that Egypt might seek", "experts
    said Vietnam could buy", "there is no evidence that Iran supplied", "dismissed reports that it would buy"."""
    if _disowned_report(cue_tok):
        return True
    tok, possible = cue_tok, False
    for _ in range(6):
        possible = possible or has_auxiliary(tok, "possibility", "future")
        below, tok = tok, tok.head
        if below.i == tok.i:
            return False
        if below.dep_ in ("acl", "ccomp") and tok.pos_ == "NOUN" and tok.lemma_.lower() in LACKING_PROOF \
                and negated(tok):
            return True
        if below.dep_ in ("acl", "ccomp") and tok.pos_ == "NOUN" and tok.lemma_.lower() in RUMOURS:
            return True  # "rumours that Cairo is buying jets": hearsay
        if _denied_claim(below, tok) or below.dep_ in ("ccomp", "advcl") and _answered_no(below, tok):
            return True
        if below.dep_ == "ccomp" and tok.pos_ == "VERB":
            if tok.lemma_.lower() in SPECULATION_VERBS:
                return True
            if tok.lemma_.lower() in CLAIM_VERBS and _answered_false(tok):
                return True  # "posts claimed that A had bought jets. 'That is fake news,' she said."
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if (tok.lemma_.lower() in CLAIM_VERBS or subject is not None and _claim_noun(subject)) \
                    and (_answered_untrue(tok) or _answered_not_done(tok, cue_tok)):
                return True  # "your report stated that A had bought X. Neither is right." / "... They were not bought"
            if subject is not None and any(c.dep_ == "amod" and c.lower_ in UNVERIFIED for c in subject.children):
                return True  # "unconfirmed reports claim that ...": a rumour
            if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in RUMOURS:
                return True  # "rumours persist that ...", "speculation grew that ...": hearsay
            if subject is not None and _superseded_text(subject):
                return True  # "An earlier version of this article said A had bought X": the error a correction fixes
            return possible and subject is not None and subject.lemma_.lower() in PUNDITS
    return False


def _superseded_text(noun: Token) -> bool:
    """Whether a noun is a text the publication put out before ("an earlier version of this article", "last week's
    issue"): a correction tells what it said only to set it right."""
    if noun.lemma_.lower() not in SUPERSEDED_TEXTS:
        return False
    marks = [c for c in noun.children if c.dep_ in ("amod", "poss")]
    return any(m.lower_ in SUPERSEDED_MARKS or any(c.dep_ == "amod" and c.lower_ in SUPERSEDED_MARKS
                                                   for c in m.children) for m in marks)


#: Words that make a clause hearsay the paper passes on ("is reported to", "reportedly"), and verbs of vouching
#: for a report ("confirm"), which, denied in a concessive clause, leave it unconfirmed.
REPORT_FRAMES = word_set("transfer_words.tsv", "report_frame")
CONFIRMATIONS = word_set("transfer_words.tsv", "confirmation")
SHOWING_VERBS = word_set("transfer_words.tsv", "showing")
#: Words that make a clause concessive ("although no one has confirmed it").
CONCESSIVE_MARKS = ("although", "though", "but")


def _disowned_report(cue_tok: Token) -> bool:
    """Whether a cue stands in a report its own sentence disowns: hearsay ("A is reported to have bought X", "A
    reportedly bought X") with a claim noun that a relative clause denies ("..., a claim B has denied") or left
    unconfirmed in a concessive clause ("..., although neither side has confirmed it"); or the content of a claim
    noun that a relative clause in its own phrase dismisses ("reports of A's interest in X, which B dismissed").
    An accusation a government makes ("A accused B of selling X, a charge B denied") is no hearsay: it stays."""
    sent, doc = cue_tok.sent, cue_tok.doc
    # (a fact check's label is often in capitals, which the parser takes for a name: the word is what counts)
    label = sent[0]
    if label.lower_ in CLAIM_NOUNS and len(sent) > 1 and sent[1].lower_ == ":" and any(
            t.lower_ in FALSITY for later in _sentences_after(label) for t in later):
        return True  # "CLAIM: a video shows A's new jets. VERDICT: False."
    if _shown_not(cue_tok):
        return True  # "the video does not show jets delivered to A"
    for claim in sent:
        # (the parser may hang the "of" phrase on a time word beside the claim: "reports last month of ...", so the
        # claim's phrase is taken as the words up to the first verb)
        if _claim_noun(claim) and claim.i < cue_tok.i and not _verb_between(doc, claim.i, cue_tok.i) and any(
                v.dep_ == "relcl" and v.i > cue_tok.i and claim.i <= v.head.i and _denying_relative(v)
                and not _verb_between(doc, cue_tok.i, v.head.i) for v in sent):
            return True  # "reports of A's interest in X, which B dismissed"
    if not _hearsay(cue_tok):
        return False
    for t in sent:
        if t.i > cue_tok.i and _claim_noun(t) and any(c.dep_ == "relcl" and _denying(c) for c in t.children):
            return True  # "..., a claim B has denied"
        if t.pos_ == "VERB" and t.lemma_.lower() in CONFIRMATIONS and t.i > cue_tok.i and t.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in t.children) \
                and (negated(t) or no_one_acting(t) or any(c.dep_ == "nsubj" and (c.lower_ == "neither" or any(
                    d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in c.children))
                    for c in t.children)):
            return True  # "..., although neither side has confirmed it"
    return False


def _verb_between(doc, start: int, end: int) -> bool:
    """Whether a verb or an auxiliary stands strictly between two positions: they are not in one noun phrase."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[start + 1:end])


def _shown_not(cue_tok: Token) -> bool:
    """Whether a cue's clause is what a denied verb of showing governs ("the video does not show jets delivered to
    A", "the photos do not prove that A bought X"), through the participle's noun or its clause."""
    tok = cue_tok
    for _ in range(3):
        if tok.dep_ not in ("acl", "ccomp", "dobj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SHOWING_VERBS:
            return negated(tok)
    return False


def _downplayed_talk(cue_tok: Token) -> bool:
    """Whether a deal noun is what talk or reports made light of are about ("played down talk of a helicopter deal",
    "downplayed reports of a tank order"); not a deal whose cost or pace is made light of ("played down the cost of
    the deal", where the deal stands)."""
    if cue_tok.dep_ != "pobj" or cue_tok.head.lower_ != "of":
        return False
    talk = cue_tok.head.head
    if talk.dep_ != "dobj" or not (_claim_noun(talk) or talk.lemma_.lower() in RUMOURS
                                   or talk.lower_ == "talk" and talk.tag_ == "NN"):
        return False
    verb = talk.head
    prt = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "down"), None)
    lemma = f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()
    return lemma in DOWNPLAYING and not negated(verb)


def _denying_relative(verb: Token) -> bool:
    """Whether a relative clause denies what it is about, itself or through the report of a denial ("which the
    ministry dismissed", "which the paper said the ministry had dismissed")."""
    return _denying(verb) or any(c.dep_ == "ccomp" and _denying(c) for c in verb.children)


def _denying(verb: Token) -> bool:
    """Whether a verb denies what it is about ("has denied", "dismissed"), itself not denied."""
    return verb.lemma_.lower() in DENIALS and not negated(verb)


def _hearsay(cue_tok: Token) -> bool:
    """Whether a cue's clause is hearsay the paper passes on: hung on a passive "reported" ("A is reported to have
    bought X") or modified by "reportedly"."""
    for tok in (cue_tok, *cue_tok.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in REPORT_FRAMES for c in tok.children):
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REPORT_FRAMES and tok.tag_ == "VBN" \
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "conj", "prep", "pobj", "pcomp", "dobj", "acl"):
            return False
    return False


SUPERSEDED_TEXTS = word_set("transfer_words.tsv", "superseded_text")
SUPERSEDED_MARKS = word_set("transfer_words.tsv", "superseded_mark")


def _under_review(verb: Token) -> bool:
    """Whether a clause puts its subject under review ("is still under review", "remains under consideration")."""
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in REVIEW_NOUNS for o in p.children) for p in verb.children)


def _past(verb: Token) -> bool:
    """A verb in the simple past or a perfect ("sold", "has sold", "had sold")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _relative_of_its_own(tok: Token) -> bool:
    """Whether a verb is a relative clause that reports a step of its own: on a named party ("Norland, which sold
    jets to Talora, ..."), or in the past on a system ("discussed the battery, which arrived last month"); but
    "jets for Talora, to be delivered next year" and "the frigate, which A will supply" stay under their clause."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if _past(tok) and not modal(tok) and any(c.dep_ == "prep" and c.lower_ in FACT_MARKS for c in tok.children):
        return True  # "held talks, after which he handed over jets": a later step of its own, not the talks' topic
    if tok.head.lemma_.lower() in governors() or _cue_noun(tok.head):
        return False
    # (a passive in the past is past too: "agreed to supply radars, which were delivered last year")
    past = _past(tok) or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children)
    return tok.head.ent_type_ in NAME_LABELS or past and not modal(tok)


#: Subordinators of an adverbial clause that, in the past, reports a step as a fact ("after A took delivery of X").
FACT_MARKS = word_set("transfer_words.tsv", "fact_mark")
#: Prepositions before a gerund that tell its step as done before the clause above ("after taking delivery of X").
FACT_PREPOSITIONS = word_set("transfer_words.tsv", "fact_preposition")


def _adverbial_of_its_own(tok: Token) -> bool:
    """Whether a verb heads an adverbial clause in the past with its own subject ("had no plans to sell jets to A
    after B took delivery of missiles from C", "refused to sell jets because B had bought missiles"): a step told as
    a fact, whatever the clause above denies or plans; "once B receives the jets" stays under its clause. So is a
    gerund after a preposition of a step done before ("is in talks for two more ships after taking delivery of four":
    the delivery is done, whatever the talks above)."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in FACT_PREPOSITIONS \
            and not negated(tok) \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "having" for c in tok.children):
        return True
    if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX") or modal(tok) or negated(tok):
        return False
    # (a passive subject is the clause's own too: "retired its old jets after six X were delivered from B")
    past = _past(tok) or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children)
    return past and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any(c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in tok.children)


#: Words of likelihood: a purchase likely is interest, a delivery likely is one of a deal made.
LIKELIHOOD_WORDS = word_set("transfer_words.tsv", "likelihood")
#: Bids and tenders, whose side the cue under them tells: "a bid to supply" is an offer, "a tender to buy" interest.
SIDED_BIDS = word_set("transfer_words.tsv", "sided_bid")
#: Auxiliaries of a bare possibility ("could buy", "might order", "may acquire").
MAYBE_AUXES = word_set("transfer_words.tsv", "maybe_aux")


def _maybe_buying(cue_tok: Token, cue: Cue) -> bool:
    """Whether a buyer's verb of buying or ordering is only a possibility: "could buy", "may order" (active:
    "the jets could be delivered next year" dates a deal made)."""
    return cue.pos == "VERB" and cue.subject == "recipient" \
        and (cue.lemma in PURCHASE_LEMMAS or cue.status == "ordered") \
        and any(c.dep_ == "aux" and c.lower_ in MAYBE_AUXES for c in cue_tok.children) \
        and not any(c.dep_ == "auxpass" for c in cue_tok.children)


#: Words of a party's readiness to act ("is ready to supply", "its readiness to supply"): said of a seller with goods not yet agreed on,
#: an offer in principle.
READINESS_WORDS = word_set("transfer_words.tsv", "readiness")
#: Verbs of selling: readiness to sell offers the goods even when they are named definitely ("ready to sell the X").
READINESS_SALE_VERBS = word_set("transfer_words.tsv", "readiness_sale")


def _seller_ready(gov: Token, below: Token, cue_tok: Token, cue: Cue, start: Token | None = None) -> bool:
    """Whether a cue is a seller's active infinitive under a word of readiness, its goods not ones referred back to:
    "stood ready to supply two more helicopters" offers them; "the jets are ready to be delivered" and "is ready to
    deliver the frigate" tell a delivery of a deal made; "is ready to sell the X" offers the type whatever its
    article (a lot already sold is not still to be sold), and so does readiness to offer or share it."""
    return gov.lemma_.lower() in READINESS_WORDS and below.i == (start or cue_tok).i and below.dep_ in ("xcomp", "acl") \
        and cue.pos == "VERB" and cue.subject == "supplier" \
        and not any(c.dep_ == "auxpass" for c in cue_tok.children) \
        and (cue_tok.lemma_.lower() in READINESS_SALE_VERBS or cue.status == "offered"
             or not any(c.dep_ == "dobj" and _definite(c) for c in cue_tok.children))


#: Auxiliaries that, put before their subject at the head of a clause, make it a condition ("Should A buy jets, ...").
INVERTED_CONDITIONS = word_set("transfer_words.tsv", "inverted_condition")


def _supposed(cue_tok: Token) -> bool:
    """Whether a cue verb's clause is a condition or a question: "if Manila buys jets, it would ...", "should Manila
    buy jets, ...", "asked whether Lima might buy jets" (the clause the verb heads, or the one its infinitive hangs
    on: "were Manila to buy jets")."""
    clause = cue_tok
    if clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    # (a reported "would" is the future of the past, no supposition: "A said it would buy X if ..."; a reported
    # "could" still is one: "A said it could deliver X if it won")
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX and not (clause.dep_ == "ccomp" and c.lower_ == "would")
           for c in clause.children) \
            and any(c.dep_ == "advcl" and conditional(c) for c in clause.children):
        return True  # "Egypt would buy jets if Washington allowed it": the step under a condition, not taken
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    if conditional(clause):
        return True
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        # "the question is whether the jets arrive", "asked by X whether A had requested jets, B said ...": the
        # clause is what is asked, or in a concession one alternative of several, none of them told
        return True
    first = clause.left_edge
    # (the parser may make the inverted "were" itself the clause's head: "Were A to buy jets, ...")
    return first.lower_ in INVERTED_CONDITIONS and (first.i == clause.i or first.head.i == clause.i
                                                    and first.dep_ in ("aux", "auxpass")) \
        and any(c.dep_ == "nsubj" and c.i > first.i for c in clause.children) and clause.dep_ == "advcl"


def _first_infinitive(verb: Token) -> Token:
    """The first of coordinated infinitives a verb is a later one of ("agreed to train crews and (to) supply jets":
    "train"), whose governor governs them all; the verb itself otherwise."""
    while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" \
            and verb.head.tag_ == "VB" and verb.head.dep_ in ("xcomp", "advcl", "acl", "ccomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    return verb


def _headline_governor(verb: Token) -> str | None:
    """The governor of a headline's gerund that the tagger read as a plural noun subject: "Greece mulls buying
    jets", "Cairo weighs buying drones" ("mulls" taken for the subject of "buying"); None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT":
        return None
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                 and c.lower_.endswith("s") and c.lemma_.lower() in governors()
                 and any(g.dep_ == "compound" and g.ent_type_ in ("COUNTRY", "GPE") for g in c.children)), None)


def _denied_support(noun: Token) -> bool:
    """Whether a deal noun is the object of a denied verb that takes it ("never took delivery of", "has not won a
    contract", "did not place an order"): the step did not happen."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in support_verbs() and negated(noun.head)


#: Determiners of a deal noun that, under a denied verb, deny the deal ("not ... any agreement for X").
POLARITY_DETS = word_set("transfer_words.tsv", "polarity_det")


def _denied_any(noun: Token) -> bool:
    """Whether a deal noun under "any" is the object of a denied verb, or of a preposition on one ("has not entered
    into any agreement for X", "does not concern any transfer of X", "did not sign any contract"): no deal made (but
    "denied it had not signed any contract" is left to the reader of the report)."""
    if not any(c.dep_ == "det" and c.lower_ in POLARITY_DETS for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head \
        if noun.dep_ == "dobj" else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and negated(verb)


def _set_against_ending(verb: Token) -> bool:
    """Whether a verb of ending is set against a stronger one by "rather than" ("frozen rather than cancelled",
    "suspended rather than scrapped"): the text denies the deal's end."""
    return any(c.dep_ == "cc" and c.lower_ == "than"
               and any(r.lower_ == "rather" for r in (*c.children, c.doc[max(c.i - 1, 0)])) for c in verb.children) \
        and any(c.dep_ == "conj" and governors().get(c.lemma_.lower()) == "cancelled" for c in verb.children)


#: Nouns of a party standing in a deal's way ("its objection to the sale"): what is done to them is not done to the deal.
OBSTACLE_NOUNS = word_set("transfer_words.tsv", "obstacle")
#: Verbs of going on with a step ("proceed with the purchase"); denied, they give the step up.
GOING_ON_VERBS = word_set("transfer_words.tsv", "going_on")


def _given_up(cue_tok: Token) -> bool:
    """Whether a deal noun is the one a denied verb of going on takes "with": "decided not to proceed with the
    purchase of X" (the purchase given up; no deal was told as made)."""
    prep = cue_tok.head
    return cue_tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in GOING_ON_VERBS and negated(prep.head)


def _across_semicolon(below: Token, gov: Token) -> bool:
    """Whether a semicolon of the governor's or the clause's stands between them: two sentences joined by
    ";" that the parser hung one on the other, so the governor's mood and steps are not the clause's."""
    if below.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
        return False
    low, high = sorted((below.i, gov.i))
    return any(t.text == ";" and t.head.i in (below.i, gov.i) for t in below.doc[low + 1:high])


#: Determiners of a deal noun that, as the subject of a conditional verb, make it a supposed deal ("a deal would ...").
SUPPOSED_DETS = word_set("transfer_words.tsv", "supposed_det")
#: Auxiliaries of a conditional verb ("a deal would be costly"; "could", "might" tell a possible purchase instead).
SUPPOSING_AUX = word_set("transfer_words.tsv", "supposing_aux")


def _deal_noun_of_letter(cue_tok: Token, cue: Cue, letter: Token) -> bool:
    """Whether a deal noun hangs below a letter of intent with no clause of its own between them ("signed a letter of
    intent covering the purchase of X jets"): the letter tells the step, a wish; the signing of it orders nothing (but
    "a letter of intent whereby A will buy X" tells the step in its own clause)."""
    if cue.pos != "NOUN" or cue_tok.pos_ != "NOUN":
        return False
    between = [t for t in cue_tok.ancestors if any(a.i == letter.i for a in t.ancestors)]
    return not any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in t.children)
                   for t in between)


#: Nouns of a state's own plans for itself ("the defence plan", "the budget"): as the subject of a giving verb
#: ("every plan has promised submarines") they tell what the state means to get, no giver and no deal.
OWN_PLAN_NOUNS = word_set("transfer_words.tsv", "own_plan_noun")


def _plan_as_giver(verb: Token) -> bool:
    """Whether a giving verb's subject is a plan or a budget, not a party ("the plan promised frigates")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in OWN_PLAN_NOUNS for c in verb.children)


def _infinitive_clause(verb: Token) -> bool:
    """Whether a clause is an infinitive ("expects its first jets to land"): a step ahead, never one reported done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Verbs by which a buyer turns down an offer ("rejected an offer of X"), and verbs of taking one up, which, denied,
#: do the same ("did not accept an offer of X"): the offer, the object, was made all the same.
DECLINING_VERBS = word_set("transfer_words.tsv", "declining_offer")
ACCEPTING_VERBS = word_set("transfer_words.tsv", "accepting_offer")


#: Pronouns by which a second clause takes up the thing the first one was about ("... but did not buy it").
BACK_REFERRING_OBJECTS = frozenset({"it", "them", "one", "any"})


def _passed_over(cue_tok: Token) -> bool:
    """Whether a verb of interest is followed, in a clause joined to it, by the purchase denied for the same thing
    ("evaluated X in 2019 but did not buy it", "tested the jets and never ordered them"): looked at and turned
    down, so no interest stands. A purchase only "not yet" made leaves the interest open ("... but has not yet
    ordered it")."""
    for verb in (c for c in cue_tok.children if c.dep_ == "conj" and c.i > cue_tok.i and c.pos_ == "VERB"):
        second = cue_of(verb)
        if second is None or second.pos != "VERB" or second.subject != "recipient" \
                or STATUS_PHASE.get(second.status) not in ("agreed", "delivered") or not negated(verb) \
                or any(c.lower_ in ("yet", "still") for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and c.lower_ in BACK_REFERRING_OBJECTS for c in verb.children):
            return True
    return False


def _status(cue_tok: Token) -> str | None:
    """The status a cue implies, with its governors and tense; None when negated."""
    cue = cue_of(cue_tok)
    status = cue.status
    if negated(cue_tok) or cue.pos == "VERB" and no_one_acting(cue_tok) or _guessed(cue_tok) or _said_untrue(cue_tok):
        return None
    if cue.pos == "NOUN" and status == "offered" and cue_tok.dep_ == "dobj" and cue_tok.head.pos_ == "VERB" \
            and (cue_tok.head.lemma_.lower() in DECLINING_VERBS
                 or negated(cue_tok.head) and cue_tok.head.lemma_.lower() in ACCEPTING_VERBS):
        return "offered"  # "rejected an offer of X", "would not take up an offer of X": the offer was made
    if cue.pos == "NOUN" and (_denied_support(cue_tok) or _denied_any(cue_tok)):
        return None  # "never took delivery of the jets", "has not signed any contract for X": the step did not happen
    if cue.pos == "NOUN" and _downplayed_talk(cue_tok):
        return None  # "officials played down talk of a helicopter deal": no deal taken as made or under way
    if cue.pos == "VERB" and _supposed(cue_tok):
        return None  # "if Manila buys the jets, ...", "should Manila buy the jets, ...": a supposition, no step
    if cue.pos == "VERB" and cue.subject == "supplier" and _plan_as_giver(cue_tok):
        return None  # "every defence plan has promised submarines": a state's own plan gives nobody anything
    if cue.pos == "VERB" and _urged(cue_tok) is not None:
        return None if negated(_urged(cue_tok)[0]) else "interest"  # "A urged B to send X": asked for, not done
    if cue.pos == "VERB" and status == "interest" and _passed_over(cue_tok):
        return None  # "the navy tested X but did not buy it": the interest ended without a deal
    if cue.pos == "NOUN" and _ended_by_relative(cue_tok):
        return "cancelled"  # "the purchase of jets from A, which the ministry cancelled": the deal ended
    if cue.pos == "NOUN" and _given_up(cue_tok):
        return "cancelled"  # "decided not to proceed with the purchase of X": the step given up
    if cue.pos == "VERB" and cue_tok.dep_ == "pcomp" and (_contrast_prep(cue_tok.head) or any(
            c.dep_ == "advmod" and c.lower_ in CONTRAST_WORDS for c in cue_tok.head.children)):
        return None  # "instead of buying X", "rather than ordering X": the step not taken
    verb = cue_tok if cue.pos == "VERB" else cue_tok.head if cue_tok.dep_ in ("nsubj", "nsubjpass") else None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"} if verb is not None else set()
    if "have" in auxes and auxes & {"would", "could", "might", "should"}:
        return None  # "that deal would have been worth ...", "A could have sold X to B": a step that did not happen
    if cue.pos == "NOUN" and verb is not None and cue_tok.dep_ in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "det" and c.lower_ in SUPPOSED_DETS for c in cue_tok.children) \
            and {c.lower_ for c in verb.children if c.dep_ == "aux"} & SUPPOSING_AUX:
        return None  # "a Rafale deal would be costly", "any such purchase would take years": a deal supposed, none made
    if cue.pos == "NOUN" and cue_tok.dep_ in SUBJECT_DEPS and _under_review(cue_tok.head):
        return None  # "a permit for tanks to B is still under review": nothing granted yet
    if cue_tok.dep_ == "xcomp" and cue_tok.head.lemma_ in ("have", "be") \
            and any(c.lower_ == "yet" for c in cue_tok.head.children):
        return None  # "is yet to receive the jets": nothing handed over
    if cue.pos == "NOUN" and cue_tok.dep_ == "dobj" and cue_tok.head.dep_ == "xcomp" \
            and cue_tok.head.head.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in cue_tok.head.head.children):
        return "negotiating"  # "has yet to sign a contract for X": the deal is still being worked out, none signed
    if cue.pos == "VERB" and _closing_ahead(cue_tok) and not negated(cue_tok.head):
        return "negotiating"  # a headline's "Kenya set to sign for six jets": the signing is still ahead
    if cue.pos == "VERB" and cue.lemma in licence_words()["production"] and _under_licence(cue_tok):
        return "licensed_production"
    if cue.pos == "NOUN" and status == "in_production" and cue_tok.dep_ == "pobj" \
            and cue_tok.head.lower_ in STATE_PREPS and _state_holder(cue_tok).lemma_ != "be" \
            and cue_tok.i in (c.i for c in _made_state(_state_holder(cue_tok))):
        return "in_production"  # "the boat, under construction since 2018, is due in 2028": its state now
    if cue.pos == "VERB" and status == "in_production" and modal(cue_tok) and cue.lemma not in SHIP_CUES:
        # "Turkey will build four corvettes for Pakistan": a deal to build, not yet under way (but a ship that
        # "will be launched" is being built)
        return "agreed"
    if cue.pos == "VERB" and cue.status == "licensed_production" \
            and any(c.dep_ == "auxpass" for c in cue_tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in cue_tok.children):
        return "in_production"  # "the frigate being built in Shanghai for a foreign navy": built for a buyer
    if cue.pos == "NOUN" and status == "delivered" and cue_tok.dep_ == "dobj" \
            and cue_tok.head.lemma_.lower() in INCLUDING_VERBS:
        deal = _clause_subject(cue_tok.head)
        if deal is not None and _cue_noun(deal) and cue_of(deal).status in ("agreed", "ordered"):
            return _status(deal)  # "the contract covers the supply of 12 helicopters": the supply is the deal's
    if cue.pos == "NOUN" and status == "delivered" and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ == "for" \
            and cue_tok.head.head.pos_ == "VERB":
        deal = next((c for c in cue_tok.head.head.children if c.dep_ in ("dobj", "nsubjpass") and _cue_noun(c)
                     and cue_of(c).status in ("agreed", "ordered")), None)
        if deal is not None:
            return _status(deal)  # "a contract was inked with X for the supply of jets": the supply is the deal's
    if cue.pos == "NOUN" and status == "delivered" and cue_tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
            and modal(cue_tok.head):
        status = "agreed"  # "is due to take delivery of", "the delivery will take place next year": still to come
    headline = _headline_governor(cue_tok)
    if headline is not None:
        return None if governors()[headline] == "none" else governors()[headline]
    if _maybe_buying(cue_tok, cue):
        return "interest"  # "Qatar may buy more jets", "Hanoi could order Su-35s": a possibility, no deal
    if cue.pos == "VERB" and status == "delivered" and cue.lemma in PURCHASE_LEMMAS and any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lower_ == "worth"
                                  and any(m.ent_type_ == "MONEY" for m in c.children)) for c in cue_tok.children):
        status = "ordered"  # "bought $80 million worth of rockets": a deal of a value, not goods handed over
    if cue.pos == "VERB" and status == "delivered" and cue.lemma in RECEIVING_VERBS and any(
            c.dep_ == "dobj" and governors().get(c.lemma_.lower()) == "offered" for c in cue_tok.children):
        return "offered"  # "received offers for X", "got a proposal for Y": an offer made, nothing handed over
    if cue.pos == "VERB" and status == "delivered":
        if modal(cue_tok) or _arranged(cue_tok) or _headline_infinitive(cue_tok):
            status = "agreed"  # "will buy", "would supply", "is to receive", a headline's "Kenya to acquire drones"
        elif cue_tok.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in cue_tok.children) \
                and not any(c.lemma_ == "have" and c.dep_ == "aux" for c in cue_tok.children) \
                and cue.lemma not in POSSESSION_VERBS:
            # "Talora is buying", "Norland is donating": under way, not yet handed over (but "is operating" a
            # system tells it is in service, and "has been supplying jets since 2004" tells lots handed over)
            status = "agreed"
        elif any(c.dep_ in ("mark", "advmod") and c.lower_ in PENDING_MARKS
                 # (but not a mark of another clause: "since 2016, when A lifted an embargo, B has received")
                 and (c.head.i == cue_tok.i or c.head in cue_tok.ancestors or c.head.pos_ not in ("VERB", "AUX"))
                 for c in cue_tok.doc[cue_tok.left_edge.i:cue_tok.i]) \
                and cue_tok.tag_ in ("VBP", "VBZ", "VB", "VBN") and not any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in cue_tok.children):
            status = "agreed"  # "once the systems are delivered": a delivery still to come
    if cue.pos == "NOUN" and status == "delivered" and cue_tok.dep_ == "nsubj" and cue_tok.head.lemma_ == "be" \
            and not negated(cue_tok.head) and any(c.dep_ == "acomp" and c.lemma_.lower() in IMMINENT_WORDS
                                                  for c in cue_tok.head.children):
        status = "agreed"  # "deliveries of X to B are due to start in 2026", "the handover is due in May": ahead
    if status in ("agreed", "delivered") and any(
            p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() == "condition" for o in p.children)
            for p in cue_tok.children):
        return "offered"  # "would hand over eight jets on condition that Serbia pays": an offer
    # "ready to train crews and to supply jets": an infinitive coordinated on another shares what governs it
    start = _first_infinitive(cue_tok)
    tok = start
    for _ in range(5):
        if tok.head.i == tok.i or tok.dep_ == "conj" and tok.pos_ == "VERB":
            break  # "signed a memorandum and handed over a vessel": a sibling verb governs nothing
        if _relative_of_its_own(tok) or _adverbial_of_its_own(tok):
            break  # "Norland, which sold jets to Talora, is waiting for tanks": the main clause is another matter
        below = tok
        tok = tok.head
        if _across_semicolon(below, tok):
            break  # "A ordered six jets; four more could be bought later": the parser hung one sentence on the next
        if below.dep_ in ("ccomp", "xcomp") and any(
                c.dep_ == "nsubj" and getattr(_reduced_relative_main(c), "i", None) == below.i for c in tok.children):
            break  # "the jets promised to A were handed over": the participle above governs nothing
        if _misattached_interest(tok, below):
            return "interest"  # "informed them of the interest of the navy in acquiring two boats"
        participle = _deal_participle_clause(tok)
        if participle is not None and below.i != participle[1].i \
                and governors().get(_governor_lemma(participle[1])) == "cancelled" and not negated(participle[1]):
            return "cancelled"  # "a deal agreed with A for X was suspended in March": the deal's own verb ends it
        participle = _deal_participle_clause(tok.head) if tok.dep_ == "nsubj" and below.dep_ == "acl" else None
        if participle is not None and participle[0].i == tok.i \
                and governors().get(_governor_lemma(participle[1])) == "cancelled" and not negated(participle[1]):
            return "cancelled"  # "a deal to buy X, agreed in 2019, was cancelled": the participle read as the verb
        if below.dep_ == "acl" and _agreed_plan_participle(tok) is not None:
            return "agreed"  # "a plan to buy X from A, agreed in 2023, ...": the plan made a deal
        if _participle_of_ended_deal(tok):
            return "cancelled"  # "an agreement reached in 2023 to buy X was called off": the deal made, then ended
        lemma = "approve" if tok.pos_ == "VERB" and _gives_approval(tok) else _governor_lemma(tok)
        if tok.pos_ == "ADV" and " " in lemma:
            tok_is_governor = True  # a headline's "Iran close to buying jets", the adjective tagged an adverb
        else:
            tok_is_governor = tok.pos_ in ("VERB", "NOUN", "ADJ", "AUX")
        if lemma in BINDING_VERBS and not (below.pos_ == "VERB" and _infinitive_clause(below)
                                           or below.dep_ == "prep" and below.lower_ == "to"):
            continue  # "committed troops after buying jets": the purchase is not what the party is bound to
        if lemma.endswith(" of intent") and _deal_noun_of_letter(cue_tok, cue, tok):
            return None if negated(tok) else governors()[lemma]  # "a letter of intent covering the purchase of X"
        if lemma.endswith(" of intent") and not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX
                                                     for c in cue_tok.children):
            continue  # "a letter of intent whereby A will buy X": the step the clause tells ("would buy": interest)
        if cue.lemma == "letter" and cue.pos == "NOUN" and governors().get(lemma) in ("agreed", "ordered"):
            if negated(tok):
                return None
            continue  # "signed a letter of intent": the letter's kind tells the step, not the signing
        if lemma == "plan" and tok.pos_ == "VERB" and tok.dep_ == "ROOT" and below.dep_ == "xcomp" and any(
                c.i < tok.i and c.dep_ in ("nsubj", "aux") and c.pos_ in ("NOUN", "AUX") and c.lower_.endswith("s")
                and governors().get(c.lower_[:-1]) == "cancelled" for c in tok.children):
            return "cancelled"  # a headline's "Peru scraps plan to buy jets", parsed with "plan" as the verb
        if lemma in governors() and governors()[lemma] == "agreed" and status in ("delivered", "ordered", "offered") \
                and below.i == start.i and below.dep_ == "ccomp" and cue.pos == "VERB" \
                and any(c.dep_ in SUBJECT_DEPS for c in cue_tok.children) and not _infinitive_clause(below):
            # "confirmed that a battery from X has arrived", "confirmed that B had ordered jets", "A has offered
            # jets to B, a spokesman confirmed": the step reported, not a deal confirmed
            break
        if lemma in governors() and governors()[lemma] == "agreed" and below.dep_ == "ccomp" \
                and STATUS_PHASE.get(status) == "prospective" and tok.pos_ == "VERB" \
                and _that_clause(below):
            break  # "confirmed that talks on jets are under way": the talks are confirmed, not a deal
        if lemma in governors() and governors()[lemma] == "agreed" and lemma in STATEMENT_VERBS \
                and below.i == start.i and below.dep_ == "dobj" and cue.pos == "NOUN" \
                and STATUS_PHASE.get(status) == "prospective":
            break  # "the ministry confirms drone talks with A", "confirmed an offer of jets": the talks are told
        if status == "negotiating" and lemma in APPROVING_WORDS and governors().get(lemma) == "agreed" \
                and not negated(tok):
            break  # "gave the ministry the green light to open talks with A on X": the talks are permitted, no deal
        if lemma in REACHING_VERBS and below.dep_ == "nsubj":
            break  # "a shipment of drones reached A": the shipment arrives ("reached a deal" closes one)
        if governors().get(lemma) == "cancelled" and below.dep_ == "nsubj" and tok.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in tok.children):
            break  # "the deal ended a long competition": the deal ends something else, it is not ended
        if governors().get(lemma) == "cancelled" and below.dep_ == "advcl" and below.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("advmod", "mark") and c.i < below.i and c.lower_ in function_words("time_subordinator")
                        for c in below.children):
            break  # "the long wait ended in May, when it ordered jets": the time clause tells a step of its own
        if lemma in NOTIFYING_VERBS and not _notifies_legislature(tok):
            break  # "notified Congress of a sale" tells a possible sale; "notified the UN register of" a report
        if governors().get(lemma) == "cancelled" and _set_against_ending(tok):
            break  # "the deal was frozen rather than cancelled": a pause the text sets against an end; the deal stands
        if tok.pos_ == "NOUN" and lemma in OBSTACLE_NOUNS or below.dep_ == "prep" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in OBSTACLE_NOUNS for c in tok.children):
            # "dropped its objection to the sale of X" (the parser may hang "to" on the verb): what ends is the
            # objection, not the deal
            break
        if lemma in QUESTION_VERBS and below.dep_ == "xcomp" and tok.pos_ == "VERB":
            # "asked to buy eight jets from A": a request to buy, nothing bought (a request turned down was still made)
            return None if negated(tok) else "interest"
        if lemma in governors() and tok_is_governor:
            reported = tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether")
                                                    for c in tok.children)
            if (tok.dep_ in ("xcomp", "dobj") or reported) and tok.head.pos_ in ("VERB", "AUX") \
                    and governors()[lemma] != "none" \
                    and (negated(tok.head) or governors().get(_governor_lemma(tok.head)) == "none"):
                # "refused to approve the sale", "did not agree to sign a contract", "denied plans to buy": the step
                # above is denied (and "denied that the army was negotiating to buy drones": the talks are)
                return None
            if governors()[lemma] == "none" and (below.dep_ in ("advcl", "conj") or below.dep_ == "ccomp" and not any(
                    c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in below.children)):
                # "rejected the claim, saying it had sold rifles": the cue is a claim of its own (but "denied
                # that it had received drones" denies the cue)
                break
            if governors()[lemma] == "none" and tok.pos_ in ("VERB", "AUX") \
                    and {c.lower_ for c in tok.children if c.dep_ == "aux"} >= {"would", "have"}:
                break  # "a resolution that would have blocked the sale of jets": the sale was not blocked
            if negated(tok) or governors()[lemma] == "none" or tok.pos_ == "NOUN" and _denied_support(tok):
                return None  # "did not agree to sell", "refused to supply", "denied sending", "has not won a
                # contract to supply"
            if governors()[lemma] == "delivered" and below.i == start.i and cue.pos == "NOUN" and (
                    STATUS_PHASE[status] == "prospective" or status == "in_production" and any(
                        t.dep_ == "prep" and t.lower_ == "for" and any(o.dep_ == "pobj" and o.ent_type_ == "COUNTRY"
                                                                       for o in t.children)
                        for t in cue_tok.subtree)):
                # "began deliveries" delivers; "began talks on jets" are talks, "began construction of four
                # frigates for B" is building them
                break
            if lemma in CLOSING_VERBS and tok.pos_ == "VERB" and tok.dep_ == "advcl" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return "negotiating"  # "arrived in Riyadh to seal a deal": the deal is still being made
            if STATUS_PHASE.get(governors()[lemma]) == "agreed" and _closing_ahead(tok):
                return "negotiating"  # "is finalising a contract", "is set to sign a deal": not closed yet
            if lemma in IMMINENT_WORDS and below.dep_ in SUBJECT_DEPS and any(
                    x.dep_ == "xcomp" and _closing_ahead(x) for x in tok.children):
                return "negotiating"  # "a deal is expected to be signed next month": the signing is ahead
            closing = tok.head
            if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and closing.lemma_.lower() in CLOSING_VERBS \
                    and closing.dep_ in ("advcl", "xcomp") and not _cue_noun(tok.head) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in closing.children) \
                    and closing.head.lemma_.lower() not in governors():
                return "negotiating"  # "came to seal a deal that will provide missiles": the deal is still being made
            above = tok.head  # "cancelling its plans to buy", "scrapped an agreement to supply"
            if tok.dep_ in ("dobj", "nsubjpass", "xcomp") and governors().get(_governor_lemma(above)) == "cancelled" \
                    and not negated(above):
                return "cancelled"
            if tok.pos_ == "NOUN" and _ended_subject(tok):
                return "cancelled"  # "talks to buy X collapsed in 2022": the talks (or the deal) came to an end
            if tok.dep_ == "pobj" and above.lower_ == "of" and above.head.pos_ == "NOUN" \
                    and governors().get(above.head.lemma_.lower()) == "cancelled":
                return "cancelled"  # "the cancellation of a plan to buy": the plan is cancelled
            own = _own_status(cue_tok)
            if own == "offered" and lemma in APPROVAL_WORDS:
                return own  # "approved the possible sale of": a notified possible sale, an offer
            if own is not None and lemma not in APPROVAL_WORDS and STATUS_PHASE.get(own) == "prospective" \
                    and STATUS_PHASE.get(governors()[lemma]) == "agreed":
                return own  # "an agreement for the possible purchase of": the purchase is still only possible
            if cue.status == "licensed_production" and STATUS_PHASE.get(governors()[lemma]) == "agreed":
                return "licensed_production"  # "an agreement to manufacture the Y in the Kingdom": a licensed build
            if lemma in LIKELIHOOD_WORDS and cue.pos == "VERB" and status == "delivered" and (
                    cue.subject == "system" or any(c.dep_ == "auxpass" for c in cue_tok.children)):
                return "agreed"  # "the jets are likely to be delivered next year": a deal made, its delivery ahead
            if lemma in SIDED_BIDS and cue.pos == "VERB" and cue.subject == "supplier" \
                    and STATUS_PHASE.get(status) != "production":
                return "offered"  # "submitted a bid to supply 24 jets": the seller's bid is an offer
            signed = _signed_document(tok, below, below.i == start.i) if lemma in SIGNING_VERBS else None
            if signed is not None:
                return signed  # "signed a deal" is agreed, "signed a contract" ordered, "signed an MoU" interest
            if governors()[lemma] == "delivered" and tok.pos_ in ("VERB", "AUX") and modal(tok):
                return "agreed"  # "deliveries will begin in 2027": still to come
            if _seller_ready(tok, below, cue_tok, cue, start):
                return "offered"  # "stands ready to supply more jets": a seller's readiness is an offer
            if STATUS_PHASE.get(governors()[lemma]) == "prospective" and below.i == start.i and cue.pos == "NOUN" \
                    and status in ("agreed", "ordered") and _signed_by_participle(cue_tok):
                return "ordered"  # "discussed the contract for 36 guns signed in June": talks on a deal already signed
            return governors()[lemma]
        if (below.dep_ == "xcomp" or below.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in below.children)) \
                and tok.pos_ == "VERB" and lemma not in governors():
            # "unveiled plans to sell", "will miss its deadline to deliver": the parser hangs the infinitive on
            # the verb, not on its object
            plan = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         and c.lemma_.lower() in governors() and c.i < below.i), None)
            if plan is not None:
                return governors()[plan.lemma_.lower()]
        if below.dep_ == "prep" and below.lower_ in TOPIC_PREPS and tok.pos_ == "VERB" and lemma not in governors():
            # "was holding talks with B on the purchase of": the parser hangs the topic on the verb, not on the talks
            talks = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < below.i
                          and governors().get(c.lemma_.lower()) == "negotiating"), None)
            if talks is not None:
                return None if negated(tok) else "negotiating"
        if tok.lemma_ == "be" and below.dep_ in ("advcl", "xcomp", "ccomp"):
            # "the approval was for Norland to supply shells", "the plan is to buy jets": the subject governs
            subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                            and c.lemma_.lower() in governors()), None)
            if subject is not None:
                return None if negated(tok) or governors()[subject.lemma_.lower()] == "none" \
                    else governors()[subject.lemma_.lower()]
        if tok.lemma_ == "be":
            # "Egypt was in talks with France to buy": the state the subject is in governs the cue
            state = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "under")
                          for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in governors()
                          and governors()[o.lemma_.lower()] == "negotiating"), None)
            if state is not None:
                return governors()[state.lemma_.lower()]
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("could", "might")
                                              for c in tok.children) and status != "cancelled":
            return "interest"  # "an accord that could bring new orders": a possibility, not a deal
        if lemma in HEARSAY_VERBS and below.dep_ == "xcomp" and below.i == start.i \
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
                and (status in ("agreed", "ordered") or cue.lemma in PURCHASE_LEMMAS):
            return "negotiating"  # "is said to have ordered", "is rumoured to be buying": a deal not confirmed
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX"):
            break  # "Ukraine, which took delivery of six, wants more": the main clause governs nothing here
        if tok.pos_ == "VERB" and lemma not in ("be", "have") and tok.dep_ not in ("xcomp", "pcomp", "acl", "advcl"):
            break
    for child in cue_tok.children:  # "due for delivery", "interest in buying" hang below nouns too
        if (child.dep_ == "amod" or child.dep_ == "compound" and child.pos_ == "VERB" and child.i < cue_tok.i) \
                and child.lemma_.lower() in governors():
            # (a headline's verb read as a modifier: "Cabinet Approves Frigate Delivery to Talora")
            if governors()[child.lemma_.lower()] == "none":
                return None
            return governors()[child.lemma_.lower()]
    return status


#: Verbs that close a deal they take as object ("reached a deal") but tell an arrival of their subject.
REACHING_VERBS = word_set("transfer_words.tsv", "reaching")
#: Verbs of notifying, whose notice to a legislature of a sale is an offer ("notified Congress of a sale").
NOTIFYING_VERBS = word_set("transfer_words.tsv", "notifying")
LEGISLATURES = word_set("transfer_words.tsv", "legislature")


def _notifies_legislature(verb) -> bool:
    """Whether a verb of notifying tells a legislature: its object ("notified Congress of a sale") or, in the
    passive, the object of its "to" ("a package of missiles was notified to Congress")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in LEGISLATURES:
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in LEGISLATURES for o in c.children):
            return True
    return False
#: Prepositions that give the topic of talks ("talks on the purchase", "negotiations over the sale").
TOPIC_PREPS = word_set("transfer_words.tsv", "topic_prep")
#: Prepositions of the system in a gapped pair: the lot of a deal ("with A for X and with B for Y") or the topic
#: of talks ("talks with A on X and with B on Y").
GAPPED_PREPS = frozenset({"for"}) | TOPIC_PREPS
#: Verbs of hearsay whose passive raises a purchase into a report not confirmed ("is said to have ordered").
HEARSAY_VERBS = word_set("transfer_words.tsv", "hearsay")
LIST_GLUE = word_set("transfer_words.tsv", "list_glue")


def _listed_after(prev: SystemMention, cur: SystemMention) -> bool:
    """Whether ``cur`` follows ``prev`` in a list: only commas, "and", modifiers of ``cur`` between."""
    doc = cur.head.doc
    start = cur.span.start
    while start > prev.head.i + 1 and doc[start - 1].pos_ in ("ADJ", "NUM", "DET", "NOUN", "PROPN", "PUNCT") \
            and doc[start - 1].text not in LIST_GLUE:
        start -= 1
    after = prev.head.i + 1
    for prep in (c for c in prev.head.children if c.dep_ == "prep" and c.lower_ in ("from", "to")):
        if prep.i == after:
            after = prep.right_edge.i + 1  # "12 jets from Spain, and 2 frigates": the item's own party
    between = doc[after:start]
    return prev.head.i < start and all(t.lower_ in LIST_GLUE for t in between) and len(between) <= 4


KIT_WORDS = word_set("transfer_words.tsv", "kit")
ASSEMBLY_LEMMAS = word_set("transfer_words.tsv", "assembly")


def _in_kits(mention: SystemMention, sent: Span) -> bool:
    """Whether the system travels as kits to be assembled: "Su-30 kits for assembly", "in kits"."""
    near = mention.head.doc[mention.span.start:min(mention.head.i + 4, sent.end)]
    # (or "as kits" on the verb above the system or on the clause on it: "30 trucks which will be delivered as kits")
    above = {c.i for c in mention.head.ancestors} | {c.i for c in mention.head.children if c.dep_ in ("relcl", "acl")}
    kits = any(t.lower_ in KIT_WORDS for t in near) or any(
        t.lower_ in KIT_WORDS and (t.head.i in above - {c.i for c in mention.head.children}
                                   or t.dep_ == "pobj" and t.head.head.i in above) for t in sent)
    assembled = any(t.lemma_.lower() in ASSEMBLY_LEMMAS for t in sent)
    return kits and (assembled or mention.head.lower_ in KIT_WORDS)


def _quantity(mention: SystemMention, own: bool = False) -> int | None:
    """The count of a system phrase ("36 J-10C fighters"); unless ``own``, also the count of the phrase it
    stands in ("two of the helicopters", "a batch of six")."""
    head = mention.head
    if _bare_ordinal(head) or _ordinal_of_lot(head) or _named_ordinal(head) and mention.referring:
        return 1  # "the first was handed over", "the first of which arrived": one of the lot
    if _is_number(head) and not mention.span.start < head.i < mention.span.end:
        # a bare number standing for the systems (not the number closing a name: "a Dornier 228 fitted with X")
        return _count(head)
    inside = range(mention.span.start, mention.span.end)
    name_tokens = [t for t in mention.span if t.i != head.i] if mention.span.end <= head.i else []
    for child in [c for t in (head, *name_tokens) for c in t.children]:
        if child.dep_ in ("nummod", "compound") and child.like_num and child.i not in inside \
                or child.dep_ == "nummod" and child.i not in inside:
            if child.lower_ in SCALE_WORDS:
                # "1 million artillery shells": the scale word carries the number it multiplies
                q = parse_quantity(" ".join(t.text for t in child.subtree if t.like_num))
                if q:
                    return q
            if not _count(child) and child.like_num:
                continue  # "155mm guns", "the 2019 contract": a calibre or a year, not a count
            # (not the whole the count is part of: "the first two of 12 jets")
            of = next((c.i for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), len(head.doc))
            # (a measure the parser hung on the count is none of it: "54 K9 155 mm howitzers")
            words = [t.text for t in child.subtree if (t.like_num or t.lower_ in NUMBER_WORDS) and t.i < of
                     and not _measure_word(t)]
            figures = [t for t in child.subtree if t.like_num and t.text[:1].isdigit() and t.i < of
                       and not _measure_word(t)]
            if len(figures) > 1:
                # "between 100 and 150 jets", "12 to 16 helicopters": a range, not one number spelt in parts (nor two
                # lots to add up); its upper end is the count the deal may reach
                q = _count(figures[-1])
                if q:
                    return q
            q = parse_quantity(" ".join(words)) or parse_quantity(child.text)
            if q and any(t.lower_ == "half" for t in child.subtree if t.i < of) and q % 2 == 0:
                q //= 2  # "half a dozen jets": six
            if q:
                return q
    # the words just before the name: "36 J-10C fighters", "the remaining two S-400 regiments"
    doc = head.doc
    for i in range(mention.span.start - 1, max(mention.span.start - 4, head.sent.start) - 1, -1):
        tok = doc[i]
        if tok.like_num or tok.lower_ in NUMBER_WORDS and tok.lower_ not in ("a", "an", "both"):
            q = _count(tok)
            if q and (tok.lower_ == "dozen" or tok.lower_ in SCALE_WORDS) and i > head.sent.start \
                    and doc[i - 1].like_num and _count(doc[i - 1]):
                # "two dozen CAESAR howitzers", the parser hanging the number on the name: the words count together
                q = parse_quantity(f"{doc[i - 1].text} {tok.text}") or q
            if q:
                return q
        if tok.pos_ not in ("ADJ", "DET", "NUM") or tok.ent_type_ in ("DATE", "MONEY"):
            break
    run = _lost_name_run(mention)
    if run and run[0].i > 0 and doc[run[0].i - 1].pos_ == "NUM":
        return _count(doc[run[0].i - 1])  # "six American Norland Corporation/Vale Defence X-7 jets"
    for child in head.children:
        if child.dep_ in ("appos", "nsubj") and child.pos_ == "NUM" and child.i > head.i \
                and doc[child.i - 1].text.endswith(":"):
            return _count(child)  # a factbox line's "X drones (A): 13 delivered 2021"
    if own:
        return None
    # "two of the six": the number the system phrase hangs on
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NUM":
        return _count(head.head.head)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in CONTAINER_NOUNS:
        for child in head.head.head.children:
            if child.dep_ == "nummod":
                return _count(child)
        holder = head.head.head
        if holder.lower_ in NUMBER_WORDS and holder.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children):
            return parse_quantity(holder.lower_)  # "a pair of jets", "a dozen of the tanks"
    return None


#: Number words that scale the numeral before them ("1 million", "two thousand").
SCALE_WORDS = word_set("transfer_words.tsv", "scale")


def _nummod_count(tok: Token) -> int | None:
    return next((q for c in tok.children if c.dep_ == "nummod" and (q := _count(c))), None)


def _lot(mention: SystemMention) -> tuple[int, int | None] | None:
    """(part, whole) when the system phrase names part of a counted lot: the part is what the clause
    reports, the whole is the order it belongs to. "the first of 36 jets" -> (1, 36); "the first two of
    twelve ships" -> (2, 12); "20 of the 36 jets" -> (20, 36); "33 jets out of 36" -> (33, 36). None when
    the phrase names no part ("a batch of six jets" is six)."""
    head = mention.head
    if head.pos_ == "NUM":
        return None
    parts, wholes = word_set("lot_words.tsv", "part"), word_set("lot_words.tsv", "whole")
    whole = _quantity(mention, own=True)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        holder = head.head.head
        if holder.lower_ in parts and holder.dep_ != "amod":
            # "the first of 36 jets"; "the first two of": the number the ordinal goes with, else one
            return (_nummod_count(holder) or 1, whole)
        if holder.pos_ == "NUM" and whole and _count(holder) and _count(holder) < whole:
            return (_count(holder), whole)  # "twenty of the 36 jets", "the first two of twelve ships"
    lot_noun = _appositive_lot(mention)
    if lot_noun is not None:
        # "X, the first of two corvettes ordered in 2021, arrived": the named one is the part, the phrase the whole
        return (_nummod_count(lot_noun.head.head) or 1, _nummod_count(lot_noun))
    # (the count may hang on a word of the name rather than its head: "the first two of six CH-47F Chinooks", the
    # designator read as a number)
    counted = [c for t in (head, *(t for t in mention.span if t.i != head.i)) for c in t.children
               if c.i not in range(mention.span.start, mention.span.end)]
    for c in counted:
        # "the first two of 12 jets", the parser hanging the whole on the part: "of" below the part's number
        of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None) \
            if c.dep_ == "nummod" and _count(c) else None
        size = next((_count(t) for t in of.subtree if t.like_num and _count(t)), None) if of is not None else None
        if size and _count(c) < size:
            return (_count(c), size)
    for c in counted:
        # the parser may read "the first two of twelve ships" as a compound number: "two" and "of" as its
        # quantifiers
        if c.dep_ == "nummod" and _count(c) and any(q.lower_ == "of" for q in c.children if q.dep_ == "quantmod"):
            part = next((q for q in c.children if q.dep_ == "quantmod" and q.i < c.i and _count(q)), None)
            if part is not None and _count(part) < _count(c):
                return (_count(part), _count(c))
    # "33 jets out of 36": "out of" on the phrase or on the clause it stands in
    holders = [head]
    for anc in head.ancestors:
        holders.append(anc)
        if anc.pos_ in ("VERB", "AUX"):
            break
    for h in holders:
        for out in (c for c in h.children if c.dep_ == "prep" and c.lower_ in wholes):
            for of in (c for c in out.children if c.dep_ == "prep" and c.lower_ == "of"):
                size = next((_count(o) for o in of.children if o.dep_ == "pobj" and o.pos_ == "NUM"), None)
                part = _quantity(mention)
                if size and part and part < size:
                    return (part, size)
    return None


def _appositive_lot(mention: SystemMention) -> Token | None:
    """The counted noun of a lot a named system is said, in apposition, to be part of ("BRP X, the first of two
    corvettes ordered in 2021", "HMS Y, the second of three ships"), or None."""
    head = mention.head
    part = next((c for c in head.children if c.dep_ == "appos" and c.lower_ in word_set("lot_words.tsv", "part")
                 and c.i > head.i), None)
    if part is None:
        return None
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if noun is None or _nummod_count(noun) is None or _nummod_count(noun) <= (_nummod_count(part) or 1):
        return None
    return noun


def _purchase_cue(mention: SystemMention, cue_toks: list[Token]) -> Token | None:
    """The verb of buying or ordering that describes the system ("the first of 36 jets bought from X"), or the
    "order" of a lot said to be "on order" ("the first 38 of the 108 tanks on order")."""
    lot_noun = _appositive_lot(mention)
    lot_clause = [c for c in lot_noun.children if c.dep_ in ("acl", "relcl")] if lot_noun is not None else []
    for tok in [*cue_toks, *mention.head.children, *lot_clause]:
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in PURCHASE_LEMMAS or (cue_of(tok) is not None and
                                                                               cue_of(tok).status == "ordered")):
            return tok
    return _on_order(mention)


def _on_order(mention: SystemMention) -> Token | None:
    """The "order" of a bare "on order" phrase on a lot ("the 108 tanks on order"; the contact clause "the 29
    launchers Taiwan has on order", which the parser hangs elsewhere, read off the words after the phrase): the lot
    is ordered (not "on the order of", a size)."""
    doc = mention.head.doc
    end = i = max(mention.span.end, mention.head.i + 1)
    stop = mention.head.sent.end
    while i < stop and (doc[i].ent_type_ == "COUNTRY" or doc[i].tag_ == "PRP"):
        i += 1  # the clause's subject: a state or a pronoun
    if end < i < stop and doc[i].lemma_.lower() in HOLDING_VERBS:
        i += 1
    elif i > end:
        return None
    return doc[i + 1] if i + 1 < stop and doc[i].lower_ == "on" and doc[i + 1].lemma_.lower() == "order" else None


def _own_date(ctx: DocContext, sent: Span, tok: Token, others: tuple[Token, ...] = ()) -> str | None:
    """A date in a verb's own phrase ("bought in 2014"), or None: the sentence's other dates are other steps
    (and so are the dates inside the phrases of ``others``, the cues of the other steps)."""
    for ent in ctx.ents_in(sent):
        if ent.label_ == "DATE" and tok.left_edge.i <= ent.start and ent.end - 1 <= tok.right_edge.i \
                and not any(o.left_edge.i <= ent.start and ent.end - 1 <= o.right_edge.i for o in others):
            resolved = ctx.ent_date(ent)
            if resolved:
                return resolved
    return None


def _value(sent: Span, ctx: DocContext) -> tuple[float | None, str | None]:
    for ent in ctx.ents_in(sent):
        if ent.label_ == "MONEY":
            money = parse_money(ent.text)
            if money:
                return money
    return None, None


def _clause_countries(cue_tok: Token, ctx: DocContext, companies: bool = True, licensee: bool = False) -> list[str]:
    """Countries in the clause around a cue (its verb's subtree), nearest first; without the home states of
    companies when ``companies`` is False (a maker sells, it is not a buyer's stand-in), nor the state word on a
    company ("Czech firm X") unless the company may be a ``licensee`` (a maker building under licence)."""
    tok = cue_tok
    while (tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") or _infinitive_relative(tok)) \
            and tok.head.i != tok.i:
        tok = tok.head
    found = []
    # a coordinated clause with its own subject is another statement ("X from A has arrived, and B has
    # completed ..."): its countries are not this clause's parties
    others = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > cue_tok.i
              and any(s.dep_ in SUBJECT_DEPS for s in c.children) for t in c.subtree}
    others |= _other_deal_relatives(tok, cue_tok)
    # (a gapped clause, "A donated six and B four more": its state is another seller, not this clause's party)
    others |= {t.i for c in tok.children if _gapped_subject(c, ctx) for t in c.subtree}
    # (the accuser of "A accused B of supplying X" brings the charge; it is no party to the supplying)
    others |= {t.i for s in _accusers(cue_tok) for t in s.subtree}
    for t in sorted(ctx.phrase_tokens(tok, max_tokens=80, skip=ASIDE_DEPS), key=lambda t: abs(t.i - cue_tok.i)):
        c = ctx.token_country(t)
        if c and c not in found and _party_position(t) and t.i not in others \
                and (companies or not _is_company(t, ctx) and (licensee or not _company_nationality(t, ctx))):
            found.append(c)
    return found


#: Nouns of a company, whose state word ("Czech firm X", "the Korean shipyard") is its nationality.
COMPANY_NOUNS = word_set("transfer_words.tsv", "company_noun")


def _company_named(tok: Token, ctx: DocContext) -> bool:
    """Whether a phrase names a company: a company's name, or a company noun as its head or modifier ("the firm",
    "Czech firm Aero")."""
    return _is_company(tok, ctx) or tok.lemma_.lower() in COMPANY_NOUNS \
        or any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in COMPANY_NOUNS for c in tok.children)


def _company_nationality(tok: Token, ctx: DocContext) -> bool:
    """Whether a state word modifies a company's name or noun ("Czech firm Aero's jets", "a Korean shipyard"): the
    company's nationality marks it as a seller, never a buyer."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("compound", "amod", "nmod") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in COMPANY_NOUNS or _is_company(head, ctx):
            return True
    return False


def _gapped_subject(tok: Token, ctx: DocContext) -> bool:
    """Whether a state the parser coordinates with a verb is the subject of a clause that leaves the verb out, its
    count after it ("Russia donated six in 2017 and Belarus four more in 2019": "Belarus" a conjunct of "donated",
    "four" hung on it)."""
    return tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.i > tok.head.i and tok.ent_type_ == "COUNTRY" \
        and ctx.token_country(tok) is not None and any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i) \
        and _gapped_count(tok) is not None


#: Words that may stand between a gapped clause's subject and its count ("and B another six").
GAPPED_COUNT_DETS = frozenset({"another", "a", "further"})


def _gapped_count(tok: Token) -> Token | None:
    """The count right after a gapped clause's subject ("B four more", "B another six"; the parser hangs it on the
    subject, on the verb or on "more"), or None."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and doc[j].lower_ in GAPPED_COUNT_DETS:
        j += 1
    return doc[j] if j < len(doc) and doc[j].like_num and _count(doc[j]) else None


def _gapped_seller(cue_tok: Token, mention: "SystemMention", ctx: DocContext) -> tuple[str, int | None, str | None] | None:
    """The seller, count and date of a gapped clause on a verb of giving whose subject is the seller ("A donated six
    MiG-29s in 2017 and B four more in 2019": B, 4, 2019), or None. The date is one in the verb's phrase after the
    gapped subject."""
    cue = cue_of(cue_tok)
    if cue is None or cue.subject != "supplier" or cue_tok.pos_ != "VERB" or mention.head.i > cue_tok.right_edge.i:
        return None
    gapped = next((c for c in cue_tok.children if _gapped_subject(c, ctx) and c.i > mention.head.i), None)
    if gapped is None:
        return None
    count = _gapped_count(gapped)
    when = None
    for ent in ctx.ents_in(cue_tok.sent):
        if ent.label_ == "DATE" and ent.start > gapped.i and ent.end - 1 <= cue_tok.right_edge.i:
            when = ctx.ent_date(ent)
            break
    return ctx.token_country(gapped), _count(count), when


def _infinitive_relative(verb: Token) -> bool:
    """Whether a "relative clause" is a subjectless to-infinitive the parser hangs on a noun ("signed a contract
    worth $1 billion to supply ..."): it tells the purpose of the clause above, not a statement of its own."""
    return verb.dep_ == "relcl" and verb.tag_ == "VB" and _infinitive_clause(verb) \
        and not any(c.dep_ in SUBJECT_DEPS or c.tag_ in ("WDT", "WP") for c in verb.children)


def _passing_relative(rel: Token, cue_tok: Token) -> bool:
    """Whether ``rel`` is a relative clause telling a deal of its own on a noun the cue's clause mentions only in
    passing ("ordered radars for the refit of the frigates it bought from A": A sold the frigates, not the radars). A
    relative clause on the cue's own subject or object ("the jets it ordered from A arrived") tells this deal."""
    if rel.dep_ != "relcl" or rel.pos_ != "VERB" or rel.i == cue_tok.i or cue_of(rel) is None \
            or rel.left_edge.i <= cue_tok.i <= rel.right_edge.i:
        return False
    noun = rel.head
    return not (noun.i == cue_tok.i or noun.head.i == cue_tok.i
                and noun.dep_ in (*SUBJECT_DEPS, "dobj", "attr", "dative"))


def _other_deal_relatives(clause: Token, cue_tok: Token) -> set[int]:
    """Tokens of the relative clauses in a cue's clause that tell deals of their own (``_passing_relative``)."""
    return {t.i for rel in clause.subtree if _passing_relative(rel, cue_tok) for t in rel.subtree}


def _other_cues_sellers(cue_tok: Token, ctx: DocContext) -> set[str]:
    """Countries a buying verb of another lot in the sentence has its goods "from" ("a frigate bought from A
    in 2004 and a corvette bought from B": B sold the corvette, it did not buy the frigate), or another
    contract is signed "with", or another offer comes "from" ("was negotiating for X and had received an offer from
    A for Y": A offers Y, it does not buy X), or the agent of another lot's passive supply participle names ("jets
    delivered by A and vehicles supplied by B's maker": B sold the vehicles, it did not buy the jets)."""
    agents = {c for t in cue_tok.sent if t.dep_ == "agent" and t.head.i != cue_tok.i and t.head.pos_ == "VERB"
              and cue_of(t.head) is not None and cue_of(t.head).subject == "supplier"
              # (a handing-over step: "launched by A" builds or fires, it sells nothing)
              and cue_of(t.head).status != "in_production"
              for o in t.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o)}
    return agents | {c for t in cue_tok.sent if t.dep_ == "pobj" and t.head.head.i != cue_tok.i and (
                t.head.lower_ == "from" and t.head.head.pos_ == "VERB" and cue_of(t.head.head) is not None
                and cue_of(t.head.head).subject == "recipient"
                or t.head.lower_ == "from" and any(
                    o.pos_ == "NOUN" and _cue_noun(o) and cue_of(o).status == "offered"
                    for o in (t.head.head, *(c for c in t.head.head.children if c.dep_ == "dobj")))
                # "signed a contract with A for X, after cancelling a deal to buy Y": A is the contract's partner
                # (but "an agreement with B to supply X": a deal holding the cue is its own)
                or t.head.lower_ == "with" and t.head.head.pos_ == "NOUN" and _cue_noun(t.head.head)
                and cue_of(t.head.head).status in ("ordered", "agreed")
                and not t.head.head.left_edge.i <= cue_tok.i <= t.head.head.right_edge.i)
            for c in [ctx.token_country(t)] if c}


def _reporter_countries(cue_tok: Token, ctx: DocContext) -> list[str]:
    """The state a reported clause comes from: the reporting verb's subject ("a Ugandan spokesman said ...") or
    its scene ("In Uganda, the spokesman said ...")."""
    tok = cue_tok
    while tok.dep_ not in ("ROOT", "ccomp") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp":
        return []
    verb = tok.head
    found: list[str] = []
    for child in verb.children:
        heads = [child] if child.dep_ == "nsubj" else [o for o in child.children if o.dep_ == "pobj"] \
            if child.dep_ == "prep" and child.lower_ == "in" else []
        for head in heads:
            found += [c for c in ctx.phrase_countries(head) if c not in found]
    return found


#: Verbs by which a government reports a step as a plain fact ("said", "confirmed"; not "denied", "claimed").
SAYING_VERBS = word_set("transfer_words.tsv", "own_report")


def _arrival_state(cue_tok: Token, ctx: DocContext) -> str | None:
    """The one state a verb of arrival whose subject is the system takes as its object ("had reached B")."""
    cue = cue_of(cue_tok)
    if cue is None or cue.subject != "system" or cue_tok.pos_ != "VERB":
        return None
    found = {c for o in cue_tok.children if o.dep_ == "dobj" for c in [ctx.token_country(o)] if c}
    return found.pop() if len(found) == 1 else None


def _own_lot(mention: SystemMention) -> bool:
    """Whether a relative clause on the system makes it the reporter's own lot ("the tanks it pledged")."""
    return any(v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in v.children)
               for v in mention.head.children)


def _reporting_states(cue_tok: Token, ctx: DocContext) -> list[str]:
    """The one state that is the subject of the verb of saying a clause is reported by ("Norland's ministry said
    ...", "Talora said ..."): only the subject, not the scene (a state "in" which a report is made is no giver)."""
    tok = cue_tok
    while tok.dep_ not in ("ROOT", "ccomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    # (a coordinated clause is a statement of its own: "A said it would fund X, and B has used Y to buy Z")
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SAYING_VERBS:
        return []
    # (up to the subject's head: "officials in A said" reports from A, not for it)
    found = _countries_up_to_heads([c for c in tok.head.children if c.dep_ == "nsubj"], ctx)
    return list(found) if len(found) == 1 else []


def _outer_subject(cue_tok: Token, ctx: DocContext) -> list[str]:
    """The country that is the subject of the clause a deal noun's relative clause hangs in: in "A signed a
    memorandum that may result in a purchase of tanks from B" the purchase is A's, though its own clause
    names only B. Climbs from relative clause to the clause of the noun it describes, at most three times."""
    tok = cue_tok
    for _ in range(3):
        while tok.dep_ != "relcl" and tok.head.i != tok.i and tok.dep_ not in ASIDE_DEPS:
            tok = tok.head
        if tok.dep_ != "relcl":
            return []
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in ASIDE_DEPS:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subj = _clause_subject(verb)
        if subj is not None and subj.dep_ != "relcl" and subj.pos_ != "VERB":
            countries = ctx.phrase_countries(subj)
            if ctx.token_country(subj) and countries:
                return countries
        tok = verb
    return []


SITE_NOUNS = word_set("transfer_words.tsv", "site_noun")
CONFLICT_NOUNS = word_set("transfer_words.tsv", "conflict_noun")


def _site_owners(sent: Span, ctx: DocContext) -> list[str]:
    """The state a sentence names as owner of a base or a force ("the Kenyan Air Force Base X", "Ghana's navy"),
    when it names one only."""
    found: list[str] = []
    for tok in sent:
        if tok.ent_type_ not in ("COUNTRY", "MILITARY") or tok.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        lo, hi = sorted((tok.i, tok.head.i))
        if hi - lo > 6 or not any(w.lemma_.lower() in SITE_NOUNS or w.lemma_.lower() in PARTY_NOUNS
                                  for w in ctx.doc[lo:hi + 1] if w.i != tok.i):
            continue
        country = ctx.token_country(tok)
        if country and country not in found:
            found.append(country)
    return found if len(found) == 1 else []


#: Prepositions of the place where something is made ("built in Karachi", "assembled at a local yard").
SITE_PREPS = frozenset({"in", "at"})


def _built_at_makers(mention: SystemMention, cue_toks: list[Token], statuses: list[str], ctx: DocContext) -> bool:
    """Whether a system's licensed build is told only as made in its maker's own state, beside another step of its
    transfer ("the air force flies X helicopters assembled in A", A the maker's): the maker built and sold them."""
    built = [t for t, st in zip(cue_toks, statuses) if st == "licensed_production"]
    held = mention.head.dep_ == "dobj" and mention.head.head.lemma_.lower() in POSSESSION_VERBS | HOLDING_VERBS
    if not held or any(_under_licence(t) for t in built):
        return False
    sites = {c for t in built for c in _build_site_countries(t, ctx)}
    maker = _origin(mention, ctx, mentioned_only=False)
    return bool(sites) and maker is not None and sites == {maker}


def _build_site_countries(verb: Token, ctx: DocContext) -> list[str]:
    """The states of the places a verb of production is done at ("built at Karachi Shipyard", "assembled in
    Cugir"), with the sites of a gapped clause coordinated on its subject ("four in China and four at X")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    holders = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")]
    sites = [o for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in SITE_PREPS
             for o in prep.children if o.dep_ == "pobj"]
    # "the Kazan plant is building X", "a factory in A produces X": the works doing the making stands where it is
    sites += [o for works in verb.children if works.dep_ == "nsubj" and works.lemma_.lower() in WORKS_NOUNS
              for o in [works, *(o for p in works.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS | {"near"}
                                 for o in p.children if o.dep_ == "pobj")]]
    # "the shipyard in Callao, where the second vessel built under licence was launched": the place "where" is on
    sites += [clause.head for clause in (verb, *list(verb.ancestors)[:2]) if clause.dep_ == "relcl"
              and any(c.lower_ == "where" for c in clause.children)][:1]
    found: list[str] = []
    for country in [_site_country(t, ctx) for obj in sites for t in ctx.phrase_tokens(obj, 8)]:
        if country and country not in found:
            found.append(country)
    return found


def _made_at_makers_home(cue_tok: Token, mention: SystemMention, ctx: DocContext) -> bool:
    """Whether a verb of production describing a system (a relative or participle on it: "X, which are assembled in
    A", "X, also built in A") places the building in the catalogue's producing country of the system: a fact about
    the system, no licence taken."""
    # "the plant at C, where X are assembled": the system is the subject of a relative on the site
    on_site = cue_tok.dep_ == "relcl" and mention.head.head.i == cue_tok.i \
        and mention.head.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "where" for c in cue_tok.children)
    if cue_tok.pos_ != "VERB" or cue_tok.lemma_.lower() not in licence_words()["production"] \
            or cue_tok.dep_ not in ("relcl", "acl") or (cue_tok.head.i != mention.head.i and not on_site) \
            or _under_licence(cue_tok) or any(c.dep_ == "prep" and c.lower_ == "for" for c in cue_tok.children):
        return False  # ("a corvette built in A for B's navy" names its buyer)
    weapon = ctx.gaz.weapon(mention.system)
    return weapon is not None and bool(weapon.origin) and _build_site_countries(cue_tok, ctx) == [weapon.origin]


def _stated_build_country(mention: SystemMention, mentions: list[SystemMention], ctx: DocContext,
                          cue_tok: Token | None = None) -> list[str]:
    """The one state a clause of its sentence says the system is made in, not under licence ("X are built by B in A",
    "the X, made in A"), its maker's site: where a lot of it comes from; [] otherwise."""
    same = mention.family or mention.system
    for other in mentions:
        verb = other.head.head
        if (other.family or other.system) != same or other.head.dep_ not in ("nsubjpass", "nsubj"):
            continue
        if cue_tok is not None and verb.sent == cue_tok.sent and (
                _own_conjunct(verb, cue_tok) or verb.head.i != verb.i and _own_conjunct(cue_tok, verb)):
            continue  # "A bought six, and B received 12, although those were assembled in C": the build clause
            # hangs in the other lot's coordinated clause, and tells that lot's source only
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in licence_words()["production"] or _under_licence(verb) \
                or not any(c.dep_ == "auxpass" for c in verb.children) or modal(verb):
            continue
        makers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        places = [o for m in makers for p in m.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        found = _build_site_countries(verb, ctx) or [c for c in (ctx.token_country(o) for o in places) if c]
        found = list(dict.fromkeys(found))
        if len(found) == 1:
            return found
    return []


def _first_part_sites(rest: SystemMention, mentions: list[SystemMention], ctx: DocContext) -> list[str]:
    """The states the part of a lot told before its rest, in the same sentence, is built in ("five were built in
    A, the rest in B": A)."""
    part = _mention_before(rest.head, [m for m in mentions if m.system == rest.system])
    verb = part.head.head if part is not None else None
    if verb is None or verb.i == rest.head.head.i or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in licence_words()["production"]:
        return []
    # ("built by X in A": the parser may hang the place on the builder)
    makers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    places = [o for m in makers for t in (m, *m.conjuncts) for p in t.children if p.dep_ == "prep"
              and p.lower_ in SITE_PREPS for o in p.children if o.dep_ == "pobj"]
    return _build_site_countries(verb, ctx) or [c for c in (ctx.token_country(o) for o in places) if c]


def _site_country(tok: Token, ctx: DocContext) -> str | None:
    """The state of a place or an organisation at a token (any city of the gazetteer, not only capitals)."""
    ent = ctx.ent_at.get(tok.i)
    if ent is None or ent.label_ not in ("LOCATION", "GPE", "ORG", "COUNTRY"):
        return None
    if ent.label_ in ("LOCATION", "GPE"):
        place = ctx.gaz.place(ent.ent_id_ or ent.text)
        if place is not None and place.country:
            return place.country
    return ctx.entity_country(ent, any_org=True)


def _destinations(sent: Span, ctx: DocContext) -> set[str]:
    """The countries a sentence sends something to: objects of "to" (and their conjuncts)."""
    out: set[str] = set()
    for prep in (t for t in sent if t.lower_ == "to" and t.dep_ in ("prep", "dative")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out.update(_coordinated_countries(obj, ctx))
    return out


#: Nouns of help given to a state, whose "to" names where a giver's goods go ("further aid to A").
AID_NOUNS = word_set("transfer_words.tsv", "aid_noun")


def _aid_destinations(sent: Span, ctx: DocContext) -> set[str]:
    """The states a sentence sends aid or goods "to" on a noun or verb of giving with no giver of its own ("aid to
    A", "deliveries to A"; not "according to A", nor "B's aid to A", "Czech aid to A": another giver's)."""
    out: set[str] = set()
    for prep in (t for t in sent if t.lower_ == "to" and t.dep_ in ("prep", "dative")):
        head = prep.head
        if head.lemma_.lower() not in AID_NOUNS and cue_of(head) is None:
            continue
        if any(m.dep_ in ("poss", "amod", "compound", "nmod") and ctx.token_country(m) for m in head.children):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out.update(_coordinated_countries(obj, ctx))
    return out


def _venue(tok: Token) -> bool:
    """Whether a place is where a gathering is held: the object of an "in"/"at" that hangs, through the gathering's
    own "of"/"at"/"in" phrases, on a gathering noun ("at a meeting of the group at NATO headquarters in Brussels")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    noun = tok.head.head
    for _ in range(4):
        if noun.lemma_.lower() in GATHERING_NOUNS:
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at", "of"):
            return False
        noun = noun.head.head
    return False


def _party_position(tok: Token) -> bool:
    """Whether a country word stands where a party stands: a noun phrase of its own or the owner of one
    ("Russia", "Egypt's navy"), not a modifier of something else ("US sanctions", "Russian officials") nor the
    enemy in a war ("the war with X")."""
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in FRONT_NOUNS:
        return False  # "sent to Ukraine's front": a place, not a party
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against") and tok.head.head.lemma_.lower() in CONFLICT_NOUNS:
        return False  # "drones used during the war with Armenia": the enemy, not a party
    if made_in(tok):
        return False  # "alongside Chinese-made drones": the maker of a system, not a buyer
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in FUNDING_VERBS:
        return False  # "twelve more, paid for by A, are being built": the funder, not a party (the maker's state sells)
    if _venue(tok):
        return False  # "pledged drones at a meeting in Brussels": the venue of a gathering, not a party
    if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and _contrasted(tok):
        return False  # "the largest deal with a country other than A": a state compared with, not a party
    first = _first_conjunct(tok)
    if first.dep_ in ("amod", "compound", "nmod"):
        # (a later conjunct of a modifier modifies alike: "according to British and Ukrainian officials")
        head = first.head
        return head.lemma_.lower() in PARTY_NOUNS or head.dep_ in VERBAL_DEPS or cue_of(head) is not None
    return True



def _quoted_spans(doc: Doc, analysis: DocumentAnalysis) -> list[tuple[int, int]]:
    """Character spans of the direct quotations found by the quote extractor (run before this one)."""
    spans = []
    text = analysis.article.text
    for quote in analysis.quotes:
        start = text.find(quote.text, quote.evidence.start)
        if start >= 0:
            spans.append((start, start + len(quote.text)))
    return spans


def _other_main_country(supplier: str | None, ctx: DocContext) -> str | None:
    """The article's other main country, for a donation whose giver the clause names and whose receiver is the
    article's subject ("the handover of vans given by Norland", in a story about Talora)."""
    ranked = [c for c, n in ctx.country_counts.most_common(2) if c != supplier and n >= 2]
    return ranked[0] if supplier and ranked else None


def _pair_steps(records: list[Transfer]) -> Counter[tuple[str, str]]:
    """The deal steps told of each supplier-recipient pair: one step of one deal told twice ("received the jets"
    and "the jets landed") counts once, and a bloc's pledge is an aside that counts not at all. (Counted from a
    dict, not a set: in article order, so that a full tie goes to the pair told first, whatever the hash seed.)"""
    steps = dict.fromkeys((r.supplier, r.recipient, (r.family or r.system).lower(), r.status) for r in records
                          if r.supplier and r.recipient and r.recipient != "unknown" and r.supplier not in BLOC_PARTIES)
    return Counter((supplier, recipient) for supplier, recipient, _, _ in steps)


def _dominant_pair(records: list[Transfer], ctx: DocContext) -> tuple[str | None, str | None]:
    """The article's main supplier and recipient: from clause-level records, else the most named countries."""
    pairs = _pair_steps(records)
    if pairs:
        # a tie goes to the pair the article names more often (a bloc's one pledge does not outrank the
        # state the story is about)
        # (and a full tie then to the pair of the state the story is datelined in: a Kuala Lumpur report's own
        # state, not the counterpart of its aside)
        counts = ctx.country_counts
        home = ctx.dateline_state(states=True)
        return max(pairs, key=lambda p: (pairs[p], counts.get(p[0], 0) + counts.get(p[1], 0), home in p))
    ranked = [c for c, _ in ctx.country_counts.most_common(4)]
    origins = {e.attrs.get("origin") for e in ctx.analysis.entities if e.type == "WEAPON_SYSTEM"} - {None}
    supplier = next((c for c in ranked if c in origins), None)
    # (a state the text tells selling is no buyer the counts may guess: "jets from A ... vehicles from B")
    sellers = {r.supplier for r in records if r.supplier} - {r.recipient for r in records if r.recipient}
    recipient = next((c for c in ranked if c != supplier and c not in sellers), None) \
        or next((c for c in ranked if c != supplier), None)
    return supplier, recipient


def _subject_buyer(recipient: str | None, told: list[Transfer], bought: list[Transfer], ctx: DocContext
                   ) -> str | None:
    """The buyer a record with none of its own is given: the main pair's, unless the article is plainly about
    another state that sells nothing in it, or is told buying too. A story on one state's purchases names its
    buyer again and again and leaves it out of many sentences ("the Air Force received four more jets"); one aside
    on a neighbour's deal, or a misread clause, must not make that neighbour the buyer of everything else."""
    # a state the text tells selling is no implied buyer (licensing a build abroad sells no goods), unless the text
    # tells it buying too ("gave tanks to A ... the ministry ordered jets from B"): the story's subject is the state
    # named most among the others (a story on one state's purchases from A, B and C names each seller often)
    sellers = {t.supplier for t in told if t.status != "licensed_production"} - {t.recipient for t in bought}
    ranked = [(c, n) for c, n in ctx.country_counts.most_common() if c not in sellers]
    if not ranked:
        return recipient
    subject, named = ranked[0]
    if ctx.country_counts.most_common(1)[0][0] in sellers and len(ranked) > 1 and named < SUBJECT_LEAD * ranked[1][1]:
        # (past the sellers, one state must stand out: a roundup of deals names several buyers alike)
        return recipient
    if subject == recipient or recipient not in sellers and ctx.country_counts.get(recipient, 0) * SUBJECT_LEAD > named:
        return recipient
    # sentences, not names: one sentence guessing at a buyer names it three times ("Morland ... the Morlandic
    # government ... Morlandic industry"); a story about a state comes back to it paragraph after paragraph
    # (a column whose writer buys as "we" comes back to the writer's state in every "we" and "our" it narrates)
    if len({ent.sent.start for ent in ctx.ents if ctx.entity_country(ent) == subject}
           | _narrator_buyer_sentences(ctx)) < SUBJECT_MIN_SENTENCES:
        return recipient
    return subject


#: Words by which a writer speaks for the group, here the state, the writer belongs to.
FIRST_PERSON_PLURAL = word_set("transfer_words.tsv", "first_person_plural")


def _narrator_buyer_sentences(ctx: DocContext) -> frozenset[int]:
    """The sentences in which a text's own narration, outside quotation marks, speaks as "we" ("our navy"), when
    that narration tells "we" buying ("the guns we ordered from A", "we can buy well"): a column written for a
    state by one of its own names its buyer so, and its name or demonym perhaps only now and then. None when the
    narrator never buys (a maker's "we delivered", a reporter's "we asked the ministry")."""
    if "narrator_buyer" in ctx.memo:
        return ctx.memo["narrator_buyer"]
    narrated = [t for t in ctx.doc if t.lower_ in FIRST_PERSON_PLURAL and t.i not in ctx.quoted_token_ids]
    buys = any(t.lower_ == "we" and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
               and getattr(cues().get((t.head.lemma_.lower(), "VERB")), "subject", None) == "recipient"
               for t in narrated)
    ctx.memo["narrator_buyer"] = frozenset(t.sent.start for t in narrated) if buys else frozenset()
    return ctx.memo["narrator_buyer"]


def _sentences_naming(country: str, ctx: DocContext) -> int:
    """How many sentences name a state (by name, capital, demonym or body)."""
    return len({ent.sent.start for ent in ctx.ents if ctx.entity_country(ent) == country})


def _pair_leads(records: list[Transfer]) -> bool:
    """Whether one supplier-recipient pair is told in more deal steps than any other (or is the only one): only
    then is the article's main pair more than a tie broken by counting names."""
    counts = _pair_steps(records).most_common(2)
    return len(counts) < 2 or counts[0][1] > counts[1][1]


@extractor("transfers", assigns="transfers", requires=("entities", "people", "quotes"))
def extract_transfers(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> list[Transfer]:
    """The transfers in a document: each system mention governed by a transfer cue, with its parties, quantity, date,
    value and status."""
    ctx = DocContext.of(doc, analysis, gaz)
    quoted = _quoted_spans(doc, analysis)
    drafts: list[tuple[Transfer, bool, bool]] = []  # record, supplier from text, recipient from text
    extra: list[tuple[bool, str | None, bool, bool]] = []  # system named, maker fallback, quoted, listed
    by_maker: set[int] = set()  # records whose supplier is only the catalogue's maker of the system
    referring: set[int] = set()  # those of them told by a phrase referring back ("the remaining 18 aircraft")
    sisters: set[int] = set()  # records of a ship named as the sister of one told before
    national: set[int] = set()  # records of a kind named with its maker's nationality ("American fighters")
    stateless: set[int] = set()  # records whose seller is named as a firm or a body with no state ("Norcorp sold")
    maker_on_name: set[int] = set()  # records of a system named with its maker's firm ("the Saab Gripen E")
    rivals: set[int] = set()  # records of a losing bid ("picked X over Y"): an aside, never the story's main pair
    lot_parts: set[int] = set()  # records of a part of a lot told before ("the first of them are on the line")
    counted_parts: set[int] = set()  # records of a part of a counted lot ("the first of six ships"): no lot's count
    for sent in doc.sents:
        mentions = system_mentions(sent, ctx)
        if not mentions or _question(sent):
            continue  # (a question asks about a transfer, it reports none: "How many jets have arrived?")
        value, currency = _value(sent, ctx)
        previous: tuple[SystemMention, list[Token]] | None = None
        cues_of: dict[int, list[Token]] = {}
        bought_at_home: set[str] = set()
        twins = _appositive_twins(mentions, ctx) | _programme_twins(mentions) | _named_as_twins(mentions, ctx) \
            | _known_as_twins(mentions)
        ship_classes = _ship_name_classes(mentions, ctx)
        # (of a ship's name and its phrase of ships, the one with a family tells it, the phrase if both have one)
        twins |= {id(m) if c.family or not m.family else id(c) for m in mentions for c in [ship_classes.get(id(m))]
                  if c is not None}
        twins |= _alternative_versions(mentions)  # "Gripen C/D or Gripen E jets": one deal for either version
        for mention in mentions:
            if id(mention) in twins:
                continue  # "PNS X, the second of two Y-class corvettes": one ship, told by its class
            in_quote = any(a <= mention.span.start_char < b for a, b in quoted)
            # (a bare count read as a lot of a system told before, "against the F-16 Block 70", is no bid of its own)
            choice = None if all(t.like_num for t in mention.span) else _rival_choice(mention.head)
            if choice is not None:
                # "picked X over Y", "leaving Y out of the running": the losing bid was offered to the buyer
                previous = None
                seller, buyers = _rival_seller(mention, ctx), _rival_buyers(choice, mentions, ctx)
                if seller is None or buyers is None:
                    continue
                here = ctx.sentence_evidence(sent).start
                # (a winning bid as the subject names no buyer: the buyer of the sentence's own deal, if one)
                buyers = buyers or sorted({d.recipient for d, _, _ in drafts if d.evidence.start == here
                                           and d.recipient and d.recipient != "unknown"})[:1]
                for buyer in [b for b in buyers if b != seller][:1] or [None]:
                    drafts.append((Transfer(
                        supplier=seller, recipient=buyer, system=mention.system, family=mention.family,
                        category=mention.category, status="offered", evidence=ctx.sentence_evidence(sent),
                        quantity=_quantity(mention), when=None, value=None, currency=None), True, buyer is not None))
                    extra.append((mention.named, None, in_quote, False, False, mention.head.i))
                    rivals.add(id(drafts[-1][0]))
                continue
            # (a named item whose phrase closes on a word of no kind, "light attack and trainer aircraft", is
            # one phrase the parser split, not a list)
            in_list = not mention.named and any(
                m.named and m.head in mention.head.conjuncts
                and (m.span.start <= m.head.i < m.span.end or m.head.lower_ in _category_heads(ctx.gaz))
                for m in mentions) or _other_kind_listed(mention, mentions)
            # a system named for comparison ("similar to Norway's NASAMS"), a state's own fleet set beside the
            # goods ("bought from A alongside its ageing F-16s"), the vehicle that carried them ("transported by
            # an An-124 cargo aircraft") or the platform they are bought for ("for its F-35A fighters") is not
            # transferred, unless a clause of its own tells a transfer of it;
            # a negated one ("no F-35 parts are exported to B", "delivered no Taurus missiles") never is
            if (_contrasted(mention.head) or _own_fleet_beside(mention.head) or _conveyor(mention.head)
                    or _platform_for(mention.head, mentions) or _design_followed(mention.head)) \
                    and not _own_clause_cues(mention.head) or negated(mention.head) \
                    or _fitted_on_platform(mention.head, ctx) or _fitted_with(mention.head, mentions) \
                    or _platform_fitted(mention.head) \
                    or _police_gear(mention) or _police_use(mention) or _relief_carrier(mention) \
                    or _origin_unknown(mention):
                previous = None
                continue
            cue_toks = _governing_cues(mention)
            if cue_toks is None:
                previous = None
                continue
            if not cue_toks and mention.lot_of is not None:
                cue_toks = cues_of.get(id(mention.lot_of), [])  # "12 from B": a lot of the list's system
            inherited = False
            bid = _bidder_item(mention, ctx) if not cue_toks else None
            if bid is not None:
                cue_toks = [bid[0]]  # "have made offers: A with the X, B with the Y"
            if not cue_toks and previous and _listed_after(previous[0], mention):
                cue_toks = previous[1]  # the parser often breaks long coordinations; the list holds
                inherited = True
            told_before = not cue_toks  # a cue read off the words before, not above the system in the parse
            if not cue_toks:
                cue_toks = _cue_before(mention) or _subjectless_verb_after_rest(mention)
            # (a list item's second system shares the item's lead: "(ii) jackets and helmets to B")
            item_lead = _list_item_lead(sent, ctx) if not cue_toks or inherited else None
            if item_lead is not None:
                cue_toks = [item_lead[0]]  # "- Poland: 96 AIM-120 missiles", under "approved four sales:"
            previous = (mention, cue_toks) if cue_toks else None
            if not cue_toks:
                continue
            if any(t.lemma_.lower() in PARTNER_WITH_VERBS and _in_with_phrase(mention.head, t) for t in cue_toks):
                # "will share the ramp with the F-16s": the partner's phrase, not the goods
                cue_toks = [t for t in cue_toks if not (t.lemma_.lower() in PARTNER_WITH_VERBS
                                                        and _in_with_phrase(mention.head, t))]
                if not cue_toks:
                    previous = None
                    continue
            cues_of[id(mention)] = cue_toks
            cue_toks = cue_toks + [d for d in _deal_behind(mention, cue_toks) if d not in cue_toks]
            scene = _scene_of(mention)
            if scene is not None and any(t.i == scene.i for t in cue_toks) and any(t.i != scene.i for t in cue_toks):
                # "would hand over X, following the three tanks it delivered in 2023": the tanks set the scene of
                # the handover; their own clause tells their step (the handover's parties may still fill theirs)
                cue_toks = [t for t in cue_toks if t.i != scene.i]
            else:
                scene = None
            # the clause the system stands in comes first; a relative clause on it describes it
            # ("received the jets it ordered in 2019": delivered now, and ordered then)
            ancestors = set(t.i for t in mention.head.ancestors)
            # "listed the delivery in May of X": the parser may hang the system's "of" on the verb of its deal noun
            ancestors |= {c.i for a in mention.head.ancestors if a.pos_ == "VERB" for c in a.children
                          if c.dep_ == "dobj" and any(c.i == t.i for t in cue_toks) and _cue_noun(c)}
            main = _reduced_relative_main(mention.head)
            if main is not None:
                # "the jets promised to A were handed over": the parser made the participle the sentence's verb
                cue_toks, ancestors = [main, *(t for t in cue_toks if t.i != main.i)], {main.i}
            cue_toks = sorted(cue_toks, key=lambda t: t.i not in ancestors)
            retired = _retired_fleet(mention.head)
            if retired:
                # "hopes to replace its X fleet, bought from A in 1990": the fleet replaced is no goods of the wish
                # (or the arrival) above it; the clause of its own tells how it came (and when)
                cue_toks = _own_clause_of(mention, cue_toks)
                if not cue_toks:
                    previous = None
                    continue
                ancestors = set()
            traded = [t for t in cue_toks if cue_of(t).lemma not in POSSESSION_VERBS]
            if traded and len(traded) < len(cue_toks):
                # "the drones, which Turkey sold to Ethiopia, have been used": the sale told on the system
                # outranks its use (a verb of using tells a transfer only when nothing else does)
                cue_toks = traded
            made_home = [t for t in cue_toks if _made_at_makers_home(t, mention, ctx)]
            if made_home and len(made_home) < len(cue_toks):
                # "ordered two X, which are assembled in A": where the maker builds the system describes it; the
                # deal told beside it is the step (no licence is taken by anyone)
                cue_toks = [t for t in cue_toks if t not in made_home]
            elif made_home and any(c.lower_ == "where" for c in made_home[0].children):
                continue  # "toured the plant in A, where X are assembled": a fact about the maker's site, no step
            if _describes(cue_toks[0]):
                continue  # "vessels equipped with anti-aircraft missiles" describes the vessels
            if _arrival_of_carrier(mention, cue_toks[0], mentions):
                previous = None
                continue  # "when the X transports landed, A took delivery of Y": the transports brought Y
            if cue_of(cue_toks[0]).lemma in DEPLOYING_VERBS and mention.category == "ship" \
                    and not _read_frame(cue_toks[0], ctx).recipients and not _read_frame(cue_toks[0], ctx).unnamed_recipient:
                previous = None
                continue  # "China sent a destroyer" (to an exercise): a warship sent to no state is deployed, not sold
            if _service_deal(cue_toks[0]):
                previous = None
                continue  # "a five-year support contract for the jets": a service on them, not their sale
            if _domestic_seller(mention, cue_toks[0]) or mention.referring and (mention.family or mention.system) \
                    in bought_at_home:
                # "the lease of four helicopters from a local company": bought at home (and "the aircraft" the
                # firm failed to deliver are those)
                bought_at_home.add(mention.family or mention.system)
                previous = None
                continue
            if mention.category != "ship":
                # "a frigate for A was launched" is a step of its building; "launched missiles" is none (but
                # "launched Iranian-supplied drones" still tells the supply)
                cue_toks = [t for t in cue_toks if cue_of(t).lemma not in SHIP_CUES]
                if not cue_toks:
                    continue
            item = _roundup_item(mention, mentions, ctx)
            if item is not None:
                # "jets for A, C talks on drones": the talks are C's story, not the jets' (a cue tells only its item)
                cue_toks = [t for t in cue_toks if item[0].i <= t.i <= item[-1].i]
                if not cue_toks:
                    continue
            statuses = [_status(t) for t in cue_toks]
            if item is not None or retired:
                # (a word governing it from another item is not its; nor is the wish to replace a fleet the mood of
                # the past clause the fleet has of its own)
                statuses = [cue_of(t).status for t in cue_toks]
            awaited = _order_awaiting_delivery(cue_toks, statuses)
            statuses = ["ordered"] * len(cue_toks) if awaited is not None \
                else _purchase_before_delivery(cue_toks, statuses)
            if _notified_offer(sent) or item_lead is not None and _notified_offer(item_lead[0].sent):
                # a sale "approved" in a notification of possible sales is still an offer
                statuses = [("offered" if s in ("agreed", "ordered", "delivered") else s) for s in statuses]
            if any(s is None for s in statuses):
                continue
            # a production verb describing the system ("frigates manufactured by X ... arrived") does not
            # outrank the clause the system stands in
            # (and a participle describing it, "the jets promised to A were handed over", tells an earlier step)
            ranked = [st for t, st in zip(cue_toks, statuses) if t.i in ancestors] or statuses
            status = next((s for s in STATUS_PRIORITY if s in ranked), ranked[0])
            if status == "agreed" and any(st == "ordered" and t.i not in ancestors and t.dep_ == "relcl"
                                          and t.head.i == mention.head.i and t.pos_ == "VERB" and _past(t)
                                          and not modal(t) and any(c.dep_ == "nsubj" for c in t.children)
                                          for t, st in zip(cue_toks, statuses)):
                status = "ordered"  # "the 24 howitzers that A ordered from B will arrive next year": ordered, the
                # delivery still ahead (the clause above only dates it)
            if status == "agreed" and any(st == "in_production" and _cue_noun(t) and t.dep_ == "pobj"
                                          and t.head.lower_ in STATE_PREPS for t, st in zip(cue_toks, statuses)):
                status = "in_production"  # "the boat, under construction, is to be handed over in 2028": built now
            if status == "in_production" and "licensed_production" in statuses:
                status = "licensed_production"  # "a vessel built under licence from A was launched": a licensed build
            talks = next((st for st in statuses if STATUS_PHASE[st] == "prospective"), None)
            if STATUS_PHASE[status] == "production" and talks is not None and all(
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or modal(t)
                    for t, st in zip(cue_toks, statuses) if st == status):
                # "talks on 36 launchers, to be partly assembled in A": the build is part of a deal still talked of
                status = talks
            if status == "delivered" and _in_kits(mention, sent):
                status = "licensed_production"  # shipped as kits and assembled by the buyer
            if status == "licensed_production" and _built_at_makers(mention, cue_toks, statuses, ctx):
                # "flies X helicopters assembled in A", A their maker's state: made at home and sold, no licence
                status = next((st for st in ranked + statuses if st != "licensed_production"), "delivered")
            gift = cue_toks[0] if status == "delivered" and cue_toks[0].dep_ == "acl" and cue_toks[0].tag_ == "VBN" \
                and cue_toks[0].head.i == mention.head.i and cue_toks[0].i not in ancestors and any(
                    st == "agreed" and cue_of(t).status == "delivered" and (t.i in ancestors or t.head.i in ancestors)
                    for t, st in zip(cue_toks[1:], statuses[1:])) else None
            if gift is not None:
                # "a ship, donated by A, is to be handed over in June": the handover the clause puts ahead is the
                # gift the participle tells, not a second, finished delivery
                status = "agreed"
            also = [(t, st) for t, st in zip(cue_toks[1:], statuses[1:])
                    if t.i not in ancestors and STATUS_PHASE[st] != STATUS_PHASE[status]
                    and (status not in STATUS_PRIORITY or _ordered_before_built(t, st, status))
                    and st != "in_production"
                    and not (STATUS_PHASE[status] == "prospective" and STATUS_PHASE.get(_own_status(cue_toks[0])) ==
                             "prospective" and STATUS_PHASE[st] == "agreed")]  # a deal for a possible purchase
            if gift is not None:
                also = [(t, st) for t, st in also if t.i != gift.i]
            if status == "interest":
                # "is still evaluating the X offered by A": the offer the participle tells is a step of its own
                also += [(t, st) for t, st in zip(cue_toks[1:], statuses[1:]) if st == "offered" and t.dep_ == "acl"
                         and t.tag_ == "VBN" and t.head.i == mention.head.i and t.i not in ancestors]
            if status == "offered":
                # "A offered X, in which B expressed interest": the buyer's interest met the offer
                also += [(t, "interest") for t in _interest_clauses(mention.head, cue_toks[0])][:1]
            kit_delivery = next((t for t, st in zip(cue_toks, statuses) if STATUS_PHASE[st] == "agreed"
                                 and cue_of(t).status == "delivered" and t.pos_ == "VERB"), None) \
                if STATUS_PHASE[status] == "agreed" and _in_kits(mention, sent) else None
            if kit_delivery is not None:
                # "30 vehicles which will be delivered as kits and assembled by B": the buyer's own assembly is to
                # come (beside the order that tells it, when one does)
                if kit_delivery is cue_toks[0]:
                    status = "licensed_production"
                else:
                    also.append((kit_delivery, "licensed_production"))
            built_by = None  # the cue of the building when a participle of the order leads the cues
            if status == "in_production" and statuses[0] != status and cue_toks[0].i not in ancestors \
                    and _ordered_before_built(cue_toks[0], statuses[0], status):
                # "two frigates ordered from A last year are under construction": the order the participle tells
                # is a step of its own beside the building the clause reports (dated by its own phrase)
                built_by = next(t for t, st in zip(cue_toks, statuses) if st == status)
                also.insert(0, (cue_toks[0], statuses[0]))
            frame = Frame()
            nearest: Frame | None = None
            for t in [*_signed_deal_first(cue_toks, _origin(mention, ctx, mentioned_only=False), ctx),
                      *([scene] if scene is not None else [])]:
                f = _read_frame(t, ctx)
                nearest = nearest or f
                # a later cue fills only what the nearer one left open, and never with the other side
                frame.suppliers = frame.suppliers or [c for c in f.suppliers if c not in frame.recipients]
                if not frame.unnamed_recipient:
                    frame.recipients = frame.recipients or [c for c in f.recipients if c not in frame.suppliers]
                frame.unnamed_recipient = frame.unnamed_recipient or f.unnamed_recipient
                frame.unnamed_supplier = frame.unnamed_supplier or f.unnamed_supplier
                frame.with_parties = frame.with_parties or f.with_parties
                frame.group_recipient = frame.group_recipient or f.group_recipient
                frame.asked_by_other = frame.asked_by_other or f.asked_by_other
                frame.joint += f.joint
            if _participle_on_object(cue_toks[0]):
                _fill_object_frame(frame, cue_toks[0], ctx)
            if nearest is not None and len(set(nearest.recipients)) == 1 \
                    and set(nearest.recipients) == set(nearest.suppliers) \
                    and set(_clause_countries(cue_toks[0], ctx)) <= set(nearest.recipients):
                # "Dassault delivered 14 jets to the French Air Force": a seller's own state buys at home (but "after
                # the end of its Leonardo deal" names a buyer beside the seller's "its")
                previous = None
                continue
            for role, country in frame.joint:  # (parties joining either side add to it, whichever cue told it)
                side = frame.recipients if role == "recipient" else frame.suppliers
                if country not in frame.recipients + frame.suppliers:
                    side.append(country)
            _system_preps(mention, frame, ctx, cue_toks[0])  # "the first Rafale jets to India"
            behalf = [c for c in _behalf_buyers(mention, cue_toks, ctx) if c not in frame.suppliers] \
                if STATUS_PHASE[status] in ("prospective", "agreed") else []
            if behalf and behalf != [_origin(mention, ctx, mentioned_only=False)]:
                # "awarded a contract for X, concluded in a joint procurement on behalf of A and B": each state
                # bought for is a buyer (the agency buying names its own state at most; but an exporter acting
                # "on behalf of" the maker's state sells)
                frame.recipients = behalf
            roundup_out = _other_roundup_items(mention, mentions, ctx)
            if roundup_out:
                # "Exports: X for A, B-ian Y roll out, C talks on Z": each item of a roundup line has its own states
                frame.suppliers = [c for c in frame.suppliers if c not in roundup_out]
                frame.recipients = [c for c in frame.recipients if c not in roundup_out]
            buyer = next((c for t in mention.head.children if t.dep_ in ("amod", "compound")
                          for c in [ctx.token_country(t)] if c), None) if item is not None else None
            if buyer is not None and not frame.recipients:
                # "B-ian Y roll out" in a roundup: the nationality before the system is the item's buyer, the story
                # being the seller's exports (the maker sells)
                frame.recipients = [buyer]
                frame.suppliers = [c for c in frame.suppliers if c != buyer]
            # "contracts with A for X and with B for Y": Y's partner is B, and A no party of Y's
            gapped_out = _gapped_partner(mention, frame, ctx)
            gapped = _gapped_clauses(cue_toks[0], ctx) if mention.head.i > cue_toks[0].i else []
            if gapped:
                # "A has offered X, B the Y and C Z": each later clause's country stands where the subject stood,
                # in the subject's role, for the system of its own clause (and none of them is the other side)
                subject = [c for t in cue_toks[0].children if t.dep_ in ("nsubj", "nsubjpass")
                           for c in _party_countries(t, ctx)]
                own = next((c for start, c in reversed(gapped) if start < mention.span.start), None)
                stood = [c for _, c in gapped] + subject
                side = frame.suppliers if set(subject) & set(frame.suppliers) else \
                    frame.recipients if set(subject) & set(frame.recipients) else None
                if side is not None:
                    other = frame.recipients if side is frame.suppliers else frame.suppliers
                    other[:] = [c for c in other if c not in stood]
                    if own is not None:
                        side[:] = [own]
                    gapped_out = gapped_out + [c for c in stood if c not in side]
            party = _party_it_is_joined_to(mention, ctx)
            if party is not None:
                # "received missiles from A as well as X drones of its own": X is no gift of A's
                frame.suppliers = [c for c in frame.suppliers if c != party]
            if id(mention) in ship_classes:
                _class_phrase_seller(ship_classes[id(mention)], frame, ctx)
            phrase_maker = _phrase_origin(mention, ctx) \
                if (told_before or _clause_of_conjunct(mention, cue_toks[0])) and frame.suppliers else None
            displaced: list[str] = gapped_out  # a seller read for another system, never this one's buyer
            if phrase_maker and phrase_maker not in frame.suppliers + frame.recipients:
                # "the F-16 offered by the United States and the French Rafale": a system the parse hangs on the
                # party phrase is offered by the state its own phrase names
                displaced, frame.suppliers = displaced + frame.suppliers, [phrase_maker]
            if bid is not None:
                # a bidder's item: its own state offers, and no state of the list buys
                frame.suppliers = [bid[1]] if bid[1] else frame.suppliers
                displaced = displaced + [c for c in bid[2] if c not in frame.suppliers]
                frame.recipients = [c for c in frame.recipients if c not in bid[2]]
            if item_lead is not None and item_lead[1]:
                # the item's own country is its buyer; a body notifying possible sales offers them for its state
                frame.recipients = [item_lead[1]]
                frame.suppliers = [c for c in frame.suppliers if c != item_lead[1]] \
                    or [c for c in [_notifier_country(item_lead[0].sent)] if c and c != item_lead[1]]
            elif item_lead is not None and not frame.recipients:
                # "(ii) X drones to A and B": an item's "to" names its buyers, wherever the parser hangs it
                frame.recipients = [c for c in _item_destinations(sent, ctx) if c not in frame.suppliers]
                # ("(iv) helmets to a number of countries": a buyer the item does not name)
                frame.unnamed_recipient = frame.unnamed_recipient or not frame.recipients and any(
                    t.lower_ == "to" and t.dep_ == "prep" and any(o.dep_ == "pobj" and ctx.is_unnamed_party(o)
                                                                  for o in t.children) for t in sent)
            if len(frame.recipients) > 1:
                frame.recipients = _respective(mention, mentions, frame.recipients, ctx) or frame.recipients
            if len(frame.suppliers) > 1:
                # "bought submarines from A and frigates from B": each system from the "from" phrase after it
                own_seller = _respective(mention, mentions, frame.suppliers, ctx, "from")
                displaced += [c for c in frame.suppliers if own_seller and c not in own_seller]
                frame.suppliers = own_seller or frame.suppliers
            if len(frame.suppliers) > 1:
                # "bought arms from A and B, including A's X and B's Y": each system from its own maker (the other
                # makers sell other systems: none of them buys this one)
                own_maker = _respective_makers(mention, mentions, frame.suppliers, ctx)
                displaced += [c for c in frame.suppliers if own_maker and c not in own_maker]
                frame.suppliers = own_maker or frame.suppliers
            origin = _origin(mention, ctx)
            maker = _origin(mention, ctx, mentioned_only=False)
            if _builds_foreign(cue_toks[0], frame, maker, mention):
                # "SAMI and Hanwha agreed to manufacture K9 parts in the Kingdom": a state building another's
                # system takes it under licence from the maker
                frame.recipients, frame.suppliers = frame.suppliers, [maker]
                # (whether under way or to come: "will manufacture", "an agreement to manufacture")
                status = "licensed_production" if status in ("in_production", "agreed") else status
            if origin and not frame.recipients and frame.suppliers and frame.suppliers == frame.with_parties \
                    and origin not in frame.suppliers and not set(frame.suppliers) & _participle_makers(mention, ctx) \
                    and not (status == "negotiating" and _second_hand(mention)):
                # (but the partner in talks on used jets holds them: "talks with A on used X", A sells)
                # (but a partner the system's own phrase names among its makers, "talks with A on the X, jointly
                # produced by A and B", is the seller)
                # "the JF-17 figured in a deal with Azerbaijan": the maker's partner in a deal is the buyer
                frame.recipients, frame.suppliers = frame.suppliers, [origin]
                for t in cue_toks[1:]:  # "... and an agreement with B": each coordinated deal has its own partner
                    other_frame = _read_frame(t, ctx) if _cue_noun(t) else Frame()
                    if other_frame.with_parties and other_frame.suppliers == other_frame.with_parties \
                            and not other_frame.recipients and _status(t) == status:
                        frame.recipients += [c for c in other_frame.with_parties
                                             if c not in frame.recipients and c != origin]
            if origin and frame.recipients == [origin] and frame.suppliers and frame.suppliers == frame.with_parties \
                    and (any(_cue_noun(t) and cue_of(t).lemma in SIGNED_DEALS for t in cue_toks)
                         or status == "negotiating"):
                # (talks bind both sides alike too: "Russia is in talks with Vietnam on Su-30 jets")
                # "France concluded an agreement with Egypt for the export of Rafale jets": a deal binds both
                # sides alike; the system's maker is the seller
                frame.recipients, frame.suppliers = frame.suppliers, [origin]
            partner_buyer = _partner_sells(mention, frame, cue_toks, ctx)
            if partner_buyer is not None:
                # "Britain signed a contract with Ankara for 20 Eurofighters": the programme's partner sells
                frame.suppliers, frame.recipients = frame.recipients, [partner_buyer]
            rest = _is_remainder(mention.head) or any(c.dep_ == "amod" and c.lower_ == "other"
                                                      for c in mention.head.children)
            if mention.referring and rest and STATUS_PHASE[status] in ("agreed", "delivered") and any(
                    d.status == "licensed_production" and d.evidence.start == ctx.sentence_evidence(sent).start
                    and (d.family or d.system) == (mention.family or mention.system) for d, _, _ in drafts):
                previous = None
                continue  # "the first of five X built under licence will be handed over in May, the other four to
                # follow": the rest of the licence-built lot, handed over by its own builder
            if mention.referring and not frame.suppliers and len(frame.recipients) == 1 \
                    and status != "licensed_production" and next(
                        ((d.status, d.recipient) for d, _, _ in reversed(drafts)
                         if (d.family or d.system) == (mention.family or mention.system)), None) \
                    == ("licensed_production", frame.recipients[0]):
                previous = None
                continue  # "built in A under licence, with 12 delivered to A's army": the licensee's own output
            if mention.referring and not frame.suppliers and not frame.recipients and not frame.group_recipient \
                    and not (frame.unnamed_recipient and any(c.dep_ == "nsubj" and ctx.is_unnamed_party(c)
                                                             for v in (cue_toks[0], cue_toks[0].head) for c in v.children)):
                # "The contract for the jets was signed during a trip to A": the system referred back to
                # keeps the parties it was told with (but "several other states showed interest in the jets": the
                # subject is a buyer unnamed)
                same = mention.family or mention.system
                # (a record of its own sentence is the nearest, whichever way its parties were read)
                here = ctx.sentence_evidence(sent).start
                # (or a lot whose buyer was told with no seller named, "A ordered X jets": the maker, filled in
                # then or later, sells)
                told = next(((d.supplier, d.recipient, d.status) for d, s_ok, r_ok in reversed(drafts)
                             if (r_ok or d.evidence.start == here and d.supplier and d.recipient)
                             and d.recipient != "unknown" and (d.family or d.system) == same), None)
                if told and told[2] == "licensed_production" and status != "licensed_production":
                    previous = None
                    continue  # "built under licence from A, with 12 delivered to the army": the licensee's own
                sellers = {d.supplier for d, _, _ in drafts if d.evidence.start == here and d.supplier
                           and (d.family or d.system) == same}
                if len(sellers) > 1:
                    previous = None
                    continue  # "A, B and C pledged 80 jets, and the first of the jets arrived": from which of them?
                told_at = next((d.evidence.start for d, s_ok, r_ok in reversed(drafts)
                                if (r_ok or d.evidence.start == here and d.supplier and d.recipient)
                                and d.recipient != "unknown" and (d.family or d.system) == same), None)
                if told and told_at != here and len({d.recipient for d, _, _ in drafts if d.evidence.start == told_at
                                                     and (d.family or d.system) == same}) > 1:
                    previous = None
                    continue  # "ordered jets on behalf of A and B. Each will receive its jets next year": whose?
                if told:
                    frame.suppliers, frame.recipients = [c for c in told[:1] if c], [told[1]]
            if frame.group_recipient and not frame.recipients:
                previous = None
                continue  # "delivered drones to 13 countries": no buyer named
            if cue_toks[0].lemma_.lower() in POSSESSION_VERBS and cue_of(cue_toks[0]).lemma in POSSESSION_VERBS \
                    and (not mention.named and not _phrase_origin(mention, ctx) or not frame.recipients
                         or _unmarked_flown(cue_toks[0], mention, ctx)
                         or frame.suppliers or origin is None or origin in frame.recipients):
                previous = None
                continue  # using a system tells a transfer only of a named foreign one, or of a kind its phrase
                # gives a foreign maker ("operates Chinese-made artillery"), from that maker
            home = _story_state(ctx)
            if not frame.suppliers and frame.recipients and home and home not in frame.recipients \
                    and _given_without_giver(cue_toks[0], mention):
                # "the last of the jets sold to B left the base in May", in a story written from A about A: a lot
                # parted with and no giver named is the story's state's own (second-hand, whoever made it)
                frame.suppliers = [home]
            if frame.unnamed_supplier and not frame.suppliers:
                continue  # "Ukraine's allies promised drones": the givers are not named, nor is their maker one
            if frame.asked_by_other:
                continue  # "a senator urged the ministry to buy X": a third party's wish tells no step
            if not frame.suppliers and status != "licensed_production":
                # "its X are built by B in A; 16 were delivered in 2021": the state the sentence builds them in
                # (a licensed build reads its parties off the licence)
                frame.suppliers = [c for c in _stated_build_country(mention, mentions, ctx, cue_toks[0])
                                   if c not in frame.recipients]
            suppliers = frame.suppliers or ([origin] if origin and origin not in frame.recipients else [])
            maker_supplied = not frame.suppliers and bool(suppliers)
            if not frame.suppliers and _unnamed_seller(mention, cue_toks[0], ctx):
                suppliers, maker_supplied = ["unknown"], False  # "from a European operator": not the maker
            owner = _surplus_owner(mention, ctx) if not frame.suppliers else None
            if owner is not None and owner not in frame.recipients:
                # "Greece's remaining Mirages ... the purchase of the surplus jets": sold from the owner's stocks
                frame.suppliers = suppliers = [owner]
                maker_supplied = False
            back_to_deal = not frame.suppliers and not frame.recipients and _refers_to_deal(cue_toks[0]) \
                and origin is not None and origin != _phrase_origin(mention, ctx)
            # (a licence is taken by a named state: "a plant that assembles launchers" names no licensee)
            recipients = frame.recipients or (["unknown"] if frame.unnamed_recipient
                                              and status != "licensed_production" else [])
            if recipients == ["unknown"] and _milestone(cue_toks[0]):
                continue  # "the first time A had given a warship to a foreign country": a record, no buyer's deal
            if status == "in_production" and not recipients and not suppliers and cue_toks[0].pos_ == "NOUN":
                # "Gripen production is under way at Brazilian maker Embraer": made where its maker is not
                builders = {c for t in sent if t.ent_type_ == "COUNTRY" for c in [ctx.token_country(t)] if c}
                maker = _origin(mention, ctx, mentioned_only=False)
                if maker and len(builders - {maker}) == 1 and mention.named:
                    status, suppliers, recipients = "licensed_production", [maker], list(builders - {maker})
            ordered_here = any(STATUS_PHASE.get(st) == "agreed" for _, st in also)
            if status == "in_production" and not recipients and not ordered_here \
                    and not (mention.referring and suppliers
                             and (not mention.named or mention.head.pos_ in ("NOUN", "PRON")
                                  and mention.head.ent_type_ != "WEAPON_SYSTEM")
                             and (cue_of(cue_toks[0]).lemma in SHIP_CUES or _lot_part(mention))):
                # (but "the first of eight boats ordered from A was launched": an order has a buyer, told or implied;
                # so has "the boat" or "it" launched after "the navy's X, ordered from A", its buyer read from the
                # story when the order's own sentence names none, but not a name told again with no order)
                continue  # a factory building systems is no transfer unless a buyer is named (but a ship launched
                # from a lot told before, "the second of them was launched", is that lot's buyer's)
            if status == "in_production" and len(recipients) > 1 and mention.referring and _single_item(mention.head):
                continue  # "the first jet for A and B is on the line": one item for two buyers names neither its buyer
            if not recipients and not suppliers and not mention.named and cue_of(cue_toks[0]).lemma in PLAN_NOUNS:
                continue  # "plans for a second submarine were shelved": whose plan, for what, the sentence does not say
            from_text = (bool(suppliers), bool(recipients))
            if maker_supplied and mention.referring and cue_of(cue_toks[0]).lemma in POSSESSION_VERBS:
                # "already flies six of them": a part of a lot in use names no seller (the maker stands in); it
                # tells no pair of the story's own
                from_text = (False, from_text[1])
            if status == "licensed_production" and not recipients:
                # "four will be built at Karachi Shipyard under a transfer of technology": the licensee is the
                # state the build site is in (a place, not a party the text names: it does not lead the article)
                recipients = [c for c in _build_site_countries(cue_toks[0], ctx) if c not in suppliers][:1]
            if status == "licensed_production" and not suppliers and _is_remainder(mention.head):
                # "five were built in A and the rest were assembled in B": the rest is made under the licence of the
                # state the lot's first part was built in
                suppliers = [c for c in _first_part_sites(mention, mentions, ctx) if c not in recipients][:1]
            clause = _clause_countries(cue_toks[0], ctx)
            if suppliers and not recipients and cue_of(cue_toks[0]).subject == "system":
                # "inspected the newly arrived jets at the Kenyan Air Force Base X": arrived where the buyer has them
                recipients = [c for c in _site_owners(sent, ctx) if c not in suppliers][:1]
            if suppliers and not recipients and _foreign_made_in_service(cue_toks[0]):
                # "the Russian-made X systems remain in service (with the Y air force)": the holder the clause names,
                # else the state the story is written from and about (none when the story has no one such state)
                home = _story_state(ctx)
                recipients = [c for c in [*clause, home] if c and c not in suppliers][:1]
                if not recipients:
                    previous = None
                    continue
            if suppliers and not recipients:
                # (the maker named in the system's phrase, "Chinese-made drones supplied by A", is not the buyer)
                maker = _phrase_origin(mention, ctx)
                # ("Saab beat competition from the F-16, offered by the United States": the rival maker is no buyer)
                buyers = _clause_countries(cue_toks[0], ctx, companies=False,
                                           licensee=status == "licensed_production")
                sellers = _other_cues_sellers(cue_toks[0], ctx)
                # (nor are the makers a participle on the system names: "offered the X, built with B")
                makers = _participle_makers(mention, ctx) | _participle_sites(mention, ctx)
                sources = _source_states(sent, ctx)
                former = _former_owners(sent, ctx)  # ("ex-US Air Force jets": whose they were, not a buyer)
                recipients = [c for c in buyers if c not in suppliers and c != maker and c not in displaced
                              and c not in sellers and c not in makers and c not in sources and c not in former][:1]
                # ("the purchase that A and B concluded with C": a coordinated pair of buyers buys alike)
                recipients += [c for c in _coordinated_with(recipients, cue_toks[0], ctx)
                               if c not in recipients and c not in suppliers and c != maker and c not in displaced
                               and c not in sellers]
                if not recipients and cue_of(cue_toks[0]).subject == "recipient":
                    # "In Uganda, an army spokesman said talks with Russia on jets were at an early stage": the
                    # buyer is the state the report comes from
                    recipients = [c for c in _reporter_countries(cue_toks[0], ctx) if c not in suppliers
                                  and c not in former][:1]
                if not recipients and cue_of(cue_toks[0]).subject != "supplier":
                    recipients = [c for c in _outer_subject(cue_toks[0], ctx) if c not in suppliers and c != maker
                                  and c not in displaced][:1]
                if not recipients and cue_of(cue_toks[0]).subject == "supplier":
                    # "Asked about aid to B, she said A would hand over X": the one state the sentence sends anything
                    # to, in a clause of its own, is where the seller's goods go
                    ends = _aid_destinations(sent, ctx) - set(suppliers) - {maker} - set(displaced)
                    recipients = sorted(ends) if len(ends) == 1 else []
            elif recipients and not suppliers:
                # (a country something goes "to" is a destination, not the seller: "trucks to A, and a jet to B")
                # (nor the subject of another clause a gapped one stands for: "A ordered X in May and B Y in July")
                suppliers = [c for c in clause if c not in recipients and c not in _destinations(sent, ctx)
                             and c not in displaced][:1] \
                    or _pair_partner(cue_toks[0], recipients, ctx) \
                    or [c for c in _participle_makers(mention, ctx) if c not in recipients and c not in displaced][:1]
                # (with no seller in the clause, the maker a participle on the system names sells it: "radars made
                # by A's state-owned firm that were delivered to B")
                maker_supplied = False
            elif not suppliers and not recipients:
                # only the system's maker is known ("Turkey took delivery of the S-400"): the clause names
                # the other side
                maker = _origin(mention, ctx, mentioned_only=False)
                if maker:
                    # (a seller of another offer in the clause is no buyer of this system, nor its seller)
                    sellers = _other_cues_sellers(cue_toks[0], ctx)
                    others = [c for c in clause if c != maker and c not in sellers]
                    if others or sellers & set(clause):
                        suppliers, recipients = [maker], others[:1]
                        maker_supplied = True
                    arrived_at = _arrival_state(cue_toks[0], ctx)
                    reporters = [c for c in _reporting_states(cue_toks[0], ctx) if c not in (arrived_at, maker)]
                    if arrived_at and reporters and _own_lot(mention) and not _phrase_origin(mention, ctx):
                        # "A said the X it pledged had reached B": a government reporting its goods' arrival, the
                        # clause naming no giver, reports its own delivery (not the maker's)
                        suppliers, recipients, maker_supplied = reporters[:1], [arrived_at], False
            fallback = None
            if back_to_deal and origin not in _told_before(sent, ctx):
                # "the contract also includes X missiles": the deal told before, between its own parties; the
                # catalogue's maker is only a fallback (but the maker the sentence before names, "signed contracts
                # with Seoul. The contracts cover K2 tanks", is a party of that deal)
                suppliers, fallback = [], origin
                maker_supplied = False
            if recipients and not suppliers and frame.recipients and not _phrase_origin(mention, ctx):
                # "A's ministry said the X had been handed over to B": a government reporting a handover whose
                # clause names no giver reports its own (not the maker's)
                suppliers = [c for c in _reporting_states(cue_toks[0], ctx) if c not in recipients][:1]
                maker_supplied = False
            if recipients and not suppliers:
                maker = _origin(mention, ctx, mentioned_only=False)  # "Turkey took delivery of the S-400"
                if recipients == [maker] and status != "licensed_production":
                    # "the army ordered 120 launchers of its own design": a home-made system bought at home has no
                    # seller for the story's main one to stand in for
                    previous = None
                    continue
                if maker and maker not in recipients and maker not in ctx.country_counts:
                    # a maker the article never names is likely not the seller: the article's own supplier
                    # to this recipient comes first (second-hand jets from Russia built elsewhere)
                    fallback = maker
                else:
                    suppliers = [maker] if maker and maker not in recipients else []
                    maker_supplied = bool(suppliers)
            if status == "cancelled":
                # "suspended a deal to buy", "the end of a frigate deal": the deal (or the talks) ended
                # had been made, a step of its own
                ended = _ended_deal(cue_toks[0])
                if ended is not None:
                    # ("the planned purchase" was only planned: its own adjective tells the step ended)
                    own = _own_status(ended)
                    also.append((ended, own if own in STATUS_PHASE and own != "cancelled" else cue_of(ended).status))
            ending = _later_ending(cue_toks[0]) if STATUS_PHASE[status] in ("agreed", "prospective") else None
            if ending is not None:
                also.append((ending, "cancelled"))  # "agreed to buy X from A, but suspended the talks in 2021"
            # (a list item is dated by the line that opens the list)
            # ("ordered four radars, which were delivered last year": the relative clause on the system dates its
            # own step, not the deal the clause above tells)
            told_apart = tuple(t for t, st in also if t.dep_ == "relcl" and t.head.i == mention.head.i
                               and _relative_of_its_own(t) and STATUS_PHASE[st] == "delivered"
                               and STATUS_PHASE[status] == "agreed")
            versions = [(status, _event_date(ctx, sent if item_lead is None else item_lead[0].sent,
                                             [awaited] if awaited is not None else cue_toks[:1] if also
                                             else cue_toks, told_apart))]
            if built_by is not None:
                versions[0] = (status, _own_date(ctx, sent, built_by, (cue_toks[0],)))
            elif awaited is not None and not _buying_clause(awaited, ordering=True):
                # "the first of 12 jets acquired from A will arrive in May": May is the arrival's, the undated
                # purchase has no date of its own
                versions[0] = (status, _own_date(ctx, sent, awaited))
            versions += [(st, _own_date(ctx, sent, t) if t is ending else _event_date(ctx, sent, [t]))
                         for t, st in also]
            if cue_of(cue_toks[0]).lemma in POSSESSION_VERBS:
                versions[0] = (status, None)  # "used the drones in 2020": when they were used, not delivered
            elif retired:
                # "will arrive in 2027 to replace the X fleet, which B bought in the 1990s": the fleet's own phrase
                # dates it, never the replacement's
                versions[0] = (status, _own_date(ctx, sent, cue_toks[0]))
            elif _held_foreign_make(cue_toks[0]):
                # "overhauled the air force's Russian-made jets in 2019": the clause's date is the overhaul's; the
                # participle's own phrase alone dates the system ("boats built by A in 2015")
                versions[0] = (status, _own_date(ctx, sent, cue_toks[0]))
            ender = cue_toks[0].head
            if status == "cancelled" and governors().get(_governor_lemma(ender)) != "cancelled":
                # "the contract, signed in 2021 for the purchase of X, was terminated in 2023": the verb of ending
                # above the deal's participle ("a deal agreed with A for X was suspended in March": the clause the
                # parser hung under the participle)
                for above in cue_toks[0].ancestors:
                    participle = _deal_participle_clause(above)
                    if participle is not None or above.pos_ == "VERB" \
                            and governors().get(_governor_lemma(above)) == "cancelled":
                        ender = above if participle is None else participle[1]
                        break
            if status == "cancelled" and any(t is cue_toks[0] or t in cue_toks[0].ancestors for t, _ in also) \
                    and governors().get(_governor_lemma(ender)) == "cancelled" and ender.pos_ == "VERB":
                # "the contract, signed in 2019, was scrapped in May": the end is dated by its own verb, the
                # deal's phrase dates the deal (so do participles the parser hangs elsewhere: "cancel a contract
                # for 12 jets signed in 2017")
                deal_phrases = (cue_toks[0], *(t for t in ender.subtree if t.dep_ == "acl" and t.tag_ == "VBN"))
                versions[0] = (status, _own_date(ctx, sent, ender, deal_phrases) or versions[0][1])
            shared = versions[0][1] if also and STATUS_PHASE[status] == "delivered" \
                and any(when == versions[0][1] for _, when in versions[1:]) else None
            if shared:
                # one date for two steps belongs to the step whose phrase holds it: "has supplied 33 jets under an
                # agreement sealed in 2016" dates the agreement only, "jets ordered from X arrived last week" the
                # arrival only
                others = tuple(t for t, _ in also)
                if _own_date(ctx, sent, cue_toks[0], others) is None:
                    versions[0] = (status, None)
                else:
                    versions[1:] = [(st, None if when == shared and _own_date(ctx, sent, t) is None else when)
                                    for (st, when), (t, _) in zip(versions[1:], also)]
            if main is not None and also:
                # (the misparsed participle spans the sentence: each step takes the dates of its own phrase)
                versions = [(status, _own_date(ctx, sent, main) or versions[0][1])] + [
                    (st, _own_date(ctx, sent, t, (main,))) for t, st in also]
            lot = _lot(mention)
            part_size, lot_size = lot if lot else (_quantity(mention), None)
            if part_size is None and _is_remainder(mention.head):
                part_size = _rest_size(mention, mentions)  # "of 14 boats, six were built in A; the rest ...": eight
            if lot_size and STATUS_PHASE[status] == "delivered" \
                    and not any(STATUS_PHASE[st] == "agreed" for st, _ in versions):
                # "showed the first of 12 jets ordered from X": a delivery of one, under an order of 12
                purchase = _purchase_cue(mention, cue_toks)
                if purchase is not None and purchase is cue_toks[0] and purchase.head.i == mention.head.i \
                        and purchase.dep_ in ("acl", "relcl") and mention.head.head.head.pos_ == "NUM":
                    # "four of the 24 jets bought from A in 2008 returned to service": the purchase is the only
                    # step told, and its clause describes the whole lot
                    part_size = lot_size
                elif purchase is not None:
                    versions.append(("ordered", _own_date(ctx, sent, purchase)))
            licensor = _licensor(cue_toks, ctx)
            if licensor is not None and len(versions) > 1 and cue_of(cue_toks[0]).status == "delivered" \
                    and cue_of(cue_toks[0]).subject == "recipient" \
                    and any(st == "licensed_production" for st, _ in versions[1:]):
                # "will commission the third of four submarines built under a licence from A": the buyer's own
                # build under licence, not a delivery from the licensor (but "X shipped jets made under licence"
                # is the licensee's sale)
                versions = versions[1:]
            suppliers = [_group_seller(c, mention, sent, ctx) for c in suppliers]
            # "the Franco-Italian X": the system's phrase names two makers, each a seller
            suppliers += [c for c in _combined_makers(mention, suppliers, ctx) if c not in recipients]
            for version_status, when in versions:
                sides = (suppliers, recipients)
                if version_status == "licensed_production" and licensor is not None:
                    # "interceptors made under U.S. licence shipped to the United States": the licence runs from
                    # the licensor to the maker, whichever way the goods then go
                    licensees = [c for c in suppliers + recipients if c != licensor]
                    sides = ([licensor], licensees[:1]) if licensees else sides
                for supplier in sides[0] or [None]:
                    for recipient in sides[1] or [None]:
                        if supplier and supplier == recipient:
                            continue
                        if item is not None and {supplier, recipient} & roundup_out:
                            continue  # a state of another item of a roundup line, read back in later: not this one's
                        drafts.append((Transfer(
                            supplier=supplier, recipient=recipient, system=_with_basis(mention, mentions),
                            family=mention.family,
                            category=mention.category, status=version_status, evidence=ctx.sentence_evidence(sent),
                            quantity=lot_size if lot_size and STATUS_PHASE[version_status] == "agreed" else part_size,
                            when=when, value=value, currency=currency,
                        ), *from_text))
                        if not mention.named and _phrase_origin(mention, ctx):
                            national.add(id(drafts[-1][0]))
                        if _sister_ship(mention):
                            sisters.add(id(drafts[-1][0]))
                        if _lot_part(mention):
                            lot_parts.add(id(drafts[-1][0]))
                        if lot and lot_size and drafts[-1][0].quantity == part_size != lot_size:
                            counted_parts.add(id(drafts[-1][0]))
                        if not supplier and _stateless_seller(cue_toks[0], ctx):
                            stateless.add(id(drafts[-1][0]))
                        if not supplier and fallback and _maker_on_phrase(mention, fallback, ctx):
                            maker_on_name.add(id(drafts[-1][0]))
                        if maker_supplied and not _maker_named(sent, supplier, ctx):
                            by_maker.add(id(drafts[-1][0]))
                            if mention.referring:
                                referring.add(id(drafts[-1][0]))
                        bought = version_status == "delivered" and cue_toks[0].pos_ == "VERB" \
                            and cue_toks[0].lemma_.lower() in PURCHASE_LEMMAS \
                            and cue_toks[0].dep_ not in ("acl", "relcl", "amod")  # not "the ships purchased"
                        extra.append((mention.named, fallback, in_quote, in_list, bought, cue_toks[0].i))
                        gap = _gapped_seller(cue_toks[0], mention, ctx) if supplier else None
                        if gap is not None and gap[0] not in (supplier, recipient):
                            # "A donated six in 2017 and B four more in 2019": B gave its own lot to the same buyer
                            first = drafts[-1]
                            drafts.append((Transfer(
                                supplier=gap[0], recipient=recipient, system=mention.system, family=mention.family,
                                category=mention.category, status=version_status, evidence=first[0].evidence,
                                quantity=gap[1], when=gap[2], value=None, currency=None), *first[1:]))
                            extra.append(extra[-1])
    # what a speaker says in quotation marks is often a view or a wish; it reports a transfer only when
    # the quoted clause itself names both parties ("we have donated 20 jets to X"), and it never decides
    # the article's main supplier and recipient
    held = [d[0] for d, e in zip(drafts, extra) if e[2] and not (d[1] and d[2])]
    kept = [(d, e) for d, e in zip(drafts, extra) if not e[2] or d[1] and d[2]]
    drafts, extra = [d for d, _ in kept], [e for _, e in kept]
    unquoted = [d for d, e in zip(drafts, extra) if not e[2] and id(d[0]) not in rivals]
    confident = [t for t, s_ok, r_ok in unquoted if s_ok and r_ok]
    supplier, recipient = _dominant_pair(confident or [t for t, _, _ in unquoted], ctx)
    leads = _pair_leads(confident or [t for t, _, _ in unquoted])
    main_steps = _pair_steps(confident or [t for t, _, _ in unquoted]).get((supplier, recipient), 0)
    main_from = min((t.evidence.start for t in confident or [t for t, _, _ in unquoted]
                     if (t.supplier, t.recipient) == (supplier, recipient)), default=None)
    main_statuses = {t.status for t in confident or [t for t, _, _ in unquoted]
                     if (t.supplier, t.recipient) == (supplier, recipient)}
    licence_only = main_statuses == {"licensed_production"}
    own_make_sellers = _own_make_sellers(drafts, ctx)
    subject = _subject_buyer(recipient, [t for t, s_told, _ in drafts if s_told],
                             [t for t, _, r_told in drafts if r_told], ctx)
    # (the paper's name only where no dateline names a state, and only here: it decides nothing else)
    masthead = ctx.masthead_state() if ctx.dateline_state(states=True) is None else None
    home = ctx.home_state or (masthead if masthead and ctx.country_counts.get(masthead, 0)
                              == max(ctx.country_counts.values(), default=0) else None)
    if home and recipient and home != recipient and main_steps <= 1 \
            and home not in {t.supplier for t, _, _ in drafts} \
            and _sentences_naming(home, ctx) >= _sentences_naming(recipient, ctx):
        # a story written from a state (its dateline, its paper's name) on that state's deals may name it only
        # through its capital, its demonym, "the air force": a pair told once, of a buyer named no more often (a
        # neighbour's deal in an aside), is no main pair whose buyer the others imply; they are the home state's
        subject, leads = home, False
    elif subject and recipient and subject != recipient and main_steps <= 1:
        # (nor is a pair told once the main pair of a story plainly about another state, _subject_buyer's subject:
        # "Croatia, which signed for 12 jets, ..." in letters on the subject's own purchase)
        leads = False
    _fill_from_nearby(drafts, extra, ctx)
    _fill_from_same_system(drafts)
    _fill_from_lead(drafts, ctx)
    _fill_from_heading(drafts, ctx)
    _sister_class(drafts, sisters)
    _licensee_supplies([d[0] for d in drafts], by_maker, [e[1] for e in extra])
    _seller_supplies(drafts, by_maker, referring)
    _share_supplier(drafts, extra)
    cue_at = {id(d[0]): e[5] for d, e in zip(drafts, extra)}
    out: list[Transfer] = []
    seen: dict[tuple, Transfer] = {}
    heads = _category_heads(ctx.gaz)
    generic: set[int] = set()
    listed: set[int] = set()  # general items coordinated with a named one in one list
    purchases: set[int] = set()  # records read off a verb of buying ("bought"), which may be the order
    to_maker: set[int] = set()  # records whose guessed seller gave way to the system's maker
    untold: set[int] = set()  # records whose seller no passage told
    for (t, s_told, _), (named, fallback, _, in_list, bought, cue_i) in zip(drafts, extra):
        beside = _beside_deal(t, cue_i, drafts, extra, ctx) if not t.supplier else None
        if beside is not None:
            # "X received tanks from A, and jets ordered in 2018 will arrive": a clause of its own beside another
            # seller's deal is no deal of that seller's (its maker, if known, sells), but of the same buyer
            weapon = ctx.gaz.weapon(t.system)
            t.supplier = fallback or (weapon.origin if weapon is not None else None)
            t.recipient = t.recipient or _sentence_holder(ctx.doc[cue_i], t.supplier, ctx) or beside.recipient
            if not t.supplier:
                continue
        if not t.supplier and fallback:
            # (in a roundup of deals told once each, the article's "main" seller is a guess: the maker is not)
            # (nor is a seller told once, only after the deal: "A bought 12 X. It also ordered 24 Y from B" leaves X to
            # its maker)
            # (nor is it for a system named with its maker's firm, "evaluating the Saab Gripen E", when no passage
            # told its seller)
            main = supplier and recipient == (t.recipient or recipient) and leads and id(t) not in maker_on_name \
                and (main_steps > 1 or main_from is not None and main_from <= t.evidence.start)
            t.supplier = supplier if main else _unnamed_maker_stand_in(t, fallback, ctx.doc[cue_i], ctx) or fallback
        if not s_told:
            untold.add(id(t))
        if not t.supplier and not t.recipient and (not leads or licence_only):
            continue  # a roundup's deal told with no party at all: its "main" pair would be a guess (and a licence
            # to build sells no goods: its pair is no seller of the story's other deals)
        joint = not t.supplier and _joint_programme(t, ctx)
        if joint:
            t.supplier = _programme_signer(t, ctx)
        if joint and not t.supplier and supplier not in _sentence_countries(t, ctx):
            continue  # "Turkey is seeking Eurofighters": a jet several states build has no seller the story implies
        if not t.supplier and id(t) in stateless:
            # "Norcorp sold shells to A": a seller named without its state is the story's own firm or body, not the
            # article's main seller (told, maybe, in one aside)
            home = next((c for c, _ in ctx.country_counts.most_common(1)), None)
            if home is None or home == t.recipient:
                continue
            t.supplier = home
        t.supplier = t.supplier or supplier
        if not t.recipient and t.supplier != supplier:
            # (a deal told beside others in its sentence, "beat the F-16 offered by A and the French Rafale", shares
            # their buyer: only a seller's deal told alone goes to the seller's own buyer)
            beside = {d.recipient for d, _, _ in drafts if d is not t and d.evidence.start == t.evidence.start
                      and d.recipient and d.recipient != "unknown" and d.supplier != t.supplier}
            t.recipient = None if beside else _sellers_own_buyer(
                t.supplier, confident, lambda c: c.evidence.start > t.evidence.start
                or c.evidence.start == t.evidence.start and id(c) in cue_at and (
                    _own_conjunct(ctx.doc[cue_at[id(c)]], ctx.doc[cue_i])
                    or _own_conjunct(ctx.doc[cue_i], ctx.doc[cue_at[id(c)]])))
        # the main pair's buyer is implied for its own seller's deals; another seller's deal goes to the state the
        # story is about (the main pair may rest on one aside)
        # (and a deal told before the main pair's first telling is none the pair implies: a story on the subject's
        # deals may list another buyer's lot further down, "A received 12 jets ... [later] B ordered 48 and received
        # 12", and that later pair leads only by counting steps)
        before_main = main_from is not None and t.evidence.start < main_from and subject != recipient
        buyer = recipient if t.supplier == supplier and leads and not before_main else subject
        t.recipient = t.recipient or _sentence_holder(ctx.doc[cue_i], t.supplier, ctx) \
            or (buyer if buyer != t.supplier else None) or (
            _other_main_country(t.supplier, ctx) if s_told and named is False else None)
        if not t.supplier or not t.recipient or t.supplier == t.recipient:
            continue
        # agreed and ordered are one step of a deal told in other words (an offer and talks are two)
        key = (t.supplier, t.recipient, (t.family or t.system).lower(),
               "agreed" if t.status in ("agreed", "ordered") else t.status)
        if key in seen and _other_version(seen[key].system, t.system, heads) \
                and not (_named_ship(seen[key].system, ctx) and _named_ship(t.system, ctx)):
            key = (*key, _system_key(t.system))  # "Buk-M1 and Buk-M2": two versions of one family, two records
        if key in seen and t.status == "delivered" and _bought_then_delivered(seen[key], t, id(seen[key]) in purchases,
                                                                               bought):
            # "Kenya bought the radars in 2018; they arrived in 2021": the purchase is the order
            buy = seen[key] if id(seen[key]) in purchases else t
            buy.status = "ordered"
            if buy is seen[key]:
                del seen[key]
                seen.setdefault((*key[:3], "agreed"), buy)
            else:
                key = (*key[:3], "agreed")
        if key in seen:
            first = seen[key]  # the same deal reported again: keep the first, fill in what it lacked
            if first.status == "agreed" and t.status == "ordered":
                first.status = "ordered"  # "is buying", then "signed a contract": the contract is the step
                first.when = t.when or first.when  # (and its date the contract's)
            first.quantity = first.quantity or t.quantity
            if _more_specific(t.system, first.system, heads):
                first.system = t.system  # a headline's "Scorpene submarines", the text's "Scorpene Evolved"
            if not (STATUS_PHASE[first.status] == "agreed" and _still_to_come(t.when, ctx)):
                first.when = first.when or t.when  # (a date still to come is when deliveries are due, not the order's)
            first.value, first.currency = (first.value, first.currency) if first.value else (t.value, t.currency)
            if in_list and id(first) in generic:
                listed.add(id(first))  # told again in a list beside named items: kept as a list's item
            continue
        seen[key] = t
        out.append(t)
        if bought:
            purchases.add(id(t))
        if not named:
            generic.add(id(t))
            if in_list:
                listed.add(id(t))
    # "the jets", "helicopters": a category noun for a deal whose systems are named (same parties, kind and
    # phase) is that deal told in general words, not a second record; but a list that names both ("Land
    # Cruisers, troop transports and night vision devices") gives its items one record each
    out += _quoted_list_items(held, out)
    named_keys = {(t.supplier, t.recipient, t.category, STATUS_PHASE.get(t.status)) for t in out if id(t) not in generic}
    # "sold 24 aircraft to A" after "24 F-16s for A": the same count of the same kind is the same lot
    named_lots = {(t.supplier, t.recipient, t.category, t.quantity) for t in out if id(t) not in generic and t.quantity}
    # "four warships for A" and "deals for naval vessels" with A: a general phrase with no count is the counted
    # lot of its kind told again (same parties and phase)
    counted_keys = {(t.supplier, t.recipient, t.category, STATUS_PHASE.get(t.status)) for t in out
                    if id(t) in generic and t.quantity}
    # "to export K9 howitzers to A in an artillery deal with A": a general phrase beside a named system of its
    # kind in one sentence is that deal, whichever side its "with" made the buyer
    told_pairs = {(t.evidence.start, frozenset((t.supplier, t.recipient)), t.category) for t in out if id(t) not in generic}
    # (but a part of a lot the sentence told, "... and the first of them are on the line", is a later step of that lot
    # when its phase is one the lot's own record is not in)
    told_phases = {(t.evidence.start, frozenset((t.supplier, t.recipient)), t.category, STATUS_PHASE.get(t.status))
                   for t in out if id(t) not in generic}
    out = [t for t in out if id(t) not in generic or id(t) in listed
           or (t.evidence.start, frozenset((t.supplier, t.recipient)), t.category) not in told_pairs
           or id(t) in lot_parts and (t.evidence.start, frozenset((t.supplier, t.recipient)), t.category,
                                      STATUS_PHASE.get(t.status)) not in told_phases]
    for t in out:
        if id(t) in untold and t.supplier in own_make_sellers and STATUS_PHASE[t.status] == "prospective":
            # (a seller the story tells selling only what it makes itself is no stand-in for another maker's system
            # the buyer merely weighs or is offered: "Peru bought K2 tanks from South Korea ... and is evaluating
            # the Gripen E" weighs the Gripen from its maker, not from Seoul; a seller of others' makes may well
            # offer them second-hand)
            weapon = ctx.gaz.weapon(t.system)
            if weapon is not None and weapon.origin and weapon.origin not in (t.supplier, t.recipient):
                t.supplier = weapon.origin
                to_maker.add(id(t))
    # ("is evaluating the Gripen E and the F-16 ... wants 24 jets": the jets are the named systems weighed, whose
    # makers took the guessed seller's place, not a lot of the guessed seller's own)
    weighed = {(t.evidence.start, t.recipient, t.category) for t in out if id(t) in to_maker}
    out = [t for t in out if id(t) not in generic or id(t) not in untold
           or (t.evidence.start, t.recipient, t.category) not in weighed]
    out = [t for t in out if id(t) not in generic or id(t) not in national or not _restates_named(t, out, generic)]
    out = [t for t in out if id(t) not in generic or not _heading_kind_of_named(t, out, generic, ctx)]
    out = [t for t in out if id(t) not in generic or id(t) in listed
           or (t.supplier, t.recipient, t.category, STATUS_PHASE.get(t.status)) not in named_keys
           and ((t.supplier, t.recipient, t.category, t.quantity) not in named_lots or id(t) in counted_parts)
           and (t.quantity or (t.supplier, t.recipient, t.category, STATUS_PHASE.get(t.status)) not in counted_keys)]
    # "held talks with A on deliveries of the X", the X ordered from A (or delivered) in the story: talks on
    # carrying out a deal already made are no negotiation of another
    out = [t for t in out if id(t) not in cue_at or not _talks_on_deal_made(t, ctx.doc[cue_at[id(t)]], out)]
    # "A showed the X, which it assembles under licence from B": the licensee showing its own build offers it to
    # no one, least of all to the licensor (its sentence reads the two the other way round)
    licences = {(t.evidence.start, t.family or t.system, t.supplier, t.recipient) for t in out
                if t.status == "licensed_production"}
    out = [t for t in out if STATUS_PHASE.get(t.status) != "prospective"
           or (t.evidence.start, t.family or t.system, t.recipient, t.supplier) not in licences]
    _name_by_sole_kind(out, generic - listed, ctx)
    _name_by_fuller_mention(out, ctx)
    out += _ended_next_sentence(out, ctx)
    return out


def _talks_on_deal_made(record: Transfer, cue: Token, records: list[Transfer]) -> bool:
    """Whether talks a record tells are on carrying out a deal the story tells already made: its cue a noun of
    delivery ("talks on deliveries of X", "discussed the delivery of X") or talks on one ("talks on the schedule for
    X"), not of a further lot ("additional
    deliveries", "deliveries of more jets"), with an order, deal or delivery of the same system between the same
    sides not dated after the talks."""
    if record.status != "negotiating" or cue.pos_ != "NOUN":
        return False
    if cue.lemma_.lower() not in EXECUTION_NOUNS:
        # "held talks with B on the schedule for the X": the talks' topic (on the noun or, as parsed, its verb)
        holders = [cue, cue.head] if cue.dep_ == "dobj" else [cue]
        if not any(o.lemma_.lower() in EXECUTION_NOUNS for h in holders for p in h.children
                   if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for o in p.children if o.dep_ == "pobj"):
            return False
    if any(t.lower_ in FURTHER_WORDS for t in cue.subtree):
        return False  # "talks on additional deliveries of X": a new lot is negotiated
    same = (record.supplier, record.recipient, (record.family or record.system).lower())
    for r in records:
        if r is record or (r.supplier, r.recipient, (r.family or r.system).lower()) != same \
                or STATUS_PHASE.get(r.status) not in ("agreed", "delivered"):
            continue
        n = min(len(r.when or ""), len(record.when or ""))
        if n and r.when[:n] > record.when[:n]:
            continue  # talks on deliveries, then the contract: the talks were a negotiation
        return True
    return False


def _ended_next_sentence(records: list[Transfer], ctx: DocContext) -> list[Transfer]:
    """ "A negotiated an order for X from B. B cancelled the deal in 1995.": a sentence that names no system of its
    own and whose verb of ending takes the deal referred back ("the deal", "the order", plain and definite, as its
    object or passive subject) ends the deal the sentence right before told: a cancelled step of its own for each
    deal (ordered, agreed or talked of) told there. (The same within one sentence is ``_later_ending``.)"""
    sents = list(ctx.doc.sents)
    ordinal = {s.start_char: n for n, s in enumerate(sents)}
    quoted = ctx.quoted_token_ids

    def the_deal(noun: Token) -> bool:
        # (a deal of its own kind, "the border deal", "the deal with B", is another matter)
        return _cue_noun(noun) and cue_of(noun).status in ("agreed", "ordered", "negotiating") and _definite(noun) \
            and not any(c.dep_ in ("compound", "amod", "prep", "nmod") for c in noun.children)

    have = {(r.supplier, r.recipient, r.family or r.system, r.status) for r in records}
    found: list[Transfer] = []
    for n, sent in enumerate(sents[1:], 1):
        if any(t.ent_type_ == "WEAPON_SYSTEM" for t in sent):
            continue
        verb = next((t for t in sent if t.pos_ == "VERB" and t.i not in quoted
                     and governors().get(t.lemma_.lower()) == "cancelled" and not negated(t) and not modal(t)
                     and any(c.dep_ in ("dobj", "nsubjpass") and the_deal(c) for c in t.children)), None)
        if verb is None:
            continue
        for r in records:
            key = (r.supplier, r.recipient, r.family or r.system, "cancelled")
            if ordinal.get(r.evidence.start) != n - 1 or r.status not in ("agreed", "ordered", "negotiating") \
                    or key in have:
                continue
            have.add(key)
            found.append(Transfer(r.supplier, r.recipient, r.system, r.family, r.category, "cancelled",
                                  ctx.sentence_evidence(sent), r.quantity, _event_date(ctx, sent, [verb])))
    return found


@functools.lru_cache(maxsize=None)
def programme_partners() -> dict[str, frozenset[str]]:
    """The building states of multinational programmes, by catalogue family (programme_partners.tsv)."""
    return {row["family"]: frozenset(row["partners"].split("|")) for row in read_tsv("programme_partners.tsv")}


def _partner_sells(mention: SystemMention, frame: Frame, cue_toks: list[Token], ctx: DocContext) -> str | None:
    """The buyer of a deal binding two states alike ("A signed a contract with B for X") whose sides are read
    the wrong way round: X is a multinational programme with no single maker, the state read as its buyer (A)
    builds it and the state it signed "with" (B) does not. None when the sides stand."""
    partners = programme_partners().get(mention.family or "")
    if not partners or len(frame.recipients) != 1 or frame.recipients[0] not in partners or len(frame.suppliers) > 1:
        return None
    deals = [d for t in cue_toks for d in (t, *t.children) if (d is t or d.dep_ == "dobj")
             and _cue_noun(d) and cue_of(d).lemma in SIGNED_DEALS]  # ("signed a deal": the verb may be the cue)
    # (the "with" of the deal noun, or of the verb the parser hangs it on: a seller the sentence names as such,
    # "bought from B", stays the seller)
    withs = [c for t in deals for v in (t, t.head) for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj" for c in _party_countries(o, ctx)]
    if len(set(withs)) != 1 or withs[0] in partners or frame.suppliers not in ([], withs[:1]):
        return None
    return withs[0]


def _name_by_sole_kind(records: list[Transfer], generic: set[int], ctx: DocContext) -> None:
    """Name each general record ("the missile contract", "the aircraft") by the one system the article names for
    the same seller, buyer and kind in another step ("Umkhonto missiles ... delivered"): the general words refer
    back to that system. Several named systems of the kind leave the record general (which one is meant is not
    told); so does a record listed beside named items (not in ``generic``), one whose head word alone is of
    another kind ("loitering munitions" are a kind of drone of their own, not the article's named drone), and one
    whose phrase does not refer back ("Russia and China delivered helicopters" introduces helicopters)."""
    named: dict[tuple, set[tuple[str, str | None]]] = {}
    for r in records:
        if id(r) not in generic and r.family:
            named.setdefault((r.supplier, r.recipient, r.category), set()).add((r.family, r.system))
    for r in records:
        if id(r) not in generic or r.family or ctx.gaz.category_of(r.system.split()[-1]) != r.category \
                or not _refers_back(r, ctx):
            continue
        kinds = named.get((r.supplier, r.recipient, r.category), set())
        if len({family for family, _ in kinds}) == 1:
            r.family, r.system = next(iter(sorted(kinds)))


def _name_by_fuller_mention(records: list[Transfer], ctx: DocContext) -> None:
    """Name a record told by a bare plural name ("its Black Hawks") in the singular that the one fuller name of the
    same family the article gives before ends in ("an S-70i Black Hawk helicopter"): the system referred back to,
    named as that mention writes it (the version itself is not told again)."""
    for r in records:
        if not r.family or not r.system or r.evidence is None:
            continue
        bare = r.system.lower()
        bare = bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare
        fuller = {e.text for e in ctx.ents if e.label_ == "WEAPON_SYSTEM" and e.start_char < r.evidence.start
                  and ctx.attrs_at.get(e.start_char, {}).get("family") == r.family
                  and e.text.lower() != bare and e.text.lower().endswith(" " + bare)}
        if len(fuller) == 1 and bare != r.system.lower():
            r.system = fuller.pop()[-len(bare):]


#: Determiners that introduce rather than refer back ("a deal for aircraft", "no helicopters").
INDEFINITE_DETS = frozenset({"a", "an", "no", "any", "some", "another"})


def _refers_back(record: Transfer, ctx: DocContext) -> bool:
    """Whether a general record's phrase refers back to something told: it, or the deal or part it names
    ("the missile contract", "the purchase of new aircraft", "the first of two patrol aircraft"), is definite."""
    last = record.system.split()[-1].lower()
    span = ctx.doc.char_span(record.evidence.start, record.evidence.end, alignment_mode="expand")
    tok = next((t for t in span or () if t.lower_ == last), None)
    for _ in range(4):
        if tok is None:
            return False
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in INDEFINITE_DETS for c in tok.children):
            return True
        tok = tok.head if tok.dep_ in ("compound", "pobj", "prep") and tok.head.i != tok.i else None
    return False


def _restates_named(t: Transfer, records: list[Transfer], generic: set[int]) -> bool:
    """Whether a record of a kind named in general words with its maker's nationality, no count and no date ("buying
    American fighters and Israeli air defences"), restates the named systems of that kind the article gives the same parties in
    another phase ("ordered 25 F-16s"): a summary of the deals, not one of its own."""
    if t.quantity or t.when:
        return False
    return any(id(r) not in generic and (r.supplier, r.recipient, r.category) == (t.supplier, t.recipient, t.category)
               for r in records)


#: A heading line ends without the final punctuation of a sentence.
HEADING_FINAL = tuple('.!?"”’\'')


def _heading_kind_of_named(t: Transfer, records: list[Transfer], generic: set[int], ctx: DocContext) -> bool:
    """Whether a record of a kind, with no count or date, told in a heading line ("... signals readiness to sell
    stealth jets" over a story of the F-35) is a named record of the article (same parties and category, any phase)
    announced in general words. A heading's kind of goods names no seller of its own and may take one from a word
    beside it ("X inducts A's jets, awaits helicopters", "a firm of A loses a helicopter order"): a named record of
    the same buyer, kind and phase from another seller is then the news the heading tells (not a delivery the story
    dates to an earlier year, which is background to it)."""
    line = t.evidence.sentence.rstrip(" \t")
    if t.quantity or t.when or not line.endswith("\n") or line.rstrip().endswith(HEADING_FINAL):
        return False  # (a line broken off with no line break after it is no heading)
    year = str(ctx.published.year) if ctx.published else None
    return any(id(r) not in generic and (r.recipient, r.category) == (t.recipient, t.category) and (
        r.supplier == t.supplier or STATUS_PHASE.get(r.status) == STATUS_PHASE.get(t.status)
        and not (STATUS_PHASE.get(r.status) == "delivered" and r.when and year and r.when[:4] < year))
        for r in records)


def _sellers_own_buyer(seller: str | None, confident: list[Transfer],
                       apart: Callable[[Transfer], bool] = lambda t: False) -> str | None:
    """The one buyer the article's fully told records give a seller, for a record of that seller with no buyer: a
    seller other than the article's main one sells to its own buyer ("Canada ordered 88 F-35s from the US ... one of
    14 P-8As ordered from the US"), not to the main pair's recipient (the Ukraine that Canada's aid goes to). A record
    ``apart`` tells (a coordinated clause of its own in the same sentence) gives none: "the jets bought from A are in
    service, and the tanks sold to B have left" makes B no buyer of the jets."""
    buyers = {t.recipient for t in confident if t.supplier == seller and t.recipient and t.recipient != "unknown"
              and not apart(t)}
    return next(iter(buyers)) if len(buyers) == 1 else None


def _joint_programme(t: Transfer, ctx: DocContext) -> bool:
    """Whether a record's system is in the catalogue as a programme of several states (no one producing country)."""
    weapon = ctx.gaz.weapon(t.system)
    return weapon is not None and not weapon.origin


def _programme_signer(t: Transfer, ctx: DocContext) -> str | None:
    """The seller of a multinational programme's deal: the one partner state whose official signed the deal, in the
    record's sentence or the next ("B's contract for 48 X, signed on Monday ... A's minister signed the agreement"):
    the state that signs for a jet several states build is the one selling it."""
    partners = programme_partners().get(t.family or "")
    span = ctx.doc.char_span(t.evidence.start, t.evidence.end, alignment_mode="expand")
    if not partners or span is None:
        return None
    sents = [span.sent]
    if span.sent.end < len(ctx.doc):
        sents.append(ctx.doc[span.sent.end].sent)
    signers: set[str] = set()
    for sent in sents:
        for verb in (v for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in SIGNING_VERBS and not negated(v)):
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in SIGNED_DEALS and _definite(c) for c in verb.children):
                continue  # (only "signed the agreement", the deal told: another deal's signing is another matter)
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.conjuncts]
            for subj in subjects:
                for tok in (subj, *(c for c in subj.children if c.dep_ in ("poss", "compound", "amod"))):
                    country = ctx.token_country(tok)
                    if country in partners:
                        signers.add(country)
    return next(iter(signers)) if len(signers) == 1 else None


def _former_owners(sent: Span, ctx: DocContext) -> set[str]:
    """The states a sentence names right after the prefix "ex-" ("ex-US Air Force airframes", "ex-Soviet tanks"):
    whose the systems were before, never their buyer (whatever clause the parser hangs the name in)."""
    doc = sent.doc
    owners = set()
    for tok in sent:
        if tok.lower_ != "ex" or tok.i + 2 >= sent.end or doc[tok.i + 1].text not in HYPHENS or tok.whitespace_:
            continue
        country = ctx.token_country(doc[tok.i + 2])
        if country:
            owners.add(country)
    return owners


def _source_states(sent: Span, ctx: DocContext) -> set[str]:
    """The states a sentence names only as where goods come "from" ("payments for X ordered from A, and for Y
    vehicles from B"): sources, never the buyer of another clause's goods."""
    # (a state's name itself, not "from Polish company X", whose state may be the seller's or the buyer's)
    sources = {c for p in sent if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "COUNTRY" for c in [ctx.token_country(o)] if c}
    others = {c for t in sent if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or (
              t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "by", "with"))
              for c in [ctx.token_country(t)] if c}
    return sources - others


def _sentence_holder(cue_tok: Token, supplier: str | None, ctx: DocContext) -> str | None:
    """The buyer of a deal whose clause names none, when its sentence has one state as the active subject of
    another clause ("Its neighbour A has relied on B for helicopters: the air force operates X supplied since
    2016"; "A, for its part, flies X, many of them ..., and has bought Y from B"): the sentence tells that state's
    holdings, whatever state the story is about (not the subject of a verb of parting with goods, a seller)."""
    states = set()
    for t in cue_tok.sent:
        if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX") or t.head.i == cue_tok.i:
            continue
        cue = cue_of(t.head)
        if (cue is not None and cue.subject != "recipient") or t.head.lemma_.lower() in GIVING_AWAY_VERBS:
            continue
        goods = [c for c in t.head.children if c.dep_ == "dobj"] + [o for p in t.head.children if p.dep_ == "prep"
                                                                   for o in p.children if o.dep_ == "pobj"]
        if not any(_names_system(g, ctx) for g in goods):
            continue  # the subject's own clause tells of arms it has, not "A completed the handover", "A announced"
        ref = t if _state_noun_ref(t) else next((c for c in t.children if c.dep_ == "poss" and _state_noun_ref(c)),
                                                 None)
        if ref is not None:
            # "the kingdom's air force operates X, which arrived from B": the state told just before
            owner = _possessor_antecedent(ref, ctx)
            country = ctx.token_country(owner) if owner is not None else None
            # (not a state the sentence names itself: "A remains B's supplier; the country's navy flies X from A")
            if country and country != supplier \
                    and country not in {ctx.token_country(x) for x in cue_tok.sent if x.ent_type_ == "COUNTRY"}:
                states.add(country)
            continue
        # ("Its neighbour A has relied on B": the state in apposition to the subject)
        for named in [t, *(c for c in t.children if c.dep_ == "appos")]:
            country = ctx.token_country(named)
            if country and country != supplier and named.ent_type_ == "COUNTRY" and not _is_company(named, ctx):
                states.add(country)
    return next(iter(states)) if len(states) == 1 else None


def _speaker_state(cue_tok: Token, supplier: str, ctx: DocContext) -> str | None:
    """The buyer of a seller's act of giving that names no destination, told as what a state said ("B, which lost
    soldiers in April, said A had delivered 12 X"): the state speaks of goods it received, not of the buyer of the
    sentence before."""
    cue = cue_of(cue_tok)
    if cue is None or cue.subject != "supplier" or cue_tok.pos_ != "VERB" or cue_tok.dep_ != "ccomp" \
            or cue_tok.head.lemma_.lower() not in STATEMENT_VERBS:
        return None
    if ctx.token_country(next((c for c in cue_tok.children if c.dep_ == "nsubj"), cue_tok)) != supplier:
        return None  # (the seller is the clause's own subject: "B said A had delivered X")
    speaker = next((c for c in cue_tok.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.ent_type_ != "COUNTRY" or _is_company(speaker, ctx):
        return None
    country = ctx.token_country(speaker)
    return country if country and country != supplier else None


def _sentence_countries(t: Transfer, ctx: DocContext) -> set[str]:
    """The states named in a record's sentence."""
    return {c for tok in ctx.doc.char_span(t.evidence.start, t.evidence.end, alignment_mode="expand") or ()
            for c in [ctx.token_country(tok)] if c}


def _share_supplier(drafts: list[tuple[Transfer, bool, bool]], extra: list[tuple]) -> None:
    """Named systems of one transfer verb share its supplier: "to supply a Type 209 submarine to A and four
    MEKO corvettes to B" -- when one item's supplier is known (or its maker is the fallback) and the others
    have none, they take it."""
    known: dict[int, set[str]] = {}
    for (t, _, _), e in zip(drafts, extra):
        supplier = t.supplier or e[1]
        if supplier:
            known.setdefault(e[5], set()).add(supplier)
    for i, ((t, _, _), e) in enumerate(zip(drafts, extra)):
        one_supplier = known.get(e[5], set())
        # (named systems, and general items listed with them: "24 X howitzers, 40 Y and night-vision goggles")
        if not t.supplier and not e[1] and (e[0] or e[3]) and len(one_supplier) == 1:
            # (the seller told in the same clause outranks the article's main one)
            t.supplier = next(iter(one_supplier))


def _maker_on_phrase(mention: SystemMention, country: str, ctx: DocContext) -> bool:
    """Whether a firm of the state the catalogue makes a system in is named right before the system in its own
    phrase ("the Lockheed Martin F-16 Block 70", "the Saab Gripen E")."""
    start = mention.span.start
    first = start
    while first > mention.span.sent.start and ctx.doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first < start and any(ent.label_ == "ORG" and ctx.entity_country(ent, any_org=True) == country
                             and first <= ent.start and ent.end <= start for ent in ctx.ents_in(mention.span.sent)):
        return True
    # (or its first word, inside the system's own name: "the Saab Gripen E")
    lead = ctx.gaz.organisation(mention.span[0].text) if len(mention.span) > 1 else None
    return lead is not None and lead.type == "ORG" and lead.country == country


def _maker_named(sent: Span, country: str | None, ctx: DocContext) -> bool:
    """Whether a company of the country the catalogue makes the system in is a subject in the sentence ("Elbit
    was awarded a contract to supply PULS"): the maker is then told as the seller, not only known from the
    catalogue (a maker's name on the system, "Sikorsky S-70 helicopters built in Poland", tells no seller)."""
    return country is not None and any(
        ent.label_ == "ORG" and ctx.entity_country(ent, any_org=True) == country
        and (ent.root.dep_ in SUBJECT_DEPS or ent.root.dep_ == "pobj" and ent.root.head.dep_ == "agent")
        for ent in ctx.ents_in(sent))


def _licensee_supplies(records: list[Transfer], by_maker: set[int], fallbacks: list[str | None]) -> None:
    """A system the article says is built under licence from its maker by another state reaches its buyers
    from the licensee: a supplier taken only from the catalogue's maker (or left to it as a fallback) becomes
    that licensee ("the helicopters, built under licence in Norland, arrived in Talora": Norland supplies
    Talora)."""
    licensees: dict[tuple[str, str], list[Transfer]] = {}
    for t in records:
        if t.status == "licensed_production" and t.supplier and t.recipient:
            licensees.setdefault((t.supplier, (t.family or t.system).lower()), []).append(t)
    buyers: dict[str, set[str]] = {}
    for t in records:
        if t.status != "licensed_production" and t.recipient:
            buyers.setdefault((t.family or t.system).lower(), set()).add(t.recipient)
    for t, fallback in zip(records, fallbacks):
        maker = t.supplier if id(t) in by_maker else fallback if not t.supplier else None
        if not maker or t.status == "licensed_production":
            continue
        # (a state that builds the system under licence for its own forces and buys it too is no seller to others:
        # "Poland will build 64 of its 180 K2s at home", then "Romania is considering the K2", is the maker's K2;
        # nor is a licensee's own variant, "Spain's variant, known as X", the system the maker itself sells)
        family = (t.family or t.system).lower()
        key = _system_key(t.system)
        builders = {b.recipient for b in licensees.get((maker, family), [])
                    if b.recipient not in buyers.get(family, ())
                    and (_system_key(b.system) in key or key in _system_key(b.system))} - {t.recipient}
        if len(builders) == 1:
            t.supplier = next(iter(builders))


def _seller_supplies(drafts: list[tuple[Transfer, bool, bool]], by_maker: set[int], referring: set[int]) -> None:
    """A system referred back to ("the aircraft", "the remaining 18") whose supplier is only the catalogue's maker,
    or a system told with no supplier at all, comes from the one seller the article names for that system and buyer
    ("bought 24 F-16s from Denmark ... the remaining 18 will be delivered": Denmark, not the jet's maker, delivers
    them; "the first vessel of the class from A ... BRP X was commissioned": from A, not the story's main seller)."""
    for t, _, _ in drafts:
        if not (id(t) in referring or t.supplier is None) or t.status == "licensed_production" or not t.family:
            continue  # (a record with no supplier at all would take the article's main one)
        family = (t.family or t.system).lower()
        sellers = {d.supplier for d, s_told, _ in drafts if s_told and id(d) not in by_maker and d.supplier
                   and d.status != "licensed_production" and (d.family or d.system).lower() == family
                   and (d.recipient is None or t.recipient is None or d.recipient == t.recipient)
                   and not _other_version(d.system, t.system)}  # (the F/A-18C seller is not the F/A-18E's)
        # (a seller that is this record's buyer shows the buyer was misread: the record is dropped, as one with
        # supplier and recipient alike)
        if len(sellers) == 1 and t.supplier not in sellers:
            t.supplier = next(iter(sellers))


def _still_to_come(when: str | None, ctx: DocContext) -> bool:
    """Whether a date lies after the article's publication (compared at the date's own precision)."""
    return bool(when and ctx.published and when > ctx.published.isoformat()[:len(when)])


def _quoted_list_items(held: list[Transfer], records: list[Transfer]) -> list[Transfer]:
    """A quoted list of systems whose clause names no party ("orders for X-7s, Y-9s and corvettes," the minister
    said) continues a deal the narrative tells: when items of the list are records told outside
    quotes between one pair, in the same phase (two at least), the list's other items are records of that pair too."""
    told = {((t.family or t.system).lower(), STATUS_PHASE.get(t.status)): (t.supplier, t.recipient) for t in records}
    groups: dict[tuple[int, str | None], list[Transfer]] = {}
    for d in held:
        groups.setdefault((d.evidence.start, STATUS_PHASE.get(d.status)), []).append(d)
    out: list[Transfer] = []
    for (_, phase), members in groups.items():
        keys = [((d.family or d.system).lower(), phase) for d in members]
        known = [told[k] for k in keys if k in told]
        pairs = set(known)
        if len(known) < 2 or len(pairs) != 1 or len(known) == len(members):
            continue  # two items told outside the quote, between one pair, vouch for the rest of the list
        supplier, recipient = next(iter(pairs))
        for d, key in zip(members, keys):
            if key not in told and d.supplier in (None, supplier) and d.recipient in (None, recipient) \
                    and supplier != recipient and recipient != "unknown":
                d.supplier, d.recipient = supplier, recipient
                told[key] = (supplier, recipient)
                out.append(d)
    return out


#: Verbs of buying: "has bought" reports a delivery, unless a delivery of its own is told with another date.
PURCHASE_LEMMAS = word_set("transfer_words.tsv", "purchase")
#: Verbs of buying or of ordering: a dated order that a delivery still to come waits on ("ordered in 2019").
ORDERING_LEMMAS = PURCHASE_LEMMAS | {"order"}


def _purchase_before_delivery(cue_toks: list[Token], statuses: list[str | None]) -> list[str | None]:
    """ "received all 12 jets it bought from A in 2021": a verb of buying in a clause on a system whose delivery
    another cue tells is the order placed before it (ordered), not a second delivery."""
    if "delivered" not in [st for t, st in zip(cue_toks, statuses) if not _buying_clause(t)]:
        return statuses
    return ["ordered" if st == "delivered" and _buying_clause(t) else st for t, st in zip(cue_toks, statuses)]


def _order_awaiting_delivery(cue_toks: list[Token], statuses: list[str | None]) -> Token | None:
    """ "Jets bought from A in 2021 will arrive next year", "howitzers ordered in 2019 are to be handed over", "the
    first of 12 jets acquired from A will arrive in May": the purchase (dated or not) of a system whose every other
    cue is its delivery still to come (the order's pending step, no record of its own): that purchase's verb, else
    None."""
    placed = [t for t in cue_toks if _buying_clause(t, ordering=True, dated=False)]
    # (a deal noun in the purchase's own phrase is that purchase: "bought from A under a 2022 contract")
    rest = [(t, st) for t, st in zip(cue_toks, statuses) if t not in placed
            and not (st in ("agreed", "ordered") and any(t.i != p.i and t in p.subtree for p in placed))]
    return placed[0] if placed and rest and all(_pending_delivery(t, st) for t, st in rest) else None


def _pending_delivery(tok: Token, status: str | None) -> bool:
    """A cue of handing over or arriving whose step is still to come ("will arrive", "are to be handed over")."""
    return status == "agreed" and tok.pos_ == "VERB" and cue_of(tok) is not None and cue_of(tok).status == "delivered"


def _buying_clause(tok: Token, ordering: bool = False, dated: bool = True) -> bool:
    """A past verb of buying (or with ``ordering``, of ordering) in a relative clause or participle on a noun, dated
    on its own ("the jets it bought in 2021", "jets bought from A in 2019"); an undated one only describes the
    systems delivered ("inducted two jets acquired from A"). With ``dated`` False the date is not asked for. (A
    year: "on Monday" may date the delivery.)"""
    lemmas = ORDERING_LEMMAS if ordering else PURCHASE_LEMMAS
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lemmas and tok.dep_ in ("relcl", "acl") \
        and tok.tag_ in ("VBD", "VBN") and (not dated or any(t.ent_type_ == "DATE" and _count(t) is None
                                                             and t.like_num for t in tok.subtree))


def _bought_then_delivered(first: Transfer, later: Transfer, first_bought: bool, later_bought: bool) -> bool:
    """Whether two delivered records of one system are a purchase and its delivery: one read off a verb of
    buying, the other off a verb of delivery, dated apart (or only one of them dated)."""
    if first_bought == later_bought or not (first.when or later.when):
        return False
    return not (first.when and later.when) or first.when[:4] != later.when[:4]


def _own_make_sellers(drafts: list[tuple[Transfer, bool, bool]], ctx: DocContext) -> set[str]:
    """The states the text tells selling (the seller told in the passage), each only systems the catalogue says it
    makes itself (of the systems the catalogue knows)."""
    makes: dict[str, set[str | None]] = {}
    for t, s_told, _ in drafts:
        if s_told and t.supplier:
            weapon = ctx.gaz.weapon(t.system)
            if weapon is not None and weapon.origin:  # (a general noun, "frigates", tells no maker)
                makes.setdefault(t.supplier, set()).add(weapon.origin)
    return {seller for seller, origins in makes.items() if origins == {seller}}


def _fill_from_nearby(drafts: list[tuple[Transfer, bool, bool]], extra: list[tuple], ctx: DocContext) -> None:
    """A record missing a party takes it from the nearest earlier statement of the same passage (its
    paragraph, or the two sentences before) that names both parties and agrees on the party it has: a record
    told there, or a transfer clause with no system of its own. "X gave equipment to A's army. The equipment
    includes trucks" is about A, even when the article names B more often; the article's dominant pair is only
    the last resort."""
    text = ctx.analysis.article.text
    known = [(t.supplier, t.recipient) for t, _, _ in drafts]  # before any fallback fills them in
    sents = list(ctx.doc.sents)
    ordinal = {s.start_char: n for n, s in enumerate(sents)}
    at = [ordinal.get(t.evidence.start) for t, _, _ in drafts]
    clause_pairs: dict[int, list[tuple[str, str]]] = {}

    def clauses(n: int) -> list[tuple[str, str]]:
        """Both parties of the transfer clauses of sentence n, last first."""
        if n not in clause_pairs:
            pairs, destinations = [], set()
            for tok in sents[n]:
                if tok.lower_ == "to" and tok.dep_ == "prep":
                    destinations.update(c for o in tok.children if o.dep_ == "pobj" for c in ctx.phrase_countries(o))
                if tok.pos_ in ("VERB", "NOUN") and cue_of(tok) is not None and not negated(tok):
                    f = _read_frame(tok, ctx)
                    # "a deal with X" does not say who sells: only clauses that give each side its role
                    if len(f.suppliers) == 1 and len(f.recipients) == 1 and f.suppliers != f.recipients \
                            and not f.with_parties:
                        pairs.append((f.suppliers[0], f.recipients[0]))
                        destinations.update(f.recipients)
            # a sentence sending goods to several places does not say which one the next record is about
            clause_pairs[n] = pairs[::-1] if len(destinations) <= 1 else []
        return clause_pairs[n]

    filled: set[int] = set()
    for i, (t, _, _) in enumerate(drafts):
        sup, rec = known[i]
        if (sup and rec) or extra[i][2] or at[i] is None:
            continue
        holder = (_sentence_holder(ctx.doc[extra[i][5]], sup, ctx) or _speaker_state(ctx.doc[extra[i][5]], sup, ctx)) \
            if sup else None
        if holder:
            t.recipient = holder  # "B, for its part, flies X and has bought Y from C": B's, not the last buyer's
            continue
        lot_buyers = {known[j][1] for j in range(len(drafts)) if j != i and at[j] == at[i] and not extra[j][2]
                      and drafts[j][2] and known[j][0] is None and known[j][1] and known[j][1] != "unknown"
                      and t.family and drafts[j][0].family == t.family} if sup and not rec else set()
        if len(lot_buyers) == 1:
            # "B ordered 200 X in 2020; the first 40 were delivered from A": the buyer its sentence told of the same
            # system, with no seller named there (the maker's, still to come), not the passage's or story's buyer
            t.recipient = lot_buyers.pop()
            continue
        found = None
        for n in range(at[i], -1, -1):
            # (a sentence's span keeps the blank line after it)
            other_paragraph = "\n" in text[sents[n].start_char + len(sents[n].text.rstrip()):sents[at[i]].start_char]
            if other_paragraph and n < at[i] - 1:
                # beyond the passage: a paragraph before the sentence's own earlier sentences is another deal
                # ("17 jets bought from A. [new paragraph] A line for X opened. The contract covers 54 X")
                break
            # (a record this passage filled in is told there too: "The equipment includes trucks. A photo
            # showed nine trucks" continues the deal the paragraph before told)
            told = [(drafts[j][0].supplier, drafts[j][0].recipient) if j in filled else known[j]
                    for j in range(i - 1, -1, -1) if at[j] == n and not extra[j][2]
                    and not _apart_deal(ctx.doc[extra[j][-1]], ctx.doc[extra[i][-1]])
                    and not _apart_deal(ctx.doc[extra[i][-1]], ctx.doc[extra[j][-1]], ("conj",))
                    and not _passing_relative(ctx.doc[extra[j][-1]], ctx.doc[extra[i][-1]])
                    and (drafts[j][1] and drafts[j][2] or j in filled)
                    and (not other_paragraph or _same_kind(drafts[j][0], t))]
            fitting = [(s2, r2) for s2, r2 in told + (clauses(n) if n < at[i] else [])
                       if s2 and r2 and r2 != "unknown" and s2 != r2 and (sup is None or sup == s2)
                       and (rec is None or rec == r2)]
            if len({p for p in fitting if p in told}) > 1:
                # "a contract for X on behalf of A and B. Each will receive its radars": the sentence tells
                # several pairs that fit, and does not say which one the record is about
                break
            found = fitting[0] if fitting else None
            if found:
                break
        if not found and sup and not rec:
            found = _passage_buyer(i, drafts, known, extra, at, sents, ctx)
        if found:
            t.supplier, t.recipient = found
            filled.add(i)
            extra[i] = (extra[i][0], None, *extra[i][2:])  # the passage's supplier outranks the maker


#: How many sentences back, within its paragraph, a record with a seller and no buyer looks for the passage's buyer.
PASSAGE_BUYER_REACH = 4


def _passage_buyer(i: int, drafts: list[tuple[Transfer, bool, bool]], known: list[tuple], extra: list[tuple],
                   at: list[int | None], sents: list[Span], ctx: DocContext) -> tuple[str, str] | None:
    """For a record with a seller and no buyer: the one buyer the sentences before it in its paragraph tell
    buying, from other sellers, by a cue whose subject is the buyer ("In April it signed a contract with A for X.
    Last October it ordered Y from B. Three Z ordered from C were delivered": the same buyer's purchases, told one
    after another; "A handed tanks to B. In return C supplied trucks" tells no purchase of B's)."""
    text = ctx.analysis.article.text
    sup = known[i][0]
    n = at[i]
    buyers: set[str] = set()
    for m in range(n - 1, n - 1 - PASSAGE_BUYER_REACH, -1):
        if m < 0 or "\n" in text[sents[m].start_char + len(sents[m].text.rstrip()):sents[n].start_char]:
            break
        buyers |= {known[j][1] for j in range(i) if at[j] == m and drafts[j][2] and not extra[j][2]
                   and known[j][1] and known[j][1] != "unknown" and cue_of(ctx.doc[extra[j][-1]]) is not None
                   and cue_of(ctx.doc[extra[j][-1]]).subject == "recipient"}
    return (sup, buyers.pop()) if len(buyers) == 1 and sup not in buyers else None


def _beside_deal(t: Transfer, cue_i: int, drafts: list[tuple[Transfer, bool, bool]], extra: list[tuple],
                 ctx: DocContext) -> Transfer | None:
    """The record of its sentence, with a seller the text names, whose clause a record with no seller stands
    apart from (the two clauses coordinated, each with a subject of its own), or None."""
    cue = ctx.doc[cue_i]
    return next((d for (d, s_told, _), e in zip(drafts, extra)
                 if d is not t and d.supplier and s_told and d.evidence.start == t.evidence.start
                 and (_apart_deal(cue, ctx.doc[e[-1]], ("conj",)) or _apart_deal(ctx.doc[e[-1]], cue, ("conj",)))),
                None)


def _apart_deal(cue_tok: Token, other: Token, deps: tuple[str, ...] = ("advcl", "conj")) -> bool:
    """Whether a cue stands in an adverbial or coordinated clause (``deps``) of its own deal, with its own subject,
    that another cue is outside of ("the tank deal comes months after A signed an agreement with B on jets", "X
    received tanks from A, and jets ordered in 2018 will arrive next year"): that clause's parties are its own
    deal's, not the other's."""
    for tok in (cue_tok, *cue_tok.ancestors):
        if tok.dep_ in deps and tok.pos_ == "VERB" and any(s.dep_ in SUBJECT_DEPS for s in tok.children) \
                and (cue_of(tok) is not None or any(o.dep_ == "dobj" and _cue_noun(o) for o in tok.children)):
            return not tok.left_edge.i <= other.i <= tok.right_edge.i
    return False


def _own_conjunct(cue_tok: Token, other: Token) -> bool:
    """Whether a cue stands in a coordinated clause with a subject of its own that another cue is outside of
    ("the jets bought from A are in service, and the tanks sold to B have left": the tanks' clause)."""
    return any(tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(s.dep_ in SUBJECT_DEPS for s in tok.children)
               and not tok.left_edge.i <= other.i <= tok.right_edge.i for tok in (cue_tok, *cue_tok.ancestors))


def _unnamed_maker_stand_in(t: Transfer, maker: str, cue_tok: Token, ctx: DocContext) -> str | None:
    """The seller of a system whose maker the article never names, when a giver's act (handing over, sending,
    donating) takes it to another state than the one the story is written from and about ("the last Kub systems
    operated by the brigade were handed over to B", in a story about A that never names the Kub's maker): the
    story's state parts with it (second-hand), not a maker the story leaves out (but "B takes delivery of X" tells
    the buyer's act, from whoever makes X)."""
    cue = cue_of(cue_tok)
    support = support_verbs().get(cue_tok.head.lemma_.lower()) if cue_tok.pos_ == "NOUN" and cue_tok.dep_ == "dobj" \
        else None  # ("takes delivery of X": the support verb tells whose act the noun is)
    if maker in ctx.country_counts or not t.recipient or t.status not in ("delivered", "agreed") \
            or cue is None or (support if support in ("recipient", "supplier") else cue.subject) != "supplier":
        return None
    home = _story_state(ctx)
    return home if home is not None and home not in (t.recipient, maker) else None


def _region_destination(obj: Token, ctx: DocContext) -> bool:
    """Whether a destination is a region of several states, not one ("exports to the Middle East", "pitched tanks to
    Middle Eastern buyers"): a place with no state of its own, or buyers named by such a region's adjective."""
    ent = ctx.ent_at.get(obj.i)
    if ent is not None and ent.label_ in ("LOCATION", "GPE"):
        place = ctx.gaz.place(ent.text)
        return place is not None and not place.country and ctx.gaz.country(ent.text) is None
    return obj.pos_ == "NOUN" and obj.tag_ == "NNS" and ctx.token_country(obj) is None and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and ctx.token_country(c) is None
        for c in obj.children)


def _story_state(ctx: DocContext) -> str | None:
    """The state a story is written from and about: its dateline's, or the state it names in many sentences and far
    more often than any other."""
    if ctx.home_state:
        return ctx.home_state
    ranked = ctx.country_counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] < SUBJECT_LEAD * ranked[1][1]:
        return None
    subject = ranked[0][0]
    sentences = {ent.sent.start for ent in ctx.ents if ctx.entity_country(ent) == subject}
    return subject if len(sentences) >= SUBJECT_MIN_SENTENCES else None


def _given_without_giver(cue_tok: Token, mention: SystemMention) -> bool:
    """Whether a participle of parting with systems describes them with no giver: no agent, no "from", no owner
    ("the jets sold to B", not "the jets sold by A to B" or "Norway's jets sold to B")."""
    return cue_tok.pos_ == "VERB" and cue_tok.tag_ == "VBN" and cue_tok.dep_ == "acl" \
        and cue_tok.lemma_.lower() in GIVING_AWAY_VERBS and cue_tok.head.i == mention.head.i \
        and not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from" for c in cue_tok.children) \
        and not any(c.dep_ == "poss" for c in mention.head.children)


def _stateless_seller(cue_tok: Token, ctx: DocContext) -> bool:
    """Whether a seller's cue has its seller named as a firm or a body the text gives no state ("Norcorp sold shells
    to A", "the licensing office Lico approved the export of rounds"): the text names a seller, only not its state."""
    cue = cue_of(cue_tok)
    if cue is None or cue.subject != "supplier":
        return False
    verb = cue_tok if cue_tok.pos_ == "VERB" else cue_tok.head if cue_tok.dep_ == "dobj" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    # (a name, not a lower-case "ministry" the tagger took for one)
    named = subject is not None and (subject.ent_type_ == "ORG" or subject.pos_ == "PROPN" and subject.text[:1].isupper())
    return named and ctx.token_country(subject) is None and not ctx.phrase_countries(subject)


def _same_kind(told: Transfer, record: Transfer) -> bool:
    """Whether a record told in an earlier paragraph can be the one a record with a missing party continues: the
    same family, or (for a record with none) the same kind of system. A roundup's next paragraph on another
    system is another deal ("17 jets bought from A. [new paragraph] The 2024 contract covers 54 howitzers")."""
    if record.family:
        return (told.family or "").lower() == record.family.lower()
    return told.category == record.category


SISTER_WORDS = word_set("transfer_words.tsv", "sister")


def _sister_ship(mention: SystemMention) -> bool:
    """Whether a ship's name is given as the sister of another ("its sister ship X", "the sister vessel X")."""
    return mention.family is None and any(t.lemma_.lower() in SISTER_WORDS for t in mention.span) or any(
        t.lemma_.lower() in SISTER_WORDS for t in mention.span.doc[max(mention.span.start - 2, 0):mention.span.start])


def _sister_class(drafts: list[tuple[Transfer, bool, bool]], sisters: set[int]) -> None:
    """A ship named as the sister of one told before is of that ship's class: its record takes the class of the
    last ship record before it from the same seller ("PNS X, a Babur-class corvette ... Its sister ship PNS Y")."""
    for t, _, _ in drafts:
        if id(t) not in sisters or t.family:
            continue
        before = [d for d, _, _ in drafts if d.family and d.category == t.category and d.supplier == t.supplier
                  and d.evidence.start < t.evidence.start]
        if before:
            t.system, t.family = before[-1].system, before[-1].family


def _fill_from_same_system(drafts: list[tuple[Transfer, bool, bool]]) -> None:
    """A record with no buyer takes the buyer of the same system from the same seller told in its sentence: "the
    navy extended the lease of two X drones from A, pending delivery of the 31 X ordered from A" (both the
    navy's), rather than the article's main buyer."""
    for t, _, _ in drafts:
        if t.recipient or not t.supplier or not t.family:
            continue
        buyers = {d.recipient for d, _, _ in drafts if d is not t and d.recipient and d.recipient != "unknown"
                  and d.evidence.start == t.evidence.start and d.supplier == t.supplier and d.family == t.family}
        if len(buyers) == 1:
            t.recipient = next(iter(buyers))


def _fill_from_lead(drafts: list[tuple[Transfer, bool, bool]], ctx: DocContext) -> None:
    """A headline's record with a party missing takes it from the first record of the same kind of system the
    story tells with that party ("Navy takes delivery of first X-class ship", then "The navy of A took delivery
    of the X"): a headline sums up its lead, not the article's most frequent pair."""
    text = ctx.analysis.article.text
    first_line = text.split("\n", 1)[0]
    if "\n" not in text or not first_line.strip() or first_line.rstrip()[-1] in ".!?\"'”":
        return  # (a first line that ends as a sentence is the lead itself, not a headline)
    for t, _, _ in drafts:
        if t.evidence.start >= len(first_line) or (t.supplier and t.recipient):
            continue
        for d, s_told, r_told in drafts:
            if d.evidence.start < len(first_line) or d.category != t.category \
                    or (t.family and d.family and d.family.lower() != t.family.lower()):
                continue
            if (t.supplier and d.supplier and d.supplier != t.supplier) or (t.recipient and d.recipient
                                                                           and d.recipient != t.recipient):
                break  # the lead's first record of this kind is another deal
            if not t.recipient and r_told and d.recipient and d.recipient != "unknown":
                t.recipient = d.recipient
            if not t.supplier and s_told and d.supplier:
                t.supplier = d.supplier
            break


def _signed_deal_first(cue_toks: list[Token], maker: str | None, ctx: DocContext) -> list[Token]:
    """The cues to read parties from, a signed deal before the supply it is "for": in "India signed a contract
    with Russia for the supply of jets" the signer of the contract is the buyer, not the subject of "supply"
    (unless the signer makes the system: "Russia signed a contract with India for the supply of S-400s")."""
    first = cue_toks[0] if cue_toks else None
    if first is None or not _cue_noun(first) or cue_of(first).subject != "supplier" or first.dep_ != "pobj" \
            or first.head.lower_ != "for" or first.head.head.pos_ != "VERB":
        return cue_toks
    signer = next((c for c in first.head.head.children if c.dep_ == "nsubj"), None)
    if signer is None or maker is not None and maker in ctx.phrase_countries(signer):
        return cue_toks
    deal = next((c for c in first.head.head.children if c.dep_ in ("dobj", "nsubjpass") and _cue_noun(c)
                 and cue_of(c).subject == "recipient"), None)
    return cue_toks if deal is None else [deal] + [t for t in cue_toks if t.i != deal.i]


#: A paragraph opened by a name in capitals, then a sentence ("KENYA The army ordered six units."): a heading.
CAPS_HEADING = re.compile(r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*(?=[ \t]+[A-Z][a-z])")


def _fill_from_heading(drafts: list[tuple[Transfer, bool, bool]], ctx: DocContext) -> None:
    """A record with no recipient in a paragraph headed by a country's name in capitals ("NIGER The air force
    ordered six units") is about that country: a factbox lists its buyers one paragraph each."""
    text = ctx.analysis.article.text
    subheads: list[tuple[int, Country]] | None = None  # (read once, and only for a record that needs them)
    for t, _, _ in drafts:
        if t.recipient:
            continue
        start = text.rfind("\n", 0, t.evidence.start) + 1
        if t.supplier and subheads is None:
            subheads = _subheads(text, ctx)
        heading = CAPS_HEADING.match(text, start)
        # (a section's heading names the buyer of a deal its paragraph tells with a seller: "reported interest in X
        # drones", with no party at all, is left out as before)
        country = ctx.gaz.country(heading.group(0)) if heading else _list_heading_country(text, start, ctx) \
            or (_section_heading_country(text, start, ctx) or _subhead_country(subheads or [], start)
                if t.supplier else None)
        if country is None or country.name == t.supplier:
            continue
        t.recipient = country.name
        if not t.supplier:  # the maker of a named system sells it, unless the paragraph says otherwise
            weapon = ctx.gaz.weapon(t.system)
            # (a family named alone, "Mohajer drones": the one state its catalogued versions come from)
            t.supplier = weapon.origin if weapon is not None and weapon.origin != country.name else None


LIST_BULLETS = ("-", "•", "*", "–", "·", "▪")
#: an enumerated list item's marker: "(i)", "(b)", "2)", "iii." (a bullet's own list is LIST_BULLETS)
LIST_ENUMERATOR = re.compile(rf"\({ENUMERATOR_LABEL}\)[ \t]|{ENUMERATOR_LABEL}[.)][ \t]")


def _item_marker(text: str, start: int) -> int:
    """The length of the list marker a line at ``start`` opens with (a bullet or an enumerator), else 0."""
    if text[start:start + 1] in LIST_BULLETS:
        return 1
    found = LIST_ENUMERATOR.match(text, start)
    return found.end() - start if found else 0


#: A section's heading line: an optional enumerator, a name in capitals, then a dash, colon or bar before its
#: title, or nothing ("2. NORLAND - Jets from the west", "NORLAND: a quiet buyer").
SECTION_HEADING = re.compile(rf"(?:{ENUMERATOR_LABEL}[.)][ \t]+)?([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*)"
                             r"[ \t]*(?:[-–—:|][ \t]|$)")


def _section_heading_country(text: str, start: int, ctx: DocContext) -> Country | None:
    """The country a section's heading line names in capitals, on the line just above the paragraph at ``start``
    ("2. NORLAND - Jets from the west" over "The air force flies six X jets bought from A."): a digest's sections
    are one country's news each, and the paragraph's unnamed "air force" is that country's."""
    if start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return None
    prev_start = text.rfind("\n", 0, start - 1) + 1
    line = text[prev_start:start - 1].strip()
    if not line or len(line.split()) > HEADING_MAX_WORDS or line[-1] in ".!":
        return None
    found = SECTION_HEADING.match(line)
    return ctx.gaz.country(found.group(1).title()) if found else None


#: A subhead line standing alone between blank lines: a country's name and nothing else ("Philippines").
SUBHEAD_LINE = re.compile(r"(?:(?<=\n\n)|(?<=\A))[ \t]*([A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3})[ \t]*\n\n")


def _subheads(text: str, ctx: DocContext) -> list[tuple[int, Country]]:
    """Where a story cut into sections by subheads, each a line of a country's name alone between blank lines
    ("Philippines", then paragraphs, then "Indonesia"), starts each section, with its country; none when fewer than
    two such lines (one alone is no sectioning: a title, a place line)."""
    heads = [(m.start(), country) for m in SUBHEAD_LINE.finditer(text)
             if (country := _subhead_name(m.group(1), ctx)) is not None]
    return heads if len(heads) >= 2 else []


def _subhead_country(subheads: list[tuple[int, Country]], start: int) -> Country | None:
    """The country of the nearest subhead above the paragraph at ``start``: a country-by-country roundup tells each
    section's deals of that country, its "the navy" and "the air force" included."""
    above = [country for at, country in subheads if at < start]
    return above[-1] if above else None


def _subhead_name(line: str, ctx: DocContext) -> Country | None:
    """The country a subhead line names by its own name or an alias (not a demonym, a capital or a code)."""
    country = ctx.gaz.country(line)
    return country if country is not None and (line == country.name or line in country.aliases) else None


def _list_heading_country(text: str, start: int, ctx: DocContext) -> Country | None:
    """The one country named in the heading of the bulleted list a line at ``start`` is an item of ("FACTBOX:
    NORLAND'S ARMS DEALS" over "- X jets (Talora): 12 ordered 2021"): the list's items are that country's."""
    if not text[start:start + 1] in LIST_BULLETS:
        return None
    pos = start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos].strip()
        pos = prev_start
        if not line or line[0] in LIST_BULLETS:
            continue
        if len(line.split()) > HEADING_MAX_WORDS or line[-1] in ".!?":
            return None  # prose before the list, not a heading
        found = {c for c in (ctx.gaz.country(w.strip(":,;'").removesuffix("'S").removesuffix("'s").title())
                             for w in line.split()) if c is not None}
        return next(iter(found)) if len(found) == 1 else None
    return None


def _item_destinations(sent: Span, ctx: DocContext) -> list[str]:
    """The countries of the first "to" phrase of a list item ("X jets to A and B;"): the item's buyers."""
    for tok in sent:
        if tok.lower_ == "to" and tok.dep_ == "prep":
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                found = _coordinated_countries(obj, ctx)
                if found:
                    return found
    return []


def _list_item_lead(sent: Span, ctx: DocContext) -> tuple[Token, str | None] | None:
    """For a sentence on a bulleted line ("- Poland: 96 AIM-120 missiles, $1.1 billion") under a prose line that
    opens the list with a colon ("The State Department approved four possible sales:"): that line's transfer cue
    (the list's items are its deals) and the country the item opens with (its buyer)."""
    text = ctx.analysis.article.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    marker = _item_marker(text, start)
    if not marker:
        return None
    end = text.find("\n", start)
    item = text[start + marker:end if end >= 0 else len(text)].strip()
    head = re.split(r"\s*(?::|\s[–—-]\s)", item, maxsplit=1)[0]
    country = ctx.gaz.country(head) if head != item else None
    pos = start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos].rstrip()
        pos = prev_start
        if not line.strip() or _item_marker(text, prev_start):
            continue
        if not line.endswith(":"):
            return None
        colon = prev_start + len(line) - 1
        lead = next((s for s in ctx.doc.sents if s.start_char <= colon < s.end_char), None)
        cue = next((t for t in lead if t.pos_ in ("VERB", "NOUN", "PROPN") and cue_of(t) is not None and not negated(t)
                    and _status(t) is not None), None) if lead is not None else None
        return (cue, country.name if country else None) if cue is not None else None
    return None


@functools.lru_cache(maxsize=1)
def notifier_countries() -> dict[str, str]:
    """{lower-case name: state} of the bodies in offer_notifiers.tsv (cached)."""
    return {r["name"]: r["country"] for r in read_tsv("offer_notifiers.tsv")}


def _notifier_country(sent: Span) -> str | None:
    """The state of a body notifying possible sales that a sentence names (offer_notifiers.tsv)."""
    low = sent.text.lower()
    words = {t.lower_ for t in sent}
    return next((country for name, country in notifier_countries().items()
                 if (name in low if " " in name else name in words)), None)


def _system_key(name: str) -> str:
    key = "".join(ch for ch in name.lower() if ch.isalnum())
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def _named_ship(name: str, ctx: DocContext) -> bool:
    """Whether a system is one named vessel ("KRI Harimau Laut"): hulls of one class handed to one navy are
    lots of one transfer, not versions."""
    words = name.split()
    return any(w in ctx.gaz.ship_prefixes and i + 1 < len(words) and words[i + 1][:1].isupper()
               for i, w in enumerate(words))


def _other_version(a: str, b: str, heads: frozenset[str] = frozenset()) -> bool:
    """Whether two names of one family are different versions ("Buk-M1", "Buk-M2"), not one name told twice
    ("Gripen", "Gripen E"; "MiG-29", "MiG-29s"; a headline's "Gripen jets" and the text's "Gripen E"): a
    category noun closing a name (one of ``heads``) is left out of the comparison."""
    ka, kb = _name_key(a, heads), _name_key(b, heads)
    return bool(ka and kb) and not (ka in kb or kb in ka) and _initials_key(a) not in (kb, ka) \
        and _initials_key(b) not in (ka, kb)


def _initials_key(name: str) -> str | None:
    """``_system_key`` of the initials of a name of several words ("Advanced Towed Artillery Gun System" ->
    the key of "ATAGS": a name and its acronym are one name), or None for a name of one word."""
    words = [w for w in name.split() if w[:1].isalpha()]
    return _system_key("".join(w[0] for w in words)) if len(words) > 2 else None


def _more_specific(a: str, b: str, heads: frozenset[str]) -> bool:
    """Whether name ``a`` is name ``b`` with more said ("Gripen E" of "Gripen jets"), category nouns aside."""
    ka, kb = _name_key(a, heads), _name_key(b, heads)
    return bool(kb) and kb in ka and ka != kb


def _name_key(name: str, heads: frozenset[str]) -> str:
    """``_system_key`` of a name without its closing category nouns ("Gripen jets" -> "gripen"); of the
    name itself if that would leave nothing."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in heads:
        words.pop()
    return _system_key(" ".join(words))


def _respective(mention: SystemMention, mentions: list[SystemMention], recipients: list[str],
                ctx: DocContext, word: str = "to") -> list[str]:
    """ "sell one tanker to A and two frigates to B": each system goes to the "to" phrase right after it
    (the parser often hangs both phrases on the verb), when the next system has one of its own; with
    ``word`` "from", each system comes from the "from" phrase after it ("submarines from A and frigates from B")."""
    doc = ctx.doc
    later = [m.span.start for m in mentions if m.span.start >= mention.span.end]
    stop = min(later, default=mention.head.sent.end)
    for i in range(mention.span.end, min(stop, mention.head.sent.end) - 1):
        if doc[i].lower_ == word:
            obj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
            if obj is None:
                return []
            # (the parser may hang the next item on this phrase: "from A and frigates from B")
            countries = [c for t in ctx.phrase_tokens(obj) if t.i < stop for c in [ctx.token_country(t)]
                         if c in recipients]
            countries = list(dict.fromkeys(countries))
            return countries if countries and len(countries) < len(recipients) else []
    return []


def _respective_makers(mention: SystemMention, mentions: list[SystemMention], suppliers: list[str],
                       ctx: DocContext) -> list[str]:
    """ "bought weapons from A and B, including X jets and Y missiles": when the sentence's named systems are
    made by different states of the list of sellers, each comes from its own maker (one system, or systems all
    of one maker, may come from each of them: "A and B will supply X tanks")."""
    makers = {_origin(m, ctx, mentioned_only=False) for m in mentions if m.named}
    own = _origin(mention, ctx, mentioned_only=False)
    if not mention.named or own not in suppliers or len(makers & set(suppliers)) < 2:
        return []
    return [own]


def _given_away_of(mention: SystemMention, cue_tok: Token) -> bool:
    """Whether the system is what a noun of parting with it is "of": "the sale of Norway's F-16s" (the owner
    sells them; "the delivery of Poland's tanks" brings them to their owner)."""
    head = mention.head
    return cue_tok.pos_ == "NOUN" and cue_tok.lemma_.lower() in GIVING_AWAY_NOUNS and head.dep_ == "pobj" \
        and head.head.lower_ == "of" and head.head.head.i == cue_tok.i


def _split_name_parts(mention: SystemMention) -> list[Token]:
    """The other parts of a system's name that the parser hung outside the name ("ordered 12 A-29 Super Tucanos, a
    strike plane, from A": "Tucanos" made the subject of a later verb, with the "from" below it): a name is one
    phrase, and what hangs on any of its words is the phrase's."""
    span = mention.span
    return [t for t in span if t.i != mention.head.i and not span.start <= t.head.i < span.end
            and t.pos_ in ("NOUN", "PROPN")]


def _behalf_buyers(mention: SystemMention, cue_toks: list[Token], ctx: DocContext) -> list[str]:
    """The states a purchase is made "on behalf of" ("a contract ..., concluded in a joint procurement on behalf of A
    and B", "the agency ordered X on behalf of A"): the phrase on the system, on a clause on it or on the deal's
    cue or verb; each state it names buys."""
    anchors = {mention.head.i} | {t.i for t in cue_toks} | {t.head.i for t in cue_toks if t.pos_ == "NOUN"}
    out: list[str] = []
    for behalf in (t for t in mention.head.sent if t.lower_ == "behalf" and t.dep_ == "pobj"
                   and t.head.lower_ == "on" and any(a.i in anchors for a in t.ancestors)):
        for prep in (c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [c for c in _party_countries(obj, ctx) if c not in out]
    return out


def _system_preps(mention: SystemMention, frame: Frame, ctx: DocContext, cue_tok: Token | None = None) -> None:
    """Parties attached to the system phrase itself: "jets to India", "drones from Iran", and its owner
    ("India's 36 Rafales"); an owner parting with its systems sells them ("A's jets were handed to B", "the
    government said all of its jets had been sold")."""
    for child in mention.head.children:
        if child.dep_ != "poss":
            continue
        owner = ctx.token_country(child)
        told = owner is not None  # the owner named in the phrase, or its pronoun read as one
        if owner is None and child.lower_ in ("its", "their"):
            # "Portugal received its second X": a possessive stands for the subject of its own clause, when that
            # names a state
            subject = _clause_subject(cue_tok) if cue_tok is not None and cue_tok.pos_ == "VERB" else None
            countries = ctx.phrase_countries(subject) if subject is not None else []
            owner_tok = None if countries else _possessor_antecedent(child, ctx)
            owner = countries[0] if countries else ctx.token_country(owner_tok) if owner_tok is not None else None
        if owner is None and child.lower_ == "whose":
            # "Niger, whose drones were ordered in 2021": the noun the relative clause describes owns them
            clause = next((a for a in mention.head.ancestors if a.dep_ == "relcl"), None)
            owner = ctx.token_country(clause.head) if clause is not None else None
            told = owner is not None
            if clause is not None and _company_named(clause.head, ctx):
                # (but "Germany's X GmbH, whose Y is built under licence in B": a company's system is its make,
                # the company no buyer of it)
                continue
        if not owner or owner in frame.suppliers:
            continue
        giving = cue_tok is not None and (cue_tok.pos_ == "VERB" and cue_tok.lemma_.lower() in GIVING_AWAY_VERBS
                                          or _given_away_of(mention, cue_tok)) and not _numbered_unit(mention.head)
        # (a state using "its own" systems holds them: "B, which flies its own X jets", no seller)
        using = cue_tok is None or cue_of(cue_tok) is None or cue_of(cue_tok).lemma in POSSESSION_VERBS
        if not frame.suppliers and not using and (frame.recipients and owner not in frame.recipients or giving):
            frame.suppliers = [owner]  # the owner before the transfer
        elif not frame.recipients and told and not _company_named(child, ctx):
            # (a company owning the systems, "Czech firm X's jets", is their maker: its state never buys them)
            frame.recipients = [owner]
    took_from = False
    holders = [mention.head]
    head = mention.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in CONTAINER_NOUNS:
        holders.append(head.head.head)  # "the first batch of tanks for A": the lot's phrase is the system's
    holders += _split_name_parts(mention)
    after = head.head
    if head.dep_ == "nsubj" and after.i == head.i + 1 and after.tag_ == "VBZ" and ctx.gaz.category_of(after.lower_) \
            and not any(c.dep_ in ("dobj", "aux", "neg") for c in after.children):
        holders.append(after)  # "received 12 X turboprops from A": the parser reads the kind noun after the name as
        # a verb with the name its subject; what hangs on it is the system's phrase
    won = _won_order_for(mention, cue_tok)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        if prep.lower_ == "from" and not frame.recipients and any(o.dep_ == "pobj" and o.lemma_.lower() in CLIENT_NOUNS
                                                                  and ctx.is_unnamed_party(o) for o in prep.children):
            frame.unnamed_recipient = True  # "an order for X from a customer it did not name": a customer buys
        for obj in (c for c in prep.children if c.dep_ == "pobj" and _names_party(c, ctx)):
            # the system's own phrase is the most specific ("a frigate to Chile and two corvettes to Peru")
            if prep.lower_ in ("to", "for") and (not frame.recipients or prep.lower_ == "to"):
                frame.recipients = ctx.phrase_countries(obj) or frame.recipients
            elif prep.lower_ == "from" and won:
                # "Kongsberg won an order for X from A": the order, and so the system, comes from its buyer
                frame.recipients = [c for c in ctx.phrase_countries(obj) if c not in frame.suppliers] \
                    or frame.recipients
            elif prep.lower_ == "from" and not took_from:
                # the nearest "from" is the system's own: "jets from A and helicopters from B" with both
                # phrases hung on "jets" by the parser
                frame.suppliers = _same_seller(obj, ctx) or ctx.phrase_countries(obj) or frame.suppliers
                took_from = bool(ctx.phrase_countries(obj))
    if not took_from:
        frame.suppliers = _stray_from(mention, ctx) or _seller_it_is_for(mention, ctx) or frame.suppliers
    if not frame.suppliers and cue_tok is not None:
        frame.suppliers = _carrier_state(mention, cue_tok, ctx)


def _won_order_for(mention: SystemMention, cue_tok: Token | None) -> bool:
    """Whether the system is what an order a seller received is "for" ("won an order for X", "an order for X was
    received"): a "from" on the system then names the order's buyer, not the system's seller."""
    prep = mention.head.head
    return cue_tok is not None and cue_tok.pos_ == "NOUN" and cue_tok.lemma_.lower() in WON_DEALS \
        and cue_tok.dep_ in ("dobj", "nsubjpass") and cue_tok.head.lemma_.lower() in RECEIVING_VERBS \
        and mention.head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == cue_tok.i


def _carrier_state(mention: SystemMention, cue_tok: Token, ctx: DocContext) -> list[str]:
    """The state of the vehicles that came "with" the goods: the subject of a verb of arriving whose "with" holds
    the system ("two Egyptian air force transports landed in B with rifles"): the goods are that state's."""
    if mention.head.dep_ != "pobj" or mention.head.head.lower_ != "with" or mention.head.head.head.i != cue_tok.i \
            or cue_tok.pos_ != "VERB" or cue_of(cue_tok) is None or cue_of(cue_tok).subject != "system":
        return []
    # (not a maker's nationality on the vehicles: "Russian-built transports" may fly any state's goods)
    return [c for subject in cue_tok.children if subject.dep_ == "nsubj"
            for c in ctx.phrase_countries(subject) if not any(made_in(t) for t in subject.subtree)]


def _seller_it_is_for(mention: SystemMention, ctx: DocContext) -> list[str]:
    """The seller whose "from" phrase the system's "for" hangs on: "offers from A for X and from B's maker for Y"
    (Y is B's, whatever the first "from" on the verb names)."""
    prep = mention.head.head
    if mention.head.dep_ != "pobj" or prep.lower_ != "for" or prep.head.dep_ != "pobj" \
            or prep.head.head.lower_ != "from":
        return []
    return sorted(_countries_up_to_heads([prep.head], ctx))[:1]


def _stray_from(mention: SystemMention, ctx: DocContext) -> list[str]:
    """The "from" phrase right after the last item of a list, which the parser hung on an earlier item: "X jets from
    A, Y jets from B and Z jets from C" (the "from C" on Y's jets) names Z's seller."""
    head = mention.head
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.dep_ != "conj" or after is None or after.lower_ != "from" or after.head.i == head.i:
        return []
    return [c for o in after.children if o.dep_ == "pobj" and _names_party(o, ctx) for c in ctx.phrase_countries(o)]


#: Adjectives that make a seller the buyer's own ("from a local company").
DOMESTIC_SELLERS = word_set("transfer_words.tsv", "domestic_seller")


def _domestic_seller(mention: SystemMention, cue_tok: Token) -> bool:
    """Whether the system comes "from" a seller of the buyer's own country ("leased helicopters from a local firm"),
    in a "from" phrase on the system or on the cue (or on the verb the parser hangs it on: "ended the lease of X
    from a local firm")."""
    holders = (mention.head, cue_tok) + ((cue_tok.head,) if cue_tok.dep_ == "dobj" else ())
    preps = [c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(o.dep_ == "pobj" and any(a.dep_ == "amod" and a.lower_ in DOMESTIC_SELLERS for a in o.children)
               for p in preps for o in p.children)


#: Adjectives of systems sold from a state's own stocks ("the surplus jets", "decommissioned frigates").
SURPLUS_WORDS = word_set("transfer_words.tsv", "surplus")


def _surplus_owner(mention: SystemMention, ctx: DocContext, sentences: int = 2) -> str | None:
    """The state a surplus system is sold by: for a phrase marked surplus ("the surplus jets"), the owner named on
    an earlier phrase of the same system in the passage ("Greece's remaining Mirage 2000 fighters")."""
    doc = mention.head.doc
    stocks = _stock_owner(mention.head, ctx)
    if stocks:
        return stocks
    if not any(t.lower_ in SURPLUS_WORDS for t in doc[mention.head.left_edge.i:mention.head.i + 1]):
        return None
    own = _owner_country(mention.head, ctx) or _marked_operator(mention, ctx) or _deal_partner(mention.head, ctx)
    if own:
        return own
    key = (mention.family or mention.system).lower()
    for ent in _systems_before(mention.head, mention.span.start, ctx, sentences):
        family = (ctx.attrs_at.get(ent.start_char, {}).get("family") or ent.text).lower()
        if family == key or key in family or family in key:
            owner = _owner_country(_phrase_head(ent.root), ctx)
            if owner:
                return owner
    return None


#: Nouns of a state's holdings that systems are drawn from ("taken from Spanish army stocks").
STOCK_NOUNS = word_set("transfer_words.tsv", "stock_noun")


def _stock_owner(head: Token, ctx: DocContext) -> str | None:
    """The one state whose holdings a participle on the system draws it from ("tanks taken from Spanish army
    inventory", "jets drawn from Norwegian stocks"): they were that state's, whoever made them."""
    objs = [o for v in head.children if v.dep_ == "acl" and v.tag_ == "VBN"
            for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in STOCK_NOUNS]
    found = _countries_up_to_heads(objs, ctx)
    return found.pop() if len(found) == 1 else None


def _state_source(noun: Token) -> bool:
    """Whether the object of a "from" names a state the goods come from: the state itself ("from A") or a state's
    holdings ("from American stocks", "from A's army inventory"), whoever made the goods."""
    return noun.ent_type_ == "COUNTRY" or noun.lemma_.lower() in STOCK_NOUNS and any(
        t.ent_type_ == "COUNTRY" for t in noun.doc[noun.left_edge.i:noun.i])


def _countries_up_to_heads(nouns: list[Token], ctx: DocContext) -> set[str]:
    """The states named in noun phrases up to their heads ("Spanish army stocks", "the Australian government")."""
    return {c for n in nouns for t in n.doc[n.left_edge.i:n.i + 1] for c in [ctx.token_country(t)] if c}


#: Verbs of using a system that tell its transfer only when its own phrase names a foreign maker ("has flown
#: Chinese-made drones since 2015"; "already flies F-16s and Hawks" lists a fleet and names no seller).
MARKED_POSSESSION_VERBS = word_set("transfer_words.tsv", "possession_marked")


def _unmarked_flown(verb: Token, mention: SystemMention, ctx: DocContext) -> bool:
    """Whether a verb of using that needs a maker in the system's phrase has none ("flies F-16s"), or describes a
    buyer's fleet in a relative clause ("Greece, which already flies French jets, ordered ...")."""
    if mention.referring and any(c.dep_ == "prep" and c.lower_ == "of" and _of_pronoun(c)
                                 for c in mention.head.children):
        return False  # "signed for 12 X, and already flies six of them": part of a lot told before is in use, as with
        # "operates six of them" (the lot's own phrase told its origin)
    if _in_use_since(verb):
        return False  # "has flown the X since 2022": the year its use began tells a delivery, not a fleet listed
    if _one_type_flown(verb, mention, ctx):
        return False  # "A and B fly earlier X variants", "B flies the X": one named type is a holding, not a fleet list
    return verb.lemma_.lower() in MARKED_POSSESSION_VERBS and (not _phrase_origin(mention, ctx) or verb.dep_ == "relcl")


def _one_type_flown(verb: Token, mention: SystemMention, ctx: DocContext) -> bool:
    """Whether a verb of using tells one state's holding of one named type in a roundup of holdings, its clause joined
    to another clause of using ("A operates X, and B and C fly earlier Y variants", "A operates X, while B flies the
    Y"): the subject is a state itself and the type the verb's only object. A fleet listed type by type ("flies F-16s
    and Hawks"), a relative clause, a bare body ("the air force flies the X"), a clause alone ("B flies X jets") or
    a flight ("flew the X over the delta") tells none."""
    head = mention.head
    if not mention.named or mention.referring or verb.dep_ == "relcl" or head.dep_ != "dobj" \
            or head.head.i != verb.i or _list_mates(head):
        return False
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ != "since" for c in verb.children):
        return False
    paired = verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() in POSSESSION_VERBS \
        or any(c.dep_ in ("conj", "advcl") and c.lemma_.lower() in POSSESSION_VERBS and c.pos_ == "VERB"
               for c in verb.children)
    return paired and any(c.dep_ == "nsubj" and all(t.ent_type_ == "COUNTRY" and ctx.token_country(t)
                                                    for t in (c, *c.conjuncts)) for c in verb.children)


def _in_use_since(verb: Token) -> bool:
    """Whether a verb of using, in the present perfect, dates the start of the use by "since" and a year ("has flown
    the X since 2022")."""
    return verb.dep_ != "relcl" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" and any(o.ent_type_ == "DATE" for o in c.subtree)
                for c in verb.children)


def _marked_operator(mention: SystemMention, ctx: DocContext) -> str | None:
    """The state a surplus word names right after it, before the system's name ("ex-Italian Army tanks",
    "surplus Danish jets"): whose the systems were, even where the parser hangs the nationality elsewhere."""
    doc = mention.head.doc
    for tok in doc[mention.head.left_edge.i:mention.head.i]:
        if tok.lower_ not in SURPLUS_WORDS:
            continue
        for nxt in doc[tok.i + 1:mention.head.i]:
            if nxt.ent_type_ == "WEAPON_SYSTEM":
                break
            country = ctx.token_country(nxt)
            if country:
                return country
    return None


def _deal_partner(head: Token, ctx: DocContext, depth: int = 4) -> str | None:
    """The one state a deal governing a surplus system is made "with" ("signed a deal with A to buy two
    decommissioned frigates"): its own stocks sell them. Only a partner named before the system's phrase, by a
    name or a nationality on the partner's head ("with the Australian government"), not one sharing the order."""
    tok = head
    for _ in range(depth):
        if tok.head is tok:
            return None
        tok = tok.head
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < head.i):
            if any(a.dep_ == "advmod" and a.lower_ in JOINT_WITH for a in prep.children):
                continue  # "together with B": a buyer on the subject's side
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            found = _countries_up_to_heads(objs, ctx)
            if len(found) == 1 and not any(c.dep_ == "conj" for o in objs for c in o.children):
                return found.pop()
    return None


def _owner_country(head: Token, ctx: DocContext) -> str | None:
    """The state a possessive names on a system phrase ("Greece's remaining jets")."""
    return next((c for p in head.children if p.dep_ == "poss" for c in [ctx.token_country(p)] if c), None)


def _told_before(sent: Span, ctx: DocContext) -> set[str]:
    """The states the sentence before names as the other side of a deal: "signed contracts with Seoul", "bought jets
    from A" (not a state that only approved it)."""
    if sent.start == 0:
        return set()
    before = sent.doc[sent.start - 1].sent
    return {c for p in before if p.lower_ in ("with", "from") for o in p.children if o.dep_ == "pobj"
            for c in ctx.phrase_countries(o)}


def _refers_to_deal(cue_tok: Token) -> bool:
    """A definite deal noun ("the contract", "this deal") points back to a deal the article has told."""
    return _cue_noun(cue_tok) and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                      for c in cue_tok.children)


def _origin(mention: SystemMention, ctx: DocContext, mentioned_only: bool = True) -> str | None:
    """The producing country: a nationality in the phrase ("Russian-made", "Iranian drones"), else the
    catalogue's origin when the article names that country."""
    phrase = _phrase_origin(mention, ctx)
    if phrase:
        return phrase
    system = ctx.gaz.weapon(mention.system)
    if system and system.origin and (system.origin in ctx.country_counts or not mentioned_only):
        return system.origin
    return None


def _phrase_origin(mention: SystemMention, ctx: DocContext) -> str | None:
    """A nationality in the system's own phrase ("Russian-made", "Iranian drones"); remembered per phrase for
    the document (the transfer reader asks ~3 times per mention)."""
    memo = ctx.memo.setdefault("phrase_origin", {})
    key = (mention.head.i, mention.span.start, mention.span.end, mention.named)  # all that the reading looks at
    if key not in memo:
        memo[key] = _read_phrase_origin(mention, ctx)
    return memo[key]


def _read_phrase_origin(mention: SystemMention, ctx: DocContext) -> str | None:
    for tok in mention.head.subtree:
        if tok.i >= mention.head.i:
            break
        if tok.dep_ == "poss" or tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].tag_ == "POS":
            continue  # "India's Rafales": the owner, not the maker
        if any(c.dep_ == "conj" and c.ent_type_ != "COUNTRY" for c in tok.children):
            continue  # "X to the Philippines and Y systems to B": the parser joined a buyer to the next item's name
        if tok.ent_type_ == "COUNTRY" and tok.head.i in (mention.head.i, *range(mention.span.start, mention.span.end)) \
                or tok.ent_type_ == "COUNTRY" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].text in HYPHENS:
            return ctx.token_country(tok)
        if tok.ent_type_ == "COUNTRY" and tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 \
                and tok.head.dep_ == "amod" and tok.head.head.i == mention.head.i and tok.head.tag_ in ("VBN", "VBD") \
                and tok.text != ctx.token_country(tok):
            # "Chinese wheeled carriers": the parser makes the nationality the subject of the participle modifying
            # the system; it is the system's maker still. A state's own name there ("Armenia procured X missiles",
            # the clause misread as a noun phrase) is the actor, not a maker.
            return ctx.token_country(tok)
    shared = _shared_nationality(mention, ctx)
    if shared:
        return shared
    run = _lost_name_run(mention)
    # the parser lost the name: the nationality opening the words before it is its maker's
    if run and run[0].ent_type_ == "COUNTRY" and run[0].dep_ != "poss" and ctx.doc[run[0].i + 1].tag_ != "POS" \
            and (run[0].i == 0 or ctx.doc[run[0].i - 1].pos_ in ("NUM", "DET", "ADP")):
        return ctx.token_country(run[0])
    return None


def _combined_makers(mention: SystemMention, suppliers: list[str], ctx: DocContext) -> list[str]:
    """The states a combining form adds to a maker's nationality in the system's phrase ("the Franco-Italian X"
    sold by Italy: France too); none when the nationality is not a seller already."""
    phrase = [t for t in mention.head.subtree if t.i < mention.head.i] + list(mention.span)
    return [c for t in phrase if ctx.token_country(t) in suppliers
            for c in [ctx.combined_country(t)] if c and c not in suppliers]


def _shared_nationality(mention: SystemMention, ctx: DocContext) -> str | None:
    """The nationality a bare kind shares with the kind it is coordinated to: "American fighters and helicopters"
    are both American (a named system has its own maker: "American F-16s and Rafales")."""
    head = mention.head
    if mention.named or head.dep_ != "conj" or any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
        return None
    first = head.head
    if first.pos_ != "NOUN" or not all(ctx.doc[i].dep_ == "cc" for i in range(first.i + 1, head.i)):
        return None  # only a pair joined by "and" with nothing between
    return next((country for c in first.children if c.dep_ == "amod" and c.ent_type_ == "COUNTRY"
                 for country in [ctx.token_country(c)] if country), None)


def _lost_name_run(mention: SystemMention) -> list[Token]:
    """The words before a name the parser hung on nothing ("six American Norland Corporation/Vale Defence and
    Security X-7 jets": "X-7" as punctuation), from the phrase's first name word on; empty for a parsed name."""
    if mention.head.dep_ not in ("punct", "dep") and mention.span.root.dep_ not in ("punct", "dep"):
        return []
    doc, run = mention.span.doc, []
    for i in range(mention.span.start - 1, max(mention.span.sent.start, mention.span.start - 15) - 1, -1):
        if doc[i].pos_ not in ("PROPN", "NOUN", "ADJ", "SYM", "CCONJ") and doc[i].text != "/":
            break
        run.insert(0, doc[i])
    return run
