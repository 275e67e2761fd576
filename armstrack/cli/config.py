"""`armstrack config`: the effective settings and where each value came from (default, settings file or
environment variable); see armstrack.settings."""

from __future__ import annotations

from rich.table import Table

from armstrack import settings
from armstrack.cli.common import JsonOption, app, console, plain, print_json


@app.command("config")
def show_config(as_json: JsonOption = False) -> None:
    """Show the effective settings: each value and where it came from (default, the settings file given by
    --config, $ARMSTRACK_CONFIG or ./armstrack.toml, or an ARMSTRACK_<NAME> environment variable)."""
    cfg = settings.current()  # loaded for this command by the CLI's callback (cli.common.load_config)
    rows = [{"name": name, "value": value, "source": cfg.origin.get(name, "default"),
             "env": settings.env_name(name), "help": settings.FIELDS[name].metadata["help"]}
            for name, value in cfg.values().items()]
    if as_json:
        print_json(rows)
        return
    table = Table(title="armstrack settings (`armstrack config --json` adds what each one means)")
    table.add_column("setting", no_wrap=True)
    table.add_column("value", overflow="fold")
    table.add_column("from", overflow="fold")
    for row in rows:
        value = row["value"]
        shown = str(value).lower() if isinstance(value, bool) else str(value)  # as written in armstrack.toml
        source = row["source"]
        style = "" if source == "default" else "bold"
        table.add_row(plain(row["name"]), plain(shown), plain(source), style=style)
    console.print(table)
