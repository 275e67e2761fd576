"""Figures: money, shares, people killed or arrested, vote tallies and measures (not specifications nor
ranks), with their source,
period and as-of date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.figures import extract_figures

PUBLISHED = date(2023, 5, 10)  # a Wednesday


def figures_of(parsed, text: str, published: date | None = PUBLISHED):
    return extract_figures(*parsed(text, published=published))


def by_value(figures):
    return {(f.value, f.unit): f for f in figures}


# --- money -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Algeria signed a $2.1 billion contract for the corvettes.", 2_100_000_000, "USD"),
    ("The frigates are worth about €450 million, officials in Rome said.", 450_000_000, "EUR"),
    ("The cabinet cleared a Rs 8,000 crore order for the howitzers.", 80_000_000_000, "INR"),
    ("Jakarta will pay 1.5 billion dollars for the jets.", 1_500_000_000, "USD"),
    ("The lease costs £300 million a year.", 300_000_000, "GBP"),
])
def test_money_in_its_currency(parsed, text, value, unit):
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit) == (value, unit)


def test_qualifier_is_kept_in_what(parsed):
    (fig,) = figures_of(parsed, "Seoul has approved roughly $600 million in loans for the deal.")
    assert fig.value == 600_000_000 and "roughly" in fig.what


# --- percentages -------------------------------------------------------------------------------------

def test_shares_each_get_a_figure_with_the_source_and_period(parsed):
    text = ("France supplied 18 percent of Egypt's major arms imports from 2012 to 2021, behind "
            "Russia's 34%, according to the Stockholm International Peace Research Institute.")
    figs = by_value(figures_of(parsed, text))
    assert set(figs) == {(18.0, "percent"), (34.0, "percent")}
    for fig in figs.values():
        assert fig.period == "2012-2021"
        assert fig.source == "Stockholm International Peace Research Institute"
    assert "Egypt" in figs[(18.0, "percent")].subject


def test_anaphoric_institute_resolves_to_the_named_one(parsed):
    text = ("The Stockholm International Peace Research Institute published its yearly review on Monday. "
            "Greece's imports grew by 25 percent in 2017-21, the institute said.")
    (fig,) = figures_of(parsed, text)
    assert fig.value == 25 and fig.source == "Stockholm International Peace Research Institute"
    assert fig.period == "2017-2021"


def test_baseline_of_a_comparison_is_not_the_period(parsed):
    (fig,) = figures_of(parsed, "Chile's arms imports fell by 40 percent compared with 2013-17.")
    assert fig.period is None


def test_decade_with_one_stated_year(parsed):
    text = "According to institute figures for 2021, Peru spent a total of $900 million on arms for the decade."
    (fig,) = figures_of(parsed, text)
    assert fig.period == "2012-2021"


# --- people ------------------------------------------------------------------------------------------

def test_people_killed_as_of_a_weekday(parsed):
    text = "Government troops have killed at least 64 civilians as of Monday, a monitoring group said."
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit) == (64, "people")
    assert fig.as_of == "2023-05-08"
    assert "at least" in fig.what


def test_reported_tally_takes_the_report_date(parsed):
    text = "The news agency reported on Tuesday that police have arrested more than 1,300 demonstrators."
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit, fig.as_of) == (1300, "people", "2023-05-09")
    assert "arrested" in fig.what


def test_as_of_needs_a_publication_date(parsed):
    (fig,) = figures_of(parsed, "Forty soldiers have died since January as of Friday.", published=None)
    assert fig.value == 40 and fig.as_of is None


@pytest.mark.parametrize("text, value", [
    ("More than 5,000 people were killed in the fighting.", 5000),
    ("The shelling caused at least three casualties.", 3),
    ("The death toll rose to 64 on Sunday.", 64),
    ("About 800 troops arrived in the capital.", 800),
    ("Rebels abducted 27 students from the school.", 27),
])
def test_people_counts(parsed, text, value):
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit) == (value, "people")


def test_people_without_a_harm_cue_are_not_a_figure(parsed):
    assert figures_of(parsed, "Some 1,500 people work at the shipyard near the border.") == []


# --- votes -------------------------------------------------------------------------------------------

def test_vote_tally_in_one_sentence(parsed):
    text = "The General Assembly voted 87 to 9, with 41 abstentions, to back the resolution."
    figs = by_value(figures_of(parsed, text))
    assert figs[(87, "votes")].what == "votes in favour"
    assert figs[(9, "votes")].what == "votes against"
    assert figs[(41, "votes")].what == "abstentions"


def test_tally_after_the_vote_sentence_and_the_lone_opponent(parsed):
    text = ("The Assembly adopted a resolution on the blockade. Nicaragua was the only nation to vote "
            "against the text, with 98 states supporting it and 41, among them India, abstaining.")
    figs = by_value(figures_of(parsed, text))
    assert figs[(1, "votes")].what == "votes against"
    assert figs[(98, "votes")].what == "votes in favour"
    assert figs[(41, "votes")].what == "abstentions"


def test_counts_of_countries_told_before_are_not_figures(parsed):
    # a count of states that act is a figure as the gold sets code it ("30 countries that received ...", "41 states
    # reported"); states told before ("the three countries") or left unnamed ("two other countries") are not
    assert figures_of(parsed, "The three countries are sending weapons to the front.") == []
    assert figures_of(parsed, "Two other countries are sending weapons to the front.") == []


# --- measures, specifications and ranks ----------------------------------------------------------------

def test_units_of_measure(parsed):
    text = ("The new smelter has a capacity of about 70,000 tonnes a year. "
            "The loan has a term of 12 years.")
    figs = by_value(figures_of(parsed, text))
    assert set(figs) == {(70000, "tons"), (12, "years")}
    assert figs[(70000, "tons")].what == "capacity (about)"


@pytest.mark.parametrize("text", [
    "The rocket has a range of about 70 kilometres.",
    "The navy ordered a 5,000-tonne frigate.",
    "Each corvette can sail at a speed of 26 knots.",
    "The patrol vessel is 90 metres long, with a displacement of 1,800 tonnes.",
    "The frigate is 80 meters long and 10 meters wide, with a capacity of 900 tons.",
])
def test_technical_specifications_are_not_figures(parsed, text):
    assert figures_of(parsed, text) == []


def test_years_of_a_date_are_not_a_measure(parsed):
    assert figures_of(parsed, "The frigate was commissioned three years ago in 2019.") == []


def test_a_time_frame_is_not_a_measure(parsed):
    assert figures_of(parsed, "Spain ranked sixth over the past ten years.") == []


def test_a_time_frame_on_a_compound_is_not_a_measure(parsed):
    assert figures_of(parsed, "Norway climbed from ninth place over the prior five-year period.") == []


@pytest.mark.parametrize("text, value", [
    ("Last week Canada sanctioned 11 individuals linked to the militia.", 11),
    ("Prosecutors charged four army officers with the murder.", 4),
])
def test_people_sanctioned_or_charged(parsed, text, value):
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit) == (value, "people")


def test_ranks_are_not_figures(parsed):
    assert figures_of(parsed, "Italy was the world's sixth-largest arms exporter in 2022.") == []


# --- counts of people that are a load, a crew, or machines ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The carriers are designed to carry 14 armed personnel.",
    "The corvette is crewed by 90 personnel.",
    "The last 20 fighters will be assembled in Turkey.",
])
def test_loads_crews_and_built_fighters_are_not_people_figures(parsed, text):
    assert figures_of(parsed, text) == []


def test_troops_taking_part_stay_a_people_figure(parsed):
    (fig,) = figures_of(parsed, "More than 9,000 troops took part in the drills.")
    assert (fig.value, fig.unit) == (9000, "people")


def test_countries_an_exporter_has_reached(parsed):
    (fig,) = figures_of(parsed, "The howitzer has been sold to nine countries so far.")
    assert (fig.value, fig.unit) == (9, "countries")


# --- how numbers are read --------------------------------------------------------------------------------

def test_hyphenated_scale_after_a_currency(parsed):
    (fig,) = figures_of(parsed, "Cairo signed a $3-billion arms deal with Paris.")
    assert (fig.value, fig.unit) == (3_000_000_000, "USD")


def test_two_numbers_side_by_side_are_not_added(parsed):
    (fig,) = figures_of(parsed, "The army received 12 20-foot containers of spare parts.")
    assert (fig.value, fig.unit) == (12, "containers")


# --- what is not a figure ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cairo ordered 30 more Rafale jets and two frigates.",
    "The two sides held talks in Ankara on Monday.",
    "Both countries sent delegations, one of the largest in years.",
    "The Project 636 submarines arrived in 2019 with six Su-35 fighters.",
    "Kim met Putin for the second time on September 13.",
])
def test_counts_of_other_things_are_not_figures(parsed, text):
    assert figures_of(parsed, text) == []


def test_figure_evidence_points_at_the_number(parsed):
    text = "Hanoi signed a deal worth $350 million on Monday."
    (fig,) = figures_of(parsed, text)
    assert text[fig.evidence.start:fig.evidence.end] == "$350 million"
    assert fig.evidence.sentence == text


@pytest.mark.parametrize("text, value, unit", [
    ("More than 30 companies from the Chilean defence sector supply parts for the frigates.", 30, "companies"),
    ("The accord gives the navy access to three new sites on the coast.", 3, "sites"),
    ("The troops train at six existing locations in the north.", 6, "sites"),
])
def test_companies_and_sites_counted_as_a_whole_are_figures(parsed, text, value, unit):
    [f] = figures_of(parsed, text)
    assert f.value == value and f.unit == unit


@pytest.mark.parametrize("text, value, what", [
    ("The charity has distributed food to over 6,000 people in the camp.", 6000, "people reached (over)"),
    ("More than 9,000 residents fled the town after the shelling.", 9000, "residents fled (more than)"),
    ("Rescue teams evacuated 340 civilians from the port on Friday.", 340, "civilians evacuated"),
])
def test_people_fleeing_or_reached_by_aid(parsed, text, value, what):
    (fig,) = figures_of(parsed, text)
    assert (fig.value, fig.unit, fig.what) == (value, "people", what)


@pytest.mark.parametrize("text, unit", [
    ("Pakistan will pay Rs 150 billion for the submarines.", "PKR"),
    ("The Indian Navy will pay Rs 150 billion for the submarines.", "INR"),
    ("The Polish army will spend 12 billion zlotys on tanks.", "PLN"),
    ("The Malaysian navy has set aside 9 billion ringgit for the ships.", "MYR"),
    ("The Navy received 2.1 billion reais for the programme.", "BRL"),
])
def test_money_in_the_currency_of_its_state(parsed, text, unit):
    (fig,) = figures_of(parsed, text)
    assert fig.unit == unit
