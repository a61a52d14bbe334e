"""The command line, through the installed `titfortat` entry point."""
import json

import pytest

from .conftest import jsonl

DOCS = [
    {"id": "a1", "date": "2018-03-14", "text": "Britain expelled 23 Russian diplomats on Wednesday."},
    {"id": "a2", "date": "2018-03-17", "text": "Russia expelled 23 British diplomats in retaliation."},
]


def as_input(docs) -> str:
    return "".join(json.dumps(d) + "\n" for d in docs)


def test_code_reads_stdin_and_writes_events(run_cli):
    r = run_cli("code", input=as_input(DOCS))
    assert r.returncode == 0, r.stderr
    events = jsonl(r.stdout)
    dyads = {(e["doc_id"], e["source"]["country"], e["cameo"][:2], e["target"]["country"]) for e in events}
    assert ("a1", "GBR", "16", "RUS") in dyads
    assert ("a2", "RUS", "16", "GBR") in dyads
    first = next(e for e in events if e["doc_id"] == "a1")
    assert first["date"] == "2018-03-14" and first["plover"] == "SANCTION"


def test_code_is_deterministic(run_cli):
    one = run_cli("code", input=as_input(DOCS)).stdout
    two = run_cli("code", input=as_input(DOCS)).stdout
    assert one == two and one


def test_code_reports_bad_documents_and_goes_on(run_cli):
    lines = [json.dumps(DOCS[0]), "this is not json", json.dumps({"id": "no-text"}),
             json.dumps({"id": "empty", "text": ""}), json.dumps(DOCS[1])]
    r = run_cli("code", input="\n".join(lines) + "\n")
    assert r.returncode == 1
    err = r.stderr.strip().splitlines()
    assert "titfortat: <stdin>:2: not JSON" in err[0]
    assert "titfortat: no-text: missing 'text'" in err[1]
    assert "titfortat: empty: empty document" in err[2]
    assert "Traceback" not in r.stderr
    assert {e["doc_id"] for e in jsonl(r.stdout)} == {"a1", "a2"}


def test_code_undecodable_bytes_are_reported(run_cli):
    data = (json.dumps(DOCS[0]) + "\n").encode() + b'{"id": "latin", "text": "caf\xe9"}\n'
    r = run_cli("code", input=data)
    assert r.returncode == 1
    assert b"<stdin>:2: undecodable bytes" in r.stderr
    assert b'"doc_id": "a1"' in r.stdout


def test_code_strict_stops_at_first_failure(run_cli):
    r = run_cli("code", "--strict", input="not json\n" + as_input(DOCS))
    assert r.returncode == 1
    assert "because of --strict" in r.stderr
    assert r.stdout == ""


