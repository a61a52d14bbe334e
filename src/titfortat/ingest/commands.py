"""Commands of the ingest and store stage: `titfortat export` (and `ingest`, which lives in cli.py)."""
from __future__ import annotations

import click

from ..cli import DB_HELP, CliError, _open_db, event_filters
from ..errors import TitfortatError


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--db", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default=None,
              help="Output format. Default: from OUT's suffix, else csv.")
@click.option("--schema", type=click.Choice(["native", "gdelt", "plover"]), default="native", show_default=True,
              help="native: titfortat's fields, a row per mention; gdelt: GDELT 2.0 event columns, a row per "
                   "event; plover: PLOVER record fields, a row per mention.")
@event_filters
def export_cmd(out, db, fmt, schema, source, target, since, until, code, limit):
    """Export stored events to OUT (a file, or - for stdout) as CSV, JSON Lines or Parquet.

    The gdelt schema has GDELT 2.0's event columns (Actor1Code, EventCode, QuadClass, GoldsteinScale,
    NumMentions, NumSources, NumArticles, SQLDATE, SOURCEURL ...), one row per real-world event; the
    plover schema has PLOVER's record fields (id, date, event, mode, context, eventText, text ...).
    docs/ingest.md describes every column.

    \b
    Example:
        titfortat export events.csv --db events.db
        titfortat export events.parquet --schema gdelt --source RUS --target USA
        titfortat export - --format jsonl --schema plover --since 2018-01-01
    """
    from ..store.export import export

    if fmt is None:
        suffix = out.rsplit(".", 1)[-1].lower() if "." in out else ""
        fmt = suffix if suffix in ("csv", "jsonl", "parquet") else "csv"
    database = _open_db(db)
    try:
        n = export(database, out, fmt=fmt, schema=schema, source=source, target=target, since=since, until=until,
                   code=code, limit=limit)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except BrokenPipeError:  # the reader of stdout stopped early (| head): not an error
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    if out != "-":
        click.echo(f"{n} rows ({schema} schema, {fmt}) -> {out}", err=True)


COMMANDS = [export_cmd]
