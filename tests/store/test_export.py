"""Exports: every format and schema, read back by pandas and DuckDB."""
import csv
import json

import pytest

from titfortat.model import Article
from titfortat.store.db import Database
from titfortat.store.export import GDELT_COLUMNS, NATIVE_COLUMNS, PLOVER_COLUMNS, export, global_event_id

from ..test_model import make_event


@pytest.fixture
def db(tmp_path):
    d = Database(str(tmp_path / "x.db"))
    e = make_event()
    d.save_document(Article(id=e.doc_id, text="Russia ordered U.S. diplomats to leave.", date="2021-12-01",
                            url="https://news.example.org/2021/12/01/a"), [e])
    return d


@pytest.mark.parametrize("schema,columns", [("native", NATIVE_COLUMNS), ("gdelt", GDELT_COLUMNS),
                                            ("plover", PLOVER_COLUMNS)])
def test_parquet_opens_in_pandas_and_duckdb(db, tmp_path, schema, columns):
    import duckdb
    import pandas as pd

    out = tmp_path / f"{schema}.parquet"
    assert export(db, out, fmt="parquet", schema=schema) == 1
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(columns) and len(frame) == 1
    got = duckdb.sql(f"SELECT * FROM read_parquet('{out}')").df()
    assert list(got.columns) == list(columns) and len(got) == 1


def test_gdelt_columns_carry_gdelt_meanings(db, tmp_path):
    import pandas as pd

    out = tmp_path / "g.csv"
    export(db, out, fmt="csv", schema="gdelt")
    frame = pd.read_csv(out, dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    r = frame.iloc[0]
    e = make_event()
    assert len(GDELT_COLUMNS) == 61
    assert r.GLOBALEVENTID == global_event_id(e.event_id) and r.SQLDATE == 20211201 and r.MonthYear == 202112
    assert r.Year == 2021 and r.FractionDate == pytest.approx(2021 + 335 / 365, abs=1e-4)
    assert (r.Actor1Code, r.Actor1CountryCode, r.Actor2Code, r.Actor2CountryCode, r.Actor2Type1Code) == \
        ("RUS", "RUS", "USADIP", "USA", "DIP")
    assert (r.EventCode, r.EventBaseCode, r.EventRootCode, r.QuadClass, r.GoldsteinScale) == ("166", "166", "16", 4, -7.0)
    assert (r.NumMentions, r.NumSources, r.NumArticles, r.IsRootEvent) == (1, 1, 1, 1)
    assert pd.isna(r.AvgTone) and pd.isna(r.ActionGeo_Lat)
    assert len(str(r.DATEADDED)) == 14


def test_plover_jsonl_fields(db, tmp_path):
    out = tmp_path / "p.jsonl"
    export(db, out, fmt="jsonl", schema="plover")
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    e = make_event()
    assert rec["id"] == e.event_id and rec["event"] == "SANCTION" and rec["mode"] == e.plover_mode
    assert rec["source"] == "RUS" and rec["target"] == "USADIP" and rec["target_sector"] == "DIP"
    assert rec["eventText"] == e.evidence.text and rec["text"] == e.sentence and rec["language"] == "en"


def test_native_csv_and_filters(db, tmp_path):
    out = tmp_path / "n.csv"
    assert export(db, out, schema="native", source="RUS", code="16") == 1
    assert export(db, tmp_path / "none.csv", schema="native", source="GBR") == 0
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["event_id"] == make_event().event_id and row["num_mentions"] == "1"


def test_export_command(run_cli, db, tmp_path):
    out = tmp_path / "cli.parquet"
    r = run_cli("export", out, "--db", tmp_path / "x.db", "--schema", "gdelt")
    assert r.returncode == 0, r.stderr
    assert "1 rows (gdelt schema, parquet)" in r.stderr and out.exists()
    bad = run_cli("export", tmp_path / "no" / "dir" / "x.csv", "--db", tmp_path / "x.db")
    assert bad.returncode == 1 and bad.stderr.startswith("titfortat: error: cannot write")
