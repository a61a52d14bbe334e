"""Duplicate documents: the same text twice, and near-copies such as syndicated or lightly edited ones.

- Exact: the SHA-256 of the text (Article.content_hash) matches a document already kept.
- Near: MinHash signatures over 5-word shingles of the lower-cased words, indexed with locality-
  sensitive hashing (datasketch's MinHashLSH); a document whose estimated Jaccard similarity with a
  kept one is at least `threshold` (0.8) is its near-duplicate. Texts shorter than `MIN_SHINGLES`
  shingles are only compared exactly: a few shared words do not make two short reports one.

A duplicate is not coded: it is stored in the documents table with status `duplicate`, the id of the
kept document (`duplicate_of`) and its own source and URL, so every source of a text is known
(`Database.sources`), and the event counts of store/groups.py count it. Signatures of kept documents
are stored with them, so a later run (or a resumed one) compares against everything already kept.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy as np

from ..model import Article

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.8
MIN_SHINGLES = 8
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme, pinned: stored signatures must stay comparable
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Duplicate:
    kept_id: str
    kind: str  # "exact" | "near"
    similarity: float

    @property
    def reason(self) -> str:
        if self.kind == "exact":
            return f"same text as {self.kept_id}"
        return f"near-duplicate of {self.kept_id} (estimated Jaccard similarity {self.similarity:.2f})"


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class Deduplicator:
    """Remembers the kept documents of a database and of this run; `check` then `keep` each new one."""

    def __init__(self, db=None, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.db = db
        self.threshold = threshold
        self.num_perm = num_perm
        # false negatives weigh more than false positives: every candidate is checked by its estimated similarity
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.1, 0.9))
        self.signatures: dict[str, object] = {}
        self.hashes: dict[str, str] = {}  # content hash -> kept doc id, this run
        if db is not None:
            for doc_id, blob in db.signatures():
                self._insert(doc_id, self._from_bytes(blob))

    def _minhash(self, text: str):
        from datasketch import MinHash

        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            return None
        m = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        m.update_batch(sorted(grams))
        return m

    def _from_bytes(self, blob: bytes):
        from datasketch import MinHash

        return MinHash(num_perm=self.num_perm, seed=SEED, hashvalues=np.frombuffer(blob, dtype=np.uint64).copy(),
                       scheme=SCHEME)

    def _insert(self, doc_id: str, m) -> None:
        if doc_id in self.lsh:
            self.lsh.remove(doc_id)
        self.lsh.insert(doc_id, m)
        self.signatures[doc_id] = m

    def check(self, article: Article) -> Duplicate | None:
        """The kept document this one duplicates, or None."""
        digest = article.content_hash
        kept = self.hashes.get(digest)
        if kept is None and self.db is not None:
            kept = self.db.find_by_hash(digest)
        if kept is not None and kept != article.id:
            return Duplicate(kept, "exact", 1.0)
        m = self._minhash(article.text)
        if m is None:
            return None
        best = None
        for candidate in self.lsh.query(m):
            if candidate == article.id:
                continue
            sim = float(m.jaccard(self.signatures[candidate]))
            if sim >= self.threshold and (best is None or (-sim, candidate) < (-best[0], best[1])):
                best = (sim, candidate)
        return Duplicate(best[1], "near", best[0]) if best else None

    def keep(self, article: Article) -> bytes | None:
        """Remember a kept document; returns its signature to store with it (None for a short text)."""
        self.hashes[article.content_hash] = article.id
        m = self._minhash(article.text)
        if m is None:
            return None
        self._insert(article.id, m)
        return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()
