"""Group the mentions of one real-world event, and count them as GDELT does.

Several articles (or several sentences of one) often report the same event. Two stored events are
mentions of the same real-world event when they have the same source and target (the country, or the
actor code when there is no country), the same CAMEO code, and dates within one day of the group's
first mention. Each group is named by the event_id of its first mention (earliest date, then the
smallest event_id), and every mention keeps its own sentence and evidence.

The grouping is a pure function of the set of events: the order in which documents were ingested,
or a run killed and resumed, gives the same groups. Events without a date form groups of their own.

Counts, with GDELT 2.0's meanings:

- NumMentions: the mentions of the event, counting each duplicate copy of a document again;
- NumArticles: the documents that mention it, duplicates (syndicated copies) included;
- NumSources: the distinct sources among those documents: the host of the document's URL, or the
  document itself when it came without a URL.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class GroupCounts:
    num_mentions: int
    num_sources: int
    num_articles: int


def _key(row: dict) -> tuple:
    return (row.get("source_country") or row.get("source_code") or "",
            row.get("target_country") or row.get("target_code") or "", row["cameo"])


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def assign_groups(rows: list[dict]) -> dict[str, str]:
    """event_id -> group id, for rows with event_id, date, source/target country and code, cameo."""
    by_key: dict[tuple, list[tuple[dt.date, str]]] = defaultdict(list)
    groups: dict[str, str] = {}
    for row in rows:
        date = _date(row.get("date"))
        if date is None:
            groups[row["event_id"]] = row["event_id"]
        else:
            by_key[_key(row)].append((date, row["event_id"]))
    for mentions in by_key.values():
        mentions.sort()
        anchor_date, anchor_id = None, None
        for date, event_id in mentions:
            if anchor_date is None or (date - anchor_date).days > 1:
                anchor_date, anchor_id = date, event_id
            groups[event_id] = anchor_id
    return groups


def source_of(doc: dict) -> str:
    """The information source of a document: its URL's host, else the document itself."""
    url = doc.get("url")
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return "doc:" + doc["doc_id"]


def count_groups(event_rows: list[tuple[str, str | None, str]], docs: list[dict]) -> dict[str, GroupCounts]:
    """group id -> counts, from (event_id, group_id, doc_id) rows and the documents (Database.group_members)."""
    by_id = {d["doc_id"]: d for d in docs}
    copies: dict[str, list[dict]] = defaultdict(list)  # kept doc -> its duplicate documents
    for d in docs:
        if d.get("duplicate_of"):
            copies[d["duplicate_of"]].append(d)
    mentions: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for event_id, group_id, doc_id in event_rows:
        gid = group_id or event_id
        docs_here = [by_id.get(doc_id, {"doc_id": doc_id})] + copies.get(doc_id, [])
        mentions[gid] += len(docs_here)
        for d in docs_here:
            articles[gid].add(d["doc_id"])
            sources[gid].add(source_of(d))
    return {gid: GroupCounts(mentions[gid], len(sources[gid]), len(articles[gid])) for gid in mentions}
