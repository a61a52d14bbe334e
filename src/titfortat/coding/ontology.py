"""The CAMEO 1.1b3 event ontology: codes, names, quad and penta classes, Goldstein values, PLOVER mapping.

The table lives in ``titfortat/data/cameo.tsv``; ``load_ontology()`` reads it (once per process).

    >>> onto = load_ontology()
    >>> onto["166"].plover, onto["166"].plover_mode
    ('SANCTION', 'expel')
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import DataFileError

COLUMNS = ("code", "name", "root", "quad_class", "goldstein", "plover", "plover_mode", "plover_context")

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class UnknownCode(KeyError):
    """The code is not a CAMEO event code of the ontology."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"unknown CAMEO event code {self.code!r}"


class OntologyFileError(DataFileError, ValueError):
    """A row of an ontology table is malformed; the message names the file and line."""


def quad_class_of_root(root: str) -> int:
    """GDELT quad class of a two-digit root: 1 verbal coop (01-05), 2 material coop (06-09),
    3 verbal conflict (10-14), 4 material conflict (15-20)."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def penta_class_of_root(root: str) -> int:
    """PentaClass of a two-digit root: 0 statements/appeals (01-02), 1 verbal coop (03-05),
    2 material coop (06-08), 3 verbal conflict (09-13, 16), 4 material conflict (14, 15, 17-20)."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13 or r == 16:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its place in the hierarchy and its PLOVER counterpart."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def penta(self) -> int:
        return penta_class_of_root(self.root)

    @property
    def parent(self) -> str | None:
        return self.code[:-1] if len(self.code) > 2 else None

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


class Ontology:
    """A read-only set of CAMEO codes, iterated in code order ('01', '010', ..., '0211', ...)."""

    def __init__(self, codes: Iterable[CameoCode]):
        table: dict[str, CameoCode] = {}
        for c in codes:
            if c.code in table:
                raise ValueError(f"duplicate CAMEO code {c.code!r}")
            table[c.code] = c
        self._codes = {k: table[k] for k in sorted(table)}

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            raise UnknownCode(code) from None

    def get(self, code, default=None):
        try:
            return self._codes.get(code, default)
        except TypeError:
            return default

    def __contains__(self, code) -> bool:
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def __repr__(self) -> str:
        return f"<Ontology: {len(self)} CAMEO codes>"

    def roots(self) -> list[CameoCode]:
        return [c for c in self._codes.values() if len(c.code) == 2]

    def children(self, code: str) -> list[CameoCode]:
        """The codes one level below `code` (UnknownCode if `code` is not in the ontology)."""
        self[code]
        return [c for c in self._codes.values() if c.parent == code]

    def plover_of(self, code: str) -> str | None:
        """PLOVER category of `code`, else of its nearest ancestor that has one (None if none has)."""
        entry: CameoCode | None = self[code]
        while entry is not None:
            if entry.plover:
                return entry.plover
            entry = self._codes.get(entry.parent) if entry.parent else None
        return None


def _parse_row(fields: list[str], where: str) -> CameoCode:
    code, name, root, quad, goldstein, plover, mode, context = fields
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise OntologyFileError(f"{where}: code {code!r} is not a 2-4 digit CAMEO code")
    if not name:
        raise OntologyFileError(f"{where}: code {code} has no name")
    if root != code[:2]:
        raise OntologyFileError(f"{where}: root {root!r} does not match code {code}")
    if not (root.isdigit() and 1 <= int(root) <= 20):
        raise OntologyFileError(f"{where}: root {root!r} is not 01..20")
    try:
        quad_class = int(quad)
    except ValueError:
        raise OntologyFileError(f"{where}: quad_class {quad!r} is not an integer") from None
    if quad_class not in (1, 2, 3, 4):
        raise OntologyFileError(f"{where}: quad_class {quad_class} is not 1..4")
    try:
        value = float(goldstein)
    except ValueError:
        raise OntologyFileError(f"{where}: goldstein {goldstein!r} is not a number") from None
    if not -10.0 <= value <= 10.0:
        raise OntologyFileError(f"{where}: goldstein {value} is outside -10..10")
    if plover and plover not in PLOVER_CATEGORIES:
        raise OntologyFileError(f"{where}: {plover!r} is not a PLOVER category")
    if (mode or context) and not plover:
        raise OntologyFileError(f"{where}: PLOVER mode/context given without a PLOVER category")
    return CameoCode(code, name, root, quad_class, value, plover or None, mode or None, context or None)


def _parse(text: str, source: str) -> Ontology:
    codes: list[CameoCode] = []
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        where = f"{source}:{lineno}"
        if not header_seen:
            if tuple(fields) != COLUMNS:
                raise OntologyFileError(f"{where}: expected the header {' '.join(COLUMNS)!r}")
            header_seen = True
            continue
        if len(fields) < 5 or len(fields) > len(COLUMNS):
            raise OntologyFileError(f"{where}: expected {len(COLUMNS)} tab-separated fields, got {len(fields)}")
        fields += [""] * (len(COLUMNS) - len(fields))  # trailing empty PLOVER fields may be cut off
        codes.append(_parse_row(fields, where))
    if not header_seen:
        raise OntologyFileError(f"{source}: no header line")
    try:
        return Ontology(codes)
    except ValueError as exc:
        raise OntologyFileError(f"{source}: {exc}") from None


@lru_cache(maxsize=1)
def _packaged() -> Ontology:
    # data/ is a plain folder inside the package (no __init__.py), so go through the package root.
    resource = resources.files("titfortat") / "data" / "cameo.tsv"
    return _parse(resource.read_text(encoding="utf-8"), "titfortat/data/cameo.tsv")


def load_ontology(path: str | os.PathLike | None = None) -> Ontology:
    """The packaged CAMEO table (parsed once per process), or the table at `path` (parsed on each call)."""
    if path is None:
        return _packaged()
    p = Path(path)
    return _parse(p.read_text(encoding="utf-8"), str(p))
