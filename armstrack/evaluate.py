"""Scoring an export against gold annotations (the format of ../shared/gold), for `armstrack eval`.

The matching rules are those of the project's reference scorer: per document and per kind, greedy
one-to-one matching in passes (strict first); a predicted record counts for every document it has a
mention in. A test checks that the numbers agree with the reference scorer on the seeds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

KINDS = ("transfers", "transfers+status", "meetings", "quotes", "people", "figures", "events")

COUNTRY_ALIASES = {
    "burma": "myanmar", "mmr": "myanmar", "republic of the union of myanmar": "myanmar",
    "rus": "russia", "russian federation": "russia", "ussr": "russia", "soviet union": "russia",
    "chn": "china", "prc": "china", "people's republic of china": "china",
    "ind": "india", "vnm": "vietnam", "viet nam": "vietnam", "blr": "belarus",
    "usa": "united states", "us": "united states", "u.s.": "united states",
    "united states of america": "united states", "america": "united states",
    "gbr": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom",
    "britain": "united kingdom", "great britain": "united kingdom",
    "prk": "north korea", "dprk": "north korea", "democratic people's republic of korea": "north korea",
    "kor": "south korea", "republic of korea": "south korea", "rok": "south korea",
    "irn": "iran", "islamic republic of iran": "iran", "tur": "turkey", "türkiye": "turkey",
    "turkiye": "turkey", "pak": "pakistan", "egy": "egypt", "dza": "algeria",
    "srb": "serbia", "twn": "taiwan", "republic of china": "taiwan", "isr": "israel",
    "ukr": "ukraine", "fra": "france", "deu": "germany", "syr": "syria",
    "tha": "thailand", "idn": "indonesia", "phl": "philippines", "bgd": "bangladesh",
    "lao": "laos", "khm": "cambodia", "mys": "malaysia", "sgp": "singapore",
    "none": "unknown", "": "unknown", "null": "unknown",
}
STATUS_CLASS = {
    "offered": "prospective", "offer": "prospective", "interest": "prospective",
    "negotiating": "prospective", "negotiation": "prospective", "planned": "prospective",
    "proposed": "prospective", "requested": "prospective",
    "agreed": "agreed", "ordered": "agreed", "signed": "agreed", "contracted": "agreed", "approved": "agreed",
    "delivered": "delivered", "delivering": "delivered", "received": "delivered", "in_service": "delivered",
    "in_production": "production", "licensed_production": "production", "assembly": "production",
    "production": "production", "cancelled": "cancelled", "canceled": "cancelled", "suspended": "cancelled",
}
UNIT_CLASS = {
    "usd": "usd", "$": "usd", "dollars": "usd", "us$": "usd", "percent": "percent", "%": "percent",
    "pct": "percent", "share": "percent", "people": "people", "persons": "people", "deaths": "people",
    "killed": "people", "casualties": "people",
}
#: Not the pipeline's list (nlp/data/honorifics.tsv) on purpose: scoring must agree exactly with the
#: reference scorer ../shared/eval/score.py (tests/test_seeds.py::test_eval_command_agrees_with_reference_scorer),
#: so this is a copy of that scorer's HONORIFICS, changed only when it changes.
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "gen", "general", "senior", "lt", "lieutenant", "major", "colonel", "col", "adm",
    "admiral", "president", "minister", "sen", "u", "daw", "professor", "prof", "sir", "marshal", "commander",
}


def _country(value: object) -> str:
    text = str(value or "").strip().lower().replace("the ", "", 1) if value else ""
    return COUNTRY_ALIASES.get(text, text)


def _key(value: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value or "").lower())


def _words(value: object) -> list[str]:
    return re.findall(r"[a-z0-9]+", str(value or "").lower())


def _name_words(value: object) -> list[str]:
    words = _words(value)
    return [w for w in words if w not in HONORIFICS] or words


def same_name(a: object, b: object) -> bool:
    """Whether two person names match as the reference scorer matches them: one's words within the
    other's, or the same surname."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    sa, sb = set(wa), set(wb)
    return sa <= sb or sb <= sa or wa[-1] == wb[-1]


def _parties(g: dict, p: dict) -> bool:
    return _country(g.get("supplier")) == _country(p.get("supplier")) and \
        _country(g.get("recipient")) == _country(p.get("recipient"))


def _system(g: dict, p: dict) -> bool:
    gk = {_key(g.get("family")), _key(g.get("system"))} - {""}
    pk = {_key(p.get("family")), _key(p.get("system"))} - {""}
    return any(_keys_overlap(a, b) for a in gk for b in pk)


