"""ingest end to end: a folder of every format and every broken case; twice; killed and resumed."""
import os
import signal
import subprocess
import sys
import time

import pytest

from titfortat.ingest.runner import ingest
from titfortat.store.db import Database

from ..conftest import titfortat_command
from ..fixtures.corpus import BAD, build_mixed_folder, synthetic_corpus


def event_map(db):
    return {e.event_id: e.as_dict() for e in db.events()}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return build_mixed_folder(tmp_path_factory.mktemp("mixed"))


def test_mixed_folder_codes_the_good_and_names_the_bad(coder, mixed, tmp_path):
    db = Database(str(tmp_path / "m.db"))
    failures = []
    report = ingest([str(mixed)], db, coder=coder, on_error=failures.append)
    docs = {d["doc_id"]: d for d in db.documents()}
    coded = {k for k, d in docs.items() if d["status"] == "coded"}
    assert {"j1", "j2", "report.txt", "latin1.txt", "article.html", "c1",
            "https://wire.example.org/world/2018/03/14/britain-expels-diplomats",
            "urn:example:monitor:2020-07-24-chengdu", "https://news.example.com/2020/07/22/houston",
            "https://other.example.org/2021/03/01/ambassador"} <= coded
    for name, words in BAD.items():
        matching = [f for f in failures if name in f.doc]
        assert matching and words in matching[0].reason, (name, [(f.doc, f.reason) for f in failures])
        assert any(d["status"] == "failed" and name in k and d["reason"] for k, d in docs.items())
    assert report.failed == len(failures) >= len(BAD)
    assert docs["latin1.txt"]["note"].startswith("not UTF-8")
    assert docs["report.txt"]["date"] == "2016-12-29"
    assert db.count_events() == report.events > 10
    # the second run adds nothing
    before = event_map(db)
    again = ingest([str(mixed)], db, coder=coder)
    assert again.coded == 0 and again.events == 0 and again.skipped == report.coded + report.duplicates + report.skipped
    assert event_map(db) == before


def test_duplicates_are_stored_once_with_their_sources(coder, tmp_path):
    from ..conftest import FIXTURES

    folder = tmp_path / "in"
    folder.mkdir()
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    (folder / "a.html").write_text(page, encoding="utf-8")
    (folder / "b.html").write_text(page.replace("wire.example.org", "mirror.example.net"), encoding="utf-8")
    (folder / "c.html").write_text(page.replace("did not immediately respond", "declined to respond"),
                                   encoding="utf-8")
    db = Database(str(tmp_path / "d.db"))
    report = ingest([str(folder)], db, coder=coder)
    assert report.coded == 1 and report.duplicates == 2
    sources = db.sources("a.html")
    assert [s["doc_id"] for s in sources] == ["a.html", "b.html", "c.html"]
    assert sources[1]["status"] == "duplicate" and "same text as a.html" == sources[1]["reason"]
    assert sources[2]["reason"].startswith("near-duplicate of a.html")
    assert {e.doc_id for e in db.events()} == {"a.html"}


def test_events_of_several_articles_are_grouped(coder, tmp_path):
    from titfortat.store.export import rows

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "x1", "date": "2018-03-14", "url": "https://a.example/1", "text": "Britain expelled 23 Russian '
        'diplomats on Wednesday."}\n'
        '{"id": "x2", "date": "2018-03-15", "url": "https://b.example/2", "text": "On Wednesday, the British '
        'government expelled 23 diplomats from Russia, officials in London confirmed."}\n', encoding="utf-8")
    db = Database(str(tmp_path / "g.db"))
    ingest([str(src)], db, coder=coder)
    mentions = [(e, g) for e, g in db.mentions(code="16")]
    assert len(mentions) == 2 and len({g for _, g in mentions}) == 1
    (row,) = [r for r in rows(db, "gdelt") if r["EventCode"].startswith("16")]
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (2, 2, 2)
    # every mention keeps its own sentence and evidence
    assert {e.doc_id for e, _ in mentions} == {"x1", "x2"}
    assert all(e.evidence.text in e.sentence and e.evidence.text.startswith("expelled") for e, _ in mentions)


