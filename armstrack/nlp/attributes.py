"""The attribute ruler's matches found through lookup tables: the same matches, a fraction of the time.

spaCy's ``attribute_ruler`` (in the pretrained English pipelines: the tag map and the morphological
rules, ~180 patterns) runs every pattern through the token ``Matcher``, which costs about as much as
the tagger and the parser together (its ``IN`` and ``REGEX`` predicates are Python calls per token).
Its patterns are short and simple, so here they are compiled to checks on the token attribute arrays
of ``Doc.to_array``:

- a one-token pattern of exact values and ``IN`` lists (``{"TAG": "NNS"}``, ``{"LOWER": {"IN":
  ["is", "'s"]}, "TAG": "VBZ"}``) becomes rows of a dictionary keyed by those attributes' values;
- any other pattern of fixed length (no ``OP``) whose conditions are exact values, ``IN``, ``NOT_IN``
  or ``REGEX`` on the attributes below is tried only at tokens that carry one of its first token's
  values (or at every token when it has none), its conditions checked in Python;
- a pattern with anything else (operators, extensions, other predicates or attributes) stays with a
  Matcher that holds only such patterns.

The conditions are evaluated as the Matcher evaluates them (the same string hashes, ``get_string_id``
for sets, ``re.search`` on the attribute's string), every (rule, start, end) is reported once as the
Matcher reports it, and the list is sorted as ``AttributeRuler.match`` sorts it, so the annotations
are the same. ``tests/test_nlp.py`` compares both on varied texts.
"""

from __future__ import annotations

import itertools
import operator
import re

from spacy.attrs import DEP, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: Pattern keys whose values are string hashes in ``Doc.to_array``, exactly as the Matcher reads them.
_STRING_ATTRS = {"TAG": TAG, "POS": POS, "DEP": DEP, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
#: Boolean lexeme flags (0 or 1 in ``Doc.to_array``; the Matcher compares ``int(value)``).
_FLAG_ATTRS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT, "IS_ALPHA": IS_ALPHA, "IS_DIGIT": IS_DIGIT}
#: Which condition to index a pattern by: the most selective attribute first.
_ANCHOR_ORDER = (ORTH, LOWER, DEP, TAG, POS, IS_SPACE, IS_PUNCT, IS_DIGIT, IS_ALPHA)
#: At most this many dictionary rows for one pattern (the product of its IN lists).
_MAX_ROWS = 256
#: Regular-expression results remembered per (pattern, value), at most.
_MAX_MEMO = 50_000


class _Unsupported(Exception):
    """A pattern this module does not evaluate: it stays with a Matcher."""


def _token_checks(spec: object, strings) -> list[tuple]:
    """The conditions of one token of a pattern: ("eq", attr, value), ("in"/"not_in", attr, set),
    ("regex", attr, compiled)."""
    if not isinstance(spec, dict):
        raise _Unsupported
    checks: list[tuple] = []
    seen: set[int] = set()
    for name, value in spec.items():
        name = name.upper() if isinstance(name, str) else None
        attr = _STRING_ATTRS.get(name) or _FLAG_ATTRS.get(name)
        if attr is None or attr in seen:
            raise _Unsupported
        seen.add(attr)
        if name in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise _Unsupported
            checks.append(("eq", attr, int(value)))
        elif isinstance(value, str):
            checks.append(("eq", attr, strings.add(value)))
        elif isinstance(value, dict) and value:
            for predicate, arg in value.items():
                if predicate in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) \
                        and all(isinstance(v, str) for v in arg):
                    checks.append((predicate.lower(), attr, frozenset(get_string_id(v) for v in arg)))
                elif predicate == "REGEX" and isinstance(arg, str):
                    checks.append(("regex", attr, re.compile(arg)))
                else:
                    raise _Unsupported
        else:
            raise _Unsupported
    return checks


