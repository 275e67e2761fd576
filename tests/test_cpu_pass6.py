"""The sixth CPU pass (issue 11): each shortcut gives what the reading it replaces gave. Every test compares
the new code with the old reading, written out here, on sentences in our own words."""

from __future__ import annotations

from armstrack.extract.context import DocContext
from armstrack.extract.events import Actors
from armstrack.extract.transfers import _phrase_origin, _read_phrase_origin, system_mentions
from armstrack.nlp import gazetteers
from armstrack.nlp.people import INITIALS_TOKEN, _initials_end, _letter_tokens
from armstrack.nlp.sentences import sentence_index

LETTERS = ("Minister H E Marta Ilves Koort met H.E. Dr Omar Talal in Tallinn. He Lifeng, NATO and the U.S. envoy "
           "A.B.C. Vance were not there; H. E. Jonas Pirn came with A Ruus.")


def _old_initials_end(doc, i):
    letters = ""
    for j in range(i, min(len(doc), i + 4)):
        tok = doc[j]
        if not INITIALS_TOKEN.match(tok.text) or len(tok.text) > 1 and "." not in tok.text:
            return i
        letters += tok.text.replace(".", "")
        if letters in gazetteers.load_honorifics(with_initials=True):
            return j + 1
    return i


def test_letter_tokens_and_initials_as_read_token_by_token(nlp):
    doc = nlp(LETTERS)
    expected = {t.i for t in doc if INITIALS_TOKEN.match(t.text) and (len(t.text) == 1 or "." in t.text)}
    assert _letter_tokens(doc) == expected
    assert {doc[i].text for i in expected} >= {"H", "E", "H.E.", "A.B.C."}
    assert "He" not in {doc[i].text for i in expected} and "NATO" not in {doc[i].text for i in expected}
    ends = [_initials_end(doc, i) for i in range(len(doc))]
    assert ends == [_old_initials_end(doc, i) for i in range(len(doc))]
    assert any(end > i for i, end in enumerate(ends))  # "H E" and "H.E." are honorifics
    other = nlp("Envoy H E Rein Saar spoke.")  # another Doc: its own letters, not the last Doc's
    assert _letter_tokens(other) == {t.i for t in other if t.text in ("H", "E")}


def _old_weapon(gaz, text):
    cleaned = gazetteers._clean(text)
    if not cleaned:
        return None
    forms = [cleaned]
    stripped = gazetteers._strip_the(cleaned)
    if stripped != cleaned:
        forms.append(stripped)
    for form in list(forms):
        lowered = form.casefold()
        for maker in gazetteers.MAKER_PREFIXES:
            if lowered.startswith(maker.casefold() + " ") and len(form) > len(maker) + 1:
                forms.append(form[len(maker) + 1:].lstrip())
                break
    for form in forms:
        hit = gaz._weapon_form(form)
        if hit is not None:
            return hit
    return None


def test_weapon_lookup_with_makers_as_before(gaz):
    texts = ["Sukhoi Su-35", "SUKHOI Su-35", "the Lockheed Martin F-16", "Lockheed F-16", "Airbus Helicopters H145M",
             "Mil Mi-17", "Mil", "Mil ", "Bell", "Bell 412", "Xi'an H-6K", "Dassault Rafale", "the Saab Gripen E",
             "Milkor Y3", "Heckler & Koch G36", "Zeta-9 rover", "Boeingg 737", "", "Rafale"]
    found = [gaz._weapon(t) for t in texts]
    assert found == [_old_weapon(gaz, t) for t in texts]
    assert sum(hit is not None for hit in found) >= 5


TRANSFERS = ("Oslo ordered six German-built submarines and 24 American F-35 jets in 2021, and Chile received "
             "eight Dutch patrol vessels last year. Peru bought two Russian Mi-17 helicopters and Israeli drones. "
             "Ecuador later received six French howitzers.")


def test_phrase_origin_remembered_per_phrase(parsed):
    doc, analysis, gaz = parsed(TRANSFERS)
    ctx = DocContext.of(doc, analysis, gaz)
    with sentence_index(doc):
        mentions = [m for sent in doc.sents for m in system_mentions(sent, ctx)]
        assert len(mentions) >= 4
        first = [_phrase_origin(m, ctx) for m in mentions]
        assert first == [_read_phrase_origin(m, ctx) for m in mentions]
        assert [_phrase_origin(m, ctx) for m in mentions] == first  # asked again: the same answers
    assert {"Germany", "United States", "Russia", "France"} <= set(first)
    assert len(ctx.memo["phrase_origin"]) == len({(m.head.i, m.span.start, m.span.end, m.named) for m in mentions})


def test_sentence_evidence_is_the_sentence_text(parsed):
    text = "Kenya\u2019s army  received two  drones.\n\n\u201cMore will come,\u201d a colonel said. Done"
    doc, analysis, gaz = parsed(text)
    ctx = DocContext.of(doc, analysis, gaz)
    sents = list(doc.sents)
    assert len(sents) >= 3
    for sent in sents:
        ev = ctx.sentence_evidence(sent)
        assert (ev.sentence, ev.start, ev.end) == (sent.text, sent.start_char, sent.end_char)


def test_military_mentions_as_read_token_by_token(parsed):
    text = ("Sudan's army and the Kenyan coast guard met Ugandan special forces, while Chad's security forces "
            "and the junta's troops stayed home. Armies of two states and Mali's military marched.")
    doc, analysis, gaz = parsed(text)
    actors = Actors(DocContext.of(doc, analysis, gaz))
    old = [(t.i, name) for t in doc if t.pos_ in ("NOUN", "PROPN") and actors.lex.has("_military", t)
           for name in [actors.military_name(t)] if name]
    assert actors.militaries == old
    assert len(old) >= 3
