"""Walking a parsed sentence's tree. No spaCy import: the date readers use it beside the web-page readers."""
from __future__ import annotations


def path_to(tok, verb):
    """`tok` and each word above it, up to the clause verb (not included) or the sentence's root."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        yield cur
        cur = cur.head
