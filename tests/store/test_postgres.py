"""The same ingest into SQLite and into a real PostgreSQL server gives the same events.

The server is started by scripts/services/postgres.sh (`make test` runs it); its URL is read from
.services/postgres.url or $TITFORTAT_TEST_PG. In CI a missing server fails these tests."""
import time

from titfortat.ingest.runner import ingest
from titfortat.model import Article
from titfortat.store.db import SCHEMA_VERSION, Database
from titfortat.store.export import rows

from ..fixtures.corpus import build_mixed_folder, synthetic_corpus
from ..test_model import make_event


def test_postgres_database_basics(pg_url):
    db = Database(pg_url)
    assert db.engine.dialect.name == "postgresql" and db.version() == SCHEMA_VERSION
    art = Article(id="d1", text="Russia ordered U.S. diplomats to leave.", date="2021-12-01")
    db.save_document(art, [make_event()])
    db.save_document(art, [make_event()])
    assert db.count_events() == 1 and db.is_done(art)
    assert next(db.events(source="RUS", target="USADIP", code="16")) == make_event()
    db.record_failure("bad", "not JSON")
    db.record_duplicate(Article(id="d2", text=art.text), "d1", "same text as d1")
    assert db.status_counts() == {"coded": 1, "failed": 1, "duplicate": 1}
    db.close()


def test_long_ids_fit_in_postgres(pg_url):
    from titfortat.ingest.items import make_doc_id

    db = Database(pg_url)
    long_id = make_doc_id("https://example.org/" + "a" * 2000)
    db.save_document(Article(id=long_id, text="x"), [])
    assert db.documents()[0]["doc_id"] == long_id


def test_same_ingest_gives_the_same_events_in_sqlite_and_postgres(pg_url, coder, tmp_path):
    folder = build_mixed_folder(tmp_path / "mixed")
    synthetic_corpus(folder / "synthetic.jsonl", 120)
    lite = Database(str(tmp_path / "lite.db"))
    pg = Database(pg_url)
    timings = {}
    for name, db in (("sqlite", lite), ("postgresql", pg)):
        start = time.monotonic()
        report = ingest([str(folder)], db, coder=coder)
        timings[name] = (report.documents, time.monotonic() - start)
    events = lambda d: {e.event_id: e.as_dict() for e in d.events()}  # noqa: E731
    assert events(lite) == events(pg) and len(events(lite)) > 300
    docs = lambda d: {(x["doc_id"], x["status"], x["reason"], x["duplicate_of"]) for x in d.documents()}  # noqa: E731
    assert docs(lite) == docs(pg)
    groups = lambda d: {e.event_id: g for e, g in d.mentions()}  # noqa: E731
    assert groups(lite) == groups(pg)
    strip = lambda rs: sorted((r["GLOBALEVENTID"], r["NumMentions"], r["NumSources"]) for r in rs)  # noqa: E731
    assert strip(rows(lite, "gdelt")) == strip(rows(pg, "gdelt"))
    again = ingest([str(folder)], pg, coder=coder)
    assert again.coded == 0 and events(pg) == events(lite)
    print("\n" + ", ".join(f"{k}: {n} documents in {s:.1f} s ({n / s:.1f} documents/s)"
                           for k, (n, s) in timings.items()))
    pg.close()