class TableMatches:
    """``AttributeRuler.match`` for one ruler, through lookup tables and compiled checks."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.size = len(ruler.attrs)
        strings = ruler.vocab.strings
        self.strings = strings
        self.rest = Matcher(ruler.vocab, validate=False)
        self.order: dict[int, int] = {}  # match key -> rule number (what AttributeRuler sorts by)
        exact: dict[tuple[int, ...], dict] = {}  # attributes -> values -> keys
        anchored: dict[int, dict[int, list]] = {}  # attribute -> value -> [(key, checks per token)]
        self.scans: list[tuple[int, list[list[tuple]]]] = []  # (key, checks per token), tried everywhere
        columns: set[int] = set()
        for i in range(self.size):
            key = strings.add(str(i))
            self.order[key] = i
            rule = (i, key)  # what AttributeRuler.match sorts by, and the match key
            found = ruler.matcher.get(str(i))
            rest = []
            for pattern in (found[1] if found else []):
                try:
                    if not isinstance(pattern, list) or not pattern:
                        raise _Unsupported
                    tokens = [_token_checks(spec, strings) for spec in pattern]
                except _Unsupported:
                    rest.append(pattern)
                    continue
                columns.update(c[1] for checks in tokens for c in checks)
                if len(tokens) == 1 and tokens[0] and self._tabulate(rule, tokens[0], exact):
                    continue
                anchor = self._anchor(tokens[0])
                if anchor is None:
                    self.scans.append((rule, tokens))
                    continue
                first = [c for c in tokens[0] if c is not anchor]
                entry = (rule, [first, *tokens[1:]])
                values = [anchor[2]] if anchor[0] == "eq" else sorted(anchor[2])
                for value in values:
                    anchored.setdefault(anchor[1], {}).setdefault(value, []).append(entry)
            if rest:
                self.rest.add(key, rest)
        self.columns = sorted(columns)
        where = {a: j for j, a in enumerate(self.columns)}
        self.exact = [(operator.itemgetter(*(where[a] for a in attrs)), table) for attrs, table in exact.items()]
        self.anchored = [(where[a], table) for a, table in anchored.items()]
        self.scans = [(key, [[(kind, where[attr], arg) for kind, attr, arg in checks] for checks in tokens])
                      for key, tokens in self.scans]
        #: (rule, checks per token, the one column its first token's checks read or None, its verdicts
        #: per value of that column)
        self.scans = [(rule, tokens, tokens[0][0][1] if tokens[0] and len({c[1] for c in tokens[0]}) == 1 else None, {})
                      for rule, tokens in self.scans]
        self.anchored = [(col, {v: [(key, [[(kind, where[attr], arg) for kind, attr, arg in checks]
                                           for checks in tokens]) for key, tokens in entries]
                                for v, entries in table.items()}) for col, table in self.anchored]
        self._regex_memo: dict[tuple[int, int], bool] = {}

    @staticmethod
    def _tabulate(rule: tuple[int, int], checks: list[tuple], exact: dict) -> bool:
        """Enter a one-token pattern of exact values and IN lists as dictionary rows; False if it has
        other conditions or too many rows."""
        if any(kind not in ("eq", "in") for kind, _, _ in checks):
            return False
        checks = sorted(checks, key=lambda c: c[1])
        options = [[arg] if kind == "eq" else sorted(arg) for kind, _, arg in checks]
        rows = 1
        for o in options:
            rows *= len(o)
        if rows > _MAX_ROWS or rows == 0:
            return rows == 0  # an empty IN list never matches: nothing to enter
        attrs = tuple(attr for _, attr, _ in checks)
        table = exact.setdefault(attrs, {})
        for values in itertools.product(*options):
            rules = table.setdefault(values if len(values) > 1 else values[0], [])
            if rule not in rules:
                rules.append(rule)
        return True

    @staticmethod
    def _anchor(checks: list[tuple]) -> tuple | None:
        """The exact-value or IN condition to index a pattern by, the most selective attribute first."""
        usable = [c for c in checks if c[0] in ("eq", "in")]
        for attr in _ANCHOR_ORDER:
            for c in usable:
                if c[1] == attr:
                    return c
        return None

    def _holds(self, row: list[int] | dict[int, int], checks: list[tuple]) -> bool:
        for kind, col, arg in checks:
            value = row[col]
            if kind == "eq":
                if value != arg:
                    return False
            elif kind == "in":
                if value not in arg:
                    return False
            elif kind == "not_in":
                if value in arg:
                    return False
            else:  # regex, on the attribute's string (memoised per pattern and value)
                memo_key = (id(arg), value)
                hit = self._regex_memo.get(memo_key)
                if hit is None:
                    if len(self._regex_memo) >= _MAX_MEMO:  # bounded: a long ingest meets ever more words
                        self._regex_memo.clear()
                    hit = self._regex_memo[memo_key] = bool(arg.search(self.strings[value]))
                if not hit:
                    return False
        return True

    def _fits(self, rows: list[list[int]], i: int, tokens: list[list[tuple]]) -> bool:
        if i + len(tokens) > len(rows):
            return False
        return all(self._holds(rows[i + j], checks) for j, checks in enumerate(tokens))

    def matches(self, doc: Doc) -> set[tuple[int, int, int, int]]:
        """(rule number, key, start, end) of every rule that matches, each once."""
        found: set[tuple[int, int, int, int]] = set()
        n = len(doc)
        if self.columns and n:
            rows = doc.to_array(self.columns).reshape(n, len(self.columns)).tolist()
            for get, table in self.exact:
                add = found.add
                for i, rules in enumerate(map(table.get, map(get, rows))):
                    if rules:
                        for o, k in rules:
                            add((o, k, i, i + 1))
            for col, table in self.anchored:
                for i, entries in enumerate(map(table.get, [row[col] for row in rows])):
                    if entries:
                        for (o, k), tokens in entries:
                            if self._fits(rows, i, tokens):
                                found.add((o, k, i, i + len(tokens)))
            for (o, k), tokens, col, verdicts in self.scans:
                if col is None:
                    starts = range(n)
                else:  # the first token's checks read one column: judged once per value
                    values = [row[col] for row in rows]
                    if len(verdicts) >= _MAX_MEMO:
                        verdicts.clear()
                    for v in set(values).difference(verdicts):
                        verdicts[v] = self._holds({col: v}, tokens[0])
                    starts = [i for i, v in enumerate(values) if verdicts[v]]
                for i in starts:
                    if self._fits(rows, i, tokens):
                        found.add((o, k, i, i + len(tokens)))
        if n and len(self.rest):
            found.update((self.order[k], k, start, end)
                         for k, start, end in self.rest(doc, allow_missing=True, as_spans=False))
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:  # rules added since: the ruler's own matcher
            return AttributeRuler.match(self.ruler, doc)
        return sorted(self.matches(doc))


def speed_up_attribute_rulers(nlp: Language) -> None:
    """Let every attribute ruler of ``nlp`` find its matches through ``TableMatches``."""
    for _, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler and not isinstance(pipe.__dict__.get("match"), TableMatches):
            pipe.match = TableMatches(pipe)
