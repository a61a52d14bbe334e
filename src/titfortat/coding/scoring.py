"""Score the coder on gold data: PLOVER event F1, PentaClass macro-F1, actor-span F1, dyad+root F1.

The definitions are those of the project's gold README (and of the reference scorer beside it), and
every function here reads events as the JSON objects ``titfortat code`` writes (``Event.as_dict()``),
so the figures are the same whether the events come from the library or from the command line:

* **PLOVER event F1**: one gold event per sentence; a system event matches when its PLOVER category
  equals the gold one (old names mapped to the current manual), its source country is one of the gold
  source codes and, when the gold has a target, its target country one of the gold target codes.
  Greedy one-to-one matching; precision counts every event emitted on the sentences.
* **PentaClass macro-F1**: a sentence's class is the PentaClass of the CAMEO code of its
  highest-confidence event; a sentence with no event counts as wrong. Macro-F1 over the 5 classes.
* **Actor-span F1**: per sentence, the set of source (target) texts of all events against the gold S
  (T) spans after lower-casing, dropping punctuation and the articles; R spans count as both. The
  figure is the mean of the source and target F1.
* **Dyad+root F1** of PETRARCH-style records: ``titfortat.analysis.evaluate``.

Each scorer also reports events per sentence and a confusion matrix (gold category against the
category of the sentence's highest-confidence event, ``-`` for none).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from ..model import Article, Event

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NO_COUNTRY = {"IGO", "NGO", "MNC", "---", ""}
ORG_PREFIXES = ("IGO", "NGO", "MNC")
NO_EVENT = "-"
ARTICLES = {"the", "a", "an"}
GOLD_FORMATS = ("plover", "penta", "conll", "petr")
SCORING_DATE = "2000-01-01"  # the date the reference scorer gives sentences that carry none


# ------------------------------------------------------------------------------------------ shared helpers
def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "system": n_sys,
            "gold": n_gold}


def plover_name(value) -> str:
    name = str(value or "").upper()
    return OLD_PLOVER.get(name, name)


def penta_of(cameo) -> int | None:
    """PentaClass of a CAMEO code (None for no code)."""
    from .ontology import penta_class_of_root

    if not cameo:
        return None
    return penta_class_of_root(str(cameo)[:2])


def _actor(event: dict, role: str) -> dict:
    a = event.get(role) or {}
    return a if isinstance(a, dict) else {}


def country_matches(actor: dict, gold_code) -> bool:
    """A gold CAMEO-style actor code against a system actor: first three letters are a country, or an
    organisation prefix matched on six letters; gold codes with no usable actor match anything."""
    gold_code = str(gold_code or "").upper()
    head = gold_code[:3]
    if head not in NO_COUNTRY:
        return (str(actor.get("country") or "").upper() == head
                or str(actor.get("code") or "").upper()[:3] == head)
    if head in ORG_PREFIXES and len(gold_code) >= 6:
        return str(actor.get("code") or "").upper().startswith(gold_code[:6])
    return True


def greedy_matches(system: Sequence[dict], gold: Sequence, same) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, e in enumerate(system):
            if i not in used and same(e, g):
                used.add(i)
                hits += 1
                break
    return hits


def top_event(events: Sequence[dict]) -> dict | None:
    """The event with the highest confidence (the first of equals), or None."""
    best = None
    for e in events:
        if best is None or (e.get("confidence") or 0.0) > (best.get("confidence") or 0.0):
            best = e
    return best


def confusion(pairs: Iterable[tuple[str, str]]) -> dict:
    """{'labels': [...], 'matrix': rows = gold, columns = system} from (gold, system) label pairs."""
    counts = Counter(pairs)
    gold_labels = {g for g, _ in counts}
    sys_labels = {s for _, s in counts}
    labels = sorted((gold_labels | sys_labels) - {NO_EVENT}) + ([NO_EVENT] if NO_EVENT in sys_labels else [])
    matrix = [[counts.get((g, s), 0) for s in labels] for g in labels]
    return {"labels": labels, "matrix": matrix}


def group_events(events: Iterable[Event | dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        d = e.as_dict() if isinstance(e, Event) else e
        out[str(d.get("doc_id"))].append(d)
    return out


# ------------------------------------------------------------------------------------------ PLOVER JSON
def read_plover(path: str | Path) -> list[dict]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not a PLOVER JSON file ({exc})") from None
    if not isinstance(records, list):
        raise InputError(str(path), "expected a JSON list of PLOVER records")
    return [r for r in records if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT")]


def plover_articles(records: Sequence[dict]) -> list[Article]:
    return [Article(id=str(r["id"]), text=r["text"], date=SCORING_DATE) for r in records]


def score_plover(records: Sequence[dict], events: dict[str, list[dict]]) -> dict:
    tp = n_sys = 0
    cat_hits = 0
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pairs = []
    for r in records:
        gold_cat = plover_name(r["event"])
        src = [a["code"] for a in (r.get("source") or []) if isinstance(a, dict)]
        tgt = [a["code"] for a in (r.get("target") or []) if isinstance(a, dict)]
        evs = events.get(str(r["id"]), [])

        def same(e, _g, gold_cat=gold_cat, src=src, tgt=tgt):
            if plover_name(e.get("plover")) != gold_cat:
                return False
            if src and not any(country_matches(_actor(e, "source"), c) for c in src):
                return False
            if tgt and not any(country_matches(_actor(e, "target"), c) for c in tgt):
                return False
            return True

        hit = greedy_matches(evs, [r], same)
        tp += hit
        n_sys += len(evs)
        per_cat[gold_cat][0] += hit
        per_cat[gold_cat][2] += 1
        for e in evs:
            per_cat[plover_name(e.get("plover"))][1] += 1
        if any(plover_name(e.get("plover")) == gold_cat for e in evs):
            cat_hits += 1
        best = top_event(evs)
        pairs.append((gold_cat, (plover_name(best.get("plover")) or NO_EVENT) if best else NO_EVENT))
    n = len(records)
    return {"task": "plover", "event": prf(tp, n_sys, n), "category_recall": round(cat_hits / n, 4) if n else 0.0,
            "per_category": {k: prf(*v) for k, v in sorted(per_cat.items())},
            "sentences": n, "events": n_sys, "events_per_sentence": round(n_sys / n, 3) if n else 0.0,
            "confusion": confusion(pairs)}


# ------------------------------------------------------------------------------------------ CoNLL spans
def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, BIO label), one ``token label`` a line, blank lines between sentences."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, sep, lab = line.rpartition(" ")
            if not sep:
                raise InputError(f"{path}:{n}", "expected 'token label'")
            cur.append((tok, lab))
    if cur:
        sents.append(cur)
    return sents


def spans_from_bio(tokens: Sequence[tuple[str, str]]) -> tuple[str, dict[str, list[str]]]:
    """The sentence text (tokens joined by spaces) and its spans by role S / T (R counts as both)."""
    text, starts = "", []
    for tok, _ in tokens:
        if text:
            text += " "
        starts.append(len(text))
        text += tok
    spans: dict[str, list[str]] = defaultdict(list)
    role = start = end = None
    for (tok, lab), st in zip(tokens, starts):
        if lab.startswith("B-") or (lab.startswith("I-") and role != lab[2:]):
            if role:
                spans[role].append(text[start:end])
            role, start, end = lab[2:], st, st + len(tok)
        elif lab.startswith("I-"):
            end = st + len(tok)
        else:
            if role:
                spans[role].append(text[start:end])
            role = None
    if role:
        spans[role].append(text[start:end])
    for s in spans.pop("R", []):
        spans["S"].append(s)
        spans["T"].append(s)
    return text, dict(spans)


def norm_span(s: str) -> str:
    s = re.sub(r"[^\w ]+", " ", s.lower())
    return " ".join(w for w in s.split() if w not in ARTICLES)


def score_spans(items: Sequence[tuple[str, str, dict]], events: dict[str, list[dict]]) -> dict:
    """items: (doc_id, text, gold spans by role). Returns source/target P/R/F1 and their mean F1."""
    res = {}
    for role, field in (("S", "source"), ("T", "target")):
        tp = n_sys = n_gold = 0
        for did, text, spans in items:
            gold = [norm_span(s) for s in spans.get(role, [])]
            found = set()
            for e in events.get(did, []):
                a = _actor(e, field)
                t = a.get("text")
                if not t and a.get("span"):
                    st, en = a["span"][:2]
                    t = text[st:en]
                if t:
                    found.add(norm_span(t))
            n_sys += len(found)
            n_gold += len(gold)
            tp += len(found & set(gold))
        res[field] = prf(tp, n_sys, n_gold)
    return {"source": res["source"], "target": res["target"],
            "f1": round((res["source"]["f1"] + res["target"]["f1"]) / 2, 4)}


def conll_items(path: str | Path) -> list[tuple[str, str, dict]]:
    return [(f"s{i}", *spans_from_bio(tokens)) for i, tokens in enumerate(read_conll(path))]


def score_conll(items: Sequence[tuple[str, str, dict]], events: dict[str, list[dict]]) -> dict:
    n_sys = sum(len(events.get(did, [])) for did, _, _ in items)
    n = len(items)
    return {"task": "conll", "actor_spans": score_spans(items, events), "sentences": n, "events": n_sys,
            "events_per_sentence": round(n_sys / n, 3) if n else 0.0}


# ------------------------------------------------------------------------------------------ PentaClass TSV
@dataclass
class PentaItem:
    doc_id: str
    text: str
    label: int
    spans: dict | None = None


def penta_rows(path: str | Path) -> Iterator[tuple[int, str, int]]:
    """(line number, sentence, label) of each ``sentence<TAB>label`` line (label 0-4), blank lines skipped."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            text, sep, label = line.rstrip("\n").rpartition("\t")
            if not sep or label.strip() not in ("0", "1", "2", "3", "4"):
                raise InputError(f"{path}:{n}", "expected 'sentence<TAB>label' with a label 0-4")
            yield n, text, int(label)


