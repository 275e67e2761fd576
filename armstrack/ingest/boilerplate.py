"""Boilerplate removal for article text of every input format.

Removes comment prompts, copyright and reprint notices, subscription teasers, "Related article:" lines,
share prompts (patterns in ``data/boilerplate.tsv``), photo credits trailing a caption, repeated paragraphs
and stray text in another language (``data/function_words.tsv``), then normalises whitespace:
one blank line between paragraphs, no trailing spaces, line breaks inside a paragraph kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
PATTERNS_FILE = DATA_DIR / "boilerplate.tsv"
FUNCTION_WORDS_FILE = DATA_DIR / "function_words.tsv"

_KINDS = ("line", "tail", "agency", "credit")

#: A segment is foreign when its letters are mostly non-Latin (Cyrillic, Arabic, CJK, Burmese, ...).
NON_LATIN_SHARE = 0.5
#: ... or when it has at least this many words and this many distinct function words of one other language,
MIN_FOREIGN_WORDS = 3
MIN_FOREIGN_FUNCTION_WORDS = 3
#: ... and more than this many times as many as (unambiguous) English ones.
FOREIGN_OVER_ENGLISH = 3


def load_patterns(path: Path = PATTERNS_FILE) -> dict[str, list[str]]:
    """The patterns of ``boilerplate.tsv`` by kind; a bad row raises ValueError naming its line."""
    kinds: dict[str, list[str]] = {k: [] for k in _KINDS}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if cols[0] == "kind":
            continue  # header row
        if len(cols) < 2 or cols[0] not in kinds:
            raise ValueError(f"{path.name}:{n}: expected '<kind>\\t<pattern>\\t<comment>', kind one of {_KINDS}")
        try:
            re.compile(cols[1])
        except re.error as e:
            raise ValueError(f"{path.name}:{n}: bad pattern: {e}") from None
        kinds[cols[0]].append(cols[1])
    return kinds


def load_function_words(path: Path = FUNCTION_WORDS_FILE) -> dict[str, frozenset[str]]:
    """Function words by language code from ``function_words.tsv``."""
    words: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        lang, _, rest = raw.partition("\t")
        words.setdefault(lang.strip(), set()).update(rest.lower().split())
    return {lang: frozenset(ws) for lang, ws in words.items()}


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


_P = load_patterns()
_LINE = re.compile(_alternation(_P["line"]), re.IGNORECASE)
_TAIL = re.compile(rf"(?:{_alternation(_P['tail'])})\s*$", re.IGNORECASE)
_AGENCY = re.compile(rf"(?<![\w.])(?:{_alternation(_P['agency'])})(?![\w])", re.IGNORECASE)
_CREDIT = re.compile(rf"(?<![\w.])(?:{_alternation(_P['credit'])})(?![\w])", re.IGNORECASE)

_FW = load_function_words()
_EN = _FW.get("en", frozenset())
_FOREIGN = {lang: ws - _EN for lang, ws in _FW.items() if lang != "en"}
#: English words that no other listed language uses: the evidence that a segment is English.
_EN_ONLY = _EN.difference(*_FOREIGN.values()) if _FOREIGN else _EN
_ALL_FUNCTION_WORDS = frozenset().union(*_FW.values()) if _FW else frozenset()
_ANY_FOREIGN = frozenset().union(*_FOREIGN.values())
#: Lower-case words that often stand inside names ("Juan de la Vega", "Ana da Silva", "Pieter van der Berg").
_NAME_PARTICLES = frozenset("de la del los las da das do dos van von der den di du le y e bin al el ter ten".split())

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_PUNCTUATION = "\"'“”‘’«»„()[]{}.,;:!?…-–—/|*_<>"
#: function word -> the languages it tells ("en" for English-only words), for one pass over a text
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _ws in (("en", _EN_ONLY), *_FOREIGN.items()):
    for _w in _ws:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
#: Where a new sentence (or a credit) may start inside a line.
_SEGMENT_START = re.compile(r"[.!?…][\"”’»)\]]*\s+|\s+[|–—]\s+|\s+-\s+|\s+(?=\()")
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s+")
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_CREDIT_LABEL = re.compile(
    r"^(?:(?:(?:file\s+)?photo(?:graph)?s?|images?|pictures?)(?:\s+(?:source|credit)s?)?|credits?|illustration)"
    r"\s*(?:by\b|:|-|–|—|,)\s*",
    re.IGNORECASE,
)
_CREDIT_PARTS = re.compile(r"\s*(?:/|\||,|;|\bvia\b)\s*", re.IGNORECASE)
_CONNECTORS = frozenset(
    "of the and for via de du da das do dos van von der den la le al el bin bint y in at on & - –".split()
)
_LOWER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s")
_NOT_IN_CREDIT = re.compile(r"[!?;:\"“”]")
_MAX_CREDIT_WORDS = 24
_MAX_CREDIT_CHARS = 240
_MAX_TAIL_CHARS = 300  # "tail" patterns are notices of at most a few dozen characters
_MAX_PASSES = 20
#: A hard-wrapped paragraph's column is at least this wide (shorter lines are a list, a header block).
_MIN_WRAP_WIDTH = 40
#: A wrapped line may run this many characters past the column read from the text's lines.
_WRAP_SLACK = 5
_MAX_WRAP_WIDTH = 110
#: A list item, a numbered point or a live blog's time stamp starts a line of its own, wrapped or not.
_LIST_ITEM = re.compile(r"(?:[-–—•*·▪►]\s*(?![a-z])|\(?\d{1,2}[.)]\s|\d{1,2}:\d{2}(?:\s*$|\s+[-–—|])|\(?[a-z][.)]\s)")
#: A column's lines end at most this many characters short of it (a long word goes to the next line) ...
_COLUMN_RAGGED = 20
#: ... and this share of the lines inside paragraphs are such lines.
_COLUMN_SHARE = 2 / 3
#: A text is taken for hard-wrapped at a column only with this many lines inside its paragraphs.
_MIN_WRAPPED_LINES = 5
_TYPOGRAPHY = (("’", "'"), ("‘", "'"), ("‛", "'"), ("′", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("″", '"'),
               ("–", "-"), ("—", "-"), ("\u00a0", " "))


# --- language -----------------------------------------------------------------------------------

def _non_latin_count(text: str) -> int:
    if text.isascii() or not _NON_LATIN_LETTER.search(text):
        return 0
    return len(_NON_LATIN_LETTER.findall(text))


def _latin_count(text: str) -> int:
    return sum(1 for _ in _LATIN_LETTER.finditer(text))


def foreign_language(segment: str) -> str | None:
    """The language code of ``segment`` when it is clearly not English ("xx" for non-Latin script), else None."""
    non_latin = _non_latin_count(segment)
    if non_latin >= 3:
        latin = _latin_count(segment)
        if non_latin > NON_LATIN_SHARE * (latin + non_latin):
            return "xx"
    words = [w for w in (t.strip(_PUNCTUATION) for t in segment.split()) if w]
    if len(words) < MIN_FOREIGN_WORDS:
        return None
    lowered = [w.lower() for w in words]
    if len(_ANY_FOREIGN.intersection(lowered)) < 2:
        return None  # no language can reach the counts below: each needs two of its words at least
    english = len(set(lowered) & _EN_ONLY)
    candidates = set(_foreign_candidates(words, lowered))
    best, best_n = None, 0
    for lang, ws in _FOREIGN.items():
        n = len(candidates & ws)
        if n > best_n:
            best, best_n = lang, n
    if best_n >= MIN_FOREIGN_FUNCTION_WORDS and best_n > FOREIGN_OVER_ENGLISH * english:
        return best
    if best_n >= 2 and english == 0 and len(words) >= 5 and best is not None:
        # A short fragment ("es un portal oficial del Ministerio"): also its content words must be mostly
        # lower case, as in running text, not capitalised as in a list of names or an institution's title.
        content = [w for w, lw in zip(words[1:], lowered[1:]) if lw not in _ALL_FUNCTION_WORDS]
        if content and sum(w == w.lower() for w in content) >= 0.5 * len(content):
            return best
    return None


def _foreign_candidates(words: list[str], lowered: list[str]) -> Iterator[str]:
    """Words that may count as foreign function words: lower case (or first), and not a particle of a name.

    "De Beers" (capitalised) and "de la Vega", "van der Berg", "y Pedro" (particles leading into a
    capitalised word) are parts of names an English text may well contain.
    """
    for i, (w, lw) in enumerate(zip(words, lowered)):
        if i and w != lw:
            continue
        if lw in _NAME_PARTICLES:
            j = i + 1
            while j < len(words) and lowered[j] in _NAME_PARTICLES and words[j] == lowered[j]:
                j += 1
            if j < len(words) and words[j][:1].isupper():
                continue
        yield lw


@lru_cache(maxsize=4)  # the readers ask again for the text `clean` just judged in its last pass
def detect_language(text: str) -> str | None:
    """A language code for the whole text when function words make it clear ("en", "es", ...), else None."""
    non_latin = _non_latin_count(text)
    if non_latin and non_latin > _latin_count(text):
        return None
    scores = dict.fromkeys(("en", *_FOREIGN), 0)
    for w, n in Counter(_WORD.findall(text.lower())).items():
        for lang in _LANGUAGES_OF.get(w, ()):
            scores[lang] += n
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (lang, top), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return lang if top >= 5 and top >= 2 * second else None


def _mostly_english(text: str) -> bool:
    non_latin = _non_latin_count(text)
    return (not non_latin or _latin_count(text) >= non_latin) and detect_language(text) in ("en", None)


def _strip_foreign_tail(line: str) -> str:
    """Cut foreign sentences glued to the end of an English line (``... we agreed.” es un portal oficial del ...``)."""
    while True:
        starts = [m.end() for m in _SENTENCE_END.finditer(line)]
        if not starts:
            return line
        tail = line[starts[-1]:]
        if _QUOTE_CHARS.search(tail) or foreign_language(tail) is None:
            return line
        line = line[: starts[-1]].rstrip()


# --- photo credits ------------------------------------------------------------------------------

def _name_like(part: str) -> bool:
    tokens = part.split()
    if not tokens or len(tokens) > 9:
        return False
    for tok in tokens:
        t = tok.strip("()[]\"'“”‘’.,:")
        if not t:
            continue
        if t.lower() in _CONNECTORS or t[0].isupper() or t[0].isdigit():
            continue
        if "." in t and t.replace(".", "").isalnum():  # kremlin.ru
            continue
        return False
    return True


def is_credit(segment: str) -> bool:
    """True for a photo credit: ``Name / Agency``, ``Name/Ministry of X/Handout via REUTERS``, ``Photo: Name/AFP``, ``AFP``."""
    s = segment.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    label = _CREDIT_LABEL.match(s)
    if label:
        s = s[label.end():]
    s = s.strip().rstrip(".").strip()
    if not s or len(s.split()) > _MAX_CREDIT_WORDS or _LOWER_SENTENCE_END.search(s + " "):
        return False
    if _NOT_IN_CREDIT.search(s):
        return False
    parts = [p for p in _CREDIT_PARTS.split(s) if p.strip()]
    if not parts or not all(_name_like(p) for p in parts):
        return False
    if label:
        return True
    marked = _AGENCY.search(s) or _CREDIT.search(s)
    if len(parts) >= 2 or "/" in segment:
        return bool(marked)
    residue = _CREDIT.sub(" ", _AGENCY.sub(" ", s))
    return bool(marked) and all(t.lower() in _CONNECTORS or not t.strip(".,()") for t in residue.split())


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is boilerplate as a whole ("Share this article", "Menu", a bare photo credit)."""
    s = line.strip()
    return bool(s) and (bool(_LINE.fullmatch(s)) or not _strip_credit(s))


