"""What the per-round extraction tests read off an analysis, defined once: the records of one kind reduced to the
fields a test compares."""

from __future__ import annotations

import datetime

from armstrack.core import analyse_text

#: The publication date the meeting and event tests analyse their sentences under.
PUBLISHED = datetime.date(2026, 3, 4)


def analysed(text: str, published: datetime.date | str = PUBLISHED):
    """The analysis of one text of a test."""
    return analyse_text(text, published=published)


def meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """Each meeting as its kind and its sorted participants."""
    return {(m.kind, tuple(sorted(m.participants))) for m in analysed(text).meetings}


def meeting_people(text: str) -> set[tuple[str, ...]]:
    """The sorted participants of each meeting."""
    return {people for _, people in meetings(text)}


def people(text: str, published: datetime.date | str = PUBLISHED) -> set[str]:
    """The names of the people found."""
    return {p.name for p in analysed(text, published).people}


def quotes(text: str, published: datetime.date | str = PUBLISHED) -> list[tuple[str | None, str]]:
    """Each quote as its speaker and its words."""
    return [(q.speaker, q.text) for q in analysed(text, published).quotes]


def figures(text: str, published: datetime.date | str = PUBLISHED) -> set[tuple[float, str]]:
    """Each figure as its value (to two decimals) and its unit."""
    return {(round(f.value, 2), f.unit) for f in analysed(text, published).figures}
