"""The category classifier: MiniLM embeddings, the trained head, calibration, arbitration, training."""
import json

import numpy as np
import pytest

from titfortat.coding import classifier as C
from titfortat.coding.classifier import CategoryClassifier, arbitrate


@pytest.fixture(scope="module")
def clf():
    return CategoryClassifier.load()


def test_embed_returns_unit_vectors_of_384(clf):
    x = clf.embed(["Russia expelled 23 British diplomats.", "It rained in Lisbon."])
    assert x.shape == (2, 384) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert float(x[0] @ x[1]) < 0.9


def test_embed_does_not_depend_on_the_batch(clf):
    text = "The minister visited Tokyo."
    alone = clf.embed([text])[0]
    batched = clf.embed(["A much longer sentence about the long negotiations over the border between them.", text])[1]
    assert np.allclose(alone, batched, atol=1e-5)


def test_predict_proba_rows_are_distributions_over_roots_and_none(clf):
    assert clf.labels == [f"{i:02d}" for i in range(1, 21)] + ["none"]
    p = clf.predict_proba(["Canada recalled its ambassador.", "The team won the cup."])
    assert p.shape == (2, 21)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert clf.predict_proba([]).shape == (0, 21)


@pytest.mark.parametrize("text, root", [
    ("Lithuania expelled three Russian diplomats on Friday.", "16"),
    ("Turkish jets bombed militant positions in northern Iraq overnight.", "19"),
    ("Kenya's foreign minister flew to Addis Ababa for talks with Ethiopian officials.", "04"),
    ("The Dutch football team lost to Portugal in a friendly match.", "none"),
])
def test_packaged_model_reads_clear_sentences(clf, text, root):
    assert clf.predict([text])[0][0] == root


def test_load_is_cached_per_process():
    assert CategoryClassifier.load() is CategoryClassifier.load()


def test_load_of_a_missing_file_raises_classifier_error(tmp_path):
    with pytest.raises(C.ClassifierError, match="no such model file"):
        CategoryClassifier.load(tmp_path / "absent.npz")


def test_packaged_examples_cover_every_root_with_hard_negatives():
    data = C.read_examples_dir(C.packaged_training_dir())
    counts = {lab: data.labels.count(lab) for lab in C.ROOT_LABELS}
    assert all(counts[r] >= 40 for r in C.ROOTS), counts
    assert counts["none"] >= 200
    assert len(set(data.texts)) == len(data.texts)
    readme = (C.packaged_training_dir() / "README.md").read_text(encoding="utf-8")
    assert "written for the titfortat project" in readme and "Version:" in readme


def test_packaged_model_metadata_names_its_data_and_embedding():
    head = C.Head.read(C.packaged_model_path())
    meta = head.meta
    assert meta["labels"] == list(C.ROOT_LABELS)
    assert meta["label_kind"] == "cameo_root"
    assert meta["training_data_sha256"] == C.read_examples_dir(C.packaged_training_dir()).digest()
    assert meta["embedding_sha256"] == C.model_sha256()
    assert meta["date"] == C.training_version()
    assert meta["seed"] == C.DEFAULT_SEED
    assert 0.2 < meta["temperature"] < 5
    assert C.packaged_model_path().stat().st_size < 200_000


def _small_data():
    data = C.read_examples_dir(C.packaged_training_dir())
    keep = [i for i, lab in enumerate(data.labels) if lab in ("04", "16", "none")]
    keep = [i for n, i in enumerate(keep) if n % 3 == 0]
    return C.LabelledData([data.texts[i] for i in keep], [data.labels[i] for i in keep], ["04", "16", "none"],
                          "cameo_root", "test")


def test_train_same_data_gives_the_same_bytes(tmp_path):
    data = _small_data()
    head1, rep = C.train(data, steps=150, date="2026-01-01")
    shuffled = C.LabelledData(data.texts[::-1], data.labels[::-1], data.label_set, data.kind, data.source)
    head2, _ = C.train(shuffled, steps=150, date="2026-01-01")
    assert head1.to_bytes() == head2.to_bytes()
    assert rep.cv_accuracy > 0.6
    path = head1.save(tmp_path / "m.npz")
    loaded = CategoryClassifier.load(path)
    x = C.get_embedder().embed(["Moscow expelled the Polish consul."])
    assert np.allclose(loaded.proba_of_embeddings(x), head1.proba(x), atol=1e-5)


def test_fit_temperature_recovers_an_overconfident_scale():
    rng = np.random.default_rng(0)
    true_logits = rng.normal(size=(4000, 5)) * 2
    p = np.exp(true_logits) / np.exp(true_logits).sum(axis=1, keepdims=True)
    y = np.array([rng.choice(5, p=row) for row in p])
    assert C.fit_temperature(true_logits * 3, y) == pytest.approx(3.0, rel=0.15)


