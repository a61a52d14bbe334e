"""The data classes every stage shares: Article -> Sentence -> Event, with Actor and Evidence.

Each class turns into plain JSON with `as_dict()` and back with `from_dict()`. The JSON form of an
event is documented field by field in docs/events.md; tests check the two agree.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields

Span = tuple[int, int]

# Modalities an event can carry (docs/events.md explains each).
MODALITIES = ("asserted", "negated", "threatened", "intended", "hypothetical")
# Emitted unless the caller asks for every modality.
DEFAULT_MODALITIES = ("asserted", "threatened", "intended")

# GDELT's quad classes.
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _span(value) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _own_fields(cls, d: dict) -> dict:
    """The items of `d` that are fields of the data class `cls` (unknown keys are ignored)."""
    known = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in known}


@dataclass
class Actor:
    """Who acts or is acted upon, as the text names it and as titfortat codes it."""

    text: str
    span: Span | None = None
    code: str | None = None  # CAMEO style: country + sector ("RUSGOV"), an organisation ("IGOUNO")
    country: str | None = None  # ISO 3166-1 alpha-3, null for organisations
    sector: str | None = None  # GOV, MIL, DIP, ... (data/actors/agents.tsv lists them)
    name: str | None = None  # canonical name: "Russia", "Sergei Lavrov", "United Nations"

    def as_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span) if self.span is not None else None
        return d

    @classmethod
    def from_dict(cls, d: dict | None) -> Actor | None:
        if d is None:
            return None
        kw = _own_fields(cls, d)
        kw["span"] = _span(kw.get("span"))
        return cls(**kw)


@dataclass
class Evidence:
    """The words that carry the event (usually the verb phrase) and where they are in the document."""

    text: str
    span: Span

    def as_dict(self) -> dict:
        return {"text": self.text, "span": list(self.span)}

    @classmethod
    def from_dict(cls, d: dict) -> Evidence:
        return cls(text=d["text"], span=_span(d["span"]))


@dataclass
class Location:
    """Where the event took place, when the sentence says so ("in Antalya", "near the town of Samarra")."""

    text: str
    span: Span
    name: str | None = None  # canonical name of the place (or of its country)
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None  # from the packaged GeoNames gazetteer, for cities
    lon: float | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        return d

    @classmethod
    def from_dict(cls, d: dict | None) -> Location | None:
        if d is None:
            return None
        kw = _own_fields(cls, d)
        kw["span"] = _span(kw["span"])
        return cls(**kw)


@dataclass
class Sentence:
    """One sentence of an article, with its character offsets in the article's text."""

    index: int
    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Sentence:
        return cls(index=int(d["index"]), text=d["text"], start=int(d["start"]), end=int(d["end"]))


@dataclass
class Article:
    """A document to code. `date` is its publication date (YYYY-MM-DD) when known."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: a file name, file:line, a URL
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def as_dict(self) -> dict:
        d = asdict(self)
        d["sentences"] = [s.as_dict() for s in self.sentences]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Article:
        kw = _own_fields(cls, d)
        kw["sentences"] = [Sentence.from_dict(s) for s in d.get("sentences") or []]
        return cls(**kw)


@dataclass
class Event:
    """One coded event: source did `cameo` to target, with the sentence and words as evidence."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    modality: str
    confidence: float
    evidence: Evidence
    date_text: str | None = None  # the words the date was resolved from, null when the article date was used
    deadline: str | None = None  # a deadline the sentence sets ("by January 31"), kept apart from `date`
    location: Location | None = None  # where it took place, when the sentence says so
    url: str | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["source"] = self.source.as_dict()
        d["target"] = self.target.as_dict() if self.target else None
        d["evidence"] = self.evidence.as_dict()
        d["location"] = self.location.as_dict() if self.location else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Event:
        kw = _own_fields(cls, d)
        kw["source"] = Actor.from_dict(d["source"])
        kw["target"] = Actor.from_dict(d.get("target"))
        kw["evidence"] = Evidence.from_dict(d["evidence"])
        kw["location"] = Location.from_dict(d.get("location"))
        return cls(**kw)

    @staticmethod
    def make_id(doc_id: str, sentence_index: int, cameo: str, source: Actor, target: Actor | None,
                evidence: Evidence) -> str:
        """Stable id: the same document coded again gives the same id."""
        key = "\x1f".join([
            doc_id, str(sentence_index), cameo,
            source.code or "", str(source.span),
            (target.code or "") if target else "", str(target.span) if target else "",
            str(evidence.span),
        ])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
