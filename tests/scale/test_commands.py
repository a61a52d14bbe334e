"""`titfortat bench`, `titfortat run` and `-j/--processes`, through the installed command."""
from __future__ import annotations

import json

from tests.conftest import jsonl


def _corpus(tmp_path, n=4):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "date": "2018-03-17",
                                        "text": "Britain expelled 23 Russian diplomats."}) + "\n" for i in range(n)),
                    encoding="utf-8")
    return path


def test_code_processes_same_output_as_one(run_cli):
    from titfortat.scale.bench import sample_corpus

    one = run_cli("code", "-j", "1", sample_corpus())
    two = run_cli("code", "--processes", "2", sample_corpus())
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout and jsonl(two.stdout)


def test_code_processes_refuses_zero(run_cli):
    r = run_cli("code", "-j", "0", input="")
    assert r.returncode == 2 and "0 is not in the range" in r.stderr


def test_bench_prints_figures_as_json(run_cli, tmp_path):
    r = run_cli("bench", _corpus(tmp_path), "--repeat", "2", "-j", "1", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["parse"]["articles"] == out["code"]["articles"] == 8
    assert out["ratio"] > 0 and out["peak_rss_mib"] > 0


def test_bench_write_corpus(run_cli, tmp_path):
    r = run_cli("bench", _corpus(tmp_path), "--repeat", "3", "--write-corpus", tmp_path / "big.jsonl")
    assert r.returncode == 0, r.stderr
    assert len((tmp_path / "big.jsonl").read_text().splitlines()) == 12


def test_run_local_engine_writes_partitions(run_cli, tmp_path):
    out, corpus = tmp_path / "out", _corpus(tmp_path)
    r = run_cli("run", "--engine", "local", corpus, "--out", out, "--shard-docs", "2")
    assert r.returncode == 0, r.stderr
    assert "2 shards: 2 coded" in r.stderr
    assert len(list((out / "events").glob("part-*.parquet"))) == 2
    again = run_cli("run", "--engine", "local", corpus, "--out", out, "--shard-docs", "2")
    assert "2 shards: 0 coded, 2 already done" in again.stderr


def test_run_needs_an_output(run_cli, tmp_path):
    r = run_cli("run", _corpus(tmp_path))
    assert r.returncode == 1 and r.stderr.strip().startswith("titfortat: error: nothing to write")
    assert "Traceback" not in r.stderr
