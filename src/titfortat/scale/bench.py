"""The throughput benchmark behind `titfortat bench`: spaCy parsing alone against the whole coder.

    report = run_bench(repeat=8)          # the bundled sample corpus, repeated to 8 × its size
    print("\\n".join(report.lines()))

In one run, on the same documents and the same loaded model (`nlp.parse.load_nlp()`):

1. **parse only**: `nlp.pipe(texts, n_process=P, batch_size=B)`, spaCy's own multi-process parse;
2. **whole coder**: `Coder.code_articles` with `n_process=P`, raw text to events, as `titfortat code` runs.

Both read the corpus as a stream (the repeated corpus is generated, never held as a list), so the peak
memory says what a run of that size needs. Before the clock starts, one document is coded in this
process so that every lazily loaded table is in memory, as it is after the first document of a real run.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import platform
import resource
import sys
import time
from dataclasses import dataclass
from importlib import resources as package_resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, TitfortatError
from ..model import Article
from ..options import Options, default_processes

log = logging.getLogger(__name__)

DEFAULT_REPEAT = 8


def sample_corpus() -> Path:
    """The bundled sample corpus (data/corpus/sample.jsonl)."""
    return Path(str(package_resources.files("titfortat").joinpath("data", "corpus", "sample.jsonl")))


def repeated_corpus(paths: Iterable[str | Path], repeat: int = 1, fmt: str | None = None) -> Iterator[Article]:
    """Every readable document of `paths`, `repeat` times over; copy k > 1 gets the id `ID~k`.

    Read again from disk for each copy, so a large repeat costs no memory. Unreadable documents are
    left out (the benchmark measures coding, not error reporting)."""
    from ..ingest.readers import read_inputs

    paths = [str(p) for p in paths]
    for k in range(1, repeat + 1):
        for item in read_inputs(paths, fmt=fmt):
            if isinstance(item, InputError):
                log.warning("benchmark corpus: %s: %s (left out)", item.doc, item.reason)
                continue
            yield item if k == 1 else dataclasses.replace(item, id=f"{item.id}~{k}", sentences=[])


def write_corpus(articles: Iterable[Article], out: Path) -> int:
    """Write articles as JSON Lines (the input format of `titfortat code`); returns how many."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "date": a.date, "title": a.title, "url": a.url, "text": a.text},
                                ensure_ascii=False) + "\n")
            n += 1
    return n


@dataclass
class Phase:
    """One timed pass over the corpus."""

    name: str
    articles: int = 0
    sentences: int = 0
    events: int = 0
    failed: int = 0
    seconds: float = 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_s(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**dataclasses.asdict(self), "articles_per_s": round(self.articles_per_s, 2),
                "sentences_per_s": round(self.sentences_per_s, 2)}


@dataclass
class BenchReport:
    corpus: str
    repeat: int
    processes: int
    batch_size: int
    parse: Phase
    code: Phase
    peak_rss_mib: float  # this process
    peak_rss_worker_mib: float  # the largest worker process (spaCy's or the coder's)

    @property
    def ratio(self) -> float:
        """Whole-coder throughput over parse-only throughput (articles/s)."""
        return self.code.articles_per_s / self.parse.articles_per_s if self.parse.articles_per_s else 0.0

    def machine(self) -> str:
        import spacy

        return (f"{platform.machine()}, {default_processes()} usable core(s), Python {platform.python_version()}, "
                f"spaCy {spacy.__version__}")

    def lines(self) -> list[str]:
        p, c = self.parse, self.code
        return [
            f"corpus: {self.corpus} × {self.repeat} = {p.articles} articles",
            f"machine: {self.machine()}; {self.processes} process(es), batch size {self.batch_size}",
            f"parse only   (spaCy nlp.pipe): {p.articles} articles in {p.seconds:.2f} s: "
            f"{p.articles_per_s:.1f} articles/s, {p.sentences_per_s:.1f} sentences/s",
            f"whole coder  (titfortat code): {c.articles} articles in {c.seconds:.2f} s: "
            f"{c.articles_per_s:.1f} articles/s, {c.sentences_per_s:.1f} sentences/s, {c.events} events",
            f"ratio coder / parse: {self.ratio:.2f}",
            f"peak RSS: {self.peak_rss_mib:.0f} MiB this process, {self.peak_rss_worker_mib:.0f} MiB the largest worker",
        ]

    def as_dict(self) -> dict:
        return {"corpus": self.corpus, "repeat": self.repeat, "processes": self.processes,
                "batch_size": self.batch_size, "machine": self.machine(), "parse": self.parse.as_dict(),
                "code": self.code.as_dict(), "ratio": round(self.ratio, 3),
                "peak_rss_mib": round(self.peak_rss_mib, 1), "peak_rss_worker_mib": round(self.peak_rss_worker_mib, 1)}


