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


# --- figures -----------------------------------------------------------------------------------------

def figures_of(analyse, text):
    return {(f.value, f.unit) for f in analyse(text, published=PUBLISHED).figures}


def test_a_count_written_like_a_year_with_a_thousands_comma_is_a_count(analyse):
    found = figures_of(analyse, "The drills will bring together more than 2,000 soldiers from the two armies, "
                                "the general said.")
    assert (2000, "people") in found, found


def test_troops_counted_past_their_nationalities(analyse):
    found = figures_of(analyse, "In May, about 3,000 Latvian, US and Polish troops took part in the drills near Adazi.")
    assert (3000, "people") in found, found


def test_a_vote_of_none_against_is_nought_votes(analyse):
    found = figures_of(analyse, "The council renewed the embargo by a recorded vote of 11 in favour to none against, "
                                "with 4 abstentions.")
    assert {(11, "votes"), (0, "votes"), (4, "votes")} <= found, found


def test_abstained_taken_for_an_adjective_still_counts_abstentions(analyse):
    found = figures_of(analyse, "The draft resolution failed. Only three members voted in favour, ten voted against "
                                "and two abstained.")
    assert (2, "votes") in found, found


def test_officers_trained_or_studying_abroad_are_a_people_count(analyse):
    assert (35, "people") in figures_of(analyse, "According to the ministry, 35 navy officers received training in "
                                                 "India last year.")
    assert (80, "people") in figures_of(analyse, "The envoy added that more than 80 Ugandan officers were currently "
                                                 "studying at military academies in Turkey.")


def test_officers_who_speak_are_no_figure(analyse):
    assert not figures_of(analyse, "Two senior officers told reporters the plan had stalled.")


def test_the_targets_a_sanctions_sentence_counts_are_figures(analyse):
    found = figures_of(analyse, "On Monday Canada imposed travel bans and asset freezes on eleven Belarusian "
                                "individuals and entities it accuses of shipping drones.")
    assert (11, "individuals and entities") in found, found
    found = figures_of(analyse, "On May 2, the Council added seven Syrian individuals and four entities to its "
                                "sanctions list.")
    assert {(7, "people"), (4, "entities")} <= found, found
    found = figures_of(analyse, "Canada has now sanctioned more than 300 people and 85 entities over the war.")
    assert {(300, "people"), (85, "entities")} <= found, found


def test_entities_counted_outside_a_sanctions_sentence_are_no_figure(analyse):
    assert not figures_of(analyse, "The agency registered seven new entities and four individuals last year.")


def test_countries_that_take_part_or_contribute_are_counted(analyse):
    assert (18, "countries") in figures_of(analyse, "18 countries took part in the drills.")
    assert (12, "countries") in figures_of(analyse, "Officials said around 12 countries had contributed funds.")
    assert (20, "countries") in figures_of(analyse, "The Royal Navy took part last month in the exercise alongside "
                                                    "the US Navy and more than 20 partner nations.")


def test_countries_that_sign_something_or_are_the_parties_are_no_figure(analyse):
    assert not figures_of(analyse, "Two countries signed the accord.")
    assert not figures_of(analyse, "The two countries took part in the drills.")


def test_countries_an_export_authority_issued_or_refused_permits_to_are_counted(analyse):
    assert (58, "countries") in figures_of(analyse, "In total, the committee issued 2,140 export permits to 58 "
                                                    "countries during the year.")
    assert (3, "countries") in figures_of(analyse, "The committee refused permits for sales to three countries last "
                                                   "year.")
    assert not figures_of(analyse, "The firm issued a statement to 12 countries.")


def test_a_name_the_ner_took_for_a_person_that_ends_in_a_firms_word_is_no_person(nlp, gaz):
    from spacy.tokens import Span

    from armstrack.nlp.people import resolve_people

    doc = nlp("Yael Stern, a defence analyst at Pioneer Capital Markets, said the order was a surprise.")
    words = [t.text for t in doc]
    at = words.index("Capital")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, at, at + 2, label="PERSON")]
    assert {p.name for p in resolve_people(doc, "t", gaz)} == {"Yael Stern"}


def test_a_sum_is_about_what_the_verb_deals_in_not_who_acts(analyse):
    text = ("Separately, the State Department on Tuesday approved a possible Foreign Military Sale to Norway of up to "
            "50 missiles and related support, at an estimated cost of $1.4 billion, the agency said.")
    [figure] = analyse(text, published=PUBLISHED).figures
    assert figure.subject == "possible Foreign Military Sale to Norway", figure.subject


def test_people_included_in_a_harmed_count_are_harmed_too(analyse):
    found = figures_of(analyse, "The opposition says air strikes have killed more than 1,800 civilians since the "
                                "coup, including at least 350 children.")
    assert {(1800, "people"), (350, "people")} <= found, found
    found = figures_of(analyse, "The shelling killed at least nine people, including three children, in the region, "
                                "officials said.")
    assert {(9, "people"), (3, "people")} <= found, found


def test_people_included_in_a_force_are_no_count(analyse):
    assert figures_of(analyse, "The army has 2,000 soldiers, including 300 women.") == {(2000, "people")}


def test_people_who_remain_in_need_are_a_people_count(analyse):
    found = figures_of(analyse, "According to the UN, more than 3.1 million people in the east remain in need of food "
                                "assistance.")
    assert found == {(3100000, "people")}, found


def test_a_force_that_needs_people_states_no_count_of_people_in_need(analyse):
    assert not figures_of(analyse, "The navy needs 2,000 more sailors to crew the new ships.")


def test_soldiers_from_the_two_countries_are_no_count_of_countries(analyse):
    found = figures_of(analyse, "Some 250 soldiers from the two countries took part.")
    assert found == {(250, "people")}, found
