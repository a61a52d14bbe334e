"""Verb and phrase patterns: data/patterns/verbs.tsv, plus the user's own files over it.

A pattern is a verb lemma followed by words that must appear, in order, among the words the verb
governs (its frame); `<target>` marks where the target actor stands; `a|b` gives alternatives.
The longest matching pattern wins; between patterns of the same length, the one read last wins, so
a user's file (read after the packaged one) overrides it. The file's own header explains the format.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..errors import DataFileError
from ..nlp.parse import normalise

TARGET = "<target>"
OBJECT = "<obj>"  # any direct object: "return <obj> to <target>" for "returned 21 frogs to Brazil"
ANY_OBJECT = frozenset({OBJECT})
OBJECT_TOKEN_DEPS = {"dobj", "obj", "nsubjpass"}  # (the subject of a passive: "a bookmark was returned to Spain")
ARTICLES = {"the", "a", "an"}  # skipped in patterns: the frame's determiners never need matching
_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")
SIDES = "between"  # nouns.tsv ALONE value: coded alone only when it names its sides ("talks between X and Y")
NOT_EVENT = "-"  # the code of a wording that looks like an act and names none: "fight the epidemic"


@dataclass(frozen=True)
class Pattern:
    code: str
    verb: str
    items: tuple[frozenset[str] | None, ...]  # None stands for <target>
    order: int  # position over all files read; later wins ties
    origin: str  # file:line, for explanations
    text: str
    head: int | None = None  # for a support verb + event noun: the item that must be the verb's own object
    sides: bool = False  # an event noun coded alone only where it names its sides ("talks between X and Y")

    @property
    def length(self) -> int:
        """Words that must match; `<obj>` does not count (it names no word)."""
        return sum(1 for item in self.items if item is not ANY_OBJECT)

    @property
    def generic(self) -> bool:
        """Has `<obj>`: ranks below a pattern of the same length that names its words."""
        return ANY_OBJECT in self.items

    @property
    def has_target(self) -> bool:
        return None in self.items


@dataclass(frozen=True)
class PatternMatch:
    pattern: Pattern
    tokens: tuple  # the frame tokens the literal words matched, in order
    target: object | None  # the token matched by <target>, if the pattern has one


def parse_patterns(text: str, origin: str, start_order: int = 0) -> list[Pattern]:
    out = []
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen and cells[0].strip().lower() == "code":
            header_seen = True
            continue
        if len(cells) < 2:
            raise DataFileError(f"{origin}:{n}: expected 'code<TAB>pattern', got {line!r}")
        code, pattern = cells[0].strip(), normalise(cells[1].strip().lower())
        if not _CODE.match(code) and code != NOT_EVENT:
            raise DataFileError(f"{origin}:{n}: {code!r} is not a CAMEO event code (nor {NOT_EVENT!r}, no event)")
        words = pattern.split()
        if not words or words[0] == TARGET:
            raise DataFileError(f"{origin}:{n}: a pattern starts with its verb")
        if "|" in words[0]:
            raise DataFileError(f"{origin}:{n}: the verb is one lemma (write one line per verb): {words[0]!r}")
        items = tuple(None if w == TARGET else ANY_OBJECT if w == OBJECT else frozenset(w.split("|"))
                      for w in words[1:] if w not in ARTICLES)
        out.append(Pattern(code, words[0], items, start_order + len(out), f"{origin}:{n}", pattern))
    return out


class PatternSet:
    """Patterns indexed by verb lemma."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.nouns: PatternSet | None = None  # event nouns that stand alone ("the expulsion of ...")
        self.by_verb: dict[str, list[Pattern]] = {}
        for p in patterns:
            self.by_verb.setdefault(p.verb, []).append(p)
        for plist in self.by_verb.values():
            # longest first; at equal length one without <obj>, then the later line
            plist.sort(key=lambda p: (-p.length, p.generic, -p.order))

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_verb.values())

    def __contains__(self, verb: str) -> bool:
        return verb in self.by_verb

    def codes(self) -> set[str]:
        return {p.code for plist in self.by_verb.values() for p in plist if p.code != NOT_EVENT}

    def match(self, verb: str, frame: Sequence, is_actor: Callable[[object], bool],
              adjunct: Callable[[object], object] | None = None) -> PatternMatch | None:
        """The best pattern of `verb` over the frame tokens (in sentence order), or None.

        `adjunct(tok)` names the adjunct preposition a frame token sits under ("in" of "in response
        to ..."); such a token matches a pattern word only after the pattern has matched that preposition."""
        is_actor, adjunct = _memo(is_actor), _memo(adjunct) if adjunct is not None else None
        nested = None  # the first match that reaches into a nested clause, if no tied one does not
        for p in self.by_verb.get(verb, ()):
            if nested is not None and (p.length, p.generic) != (nested.pattern.length, nested.pattern.generic):
                break  # (sorted longest first: only the patterns that tie with the first match compete with it)
            found = _try(p, frame, is_actor, adjunct)
            if found is None:
                continue
            if not _nested(found[0], frame):
                return PatternMatch(p, found[0], found[1])
            nested = nested or PatternMatch(p, found[0], found[1])
        return nested


    def alternatives(self, verb: str, frame: Sequence, is_actor: Callable[[object], bool],
                     adjunct: Callable[[object], object] | None = None, best: Pattern | None = None) -> list[str]:
        """Codes of the other roots whose patterns also match (for the classifier to choose among)."""
        roots, out = {best.code[:2]} if best else set(), []
        is_actor, adjunct = _memo(is_actor), _memo(adjunct) if adjunct is not None else None
        for p in self.by_verb.get(verb, ()):
            if p.code[:2] in roots or p.code == NOT_EVENT:
                continue
            if _try(p, frame, is_actor, adjunct) is not None:
                roots.add(p.code[:2])
                out.append(p.code)
        return out


