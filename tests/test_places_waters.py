"""Waters named after a state ("the Gulf of Thailand", "the Philippine Sea") are places, not that state: a ship
sold to one country does not go to the state its patrol area is named after. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 1, 5)


@pytest.mark.parametrize("water", ["Gulf of Thailand", "Gulf of Guinea", "Philippine Sea", "Gulf of Finland",
                                   "Korea Strait", "Mozambique Channel"])
def test_a_sea_named_after_a_state_is_a_place(nlp, water):
    doc = nlp(f"Two new patrol boats will operate in the {water} from next year.")
    assert [e.label_ for e in doc.ents if water in e.text] == ["LOCATION"]


def test_the_patrol_area_is_no_buyer(transfers):
    records = transfers("Cambodia's navy will receive two more corvettes from China next year. "
                        "They will patrol the Gulf of Thailand.")
    assert {(t.supplier, t.recipient) for t in records} == {("China", "Cambodia")}
