"""Pages over HTTP(S) with httpx: timeouts, retries with backoff, a size cap, gzip, a clear User-Agent.

    with Fetcher() as fetcher:
        for item in fetcher.read_url("https://example.org/news/1.html"):
            ...

Timeouts, connection errors, 429 and 5xx answers are retried `retries` times, waiting `backoff`
seconds and then twice as long each time; other 4xx answers are not retried. A body over
`max_bytes` (after gzip decoding, so a compressed bomb is caught too) is refused as soon as it is
seen, from Content-Length when the server sends it. Every failure is an InputError naming the URL.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Iterator

from .. import __version__
from ..errors import InputError
from .decode import MAX_DOCUMENT_BYTES, decode_bytes, size_error
from .items import Document, Item, make_doc_id

log = logging.getLogger(__name__)

USER_AGENT = f"titfortat/{__version__} (political event coding from the news; +https://github.com/titfortat/titfortat)"
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class FetchSettings:
    timeout: float = 20.0  # seconds, for connecting and for each read
    retries: int = 2  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_bytes: int = MAX_DOCUMENT_BYTES
    user_agent: str = USER_AGENT


@dataclass
class Page:
    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client for a run (connections are reused)."""

    def __init__(self, settings: FetchSettings | None = None):
        import httpx

        self.settings = settings or FetchSettings()
        self._httpx = httpx
        self.client = httpx.Client(timeout=self.settings.timeout, follow_redirects=True,
                                   headers={"User-Agent": self.settings.user_agent,
                                            "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get(self, url: str, doc: str | None = None) -> Page:
        """The page at `url`; InputError (naming `doc` or the URL) when it cannot be had."""
        doc = doc or url
        httpx = self._httpx
        attempts = self.settings.retries + 1
        reason = "no attempt"
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                time.sleep(self.settings.backoff * 2 ** (attempt - 2))
            try:
                with self.client.stream("GET", url) as response:
                    if response.status_code >= 400:
                        reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                        if response.status_code in RETRY_STATUS:
                            continue
                        raise InputError(doc, reason)
                    body = self._read_capped(response, doc)
                    ctype = response.headers.get("content-type", "")
                    return Page(str(response.url), ctype.split(";")[0].strip().lower(), response.charset_encoding,
                                body)
            except httpx.TimeoutException:
                reason = f"timed out after {self.settings.timeout:g} s"
            except httpx.TransportError as exc:
                reason = f"cannot connect: {exc.__class__.__name__}: {exc}".rstrip(": ")
            except httpx.HTTPError as exc:  # e.g. an invalid URL
                raise InputError(doc, f"{exc.__class__.__name__}: {exc}") from None
            log.info("%s: %s (attempt %d of %d)", doc, reason, attempt, attempts)
        raise InputError(doc, f"{reason} ({attempts} attempts)" if attempts > 1 else reason)

    def _read_capped(self, response, doc: str) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit and "content-encoding" not in response.headers:
            raise size_error(doc, int(declared), limit)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(doc, f"too large: over {limit:,} bytes, the limit for one document")
            chunks.append(chunk)
        return b"".join(chunks)

    def article(self, url: str, doc_id: str | None = None, date: str | None = None) -> Item:
        """One page as a Document (HTML or plain text), or the InputError saying why not."""
        doc_id = make_doc_id(doc_id or url)
        try:
            page = self.get(url, doc_id)
            return page_document(page, doc_id, date)
        except InputError as exc:
            return exc

    def read_url(self, url: str, date: str | None = None, fetch_items: bool = True) -> Iterator[Item]:
        """The documents at a URL: a page gives one, a feed one per item (their pages fetched when the
        feed gives only summaries, unless `fetch_items` is false)."""
        from .feeds import looks_like_feed, read_feed

        doc_id = make_doc_id(url)
        try:
            page = self.get(url, doc_id)
        except InputError as exc:
            yield exc
            return
        if "xml" in page.content_type or "rss" in page.content_type or "atom" in page.content_type \
                or looks_like_feed(page.body[:4096]):
            yield from read_feed(page.body, url, date=date, fetch=self.article if fetch_items else None)
            return
        try:
            yield page_document(page, doc_id, date)
        except InputError as exc:
            yield exc


def page_document(page: Page, doc_id: str, date: str | None) -> Document:
    from .html import article_from_html, looks_like_html

    if page.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(page.body[:2048]):
        return article_from_html(page.body, doc_id, page.url, date=date, url=page.url, declared=page.charset)
    if page.content_type.startswith("text/"):
        text, note = decode_bytes(page.body, doc_id, declared=page.charset)
        if not text.strip():
            raise InputError(doc_id, "empty document: no text to code")
        return Document(id=doc_id, text=text, date=date, url=page.url, source=page.url, note=note)
    raise InputError(doc_id, f"not a page titfortat reads: content type {page.content_type or 'unknown'!r}")


def read_url_list(text: str, name: str) -> Iterator[str | InputError]:
    """The URLs of a list (one a line, '#' starts a comment); InputError for a line that is not a URL."""
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        if not is_url(line):
            yield InputError(f"{name}:{n}", f"not an http(s) URL: {line[:80]!r}")
            continue
        yield line
