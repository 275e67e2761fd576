"""Meeting and event structures seen on unseen articles, on sentences written for these tests: signings of
documents named by other nouns (an amendment, a plan, a programme), the period a signed plan covers, and a
signing that only dates a speaker's words."""

from __future__ import annotations

import datetime

import pytest

from armstrack.core import analyse_text

PUBLISHED = datetime.date(2024, 6, 12)  # a Wednesday


def _meetings(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    result = analyse_text(text, published=PUBLISHED)
    return [(m.kind, tuple(sorted(m.participants)), m.date) for m in result.meetings]


@pytest.mark.parametrize("text", [
    "The ministry said after Deputy Minister Adam Nowak and Karl Weber, head of the tank maker's export arm, "
    "signed an amendment to the contract in Warsaw on Monday.",
    "General Omar Haddad and Admiral John Smith signed the annual cooperation plan in Amman on Friday.",
    "Defence Minister Rafael Ortiz and General John Smith signed a programme of military cooperation on Friday.",
    "Colonel Omar Haddad and Colonel John Smith signed an addendum to the earlier memorandum.",
])
def test_signing_an_amendment_plan_or_programme_is_a_signing(text):
    assert any(kind == "signing" and len(people) == 2 for kind, people, _ in _meetings(text))


@pytest.mark.parametrize("text", [
    "General Omar Haddad and Admiral John Smith signed the cooperation plan for 2025 in Amman on Friday.",
    "On Friday, General Omar Haddad and Admiral John Smith signed the bilateral training programme for 2026.",
])
def test_the_year_a_plan_covers_is_not_the_day_it_was_signed(text):
    found = [(kind, date) for kind, people, date in _meetings(text) if len(people) == 2]
    assert ("signing", "2024-06-07") in found


@pytest.mark.parametrize("text", [
    '"This is a good day for the navy," Defence Minister Rafael Ortiz told journalists after the signing.',
    "Defence Minister Rafael Ortiz spoke briefly before the signing.",
    "Following the signing, Defence Minister Rafael Ortiz toured the shipyard's dry dock.",
])
def test_speaking_after_a_signing_names_no_signer(text):
    assert not any(kind == "signing" for kind, _, _ in _meetings(text))


def test_travelling_for_a_signing_is_still_a_trip():
    found = _meetings("Defence Minister Rafael Ortiz flew to Paris for the signing on Monday.")
    assert any(people == ("Rafael Ortiz",) for _, people, _ in found)


def test_signing_a_law_is_still_no_signing():
    found = _meetings("President Omar Haddad and Speaker John Smith signed the budget law on Monday.")
    assert not any(kind == "signing" for kind, _, _ in found)


@pytest.mark.parametrize("text", [
    "General Omar Haddad held talks yesterday at the Ministry of National Defence with General John Smith.",
    "Defence Minister Omar Haddad held a meeting at the headquarters of the navy with Admiral John Smith.",
    "Defence Minister Omar Haddad met at the Presidential Palace with Admiral John Smith on Tuesday.",
])
def test_talks_at_a_named_site_with_a_counterpart(text):
    assert any(people == ("John Smith", "Omar Haddad") for _, people, _ in _meetings(text))


def test_a_site_with_its_staff_is_no_counterpart():
    found = _meetings("Defence Minister Omar Haddad toured the factory in the north with its workers on Tuesday.")
    assert not any(len(people) > 1 for _, people, _ in found)


@pytest.mark.parametrize("text", [
    "On 4 June the Commander of the Air Force, Lieutenant General Peter Lang, visited the training centre.",
    "On 12 May the Chief of the Defence Staff, General Peter Lang, visited the naval base.",
])
def test_a_titled_subject_after_an_opening_date_is_the_visitor(text):
    assert any(people == ("Peter Lang",) for _, people, _ in _meetings(text))


def test_an_untitled_date_opening_names_no_visitor():
    assert _meetings("On 4 June the Commander of the Air Force visited the training centre.") == []


@pytest.mark.parametrize("text", [
    "The general manager of Otokar, Peter Brandt, was received on Monday by Defence Minister Nguyen Van Long.",
    "The managing director of Saab, Peter Brandt, met Defence Minister Nguyen Van Long in Hanoi on Monday.",
])
def test_a_two_word_title_holds_the_name_hung_on_its_company(text):
    assert any(people == ("Nguyen Van Long", "Peter Brandt") for _, people, _ in _meetings(text))


@pytest.mark.parametrize("text", [
    "Colonel Peter Brandt was received by Defence Minister Nguyen Van Long and later met General Tran Quoc Minh.",
    "Colonel Peter Brandt was received by Defence Minister Nguyen Van Long and later held talks with General "
    "Tran Quoc Minh.",
])
def test_a_verb_joined_to_a_passive_shares_its_subject(text):
    found = {people for _, people, _ in _meetings(text)}
    assert ("Peter Brandt", "Tran Quoc Minh") in found
    assert ("Nguyen Van Long", "Peter Brandt") in found


def test_a_passive_joined_to_a_verb_gives_no_other_signer():
    text = "The contract was signed by Colonel Peter Brandt and later praised by General Tran Quoc Minh."
    assert not any(len(people) > 1 for _, people, _ in _meetings(text))


@pytest.mark.parametrize("text", [
    "General Peter Brandt arrived in Hanoi on Monday. Brandt was received at the defence ministry by Defence "
    "Minister Nguyen Van Long and later held talks at army headquarters with its chief, General Tran Quoc Minh.",
    "General Peter Brandt arrived in Lima on Monday. Brandt was received at the defence ministry by Defence "
    "Minister Jorge Alvarez and later held talks at army headquarters with its chief, General Luis Vega.",
])
def test_the_agent_after_a_site_receives_the_visitor(text):
    found = {people for _, people, _ in _meetings(text)}
    host = "Nguyen Van Long" if "Hanoi" in text else "Jorge Alvarez"
    assert tuple(sorted(("Peter Brandt", host))) in found


@pytest.mark.parametrize("text", [
    "The Italian frigate ITS Luigi Rizzo docked in Souda Bay on Monday for a three-day port call.",
    "The Polish frigate ORP Tadeusz Kosciuszko arrived in Kiel on Monday for a port visit.",
])
def test_a_ship_after_its_navy_prefix_is_no_person(text):
    result = analyse_text(text, published=PUBLISHED)
    assert result.people == [] and result.meetings == []


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    result = analyse_text(text, published=PUBLISHED)
    return [(e.type, tuple(e.actors)) for e in result.events]


@pytest.mark.parametrize("text", [
    "The United States lifted the arms embargo on Cyprus in 2022.",
    "The European Union eased its arms embargo on Belarus last year.",
    "Washington's decision to lift its arms embargo on Vietnam in 2016 surprised Beijing.",
])
def test_an_embargo_lifted_or_eased_is_an_embargo_event(text):
    assert any(kind == "embargo" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "The opposition called for the arms embargo on Israel to be lifted.",
    "Kenya urged the council to lift the embargo on Somalia.",
    '"Lifting the embargo now would reward the junta," the envoy said.',
    "Easing the arms embargo on Sudan could fuel the war, the envoy warned.",
    "The US may lift its embargo on Vietnam next year.",
])
def test_an_embargo_lift_called_for_or_weighed_is_no_event(text):
    assert not any(kind == "embargo" for kind, _ in _events(text))


