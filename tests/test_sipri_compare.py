"""compare(): the deal register against SIPRI rows, on hand-written deals of the register's shape."""

from __future__ import annotations


import pytest

from armstrack.nlp.gazetteers import GazetteerError
from armstrack.resolve.sipri import FLAT_COLUMNS, compare, deal_label, default_names, filter_rows, load_aliases


def deal(deal_id, supplier, recipient, family, designations=(), *, category="aircraft", order_year=None,
         number_ordered=None, number_delivered=None, delivery_years=(), first_reported="2024-03-01", **extra):
    """A deal dict as query.register.register_rows returns it."""
    return {
        "deal_id": deal_id, "supplier": supplier, "recipient": recipient, "family": family,
        "designations": list(designations), "category": category, "description": None,
        "order_date": f"{order_year}-05-01" if order_year else None, "order_year": order_year,
        "number_ordered": number_ordered,
        "deliveries": [{"date": f"{y}-06-01", "year": y, "number": None, "sources": ["doc-1"]} for y in delivery_years],
        "number_delivered": number_delivered, "delivery_years": list(delivery_years), "status": "ordered",
        "value": None, "currency": None, "sources": ["doc-1", "doc-2"], "first_reported": first_reported,
        "last_reported": first_reported, "conflicts": [],
        "evidence": {"doc_id": "doc-1", "url": "https://news.example/a", "sentence": "An invented sentence.",
                     "start": 10, "end": 31},
        **extra,
    }


def row(supplier, recipient, designation, description="FGA aircraft", order_year=None, number_ordered=None,
        number_delivered=None, delivery_years=(), uncertain=(), line=10):
    """A SIPRI row as store.sipri.sipri_rows returns it."""
    return {"id": line, "source": "/data/trade-register.csv", "line": line, "recipient": recipient,
            "supplier": supplier, "designation": designation, "description": description, "order_year": order_year,
            "number_ordered": number_ordered, "number_delivered": number_delivered,
            "delivery_years": list(delivery_years), "delivery_years_text": "; ".join(map(str, delivery_years)) or None,
            "status": "New", "comments": None, "tiv_per_unit": None, "tiv_total": None, "tiv_delivered": None,
            "uncertain": list(uncertain)}


def ids(comparison):
    return ({(m.deal["deal_id"], m.sipri["line"]) for m in comparison.matched},
            {d["deal_id"] for d in comparison.news_only}, {r["line"] for r in comparison.sipri_only})


def test_three_outcomes():
    deals = [deal("d-su30", "Russia", "Myanmar", "Su-30", ["Su-30SME"], order_year=2018, number_ordered=6),
             deal("d-tb2", "Turkey", "Ruritania", "Bayraktar TB2", ["TB2"], category="uav", order_year=2024,
                  number_ordered=3)]
    rows = [row("Russia", "Myanmar", "Su-30MK", order_year=2018, number_ordered=6, line=11),
            row("China", "Myanmar", "FTC-2000", "trainer/combat aircraft", order_year=2019, number_ordered=12, line=12)]
    result = compare(deals, rows)
    assert ids(result) == ({("d-su30", 11)}, {"d-tb2"}, {12})
    assert result.counts() == {"matched": 1, "news_only": 1, "sipri_only": 1}
    assert result.matched[0].differences == []
    data = result.as_dict()
    assert data["counts"]["news_only"] == 1 and data["news_only"][0]["deal_id"] == "d-tb2"