def _peak_rss_mib(who: int) -> float:
    kib = resource.getrusage(who).ru_maxrss
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024  # bytes on macOS, KiB elsewhere


def time_parse(articles: Iterable[Article], processes: int, batch_size: int) -> Phase:
    """spaCy parsing alone, on `processes` cores, over the texts as the coder gives them to the parser."""
    from ..nlp.parse import load_nlp, normalise

    nlp = load_nlp()
    phase = Phase("parse")
    start = time.perf_counter()
    texts = (normalise(a.text) for a in articles)
    for doc in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        phase.articles += 1
        phase.sentences += sum(1 for _ in doc.sents)
    phase.seconds = time.perf_counter() - start
    return phase


def time_coder(articles: Iterable[Article], options: Options, coder=None) -> Phase:
    """The whole coder (`Coder.code_articles`, as `titfortat code` runs it) over the same documents."""
    from ..pipeline import Coder

    coder = coder or Coder(options)
    phase = Phase("code")
    start = time.perf_counter()
    for article, result in coder.code_articles(articles):
        phase.articles += 1
        if isinstance(result, InputError):
            phase.failed += 1
            continue
        phase.sentences += len(article.sentences)
        phase.events += len(result)
    phase.seconds = time.perf_counter() - start
    return phase


def run_bench(corpus: Iterable[str | Path] | None = None, repeat: int = DEFAULT_REPEAT,
              options: Options | None = None, fmt: str | None = None) -> BenchReport:
    """Time parse-only, then the whole coder, on the same corpus in this one run."""
    from ..pipeline import Coder

    if repeat < 1:
        raise TitfortatError(f"--repeat must be 1 or more (got {repeat})")
    paths = [str(p) for p in (corpus or [sample_corpus()])]
    options = options or Options()
    coder = Coder(options)
    first = next(repeated_corpus(paths, 1, fmt), None)
    if first is None:
        raise TitfortatError(f"no readable document in {', '.join(paths)}")
    coder.code_article(dataclasses.replace(first))  # warm-up: lazily loaded tables, outside the clock
    parse = time_parse(repeated_corpus(paths, repeat, fmt), options.n_process, options.batch_size)
    code = time_coder(repeated_corpus(paths, repeat, fmt), options, coder)
    name = ", ".join(Path(p).name for p in paths)
    return BenchReport(corpus=name, repeat=repeat, processes=options.n_process, batch_size=options.batch_size,
                       parse=parse, code=code, peak_rss_mib=_peak_rss_mib(resource.RUSAGE_SELF),
                       peak_rss_worker_mib=_peak_rss_mib(resource.RUSAGE_CHILDREN))


@dataclass
class ScalingPoint:
    workers: int
    documents: int
    events: int
    seconds: float

    @property
    def documents_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def time_dask(corpus: Iterable[str | Path] | None = None, repeat: int = DEFAULT_REPEAT,
              workers: Iterable[int] = (1, 2), shard_docs: int = 25, options: Options | None = None
              ) -> list[ScalingPoint]:
    """The Dask engine on LocalClusters of 1, 2 … workers over the same (repeated) corpus.

    Each cluster's workers load the coder before the clock starts; the clock covers planning, coding
    every shard and writing its Parquet partition (into a temporary folder)."""
    import tempfile

    from .dask_engine import _client, run, shutdown

    paths = [str(p) for p in (corpus or [sample_corpus()])]
    points = []
    with tempfile.TemporaryDirectory(prefix="titfortat-bench-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        write_corpus(repeated_corpus(paths, repeat), data)
        for n in workers:
            client, cluster = _client(None, n)
            try:
                start = time.perf_counter()
                report = run([str(data)], Path(tmp) / f"out-{n}", options=options, client=client, warm=True,
                             shard_docs=shard_docs)
                seconds = time.perf_counter() - start
            finally:
                shutdown(client, cluster)
            if report.failed_shards:
                raise TitfortatError(f"{len(report.failed_shards)} shard(s) failed: {report.failed_shards[0][1]}")
            points.append(ScalingPoint(n, report.documents, report.events, report.seconds or seconds))
    return points