def read_penta(path: str | Path, ner: str | Path | None = None) -> list[PentaItem]:
    """``sentence<TAB>label`` lines (label 0-4); with ``ner``, the aligned CoNLL file gives the text
    (its tokens joined by spaces) and the gold actor spans."""
    rows = [(text, label) for _, text, label in penta_rows(path)]
    conll = read_conll(ner) if ner else None
    if conll is not None and len(conll) != len(rows):
        raise InputError(str(ner), f"{len(conll)} sentences do not align with the {len(rows)} lines of {path}")
    items = []
    for i, (text, label) in enumerate(rows):
        spans = None
        if conll is not None:
            text, spans = spans_from_bio(conll[i])
        items.append(PentaItem(f"s{i}", text, label, spans))
    return items


def score_penta(items: Sequence[PentaItem], events: dict[str, list[dict]]) -> dict:
    pairs = Counter()
    n_sys = 0
    for it in items:
        evs = events.get(it.doc_id, [])
        n_sys += len(evs)
        best = top_event(evs)
        pairs[(it.label, penta_of(best.get("cameo")) if best else None)] += 1
    f1s = []
    for c in range(5):
        tp = pairs[(c, c)]
        n_pred = sum(v for (g, p), v in pairs.items() if p == c)
        n_gold = sum(v for (g, p), v in pairs.items() if g == c)
        f1s.append(prf(tp, n_pred, n_gold)["f1"])
    n = len(items)
    acc = sum(v for (g, p), v in pairs.items() if g == p) / max(1, n)
    res = {"task": "penta", "n": n, "macro_f1": round(sum(f1s) / 5, 4), "accuracy": round(acc, 4),
           "per_class_f1": f1s, "no_event": sum(v for (g, p), v in pairs.items() if p is None),
           "sentences": n, "events": n_sys, "events_per_sentence": round(n_sys / n, 3) if n else 0.0,
           "confusion": confusion((str(g), NO_EVENT if p is None else str(p))
                                  for (g, p), v in pairs.items() for _ in range(v))}
    if items and all(it.spans is not None for it in items):
        res["actor_spans"] = score_spans([(it.doc_id, it.text, it.spans) for it in items], events)
    return res


