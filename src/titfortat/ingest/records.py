"""Records (a JSON object, a CSV row) to Articles, with the field checks every reader shares."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError
from ..model import Article
from .items import Document, make_doc_id

FIELDS = ("id", "text", "date", "title", "url", "author")


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
    from email.utils import parsedate_to_datetime  # RFC 2822 dates, as feeds and CSV exports often carry

    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(doc, f"bad date {text!r}: expected YYYY-MM-DD")


def article_from_record(record, doc: str, source: str, note: str | None = None) -> Article:
    """An Article from one JSON record or CSV row; `doc` names the record in errors."""
    if not isinstance(record, dict):
        raise InputError(doc, f"expected a JSON object, got {type(record).__name__}")
    rid = record.get("id")
    name = make_doc_id(str(rid)) if rid not in (None, "") else doc
    if "text" not in record or record["text"] is None:
        raise InputError(name, "missing 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(name, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(name, "empty document: no text to code")
    kw = dict(id=name, text=text, date=normalise_date(record.get("date"), name),
              title=record.get("title") or None, url=record.get("url") or None, source=source)
    if record.get("author") or note:
        return Document(**kw, author=record.get("author") or None, note=note)
    return Article(**kw)
