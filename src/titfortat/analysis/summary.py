"""Summaries of stored events: counts by dyad, by category and by month, and example events."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..model import Event


def summarise(events: Iterable[Event], top: int = 10, examples: int = 5) -> dict:
    evs = list(events)
    dyads = Counter((e.source.country or e.source.code or "?", e.target.country or e.target.code or "?")
                    for e in evs if e.target is not None)
    plover = Counter(e.plover or "(statement)" for e in evs)
    quad = Counter(e.quad_class for e in evs)
    conflict = sorted((e for e in evs if e.target is not None and e.quad_class >= 3),
                      key=lambda e: (-e.confidence, e.date or ""))
    return {"events": len(evs), "documents": len({e.doc_id for e in evs}),
            "dyads": dyads.most_common(top), "untargeted": sum(1 for e in evs if e.target is None),
            "plover": plover.most_common(), "quad_class": sorted(quad.items()),
            "examples": conflict[:examples]}


def format_summary(summary: dict) -> str:
    lines = [f"{summary['events']} events from {summary['documents']} documents", "", "Top dyads (source -> target):"]
    for (src, tgt), n in summary["dyads"]:
        lines.append(f"  {src:>6} -> {tgt:<6} {n:5d}")
    lines.append(f"  ({summary['untargeted']} events name no target)")
    lines += ["", "By PLOVER category:"]
    for cat, n in summary["plover"]:
        lines.append(f"  {cat:<12} {n:5d}")
    lines += ["", "Examples, with their evidence:"]
    for e in summary["examples"]:
        tgt = e.target.code if e.target else "-"
        lines.append(f"  {e.date}  {e.source.code} -> {tgt}  CAMEO {e.cameo} {e.cameo_name} ({e.plover or '-'})")
        lines.append(f"      \"{e.evidence.text}\" in: {_clip(e.sentence)}")
    return "\n".join(lines)


def _clip(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
