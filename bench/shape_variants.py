"""Metamorphic check: the own eval sets re-shaped like scraped pages score as the originals do.

Each variant rewrites every article of tests/eval/own*/articles.jsonl without touching the words the gold's
evidence is made of, ingests the rewritten set on its own, and scores it against the unchanged gold, in an eval6-like
output directory (``sets``, ``SET.json``, ``SET.show``) so ``cmp.py BASE OUT/VARIANT`` lists what fell:

  wrap     every paragraph hard-wrapped at 70 columns (line breaks mid-sentence)
  header   the headline repeated as the first line, a "Published :" line and a byline above the text
  debris   a photo caption after the first paragraph and an "Also read: <another set's headline>" line after
           the second
  nodate   no published date

    python bench/shape_variants.py OUT [VARIANT ...] [--sets own10 own11 ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")
CAPTION = "Soldiers unload crates from a transport aircraft at an airbase. (Photo: Reuters)"
BYLINE = "By Jane Roe, Staff Writer"


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def wrap(a: dict, other: dict) -> dict:
    paras = [textwrap.fill(" ".join(p.split()), 70, break_long_words=False, break_on_hyphens=False)
             for p in _paragraphs(a["text"])]
    return {**a, "text": "\n\n".join(paras)}


def header(a: dict, other: dict) -> dict:
    lines = [a.get("title") or ""]
    if a.get("published"):
        d = date.fromisoformat(a["published"][:10])
        lines.append(f"Published : {d.day:02d} {d:%B} {d.year} 10:42 IST")
    lines.append(BYLINE)
    return {**a, "text": "\n".join(line for line in lines if line) + "\n\n" + a["text"]}


def debris(a: dict, other: dict) -> dict:
    paras = _paragraphs(a["text"])
    paras.insert(min(1, len(paras)), CAPTION)
    paras.insert(min(3, len(paras)), f"Also read: {other.get('title') or ''}")
    return {**a, "text": "\n\n".join(paras)}


def nodate(a: dict, other: dict) -> dict:
    return {**a, "published": None}


VARIANTS = {"wrap": wrap, "header": header, "debris": debris, "nodate": nodate}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--sets", nargs="*")
    args = ap.parse_args()
    sets = sorted((d for d in (ROOT / "tests/eval").glob("own*") if (d / "articles.jsonl").exists()),
                  key=lambda d: int(d.name[3:] or 1))
    if args.sets:
        sets = [d for d in sets if d.name in args.sets]
    articles = {d.name: [json.loads(x) for x in (d / "articles.jsonl").read_text().splitlines() if x.strip()]
                for d in sets}
    py = os.environ.get("PY", "/work/main/.venv/bin/python")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    for name in args.variants:
        out = Path(args.out) / name
        out.mkdir(parents=True, exist_ok=True)
        src = out / "articles.jsonl"
        with src.open("w") as f:
            for k, d in enumerate(sets):  # "Also read" headlines come from the next set
                others = articles[sets[(k + 1) % len(sets)].name]
                for i, a in enumerate(articles[d.name]):
                    f.write(json.dumps(VARIANTS[name](a, others[i % len(others)])) + "\n")
        db = out / "e.db"
        db.unlink(missing_ok=True)
        subprocess.run([py, "-m", "armstrack.cli", "ingest", str(src), "--db", f"sqlite:///{db}", "-q"],
                       env=env, check=True, cwd=ROOT)
        subprocess.run([py, "-m", "armstrack.cli", "export", "--db", f"sqlite:///{db}", "--format", "json",
                        "-o", str(out / "export.json")], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        (out / "sets").write_text("\n".join(d.name for d in sets) + "\n")
        for d in sets:
            for flag, ext in (("--json", "json"), ("--show", "show")):
                with (out / f"{d.name}.{ext}").open("w") as f:
                    subprocess.run([sys.executable, str(SCORE), "--gold", str(d / "gold"), "--pred",
                                    str(out / "export.json"), flag], stdout=f, stderr=subprocess.DEVNULL)
        print(name, "done", flush=True)


if __name__ == "__main__":
    main()
