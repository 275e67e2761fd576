"""Round 27 (own27, events, second pass): an arms trade banned by a verb, support told with "stay beside", work an
agreement gives a firm in a named state, an agreement to assemble at a plant (sentences written for these tests)."""

from __future__ import annotations

from readings import analysed as _analyse


def _types(text: str) -> list[str]:
    return [e.type for e in _analyse(text).events]


# --- "a law banning the arms trade with X": a trade in arms banned by a verb ----------------------------------

def test_a_law_banning_the_arms_trade_with_a_state_is_an_embargo():
    assert "embargo" in _types("Norway's parliament passed a law on Friday banning the arms trade with Sudan.")
    assert "embargo" in _types("The decree prohibits arms sales to Myanmar.")


def test_a_ban_on_other_trade_is_no_embargo():
    assert "embargo" not in _types("Norway's parliament passed a law on Friday banning the fish trade with Sudan.")
    assert "embargo" not in _types("The decree prohibits smoking in army barracks.")


# --- "will stay beside X's forces": a side taken --------------------------------------------------------------

def test_staying_beside_a_states_forces_is_support():
    text = ("Polish Deputy Defence Minister Jan Nowak said Poland would stay beside the Lithuanian army for as long as "
            "needed.")
    assert "statement_of_support" in _types(text)


def test_staying_beside_a_person_or_at_a_place_is_no_support():
    assert "statement_of_support" not in _types("Polish Deputy Defence Minister Jan Nowak stayed beside Lithuanian "
                                                "Defence Minister Tomas Balys during the parade.")
    assert "statement_of_support" not in _types("The Polish crews will stay by the lake until Monday.")


# --- "Under the deal, firm X will build the parts in state Y": an industrial project ----------------------------

def test_work_an_agreement_gives_a_firm_in_a_named_state_is_an_industrial_project():
    text = ("Under the contract, the state-owned firm Romarm will build the turrets and parts of the howitzers in "
            "Romania.")
    assert "industrial_project" in _types(text)


def test_an_agreement_with_no_production_or_no_place_is_no_industrial_project():
    assert "industrial_project" not in _types("Under the contract, the firm will deliver the howitzers to Romania.")
    assert "industrial_project" not in _types("Under the contract, Romarm will build a new school in Romania.")


# --- "Undersecretary of Defence X": the title makes the speaker an official of his state ----------------------

def test_an_undersecretary_of_defence_is_titled():
    people = {p.name: p for p in _analyse("Spain's Undersecretary of Defence Carlos Ruiz Vega met the Chilean "
                                          "delegation on Monday.").people}
    assert any(t.title == "Undersecretary of Defence" for t in people["Carlos Ruiz Vega"].titles)