def test_read_training_file_reads_penta_tsv(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("Russia expelled diplomats.\t3\nThe army shelled the town.\t4\n", encoding="utf-8")
    data = C.read_training_file(f)
    assert data.kind == "penta" and data.labels == ["3", "4"] and data.label_set == ["3", "4"]


def test_read_training_file_reads_plover_json_with_current_names(tmp_path):
    f = tmp_path / "gold.json"
    f.write_text(json.dumps([{"id": "d", "event": "DOCUMENT", "text": "x"},
                             {"id": "1", "event": "DISAPPROVE", "text": "China criticised Japan."},
                             {"id": "2", "event": "AID", "text": "France sent aid."}]), encoding="utf-8")
    data = C.read_training_file(f)
    assert data.kind == "plover" and data.labels == ["ACCUSE", "AID"]


def test_read_training_file_refuses_conll_with_a_reason(tmp_path):
    f = tmp_path / "spans.txt"
    f.write_text("Britain B-S\nexpelled O\ndiplomats B-T\n", encoding="utf-8")
    with pytest.raises(C.TrainingDataError, match="actor spans, not event categories"):
        C.read_training_file(f)


def test_train_refuses_labels_with_too_few_examples():
    data = C.LabelledData(["a", "b", "c"], ["3", "3", "4"], ["3", "4"], "penta", "tiny")
    with pytest.raises(C.TrainingDataError, match="fewer than 5 examples"):
        C.train(data, embeddings=np.zeros((3, 384)))


def _probs(**mass):
    labels = list(C.ROOT_LABELS)
    p = np.full(len(labels), 0.0)
    for lab, v in mass.items():
        p[labels.index(lab.lstrip("r"))] = v
    rest = (1 - p.sum()) / (p == 0).sum()
    p[p == 0] = rest
    return p, labels


def test_arbitrate_keeps_the_pattern_code_and_is_confident_when_both_agree():
    p, labels = _probs(r16=0.9)
    code, conf = arbitrate("166", p, labels)
    assert code == "166" and conf > 0.95


def test_arbitrate_lowers_confidence_when_the_classifier_reads_no_event():
    p, labels = _probs(none=0.97)
    code, conf = arbitrate("182", p, labels)
    assert code == "182"
    assert conf < arbitrate("182", *_probs(r18=0.6))[1]
    assert conf < 0.6


def test_arbitrate_switches_only_to_a_matched_alternative_the_classifier_prefers():
    p, labels = _probs(r19=0.85, r18=0.02)
    assert arbitrate("182", p, labels)[0] == "182"
    assert arbitrate("182", p, labels, alternatives=["190"])[0] == "190"
    p2, _ = _probs(r19=0.5, r18=0.3)
    assert arbitrate("182", p2, labels, alternatives=["190"])[0] == "182"


def test_arbitrate_proposes_a_root_code_only_with_a_dyad_and_a_confident_classifier():
    p, labels = _probs(r16=0.9)
    assert arbitrate(None, p, labels, has_dyad=True) == ("160", 0.9)
    assert arbitrate(None, p, labels, has_dyad=False)[0] is None
    p2, _ = _probs(r16=0.5)
    assert arbitrate(None, p2, labels, has_dyad=True)[0] is None


def test_arbitrate_with_a_penta_model_confirms_the_class_of_the_code():
    labels = ["0", "1", "2", "3", "4"]
    agree = arbitrate("166", np.array([0.02, 0.02, 0.02, 0.9, 0.04]), labels)
    disagree = arbitrate("166", np.array([0.02, 0.02, 0.9, 0.02, 0.04]), labels)
    assert agree[0] == disagree[0] == "166"
    assert agree[1] > 0.9 > disagree[1]


def test_train_command_with_data_needs_out_in_one_line(run_cli, tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("Russia expelled diplomats.\t3\n", encoding="utf-8")
    res = run_cli("train", "--data", f)
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "--out" in res.stderr


@pytest.mark.slow
def test_train_command_fits_a_user_penta_model(run_cli, tmp_path):
    rows = []
    data = C.read_examples_dir(C.packaged_training_dir())
    for text, lab in zip(data.texts, data.labels):
        if lab in ("04", "16", "19"):
            rows.append(f"{text}\t{ {'04': 1, '16': 3, '19': 4}[lab] }")
    f = tmp_path / "mine.tsv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "model.npz"
    res = run_cli("train", "--data", f, "--out", out, "--date", "2026-02-02", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["cv_accuracy"] > 0.8
    clf = CategoryClassifier.load(out)
    assert clf.labels == ["1", "3", "4"] and clf.label_kind == "penta"
    assert clf.head.meta["date"] == "2026-02-02"
    assert clf.predict(["Israeli jets struck targets in Lebanon."])[0][0] == "4"
