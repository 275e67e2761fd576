"""Gazetteers: the curated lists of countries, organisations, places, weapon systems, category nouns
and titles that the entity ruler and the extractors read.

The lists live in ``armstrack/nlp/data/*.tsv`` (format in ``data/README.md``). :func:`load_gazetteers`
reads and validates them once per folder and returns a :class:`Gazetteers` whose lookups resolve a
surface form to its record: ``country("Burma")`` is Myanmar, ``weapon("Pantsir S1")`` is Pantsir-S1.

Matching rules, shared by the lookups:

* Names ignore case, surrounding and repeated spaces, curly versus straight apostrophes, hyphen
  versus space ("Guinea Bissau" = "Guinea-Bissau"), a trailing possessive ("Russia's",
  "Philippines'") and a leading "the " ("the Pentagon"; a name that starts with "The" in the data,
  like "The Hindu", needs it).
* Acronyms written in capitals in the data (US, UK, UAE, PLA, AP, ...) and ISO codes match only as
  written, so "US" is the United States but the pronoun "us" is nothing.
* Weapon designations also ignore spaces and hyphens ("Pantsir S1" = "Pantsir-S1" = "pantsir-s1"),
  a plural "s" ("Su-30s"), and a maker's name before them ("Sukhoi Su-35", "Dassault Rafale").
  A family name is only a key where the data lists it as a variant ("Pantsir", "Orlan"): many
  family names are common words (Arrow, Hermes, Giraffe) and must not match on their own.

Organisations get both spellings of "Cooperation" / "Co-operation" as aliases (Federal Service for
Military-Technical Cooperation, Shanghai Cooperation Organisation), so the data lists one.

A key that would name two different records (one alias for two countries, one variant under two
systems) is a data error and fails the load, like a malformed row.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from armstrack.records import CATEGORIES

#: The folder the package's own gazetteers are read from.
DATA_DIR = Path(__file__).resolve().parent / "data"

ORG_TYPES = ("MILITARY", "ORG")

#: a designator of capital letters and digits alone ("K2", "T90"), no word: what may lead a system's full name and,
#: in the plural after it, stand for the system ("K2 Black Panther tanks" ... "216 K2s")
LEAD_DESIGNATOR_RE = re.compile(r"[A-Z]{1,3}-?\d{1,3}[A-Z]{0,2}")
TITLE_KINDS = ("office", "rank")

#: file name and exact header of each gazetteer (data/README.md).
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("name", "iso2", "iso3", "aliases", "demonyms", "capitals"),
    "organisations.tsv": ("name", "type", "country", "aliases"),
    "places.tsv": ("name", "country", "aliases"),
    "weapons.tsv": ("name", "family", "category", "origin", "variants"),
    "category_nouns.tsv": ("phrase", "category"),
    "titles.tsv": ("title", "kind"),
    "honorifics.tsv": ("honorific", "kind"),
    "ship_prefixes.tsv": ("prefix", "country"),
    "combining_forms.tsv": ("form", "country"),
}

#: Makers whose name may precede a designation ("Sukhoi Su-30", "Lockheed Martin F-35"); longest first.
MAKER_PREFIXES = tuple(sorted((
    "Sukhoi", "Mikoyan", "Mikoyan-Gurevich", "Mil", "Kamov", "Yakovlev", "Tupolev", "Ilyushin",
    "Beriev", "Antonov", "Irkut", "Kronshtadt", "Kalashnikov", "ZALA", "Almaz-Antey", "KBP",
    "Uralvagonzavod", "Chengdu", "Shenyang", "Hongdu", "Guizhou", "Harbin", "Xian", "Xi'an",
    "Shaanxi", "Nanchang", "Changhe", "AVIC", "CASC", "CASIC", "Norinco",
    "Baykar", "Bayraktar", "TAI", "Turkish Aerospace", "Aselsan", "Roketsan", "Otokar", "FNSS",
    "BMC", "MKE", "HAL", "DRDO", "Boeing", "Lockheed", "Lockheed Martin", "Northrop",
    "Northrop Grumman", "Raytheon", "RTX", "General Dynamics", "General Atomics", "Sikorsky",
    "Bell", "Textron", "AeroVironment", "Insitu", "Oshkosh", "AM General", "Colt", "Barrett",
    "Airbus", "Airbus Helicopters", "Eurocopter", "Dassault", "Dassault Aviation", "Thales",
    "Naval Group", "DCNS", "Nexter", "KNDS", "MBDA", "Saab", "BAE", "BAE Systems", "Leonardo",
    "AgustaWestland", "Westland", "Aermacchi", "Alenia", "Rheinmetall", "KMW",
    "Krauss-Maffei Wegmann", "Hensoldt", "Diehl", "TKMS", "Kongsberg", "Patria", "Pilatus",
    "Embraer", "Avibras", "Denel", "Paramount", "KAI", "Hanwha", "Hanwha Aerospace",
    "Hyundai Rotem", "LIG Nex1", "Samsung Techwin", "IAI", "Israel Aerospace Industries",
    "Elbit", "Elbit Systems", "Rafael", "IWI", "IMI", "Mitsubishi", "Kawasaki", "ShinMaywa",
    "FN", "FN Herstal", "Heckler & Koch", "H&K", "HK", "Beretta", "Glock", "Steyr", "SIG Sauer",
    "Zastava", "Yugoimport", "Damen", "Navantia", "Fincantieri", "Pindad", "HESA", "Shahed",
    "Panavia", "Eurofighter", "Schiebel", "Milkor", "Pakistan Aeronautical Complex",
), key=len, reverse=True))
#: (a maker's name folded and followed by a space, the name) in MAKER_PREFIXES's order: what a designation's
#: folded form is tested against (folded once, not per lookup)
_MAKER_KEYS = tuple((maker.casefold() + " ", maker) for maker in MAKER_PREFIXES)
_MAKER_STARTS = tuple(key for key, _ in _MAKER_KEYS)

_PUNCT = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u02bb": "'", "\u00b4": "'",
    "`": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u00a0": " ",
})
_TRANSLATED = re.compile("[" + re.escape("".join(chr(c) for c in _PUNCT)) + "]")
_WEAPON_DROP = re.compile(r"[\s\-_]+")
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[^a-z\s]+$")


class GazetteerError(ValueError):
    """A gazetteer file is missing or malformed; the message names the file and line."""


@dataclass(frozen=True)
class Country:
    """A country of the gazetteer with its codes, aliases, demonyms and capitals."""

    name: str
    iso2: str
    iso3: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    """An organisation or military of the gazetteer, its type and country."""

    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer and its country."""

    name: str
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class WeaponSystem:
    """A weapon system of the gazetteer: designation, family, category, country of origin, variants."""

    name: str
    family: str
    category: str
    origin: str | None
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """A title of the gazetteer and its kind: an office or a military rank."""

    title: str
    kind: str


