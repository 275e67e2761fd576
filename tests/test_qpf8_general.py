"""Generality of people, quotes and figures on unseen stories: names in any script, parliamentary titles,
bylines with a desk, abbreviated dates and products taken for names (sentences written for these tests,
names invented)."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 10)


def people_of(analyse, text):
    return {p.name for p in analyse(text, published=PUBLISHED).people}


# --- people ------------------------------------------------------------------------------------------

def test_a_name_opening_with_a_capital_outside_ascii_is_a_name(analyse):
    text = ("The memorandum was signed in Tallinn by Minister of Economy Žydrūnas Kairys and Norwegian "
            "Ambassador Ola Brekke. “It opens our yards to new work,” Kairys told reporters.")
    analysis = analyse(text, published=PUBLISHED)
    assert "Žydrūnas Kairys" in {p.name for p in analysis.people}
    assert ("Žydrūnas Kairys", "It opens our yards to new work") in {(q.speaker, q.text) for q in analysis.quotes}


def test_a_parliamentary_title_is_no_part_of_the_name(analyse):
    names = people_of(analyse, "Independent TD Sorcha Nevin said the radar purchase had come years too late. "
                               "Liberal MEP Anke Vos called for an inquiry.")
    assert {"Sorcha Nevin", "Anke Vos"} <= names, names
    assert not any(n.startswith(("TD ", "MEP ")) for n in names), names


def test_a_byline_line_with_the_authors_desk_is_metadata(analyse):
    text = ("Coastal radar contract signed\n\nPadraig Lynch, Political Editor\nMon Feb 12 2024 - 09:30\n\n"
            "The navy said the first patrol boat had arrived.")
    assert people_of(analyse, text) == set()


def test_a_name_with_a_comma_and_a_role_in_the_story_stays_a_person(analyse):
    text = "Harbour radar upgrade approved\n\nMaeve Dunleavy, a retired colonel, said the upgrade was overdue."
    assert people_of(analyse, text) == {"Maeve Dunleavy"}


def test_abbreviated_days_and_months_are_no_name(analyse):
    text = ("Coastal radar contract signed\n\nPadraig Lynch, Political Editor\nMon Feb 12 2024 - 09:30\n\n"
            "The navy said the first patrol boat had arrived.")
    assert not any(n.startswith("Mon") for n in people_of(analyse, text))


def test_a_product_coordinated_with_a_weapon_system_is_no_person(analyse):
    names = people_of(analyse, "The new trucks will replace the ageing HMMWVs and Land Rovers in the brigade.")
    assert names == set(), names


# --- quotes ------------------------------------------------------------------------------------------

def quotes_of(analyse, text):
    return {(q.speaker, q.text) for q in analyse(text, published=PUBLISHED).quotes}


def test_a_quoted_clause_hanging_on_a_word_of_an_earlier_quotation_has_its_speaker(analyse):
    found = quotes_of(analyse, 'Foreign Ministry spokeswoman Anna Berg called the drills "a provocation" that '
                               '"does nothing for peace in the region".')
    assert ("Anna Berg", "does nothing for peace in the region") in found, found


def test_a_second_that_clause_coordinated_with_a_quoted_verb_has_the_same_speaker(analyse):
    found = quotes_of(analyse, 'Trade Minister Lena Sorvik told the parliamentary trade committee on Friday that '
                               'Norway "keeps its promises" and that the frigates were "not ships for the war in Sudan".')
    assert {("Lena Sorvik", "keeps its promises"), ("Lena Sorvik", "not ships for the war in Sudan")} <= found, found


def test_continue_before_an_infinitive_is_no_reporting_verb(analyse):
    found = quotes_of(analyse, 'Ambassador Chen Wei said China would continue to help Kenya "in building a modern '
                               'navy", adding that the talks had gone well.')
    assert found == {("Chen Wei", "in building a modern navy")}, found


def test_continue_alone_still_reports(analyse):
    found = quotes_of(analyse, 'Admiral Rosa Quint opened the dock on Monday. "We will not stop here," Quint '
                               'continued.')
    assert found == {("Rosa Quint", "We will not stop here")}, found
