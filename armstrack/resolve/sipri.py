"""Holding the deal register against SIPRI's trade register: which deals SIPRI has, which it lacks.

:func:`compare` is pure: it takes the register's deals (dicts as ``query.register.register_rows`` gives
them) and SIPRI rows (dicts as ``store.sipri.sipri_rows`` gives them) and returns a :class:`Comparison`
with three outcomes:

* **matched** — the same deal in both, with the differences side by side (numbers, years);
* **news only** — deals the news reports and SIPRI lacks ("new or unreported");
* **SIPRI only** — SIPRI rows no news deal supports.

A deal and a SIPRI row match when

1. the suppliers and the recipients are the same country after normalisation through the country
   gazetteer plus SIPRI's own names (``data/sipri_aliases.tsv``: Turkiye, Viet Nam, Congo ...).
   SIPRI's "Soviet Union" is Russia, as in the gazetteer; the order year keeps the eras apart.
   Non-state actors (SIPRI marks them ``*``: "Houthi rebels (Yemen)*") are themselves, never the
   country in brackets; ``unknown supplier(s)`` matches nothing;
2. the systems agree: the SIPRI designation, read with SIPRI's conventions ("96K9 Pantsyr-S1",
   "Project-877E/Kilo", "MiG-29SM", "F-16C Block-50/52", "D-30 122mm"), names the deal's family in
   the weapon gazetteer, or the designations themselves agree. A deal without a named system
   (family None) is never matched on the family: only when its category, its number ordered and
   its order year all agree with the row;
3. the order years are at most the setting ``sipri_year_tolerance`` apart (a deal known only from deliveries is
   held against SIPRI's delivery years; an undated one against the year it was first reported).

Each deal and each row is matched at most once; the best-scoring pairs (exact designation over
family, closer years, equal numbers) are taken first.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from armstrack import settings
from armstrack.nlp.gazetteers import GazetteerError, Gazetteers, load_gazetteers
from armstrack.records import CATEGORIES

ALIASES_FILE = Path(__file__).resolve().parent / "data" / "sipri_aliases.tsv"
ALIAS_KINDS = ("country", "spelling", "system", "category")


#: Deal statuses before an order: SIPRI lists only deals ordered or delivered, so such a deal missing
#: from SIPRI is expected, not "unreported" (shown last among the news-only deals, with a note).
BEFORE_ORDER = frozenset({"offered", "interest", "negotiating"})
NOT_ORDERED_NOTE = "not ordered yet (SIPRI lists orders and deliveries only)"

OUTCOMES = ("matched", "news_only", "sipri_only")
OUTCOME_TITLES = {"matched": "In both", "news_only": "News only (new or unreported)",
                  "sipri_only": "SIPRI only (no news support)"}

_CALIBRE = re.compile(r"^\d+(?:\.\d+)?mm$", re.I)
#: a Soviet/Russian GRAU index written before the name ("96K9 Pantsyr-S1", "9K33 Osa")
_INDEX = re.compile(r"^\d+[A-Z]\d+[A-Z0-9-]*$")
#: the base designation of a variant: "MiG-29SM" -> "MiG-29", "Su-30MKM" -> "Su-30", "C-130H" -> "C-130",
#: "Project-636E" -> "Project-636"
_BASE = re.compile(r"^([A-Za-z]{1,8}-\d+)[A-Za-z]")
_PAREN = re.compile(r"\s*\([^)]*\)")
_KEY_DROP = re.compile(r"[\s\-_./]+")


# --- the alias data ------------------------------------------------------------------------------

def _parts(designation: str) -> list[str]:
    """The alternatives of "Project-877E/Kilo" or "Mi-24V/Mi-35"; none for "F/A-18E" or "Block-50/52",
    where a side is not a designation of its own (under three characters, or no letter)."""
    if "/" not in designation:
        return []
    parts = [p.strip() for p in designation.split("/")]
    if all(len(p) >= 3 and any(ch.isalpha() for ch in p) for p in parts):
        return parts
    return []


@dataclass(frozen=True)
class Aliases:
    """The SIPRI aliases of sipri_aliases.tsv: country names, spelling fixes, systems and categories."""

    countries: dict[str, str]
    spellings: tuple[tuple[re.Pattern, str], ...]
    systems: dict[str, str]
    categories: dict[str, str]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.replace("\u2019", "'").casefold().split())


def weapon_key(text: str) -> str:
    """A designation as compared: case, spaces, hyphens, dots and slashes ignored."""
    return _KEY_DROP.sub("", _fold(text))


def load_aliases(path: Path = ALIASES_FILE, gaz: Gazetteers | None = None) -> Aliases:
    """Read and check ``sipri_aliases.tsv``: a country must be in the gazetteer, a system must resolve,
    a category must be armstrack's; a bad row raises GazetteerError naming file and line."""
    gaz = gaz or load_gazetteers()
    countries: dict[str, str] = {}
    spellings: list[tuple[re.Pattern, str]] = []
    systems: dict[str, str] = {}
    categories: dict[str, str] = {}
    header = False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header:
            if cells != ["kind", "sipri", "armstrack"]:
                raise GazetteerError(f"{path}:{lineno}: header must be 'kind sipri armstrack' (tab-separated)")
            header = True
            continue
        if len(cells) != 3 or not all(cells):
            raise GazetteerError(f"{path}:{lineno}: expected 3 non-empty tab-separated columns, got {len(cells)}")
        kind, sipri, ours = cells
        if kind == "country":
            if gaz.country(ours) is None or gaz.country(ours).name != ours:
                raise GazetteerError(f"{path}:{lineno}: {ours!r} is not a country name in countries.tsv")
            countries[_fold(sipri)] = ours
        elif kind == "spelling":
            spellings.append((re.compile(rf"(?<![A-Za-z0-9]){re.escape(sipri)}(?![A-Za-z0-9])", re.I), ours))
        elif kind == "system":
            if gaz.weapon(ours) is None:
                raise GazetteerError(f"{path}:{lineno}: {ours!r} is not a designation weapons.tsv knows")
            systems[weapon_key(sipri)] = ours
        elif kind == "category":
            if ours not in CATEGORIES:
                raise GazetteerError(f"{path}:{lineno}: {ours!r} is not one of {', '.join(CATEGORIES)}")
            categories[_fold(sipri)] = ours
        else:
            raise GazetteerError(f"{path}:{lineno}: kind {kind!r} is not one of {', '.join(ALIAS_KINDS)}")
    if not header:
        raise GazetteerError(f"{path}:1: no header row (kind sipri armstrack)")
    return Aliases(countries, tuple(spellings), systems, categories)


