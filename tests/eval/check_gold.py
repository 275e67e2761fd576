"""Validate the gold of the project's own evaluation sets: JSON parses, enums, date formats, evidence and quote
text are exact substrings of the doc text (evidence at most one sentence, a heuristic that skips titles and
initials), quote text inside its evidence, no repeated transfer key. Prints the counts per doc of each set.

    python tests/eval/check_gold.py own9 [own8 ...]     (set folders beside this file)
"""
import json
import re
import sys
from pathlib import Path

EVAL = Path(__file__).parent
CATS = {"aircraft", "helicopter", "uav", "air_defence", "missile", "radar", "ship",
        "armoured_vehicle", "artillery", "small_arms", "other"}
STATUSES = {"offered", "interest", "negotiating", "agreed", "ordered", "delivered",
            "in_production", "licensed_production", "cancelled"}
KINDS = {"meeting", "visit", "conference", "call", "signing"}
EVENTS = {"coup", "un_vote", "sanction", "embargo", "killings", "clash", "port_access",
          "training", "assembly", "industrial_project", "statement_of_support"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERIOD = re.compile(r"^\d{4}-\d{4}$")
# titles and initials whose full stop does not end a sentence
ABBR = re.compile(r"\b(?:Lt|Gen|Brig|Col|Maj|Capt|Adm|Cdr|Dr|Mr|Mrs|Ms|Shri|Smt|No|St|[A-Z])\.")


def check_doc(doc_id, text, gold, errs):
    """Append every problem of one gold file to errs."""
    def need(cond, msg):
        if not cond:
            errs.append(f"{doc_id}: {msg}")

    def ev(rec, kind):
        e = rec.get("evidence", "")
        need(e and e in text, f"{kind} evidence not in text: {e[:60]!r}")
        plain = ABBR.sub("", e)
        need(len(re.findall(r"[.!?][\"”’]?\s+[A-Z“\"]", plain)) <= 1, f"{kind} evidence may be over one sentence: {e[:60]!r}")

    need(gold["doc"] == doc_id, "doc id")
    need(gold["published"] is None or FULL.match(gold["published"]), "published format")
    keys = set()
    for t in gold["transfers"]:
        need(t["category"] in CATS, f"category {t['category']}")
        need(t["status"] in STATUSES, f"status {t['status']}")
        need(t["when"] is None or DATE.match(t["when"]), f"when {t['when']}")
        need(t["quantity"] is None or isinstance(t["quantity"], (int, float)), "quantity")
        key = (t["supplier"], t["recipient"], t["system"], t["status"])
        need(key not in keys, f"repeated transfer key {key}")
        keys.add(key)
        ev(t, "transfer")
    for m in gold["meetings"]:
        need(m["kind"] in KINDS, f"kind {m['kind']}")
        need(m["date"] is None or DATE.match(m["date"]), f"meeting date {m['date']}")
        need(all(p in text or p.split()[-1] in text for p in m["participants"]), "participant not in text")
        ev(m, "meeting")
    for q in gold["quotes"]:
        need(q["text"] in text, f"quote text not in text: {q['text'][:60]!r}")
        need(q["text"] in q["evidence"], "quote text not inside evidence")
        ev(q, "quote")
    for p in gold["people"]:
        need(p["name"] in text, f"person not in text: {p['name']}")
    for f in gold["figures"]:
        need(isinstance(f["value"], (int, float)), "figure value")
        need(f["period"] is None or PERIOD.match(f["period"]), f"period {f['period']}")
        need(f["as_of"] is None or FULL.match(f["as_of"]), f"as_of {f['as_of']}")
    for e in gold["events"]:
        need(e["type"] in EVENTS, f"event type {e['type']}")
        need(e["date"] is None or DATE.match(e["date"]), f"event date {e['date']}")
        ev(e, "event")


def check_set(here: Path) -> int:
    """Check every doc of one set and print its counts table; the number of problems found."""
    errs = []
    rows = []
    print(f"## {here.name}")
    for line in (here / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        gold = json.loads((here / "gold" / f"{art['id']}.json").read_text(encoding="utf-8"))
        if art["published"] != gold["published"]:
            errs.append(f"{art['id']}: published differs from the article")
        check_doc(art["id"], art["text"], gold, errs)
        words = len(art["text"].split())
        rows.append([art["id"], gold["published"], words] +
                    [len(gold[k]) for k in ("transfers", "meetings", "quotes", "people", "figures", "events")])
    print("| doc | published | words | transfers | meetings | quotes | people | figures | events |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    tot = [sum(r[i] for r in rows) for i in range(3, 9)]
    print("Totals: %d transfers, %d meetings, %d quotes, %d people, %d figures, %d events." % tuple(tot))
    for e in errs:
        print("ERROR", e)
    return len(errs)


def main(names: list[str]) -> int:
    """Check the named sets; exit code 1 when any has a problem."""
    if not names:
        print(__doc__)
        return 2
    return 1 if sum(check_set(EVAL / name) for name in names) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
