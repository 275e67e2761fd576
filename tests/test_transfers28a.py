"""Country-by-country roundups, in texts written for these tests: a story cut into sections by subheads that are a
country's name alone on a line ("Chile", blank line, paragraphs, "Peru") tells each section's deals with no buyer
named ("the navy ordered ...") as that country's, not the story's most named buyer's. One such line alone is no
sectioning. A system named in full, then by the last word of its name alone ("Eurofighter Typhoon jets" ...
"28 Typhoons"), is the same system in the later mention; the short word before any full name is nothing. Each
text must give exactly the records listed."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text
from transfer_cases import assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

SUBHEADS = [
    ("What to expect in South America's arsenals this year\n\nA quick tour, one country at a time.\n\n"
     "Chile\n\nThe navy ordered two Type 26 frigates from BAE Systems in 2024, and the first will be launched soon.\n\n"
     "Peru\n\nThe air force ordered 24 KF-21 fighters from South Korea last year. They replace old jets.\n\n"
     "Colombia\n\nThe army ordered 17 K9 howitzers from Hanwha in 2025.",
     [("United Kingdom", "Chile", "Type 26", "ordered", 2),
      ("South Korea", "Peru", "KF-21", "ordered", 24),
      ("South Korea", "Colombia", "K9", "ordered", 17)]),
    # guard: with one line naming a country there are no sections; the story's buyer stays the buyer
    ("Peru buys jets abroad\n\nPeru signed for 24 KF-21 fighters from South Korea last year, and Peru's army has "
     "asked for tanks.\n\nChile\n\nThe air force also ordered 12 Gripen E jets from Saab in 2025, Peru's defence "
     "ministry said.",
     [("South Korea", "Peru", "KF-21", "ordered", 24),
      ("Sweden", "Peru", "Gripen", "ordered", 12)]),
]

SHORT_NAMES = [
    ("Oman flies a dozen Eurofighter Typhoon jets. Kuwait received 28 Typhoons from Italy in 2024.",
     [("Italy", "Kuwait", "Eurofighter Typhoon", "delivered", 28)]),
    ("Bahrain wants more Eurofighter Typhoon fighters. In 2023 Qatar took delivery of 24 Typhoons from Britain "
     "and ordered 12 more.",
     [("United Kingdom", "Qatar", "Eurofighter Typhoon", "delivered", 24),
      ("United Kingdom", "Qatar", "Eurofighter Typhoon", "ordered", 12)]),
    # guard: the short word before the full name stays no system
    ("Kuwait received 28 Typhoons from Italy in 2024. Oman flies a dozen Eurofighter Typhoon jets.",
     []),
]


@pytest.mark.parametrize("text,expected", SUBHEADS + SHORT_NAMES)
def test_records(text, expected):
    assert_exactly(analyse_text(text, published=PUBLISHED).transfers, expected)
