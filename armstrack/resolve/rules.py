"""When per-document records describe the same real-world fact, and what the merged record says.

Records are clustered greedily in a canonical order: a record joins the first cluster whose every
member it is compatible with (complete linkage) and that holds no record of its own document (one
document's records were already told apart by the extractor).

Blocking keys only make this fast; they never change the outcome. Every record has *index* keys and
*probe* keys (a record's probes include its index keys); two records are *linked* when one probes a
key the other indexes, and the keys are chosen so that any two compatible records are linked. A
cluster a record can join is therefore always among the clusters of records linked to it, and
clustering each connected group of linked records on its own gives what comparing everything with
everything would. Probe-only keys keep the groups small: a meeting dated 2019 probes its
participants' undated meetings (``...|*``) without linking to every dated meeting through them.

The rules, per kind:

transfers  same supplier, recipient, system family (or category when no family), same phase of the
           deal (prospective / agreed / delivered / production / cancelled), compatible dates. Quantity,
           value and status within a phase never split a transfer: disagreements become conflicts.
           Generic records (no family on either side: "the jets", "drones") of different stories (not
           a near-duplicate and its original) also need both dates given and the same quantity (or
           none on both).
meetings   same kind class, at least min(2, fewer participants) participants in common (canonical
           people), compatible dates, compatible places. When either is undated (and they are not one
           story's near-duplicates): two participants in common, or one and the same place named by
           both; and an undated one is recent news: a dated one is from no earlier than the year before
           its publication, two undated ones were published within a year of each other.
quotes     same speaker (canonical person) and near-identical text: word containment >= 0.8 of the
           shorter (one outlet trims it) or word Jaccard >= 0.8 (keyed by the speaker and the words of
           a prefix, see quote_keys).
figures    same unit, the same measure (subject or description), the same countries in the subject
           (or one's a subset of the other's), and the same source or value. A subject that names
           nothing ("the deal", "the floods") takes the countries of its sentence; with none there
           either, only the same source's same number, or its running tally (both dated), merge.
           The same measure at different as-of dates is a time series, not a conflict; over two
           different periods it is two figures, and so are a percentage share and a percentage change,
           and two different values whose sentences name different years ("in 2024" / "in 2025").
events     same type, at least min(2, fewer actors) actors in common and one's actors all among the
           other's, compatible dates; an undated one is recent news, as for meetings.
any other  (a kind registered without rules of its own: ``DEFAULT_RULES``) every field of its spec the
           same once folded (case, accents; a list as a set of names).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from armstrack import kinds, settings
from armstrack.kinds import STATUS_PHASE
from armstrack.resolve import accum
from armstrack.resolve.text import dates_compatible, fold, key, near, token_overlap, words
from armstrack.wordlists import word_set

MEETING_CLASS = {"meeting": "meeting", "signing": "meeting", "visit": "visit", "conference": "conference",
                 "call": "call"}
#: Fact id prefixes by kind ("t12"), from the kinds' specs.
PREFIX = kinds.PREFIX
STOP = {"the", "of", "a", "an", "in", "on", "to", "for", "and", "by", "at", "from", "s", "its", "their", "with"}
#: Possessive determiners opening a figure's subject whose owner the sentence names (data/subject_words.tsv).
POSSESSIVES = word_set(Path(__file__).resolve().parent / "data" / "subject_words.tsv", "possessive")


@dataclass
class Rec:
    """One per-document record as the resolver sees it."""

    kind: str
    id: int
    doc: str
    start: int
    end: int
    sentence: str
    fields: dict[str, Any]
    published: date | None = None
    root: str | None = None  #: the document this one near-duplicates (itself when original)
    #: canonical forms computed by Resolver.prepare
    norm: dict[str, Any] = field(default_factory=dict)
    keys: list[tuple[str, str | None]] = field(default_factory=list)  #: index keys: (key, person involved)
    probes: list[tuple[str, str | None]] = field(default_factory=list)  #: probe-only keys (not in ``keys``)

    def order(self) -> tuple:
        """The canonical order records are clustered in: publication date, document, position, content."""
        cached = self.norm.get("_order")
        if cached is None:
            cached = self.norm["_order"] = (
                self.published is None, self.published.isoformat() if self.published else "", self.doc,
                self.start, self.end, json.dumps(self.fields, sort_keys=True, default=str))
        return cached


class Canon:
    """Canonical names of people, countries, organisations and places (what prepare() needs)."""

    def __init__(self, gaz, people: dict[str, str] | None = None) -> None:
        self.gaz = gaz
        self.people = people or {}  #: per-document person name -> canonical person name
        self.names_cache: dict[tuple[str, bool], tuple[frozenset[str], bool]] = {}

    def person(self, name: str | None) -> str | None:
        """The canonical name of a person named in the document (the name itself if unknown)."""
        if not name:
            return None
        return self.people.get(name, name)

    def is_person(self, name: str | None) -> bool:
        """Whether the name is a person of the document."""
        return bool(name) and name in self.people

    def country(self, name: str | None) -> str | None:
        """The canonical name of a country (the name itself if the gazetteer does not know it)."""
        if not name:
            return name
        c = self.gaz.country(name) if self.gaz else None
        return c.name if c else name

    def actor(self, name: str) -> str:
        """An event actor: a person, a country, an organisation or military, by its canonical name."""
        if name in self.people:
            return self.people[name]
        if self.gaz:
            c = self.gaz.country(name)
            if c:
                return c.name
            o = self.gaz.organisation(name)
            if o:
                return o.name
        return name

    def actor_country(self, name: str) -> str | None:
        """The country an actor is or belongs to (an organisation's country), or None."""
        if not self.gaz:
            return None
        c = self.gaz.country(name)
        if c:
            return c.name
        o = self.gaz.organisation(name)
        return o.country if o and o.country else None

    def place(self, name: str | None) -> str | None:
        """The canonical name of a place (the name itself if the gazetteer does not know it)."""
        if not name:
            return None
        p = self.gaz.place(name) if self.gaz else None
        return p.name if p else name


# --- preparing: canonical forms and blocking keys -------------------------------------------------

def _system_key(f: dict) -> str:
    if f.get("family"):
        return "f:" + key(f["family"])
    if f.get("category"):
        return "c:" + f["category"]
    return "s:" + key(f.get("system"))


def _content(text: str | None) -> list[str]:
    return [w for w in words(text) if w not in STOP and not w.isdigit()]


def prepare(rec: Rec, canon: Canon) -> None:
    """Canonical forms (``rec.norm``) and blocking keys of a record, by the rules of its kind."""
    KIND_RULES[rec.kind].prepare(rec, canon)
    if not rec.keys:
        rec.keys = [(f"{rec.kind[0]}|#{rec.doc}|{rec.start}|{rec.end}|{rec.id}", None)]


def _prepare_transfers(rec: Rec, canon: Canon) -> None:
    f, n = rec.fields, rec.norm
    n["supplier"] = canon.country(f.get("supplier")) or "unknown"
    n["recipient"] = canon.country(f.get("recipient")) or "unknown"
    n["phase"] = STATUS_PHASE.get(f.get("status"), f.get("status"))
    n["system"] = _system_key(f)
    rec.keys = [(f"t|{fold(n['supplier'])}|{fold(n['recipient'])}|{n['phase']}|{n['system']}", None)]


def _prepare_meetings(rec: Rec, canon: Canon) -> None:
    f, n = rec.fields, rec.norm
    n["participants"] = list(dict.fromkeys(canon.person(p) for p in f.get("participants") or [] if p))
    n["class"] = MEETING_CLASS.get(f.get("kind"), f.get("kind"))
    n["place"] = canon.place(f.get("place"))
    rec.keys, rec.probes = party_keys(f"m|{n['class']}", n["participants"], f.get("date"),
                                      set(n["participants"]))


def _prepare_quotes(rec: Rec, canon: Canon) -> None:
    f, n = rec.fields, rec.norm
    n["speaker"] = canon.person(f.get("speaker")) if canon.is_person(f.get("speaker")) \
        else canon.country(f.get("speaker"))
    if n["speaker"]:
        rec.keys, rec.probes = quote_keys(f"q|{n['speaker']}", f.get("text"),
                                          n["speaker"] if canon.is_person(f.get("speaker")) else None)


def _prepare_figures(rec: Rec, canon: Canon) -> None:
    f, n = rec.fields, rec.norm
    n["unit"] = fold(f.get("unit"))
    n["subject"] = _content(f.get("subject"))
    n["what"] = _content((f.get("what") or "").split("(")[0])
    n["source"] = key(f.get("source")) or None
    n["countries"], named = subject_names(f.get("subject"), canon)
    if not n["countries"] and _owner_elsewhere(f.get("subject")):
        named = False  # "its GDP": whose, the sentence says (an acronym in it names no one)
    # (whether the countries were read off the whole sentence, not the subject: see _compatible_figures)
    n["told_around"] = False
    if not named:  # "the deal", "the floods": the countries of the sentence say which one
        n["countries"] = subject_names(rec.sentence, canon, countries_only=True)[0]
        n["told_around"] = bool(n["countries"])
    n["generic"] = not named and not n["countries"]
    # the years its sentence names ("in 2024"): two values of one measure told for different years are
    # two figures (a year's total and the next year's record), not one figure in conflict
    n["years"] = frozenset(_YEAR.findall(rec.sentence or "")) | _relative_years(rec.sentence, rec.published)
    # the countries its sentence names besides its subject's: whose share of a buyer's imports a percentage is
    # ("France accounted for 25 percent of Egypt's arms imports") or what else the sentence is about
    n["others"] = subject_names(rec.sentence, canon, countries_only=True)[0] - n["countries"] \
        if n["unit"] == "percent" else frozenset()
    value = f.get("value")
    tokens = sorted(set(n["subject"] or n["what"])) or ["-"]
    places = sorted(n["countries"]) or ["-"]
    rec.keys = []
    if n["generic"]:
        # only the same source's running tally or its same number: "the floods" as of two dates
        if n["source"]:
            measure = f"f|{n['unit']}|s:{n['source']}|g:{' '.join(tokens)}"
            if value is not None:
                rec.keys.append((f"{measure}|v:{float(value):.4g}", None))
            if f.get("as_of"):
                rec.keys.append((f"{measure}|dated", None))
    else:
        # the same unit, the same source or value, a country of the subject and a measure word
        # in common (subject, else description): one key for each combination
        if value is not None:
            rec.keys = [(f"f|{n['unit']}|v:{float(value):.4g}|{c}|{t}", None) for c in places for t in tokens]
        if n["source"]:
            rec.keys.extend((f"f|{n['unit']}|s:{n['source']}|{c}|{t}", None) for c in places for t in tokens)


#: A year told relative to the article's date ("last year", "this year"): the offset from its year.
_RELATIVE_YEAR = re.compile(r"\b(last|previous|this|current|next) year\b", re.IGNORECASE)
_YEAR_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}
#: The year a figure's sentence tells relative to an undated article: no year can be compared with it.
UNKNOWN_YEAR = "?"


