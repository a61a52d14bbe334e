"""RSS and Atom feeds: one Document per item.

The feed is first parsed with defusedxml, which refuses entity expansion and external entities
(a "billion laughs" XML bomb is reported, never expanded); then feedparser reads its items. An item's
text is its full content when the feed gives it; when it gives only a summary, the item's page is
fetched (`fetch`, see ingest/fetch.py) and its main text extracted, unless fetching is turned off, in
which case the summary is coded.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import re
from typing import Callable, Iterator

from ..errors import InputError
from .items import Document, Item, make_doc_id

log = logging.getLogger(__name__)

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.I)
_BLOCK_END = re.compile(r"(?i)</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>")


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_ROOT.search(head[:4096]))


def check_xml(data: bytes, doc: str) -> None:
    """InputError unless `data` is well-formed XML without entity declarations or external references."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as safe_et

    try:
        safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise InputError(doc, "refused: the XML declares entities (a possible XML bomb)") from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise InputError(doc, "refused: the XML references external entities") from None
    except ParseError as exc:
        raise InputError(doc, f"not a feed: not well-formed XML ({exc})") from None


def html_to_text(fragment: str) -> str:
    """Plain text from an HTML fragment (a feed item's content), one line per paragraph."""
    import lxml.html

    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except Exception:  # lxml raises several parser errors on broken fragments; keep the raw text then
        text = re.sub(r"<[^>]+>", " ", fragment)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _item_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def read_feed(data: bytes, name: str, date: str | None = None,
              fetch: Callable[[str, str, str | None], Item] | None = None) -> Iterator[Item]:
    """Every item of a feed. `fetch(url, doc_id, date)` gets an item's page when the feed gives only a summary."""
    import feedparser

    try:
        check_xml(data, name)
    except InputError as exc:
        yield exc
        return
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries and not parsed.feed:
        yield InputError(name, "not a feed: no RSS or Atom channel in the XML")
        return
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        doc_id = make_doc_id(entry.get("id") or link or f"{name}#{n}")
        where = f"{name}#{n}"
        item_date = date or _item_date(entry)
        contents = entry.get("content") or []
        body = max((c.get("value") or "" for c in contents), key=len, default="")
        if not body.strip() and link and fetch is not None:
            item = fetch(link, doc_id, item_date)
            if isinstance(item, InputError):
                yield InputError(doc_id, f"feed item {where}: {item.reason}")
                continue
            item.title = item.title or entry.get("title")
            item.source = where
            yield item
            continue
        body = body or entry.get("summary") or ""
        text = html_to_text(body)
        if not text.strip():
            yield InputError(doc_id, f"feed item {where}: no text (no content, no summary)")
            continue
        yield Document(id=doc_id, text=text, date=item_date, title=entry.get("title") or None, url=link,
                       source=where, author=entry.get("author") or None,
                       note=None if contents else f"summary only, from the feed {feed_title or name}")
