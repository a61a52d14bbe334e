"""Read, code and store: the library behind `titfortat ingest` and `titfortat demo`.

    report = ingest(["reports/", "feed.rss"], Database("events.db"))

Every input document ends in exactly one of these outcomes, in the order the inputs give them:

- skipped: already stored with the same content (a second run, or a resumed one, adds nothing);
- failed: unreadable or refused, recorded in the documents table with its reason;
- duplicate: the same text as, or a near-copy of, a kept document (ingest/dedup.py), recorded with a
  pointer to it and not coded again;
- coded: its events stored, with the document, in one transaction.

Outcomes are stored in input order, one transaction each, so a run killed at any moment leaves a
prefix of the work done and nothing half-written; the next run skips that prefix and makes the same
decisions for the rest. At the end the mentions of one real-world event are grouped (store/groups.py).
"""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Article, Event
from ..options import Options
from .readers import ReadOptions, read_inputs

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What a run did, for the summary line and the exit status."""

    documents: int = 0
    coded: int = 0
    skipped: int = 0  # already stored with the same content
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    groups: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents: {self.coded} coded, {self.skipped} already stored, "
                f"{self.duplicates} duplicates, {self.failed} failed; {self.events} events "
                f"({rate:.1f} documents/s)")


@dataclass
class Outcome:
    kind: str  # coded | failed | skipped | duplicate
    article: Article | None = None
    events: list[Event] | None = None
    error: InputError | None = None
    duplicate: object = None  # dedup.Duplicate
    signature: bytes | None = None


def _in_order(coder, items: Iterable, decide: Callable) -> Iterator[Outcome]:
    """Outcomes in input order: `decide(item)` gives an Outcome, or ("code", article, signature) for an
    article the coder must code; the coder works in batches, so outcomes wait for the ones before them."""
    pending: deque = deque()

    def to_code():
        for item in items:
            verdict = decide(item)
            if isinstance(verdict, Outcome):
                pending.append(verdict)
            else:
                _, article, signature = verdict
                pending.append(Outcome("code", article, signature=signature))
                yield article

    for article, result in coder.code_articles(to_code()):
        while pending and pending[0].kind != "code":
            yield pending.popleft()
        waiting = pending.popleft()
        if article is None or waiting.article.id != article.id:  # the coder keeps the input order
            raise RuntimeError(f"coder output out of order: expected {waiting.article.id}, got "
                               f"{getattr(article, 'id', None)}")
        if isinstance(result, InputError):
            yield Outcome("failed", article, error=result)
        else:
            yield Outcome("coded", article, events=result, signature=waiting.signature)
    while pending:
        yield pending.popleft()


def code_inputs(paths: Iterable[str], options: Options, fmt: str | None = None, date: str | None = None,
                coder=None, skip: Callable[[Article], bool] | None = None,
                read_options: ReadOptions | None = None
                ) -> Iterator[tuple[Article | None, list[Event] | None, InputError | None]]:
    """(article, events, None) for each coded document, (article?, None, error) for each bad one and
    (article, None, None) for each left out by `skip(article)`; in input order."""
    from ..pipeline import Coder

    coder = coder or Coder(options)

    def decide(item):
        if isinstance(item, InputError):
            return Outcome("failed", error=item)
        if skip is not None and skip(item):
            return Outcome("skipped", item)
        return ("code", item, None)

    for out in _in_order(coder, read_inputs(paths, fmt=fmt, date=date, options=read_options), decide):
        yield out.article, out.events if out.kind == "coded" else None, out.error


def ingest(paths: Iterable[str], db, options: Options | None = None, fmt: str | None = None,
           date: str | None = None, on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[Report], None] | None = None, coder=None, read_options: ReadOptions | None = None,
           dedup: bool = True, on_input: Callable[[int, int, str], None] | None = None) -> Report:
    """Read every document of `paths`, code it and store it in `db` (a store.Database).

    Documents already stored with the same content are skipped; duplicates are recorded, not coded;
    a bad document is recorded as failed with its reason and the run goes on, unless `options.strict`."""
    from ..pipeline import Coder, check_article
    from .dedup import Deduplicator

    options = options or Options()
    coder = coder or Coder(options)
    report = Report()
    start = time.monotonic()
    deduper = Deduplicator(db) if dedup else None

    decided: dict[str, str] = {}  # doc id -> content hash, of documents this run already stores

    def decide(item):
        if isinstance(item, InputError):
            return Outcome("failed", error=item)
        if decided.get(item.id) == item.content_hash or db.is_done(item):
            return Outcome("skipped", item)
        decided[item.id] = item.content_hash
        try:
            check_article(item, options)
        except InputError as exc:
            return Outcome("failed", item, error=exc)
        if deduper is None:
            return ("code", item, None)
        found = deduper.check(item)
        if found is not None:
            return Outcome("duplicate", item, duplicate=found)
        return ("code", item, deduper.keep(item))

    items = read_inputs(paths, fmt=fmt, date=date, options=read_options, on_input=on_input)
    for out in _in_order(coder, items, decide):
        report.documents += 1
        article = out.article
        note = getattr(article, "note", None)
        if out.kind == "failed":
            error = out.error
            report.failed += 1
            report.failures.append((error.doc, error.reason))
            db.record_failure(error.doc, error.reason, article)
            if on_error:
                on_error(error)
            if options.strict:
                raise error
        elif out.kind == "skipped":
            report.skipped += 1
        elif out.kind == "duplicate":
            report.duplicates += 1
            db.record_duplicate(article, out.duplicate.kept_id, out.duplicate.reason, note=note)
            log.info("%s: %s", article.id, out.duplicate.reason)
        else:
            report.coded += 1
            report.events += db.save_document(article, out.events, minhash=out.signature, note=note)
        report.seconds = time.monotonic() - start
        if progress:
            progress(report)
    if report.coded:
        report.groups = db.regroup()
    report.seconds = time.monotonic() - start
    return report
