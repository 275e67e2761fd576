"""Extraction: transfers, meetings, quotes, figures and events from a parsed article.

Each extractor is a plain function ``(doc, analysis, gaz) -> list[record]`` in its own module,
registered with :func:`armstrack.extract.registry.extractor` under a name, with the analysis fields
it reads (``requires``) and the one it fills (``assigns``). The run order follows from those
declarations: transfers, which skip what speakers say in quotation marks, require ``quotes``, so the
quote extractor runs first.
"""

from __future__ import annotations

from spacy.tokens import Doc

# importing the extractor modules registers them
from armstrack.extract import events, figures, meetings, quotes, transfers  # noqa: F401
from armstrack.extract.context import CONTEXT_KEY
from armstrack.extract.registry import run_order
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis


def extract_records(doc: Doc, analysis: DocumentAnalysis, gaz: Gazetteers) -> None:
    """Fill the analysis's record lists from the parsed document, each extractor after its providers."""
    try:
        for spec in run_order():
            found = spec.func(doc, analysis, gaz)
            for record in found:  # no status, category, meeting kind or event type outside its vocabulary
                check = getattr(record, "check", None)
                if check is not None:
                    check()
            analysis.records_of(spec.assigns).extend(found)
    finally:
        doc.user_data.pop(CONTEXT_KEY, None)  # the context refers to the Doc: no cycle left behind