def test_code_text_file_with_date(run_cli, tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("Moscow ordered U.S. diplomats to leave the country by January 31.\n", encoding="utf-8")
    r = run_cli("code", "--date", "2021-12-01", p)
    assert r.returncode == 0, r.stderr
    (ev,) = [e for e in jsonl(r.stdout) if e["cameo"].startswith("16")]
    assert ev["doc_id"] == "report.txt" and ev["source"]["code"] == "RUSGOV"
    assert ev["target"]["country"] == "USA" and ev["deadline"] == "2022-01-31"


def test_ingest_twice_adds_nothing(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(as_input(DOCS), encoding="utf-8")
    db = tmp_path / "e.db"
    r1 = run_cli("ingest", src, "--db", db)
    assert r1.returncode == 0, r1.stderr
    assert "2 coded" in r1.stderr
    r2 = run_cli("ingest", src, "--db", db)
    assert "0 coded, 2 already stored" in r2.stderr
    out = run_cli("events", "--db", db, "--format", "jsonl").stdout
    assert len(jsonl(out)) == len({e["event_id"] for e in jsonl(out)}) >= 2


def test_ingest_uses_titfortat_db_variable(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(as_input(DOCS[:1]), encoding="utf-8")
    r = run_cli("ingest", src, env={"TITFORTAT_DB": str(tmp_path / "env.db")}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env.db").exists() and not (tmp_path / "titfortat.db").exists()


def test_ingest_records_failures_and_exits_1(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(as_input(DOCS[:1]) + "{broken\n", encoding="utf-8")
    db = tmp_path / "e.db"
    r = run_cli("ingest", src, "--db", db)
    assert r.returncode == 1
    assert "in.jsonl:2: not JSON" in r.stderr
    from titfortat.store.db import Database

    docs = {d["doc_id"]: d for d in Database(str(db)).documents()}
    assert docs["a1"]["status"] == "coded"
    assert docs[f"{src}:2"]["status"] == "failed"


@pytest.mark.parametrize("fmt,check", [
    ("table", lambda out: "RUS" in out and "evidence" in out),
    ("csv", lambda out: out.startswith("date,source,target,cameo")),
    ("jsonl", lambda out: all(json.loads(line)["event_id"] for line in out.splitlines())),
])
def test_events_formats(run_cli, tmp_path, fmt, check):
    src = tmp_path / "in.jsonl"
    src.write_text(as_input(DOCS), encoding="utf-8")
    db = tmp_path / "e.db"
    run_cli("ingest", src, "--db", db, "--quiet")
    r = run_cli("events", "--db", db, "--source", "RUS", "--target", "GBR", "--code", "16", "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert check(r.stdout)


def test_unknown_db_scheme_is_one_line(run_cli):
    r = run_cli("events", "--db", "mysql://u@localhost/x")
    assert r.returncode == 1
    assert r.stderr.strip() == ("titfortat: error: unsupported database URL scheme 'mysql://' (use a file path, "
                                "sqlite:///FILE or postgresql://USER@HOST/DB)")


def test_unreachable_database_is_one_line(run_cli):
    r = run_cli("events", "--db", "postgresql://nobody@127.0.0.1:9/none")
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith("titfortat: error:") and "Traceback" not in r.stderr


@pytest.mark.slow
def test_demo_in_empty_folder_leaves_twenty_events(run_cli, tmp_path):
    r = run_cli("demo", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Top dyads" in r.stdout and "Examples" in r.stdout
    db = tmp_path / "titfortat-demo.db"
    assert db.exists()
    events = jsonl(run_cli("events", "--db", db, "--format", "jsonl").stdout)
    assert len(events) >= 20
    # the 2018 Salisbury exchange is in the corpus: each side's expulsion of the other's diplomats
    dyads = {(e["source"]["country"], e["target"]["country"]) for e in events
             if e["cameo"].startswith("16") and e["target"]}
    assert ("GBR", "RUS") in dyads and ("RUS", "GBR") in dyads
    assert ("USA", "RUS") in dyads and ("RUS", "USA") in dyads


CONFIG_DOC = {"id": "c1", "date": "2021-05-03", "text": "The Arnor Foreign Office expelled two Russian diplomats."}


def test_config_file_in_the_working_folder_adds_actor_files_and_database(run_cli, tmp_path):
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dicts" / "ours.tsv").write_text("phrase\tcode\tname\nArnor Foreign Office\tARNGOV\tArnor\n")
    (tmp_path / "titfortat.toml").write_text(
        '[coding]\nactors = ["dicts/ours.tsv"]\nmodalities = ["asserted"]\n\n[database]\nurl = "ours.db"\n')
    r = run_cli("code", input=as_input([CONFIG_DOC]), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert [(e["source"]["code"], e["cameo"]) for e in jsonl(r.stdout)] == [("ARNGOV", "166")]
    # the configured database is where `ingest` stores and `events` reads
    (tmp_path / "in.jsonl").write_text(as_input([CONFIG_DOC]))
    assert run_cli("ingest", "in.jsonl", "--quiet", cwd=tmp_path).returncode == 0
    assert (tmp_path / "ours.db").is_file()
    out = run_cli("events", "--format", "jsonl", cwd=tmp_path)
    assert [e["source"]["code"] for e in jsonl(out.stdout)] == ["ARNGOV"]
    # without the file, the packaged dictionary reads "Foreign Office" as Britain's
    (tmp_path / "titfortat.toml").unlink()
    out = run_cli("code", input=as_input([CONFIG_DOC]), cwd=tmp_path).stdout
    assert [e["source"]["code"] for e in jsonl(out)] == ["GBRGOV"]


def test_config_file_errors_are_one_line_naming_the_file(run_cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[coding]\nactorz = ["x.tsv"]\n')
    r = run_cli("--config", bad, "code", input=as_input(DOCS))
    assert r.returncode != 0
    assert r.stderr.strip() == f"titfortat: error: {bad}: unknown key 'actorz' in [coding] (known: actors, " \
                               "classifier, max_chars, modalities, model, patterns, processes)"
    bad.write_text('[coding]\nactors = ["missing.tsv"]\n')
    r = run_cli("code", input=as_input(DOCS), env={"TITFORTAT_CONFIG": str(bad)})
    assert r.returncode != 0 and "missing.tsv" in r.stderr and len(r.stderr.strip().splitlines()) == 1
