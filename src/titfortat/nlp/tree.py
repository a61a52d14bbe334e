"""Walking a parsed sentence's tree. No spaCy import: the date readers use it beside the web-page readers."""
from __future__ import annotations


def path_to(tok, verb):
    """`tok` and each word above it, up to the clause verb (not included) or the sentence's root."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        yield cur
        cur = cur.head


def main_verb(verb) -> bool:
    """The sentence's own verb, or one coordinated with it ("Algeria cut ties ... and accused Rabat")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def conjuncts(tok) -> list:
    """The token and the nouns coordinated with it: "Britain and France" -> [Britain, France]."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            out.extend(conjuncts(child))
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and any(c.dep_ == "conj" for c in child.children) and not (
                tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ == "NORP"):
            # "The EU, Britain, Canada and the U.S.": a list read as an apposition (not the names of a people's members:
            # "Two Canadians, former diplomat Michael Kovrig and businessman Michael Spavor")
            out.extend(conjuncts(child))
    return out
