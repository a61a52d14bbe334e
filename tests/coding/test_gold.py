"""The accuracy gate: the coder on the project's own gold sentences (tests/gold/sentences.jsonl).

Every `core` sentence must come out right (each expected source country, CAMEO root and target
country found). Over all sentences, dyad+root precision, recall and F1 must stay at or above the
floors pinned in tests/gold/floors.json, which only ever go up.
"""
import json

import pytest

from titfortat.analysis.evaluate import code_records, read_records, score

from ..conftest import GOLD

RECORDS = read_records(GOLD / "sentences.jsonl")
FLOORS = json.loads((GOLD / "floors.json").read_text())
CORE = [r for r in RECORDS if r.get("core")]


@pytest.fixture(scope="module")
def gold_events(coder):
    return code_records(coder, RECORDS)


def test_gold_file_is_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) >= 300
    assert len(CORE) >= 60
    roots = {e["code"][:2] for r in RECORDS for e in r["expected_events"]}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


@pytest.mark.parametrize("record", CORE, ids=[r["id"] for r in CORE])
def test_gold_core_sentence_is_coded(record, gold_events):
    result = score([record], gold_events)
    found = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in gold_events
             if e.doc_id == record["id"]]
    assert result.tp == result.gold, f"{record['text']!r}: expected {record['expected_events']}, got {found}"


def test_gold_scores_stay_above_floors(gold_events):
    result = score(RECORDS, gold_events)
    print(f"\ngold dyad+root: {result.as_dict()}")
    floors = FLOORS["all"]
    assert result.f1 >= floors["f1"]
    assert result.precision >= floors["precision"]
    assert result.recall >= floors["recall"]
    none = [r for r in RECORDS if not r["expected_events"]]
    clean = sum(1 for r in none if not any(e.doc_id == r["id"] for e in gold_events)) / len(none)
    print(f"sentences that must give no event and give none: {clean:.3f}")
    assert clean >= FLOORS["none_sentences_clean"]
