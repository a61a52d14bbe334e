"""Read helpers for the web layer: event search with filters and pages, one event, one document.

Every query is built with SQLAlchemy Core over the store's tables, so values are always bound
parameters; LIKE patterns escape the user's % and _.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ..model import Event
from ..store.db import documents, events


@dataclass
class Filters:
    """What the search form and /api/events accept. Empty fields do not filter."""

    actor: str = ""  # an actor code prefix (RUSGOV) or words of an actor's text, either side
    source: str = ""  # source country (RUS) or actor code prefix
    target: str = ""
    country: str = ""  # a country on either side
    code: str = ""  # CAMEO code prefix
    plover: str = ""  # PLOVER category
    since: str = ""
    until: str = ""
    q: str = ""  # words in the sentence
    extra: dict = field(default_factory=dict)

    def params(self) -> dict:
        return {k: v for k, v in (("actor", self.actor), ("source", self.source), ("target", self.target),
                                  ("country", self.country), ("code", self.code), ("plover", self.plover),
                                  ("since", self.since), ("until", self.until), ("q", self.q)) if v}


def _side(col_country, col_code, value: str):
    value = value.strip().upper()
    by_code = col_code.startswith(value, autoescape=True)
    return or_(col_country == value, by_code) if len(value) == 3 else by_code


def _where(q, f: Filters):
    if f.source:
        q = q.where(_side(events.c.source_country, events.c.source_code, f.source))
    if f.target:
        q = q.where(_side(events.c.target_country, events.c.target_code, f.target))
    if f.country:
        c = f.country.strip().upper()
        q = q.where(or_(events.c.source_country == c, events.c.target_country == c))
    if f.actor:
        a = f.actor.strip()
        q = q.where(or_(events.c.source_code.startswith(a.upper(), autoescape=True),
                        events.c.target_code.startswith(a.upper(), autoescape=True),
                        func.lower(events.c.source_text).contains(a.lower(), autoescape=True),
                        func.lower(events.c.target_text).contains(a.lower(), autoescape=True)))
    if f.code:
        q = q.where(events.c.cameo.startswith(f.code.strip(), autoescape=True))
    if f.plover:
        q = q.where(events.c.plover == f.plover.strip().upper())
    if f.since:
        q = q.where(events.c.date >= f.since.strip())
    if f.until:
        q = q.where(events.c.date <= f.until.strip())
    if f.q:
        q = q.where(func.lower(events.c.sentence).contains(f.q.strip().lower(), autoescape=True))
    return q


def search_events(db, f: Filters, page: int = 1, per_page: int = 25) -> tuple[int, list[Event]]:
    """(number of matching events, the events of this page), oldest first."""
    page, per_page = max(page, 1), min(max(per_page, 1), 500)
    with db.engine.connect() as conn:
        total = conn.execute(_where(select(func.count()).select_from(events), f)).scalar() or 0
        q = _where(select(events.c.data), f).order_by(events.c.date, events.c.doc_id, events.c.sentence_index,
                                                       events.c.event_id)
        rows = conn.execute(q.limit(per_page).offset((page - 1) * per_page))
        return total, [Event.from_dict(json.loads(r.data)) for r in rows]


def get_event(db, event_id: str) -> Event | None:
    with db.engine.connect() as conn:
        row = conn.execute(select(events.c.data).where(events.c.event_id == event_id)).first()
    return Event.from_dict(json.loads(row.data)) if row else None


def get_document(db, doc_id: str) -> dict | None:
    with db.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
    if row is None:
        return None
    # Binary columns (fingerprints and the like) are for the store, not for pages or JSON.
    return {k: v for k, v in row._mapping.items() if not isinstance(v, (bytes, bytearray, memoryview))}


def top_dyads(db, n: int = 12) -> list[dict]:
    """The country pairs with the most events between them (both directions together)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(events.c.source_country, events.c.target_country, func.count().label("n"))
            .where(events.c.source_country.is_not(None), events.c.target_country.is_not(None),
                   events.c.source_country != events.c.target_country)
            .group_by(events.c.source_country, events.c.target_country)).all()
    pairs: dict[tuple[str, str], int] = {}
    for src, tgt, count in rows:
        key = tuple(sorted((src, tgt)))
        pairs[key] = pairs.get(key, 0) + count
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [{"a": a_, "b": b_, "events": count} for (a_, b_), count in ranked]


def plover_categories(db) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(events.c.plover).where(events.c.plover.is_not(None))
                                           .distinct().order_by(events.c.plover))]
