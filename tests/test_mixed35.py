"""own24 third pass (meetings and figures): resolver and extractor families."""
from __future__ import annotations


def _fig(gaz, i, doc, subject, value, sentence, source="Ministry of Defence"):
    from armstrack.resolve import rules

    r = rules.Rec("figures", i, doc, 0, 1, sentence, {"what": "amount", "value": value, "unit": "USD",
                                                      "subject": subject, "source": source})
    rules.prepare(r, rules.Canon(gaz))
    return r


def test_one_measure_told_for_different_years_is_two_figures(gaz):
    from armstrack.resolve import rules

    a = _fig(gaz, 1, "a", "Turkey's defence exports", 5.5e9,
             "Turkey's defence exports climbed to $5.5 billion in 2023, the ministry said.")
    b = _fig(gaz, 2, "b", "Turkish defence exports", 7.1e9,
             "Turkish defence exports hit an all-time high of $7.1 billion in 2024, the ministry said.")
    assert len(rules.cluster([a, b])) == 2


def test_one_measure_one_year_two_values_stays_a_conflict(gaz):
    from armstrack.resolve import rules

    # near negative: the same year told with two values is one figure whose sources disagree
    a = _fig(gaz, 1, "a", "Turkey's defence exports", 5.5e9,
             "Turkey's defence exports climbed to $5.5 billion in 2023, the ministry said.")
    b = _fig(gaz, 2, "b", "Turkish defence exports", 5.7e9,
             "In 2023 Turkish defence exports came to $5.7 billion, according to the ministry.")
    assert len(rules.cluster([a, b])) == 1
    # no year on one side: nothing says they differ
    c = _fig(gaz, 3, "c", "Turkey's defence exports", 5.9e9,
             "Turkey's defence exports came to $5.9 billion, the ministry said.")
    assert len(rules.cluster([a, c])) == 1
    # the same value with different years in the sentences still merges
    d = _fig(gaz, 4, "d", "Turkey's defence exports", 5.5e9,
             "Turkey's defence exports, down from a 2019 peak, came to $5.5 billion, the ministry said.")
    assert len(rules.cluster([a, d])) == 1


def _figures(text: str) -> set[tuple[float, str]]:
    from tests.readings import analysed

    return {(round(f.value, 2), f.unit) for f in analysed(text).figures}


def test_people_charged_with_breaking_sanctions_are_not_sanctioned_people():
    assert (3.0, "people") not in _figures(
        "A court in Rotterdam on Friday remanded three men in custody on charges of smuggling and breaching UN "
        "sanctions: a shipping agent, a broker and a Cypriot banker.")
    assert (2.0, "people") not in _figures(
        "Prosecutors charged two businessmen with violations of US sanctions on Venezuela last month.")


def test_people_put_under_sanctions_stay_a_figure():
    # near negatives: sanctions imposed on the people counted
    assert (3.0, "people") in _figures(
        "The European Union on Monday imposed sanctions on three men it accuses of supplying drones to the junta.")
    assert (5.0, "people") in _figures(
        "Canada sanctioned five people over the attacks on shipping in the Red Sea.")


def _meetings(text: str, published: str) -> set[tuple[tuple[str, ...], str | None, str | None]]:
    from tests.readings import analysed

    return {(tuple(sorted(m.participants)), m.date, m.place) for m in analysed(text, published=published).meetings}


def test_a_visit_dated_by_a_weekday_and_a_part_of_the_day():
    text = ("LIMA, March 4, 2026 - Peru and Rwanda signed a trade accord on Wednesday.\\n\\n"
            "Rwandan President Paul Kagame landed in Lima on Monday night on his first trip to South America "
            "since taking office.")
    assert (("Paul Kagame",), "2026-03-02", "Lima") in _meetings(text, "2026-03-04")


def test_a_time_without_a_day_dates_no_visit():
    # near negative: a clock time names no day; the visit keeps the day its sentence names, else none
    text = ("LIMA, March 4, 2026 - Peru and Rwanda signed a trade accord on Wednesday.\\n\\n"
            "Rwandan President Paul Kagame landed in Lima at 10 pm on his first trip to South America "
            "since taking office.")
    assert not any(d == "2026-03-02" for _, d, _ in _meetings(text, "2026-03-04"))
