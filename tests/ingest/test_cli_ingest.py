"""`titfortat ingest` from the command line: formats, options, errors, summary."""
from ..conftest import FIXTURES


def test_ingest_csv_with_columns_and_summary(run_cli, tmp_path):
    db = tmp_path / "c.db"
    r = run_cli("ingest", FIXTURES / "articles.csv", "--db", db, "--columns", "text=body,id=guid,date=published")
    assert r.returncode == 1  # the empty row
    assert "titfortat: csv-3: empty document" in r.stderr
    assert "3 documents: 2 coded, 0 already stored, 0 duplicates, 1 failed" in r.stderr


def test_ingest_bad_column_mapping_is_one_line(run_cli, tmp_path):
    r = run_cli("ingest", FIXTURES / "articles.csv", "--db", tmp_path / "c.db", "--columns", "body")
    assert r.returncode == 1 and r.stderr.strip().splitlines() == [
        "titfortat: error: bad column mapping 'body': expected FIELD=COLUMN, e.g. text=body"]


def test_ingest_quiet_prints_errors_only(run_cli, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Britain expelled 23 Russian diplomats.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    r = run_cli("ingest", tmp_path / "in", "--db", tmp_path / "q.db", "--quiet", "--date", "2018-03-14")
    assert r.returncode == 1 and r.stderr.strip() == "titfortat: b.txt: empty document: no text to code"


def test_ingest_feed_format_override_and_no_fetch(run_cli, tmp_path):
    src = tmp_path / "feed.data"
    src.write_bytes((FIXTURES / "feed.rss").read_bytes())
    r = run_cli("ingest", src, "--db", tmp_path / "f.db", "--format", "feed", "--no-fetch")
    assert r.returncode == 0, r.stderr
    assert "2 documents: 2 coded" in r.stderr