# --- names ---------------------------------------------------------------------------------------

class Names:
    """Country, system and category normalisation with the gazetteers and the SIPRI aliases."""

    def __init__(self, gaz: Gazetteers | None = None, aliases: Aliases | None = None) -> None:
        self.gaz = gaz or load_gazetteers()
        self.aliases = aliases or load_aliases(gaz=self.gaz)

    @functools.lru_cache(maxsize=4096)
    def party(self, name: str | None) -> str | None:
        """The comparable form of a supplier or recipient: the gazetteer's country or organisation
        name, a non-state actor's own name (without SIPRI's "*" and bracketed country), else the
        folded name; None for nothing or SIPRI's "unknown ..."."""
        text = " ".join(str(name or "").split())
        if not text or _fold(text).startswith("unknown"):
            return None
        stars = len(text) - len(text.rstrip("*"))
        base = text.rstrip("*").strip()
        if stars == 1:  # SIPRI's non-state actor: "Houthi rebels (Yemen)*" is not Yemen
            actor = _PAREN.sub("", base).strip()
            org = self.gaz.organisation(actor) if actor else None
            return org.name if org is not None else (_fold(actor) or None)
        mapped = self.aliases.countries.get(_fold(base))
        if mapped:
            return mapped
        country = self.gaz.country(base)
        if country is not None and stars == 0:
            return country.name
        org = self.gaz.organisation(base)
        if org is not None:
            return org.name
        return _fold(base)

    def _respell(self, text: str) -> str:
        for pattern, ours in self.aliases.spellings:
            text = pattern.sub(ours, text)
        return text

    def _forms(self, designation: str) -> list[str]:
        """The readings of a SIPRI-style designation, most specific first."""
        text = self._respell(" ".join(designation.split()))
        out: list[str] = []

        def add(form: str) -> None:
            form = " ".join(form.split()).strip(" -")
            if form and form not in out:
                out.append(form)

        wholes = [text, _PAREN.sub("", text)]
        parts = [p for w in wholes for p in _parts(w)]
        for form in wholes + parts:
            words = [w for w in form.split() if not _CALIBRE.match(w)]
            if len(words) > 1 and _INDEX.match(words[0]):
                add(" ".join(words))
                words = words[1:]
            add(" ".join(words))
            # trailing names and qualifiers: "C-130H Hercules" -> "C-130H", "F-16C Block-50" -> "F-16C",
            # only while what is left is designation-like (has a digit), so "Super Rapid" stays whole
            while len(words) > 1 and any(ch.isdigit() for ch in " ".join(words[:-1])):
                words = words[:-1]
                add(" ".join(words))
        for form in list(out):
            base = _BASE.match(form)
            if base:
                add(base.group(1))
        return out

    @functools.lru_cache(maxsize=8192)
    def system(self, designation: str | None) -> tuple[str | None, str | None, frozenset[str], frozenset[str]]:
        """(family, category, keys, exact keys) of a designation: the gazetteer's family and category of
        the first reading it knows, the comparable keys of every reading, and those of the designation
        as written (and of each part of "A/B")."""
        if not designation or not str(designation).strip():
            return None, None, frozenset(), frozenset()
        text = self._respell(" ".join(str(designation).split()))
        exact = {weapon_key(text), *(weapon_key(p) for p in _parts(text))}
        exact.discard("")
        family = category = None
        keys: set[str] = set()
        for form in self._forms(str(designation)):
            keys.add(weapon_key(form))
            if family is None:
                hit = self.gaz.weapon(self.aliases.systems.get(weapon_key(form), form))
                if hit is not None:
                    family, category = hit.family, hit.category
        keys.discard("")
        return family, category, frozenset(keys), frozenset(exact)

    @functools.lru_cache(maxsize=1024)
    def category(self, description: str | None) -> str | None:
        """The armstrack category of a SIPRI weapon description ("FGA aircraft" -> aircraft), trying the
        whole description, then its last words."""
        words = _PAREN.sub("", str(description or "")).replace("/", " / ").split()
        for i in range(len(words)):
            phrase = " ".join(words[i:]).strip(" /")
            if not phrase:
                continue
            hit = self.aliases.categories.get(_fold(phrase)) or self.gaz.category_of(phrase)
            if hit:
                return hit
        return None


