"""WARC and WARC.gz files (a web crawl, Common Crawl's format): one Document per HTML response record.

Response records whose HTTP Content-Type is HTML are read; requests, metadata, revisits and other
media are passed over. A document's id is the record's WARC-Target-URI, its publication date the
page's own (htmldate), else a date in the URL, else the crawl date (WARC-Date). A truncated or corrupt
file ends with one InputError naming the file, the record reached and the reason; the records
before it are kept.
"""
from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import InputError
from .decode import MAX_DOCUMENT_BYTES, size_error
from .items import Item, make_doc_id

log = logging.getLogger(__name__)


def looks_like_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def read_warc(stream: BinaryIO, name: str, date: str | None = None,
              max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .html import article_from_html

    n = 0
    records = iter(ArchiveIterator(stream, arc2warc=True))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
            yield InputError(name, f"truncated or corrupt WARC after {n} record(s): {detail}")
            return
        n += 1
        try:
            item = _record_item(record, name, n, date, max_bytes, article_from_html)
        except (zlib.error, EOFError, OSError, ValueError) as exc:
            yield InputError(f"{name}#{n}", f"truncated or corrupt WARC: {exc}")
            return
        if item is not None:
            yield item


def _record_item(record, name, n, date, max_bytes, article_from_html) -> Item | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{n}"
    doc_id = make_doc_id(uri)
    status = record.http_headers.get_statuscode()
    if status and not status.startswith("2"):
        return None  # redirects and error pages carry no article
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return size_error(doc_id, len(body), max_bytes)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the file ends inside this record
        raise EOFError(f"the record of {uri} is cut short, {missing:,} bytes missing")
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip() or None
    crawl_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    try:
        doc = article_from_html(body, doc_id, f"{name}#{n}", date=date, url=uri, declared=charset)
    except InputError as exc:
        return exc
    if doc.date is None and crawl_date:
        doc.date = crawl_date
        doc.note = "; ".join(filter(None, [doc.note, "date: the crawl date"]))
    return doc


def read_warc_file(path: Path, name: str, date: str | None = None) -> Iterator[Item]:
    with path.open("rb") as fh:
        yield from read_warc(fh, name, date)