def test_an_embargo_lifted_by_no_one_named_is_no_event():
    assert not any(kind == "embargo" for kind, _ in _events("Officials said the arms embargo was lifted in 2019."))


@pytest.mark.parametrize("text", [
    "Germany also provided training for 60 Moldovan drivers and mechanics earlier this year.",
    "France trained 30 Peruvian divers in Toulon last year.",
    "Italy trained 25 Tunisian engineers in mine clearance in 2023.",
])
def test_drivers_divers_and_engineers_are_trainees(text):
    assert any(kind == "training" for kind, _ in _events(text))


def test_a_firm_training_its_engineers_is_no_military_training():
    assert not any(kind == "training" for kind, _ in _events("The company trained 200 engineers for its new plant."))


@pytest.mark.parametrize("text", [
    "Germany assured Moldova of its unwavering support.",
    "The minister reassured Kenya of Britain's continued support for its security.",
    "The German minister assured her Moldovan counterpart of Berlin's full support.",
])
def test_assuring_a_partner_of_support_is_a_statement_of_support(text):
    assert any(kind == "statement_of_support" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "The minister accused Kenya of support for the rebels.",
    "The minister informed Kenya of Britain's support.",
])
def test_an_of_phrase_of_another_verb_voices_no_support(text):
    assert not any(kind == "statement_of_support" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "Russia will stand side by side with Syria, the minister said.",
    "The minister said Japan stands side by side with the Philippines.",
    "General Omar Haddad affirmed that Jordan would always stand side by side with Iraq in its fight.",
])
def test_standing_side_by_side_with_a_state_is_support(text):
    assert any(kind == "statement_of_support" for kind, _ in _events(text))


@pytest.mark.parametrize("text", [
    "The two leaders stood side by side at the ceremony.",
    "The minister stood side by side with his Lao counterpart during the anthem.",
])
def test_standing_side_by_side_in_a_ceremony_is_no_support(text):
    assert not any(kind == "statement_of_support" for kind, _ in _events(text))