@pytest.mark.parametrize("news_family, news_designation, sipri_designation, description", [
    ("Pantsir", "Pantsir-S1", "96K9 Pantsyr-S1", "mobile SAM system"),
    ("Kilo class", "Kilo-class submarine", "Project-877E/Kilo", "submarine"),
    ("Kilo class", "Project 636.3", "Project-636/Kilo", "submarine"),
    ("Kilo class", "Improved Kilo", "Project-636E", "submarine"),
    ("MiG-29", "MiG-29", "MiG-29SM", "fighter aircraft"),
    ("Su-30", "Su-30MKM", "Su-30MK", "FGA aircraft"),
    ("F-16", "F-16 Block 70", "F-16C Block-50/52", "FGA aircraft"),
    ("Mi-24", "Mi-35M", "Mi-24V/Mi-35", "combat helicopter"),
    ("C-130", "C-130J", "C-130H Hercules", "transport aircraft"),
    ("D-30", "D-30", "D-30 122mm", "towed gun"),
    ("Humvee", "Humvee", "HMMWV-UA", "APC"),
])
def test_sipri_spellings_match_the_news_family(news_family, news_designation, sipri_designation, description):
    result = compare([deal("d", "Russia", "Ruritania", news_family, [news_designation], order_year=2020)],
                     [row("Russia", "Ruritania", sipri_designation, description, order_year=2020)])
    assert len(result.matched) == 1, (news_designation, sipri_designation)


def test_exact_designation_is_preferred_over_family():
    deals = [deal("d", "Russia", "Ruritania", "MiG-29", ["MiG-29SM"], order_year=2020)]
    rows = [row("Russia", "Ruritania", "MiG-29", order_year=2020, line=1),
            row("Russia", "Ruritania", "MiG-29SM", order_year=2020, line=2)]
    result = compare(deals, rows)
    assert ids(result)[0] == {("d", 2)}
    assert result.matched[0].basis == "designation"
    assert ids(result)[2] == {1}


def test_different_systems_do_not_match():
    result = compare([deal("d", "Russia", "Ruritania", "Su-35", ["Su-35"], order_year=2020)],
                     [row("Russia", "Ruritania", "Su-30MK", order_year=2020)])
    assert not result.matched


@pytest.mark.parametrize("news_year, matched", [(2019, True), (2020, True), (2021, True), (2022, False), (2017, False)])
def test_order_year_within_one(news_year, matched):
    result = compare([deal("d", "Russia", "Ruritania", "Su-30", ["Su-30SM"], order_year=news_year)],
                     [row("Russia", "Ruritania", "Su-30MK", order_year=2020)])
    assert bool(result.matched) is matched
    if matched and news_year != 2020:
        assert result.matched[0].differences[0] == {"field": "order year", "news": news_year, "sipri": 2020,
                                                    "sipri_uncertain": False}


def test_number_differences_side_by_side_with_sipri_estimates_marked():
    news = deal("d", "Russia", "Myanmar", "Su-30", ["Su-30SME"], order_year=2018, number_ordered=6,
                number_delivered=6, delivery_years=[2022, 2023, 2024])
    sipri = row("Russia", "Myanmar", "Su-30MK", order_year=2018, number_ordered=8, number_delivered=4,
                delivery_years=[2022, 2023], uncertain=["number_delivered"])
    [match] = compare([news], [sipri]).matched
    by_field = {d["field"]: d for d in match.differences}
    assert by_field["number ordered"] == {"field": "number ordered", "news": 6, "sipri": 8, "sipri_uncertain": False}
    assert by_field["number delivered"]["sipri_uncertain"] is True
    assert (by_field["number delivered"]["news"], by_field["number delivered"]["sipri"]) == (6, 4)
    assert by_field["delivery years"]["news"] == "2022; 2023; 2024"
    assert "order year" not in by_field
    flat = compare([news], [sipri]).flat_rows()[0]
    assert set(flat) == set(FLAT_COLUMNS)
    assert (flat["news_number_ordered"], flat["sipri_number_ordered"]) == (6, 8)
    assert "number ordered: news 6 / SIPRI 8" in flat["differences"]


