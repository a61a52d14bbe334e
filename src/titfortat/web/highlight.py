"""Split an event's sentence into pieces marked source, action and target, for highlighting.

Spans are character offsets into the document's text, and the store keeps the sentence but not the
document; so the sentence's own offset is found first, as the one most spans agree on (each span's
text located in the sentence), and each span is then placed by it. A span the offset does not fit
is placed at the first occurrence of its text. The pieces are plain text: templates escape them.
"""
from __future__ import annotations

from collections import Counter

from ..model import Event


def _occurrences(text: str, part: str) -> list[int]:
    found, start = [], text.find(part)
    while part and start >= 0:
        found.append(start)
        start = text.find(part, start + 1)
    return found


def role_spans(event: Event) -> list[tuple[str, int, int]]:
    """(role, start, end) within event.sentence for source, action (the evidence) and target."""
    sentence = event.sentence or ""
    parts = [("source", event.source.text, event.source.span), ("action", event.evidence.text, event.evidence.span)]
    if event.target is not None:
        parts.append(("target", event.target.text, event.target.span))
    votes = Counter()
    for _role, text, span in parts:
        if span is not None:
            for i in _occurrences(sentence, text):
                votes[span[0] - i] += 1
    offset = votes.most_common(1)[0][0] if votes else None
    out = []
    for role, text, span in parts:
        if not text:
            continue
        start = span[0] - offset if span is not None and offset is not None else -1
        if not (0 <= start and sentence[start:start + len(text)] == text):
            found = _occurrences(sentence, text)
            if not found:
                continue
            start = found[0]
        out.append((role, start, start + len(text)))
    return out


def segments(event: Event) -> list[tuple[str, str]]:
    """The sentence as (text, roles) pieces in order; roles is "" or e.g. "action target"."""
    sentence = event.sentence or ""
    spans = role_spans(event)
    cuts = sorted({0, len(sentence), *(s for _r, s, _e in spans), *(e for _r, _s, e in spans)})
    pieces = []
    for lo, hi in zip(cuts, cuts[1:]):
        if lo == hi:
            continue
        roles = " ".join(r for r in ("source", "action", "target") if any(rr == r and s <= lo and hi <= e
                                                                          for rr, s, e in spans))
        pieces.append((sentence[lo:hi], roles))
    return pieces