# --- normalisation -------------------------------------------------------------------------------

def _clean(text: str) -> str:
    """NFC, straight apostrophes and hyphens, single spaces."""
    text = str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_PUNCT)
    return " ".join(text.split())


def _strip_the(text: str) -> str:
    return text[4:].lstrip() if text[:4].lower() == "the " and len(text) > 4 else text


def _name_form(text: str) -> str:
    """Case-preserving form of a name: cleaned, hyphens as spaces."""
    return " ".join(_clean(text).replace("-", " ").split())


def _without_possessive(text: str) -> str | None:
    if len(text) > 2 and text.endswith("'s"):
        return text[:-2].rstrip()
    if len(text) > 2 and text.endswith("s'"):
        return text[:-1]
    return None


def _is_acronym(text: str) -> bool:
    """Written in capitals, no spaces: matched exactly as written (US, UAE, PLA, U.S.)."""
    return bool(_ACRONYM.match(text))


def _weapon_key(text: str) -> str:
    return _WEAPON_DROP.sub("", _clean(text).casefold())


def _phrase_key(text: str) -> str:
    return " ".join(_clean(text).casefold().replace("-", " ").split())


# --- indexes -------------------------------------------------------------------------------------

T = TypeVar("T")


class _Conflict(Exception):
    def __init__(self, key: str, first: Any, second: Any) -> None:
        super().__init__(key)
        self.key, self.first, self.second = key, first, second


def _label(item: Any) -> str:
    for attr in ("name", "title", "category"):
        if hasattr(item, attr):
            return str(getattr(item, attr))
    return str(item)


def _put(index: dict[str, T], key: str, value: T, surface: str) -> None:
    if not key:
        return
    old = index.get(key)
    if old is not None and old != value:
        raise _Conflict(surface, old, value)
    index[key] = value


