"""Canonical people across the whole database: one person for every spelling of their name.

Each document already resolves its own name forms ("Senior General Min Aung Hlaing", "Min Aung Hlaing",
"Hlaing") to one full name. Across documents, names are merged when

* they are the same after folding case, accents and honorifics (rule ``same_name``);
* the surnames are equal or near-equal (edit distance within allowed_edits) and the given names are
  equal, near-equal or initials of one another: transliteration variants, "Sergei Shoigu" ~
  "Sergey Shoigu" (rule ``transliteration``);
* the surnames are equal and one name's given names are a subset of the other's (``given_names_subset``);
* one is a lone surname that fits exactly one person (``surname_only``); a surname that fits several is
  left alone.

Spellings that are not the same words are not merged when the documents give them military ranks of different
ladders only (``data/rank_words.tsv``: "Air Chief Marshal Tariq Mahmood" and "Lieutenant General Tariq Mehmood"
are two officers); the same name is merged whatever the ranks.

Clusters are built by complete linkage (a name joins a person only if it fits every name already in
it), names in a canonical order, so the result depends only on the set of names, never on ingest order.
User decisions (``merge_overrides``) win: a split pair never ends in one person, a merge pair always does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from armstrack.resolve.text import fold, name_words, near
from armstrack.wordlists import word_lists

RANK_FILE = Path(__file__).resolve().parent / "data" / "rank_words.tsv"


def _rank_table() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """(rank words -> ladder, rank words -> ladder of ranks that count only as a whole title)."""
    anywhere, whole = {}, {}
    for ladder, ranks in word_lists(RANK_FILE).items():
        for rank in ranks:
            key = tuple(re.findall(r"[a-z0-9]+", fold(rank)))
            if ladder.endswith("_whole"):
                whole[key] = ladder.removesuffix("_whole")
            else:
                anywhere[key] = ladder
    return anywhere, whole


RANKS, WHOLE_RANKS = _rank_table()
_LONGEST = max(len(k) for k in RANKS)


def rank_ladders(titles: Iterable[str]) -> frozenset[str]:
    """The rank ladders (general, air, navy) of the military ranks in a person's titles ("Air Chief Marshal" ->
    air); the longest rank wins ("Air Commodore" is air, not navy)."""
    found = set()
    for title in titles:
        ws = re.findall(r"[a-z0-9]+", fold(title))
        if tuple(ws) in WHOLE_RANKS:
            found.add(WHOLE_RANKS[tuple(ws)])
            continue
        i = 0
        while i < len(ws):
            for n in range(min(_LONGEST, len(ws) - i), 0, -1):
                ladder = RANKS.get(tuple(ws[i:i + n]))
                if ladder:
                    found.add(ladder)
                    i += n
                    break
            else:
                i += 1
    return frozenset(found)


@dataclass
class Name:
    """A stored person name, split into words, surname and given names for comparison."""

    id: int
    name: str
    docs: int = 1
    #: the rank ladders of the ranks the documents give this name (rank_ladders)
    ladders: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.words = name_words(self.name)
        self.surname = self.words[-1] if self.words else fold(self.name)
        self.given = self.words[:-1]


@dataclass
class Link:
    """A person name's canonical person, with the rule that linked it and the evidence."""

    canonical: str
    canonical_id: int
    rule: str
    evidence: str


@dataclass
class _Cluster:
    members: list[Name] = field(default_factory=list)
    why: dict[int, tuple[str, str]] = field(default_factory=dict)


def _given_compatible(ga: list[str], gb: list[str]) -> tuple[str, str] | None:
    """(rule, evidence) when two lists of given names can name the same person."""
    if ga == gb:
        return "same_name", ""
    if len(ga) == len(gb):
        diffs = []
        for a, b in zip(ga, gb):
            if a == b:
                continue
            if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
                diffs.append(f"'{a}'~'{b}' (initial)")
                continue
            d = near(a, b)
            if d is None:
                return None
            diffs.append(f"'{a.capitalize()}'~'{b.capitalize()}' (edit distance {d})")
        return "transliteration", "given names " + ", ".join(diffs)
    short, long_ = (ga, gb) if len(ga) < len(gb) else (gb, ga)
    if short and set(short) <= set(long_):
        return "given_names_subset", f"given names {' '.join(short)!r} within {' '.join(long_)!r}"
    return None


def _silent_e_pair(a: str, b: str) -> bool:
    """Whether two surnames differ only by a silent final "e" after a consonant (Clark/Clarke, Brown/Browne,
    Whitcomb/Whitcombe): in English these are distinct family names, not spellings of one; transliteration
    varies letters inside a name (Shoigu/Shoygu, Aliyev/Aliev), not this ending."""
    short, long_ = sorted((a, b), key=len)
    return (len(long_) == len(short) + 1 and long_.endswith("e") and long_[:-1] == short
            and len(short) >= 3 and short[-1].isalpha() and short[-1] not in "aeiouy")


