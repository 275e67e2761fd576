"""Events and figure merges read in general ways (sentences written for these tests, invented wording, real
countries and firms): a halt of military-technical cooperation, adherence to a state's policy, an agreement on
licensed production; and figures of two articles that are two measures, not one figure in conflict."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2025, 10, 8)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_a_halt_of_military_technical_cooperation_with_a_state_is_an_embargo(parsed):
    assert _types(parsed, "Kazakhstan stopped all military-technical cooperation with Belarus in March last year, "
                          "a decision that hurt its plants.") == ["embargo"]
    assert _types(parsed, "The government suspended military-technical cooperation with Serbia in 2019.") == ["embargo"]


def test_cooperation_going_on_or_with_no_state_is_no_embargo(parsed):
    assert _types(parsed, "The plant continued military-technical cooperation with Belarus.") == []
    assert _types(parsed, "Poland halted technical cooperation with the company last year.") == []


def test_adherence_to_a_states_policy_is_a_statement_of_support(parsed):
    assert _types(parsed, "He also said that Laos firmly adheres to the one-China policy.") == ["statement_of_support"]
    assert _types(parsed, "The chief of staff in turn reiterated Laos's firm adherence to the one-China "
                          "principle.") == ["statement_of_support"]


def test_adhering_to_a_standard_or_ones_own_policy_is_no_support(parsed):
    assert _types(parsed, "The firm adheres to the Chinese safety standard.") == []
    assert _types(parsed, "Laos adheres to its policy of neutrality.") == []


def test_an_agreement_on_licensed_production_of_a_system_is_an_industrial_project(parsed):
    assert _types(parsed, "The minister stressed that the agreement on the licensed production of Elbit's PULS "
                          "rockets at the plants of the Ministry was being implemented.") == ["industrial_project"]
    assert _types(parsed, "Serbia and the UAE signed a contract for the licensed production of Nora "
                          "howitzers.") == ["industrial_project"]


def test_licensed_production_that_ended_or_of_no_weapon_is_no_project(parsed):
    assert _types(parsed, "The licensed production of the rifle ended in 1998.") == []
    assert _types(parsed, "The licensed production of cars at the plant began in May.") == []


# --- figures of two articles ------------------------------------------------------------------------------

def _figure(gaz, i, doc, sentence, value, unit="percent", subject="Peru's arms imports", published=None,
            period="2020-2024", what="share"):
    from armstrack.resolve import rules

    rec = rules.Rec("figures", i, doc, 0, 1, sentence,
                    {"what": what, "value": value, "unit": unit, "subject": subject, "source": "SIPRI",
                     "period": period}, published=published)
    rules.prepare(rec, rules.Canon(gaz))
    return rec


def test_a_suppliers_share_and_the_buyers_share_of_world_imports_are_two_figures(gaz):
    from armstrack.resolve import rules

    world = _figure(gaz, 1, "a", "In 2020-2024 Peru took 1.1 percent of global arms imports, SIPRI said.", 1.1)
    supplier = _figure(gaz, 2, "b", "Spain accounted for 31 percent of Peru's arms imports in 2020-2024.", 31.0)
    assert len(rules.cluster([world, supplier])) == 2


def test_two_suppliers_shares_of_one_buyer_are_two_figures(gaz):
    from armstrack.resolve import rules

    a = _figure(gaz, 1, "a", "Spain accounted for 31 percent of Peru's arms imports in 2020-2024.", 31.0)
    b = _figure(gaz, 2, "b", "Italy supplied 22 percent of Peru's arms imports in 2020-2024.", 22.0)
    assert len(rules.cluster([a, b])) == 2


def test_one_suppliers_share_told_with_two_values_stays_one_figure_in_conflict(gaz):
    from armstrack.resolve import rules

    a = _figure(gaz, 1, "a", "Spain accounted for 31 percent of Peru's arms imports in 2020-2024.", 31.0)
    b = _figure(gaz, 2, "b", "Spain supplied 33 percent of Peru's arms imports over 2020-2024, SIPRI said.", 33.0)
    assert len(rules.cluster([a, b])) == 1


def _exports(gaz, i, doc, sentence, value, published):
    return _figure(gaz, i, doc, sentence, value, unit="USD", subject="Brazil's arms exports", published=published,
                   period=None, what="amount")


def test_a_total_last_year_on_an_undated_page_is_no_conflict_with_another_years_total(gaz):
    from armstrack.resolve import rules

    dated = _exports(gaz, 1, "a", "Brazil's arms exports reached $2.1 billion in 2024, SIPRI said.", 2.1e9,
                     date(2025, 3, 1))
    undated = _exports(gaz, 2, "b", "Brazil's arms exports reached 3.4 billion dollars last year, SIPRI said.",
                       3.4e9, None)
    assert len(rules.cluster([dated, undated])) == 2


def test_last_years_total_told_by_two_dated_articles_is_one_figure(gaz):
    from armstrack.resolve import rules

    a = _exports(gaz, 1, "a", "Brazil's arms exports reached $2.1 billion in 2024, SIPRI said.", 2.1e9,
                 date(2025, 3, 1))
    b = _exports(gaz, 2, "b", "Brazil's arms exports reached $2.3 billion last year, SIPRI said.", 2.3e9,
                 date(2025, 5, 1))
    assert len(rules.cluster([a, b])) == 1  # the same year (2024) told with two values: a conflict
    c = _exports(gaz, 3, "c", "Brazil's arms exports reached $2.3 billion last year, SIPRI said.", 2.3e9,
                 date(2026, 5, 1))
    assert len(rules.cluster([a, c])) == 2  # 2024's total and 2025's


def test_help_pledged_to_a_states_own_defence_is_a_statement_of_support(parsed):
    assert _types(parsed, "“Spain has made a sovereign choice to help Moldova defend itself, and we will continue "
                          "on this path,” Defence Minister Margarita Robles stated.") == ["statement_of_support"]
    assert _types(parsed, "Japan will continue to help the Philippines defend its waters, the minister "
                          "said.") == ["statement_of_support"]


def test_help_to_no_state_or_by_no_state_is_no_support(parsed):
    assert _types(parsed, "The new radars will help the navy protect the coast.") == []
    assert _types(parsed, "The new radars will help Estonia protect its airspace.") == []
    assert _types(parsed, "The package will help Ukraine defend itself, an analyst at the institute said.") == []
