"""What readers yield: an Article (a `Document` when the reader knows more about it) or an InputError."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..errors import InputError
from ..model import Article

# Ids longer than this (long URLs) are shortened to a prefix and a hash, so that every database accepts them.
MAX_ID_CHARS = 500


@dataclass
class Document(Article):
    """An Article with what a reader learnt on the way: its author, and a note such as the encoding it
    was decoded from. Everything that takes an Article takes a Document."""

    author: str | None = None
    note: str | None = None


Item = Article | InputError


def make_doc_id(value: str) -> str:
    """A document id from a file name, URL or record id, at most MAX_ID_CHARS characters."""
    value = value.strip()
    if len(value) <= MAX_ID_CHARS:
        return value
    digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:16]
    return value[:MAX_ID_CHARS - 17] + "#" + digest
