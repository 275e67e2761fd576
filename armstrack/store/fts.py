"""Full-text search over documents with the database's own engine.

* SQLite: an FTS5 table ``documents_fts`` (porter stemming), kept in sync with ``documents`` by
  triggers, so every write path (ingest, replacement, deletion) updates it in the same transaction.
* PostgreSQL: a GIN index on ``to_tsvector('english', title || text)``; queries use the same
  expression with ``plainto_tsquery``, so the index is maintained by PostgreSQL itself.

User queries are never spliced into SQL: they are bound parameters, and for FTS5 they are reduced to
quoted words first (FTS5 has its own query syntax, which hostile input must not reach).
"""

from __future__ import annotations

import json
import re

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from armstrack import settings

#: The PostgreSQL document vector; the index and the queries must use this exact expression.
PG_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || left(text, 200000))"
#: The generated column that stores it (queries use the column: no parsing at query time).
PG_COLUMN = "fts_vector"

SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, text, tokenize = 'porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, doc_id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE rowid = old.rowid; "
    "END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE rowid = old.rowid; "
    "INSERT INTO documents_fts(rowid, doc_id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text); "
    "END",
]


def ensure(engine: Engine) -> None:
    """Create the search structures if missing (and index documents stored before they existed)."""
    with engine.begin() as conn:
        ensure_on(conn)


