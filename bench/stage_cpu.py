"""CPU seconds of each pipeline component and analysis stage over fixed synthetic articles.

The end-to-end CPU-time ratio of ``throughput.py`` moves by ±0.2 per round on a loaded box; this parses
the same articles once and times the parts one by one (``time.process_time``, the minimum over
``--reps`` repetitions), so a change of a few hundredths of a second per stage shows. Run it with the
old and the new code alternately (``--code DIR`` puts another checkout first on ``sys.path``):

    python bench/stage_cpu.py --docs 300 --reps 5
    python bench/stage_cpu.py --docs 300 --reps 5 --code /tmp/old-checkout --json old.json
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=300, help="synthetic articles (default 300)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--reps", type=int, default=5, help="repetitions per stage; the minimum is reported")
    p.add_argument("--corpus", type=Path, default=None, help="folder for the articles (default: a temp folder)")
    p.add_argument("--code", type=Path, default=None, help="checkout whose armstrack package is timed")
    p.add_argument("--no-components", action="store_true", help="skip timing the pipeline components")
    p.add_argument("--bare", action="store_true", help="also time the components of bare spaCy (spacy.load)")
    p.add_argument("--json", type=Path, default=None, help="also write the table as JSON here")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    sys.path.insert(0, str((args.code or here.parent).resolve()))
    import tempfile

    from throughput import clear_content_caches, generate, load_articles

    from armstrack import settings
    from armstrack.core import analyse, parsed_articles
    from armstrack.extract import CONTEXT_KEY
    from armstrack.extract.registry import run_order
    from armstrack.nlp.entities import entity_mentions
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.nlp.people import resolve_people
    from armstrack.nlp.pipeline import build_pipeline
    from armstrack.records import DocumentAnalysis

    import armstrack
    print(f"armstrack from {Path(armstrack.__file__).parent}", file=sys.stderr)
    tmp = None
    folder = args.corpus
    if folder is None:
        tmp = tempfile.TemporaryDirectory(prefix="armstrack-stages-")
        folder = Path(tmp.name)
    if not any(folder.glob("**/*.txt")):
        generate(args.docs, args.seed, folder)
    articles = load_articles(folder)
    nlp = build_pipeline(settings.model_name(None))
    gaz = load_gazetteers()
    for doc, article in parsed_articles(nlp, articles[:8]):  # warm up lexicons, date parser, gazetteers
        analyse(doc, article, gaz)

    times: dict[str, list[float]] = {}

    def add(key: str, seconds: float) -> None:
        times.setdefault(key, []).append(seconds)

    texts = [a.text for a in articles]
    parsed = list(parsed_articles(nlp, articles))
    # as Ingester.run does: what lives now (the model, the parsed articles) out of the cyclic collector's
    # sight, so that full collections walking it do not land in whichever stage happens to trigger them
    gc.collect()
    gc.freeze()
    pipelines = [("component", nlp)]
    if args.bare:
        import spacy

        bare = spacy.load(settings.model_name(None))
        for _ in bare.pipe(texts[:8]):
            pass
        pipelines.append(("bare spaCy", bare))
    for label, pipeline in pipelines if not args.no_components else ():
        for _ in range(args.reps):  # each component over all texts, as nlp.pipe runs it (batches of 32)
            t0 = time.process_time()
            docs = [pipeline.make_doc(text) for text in texts]
            add(f"{label} tokenizer", time.process_time() - t0)
            for name, proc in pipeline.pipeline:
                t = time.process_time()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=32))
                else:
                    docs = [proc(d) for d in docs]
                add(f"{label} {name}", time.process_time() - t)

    specs = run_order()
    for _ in range(args.reps):
        clear_content_caches()
        for doc, article in parsed:
            analysis = DocumentAnalysis(article)
            t = time.process_time()
            analysis.entities = entity_mentions(doc, article.doc_id, gaz)
            t1 = time.process_time()
            add("entity_mentions", t1 - t)
            analysis.people = resolve_people(doc, article.doc_id, gaz)
            t2 = time.process_time()
            add("resolve_people", t2 - t1)
            for spec in specs:
                t = time.process_time()
                analysis.records_of(spec.assigns).extend(spec.func(doc, analysis, gaz))
                add(f"extract {spec.name}", time.process_time() - t)
            doc.user_data.pop(CONTEXT_KEY, None)
    reps = args.reps
    n_docs = len(parsed)
    table: dict[str, float] = {}
    for key, values in times.items():
        if key.startswith(("component ", "bare spaCy ")):
            table[key] = min(values)
        else:  # per-document values, reps x docs in order: sum each repetition, take the minimum
            table[key] = min(sum(values[r * n_docs:(r + 1) * n_docs]) for r in range(reps))
    table["all analysis"] = sum(v for k, v in table.items() if not k.startswith(("component ", "bare spaCy ")))
    table["all components"] = sum(v for k, v in table.items() if k.startswith("component "))
    if args.bare:
        table["all bare spaCy components"] = sum(v for k, v in table.items() if k.startswith("bare spaCy "))
    for key, value in table.items():
        print(f"{key:45s} {value:7.3f}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
