"""The analysis commands, run as a user would, on the sample corpus database."""
import csv
import io
import json

import pytest

pytestmark = pytest.mark.slow


def test_chains_command_prints_the_uk_russia_expulsions(run_cli, sample_db):
    r = run_cli("chains", "GBR", "RUS", "--db", sample_db)
    assert r.returncode == 0, r.stderr
    assert "2018-03-14  GBR -> RUSDIP  CAMEO 166" in r.stdout
    assert "2018-03-17  RUS -> GBRDIP  CAMEO 166" in r.stdout and "tit-for-tat" in r.stdout


def test_chains_command_jsonl_has_links_with_evidence(run_cli, sample_db):
    r = run_cli("chains", "--db", sample_db, "--format", "jsonl", "--window", "30", "--min-match", "code")
    assert r.returncode == 0, r.stderr
    chains = [json.loads(line) for line in r.stdout.splitlines()]
    assert chains and all(link["match"] == "code" or link["explicit"] for c in chains for link in c["links"])
    assert all(link["lag_days"] <= 30 and link["act"]["sentence"] and link["response"]["sentence"]
               for c in chains for link in c["links"])


def test_dyad_command_csv_and_plot(run_cli, sample_db, tmp_path):
    png = tmp_path / "usa-rus.png"
    r = run_cli("dyad", "usa", "rus", "--db", sample_db, "--format", "csv", "--by", "week", "--plot", png)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {row["source"] for row in rows} == {"USA", "RUS"}
    assert "plover_SANCTION" in rows[0] and png.read_bytes()[:4] == b"\x89PNG"


def test_reciprocity_command_json_states_assumptions(run_cli, sample_db):
    r = run_cli("reciprocity", "USA", "RUS", "--db", sample_db, "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["directions"]["USA->RUS"]["acts"] > 0
    assert out["granger"] is not None and out["granger"]["assumptions"]


def test_analysis_commands_give_one_line_errors(run_cli, sample_db):
    for args in (("dyad", "US", "RUS"), ("reciprocity", "USA", "USA"), ("dyad", "USA", "RUS", "--plot", "x.pdf")):
        r = run_cli(*args, "--db", sample_db)
        assert r.returncode != 0
        assert r.stderr.strip().count("\n") == 0 and r.stderr.startswith("titfortat: error:"), r.stderr
