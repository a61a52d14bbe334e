"""Tit-for-tat chains: an act by A toward B answered by B toward A, linked into A->B, B->A, A->B ...

    chains = find_chains(db.events(), "GBR", "RUS", window=90, min_match="root")
    for chain in chains:
        for link in chain.links:
            print(link.act.date, link.response.date, link.lag_days, link.match, link.explicit)

docs/analysis.md defines every term. In short: only events between two different countries that
take a side count (not neutral statements, not negated or hypothetical acts); a response follows
its act within `window` days, in the other direction; how closely it matches in kind is one of
MATCH_LEVELS; a response whose own text calls it one ("in retaliation for", "tit-for-tat") is
linked first and with the highest confidence. Each act has at most one response and each response
answers at most one act, chosen best first, so links join into chains.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable

from ..model import Event
from .dyad import country

# How closely a response matches its act, best first. "side": both cooperative or both conflictual.
MATCH_LEVELS = ("code", "root", "plover", "quad", "side")
_RANK = {name: len(MATCH_LEVELS) - i for i, name in enumerate(MATCH_LEVELS)}  # code 5 ... side 1
_BASE_CONFIDENCE = {"code": 0.8, "root": 0.7, "plover": 0.6, "quad": 0.5, "side": 0.35}

# Words by which a text says that an act answers another.
RESPONSE_MARKERS = re.compile(
    r"\btit[- ]for[- ]tat\b|\bin retaliation (?:for|against|to)\b|\bretaliat\w*|\bin (?:response|reply|answer|return) (?:to|for)\b"
    r"|\brespond(?:s|ed|ing)? (?:to|by|with|in kind)\b|\breciprocal\w*|\bin kind\b|\bcounter-?(?:measure|move|"
    r"expulsion|sanction|strike)s?\b|\bmirror(?:s|ed|ing)? the\b|\bmatching (?:one for one|the)\b",
    re.IGNORECASE)
ACTING_MODALITIES = ("asserted", "threatened", "intended")
NEUTRAL_ROOTS = ("01",)  # public statements: PLOVER codes none of them and Goldstein puts them near 0


@dataclass
class Link:
    """One act and the response to it."""

    act: Event
    response: Event
    lag_days: int
    match: str  # one of MATCH_LEVELS
    escalation: float  # act.goldstein - response.goldstein: > 0 the response is more hostile
    explicit: bool  # the response's text calls it a response
    marker: str | None  # the words that do
    confidence: float

    @property
    def direction(self) -> str:
        """escalates, de-escalates or matches (by Goldstein)."""
        if self.escalation > 0:
            return "escalates"
        return "de-escalates" if self.escalation < 0 else "matches"

    def as_dict(self) -> dict:
        return {"act": _brief(self.act), "response": _brief(self.response), "lag_days": self.lag_days,
                "match": self.match, "escalation": self.escalation, "direction": self.direction,
                "explicit": self.explicit, "marker": self.marker, "confidence": self.confidence}


@dataclass
class Chain:
    """Links in time order where each response is the next link's act: A->B, B->A, A->B ..."""

    a: str  # the country that acted first
    b: str
    links: list[Link] = field(default_factory=list)

    @property
    def start(self) -> str:
        return self.links[0].act.date

    @property
    def end(self) -> str:
        return self.links[-1].response.date

    @property
    def events(self) -> list[Event]:
        return [self.links[0].act] + [link.response for link in self.links]

    def as_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "start": self.start, "end": self.end, "length": len(self.links),
                "links": [link.as_dict() for link in self.links]}


def _brief(e: Event) -> dict:
    return {"event_id": e.event_id, "doc_id": e.doc_id, "sentence_index": e.sentence_index, "date": e.date,
            "source": e.source.code, "source_country": e.source.country,
            "target": e.target.code if e.target else None, "target_country": e.target.country if e.target else None,
            "cameo": e.cameo, "cameo_name": e.cameo_name, "plover": e.plover, "quad_class": e.quad_class,
            "goldstein": e.goldstein, "modality": e.modality, "evidence": e.evidence.text, "sentence": e.sentence}


def counts(event: Event) -> bool:
    """True for an event that can be an act or a response: between two different countries, taking a
    side (cooperative or conflictual, not a neutral statement), asserted, threatened or intended."""
    if event.target is None or not event.date:
        return False
    src, tgt = event.source.country, event.target.country
    return (bool(src) and bool(tgt) and src != tgt and event.modality in ACTING_MODALITIES
            and event.cameo_root not in NEUTRAL_ROOTS and event.goldstein != 0)


def match_level(act: Event, response: Event) -> str | None:
    """How closely the response matches the act in kind: the best of MATCH_LEVELS, or None."""
    if act.cameo == response.cameo:
        return "code"
    if act.cameo_root == response.cameo_root:
        return "root"
    if act.plover and act.plover == response.plover:
        return "plover"
    if act.quad_class == response.quad_class:
        return "quad"
    if (act.quad_class <= 2) == (response.quad_class <= 2):
        return "side"
    return None


def response_marker(event: Event) -> str | None:
    """The words by which the event's own sentence calls it a response ("in retaliation for"), or None.
    Only the event's sentence is read: a marker in a neighbouring sentence is as likely to belong to
    another event of the article."""
    m = RESPONSE_MARKERS.search(event.sentence or "")
    return m.group(0) if m else None


def _lag(act: Event, response: Event) -> int:
    return (dt.date.fromisoformat(response.date) - dt.date.fromisoformat(act.date)).days