@functools.lru_cache(maxsize=1)
def default_names() -> Names:
    """The Names built from the default gazetteers and aliases (cached)."""
    return Names()


# --- the comparison ------------------------------------------------------------------------------

@dataclass
class Match:
    """A deal and the SIPRI row that records it, and where they differ."""

    deal: dict
    sipri: dict
    basis: str  #: "designation", "family" or "category, number and year"
    year_gap: int | None
    differences: list[dict] = field(default_factory=list)  #: {field, news, sipri, sipri_uncertain}

    def as_dict(self) -> dict:
        """The match as a JSON-ready dict."""
        return {"deal": self.deal, "sipri": self.sipri, "basis": self.basis, "year_gap": self.year_gap,
                "differences": self.differences}


@dataclass
class Comparison:
    """Deals compared with SIPRI rows: matched pairs, deals only in the news, rows only in SIPRI."""

    matched: list[Match] = field(default_factory=list)
    news_only: list[dict] = field(default_factory=list)
    sipri_only: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many matched, news-only and SIPRI-only outcomes."""
        return {"matched": len(self.matched), "news_only": len(self.news_only), "sipri_only": len(self.sipri_only)}

    def as_dict(self) -> dict:
        """The comparison as a JSON-ready dict, with its counts."""
        return {"counts": self.counts(), "matched": [x.as_dict() for x in self.matched],
                "news_only": self.news_only, "sipri_only": self.sipri_only}

    def flat_rows(self) -> list[dict]:
        """One flat row per outcome line (for CSV): the news and SIPRI values side by side."""
        rows = []
        for x in self.matched:
            rows.append(_flat("matched", x.deal, x.sipri, x.basis, x.differences))
        for d in self.news_only:
            rows.append(_flat("news_only", d, None, None, []))
        for s in self.sipri_only:
            rows.append(_flat("sipri_only", None, s, None, []))
        return rows


FLAT_COLUMNS = ("outcome", "supplier", "recipient", "news_designation", "sipri_designation", "news_order_year",
                "sipri_order_year", "news_number_ordered", "sipri_number_ordered", "news_number_delivered",
                "sipri_number_delivered", "news_delivery_years", "sipri_delivery_years", "differences", "basis",
                "deal_id", "status", "note", "sources", "first_reported", "evidence_sentence", "evidence_url",
                "sipri_comments", "sipri_file", "sipri_line")


def not_ordered(deal: dict) -> bool:
    """Whether a deal is still an offer, an interest or a negotiation (no order reported)."""
    return str(deal.get("status") or "").lower() in BEFORE_ORDER


def deal_label(deal: dict) -> str:
    """The system of a deal as shown: its designations, else its family, else "unspecified <category>"."""
    names = [d for d in deal.get("designations") or [] if d]
    if names:
        return ", ".join(names)
    if deal.get("family"):
        return str(deal["family"])
    return f"unspecified {deal.get('category') or 'equipment'}"


def _years_text(years: Iterable[int] | None) -> str:
    return "; ".join(str(y) for y in sorted(set(years or [])))


def _flat(outcome: str, deal: dict | None, row: dict | None, basis: str | None, diffs: list[dict]) -> dict:
    deal, row = deal or {}, row or {}
    evidence = deal.get("evidence") or {}
    return {
        "outcome": outcome,
        "supplier": deal.get("supplier") or row.get("supplier"),
        "recipient": deal.get("recipient") or row.get("recipient"),
        "news_designation": deal_label(deal) if deal else None,
        "sipri_designation": row.get("designation"),
        "news_order_year": deal_order_year(deal) if deal else None,
        "sipri_order_year": row.get("order_year"),
        "news_number_ordered": deal.get("number_ordered"),
        "sipri_number_ordered": row.get("number_ordered"),
        "news_number_delivered": deal.get("number_delivered"),
        "sipri_number_delivered": row.get("number_delivered"),
        "news_delivery_years": _years_text(deal.get("delivery_years")) if deal else None,
        "sipri_delivery_years": _years_text(row.get("delivery_years")) if row else None,
        "differences": "; ".join(f"{d['field']}: news {d['news']} / SIPRI {d['sipri']}" for d in diffs) or None,
        "basis": basis,
        "deal_id": deal.get("deal_id"),
        "status": deal.get("status"),
        "note": NOT_ORDERED_NOTE if outcome == "news_only" and not_ordered(deal) else None,
        "sources": len(deal.get("sources") or []) if deal else None,
        "first_reported": deal.get("first_reported"),
        "evidence_sentence": evidence.get("sentence"),
        "evidence_url": evidence.get("url"),
        "sipri_comments": row.get("comments"),
        "sipri_file": row.get("source"),
        "sipri_line": row.get("line"),
    }


def _int(value) -> int | None:
    try:
        return int(value) if value is not None and str(value).strip() != "" else None
    except (TypeError, ValueError):
        return None


def deal_order_year(deal: dict) -> int | None:
    """A deal's order year: ``order_year``, else the year of ``order_date``."""
    year = _int(deal.get("order_year"))
    if year is None and deal.get("order_date"):
        year = _int(str(deal["order_date"])[:4])
    return year


