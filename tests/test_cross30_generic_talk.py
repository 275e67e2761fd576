"""Generic talk and denied reports give no transfer: a seller's milestone ranked against "a foreign country", a
denial in the present tense the parser reads as a noun, all of a kind ("every frigate", "most of its weapons").
Sentences written here."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 6, 10)


def _keys(records):
    return {(r.supplier, r.recipient, r.system, r.status) for r in records}


# --- a milestone ranks a deal against anyone of a kind ------------------------------------------------------------

def test_first_time_a_seller_gave_a_kind_to_a_foreign_country_is_no_record(transfers):
    assert transfers("It was the first time Norway had handed a working submarine to a foreign navy.") == []


def test_milestone_beside_the_deal_leaves_the_deal(transfers):
    records = transfers("Japan gave a frigate to Vietnam, the first time it had given a warship to another country.")
    assert {(r.supplier, r.recipient) for r in records} == {("Japan", "Vietnam")}


def test_largest_export_to_a_foreign_buyer_is_no_record(transfers):
    assert transfers("It was the largest sale of Su-30 jets to an Asian customer in a decade.") == []


def test_delivery_to_an_unnamed_customer_stays(transfers):
    records = transfers("Rosoboronexport delivered ten Su-30 fighters to a foreign customer last year.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("Russia", "unknown", 10)]


# --- a denial in the present tense ---------------------------------------------------------------------------------

def test_rejects_reports_in_the_press_voids_the_claim(transfers):
    assert transfers("The ministry rejects reports in the local press that Kenya bought Israeli Harop drones.") == []


def test_dismisses_claims_voids_the_claim(transfers):
    assert transfers("Kenya's ministry dismisses claims in the local press that it bought Israeli Harop drones.") == []


def test_denies_reports_voids_the_claim(transfers):
    assert transfers("The ministry denies reports in the local press that Kenya bought Israeli Harop drones.") == []


def test_confirmed_report_stays(transfers):
    records = transfers("The ministry confirms reports in the local press that Kenya bought Israeli Harop drones.")
    assert {(r.supplier, r.recipient, r.status) for r in records} == {("Israel", "Kenya", "delivered")}


# --- all of a kind is no lot ---------------------------------------------------------------------------------------

def test_every_item_of_a_list_a_state_bought_is_no_record(transfers):
    records = transfers("Kenya ordered tanks from China in 2010. For two decades, almost every frigate, tank and jet "
                        "that Kenya bought came from China.")
    assert {r.system for r in records} == {"tanks"}


def test_most_of_its_weapons_does_not_take_the_system_named_before(transfers):
    records = transfers("India has offered the Akash missile and the Dhruv helicopter to Nepal. India remains a small "
                        "supplier to Nepal, which buys most of its heavy weapons from the United States.")
    assert "United States" not in {r.supplier for r in records}
    assert ("India", "Nepal", "Akash", "offered") in _keys(records)


def test_most_of_a_counted_lot_stays(transfers):
    records = transfers("Nepal received most of the 20 Dhruv helicopters it ordered from India.")
    assert ("India", "Nepal", "delivered") in {(r.supplier, r.recipient, r.status) for r in records}


def test_named_system_beside_most_of_its_weapons_stays(transfers):
    records = transfers("Nepal bought most of its weapons from India, including the Dhruv helicopters.")
    assert ("India", "Nepal", "delivered") in {(r.supplier, r.recipient, r.status) for r in records}


def _parse(nlp, words, heads, deps, tags, pos):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    for tok in doc:
        tok.lemma_ = tok.lower_[:-1] if tok.tag_ in ("VBZ", "NNS") else tok.lower_
    return doc


def test_claim_clause_hung_on_the_denial_as_adverbial_is_denied(nlp):
    """'The ministry rejects reports that Kenya bought drones', parsed with 'reports' as the denial's object and the
    content clause as an adverbial one on the denial."""
    from armstrack.extract.transfers import _denied_claim

    words = ["The", "ministry", "rejects", "reports", "that", "Kenya", "bought", "drones", "."]
    heads = [1, 2, 2, 2, 6, 6, 2, 6, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "dobj", "punct"]
    tags = ["DT", "NN", "VBZ", "NNS", "IN", "NNP", "VBD", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _parse(nlp, words, heads, deps, tags, pos)
    assert _denied_claim(doc[6], doc[2])
    words[2] = "confirms"
    doc = _parse(nlp, words, heads, deps, tags, pos)
    assert not _denied_claim(doc[6], doc[2])
