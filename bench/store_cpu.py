"""CPU seconds of the ingest stages outside ``nlp.pipe``: reading, ``write_batch`` and the resolve stage.

The synthetic articles are parsed and analysed once and the analyses pickled (``--cache``), so a run
times only armstrack's own reading (``iter_articles`` over the folder), the batch writes (32 documents a
batch, as ``Ingester.run`` writes them) into a fresh SQLite database and the one deferred
``Resolver.refresh`` over them, each with ``time.process_time``; minimum and median of ``--reps``.
Run it alternately on two checkouts (``--code DIR``) to compare them; the analyses come from the
first run's checkout, so keep ``armstrack.records`` alike on both sides.

    python bench/store_cpu.py --reps 5
    python bench/store_cpu.py --reps 5 --code /tmp/old-checkout
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=300, help="synthetic articles (default 300)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--reps", type=int, default=5, help="repetitions; minimum and median are reported")
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "armstrack-store-cpu",
                   help="folder for the articles and their pickled analyses (kept between runs)")
    p.add_argument("--code", type=Path, default=None, help="checkout whose armstrack package is timed")
    p.add_argument("--json", type=Path, default=None, help="also write the table as JSON here")
    return p.parse_args(argv)


def _analyses(folder: Path, pickled: Path, docs: int, seed: int) -> bytes:
    """The pickled analyses of the articles in ``folder`` (generated and analysed on first use)."""
    if pickled.exists():
        return pickled.read_bytes()
    from throughput import generate, load_articles

    from armstrack import settings
    from armstrack.core import analysed_articles
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.nlp.pipeline import build_pipeline

    if not any(folder.glob("**/*.txt")):
        generate(docs, seed, folder)
    nlp = build_pipeline(settings.model_name(None))
    blob = pickle.dumps(list(analysed_articles(nlp, load_gazetteers(), load_articles(folder))))
    pickled.write_bytes(blob)
    return blob


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    sys.path.insert(0, str((args.code or here.parent).resolve()))
    from throughput import clear_content_caches

    import armstrack
    from armstrack.ingest import iter_articles
    from armstrack.nlp.gazetteers import load_gazetteers
    from armstrack.resolve import database
    from armstrack.resolve.resolver import Resolver
    from armstrack.store import db

    print(f"armstrack from {Path(armstrack.__file__).parent}", file=sys.stderr)
    cache = args.cache / f"{args.docs}-{args.seed}"
    folder = cache / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    blob = _analyses(folder, cache / "analyses.pickle", args.docs, args.seed)
    gaz = load_gazetteers()
    list(iter_articles([folder]))  # warm: patterns compiled, word lists read
    gc.collect()
    gc.freeze()  # as Ingester.run does
    times: dict[str, list[float]] = {"read": [], "write_batch": [], "resolve": []}
    for _ in range(args.reps):
        clear_content_caches()
        t = time.process_time()
        list(iter_articles([folder]))
        times["read"].append(time.process_time() - t)
        analyses = pickle.loads(blob)
        with tempfile.TemporaryDirectory(prefix="armstrack-store-cpu-") as tmp:
            engine = database.open_engine(f"sqlite:///{tmp}/bench.db")
            try:
                with db.session_factory(engine)() as session:
                    resolver = Resolver(session, gaz)
                    registry = db.Registry()
                    t = time.process_time()
                    for i in range(0, len(analyses), 32):
                        database.write_batch(session, analyses[i:i + 32], registry)
                    times["write_batch"].append(time.process_time() - t)
                    t = time.process_time()
                    resolver.refresh()
                    times["resolve"].append(time.process_time() - t)
            finally:
                engine.dispose()
    table = {k: {"min": round(min(v), 3), "median": round(statistics.median(v), 3)} for k, v in times.items()}
    for key, row in table.items():
        print(f"{key:12s} min {row['min']:6.3f}   median {row['median']:6.3f}   CPU s per {args.docs} articles")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
