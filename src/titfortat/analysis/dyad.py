"""Dyad time series: what two countries did to each other, period by period, in each direction.

    evs = list(db.events(source="USA", target="RUS")) + list(db.events(source="RUS", target="USA"))
    rows = dyad_series(evs, "USA", "RUS", by="month")

Each row is one period and one direction (`USA->RUS`, `RUS->USA`): the number of events, the counts
by quad class and by PLOVER category, the Goldstein sum and mean, and the cooperation-conflict
balance ((cooperative - conflictual) / all, from -1 all conflict to +1 all cooperation).
Countries are ISO 3166-1 alpha-3 codes, as events carry them (`source.country`).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from ..model import Event

PERIODS = ("day", "week", "month")
PLOVER_CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUAD_COLUMNS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
SERIES_COLUMNS = ["period", "source", "target", "events", *QUAD_COLUMNS.values(), "goldstein_sum", "goldstein_mean",
                  "balance"]


def country(code: str | None) -> str:
    """A country code as the user typed it: upper case, trimmed ("usa" -> "USA")."""
    return (code or "").strip().upper()


def in_dyad(event: Event, a: str, b: str) -> bool:
    """True when the event goes from a to b or from b to a (countries), between two different countries."""
    if event.target is None or not event.source.country or not event.target.country:
        return False
    pair = (event.source.country, event.target.country)
    return a != b and pair in ((a, b), (b, a))


def dyad_events(events: Iterable[Event], a: str, b: str, since: str | None = None,
                until: str | None = None) -> list[Event]:
    """The events between countries a and b, both directions, dated, oldest first."""
    a, b = country(a), country(b)
    out = [e for e in events if e.date and in_dyad(e, a, b) and (not since or e.date >= since)
           and (not until or e.date <= until)]
    return sorted(out, key=lambda e: (e.date, e.doc_id, e.sentence_index, e.event_id))


def load_dyad(db, a: str, b: str, since: str | None = None, until: str | None = None) -> list[Event]:
    """Both directions of a dyad from a store.Database, oldest first."""
    a, b = country(a), country(b)
    evs = [*db.events(source=a, target=b, since=since, until=until),
           *db.events(source=b, target=a, since=since, until=until)]
    return dyad_events(evs, a, b, since, until)


def period_of(date: str, by: str = "month") -> str:
    """The period a YYYY-MM-DD date falls in: the day itself, the Monday of its ISO week, or YYYY-MM."""
    if by == "day":
        return date
    if by == "month":
        return date[:7]
    if by == "week":
        d = dt.date.fromisoformat(date)
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    raise ValueError(f"unknown period {by!r} (one of {', '.join(PERIODS)})")


def period_start(period: str) -> dt.date:
    """The first day of a period key made by period_of."""
    return dt.date.fromisoformat(period + "-01" if len(period) == 7 else period)


def dyad_series(events: Iterable[Event], a: str, b: str, by: str = "month", since: str | None = None,
                until: str | None = None) -> list[dict]:
    """One row per period and direction with events, oldest first, a->b before b->a in a period."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r} (one of {', '.join(PERIODS)})")
    a, b = country(a), country(b)
    groups: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for e in dyad_events(events, a, b, since, until):
        groups[(period_of(e.date, by), e.source.country, e.target.country)].append(e)
    order = {(a, b): 0, (b, a): 1}
    rows = []
    for (period, src, tgt), evs in sorted(groups.items(), key=lambda kv: (kv[0][0], order[kv[0][1:]])):
        rows.append(_row(period, src, tgt, evs))
    return rows


def _row(period: str, src: str, tgt: str, evs: list[Event]) -> dict:
    quad = Counter(e.quad_class for e in evs)
    plover = Counter(e.plover for e in evs if e.plover)
    total = sum(e.goldstein for e in evs)
    coop = quad[1] + quad[2]
    conflict = quad[3] + quad[4]
    row = {"period": period, "source": src, "target": tgt, "events": len(evs)}
    row.update({name: quad[q] for q, name in QUAD_COLUMNS.items()})
    row.update({"goldstein_sum": round(total, 2), "goldstein_mean": round(total / len(evs), 2),
                "balance": round((coop - conflict) / len(evs), 3),
                "plover": {k: plover[k] for k in PLOVER_CATEGORIES if plover[k]}})
    return row


def flat_row(row: dict) -> dict:
    """A series row with its PLOVER counts as plover_<CATEGORY> columns, for CSV."""
    out = {k: v for k, v in row.items() if k != "plover"}
    out.update({f"plover_{k}": row["plover"].get(k, 0) for k in PLOVER_CATEGORIES})
    return out


def format_series(rows: list[dict]) -> Iterator[str]:
    """The series as an aligned text table."""
    yield (f"{'period':<10}  {'direction':<9} {'events':>6} {'vcoop':>5} {'mcoop':>5} {'vconf':>5} {'mconf':>5} "
           f"{'gold_sum':>8} {'gold_mean':>9} {'balance':>7}  plover")
    for r in rows:
        plover = " ".join(f"{k}:{v}" for k, v in r["plover"].items())
        yield (f"{r['period']:<10}  {r['source'] + '->' + r['target']:<9} {r['events']:>6} {r['verbal_coop']:>5} "
               f"{r['material_coop']:>5} {r['verbal_conflict']:>5} {r['material_conflict']:>5} "
               f"{r['goldstein_sum']:>8.1f} {r['goldstein_mean']:>9.2f} {r['balance']:>7.2f}  {plover}")


def weekly_goldstein(events: Iterable[Event], a: str, b: str, since: str | None = None,
                     until: str | None = None) -> tuple[list[str], list[float], list[float]]:
    """Weekly Goldstein sums a->b and b->a over every week from the first event to the last (empty
    weeks are 0): (week starts, a->b sums, b->a sums)."""
    a, b = country(a), country(b)
    evs = dyad_events(events, a, b, since, until)
    if not evs:
        return [], [], []
    first = period_start(period_of(since or evs[0].date, "week"))
    last = period_start(period_of(until or evs[-1].date, "week"))
    weeks = []
    d = first
    while d <= last:
        weeks.append(d.isoformat())
        d += dt.timedelta(days=7)
    index = {w: i for i, w in enumerate(weeks)}
    ab, ba = [0.0] * len(weeks), [0.0] * len(weeks)
    for e in evs:
        series = ab if e.source.country == a else ba
        series[index[period_of(e.date, "week")]] += e.goldstein
    return weeks, ab, ba