def _keys_overlap(a: str, b: str) -> bool:
    """One key inside the other (3+ characters), or a two-character designator with a digit (K2, K9)
    that equals or starts the other (K2 ~ K2PL)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3:
        return short in long_
    return len(short) == 2 and any(c.isdigit() for c in short) and long_.startswith(short)


def _generic(g: dict, p: dict) -> bool:
    if g.get("family") or not _parties(g, p):
        return False
    category = str(g.get("category") or "").lower()
    return bool(category) and category == str(p.get("category") or "").lower()


def _status(g: dict, p: dict) -> bool:
    def cls(v):
        return STATUS_CLASS.get(str(v or "").strip().lower(), str(v or "").lower())
    return cls(g.get("status")) == cls(p.get("status"))


def _meeting(g: dict, p: dict) -> bool:
    gp, pp = g.get("participants") or [], p.get("participants") or []
    if not gp:
        return False
    return sum(1 for a in gp if any(same_name(a, b) for b in pp)) >= min(2, len(gp))


def _quote(g: dict, p: dict) -> bool:
    if not same_name(g.get("speaker"), p.get("speaker")):
        return False
    gw, pw = _words(g.get("text")), set(_words(p.get("text")))
    if not gw:
        return False
    return sum(1 for w in gw if w in pw) / len(gw) >= 0.6 and len(pw) <= 3 * len(set(gw)) + 5


def _figure(g: dict, p: dict) -> bool:
    try:
        a, b = float(g.get("value")), float(p.get("value"))
    except (TypeError, ValueError):
        return False

    def unit(v):
        t = str(v or "").strip().lower()
        return UNIT_CLASS.get(t, t)
    return abs(a - b) <= 0.005 * max(abs(a), 1e-9) and unit(g.get("unit")) == unit(p.get("unit"))


def _event(g: dict, p: dict) -> bool:
    """Same type, and a mention's sentence holds half the gold evidence's words (or the dates agree and
    an actor is shared)."""
    if str(g.get("type") or "") != str(p.get("type") or ""):
        return False
    evidence = set(_words(g.get("evidence")))
    for mention in p.get("mentions") or []:
        text = set(_words(mention.get("text") if isinstance(mention, dict) else ""))
        if evidence and len(evidence & text) >= 0.5 * len(evidence):
            return True

    def actors(r: dict) -> set[str]:
        return {_country(a) for a in r.get("actors") or []}
    return bool(g.get("date")) and g.get("date") == p.get("date") and bool(actors(g) & actors(p))


Matcher = Callable[[dict, dict], bool]
MATCHERS: dict[str, tuple[str, tuple[Matcher, ...]]] = {
    "transfers": ("transfers", (lambda g, p: _parties(g, p) and _system(g, p), _generic)),
    "transfers+status": ("transfers", (lambda g, p: _parties(g, p) and _system(g, p) and _status(g, p),
                                       lambda g, p: _generic(g, p) and _status(g, p))),
    "meetings": ("meetings", (_meeting,)),
    "quotes": ("quotes", (_quote,)),
    "people": ("people", (lambda g, p: same_name(g.get("name"), p.get("name")),)),
    "figures": ("figures", (_figure,)),
    "events": ("events", (_event,)),
}


@dataclass
class KindScore:
    """True positives, false positives and misses for one record kind, with the unmatched records."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[tuple[str, dict]] = field(default_factory=list)
    spurious: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted records that match a gold record (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold records that were predicted (1.0 when the gold has none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _docs_of(record: dict) -> set[str]:
    docs = {str(m["doc"]) for m in record.get("mentions") or [] if isinstance(m, dict) and m.get("doc") is not None}
    if record.get("doc") is not None:
        docs.add(str(record["doc"]))
    return docs


def _pair(gold: list[dict], pred: list[dict], matchers) -> tuple[int, list[dict], list[dict]]:
    free = list(range(len(pred)))
    missed = list(gold)
    for matcher in matchers:
        still = []
        for g in missed:
            for i in free:
                if matcher(g, pred[i]):
                    free.remove(i)
                    break
            else:
                still.append(g)
        missed = still
    return len(gold) - len(missed), missed, [pred[i] for i in free]


def _dedupe_people(records: list[dict]) -> list[dict]:
    seen: list[dict] = []
    for r in records:
        if not any(same_name(r.get("name"), s.get("name")) for s in seen):
            seen.append(r)
    return seen


@dataclass
class Scores:
    """Per-kind scores, and the gold documents the export does not hold (their records count as missed)."""

    kinds: dict[str, KindScore]
    gold_docs: list[str]
    missing_docs: list[str]

    def __getitem__(self, kind: str) -> KindScore:
        return self.kinds[kind]

    def items(self):
        """(kind, KindScore) pairs in scoring order."""
        return self.kinds.items()


def score(gold_dir: Path, export: dict[str, Any]) -> Scores:
    """Scores per kind for every gold file in ``gold_dir`` against an export.

    A gold file without a kind's key did not annotate that kind and is skipped for it (an empty list
    did annotate it: everything predicted there is spurious)."""
    totals = {k: KindScore() for k in KINDS}
    gold_docs: list[str] = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = str(gold.get("doc") or path.stem)
        gold_docs.append(doc)
        for kind, (fld, matchers) in MATCHERS.items():
            if fld not in gold:
                continue
            g = gold.get(fld) or []
            p = [r for r in export.get(fld) or [] if isinstance(r, dict) and doc in _docs_of(r)]
            if kind == "people":
                g, p = _dedupe_people(g), _dedupe_people(p)
            tp, missed, spurious = _pair(g, p, matchers)
            s = totals[kind]
            s.tp += tp
            s.fn += len(missed)
            s.fp += len(spurious)
            s.missed.extend((doc, r) for r in missed)
            s.spurious.extend((doc, r) for r in spurious)
    exported = {str(d.get("id")) for d in export.get("documents") or [] if isinstance(d, dict)}
    return Scores(totals, gold_docs, sorted(set(gold_docs) - exported))
