"""The record kinds and their fields: what the resolver puts in a merged fact's data and the exports list."""

from __future__ import annotations

#: Export fields of each record kind, in order (the evidence becomes "mentions").
RECORD_FIELDS = {
    "transfers": ("supplier", "recipient", "system", "family", "category", "quantity", "status", "when",
                  "value", "currency"),
    "meetings": ("participants", "date", "place", "kind"),
    "quotes": ("speaker", "text", "cue", "outlet"),
    "figures": ("what", "value", "unit", "period", "as_of", "subject", "source"),
    "events": ("type", "date", "actors", "summary", "plover", "cameo"),
}

