"""Validate the own7 gold: JSON parses, enums, date formats, evidence/quote substrings, repeated keys; print counts."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = {"aircraft", "helicopter", "uav", "air_defence", "missile", "radar", "ship", "armoured_vehicle",
              "artillery", "small_arms", "other"}
STATUSES = {"offered", "interest", "negotiating", "agreed", "ordered", "delivered", "in_production",
            "licensed_production", "cancelled"}
KINDS = {"meeting", "visit", "conference", "call", "signing"}
EVENTS = {"coup", "un_vote", "sanction", "embargo", "killings", "clash", "port_access", "training", "assembly",
          "industrial_project", "statement_of_support"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERIOD = re.compile(r"^\d{4}-\d{4}$")


def problems(doc, gold):
    """Yield every rule the gold file for one article breaks."""
    text = doc["text"]
    if gold["doc"] != doc["id"] or gold["published"] != doc["published"]:
        yield "doc/published mismatch"
    for key in ("notes", "transfers", "meetings", "quotes", "people", "figures", "events"):
        if key not in gold:
            yield f"missing {key}"
    seen = set()
    for t in gold["transfers"]:
        key = (t["supplier"], t["recipient"], t["system"], t["status"])
        if key in seen:
            yield f"repeated transfer key {key}"
        seen.add(key)
        if t["category"] not in CATEGORIES or t["status"] not in STATUSES:
            yield f"bad enum {t}"
        if t["when"] is not None and not DATE.match(t["when"]):
            yield f"bad when {t['when']}"
        if t["quantity"] is not None and not isinstance(t["quantity"], (int, float)):
            yield f"bad quantity {t}"
    for m in gold["meetings"]:
        if m["kind"] not in KINDS or (m["date"] is not None and not DATE.match(m["date"])):
            yield f"bad meeting {m}"
    for q in gold["quotes"]:
        if q["text"] not in text or q["text"] not in q["evidence"]:
            yield f"quote text not in doc/evidence: {q['text'][:60]}"
    for f in gold["figures"]:
        if not isinstance(f["value"], (int, float)):
            yield f"bad figure value {f}"
        if f["period"] is not None and not PERIOD.match(f["period"]):
            yield f"bad period {f['period']}"
        if f["as_of"] is not None and not FULL.match(f["as_of"]):
            yield f"bad as_of {f['as_of']}"
    for e in gold["events"]:
        if e["type"] not in EVENTS or (e["date"] is not None and not DATE.match(e["date"])):
            yield f"bad event {e}"
    for kind in ("transfers", "meetings", "quotes", "events"):
        for r in gold[kind]:
            if r["evidence"] not in text:
                yield f"{kind} evidence not in text: {r['evidence'][:70]}"
            elif len(re.findall(r"[.!?][”\"]?\s+[A-Z“\"]", r["evidence"])) > 1:
                yield f"{kind} evidence longer than a sentence: {r['evidence'][:70]}"


def main():
    """Check every gold file against its article and print the counts table."""
    docs = [json.loads(line) for line in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    bad = 0
    totals = [0] * 6
    print("| doc | published | words | transfers | meetings | quotes | people | figures | events |")
    print("|---|---|---|---|---|---|---|---|---|")
    for doc in docs:
        gold = json.loads((HERE / "gold" / f"{doc['id']}.json").read_text(encoding="utf-8"))
        for p in problems(doc, gold):
            bad += 1
            print(f"{doc['id']}: {p}")
        counts = [len(gold[k]) for k in ("transfers", "meetings", "quotes", "people", "figures", "events")]
        totals = [a + b for a, b in zip(totals, counts)]
        print(f"| {doc['id']} | {doc['published']} | {len(doc['text'].split())} | " + " | ".join(map(str, counts)) + " |")
    print("Totals:", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
