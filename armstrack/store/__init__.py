"""The store stage: tables, writing analysed documents, the resolve queue and summary tables."""
