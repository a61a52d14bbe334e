"""`titfortat run`: the ingest over shards of a large input, on a Dask cluster (or in this process).

    report = run(["crawl/"], "out/", workers=2)                       # a LocalCluster of 2 processes
    report = run(["crawl/"], "out/", scheduler="tcp://10.0.0.5:8786")  # an existing cluster
    events = load_events("out/")

1. **Plan** (`plan_shards`): the inputs (files, folders) become shards of about `shard_docs` documents:
   a large JSON Lines file is cut into line ranges (found by one pass over its bytes, nothing parsed),
   small files are grouped. A shard's key is a hash of its files' paths, sizes, modification times and
   line ranges, so a changed input is a new shard.
2. **Code** (`code_shard`, on a worker): the worker builds its Coder once (scale/parallel.py
   `worker_coder`), reads its shard with the same readers as `titfortat ingest` (so documents keep the
   same names and ids), codes it and writes `events/part-<key>.parquet` (tmp file, then rename: a
   partition is whole or absent) and, with a database, stores each document as `ingest` does.
3. **Collect**: each shard that ends is appended to `manifest.jsonl` (documents, events, failures,
   worker, seconds). A shard that raises is retried by Dask (`retries`), then reported as failed; a
   re-run skips every shard whose partition exists, so it codes only what is missing.

The events are those of a one-process run over the same inputs (tests/scale compare them).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError, MissingExtra, TitfortatError
from ..model import Article, Event
from ..options import Options

log = logging.getLogger(__name__)

DEFAULT_SHARD_DOCS = 1000
DEFAULT_RETRIES = 2
EVENTS_DIR = "events"
MANIFEST = "manifest.jsonl"


class ShardError(TitfortatError):
    """A shard could not be planned or written."""


# ---------------------------------------------------------------------------------------------- plan
@dataclass(frozen=True)
class Piece:
    """Part of one input file: lines [first, last] of a JSON Lines file (1-based), or the whole file (0, 0)."""

    path: str  # as the readers name it (documents without an id are named PATH:LINE)
    fmt: str | None
    first: int = 0
    last: int = 0
    offset: int = 0  # byte offset of line `first`

    def fingerprint(self) -> str:
        st = os.stat(self.path)
        return f"{os.path.abspath(self.path)}|{st.st_size}|{st.st_mtime_ns}|{self.fmt}|{self.first}|{self.last}"


@dataclass(frozen=True)
class Shard:
    """What one task codes: one or more pieces, about `shard_docs` documents."""

    key: str
    pieces: tuple[Piece, ...]

    @property
    def partition(self) -> str:
        return f"{EVENTS_DIR}/part-{self.key}.parquet"

    def describe(self) -> str:
        p = self.pieces[0]
        where = f"{p.path}:{p.first}-{p.last}" if p.first else p.path
        return where if len(self.pieces) == 1 else f"{where} and {len(self.pieces) - 1} more file(s)"


def _input_files(paths: Iterable[str], fmt: str | None) -> Iterator[tuple[str, str | None]]:
    """(file, format or None to guess) of every input, in the order `read_inputs` reads them."""
    from ..ingest.readers import ReadOptions, detect_format, list_files

    listing = ReadOptions(fmt=fmt)
    for raw in paths:
        if raw == "-":
            raise ShardError("standard input cannot be sharded: give files or folders")
        path = Path(raw)
        if not path.exists():
            raise ShardError(f"{raw}: no such file or folder")
        for p in list_files(path, listing):
            yield str(p), fmt or detect_format(p)


def _line_ranges(path: str, size: int) -> Iterator[tuple[int, int, int]]:
    """(first line, last line, byte offset of the first) of each run of `size` lines of a file."""
    first, offset, pos, n = 1, 0, 0, 0
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            pos += len(line)
            if n - first + 1 == size:
                yield first, n, offset
                first, offset = n + 1, pos
    if n >= first:
        yield first, n, offset


def _shard(pieces: list[Piece]) -> Shard:
    digest = hashlib.sha1("\n".join(p.fingerprint() for p in pieces).encode("utf-8")).hexdigest()[:16]
    return Shard(digest, tuple(pieces))


def plan_shards(paths: Iterable[str], fmt: str | None = None, shard_docs: int = DEFAULT_SHARD_DOCS) -> list[Shard]:
    """The shards of these inputs, in input order: JSON Lines cut every `shard_docs` lines, other files grouped."""
    if shard_docs < 1:
        raise ShardError(f"shard size must be 1 or more documents (got {shard_docs})")
    shards: list[Shard] = []
    group: list[Piece] = []
    for path, kind in _input_files(paths, fmt):
        if kind == "jsonl" and not path.lower().endswith(".gz"):  # cut where lines are bytes on disk
            if group:
                shards.append(_shard(group))
                group = []
            for first, last, offset in _line_ranges(path, shard_docs):
                shards.append(_shard([Piece(path, kind, first, last, offset)]))
            continue
        group.append(Piece(path, kind))
        if len(group) == shard_docs:
            shards.append(_shard(group))
            group = []
    if group:
        shards.append(_shard(group))
    return shards


class _LineRange:
    """Lines [first, last] of an open file as a stream, after first - 1 empty lines.

    The JSON Lines reader skips empty lines but counts them, so each document keeps the name
    (FILE:LINE) it has when the whole file is read."""

    def __init__(self, fh, first: int, last: int):
        self.fh = fh
        self.pad = first - 1
        self.left = last - first + 1

    def readline(self, size: int = -1) -> bytes:
        if self.pad:
            self.pad -= 1
            return b"\n"
        if self.left <= 0:
            return b""
        raw = self.fh.readline(size)
        if not raw:
            self.left = 0
        elif raw.endswith(b"\n"):
            self.left -= 1
        return raw

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line


def read_shard(shard: Shard, date: str | None = None) -> Iterator[Article | InputError]:
    """The documents of a shard, named exactly as `read_inputs` names them over the whole files."""
    from ..ingest.readers import read_inputs, read_jsonl

    for piece in shard.pieces:
        if not piece.first:
            yield from read_inputs([piece.path], fmt=piece.fmt, date=date)
            continue
        try:
            with open(piece.path, "rb") as fh:
                fh.seek(piece.offset)
                yield from read_jsonl(_LineRange(fh, piece.first, piece.last), piece.path)
        except OSError as exc:
            yield InputError(piece.path, f"cannot read: {exc.strerror or exc}")


# ---------------------------------------------------------------------------------------------- code
@dataclass
class ShardResult:
    """What a worker did with one shard."""

    key: str
    where: str
    documents: int = 0
    coded: int = 0
    skipped: int = 0  # already stored in the database with the same content
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    worker: str = ""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _schema():
    import pyarrow as pa

    return pa.schema([("event_id", pa.string()), ("doc_id", pa.string()), ("sentence_index", pa.int32()),
                      ("date", pa.string()), ("source", pa.string()), ("source_country", pa.string()),
                      ("target", pa.string()), ("target_country", pa.string()), ("cameo", pa.string()),
                      ("quad_class", pa.int8()), ("goldstein", pa.float64()), ("plover", pa.string()),
                      ("modality", pa.string()), ("confidence", pa.float64()), ("evidence", pa.string()),
                      ("data", pa.string())])


def _row(e: Event) -> dict:
    return {"event_id": e.event_id, "doc_id": e.doc_id, "sentence_index": e.sentence_index, "date": e.date,
            "source": e.source.code, "source_country": e.source.country,
            "target": e.target.code if e.target else None, "target_country": e.target.country if e.target else None,
            "cameo": e.cameo, "quad_class": e.quad_class, "goldstein": e.goldstein, "plover": e.plover,
            "modality": e.modality, "confidence": e.confidence, "evidence": e.evidence.text,
            "data": json.dumps(e.as_dict(), ensure_ascii=False, sort_keys=True)}


class PartitionWriter:
    """Events into one Parquet file, in row groups, made visible only when whole (tmp file + rename)."""

    def __init__(self, path: Path, rows_per_group: int = 2000):
        import pyarrow.parquet as pq

        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")  # one task writes a shard at a time
        self.rows: list[dict] = []
        self.rows_per_group = rows_per_group
        self.schema = _schema()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(str(self.tmp), self.schema)

    def add(self, events: Iterable[Event]) -> None:
        self.rows.extend(_row(e) for e in events)
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def commit(self) -> None:
        if self.rows:
            self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


def code_shard(shard: Shard, options_blob: bytes, out_dir: str | None, db_url: str | None = None,
               date: str | None = None) -> ShardResult:
    """Code one shard on this process (a Dask worker): Parquet partition and/or database. Raises on failure."""
    from .parallel import worker_coder

    start = time.perf_counter()
    coder = worker_coder(options_blob)
    result = ShardResult(shard.key, shard.describe(), worker=f"{os.uname().nodename}:{os.getpid()}")
    db = _database(db_url) if db_url else None
    writer = PartitionWriter(Path(out_dir) / shard.partition) if out_dir else None
    skipped: list[Article] = []

    def items():
        for item in read_shard(shard, date):
            # Only a database-only run skips what is stored: a partition must hold every event of its shard.
            if writer is None and db is not None and isinstance(item, Article) and db.is_done(item):
                skipped.append(item)
                continue
            yield item

    try:
        for article, found in coder.code_serial(items()):
            result.documents += 1
            if isinstance(found, InputError):
                result.failed += 1
                result.failures.append((found.doc, found.reason))
                if db is not None:
                    db.record_failure(found.doc, found.reason, article)
                continue
            result.coded += 1
            result.events += len(found)
            if db is not None:
                db.save_document(article, found)
            if writer is not None:
                writer.add(found)
        if writer is not None:
            writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    result.skipped = len(skipped)
    result.documents += len(skipped)
    result.seconds = time.perf_counter() - start
    return result


def _database(url: str):
    from ..store.db import Database

    return Database(url)


def warm_worker(options_blob: bytes) -> int:
    """Load the coder on this worker now (before a timed run); returns the worker's process id."""
    from .parallel import worker_coder

    worker_coder(options_blob)
    return os.getpid()