NESTED_DEPS = {"pcomp", "ccomp", "relcl", "acl", "advcl"}


def _nested(tokens, frame) -> bool:
    """A match some of whose words lie in a clause nested inside the frame: of two tied patterns, the one whose
    words are the verb's own wins ("declined to comment on how it is implementing ...": the comment, not the
    implementing)."""
    inside = {t.i for t in frame}
    for tok in tokens:
        cur = tok
        while cur.i in inside and cur.head.i != cur.i:
            if cur.dep_ in NESTED_DEPS:
                return True
            cur = cur.head
    return False


def _memo(fn):
    """`fn(tok)` computed once per token over one verb's patterns (they all walk the same frame)."""
    seen: dict[int, object] = {}

    def cached(tok):
        if tok.i not in seen:
            seen[tok.i] = fn(tok)
        return seen[tok.i]

    return cached


# What a support verb's event noun must be to it: "launched an offensive", "sanctions were imposed",
# "embarked on a visit" (the object of the verb's own particle)
OWN_OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"}


def _try(p: Pattern, frame, is_actor, adjunct):
    found = _match_items(p.items, frame, is_actor, adjunct)
    if found is None or p.head is None:
        return found
    noun = found[0][p.head]
    if noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in OWN_OBJECT_DEPS or (noun.dep_ == "pobj" and any(t.i == noun.head.i for t in found[0])):
        return found
    return None


