"""Read documents from files, folders, URLs and standard input into Articles.

`read_inputs(paths)` yields, in order, an `Article` for each readable document and an `InputError`
(naming the file, the file:line, the record or the URL, and the reason) for each one that is not, so
that the caller can report it and go on. The format of each input is guessed from its name, else
from its first bytes, unless `fmt` says it:

| format | inputs | one document is |
|---|---|---|
| `jsonl` | `.jsonl`, `.ndjson`, stdin | a line `{"id", "text", "date"?, "title"?, "url"?, "author"?}` |
| `json` | `.json` | the object, or each object of a list |
| `txt` | `.txt`, `.text` | the file (its id the file name) |
| `html` | `.html`, `.htm` | the page's main text (ingest/html.py) |
| `feed` | `.rss`, `.atom`, `.xml` | each item of an RSS or Atom feed (ingest/feeds.py) |
| `warc` | `.warc`, `.warc.gz` | each HTML response record (ingest/warc.py) |
| `csv` / `tsv` | `.csv`, `.tsv` | each row, with a column mapping (ingest/tables.py) |
| `urls` | `.urls`, http(s) URLs | each URL's page, or each item of a feed (ingest/fetch.py) |

`.gz` files are read through gzip (`report.txt.gz`, `dump.jsonl.gz`). A folder gives every file of a
known kind below it, in name order, filtered by `include` / `exclude` globs. Size limits and encodings
are handled as ingest/decode.py says.
"""
from __future__ import annotations

import fnmatch
import gzip
import io
import json
import logging
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO, Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Article
from .decode import MAX_DOCUMENT_BYTES, decode_bytes, read_limited, size_error
from .fetch import FetchSettings, is_url
from .items import Document, Item
from .records import article_from_record, normalise_date

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "ReadOptions", "article_from_record", "detect_format", "normalise_date", "read_inputs",
           "read_jsonl", "Item"]

FORMATS = ("jsonl", "json", "txt", "html", "feed", "warc", "csv", "tsv", "urls")
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".txt": "txt", ".text": "txt",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed",
            ".warc": "warc", ".arc": "warc", ".csv": "csv", ".tsv": "tsv", ".urls": "urls"}
SNIFF_BYTES = 4096


@dataclass
class ReadOptions:
    """How to read inputs; every field has a default that suits a folder of news."""

    fmt: str | None = None  # one of FORMATS, for every input; None guesses per file
    date: str | None = None  # publication date for documents that carry none
    columns: dict[str, str] = field(default_factory=dict)  # CSV: field -> column name
    include: tuple[str, ...] = ()  # folder files: globs a file must match (any)
    exclude: tuple[str, ...] = ()  # folder files: globs a file must not match
    fetch: bool = True  # fetch a feed item's page when the feed gives only a summary
    fetch_settings: FetchSettings | None = None
    max_bytes: int = MAX_DOCUMENT_BYTES  # the largest one-document file read


