"""Read, code and store: the library behind `titfortat ingest` and `titfortat demo`."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Article, Event
from ..options import Options
from .readers import read_inputs

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What a run did, for the summary line and the exit status."""

    documents: int = 0
    coded: int = 0
    skipped: int = 0  # already stored with the same content
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents: {self.coded} coded, {self.skipped} already stored, {self.failed} failed;"
                f" {self.events} events ({rate:.1f} documents/s)")


def code_inputs(paths: Iterable[str], options: Options, fmt: str | None = None, date: str | None = None,
                coder=None, skip: Callable[[Article], bool] | None = None
                ) -> Iterator[tuple[Article | None, list[Event] | None, InputError | None]]:
    """(article, events, None) for each coded document, (article?, None, error) for each bad one.

    `skip(article)` true leaves a document out (ingest skips what is already stored)."""
    from ..pipeline import Coder

    coder = coder or Coder(options)
    skipped: list[Article] = []

    def items():
        for item in read_inputs(paths, fmt=fmt, date=date):
            if isinstance(item, Article) and skip is not None and skip(item):
                skipped.append(item)
                continue
            yield item

    for article, result in coder.code_articles(items()):
        while skipped:
            yield skipped.pop(0), None, None
        if isinstance(result, InputError):
            yield article, None, result
        else:
            yield article, result, None
    while skipped:
        yield skipped.pop(0), None, None


def ingest(paths: Iterable[str], db, options: Options | None = None, fmt: str | None = None,
           date: str | None = None, on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[Report], None] | None = None, coder=None) -> Report:
    """Read every document of `paths`, code it and store it in `db` (a store.Database).

    Documents already stored with the same content are skipped; a bad document is recorded as
    failed with its reason and the run goes on, unless `options.strict`."""
    options = options or Options()
    report = Report()
    start = time.monotonic()
    for article, evs, error in code_inputs(paths, options, fmt=fmt, date=date, coder=coder, skip=db.is_done):
        report.documents += 1
        if error is not None:
            report.failed += 1
            report.failures.append((error.doc, error.reason))
            db.record_failure(error.doc, error.reason, article)
            if on_error:
                on_error(error)
            if options.strict:
                raise error
        elif evs is None:
            report.skipped += 1
        else:
            report.coded += 1
            report.events += db.save_document(article, evs)
        report.seconds = time.monotonic() - start
        if progress:
            progress(report)
    report.seconds = time.monotonic() - start
    return report