def find_links(events: Iterable[Event], a: str | None = None, b: str | None = None, window: int = 90,
               min_match: str = "root") -> list[Link]:
    """Every act answered by a response, best first chosen one to one, in time order.

    With `a` and `b`, only that dyad; with `a` alone, every dyad of `a`. An unmarked response must
    match its act at `min_match` or better and come at least a day later; a marked one need only be on
    the same side (cooperative or conflictual) and may come the same day, from another document or
    from an earlier sentence of the same one."""
    if min_match not in MATCH_LEVELS:
        raise ValueError(f"unknown match level {min_match!r} (one of {', '.join(MATCH_LEVELS)})")
    a, b = (country(a) or None), (country(b) or None)
    evs = [e for e in events if counts(e) and _wanted(e, a, b)]
    evs.sort(key=lambda e: (e.date, e.doc_id, e.sentence_index, e.event_id))
    by_direction: dict[tuple[str, str], list[Event]] = {}
    for e in evs:
        by_direction.setdefault((e.source.country, e.target.country), []).append(e)
    markers = {e.event_id: response_marker(e) for e in evs}
    candidates = []
    for (src, tgt), acts in by_direction.items():
        for act in acts:
            for resp in by_direction.get((tgt, src), ()):
                link = _candidate(act, resp, window, min_match, markers[resp.event_id])
                if link is not None:
                    candidates.append(link)
    candidates.sort(key=lambda k: (-k.explicit, -_RANK[k.match], k.lag_days, -k.response.confidence,
                                   k.act.date, k.act.event_id, k.response.event_id))
    used_acts, used_responses, chosen = set(), set(), []
    for link in candidates:
        if link.act.event_id in used_acts or link.response.event_id in used_responses:
            continue
        used_acts.add(link.act.event_id)
        used_responses.add(link.response.event_id)
        chosen.append(link)
    return sorted(chosen, key=lambda k: (k.act.date, k.response.date, k.act.event_id))


def _wanted(e: Event, a: str | None, b: str | None) -> bool:
    pair = {e.source.country, e.target.country}
    if a and b:
        return pair == {a, b}
    return a in pair if a else True


def _candidate(act: Event, resp: Event, window: int, min_match: str, marker: str | None) -> Link | None:
    if resp.event_id == act.event_id or (resp.doc_id == act.doc_id and resp.sentence_index == act.sentence_index):
        return None
    lag = _lag(act, resp)
    if lag < 0 or lag > window:
        return None
    if lag == 0 and (not marker or (resp.doc_id == act.doc_id and resp.sentence_index < act.sentence_index)):
        return None
    level = match_level(act, resp)
    if level is None or (not marker and _RANK[level] < _RANK[min_match]):
        return None
    if marker:  # the text says so: highest confidence, 0.9 to 1.0 by how closely it matches
        confidence = 0.9 + 0.1 * (_RANK[level] - 1) / (len(MATCH_LEVELS) - 1)
    else:  # by kind, fading to half over the window
        confidence = _BASE_CONFIDENCE[level] * (1 - 0.5 * lag / max(window, 1))
    return Link(act=act, response=resp, lag_days=lag, match=level, escalation=round(act.goldstein - resp.goldstein, 2),
                explicit=marker is not None, marker=marker, confidence=round(confidence, 3))


def link_chains(links: Iterable[Link]) -> list[Chain]:
    """Join links whose response is another link's act into chains, in time order."""
    links = list(links)
    by_act = {link.act.event_id: link for link in links}
    responses = {link.response.event_id for link in links}
    chains = []
    for link in links:
        if link.act.event_id in responses:
            continue  # not the start of a chain
        chain = Chain(a=link.act.source.country, b=link.act.target.country, links=[link])
        seen = {link.act.event_id}
        nxt = by_act.get(link.response.event_id)
        while nxt is not None and nxt.act.event_id not in seen:
            seen.add(nxt.act.event_id)
            chain.links.append(nxt)
            nxt = by_act.get(nxt.response.event_id)
        chains.append(chain)
    return sorted(chains, key=lambda c: (c.start, c.a, c.b, c.links[0].act.event_id))


def find_chains(events: Iterable[Event], a: str | None = None, b: str | None = None, window: int = 90,
                min_match: str = "root") -> list[Chain]:
    """The tit-for-tat chains among `events` (see find_links for the arguments)."""
    return link_chains(find_links(events, a, b, window, min_match))


def format_chains(chains: list[Chain]) -> list[str]:
    """Chains as readable text: one block per chain, one line per event and its evidence."""
    lines = []
    for n, chain in enumerate(chains, 1):
        lines.append(f"Chain {n}: {chain.a} <-> {chain.b}, {chain.start} to {chain.end}, {len(chain.links)} link(s)")
        first = chain.links[0].act
        lines.append(f"  {_event_line(first)}")
        for link in chain.links:
            how = f"'{link.marker}'" if link.explicit else "by kind"
            lines.append(f"    -> after {link.lag_days} d, match {link.match}, {link.direction} "
                         f"({link.escalation:+.1f}), {how}, confidence {link.confidence:.2f}")
            lines.append(f"  {_event_line(link.response)}")
    return lines


def _event_line(e: Event) -> str:
    sentence = " ".join(e.sentence.split())
    if len(sentence) > 150:
        sentence = sentence[:149] + "…"
    return (f"{e.date}  {e.source.code} -> {e.target.code}  CAMEO {e.cameo} {e.cameo_name} ({e.plover or '-'}, "
            f"{e.goldstein:+.1f})\n      \"{e.evidence.text}\" in: {sentence}")
