import pytest

from titfortat.errors import DatabaseError
from titfortat.model import Article
from titfortat.store.db import SCHEMA_VERSION, Database, normalise_url

from ..test_model import make_event


@pytest.fixture
def db(tmp_path):
    with Database(str(tmp_path / "t.db")) as database:
        yield database


def article(doc_id="d1", text="Russia ordered U.S. diplomats to leave."):
    return Article(id=doc_id, text=text, date="2021-12-01")


def test_database_records_schema_version(db):
    assert db.version() == SCHEMA_VERSION


def test_database_uses_wal_on_sqlite(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_save_document_is_idempotent(db):
    art = article()
    db.save_document(art, [make_event()])
    db.save_document(art, [make_event()])
    assert db.count_events() == 1
    assert db.is_done(art)
    assert not db.is_done(article(text="Different text now."))


def test_save_document_replaces_old_events(db):
    db.save_document(article(), [make_event()])
    db.save_document(article(), [])
    assert db.count_events() == 0
    assert db.documents()[0]["status"] == "coded"


def test_events_filters_by_dyad_code_and_date(db):
    db.save_document(article(), [make_event()])
    assert len(list(db.events(source="RUS", target="USA"))) == 1
    assert len(list(db.events(source="USADIP"))) == 0
    assert len(list(db.events(target="USADIP"))) == 1
    assert len(list(db.events(code="16"))) == 1
    assert len(list(db.events(code="17"))) == 0
    assert len(list(db.events(since="2021-12-02"))) == 0
    assert len(list(db.events(until="2021-12-01"))) == 1
    stored = next(db.events())
    assert stored == make_event()


def test_record_failure_keeps_a_coded_document(db):
    db.save_document(article(), [make_event()])
    db.record_failure("d1", "not JSON")
    assert db.documents()[0]["status"] == "coded"
    assert db.count_events() == 1
    db.record_failure("bad.jsonl:3", "missing 'text'")
    failed = db.documents(status="failed")
    assert failed == [pytest.approx(failed[0])] and failed[0]["reason"] == "missing 'text'"


def test_reopening_keeps_data(tmp_path):
    path = str(tmp_path / "x.db")
    with Database(path) as d1:
        d1.save_document(article(), [make_event()])
    with Database(path) as d2:
        assert d2.count_events() == 1 and d2.version() == SCHEMA_VERSION


def test_memory_database():
    d = Database(memory=True)
    d.save_document(article(), [make_event()])
    assert d.count_events() == 1


@pytest.mark.parametrize("url,expected", [
    ("titfortat.db", "sqlite:///titfortat.db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql://u@localhost/db", "postgresql+psycopg://u@localhost/db"),
    ("postgres://u@localhost/db", "postgresql+psycopg://u@localhost/db"),
])
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


def test_unknown_scheme_is_a_database_error():
    with pytest.raises(DatabaseError, match="unsupported database URL scheme 'mysql://'"):
        Database("mysql://u@localhost/db")


def test_unwritable_sqlite_path_is_a_database_error(tmp_path):
    with pytest.raises(DatabaseError, match="cannot open database"):
        Database(str(tmp_path / "no" / "such" / "folder" / "x.db"))
