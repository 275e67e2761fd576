"""Plain-row inserts of many rows at once, without SQLAlchemy's per-row statement work (issue 11).

``session.execute(table.insert(), rows)`` is already one ``executemany``, but SQLAlchemy builds every row's
parameters on its own (``construct_params`` and its bind processors, row by row): about a third of the cost of
inserting the resolver's narrow rows (``fact_links``, ``record_keys``, ``fact_keys``) on SQLite. ``insert``
hands the driver tuples made with the same bind processors (so every value is stored exactly as a Core insert
stores it: JSON text, dates, booleans), in one ``executemany``. On other databases, and for rows that leave
out a column with a Python-side default (which Core fills in), it is the Core insert.
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

#: Rows per ``executemany`` (bounds the tuples held at once).
BATCH = 5000


def _plain(table: Table, columns: list[str]) -> bool:
    """Whether a row of these columns needs nothing Core would add: every column left out has no
    Python-side default (the server's defaults and autoincrement ids apply in both ways)."""
    given = set(columns)
    return all(c.key in given or c.default is None for c in table.columns) and given <= set(table.c.keys())


def insert(session: Session | Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, as ``table.insert()`` takes them) into ``table``."""
    if not rows:
        return
    if isinstance(session, Session):
        if session.new or session.dirty or session.deleted:
            session.flush()  # as session.execute would (autoflush): what the rows refer to is written first
        conn = session.connection()
    else:
        conn = session
    columns = list(rows[0])
    if conn.dialect.name != "sqlite" or not _plain(table, columns):
        for i in range(0, len(rows), BATCH):
            conn.execute(table.insert(), rows[i:i + BATCH])
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[n].name) for n in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    processors = [(i, p) for i, p in enumerate(table.c[n].type.dialect_impl(dialect).bind_processor(dialect)
                                               for n in columns) if p is not None]
    get = itemgetter(*columns)
    for i in range(0, len(rows), BATCH):
        if len(columns) == 1:
            params = [(get(row),) for row in rows[i:i + BATCH]]
        else:
            params = [get(row) for row in rows[i:i + BATCH]]
        if processors:
            params = [_processed(values, processors) for values in params]
        conn.exec_driver_sql(sql, params)


def _processed(values: tuple, processors: list) -> tuple:
    out = list(values)
    for i, process in processors:
        out[i] = process(out[i])
    return tuple(out)
