"""Read PETRARCH / TABARI `.actors` dictionaries, so users keep years of dictionary work.

The format, as those programs read it:

    RUSSIA_ [RUS]                 a phrase, words joined by '_' or spaces, and its code
    +RUSSIAN_FEDERATION           '+' lines are synonyms of the entry above
    VLADIMIR_PUTIN_ [RUSELI 000507-080507] [RUSGOV >120507]
                                  codes restricted to dates (YYMMDD; '<' before, '>' after, 'A-B' between)
        [RUSGOV >120507]          a line that is only a bracket adds a code to the entry above
    # comment, <!-- comment -->

A phrase ending in '_' matches whole words; one without may match a longer word in PETRARCH
(`ARGENTIN` for Argentina and Argentine). titfortat matches whole tokens, so such a stem is also
entered with the common English endings.
"""
from __future__ import annotations

import re
from typing import Iterator

from .dictionary import METONYM, ORG, Entry

_BRACKET = re.compile(r"\[([^\]]*)\]")
_STEM_ENDINGS = ("", "a", "an", "ans", "e", "ia", "ian", "ians", "ine", "ines", "s", "i", "is", "ese")


def looks_like_petrarch(text: str) -> bool:
    lines = [line for line in text.splitlines()[:200] if line.strip() and not line.lstrip().startswith(("#", "<!--"))]
    return bool(lines) and sum(1 for line in lines if _BRACKET.search(line)) >= max(1, len(lines) // 3)


def _date(yymmdd: str) -> str | None:
    yymmdd = yymmdd.strip()
    if not re.fullmatch(r"\d{6}", yymmdd):
        return None
    yy = int(yymmdd[:2])
    century = 1900 if yy >= 50 else 2000
    return f"{century + yy:04d}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """[(code, start, end)] from the brackets of a line."""
    out = []
    for inner in _BRACKET.findall(text):
        parts = inner.split()
        if not parts:
            continue
        code, start, end = parts[0].upper(), None, None
        if len(parts) > 1:
            rule = parts[1]
            if rule.startswith("<"):
                end = _date(rule[1:])
            elif rule.startswith(">"):
                start = _date(rule[1:])
            elif "-" in rule:
                a, _, b = rule.partition("-")
                start, end = _date(a), _date(b)
        out.append((code, start, end))
    return out


def _entry(name: str, code: str, start: str | None, end: str | None) -> Entry:
    if code.startswith(("IGO", "NGO", "IMG", "NGM")):
        return Entry(ORG, name, code=code, sector=code[:3], start=start, end=end)
    country = code[:3] if len(code) >= 3 and code[:3].isalpha() else None
    sector = code[3:6] if len(code) >= 6 else None
    return Entry(METONYM, name, country=country, sector=sector, code=code, start=start, end=end)


def _phrases(raw: str) -> list[str]:
    raw = raw.strip()
    whole = raw.endswith("_")
    words = raw.strip("_").replace("_", " ").lower()
    if not words:
        return []
    if whole or " " in words:
        return [words]
    return [words + ending for ending in _STEM_ENDINGS]


def parse_actors(text: str, origin: str = "<actors>") -> Iterator[tuple[str, Entry]]:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    current: list[str] = []
    current_codes: list[tuple[str, str | None, str | None]] = []
    current_name = ""
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            phrases = _phrases(_BRACKET.sub("", stripped[1:]))
            current.extend(phrases)
            for phrase in phrases:
                for code, start, end in _codes(stripped) or current_codes:
                    yield phrase, _entry(current_name, code, start, end)
            continue
        if stripped.startswith("["):
            extra = _codes(stripped)
            current_codes.extend(extra)
            for code, start, end in extra:
                for phrase in current:
                    yield phrase, _entry(current_name, code, start, end)
            continue
        head = _BRACKET.split(stripped)[0]
        current = _phrases(head)
        current_name = head.strip().strip("_").replace("_", " ").title()
        codes = [c for c in _codes(stripped) if c[0] not in ("---", "+++")]
        current_codes = list(codes)
        for phrase in current:
            for code, start, end in codes:
                yield phrase, _entry(current_name, code, start, end)
