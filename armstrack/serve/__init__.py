"""The REST API and web UI (``armstrack serve``)."""
