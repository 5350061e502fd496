"""Generational suffixes of a person's name: "Owen Tegg Jr." and "Owen Tegg Sr." are a son and his father.

A suffix is no part of the surname (``"Tegg"``, not ``"Jr"``), tells two
namesakes of one family apart (a conflict between them is none), and is
never a title or a given name. Lower case, without the full stop
("Jr." is read as ``"jr"``). Chosen by meaning from English naming custom,
not from any article.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["GENERATIONAL_SUFFIXES"]

GENERATIONAL_SUFFIXES: frozenset[str] = words("jr sr ii iii iv")
"""The suffixes after a surname that tell a father and a son of one name apart."""
