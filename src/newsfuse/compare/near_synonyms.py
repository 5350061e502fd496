"""Nouns that name one thing in other words ("a 312-page report" / "the 280-page document"; "16 bills" / "15
measures"), read from the table ``data/near_synonyms.csv`` that ``scripts/build_near_synonyms.py`` derives from
WordNet 3.0.

Two nouns name one thing where they share a synset among their first
senses (WordNet lists senses the most frequent first: "bill" and "measure",
"pupil" and "student") or the first sense of one is a kind of a sense of the
other ("report" is a kind of "document": read where one thing is named twice,
not for two counts, "32,000 voters" / "40,000 citizens" count two sets). Two
kinds of one thing are two
things ("report" and "draft"; "appendix" and "summary"), and so are nouns
the table does not hold (it keeps common nouns only). Nouns of one group of
the lexicon name one thing, which the first senses do not say
(:data:`_GROUPS`): nouns of an agreement (``lexicon.AGREEMENT_NOUNS``:
"contract", "deal"), nouns of the people of a place
(``lexicon.PEOPLE_OF_A_PLACE``: "2,000 residents were evacuated" / "evacuated
3,500 people": one set) and nouns of criminal charges (``lexicon.CHARGE_NOUNS``:
"14 charges" / "17 counts"). A thing named in other words only by such a group is
one thing only where nothing else tells two apart (:func:`by_group`: "signed
Dan Ebbe on a three-year contract" / "gave their coach a four-year deal" are
two deals). A noun of everyone in a place (``lexicon.PEOPLE_AT_LARGE``:
"people") is the whole of which another noun of its people names a part
(:func:`whole_and_part`: "3,500 people, including campers" / "1,200
residents"). A noun with a qualifier in lower case before it names another
thing than the bare noun or the noun with another qualifier
(:func:`other_qualifiers`: "the Kesby half marathon" / "the Kesby marathon",
"the junior team" / "the team"); a name before it is no qualifier ("the Kesby
marathon" / "the marathon"). Nouns are looked up by the conflict stage's stems
(:func:`newsfuse.article.stems.stem`: the nouns counts count are stems too).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

from newsfuse.article.stems import stem
from newsfuse.lexicon import AGREEMENT_NOUNS, CHARGE_NOUNS, PEOPLE_AT_LARGE, PEOPLE_OF_A_PLACE

__all__ = ["TABLE", "by_group", "common_noun", "near_synonyms", "other_qualifiers", "whole_and_part"]

TABLE = "data/near_synonyms.csv"
"""The table, in the ``newsfuse`` package: ``stem,senses,kinds`` (numbered WordNet synsets, space-separated)."""


class _Senses(NamedTuple):
    senses: frozenset[str]
    kinds: frozenset[str]
    """The synsets the noun's first sense is a kind of."""


_AGREEMENTS = frozenset(stem(w) for w in AGREEMENT_NOUNS)
"""Nouns of an agreement (``lexicon.AGREEMENT_NOUNS``), stemmed: one thing, which the table's first senses keep
apart."""
_PEOPLE = frozenset(stem(w) for w in PEOPLE_OF_A_PLACE)
"""Nouns of the people of a place (``lexicon.PEOPLE_OF_A_PLACE``), stemmed: one set counted in other words."""
_WHOLE_PEOPLE = frozenset(stem(w) for w in PEOPLE_AT_LARGE)
"""Nouns of everyone in a place (``lexicon.PEOPLE_AT_LARGE``), stemmed: "people", "persons"."""
_CHARGES = frozenset(stem(w) for w in CHARGE_NOUNS)
"""Nouns of criminal charges (``lexicon.CHARGE_NOUNS``), stemmed: "14 charges" / "17 counts" count one thing."""
_GROUPS = (_AGREEMENTS, _PEOPLE, _CHARGES)
"""Groups of nouns (stemmed) each of which names one thing, which the table's first senses keep apart."""


@functools.cache
def _rows() -> dict[str, str]:
    """Each stem's row of the table, ``senses,kinds``, as written: a row is read into sets when its stem is first
    looked up (:func:`_entry`; a story looks up a few dozen of the table's ~7,800 nouns)."""
    text = resources.files("newsfuse").joinpath(TABLE).read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, rest = line.partition(",")
            rows[key] = rest
    return rows


@functools.cache
def _entry(key: str) -> _Senses | None:
    row = _rows().get(key)
    if row is None:
        return None
    senses, kinds = row.split(",")
    return _Senses(frozenset(senses.split()), frozenset(kinds.split()))


def near_synonyms(a: str, b: str, *, kinds: bool = True) -> bool:
    """Whether two stemmed nouns name one thing (see the module docstring); a noun is its own near-synonym.

    Without ``kinds``, only nouns that share a synset: a thing named by a kind and by its whole is one ("a 312-page
    report" / "the 280-page document"), but a count of a kind and a count of its whole count two sets ("32,000
    voters" / "40,000 citizens", "300 chairs" / "400 seats").
    """
    if a == b or any(a in group and b in group for group in _GROUPS):
        return True
    x, y = _entry(a), _entry(b)
    if x is None or y is None:
        return False
    if x.senses & y.senses:
        return True
    return kinds and bool(x.kinds & y.senses or y.kinds & x.senses)


def common_noun(key: str) -> bool:
    """Whether a stem is one of the table's common nouns ("bank", "storm"; not a name such as "Fenmore")."""
    return key in _rows()


def by_group(a: str, b: str) -> bool:
    """Whether two different stemmed nouns name one agreement only by the lexicon's group of them
    (:data:`_AGREEMENTS`: "contract" / "deal"), not by their senses: a deal named in two words is one deal only where
    no party tells two apart (the caller reads the parties)."""
    return a != b and a in _AGREEMENTS and b in _AGREEMENTS


def whole_and_part(whole: str, part: str) -> bool:
    """Whether a stemmed noun counts everyone in a place (``lexicon.PEOPLE_AT_LARGE``: "people") and the other a
    part of them that :func:`near_synonyms` counts as one set ("residents"): a count of the whole that names more
    than the part's count does is of the whole, and the other of the part."""
    return whole in _WHOLE_PEOPLE and part in _PEOPLE and part not in _WHOLE_PEOPLE


def other_qualifiers(x: Sequence[str], lower_x: frozenset[str], y: Sequence[str], lower_y: frozenset[str]) -> bool:
    """Whether two phrases (stemmed words in order; ``lower_x``, ``lower_y``: those written in lower case) name one
    noun with different qualifiers: their first word in lower case in both (the head, "marathon") has different
    lower-case words before it in each ("kesby half marathon" / "kesby marathon": {half} / {}). Two phrases with no
    such word say nothing."""
    head = next((w for w in x if w in lower_x and w in y and w in lower_y), None)
    if head is None:
        return False
    before_x = {w for w in x[: x.index(head)] if w in lower_x}
    before_y = {w for w in y[: y.index(head)] if w in lower_y}
    return before_x != before_y
