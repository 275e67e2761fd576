"""Extraction: transfers, meetings, quotes, figures and events from a parsed article.

Each extractor is a plain function ``(doc, analysis, gaz) -> list[record]`` in its own module; they
run in order, and later ones may use what earlier ones found (a quote's speaker, a meeting's people).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from armstrack.extract.events import extract_events
from armstrack.extract.figures import extract_figures
from armstrack.extract.meetings import extract_meetings
from armstrack.extract.quotes import extract_quotes
from armstrack.extract.transfers import extract_transfers
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis

Extractor = Callable[[Doc, DocumentAnalysis, Gazetteers], list]

#: (analysis field, extractor), run in this order.
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("quotes", extract_quotes),  # first: transfers skip what speakers say in quotation marks
    ("transfers", extract_transfers),
    ("meetings", extract_meetings),
    ("figures", extract_figures), ("events", extract_events),
]


def extract_records(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> None:
    """Fill the analysis's record lists from the parsed document."""
    for field_name, extractor in EXTRACTORS:
        getattr(analysis, field_name).extend(extractor(doc, analysis, gaz))
