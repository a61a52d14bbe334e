"""Schema versions: a version 1 database is brought to the current version with its data kept."""
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, insert, inspect

from titfortat.model import Article
from titfortat.store.db import SCHEMA_VERSION, Database

from ..test_model import make_event


def make_v1(path):
    """The version 1 schema, as titfortat 0.1 created it, with one document and one event."""
    md = MetaData()
    Table("schema_version", md, Column("version", Integer, primary_key=True),
          Column("applied_at", String(32), nullable=False))
    docs = Table("documents", md, Column("doc_id", String(512), primary_key=True), Column("content_hash", String(64)),
                 Column("title", Text), Column("url", Text), Column("date", String(10)), Column("source", Text),
                 Column("status", String(16), nullable=False), Column("reason", Text),
                 Column("n_sentences", Integer), Column("n_events", Integer),
                 Column("updated_at", String(32), nullable=False))
    cols = [Column("event_id", String(40), primary_key=True), Column("doc_id", String(512), nullable=False),
            Column("sentence_index", Integer, nullable=False), Column("date", String(10))]
    cols += [Column(f"{who}_{k}", String(32)) for who in ("source", "target")
             for k in ("code", "country", "sector", "text")]
    cols += [Column("cameo", String(4), nullable=False), Column("cameo_root", String(2), nullable=False),
             Column("quad_class", Integer, nullable=False), Column("goldstein", Float, nullable=False),
             Column("plover", String(16)), Column("plover_mode", String(32)),
             Column("modality", String(16), nullable=False), Column("confidence", Float, nullable=False),
             Column("evidence", Text), Column("sentence", Text), Column("data", Text, nullable=False)]
    evs = Table("events", md, *cols)
    engine = create_engine(f"sqlite:///{path}")
    md.create_all(engine)
    e = make_event()
    with engine.begin() as conn:
        conn.execute(insert(md.tables["schema_version"]).values(version=1, applied_at="2026-01-01T00:00:00+00:00"))
        conn.execute(insert(docs).values(doc_id=e.doc_id, content_hash="x", status="coded", updated_at="t",
                                         n_events=1))
        import json
        conn.execute(insert(evs).values(event_id=e.event_id, doc_id=e.doc_id, sentence_index=0, date=e.date,
                                        cameo=e.cameo, cameo_root=e.cameo_root, quad_class=e.quad_class,
                                        goldstein=e.goldstein, modality=e.modality, confidence=e.confidence,
                                        source_country=e.source.country, target_country=e.target.country,
                                        data=json.dumps(e.as_dict())))
    engine.dispose()


def test_version_1_database_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    make_v1(path)
    db = Database(str(path))
    assert db.version() == SCHEMA_VERSION == 2
    with db.engine.connect() as conn:
        insp = inspect(conn)
        assert {"duplicate_of", "note", "minhash"} <= {c["name"] for c in insp.get_columns("documents")}
        assert "group_id" in {c["name"] for c in insp.get_columns("events")}
        assert "ix_events_group" in {i["name"] for i in insp.get_indexes("events")}
    assert list(db.events()) == [make_event()]
    db.record_duplicate(Article(id="copy", text="x"), make_event().doc_id, "same text")
    assert db.sources(make_event().doc_id)[1]["doc_id"] == "copy"
    assert db.regroup() == 1
    Database(str(path))  # opening again applies nothing twice
    assert db.version() == 2