# ------------------------------------------------------------------------------------------ PETRARCH records
def score_petr(records: Sequence[dict], events: Sequence[Event]) -> dict:
    """Dyad+root F1 (``analysis.evaluate``), with P/R/F1 per CAMEO root and a root confusion matrix."""
    from ..analysis.evaluate import event_matches, score

    result = score(records, events)
    per_root: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc_id].append(e)
    pairs = []
    for r in records:
        evs = by_doc.get(str(r["id"]), [])
        gold = r.get("expected_events") or []
        used: set[int] = set()
        for g in gold:
            root = str(g["code"])[:2]
            per_root[root][2] += 1
            hit = next((i for i, e in enumerate(evs) if i not in used and event_matches(e, g)), None)
            if hit is not None:
                used.add(hit)
                per_root[root][0] += 1
        for e in evs:
            per_root[str(e.cameo)[:2]][1] += 1
        if gold:
            best = top_event([e.as_dict() for e in evs])
            pairs.append((str(gold[0]["code"])[:2], str(best["cameo"])[:2] if best else NO_EVENT))
    return {"task": "petr", "event": result.as_dict(), "records": len(records),
            "per_category": {k: prf(*v) for k, v in sorted(per_root.items())},
            "sentences": result.sentences, "events": result.system,
            "events_per_sentence": round(result.events_per_sentence, 3), "confusion": confusion(pairs)}


def petr_records(path: str | Path) -> list[dict]:
    from ..analysis.evaluate import read_records

    try:
        recs = read_records(path)
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not a JSON Lines file of records ({exc})") from None
    return [r for r in recs if r.get("evaluate", True) and not r.get("expected_error")]