def test_a_fault_of_the_coder_on_one_document_fails_that_document_alone(coder, tmp_path, monkeypatch):
    # no document is known to break the coder (each one found is mended); the fault is put into one sentence
    real = coder.sentence_coder.code

    def faulty(sent, *args, **kwargs):
        if "Ruritania" in sent.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(sent, *args, **kwargs)

    monkeypatch.setattr(coder.sentence_coder, "code", faulty)
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "y1", "date": "2018-03-14", "text": "Britain expelled 23 Russian diplomats on Wednesday."}\n'
        '{"id": "y2", "date": "2018-03-15", "text": "Ruritania recalled its ambassador from Moscow."}\n'
        '{"id": "y3", "date": "2018-03-17", "text": "Russia expelled 23 British diplomats on Saturday."}\n',
        encoding="utf-8")
    db = Database(str(tmp_path / "f.db"))
    failures = []
    report = ingest([str(src)], db, coder=coder, on_error=failures.append)
    assert (report.coded, report.failed) == (2, 1)
    assert [str(f) for f in failures] == [
        "y2: could not be coded (RecursionError: maximum recursion depth exceeded)"]
    assert {e.doc_id for e in db.events()} == {"y1", "y3"}
    assert {d["doc_id"]: d["status"] for d in db.documents()} == {"y1": "coded", "y2": "failed", "y3": "coded"}


def _run_ingest(src, db, **popen):
    return subprocess.Popen([*titfortat_command(), "ingest", str(src), "--db", str(db), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


@pytest.mark.slow
def test_killed_run_resumes_with_exactly_the_events_of_an_uninterrupted_one(tmp_path):
    src = synthetic_corpus(tmp_path / "corpus.jsonl", 600)
    with open(src, "a", encoding="utf-8") as fh:  # a duplicate at the end, so dedup state must survive too
        fh.write(open(src, encoding="utf-8").readline().replace('"s00000"', '"copy-of-first"'))
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    assert _run_ingest(src, whole).wait(timeout=600) == 0
    # The run to kill reads its documents from a pipe that the test keeps open after the first 200 lines:
    # it stores what it has, then waits for more, and is killed there (no race with how fast it codes).
    lines = open(src, encoding="utf-8").readlines()
    proc = subprocess.Popen([*titfortat_command(), "ingest", "-", "--db", str(killed), "-j", "1"],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    proc.stdin.write("".join(lines[:200]).encode("utf-8"))
    proc.stdin.flush()
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None and done < 150:
        time.sleep(0.5)
        try:
            done = Database(str(killed)).status_counts().get("coded", 0)
        except Exception:  # the file may not exist yet
            done = 0
    assert proc.poll() is None, proc.stderr.read().decode()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial = Database(str(killed)).status_counts().get("coded", 0)
    assert 0 < partial < 601
    r = _run_ingest(src, killed)
    _, err = r.communicate(timeout=600)
    assert r.returncode == 0, err
    assert f"{partial} already stored" in err.decode()
    a, b = Database(str(whole)), Database(str(killed))
    ea, eb = event_map(a), event_map(b)
    diff = sorted(set(ea) ^ set(eb)) + sorted(k for k in set(ea) & set(eb) if ea[k] != eb[k])
    assert not diff, [ea.get(k) or eb.get(k) for k in diff[:3]]
    assert len(ea) > 600
    assert b.count_events() == len(eb)  # none doubled
    docs = lambda d: {(x["doc_id"], x["status"], x["duplicate_of"], x["n_events"]) for x in d.documents()}  # noqa: E731
    assert docs(a) == docs(b)
    groups = lambda d: {e.event_id: g for e, g in d.mentions()}  # noqa: E731
    assert groups(a) == groups(b)
    print(f"\nkill/resume: killed after {partial} of 601 documents; resumed run matches ({len(ea)} events)",
          file=sys.stderr)
