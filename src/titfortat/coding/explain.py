"""Why the coder coded what it did: each clause's subjects, frame, winning pattern and actors."""
from __future__ import annotations

from ..actors.resolve import DocumentActors
from ..model import Article
from ..nlp.parse import parse
from .clauses import clause_heads, clause_of


def explain(coder, text: str, date: str | None = None) -> str:
    """A readable account of how `coder` (a pipeline.Coder) reads `text`."""
    doc = parse(coder.nlp, text)
    actors = DocumentActors(doc, coder.dictionary, date)
    sc = coder.sentence_coder
    lines = []
    for index, sent in enumerate(doc.sents):
        lines.append(f"sentence {index}: {sent.text.strip()}")
        for verb in clause_heads(sent):
            clause = clause_of(verb)
            flags = [name for name in ("passive", "negated", "hypothetical", "future", "reported")
                     if getattr(clause, name)]
            lines.append(f"  clause '{verb.text}' (lemma {clause.lemma}, {verb.dep_}){' ' + ' '.join(flags) if flags else ''}")
            lines.append(f"    subjects: {[t.text for t in clause.subjects]}  agents: {[t.text for t in clause.agents]}")
            lines.append(f"    frame: {' '.join(t.lemma_.lower() for t in clause.frame)}")
            act = sc._act(clause, actors)
            if act is None:
                lines.append("    no pattern matches")
                continue
            p = act.match.pattern
            lines.append(f"    pattern {p.code} '{p.text}' ({p.origin}) -> code {act.code}, {act.modality}")
            for r in sc._sources(clause, actors):
                lines.append(f"    source: {r.actor.text!r} -> {r.actor.code}")
    events = coder.code_article(Article(id="explain", text=text, date=date))
    lines.append(f"events: {len(events)}")
    for e in events:
        lines.append(f"  {e.source.code} {e.cameo} {e.target.code if e.target else '-'} {e.modality} "
                     f"\"{e.evidence.text}\" date {e.date}")
    return "\n".join(lines)
