"""Export stored events as CSV, JSON Lines or Parquet, in one of three schemas.

    n = export(db, "events.parquet", fmt="parquet", schema="gdelt", source="RUS")

- `native`: one row per mention, titfortat's own fields flattened (docs/events.md), with the event
  group and its counts.
- `gdelt`: one row per real-world event (a group of mentions, store/groups.py), with GDELT 2.0's event
  table column names, in its order; columns titfortat does not code are present and empty.
- `plover`: one row per mention that has a PLOVER category, with the field names of PLOVER's JSON
  records (`id`, `date`, `event`, `mode`, `context`, `eventText`, `text`, ...), actors flattened.

docs/ingest.md gives every column's meaning. Parquet files carry typed columns (integers, floats,
strings) and open in pandas, DuckDB and Arrow.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Event
from .groups import count_groups

log = logging.getLogger(__name__)

FORMATS = ("csv", "jsonl", "parquet")
SCHEMAS = ("native", "gdelt", "plover")

S, I, F = "string", "int64", "float64"

NATIVE_COLUMNS = {
    "event_id": S, "group_id": S, "doc_id": S, "sentence_index": I, "date": S, "date_text": S, "deadline": S,
    "source_code": S, "source_country": S, "source_sector": S, "source_name": S, "source_text": S,
    "target_code": S, "target_country": S, "target_sector": S, "target_name": S, "target_text": S,
    "cameo": S, "cameo_root": S, "cameo_name": S, "quad_class": I, "goldstein": F, "plover": S, "plover_mode": S,
    "modality": S, "confidence": F, "evidence": S, "evidence_start": I, "evidence_end": I, "sentence": S, "url": S,
    "num_mentions": I, "num_sources": I, "num_articles": I,
}

_ACTOR_GDELT = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
_GEO_GDELT = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = {
    "GLOBALEVENTID": I, "SQLDATE": I, "MonthYear": I, "Year": I, "FractionDate": F,
    **{f"Actor1{c}": S for c in _ACTOR_GDELT}, **{f"Actor2{c}": S for c in _ACTOR_GDELT},
    "IsRootEvent": I, "EventCode": S, "EventBaseCode": S, "EventRootCode": S, "QuadClass": I, "GoldsteinScale": F,
    "NumMentions": I, "NumSources": I, "NumArticles": I, "AvgTone": F,
    **{f"{who}Geo_{c}": (F if c in ("Lat", "Long") else I if c == "Type" else S)
       for who in ("Actor1", "Actor2", "Action") for c in _GEO_GDELT},
    "DATEADDED": I, "SOURCEURL": S,
}

PLOVER_COLUMNS = {
    "id": S, "date": S, "event": S, "mode": S, "context": S,
    "source": S, "source_actor": S, "source_text": S, "source_sector": S, "source_country": S,
    "target": S, "target_actor": S, "target_text": S, "target_sector": S, "target_country": S,
    "eventText": S, "text": S, "story_id": S, "sentence_number": I, "url": S, "language": S,
    "cameo": S, "modality": S, "confidence": F, "group_id": S,
}

COLUMNS = {"native": NATIVE_COLUMNS, "gdelt": GDELT_COLUMNS, "plover": PLOVER_COLUMNS}


def _actor(e: Event, which: str) -> dict:
    a = e.source if which == "source" else e.target
    if a is None:
        return {"code": None, "country": None, "sector": None, "name": None, "text": None}
    return {"code": a.code, "country": a.country, "sector": a.sector, "name": a.name, "text": a.text}


def native_row(e: Event, group_id: str | None, counts) -> dict:
    s, t = _actor(e, "source"), _actor(e, "target")
    return {
        "event_id": e.event_id, "group_id": group_id or e.event_id, "doc_id": e.doc_id,
        "sentence_index": e.sentence_index, "date": e.date, "date_text": e.date_text, "deadline": e.deadline,
        **{f"source_{k}": s[k] for k in ("code", "country", "sector", "name", "text")},
        **{f"target_{k}": t[k] for k in ("code", "country", "sector", "name", "text")},
        "cameo": e.cameo, "cameo_root": e.cameo_root, "cameo_name": e.cameo_name, "quad_class": e.quad_class,
        "goldstein": e.goldstein, "plover": e.plover, "plover_mode": e.plover_mode, "modality": e.modality,
        "confidence": e.confidence, "evidence": e.evidence.text, "evidence_start": e.evidence.span[0],
        "evidence_end": e.evidence.span[1], "sentence": e.sentence, "url": e.url,
        "num_mentions": counts.num_mentions if counts else 1, "num_sources": counts.num_sources if counts else 1,
        "num_articles": counts.num_articles if counts else 1,
    }


def global_event_id(event_id: str) -> int:
    """GDELT's GLOBALEVENTID is an integer: the first 15 hex digits (60 bits) of the event_id."""
    return int(event_id[:15], 16)


