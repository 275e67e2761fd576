"""Systems that stand beside the goods but are not handed over: a system others act beside ("crews flew alongside
Y's jets": a companion of a verb with no goods of its own), and the buyer's own platform named after "for" on a
participle of the goods ("missiles made by X for the navy's frigates"). Sentences written for these tests."""

from __future__ import annotations

import datetime

from transfer_cases import rows

PUBLISHED = datetime.date(2025, 10, 2)


def _families(records):
    return {t.family or t.system for t in records}


# --- a companion of a verb with no goods of its own ---

def test_flying_alongside_another_states_jets_is_no_transfer(transfers):
    text = "Hungarian pilots also flew alongside Polish F-16 fighters for the first time during the drill."
    assert not any(t.family == "F-16" for t in transfers(text))


def test_flying_the_jets_themselves_is_still_a_delivery(transfers):
    # near negative: the jets are the verb's own object
    text = "Hungarian pilots have flown Swedish Gripen fighters since 2008."
    assert ("Sweden", "Hungary", "Gripen", "delivered") in rows(transfers(text))


def test_goods_sent_alongside_other_goods_stay(transfers):
    # near negative: the verb has goods of its own (the passive subject), so the companion is goods too
    text = "Ten Leopard tanks were delivered to Chile alongside Gepard guns from Germany."
    assert "Gepard" in _families(transfers(text))


# --- the buyer's own platform after "for" on a participle of the goods ---

def test_platform_after_a_participle_is_not_sold(transfers):
    text = "Germany approved the export of 60 IRIS-T missiles made by Diehl for the Royal Thai Air Force's Gripen fighters."
    found = transfers(text)
    assert not any(t.family == "Gripen" for t in found)
    assert any(t.recipient == "Thailand" and "IRIS-T" in (t.family or t.system) for t in found)


def test_goods_sold_for_a_country_keep_the_other_system(transfers):
    # near negative: "for" names the buyer, not a platform it owns; the jets are goods of their own clause
    text = ("Germany approved the export of 60 IRIS-T missiles made by Diehl for Thailand's Gripen fighters, and "
            "Sweden agreed to sell Thailand four more Gripen fighters.")
    assert ("Sweden", "Thailand", "Gripen", "agreed") in rows(transfers(text))
