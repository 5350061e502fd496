"""Titles written before a person's name ("Mr", "Dame", "Sen.", "Capt.").

:data:`COURTESY_TITLES` are the social titles; :data:`NAME_TITLES` adds the
academic, clerical, political and military abbreviations that also stand
before a name. Speaker attribution strips courtesy titles to find the bare
name; entity mentions use every title to tell a person from a place.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = [
    "COURTESY_TITLES",
    "COURTESY_TITLE_GENDERS",
    "FIRST_NAME_TITLES",
    "NAME_TITLES",
    "PARTICLE_TITLE_ABBREVIATIONS",
    "PEERAGE_TITLES",
    "TITLE_ABBREVIATIONS",
    "TITLE_GENDERS",
]

COURTESY_TITLES: frozenset[str] = words("mr mrs ms miss mx dr sir dame lord lady baroness baron rev")
"""Social titles before a name."""

PEERAGE_TITLES: frozenset[str] = words("lord lady baroness baron")
"""Titles of the peerage: "Lord Harwood" is never called by a first name."""

FIRST_NAME_TITLES: frozenset[str] = words("sir dame")
"""Titles used with the first name ("Dame Ana"), never with the surname alone."""

TITLE_ABBREVIATIONS: frozenset[str] = words(
    """
    mr mrs ms mx dr rev prof sen rep gov atty hon st
    gen lt col maj capt sgt cpl pvt pfc spc brig adm cmdr
    det supt insp const cllr msgr
    """
)
"""Titles written as abbreviations ("Sen.", "Capt.", "Lt. Gov.", "Det. Supt."): courtesy, political and
clerical titles, AP style's military ranks, police ranks; their full stop does not end a sentence. "St." is
Saint, mostly in the name of a place ("St. Louis")."""

PARTICLE_TITLE_ABBREVIATIONS: frozenset[str] = words("del")
"""Titles written short that are also name particles: "Del." (a US state delegate) is a title only written
capitalised with its full stop ("Del. Ana Vell"), while "del" inside a name ("Ana del Campo") is a particle
(:data:`newsfuse.lexicon.names.PERSON_NAME_PARTICLES`). Kept out of :data:`TITLE_ABBREVIATIONS` and
:data:`NAME_TITLES`, whose readers compare lower-case words without their full stop."""

NAME_TITLES: frozenset[str] = COURTESY_TITLES | TITLE_ABBREVIATIONS | words("professor reverend")
"""Every title that may stand before a person's name."""

COURTESY_TITLE_GENDERS: dict[str, str] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "dame": "f",
    "lady": "f",
}
"""Courtesy titles that tell the gender of the person named after them ("Mrs Vell": "f")."""

TITLE_GENDERS: dict[str, str] = {
    **COURTESY_TITLE_GENDERS,
    **dict.fromkeys(("baron", "king", "prince"), "m"),
    **dict.fromkeys(("miss", "baroness", "queen", "princess"), "f"),
}
"""Every title that tells the gender of the person it names, with that gender ("m", "f")."""