def gdelt_row(e: Event, counts, added: dt.datetime) -> dict:
    row = dict.fromkeys(GDELT_COLUMNS)
    date = dt.date.fromisoformat(e.date) if e.date else None
    if date is not None:
        row.update(SQLDATE=int(date.strftime("%Y%m%d")), MonthYear=date.year * 100 + date.month, Year=date.year,
                   FractionDate=round(date.year + date.timetuple().tm_yday / 365, 4))
    for n, which in ((1, "source"), (2, "target")):
        a = _actor(e, which)
        row[f"Actor{n}Code"] = a["code"]
        row[f"Actor{n}Name"] = a["name"].upper() if a["name"] else None
        row[f"Actor{n}CountryCode"] = a["country"]
        row[f"Actor{n}Type1Code"] = a["sector"]
        if a["code"] and a["code"].startswith("IGO"):
            row[f"Actor{n}KnownGroupCode"] = a["code"][3:] or None
    row.update(GLOBALEVENTID=global_event_id(e.event_id), IsRootEvent=1 if e.sentence_index == 0 else 0,
               EventCode=e.cameo, EventBaseCode=e.cameo[:3], EventRootCode=e.cameo_root, QuadClass=e.quad_class,
               GoldsteinScale=e.goldstein, NumMentions=counts.num_mentions if counts else 1,
               NumSources=counts.num_sources if counts else 1, NumArticles=counts.num_articles if counts else 1,
               DATEADDED=int(added.strftime("%Y%m%d%H%M%S")), SOURCEURL=e.url or e.doc_id)
    return row


def plover_row(e: Event, group_id: str | None) -> dict:
    s, t = _actor(e, "source"), _actor(e, "target")
    return {
        "id": e.event_id, "date": e.date, "event": e.plover, "mode": e.plover_mode, "context": None,
        "source": s["code"], "source_actor": s["name"], "source_text": s["text"], "source_sector": s["sector"],
        "source_country": s["country"],
        "target": t["code"], "target_actor": t["name"], "target_text": t["text"], "target_sector": t["sector"],
        "target_country": t["country"],
        "eventText": e.evidence.text, "text": e.sentence, "story_id": e.doc_id, "sentence_number": e.sentence_index,
        "url": e.url, "language": "en", "cameo": e.cameo, "modality": e.modality, "confidence": e.confidence,
        "group_id": group_id or e.event_id,
    }


def rows(db, schema: str = "native", **filters) -> Iterator[dict]:
    """The rows of a schema, for the events the filters (those of Database.events) select."""
    if schema not in SCHEMAS:
        raise ValueError(f"unknown schema {schema!r} (schemas: {', '.join(SCHEMAS)})")
    db.regroup()
    counts = count_groups(*db.group_members())
    added = dt.datetime.now(dt.timezone.utc)
    for e, group_id in db.mentions(**filters):
        gid = group_id or e.event_id
        if schema == "native":
            yield native_row(e, gid, counts.get(gid))
        elif schema == "plover":
            if e.plover:
                yield plover_row(e, gid)
        elif gid == e.event_id:  # gdelt: one row per event, from its first mention
            yield gdelt_row(e, counts.get(gid), added)


def _arrow_schema(columns: dict):
    import pyarrow as pa

    kinds = {S: pa.string(), I: pa.int64(), F: pa.float64()}
    return pa.schema([(name, kinds[kind]) for name, kind in columns.items()])


def write_rows(data: Iterable[dict], out: str | Path, fmt: str, columns: dict, batch: int = 10000) -> int:
    """Write rows to `out` ('-' for stdout, csv and jsonl only); returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if str(out) == "-":
            raise ValueError("Parquet cannot go to stdout: give a file name")
        schema = _arrow_schema(columns)
        with pq.ParquetWriter(str(out), schema) as writer:
            chunk: list[dict] = []
            for row in data:
                chunk.append(row)
                n += 1
                if len(chunk) >= batch:
                    writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                    chunk = []
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
        return n
    fh = sys.stdout if str(out) == "-" else open(out, "w", encoding="utf-8", newline="")
    try:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=list(columns))
            writer.writeheader()
            for row in data:
                writer.writerow(row)
                n += 1
        else:
            for row in data:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return n


def export(db, out: str | Path, fmt: str = "csv", schema: str = "native", **filters) -> int:
    """Write the selected events to `out` in a format and schema; returns the number of rows."""
    return write_rows(rows(db, schema, **filters), out, fmt, COLUMNS[schema])