def _deal_delivery_years(deal: dict) -> list[int]:
    years = {y for y in (_int(v) for v in deal.get("delivery_years") or []) if y is not None}
    for d in deal.get("deliveries") or []:
        y = _int(d.get("year")) if isinstance(d, dict) else None
        if y is None and isinstance(d, dict) and d.get("date"):
            y = _int(str(d["date"])[:4])
        if y is not None:
            years.add(y)
    return sorted(years)


def _year_gap(deal: dict, row: dict) -> tuple[bool, int | None]:
    """(compatible, gap in years or None when only loosely comparable)."""
    dy, ry = deal_order_year(deal), _int(row.get("order_year"))
    ddel = _deal_delivery_years(deal)
    rdel = [y for y in (_int(v) for v in row.get("delivery_years") or []) if y is not None]
    if dy is not None and ry is not None:
        gap = abs(dy - ry)
        return gap <= settings.current().sipri_year_tolerance, gap
    if dy is None and ddel:
        if rdel:  # deliveries on both sides: some news delivery year within the tolerance of SIPRI's
            gap = min(abs(a - b) for a in ddel for b in rdel)
            return gap <= settings.current().sipri_year_tolerance, gap
        if ry is not None:  # SIPRI knows only the order: the deliveries must come after it
            return ddel[0] >= ry - settings.current().sipri_year_tolerance, None
        return False, None
    if dy is not None and rdel:  # SIPRI row without an order year: the order precedes its deliveries
        return dy <= rdel[0] + settings.current().sipri_year_tolerance, None
    seen = _int(str(deal.get("first_reported") or "")[:4])
    if seen is not None and ry is not None:
        return seen - settings.current().sipri_undated_lookback <= ry <= seen + settings.current().sipri_year_tolerance, None
    return False, None


