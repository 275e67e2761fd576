"""Byte-for-byte export check for refactors that must not change behaviour (issue 14).

Ingests the given inputs into a fresh SQLite database with the code of ``--code`` (default: this
checkout) first on PYTHONPATH, writes ``armstrack export --format json`` to ``--output``, and with
``--against FILE`` compares the two byte for byte: prints the first difference and exits 1 on one.

    python bench/compare_exports.py --output /tmp/before.json            # on the old code
    python bench/compare_exports.py --output /tmp/after.json --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [str(ROOT.parent / "shared/corpus/seeds"), str(ROOT.parent / "shared/corpus/dev/articles.jsonl"),
                  str(ROOT / "examples/articles")]


def run_export(code: Path, inputs: list[str], output: Path, processes: int = 1) -> None:
    """Ingest ``inputs`` into a new SQLite file with ``code`` on PYTHONPATH and export JSON to ``output``."""
    env = dict(os.environ, PYTHONPATH=str(code) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("ARMSTRACK_DB", None)
    with tempfile.TemporaryDirectory(prefix="armstrack-compare-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'compare.db'}"
        cli = [sys.executable, "-m", "armstrack.cli"]
        # ingest may exit 1 when an input item fails; that is part of the behaviour being compared
        ingest = subprocess.run([*cli, "ingest", "--db", url, "--quiet", "--processes", str(processes), *inputs],
                                env=env, cwd=tmp, capture_output=True, text=True)
        if ingest.returncode not in (0, 1):
            sys.exit(f"ingest failed (exit {ingest.returncode}): {ingest.stderr.strip()[-2000:]}")
        export = subprocess.run([*cli, "export", "--db", url, "--format", "json", "--output", str(output)],
                                env=env, cwd=tmp, capture_output=True, text=True)
        if export.returncode != 0:
            sys.exit(f"export failed (exit {export.returncode}): {export.stderr.strip()[-2000:]}")


def first_difference(a: bytes, b: bytes) -> int | None:
    """Offset of the first byte where ``a`` and ``b`` differ (the shorter length if one is a prefix)."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return None if len(a) == len(b) else min(len(a), len(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files/folders to ingest (default: seeds, dev set, examples)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose armstrack package is used")
    parser.add_argument("--output", "-o", type=Path, required=True, help="where the JSON export goes")
    parser.add_argument("--against", type=Path, help="an earlier export to compare with, byte for byte")
    parser.add_argument("--processes", type=int, default=1, help="parse processes for ingest")
    args = parser.parse_args(argv)

    inputs = args.inputs or DEFAULT_INPUTS
    missing = [p for p in inputs if not Path(p).exists()]
    if missing:
        print(f"error: input not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    run_export(args.code.resolve(), inputs, args.output.resolve(), args.processes)
    new = args.output.read_bytes()
    print(f"wrote {args.output} ({len(new)} bytes)")
    if args.against is None:
        return 0
    old = args.against.read_bytes()
    at = first_difference(old, new)
    if at is None:
        print(f"identical to {args.against} ({len(old)} bytes)")
        return 0
    line = old[:at].count(b"\n") + 1
    print(f"DIFFERENT from {args.against} at byte {at} (line {line}); sizes {len(old)} vs {len(new)}")
    print(f"  {args.against}: {old[max(0, at - 80):at + 80]!r}")
    print(f"  {args.output}: {new[max(0, at - 80):at + 80]!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
