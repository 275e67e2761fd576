"""Coverage of the weapons catalogue, supplier by supplier.

Two reports over ``armstrack/nlp/data/weapons.tsv``:

* ``list``: per origin and category, how many systems (families) the catalogue has, and their names;
* ``check``: a checklist of designations as writers spell them (``bench/catalogue_checklist.tsv``:
  supplier as in countries.tsv or empty for a multinational programme, category, surface forms separated
  by ``|``) looked up one by one; prints those the catalogue does not know, or knows under another origin
  or category. Every form of the committed checklist resolves: add forms to find gaps.

Usage (from the repository root)::

    PYTHONPATH=$PWD python bench/catalogue_coverage.py list [--origin Russia] [--names]
    PYTHONPATH=$PWD python bench/catalogue_coverage.py check [--checklist FILE]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from armstrack.nlp.gazetteers import load_gazetteers

CHECKLIST = Path(__file__).resolve().parent / "catalogue_checklist.tsv"

#: categories a writer may give one system (an air-defence missile is also a missile)
RELATED = ({"air_defence", "missile"}, {"artillery", "missile"}, {"uav", "missile"})


def list_coverage(origin: str | None, names: bool) -> None:
    """Per origin and category: number of systems and of families (and their names)."""
    gaz = load_gazetteers()
    table: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for w in gaz.weapons:
        table[w.origin or "(multinational)"][w.category].append(w)
    for supplier in sorted(table, key=lambda s: (-sum(map(len, table[s].values())), s)):
        if origin and supplier != origin:
            continue
        total = sum(map(len, table[supplier].values()))
        print(f"== {supplier}: {total} systems")
        for category in sorted(table[supplier]):
            systems = table[supplier][category]
            families = sorted({w.family for w in systems})
            print(f"  {category:17} {len(systems):4} systems {len(families):4} families")
            if names:
                print("      " + "; ".join(families))


def _fits(found: str, wanted: str) -> bool:
    return found == wanted or any({found, wanted} <= r for r in RELATED)


def _problem(system, supplier: str, category: str) -> str | None:
    """What is wrong with the system a checklist form names: missing, or its origin or category."""
    if system is None:
        return "MISSING"
    wrong = []
    if (system.origin or "") != supplier:
        wrong.append(f"origin {system.origin!r}")
    if not _fits(system.category, category):
        wrong.append(f"category {system.category}")
    return f"-> {system.name}: " + ", ".join(wrong) if wrong else None


def check(checklist: Path) -> int:
    """Look up each checklist form; print the misses and mismatches; return their number."""
    gaz = load_gazetteers()
    problems = 0
    with checklist.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    checked = 0
    for supplier, category, forms in rows[1:]:
        for form in forms.split("|"):
            checked += 1
            problem = _problem(gaz.weapon(form.strip()), supplier, category)
            if problem:
                problems += 1
                print(f"{supplier:15} {category:16} {form.strip():28} {problem}")
    print(f"{checked} forms checked, {problems} missing or different", file=sys.stderr)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    lst = sub.add_parser("list", help="systems per origin and category")
    lst.add_argument("--origin", help="one supplier only (as in countries.tsv)")
    lst.add_argument("--names", action="store_true", help="print the family names")
    chk = sub.add_parser("check", help="look up a checklist of designations")
    chk.add_argument("--checklist", type=Path, default=CHECKLIST)
    args = parser.parse_args(argv)
    if args.command == "list":
        list_coverage(args.origin, args.names)
        return 0
    return 1 if check(args.checklist) else 0


if __name__ == "__main__":
    sys.exit(main())
