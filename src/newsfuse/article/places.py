"""Countries by any of their names: the lookups over the gazetteer :data:`newsfuse.lexicon.COUNTRIES`.

A capital stands for its government in news prose ("talks between Ottawa
and Canberra"), so it is an alias of the country; a demonym ("British",
"Russian") qualifies a role ("the Russian president") and tells which
country's office-holder is meant.
"""

from __future__ import annotations

from newsfuse.lexicon import COUNTRIES

__all__ = ["COUNTRIES", "DEMONYMS", "PLACE_ALIASES", "country_of"]

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
