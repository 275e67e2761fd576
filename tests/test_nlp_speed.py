"""Speed-ups of the spaCy pipeline that must not change a single annotation: the attribute ruler's
matches found through lookup tables (armstrack.nlp.attributes), and the components' patterns tokenized
with a scratch tokenizer (armstrack.nlp.pipeline._scratch_tokenizer), and lemmas set through attribute
arrays (armstrack.nlp.lemmas)."""

from __future__ import annotations

import pytest
import spacy
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler

from armstrack.nlp.attributes import TableMatches, speed_up_attribute_rulers
from armstrack.nlp.lemmas import TableLemmas, speed_up_lemmatizers
from armstrack.settings import model_name

TEXTS = [
    "The ministry said it isn't going to buy the frigates, but it's gonna lease two of them.",
    "Y'all ain't seen nothing yet,  the colonel told   reporters on Tuesday.\n\nHe'd left already.",
    "There are six drones and there's one radar; I'm sure you'd agree it's enough, wouldn't you?",
    "Whom did the envoy meet? Neither she nor her deputy would say whether the deal was signed.",
    "Let's go, c'mon! Gotta move the howitzers before nothin' is left of the depot.",
    "“We do not comment,” a spokeswoman said. Do they have the missiles? They do, and they did.",
    "\n  \t The 2024 budget (about $3.1bn) covers 40 % of the order — that is what was agreed.  ",
    "",
]


def _before_ruler(nlp, texts):
    """Docs annotated by the components before the attribute ruler (what it matches on)."""
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("attribute_ruler")]):
        return list(nlp.pipe(texts))


def test_table_matches_equal_the_matcher_on_the_models_rules(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.__dict__.get("match"), TableMatches)  # build_pipeline installed it
    table = ruler.__dict__["match"]
    assert table.exact or table.anchored or table.scans  # the rules are not all left to the Matcher
    for doc in _before_ruler(nlp, TEXTS):
        assert table(doc) == AttributeRuler.match(ruler, doc)


def test_annotations_equal_the_stock_pipeline(nlp):
    stock = spacy.load(model_name())  # without armstrack's components: compare the model's own annotations
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
               [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    # a tagger-like annotation from a first ruler, so the second has tags and dependencies to match
    tags = nlp.add_pipe("attribute_ruler", name="tags")
    tags.add([[{"LOWER": {"IN": ["the", "a"]}}]], {"TAG": "DT", "DEP": "det"})
    tags.add([[{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a"]}}]], {"TAG": "NN", "DEP": "dobj"})
    tags.add([[{"IS_PUNCT": True}]], {"TAG": ".", "DEP": "punct"})
    return nlp


def test_table_matches_equal_the_matcher_on_unusual_rules(blank):
    ruler = AttributeRuler(blank.vocab, name="probe")
    rules = [
        [[{"TAG": "NN"}]],                                               # a table row
        [[{"TAG": "NN"}], [{"LOWER": "radar"}]],                         # two patterns, one rule
        [[{"LOWER": {"IN": ["radar", "drone", "Radar"]}, "TAG": {"IN": ["NN", "DT"]}}]],
        [[{"text": "Radar"}]],                                           # a lower-case key
        [[{"LOWER": {"IN": []}}]],                                       # never matches
        [[{"TAG": "DT"}, {"TAG": "NN"}]],                                # two tokens
        [[{"TAG": "DT"}, {}, {"IS_PUNCT": True}]],                       # any token in the middle
        [[{"LOWER": {"REGEX": "^d.*e$"}}]],                              # a regex alone
        [[{"LOWER": {"REGEX": "^r"}, "DEP": {"NOT_IN": ["det", ""]}}, {"IS_PUNCT": False}]],
        [[{"DEP": {"NOT_IN": ["dobj"]}}]],                               # no value to index by
        [[{"IS_SPACE": True}]],
        [[{"TAG": "NN", "OP": "+"}]],                                    # an operator: left to a Matcher
        [[{"LENGTH": {">=": 5}}]],                                       # another predicate: a Matcher
        [[{"ORTH": "the"}, {"TAG": "NN", "OP": "?"}]],
    ]
    for i, patterns in enumerate(rules):
        ruler.add(patterns, {"MORPH": f"Case={'Nom' if i % 2 else 'Acc'}"}, index=0)
    table = TableMatches(ruler)
    assert len(table.rest) == 3  # the operator and comparison rules
    texts = ["The radar, a drone and the Radar.", "Drone!  the  dome dune radar rotor", "A a the .",
             "radars the drone the", "x"]
    for doc in blank.pipe(texts):
        assert table(doc) == AttributeRuler.match(ruler, doc), doc.text
    ruler.add([[{"LOWER": "x"}]], {"MORPH": "Case=Dat"})  # a rule added later: the ruler's own matcher
    doc = blank("x")
    assert table(doc) == AttributeRuler.match(ruler, doc) != []


def test_speed_up_is_installed_once(blank):
    speed_up_attribute_rulers(blank)
    first = blank.get_pipe("tags").__dict__["match"]
    speed_up_attribute_rulers(blank)
    assert blank.get_pipe("tags").__dict__["match"] is first
    doc = blank("The radar.")
    assert [t.tag_ for t in doc] == ["DT", "NN", "."]


def test_pattern_tokenizing_leaves_the_tokenizer_as_the_model_has_it(nlp):
    stock = spacy.load(model_name())
    text = "Su-30SMEs, Pantsir-S1s and the Type 054A (Ada-class) left Naypyitaw's port at 9:30am."
    assert type(nlp.tokenizer) is type(stock.tokenizer)
    assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == \
           [(t.text, t.whitespace_) for t in stock.make_doc(text)]


def test_table_lemmas_equal_the_lemmatizer_on_repeated_words(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.__dict__.get("pipe"), TableLemmas)  # build_pipeline installed it
    stock = spacy.load(model_name())
    # the same word forms again and again in other roles, so remembered lemmas are reused
    texts = ["Jets fly. The jet flies; flying jets flew, and the flier's jets were flown by fliers.",
             "She leads; leading the lead, she led them. Leads were leading leaders.",
             "Better drones are better than the best drones; we better buy them, said the better bidders."]
    texts = texts + texts[::-1] + TEXTS
    ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    assert ours == [[t.lemma_ for t in doc] for doc in stock.pipe(texts)]
    assert ours == [[t.lemma_ for t in stock(text)] for text in texts]


def test_table_lemmas_keep_existing_lemmas_and_are_installed_once():
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"ships": "ship", "sold": "sell"})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize(lookups=lookups)
    speed_up_lemmatizers(nlp)
    table = nlp.get_pipe("lemmatizer").__dict__["pipe"]
    speed_up_lemmatizers(nlp)
    assert nlp.get_pipe("lemmatizer").__dict__["pipe"] is table
    doc = nlp.make_doc("Ships were sold, ships sold.")
    doc[4].lemma_ = "preset"
    (doc,) = nlp.get_pipe("lemmatizer").pipe([doc])
    assert [t.lemma_ for t in doc] == ["Ships", "were", "sell", ",", "preset", "sell", "."]
    assert [t.lemma_ for t in next(nlp.pipe(["ships sold Ships"]))] == ["ship", "sell", "Ships"]
