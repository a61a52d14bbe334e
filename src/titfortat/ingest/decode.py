"""Bytes to text, safely: size limits checked before reading, encodings detected, binary refused.

- A file that is one document (.txt, .html, .json, a feed) larger than `MAX_DOCUMENT_BYTES` is refused
  from its size alone, before it is read. Files that hold many documents (.jsonl, .csv, WARC) are
  streamed; each of their documents is held to the same limit.
- UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read as such. Other
  text is decoded with the encoding charset-normalizer detects (cp1252, latin-1, ...); the document is
  coded and the encoding noted (a log line and the documents table's `note`).
- Bytes that are not text (NUL bytes, or mostly control characters once decoded) are refused.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

# 20 MiB: a news article in HTML is rarely over 2 MiB; a page over this is not an article.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def size_error(doc: str, size: int, limit: int = MAX_DOCUMENT_BYTES) -> InputError:
    return InputError(doc, f"too large: {size:,} bytes, the limit for one document is {limit:,} bytes "
                           f"({limit // (1024 * 1024)} MiB)")


def read_limited(path: Path, doc: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a one-document file; InputError from its size alone when it is over `limit`."""
    size = path.stat().st_size
    if size > limit:
        raise size_error(doc, size, limit)
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while we looked
        raise size_error(doc, len(data), limit)
    return data


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
    return bad / len(sample)


def decode_bytes(data: bytes, doc: str, declared: str | None = None) -> tuple[str, str | None]:
    """(text, note) from bytes; the note names the encoding when it was not UTF-8.

    `declared` is an encoding the container names (an HTML meta charset, an HTTP header), tried
    after UTF-8. InputError for binary data and for bytes no encoding makes text of."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "decoded as utf-16"
        except UnicodeDecodeError:
            raise InputError(doc, "undecodable bytes: a UTF-16 byte order mark, but not UTF-16") from None
    if b"\x00" in data[:65536]:
        raise InputError(doc, "binary data, not text")
    try:
        text, note = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = None
        first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        for name in filter(None, [declared]):
            try:
                text, note = data.decode(name), f"decoded as {codecs.lookup(name).name} (declared)"
                break
            except (LookupError, UnicodeDecodeError):
                continue
        if text is None:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise InputError(doc, f"undecodable bytes: not UTF-8 ({first_bad}) and no other encoding "
                                      f"fits") from None
            text, note = str(best), f"not UTF-8, decoded as {best.encoding} (detected)"
    if _control_ratio(text) > 0.05:
        raise InputError(doc, "binary data, not text")
    if note:
        log.info("%s: %s", doc, note)
    return text, note


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if any."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name
