"""Meeting and event structures of unseen articles, on sentences written for these tests: a hosting verb the
parser reads as a participle on its subject's name, a travel verb with an object that is no place, and
ceremonies told on two different days."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text


def _meetings(text: str) -> set[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=datetime.date(2026, 3, 4))
    return {(m.kind, tuple(sorted(m.participants))) for m in result.meetings}


@pytest.mark.parametrize("text, host, guest, present", [
    ("Field Marshal Ali bin Hamad Al Sabah, Commander of the Kuwait Army, received at the General Command today "
     "French Army Chief General Pierre Durand and his accompanying delegation, in the presence of the French "
     "Ambassador to Kuwait, Claire Morel.", "Ali bin Hamad Al Sabah", "Pierre Durand", "Claire Morel"),
    ("Chief of the General Staff of the Jordan Armed Forces Major General Nasser bin Zaid Al Khalidi received at "
     "the General Headquarters yesterday Spanish Army Commander General Diego Ortega Ruiz and his delegation, in "
     "the presence of the Spanish Ambassador to Jordan, Elena Marquez.",
     "Nasser bin Zaid Al Khalidi", "Diego Ortega Ruiz", "Elena Marquez"),
])
def test_a_reception_read_as_a_participle_still_meets_its_guest(text, host, guest, present):
    found = {people for _, people in _meetings(text)}
    assert tuple(sorted((host, guest))) in found
    assert tuple(sorted((host, present))) in found  # the ambassador present, with the host only


def test_heading_a_department_is_no_trip():
    found = _meetings("Colonel Ana Lima heads the logistics branch at the army's headquarters in Brasilia.")
    assert not any(kind == "visit" for kind, _ in found)


def test_ceremonies_on_two_days_are_two_occasions():
    first = "Kenyan Navy commander Major General Paul Otieno was present at a ceremony in Mombasa on 2 March to " \
            "commission the patrol vessel."
    found = _meetings(f"{first} On 20 February, the French ambassador, Claire Morel, was present at a ceremony "
                      "in Nairobi marking the end of a training course.")
    assert found == set()
    # an undated mention still joins the ceremony told before
    found = _meetings(f"{first} The French ambassador, Claire Morel, was also present at the ceremony.")
    assert found == {("conference", ("Claire Morel", "Paul Otieno"))}
