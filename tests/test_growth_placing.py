"""Placing new records against stored facts (issue 11).

``rules.place`` puts new records among the stored clusters linked to them when each sorts after every member
of those clusters; the resolver recomputes the groups of the records that do not. Together they must give
the clusters of ``rules.cluster`` over everything. And a merge is a fold (``accum``): a stored fact's state,
written as JSON and read back, with later members added, must merge as all its members at once."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from armstrack.resolve import accum, rules

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
    """As the resolver: stored records clustered first; new ones that sort after every member of the stored
    clusters linked to them placed, then the groups of the others clustered again from all their records."""
    stored = [r for r, n in zip(recs, new_flags) if not n]
    new = [r for r, n in zip(recs, new_flags) if n]
    clusters, reps = rules.cluster_with_reps(stored)
    slots = {str(i): rules.Slot(c[0].order(), dict(rp), str(i)) for i, (c, rp) in enumerate(zip(clusters, reps))}
    linked = {r.id: {str(i) for i, c in enumerate(clusters) if any(_linked(r, x) for x in c)} for r in new}
    ready = [r for r in new if all(x.order() < r.order() for fid in linked[r.id] for x in clusters[int(fid)])]
    fresh = rules.place(slots, linked, ready)
    placed = [c + slots[str(i)].new for i, c in enumerate(clusters)] + [s.new for s in fresh]
    group = _groups(recs)
    again = {group[r.id] for r in new if r not in ready}
    kept = [c for c in placed if group[c[0].id] not in again]
    redone = rules.cluster([r for r in recs if group[r.id] in again])
    assert _ids([*kept, *redone]) == _ids(rules.cluster(recs))
    if len(ready) == len(new):  # nothing recomputed: the representatives are those of clustering everything
        by_members = {tuple(sorted(r.id for r in c)): sorted(r.id for r in rp.values())
                      for c, rp in zip(*rules.cluster_with_reps(recs))}
        for i, c in enumerate(clusters):
            assert sorted(r.id for r in slots[str(i)].reps.values()) == \
                by_members[tuple(sorted(r.id for r in c + slots[str(i)].new))]


def _folds_alike(kind: str, recs: list[rules.Rec], cut: int) -> None:
    """A state of the first ``cut`` members through JSON, then the rest added: merges as all of them."""
    ordered = sorted(recs, key=rules.Rec.order)
    state = json.loads(json.dumps(accum.fold_all(kind, ordered[:cut])))
    for r in ordered[cut:]:
        accum.add(state, r)
    assert json.dumps(accum.finish(state)) == json.dumps(rules.merge(kind, recs))


def _doc(doc: str, new: bool) -> str:
    """New records come from new documents (a stored fact holds none of their records)."""
    return f"new-{doc}" if new else doc


def _transfers(gaz, rows):
    recs = []
    for i, (doc, family, when, qty, status, root, published, new) in enumerate(rows):
        r = rules.Rec("transfers", i, _doc(doc, new), i, i + 1, "s", {
            "supplier": "Russia", "recipient": "India", "system": family or "helicopters", "family": family,
            "category": "aircraft", "quantity": qty, "status": status, "when": when, "value": qty and qty * 1.5,
            "currency": None}, published=published, root=root or _doc(doc, new))
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    return recs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["Mi-17", None]),
                          st.sampled_from([None, "2020", "2020-03", "2020-04", "2021"]),
                          st.sampled_from([None, 4, 6]), st.sampled_from(["delivered", "ordered"]),
                          st.sampled_from([None, "a"]), st.sampled_from(PUBLISHED), st.booleans()),
                min_size=1, max_size=16), st.integers(0, 16))
def test_placing_transfers_equals_clustering_all(gaz, rows, cut):
    recs = _transfers(gaz, rows)
    _check(recs, [row[-1] for row in rows])
    for c in rules.cluster(recs):
        _folds_alike("transfers", c, min(cut, len(c)))


VOCAB = ["we", "the", "will", "keep", "our", "promises", "to", "partners", "all", "never", "ships", "arms"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from(["Ivo Marsh", "Ula Teng"]),
                          st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7), st.sampled_from(PUBLISHED),
                          st.booleans()), min_size=1, max_size=16), st.integers(0, 16))
def test_placing_quotes_equals_clustering_all(gaz, rows, cut):
    recs = []
    for i, (doc, speaker, ws, published, new) in enumerate(rows):
        r = rules.Rec("quotes", i, _doc(doc, new), i, i + 1, "s", {"speaker": speaker, "text": " ".join(ws),
                                                                   "cue": "said", "outlet": None}, published=published)
        rules.prepare(r, rules.Canon(gaz, {speaker: speaker}))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])
    for c in rules.cluster(recs):
        _folds_alike("quotes", c, min(cut, len(c)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sets(st.sampled_from(PEOPLE), min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-05", "2020-05-03", "2021"]),
                          st.sampled_from(["meeting", "visit"]), st.sampled_from([None, "Lisbon", "Oslo"]),
                          st.sampled_from(PUBLISHED), st.booleans()), min_size=1, max_size=14), st.integers(0, 14))
def test_placing_meetings_equals_clustering_all(gaz, rows, cut):
    recs = []
    for i, (doc, people, when, kind, place, published, new) in enumerate(rows):
        r = rules.Rec("meetings", i, _doc(doc, new), i, i + 1, "s", {"participants": sorted(people), "date": when,
                                                                     "place": place, "kind": kind}, published=published)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])
    for c in rules.cluster(recs):
        _folds_alike("meetings", c, min(cut, len(c)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from(
    ["Chad's arms imports", "arms imports of Chad from Peru", "Peru's arms imports", "the deal",
     "the storms", "defence budget"]), st.sampled_from([None, "a think tank", "the treasury"]),
    st.sampled_from([None, 12.0, 16.0, 807e6]), st.sampled_from([None, "2021-07-01", "2021-07-10"]),
    st.sampled_from(["The budget grew.", "Peru armed Chad."]), st.sampled_from(PUBLISHED), st.booleans()),
    min_size=1, max_size=12), st.integers(0, 12))
def test_placing_figures_equals_clustering_all(gaz, rows, cut):
    recs = []
    for i, (doc, subject, source, value, as_of, sentence, published, new) in enumerate(rows):
        r = rules.Rec("figures", i, _doc(doc, new), i, i + 1, sentence, {
            "what": "share", "value": value, "unit": "percent", "subject": subject, "source": source, "as_of": as_of},
            published=published)
        rules.prepare(r, rules.Canon(gaz))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])
    for c in rules.cluster(recs):
        _folds_alike("figures", c, min(cut, len(c)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from(["sanction", "coup"]),
                          st.sets(st.sampled_from(["Chad", "Peru", "Laos", "Ivo Marsh"]), min_size=1, max_size=3),
                          st.sampled_from([None, "2020", "2020-05-03", "2021"]),
                          st.sampled_from(["Chad and Peru traded sanctions.", "A coup hit Laos."]),
                          st.sampled_from(PUBLISHED), st.booleans()), min_size=1, max_size=14), st.integers(0, 14))
def test_placing_events_equals_clustering_all(gaz, rows, cut):
    recs = []
    for i, (doc, typ, actors, when, sentence, published, new) in enumerate(rows):
        r = rules.Rec("events", i, _doc(doc, new), i, i + 1, sentence, {
            "type": typ, "date": when, "actors": sorted(actors), "summary": None, "plover": None, "cameo": None},
            published=published)
        rules.prepare(r, rules.Canon(gaz, {"Ivo Marsh": "Ivo Marsh"}))
        recs.append(r)
    _check(recs, [row[-1] for row in rows])
    for c in rules.cluster(recs):
        _folds_alike("events", c, min(cut, len(c)))


def test_a_later_report_joins_its_stored_fact_and_an_earlier_one_is_not_placed(gaz):
    """A remark repeated by a later article is placed in the stored quote; a report published before the
    stored ones would be clustered first, so it is left to the group recompute."""
    def quote(i, doc, day):
        r = rules.Rec("quotes", i, doc, 0, 1, "s", {"speaker": "Ula Teng", "text": "the harbour stays open to all",
                                                    "cue": "said", "outlet": None}, published=date(2022, 5, day))
        rules.prepare(r, rules.Canon(gaz, {"Ula Teng": "Ula Teng"}))
        return r

    stored, reps = rules.cluster_with_reps([quote(1, "x1", 2), quote(2, "x2", 3)])
    slot = rules.Slot(stored[0][0].order(), dict(reps[0]), "q1")
    later, earlier = quote(3, "x3", 9), quote(4, "x4", 1)
    assert rules.place({"q1": slot}, {3: {"q1"}}, [later]) == [] and slot.new == [later]
    assert earlier.order() < stored[0][-1].order()  # what the resolver checks before placing