def compatible(a: Name, b: Name) -> tuple[str, str] | None:
    """(rule, evidence) when two names can be one person, else None."""
    if not a.words or not b.words:
        return ("same_name", f"{a.name!r} = {b.name!r}") if fold(a.name) == fold(b.name) else None
    if a.words == b.words:
        return "same_name", f"{a.name!r} and {b.name!r} are the same name"
    if a.ladders and b.ladders and not a.ladders & b.ladders:
        return None  # two spellings, ranks of two services only: two officers
    d = near(a.surname, b.surname)
    if d is None or _silent_e_pair(a.surname, b.surname):
        return None
    if not a.given or not b.given:
        if d != 0:
            return None
        lone, full = (a, b) if not a.given else (b, a)
        return "surname_only", f"{lone.name!r} is the surname of {full.name!r}"
    given = _given_compatible(a.given, b.given)
    if given is None:
        return None
    rule, evidence = given
    if rule == "given_names_subset" and d != 0:
        return None
    surname = (f"same surname '{a.surname.capitalize()}'" if d == 0 else
               f"surnames '{a.surname.capitalize()}'~'{b.surname.capitalize()}' (edit distance {d})")
    if rule == "same_name":
        return "transliteration", surname + f", same given names '{' '.join(a.given)}'"
    return (rule if rule != "same_name" else "transliteration"), f"{surname}, {evidence}"


def surname_key(surname: str) -> str:
    """The consonant skeleton of a surname: spellings of one name share it (Shoigu/Shoygu -> "shg",
    Sergeev/Sergeyev -> "srgv"), so names are only compared within small blocks."""
    if not surname:
        return ""
    rest = [c for c in surname[1:] if c.isalpha() and c not in "aeiouyhw"]
    key = surname[0]
    for c in rest:
        if c != key[-1]:
            key += c
    return key


def block_of(name: str) -> str:
    """Names that can be one person share this key (the skeleton of the surname)."""
    return surname_key(Name(0, name).surname)


def _order(n: Name):
    return (len(n.words) < 2, -n.docs, -len(n.words), n.name)


def cluster_people(names: list[Name], splits: set[tuple[str, str]] = frozenset(),
                   merges: set[tuple[str, str]] = frozenset()) -> dict[int, Link]:
    """person id -> its canonical person (name and id), with the rule and evidence of the merge."""
    def split(a: Name, b: Name) -> bool:
        return (min(a.name, b.name), max(a.name, b.name)) in splits

    clusters: list[_Cluster] = []
    blocks: dict[str, list[int]] = {}
    for n in sorted(names, key=_order):
        block = surname_key(n.surname)
        fits = []
        for ci in blocks.get(block, []):
            c = clusters[ci]
            whys = []
            for member in c.members:
                why = None if split(n, member) else compatible(n, member)
                if why is None:
                    break
                whys.append((member, why))
            else:
                fits.append((ci, whys))
        if len(n.words) < 2 and len(fits) > 1:
            fits = []  # a lone surname that fits several people stays alone
        if fits:
            ci, whys = fits[0]
            # explain by the most specific reason against the cluster's first (canonical) name
            member, (rule, evidence) = whys[0]
            clusters[ci].members.append(n)
            clusters[ci].why[n.id] = (rule, evidence)
        else:
            clusters.append(_Cluster([n]))
            blocks.setdefault(block, []).append(len(clusters) - 1)

    # user merges: join whole clusters, unless that would put a split pair together
    by_name = {n.name: i for i, c in enumerate(clusters) for n in c.members}
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in sorted(merges):
        if a in by_name and b in by_name:
            ra, rb = find(by_name[a]), find(by_name[b])
            if ra != rb:
                ra, rb = min(ra, rb), max(ra, rb)
                parent[rb] = ra
                for n in clusters[rb].members:
                    clusters[rb].why.setdefault(n.id, ("user_merge", f"merged by the user ({a!r} + {b!r})"))
                clusters[rb].why[clusters[rb].members[0].id] = ("user_merge", f"merged by the user ({a!r} + {b!r})")

    groups: dict[int, list[int]] = {}
    for i in range(len(clusters)):
        groups.setdefault(find(i), []).append(i)
    out: dict[int, Link] = {}
    for root, members in groups.items():
        all_names = [n for i in members for n in clusters[i].members]
        why = {k: v for i in members for k, v in clusters[i].why.items()}
        canon = min(all_names, key=_order)
        for n in all_names:
            if n.id == canon.id:
                rule, evidence = ("canonical", "canonical name") if len(all_names) > 1 else ("single", "")
            else:
                rule, evidence = why.get(n.id, ("user_merge", "merged by the user"))
            out[n.id] = Link(canon.name, canon.id, rule, evidence)
    return out