@pytest.mark.parametrize("news_supplier, news_recipient, sipri_supplier, sipri_recipient", [
    ("USA", "Turkey", "United States", "Turkiye"),
    ("United States", "Vietnam", "United States", "Viet Nam"),
    ("Russia", "Côte d'Ivoire", "Russia", "Cote d'Ivoire"),
    ("Russia", "Algeria", "Soviet Union", "Algeria"),
    ("Russian Federation", "Republic of the Congo", "Russia", "Congo"),
    ("United Arab Emirates", "Czech Republic", "UAE", "Czechia"),
])
def test_country_names_are_normalised(news_supplier, news_recipient, sipri_supplier, sipri_recipient):
    result = compare([deal("d", news_supplier, news_recipient, "Mi-17", ["Mi-17V-5"], category="helicopter",
                           order_year=1990)],
                     [row(sipri_supplier, sipri_recipient, "Mi-17", "transport helicopter", order_year=1990)])
    assert len(result.matched) == 1


def test_non_state_actors_and_unknown_suppliers():
    deals = [deal("d-yemen", "Iran", "Yemen", "Shahed-136", ["Shahed-136"], category="uav", order_year=2020),
             deal("d-libya", "China", "Libya", "Wing Loong", ["Wing Loong II"], category="uav", order_year=2019)]
    rows = [row("Iran", "Houthi rebels (Yemen)*", "Shahed-136", "loitering munition", order_year=2020, line=1),
            row("unknown supplier(s)", "Libya", "Wing Loong-2", "armed UAV", order_year=2019, line=2)]
    result = compare(deals, rows)
    assert not result.matched  # rebels are not the state in brackets; an unknown supplier is nobody
    houthi = compare([deal("d", "Iran", "Houthi rebels", "Shahed-136", ["Shahed-136"], order_year=2020)], rows[:1])
    assert len(houthi.matched) == 1


def test_unspecified_deal_is_never_matched_on_family_alone():
    rows = [row("China", "Myanmar", "FTC-2000", "trainer/combat aircraft", order_year=2019, number_ordered=12)]
    vague = deal("d", "China", "Myanmar", None, [], category="aircraft", order_year=2019)
    assert not compare([vague], rows).matched  # no number: nothing but parties, category and year
    assert not compare([dict(vague, number_ordered=10)], rows).matched  # number differs
    assert not compare([dict(vague, number_ordered=12, category="helicopter")], rows).matched
    assert not compare([dict(vague, number_ordered=12, order_year=None, order_date=None)], rows).matched
    [match] = compare([dict(vague, number_ordered=12)], rows).matched
    assert match.basis == "category, number and year"
    assert deal_label(vague) == "unspecified aircraft"


def test_unspecified_deal_does_not_take_a_row_a_named_deal_matches():
    rows = [row("China", "Myanmar", "FTC-2000", "trainer/combat aircraft", order_year=2019, number_ordered=12)]
    named = deal("d-named", "China", "Myanmar", "FTC-2000", ["FTC-2000"], order_year=2019)
    vague = deal("d-vague", "China", "Myanmar", None, [], category="aircraft", order_year=2019, number_ordered=12)
    assert ids(compare([vague, named], rows)) == ({("d-named", 10)}, {"d-vague"}, set())


def test_follow_on_orders_each_find_their_row():
    deals = [deal("first", "Russia", "Malaysia", "Su-30", ["Su-30MKM"], order_year=2003, number_ordered=18),
             deal("second", "Russia", "Malaysia", "Su-30", ["Su-30MKM"], order_year=2019, number_ordered=6)]
    rows = [row("Russia", "Malaysia", "Su-30MK", order_year=2018, number_ordered=6, line=2),
            row("Russia", "Malaysia", "Su-30MK", order_year=2003, number_ordered=18, line=1)]
    assert ids(compare(deals, rows))[0] == {("first", 1), ("second", 2)}


def test_each_row_matches_one_deal_the_closest():
    deals = [deal("late", "France", "Egypt", "Rafale", ["Rafale"], order_year=2022, number_ordered=30),
             deal("exact", "France", "Egypt", "Rafale", ["Rafale"], order_year=2021, number_ordered=30)]
    rows = [row("France", "Egypt", "Rafale", order_year=2021, number_ordered=30)]
    assert ids(compare(deals, rows)) == ({("exact", 10)}, {"late"}, set())


