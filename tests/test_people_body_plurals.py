"""A name the NER takes for a person but that ends in a body's plural ("the Defence and International Development
Committees", then "the Committees") names bodies, as the singular ("... Committee") already did. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from armstrack import settings
from armstrack.nlp.people import _not_a_person
from armstrack.nlp.pipeline import build_pipeline


@pytest.mark.parametrize("text, name", [
    ("The Committees also note that the sales went on.", "Committees"),
    ("The Councils also met in May.", "Councils"),
    ("The Commissions wrote to the minister.", "Commissions"),
])
def test_a_name_ending_in_a_bodys_plural_is_no_person(text, name):
    doc = build_pipeline(settings.model_name())(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(name))
    end = start + len(name.split())
    assert _not_a_person(doc, start, end, set())
