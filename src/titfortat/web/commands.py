"""`titfortat serve`: the read-only web UI and JSON API over an event database."""
from __future__ import annotations

import click

from ..errors import MissingExtra, TitfortatError


@click.command("serve")
@click.option("--db", help="Database (default: $TITFORTAT_DB, else titfortat.db).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default is loopback only (0.0.0.0 exposes it to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve_cmd(db, host, port):
    """Serve the web UI: event search, dyad timelines with their chains, events with their evidence.

    Read only. The JSON API is under /api and its OpenAPI schema at /openapi.json.

    \b
    Example:
        titfortat serve --db titfortat-demo.db
        titfortat serve --db events.db --port 8080
    """
    from pathlib import Path

    from .. import cli

    url = cli._db_url(db)
    if "://" not in url and not Path(url).expanduser().exists():
        raise cli.CliError(f"no database at {url}: build one first (titfortat ingest ... --db {url} or titfortat demo)")
    try:
        import uvicorn

        from .app import create_app
    except ImportError:
        raise cli.CliError(str(MissingExtra("titfortat serve", "web"))) from None
    try:
        app = create_app(url)
    except TitfortatError as exc:
        raise cli.CliError(str(exc)) from None
    click.echo(f"titfortat: serving {app.state.db.display_url} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve_cmd]