# ------------------------------------------------------------------------------------------ whole runs
def guess_format(path: str | Path) -> str:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "plover"
    if suffix == ".jsonl":
        return "petr"
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = [line.rstrip("\n") for line, _ in zip(fh, range(50)) if line.strip()]
    if lines and lines[0].lstrip().startswith("{"):
        return "petr"
    if lines and all("\t" in line and line.rpartition("\t")[2].strip() in ("0", "1", "2", "3", "4") for line in lines):
        return "penta"
    if lines and all(line.rpartition(" ")[2] == "O" or line.rpartition(" ")[2][:2] in ("B-", "I-") for line in lines):
        return "conll"
    raise InputError(str(path), "cannot tell the gold format; give --format plover, penta, conll or petr")


def _code_all(coder, articles: Sequence[Article]) -> list[Event]:
    events: list[Event] = []
    for article, result in coder.code_articles(articles):
        if isinstance(result, list):
            events.extend(result)
    return events


def evaluate_file(path: str | Path, coder, fmt: str = "auto", ner: str | Path | None = None) -> dict:
    """Code the sentences of a gold file with ``coder`` (a ``titfortat.pipeline.Coder``) and score them."""
    if fmt == "auto":
        fmt = guess_format(path)
    if fmt not in GOLD_FORMATS:
        raise ValueError(f"unknown gold format {fmt!r} (known: {', '.join(GOLD_FORMATS)})")
    if ner and fmt != "penta":
        raise InputError(str(ner), "--ner goes with a PentaClass TSV file")
    if fmt == "plover":
        records = read_plover(path)
        return score_plover(records, group_events(_code_all(coder, plover_articles(records))))
    if fmt == "penta":
        items = read_penta(path, ner)
        arts = [Article(id=it.doc_id, text=it.text, date=SCORING_DATE) for it in items]
        return score_penta(items, group_events(_code_all(coder, arts)))
    if fmt == "conll":
        items = conll_items(path)
        arts = [Article(id=did, text=text, date=SCORING_DATE) for did, text, _ in items]
        return score_conll(items, group_events(_code_all(coder, arts)))
    from ..analysis.evaluate import articles_of

    records = petr_records(path)
    return score_petr(records, _code_all(coder, articles_of(records)))


# ------------------------------------------------------------------------------------------ text report
def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     for r in rows)


def _prf_rows(per: dict) -> list[list[str]]:
    rows = [["category", "P", "R", "F1", "tp", "system", "gold"]]
    for k, v in per.items():
        rows.append([k or "(none)", f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["tp"]),
                     str(v["system"]), str(v["gold"])])
    return rows


def format_report(res: dict) -> str:
    """A plain-text report: per-category table, confusion matrix, then the headline line last."""
    parts = []
    if res.get("per_category"):
        parts.append(_table(_prf_rows(res["per_category"])))
    if res.get("task") == "penta":
        parts.append(_table([["class", "F1"], *[[str(c), f"{f:.3f}"] for c, f in enumerate(res["per_class_f1"])]]))
    if res.get("confusion") and res["confusion"]["labels"]:
        labels = res["confusion"]["labels"]
        rows = [["gold \\ system", *labels]]
        rows += [[g, *map(str, row)] for g, row in zip(labels, res["confusion"]["matrix"])]
        parts.append("confusion (rows gold, columns the highest-confidence event):\n" + _table(rows))
    spans = res.get("actor_spans")
    if spans:
        parts.append(f"actor spans: source F1 {spans['source']['f1']:.3f} (P {spans['source']['precision']:.3f} "
                     f"R {spans['source']['recall']:.3f}), target F1 {spans['target']['f1']:.3f} "
                     f"(P {spans['target']['precision']:.3f} R {spans['target']['recall']:.3f})")
    parts.append(headline(res))
    return "\n\n".join(parts)


def headline(res: dict) -> str:
    eps = f"{res.get('events_per_sentence', 0.0):.2f} events per sentence"
    task = res.get("task")
    if task == "plover":
        e = res["event"]
        return (f"plover event F1 {e['f1']:.3f} (P {e['precision']:.3f} R {e['recall']:.3f}) on {e['gold']} gold "
                f"events; {eps}")
    if task == "penta":
        line = (f"penta macro-F1 {res['macro_f1']:.3f} (accuracy {res['accuracy']:.3f}, no event on "
                f"{res['no_event']}) on {res['n']} sentences")
        if res.get("actor_spans"):
            line += f"; actor-span F1 {res['actor_spans']['f1']:.3f}"
        return f"{line}; {eps}"
    if task == "conll":
        s = res["actor_spans"]
        return (f"actor-span F1 {s['f1']:.3f} (source {s['source']['f1']:.3f}, target {s['target']['f1']:.3f}) "
                f"on {res['sentences']} sentences; {eps}")
    e = res["event"]
    return (f"petr dyad+root F1 {e['f1']:.3f} (P {e['precision']:.3f} R {e['recall']:.3f}) on {res['records']} "
            f"records; {eps}")