def _relative_years(sentence: str | None, published: date | None) -> frozenset[str]:
    """The years "last year" / "this year" in a figure's sentence stand for, from its article's date;
    ``UNKNOWN_YEAR`` when the article is undated (a total "last year" on an undated page is some year)."""
    offsets = {_YEAR_OFFSETS[m.lower()] for m in _RELATIVE_YEAR.findall(sentence or "")}
    if not offsets:
        return frozenset()
    if published is None:
        return frozenset({UNKNOWN_YEAR})
    return frozenset(str(published.year + o) for o in offsets)


def _owner_elsewhere(subject: str | None) -> bool:
    """Whether a figure's subject opens with a possessive determiner ("its GDP", "their budget"): its owner is
    named elsewhere in the sentence, not in the subject."""
    first = (subject or "").split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in POSSESSIVES


def _prepare_events(rec: Rec, canon: Canon) -> None:
    f, n = rec.fields, rec.norm
    actors = [a for a in f.get("actors") or [] if a]
    n["actors"] = list(dict.fromkeys(canon.actor(a) for a in actors))
    n["persons"] = {canon.actor(a) for a in actors if canon.is_person(a)}
    rec.keys, rec.probes = party_keys(f"e|{f.get('type')}", n["actors"], f.get("date"), n["persons"])


