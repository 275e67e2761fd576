"""Names as users type them, made canonical for queries."""

from __future__ import annotations

from armstrack.nlp.gazetteers import load_gazetteers


def country_name(name: str | None) -> str | None:
    """The canonical country for any name, alias, demonym or ISO code ("Burma" -> "Myanmar")."""
    if not name:
        return None
    c = load_gazetteers().country(name.strip())
    return c.name if c else name.strip()
