"""Code a stream of articles on several cores, in input order.

    from titfortat.scale.parallel import code_parallel
    for article, result in code_parallel(items, options, processes=2):
        ...                             # result: list[Event], or the InputError of that document

`Coder.code_articles` calls this when `options.n_process > 1`. A pool of worker processes each builds its
`Coder` once (`worker_coder`, cached per process) and both parses and codes a chunk of
`options.batch_size` documents with the one-process `Coder.code_articles`, so the events are exactly
those of one process. The parent only reads, hands out chunks and puts the answers back in input order;
at most `2 × processes` chunks are in flight, so memory does not grow with the corpus. Reader errors
(InputError items) never leave the parent: they come out at their place in the stream. A worker that
dies (killed, out of memory) ends the run with `WorkerCrashed` naming the documents it had, never a hang.

Where the platform has `fork`, the workers start as copies of the parent, which already holds the loaded
model and data files, so starting them costs almost nothing; elsewhere each worker loads them once.
An input that fits in one chunk is coded in the calling process: no pool for a single document.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import multiprocessing
import os
import pickle
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import InputError, TitfortatError
from ..model import Article, Event, Sentence
from ..options import Options

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Coder

log = logging.getLogger(__name__)

Item = Article | InputError
Result = tuple[Article | None, list[Event] | InputError]
# What a worker sends back for one article: its sentences and events, or (doc, reason) of its InputError.
_Answer = tuple[list[Sentence] | None, list[Event] | tuple[str, str]]


class WorkerCrashed(TitfortatError):
    """A worker process of the multi-process coder died before answering."""


@functools.lru_cache(maxsize=2)
def worker_coder(options_blob: bytes) -> Coder:
    """The Coder of this worker process for these (pickled) options: built on first use, then reused."""
    from ..pipeline import Coder

    options = pickle.loads(options_blob)
    log.debug("worker %d: loading the coder", os.getpid())
    return Coder(options)


def code_chunk(options_blob: bytes, articles: list[Article]) -> list[_Answer]:
    """Parse and code a chunk of articles in this process; one answer per article, in order."""
    return answers_of(worker_coder(options_blob), articles)


def answers_of(coder: Coder, articles: list[Article]) -> list[_Answer]:
    """Parse and code `articles` with `coder` in this process, in the form a worker sends back."""
    answers: list[_Answer] = []
    for article, result in coder.code_serial(articles):
        if isinstance(result, InputError):
            answers.append((None, (result.doc, result.reason)))
        else:
            answers.append((article.sentences, result))
    return answers


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _merge(chunk: list[Item], answers: list[_Answer]) -> Iterator[Result]:
    """The chunk's items with their answers put back, reader errors where they stood."""
    replies = iter(answers)
    for item in chunk:
        if isinstance(item, InputError):
            yield None, item
            continue
        sentences, result = next(replies)
        if sentences is None:
            yield item, InputError(*result)
        else:
            item.sentences = sentences
            yield item, result


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _describe(chunk: list[Item]) -> str:
    ids = [item.id for item in chunk if isinstance(item, Article)]
    if not ids:
        return "no document"
    return ids[0] if len(ids) == 1 else f"{len(ids)} documents, {ids[0]} … {ids[-1]}"


def code_parallel(items: Iterable[Item], options: Options, processes: int | None = None,
                  coder: Coder | None = None, chunk_size: int | None = None) -> Iterator[Result]:
    """(article, events) or (article | None, InputError) for each item, in input order, on `processes` cores.

    `coder` (optional) codes an input small enough for one chunk in this process; without it, a
    small input still goes to a worker."""
    processes = processes or options.n_process
    size = max(1, chunk_size or options.batch_size)
    one = dataclasses.replace(options, n_process=1)
    chunks = _chunks(items, size)
    head = list(itertools.islice(chunks, 2))
    if not head:
        return
    if len(head) == 1 and coder is not None:  # a small input: no pool
        yield from _merge(head[0], answers_of(coder, [a for a in head[0] if isinstance(a, Article)]))
        return
    blob = pickle.dumps(one)
    window = 2 * processes
    executor = ProcessPoolExecutor(max_workers=processes, mp_context=_context())
    pending: deque = deque()
    waiting: list[Item] = head[0]  # the chunk whose answer is awaited, named if its worker dies
    try:
        for chunk in itertools.chain(head, chunks):
            articles = [item for item in chunk if isinstance(item, Article)]
            pending.append((chunk, executor.submit(code_chunk, blob, articles) if articles else None))
            while len(pending) > window:
                waiting, future = pending.popleft()
                yield from _merge(waiting, future.result() if future is not None else [])
        while pending:
            waiting, future = pending.popleft()
            yield from _merge(waiting, future.result() if future is not None else [])
    except BrokenProcessPool:
        raise WorkerCrashed(f"a coding worker process died (killed, or out of memory?) while coding "
                            f"{_describe(waiting)}; rerun with -j 1 to code in one process") from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