def party_keys(prefix: str, parties: list[str], when: str | None, persons: set[str]
               ) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """Index and probe keys of a meeting or event: records compatible with it share min(2, fewer)
    parties and have compatible dates (the same year, or one undated).

    Dated, two parties or more: indexes each pair in its year; probes each party in its year (records
    of one party) and every pair and party undated. Dated, one party: indexes the party in its year;
    probes it undated. Undated: indexes its pairs and parties undated (undated records can match any
    year, so they are what joins years).
    """
    year = when[:4] if when else "*"
    parties = sorted(set(parties))
    index: dict[str, str | None] = {}
    probe: dict[str, str | None] = {}
    pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
    for a, b in pairs:
        index[f"{prefix}|{a}+{b}|{year}"] = None
        if year != "*":
            probe[f"{prefix}|{a}+{b}|*"] = None
    for p in parties:
        person = p if p in persons else None
        if len(parties) == 1 or year == "*":
            index[f"{prefix}|{p}|{year}"] = person
        else:
            probe[f"{prefix}|{p}|{year}"] = person
        if year != "*":
            probe[f"{prefix}|{p}|*"] = person
    return list(index.items()), [(k, v) for k, v in probe.items() if k not in index]


def min_overlap(size: int, share: float | None = None) -> int:
    """The fewest words two word sets must share for ``compatible`` to hold when the smaller has ``size``
    (computed with the same division, so rounding cannot disagree); ``share`` defaults to the setting
    ``quote_overlap``."""
    share = settings.current().quote_overlap if share is None else share
    return next(o for o in range(size + 1) if o / size >= share) if size else 1


