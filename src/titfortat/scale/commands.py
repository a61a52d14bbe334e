"""`titfortat bench` and `titfortat run`: thin commands over scale/bench.py and scale/dask_engine.py."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from ..cli import CliError, _options, with_coding_options
from ..errors import TitfortatError


@click.command("bench")
@click.argument("corpus", nargs=-1, type=click.Path(exists=True))
@click.option("--repeat", type=click.IntRange(min=1), default=8, show_default=True,
              help="Read the corpus this many times over (copies get new ids), for a useful size.")
@click.option("-j", "--processes", type=click.IntRange(min=1),
              help="Processes for both the parse and the coder (default: one per core, at most 8).")
@click.option("--batch-size", type=click.IntRange(min=1), help="Documents per batch (default 16).")
@click.option("--format", "out_fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="How to print the figures.")
@click.option("--write-corpus", type=click.Path(dir_okay=False),
              help="Write the repeated corpus to this JSON Lines file and stop (to time `titfortat code` on it).")
@click.option("--dask-workers", "dask_workers", multiple=True, type=click.IntRange(min=1),
              help="Instead: time `run --engine dask` on local clusters of this many workers (repeatable: 1 and 2).")
def bench_cmd(corpus, repeat, processes, batch_size, out_fmt, write_corpus, dask_workers):
    """Time spaCy parsing alone and the whole coder, in one run, on the same corpus.

    Prints articles/s and sentences/s of each, their ratio and the peak memory (RSS) of this process
    and of its largest worker. CORPUS is any input of `titfortat code` (default: the bundled sample
    corpus); docs/performance.md has the figures of the project's machine.

    \b
    Example:
        titfortat bench --repeat 10
        titfortat bench reports.jsonl --repeat 1 -j 2 --format json
        titfortat bench --repeat 10 --dask-workers 1 --dask-workers 2
    """
    from .bench import repeated_corpus, run_bench, sample_corpus, time_dask, write_corpus as write

    paths = list(corpus) or [str(sample_corpus())]
    try:
        if write_corpus:
            n = write(repeated_corpus(paths, repeat), Path(write_corpus))
            click.echo(f"wrote {n} documents to {write_corpus}", err=True)
            return
        options = _options(processes=processes)
        if batch_size:
            options.batch_size = batch_size
        if dask_workers:
            for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.worker",
                         "distributed.core"):
                logging.getLogger(name).setLevel(logging.WARNING)
            points = time_dask(paths, repeat=repeat, workers=dask_workers, options=options)
            base = points[0].documents_per_s
            for p in points:
                click.echo(f"dask, {p.workers} worker(s): {p.documents} documents in {p.seconds:.2f} s: "
                           f"{p.documents_per_s:.1f} documents/s, {p.events} events, "
                           f"speed-up {p.documents_per_s / base if base else 0:.2f}×")
            return
        report = run_bench(paths, repeat=repeat, options=options)
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    if out_fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo("\n".join(report.lines()))


@click.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Output folder: events/part-<shard>.parquet and manifest.jsonl.")
@click.option("--db", help="Also (or only) store documents and events in this database (as `ingest` does).")
@click.option("--engine", type=click.Choice(["dask", "local"]), default="dask", show_default=True,
              help="dask: shards coded by the workers of a Dask cluster; local: one after another in this process.")
@click.option("--scheduler", help="Address of a running Dask scheduler (tcp://HOST:8786); else a local cluster.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes of the local cluster made when no --scheduler is given (default: one per core).")
@click.option("--shard-docs", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Documents per shard: JSON Lines lines, or files of other kinds.")
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              help="Times a failed shard is tried again before it is reported.")
@with_coding_options
def run_cmd(inputs, out_dir, db, engine, scheduler, workers, shard_docs, retries, actors, patterns, modality, strict,
            fmt, date, max_chars):
    """Code large inputs shard by shard, on a Dask cluster, into Parquet partitions and/or a database.

    Large JSON Lines files are cut into line ranges, small files grouped; each worker codes its shards
    and writes one Parquet file per shard (whole or absent). A failed shard is retried, then reported;
    running again skips the shards already written. The events are those of `titfortat code`.

    \b
    Example:
        titfortat run --engine dask --workers 2 crawl/ --out events-parquet/
        titfortat run --engine dask --scheduler tcp://10.0.0.5:8786 /shared/news/ --out /shared/events/
    """
    from ..options import default_processes
    from .dask_engine import run

    if out_dir is None and db is None:
        raise CliError("nothing to write: give an output folder (--out) and/or a database (--db)")
    if scheduler and workers:
        raise CliError("--scheduler and --workers exclude each other (--workers makes a local cluster)")
    options = _options(actors, patterns, modality, strict, max_chars)
    if engine == "dask" and not logging.getLogger().isEnabledFor(logging.INFO):  # Dask's INFO lines only with -v
        try:
            import distributed  # noqa: F401  (its import sets its loggers' levels: set ours after it)
        except ImportError:
            pass  # run() says which extra to install
        for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.worker",
                     "distributed.core", "distributed.http.proxy"):
            logging.getLogger(name).setLevel(logging.WARNING)

    def on_shard(result, error):
        if error is not None:
            click.echo(f"titfortat: shard failed: {error}", err=True)
            return
        for doc, reason in result.failures:
            click.echo(f"titfortat: {doc}: {reason}", err=True)
        click.echo(f"titfortat: shard {result.where}: {result.documents} documents, {result.events} events "
                   f"({result.seconds:.1f} s on {result.worker})", err=True)

    try:
        report = run(inputs, out_dir, db_url=db, options=options, engine=engine, scheduler=scheduler,
                     workers=workers or default_processes(), fmt=fmt, date=date, shard_docs=shard_docs,
                     retries=retries, on_shard=on_shard)
    except TitfortatError as exc:
        raise CliError(str(exc)) from None
    click.echo(report.line(), err=True)
    if report.failed_shards or report.failed:
        sys.exit(1)


COMMANDS = [bench_cmd, run_cmd]
