"""CSV and TSV files: one document a row, with a column mapping.

By default the columns named `text`, `id`, `date`, `title`, `url` and `author` are used (case does
not matter); `columns={"text": "body", "id": "guid", "date": "published"}` (the command line's
`--columns text=body,id=guid,date=published`) maps other names. Only the text column is required.
A file without the mapped text column is one error naming the file and the columns it has; a row
without text is an error naming file:line. The delimiter is sniffed (comma, semicolon, tab, pipe).
"""
from __future__ import annotations

import csv
import io
import logging
from typing import BinaryIO, Iterator

from ..errors import InputError
from .decode import decode_bytes
from .items import Item
from .records import FIELDS, article_from_record

log = logging.getLogger(__name__)

SAMPLE_BYTES = 1 << 20
MAX_FIELD_CHARS = 20_000_000


def parse_columns(spec: str | None) -> dict[str, str]:
    """{"text": "body", ...} from "text=body,id=guid"; ValueError naming a bad part."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        field, sep, column = part.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not column:
            raise ValueError(f"bad column mapping {part!r}: expected FIELD=COLUMN, e.g. text=body")
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} in the column mapping (fields: {', '.join(FIELDS)})")
        mapping[field] = column
    return mapping


def _encoding(raw: BinaryIO, name: str) -> tuple[str, str | None]:
    sample = raw.read(SAMPLE_BYTES)
    raw.seek(0)
    try:
        sample.decode("utf-8-sig")
        return "utf-8-sig", None
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(sample) == SAMPLE_BYTES:
            return "utf-8-sig", None  # a character cut by the sample's end
    _text, note = decode_bytes(sample, name)
    encoding = note.split("decoded as ", 1)[1].split(" ", 1)[0] if note else "utf-8-sig"
    return encoding, note


def read_csv(raw: BinaryIO, name: str, columns: dict[str, str] | None = None, tsv: bool = False) -> Iterator[Item]:
    """Every row of a CSV file open for reading in binary (seekable)."""
    try:
        encoding, note = _encoding(raw, name)
    except InputError as exc:
        yield exc
        return
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    stream = io.TextIOWrapper(raw, encoding=encoding, newline="")
    stream.seek(0)
    try:
        head = stream.read(65536)
        if not head.strip():
            yield InputError(name, "empty document: no text to code")
            return
        try:
            dialect = csv.excel_tab if tsv else csv.Sniffer().sniff(head.splitlines()[0], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        stream.seek(0)
        reader = csv.DictReader(stream, dialect=dialect)
        header = reader.fieldnames or []
        by_lower = {h.strip().lower(): h for h in header if h}
        wanted = {field: (columns or {}).get(field, field) for field in FIELDS}
        resolved = {}
        for field, column in wanted.items():
            actual = column if column in header else by_lower.get(column.lower())
            if actual is None and field in (columns or {}) or actual is None and field == "text":
                yield InputError(name, f"no column {column!r} for the {field} (columns: "
                                       f"{', '.join(h for h in header if h) or 'none'})")
                return
            if actual is not None:
                resolved[field] = actual
        for row in reader:
            doc = f"{name}:{reader.line_num}"
            record = {field: row.get(column) for field, column in resolved.items()}
            try:
                yield article_from_record(record, doc, doc, note=note)
            except InputError as exc:
                yield exc
    except UnicodeDecodeError as exc:
        yield InputError(name, f"undecodable bytes as {encoding} after the first MiB ({exc.reason})")
    except csv.Error as exc:
        yield InputError(name, f"not CSV: {exc}")
