"""Merge accumulators: what a fact's merged record is computed from, one member at a time (issue 11).

``rules.merge`` of a cluster reads every member; a refresh that adds a report to a fact told a thousand
times would read the thousand again. Here the merge is a fold: ``add`` takes the members in canonical
order (``Rec.order``) into a JSON-able state and ``finish`` gives the merged record from the state alone,
so a member that sorts after every member of a stored fact is folded into the fact's stored state without
reading the others. The state holds, per kind, what each merge rule reads:

* most-frequent fields: each value with its count, in the order of its first member (ties go to the first
  seen, or to a tie key, larger wins: the first seen among the largest);
* the most precise date (the longest, then the largest string);
* conflict fields: every member's (value, document), in member order (a conflict lists them all);
* united lists (participants, actors): each name with its count and the place of its first mention;
* per kind: the first member's canonical countries or speaker, whether any member named a supplier, the
  figures' dated points, the transfers' systems and statuses (links over every member).

``rules.merge`` is ``finish(fold(members))``: the full recompute and the incremental fold are one code.
"""

from __future__ import annotations

from typing import Any

from armstrack import kinds
from armstrack.records import STATUSES
from armstrack.resolve.text import dates_compatible, fold

State = dict[str, Any]


def _hashable(v):
    return tuple(v) if isinstance(v, list) else v


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), abs(float(b)), 1e-9)


def _status_rank(s) -> int:
    return STATUSES.index(s) if s in STATUSES else -1


def _designation_key(name) -> str:
    return "".join(ch for ch in str(name).lower() if ch.isalnum())


def _names_more_than_family(st: State):
    """The tie key of a transfer's system name: when reports give two names equally often, the one that says
    more than the family it belongs to (a class or variant, "Babur-class", over the design's own name,
    "MILGEM") names the record; among those, the first seen."""
    families = {_designation_key(v) for v, _ in st["mf"].get("family") or ()}
    return lambda name: _designation_key(name) not in families


# --- the accumulators ------------------------------------------------------------------------------

def start(kind: str) -> State:
    """The state of a fact with no member yet."""
    return {"kind": kind, "n": 0, "mf": {}, "mp": {}, "cv": {}, "un": {}, "x": {}}


def _count(st: State, name: str, value) -> None:
    """One more member with ``value`` for a most-frequent field (empty values are not counted)."""
    if value is None or value == "":
        return
    entries = st["mf"].setdefault(name, [])
    h = _hashable(value)
    for e in entries:
        if _hashable(e[0]) == h:
            e[1] += 1
            return
    entries.append([value, 1])


def _most_frequent(st: State, name: str, tie=None):
    """The most frequent value (as ``rules``' most-frequent rule: ties to ``tie``, larger wins, else first seen)."""
    entries = st["mf"].get(name) or []
    if not entries:
        return None
    if len(entries) == 1:
        return entries[0][0]
    best = max(c for _, c in entries)
    tied = [v for v, c in entries if c == best]
    return max(tied, key=tie) if tie is not None else tied[0]


def _precise(st: State, name: str, value) -> None:
    """The longest value so far (then the largest): a full date over a year."""
    if not value:
        return
    cur = st["mp"].get(name)
    if cur is None or (len(value), value) > (len(cur), cur):
        st["mp"][name] = value


def _conflict_value(st: State, name: str, value, doc: str) -> None:
    if value is not None:
        st["cv"].setdefault(name, []).append([value, doc])


def _conflict(name: str, vals: list, same=None) -> dict | None:
    """A conflict over ``vals`` ((value, document) of the members that give one, in member order)."""
    distinct: list = []
    for v, _ in vals:
        if not any((same(v, u) if same else v == u) for u in distinct):
            distinct.append(v)
    if len(distinct) < 2:
        return None
    return {"field": name, "values": [{"value": v, "doc": d}
                                      for v, d in sorted(((v, d) for v, d in vals), key=lambda x: (str(x[0]), x[1]))]}


def _unite(st: State, name: str, values: list, index: int) -> None:
    """A member's names for a united list: counts and the place (member, position) of each first mention."""
    entries = st["un"].setdefault(name, {})
    for j, v in enumerate(values):
        e = entries.get(v)
        if e is None:
            entries[v] = [1, index, j]
        else:
            e[0] += 1


def _united(st: State, name: str) -> list:
    entries = st["un"].get(name) or {}
    return sorted(entries, key=lambda v: (-entries[v][0], entries[v][1], entries[v][2]))


def _list_union(st: State, name: str, values: list, index: int) -> None:
    """As ``_unite``, for raw list values (not always strings): kept as [value, count, member, position]."""
    entries = st["un"].setdefault(name, [])
    for j, v in enumerate(values):
        h = _hashable(v)
        for e in entries:
            if _hashable(e[0]) == h:
                e[1] += 1
                break
        else:
            entries.append([v, 1, index, j])


# --- per kind: folding one member ------------------------------------------------------------------

