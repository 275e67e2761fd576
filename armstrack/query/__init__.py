"""Reading the merged facts for users: queries (`queries.py`), the JSON/CSV exports (`export.py`,
`export_stream.py`), the deal register's rows (`register.py`), saved-search alerts (`alerts.py`) and the
SIPRI comparison (`sipri.py`). Sits above resolve: nothing below imports it."""
