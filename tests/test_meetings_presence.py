"""Ceremonies told only through who was there: a fronted "Present at the ... were A and B", "Also present
were", "Watching the ... were A and B", and "a ceremony presided over by A and attended by B". The ceremony
is an encounter only with named officials of two states there. Every sentence is invented for this test
(invented people, real countries)."""

from __future__ import annotations

from datetime import date

from armstrack.core import analyse_text

PUBLISHED = date(2024, 5, 15)


def _pairs(text: str) -> set[frozenset[str]]:
    """The last names of every pair of people one meeting record puts together."""
    out: set[frozenset[str]] = set()
    for m in analyse_text(text, published=PUBLISHED).meetings:
        last = [n.split()[-1] for n in m.participants]
        out |= {frozenset({a, b}) for a in last for b in last if a != b}
    return out


# --- a fronted "present" before "be" ----------------------------------------------------------------------

def test_present_at_the_handover_were_two_officials():
    text = ("Peru's navy took charge of two patrol boats built in South Korea at Callao on Friday. "
            "Present at the handover were Peruvian Defence Minister Rosa Quispe Huamán and the South Korean "
            "ambassador, Park Joon Seo.")
    assert frozenset({"Huamán", "Seo"}) in _pairs(text)


def test_also_present_were_joins_the_speaker_of_the_ceremony():
    text = ("Kenyan Defence Secretary Otieno Kamau Wanjiru spoke at the commissioning of the new radar in "
            "Mombasa on Tuesday. Also present were British High Commissioner Fiona Trelawney and the air "
            "force commander.")
    assert frozenset({"Wanjiru", "Trelawney"}) in _pairs(text)


def test_among_those_present_were():
    text = ("A new training centre opened in Tbilisi on Monday. Among those present were Georgian Defence "
            "Minister Levan Beridze and United States Ambassador Carol Whitcombe.")
    assert frozenset({"Beridze", "Whitcombe"}) in _pairs(text)


# --- a fronted "watching" (a spectator's participle) before "be" ---------------------------------------------

def test_watching_the_flypast_were_three_officials():
    text = ("The Air Force of Zimbabwe showed its new trainers to the public in Harare on Saturday. Watching "
            "the flypast were Zimbabwean Defence Minister Tendai Mukono, air force commander Air Marshal "
            "Farai Dube and China's ambassador to Zimbabwe, Liu Qingsong.")
    pairs = _pairs(text)
    assert frozenset({"Mukono", "Qingsong"}) in pairs
    assert frozenset({"Dube", "Qingsong"}) in pairs


def test_observing_the_drill_were_two_officials():
    text = ("Marines from both countries staged a landing near Subic on Thursday. Observing the drill were "
            "Philippine Defence Secretary Ramon Castillo Ybañez and Japanese Ambassador Kenji Otsuka.")
    assert frozenset({"Ybañez", "Otsuka"}) in _pairs(text)


# --- "presided over by A and attended by B" --------------------------------------------------------------

def test_presided_over_and_attended_by_without_commas():
    text = ("The first armoured vehicles were delivered in Maputo on Wednesday at a ceremony presided over by "
            "Mozambican Defence Minister Cristóvão Chume Matola and attended by Portuguese Secretary of State "
            "for Defence Helena Carvalho Pinto.")
    assert frozenset({"Matola", "Pinto"}) in _pairs(text)


# --- guards ---------------------------------------------------------------------------------------------------

def test_present_officials_of_one_state_are_no_meeting():
    text = ("Present at the parade in Accra on Monday were Ghanaian Defence Minister Kwesi Ofori Badu and "
            "Ghanaian army commander Major General Yaw Nkansah Ampofo.")
    assert _pairs(text) == set()


def test_present_with_only_unnamed_foreign_officials_is_no_meeting():
    text = ("Present at the handover in Lima on Friday were Peruvian Defence Minister Rosa Quispe Huamán and "
            "officials of the South Korean embassy.")
    assert _pairs(text) == set()


def test_ceremony_still_to_come_is_no_meeting():
    text = ("A ceremony in Maputo next month will be presided over by Mozambican Defence Minister Cristóvão "
            "Chume Matola and attended by Portuguese Secretary of State for Defence Helena Carvalho Pinto.")
    assert _pairs(text) == set()


def test_present_as_a_time_word_is_no_ceremony():
    text = ("At present the two navies of Indonesia and Australia hold no joint patrols, said Indonesian "
            "Admiral Bambang Wiryawan.")
    assert _pairs(text) == set()


def test_watching_the_parade_were_officials_read_as_subjects():
    text = ("Cambodia's army paraded its new rocket launchers in Phnom Penh on Sunday. Watching the parade were "
            "Defence Minister Sok Vannak, army chief General Chea Sophal and China's ambassador to Cambodia, "
            "Zhao Weiming, with soldiers and their families.")
    assert frozenset({"Vannak", "Weiming"}) in _pairs(text)
