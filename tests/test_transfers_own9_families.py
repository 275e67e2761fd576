"""Families of transfer reports that the own9 blind set showed the extractor missed or misread, each probed in
sentences written for these tests: a gift told with "granted", a catalogued family name before a category noun
that opens with a participle ("protected mobility vehicles"). Each positive text must give exactly the records
listed (ANY: the field is not checked); each negative text must give none."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2024, 6, 10)


GRANTED = [
    ('Ghana took over three Defender-class patrol boats granted by the United States in May.',
     [('United States', 'Ghana', 'Defender', 'delivered', 3)]),
    ('Senegal took over two Cessna 208 surveillance aircraft granted by France last week.',
     [('France', 'Senegal', 'Cessna 208', 'delivered', 2)]),
]

PARTICIPLE_NOUNS = [
    ('Fiji received 10 Bushmaster protected mobility vehicles gifted by Australia on Tuesday.',
     [('Australia', 'Fiji', 'Bushmaster', 'delivered', 10)]),
]

POSITIVE = GRANTED + PARTICIPLE_NOUNS

NEGATIVE = [
    # "granted" with no system granted
    'The United States granted Ghana access to its training centres in May.',
    'Japan granted the Philippines a loan to build a new naval base.',
    'The court granted the firm permission to appeal the ruling on drone exports.',
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_family_gives_exactly_its_records(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_family_negative_gives_none(transfers, text):
    assert transfers(text) == []