def add(st: State, rec) -> None:
    """Fold one member (``rules.Rec``) into the state; members come in canonical order."""
    f, n = rec.fields, rec.norm
    kind, x, i = st["kind"], st["x"], st["n"]
    if kind == "transfers":
        if i == 0:
            x["supplier"], x["recipient"] = n["supplier"], n["recipient"]
        x["named_supplier"] = x.get("named_supplier", False) or f.get("supplier") is not None
        x["named_recipient"] = x.get("named_recipient", False) or f.get("recipient") is not None
        for name in ("system", "family", "category", "quantity", "value", "currency", "status"):
            _count(st, name, f.get(name))
        _precise(st, "when", f.get("when"))
        for name in ("quantity", "value", "status", "when"):
            _conflict_value(st, name, f.get(name), rec.doc)
        systems, statuses = set(x.get("systems", ())), set(x.get("statuses", ()))
        systems.update(v for v in (f.get("system"), f.get("family")) if v)
        if f.get("status"):
            statuses.add(f.get("status"))
        x["systems"], x["statuses"] = sorted(systems), sorted(statuses)
    elif kind == "meetings":
        _unite(st, "participants", n["participants"], i)
        _precise(st, "date", f.get("date"))
        _count(st, "place", n["place"])
        _count(st, "kind", f.get("kind"))
        _conflict_value(st, "date", f.get("date"), rec.doc)
    elif kind == "quotes":
        if i == 0:
            x["speaker"] = n["speaker"]
        for name in ("speaker", "text", "cue", "outlet"):
            _count(st, name, f.get(name))
    elif kind == "figures":
        for name in ("what", "value", "unit", "period", "subject", "source"):
            _count(st, name, f.get(name))
        _precise(st, "as_of", f.get("as_of"))
        if f.get("as_of") or f.get("value") is not None:
            x.setdefault("points", []).append([f.get("as_of"), f.get("value"), rec.doc])
    elif kind == "events":
        for name in ("type", "summary", "plover", "cameo"):
            _count(st, name, f.get(name))
        _precise(st, "date", f.get("date"))
        _unite(st, "actors", n["actors"], i)
        _conflict_value(st, "date", f.get("date"), rec.doc)
    else:
        for spec_field in kinds.get(kind).fields:
            if spec_field.type is list:
                _list_union(st, spec_field.name, f.get(spec_field.name) or [], i)
            else:
                _count(st, spec_field.name, f.get(spec_field.name))
    st["n"] = i + 1


def fold_all(kind: str, members: list) -> State:
    """The state of members already in canonical order."""
    st = start(kind)
    for r in members:
        add(st, r)
    return st


# --- per kind: the merged record -------------------------------------------------------------------

def finish(st: State) -> tuple[dict[str, Any], list[dict], list[dict] | None]:
    """(fields, conflicts, series) of the fact, as ``rules.merge`` of its members gives them."""
    kind, x = st["kind"], st["x"]
    mf = lambda name, tie=None: _most_frequent(st, name, tie)  # noqa: E731
    cv = st["cv"]
    conflicts: list[dict] = []
    series = None
    if kind == "transfers":
        out = {"supplier": x["supplier"], "recipient": x["recipient"],
               "system": mf("system", _names_more_than_family(st)), "family": mf("family"), "category": mf("category"),
               "quantity": mf("quantity"), "status": mf("status", _status_rank), "when": st["mp"].get("when"),
               "value": mf("value"), "currency": mf("currency")}
        if out["supplier"] == "unknown" and not x["named_supplier"]:
            out["supplier"] = None
        if out["recipient"] == "unknown" and not x["named_recipient"]:
            out["recipient"] = None
        for name in ("quantity", "value", "status"):
            c = _conflict(name, cv.get(name, []), _same_value if name == "value" else None)
            if c:
                conflicts.append(c)
        c = _conflict("when", cv.get("when", []), dates_compatible)
        if c:
            conflicts.append(c)
    elif kind == "meetings":
        out = {"participants": _united(st, "participants"), "date": st["mp"].get("date"),
               "place": mf("place"), "kind": mf("kind")}
        c = _conflict("date", cv.get("date", []), dates_compatible)
        if c:
            conflicts.append(c)
    elif kind == "quotes":
        out = {"speaker": x["speaker"] or mf("speaker"), "text": mf("text", len), "cue": mf("cue"),
               "outlet": mf("outlet")}
    elif kind == "figures":
        points = x.get("points", [])
        dated = [p for p in points if p[0]]
        latest = None
        if len({p[0] for p in dated}) >= 2:
            ordered = sorted(dated, key=lambda p: (p[0], p[2]))
            series = [{"as_of": a, "value": v, "doc": d} for a, v, d in ordered]
            latest = max(dated, key=lambda p: (p[0], p[2]))
        out = {"what": mf("what"), "value": latest[1] if latest else mf("value"), "unit": mf("unit"),
               "period": mf("period"), "as_of": st["mp"].get("as_of") if not series else latest[0],
               "subject": mf("subject", len), "source": mf("source")}
        # the same as-of date (or none at all) with different values is a contradiction
        groups: dict[str | None, list] = {}
        for a, v, d in points:
            if v is not None:
                groups.setdefault(a if series else None, []).append([v, d])
        for _, vals in sorted(groups.items(), key=lambda g: str(g[0])):
            c = _conflict("value", vals, _same_value)
            if c:
                conflicts.append(c)
    elif kind == "events":
        out = {"type": mf("type"), "date": st["mp"].get("date"), "actors": _united(st, "actors"),
               "summary": mf("summary"), "plover": mf("plover"), "cameo": mf("cameo")}
        c = _conflict("date", cv.get("date", []), dates_compatible)
        if c:
            conflicts.append(c)
    else:
        out = {}
        for spec_field in kinds.get(kind).fields:
            if spec_field.type is list:
                entries = st["un"].get(spec_field.name) or []
                first: dict[str, Any] = {}  # each name once, as first written (most named first)
                for v, *_ in sorted(entries, key=lambda e: (-e[1], e[2], e[3])):
                    first.setdefault(fold(str(v)), v)
                out[spec_field.name] = list(first.values())
            else:
                out[spec_field.name] = mf(spec_field.name)
    return out, conflicts, series
