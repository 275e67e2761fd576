"""Cross-set pass over figures and meetings (sentences written for these tests): the states that people, bodies or
machines told by a bare plural came from ("ministers from 40 countries") are a count of their own."""

from __future__ import annotations

from tests.readings import analysed, figures


def _states(text: str) -> set[float]:
    return {value for value, unit in figures(text) if unit == "countries"}


# --- a bare plural "from N countries": the states an occasion drew ----------------------------------------------

def test_ministers_from_n_countries_at_a_meeting():
    # the parser hangs "from" on the meeting, past the plural right before it
    assert _states("New pledges came at a meeting of defence ministers from around 40 countries in Brussels today.") \
        == {40}


def test_delegations_from_n_countries_that_visited_a_show():
    assert _states("The fair has been visited by official delegations from 64 countries, the organiser said.") == {64}


def test_aircraft_from_n_countries():
    assert _states("Military transport aircraft from at least six countries were landing at Colombo on Friday.") == {6}


def test_guard_parties_told_before_a_pair_or_those_met_are_no_count():
    # near negatives: a determiner or possessor ties them to parties told before, two is a pair, a count of their own
    # is the plural's, and delegations a minister met are not those an occasion drew
    assert _states("The aircraft from the four countries landed at Colombo.") == set()
    assert _states("Its soldiers from 12 countries went home in May.") == set()
    assert _states("Envoys from two countries met in Oslo.") == set()
    assert _states("The minister met delegations from 12 countries on the sidelines.") == set()


# --- an ordinal on a possessed instalment names it, counts nothing ----------------------------------------------

def _packages(text: str) -> set[float]:
    return {value for value, unit in figures(text) if unit == "packages"}


def test_a_possessed_instalments_ordinal_is_no_count():
    assert _packages("Denmark will send 12 howitzers to Kyiv under its 22nd support package.") == set()
    assert _packages("Norway's 14th aid package for Kyiv is worth 70 million euros.") == set()


def test_guard_an_indefinite_or_predicate_ordinal_still_counts_those_so_far():
    assert _packages("Denmark will send 12 howitzers to Kyiv under a 22nd support package.") == {22}
    assert _packages("Norway's newest aid package is the 14th it has sent since the invasion.") == {14}


# --- an operated fleet told with how it came is a transfer's quantity, no fleet figure ---------------------------

def _fleets(text: str) -> set[float]:
    return {f.value for f in analysed(text).figures if f.what.startswith("fleet")}


def test_operated_weapons_told_with_their_origin_are_no_fleet_figure():
    assert _fleets("The country's air force also operates 10 Mi-35 attack helicopters, which arrived from Russia "
                   "in 2019.") == set()
    # the parser makes the participle set off after the noun a conjunct of "operates"
    assert _fleets("The navy also operates four ex-Dutch Karel Doorman-class frigates, bought second-hand in 2011, "
                   "which are due to be retired soon.") == set()


def test_guard_an_operated_fleet_told_without_its_origin_stays_a_figure():
    assert _fleets("The country's air force also operates 10 Mi-35 attack helicopters, which are based at Kano.") \
        == {10}
    assert _fleets("The navy also operates four frigates, bought two corvettes in 2011 and plans more.") == {4}
