"""Near-duplicate articles (syndicated wire copy, one story on several sites) by MinHash and LSH.

Each document gets a MinHash signature of its word 5-shingles (datasketch, fixed seed) and the hashes
of its LSH bands, stored in ``doc_bands`` so finding candidates is one indexed SQL query, incremental
and independent of how many documents there are. Candidates are confirmed by the exact Jaccard
similarity of the shingle sets (>= the setting ``duplicate_threshold``).

Near-duplicates form groups (connected by confirmed pairs); every document of a group but the first
carries ``duplicate_of`` = the first, in a canonical order (earliest publication date, then document
id), so the outcome does not depend on the order documents were ingested in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from armstrack import settings
from armstrack.resolve.text import words
from armstrack.store import bulk
from armstrack.store import models as m

#: Words per shingle and MinHash permutations: part of the signatures stored in ``doc_bands`` (BANDS * ROWS
#: must equal NUM_PERM), so constants rather than settings; changing them needs every signature recomputed.
SHINGLE = 5
NUM_PERM = 128
BANDS, ROWS = 16, 8  # P(candidate) = 1 - (1 - J^8)^16: 0.95 at J = 0.8, 0.06 at J = 0.5
SEED = 1


def shingles(text: str) -> set[str]:
    """The word n-grams of a text (the whole text as one if it is shorter)."""
    ws = words(text)
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


_PERMS: MinHash | None = None


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text's shingles."""
    return signature_of(shingles(text))


def signature_of(sh: set[str]) -> np.ndarray:
    """The MinHash signature of a set of shingles (uint64 array, same permutations every call)."""
    global _PERMS
    if _PERMS is None:
        _PERMS = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMS.permutations, scheme=_PERMS.scheme)
    if sh:
        mh.update_batch([s.encode("utf-8") for s in sh])
    return mh.hashvalues.astype(np.uint64)


