"""Read documents from files, folders and standard input into Articles.

`read_inputs(paths)` yields, in order, an `Article` for each readable document and an `InputError`
(naming the file, the file:line or the id, and the reason) for each one that is not, so that the
caller can report it and go on. Formats, by file name or `fmt`:

- `.jsonl` / `.ndjson` (or stdin): one JSON object a line, `{"id", "text", "date"?, "title"?, "url"?}`
- `.json`: one such object, or a list of them
- `.txt`: the whole file is one document, its id the file name
- `.html` / `.htm`: the page's main text (trafilatura), title and publication date from its metadata
- a folder: every file of those kinds below it, in name order
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import InputError
from ..model import Article

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "json", "txt", "html")
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".txt": "txt", ".text": "txt",
            ".html": "html", ".htm": "html"}

Item = Article | InputError


def detect_format(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def normalise_date(value, doc: str) -> str | None:
    """YYYY-MM-DD from a date-like value; InputError when it is given but is not a date."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            pass
    raise InputError(doc, f"bad date {text!r}: expected YYYY-MM-DD")


def _decode(data: bytes, doc: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(doc, f"undecodable bytes: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") \
            from None


def article_from_record(record, doc: str, source: str) -> Article:
    """An Article from one JSON record; `doc` names the record in errors."""
    if not isinstance(record, dict):
        raise InputError(doc, f"expected a JSON object, got {type(record).__name__}")
    rid = record.get("id")
    name = str(rid) if rid not in (None, "") else doc
    if "text" not in record or record["text"] is None:
        raise InputError(name, "missing 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(name, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(name, "empty document: no text to code")
    return Article(id=name, text=text, date=normalise_date(record.get("date"), name),
                   title=record.get("title") or None, url=record.get("url") or None, source=source)


def read_jsonl(stream: IO[bytes], name: str) -> Iterator[Item]:
    for n, raw in enumerate(stream, 1):
        doc = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            line = _decode(raw, doc)
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


def read_json(path: Path) -> Iterator[Item]:
    try:
        data = json.loads(_decode(path.read_bytes(), str(path)))
    except InputError as exc:
        yield exc
        return
    except json.JSONDecodeError as exc:
        yield InputError(str(path), f"not JSON ({exc.msg} at line {exc.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records):
        doc = f"{path}[{n}]" if isinstance(data, list) else str(path)
        try:
            yield article_from_record(record, doc, doc)
        except InputError as exc:
            yield exc


def read_text(path: Path, date: str | None = None) -> Item:
    try:
        text = _decode(path.read_bytes(), path.name)
    except InputError as exc:
        return exc
    if not text.strip():
        return InputError(path.name, "empty document: no text to code")
    if "\x00" in text:
        return InputError(path.name, "binary data, not text")
    return Article(id=path.name, text=text, date=date, source=str(path))


def read_html(path: Path, date: str | None = None) -> Item:
    import trafilatura
    from htmldate import find_date

    try:
        html = _decode(path.read_bytes(), path.name)
    except InputError as exc:
        return exc
    if not html.strip():
        return InputError(path.name, "empty document: no text to code")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return InputError(path.name, "no article text found in the page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    page_date = date
    if page_date is None:
        found = find_date(html, outputformat="%Y-%m-%d", original_date=True, extensive_search=False)
        page_date = found or (meta.date if meta is not None else None)
    url = meta.url if meta is not None else None
    return Article(id=path.name, text=text, date=page_date, title=title, url=url, source=str(path))


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and detect_format(p):
                yield p
    else:
        yield path


def read_inputs(paths: Iterable[str], fmt: str | None = None, date: str | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document of every path ('-' or no path at all: JSON Lines on standard input)."""
    paths = list(paths)
    if not paths:
        paths = ["-"]
    for raw in paths:
        if raw == "-":
            yield from read_jsonl(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        if not path.exists():
            yield InputError(raw, "no such file or folder")
            continue
        for file in _files(path):
            kind = fmt or detect_format(file) or "txt"
            try:
                if kind == "jsonl":
                    with file.open("rb") as fh:
                        yield from read_jsonl(fh, str(file))
                elif kind == "json":
                    yield from read_json(file)
                elif kind == "html":
                    yield read_html(file, date)
                else:
                    yield read_text(file, date)
            except OSError as exc:
                yield InputError(str(file), f"cannot read: {exc.strerror or exc}")
