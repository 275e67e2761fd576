"""Transfers the extractor used to miss (the recall side): each rule has its own list of texts written for these
tests. Each positive text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2025, 9, 16)


# "under licence" the parser hangs on the verb's site or object phrase still licenses the verb's production
LICENCE_LOWER = [
    ("In Gdansk, the Polish yard Remontowa is building three frigates based on the British Arrowhead 140 design "
     "under licence from Babcock.",
     [("United Kingdom", "Poland", "Arrowhead 140", "licensed_production", ANY)]),
    ("Brazilian firm Embraer is building the Gripen E at a plant in Gaviao Peixoto under a licence from Sweden.",
     [("Sweden", "Brazil", "Gripen", "licensed_production", ANY)]),
]


@pytest.mark.parametrize("text,expected", LICENCE_LOWER)
def test_licence_hung_lower(transfers, text, expected):
    assert_exactly(transfers(text), expected)
