"""Actor dictionaries: the packaged tables under data/actors/ plus the user's own files.

Every phrase (a country's name, a demonym, a capital, a seat of power, an agency, an office holder,
an organisation, a generic noun such as "diplomats") becomes an `Entry`. The `ActorDictionary`
indexes the phrases as sequences of lower-cased tokens, tokenised exactly as the text will be, and
finds the longest matches in a parsed document.
"""
from __future__ import annotations

import csv
import datetime
import functools
import io
import logging
import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import DataFileError

log = logging.getLogger(__name__)

# Kinds of entry. Those in PROPER must be written with a capital in the text ("Chad", not "chad").
COUNTRY, DEMONYM, CAPITAL, METONYM, AGENT, ORG, PERSON, PLACE, INSTRUMENT = (
    "country", "demonym", "capital", "metonym", "agent", "org", "person", "place", "instrument")
PROPER = {COUNTRY, CAPITAL, METONYM, ORG, PERSON, PLACE}
POSSESSIVES = {"'s", "’s", "'", "’"}
NOT_AN_ACTOR = "none"  # the kind of an agents.tsv row whose phrase names no actor ("state of emergency")

SECTORS = {
    "GOV": "government", "DIP": "diplomats", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "PTY": "political party", "REB": "rebels",
    "SPY": "intelligence", "MED": "media", "EDU": "education", "BUS": "business", "CVL": "civilians",
    "REF": "refugees", "NGO": "non-governmental organisation", "IGO": "intergovernmental organisation",
    "HRI": "human rights", "LAB": "labour", "REL": "religion", "CRM": "criminals", "ELI": "elites",
}
TERM_SECTORS = {"GOV", "DIP", "MIL", "JUD", "LEG", "SPY", "COP"}  # offices of the state a person holds for a term
# States that were part of another before the day they became independent: their cities, the capital too, were
# then the other's ("Juba" in a report of 2000 is a city of Sudan, not South Sudan's government).
SUCCESSIONS = {"SSD": ("2011-07-09", "SDN"), "ERI": ("1993-05-24", "ETH")}


@dataclass(frozen=True)
class Entry:
    """What one phrase in a dictionary stands for."""

    kind: str
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    code: str | None = None  # an explicit actor code (organisations, user entries)
    office: str | None = None
    start: str | None = None  # YYYY-MM-DD, for office holders and dated user entries
    end: str | None = None

    def valid_on(self, date: str | None) -> bool:
        if not date:
            return self.end is None or self.end == ""
        if self.start and date < self.start:
            return False
        if self.end and date > self.end:
            return False
        return True


@dataclass(frozen=True)
class Match:
    """A dictionary phrase found in a document: tokens [start, end) and what they may stand for."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def names_no_one(self) -> bool:
        """A phrase of the "none" kind ("a state of emergency", "the football team"): its words are no actor's."""
        return all(e.kind == AGENT and e.office == NOT_AN_ACTOR for e in self.entries)

    def best(self, date: str | None = None) -> Entry:
        """The entry to use on this date: a dated entry valid then, else the first undated one."""
        dated = [e for e in self.entries if e.start or e.end]
        if dated:
            valid = [e for e in dated if e.valid_on(date)]
            if valid:
                return valid[0]
            if date and len(dated) == len(self.entries) and all(
                    e.kind == PERSON and e.sector in TERM_SECTORS for e in dated):
                # out of office on this date ("former Prime Minister Ehud Olmert", a future president): one of
                # the country's elite, of the office held nearest in time
                near = min(dated, key=lambda e: _distance(e, date))
                return replace(near, sector="ELI", office=None)
        undated = [e for e in self.entries if not (e.start or e.end)]
        return (undated or list(self.entries))[0]


def _distance(entry: Entry, date: str) -> int:
    """Days between `date` and the entry's term, which it lies outside."""
    day = _day(date)
    if entry.end and date > entry.end:
        return (day - _day(entry.end)).days
    return (_day(entry.start) - day).days if entry.start else 0


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


