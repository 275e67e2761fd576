"""Helper r24ev: event families read from own24's errors, told in sentences written for these tests (invented
wording, real countries and firms)."""

from __future__ import annotations

from datetime import date

from armstrack.extract.events import extract_events

PUBLISHED = date(2026, 3, 20)


def _types(parsed, text: str) -> list[str]:
    return [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_assembly_from_foreign_kits_is_also_an_industrial_project(parsed):
    """"assembled from Turkish kits": the assembly is work with another state's industry, an industrial project
    besides the assembly."""
    types = _types(parsed, "A Kenyan firm will assemble the armoured trucks from Turkish kits at its plant outside "
                           "Nairobi.")
    assert "assembly" in types and "industrial_project" in types


def test_a_plant_assembling_under_licence_is_an_industrial_project(parsed):
    """"the state works assembles X under a licence from Y": work under way at a site, not how a type is made."""
    types = _types(parsed, "The Brazilian state works at Santa Maria assembles Leopard tanks under a 2019 licence "
                           "from Germany's KNDS.")
    assert "assembly" in types and "industrial_project" in types


def test_assembling_kits_of_no_weapon_is_no_industrial_project(parsed):
    assert "industrial_project" not in _types(parsed, "The Hungarian factory assembles tractors from kits shipped "
                                                      "from Belarus.")
    assert "industrial_project" not in _types(parsed, "The plant near Pune assembles Swedish howitzers, which it "
                                                      "has done since 2010.")


def test_assembly_done_or_under_way_is_no_industrial_project(parsed):
    """Work told as done or going on ("has assembled", "began assembling"), or the units a relative clause names,
    is the assembly only."""
    assert "industrial_project" not in _types(
        parsed, "The Cairo works has assembled Korean howitzers under licence since 2019.")
    assert "industrial_project" not in _types(
        parsed, "A yard in Mombasa began assembling Turkish patrol boats from kits in March.")
    assert "industrial_project" not in _types(
        parsed, "The helicopter, the first of ten the firm will assemble under licence from Airbus, flew on Monday.")
    assert "industrial_project" not in _types(
        parsed, "Airbus delivered the fourth tanker to the Indian Air Force on Friday at Getafe, near Madrid, where "
                "Tata assembles the fuselages under licence from the French group.")


def test_an_object_read_as_a_conjunct_of_the_adding_verb_still_goes_to_the_list(parsed):
    """"added her and three of her firms to its Entity List": the parser may join "three" to the verb and hang the
    list phrase on it."""
    assert "sanction" in _types(
        parsed, "Last spring the Commerce Department added her and three of her trading firms to its Entity List.")


def test_adding_people_to_a_list_of_no_sanctions_is_no_sanction(parsed):
    assert "sanction" not in _types(parsed, "The club added him and two of his friends to its guest list.")


def test_a_sum_frozen_in_assets_is_an_asset_freeze(parsed):
    assert "sanction" in _types(parsed, "Brussels later froze $9 million in assets belonging to the broker in Malta.")


def test_a_sum_put_in_assets_is_no_freeze(parsed):
    assert "sanction" not in _types(parsed, "The fund invested $9 million in assets across Asia.")
    assert "sanction" not in _types(parsed, "The bank froze hiring in its assets division.")


def test_toppling_a_monarchy_is_a_coup(parsed):
    assert "coup" in _types(parsed, "The colonels who overthrew the monarchy in 1969 bought their first jets from "
                                    "Paris.")


def test_defending_a_monarchy_is_no_coup(parsed):
    assert "coup" not in _types(parsed, "The king's allies defended the monarchy in parliament.")


def test_a_war_fought_since_a_date_is_a_clash_not_a_count(parsed):
    """"the militia that has fought the army since 2014": a war going on, not a running count of attacks."""
    assert "clash" in _types(
        parsed, "The sanctions target a Serbian trader accused of supplying mortar bombs to the Houthis, the rebel "
                "movement that has fought the Yemeni army since 2014.")


def test_firms_fighting_over_a_contract_is_no_clash(parsed):
    assert "clash" not in _types(parsed, "The two shipyards have fought over the corvette contract since 2019.")


def test_a_war_breaking_out_in_a_state_a_where_clause_names_is_a_clash(parsed):
    """"sold to Mali, where civil war broke out in 2012": the state the clause hangs on is the party."""
    assert "clash" in _types(parsed, "The rifles were sold to Mali, where civil war broke out in 2012.")


def test_a_price_war_breaking_out_is_no_clash(parsed):
    assert "clash" not in _types(parsed, "The trucks were sold to Brazil, where a price war broke out last year.")
    assert "clash" not in _types(parsed, "A trade war broke out between the two firms.")
