"""Canonical entities across the database: weapon systems by family, places by spelling.

The gazetteer already gives every known name one canonical form (Burma -> Myanmar, Pantsir-1 ->
Pantsir-S1, Naypyitaw -> Naypyidaw). On top of that:

* weapon systems of one family are one entity (rule ``same_family``), the designations kept as aliases;
* places the gazetteer does not know are merged with a place of the same country whose name is a
  near spelling of theirs (rule ``place_spelling``; spaces and hyphens ignored, edit distance within
  allowed_edits);
* countries and organisations stay as the gazetteer names them (a military keeps its ``country``).

User decisions in ``merge_overrides`` (kind ``entity``) win, as for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from armstrack.nlp.gazetteers import Gazetteers
from armstrack.resolve.people import Link
from armstrack.resolve.text import key, near


@dataclass
class EntityRow:
    """A stored entity as clustering reads it."""

    id: int
    type: str
    canonical: str
    attrs: dict


def block_of(type_: str, canonical: str, attrs: dict | None) -> str:
    """Entities that can be one share this key: a weapon family, a country's places, else the entity itself."""
    attrs = attrs or {}
    if type_ == "WEAPON_SYSTEM":
        return "w:" + (key(attrs.get("family") or canonical) or canonical)[:280]
    if type_ == "LOCATION" and attrs.get("country"):
        return "l:" + str(attrs["country"])[:280]
    return f"x:{type_}:{canonical}"[:300]


def _weapon_groups(rows: list[EntityRow]) -> list[list[EntityRow]]:
    groups: dict[str, list[EntityRow]] = {}
    for r in rows:
        fam = (r.attrs or {}).get("family") or r.canonical
        groups.setdefault(key(fam) or r.canonical, []).append(r)
    return list(groups.values())


def _place_groups(rows: list[EntityRow], gaz: Gazetteers | None,
                  splits: set[tuple[str, str]]) -> list[tuple[list[EntityRow], dict[int, tuple[str, str]]]]:
    known = {r.id: bool(gaz and gaz.place(r.canonical)) for r in rows}
    ordered = sorted(rows, key=lambda r: (not known[r.id], len(r.canonical), r.canonical))
    clusters: list[tuple[list[EntityRow], dict[int, tuple[str, str]]]] = []
    for r in ordered:
        country = (r.attrs or {}).get("country")
        placed = False
        if country:
            for members, why in clusters:
                head = members[0]
                if (head.attrs or {}).get("country") != country:
                    continue
                if known[r.id] and all(known[m.id] for m in members):
                    continue  # two places the gazetteer knows are two places
                dists = []
                for m in members:
                    d = None if (min(m.canonical, r.canonical), max(m.canonical, r.canonical)) in splits \
                        else near(key(m.canonical), key(r.canonical))
                    if d is None:
                        break
                    dists.append(d)
                else:
                    members.append(r)
                    why[r.id] = ("place_spelling",
                                 f"{r.canonical!r}~{head.canonical!r} in {country} (edit distance {dists[0]})")
                    placed = True
                    break
        if not placed:
            clusters.append(([r], {}))
    return clusters


def cluster_entities(rows: list[EntityRow], gaz: Gazetteers | None = None,
                     splits: set[tuple[str, str]] = frozenset(),
                     merges: set[tuple[str, str]] = frozenset()) -> dict[int, Link]:
    """entity id -> its canonical entity, with the rule and evidence."""
    by_type: dict[str, list[EntityRow]] = {}
    for r in rows:
        by_type.setdefault(r.type, []).append(r)
    clusters: list[tuple[list[EntityRow], dict[int, tuple[str, str]]]] = []
    for type_, members in sorted(by_type.items()):
        if type_ == "WEAPON_SYSTEM":
            for group in _weapon_groups(members):
                fam = (group[0].attrs or {}).get("family") or group[0].canonical
                group.sort(key=lambda r: (key(r.canonical) != key(fam), len(r.canonical), r.canonical))
                # a user split takes a designation out of its family
                kept, out = [group[0]], []
                for r in group[1:]:
                    if any((min(r.canonical, k.canonical), max(r.canonical, k.canonical)) in splits for k in kept):
                        out.append(r)
                    else:
                        kept.append(r)
                names = ", ".join(r.canonical for r in kept)
                clusters.append((kept, {r.id: ("same_family", f"family {fam!r}: {names}") for r in kept[1:]}))
                clusters.extend(([r], {}) for r in out)
        elif type_ == "LOCATION":
            clusters.extend(_place_groups(members, gaz, splits))
        else:
            clusters.extend(([r], {}) for r in sorted(members, key=lambda r: r.canonical))

    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {(r.canonical): i for i, (members, _) in enumerate(clusters) for r in members}
    user: dict[int, tuple[str, str]] = {}
    for a, b in sorted(merges):
        if a in index and b in index:
            ra, rb = find(index[a]), find(index[b])
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
                for r in clusters[max(ra, rb)][0]:
                    user[r.id] = ("user_merge", f"merged by the user ({a!r} + {b!r})")
    groups: dict[int, list[int]] = {}
    for i in range(len(clusters)):
        groups.setdefault(find(i), []).append(i)
    out: dict[int, Link] = {}
    for root, idx in groups.items():
        head = clusters[root][0][0]
        for i in idx:
            members, why = clusters[i]
            for r in members:
                if r.id == head.id:
                    rule, evidence = ("canonical", "canonical name") if len(idx) > 1 or len(members) > 1 \
                        else ("single", "")
                else:
                    rule, evidence = user.get(r.id) or why.get(r.id) or ("user_merge", "merged by the user")
                out[r.id] = Link(head.canonical, head.id, rule, evidence)
    return out
