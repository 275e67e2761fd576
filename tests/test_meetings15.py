"""Meetings, own14 error analysis: sentences in our own words for each family fixed, with guards."""

from tests.readings import meetings


# --- a timeline entry: "Month Year – Title, Name, visits C and holds talks with Y" ------------------------------

def test_timeline_entry_visit_in_historic_present():
    # the parser hangs the titled subject on the entry's opening date as its apposition
    text = ("Chronology\n\nFebruary 2021 – India’s Minister of State for Defence, Rakesh Kumar Sinha, visits Hanoi "
            "and holds talks with Vietnam's deputy defence minister, Senior Lieutenant General Tran Van Bao.")
    found = meetings(text)
    assert ("visit", ("Rakesh Kumar Sinha",)) in found
    assert ("meeting", ("Rakesh Kumar Sinha", "Tran Van Bao")) in found


def test_timeline_entry_with_talks():
    text = ("TIMELINE\n\nJune 2023 – Spain’s Deputy Minister of Defence, Lieutenant General Tomas Herrero Vidal, "
            "visits Asuncion and holds talks with the navy commander, Admiral Hugo Benitez Rojas.")
    found = meetings(text)
    assert ("visit", ("Tomas Herrero Vidal",)) in found
    assert ("meeting", ("Hugo Benitez Rojas", "Tomas Herrero Vidal")) in found


def test_timeline_entry_without_person_gives_nothing():
    # guard: a timeline entry of a delivery names no traveller
    text = "Chronology\n\nMarch 2019 – The first four patrol boats arrive at the port of Callao."
    assert meetings(text) == set()


# --- a guest received by hosts, the "by" phrase hung on the place before it ---------------------------------

def test_received_at_a_seat_by_two_hosts():
    text = ("After the customary exchange of salutes, the frigate's commander, Captain 2nd Rank Oleg Saveliev, was "
            "received that afternoon at the seat of the provincial government by the Governor of Holguin, Yamilet "
            "Ochoa Prieto, and by Frigate Captain Dariel Fonseca Mora, who heads the Eastern Naval District of the "
            "Revolutionary Navy.")
    found = meetings(text)
    assert ("meeting", ("Oleg Saveliev", "Yamilet Ochoa Prieto")) in found
    assert ("meeting", ("Dariel Fonseca Mora", "Oleg Saveliev")) in found


def test_received_at_a_place_by_one_host_still_one_record():
    # guard: one host gives one record of the two
    text = "The visiting minister, Anders Holm, was received at the ministry by General Pedro Almeida."
    assert ("meeting", ("Anders Holm", "Pedro Almeida")) in meetings(text)


# --- a description told far from the name it introduced: "the Vice-Minister", "the CDS" ------------------------

def test_qualified_title_resolves_to_whom_it_introduced_not_the_last_named():
    text = ("The Vice-Minister for Logistics of the Ministry of Defence, Major General Oscar Pelaez Duarte, appeared "
            "before the committee. The Vice-Minister said the navy had bought no ships. Deputy Marta Quiroga Lenz "
            "asked about the budget. The Vice-Minister replied that the figure was secret. Deputy Quiroga insisted "
            "on an answer.\n\nThe Vice-Minister recalled that in January he travelled to Minsk, where he held talks "
            "with Belarus's First Deputy Minister of Defence, Lieutenant General Pavel Morozik, on engines and repairs.")
    found = meetings(text)
    assert ("visit", ("Oscar Pelaez Duarte",)) in found
    assert ("meeting", ("Oscar Pelaez Duarte", "Pavel Morozik")) in found
    assert not any("Quiroga Lenz" in people for _, people in found)


def test_bracketed_acronym_of_a_title_resolves_to_its_holder():
    text = ("The Chief of Defence Staff (CDS) of the Liberian Armed Forces, Lieutenant General Samuel Okoro Bello, is "
            "visiting Turkey. On Monday the CDS held talks with General Yusuf Kaya, who welcomed him. General Kaya "
            "praised the ties.\n\nOn Tuesday in Ankara, the CDS and Major General Kemal Aydin, head of the Office for "
            "Defence Cooperation, signed a protocol on training.")
    assert ("signing", ("Kemal Aydin", "Samuel Okoro Bello")) in meetings(text)


def test_reported_clause_pronoun_named_reporter_still_read():
    text = ("Admiral Jorge Salas Mena spoke to the committee. Senator Ana Ortiz Rey asked about the frigates. "
            "Admiral Salas recalled that in May he travelled to Seoul, where he held talks with General Kim Dong-hoon.")
    found = meetings(text)
    assert ("meeting", ("Jorge Salas Mena", "Kim Dong-hoon")) in found
    assert not any("Ana Ortiz Rey" in people for _, people in found)


def test_bare_title_is_not_read_as_introduced():
    # guard: "the minister" alone may be anyone's title; two people introduced as ministers leave it open
    text = ("The Minister of Defence, Carlos Ibarra Soto, met the Minister of the Interior, Lucia Pardo Vega. "
            "The Deputy Minister, Ramon Gil Ortega, was absent.")
    found = meetings(text)
    assert ("meeting", ("Carlos Ibarra Soto", "Lucia Pardo Vega")) in found
    assert not any("Ramon Gil Ortega" in people for _, people in found)


# --- an audience with an unnamed host: the guest meets whoever attended it -----------------------------------

def test_audience_of_unnamed_host_attended_by_named_official():
    text = ("The President of the Republic received in audience on Tuesday at the Presidential Palace a Polish "
            "delegation led by the Deputy Minister of Defence, Mr Tomasz Wronski. The audience was attended by the "
            "Minister of Defence, General Idriss Mahamat Saleh.")
    assert ("meeting", ("Idriss Mahamat Saleh", "Tomasz Wronski")) in meetings(text)


def test_unnamed_host_alone_gives_no_meeting():
    # guard: with no one named beside the guest, no meeting of two
    text = ("The President of the Republic received in audience on Tuesday a Polish delegation led by the Deputy "
            "Minister of Defence, Mr Tomasz Wronski.")
    assert not any(len(people) > 1 for _, people in meetings(text))


def test_official_attending_the_audience_meets_the_guest():
    text = ("The President of the Republic received in audience on Tuesday 9 July at the Presidential Palace a "
            "Polish delegation led by the Deputy Minister of Defence, Mr Tomasz Wronski. The Minister of Defence, "
            "General Idriss Mahamat Saleh, attended the audience.")
    assert ("meeting", ("Idriss Mahamat Saleh", "Tomasz Wronski")) in meetings(text)
