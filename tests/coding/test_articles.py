"""Whole news articles, boilerplate included: their key events are found, impossible ones are not.

tests/gold/articles/seeds.json lists, for articles written for the project, the (source country,
target country, CAMEO root, date) events each must yield and the events it must never yield (violence
between states that only exchanged notes). The same file runs with ../shared/bench/score.py seeds.
"""
import json

import pytest

from titfortat.model import Article

from ..conftest import GOLD

SPEC = json.loads((GOLD / "articles" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article_events(coder):
    out = {}
    for d in SPEC["documents"]:
        text = (GOLD / "articles" / d["path"]).read_text(encoding="utf-8")
        out[d["id"]] = coder.code_article(Article(id=d["id"], text=text, date=d["date"]))
    return out


def _matches(ev, rule) -> bool:
    return (ev.cameo[:2] in rule["roots"] and ev.source.country == rule["source"]
            and ev.target is not None and ev.target.country == rule["target"]
            and (not rule.get("dates") or ev.date in rule["dates"]))


@pytest.mark.parametrize("rule", SPEC["required"], ids=[r["why"] for r in SPEC["required"]])
def test_article_key_event_is_found(rule, article_events):
    evs = article_events[rule["doc"]]
    found = [(e.source.code, e.cameo, e.target.code if e.target else None, e.date) for e in evs]
    assert any(_matches(e, rule) for e in evs), f"{rule['why']}: got {found}"


@pytest.mark.parametrize("rule", SPEC["forbidden"], ids=[r["why"] for r in SPEC["forbidden"]])
def test_article_has_no_impossible_event(rule, article_events):
    bad = [e for e in article_events[rule["doc"]] if e.cameo[:2] in rule["roots"] and e.source.country == rule["source"]
           and e.target is not None and e.target.country == rule["target"]]
    assert not bad, f"{rule['why']}: {[(e.cameo, e.evidence.text) for e in bad]}"


def test_article_boilerplate_gives_no_events(article_events):
    for evs in article_events.values():
        for e in evs:
            assert not any(w in e.sentence for w in ("Share this article", "Advertisement", "Copyright", "Donate",
                                                     "Related:"))
