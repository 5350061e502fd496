"""Numbers, amounts, percentages, dates and weekdays on which outlets disagree.

Only statements that say the same thing are compared (the aligned groups of
:func:`newsfuse.compare.align.align_statements`), and within them only
quantities of the same kind and unit that are about the same thing: their
nearest meaningful words agree ("killed 12 people" / "killed 14 people"
yes; "killed 12 people" / "left 40,000 people without power" no). Two statements that share one
value of a kind are consistent on that kind: the other values are further
quantities of the same statement (a rise "from 2.3% to 2.5%" and a rise "to
2.5%, with the ambition of 3%" agree). A date written two ways ("Thursday,
February 27", "Feb. 27", "on Thursday" resolved against the dateline) is one
value. Relative dates that could not be resolved are compared by weekday
name only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from newsfuse.compare.align import Statement, align_statements
from newsfuse.lexicon import WEAK_ANCHOR_WORDS, WEEKDAYS
from newsfuse.model import ArticleAnalysis, Conflict, ConflictValue, Quantity

__all__ = ["ANCHOR_WINDOW", "find_conflicts", "normalised"]

ANCHOR_WINDOW = 3
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_WEAK = WEAK_ANCHOR_WORDS
_WEEKDAY_NAMES = tuple(WEEKDAYS)


def _class(q: Quantity) -> tuple[str, str] | None:
    """The comparable class of a quantity: (conflict kind, unit)."""
    if q.kind in ("number", "money", "percent"):
        return (q.kind, q.unit or "")
    if q.kind == "year":
        return ("date", "year")
    if q.kind in ("date", "weekday"):
        return ("date", "day")
    return None


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Dates compare when both are calendar dates, or both name their weekday; unknown is not different."""
    if a.kind not in ("date", "weekday"):
        return True
    return bool(a.date and b.date) or (_weekday(a) is not None and _weekday(b) is not None)


def normalised(q: Quantity) -> str | None:
    """One written form per value: ``2.5%``, ``USD 5000000``, ``2025-02-27``, ``--02-27``, ``thursday``."""
    if q.kind == "percent":
        return f"{q.value:g}{'%' if q.unit == '%' else ' ' + (q.unit or '')}"
    if q.kind == "money":
        return f"{q.unit} {q.value:g}" if q.value is not None else None
    if q.kind == "number":
        return f"{q.value:g}" if q.value is not None else None
    if q.kind == "year":
        return f"{q.value:.0f}" if q.value is not None else None
    if q.kind in ("date", "weekday"):
        return q.date or q.unit
    return None


def _same_value(a: Quantity, b: Quantity) -> bool:
    if a.kind in ("date", "weekday") and b.kind in ("date", "weekday"):
        da, db = a.date, b.date
        if da and db:
            if da.startswith("--") or db.startswith("--"):
                return da[-5:] == db[-5:]
            return da == db
        return _weekday(a) == _weekday(b) and _weekday(a) is not None
    if a.value is None or b.value is None:
        return False
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value))


def _weekday(q: Quantity) -> str | None:
    if q.unit in _WEEKDAY_NAMES:
        return q.unit
    if q.date and not q.date.startswith("--"):
        return _WEEKDAY_NAMES[dt.date.fromisoformat(q.date[:10]).weekday()]
    return None


def _anchors(q: Quantity, body: str) -> set[str]:
    """What a quantity is about: the nearest meaningful word before it and the first after its unit.

    "killed at least 2,000 people in the region" → {killed, region}; "left
    40,000 people without power" → {left, power}: same unit, different things.
    """
    before = [w.lower() for w in _WORD.findall(body[max(0, q.span.start - 60) : q.span.start])[-ANCHOR_WINDOW:]]
    after = [w.lower() for w in _WORD.findall(body[q.span.end : q.span.end + 60])[:ANCHOR_WINDOW]]
    if q.unit and after and after[0].startswith(q.unit[:4].lower()):
        after = after[1:]
    anchors = set()
    for words in (reversed(before), after):
        for w in words:
            if w not in _WEAK:
                anchors.add(w.rstrip("s"))
                break
    return anchors


def find_conflicts(story: str, analyses: Sequence[ArticleAnalysis]) -> tuple[Conflict, ...]:
    """Disagreements on numbers, amounts, percentages, dates and weekdays between outlets of the story."""
    bodies = {a.article.id: a.article.body for a in analyses}
    groups, weights = align_statements(analyses)
    out: list[Conflict] = []
    for members in groups:
        if len(members) < 2:
            continue
        out.extend(_group_conflicts(story, members, bodies, weights))
    return tuple(out)


def _group_conflicts(
    story: str, members: list[Statement], bodies: dict[str, str], weights: dict[str, float]
) -> list[Conflict]:
    found: dict[tuple[str, str], dict[tuple[str, int], Quantity]] = {}
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            for key in {c for q in a.quantities if (c := _class(q))}:
                qa = [q for q in a.quantities if _class(q) == key]
                qb = [q for q in b.quantities if _class(q) == key]
                comparable = [(x, y) for x in qa for y in qb if _comparable(x, y)]
                if not comparable or any(_same_value(x, y) for x, y in comparable):
                    continue  # nothing to compare, or consistent on this kind
                pairs = [
                    (x, y) for x, y in comparable if _anchors(x, bodies[a.article]) & _anchors(y, bodies[b.article])
                ]
                for x, y in pairs:
                    cls = key
                    if key[0] == "date" and (not x.date or not y.date):
                        cls = ("weekday", "")
                    values = found.setdefault(cls, {})
                    values[(x.article, x.span.start)] = x
                    values[(y.article, y.span.start)] = y
    conflicts: list[Conflict] = []
    for (kind, _unit), values in found.items():
        shared = set.intersection(*(m.words for m in members))
        about = " ".join(sorted(shared, key=lambda w: (-weights.get(w, 0.0), w))[:6])
        digest = hashlib.blake2b("|".join(f"{a}:{s}" for a, s in sorted(values)).encode(), digest_size=6).hexdigest()
        conflicts.append(
            Conflict(
                id=f"{story}:X{digest}",
                story=story,
                kind=kind,  # type: ignore[arg-type]
                about=about,
                values=tuple(
                    ConflictValue(value=q.text, normalised=normalised(q), article=q.article, span=q.span)
                    for q in sorted(values.values(), key=lambda q: (q.article, q.span.start))
                ),
            )
        )
    return conflicts
