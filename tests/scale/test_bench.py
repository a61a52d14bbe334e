"""The benchmark: both phases over the same documents, figures printed (never asserted on)."""
from __future__ import annotations

import json

from titfortat.options import Options
from titfortat.scale.bench import repeated_corpus, run_bench, write_corpus


def _corpus(tmp_path, n=3):
    path = tmp_path / "c.jsonl"
    lines = [{"id": f"d{i}", "date": "2018-03-17",
              "text": "Britain expelled 23 Russian diplomats. Russia said it would respond."} for i in range(n)]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    return path


def test_repeated_corpus_new_ids_and_no_errors(tmp_path):
    docs = list(repeated_corpus([_corpus(tmp_path)], repeat=3))
    assert [d.id for d in docs][:4] == ["d0", "d1", "d2", "d0~2"]
    assert len(docs) == 9 and len({d.id for d in docs}) == 9
    assert {d.text for d in docs} == {docs[0].text}


def test_write_corpus_round_trips(tmp_path):
    out = tmp_path / "big.jsonl"
    assert write_corpus(repeated_corpus([_corpus(tmp_path)], repeat=2), out) == 6
    assert [d.id for d in repeated_corpus([out], 1)] == ["d0", "d1", "d2", "d0~2", "d1~2", "d2~2"]


def test_run_bench_times_both_phases_on_same_documents(tmp_path):
    report = run_bench([_corpus(tmp_path)], repeat=2, options=Options(n_process=1))
    assert report.parse.articles == report.code.articles == 6
    assert report.parse.sentences >= report.code.sentences > 0
    assert report.code.events > 0 and report.ratio > 0
    assert report.peak_rss_mib > 0
    text = "\n".join(report.lines())
    assert "articles/s" in text and "sentences/s" in text and "ratio coder / parse" in text
    assert json.loads(json.dumps(report.as_dict()))["code"]["articles"] == 6