def _differences(deal: dict, row: dict) -> list[dict]:
    unsure = set(row.get("uncertain") or [])
    out = []

    def differ(name: str, news, sipri, sipri_field: str) -> None:
        if news is None or sipri is None or news == sipri:
            return
        out.append({"field": name, "news": news, "sipri": sipri, "sipri_uncertain": sipri_field in unsure})

    differ("order year", deal_order_year(deal), _int(row.get("order_year")), "order_year")
    differ("number ordered", _int(deal.get("number_ordered")), _int(row.get("number_ordered")), "number_ordered")
    differ("number delivered", _int(deal.get("number_delivered")), _int(row.get("number_delivered")),
           "number_delivered")
    news_years = _deal_delivery_years(deal)
    sipri_years = sorted({y for y in (_int(v) for v in row.get("delivery_years") or []) if y is not None})
    if news_years and sipri_years and news_years != sipri_years:
        out.append({"field": "delivery years", "news": _years_text(news_years), "sipri": _years_text(sipri_years),
                    "sipri_uncertain": "delivery_years" in unsure})
    elif news_years and not sipri_years:
        out.append({"field": "delivery years", "news": _years_text(news_years), "sipri": "none recorded",
                    "sipri_uncertain": False})
    return out


@dataclass
class _Side:
    supplier: str | None
    recipient: str | None
    family: str | None
    families: frozenset[str]
    keys: frozenset[str]
    exact: frozenset[str]
    category: str | None


def _deal_side(deal: dict, names: Names) -> _Side:
    family = deal.get("family") or None
    families: set[str] = set()
    keys: set[str] = set()
    exact: set[str] = set()
    designations = [str(t) for t in deal.get("designations") or [] if t]
    for text in [family, *designations]:
        if not text:
            continue
        fam, _, k, e = names.system(str(text))
        keys |= k
        if text in designations or not designations:  # the family name is not a designation seen
            exact |= e
        if fam:
            families.add(fam)
    if family:
        families.add(str(family))
    return _Side(names.party(deal.get("supplier")), names.party(deal.get("recipient")), family,
                 frozenset(families), frozenset(keys), frozenset(exact), deal.get("category"))


def _row_side(row: dict, names: Names) -> _Side:
    fam, cat, keys, exact = names.system(row.get("designation"))
    return _Side(names.party(row.get("supplier")), names.party(row.get("recipient")), fam,
                 frozenset({fam}) if fam else frozenset(), keys, exact,
                 cat or names.category(row.get("description")))


