"""The sharded run: shards planned from files, the same events as one process, on a local Dask cluster."""
from __future__ import annotations

import json

import pytest

from titfortat.errors import InputError
from titfortat.options import Options
from titfortat.scale.dask_engine import load_events, plan_shards, read_shard, run

TEXTS = ["Britain expelled 23 Russian diplomats on Wednesday.",
         "Russia expelled 23 British diplomats and closed the British Council.",
         "The United States ordered the closure of the Chinese consulate in Houston.",
         "China ordered the United States to close its consulate in Chengdu.",
         "Germany declared two Russian diplomats persona non grata.",
         "Russia threatened to expel German diplomats."]


def _jsonl(path, texts=TEXTS, bad_line=True):
    lines = [json.dumps({"id": f"doc{i}", "date": "2020-07-22", "text": t}) for i, t in enumerate(texts)]
    lines.insert(2, json.dumps({"date": "2020-07-22", "text": "France recalled its ambassador to Australia."}))
    if bad_line:
        lines.insert(4, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _names(items) -> list[str]:
    return [i.doc if isinstance(i, InputError) else i.id for i in items]


def _one_process(coder, paths) -> dict:
    from titfortat.ingest.readers import read_inputs

    return {e.event_id: e.as_dict() for _, r in coder.code_serial(read_inputs([str(p) for p in paths]))
            if not isinstance(r, InputError) for e in r}


def test_plan_shards_cuts_jsonl_by_lines_and_groups_files(tmp_path):
    big = _jsonl(tmp_path / "a.jsonl")  # 8 lines
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"r{i}.txt").write_text(TEXTS[i], encoding="utf-8")
    shards = plan_shards([str(big), str(docs)], shard_docs=3)
    ranges = [(p.first, p.last) for s in shards for p in s.pieces if p.first]
    assert ranges == [(1, 3), (4, 6), (7, 8)]
    assert [len(s.pieces) for s in shards] == [1, 1, 1, 3]
    assert [s.key for s in plan_shards([str(big), str(docs)], shard_docs=3)] == [s.key for s in shards]
    assert len({s.key for s in shards}) == 4


def test_read_shard_names_documents_as_the_whole_file_does(tmp_path):
    from titfortat.ingest.readers import read_inputs

    path = _jsonl(tmp_path / "a.jsonl")
    whole = _names(read_inputs([str(path)]))
    sharded = [n for s in plan_shards([str(path)], shard_docs=2) for n in _names(read_shard(s))]
    assert sharded == whole
    assert f"{path}:3" in whole and f"{path}:5" in whole  # the record without id, the bad line


def test_run_local_engine_same_events_as_one_process(tmp_path, coder):
    path = _jsonl(tmp_path / "a.jsonl")
    report = run([str(path)], tmp_path / "out", engine="local", shard_docs=3, options=Options(n_process=1))
    assert report.shards == report.done == 3 and report.failed == 1 and not report.failed_shards
    got = {e.event_id: e.as_dict() for e in load_events(tmp_path / "out")}
    assert got == _one_process(coder, [path]) and got
    manifest = [json.loads(x) for x in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    assert [m["status"] for m in manifest] == ["done"] * 3
    assert any(m["failures"] for m in manifest)


def test_run_writes_database_too(tmp_path):
    from titfortat.store.db import Database

    path = _jsonl(tmp_path / "a.jsonl", bad_line=False)
    url = str(tmp_path / "ev.db")
    report = run([str(path)], None, db_url=url, engine="local", shard_docs=4, options=Options(n_process=1))
    assert report.coded == len(TEXTS) + 1
    assert Database(url).count_events() == report.events > 0


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.mark.slow
def test_run_dask_local_cluster_same_events_and_rerun_skips(tmp_path, coder, dask_client):
    path = _jsonl(tmp_path / "a.jsonl")
    out = tmp_path / "out"
    report = run([str(path)], out, shard_docs=2, client=dask_client, options=Options(n_process=1))
    assert report.workers == 2 and report.shards == report.done == 4 and not report.failed_shards
    events = load_events(out)
    assert {e.event_id: e.as_dict() for e in events} == _one_process(coder, [path])
    assert len(events) == len({e.event_id for e in events}) > 0
    workers = {json.loads(x)["worker"] for x in (out / "manifest.jsonl").read_text().splitlines()}
    assert len(workers) >= 1

    again = run([str(path)], out, shard_docs=2, client=dask_client, options=Options(n_process=1))
    assert again.skipped_shards == 4 and again.done == 0

    first = sorted((out / "events").glob("part-*.parquet"))[0]
    first.unlink()
    third = run([str(path)], out, shard_docs=2, client=dask_client, options=Options(n_process=1))
    assert third.skipped_shards == 3 and third.done == 1
    assert {e.event_id for e in load_events(out)} == {e.event_id for e in events}


@pytest.mark.slow
def test_run_dask_failed_shard_reported_after_retries(tmp_path, dask_client):
    path = _jsonl(tmp_path / "a.jsonl")
    out = tmp_path / "out"
    shards = plan_shards([str(path)], shard_docs=3)
    blocked = out / "events" / f".part-{shards[1].key}.parquet.tmp"
    blocked.mkdir(parents=True)  # the shard's temporary file cannot be made: it fails on every try
    failures = []
    report = run([str(path)], out, shard_docs=3, client=dask_client, retries=1, options=Options(n_process=1),
                 on_shard=lambda r, err: failures.append(err) if err else None)
    assert report.done == 2 and len(report.failed_shards) == 1
    assert report.failed_shards[0][0] == shards[1].describe()
    assert len(failures) == 1 and shards[1].describe() in failures[0]
    assert not (out / shards[1].partition).exists()

    blocked.rmdir()
    again = run([str(path)], out, shard_docs=3, client=dask_client, options=Options(n_process=1))
    assert again.skipped_shards == 2 and again.done == 1 and not again.failed_shards
