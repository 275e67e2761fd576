"""Parse helpers every extractor shares: negation and modality of a clause, read off spaCy's
dependency parse with the closed-class words in ``data/function_words.tsv``.

One definition each, so that "did not deliver", "never met" and "no sanctions" are negated alike in
transfers, meetings and events.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from spacy.tokens import Token

from armstrack.extract.context import HYPHENS, read_tsv, word_set


@functools.lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Closed-class words by class (negation, future, possibility, condition)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("function_words.tsv"):
        classes[row["class"]].add(row["word"].lower())
    return {name: frozenset(words) for name, words in classes.items()}


def function_words(word_class: str) -> frozenset[str]:
    """The words of a closed word class; empty if the class is unknown."""
    return word_classes().get(word_class, frozenset())


def negated(tok: Token) -> bool:
    """Whether a word is denied: a ``neg`` child ("did not meet"), or a negation word as its adverb or
    determiner ("never delivered", "no sanctions")."""
    negations = function_words("negation")
    return any(c.dep_ == "neg" or c.lower_ in negations and c.dep_ in ("advmod", "det") for c in tok.children)


def no_one_acting(verb: Token) -> bool:
    """Whether a verb's doer or the party it acts on is no one: a negative pronoun as its subject or object ("nobody
    has offered us jets", "we asked no one for them", "none have been delivered"), or a subject under "no" ("no
    country sold them"): the act is denied as surely as by "not"."""
    nobody = function_words("negative_pronoun")
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
            continue
        if c.lower_ in nobody or c.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") \
                and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ in ("det", "preconj", "cc") and d.lower_ == "neither"
                                                    for d in c.children):
            return True  # "neither A nor B has delivered jets": each subject denied
    return False


@functools.lru_cache(maxsize=None)
def _words_of_classes(word_classes: tuple[str, ...]) -> frozenset[str]:
    """The words of several closed classes together (asked ~13,000 times per 300 articles by ``modal``)."""
    return frozenset().union(*(function_words(c) for c in word_classes))


def has_auxiliary(tok: Token, *word_class: str) -> bool:
    """Whether a verb carries an auxiliary of one of the classes ("will buy": future)."""
    wanted = _words_of_classes(word_class)
    return any(c.dep_ == "aux" and c.lower_ in wanted for c in tok.children)


def modal(tok: Token) -> bool:
    """A verb in the future, the conditional or a mood of possibility ("will meet", "could sell")."""
    return has_auxiliary(tok, "future", "possibility")


def conditional(tok: Token) -> bool:
    """A clause introduced as a condition ("if he visits") or under one ("without meeting")."""
    condition = function_words("condition")
    # "Whether it is a flood or a drought, we will be there": an adverbial clause on "whether" concedes every
    # alternative, so the main clause holds in each (a "whether" clause that is asked about is no adverbial)
    return any(c.dep_ == "mark" and c.lower_ in condition
               and not (c.lower_ == "whether" and tok.dep_ == "advcl") for c in tok.children) or \
        (tok.dep_ == "pcomp" and tok.head.lower_ in condition)


#: Participles a nationality is hyphened to to label a system's origin ("Chinese-made", "US-built").
ORIGIN_PARTICIPLES = word_set("event_words.tsv", "origin_participle")


#: Participles of making whose foreign maker tells where a system came from ("Chinese-built boats", "built by A").
MAKING_PARTICIPLES = word_set("event_words.tsv", "making_participle")


def hyphened_countries(participle: Token) -> list[Token]:
    """The countries joined by a hyphen right before a participle that modify it: "Iranian" in "Iranian-supplied
    drones", "US" in "US-built jets"."""
    return [c for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and c.ent_type_ == "COUNTRY" and c.i + 2 == participle.i and c.doc[c.i + 1].text in HYPHENS]


def made_in(tok: Token) -> bool:
    """Whether a country word labels where something comes from, hyphened to a participle ("Iranian-made",
    "Russian-built drones"): a country of origin, not a party."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in HYPHENS and doc[tok.i + 2].lower_ in ORIGIN_PARTICIPLES