def ensure_on(conn) -> None:
    """``ensure`` inside the caller's transaction."""
    if conn.dialect.name == "sqlite":
        existed = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'")).first()
        for ddl in SQLITE_DDL:
            conn.execute(text(ddl))
        if not existed:
            conn.execute(text("INSERT INTO documents_fts(rowid, doc_id, title, text) "
                              "SELECT rowid, id, coalesce(title, ''), text FROM documents"))
    elif conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING GIN ({PG_VECTOR})"))
        # the vector stored too (a generated column), so ranking a match reads it instead of parsing the
        # text again: ranking thousands of matches is then cheap (issue 11)
        conn.execute(text(f"ALTER TABLE documents ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
                          f"GENERATED ALWAYS AS ({PG_VECTOR}) STORED"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_documents_fts_vector ON documents USING GIN ({PG_COLUMN})"))
        # kept in the row (the text goes to the TOAST table first): finding the newest matches of a common word
        # tests each document's vector, and reading each one from the TOAST table cost 4/5 of the search (issue
        # 11). Rows written from now on; older ones when the table is rewritten (VACUUM FULL documents, then a
        # plain VACUUM, which marks the rewritten pages all-visible again for index-only scans)
        if conn.scalar(text(f"SELECT attstorage FROM pg_attribute WHERE attrelid = 'documents'::regclass "
                            f"AND attname = '{PG_COLUMN}'")) != "m":
            conn.execute(text(f"ALTER TABLE documents ALTER COLUMN {PG_COLUMN} SET STORAGE MAIN"))
        # the newest documents first: the newest matches of a common word are found by walking it (issue 11)
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_ingested_desc ON documents (ingested_at DESC, id DESC)"))


def _fts5_query(q: str) -> str | None:
    words = re.findall(r"\w+", q, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '') + '"' for w in words[:32])


def search(session: Session, q: str, limit: int = 50) -> list[dict]:
    """Documents matching all words of ``q``, best first: {"doc", "title", "snippet", "score"}."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = _fts5_query(q or "")
        if match is None:
            return []
        # ranked among the newest (setting fts_ranked) matches: ranking every match of a common word in a large
        # archive would cost time in proportion to the archive (issue 11). The scores alone first (from the
        # index); the ids and titles then of the best only, those tied with the last one included, so that
        # the order (score, then id) is the one of ranking them with their ids and titles (which read every
        # ranked match's stored row: most of the time)
        scored = session.execute(text(
            "SELECT rowid, bm25(documents_fts) FROM documents_fts "
            "WHERE documents_fts MATCH :match AND rowid >= coalesce((SELECT min(rowid) FROM (SELECT rowid "
            "FROM documents_fts WHERE documents_fts MATCH :match ORDER BY rowid DESC LIMIT :ranked)), 0)"),
            {"match": match, "ranked": settings.current().fts_ranked}).all()
        scored.sort(key=lambda r: r[1])
        if len(scored) > limit > 0:
            scored = [r for r in scored if r[1] <= scored[limit - 1][1]]
        rank_of = dict(scored)
        named = session.execute(text(
            "SELECT f.rowid, f.doc_id, d.title FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
            "WHERE f.rowid IN (SELECT value FROM json_each(:rowids))"), {"rowids": json.dumps(list(rank_of))}
        ).all() if rank_of else []
        rows = sorted(((rowid, doc, title, rank_of[rowid]) for rowid, doc, title in named),
                      key=lambda r: (r[3], r[1]))[:max(limit, 0)]
        # snippets of the page's rows only (in the query above, SQLite made one for every ranked match)
        snippets = dict(session.execute(text(
            "SELECT rowid, snippet(documents_fts, 2, '[', ']', '…', 16) FROM documents_fts "
            "WHERE documents_fts MATCH :match AND rowid IN (SELECT value FROM json_each(:rowids))"),
            {"match": match, "rowids": json.dumps([r[0] for r in rows])}).all()) if rows else {}
        out, seen = [], set()
        for rowid, doc, title, rank in rows:
            if doc not in seen:
                seen.add(doc)
                out.append({"doc": doc, "title": title, "snippet": snippets.get(rowid),
                            "score": round(-float(rank), 6)})
        return out
    if dialect == "postgresql":
        if not re.search(r"\w", q or ""):
            return []
        # ranked among the newest (setting fts_ranked_pg) matches (found walking the documents newest first when the
        # words are common, through the GIN index when they are rare); snippets for the page only
        rows = session.execute(text(
            f"SELECT d.id, d.title, ts_headline('english', d.text, query, "
            f"'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1') AS snip, r.rank "
            f"FROM (SELECT n.id, ts_rank(n.vector, query) AS rank FROM (SELECT id, {PG_COLUMN} AS vector "
            f"FROM documents, plainto_tsquery('english', :q) query WHERE {PG_COLUMN} @@ query "
            f"ORDER BY ingested_at DESC, id DESC LIMIT :ranked) n, plainto_tsquery('english', :q) query "
            f"ORDER BY rank DESC, n.id LIMIT :limit) r "
            f"JOIN documents d ON d.id = r.id, plainto_tsquery('english', :q) query ORDER BY r.rank DESC, d.id"),
            {"q": q, "limit": limit, "ranked": settings.current().fts_ranked_pg}).all()
        return [{"doc": doc, "title": title, "snippet": snip, "score": round(float(rank), 6)}
                for doc, title, snip, rank in rows]
    raise NotImplementedError(f"full-text search is not available on {dialect}")


def matching_documents(session: Session, q: str, limit: int = 500, prefix: bool = True,
                       newest: bool = False) -> list[str]:
    """Ids of the documents matching every word of ``q`` (as a word prefix with ``prefix``), best first
    (``newest``: most recently stored first, which needs no ranking of every match), without snippets."""
    words = re.findall(r"\w+", q or "", flags=re.UNICODE)[:32]
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        star = "*" if prefix else ""
        match = " ".join('"' + w.replace('"', '') + '"' + star for w in words)
        order = "rowid DESC" if newest else "rank, doc_id"
        return list(dict.fromkeys(session.scalars(text(
            f"SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :match ORDER BY {order} LIMIT :limit"),
            {"match": match, "limit": limit})))
    if dialect == "postgresql":
        # words only (\w+), each quoted as a lexeme with a prefix match: nothing of q is tsquery syntax
        query = " & ".join("'" + w.replace("'", "") + "':*" for w in words) if prefix else q
        parse = "to_tsquery" if prefix else "plainto_tsquery"
        return list(session.scalars(text(
            f"SELECT d.id FROM documents d, {parse}('english', :q) query WHERE d.{PG_COLUMN} @@ query "
            f"ORDER BY {'d.ingested_at DESC, d.id DESC' if newest else f'ts_rank(d.{PG_COLUMN}, query) DESC, d.id'} "
            f"LIMIT :limit"), {"q": query, "limit": limit}))
    raise NotImplementedError(f"full-text search is not available on {dialect}")
