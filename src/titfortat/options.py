"""One options object, passed down from the command line or the caller to every stage."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .model import DEFAULT_MODALITIES, MODALITIES

# Documents longer than this (in characters) are refused with a reason rather than parsed:
# a news article is rarely over 50,000 characters, and spaCy's default limit is 1,000,000.
MAX_DOCUMENT_CHARS = 1_000_000

# Worker processes by default: one per usable core, at most this many (each holds its own model, ~250 MB).
MAX_DEFAULT_PROCESSES = 8


def default_processes() -> int:
    """One coder process per core this process may use (its CPU affinity), at most MAX_DEFAULT_PROCESSES."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_PROCESSES))


@dataclass
class Options:
    """What the coder should do. Every field has a default that suits news coding."""

    modalities: tuple[str, ...] = DEFAULT_MODALITIES  # which events to emit
    patterns_files: list[Path] = field(default_factory=list)  # user verb patterns, over the packaged ones
    actors_files: list[Path] = field(default_factory=list)  # user actor dictionaries, over the packaged ones
    batch_size: int = 16  # documents per spaCy batch
    n_process: int = field(default_factory=default_processes)  # processes that parse and code (scale/parallel.py)
    max_chars: int = MAX_DOCUMENT_CHARS
    strict: bool = False  # stop at the first bad document
    # Let the MiniLM category classifier arbitrate the patterns' codes and propose codes where no pattern
    # matched (coding/classifier.py). Off by default: it costs an embedding per sentence that names an actor,
    # about halving throughput, for a small gain in accuracy (docs/classifier.md has the figures).
    classifier: bool = False
    classifier_model: Path | None = None  # a head saved by `titfortat train --out`, instead of the packaged one

    def __post_init__(self):
        unknown = set(self.modalities) - set(MODALITIES)
        if unknown:
            raise ValueError(f"unknown modality: {', '.join(sorted(unknown))} (known: {', '.join(MODALITIES)})")
        if not isinstance(self.n_process, int) or self.n_process < 1:
            raise ValueError(f"n_process must be a whole number of processes, 1 or more (got {self.n_process!r})")
        self.patterns_files = [Path(p) for p in self.patterns_files]
        self.actors_files = [Path(p) for p in self.actors_files]
