"""The `titfortat` command. Each command parses its options and calls one library function."""
from __future__ import annotations

import csv
import json
import logging
import os
import sys
from importlib import resources
from pathlib import Path

import click

from . import __version__
from .errors import InputError, TitfortatError
from .model import DEFAULT_MODALITIES, MODALITIES

log = logging.getLogger("titfortat")

DB_HELP = "Database: a SQLite file path, sqlite:///FILE or postgresql://USER@HOST/DB. Default: $TITFORTAT_DB, " \
          "else titfortat.db in the working folder."


class CliError(click.ClickException):
    """A one-line error, no traceback."""

    def show(self, file=None):
        click.echo(f"titfortat: error: {self.format_message()}", err=True, file=file)


def _db_url(value: str | None) -> str:
    return value or os.environ.get("TITFORTAT_DB") or _config().db_url or "titfortat.db"


def _config():
    """The configuration file's settings (see config.py), read once per command."""
    from .config import Config

    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(CONFIG_KEY) if ctx is not None and CONFIG_KEY in ctx.meta else Config()


def _open_db(url: str | None):
    from .store.db import Database

    try:
        return Database(_db_url(url))
    except TitfortatError as exc:
        raise CliError(str(exc)) from None


def _options(actors=(), patterns=(), modality=None, strict=False, max_chars=None, processes=None):
    from .options import Options

    config = _config()  # the command line's values win over the configuration file's
    mods = config.modalities or DEFAULT_MODALITIES
    if modality:
        mods = MODALITIES if "all" in modality else tuple(modality)
    kw = dict(actors_files=[*config.actors, *actors], patterns_files=[*config.patterns, *patterns], modalities=mods,
              strict=strict)
    if max_chars or config.max_chars:
        kw["max_chars"] = max_chars or config.max_chars
    ctx = click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    processes = processes or meta.get(PROCESSES_KEY) or config.processes  # -j/--processes: see _keep
    if processes:
        kw["n_process"] = processes
    if meta.get(CLASSIFIER_KEY) or meta.get(MODEL_KEY) or config.classifier:
        kw["classifier"] = True
        kw["classifier_model"] = meta.get(MODEL_KEY) or config.model
    return Options(**kw)


CONFIG_KEY = "titfortat.config"
PROCESSES_KEY = "titfortat.processes"
CLASSIFIER_KEY = "titfortat.classifier"
MODEL_KEY = "titfortat.model"


def _keep(key):
    def callback(ctx, param, value):
        """Kept in the context for _options, so that no command signature needs it."""
        if value:
            ctx.meta[key] = value
        return value
    return callback


def _report_error(error: InputError) -> None:
    click.echo(f"titfortat: {error.doc}: {error.reason}", err=True)


coding_options = [
    click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="Your actor dictionary (TSV/CSV, or a PETRARCH .actors file), over the packaged one. Repeatable."),
    click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="Your verb patterns file (the format of data/patterns/verbs.tsv), over the packaged one."),
    click.option("--modality", multiple=True, type=click.Choice([*MODALITIES, "all"]),
                 help="Emit events of these modalities (default: asserted, threatened, intended). Repeatable."),
    click.option("--strict", is_flag=True, help="Stop at the first bad document."),
    click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "txt", "html"]),
                 help="Read every input as this format instead of guessing from the file name."),
    click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none (.txt, .html)."),
    click.option("--max-chars", type=int, help="Refuse documents longer than this many characters (default 1,000,000)."),
    click.option("-j", "--processes", type=click.IntRange(min=1), expose_value=False, callback=_keep(PROCESSES_KEY),
                 help="Processes that parse and code, in parallel (default: one per core, at most 8)."),
    click.option("--classifier", is_flag=True, expose_value=False, callback=_keep(CLASSIFIER_KEY),
                 help="Let the MiniLM category classifier arbitrate the codes (more accurate, about half as fast)."),
    click.option("--model", type=click.Path(exists=True, dir_okay=False), expose_value=False,
                 callback=_keep(MODEL_KEY), help="A classifier saved by `titfortat train --out` (implies --classifier)."),
]


