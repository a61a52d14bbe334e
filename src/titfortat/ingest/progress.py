"""Progress of an ingest run: a bar on a terminal, plain log lines elsewhere, nothing when quiet.

On a terminal one line is redrawn at most ten times a second:

    [=========>          ] 12/25 inputs  340 docs  1,208 events  28.4 docs/s  3 failed  5 dup

Elsewhere (a log file, CI) a plain line every `every` documents and one at the end, so logs stay
readable. `--quiet` shows neither; the summary line is printed by the caller.
"""
from __future__ import annotations

import time
from typing import TextIO

BAR_WIDTH = 20


class Progress:
    def __init__(self, stream: TextIO, tty: bool, quiet: bool = False, every: int = 100, interval: float = 0.1):
        self.stream = stream
        self.tty = tty
        self.quiet = quiet
        self.every = every
        self.interval = interval
        self.inputs = (0, 0)
        self._last_draw = 0.0
        self._last_logged = 0
        self._drawn = False

    def on_input(self, index: int, total: int, _name: str) -> None:
        self.inputs = (index, total)

    def text(self, report) -> str:
        done, total = self.inputs
        rate = report.documents / report.seconds if report.seconds else 0.0
        parts = []
        if total:
            filled = int(BAR_WIDTH * max(done - 1, 0) / total) if done < total else BAR_WIDTH
            parts.append("[" + "=" * filled + (">" if filled < BAR_WIDTH else "") +
                         " " * (BAR_WIDTH - filled - (1 if filled < BAR_WIDTH else 0)) + f"] {done}/{total} inputs")
        parts += [f"{report.documents:,} docs", f"{report.events:,} events", f"{rate:.1f} docs/s",
                  f"{report.failed} failed", f"{report.duplicates} dup"]
        return "  ".join(parts)

    def update(self, report) -> None:
        if self.quiet:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= self.interval:
                self._last_draw = now
                self.stream.write("\r\x1b[K" + self.text(report))
                self.stream.flush()
                self._drawn = True
        elif report.documents - self._last_logged >= self.every:
            self._last_logged = report.documents
            self.stream.write("titfortat: progress: " + self.text(report) + "\n")
            self.stream.flush()

    def message(self, line: str) -> None:
        """A line (an error) that must not be drawn over by the bar."""
        if self.tty and self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False
        self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self, report) -> None:
        if self.quiet:
            return
        if self.tty:
            self.stream.write("\r\x1b[K" + self.text(report) + "\n")
            self.stream.flush()