def band_hashes(sig: np.ndarray) -> list[tuple[int, str]]:
    """(band, hash of the band's rows) for each LSH band of a signature."""
    return [(b, hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def jaccard(a: set[str], b: set[str]) -> float:
    """The Jaccard similarity of two shingle sets (0 if either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def index_documents(session: Session, docs: Iterable[tuple[str, str]]) -> None:
    """Store signatures and band hashes for (doc_id, text) pairs that have none yet."""
    sig_rows, band_rows = [], []
    for doc_id, text in docs:
        sig = signature(text)
        sig_rows.append({"doc_id": doc_id, "signature": sig.tobytes(), "duplicate_of": None, "similarity": None})
        band_rows.extend({"doc_id": doc_id, "band": b, "hash": h} for b, h in band_hashes(sig))
    bulk.insert(session, m.DocSignature.__table__, sig_rows)
    bulk.insert(session, m.DocBand.__table__, band_rows)


def candidates(session: Session, doc_ids: list[str]) -> dict[str, set[str]]:
    """Documents sharing an LSH band with each of the given documents."""
    out: dict[str, set[str]] = {d: set() for d in doc_ids}
    if not doc_ids:
        return out
    mine = session.execute(select(m.DocBand.doc_id, m.DocBand.band, m.DocBand.hash)
                           .where(m.DocBand.doc_id.in_(doc_ids))).all()
    by_band: dict[tuple[int, str], set[str]] = {}
    for d, b, h in mine:
        by_band.setdefault((b, h), set()).add(d)
    # one band at a time: ``band = ? AND hash IN (...)`` uses the (band, hash) index, where SQLite scans
    # the whole table for a row-value ``(band, hash) IN (VALUES ...)`` (a cost that grew with the database)
    hashes: dict[int, list[str]] = {}
    for b, h in by_band:
        hashes.setdefault(b, []).append(h)
    for b, hs in sorted(hashes.items()):
        for i in range(0, len(hs), 500):
            sharing: dict[str, set[str]] = {}  # band hash -> the documents that have it
            for other, h in session.execute(select(m.DocBand.doc_id, m.DocBand.hash)
                                            .where(m.DocBand.band == b, m.DocBand.hash.in_(hs[i:i + 500]))):
                sharing.setdefault(h, set()).add(other)
            for h, others in sharing.items():  # set unions: a big group is not paired up word by word
                for d in by_band[(b, h)]:
                    out[d] |= others
    for d, others in out.items():
        others.discard(d)
    return out


def update_groups(session: Session, seeds: Iterable[str]) -> set[str]:
    """Recompute the near-duplicate groups around ``seeds``; returns the documents whose ``duplicate_of`` changed."""
    seeds = [s for s in dict.fromkeys(seeds)]
    if not seeds:
        return set()
    # shingles are loaded only for documents an estimate makes candidates (few): the rest need none
    texts: dict[str, set[str]] = {}
    meta: dict[str, tuple] = {}

    def describe(ids):
        need = [i for i in ids if i not in meta]
        for i in range(0, len(need), 500):
            for d, published in session.execute(select(m.Document.id, m.Document.published)
                                                .where(m.Document.id.in_(need[i:i + 500]))):
                meta[d] = (published is None, published.isoformat() if published else "", d)

    def load(ids):
        describe(ids)
        need = [i for i in ids if i not in texts]
        for i in range(0, len(need), 500):
            for d in session.execute(select(m.Document.id, m.Document.text).where(m.Document.id.in_(need[i:i + 500]))):
                texts[d.id] = shingles(d.text)

    sigs: dict[str, np.ndarray] = {}

    def estimate(a: str, b: str) -> float:
        """Jaccard estimated from the stored signatures (cheap: no text loaded)."""
        need = [d for d in (a, b) if d not in sigs]
        if need:
            for d, raw in session.execute(select(m.DocSignature.doc_id, m.DocSignature.signature)
                                          .where(m.DocSignature.doc_id.in_(need))):
                sigs[d] = np.frombuffer(raw, dtype=np.uint64)
        if a not in sigs or b not in sigs:
            return 0.0
        return float(np.mean(sigs[a] == sigs[b]))

    # grow the connected groups of confirmed near-duplicates from the seeds
    seen: set[str] = set()
    edges: dict[str, set[str]] = {}
    describe(seeds)
    frontier = [s for s in seeds if s in meta]
    while frontier:
        seen.update(frontier)
        cands = candidates(session, frontier)
        # the signatures rule most candidates out; the texts of the rest are compared exactly
        floor = settings.current().duplicate_estimate_floor  # estimated Jaccard below it: not compared exactly
        cands = {d: {c for c in cs if estimate(d, c) >= floor} for d, cs in cands.items()}
        load({c for cs in cands.values() for c in cs} | {d for d, cs in cands.items() if cs})
        nxt = []
        for d, cs in cands.items():
            for c in sorted(cs):
                if c not in texts:
                    continue
                if jaccard(texts[d], texts[c]) >= settings.current().duplicate_threshold:
                    edges.setdefault(d, set()).add(c)
                    edges.setdefault(c, set()).add(d)
                    if c not in seen:
                        nxt.append(c)
        frontier = list(dict.fromkeys(n for n in nxt if n not in seen))

    # groups and their first document
    assigned: dict[str, tuple[str | None, float | None]] = {}
    done: set[str] = set()
    for start in sorted(seen, key=lambda d: meta[d]):
        if start in done:
            continue
        group, stack = [], [start]
        while stack:
            d = stack.pop()
            if d in done:
                continue
            done.add(d)
            group.append(d)
            stack.extend(edges.get(d, ()))
        first = min(group, key=lambda d: meta[d])
        for d in group:
            if d == first:
                assigned[d] = (None, None)
            else:
                assigned[d] = (first, round(jaccard(texts[d], texts[first]), 4))

    current = dict(session.execute(select(m.DocSignature.doc_id, m.DocSignature.duplicate_of)
                                   .where(m.DocSignature.doc_id.in_(list(assigned)))).all())
    changed = set()
    rows = []
    for d, (dup, sim) in assigned.items():
        if current.get(d) != dup:  # the similarity follows from the pair: unchanged with it
            changed.add(d)
            rows.append({"d": d, "dup": dup, "sim": sim})
    if rows:
        table = m.DocSignature.__table__  # a Core statement: one executemany for all the rows
        session.execute(update(table).where(table.c.doc_id == bindparam("d"))
                        .values(duplicate_of=bindparam("dup"), similarity=bindparam("sim")), rows)
    return changed
