"""An article's publication date given as text or as a datetime is the date it names; anything else is refused
with a message saying what is expected (the date rules downstream compute with a date)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from armstrack.core import analyse_text
from armstrack.records import Article


@pytest.mark.parametrize("given", ["2024-05-03", " 2024-05-03 ", datetime(2024, 5, 3, 14, 30), date(2024, 5, 3)])
def test_published_is_a_date_however_given(given):
    assert Article(doc_id="a", text="x", published=given).published == date(2024, 5, 3)


def test_an_unreadable_publication_date_is_refused_with_what_is_expected():
    with pytest.raises(ValueError, match="ISO date"):
        Article(doc_id="a", text="x", published="last Tuesday")


def test_analyse_text_takes_the_date_as_text():
    # a weekday resolves against the publication date ("on Monday" before Friday 3 May 2024)
    analysis = analyse_text("Kenya received two patrol boats from France on Monday.", published="2024-05-03")
    assert [t.when for t in analysis.transfers] == ["2024-04-29"]