def read_table(text: str, origin: str) -> Iterator[tuple[int, dict]]:
    """Rows of a tab-separated table whose first non-comment line is the header."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return
    header = lines[0][1].split("\t")
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DataFileError(f"{origin}:{n}: {len(cells)} columns, the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield n, {h.strip(): c.strip() for h, c in zip(header, cells)}


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def _packaged(name: str) -> str:
    return resources.files("titfortat").joinpath("data", "actors", name).read_text(encoding="utf-8")


def packaged_entries() -> Iterator[tuple[str, Entry]]:
    """(phrase, entry) pairs from the packaged tables."""
    for _, row in read_table(_packaged("countries.tsv"), "countries.tsv"):
        iso3, name = row["iso3"], row["name"]
        for phrase in [name, *_split(row.get("aliases"))]:
            yield phrase, Entry(COUNTRY, name, country=iso3)
        for phrase in _split(row.get("demonyms")):
            yield phrase, Entry(DEMONYM, name, country=iso3)
        since = SUCCESSIONS.get(iso3)
        for phrase in _split(row.get("capitals")):
            if since is None:
                yield phrase, Entry(CAPITAL, name, country=iso3, sector="GOV")
                continue
            day_before = (datetime.date.fromisoformat(since[0]) - datetime.timedelta(days=1)).isoformat()
            yield phrase, Entry(CAPITAL, name, country=iso3, sector="GOV", start=since[0])
            yield phrase, Entry(METONYM, phrase, country=since[1], end=day_before)  # a place, as a metonym of none
    for _, row in read_table(_packaged("metonyms.tsv"), "metonyms.tsv"):
        for phrase in _split(row["phrase"]):
            yield phrase, Entry(METONYM, row.get("name") or phrase, country=row.get("country") or None,
                                sector=row.get("sector") or None, start=row.get("start") or None,
                                end=row.get("end") or None)
    for _, row in read_table(_packaged("agents.tsv"), "agents.tsv"):
        for phrase in _split(row["phrase"]):
            # office carries the row's kind: "head" nouns, or "modifier" words that set a generic head's sector
            yield phrase, Entry(AGENT, phrase, sector=row["sector"], office=row.get("kind") or "head")
    for _, row in read_table(_packaged("organisations.tsv"), "organisations.tsv"):
        for phrase in _split(row["phrase"]):
            yield phrase, Entry(ORG, row.get("name") or phrase, code=row["code"], sector="IGO"
                                if row["code"].startswith("IGO") else row["code"][:3])
    for _, row in read_table(_packaged("instruments.tsv"), "instruments.tsv"):
        for phrase in _split(row["phrase"]):
            yield phrase, Entry(INSTRUMENT, phrase)
    for _, row in read_table(_packaged("people.tsv"), "people.tsv"):
        office = row.get("office") or None
        org = re.search(r"\[((?:IGO|NGO|IMG)[A-Z]*)\]", office or "")  # "NATO Secretary-General [IGOWSTNAT]"
        entry = Entry(PERSON, row["name"], country=row.get("country") or None, sector=row.get("sector") or "GOV",
                      code=org.group(1) if org else None, office=office, start=row.get("start") or None,
                      end=row.get("end") or None)
        for phrase in [row["name"], *_split(row.get("aliases"))]:
            yield phrase, entry


def user_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    """(phrase, entry) pairs from a user's actor file.

    A user file is a table with the columns `phrase  code  country  sector  name  start  end`
    (tab- or comma-separated; `phrase` may list several phrases separated by `;`). A PETRARCH
    `.actors` dictionary is recognised by its content and read with `titfortat.actors.petrarch`.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read actor file ({exc})") from exc
    from . import petrarch

    if petrarch.looks_like_petrarch(text):
        yield from petrarch.parse_actors(text, str(path))
        return
    if "\t" not in text.split("\n", 1)[0] and "," in text:
        rows = csv.DictReader(io.StringIO("\n".join(line for line in text.splitlines() if not line.startswith("#"))))
        numbered = enumerate(rows, 2)
    else:
        numbered = read_table(text, str(path))
    for n, row in numbered:
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        phrases = _split(row.get("phrase"))
        if not phrases:
            raise DataFileError(f"{path}:{n}: no phrase")
        code = row.get("code") or None
        country = row.get("country") or (code[:3] if code and not code.startswith(("IGO", "NGO")) else None)
        entry = Entry(ORG if code and code.startswith(("IGO", "NGO")) else METONYM, row.get("name") or phrases[0],
                      country=country, sector=row.get("sector") or (code[3:6] if code and len(code) >= 6 else None),
                      code=code, start=row.get("start") or None, end=row.get("end") or None)
        for phrase in phrases:
            yield phrase, entry


