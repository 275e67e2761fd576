"""Round 23 (meetings across own sets): signings and meetings on unseen news (sentences written for these tests)."""

from __future__ import annotations

from readings import meetings as _meetings, people as _people


# --- a typographic apostrophe in a title does not break the clause ("Chargé d’Affaires") ----------------------

def test_typographic_apostrophe_title_keeps_the_meeting_of_both():
    text = ("Chargé d’Affaires Helen Marchetti, on behalf of Ambassador Robert Lyle, joined Air Marshal Tomas "
            "Villanueva and his staff at the flying school in Arequipa for the inspection.")
    assert ("meeting", ("Helen Marchetti", "Tomas Villanueva")) in _meetings(text)


def test_typographic_apostrophe_title_alone_gives_no_pair():
    text = ("At the naval base on Friday, Canadian Chargé d’Affaires Helen Marchetti said the coast guard would "
            "sign the handover papers next month.")
    assert not any(len(p) > 1 for _, p in _meetings(text))


# --- the outlet's reporter credited in the text is no person ---------------------------------------------------

def test_correspondent_credited_in_the_text_is_no_person():
    text = ("Jets arrive at Kano\n\nAviation correspondent Musa Danladi Garba reports that Air Vice Marshal "
            "Chidi Okonkwo received the aircraft on Monday.")
    assert _people(text) == {"Chidi Okonkwo"}


def test_a_correspondent_spoken_to_in_the_story_stays_a_person():
    text = ("Jets arrive at Kano\n\nAir Vice Marshal Chidi Okonkwo told correspondent Musa Danladi Garba that the "
            "aircraft had arrived on Monday.")
    assert _people(text) == {"Chidi Okonkwo", "Musa Danladi Garba"}



# --- a co-signer named with "alongside" ----------------------------------------------------------------------

def test_signed_alongside_a_named_official_is_a_signing_of_both():
    text = ("State Secretary Lena Hartmann spoke to reporters after the ceremony at the ministry in Berlin, where she "
            "signed alongside Takeshi Moriyama, who heads Japan's defence equipment agency.")
    assert ("signing", ("Lena Hartmann", "Takeshi Moriyama")) in _meetings(text)


def test_document_signed_alongside_a_named_official_is_a_signing_of_both():
    text = "State Secretary Lena Hartmann signed the contract alongside Takeshi Moriyama in Berlin on Friday."
    assert ("signing", ("Lena Hartmann", "Takeshi Moriyama")) in _meetings(text)


def test_signed_alongside_unnamed_colleagues_gives_no_signing():
    text = "State Secretary Lena Hartmann signed alongside her cabinet colleagues in Berlin on Friday."
    assert not any(kind == "signing" for kind, _ in _meetings(text))