def same_text(a: str, b: str) -> bool:
    """Whether two lines or paragraphs are the same text up to case, spacing and typographic quotes."""
    return _dedupe_key(a).casefold() == _dedupe_key(b).casefold()


def is_agency(name: str) -> bool:
    """True when ``name`` is just a news or photo agency ("Reuters", "AFP", "Getty Images")."""
    return bool(_AGENCY.fullmatch(name.strip()))


@lru_cache(maxsize=64)  # the reader tests the first lines of an article before `clean` strips them again
def _strip_credit(line: str) -> str:
    """Remove a photo credit at the end of a line, keeping the caption sentence before it."""
    first = max(0, len(line) - _MAX_CREDIT_CHARS)
    if not (_AGENCY.search(line, first) or _CREDIT.search(line, first)):
        return line
    starts = [0] if first == 0 else []
    starts += [m.end() for m in _SEGMENT_START.finditer(line, max(0, first - 3))]
    for start in starts:
        seg = line[start:]
        if len(seg) > _MAX_CREDIT_CHARS or len(seg.split()) > _MAX_CREDIT_WORDS + 2:
            continue
        if is_credit(seg):
            return line[:start].rstrip(" \t|–—-")
    return line


# --- hard-wrapped paragraphs -------------------------------------------------------------------