class ActorDictionary:
    """Phrase index over the actor entries, matched on lower-cased tokens."""

    def __init__(self, tokenizer, pairs: Iterable[tuple[str, Entry]], overrides: Iterable[tuple[str, Entry]] = ()):
        self._tokenize = tokenizer
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        self.surnames: dict[str, list[Entry]] = {}  # last word of a person's name -> the people who bear it
        for phrase, entry in pairs:
            self.add(phrase, entry)
        for phrase, entry in overrides:  # a user's entry replaces packaged ones for the same phrase
            self.index.pop(self.key(phrase), None)
        for phrase, entry in overrides:
            self.add(phrase, entry)
        self.max_len = max((len(k) for k in self.index), default=1)

    def key(self, phrase: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self._tokenize(phrase) if not t.is_space)

    def add(self, phrase: str, entry: Entry) -> None:
        key = self.key(phrase)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if entry.kind == PERSON and len(key) > 1 and key[-1].isalpha():
            bearers = self.surnames.setdefault(key[-1], [])
            if entry not in bearers:
                bearers.append(entry)
        self.max_len = max(getattr(self, "max_len", 1), len(key))

    def lookup(self, phrase: str) -> list[Entry]:
        return list(self.index.get(self.key(phrase), ()))

    def matches(self, doc) -> list[Match]:
        """Longest non-overlapping matches, left to right; those of phrases that name no one included (see
        `Match.names_no_one`), as they keep their words from the other phrases."""
        lowers = [t.lower_ for t in doc]
        out: list[Match] = []
        i, n = 0, len(lowers)
        while i < n:
            found = None
            for length in range(min(self.max_len, n - i), 0, -1):
                entries = self.index.get(tuple(lowers[i:i + length]))
                if not entries:
                    continue
                # a name's capital, after an article that may be lower case ("talks in the Hague", "the Emirates")
                first = doc[i + 1].text if length > 1 and lowers[i] == "the" else doc[i].text
                capital = first[:1].isupper() or not first[:1].isalpha()
                usable = tuple(e for e in entries if capital or e.kind not in PROPER)
                if capital and i > 0 and i + length < n and lowers[i + length] in POSSESSIVES:
                    # "the Tigray People's Liberation Front": a common noun a name has made its own
                    usable = tuple(e for e in usable if e.kind != AGENT)
                if usable:
                    found = Match(i, i + length, usable)
                    break
            if found:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out


@functools.lru_cache(maxsize=8)
def _load(tokenizer_id: int, user_files: tuple[str, ...]) -> ActorDictionary:
    from ..nlp.parse import load_nlp

    tokenizer = load_nlp().tokenizer
    overrides = [pair for f in user_files for pair in user_entries(Path(f))]
    return ActorDictionary(tokenizer, packaged_entries(), overrides)


def load_dictionary(user_files: Iterable[Path] = ()) -> ActorDictionary:
    """The packaged dictionary with the user's files over it; built once per process and file list."""
    from ..nlp.parse import load_nlp

    return _load(id(load_nlp()), tuple(str(f) for f in user_files))
