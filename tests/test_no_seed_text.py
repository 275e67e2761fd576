"""The seed and dev articles are third-party text: no code, data, test or demo file may carry them."""

from __future__ import annotations

import re

import pytest

from conftest import DEV, ROOT, SEEDS

#: Runs of this many words shared with a seed article count as copied text.
RUN = 7
SCANNED = ("armstrack", "tests", "bench", "examples", "README.md", "Makefile")
SUFFIXES = {".py", ".tsv", ".txt", ".json", ".jsonl", ".md", ".html", ".htm", ".js", ".css", ".j2", ""}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _project_files():
    for name in SCANNED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix in SUFFIXES and "__pycache__" not in f.parts:
                    yield f


def _article_runs() -> set[tuple[str, ...]]:
    """Word runs of the seed and dev articles as armstrack keeps them: generic page furniture (comment
    prompts, copyright notices) that ingest strips is not the authors' text and may be described in
    our own rules."""
    from armstrack.ingest import read_file

    runs: set[tuple[str, ...]] = set()
    sources = sorted(SEEDS.glob("*.txt")) + ([DEV] if DEV.is_file() else [])
    for source in sources:
        for article in read_file(source):
            if hasattr(article, "text"):
                runs |= _runs(_words(f"{article.title or ''}\n{article.text}"))
    return runs


def test_no_project_file_contains_seed_or_dev_text():
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the project")
    article_runs = _article_runs()
    offenders = []
    for f in _project_files():
        if f.resolve() == __file__:
            continue
        shared = _runs(_words(f.read_text(encoding="utf-8", errors="ignore"))) & article_runs
        if shared:
            offenders.append(f"{f.relative_to(ROOT)}: {' '.join(next(iter(shared)))!r}")
    assert not offenders, "article text found in:\n" + "\n".join(offenders)
