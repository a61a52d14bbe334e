import io

from titfortat.ingest.progress import Progress
from titfortat.ingest.runner import Report


def test_terminal_progress_draws_a_bar_with_counts():
    out = io.StringIO()
    p = Progress(out, tty=True, interval=0)
    p.on_input(2, 4, "b.jsonl")
    p.update(Report(documents=10, events=25, failed=1, duplicates=2, seconds=2.0))
    text = out.getvalue()
    assert text.startswith("\r") and "] 2/4 inputs" in text and "10 docs" in text and "25 events" in text
    assert "5.0 docs/s" in text and "1 failed" in text and "2 dup" in text
    p.message("titfortat: x: bad")
    assert out.getvalue().endswith("\r\x1b[Ktitfortat: x: bad\n")


def test_plain_progress_logs_lines_every_n_documents():
    out = io.StringIO()
    p = Progress(out, tty=False, every=2)
    for n in range(1, 6):
        p.update(Report(documents=n, seconds=1.0))
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and all(line.startswith("titfortat: progress: ") for line in lines)
    assert "\r" not in out.getvalue()


def test_quiet_progress_writes_nothing():
    out = io.StringIO()
    p = Progress(out, tty=True, quiet=True)
    p.update(Report(documents=1, seconds=1.0))
    p.finish(Report(documents=1, seconds=1.0))
    assert out.getvalue() == ""
