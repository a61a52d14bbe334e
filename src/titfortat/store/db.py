"""The event store: SQLite by default, PostgreSQL with the `postgres` extra, behind SQLAlchemy Core.

    db = Database("titfortat.db")                # or "sqlite:///x.db", "postgresql://user@host/db"
    db.save_document(article, events)            # one transaction per document: all or nothing
    for event in db.events(source="RUS", target="USA", since="2018-01-01"):
        ...

Saving a document replaces its earlier events, so re-running is idempotent; a document stored with
the same content is skipped by ingest (`db.is_done`), so a killed run resumes where it stopped.
Schema versions are recorded in `schema_version` and applied in order (`MIGRATIONS`):

1. documents, events and their indexes;
2. duplicates (`documents.duplicate_of`, the MinHash signature of each kept document, a note such as
   the encoding a file was decoded from) and event groups (`events.group_id`: the mentions of one
   real-world event, as GDELT counts them; see store/groups.py).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import (Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text, bindparam,
                        create_engine, delete, event, func, insert, inspect, select, update)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from ..errors import DatabaseError
from ..model import Article, Event

log = logging.getLogger(__name__)

DEFAULT_DB = "titfortat.db"
SCHEMA_VERSION = 2
DOCUMENT_STATUSES = ("coded", "duplicate", "failed")

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("doc_id", String(512), primary_key=True),
    Column("content_hash", String(64)),
    Column("title", Text),
    Column("url", Text),
    Column("date", String(10)),
    Column("source", Text),  # where it was read from
    Column("status", String(16), nullable=False),  # coded | failed | duplicate
    Column("reason", Text),
    Column("n_sentences", Integer),
    Column("n_events", Integer),
    Column("updated_at", String(32), nullable=False),
    # version 2
    Column("duplicate_of", String(512)),  # the kept document, for status 'duplicate'
    Column("note", Text),  # e.g. "decoded as cp1252"
    Column("minhash", LargeBinary),  # MinHash signature of a kept document (near-duplicate detection)
    Index("ix_documents_hash", "content_hash"),
    Index("ix_documents_status", "status"),
    Index("ix_documents_duplicate_of", "duplicate_of"),
)

events = Table(
    "events", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("doc_id", String(512), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("date", String(10)),
    Column("source_code", String(32)),
    Column("source_country", String(3)),
    Column("source_sector", String(8)),
    Column("source_text", Text),
    Column("target_code", String(32)),
    Column("target_country", String(3)),
    Column("target_sector", String(8)),
    Column("target_text", Text),
    Column("cameo", String(4), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover", String(16)),
    Column("plover_mode", String(32)),
    Column("modality", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", Text),
    Column("sentence", Text),
    Column("data", Text, nullable=False),  # the event's full JSON (docs/events.md)
    Column("group_id", String(40)),  # version 2: the event_id of the first mention of the same event
    Index("ix_events_dyad_date", "source_country", "target_country", "date"),
    Index("ix_events_cameo", "cameo"),
    Index("ix_events_root_date", "cameo_root", "date"),
    Index("ix_events_date", "date"),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_target_date", "target_country", "date"),
    Index("ix_events_group", "group_id"),
)

V2_COLUMNS = {"documents": ("duplicate_of", "note", "minhash"), "events": ("group_id",)}


def _migrate_1(conn) -> None:
    metadata.create_all(conn, tables=[documents, events])


def _migrate_2(conn) -> None:
    """Add the duplicate and event-group columns to a version 1 database, and the new indexes."""
    have = {name: {c["name"] for c in inspect(conn).get_columns(name)} for name in V2_COLUMNS}
    tables = {"documents": documents, "events": events}
    for name, columns in V2_COLUMNS.items():
        for column in columns:
            if column not in have[name]:
                col = tables[name].c[column]
                kind = col.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {column} {kind}")
    for table in tables.values():
        for index in table.indexes:
            index.create(conn, checkfirst=True)


MIGRATIONS = {1: _migrate_1, 2: _migrate_2}


def normalise_url(url: str | None) -> str:
    """A database URL from what a user types: a file path means SQLite."""
    url = (url or DEFAULT_DB).strip()
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser())
    scheme = url.split("://", 1)[0].lower()
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if scheme in ("sqlite", "postgresql+psycopg"):
        return url
    raise DatabaseError(f"unsupported database URL scheme '{scheme}://' (use a file path, sqlite:///FILE or "
                        f"postgresql://USER@HOST/DB)")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Database:
    """One database of documents and events."""

    def __init__(self, url: str | None = None, memory: bool = False):
        self.url = "sqlite://" if memory else normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except NoSuchModuleError as exc:
            raise DatabaseError(f"unsupported database URL '{self.url.split('://')[0]}://'") from exc
        except ModuleNotFoundError as exc:
            raise DatabaseError(f"the database driver is missing ({exc.name}): pip install 'titfortat[postgres]'") \
                from exc
        except ArgumentError as exc:
            raise DatabaseError(f"bad database URL: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def migrate(self) -> None:
        try:
            with self.engine.begin() as conn:
                metadata.create_all(conn, tables=[schema_version])
                done = {row[0] for row in conn.execute(select(schema_version.c.version))}
                for version in sorted(MIGRATIONS):
                    if version not in done:
                        MIGRATIONS[version](conn)
                        conn.execute(insert(schema_version).values(version=version, applied_at=_now()))
        except OperationalError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseError(f"cannot open database {self.display_url}: {reason}") from exc
        except SQLAlchemyError as exc:
            raise DatabaseError(f"database {self.display_url}: {exc.__class__.__name__}: {exc}") from exc

    def version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0

    # ------------------------------------------------------------------ writing
    def is_done(self, article: Article) -> bool:
        """True when this document, with this content, is already stored (coded, or as a duplicate)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.content_hash, documents.c.status)
                               .where(documents.c.doc_id == article.id)).first()
        return row is not None and row.status in ("coded", "duplicate") and row.content_hash == article.content_hash

    def find_by_hash(self, content_hash: str) -> str | None:
        """The id of a coded document with this exact content, if any (the first by id)."""
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.doc_id)
                                .where(documents.c.content_hash == content_hash, documents.c.status == "coded")
                                .order_by(documents.c.doc_id).limit(1)).scalar()

    def save_document(self, article: Article, evs: Iterable[Event], minhash: bytes | None = None,
                      note: str | None = None) -> int:
        """Store a coded document and its events in one transaction, replacing what it had."""
        unique = {e.event_id: e for e in evs}  # an event coded twice in one document is stored once
        with self.engine.begin() as conn:
            conn.execute(delete(events).where(events.c.doc_id == article.id))
            if unique:
                conn.execute(insert(events), [_event_row(e) for e in unique.values()])
            self._upsert_document(conn, article, "coded", None, len(article.sentences), len(unique),
                                  minhash=minhash, note=note)
        return len(unique)

    def record_duplicate(self, article: Article, kept_id: str, reason: str, note: str | None = None) -> None:
        """Note a document whose text is (nearly) that of `kept_id`: stored once, with both sources."""
        with self.engine.begin() as conn:
            conn.execute(delete(events).where(events.c.doc_id == article.id))
            self._upsert_document(conn, article, "duplicate", reason, None, 0, duplicate_of=kept_id, note=note)

    def record_failure(self, doc_id: str, reason: str, article: Article | None = None) -> None:
        """Note a document that could not be read or coded; events it had stay as they were."""
        with self.engine.begin() as conn:
            existing = conn.execute(select(documents.c.status).where(documents.c.doc_id == doc_id)).first()
            if existing is not None and existing.status in ("coded", "duplicate"):
                return  # a good earlier copy is not overwritten by a failure
            art = article or Article(id=doc_id, text="")
            self._upsert_document(conn, art, "failed", reason, None, 0, doc_id=doc_id)

    def _upsert_document(self, conn, article: Article, status, reason, n_sentences, n_events, doc_id=None,
                         duplicate_of=None, minhash=None, note=None):
        doc_id = doc_id or article.id
        values = dict(content_hash=article.content_hash if article.text else None, title=article.title,
                      url=article.url, date=article.date, source=article.source, status=status, reason=reason,
                      n_sentences=n_sentences, n_events=n_events, updated_at=_now(), duplicate_of=duplicate_of,
                      minhash=minhash, note=note)
        done = conn.execute(update(documents).where(documents.c.doc_id == doc_id).values(**values)).rowcount
        if not done:
            conn.execute(insert(documents).values(doc_id=doc_id, **values))

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(doc_id, MinHash signature) of every coded document that has one, by id."""
        q = (select(documents.c.doc_id, documents.c.minhash)
             .where(documents.c.status == "coded", documents.c.minhash.is_not(None)).order_by(documents.c.doc_id))
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield row.doc_id, bytes(row.minhash)

    def regroup(self) -> int:
        """Recompute `events.group_id` (the mentions of one real-world event); returns the number of groups.

        A pure function of the stored events (store/groups.py), so any order of ingest gives the same groups."""
        from .groups import assign_groups

        cols = (events.c.event_id, events.c.date, events.c.source_country, events.c.source_code,
                events.c.target_country, events.c.target_code, events.c.cameo, events.c.group_id)
        with self.engine.begin() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(*cols))]
            groups = assign_groups(rows)
            changed = [{"eid": r["event_id"], "gid": groups[r["event_id"]]} for r in rows
                       if r["group_id"] != groups[r["event_id"]]]
            if changed:
                stmt = update(events).where(events.c.event_id == bindparam("eid")).values(group_id=bindparam("gid"))
                conn.execute(stmt, changed)
        return len(set(groups.values()))

    # ------------------------------------------------------------------ reading
    def events(self, source: str | None = None, target: str | None = None, since: str | None = None,
               until: str | None = None, code: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> Iterator[Event]:
        """Stored events, oldest first. `source`/`target` match a country (RUS) or an actor code prefix
        (RUSGOV, IGOUNO); `code` matches a CAMEO code prefix (16 matches 16x and 16xx)."""
        for event_, _group in self.mentions(source=source, target=target, since=since, until=until, code=code,
                                            doc_id=doc_id, limit=limit):
            yield event_

    def mentions(self, source: str | None = None, target: str | None = None, since: str | None = None,
                 until: str | None = None, code: str | None = None, doc_id: str | None = None,
                 limit: int | None = None) -> Iterator[tuple[Event, str | None]]:
        """(event, group id) for the stored events, with the filters of `events`, oldest first."""
        q = select(events.c.data, events.c.group_id).order_by(events.c.date, events.c.doc_id,
                                                              events.c.sentence_index, events.c.event_id)
        for col_country, col_code, value in ((events.c.source_country, events.c.source_code, source),
                                             (events.c.target_country, events.c.target_code, target)):
            if value:
                value = value.upper()
                q = q.where((col_country == value) | col_code.like(value + "%")) if len(value) == 3 else \
                    q.where(col_code.like(value + "%"))
        if since:
            q = q.where(events.c.date >= since)
        if until:
            q = q.where(events.c.date <= until)
        if code:
            q = q.where(events.c.cameo.like(code + "%"))
        if doc_id:
            q = q.where(events.c.doc_id == doc_id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield Event.from_dict(json.loads(row.data)), row.group_id

    def group_members(self) -> tuple[list[tuple[str, str | None, str]], list[dict]]:
        """What event-group counts need: (event_id, group_id, doc_id) of every event, and every coded or
        duplicate document's doc_id, url, source and duplicate_of."""
        with self.engine.connect() as conn:
            evs = [tuple(r) for r in conn.execute(select(events.c.event_id, events.c.group_id, events.c.doc_id))]
            docs = [dict(r._mapping) for r in conn.execute(
                select(documents.c.doc_id, documents.c.url, documents.c.source, documents.c.duplicate_of)
                .where(documents.c.status.in_(("coded", "duplicate"))))]
        return evs, docs

    def sources(self, doc_id: str) -> list[dict]:
        """Every source of a stored text: the kept document first, then its duplicates, by id."""
        cols = (documents.c.doc_id, documents.c.status, documents.c.source, documents.c.url, documents.c.title,
                documents.c.date, documents.c.reason)
        with self.engine.connect() as conn:
            kept = conn.execute(select(*cols).where(documents.c.doc_id == doc_id)).first()
            dups = conn.execute(select(*cols).where(documents.c.duplicate_of == doc_id)
                                .order_by(documents.c.doc_id)).all()
        return [dict(r._mapping) for r in ([kept] if kept is not None else []) + list(dups)]

    def status_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.status, func.count()).group_by(documents.c.status)).all()
        return {status: n for status, n in rows}

    def count_events(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(events)).scalar() or 0

    def documents(self, status: str | None = None) -> list[dict]:
        q = select(*[c for c in documents.c if c.name != "minhash"]).order_by(documents.c.doc_id)
        if status:
            q = q.where(documents.c.status == status)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(q)]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _event_row(e: Event) -> dict:
    return dict(
        event_id=e.event_id, doc_id=e.doc_id, sentence_index=e.sentence_index, date=e.date,
        source_code=e.source.code, source_country=e.source.country, source_sector=e.source.sector,
        source_text=e.source.text,
        target_code=e.target.code if e.target else None, target_country=e.target.country if e.target else None,
        target_sector=e.target.sector if e.target else None, target_text=e.target.text if e.target else None,
        cameo=e.cameo, cameo_root=e.cameo_root, quad_class=e.quad_class, goldstein=e.goldstein, plover=e.plover,
        plover_mode=e.plover_mode, modality=e.modality, confidence=e.confidence, evidence=e.evidence.text,
        sentence=e.sentence, data=json.dumps(e.as_dict(), ensure_ascii=False),
    )
