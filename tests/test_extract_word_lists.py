"""The extractors' word lists in armstrack/extract/data/*_words.tsv: well formed, each class documented in the
file's header, loaded by class, a missing class an error."""

from __future__ import annotations

import re

import pytest

from armstrack.extract.context import DATA_DIR, word_lists, word_pattern, word_set

WORD_FILES = sorted(p.name for p in DATA_DIR.glob("*_words.tsv"))


@pytest.mark.parametrize("name", WORD_FILES)
def test_word_files_have_a_word_and_a_documented_class_per_row(name):
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    lists = word_lists(name)
    assert lists, name
    for word_class, words in lists.items():
        assert re.search(rf"^# (?:\w+, )*{word_class}(?:, \w+)*:", header, re.M), \
            f"{name}: class {word_class!r} has no comment in the header"
        assert all(w and w == w.strip() for w in words), (name, word_class)
        assert len(set(words)) == len(words), f"{name}: a word twice in {word_class!r}"


def test_a_missing_class_is_an_error_naming_the_file():
    with pytest.raises(KeyError, match="transfer_words.tsv"):
        word_set("transfer_words.tsv", "no_such_class")
    with pytest.raises(KeyError, match="event_words.tsv"):
        word_pattern("event_words.tsv", "no_such_class")


def test_a_phrase_class_matches_whole_words_in_any_case():
    armed = word_pattern("event_words.tsv", "armed_forces")
    assert armed.search("the Defence Forces said") and armed.search("ARMED FORCES")
    assert not armed.search("paramilitary groups")
    assert "container" in word_lists("transfer_words.tsv") and "batch" in word_set("transfer_words.tsv", "container")