class _NameIndex:
    """Name lookups: acronyms exactly as written, everything else ignoring case."""

    def __init__(self) -> None:
        self.exact: dict[str, Any] = {}
        self.folded: dict[str, Any] = {}

    def add(self, surface: str, value: Any) -> None:
        form = _name_form(surface)
        if _is_acronym(form):
            _put(self.exact, form, value, surface)
        else:
            _put(self.folded, form.casefold(), value, surface)

    def add_exact(self, surface: str, value: Any) -> None:
        _put(self.exact, _name_form(surface), value, surface)

    def get(self, text: str) -> Any:
        form = _name_form(text)
        if not form:
            return None
        candidates = [form, _without_possessive(form)]
        bare = _strip_the(form)
        if bare != form:
            candidates += [bare, _without_possessive(bare)]
        for candidate in candidates:
            if candidate:
                hit = self.exact.get(candidate)
                if hit is None:
                    hit = self.folded.get(candidate.casefold())
                if hit is not None:
                    return hit
        return None


def _skeleton(text: str) -> str:
    folded = unicodedata.normalize("NFKD", _clean(text).casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def _same_city(a: str, b: str) -> bool:
    """Two capital names that spell one city (Naypyidaw / Nay Pyi Taw, Kyiv / Kiev)."""
    sa, sb = _skeleton(a), _skeleton(b)
    if not sa or not sb:
        return False
    if sa in sb or sb in sa:
        return True
    return difflib.SequenceMatcher(None, sa, sb).ratio() >= 0.75


def capital_places(country: Country) -> list[Place]:
    """A country's capitals as places: spellings of one city grouped, the first spelling the name."""
    groups: list[list[str]] = []
    for capital in country.capitals:
        for group in groups:
            if _same_city(group[0], capital):
                group.append(capital)
                break
        else:
            groups.append([capital])
    return [Place(name=g[0], country=country.name, aliases=tuple(g[1:])) for g in groups]


# --- the gazetteers ------------------------------------------------------------------------------

class Gazetteers:
    """All gazetteers, with lookups from a surface form to its record (see the module doc)."""

    def __init__(
        self,
        countries: Iterable[Country],
        organisations: Iterable[Organisation],
        places: Iterable[Place],
        weapons: Iterable[WeaponSystem],
        category_nouns: Mapping[str, str],
        titles: Iterable[Title],
        *,
        origins: Mapping[int, str] | None = None,
        ship_prefixes: Mapping[str, str | None] | None = None,
        combining_forms: Mapping[str, str] | None = None,
    ) -> None:
        self.countries: list[Country] = list(countries)
        self.organisations: list[Organisation] = list(organisations)
        self.places: list[Place] = list(places)
        self.weapons: list[WeaponSystem] = list(weapons)
        self.category_nouns: dict[str, str] = {k.lower(): v for k, v in category_nouns.items()}
        self.titles: list[Title] = list(titles)
        #: navy ship prefix as written (HMS, KRI) -> the navy's state, or None when several navies use it
        self.ship_prefixes: dict[str, str | None] = dict(ship_prefixes or {})
        #: combining form of a nationality as written (Franco, Sino) -> its state; it names the state only before a
        #: hyphen and a nationality ("Franco-Italian"), never alone
        self.combining_forms: dict[str, str] = dict(combining_forms or {})
        where = origins or {}

        def fail(item: Any, conflict: _Conflict, what: str) -> GazetteerError:
            at = where.get(id(item), "gazetteers")
            return GazetteerError(
                f"{at}: {what} {conflict.key!r} already names {_label(conflict.first)!r}, "
                f"not {_label(conflict.second)!r}")

        self._countries = _NameIndex()
        self._demonyms = _NameIndex()
        for country in self.countries:
            try:
                for text in (country.name, *country.aliases, *country.capitals):
                    self._countries.add(text, country)
                for text in country.demonyms:
                    self._countries.add(text, country)
                    self._demonyms.add(text, country)
                for code in (country.iso2, country.iso3):
                    self._countries.add_exact(code, country)
            except _Conflict as conflict:
                raise fail(country, conflict, "country key") from None

        self._organisations = _NameIndex()
        for org in self.organisations:
            try:
                for text in (org.name, *org.aliases):
                    self._organisations.add(text, org)
            except _Conflict as conflict:
                raise fail(org, conflict, "organisation key") from None

        self._places = _NameIndex()
        for place in self.places:
            try:
                for text in (place.name, *place.aliases):
                    self._places.add(text, place)
            except _Conflict as conflict:
                raise fail(place, conflict, "place key") from None
        for country in self.countries:
            try:
                for place in capital_places(country):
                    for text in (place.name, *place.aliases):
                        self._places.add(text, place)
            except _Conflict as conflict:
                raise fail(country, conflict, "capital") from None

        self._weapons: dict[str, WeaponSystem] = {}
        for system in self.weapons:
            try:
                for text in (system.name, *system.variants):
                    _put(self._weapons, _weapon_key(text), system, text)
            except _Conflict as conflict:
                raise fail(system, conflict, "weapon designation") from None

        self._nouns: dict[str, str] = {}
        for phrase, category in self.category_nouns.items():
            try:
                _put(self._nouns, _phrase_key(phrase), category, phrase)
            except _Conflict as conflict:
                raise GazetteerError(
                    f"category_nouns: phrase {conflict.key!r} is both "
                    f"{conflict.first!r} and {conflict.second!r}") from None

        self._titles: dict[str, Title] = {}
        for title in self.titles:
            try:
                _put(self._titles, _phrase_key(title.title), title, title.title)
            except _Conflict as conflict:
                raise GazetteerError(
                    f"{where.get(id(title), 'titles')}: title {conflict.key!r} is both "
                    f"{conflict.first.kind!r} and {conflict.second.kind!r}") from None

    # -- lookups --
    # The extractors ask about the same few hundred names again and again: answers are memoised
    # (the tables never change after loading; the memo is cleared if it grows past LOOKUP_MEMO).

    LOOKUP_MEMO = 20_000

    def _memo(self, kind: str, text: str, find) -> Any:
        memo = self.__dict__.setdefault("_lookup_memo", {})
        key = (kind, text)
        try:
            return memo[key]
        except KeyError:
            if len(memo) >= self.LOOKUP_MEMO:
                memo.clear()
            hit = memo[key] = find(text)
            return hit

    def country(self, text: str) -> Country | None:
        """The country a name, alias, demonym, ISO code (exact case) or capital names."""
        return self._memo("country", text, self._country)

    def _country(self, text: str) -> Country | None:
        hit = self._countries.get(text)
        if hit is None:
            form = _strip_the(_name_form(text))
            if len(form) > 3 and form.endswith("s"):  # "Russians", "Americans"
                hit = self._demonyms.get(form[:-1])
        return hit

    def organisation(self, text: str) -> Organisation | None:
        """The organisation a name or alias names."""
        return self._memo("organisation", text, self._organisations.get)

    def place(self, text: str) -> Place | None:
        """A city, region or base (places.tsv), or a capital (as a place in its country)."""
        return self._places.get(text)

    def weapon(self, text: str) -> WeaponSystem | None:
        """The system a designation or variant names (see the module doc for what is tolerated)."""
        return self._memo("weapon", text, self._weapon)

    def _weapon(self, text: str) -> WeaponSystem | None:
        cleaned = _clean(text)
        if not cleaned:
            return None
        forms = [cleaned]
        stripped = _strip_the(cleaned)
        if stripped != cleaned:
            forms.append(stripped)
        for form in list(forms):
            lowered = form.casefold()
            if not lowered.startswith(_MAKER_STARTS):
                continue  # (no maker's name leads it: one C-level test instead of the loop below)
            for key, maker in _MAKER_KEYS:
                if lowered.startswith(key) and len(form) > len(maker) + 1:
                    forms.append(form[len(maker) + 1:].lstrip())
                    break
        for form in forms:
            hit = self._weapon_form(form)
            if hit is not None:
                return hit
        return None

    def _weapon_form(self, form: str) -> WeaponSystem | None:
        key = _weapon_key(form)
        if not key:
            return None
        hit = self._weapons.get(key)
        if hit is not None:
            return hit
        # Possessive ("Pantsir-S1's") or plural ("Su-30s", "MiG-29s", "Apaches").
        for suffix in ("'s", "s'", "s"):
            if key.endswith(suffix) and len(key) > len(suffix) + 1:
                base = key[: -len(suffix)]
                hit = self._weapons.get(base)
                if hit is not None:
                    return hit
        return None

    def category_of(self, phrase: str) -> str | None:
        """The weapon category a generic noun phrase names ("patrol ships" -> "ship")."""
        return self._nouns.get(_phrase_key(phrase))

    def is_title(self, text: str) -> bool:
        """Whether the text is a title or rank (case, hyphens and spacing ignored)."""
        return _phrase_key(text) in self._titles

    def title(self, text: str) -> Title | None:
        """The title record for a title or rank, or None."""
        return self._titles.get(_phrase_key(text))


# --- loading -------------------------------------------------------------------------------------

def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each data row; checks the header and the number of columns."""
    expected = COLUMNS[path.name]
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(f"{path}: gazetteer file is missing") from None
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 ({exc.reason})") from None
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            if tuple(cells) != expected:
                raise GazetteerError(
                    f"{path}:{lineno}: header must be {' '.join(expected)!r} (tab-separated), "
                    f"got {' '.join(cells)!r}")
            header_seen = True
            continue
        if len(cells) != len(expected):
            raise GazetteerError(
                f"{path}:{lineno}: expected {len(expected)} tab-separated columns "
                f"({', '.join(expected)}), got {len(cells)}")
        if not cells[0]:
            raise GazetteerError(f"{path}:{lineno}: {expected[0]} is empty")
        yield lineno, cells
    if not header_seen:
        raise GazetteerError(f"{path}:1: no header row ({' '.join(expected)})")


_COOPERATION = (("Cooperation", "Co-operation"), ("cooperation", "co-operation"),
                ("Co-operation", "Cooperation"), ("co-operation", "cooperation"))


def _with_spellings(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Aliases plus the other spelling of "Cooperation"/"Co-operation" in the name and each alias."""
    out = list(aliases)
    for text in (name, *aliases):
        for old, new in _COOPERATION:
            if old in text:
                other = text.replace(old, new)
                if other != name and other not in out:
                    out.append(other)
    return tuple(out)


def _items(cell: str) -> tuple[str, ...]:
    seen: list[str] = []
    for item in cell.split("|"):
        item = " ".join(item.split())
        if item and item not in seen:
            seen.append(item)
    return tuple(seen)


def _load(data_dir: Path) -> Gazetteers:
    origins: dict[int, str] = {}

    def at(path: Path, lineno: int, item: Any) -> Any:
        origins[id(item)] = f"{path}:{lineno}"
        return item

    path = data_dir / "countries.tsv"
    countries: list[Country] = []
    for lineno, (name, iso2, iso3, aliases, demonyms, capitals) in _rows(path):
        if not re.fullmatch(r"[A-Z]{2}", iso2):
            raise GazetteerError(f"{path}:{lineno}: iso2 {iso2!r} is not two capital letters")
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise GazetteerError(f"{path}:{lineno}: iso3 {iso3!r} is not three capital letters")
        countries.append(at(path, lineno, Country(
            name=name, iso2=iso2, iso3=iso3, aliases=_items(aliases),
            demonyms=_items(demonyms), capitals=_items(capitals))))
    known = {c.name for c in countries}

    def country_ref(path: Path, lineno: int, column: str, value: str) -> str | None:
        if not value:
            return None
        if value not in known:
            raise GazetteerError(
                f"{path}:{lineno}: {column} {value!r} is not a country name in countries.tsv")
        return value

    path = data_dir / "organisations.tsv"
    organisations: list[Organisation] = []
    for lineno, (name, org_type, country, aliases) in _rows(path):
        if org_type not in ORG_TYPES:
            raise GazetteerError(
                f"{path}:{lineno}: type {org_type!r} is not one of {', '.join(ORG_TYPES)}")
        organisations.append(at(path, lineno, Organisation(
            name=name, type=org_type, country=country_ref(path, lineno, "country", country),
            aliases=_with_spellings(name, _items(aliases)))))

    path = data_dir / "places.tsv"
    places: list[Place] = []
    for lineno, (name, country, aliases) in _rows(path):
        places.append(at(path, lineno, Place(
            name=name, country=country_ref(path, lineno, "country", country),
            aliases=_items(aliases))))

    path = data_dir / "weapons.tsv"
    weapons: list[WeaponSystem] = []
    for lineno, (name, family, category, origin, variants) in _rows(path):
        if category not in CATEGORIES:
            raise GazetteerError(
                f"{path}:{lineno}: category {category!r} is not one of {', '.join(CATEGORIES)}")
        weapons.append(at(path, lineno, WeaponSystem(
            name=name, family=family or name, category=category,
            origin=country_ref(path, lineno, "origin", origin), variants=_items(variants))))

    path = data_dir / "category_nouns.tsv"
    nouns: dict[str, str] = {}
    noun_keys: dict[str, str] = {}
    for lineno, (phrase, category) in _rows(path):
        if category not in CATEGORIES:
            raise GazetteerError(
                f"{path}:{lineno}: category {category!r} is not one of {', '.join(CATEGORIES)}")
        key = _phrase_key(phrase)
        if noun_keys.get(key, category) != category:
            raise GazetteerError(
                f"{path}:{lineno}: phrase {phrase!r} is both {noun_keys[key]!r} and {category!r}")
        noun_keys[key] = category
        nouns[" ".join(phrase.lower().split())] = category

    path = data_dir / "titles.tsv"
    titles: list[Title] = []
    title_keys: dict[str, tuple[str, int]] = {}
    for lineno, (title, kind) in _rows(path):
        if kind not in TITLE_KINDS:
            raise GazetteerError(
                f"{path}:{lineno}: kind {kind!r} is not one of {', '.join(TITLE_KINDS)}")
        key = _phrase_key(title)
        if key in title_keys and title_keys[key][0] != kind:
            raise GazetteerError(
                f"{path}:{lineno}: title {title!r} is {kind!r} here but "
                f"{title_keys[key][0]!r} on line {title_keys[key][1]}")
        title_keys.setdefault(key, (kind, lineno))
        titles.append(at(path, lineno, Title(title=" ".join(title.split()), kind=kind)))

    path = data_dir / "ship_prefixes.tsv"
    ship_prefixes: dict[str, str | None] = {}
    for lineno, (prefix, country) in _rows(path):
        if prefix in ship_prefixes:
            raise GazetteerError(f"{path}:{lineno}: prefix {prefix!r} is listed twice")
        ship_prefixes[prefix] = country_ref(path, lineno, "country", country)

    path = data_dir / "combining_forms.tsv"
    combining_forms: dict[str, str] = {}
    for lineno, (form, country) in _rows(path):
        if form in combining_forms:
            raise GazetteerError(f"{path}:{lineno}: form {form!r} is listed twice")
        combining_forms[form] = country_ref(path, lineno, "country", country)

    return Gazetteers(countries, organisations, places, weapons, nouns, titles, origins=origins,
                      ship_prefixes=ship_prefixes, combining_forms=combining_forms)


#: What an honorific is (honorifics.tsv): Mr, Dr; Gen, Lt; Sen, President.
HONORIFIC_KINDS = ("courtesy", "rank", "office", "initials")


@functools.lru_cache(maxsize=8)
def load_honorifics(data_dir: Path | None = None, with_initials: bool = False) -> tuple[str, ...]:
    """The honorifics of ``honorifics.tsv`` as written (Mr, Gen, U, ...): words before a person's name that
    are no part of it. The one list that people (nlp.people), name keys (resolve.text) and quote speakers
    (extract.quotes) read. Raises GazetteerError naming the line of a malformed row.

    Honorifics of kind ``initials`` ("HE" for "H E" / "H.E.", His or Her Excellency) are written as spaced or
    dotted capitals, never as one word ("He" is a pronoun and a surname): they are left out, and
    ``with_initials`` gives them alone."""
    path = (Path(data_dir).resolve() if data_dir is not None else DATA_DIR) / "honorifics.tsv"
    found: dict[str, str] = {}
    initials: set[str] = set()
    for lineno, (word, kind) in _rows(path):
        if kind not in HONORIFIC_KINDS:
            raise GazetteerError(f"{path}:{lineno}: kind {kind!r} is not one of {', '.join(HONORIFIC_KINDS)}")
        if not re.fullmatch(r"[^\W\d_]+", word):
            raise GazetteerError(f"{path}:{lineno}: honorific {word!r} is not one word of letters (no period)")
        if word.lower() in found:
            raise GazetteerError(f"{path}:{lineno}: honorific {word!r} is listed twice")
        found[word.lower()] = word
        if kind == "initials":
            initials.add(word)
    if with_initials:
        return tuple(sorted(initials))
    return tuple(w for w in found.values() if w not in initials)


@functools.lru_cache(maxsize=8)
def _load_cached(data_dir: Path) -> Gazetteers:
    return _load(data_dir)


def load_gazetteers(data_dir: Path | None = None) -> Gazetteers:
    """Read and validate the gazetteers in ``data_dir`` (default: the package's own), once per folder.

    Raises :class:`GazetteerError` naming the file and line of a malformed row, an unknown category,
    organisation type, title kind or country, or a key that would name two different records.
    """
    folder = Path(data_dir).resolve() if data_dir is not None else DATA_DIR
    return _load_cached(folder)


#: Forget cached gazetteers (after editing a data file in a running process).
load_gazetteers.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]


__all__ = [
    "Country", "DATA_DIR", "GazetteerError", "Gazetteers", "Organisation", "Place", "Title",
    "WeaponSystem", "capital_places", "load_gazetteers", "load_honorifics",
]
