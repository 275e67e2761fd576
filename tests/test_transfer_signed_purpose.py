"""A signed document whose purpose the parser hangs on the verb ("signed an MoU to buy X"): the document, not the
verb of signing, tells the step, as it does when the infinitive hangs on the document. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly


@pytest.mark.parametrize("text, expected", [
    ("Ghana signed a memorandum of understanding to acquire four Z-9 helicopters from China.",
     [("China", "Ghana", "Z-9", "interest", 4)]),
    ("Chile signed an MoU with Sweden last month to purchase ten Gripen fighters.",
     [("Sweden", "Chile", "Gripen", "interest", 10)]),
    ("Ghana signed an agreement to acquire four Z-9 helicopters from China.",
     [("China", "Ghana", "Z-9", "agreed", 4)]),
    ("Ghana signed a contract to acquire four Z-9 helicopters from China.",
     [("China", "Ghana", "Z-9", "ordered", 4)]),
])
def test_the_signed_document_tells_the_step(text, expected):
    assert_exactly(analyse_text(text, published=date(2025, 2, 3)).transfers, expected)
