"""Round 27 (cross-set pass x22mf): craft counted as taking part in a display or an exercise are figures
(sentences written for these tests)."""

from __future__ import annotations

from readings import figures


# --- craft at a review, a parade or a drill: the ships and aircraft counted are a figure, in their fleet unit ------

def test_craft_in_a_clause_on_a_review_are_figures():
    got = figures("The navy marked its jubilee on Friday with a fleet review in the bay, where more than 30 "
                  "warships and 15 aircraft sailed past the president's yacht.")
    assert (30.0, "ships") in got
    assert (15.0, "aircraft") in got


def test_craft_joining_an_exercise_are_figures():
    got = figures("Twelve foreign frigates and three patrol aircraft joined the exercise at sea on Friday.")
    assert {(12.0, "ships"), (3.0, "aircraft")} <= got


def test_what_marches_with_the_troops_is_counted():
    got = figures("Some 9,000 troops will parade through the capital, with 900 vehicles, 50 helicopters and 180 "
                  "horses, the ministry said.")
    assert {(900.0, "vehicles"), (50.0, "helicopters"), (180.0, "horses")} <= got


def test_craft_joining_a_fleet_are_no_display():
    assert figures("Two Mi-17 helicopters joined the fleet in May.") == set()
    assert figures("Four more frigates will join the navy next year.") == set()


def test_craft_sailing_from_a_port_are_no_display():
    assert figures("Twelve frigates sailed from the port of Toulon on Friday.") == set()


def test_a_convoy_arriving_with_vehicles_is_no_display():
    assert figures("The convoy arrived at the border with 40 vehicles.") == set()


# --- "its GDP": a subject opening with a possessive names its owner elsewhere, so the sentence's countries say
# whose figure it is (two countries' shares told alike by one source are two figures) --------------------------

def _share(gaz, i, doc, sentence, subject, value):
    from armstrack.resolve import rules

    rec = rules.Rec("figures", i, doc, 0, 1, sentence,
                    {"what": "share", "value": value, "unit": "percent", "subject": subject, "source": "NATO"})
    rules.prepare(rec, rules.Canon(gaz))
    return rec


def test_two_countries_shares_of_its_gdp_are_two_figures(gaz):
    from armstrack.resolve import rules

    a = _share(gaz, 1, "a", "Norway spent 2.2% of its GDP on defence last year, according to NATO.", "its GDP", 2.2)
    b = _share(gaz, 2, "b", "Spending pushed Estonia's outlay to 3.4% of its GDP, NATO estimates show.", "its GDP",
               3.4)
    assert len(rules.cluster([a, b])) == 2


def test_one_countrys_share_of_its_gdp_told_twice_is_still_one_figure(gaz):
    from armstrack.resolve import rules

    a = _share(gaz, 1, "a", "Norway spent 2.2% of its GDP on defence last year, according to NATO.", "its GDP", 2.2)
    b = _share(gaz, 2, "b", "NATO says Norway put 2.2% of its GDP into defence last year.", "its GDP", 2.2)
    assert len(rules.cluster([a, b])) == 1