def _column(paras: list[list[str]]) -> int | None:
    """The column a text is hard-wrapped at: the third-longest line that ends no paragraph (a headline longer
    than the column, or two, is not it), when there are enough such lines, it is a prose width, and most of
    them come close to it (lines of one sentence each vary in length; a column's lines do not)."""
    inner = sorted(len(line) for lines in paras for line in lines[:-1])
    if len(inner) < _MIN_WRAPPED_LINES or not _MIN_WRAP_WIDTH <= inner[-3] <= _MAX_WRAP_WIDTH:
        return None
    column = inner[-3]
    near = sum(column - _COLUMN_RAGGED <= n <= column + _WRAP_SLACK for n in inner)
    return column if near >= _COLUMN_SHARE * len(inner) else None


def _wrap_break(prev: str, nxt: str, column: int | None) -> bool:
    """Whether the line break between ``prev`` and ``nxt`` wraps prose: ``prev`` is of the column's width and
    the next line's first word would not have fitted on it (a headline longer than the column, a short byline
    or a date line, a list item: not wraps)."""
    first = nxt.split()[0]
    if _LIST_ITEM.match(nxt):
        return False
    return column is not None and len(prev) + 1 + len(first) > column


def _unwrap(lines: list[str], column: int | None) -> list[str]:
    """A paragraph's lines with hard wraps joined: a scraped page broken at ~70 columns in mid-sentence reads
    as the paragraph it was (the parser takes a line break inside a sentence for a boundary or a heading)."""
    if column is not None and max(len(line) for line in lines) > column + _WRAP_SLACK:
        column = None  # a line longer than the column: this paragraph is not wrapped at it
    out = lines[:1]
    for prev, line in zip(lines, lines[1:]):
        if _wrap_break(prev, line, column):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# --- the whole pass -----------------------------------------------------------------------------

