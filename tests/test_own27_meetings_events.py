"""Round 27 (own27, meetings): a guest who "flew in for" the occasion, a visit whose "by" phrase follows a
date (sentences written for these tests)."""

from __future__ import annotations

from readings import analysed as _analyse, meetings as _meetings


def _visits(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return sorted((tuple(sorted(m.participants)), m.place) for m in _analyse(text).meetings if m.kind == "visit")


# --- "who flew in for the ceremony": an arrival told by the occasion the guest came for ------------------------

def test_flew_in_for_the_talks_is_a_one_person_visit():
    text = ("Danish Defence Minister Lars Holm, who flew in for the talks, met Swedish Defence Minister Erik Berg in "
            "Stockholm on Monday.")
    assert any(p == ("Lars Holm",) for p, _ in _visits(text))


def test_guest_at_a_ceremony_attended_by_both_who_flew_in_for_the_handover():
    text = ("The frigate was commissioned on Friday at a ceremony in the port attended by Defence Minister Lars Holm "
            "and Norwegian Rear Admiral Kari Dahl, who flew in for the handover.")
    assert any(p == ("Kari Dahl",) for p, _ in _visits(text))
    assert any(set(p) == {"Lars Holm", "Kari Dahl"} for _, p in _meetings(text))


def test_came_in_for_criticism_tells_no_trip():
    text = ("Danish Defence Minister Lars Holm, who came in for criticism over the deal, met Swedish Defence "
            "Minister Erik Berg in Stockholm on Monday.")
    assert not any(p == ("Lars Holm",) for p, _ in _visits(text))


def test_ceremony_guest_who_came_to_power_tells_no_trip():
    text = ("The frigate was commissioned on Friday at a ceremony in the port attended by Defence Minister Lars Holm "
            "and Norwegian Rear Admiral Kari Dahl, who came to power in 2019.")
    assert not any(p == ("Kari Dahl",) for p, _ in _visits(text))


# --- "a visit to C last week by X": the "by" phrase after the date, hung on the verb ----------------------------

def test_visit_with_by_phrase_after_a_date():
    text = ("The sale follows a visit to Oslo last week by Danish Defence Minister Lars Holm, who met NATO "
            "officials.")
    assert (("Lars Holm",), "Oslo") in _visits(text)


def test_by_phrase_after_a_date_on_another_noun_is_no_visit():
    text = "The sale follows a rise in prices last week by the Danish Defence Minister Lars Holm."
    assert not _visits(text)