def detect_format(path: Path) -> str | None:
    """The format a file's name says, None when it says nothing known."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith(".gz"):
        return SUFFIXES.get(Path(name[:-3]).suffix)
    return SUFFIXES.get(path.suffix.lower())


def sniff_format(head: bytes) -> str:
    """The format of some bytes from their start: WARC, feed, HTML, JSON Lines, else text."""
    from .feeds import looks_like_feed
    from .html import looks_like_html
    from .warc import looks_like_warc

    if looks_like_warc(head):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if looks_like_html(head):
        return "html"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "txt"


def _decode_json(data: bytes, doc: str) -> str:
    """JSON is UTF-8 (RFC 8259): other bytes are an error, not a guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(doc, f"undecodable bytes: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") \
            from None


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    n = 0
    while True:
        try:
            raw = stream.readline(max_bytes + 1)
        except (EOFError, zlib.error, OSError) as exc:
            yield InputError(name, f"truncated or corrupt file after line {n}: {exc}")
            return
        if not raw:
            return
        n += 1
        doc = f"{name}:{n}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line without holding it
                raw = stream.readline(1 << 20)
            yield size_error(doc, max_bytes + 1, max_bytes)
            continue
        if not raw.strip():
            continue
        try:
            line = _decode_json(raw, doc)
        except InputError as exc:
            yield exc
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(doc, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield article_from_record(record, doc, doc)
        except InputError as exc:
            yield exc


def read_json(data: bytes, name: str) -> Iterator[Item]:
    try:
        parsed = json.loads(_decode_json(data, name))
    except InputError as exc:
        yield exc
        return
    except json.JSONDecodeError as exc:
        yield InputError(name, f"not JSON ({exc.msg} at line {exc.lineno})")
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    for n, record in enumerate(records):
        doc = f"{name}[{n}]" if isinstance(parsed, list) else name
        try:
            yield article_from_record(record, doc, doc)
        except InputError as exc:
            yield exc


def text_document(data: bytes, doc_id: str, source: str, date: str | None = None) -> Item:
    """A plain-text document; its date, when not given, from a dateline near its start."""
    from ..nlp.dates import date_from_text

    try:
        text, note = decode_bytes(data, doc_id)
    except InputError as exc:
        return exc
    if not text.strip():
        return InputError(doc_id, "empty document: no text to code")
    found = date or date_from_text(text)
    if note is None and found == date:
        return Article(id=doc_id, text=text, date=date, source=source)
    return Document(id=doc_id, text=text, date=found, source=source, note=note)


def _single(data: bytes, kind: str, doc_id: str, source: str, options: ReadOptions) -> Iterator[Item]:
    """The documents of a one-piece input (a file's or stdin's bytes) of a known kind."""
    from .feeds import read_feed
    from .html import article_from_html

    if kind == "json":
        yield from read_json(data, doc_id)
    elif kind == "html":
        try:
            yield article_from_html(data, doc_id, source, date=options.date)
        except InputError as exc:
            yield exc
    elif kind == "feed":
        fetcher = _fetcher(options) if options.fetch else None
        try:
            yield from read_feed(data, doc_id, date=options.date, fetch=fetcher.article if fetcher else None)
        finally:
            if fetcher is not None:
                fetcher.close()
    elif kind == "urls":
        try:
            text, _note = decode_bytes(data, doc_id)
        except InputError as exc:
            yield exc
            return
        yield from read_urls(text, doc_id, options)
    else:
        yield text_document(data, doc_id, source, options.date)


def _fetcher(options: ReadOptions):
    from .fetch import Fetcher

    return Fetcher(options.fetch_settings)


def read_urls(text_or_urls: str | list[str], name: str, options: ReadOptions) -> Iterator[Item]:
    from .fetch import read_url_list

    urls = read_url_list(text_or_urls, name) if isinstance(text_or_urls, str) else iter(text_or_urls)
    with _fetcher(options) as fetcher:
        for url in urls:
            if isinstance(url, InputError):
                yield url
            else:
                yield from fetcher.read_url(url, date=options.date, fetch_items=options.fetch)


def read_stream(stream: BinaryIO, name: str, kind: str, options: ReadOptions) -> Iterator[Item]:
    """A stream (stdin, a gzip file) of a given kind."""
    if kind == "jsonl":
        yield from read_jsonl(stream, name, options.max_bytes)
        return
    if kind == "warc":
        from .warc import read_warc

        yield from read_warc(stream, name, options.date, options.max_bytes)
        return
    try:
        data = stream.read(options.max_bytes + 1)
    except (EOFError, zlib.error, OSError) as exc:
        yield InputError(name, f"truncated or corrupt gzip: {exc}")
        return
    if len(data) > options.max_bytes:
        yield size_error(name, len(data), options.max_bytes)
        return
    if kind in ("csv", "tsv"):
        from .tables import read_csv

        yield from read_csv(io.BytesIO(data), name, options.columns, tsv=kind == "tsv")
        return
    yield from _single(data, kind, Path(name).name if kind == "txt" or kind == "html" else name, name, options)


def read_file(file: Path, kind: str | None, options: ReadOptions) -> Iterator[Item]:
    """Every document of one file, its kind given or guessed."""
    name = str(file)
    if kind is None:
        with file.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
        kind = sniff_format(head)
    if file.name.lower().endswith(".gz") and kind != "warc":
        with gzip.open(file, "rb") as fh:
            inner = file.name[:-3]
            yield from read_stream(fh, inner if kind in ("txt", "html") else name, kind, options)
        return
    if kind == "jsonl":
        with file.open("rb") as fh:
            yield from read_jsonl(fh, name, options.max_bytes)
    elif kind == "warc":
        from .warc import read_warc_file

        yield from read_warc_file(file, name, options.date)
    elif kind in ("csv", "tsv"):
        from .tables import read_csv

        with file.open("rb") as fh:
            yield from read_csv(fh, name, options.columns, tsv=kind == "tsv")
    else:
        doc_id = file.name if kind in ("txt", "html") else name
        try:
            data = read_limited(file, doc_id, options.max_bytes)
        except InputError as exc:
            yield exc
            return
        yield from _single(data, kind, doc_id, name, options)


def _selected(rel: str, name: str, options: ReadOptions) -> bool:
    def match(pattern: str) -> bool:
        return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(name, pattern)

    if options.include and not any(match(p) for p in options.include):
        return False
    return not any(match(p) for p in options.exclude)


def list_files(path: Path, options: ReadOptions) -> Iterator[Path]:
    """The files a path stands for: itself, or the readable files below a folder, in name order."""
    if not path.is_dir():
        yield path
        return
    for p in sorted(path.rglob("*")):
        rel = p.relative_to(path).as_posix()
        if any(part.startswith(".") for part in p.relative_to(path).parts):
            continue  # hidden files and folders (.git, .DS_Store)
        if p.is_file() and (options.fmt or detect_format(p)) and _selected(rel, p.name, options):
            yield p


def read_inputs(paths: Iterable[str], fmt: str | None = None, date: str | None = None,
                stdin: IO[bytes] | None = None, options: ReadOptions | None = None,
                on_input: Callable[[int, int, str], None] | None = None) -> Iterator[Item]:
    """Every document of every path: a file, a folder, an http(s) URL, or '-' (standard input, JSON
    Lines unless `fmt` says otherwise). No path at all means standard input.

    `on_input(index, total, name)` is called as each input file or URL starts (for progress)."""
    options = options or ReadOptions()
    if fmt is not None:
        options.fmt = fmt
    if date is not None:
        options.date = date
    if options.fmt is not None and options.fmt not in FORMATS:
        raise ValueError(f"unknown format {options.fmt!r} (formats: {', '.join(FORMATS)})")
    paths = [str(p) for p in paths] or ["-"]
    inputs: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-" or is_url(raw):
            inputs.append((raw, None))
            continue
        path = Path(raw)
        if not path.exists():
            inputs.append((raw, None))
            continue
        inputs.extend((str(p), p) for p in list_files(path, options))
    urls = [raw for raw, p in inputs if p is None and is_url(raw)]
    for index, (raw, file) in enumerate(inputs, 1):
        if on_input is not None:
            on_input(index, len(inputs), raw)
        if raw == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", options.fmt or "jsonl", options)
        elif file is None and is_url(raw):
            if raw == urls[0]:  # consecutive URLs share one HTTP client
                yield from read_urls(urls, "<arguments>", options)
        elif file is None:
            yield InputError(raw, "no such file or folder")
        else:
            try:
                yield from read_file(file, options.fmt or detect_format(file), options)
            except OSError as exc:
                yield InputError(raw, f"cannot read: {exc.strerror or exc}")
            except (EOFError, zlib.error) as exc:
                yield InputError(raw, f"truncated or corrupt gzip: {exc}")

