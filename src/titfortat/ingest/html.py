"""An HTML page to a Document: its main text, title, author and publication date.

The main text comes from trafilatura with precision favoured, so that navigation, promotions,
donation appeals, comments and footers are dropped. The publication date is, in order: the one the
caller gives; htmldate's reading of the page's metadata and URL (original publication, not last
modification); trafilatura's metadata; a date in the page's URL (/2021/12/01/).
"""
from __future__ import annotations

import logging

from ..errors import InputError
from ..nlp.dates import date_from_url
from .decode import decode_bytes, html_charset
from .items import Document, make_doc_id

log = logging.getLogger(__name__)


def looks_like_html(head: bytes) -> bool:
    low = head[:2048].lstrip().lower()
    return low.startswith((b"<!doctype html", b"<html")) or b"<html" in low[:1024] or b"<body" in low


def article_from_html(data: bytes | str, doc_id: str, source: str, date: str | None = None,
                      url: str | None = None, declared: str | None = None) -> Document:
    """A Document from a page's bytes (or text); InputError when it holds no article text."""
    import trafilatura
    from htmldate import find_date

    note = None
    if isinstance(data, bytes):
        html, note = decode_bytes(data, doc_id, declared=declared or html_charset(data))
    else:
        html = data
    if not html.strip():
        raise InputError(doc_id, "empty document: no text to code")
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(doc_id, "no article text found in the page")
    meta = trafilatura.extract_metadata(html, default_url=url)
    page_url = url or (meta.url if meta is not None else None)
    page_date = date
    if page_date is None:
        try:
            page_date = find_date(html, url=page_url, outputformat="%Y-%m-%d", original_date=True,
                                  extensive_search=False)
        except ValueError:  # htmldate raises on some malformed inputs
            page_date = None
        page_date = page_date or (meta.date if meta is not None and meta.date else None) or date_from_url(page_url)
    return Document(id=make_doc_id(doc_id), text=text, date=page_date[:10] if page_date else None,
                    title=(meta.title if meta is not None else None) or None, url=page_url, source=source,
                    author=(meta.author if meta is not None else None) or None, note=note)