def _word_rank(word: str) -> tuple:
    """A fixed order of words, stop words last (so prefixes are made of rarer words)."""
    return (word in STOP, zlib.crc32(word.encode("utf-8")), word)


def quote_keys(prefix: str, text: str | None, person: str | None
               ) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """Index and probe keys of a quote (prefix filtering): quotes compatible with it share at least
    ``min_overlap(smaller size)`` words, so among the first ``size - min_overlap(size) + 1`` words of the
    smaller one (in one fixed order) at least one is in the other. A quote indexes those words and
    probes all its others: two compatible quotes are always linked, and a speaker's many different
    quotes no longer form one ever-growing group."""
    ws = sorted(set(words(text)), key=_word_rank)
    if not ws:  # no words: compatible with nothing (containment 0)
        return [], []
    keep = len(ws) - min_overlap(len(ws)) + 1
    return [(f"{prefix}|{w}", person) for w in ws[:keep]], [(f"{prefix}|{w}", person) for w in ws[keep:]]


def subject_names(subject: str | None, canon: Canon, countries_only: bool = False) -> tuple[frozenset[str], bool]:
    """(countries, names anything) of a figure's subject: "Myanmar's arms imports from Russia" ->
    ({Myanmar, Russia}, True); "the Pantsir deal" -> ({}, True); "the deal" -> ({}, False).
    ``countries_only``: look for countries alone (a whole sentence). Cached on the Canon."""
    if not subject:
        return frozenset(), False
    cache_key = (subject, countries_only)
    hit = canon.names_cache.get(cache_key)
    if hit is None:
        hit = canon.names_cache[cache_key] = _subject_names(subject, canon.gaz, countries_only)
    return hit


def _subject_names(subject: str, gaz, countries_only: bool) -> tuple[frozenset[str], bool]:
    raw = [w.strip(",.;:()\"'") for w in subject.replace("’", "'").split()]
    ws = [w[:-2] if w.endswith("'s") else w.rstrip("'") for w in raw]
    countries: set[str] = set()
    named = False
    i = 0
    while i < len(ws):
        for n in (3, 2, 1):
            phrase = " ".join(ws[i:i + n])
            if len(ws) - i < n or not phrase:
                continue
            c = gaz.country(phrase) if gaz else None
            if c:
                countries.add(c.name)
                i += n - 1
                break
            if gaz and not countries_only and (gaz.organisation(phrase) or gaz.weapon(phrase)):
                named = True
                i += n - 1
                break
        i += 1
    # a capitalised word past the first (which may just start the sentence) names something too
    named = named or bool(countries) or any(w[:1].isupper() for w in ws[1:]) or (
        bool(ws) and len(ws[0]) > 1 and ws[0].isupper())  # an acronym may open it ("SIPRI figures")
    return frozenset(countries), named


# --- compatibility --------------------------------------------------------------------------------