def with_coding_options(fn):
    for opt in reversed(coding_options):
        fn = opt(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="titfortat")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Settings file (TOML: actor and pattern files, modalities, database). Default: $TITFORTAT_CONFIG, "
                   "else titfortat.toml in the working folder if there is one.")
@click.pass_context
def cli(ctx, verbose, config_file):
    """titfortat: political event data from the news.

    Code news reports into events (who did what to whom, when; CAMEO and PLOVER), with the sentence
    and words as evidence; store them; and follow the action-reaction chains between states.

    \b
    Example:
        titfortat demo
        titfortat code articles.jsonl > events.jsonl
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(logging.DEBUG, level), format="titfortat: %(levelname)s: %(message)s",
                        stream=sys.stderr)
    from .config import find_config, load_config

    try:
        ctx.meta[CONFIG_KEY] = load_config(find_config(config_file))
    except TitfortatError as exc:
        raise CliError(str(exc)) from None


@cli.command("code")
@click.argument("files", nargs=-1, type=click.Path())
@with_coding_options
def code_cmd(files, actors, patterns, modality, strict, fmt, date, max_chars):
    """Code documents into events, written as JSON Lines on stdout.

    FILES are JSON Lines files (one {"id", "text", "date"?, "title"?, "url"?} a line), .txt or .html
    files (the id is the file name) or folders of them; with no FILES (or -), JSON Lines are read
    from stdin. A bad document is reported on stderr, one line naming it, and the rest is still
    coded; the exit status is 1 when any document failed.

    \b
    Example:
        echo '{"id": "a1", "date": "2018-03-17", "text": "Russia expelled 23 British diplomats."}' | titfortat code
        titfortat code --date 2021-12-01 report.txt
    """
    from .ingest.runner import code_inputs

    options = _options(actors, patterns, modality, strict, max_chars)
    failed = 0
    out = sys.stdout
    try:
        for _article, events, error in code_inputs(files, options, fmt=fmt, date=date):
            if error is not None:
                failed += 1
                _report_error(error)
                if strict:
                    raise CliError(f"stopped at the first bad document ({error.doc}) because of --strict")
                continue
            for event in events or ():
                out.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
            out.flush()
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    if failed:
        click.echo(f"titfortat: {failed} document(s) failed", err=True)
        sys.exit(1)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--db", help=DB_HELP)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; errors only.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "txt", "html", "feed", "warc", "csv", "tsv",
                                                    "urls"]),
              help="Read every input as this format instead of guessing it from the name and first bytes.")
@click.option("--columns", help="CSV column mapping, FIELD=COLUMN pairs: text=body,id=guid,date=published "
                                "(fields: id, text, date, title, url, author).")
@click.option("--include", multiple=True, help="In folders, read only files matching this glob ('*.html'). Repeatable.")
@click.option("--exclude", multiple=True, help="In folders, skip files matching this glob ('drafts/*'). Repeatable.")
@click.option("--no-fetch", is_flag=True, help="Code a feed item's summary instead of fetching its page.")
@click.option("--no-dedup", is_flag=True, help="Code duplicate and near-duplicate documents too.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds before an HTTP request gives up.")
@click.option("--retries", type=int, default=2, show_default=True, help="HTTP retries after a timeout or a 5xx.")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your actor dictionary (TSV/CSV, or a PETRARCH .actors file), over the packaged one. Repeatable.")
@click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your verb patterns file (the format of data/patterns/verbs.tsv), over the packaged one.")
@click.option("--modality", multiple=True, type=click.Choice([*MODALITIES, "all"]),
              help="Emit events of these modalities (default: asserted, threatened, intended). Repeatable.")
@click.option("--strict", is_flag=True, help="Stop at the first bad document.")
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--max-chars", type=int, help="Refuse documents longer than this many characters (default 1,000,000).")
@click.option("-j", "--processes", type=click.IntRange(min=1), expose_value=False, callback=_keep(PROCESSES_KEY),
              help="Processes that parse and code, in parallel (default: one per core, at most 8).")
def ingest_cmd(paths, db, quiet, fmt, columns, include, exclude, no_fetch, no_dedup, timeout, retries, actors,
               patterns, modality, strict, date, max_chars):
    """Read, code and store documents in the database.

    PATHS are files, folders (read recursively), http(s) URLs or - (stdin). Formats are recognised
    from names and contents: JSON Lines, JSON, text, HTML pages, RSS/Atom feeds, WARC(.gz), CSV/TSV,
    URL lists (.urls), and .gz of them. Documents already stored with the same content are skipped,
    so running again adds nothing and a run that was stopped resumes; duplicates and near-duplicates
    are stored once with all their sources. A bad document is reported (one line naming it) and
    recorded as failed; the exit status is 1 when any document failed. docs/ingest.md has the details.

    \b
    Example:
        titfortat ingest reports/ --db events.db
        titfortat ingest crawl.warc.gz feed.rss --db postgresql://me@localhost/events
        titfortat ingest export.csv --columns text=body,id=guid,date=published
        titfortat ingest saved/ --include '*.html' --exclude 'drafts/*'
    """
    from .ingest.fetch import FetchSettings
    from .ingest.progress import Progress
    from .ingest.readers import ReadOptions
    from .ingest.runner import ingest
    from .ingest.tables import parse_columns

    try:
        mapping = parse_columns(columns)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if date is not None:
        from .ingest.records import normalise_date

        try:
            date = normalise_date(date, "--date")
        except InputError as exc:
            raise CliError(f"{exc.doc}: {exc.reason}") from None
    database = _open_db(db)
    options = _options(actors, patterns, modality, strict, max_chars)
    read_options = ReadOptions(fmt=fmt, date=date, columns=mapping, include=tuple(include), exclude=tuple(exclude),
                               fetch=not no_fetch, fetch_settings=FetchSettings(timeout=timeout, retries=retries))
    bar = Progress(sys.stderr, tty=sys.stderr.isatty(), quiet=quiet)

    def on_error(error):
        bar.message(f"titfortat: {error.doc}: {error.reason}")

    try:
        report = ingest(paths, database, options, on_error=on_error, progress=bar.update, read_options=read_options,
                        dedup=not no_dedup, on_input=bar.on_input)
    except InputError as exc:
        raise CliError(f"stopped at the first bad document ({exc.doc}: {exc.reason}) because of --strict") from None
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    bar.finish(report)
    if not quiet:
        click.echo(f"{report.line()} -> {database.display_url}", err=True)
    if report.failed:
        sys.exit(1)


@cli.command("explain")
@click.argument("text")
@with_coding_options
def explain_cmd(text, date, actors, patterns, modality, strict, fmt, max_chars):
    """Show how a sentence is coded: clauses, frames, the winning pattern and its line, the actors.

    \b
    Example:
        titfortat explain "Germany declared two Russian diplomats persona non grata."
    """
    from .coding.explain import explain
    from .pipeline import Coder

    try:
        click.echo(explain(Coder(_options(actors, patterns, modality, strict, max_chars)), text, date))
    except TitfortatError as exc:
        raise CliError(str(exc)) from None


EVENT_COLUMNS = ["date", "source", "target", "cameo", "plover", "modality", "confidence", "evidence", "doc_id"]


def _flat(e) -> dict:
    return {"date": e.date, "source": e.source.code, "target": e.target.code if e.target else "",
            "cameo": e.cameo, "plover": e.plover or "", "modality": e.modality, "confidence": e.confidence,
            "evidence": e.evidence.text, "doc_id": e.doc_id}


def event_filters(fn):
    """The options that select stored events (`events`, `export`): --source --target --since --until --code --limit."""
    for opt in reversed([
        click.option("--source", help="Source country (RUS) or actor code prefix (RUSGOV)."),
        click.option("--target", help="Target country (USA) or actor code prefix."),
        click.option("--since", help="First date, YYYY-MM-DD."),
        click.option("--until", help="Last date, YYYY-MM-DD."),
        click.option("--code", help="CAMEO code or prefix: 16 gives every 16x and 16xx event."),
        click.option("--limit", type=int, help="At most this many events."),
    ]):
        fn = opt(fn)
    return fn


@cli.command("events")
@click.option("--db", help=DB_HELP)
@event_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def events_cmd(db, source, target, since, until, code, limit, fmt):
    """List stored events, oldest first.

    \b
    Example:
        titfortat events --source RUS --target USA --code 16 --since 2021-01-01
        titfortat events --db titfortat-demo.db --format jsonl > events.jsonl
    """
    database = _open_db(db)
    rows = database.events(source=source, target=target, since=since, until=until, code=code, limit=limit)
    out = sys.stdout
    if fmt == "jsonl":
        for e in rows:
            out.write(json.dumps(e.as_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        for e in rows:
            writer.writerow(_flat(e))
    else:
        n = 0
        click.echo(f"{'date':<10}  {'source':<10} {'target':<10} {'cameo':<5} {'plover':<10} evidence")
        for e in rows:
            f = _flat(e)
            click.echo(f"{f['date'] or '':<10}  {f['source'] or '':<10} {f['target'] or '-':<10} {f['cameo']:<5} "
                       f"{f['plover']:<10} {f['evidence']}")
            n += 1
        click.echo(f"({n} events)", err=True)


def sample_corpus() -> Path:
    return Path(str(resources.files("titfortat").joinpath("data", "corpus", "sample.jsonl")))


@cli.command("demo")
@click.option("--db", default="titfortat-demo.db", show_default=True, help="The demo database file (made afresh).")
def demo_cmd(db):
    """Code the bundled sample corpus into a fresh database and summarise it.

    The corpus (data/corpus/) is news-style reports written for the project about real diplomatic
    exchanges: the 2018 Salisbury expulsions, the 2016 and 2021 U.S.-Russia expulsions, the 2020
    U.S.-China consulate closures and more.

    \b
    Example:
        titfortat demo
        titfortat events --db titfortat-demo.db --source RUS --target USA
    """
    from .analysis.summary import format_summary, summarise
    from .ingest.runner import ingest
    from .store.db import Database

    path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    try:
        database = Database(str(path))
        click.echo(f"Coding the sample corpus ({sample_corpus().name}) into {path} ...", err=True)
        report = ingest([str(sample_corpus())], database, on_error=_report_error)
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    click.echo(report.line(), err=True)
    click.echo("")
    click.echo(format_summary(summarise(database.events())))
    from .analysis.chains import find_chains, format_chains

    chains = find_chains(database.events())
    click.echo("")
    click.echo(f"Tit-for-tat chains ({len(chains)}; an act answered in the other direction within 90 days):")
    for line in format_chains(chains):
        click.echo(line)
    click.echo("")
    click.echo(f"Stored in {path}. Next: titfortat events --db {path} --source RUS --target USA")
    try:
        from .analysis.dyad import load_dyad
        from .analysis.plots import write_plot

        dyad = load_dyad(database, "USA", "RUS")
        written = [write_plot(dyad, find_chains(dyad, "USA", "RUS"), "USA", "RUS", f"titfortat-demo-USA-RUS{suffix}")
                   for suffix in (".png", ".html")]
        click.echo(f"The USA-RUS timeline: {written[0].resolve()} and {written[1].name} (plotly.min.js beside it). "
                   f"Browse it all: titfortat serve --db {path}")
    except TitfortatError as exc:
        click.echo(f"titfortat: no dyad plot: {exc}", err=True)


# Commands that live with their stage, each module exposing COMMANDS (a list of click commands).
# A module is imported only when present, and imports its heavy dependencies inside its commands.
STAGE_COMMANDS = ("titfortat.ingest.commands", "titfortat.coding.commands", "titfortat.analysis.commands",
                  "titfortat.web.commands", "titfortat.scale.commands")


def _register_stage_commands() -> None:
    import importlib
    import importlib.util

    for name in STAGE_COMMANDS:
        try:
            found = importlib.util.find_spec(name)
        except ModuleNotFoundError:  # the stage's package itself is absent
            found = None
        if found is None:
            continue
        for command in importlib.import_module(name).COMMANDS:
            cli.add_command(command)


_register_stage_commands()


def main(argv=None):
    try:
        cli.main(args=argv, prog_name="titfortat", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("titfortat: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