# ---------------------------------------------------------------------------------------------- run
@dataclass
class RunReport:
    """What `run` did, for the summary line and the exit status."""

    shards: int = 0
    done: int = 0
    skipped_shards: int = 0  # finished in an earlier run
    failed_shards: list[tuple[str, str]] = field(default_factory=list)  # (shard, error)
    documents: int = 0
    coded: int = 0
    failed: int = 0
    events: int = 0
    workers: int = 0
    seconds: float = 0.0

    def add(self, r: ShardResult) -> None:
        self.done += 1
        self.documents += r.documents
        self.coded += r.coded
        self.failed += r.failed
        self.events += r.events

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.shards} shards: {self.done} coded, {self.skipped_shards} already done, "
                f"{len(self.failed_shards)} failed; {self.documents} documents ({self.failed} failed), "
                f"{self.events} events on {self.workers} worker(s) ({rate:.1f} documents/s)")


def _manifest_append(out_dir: Path, record: dict) -> None:
    with (out_dir / MANIFEST).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _client(scheduler: str | None, workers: int | None):
    """A Dask client: to `scheduler`, or to a new LocalCluster of `workers` processes on loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingExtra("the Dask engine", "distributed") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise TitfortatError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger("distributed").level))
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    return Client(cluster), cluster


def run(paths: Iterable[str], out_dir: str | Path | None, db_url: str | None = None, options: Options | None = None,
        engine: str = "dask", scheduler: str | None = None, workers: int | None = None, fmt: str | None = None,
        date: str | None = None, shard_docs: int = DEFAULT_SHARD_DOCS, retries: int = DEFAULT_RETRIES,
        client=None, warm: bool = False, on_shard: Callable[[ShardResult | None, str | None], None] | None = None
        ) -> RunReport:
    """Code `paths` shard by shard on a Dask cluster (`engine="dask"`) or in this process (`"local"`).

    `client`: an existing distributed.Client (else one is made from `scheduler` or `workers`).
    `warm`: load the coder on every worker before the clock starts (for timing).
    `on_shard(result, error)` is called as each shard ends (error: its message when it failed)."""
    if out_dir is None and db_url is None:
        raise TitfortatError("nothing to write: give an output folder (--out) and/or a database (--db)")
    options = options or Options()
    blob = pickle.dumps(dataclasses.replace(options, n_process=1))
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        (out / EVENTS_DIR).mkdir(parents=True, exist_ok=True)
    if db_url:
        _database(db_url)  # made and migrated once here, before workers write to it
    shards = plan_shards(paths, fmt, shard_docs)
    report = RunReport(shards=len(shards))
    todo = []
    for s in shards:
        if out is not None and (out / s.partition).exists():
            report.skipped_shards += 1
        else:
            todo.append(s)
    out_str = str(out) if out is not None else None

    def finished(r: ShardResult) -> None:
        report.add(r)
        if out is not None:
            _manifest_append(out, {"status": "done", **r.as_dict()})
        if on_shard:
            on_shard(r, None)

    def failed(s: Shard, message: str) -> None:
        report.failed_shards.append((s.describe(), message))
        if out is not None:
            _manifest_append(out, {"status": "failed", "key": s.key, "where": s.describe(), "error": message})
        if on_shard:
            on_shard(None, f"{s.describe()}: {message}")

    if engine == "local":
        report.workers = 1
        start = time.perf_counter()
        for s in todo:
            try:
                finished(code_shard(s, blob, out_str, db_url, date))
            except (TitfortatError, OSError) as exc:
                failed(s, str(exc))
        report.seconds = time.perf_counter() - start
        return report
    if engine != "dask":
        raise TitfortatError(f"unknown engine {engine!r} (known: dask, local)")
    if not todo and client is None:
        return report

    own, cluster = (client, None) if client is not None else _client(scheduler, workers)
    try:
        report.workers = len(own.nthreads())
        if warm:
            own.run(warm_worker, blob)
        report.seconds = _run_dask(own, todo, blob, out_str, db_url, date, retries, finished, failed)
    finally:
        if client is None:
            shutdown(own, cluster)
    return report


def shutdown(client, cluster) -> None:
    """Close a client and its local cluster. Workers going away while the client still talks to them make
    distributed log a CommClosedError traceback that means nothing to a user: those logs are muted here."""
    loggers = [logging.getLogger(name) for name in ("distributed", "tornado")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        client.close()
        if cluster is not None:
            cluster.close()
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _run_dask(client, todo: list[Shard], blob: bytes, out: str | None, db_url: str | None, date: str | None,
              retries: int, finished, failed) -> float:
    from distributed import as_completed

    start = time.perf_counter()
    if not todo:
        return 0.0
    futures = {}
    for s in todo:  # the options go with each task: a few hundred bytes
        f = client.submit(code_shard, s, blob, out, db_url, date, retries=retries, pure=False,
                          key=f"titfortat-shard-{s.key}-{time.time_ns()}")
        futures[f] = s
    for f in as_completed(futures):
        s = futures[f]
        if f.status == "finished":
            finished(f.result())
        elif f.status == "cancelled":
            failed(s, "cancelled")
        else:
            exc = f.exception()
            failed(s, (f"{type(exc).__name__}: {exc}".splitlines() or ["error"])[0])
        f.release()
    return time.perf_counter() - start


def load_events(out_dir: str | Path) -> list[Event]:
    """Every event in the Parquet partitions of a run's output folder (for checks and small outputs)."""
    import pyarrow.parquet as pq

    events: list[Event] = []
    for part in sorted((Path(out_dir) / EVENTS_DIR).glob("part-*.parquet")):
        for data in pq.read_table(part, columns=["data"]).column("data").to_pylist():
            events.append(Event.from_dict(json.loads(data)))
    return events
