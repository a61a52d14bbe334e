"""Scoring the coder on gold formats: the definitions of the gold README, and `titfortat eval`."""
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from titfortat.coding import scoring
from titfortat.errors import InputError
from tests.conftest import ROOT, titfortat_command

FIX = Path(__file__).resolve().parent / "eval_fixtures"
REFERENCE_SCORER = ROOT.parent / "shared" / "bench" / "score.py"


def ev(doc, plover=None, cameo="166", src=None, tgt=None, conf=0.5, src_text=None, tgt_text=None):
    actor = lambda c, t: None if c is None and t is None else {"country": c, "code": c, "text": t}
    return {"doc_id": doc, "plover": plover, "cameo": cameo, "confidence": conf,
            "source": actor(src, src_text), "target": actor(tgt, tgt_text)}


def test_score_plover_counts_category_source_and_target():
    records = [
        {"id": "1", "text": "x", "event": "SANCTION", "source": [{"code": "GBR"}], "target": [{"code": "RUSGOV"}]},
        {"id": "2", "text": "y", "event": "DISAPPROVE", "source": [{"code": "CHN"}], "target": []},
        {"id": "3", "text": "z", "event": "AID", "source": [{"code": "FRA"}], "target": [{"code": "LBN"}]},
    ]
    events = {
        "1": [ev("1", "SANCTION", src="GBR", tgt="RUS"), ev("1", "SANCTION", src="GBR", tgt="RUS")],
        "2": [ev("2", "ACCUSE", src="CHN", tgt="USA")],  # old name DISAPPROVE -> ACCUSE; no gold target
        "3": [ev("3", "AID", src="FRA", tgt="ISR")],  # wrong target
    }
    res = scoring.score_plover(records, events)
    assert res["event"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714, "tp": 2, "system": 4, "gold": 3}
    assert res["category_recall"] == 1.0
    assert res["per_category"]["SANCTION"]["system"] == 2
    assert res["events_per_sentence"] == pytest.approx(4 / 3, abs=1e-3)
    assert res["confusion"]["labels"] == ["ACCUSE", "AID", "SANCTION"]


def test_score_penta_takes_the_highest_confidence_event_and_counts_no_event_as_wrong():
    items = [scoring.PentaItem("a", "t", 3), scoring.PentaItem("b", "t", 4), scoring.PentaItem("c", "t", 0)]
    events = {"a": [ev("a", cameo="190", conf=0.2), ev("a", cameo="166", conf=0.9)],
              "b": [ev("b", cameo="195", conf=0.7)]}
    res = scoring.score_penta(items, events)
    assert res["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert res["per_class_f1"] == [0.0, 0.0, 0.0, 1.0, 1.0]
    assert res["macro_f1"] == 0.4
    assert res["no_event"] == 1
    assert res["confusion"]["labels"] == ["0", "3", "4", "-"]


def test_spans_from_bio_counts_r_as_both_roles():
    text, spans = scoring.spans_from_bio([("The", "B-S"), ("U.S.", "I-S"), ("told", "O"), ("Iran", "B-R")])
    assert text == "The U.S. told Iran"
    assert spans == {"S": ["The U.S.", "Iran"], "T": ["Iran"]}


def test_score_spans_normalises_case_punctuation_and_articles():
    items = [("a", "The U.S. told Iran", {"S": ["The U.S."], "T": ["Iran"]})]
    events = {"a": [ev("a", src="USA", tgt="IRN", src_text="the U.S", tgt_text="Tehran")]}
    res = scoring.score_spans(items, events)
    assert res["source"]["f1"] == 1.0
    assert res["target"]["f1"] == 0.0
    assert res["f1"] == 0.5


def test_read_penta_refuses_a_misaligned_ner_file(tmp_path):
    conll = tmp_path / "one.conll"
    conll.write_text("Britain B-S\nleft O\n", encoding="utf-8")
    with pytest.raises(InputError, match="do not align"):
        scoring.read_penta(FIX / "penta.tsv", conll)


@pytest.mark.parametrize("name, fmt", [("plover.json", "plover"), ("penta.tsv", "penta"),
                                       ("penta.conll", "conll"), ("petr.jsonl", "petr")])
def test_guess_format_recognises_each_gold_format(name, fmt):
    assert scoring.guess_format(FIX / name) == fmt


def test_evaluate_file_petr_skips_records_not_to_evaluate(coder):
    res = scoring.evaluate_file(FIX / "petr.jsonl", coder)
    assert res["records"] == 3
    assert res["event"]["gold"] == 2
    assert res["events"] == sum(v["system"] for v in res["per_category"].values())


def test_evaluate_file_penta_with_ner_scores_classes_and_spans(coder):
    res = scoring.evaluate_file(FIX / "penta.tsv", coder, ner=FIX / "penta.conll")
    assert res["n"] == 5
    assert set(res["actor_spans"]) == {"source", "target", "f1"}
    assert sum(map(sum, res["confusion"]["matrix"])) == 5
    # "Britain expelled 23 Russian diplomats": a 16x event, PentaClass 3
    assert res["confusion"]["matrix"][res["confusion"]["labels"].index("3")][res["confusion"]["labels"].index("3")] >= 1


@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="the reference scorer (../shared/bench) is not beside the repo")
@pytest.mark.parametrize("task, args, fmt", [
    ("plover", ["plover.json"], "plover"),
    ("penta", ["penta.tsv", "--ner", "penta.conll"], "penta"),
    ("petr", ["petr.jsonl"], "petr"),
])
def test_evaluate_file_agrees_with_the_reference_scorer(coder, tmp_path, task, args, fmt):
    out = tmp_path / "ref.json"
    paths = [str(FIX / a) if not a.startswith("--") else a for a in args]
    cmd = " ".join(shlex.quote(c) for c in [*titfortat_command(), "code"])
    subprocess.run([sys.executable, str(REFERENCE_SCORER), task, *paths, "--cmd", cmd, "--json", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)
    ref = json.loads(out.read_text())
    ner = FIX / "penta.conll" if fmt == "penta" else None
    mine = scoring.evaluate_file(FIX / args[0], coder, fmt=fmt, ner=ner)
    if task == "penta":
        for key in ("macro_f1", "accuracy", "per_class_f1", "no_event"):
            assert mine[key] == ref[key]
        assert mine["actor_spans"]["f1"] == ref["actor_span_f1"]
    else:
        for key in ("precision", "recall", "f1", "tp", "system", "gold"):
            assert mine["event"][key] == ref["event"][key]


def test_eval_command_prints_table_confusion_and_headline(run_cli):
    res = run_cli("eval", FIX / "plover.json")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert lines[0].split()[:4] == ["category", "P", "R", "F1"]
    assert any(line.startswith("confusion") for line in lines)
    assert lines[-1].startswith("plover event F1 ") and lines[-1].endswith("events per sentence")


def test_eval_command_rejects_ner_without_penta_in_one_line(run_cli):
    res = run_cli("eval", FIX / "plover.json", "--ner", FIX / "penta.conll")
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "--ner goes with a PentaClass" in res.stderr
