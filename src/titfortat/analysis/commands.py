"""The analysis commands: dyad, chains, reciprocity. Each parses its options and calls the library."""
from __future__ import annotations

import csv
import json
import sys

import click

from ..errors import TitfortatError

WINDOW_HELP = "Days within which a response must follow its act."
MATCH_HELP = "How closely an unmarked response must match its act in kind (code > root > plover > quad > side)."


def _cli():
    from .. import cli

    return cli


def _pair(a: str, b: str) -> tuple[str, str]:
    from .dyad import country

    a, b = country(a), country(b)
    for code in (a, b):
        if len(code) != 3 or not code.isalpha():
            raise _cli().CliError(f"'{code}' is not a country code: use ISO 3166 alpha-3 codes such as USA RUS")
    if a == b:
        raise _cli().CliError(f"a dyad needs two different countries, got {a} twice")
    return a, b


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--db", help="Database (default: $TITFORTAT_DB, else titfortat.db).")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
              help="Period of each row.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@click.option("--plot", "plot", type=click.Path(dir_okay=False),
              help="Also draw the timeline, with its chains, to FILE.png or FILE.html.")
@click.option("--window", type=int, default=90, show_default=True, help="For the plotted chains: " + WINDOW_HELP)
def dyad_cmd(a, b, db, by, since, until, fmt, plot, window):
    """What two countries did to each other, period by period, in each direction.

    Counts by quad class and PLOVER category, the Goldstein sum and mean, and the balance of
    cooperation and conflict, for A->B and B->A. Countries are ISO alpha-3 codes.

    \b
    Example:
        titfortat dyad USA RUS --by month
        titfortat dyad GBR RUS --db titfortat-demo.db --format csv --plot gbr-rus.png
    """
    from .chains import find_chains
    from .dyad import dyad_series, flat_row, format_series, load_dyad

    a, b = _pair(a, b)
    if plot and not plot.lower().endswith((".png", ".html", ".htm")):
        raise _cli().CliError(f"cannot write a plot to '{plot}': use a .png or .html file name")
    database = _cli()._open_db(db)
    evs = load_dyad(database, a, b, since, until)
    rows = dyad_series(evs, a, b, by=by)
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        flat = [flat_row(r) for r in rows]
        writer = csv.DictWriter(out, fieldnames=list(flat_row(_empty_row())))
        writer.writeheader()
        writer.writerows(flat)
    else:
        for line in format_series(rows):
            click.echo(line)
        click.echo(f"({len(evs)} events between {a} and {b})", err=True)
    if plot:
        from .plots import write_plot

        try:
            path = write_plot(evs, find_chains(evs, a, b, window=window), a, b, plot)
        except TitfortatError as exc:
            raise _cli().CliError(str(exc)) from None
        click.echo(f"Plot written to {path}", err=True)


def _empty_row() -> dict:
    from .dyad import SERIES_COLUMNS

    return {**{c: "" for c in SERIES_COLUMNS}, "plover": {}}


@click.command("chains")
@click.argument("a", required=False)
@click.argument("b", required=False)
@click.option("--db", help="Database (default: $TITFORTAT_DB, else titfortat.db).")
@click.option("--window", type=int, default=90, show_default=True, help=WINDOW_HELP)
@click.option("--min-match", type=click.Choice(["code", "root", "plover", "quad", "side"]), default="root",
              show_default=True, help=MATCH_HELP)
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def chains_cmd(a, b, db, window, min_match, since, until, fmt):
    """Tit-for-tat chains: acts answered in the other direction, A->B, B->A, A->B ...

    Each link shows its lag in days, how closely the response matches in kind, whether it escalates,
    and the evidence sentences of both events. With no countries, every dyad; with one, its dyads.

    \b
    Example:
        titfortat chains GBR RUS --db titfortat-demo.db
        titfortat chains --window 30 --min-match code --format jsonl
    """
    from .chains import find_chains, format_chains

    if b and not a:
        raise _cli().CliError("give the first country before the second")
    if a and b:
        a, b = _pair(a, b)
    if window < 0:
        raise _cli().CliError("--window must be 0 or more days")
    database = _cli()._open_db(db)
    if a:
        evs = [*database.events(source=a, since=since, until=until), *database.events(target=a, since=since,
                                                                                        until=until)]
    else:
        evs = list(database.events(since=since, until=until))
    chains = find_chains(evs, a, b, window=window, min_match=min_match)
    if fmt == "jsonl":
        for chain in chains:
            sys.stdout.write(json.dumps(chain.as_dict(), ensure_ascii=False) + "\n")
    else:
        for line in format_chains(chains):
            click.echo(line)
        click.echo(f"({len(chains)} chains, {sum(len(c.links) for c in chains)} links)", err=True)


@click.command("reciprocity")
@click.argument("a")
@click.argument("b")
@click.option("--db", help="Database (default: $TITFORTAT_DB, else titfortat.db).")
@click.option("--window", type=int, default=90, show_default=True, help=WINDOW_HELP)
@click.option("--min-match", type=click.Choice(["code", "root", "plover", "quad", "side"]), default="root",
              show_default=True, help=MATCH_HELP)
@click.option("--maxlags", type=int, default=4, show_default=True, help="Most weekly lags the VAR may use.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def reciprocity_cmd(a, b, db, window, min_match, maxlags, since, until, fmt):
    """Reciprocity of a dyad: response rate, lags, in-kind and escalation shares, asymmetry, and a
    VAR / Granger test on the weekly Goldstein series (docs/analysis.md states its assumptions).

    \b
    Example:
        titfortat reciprocity USA RUS --db titfortat-demo.db
        titfortat reciprocity USA CHN --window 30 --format json
    """
    from .dyad import load_dyad
    from .reciprocity import NotEnoughData, format_stats, granger, reciprocity_stats

    a, b = _pair(a, b)
    database = _cli()._open_db(db)
    evs = load_dyad(database, a, b, since, until)
    stats = reciprocity_stats(evs, a, b, window=window, min_match=min_match)
    test, error = None, None
    try:
        test = granger(evs, a, b, maxlags=maxlags, since=since, until=until)
    except NotEnoughData as exc:
        error = str(exc)
    except TitfortatError as exc:
        raise _cli().CliError(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps({**stats, "granger": test, "granger_error": error}, ensure_ascii=False, indent=2))
    else:
        for line in format_stats(stats, test, error):
            click.echo(line)


COMMANDS = [dyad_cmd, chains_cmd, reciprocity_cmd]
