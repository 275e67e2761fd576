"""The `armstrack` command line (Typer + Rich).

``common.py`` holds what the command modules share (the Typer ``app``, consoles, option types, helpers);
each command module registers its commands on that ``app`` as it is imported, and imports only
``common``. This module imports them in the order ``armstrack --help`` lists them: the core commands first.

Exit codes: 0 when everything went well, 1 when some input failed (the rest is stored), 2 when the
command could not run at all (bad database URL, missing model, bad arguments), 3 on an internal error.
"""

from __future__ import annotations

import os

from armstrack.cli import commands  # noqa: F401  (ingest, export, stats, eval, serve)
from armstrack.cli import queries  # noqa: F401  (transfers, timeline, person, conflicts, search, resolve, entities)
from armstrack.cli import alerts  # noqa: F401  (alerts add|list|remove|show|seen)
from armstrack.cli import sipri  # noqa: F401  (sipri import|compare)
from armstrack.cli import register  # noqa: F401  (the deal register: register, register split|join)
from armstrack.cli import fetch  # noqa: F401  (fetch, sources, watch)
from armstrack.cli import config  # noqa: F401  (config: the effective settings)
from armstrack.cli.common import app, errors, plain

__all__ = ["app", "main"]


def main() -> None:
    """Console entry: an unexpected internal error is one readable line (and exit code 3), not a
    traceback; ARMSTRACK_DEBUG=1 shows the traceback."""
    try:
        app()
    except KeyboardInterrupt:
        errors.print("interrupted", highlight=False)
        raise SystemExit(130)
    except Exception as exc:  # the last line of defence for users, not a substitute for handling
        if os.environ.get("ARMSTRACK_DEBUG"):
            raise
        errors.print(f"[bold red]internal error:[/] {type(exc).__name__}: {plain(exc)} "
                     f"(set ARMSTRACK_DEBUG=1 for the traceback)", highlight=False)
        raise SystemExit(3)