def _temporal(tok) -> bool:
    """A date or a preposition that introduces one ("in January", "on Monday"): never part of an act."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _match_items(items, frame, is_actor, adjunct=None, start=0, opened=frozenset()):
    """In-order subsequence match: greedy (optimal for single-token items), except at an adjunct preposition the
    pattern names, which opens its phrase to the later items: if the rest fails after the first such
    preposition, a later one is tried ("participate in peacekeeping operations" in "In addition, troops
    participate in peacekeeping operations")."""
    pos, matched, target = start, [], None
    for k, item in enumerate(items):
        while pos < len(frame):
            tok = frame[pos]
            pos += 1
            if adjunct is not None:
                prep = adjunct(tok)
                if prep is not None and prep.i not in opened and prep.i != tok.i:
                    continue
            if item is None:
                if is_actor(tok):
                    target = tok
                    break
            elif item is ANY_OBJECT:
                if tok.dep_ in OBJECT_TOKEN_DEPS and not _temporal(tok):
                    matched.append(tok)
                    break
            elif (tok.lemma_.lower() in item or tok.lower_ in item) and (not _temporal(tok) or tok.tag_.startswith("NN")):
                # (a time word the pattern names is its own: "give <target> hour|day|week to leave")
                if adjunct is not None and getattr(adjunct(tok), "i", None) == tok.i:
                    rest = _match_items(items[k + 1:], frame, is_actor, adjunct, pos, opened | {tok.i})
                    if rest is None:
                        continue  # a later "in" may open the phrase the rest of the pattern needs
                    return (*matched, tok, *rest[0]), target if target is not None else rest[1]
                matched.append(tok)
                break
        else:
            return None
    return tuple(matched), target


def _packaged_text(name: str = "verbs.tsv") -> str:
    return resources.files("titfortat").joinpath("data", "patterns", name).read_text(encoding="utf-8")


def parse_nouns(text: str, origin: str) -> tuple[list[Pattern], list[Pattern]]:
    """nouns.tsv -> (support-verb patterns: "launch offensive", and patterns of the nouns standing alone,
    indexed by the event noun: "expulsion" + "diplomat"). The file's header explains the format."""
    sets: dict[str, list[str]] = {}
    light: list[Pattern] = []
    alone: list[Pattern] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] == "set":
            if len(cells) < 3:
                raise DataFileError(f"{origin}:{n}: expected 'set<TAB>NAME<TAB>verbs'")
            sets[cells[1]] = [normalise(v.strip().lower()) for v in cells[2].split(";") if v.strip()]
            continue
        if cells[0] == "code":
            continue
        cells += [""] * (5 - len(cells))
        code, nouns, objects, verbs, standalone = cells[:5]
        if not _CODE.match(code):
            raise DataFileError(f"{origin}:{n}: {code!r} is not a CAMEO event code")
        if not nouns:
            raise DataFileError(f"{origin}:{n}: no noun")
        support = []
        for v in (v.strip().lower() for v in verbs.split(";")):
            if v and v != "-":
                support.extend(sets.get(v, [normalise(v)]))
        for noun in (normalise(x.strip().lower()) for x in nouns.split(";") if x.strip()):
            for obj in [normalise(x.strip().lower()) for x in objects.split(";") if x.strip()] or [""]:
                words = noun.split()
                for verb in support:
                    text_ = f"{verb} {noun} {obj}".strip()
                    [p] = parse_patterns(f"{code}\t{text_}", f"{origin}:{n}")
                    head = len(verb.split()) - 1 + len(words) - 1
                    light.append(Pattern(p.code, p.verb, p.items, len(light), f"{origin}:{n}", text_, head))
                if standalone.lower() in ("yes", SIDES):
                    for head_word in words[-1].split("|"):
                        rest = " ".join([*words[:-1], obj]).strip()
                        [p] = parse_patterns(f"{code}\t{head_word} {rest}".strip(), f"{origin}:{n}")
                        alone.append(Pattern(p.code, p.verb, p.items, len(alone), f"{origin}:{n}",
                                             f"{noun} {obj}".strip(), sides=standalone.lower() == SIDES))
    return light, alone


@functools.lru_cache(maxsize=8)
def _load(user_files: tuple[str, ...]) -> PatternSet:
    light, alone = parse_nouns(_packaged_text("nouns.tsv"), "nouns.tsv")
    # the generated support-verb lines first: verbs.tsv's own lines of the same length win over them
    patterns = light + parse_patterns(_packaged_text(), "verbs.tsv", start_order=len(light))
    for f in user_files:
        try:
            text = Path(f).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{f}: cannot read pattern file ({exc})") from exc
        patterns += parse_patterns(text, f, start_order=len(patterns))
    found = PatternSet(patterns)
    found.nouns = PatternSet(alone)
    return found


def load_patterns(user_files: Iterable[Path] = ()) -> PatternSet:
    """Packaged patterns with the user's files over them; parsed once per process and file list."""
    return _load(tuple(str(f) for f in user_files))
