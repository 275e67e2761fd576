"""armstrack: an evidence-backed database of arms transfers and military cooperation from news text.

A record's journey reads top to bottom through the sub-packages:
ingest (files -> articles) -> nlp (articles -> parsed docs with entities and people)
-> extract (docs -> transfers, meetings, quotes, figures, events) -> resolve (merge across sources)
-> store (SQLAlchemy database, exports) -> serve (REST API and web UI).
"""

__version__ = "0.1.0"
