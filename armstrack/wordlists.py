"""Word lists in TSV data files, one reader for every stage: rows of (word, class, ...) under a header line,
``#`` lines comments. Each stage keeps its files in its own ``data`` folder and reads them through this module."""

from __future__ import annotations

import csv
import functools
from pathlib import Path


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV data file, values stripped (blank and ``#`` lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


@functools.lru_cache(maxsize=None)
def word_lists(path: Path) -> dict[str, tuple[str, ...]]:
    """Words by class, in file order, from a data file of (word, class) rows."""
    lists: dict[str, list[str]] = {}
    for row in read_rows(path):
        lists.setdefault(row["class"], []).append(row["word"])
    return {word_class: tuple(words) for word_class, words in lists.items()}


def word_set(path: Path, word_class: str) -> frozenset[str]:
    """One class of a word-list data file (a class the file lacks is an error: a typo, not an empty list)."""
    lists = word_lists(path)
    if word_class not in lists:
        raise KeyError(f"{path}: no words of class {word_class!r}")
    return frozenset(lists[word_class])
