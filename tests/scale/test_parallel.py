"""The multi-process coder: same events as one process, in order, errors in place, crashes reported."""
from __future__ import annotations

import itertools
import multiprocessing
import os
import signal

import pytest

from titfortat.errors import InputError
from titfortat.model import Article
from titfortat.options import Options, default_processes
from titfortat.scale.parallel import WorkerCrashed, code_parallel


def _articles(n: int) -> list:
    from titfortat.ingest.readers import read_inputs
    from titfortat.scale.bench import sample_corpus

    return list(itertools.islice((a for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)), n))


def _flat(results) -> list:
    return [(a.id if a is not None else None,
             str(r) if isinstance(r, InputError) else [e.as_dict() for e in r],
             [s.as_dict() for s in a.sentences] if a is not None and not isinstance(r, InputError) else None)
            for a, r in results]


def test_code_parallel_same_as_one_process(coder):
    items = _articles(9)
    items.insert(2, InputError("feed.jsonl:3", "not JSON"))
    items.insert(6, Article(id="blank", text="   "))
    serial = _flat(coder.code_serial([*items]))
    fresh = [a if not isinstance(a, Article) else Article(a.id, a.text, a.date, a.title, a.url, a.source)
             for a in items]
    parallel = _flat(code_parallel(fresh, Options(n_process=2), processes=2, chunk_size=2))
    assert parallel == serial
    assert parallel[2] == (None, "feed.jsonl:3: not JSON", None)
    assert parallel[6][0] == "blank" and "empty document" in parallel[6][1]
    assert sum(len(r[1]) for r in parallel if isinstance(r[1], list)) > 0


def test_code_parallel_small_input_in_this_process(coder):
    items = _articles(2)
    before = set(multiprocessing.active_children())
    out = list(code_parallel(items, Options(n_process=2), processes=2, coder=coder, chunk_size=4))
    assert [a.id for a, _ in out] == [a.id for a in items]
    assert set(multiprocessing.active_children()) == before  # no pool was started
    assert all(a.sentences for a, _ in out)


def test_code_parallel_worker_killed_is_reported():
    items = _articles(30)
    stream = code_parallel(items, Options(n_process=2), processes=2, chunk_size=1)
    next(stream)  # the pool is up and answering
    workers = [p for p in multiprocessing.active_children() if p.is_alive()]
    assert workers
    os.kill(workers[0].pid, signal.SIGKILL)
    with pytest.raises(WorkerCrashed, match="worker process died"):
        list(stream)


def test_coder_code_articles_uses_processes_and_keeps_order(coder):
    from titfortat.pipeline import Coder

    items = _articles(40)
    two = Coder(Options(n_process=2, batch_size=4))
    ids = [a.id for a, _ in two.code_articles(iter(items))]
    assert ids == [a.id for a in items]


def test_options_n_process_default_and_bounds():
    assert Options().n_process == default_processes() >= 1
    with pytest.raises(ValueError, match="n_process"):
        Options(n_process=0)