def _basis(d: _Side, r: _Side, deal: dict, row: dict) -> str | None:
    named = bool(d.family) or bool(deal.get("designations"))
    if named:
        if d.exact & r.exact:
            return "designation"
        if (r.family and r.family in d.families) or d.keys & r.keys:
            return "family"
        return None
    # An unspecified deal ("aircraft from China") is never matched on family: only when its category,
    # number ordered and order year (checked by the caller) all agree with the row.
    n_deal, n_row = _int(deal.get("number_ordered")), _int(row.get("number_ordered"))
    if d.category and d.category == r.category and n_deal is not None and n_deal == n_row \
            and deal_order_year(deal) is not None:
        return "category, number and year"
    return None


_BASIS_SCORE = {"designation": 300, "family": 200, "category, number and year": 100}


def compare(deals: list[dict], sipri_rows: list[dict], *, names: Names | None = None) -> Comparison:
    """Match the register's deals against SIPRI rows (see the module doc) and sort out the three outcomes."""
    names = names or default_names()
    deal_sides = [_deal_side(d, names) for d in deals]
    row_sides = [_row_side(r, names) for r in sipri_rows]
    by_pair: dict[tuple[str, str], list[int]] = {}
    for j, r in enumerate(row_sides):
        if r.supplier and r.recipient:
            by_pair.setdefault((r.supplier, r.recipient), []).append(j)
    candidates: list[tuple[int, int, int, str, int | None]] = []
    for i, (deal, d) in enumerate(zip(deals, deal_sides)):
        for j in by_pair.get((d.supplier, d.recipient), []) if d.supplier and d.recipient else []:
            row, r = sipri_rows[j], row_sides[j]
            basis = _basis(d, r, deal, row)
            if basis is None:
                continue
            ok, gap = _year_gap(deal, row)
            if not ok:
                continue
            score = _BASIS_SCORE[basis] - (gap if gap is not None else settings.current().sipri_year_tolerance + 1) * 10
            if _int(deal.get("number_ordered")) is not None \
                    and _int(deal.get("number_ordered")) == _int(row.get("number_ordered")):
                score += 5
            candidates.append((score, i, j, basis, gap))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_deals: set[int] = set()
    used_rows: set[int] = set()
    result = Comparison()
    pairs = []
    for score, i, j, basis, gap in candidates:
        if i in used_deals or j in used_rows:
            continue
        used_deals.add(i)
        used_rows.add(j)
        pairs.append((i, j, basis, gap))
    for i, j, basis, gap in sorted(pairs):
        result.matched.append(Match(deals[i], sipri_rows[j], basis, gap, _differences(deals[i], sipri_rows[j])))
    result.news_only = sorted((d for i, d in enumerate(deals) if i not in used_deals), key=not_ordered)
    result.sipri_only = [r for j, r in enumerate(sipri_rows) if j not in used_rows]
    return result


def filter_rows(rows: list[dict], *, supplier: str | None = None, recipient: str | None = None,
                since: int | None = None, until: int | None = None, names: Names | None = None) -> list[dict]:
    """SIPRI rows of one supplier/recipient (any alias) and order years (rows without one are kept
    when a delivery year is in range)."""
    names = names or default_names()
    want_s, want_r = names.party(supplier) if supplier else None, names.party(recipient) if recipient else None
    out = []
    for row in rows:
        if supplier and names.party(row.get("supplier")) != want_s:
            continue
        if recipient and names.party(row.get("recipient")) != want_r:
            continue
        years = [y for y in [_int(row.get("order_year"))] if y is not None] or \
            [y for y in (_int(v) for v in row.get("delivery_years") or []) if y is not None]
        if since is not None and years and max(years) < since:
            continue
        if until is not None and years and min(years) > until:
            continue
        out.append(row)
    return out


__all__ = ["Comparison", "FLAT_COLUMNS", "Match", "Names", "OUTCOMES", "OUTCOME_TITLES", "compare", "deal_label",
           "deal_order_year", "not_ordered",
           "default_names", "filter_rows", "load_aliases", "weapon_key"]