def test_deal_known_only_from_deliveries():
    news = deal("d", "Russia", "Serbia", "Pantsir", ["Pantsir-S1"], category="air_defence", delivery_years=[2020])
    sipri = row("Russia", "Serbia", "96K9 Pantsyr-S1", "mobile SAM system", order_year=2019, delivery_years=[2020])
    assert len(compare([news], [sipri]).matched) == 1
    far = row("Russia", "Serbia", "96K9 Pantsyr-S1", "mobile SAM system", order_year=2010, delivery_years=[2012])
    assert not compare([news], [far]).matched
    ordered_only = row("Russia", "Serbia", "96K9 Pantsyr-S1", "mobile SAM system", order_year=2019)
    [match] = compare([news], [ordered_only]).matched
    assert {"field": "delivery years", "news": "2020", "sipri": "none recorded", "sipri_uncertain": False} \
        in match.differences


def test_undated_deal_is_compared_by_when_it_was_reported():
    news = deal("d", "Russia", "Serbia", "Pantsir", ["Pantsir-S1"], first_reported="2021-02-01")
    recent = row("Russia", "Serbia", "96K9 Pantsyr-S1", "mobile SAM system", order_year=2019)
    old = row("Russia", "Serbia", "96K9 Pantsyr-S1", "mobile SAM system", order_year=2005)
    assert len(compare([news], [recent]).matched) == 1
    assert not compare([news], [old]).matched


def test_filter_rows_by_any_alias_and_years():
    rows = [row("United States", "Turkiye", "F-16V Viper", order_year=2021, line=1),
            row("Russia", "Turkiye", "S-400 Triumf", "SAM system", order_year=2017, line=2),
            row("Soviet Union", "Syria", "MiG-29", order_year=1987, line=3)]
    assert [r["line"] for r in filter_rows(rows, recipient="Turkey")] == [1, 2]
    assert [r["line"] for r in filter_rows(rows, supplier="USA")] == [1]
    assert [r["line"] for r in filter_rows(rows, supplier="Russian Federation")] == [2, 3]
    assert [r["line"] for r in filter_rows(rows, since=2018)] == [1]
    assert [r["line"] for r in filter_rows(rows, until=2000)] == [3]


def test_alias_file_is_checked(tmp_path):
    assert load_aliases().countries["turkiye"] == "Turkey"
    bad = tmp_path / "aliases.tsv"
    bad.write_text("kind\tsipri\tarmstrack\nsystem\tWidget-9\tNo Such System\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"aliases.tsv:2: 'No Such System' is not a designation"):
        load_aliases(bad)
    bad.write_text("kind\tsipri\tarmstrack\ncountry\tRuritania\tAtlantis\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"aliases.tsv:2: 'Atlantis' is not a country"):
        load_aliases(bad)
    bad.write_text("kind\tsipri\tarmstrack\nweird\ta\tb\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"aliases.tsv:2: kind 'weird'"):
        load_aliases(bad)


def test_sipri_descriptions_become_categories():
    names = default_names()
    assert names.category("FGA aircraft") == "aircraft"
    assert names.category("mobile SAM system") == "air_defence"
    assert names.category("(armed) trainer aircraft") == "aircraft"
    assert names.category("towed gun") == "artillery"
    assert names.category("armed UAV") == "uav"
    assert names.category(None) is None


def test_deals_not_yet_ordered_come_last_among_news_only_with_a_note():
    offer = deal("offer", "France", "Ruritania", "Rafale", ["Rafale"], order_year=None, status="negotiating")
    order = deal("order", "France", "Borduria", "Rafale", ["Rafale"], order_year=2024)
    result = compare([offer, order], [])
    assert [d["deal_id"] for d in result.news_only] == ["order", "offer"]
    notes = {r["deal_id"]: r["note"] for r in result.flat_rows()}
    assert notes["order"] is None and "not ordered yet" in notes["offer"]