def _overlap_enough(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    return len(set(a) & set(b)) >= min(2, len(set(a)), len(set(b)))


def _places_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ka, kb = key(a), key(b)
    return ka == kb or near(ka, kb) is not None


def _measure_compatible(a: Rec, b: Rec) -> bool:
    sa, sb = set(a.norm["subject"]), set(b.norm["subject"])
    wa, wb = set(a.norm["what"]), set(b.norm["what"])
    if sa and sb:
        if sa == sb:
            return True
        short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
        if len(short) >= 2 and short <= long_:
            return True
        if len(sa & sb) / len(sa | sb) >= 0.5:
            return True
    elif not sa and not sb and wa and wa == wb:
        return True
    return False


def compatible(a: Rec, b: Rec) -> bool:
    """Whether two records of one kind can describe the same fact (documents aside)."""
    return KIND_RULES[a.kind].compatible(a, b)


def _compatible_transfers(a: Rec, b: Rec) -> bool:
    fa, fb = a.fields, b.fields
    if not (a.keys == b.keys and dates_compatible(fa.get("when"), fb.get("when"))):
        return False
    if fa.get("family") or fb.get("family") or _same_story(a, b):
        return True
    # no model named ("the jets", "drones"): two articles' generic records are one purchase only
    # when they say when it happened (compatible dates, both given) and how many alike
    return bool(fa.get("when") and fb.get("when")) and fa.get("quantity") == fb.get("quantity")


def _compatible_meetings(a: Rec, b: Rec) -> bool:
    fa, fb, na, nb = a.fields, b.fields, a.norm, b.norm
    if not (na["class"] == nb["class"] and _overlap_enough(na["participants"], nb["participants"])
            and dates_compatible(fa.get("date"), fb.get("date")) and _places_compatible(na["place"], nb["place"])):
        return False
    if (fa.get("date") and fb.get("date")) or _same_story(a, b):
        return True
    # undated on one side or both: people meet again and again, so the same meeting needs two
    # participants in common, or one and the same place named by both
    common = set(na["participants"]) & set(nb["participants"])
    if not (len(common) >= 2 or bool(common and na["place"] and nb["place"])):
        return False
    # and an undated meeting is one its article reports as recent: not one held years before it
    # was published (the dated one), nor one of an article published years apart (both undated)
    return _recent(a, b) and _recent(b, a)


def _compatible_quotes(a: Rec, b: Rec) -> bool:
    if a.norm["speaker"] != b.norm["speaker"]:
        return False
    containment, jac = token_overlap(a.fields.get("text") or "", b.fields.get("text") or "")
    return containment >= settings.current().quote_overlap or jac >= settings.current().quote_overlap


#: What a percentage measures, as the figure extractor writes it in ``what`` (before any qualifier).
PERCENT_MEASURES = frozenset({"share", "change"})


def _percent_measure(f: dict) -> str | None:
    return (f.get("what") or "").split("(")[0].strip() if f.get("unit") == "percent" else None


#: A year written out in a figure's sentence.
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _compatible_figures(a: Rec, b: Rec) -> bool:
    fa, fb, na, nb = a.fields, b.fields, a.norm, b.norm
    if na["unit"] != nb["unit"] or na["generic"] != nb["generic"]:
        return False
    if fa.get("period") and fb.get("period") and fa["period"] != fb["period"]:
        return False  # a share over 2015-2019 and one over 2020-2024 are two figures, not a conflict
    if {_percent_measure(fa), _percent_measure(fb)} == PERCENT_MEASURES:
        return False  # a share of imports and the change in them are two measures, not a conflict
    if na["generic"]:  # a subject naming nothing: the same source's tally, or its same number
        return (na["source"] is not None and na["source"] == nb["source"]
                and set(na["subject"] or na["what"]) == set(nb["subject"] or nb["what"])
                and (_same_figure_value(fa, fb) or bool(fa.get("as_of") and fb.get("as_of"))))
    ca, cb = na["countries"], nb["countries"]
    if bool(ca) != bool(cb) or not (ca <= cb or cb <= ca):
        return False
    same_source = na["source"] is not None and na["source"] == nb["source"]
    same_value = _same_figure_value(fa, fb)
    if not (same_source or same_value):
        return False
    if not same_value and na["years"] and nb["years"] and not na["years"] & nb["years"]:
        return False  # 2024's exports and 2025's record: two figures, not a conflict
    if not same_value and UNKNOWN_YEAR in na["years"] | nb["years"]:
        return False  # "exports reached $N last year" on an undated page: some year's total, no conflict shown
    if not same_value and na["others"] != nb["others"]:
        # a share of one buyer's imports told with another supplier ("France accounted for 25 percent of
        # Egypt's imports") or none ("Egypt took 4.2 percent of global imports"): two measures, not a conflict
        return False
    if (na["told_around"] or nb["told_around"]) and ca != cb and not same_value:
        # countries read off a sentence, not the subject, name its other actors too (the source's own
        # "Swedish institute", the buyer beside the seller): one set inside the other is no sign of one
        # subject, so two values in conflict need the same countries ("a region's share of world imports"
        # and "a supplier's share of one buyer's imports" told by one institute are two figures)
        return False
    if _measure_compatible(a, b):
        return True
    # the same number from the same source, described differently ("Myanmar" / "Myanmar's arms imports")
    return same_source and same_value and bool(set(na["subject"] or na["what"]) & set(nb["subject"] or nb["what"]))


def _compatible_events(a: Rec, b: Rec) -> bool:
    fa, fb, na, nb = a.fields, b.fields, a.norm, b.norm
    if not (fa.get("type") == fb.get("type") and _overlap_enough(na["actors"], nb["actors"])
            and _nested(na["actors"], nb["actors"]) and dates_compatible(fa.get("date"), fb.get("date"))):
        return False
    # an undated event is one its article reports as recent, as an undated meeting: the Security
    # Council's vote in a 2015 story and its vote in a 2022 one are two votes
    if not (_same_story(a, b) or (_recent(a, b) and _recent(b, a))):
        return False
    if (fa.get("type") in ONE_OFF_EVENTS or _same_day(fa.get("date"), fb.get("date"))
            or (fa.get("type") in DATED_ONE_OFF_EVENTS and fa.get("date") and fb.get("date"))):
        return True
    # statements, sanctions, clashes recur between the same actors: the same one is told alike, in more
    # than the names of the actors both have (the Security Council's "arms embargo" on Darfur and on
    # Somalia share the body's name and the measure's noun, not the event)
    shared = {w for actor in set(na["actors"]) & set(nb["actors"]) for w in words(actor)}
    return _word_overlap(a.sentence, b.sentence, ignore=shared) >= settings.current().same_event_words


def _same_figure_value(fa: dict, fb: dict) -> bool:
    return fa.get("value") is not None and fb.get("value") is not None and \
        f"{float(fa['value']):.4g}" == f"{float(fb['value']):.4g}"


#: Event types that happen once for their actors (a coup); others recur.
ONE_OFF_EVENTS = {"coup"}
#: Event types that happen once on a date but recur for their actors (the Security Council votes many
#: times a year): two dated ones are one if their dates agree; an undated one must be told alike.
DATED_ONE_OFF_EVENTS = {"un_vote"}




def _recent(undated: Rec, other: Rec) -> bool:
    """Whether ``undated`` (when it has no date) can report ``other``'s meeting or event: a dated one from
    the year before its publication to the year after (one planned), an undated one reported within a
    year of it."""
    if undated.fields.get("date") or undated.published is None:
        return True
    when = other.fields.get("date")
    if when:
        return undated.published.year - 1 <= int(when[:4]) <= undated.published.year + 1
    return other.published is None or abs((other.published - undated.published).days) <= settings.current().recent_days


def _same_story(a: Rec, b: Rec) -> bool:
    """A near-duplicate and its original (one story on two sites): their records are one report, so
    the stricter tests for reports from different articles do not apply."""
    return bool(a.root) and a.root == b.root


def _nested(a: list[str], b: list[str]) -> bool:
    """One's actors are all among the other's: an actor on each side the other lacks (Russia and
    China / Russia and Iran) makes two different events."""
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def _same_day(a: str | None, b: str | None) -> bool:
    return bool(a and b and len(a) == len(b) == 10 and a == b)


def _word_overlap(a: str, b: str, ignore: set[str] = frozenset()) -> float:
    wa, wb = set(_content(a)) - ignore, set(_content(b)) - ignore
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def signature(rec: Rec) -> tuple:
    """Everything ``compatible(x, rec)`` reads of ``rec``: two members of a cluster with one signature
    answer alike for every newcomer, so a cluster is compared through one representative per signature
    (its *representatives*) instead of every member. Exact, not an approximation: a field compatible()
    reads but the signature omits would be a bug (tests compare with checking every member)."""
    return KIND_RULES[rec.kind].signature(rec)


def _signature_transfers(rec: Rec) -> tuple:
    f = rec.fields
    family = bool(f.get("family"))
    # with a family on either side neither the story nor the quantity matters
    return (tuple(rec.keys), f.get("when"), family) + (() if family else (rec.root, f.get("quantity")))


def _signature_meetings(rec: Rec) -> tuple:
    n = rec.norm
    return (n["class"], frozenset(n["participants"]), rec.fields.get("date"), n["place"], rec.root, rec.published)


def _signature_quotes(rec: Rec) -> tuple:
    return (rec.norm["speaker"], rec.fields.get("text") or "")


def _signature_figures(rec: Rec) -> tuple:
    f, n = rec.fields, rec.norm
    value = f.get("value")
    return (n["unit"], n["generic"], n["source"], frozenset(n["subject"]), frozenset(n["what"]),
            n["countries"], None if value is None else f"{float(value):.4g}", bool(f.get("as_of")),
            f.get("period"), n["told_around"], n["years"], n["others"])


def _signature_events(rec: Rec) -> tuple:
    f, n = rec.fields, rec.norm
    return (f.get("type"), frozenset(n["actors"]), f.get("date"), rec.sentence, rec.root, rec.published)


def cluster(records: list[Rec]) -> list[list[Rec]]:
    """Greedy complete-linkage clusters in canonical order; one record per document per cluster.

    A record is compared with each candidate cluster's representatives (one member per signature), which
    decides exactly what comparing it with every member would: big clusters of one fact reported again and
    again cost one comparison per distinct report, not per member."""
    return cluster_with_reps(records)[0]


def cluster_with_reps(records: list[Rec]) -> tuple[list[list[Rec]], list[dict[tuple, Rec]]]:
    """``cluster``, with each cluster's representatives (signature -> its first member with it); the
    members of each cluster are in canonical order. (``place`` with nothing stored: each record meets the
    clusters of earlier records that share a key with it, in the order of their first members.)"""
    slots = place({}, {}, records)
    return [slot.new for slot in slots], [slot.reps for slot in slots]


@dataclass(eq=False)
class Slot:
    """A cluster while new records are placed (``place``): a stored fact (``fact``, its id) or a new one."""

    first: tuple  #: the canonical order of its first member (clusters are tried in this order)
    reps: dict[tuple, Rec]  #: signature -> its first member with it
    fact: str | None = None
    new: list[Rec] = field(default_factory=list)  #: the new records it takes, in canonical order
    docs: set[str] = field(default_factory=set)  #: documents of those (a stored fact holds no new document)


def place(stored: dict[str, Slot], linked: dict[int, set[str]], new: list[Rec]) -> list[Slot]:
    """Cluster new records with stored clusters as ``cluster`` of everything would, when every new record
    sorts after every member of each stored cluster linked to it (``linked``: record id -> the stored
    clusters holding a record linked to it; they must all be in ``stored``). Then ``cluster`` meets the
    stored records first as before (none after a new record is linked to it, so each meets the clusters it
    met, a cluster a new record joined only refusing more), and each new record meets its linked stored
    clusters complete, in the order of their first members, beside the new clusters of earlier new records.
    Fills each stored slot's ``new`` (and representatives); returns the new clusters."""
    fresh: list[Slot] = []
    by_key: dict[str, list[Slot]] = {}  # index key -> clusters of new records indexing it
    by_probe: dict[str, list[Slot]] = {}  # probe-only key -> clusters of new records probing it
    for rec in sorted(new, key=Rec.order):
        candidates = {id(c): c for c in (stored[fid] for fid in linked.get(rec.id, ()))}
        for k, _ in (*rec.keys, *rec.probes):
            candidates.update((id(c), c) for c in by_key.get(k, ()))
        for k, _ in rec.keys:
            candidates.update((id(c), c) for c in by_probe.get(k, ()))
        sig = signature(rec)
        for c in sorted(candidates.values(), key=lambda c: c.first):
            if rec.doc not in c.docs and all(compatible(rec, other) for other in c.reps.values()):
                chosen = c
                break
        else:
            chosen = Slot(rec.order(), {})
            fresh.append(chosen)
        chosen.new.append(rec)
        chosen.reps.setdefault(sig, rec)
        chosen.docs.add(rec.doc)
        for table, keys in ((by_key, rec.keys), (by_probe, rec.probes)):
            for k, _ in keys:
                lst = table.setdefault(k, [])
                if chosen not in lst:
                    lst.append(chosen)
    return fresh


# --- the merged record ----------------------------------------------------------------------------

Merged = tuple[dict[str, Any], list[dict], list[dict] | None]


def merge(kind: str, members: list[Rec]) -> Merged:
    """(fields, conflicts, series) of the fact the members describe: the fold of its members in canonical
    order (armstrack.resolve.accum holds each kind's merge rules)."""
    return accum.finish(accum.fold_all(kind, sorted(members, key=Rec.order)))


# --- what a fact can be found by ----------------------------------------------------------------------
# (role, value) pairs of a merged record: the resolver stores the non-empty ones, case-folded, as fact_links

Links = Iterator[tuple[str, Any]]


def _links_transfers(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    for role in ("supplier", "recipient"):
        yield role, data[role]
        yield "country", data[role]
    for v in state["x"]["systems"]:  # every member's system and family
        yield "system", v
    yield "category", data["category"]
    for v in state["x"]["statuses"]:
        yield "status", v


def _links_meetings(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    for p in data["participants"]:
        yield "person", p
        for c in affiliations.get(p, ()):
            yield "country", c
    yield "place", data["place"]


def _links_quotes(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    sp = data["speaker"]
    yield "person", sp
    for c in affiliations.get(sp, ()):
        yield "country", c
    if sp and canon.gaz.country(sp):
        yield "country", canon.gaz.country(sp).name


def _links_figures(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    yield "unit", data["unit"]
    yield "source", data["source"]
    for w in (data.get("subject") or "").replace("’", "'").split():
        c = canon.gaz.country(w.split("'")[0].strip(",.;:"))
        if c:
            yield "country", c.name


def _links_events(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    yield "type", data["type"]
    persons = set(canon.people.values())
    for a in data["actors"]:
        yield "country", canon.actor_country(a)
        if a in persons:
            yield "person", a
        else:
            yield "actor", a


# --- the rules of each record kind ------------------------------------------------------------------

@dataclass(frozen=True)
class KindRules:
    """How the records of one kind merge (the kind's spec, armstrack.kinds, says what they hold); what the
    merged record says is folded by armstrack.resolve.accum."""

    #: canonical forms (``rec.norm``) and blocking keys (``rec.keys``, ``rec.probes``)
    prepare: Callable[[Rec, Canon], None]
    #: whether two records can describe the same fact (documents aside)
    compatible: Callable[[Rec, Rec], bool]
    #: everything ``compatible`` reads of a record (see ``signature``)
    signature: Callable[[Rec], tuple]
    #: (role, value) pairs a merged record is found by: (its fields, its merge state (accum), {person:
    #: affiliated countries} when ``affiliations``, the canonical names)
    links: Callable[[dict, dict, dict[str, set[str]], Canon], Links]
    #: the people its records name are looked up for the countries they are affiliated with (country links)
    affiliations: bool = False


# --- the default rules of a kind without its own: records merge when all their fields agree -----------------

def _folded(value: Any) -> Any:
    """A field's value compared case- and accent-blind: a list as the set of its folded names."""
    if isinstance(value, (list, tuple)):
        return tuple(sorted({fold(str(v)) for v in value if v not in (None, "")}))
    if isinstance(value, str):
        return fold(value) or None
    return value


def _prepare_default(rec: Rec, canon: Canon) -> None:
    spec = kinds.get(rec.kind)
    rec.norm["values"] = tuple(_folded(rec.fields.get(name)) for name in spec.field_names)
    digest = zlib.crc32(json.dumps(rec.norm["values"], default=str).encode())
    rec.keys = [(f"{spec.prefix}|{digest:08x}|{fold(str(rec.norm['values'][0] or ''))[:200]}", None)]


def _compatible_default(a: Rec, b: Rec) -> bool:
    return a.norm["values"] == b.norm["values"]


def _signature_default(rec: Rec) -> tuple:
    return rec.norm["values"]


def _links_default(data: dict, state: dict, affiliations: dict[str, set[str]], canon: Canon) -> Links:
    if canon.gaz is None:
        return
    for f in kinds.get(state["kind"]).fields:
        if f.type in (list, str):
            for v in (data.get(f.name) or []) if f.type is list else [data.get(f.name)]:
                c = canon.gaz.country(v) if v else None
                if c:
                    yield "country", c.name


#: The rules of a registered kind that has no entry of its own in ``KIND_RULES``: its records are one fact
#: when every field of its spec agrees once folded (case, accents; a list as a set of names), blocked by a
#: key over those values; the fact takes their values (lists united) and is found by the countries its
#: text and list fields name.
DEFAULT_RULES = KindRules(_prepare_default, _compatible_default, _signature_default, _links_default)


class _KindRules(dict[str, KindRules]):
    """{kind: its rules}; a registered kind without its own entry gets ``DEFAULT_RULES``."""

    def __missing__(self, kind: str) -> KindRules:
        if kind in kinds.KINDS:
            return DEFAULT_RULES
        raise KeyError(kind)


#: The merge rules of every record kind (``tests/test_kinds.py`` checks that each registered kind has them):
#: the five kinds' own; any other registered kind's are ``DEFAULT_RULES``.
KIND_RULES: dict[str, KindRules] = _KindRules({
    "transfers": KindRules(_prepare_transfers, _compatible_transfers, _signature_transfers, _links_transfers),
    "meetings": KindRules(_prepare_meetings, _compatible_meetings, _signature_meetings, _links_meetings,
                          affiliations=True),
    "quotes": KindRules(_prepare_quotes, _compatible_quotes, _signature_quotes, _links_quotes, affiliations=True),
    "figures": KindRules(_prepare_figures, _compatible_figures, _signature_figures, _links_figures),
    "events": KindRules(_prepare_events, _compatible_events, _signature_events, _links_events),
})
