"""Small helpers shared by the resolvers: folding, edit distance, name words, compatible dates."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from armstrack.nlp.gazetteers import load_honorifics

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

#: Honorifics and ranks that are not part of a name when comparing names across documents.
#: Honorifics and ranks dropped from a name before comparing it (nlp/data/honorifics.tsv), lower case.
NAME_HONORIFICS = frozenset(h.lower() for h in load_honorifics())


def fold(text: str | None) -> str:
    """Lower case, accents removed, typographic apostrophes straightened."""
    if not text:
        return ""
    text = text.replace("’", "'")
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str | None) -> list[str]:
    """The words of a text after folding (case, accents, apostrophes)."""
    return WORD.findall(fold(text))


def key(text: str | None) -> str:
    """A comparison key: folded letters and digits only ("Pantsir-S1" -> "pantsirs1")."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance; stops early (returning limit + 1) once it must exceed ``limit``."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_edits(a: str, b: str) -> int:
    """Edits tolerated between two spellings of one name: none for short words, 1 up to 7 letters, else 2."""
    n = min(len(a), len(b))
    if n < 4:
        return 0
    return 1 if n < 8 else 2


@lru_cache(maxsize=100_000)
def near(a: str, b: str) -> int | None:
    """The edit distance when two words are spellings of one another (within allowed_edits), else None."""
    if a == b:
        return 0
    limit = allowed_edits(a, b)
    if limit == 0 or abs(len(a) - len(b)) > limit:
        return None
    if limit == 1 and len(set(a) ^ set(b)) > 2:  # one edit changes at most two distinct letters
        return None
    d = levenshtein(a, b, limit)
    return d if d <= limit else None


def name_words(name: str | None) -> list[str]:
    """A person's name as folded words, honorifics and ranks dropped ("Gen. Min Aung Hlaing" -> [min, aung, hlaing])."""
    ws = [w.strip(".'") for w in words(name)]
    ws = [w for w in ws if w]
    kept = [w for w in ws if w not in NAME_HONORIFICS]
    return kept or ws


# --- dates -----------------------------------------------------------------------------------------

def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, one more precise than the other (2021 ~ 2021-01 ~ 2021-01-15), or one unknown."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def most_precise(values) -> str | None:
    """The longest of the non-empty values (a full date over a year), or None."""
    vals = [v for v in values if v]
    if not vals:
        return None
    return max(vals, key=lambda v: (len(v), v))


# --- text overlap ----------------------------------------------------------------------------------

def token_overlap(a: str, b: str) -> tuple[float, float]:
    """(containment of the shorter in the longer, Jaccard) over word sets."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0, 0.0
    inter = len(wa & wb)
    return inter / min(len(wa), len(wb)), inter / len(wa | wb)
