"""Score coded events against gold records: dyad + root precision, recall and F1.

Gold records are PETRARCH-style JSON Lines: `{"id", "text", "date", "expected_events": [{"source",
"target", "code"}]}` (the format of tests/gold/sentences.jsonl). An event matches a gold event when
its CAMEO root (the first two digits) agrees and both actors' countries agree: the first three letters
of a country code such as `RUSGOV`, or the first six of an organisation's (`IGOUNO…`); a null gold
target matches any target. Matching is greedy and one-to-one; precision counts every event emitted.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..model import Article, Event

ORG_PREFIXES = ("IGO", "NGO", "MNC")


@dataclass
class Score:
    tp: int = 0
    system: int = 0
    gold: int = 0
    sentences: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)  # (record id, gold event not found)
    extras: list[tuple[str, Event]] = field(default_factory=list)  # (record id, event matching no gold event)

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def events_per_sentence(self) -> float:
        return self.system / self.sentences if self.sentences else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "system": self.system, "gold": self.gold, "sentences": self.sentences,
                "events_per_sentence": round(self.events_per_sentence, 3)}


def actor_matches(actor, gold_code: str | None) -> bool:
    gold_code = (gold_code or "").upper()
    if not gold_code or gold_code in ("---",):
        return True
    if actor is None:
        return False
    if gold_code.startswith(ORG_PREFIXES):
        return (actor.code or "").upper().startswith(gold_code[:6])
    return (actor.country or "").upper() == gold_code[:3] or (actor.code or "").upper()[:3] == gold_code[:3]


def event_matches(event: Event, gold: dict) -> bool:
    if str(event.cameo)[:2] != str(gold["code"])[:2]:
        return False
    if not actor_matches(event.source, gold.get("source")):
        return False
    if gold.get("target"):
        return actor_matches(event.target, gold["target"])
    return True


def read_records(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def articles_of(records: Iterable[dict]) -> list[Article]:
    out = []
    for r in records:
        date = str(r.get("date") or "")
        if len(date) == 8 and date.isdigit():
            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        out.append(Article(id=str(r["id"]), text=r["text"], date=date or None))
    return out


def score(records: Iterable[dict], events: Iterable[Event]) -> Score:
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc_id].append(e)
    result = Score()
    for r in records:
        evs = list(by_doc.get(str(r["id"]), []))
        gold = r.get("expected_events") or []
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, e in enumerate(evs) if i not in used and event_matches(e, g)), None)
            if hit is None:
                result.misses.append((str(r["id"]), g))
            else:
                used.add(hit)
                result.tp += 1
        result.extras.extend((str(r["id"]), e) for i, e in enumerate(evs) if i not in used)
        result.system += len(evs)
        result.gold += len(gold)
        result.sentences += 1
    return result


def code_records(coder, records: list[dict]) -> list[Event]:
    events: list[Event] = []
    for _article, result in coder.code_articles(articles_of(records)):
        if isinstance(result, list):
            events.extend(result)
    return events
