"""Triage: a cheap relevance pass before the parser.

A general news stream is mostly sport, markets and weather; parsing it costs as much as parsing arms
reporting and yields nothing. :class:`Triage` looks for any weapon, military or arms-trade cue with set
lookups over the words of the text (the weapon systems, category nouns and armed forces of the
gazetteers, and the cue list ``data/triage_cues.tsv``), about a hundred times cheaper than a parse.
Articles with no cue are stored as documents (searchable, shown as "not analysed") but not parsed.

The pass is deliberately broad: one cue anywhere is enough, because a wrong "relevant" costs one parse
while a wrong "irrelevant" loses an article's records.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from armstrack import settings
from armstrack.nlp.gazetteers import DATA_DIR, Gazetteers, load_gazetteers


#: Words: letters and digits, with inner hyphens and apostrophes kept ("su-30mkm", "ministry's").
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
#: A name in capitals, no spaces (PLA, PLAN, U.S.): matched exactly as written.
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&]*[A-Z0-9.]$")


def _phrase_key(text: str) -> str:
    """Lower case, hyphens as spaces, single spaces: "Air-Defence  systems" -> "air defence systems"."""
    return " ".join(text.casefold().replace("-", " ").split())


def _designator_key(text: str) -> str:
    """Lower case without spaces, hyphens or dots: "Su-30 MKM" -> "su30mkm"."""
    return re.sub(r"[\s\-.'’/]+", "", text.casefold())


def _singulars(word: str) -> tuple[str, ...]:
    """``word`` and the singulars a plural in s/es may hide ("missiles" -> "missile", "gunboats" -> "gunboat")."""
    if len(word) > 3 and word.endswith("es"):
        return word, word[:-1], word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word, word[:-1]
    return (word,)


class Triage:
    """Decides from the words alone whether an article may report arms transfers or military cooperation."""

    def __init__(self, gaz: Gazetteers, cues_path: Path = DATA_DIR / "triage_cues.tsv") -> None:
        phrases: set[str] = set()
        # names written in capitals (PLAN, IDF) are matched only as written, so "plan" is no navy
        acronyms: set[str] = set()
        for line in cues_path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and line != "phrase":
                phrases.add(_phrase_key(line))
        phrases.update(_phrase_key(p) for p in gaz.category_nouns)
        designators: set[str] = set()
        for org in gaz.organisations:
            if org.type == "MILITARY":
                for name in (org.name, *org.aliases):
                    if _ACRONYM.match(name):
                        acronyms.add(name)
                    else:
                        phrases.add(_phrase_key(name))
        #: first words of the cues that may be written over several words ("air" of "air force", "su" of
        #: "Su 30"): only from these does the lookup go on to the next words, which keeps it cheap
        starts: set[str] = set()
        for system in gaz.weapons:
            for name in (system.name, *system.variants):
                designators.add(_designator_key(name))
                starts.add(re.split(r"[\s\-]+", name.casefold(), maxsplit=1)[0])
        #: longest cue phrase, in words, looked up (longer gazetteer names are found through their first
        #: words' designators or aliases; a phrase longer than this is simply not a cue)
        self.max_words = max_words = settings.current().triage_max_phrase_words
        self.phrases = frozenset(p for p in phrases if p and len(p.split()) <= max_words)
        starts.update(p.split()[0] for p in self.phrases if " " in p)
        self.starts = frozenset(starts)
        self.designators = frozenset(d for d in designators if len(d) >= 2)
        self.acronyms = frozenset(acronyms)

    def cue(self, text: str) -> str | None:
        """The first cue found in ``text`` (as matched, lower case), or None when there is none."""
        written = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]
        words = [w.casefold() for w in written]
        phrases, designators, max_words = self.phrases, self.designators, self.max_words
        for i, word in enumerate(words):
            if written[i] in self.acronyms:
                return written[i]
            if "-" in word:  # "air-defence", "Su-30": a phrase of its parts, and a designator
                if _designator_key(word) in designators:
                    return word
                parts = word.split("-")
            else:
                parts = [word]
            for form in _singulars(parts[-1]):
                key = " ".join((*parts[:-1], form))
                if key in phrases or (len(parts) == 1 and form in designators):
                    return key
            if parts[0] not in self.starts:
                continue
            # phrases and designators written over several words: "air force", "Su 30", "Bayraktar TB2";
            # a designator only from a word written with a capital or a digit ("at 5" is no AT-5)
            spaced_designator = written[i] != word or any(c.isdigit() for c in word)
            tail = parts
            for j in range(i + 1, min(i + max_words, len(words))):
                tail = [*tail, *words[j].split("-")]
                if len(tail) > max_words:
                    break
                if spaced_designator and _designator_key("".join(tail)) in designators:
                    return " ".join(tail)
                for form in _singulars(tail[-1]):
                    key = " ".join((*tail[:-1], form))
                    if key in phrases:
                        return key
        return None

    def relevant(self, text: str) -> bool:
        """Whether ``text`` holds any weapon, military or arms-trade cue (and so is worth parsing)."""
        return self.cue(text) is not None


@functools.lru_cache(maxsize=4)
def _cached(data_dir: Path | None) -> Triage:
    gaz = load_gazetteers(data_dir) if data_dir else load_gazetteers()
    return Triage(gaz, (data_dir or DATA_DIR) / "triage_cues.tsv")


def load_triage(data_dir: Path | None = None) -> Triage:
    """The triage built from the gazetteers in ``data_dir`` (the package's own by default), once per folder."""
    return _cached(data_dir)
