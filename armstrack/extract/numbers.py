"""Numbers and money in text: "six", "a dozen", "12", "1,200", "$807 million", "€2.5 billion", "16%"."""

from __future__ import annotations

import re

from armstrack.extract.context import read_tsv

NUMBER_WORDS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "pair": 2, "couple": 2, "both": 2,
}
SCALES = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000,
          "mln": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
          "b": 1_000_000_000, "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "trln": 1_000_000_000_000,
          # Malaysian and Singaporean papers glue these to the amount ("RM4.2bil", "RM300mil")
          "bil": 1_000_000_000, "mil": 1_000_000}
#: Currency symbols, abbreviations and names (lower case) and their ISO codes (extract/data/currencies.tsv).
CURRENCIES = {row["text"]: row["code"] for row in read_tsv("currencies.tsv") if row["kind"] == "name"}
#: Currency signs found anywhere in a text ("US$1.2bn"); other currency names must stand as words.
_SIGNS = "$€£¥₹₽"
#: (text, code, pattern of the text as a word) longest text first, as parse_money tries them: sorted and
#: compiled once, not on every call.
_CURRENCY_PATTERNS = [(symbol, code, re.compile(rf"(?<![a-z]){re.escape(symbol)}(?![a-z])"))
                      for symbol, code in sorted(CURRENCIES.items(), key=lambda kv: -len(kv[0]))]
_NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?")


def word_number(text: str) -> float | None:
    """A number written in words or digits: "six" -> 6, "twenty-four" -> 24, "1,200" -> 1200."""
    words = re.findall(r"[a-z]+|\d[\d,]*(?:\.\d+)?", text.lower().replace("-", " "))
    if not words:
        return None
    total, current, seen, article = 0.0, 0.0, False, False
    for w in words:
        if w[0].isdigit():
            current += float(w.replace(",", ""))
            seen = True
        elif w in ("a", "an"):
            article = True  # "a dozen", "a hundred": the article is the one
        elif w == "dozen" and seen:
            current *= 12  # "two dozen"
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
            seen = True
        elif w in SCALES and (seen or article) and (len(w) > 1 or seen):
            current = (current or 1) * SCALES[w]
            seen = True
            if SCALES[w] >= 1000:
                total += current
                current = 0.0
        elif w != "and":
            return None
    return total + current if seen else None


def parse_quantity(text: str) -> int | None:
    """An integer quantity from a numeral or number words; None for anything else."""
    value = word_number(text)
    if value is None or value != int(value) or value <= 0:
        return None
    return int(value)


def parse_money(text: str) -> tuple[float, str] | None:
    """(amount, ISO currency) from "$807 million", "US$1.2bn", "€2.5 billion", "375 million dollars"."""
    lowered = text.lower().replace("\u00a0", " ")
    currency = None
    for symbol, code, pattern in _CURRENCY_PATTERNS:
        # both tests need the text in ``lowered``: the substring check first spares most regex searches
        if symbol in lowered and (symbol in _SIGNS or pattern.search(lowered)):
            currency = code
            break
    m = _NUMERIC.search(lowered)
    if m is None:
        return None
    amount = float(m.group().replace(",", ""))
    rest = lowered[m.end():]
    scale = re.match(r"\s*(hundred|thousand|million|billion|trillion|mln|bln|trln|bil|mil|mn|bn|tn|m|b|k)\b", rest)
    if scale:
        amount *= SCALES[scale.group(1)]
    return (amount, currency or "USD") if currency or scale else None


def parse_percent(text: str) -> float | None:
    """16% / 16 percent / 16 per cent -> 16.0."""
    m = re.search(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)", text.lower())
    return float(m.group(1)) if m else None
