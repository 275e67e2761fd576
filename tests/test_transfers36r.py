"""x25tr catalogue row, in sentences written for these tests: a national designation of a catalogued aircraft
(the Canadian CC-295 of the C-295) names the same system, so a deal for it is a transfer of that family. Each text must give exactly the records
listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 3, 18)

NATIONAL_DESIGNATIONS = [
    # the bare designation, without a category noun after it (it failed before the row)
    ("Canada received two more CC-295s from Spain in May.",
     [("Spain", "Canada", "C-295", "delivered", ANY)]),
]

NATIONAL_DESIGNATION_GUARDS = [
    # a bird, not the aircraft: the catalogue knows the name only with its designator
    ("A kingfisher flew over the lake while Canada's minister spoke about Spain.", []),
    # the designation in a text that tells no transfer
    ("The first CC-295 Kingfisher flew in Seville in 2019.", []),
]


@pytest.mark.parametrize("text,expected", NATIONAL_DESIGNATIONS + NATIONAL_DESIGNATION_GUARDS)
def test_national_designations_of_catalogued_aircraft(transfers, text, expected):
    assert_exactly(transfers(text), expected)
