"""Countries, the short names news prose uses for them, their people and capitals.

A general gazetteer, not a list for any article: a capital stands for its
government in news prose ("talks between Washington and Kyiv"), so it is an
alias of the country; a demonym ("British", "Russian") qualifies a role ("the
Russian president") and tells which country's office-holder is meant.
Kept small: the countries most often in English-language news.
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "DEMONYMS", "PLACE_ALIASES", "country_of"]

# canonical name: (other names and capitals, demonyms)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "United States": (
        (
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "the States",
            "Washington",
            "Washington DC",
            "United States of America",
        ),
        ("American", "US", "U.S."),
    ),
    "United Kingdom": (
        ("UK", "U.K.", "Britain", "Great Britain", "London", "United Kingdom"),
        ("British", "UK", "U.K."),
    ),
    "Russia": (("Russian Federation", "Moscow", "Kremlin"), ("Russian",)),
    "Ukraine": (("Kyiv", "Kiev"), ("Ukrainian",)),
    "France": (("Paris",), ("French",)),
    "Germany": (("Berlin",), ("German",)),
    "Italy": (("Rome",), ("Italian",)),
    "Spain": (("Madrid",), ("Spanish",)),
    "Poland": (("Warsaw",), ("Polish",)),
    "Netherlands": (("the Netherlands", "Holland", "Amsterdam", "The Hague"), ("Dutch",)),
    "Belgium": (("Brussels",), ("Belgian",)),
    "Ireland": (("Dublin",), ("Irish",)),
    "Canada": (("Ottawa",), ("Canadian",)),
    "Mexico": (("Mexico City",), ("Mexican",)),
    "Brazil": (("Brasilia", "Brasília"), ("Brazilian",)),
    "China": (("Beijing", "People's Republic of China"), ("Chinese",)),
    "Japan": (("Tokyo",), ("Japanese",)),
    "India": (("New Delhi", "Delhi"), ("Indian",)),
    "Pakistan": (("Islamabad",), ("Pakistani",)),
    "Afghanistan": (("Kabul",), ("Afghan",)),
    "Iran": (("Tehran",), ("Iranian",)),
    "Iraq": (("Baghdad",), ("Iraqi",)),
    "Syria": (("Damascus",), ("Syrian",)),
    "Israel": (("Jerusalem", "Tel Aviv"), ("Israeli",)),
    "Egypt": (("Cairo",), ("Egyptian",)),
    "Libya": (("Tripoli",), ("Libyan",)),
    "Turkey": (("Ankara", "Türkiye"), ("Turkish",)),
    "Saudi Arabia": (("Riyadh",), ("Saudi",)),
    "North Korea": (("Pyongyang",), ("North Korean",)),
    "South Korea": (("Seoul",), ("South Korean",)),
    "Australia": (("Canberra",), ("Australian",)),
    "Cuba": (("Havana",), ("Cuban",)),
    "Venezuela": (("Caracas",), ("Venezuelan",)),
    "Greece": (("Athens",), ("Greek",)),
    "Sweden": (("Stockholm",), ("Swedish",)),
    "Norway": (("Oslo",), ("Norwegian",)),
    "Denmark": (("Copenhagen",), ("Danish",)),
    "Finland": (("Helsinki",), ("Finnish",)),
    "Haiti": (("Port-au-Prince",), ("Haitian",)),
    "Palestine": (("Gaza", "West Bank", "Ramallah"), ("Palestinian",)),
    "European Union": (("EU", "E.U."), ()),
}

PLACE_ALIASES: dict[str, str] = {}
DEMONYMS: dict[str, str] = {}
for _name, (_aliases, _demonyms) in COUNTRIES.items():
    PLACE_ALIASES[_name.lower()] = _name
    for _alias in _aliases:
        PLACE_ALIASES[_alias.lower()] = _name
        if _alias.lower().startswith("the "):
            PLACE_ALIASES[_alias.lower()[4:]] = _name
    for _demonym in _demonyms:
        DEMONYMS[_demonym.lower()] = _name
PLACE_ALIASES.pop("states", None)  # only "the States" names the country


def country_of(text: str) -> str | None:
    """The country a place name or demonym stands for, if it is one."""
    key = text.lower().strip()
    if key.startswith("the ") and key in PLACE_ALIASES:
        return PLACE_ALIASES[key]
    key = key.removeprefix("the ")
    return PLACE_ALIASES.get(key) or DEMONYMS.get(key)
