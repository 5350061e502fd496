"""What each quotation verdict means, and each reason given for one, in words a reader can act on.

One legend for every format (text, Markdown, HTML and ``analyze --help``),
so the reports explain their verdicts the same way; :func:`describe` turns a
:class:`~newsfuse.model.VerdictReason` into the sentence printed beside an
``altered`` or ``variant`` quotation.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.model import CONTENT_CHANGES, VerdictReason

__all__ = [
    "CATEGORY_LABELS",
    "CATEGORY_WEIGHT",
    "COUNT_LEGEND",
    "HIGHLIGHT_LEGEND",
    "VERDICT_LEGEND",
    "count_lines",
    "describe",
    "legend_lines",
]

VERDICT_LEGEND: tuple[tuple[str, str], ...] = (
    (
        "altered",
        "the words attributed change in content (a word, number or name replaced, a negation added or dropped, "
        "a hedge dropped, a clause added or left out without an ellipsis) and this outlet is the one that changed "
        "them: more quotations print the other words, or this wording drops a hedge or a negation the other keeps",
    ),
    (
        "variant",
        "the same remark in other words that do not change what is said (function words, word forms, a sentence "
        "cut short), or a change of content where no majority says which outlet has the original",
    ),
    (
        "corroborated",
        "another outlet prints the same words in quotation marks (spelling, contractions, numbers, hyphens, "
        "fillers, editorial brackets and ellipses aside), or an exact excerpt of them",
    ),
    (
        "single-source",
        "no other outlet quotes it; reported speech elsewhere that repeats the words supports it but does not "
        "corroborate it",
    ),
    (
        "misattributed",
        "other outlets print these words under another speaker's name",
    ),
)
"""Each verdict (and the misattribution flag) with what it means."""

COUNT_LEGEND: tuple[tuple[str, str], ...] = (
    (
        "coverage",
        "the outlets that carried the story, reprints and copies of one wire text included",
    ),
    (
        "independent sources",
        "the articles counted once per group of copies of one text (a wire story reprinted by three outlets is "
        "one source), so never more than the coverage",
    ),
    (
        "a claim's outlets",
        "the outlets that print the claim: the list beside it, each named once; where copies of one text "
        "count once, the claim also says how many of them are independent",
    ),
)
"""What each count in a report counts (the claim counts match the lists beside them)."""

HIGHLIGHT_LEGEND: dict[str, tuple[tuple[str, str], ...]] = {
    "text": (
        ("struck out, red", "words only in the other outlets' wording"),
        ("bold, green", "words only in this outlet's wording"),
        ("plain", "words both print (as each prints them: case and punctuation kept)"),
    ),
    "markdown": (
        ("~~struck out~~", "words only in the other outlets' wording"),
        ("**bold**", "words only in this outlet's wording, and quotations in the articles"),
        ("[sic]", "after a name the outlet misspells"),
    ),
    "html": (
        ("del", "struck out on red: words only in the other outlets' wording"),
        ("ins", "bold on green: words only in this outlet's wording"),
        ("quote", "a quotation, shaded by its verdict: red altered, amber variant, green corroborated, blue otherwise"),
        ("speaker", "who the article says is speaking"),
        ("shared", "grey band: text shared with another outlet"),
        ("misspelling", "wavy red underline: a misspelt name"),
        ("conflict", "dashed outline: a value other outlets give differently (a conflict)"),
        ("claim", "dotted green underline: a claim other outlets also report"),
    ),
}
"""How each format marks words in diffs and articles (for HTML: the mark's class, then what it means)."""

CATEGORY_LABELS: dict[str, str] = {
    "negation": "a negation added or dropped",
    "number": "a number changed",
    "hedge": "a hedge dropped",
    "name": "a name changed",
    "substitution": "a word of content replaced",
    "clause": "words added or left out without an ellipsis",
    "inflection": "another form of the same word",
    "wording": 'only function words, a pronoun or an aside ("I think") changed',
    "cut": "ends as a sentence where the speaker went on",
    "paraphrase": "the remark in other words",
    "reported-speech": "repeated without quotation marks",
}
"""What each :attr:`VerdictReason.category` says happened to the words."""

CATEGORY_WEIGHT: dict[str, int] = {
    name: rank
    for rank, name in enumerate(("negation", "number", "name", "hedge", "substitution", "clause", "paraphrase"))
}
"""Changes of content, the gravest first (the order a report lists a quotation's reasons in)."""

_DECIDED = {
    "majority": "more quotations print the other words",
    "hedge": "the hedged wording is taken as the original",
    "negation": "the wording with the negation is taken as the original",
}


def describe(reason: VerdictReason, label: Callable[[str], str] = str) -> str:
    """One line for a reason: what changed, the words on each side, against whom and what decided it.

    ``label`` names an article as the report does (its outlet).
    """
    what = CATEGORY_LABELS.get(reason.category, reason.category)
    outlets = ", ".join(dict.fromkeys(label(a) for a in reason.against))
    if reason.category == "reported-speech":
        return f"{what} in {outlets}: supports, does not corroborate"
    if reason.category == "paraphrase":
        words = f"“{reason.reference}” ({outlets})"
    else:
        words = f"“{reason.reference or '—'}” → “{reason.printed or '—'}” (against {outlets})"
    decided = f"; {_DECIDED[reason.decided]}" if reason.decided in _DECIDED else ""
    if not reason.decided and reason.category in CONTENT_CHANGES:
        decided = "; no majority says which wording is the original"
    return f"{what}: {words}{decided}"


def legend_lines() -> list[str]:
    """The legend as plain lines ("verdict: meaning")."""
    return [f"{verdict}: {meaning}" for verdict, meaning in VERDICT_LEGEND]


def count_lines() -> list[str]:
    """What the counts count, as plain lines ("count: meaning")."""
    return [f"{name}: {meaning}" for name, meaning in COUNT_LEGEND]
