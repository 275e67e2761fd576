"""Placing new records among stored clusters (issue 11): ``rules.place`` over the clusters linked to them,
with the groups of moved records that other records link to clustered again, gives exactly the clusters of
``rules.cluster`` over stored and new records."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from armstrack.resolve import rules

PUBLISHED = [None, date(2020, 1, 10), date(2020, 6, 1), date(2021, 3, 1)]
PEOPLE = ["Ivo Marsh", "Ula Teng", "Pim Ardo", "Sef Kollin"]


def _ids(clusters) -> list[tuple[int, ...]]:
    return sorted(tuple(sorted(r.id for r in c)) for c in clusters if c)


def _groups(recs: list[rules.Rec]) -> dict[int, int]:
    """Record id -> its group of linked records (a key one indexes and another holds)."""
    parent = {r.id: r.id for r in recs}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    indexers: dict[str, int] = {}
    for r in recs:
        for k, _ in r.keys:
            parent[find(r.id)] = find(indexers.setdefault(k, r.id))
    for r in recs:
        for k, _ in r.probes:
            if k in indexers:
                parent[find(r.id)] = find(indexers[k])
    return {r.id: find(r.id) for r in recs}


def _linked(a: rules.Rec, b: rules.Rec) -> bool:
    """One indexes a key the other holds."""
    ka, kb = {k for k, _ in a.keys}, {k for k, _ in b.keys}
    return bool(ka & (kb | {k for k, _ in b.probes}) or kb & {k for k, _ in a.probes})


def _check(recs: list[rules.Rec], new_flags: list[bool]) -> None:
    """Stored records clustered first; new ones placed with the clusters linked to them, the groups of
    moved records linked to other records clustered again (as the resolver does): the same as clustering all."""
    stored = [r for r, n in zip(recs, new_flags) if not n]
    new = [r for r, n in zip(recs, new_flags) if n]
    before = rules.cluster(stored)
    linked = [c for c in before if any(_linked(r, x) for r in c for x in new)]
    untouched = [c for c in before if not any(c is x for x in linked)]
    placed, moved = rules.place(linked, new)
    outside = [r for c in untouched for r in c]
    group = _groups(recs)
    again = {group[r.id] for r in moved if any(_linked(r, u) for u in outside)}
    kept = [c for c in (*untouched, *placed) if c and group[c[0].id] not in again]
    redone = rules.cluster([r for r in recs if group[r.id] in again])
    assert _ids([*kept, *redone]) == _ids(rules.cluster(recs))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["Mi-17", None]),
                          st.sampled_from([None, "2020", "2020-03", "2020-04", "2021"]),
                          st.sampled_from([None, 4, 6]), st.sampled_from(["delivered", "ordered"]),
                          st.sampled_from([None, "a"]), st.sampled_from(PUBLISHED), st.booleans()),
                min_size=1, max_size=16))
def test_placing_transfers_equals_clustering_all(gaz, rows):
    recs = []
    for i, (doc, family, when, qty, status, root, published, _) in enumerate(rows):
        r = rules.Rec("transfers", i, doc, i, i + 1, "s", {
            "supplier": "Russia", "recipient": "India", "system": family or "helicopters", "family": family,
            "category": "aircraft", "quantity": qty, "status": status, "when": when, "value": None,
            "currency": None}, published=published, root=root or doc)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])


VOCAB = ["we", "the", "will", "keep", "our", "promises", "to", "partners", "all", "never", "ships", "arms"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from(["Ivo Marsh", "Ula Teng"]),
                          st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7), st.sampled_from(PUBLISHED),
                          st.booleans()), min_size=1, max_size=16))
def test_placing_quotes_equals_clustering_all(gaz, rows):
    recs = []
    for i, (doc, speaker, ws, published, _) in enumerate(rows):
        r = rules.Rec("quotes", i, doc, i, i + 1, "s", {"speaker": speaker, "text": " ".join(ws), "cue": "said",
                                                        "outlet": None}, published=published)
        rules.prepare(r, rules.Canon(gaz, {speaker: speaker}))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sets(st.sampled_from(PEOPLE), min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-05", "2020-05-03", "2021"]),
                          st.sampled_from(["meeting", "visit"]), st.sampled_from([None, "Lisbon", "Oslo"]),
                          st.sampled_from(PUBLISHED), st.booleans()), min_size=1, max_size=14))
def test_placing_meetings_equals_clustering_all(gaz, rows):
    recs = []
    for i, (doc, people, when, kind, place, published, _) in enumerate(rows):
        r = rules.Rec("meetings", i, doc, i, i + 1, "s", {"participants": sorted(people), "date": when,
                                                          "place": place, "kind": kind}, published=published)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from(
    ["Chad's arms imports", "arms imports of Chad from Peru", "Peru's arms imports", "the deal",
     "the storms", "defence budget"]), st.sampled_from([None, "a think tank", "the treasury"]),
    st.sampled_from([None, 12.0, 16.0, 807e6]), st.sampled_from([None, "2021-07-01", "2021-07-10"]),
    st.sampled_from(["The budget grew.", "Peru armed Chad."]), st.sampled_from(PUBLISHED), st.booleans()),
    min_size=1, max_size=12))
def test_placing_figures_equals_clustering_all(gaz, rows):
    recs = []
    for i, (doc, subject, source, value, as_of, sentence, published, _) in enumerate(rows):
        r = rules.Rec("figures", i, doc, i, i + 1, sentence, {"what": "share", "value": value, "unit": "percent",
                                                              "subject": subject, "source": source,
                                                              "as_of": as_of}, published=published)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["sanction", "coup"]),
                          st.sets(st.sampled_from(["Chad", "Peru", "Laos", "Ivo Marsh"]), min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-05-03", "2021"]),
                          st.sampled_from(["Chad and Peru traded sanctions.", "A coup hit Laos."]),
                          st.sampled_from(PUBLISHED), st.booleans()), min_size=1, max_size=14))
def test_placing_events_equals_clustering_all(gaz, rows):
    recs = []
    for i, (doc, typ, actors, when, sentence, published, _) in enumerate(rows):
        r = rules.Rec("events", i, doc, i, i + 1, sentence, {"type": typ, "date": when, "actors": sorted(actors),
                                                             "summary": None, "plover": None, "cameo": None},
                      published=published)
        rules.prepare(r, rules.Canon(gaz, {"Ivo Marsh": "Ivo Marsh"}))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])


def test_a_report_joins_a_stored_fact_wherever_it_sorts(gaz):
    """A remark repeated by another article joins the stored quote, after or before its reports; nothing
    has to be clustered again."""
    def quote(i, doc, day):
        r = rules.Rec("quotes", i, doc, 0, 1, "s", {"speaker": "Ula Teng", "text": "the harbour stays open to all",
                                                    "cue": "said", "outlet": None}, published=date(2022, 5, day))
        rules.prepare(r, rules.Canon(gaz, {"Ula Teng": "Ula Teng"}))
        return r

    stored = rules.cluster([quote(1, "x1", 2), quote(2, "x2", 3)])
    placed, moved = rules.place(stored, [quote(3, "x3", 9)])
    assert not moved and _ids(placed) == [(1, 2, 3)]
    # an earlier report starts the fact now: the stored one takes it in front, nothing else moves
    placed, moved = rules.place(stored, [quote(4, "x4", 1)])
    assert not moved and _ids(placed) == [(1, 2, 4)]