def _clean_line(line: str, strip_foreign: bool) -> str:
    s = whole = line.strip()
    if not s:
        return ""
    if _LINE.fullmatch(s):
        return ""
    tail = _TAIL.search(s, max(0, len(s) - _MAX_TAIL_CHARS))
    if tail:
        s = s[: tail.start()].rstrip()
    s = _strip_credit(s)
    if strip_foreign and s:
        if foreign_language(s):
            return ""
        s = _strip_foreign_tail(s)
    if s and s is not whole and _LINE.fullmatch(s.strip()):  # what is left may be boilerplate as a whole
        return ""
    return s.rstrip()


def _dedupe_key(paragraph: str) -> str:
    """A paragraph's identity for repeat detection: typographic quotes and spacing don't matter."""
    if not paragraph.isascii():
        for typographic, plain in _TYPOGRAPHY:
            if typographic in paragraph:
                paragraph = paragraph.replace(typographic, plain)
    return " ".join(paragraph.split())


def _paragraphs(text: str) -> list[list[str]]:
    paras: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def _one_pass(text: str, memo: dict[tuple[str, bool], str]) -> str:
    text = _NEWLINES.sub("\n", text)
    strip_foreign = _mostly_english(text)
    cleaned_paras: list[list[str]] = []
    for para in _paragraphs(text):
        lines = []
        for line in para:
            key = (line, strip_foreign)
            cleaned = memo.get(key)
            if cleaned is None:
                cleaned = memo[key] = _clean_line(line, strip_foreign)
            if cleaned:
                lines.append(cleaned)
        if lines:
            cleaned_paras.append(lines)
    column = _column(cleaned_paras)
    seen: set[str] = set()
    out: list[str] = []
    for lines in cleaned_paras:
        lines = _unwrap(lines, column)
        key = _dedupe_key(" ".join(lines))
        if key in seen:  # a caption printed again at the end, a lead printed twice
            continue
        seen.add(key)
        out.append("\n".join(lines))
    return "\n\n".join(out)


def clean(text: str) -> str:
    """Article text without boilerplate, with normalised whitespace (idempotent; never raises on a str)."""
    memo: dict[tuple[str, bool], str] = {}  # a line cleans the same way in every pass
    for _ in range(_MAX_PASSES):  # removing one thing can expose another (a credit before a credit)
        cleaned = _one_pass(text, memo)
        if cleaned == text:
            break
        text = cleaned
    return text
