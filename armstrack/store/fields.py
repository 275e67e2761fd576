"""The record kinds and their fields: what the resolver puts in a merged fact's data and the exports list."""

from __future__ import annotations

from armstrack import kinds

#: Export fields of each record kind, in order (the evidence becomes "mentions"): from the kinds' specs.
RECORD_FIELDS = kinds.FIELDS
